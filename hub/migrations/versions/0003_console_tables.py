"""The staff console's tables: browser sessions, learners' profiles from the enrolment CSV and
one-time password-set links (#18)

Hubs that ran the console before this revision created them on first use: they are created
here only where missing, with the same columns, so both kinds of database end alike.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 07:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Time = sa.String(40)


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "console_sessions" not in have:
        op.create_table(
            "console_sessions",
            sa.Column("id_hash", sa.String(64), primary_key=True),
            sa.Column("user_id", BigId, nullable=False),
            sa.Column("csrf", sa.String(64), nullable=False),
            sa.Column("created_at", Time, nullable=False),
            sa.Column("seen_at", Time, nullable=False),
        )
        op.create_index("ix_console_sessions_user", "console_sessions", ["user_id"])
    if "console_profiles" not in have:
        op.create_table(
            "console_profiles",
            sa.Column("user_id", BigId, primary_key=True),
            sa.Column("full_name", sa.String(300), nullable=False),
            sa.Column("email", sa.String(320), nullable=False),
            sa.Column("country", sa.String(2), nullable=False),
            sa.Column("language", sa.String(35), nullable=False),
        )
    if "console_password_links" not in have:
        op.create_table(
            "console_password_links",
            sa.Column("token_hash", sa.String(64), primary_key=True),
            sa.Column("user_id", BigId, nullable=False),
            sa.Column("created_at", Time, nullable=False),
            sa.Column("expires_at", Time, nullable=False),
            sa.Column("used_at", Time, nullable=True),
        )
        op.create_index("ix_console_links_user", "console_password_links", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_console_links_user", table_name="console_password_links")
    op.drop_table("console_password_links")
    op.drop_table("console_profiles")
    op.drop_index("ix_console_sessions_user", table_name="console_sessions")
    op.drop_table("console_sessions")
