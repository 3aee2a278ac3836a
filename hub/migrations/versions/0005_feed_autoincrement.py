"""The feed's sequence numbers are never given twice on SQLite (AUTOINCREMENT): without it,
SQLite numbers a new row one past the newest row *there now*, so a learner's newest
progress row, replaced in one push (the old row deleted), came back under the very number a
device had already pulled past, and that device never received the new state. PostgreSQL's
sequences never go back: nothing to do there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 11:30:00
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # The table is copied into one declared AUTOINCREMENT (its indexes with it); rows keep
    # their numbers, and SQLite's counter starts from the largest of them.
    with op.batch_alter_table("feed", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("feed", recreate="always", table_kwargs={"sqlite_autoincrement": False}):
        pass
