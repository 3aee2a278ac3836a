"""The console's own tables: browser sessions, learners' profiles (the CSV's full name, e-mail,
country and language) and one-time password-set links.

Their schema comes with the hub's migrations (hub/migrations/versions/0003_console_tables.py);
nothing in the hub's other tables changes for them, and the sync path never reads them.
Secrets are stored as their SHA-256 only (like API tokens), so a copied database opens no
session and sets no password.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Column, Index, MetaData, String, Table, delete, select, update
from sqlalchemy.engine import Connection

from .. import db

metadata = MetaData()

sessions = Table(
    "console_sessions", metadata,
    Column("id_hash", String(64), primary_key=True),       # sha256 of the cookie's value
    Column("user_id", db.BigId, nullable=False),
    Column("csrf", String(64), nullable=False),            # the session's form token
    Column("created_at", db.Time, nullable=False),
    Column("seen_at", db.Time, nullable=False),
    Index("ix_console_sessions_user", "user_id"),
)

profiles = Table(
    "console_profiles", metadata,
    Column("user_id", db.BigId, primary_key=True),
    Column("full_name", String(300), nullable=False, default=""),
    Column("email", String(320), nullable=False, default=""),
    Column("country", String(2), nullable=False, default=""),
    Column("language", String(35), nullable=False, default=""),
)

password_links = Table(
    "console_password_links", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", db.BigId, nullable=False),
    Column("created_at", db.Time, nullable=False),
    Column("expires_at", db.Time, nullable=False),
    Column("used_at", db.Time, nullable=True),
    Index("ix_console_links_user", "user_id"),
)

#: a session unused this long ends; and any session ends this long after sign-in
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
#: how often a session's last use is written (not on every page)
TOUCH_EVERY = timedelta(seconds=60)
LINK_LIFETIME = timedelta(days=14)
#: a password hash no password matches (accounts made by the CSV import until their link is used)
UNUSABLE_PASSWORD = "unset$0$0$0$$"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Session:
    id_hash: str
    user_id: int
    username: str
    csrf: str
    created_at: str
    seen_at: str


def new_session(conn: Connection, user_id: int) -> tuple[str, str]:
    """A fresh session for a sign-in: (cookie value, CSRF token). Always a new id (no fixation)."""
    cookie, csrf, now = secrets.token_urlsafe(32), secrets.token_urlsafe(32), db.hub_now()
    conn.execute(sessions.insert().values(id_hash=digest(cookie), user_id=user_id, csrf=csrf, created_at=now,
                                          seen_at=now))
    return cookie, csrf


def find_session(conn: Connection, cookie: str) -> Session | None:
    """The live session of a cookie (its user enabled, not idle or too old), else None."""
    if not cookie or len(cookie) > 100:
        return None
    s, u = sessions, db.users
    row = conn.execute(select(s.c.id_hash, s.c.user_id, u.c.username, s.c.csrf, s.c.created_at, s.c.seen_at)
                       .select_from(s.join(u, u.c.id == s.c.user_id))
                       .where(s.c.id_hash == digest(cookie), u.c.disabled.is_(False))).first()
    if row is None:
        return None
    now = db.hub_datetime()
    created, seen = db.parse_time(row[4]), db.parse_time(row[5])
    if created is None or seen is None or now - seen > IDLE or now - created > ABSOLUTE:
        return None
    return Session(row[0], int(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))


def touch(conn: Connection, session: Session) -> None:
    conn.execute(update(sessions).where(sessions.c.id_hash == session.id_hash).values(seen_at=db.hub_now()))


def needs_touch(session: Session) -> bool:
    seen = db.parse_time(session.seen_at)
    return seen is None or db.hub_datetime() - seen > TOUCH_EVERY


def end_session(conn: Connection, cookie: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.id_hash == digest(cookie)))


def end_user_sessions(conn: Connection, user_id: int) -> int:
    return int(conn.execute(delete(sessions).where(sessions.c.user_id == user_id)).rowcount or 0)


def new_password_link(conn: Connection, user_id: int) -> str:
    """A one-time link token for the user (the previous unused ones stop working)."""
    token = secrets.token_urlsafe(24)
    now = db.hub_datetime()
    conn.execute(delete(password_links).where(password_links.c.user_id == user_id,
                                              password_links.c.used_at.is_(None)))
    conn.execute(password_links.insert().values(token_hash=digest(token), user_id=user_id,
                                                created_at=now.isoformat(timespec="microseconds"),
                                                expires_at=(now + LINK_LIFETIME).isoformat(timespec="microseconds")))
    return token


def new_password_links(conn: Connection, user_ids: list[int]) -> dict[int, str]:
    """Links for many new accounts at once (the CSV import): one insert."""
    now = db.hub_datetime()
    at, until = now.isoformat(timespec="microseconds"), (now + LINK_LIFETIME).isoformat(timespec="microseconds")
    tokens = {uid: secrets.token_urlsafe(24) for uid in user_ids}
    if tokens:
        conn.execute(password_links.insert(), [{"token_hash": digest(t), "user_id": uid, "created_at": at,
                                                "expires_at": until} for uid, t in tokens.items()])
    return tokens


def link_user(conn: Connection, token: str) -> tuple[int, str] | None:
    """(user id, username) of a usable link, else None."""
    if not token or len(token) > 100:
        return None
    p, u = password_links, db.users
    row = conn.execute(select(p.c.user_id, u.c.username, p.c.expires_at, p.c.used_at)
                       .select_from(p.join(u, u.c.id == p.c.user_id))
                       .where(p.c.token_hash == digest(token), u.c.disabled.is_(False))).first()
    if row is None or row[3] is not None:
        return None
    until = db.parse_time(row[2])
    if until is None or db.hub_datetime() > until:
        return None
    return int(row[0]), str(row[1])


def use_link(conn: Connection, token: str) -> None:
    conn.execute(update(password_links).where(password_links.c.token_hash == digest(token)).values(
        used_at=db.hub_now()))
