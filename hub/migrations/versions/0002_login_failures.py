"""Wrong passwords counted in the database, shared by every hub process (#19)

Each hub process kept its own counts in memory: behind a load balancer an attacker's
guesses spread over the processes were each counted by one of them only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 06:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_login_failures_last", "login_failures", ["last_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_login_failures_last", table_name="login_failures")
    op.drop_table("login_failures")
