"""Alembic's environment for the hub's schema (issue #19).

Migrations run only through `hub.db.Database.migrate` (`lectern-hub migrate`), which hands
Alembic a connection already inside the hub's write transaction and lock: there is no
alembic.ini and no URL here. `render_as_batch` lets a later revision alter a table on
SQLite too (which rebuilds it), with the same script as on PostgreSQL.
"""
from __future__ import annotations

from alembic import context

from hub.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the hub's migrations with `lectern-hub migrate` (hub.db.Database.migrate)")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  transactional_ddl=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
