"""Device keys for sync files (#20): each sign-in's Ed25519 public key, so a sync file the
learner's PC signed offline can be trusted when court IT imports it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 08:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Time = sa.String(40)


def upgrade() -> None:
    op.create_table(
        "device_keys",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("token_id", BigId, nullable=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
        sa.Column("created_at", Time, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_index("ix_device_keys_user", "device_keys", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_device_keys_user", table_name="device_keys")
    op.drop_table("device_keys")
