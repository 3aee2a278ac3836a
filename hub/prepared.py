"""Hot statements compiled once and run straight on the driver's cursor.

SQLAlchemy Core keeps the SQL portable, but each `Connection.execute` of a cached statement
still costs ~100 µs of Python (parameter processing, result wrapping) against ~8 µs for the
same query on the sqlite3 cursor. A sync request runs a dozen statements, a thousand
learners run thousands of requests a minute: on the sync path that overhead was most of
the database time. A `Prepared` statement is written in Core (so it still compiles for
PostgreSQL), compiled once per dialect, and executed on the DBAPI cursor of the
connection's current transaction. Rows come back as plain tuples, with no type processing:
callers convert what needs it (SQLite returns booleans as 0/1).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import BindParameter, bindparam
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from .db import storage_error
from .errors import HubError, HubErrorKind


def binds(*names: str) -> dict[str, BindParameter[Any]]:
    """`{name: bindparam(name)}` for each column an INSERT or UPDATE sets."""
    return {name: bindparam(name) for name in names}


class Prepared:
    """One statement with named parameters; no expanding IN (loop instead: it is cheap now)."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def _sql(self, dialect: Dialect) -> "_Compiled":
        key = (dialect.name, dialect.paramstyle)
        found = self._compiled.get(key)
        if found is None:
            compiled = self.statement.compile(dialect=dialect)
            if not isinstance(compiled, SQLCompiler):  # DDL has no binds: not a statement for here
                raise TypeError(f"not a SQL statement: {self.statement!r}")
            # Values fixed in the statement itself (e.g. a LIMIT's OFFSET 0) travel as binds too.
            defaults = {name: bind.value for name, bind in compiled.binds.items()
                        if bind.value is not None and not bind.required}
            order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            found = self._compiled[key] = _Compiled(str(compiled), order, defaults)
        return found

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        with _cursor(conn) as cursor:
            compiled = self._sql(conn.dialect)
            cursor.execute(compiled.sql, compiled.args(params))
            rows: list[tuple[Any, ...]] = cursor.fetchall()
            return rows

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        with _cursor(conn) as cursor:
            compiled = self._sql(conn.dialect)
            cursor.execute(compiled.sql, compiled.args(params))
            row: tuple[Any, ...] | None = cursor.fetchone()
            return row

    def one(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...]:
        """The row a statement always returns (an INSERT ... RETURNING, an aggregate)."""
        row = self.first(conn, params)
        if row is None:  # a programming error, told as storage trouble like the driver's own
            raise HubError(HubErrorKind.STORAGE, "The hub database returned no row where one was due.")
        return row

    def run(self, conn: Connection, params: Mapping[str, Any]) -> None:
        with _cursor(conn) as cursor:
            compiled = self._sql(conn.dialect)
            cursor.execute(compiled.sql, compiled.args(params))

    def run_many(self, conn: Connection, params: Iterable[Mapping[str, Any]]) -> None:
        compiled = self._sql(conn.dialect)
        batch = [compiled.args(p) for p in params]
        if batch:
            with _cursor(conn) as cursor:
                cursor.executemany(compiled.sql, batch)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    order: tuple[str, ...] | None   # parameter names in order, for positional drivers
    defaults: dict[str, Any]
    _pick: Callable[[Mapping[str, Any]], Sequence[Any]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # itemgetter picks the positional values in C; with one name it returns a bare value.
        pick: Callable[[Mapping[str, Any]], Sequence[Any]]
        if self.order:
            getter = itemgetter(*self.order)
            pick = getter if len(self.order) > 1 else (lambda p: (getter(p),))
        else:
            pick = lambda p: ()  # noqa: E731
        object.__setattr__(self, "_pick", pick)

    def args(self, params: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        if self.order is None:
            return {**self.defaults, **params} if self.defaults else params
        return self._pick({**self.defaults, **params} if self.defaults else params)


@contextmanager
def _cursor(conn: Connection) -> Iterator[Any]:
    """A driver cursor in the connection's transaction; driver errors become the hub's
    storage error, as they would through SQLAlchemy (see db.Database)."""
    dbapi = conn.dialect.loaded_dbapi
    # dbapi_connection is None only on a connection already invalidated (closed): not here.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor
    except dbapi.OperationalError as exc:
        raise storage_error(exc) from exc
    finally:
        cursor.close()
