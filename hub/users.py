"""Learners: accounts and enrolments (commands court IT runs with `lectern-hub`)."""
from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import db
from .auth import hash_password
from .courses import resolve_family
from .errors import HubError, HubErrorKind

if TYPE_CHECKING:
    from .runs import Actor

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,149}$")
MIN_PASSWORD_CHARS = 8


def normalize_username(name: str) -> str:
    """User names are case-insensitive: 'J.Martin' and 'j.martin' are one account."""
    return name.strip().casefold()


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    disabled: bool
    created_at: str


def find_user(conn: Connection, username: str) -> tuple[int, str, str, bool] | None:
    """(id, username, password_hash, disabled) or None."""
    row = conn.execute(select(db.users.c.id, db.users.c.username, db.users.c.password_hash,
                              db.users.c.disabled)
                       .where(db.users.c.username == normalize_username(username))).first()
    return None if row is None else (row[0], row[1], row[2], bool(row[3]))


def add_user(database: db.Database, username: str, password: str) -> int:
    name = normalize_username(username)
    if not USERNAME_RE.match(name):
        raise HubError(HubErrorKind.INVALID,
                       f"{username!r} is not a usable user name: use letters, digits, '.', '_', '@' "
                       "or '-', starting with a letter or digit (at most 150).")
    if len(password) < MIN_PASSWORD_CHARS:
        raise HubError(HubErrorKind.INVALID, f"The password must have at least {MIN_PASSWORD_CHARS} characters.")
    hashed = hash_password(password)  # slow on purpose: outside the write lock
    with database.write() as conn:
        if find_user(conn, name) is not None:
            raise HubError(HubErrorKind.CONFLICT, f"The user '{name}' exists already.")
        return db.inserted_pk(conn.execute(db.users.insert().values(
            username=name, password_hash=hashed, disabled=False, created_at=db.hub_now())))


def list_users(database: db.Database) -> list[UserRow]:
    with database.read() as conn:
        return [UserRow(r[0], r[1], bool(r[2]), r[3]) for r in conn.execute(
            select(db.users.c.id, db.users.c.username, db.users.c.disabled, db.users.c.created_at)
            .order_by(db.users.c.username))]


def _cli_actor() -> "Actor":
    """Court IT at the CLI, named by the OS account (as `lectern-hub`'s staff commands are)."""
    from .runs import Actor

    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        name = "unknown"
    return Actor(name[:150], None, "cli")


def enrol(database: db.Database, username: str, course_ref: str, run_id: int | None = None,
          actor: "Actor | None" = None) -> tuple[str, bool]:
    """Enrol a learner in the family of `course_ref` and in a run of it (default: the family's
    default self-paced run); an enrolled learner given `run_id` moves to that run. Returns
    (family, newly enrolled or moved). A move, or an enrolment in a named run, is written to
    the audit log (who, from which run to which)."""
    from .runs import audit, join_run

    with database.write() as conn:
        user = find_user(conn, username)
        if user is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"There is no user '{normalize_username(username)}'.")
        family = resolve_family(conn, course_ref)
        exists = conn.execute(select(db.enrolments.c.run_id).where(
            db.enrolments.c.user_id == user[0], db.enrolments.c.course_family == family)).first()
        if exists is not None:
            if run_id is None or exists[0] == run_id:
                return family, False
            run = join_run(conn, user[0], family, run_id)
            audit(conn, actor or _cli_actor(), "enrol-run", family, f"user:{user[1]}", None,
                  {"from": exists[0], "to": run.id})
            return family, True
        conn.execute(db.enrolments.insert().values(user_id=user[0], course_family=family,
                                                   enrolled_at=db.hub_now()))
        run = join_run(conn, user[0], family, run_id)
        if run_id is not None:
            audit(conn, actor or _cli_actor(), "enrol-run", family, f"user:{user[1]}", None,
                  {"from": None, "to": run.id})
        return family, True
