"""Baseline: schema 5, the last hand-written version (#17), frozen as it was.

A new database is made by this revision and the ones after it. A database made by an older
lectern-hub (schema 1 to 5, the `meta` table's schema_version) is first brought to schema 5
by hub.db's hand-written steps, which create schema 5's new tables through `create_tables`
here (never from the current metadata, which later revisions change), then stamped with this
revision, then upgraded like any other.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 06:20:03.931963
"""
from __future__ import annotations

from typing import Callable, Iterable

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _audit_log() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=150), nullable=False),
    sa.Column('actor_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=True),
    sa.Column('target', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_family', ['course_family'], unique=False)


def _courses() -> None:
    op.create_table('courses',
    sa.Column('pk', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('course_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('publisher', sa.String(length=500), nullable=False),
    sa.Column('manifest', sa.LargeBinary(), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('key_id', sa.String(length=128), nullable=True),
    sa.Column('full_size', sa.BigInteger(), nullable=False),
    sa.Column('low_size', sa.BigInteger(), nullable=False),
    sa.Column('published_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('course_id', 'version', name='uq_course_version')
    )
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.create_index('ix_courses_family', ['course_family'], unique=False)


def _feed() -> None:
    op.create_table('feed',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('audience_user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('origin_user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('feed', schema=None) as batch_op:
        batch_op.create_index('ix_feed_family_audience_seq', ['course_family', 'audience_user_id', 'seq'], unique=False)
        batch_op.create_index('ix_feed_user_seq', ['audience_user_id', 'seq'], unique=False)


def _meta() -> None:
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def _progress_devices() -> None:
    op.create_table('progress_devices',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('max_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'course_family', 'item_id', 'device_id')
    )


def _runs() -> None:
    op.create_table('runs',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('schedule', sa.String(length=20), nullable=False),
    sa.Column('starts', sa.String(length=40), nullable=False),
    sa.Column('ends', sa.String(length=40), nullable=True),
    sa.Column('opens', sa.Text(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.create_index('ix_runs_family', ['course_family'], unique=False)


def _trusted_keys() -> None:
    op.create_table('trusted_keys',
    sa.Column('key_id', sa.String(length=128), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=False),
    sa.Column('added_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('key_id')
    )


def _users() -> None:
    op.create_table('users',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=150), nullable=False),
    sa.Column('password_hash', sa.String(length=400), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )


def _announcements() -> None:
    op.create_table('announcements',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('run_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('author', sa.String(length=150), nullable=False),
    sa.Column('author_role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.create_index('ix_announcements_run', ['run_id'], unique=False)


def _certificates() -> None:
    op.create_table('certificates',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.String(length=40), nullable=False),
    sa.Column('credential', sa.Text(), nullable=True),
    sa.Column('credential_id', sa.String(length=64), nullable=True),
    sa.Column('credential_at', sa.String(length=40), nullable=True),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.Column('revoked_by', sa.String(length=150), nullable=True),
    sa.Column('revoked_reason', sa.Text(), nullable=True),
    sa.Column('granted_by', sa.String(length=150), nullable=True),
    sa.Column('granted_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('user_id', 'course_family', name='uq_certificate_user_family')
    )


def _client_events() -> None:
    op.create_table('client_events',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('device_time', sa.String(length=40), nullable=True),
    sa.Column('ack', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('event_id')
    )


def _course_files() -> None:
    op.create_table('course_files',
    sa.Column('course_pk', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['course_pk'], ['courses.pk'], ),
    sa.PrimaryKeyConstraint('course_pk', 'sha256')
    )
    with op.batch_alter_table('course_files', schema=None) as batch_op:
        batch_op.create_index('ix_course_files_sha', ['sha256'], unique=False)


def _devices() -> None:
    op.create_table('devices',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('anchor', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'device_id')
    )


def _enrolments() -> None:
    op.create_table('enrolments',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.String(length=40), nullable=False),
    sa.Column('run_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'course_family')
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index('ix_enrolments_family', ['course_family'], unique=False)
        batch_op.create_index('ix_enrolments_run', ['run_id'], unique=False)


def _progress() -> None:
    op.create_table('progress',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('fraction', sa.Float(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('completed_at', sa.String(length=40), nullable=True),
    sa.Column('completed_made_at', sa.String(length=40), nullable=True),
    sa.Column('position', sa.Float(), nullable=True),
    sa.Column('position_device', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('feed_seq', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'course_family', 'item_id')
    )


def _quiz_attempts() -> None:
    op.create_table('quiz_attempts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('device_time', sa.String(length=40), nullable=True),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.Column('made_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id')
    )
    with op.batch_alter_table('quiz_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_quiz_user_item', ['user_id', 'course_family', 'item_id'], unique=False)


def _reports() -> None:
    op.create_table('reports',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('target', sa.String(length=10), nullable=False),
    sa.Column('target_uuid', sa.String(length=36), nullable=False),
    sa.Column('reporter_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('made_at', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['reporter_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index('ix_reports_family', ['course_family'], unique=False)


def _roles() -> None:
    op.create_table('roles',
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('granted_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'course_family')
    )


def _threads() -> None:
    op.create_table('threads',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('course_family', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=64), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('author_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('device_time', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('made_at', sa.String(length=40), nullable=True),
    sa.Column('author_role', sa.String(length=20), server_default='learner', nullable=False),
    sa.Column('pinned', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('hidden_reason', sa.Text(), nullable=True),
    sa.Column('hidden_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.create_index('ix_threads_author', ['author_id', 'course_family'], unique=False)
        batch_op.create_index('ix_threads_family_item', ['course_family', 'item_id'], unique=False)


def _tokens() -> None:
    op.create_table('tokens',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('device_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )


def _posts() -> None:
    op.create_table('posts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('thread_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('parent_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('author_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('device_time', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('made_at', sa.String(length=40), nullable=True),
    sa.Column('author_role', sa.String(length=20), server_default='learner', nullable=False),
    sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('hidden_reason', sa.Text(), nullable=True),
    sa.Column('hidden_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['posts.id'], ),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_author', ['author_id'], unique=False)
        batch_op.create_index('ix_posts_thread', ['thread_id'], unique=False)


#: each table's creation, in an order that respects foreign keys
TABLES: dict[str, Callable[[], None]] = {
    "audit_log": _audit_log,
    "courses": _courses,
    "feed": _feed,
    "meta": _meta,
    "progress_devices": _progress_devices,
    "runs": _runs,
    "trusted_keys": _trusted_keys,
    "users": _users,
    "announcements": _announcements,
    "certificates": _certificates,
    "client_events": _client_events,
    "course_files": _course_files,
    "devices": _devices,
    "enrolments": _enrolments,
    "progress": _progress,
    "quiz_attempts": _quiz_attempts,
    "reports": _reports,
    "roles": _roles,
    "threads": _threads,
    "tokens": _tokens,
    "posts": _posts,
}


def create_tables(names: Iterable[str] | None = None) -> None:
    """Create these tables of schema 5 (all when None), in foreign-key order."""
    wanted = set(TABLES) if names is None else set(names)
    for name, make in TABLES.items():
        if name in wanted:
            make()


def upgrade() -> None:
    create_tables()
    op.execute(sa.text("INSERT INTO meta (key, value) VALUES ('schema_version', '5')"))


def downgrade() -> None:
    raise NotImplementedError("there is nothing before the baseline: restore a backup instead")
