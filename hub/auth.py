"""Passwords, bearer tokens and the login throttle.

Passwords are hashed with scrypt (hashlib, no extra dependency); tokens are random and
stored as their SHA-256 only, so a copied database does not hand out sessions, and every
request's token is looked up in the database (a revocation holds at once on every hub
process). Password checks are costly on purpose, so at most a few run at once (memory) and
repeated failures are slowed down per user name and per address, counted in the database.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Callable, Protocol

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from . import db
from .errors import HubError, HubErrorKind
from .prepared import Prepared
from .settings import LoginPolicy

log = logging.getLogger(__name__)

# scrypt cost: N=2^15, r=8 -> 32 MiB and roughly 0.1 s per check on a court server.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 128 * 1024 * 1024
TOKEN_PREFIX = "lht_"


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                            maxmem=SCRYPT_MAXMEM, dklen=32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        want = base64.b64decode(digest_b64)
        got = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                             maxmem=SCRYPT_MAXMEM, dklen=len(want))
    except (ValueError, TypeError):
        log.error("a stored password hash is malformed")
        return False
    return hmac.compare_digest(got, want)


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the user does not exist, so timing does not tell who exists."""
    return hash_password(secrets.token_hex(8))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from the bearer token on every request."""

    user_id: int
    username: str
    token_id: int


@dataclass(frozen=True)
class IssuedToken:
    token: str
    username: str
    device_name: str
    created_at: str
    token_id: int = 0


def issue_token(conn: Connection, user_id: int, username: str, device_name: str) -> IssuedToken:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = db.hub_now()
    token_id = db.inserted_pk(conn.execute(db.tokens.insert().values(
        user_id=user_id, token_hash=token_digest(token), device_name=device_name, created_at=now)))
    return IssuedToken(token=token, username=username, device_name=device_name, created_at=now,
                       token_id=token_id)


_RESOLVE = Prepared(select(db.tokens.c.id, db.users.c.id, db.users.c.username)
            .select_from(db.tokens.join(db.users, db.users.c.id == db.tokens.c.user_id))
            .where(db.tokens.c.token_hash == bindparam("h"), db.tokens.c.revoked_at.is_(None),
                   db.users.c.disabled.is_(False)))


def resolve_token(conn: Connection, token: str) -> Principal | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = _RESOLVE.first(conn, {"h": token_digest(token)})
    if row is None:
        return None
    return Principal(user_id=row[1], username=row[2], token_id=row[0])


def revoke_token(conn: Connection, token_id: int) -> None:
    conn.execute(update(db.tokens).where(db.tokens.c.id == token_id).values(revoked_at=db.hub_now()))


class PasswordChecker:
    """Runs scrypt checks with bounded concurrency (each takes tens of MiB)."""

    def __init__(self, concurrency: int) -> None:
        self._slots = threading.BoundedSemaphore(max(1, concurrency))

    def check(self, password: str, stored: str | None) -> bool:
        with self._slots:
            if stored is None:
                verify_password(password, _dummy_hash())
                return False
            return verify_password(password, stored)


@dataclass
class Failures:
    """Wrong passwords under one key (a user name, an address) and when the last came."""

    count: int
    last: float


class FailureCounts(Protocol):
    """Where a `LoginThrottle` keeps its counts: this process's memory, the hub's database,
    or a relay's own (hub.relay.service)."""

    def get(self, keys: list[str], stale: float) -> dict[str, Failures]:
        """The counts of these keys whose last failure is not older than `stale`."""

    def add(self, keys: list[str], now: float, stale: float) -> None:
        """One more failure for each key (counts older than `stale` start again)."""

    def clear(self, key: str) -> None:
        """Forget the key's count (a right password)."""


class _MemoryCounts:
    """Counts in this process's memory (a throttle without a database: unit tests, tools)."""

    MAX_ENTRIES = 100_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, Failures] = {}

    def get(self, keys: list[str], stale: float) -> dict[str, Failures]:
        with self._lock:
            return {k: Failures(e.count, e.last) for k in keys
                    if (e := self._failures.get(k)) is not None and e.last >= stale}

    def add(self, keys: list[str], now: float, stale: float) -> None:
        with self._lock:
            if len(self._failures) >= self.MAX_ENTRIES:
                self._forget_old(stale)
            for key in keys:
                entry = self._failures.get(key)
                if entry is None or entry.last < stale:
                    self._failures[key] = Failures(1, now)
                else:
                    entry.count += 1
                    entry.last = now

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _forget_old(self, stale: float) -> None:
        for k in [k for k, v in self._failures.items() if v.last < stale]:
            del self._failures[k]
        if len(self._failures) >= self.MAX_ENTRIES:  # still full: drop the oldest half
            for k, _ in sorted(self._failures.items(), key=lambda kv: kv[1].last)[: self.MAX_ENTRIES // 2]:
                del self._failures[k]


_LF = db.login_failures
_READ_FAILURES = Prepared(select(_LF.c.key, _LF.c.count, _LF.c.last_at).where(
    _LF.c.key.in_([bindparam("k1"), bindparam("k2")]), _LF.c.last_at >= bindparam("stale")))


class _DatabaseCounts:
    """Counts in the hub database's `login_failures`, shared by every hub process and
    machine: guesses spread over processes behind a load balancer add up. A failure is one
    short write transaction; a wrong password costs far more (scrypt) anyway."""

    def __init__(self, database: db.Database) -> None:
        self.database = database

    def get(self, keys: list[str], stale: float) -> dict[str, Failures]:
        padded = (keys + keys)[:2]
        with self.database.snapshot() as conn:
            rows = _READ_FAILURES.rows(conn, {"k1": padded[0], "k2": padded[1], "stale": stale})
        return {str(k): Failures(int(count), float(last)) for k, count, last in rows}

    def add(self, keys: list[str], now: float, stale: float) -> None:
        # No learner's rows and no feed rows: the hub's lock shared only (hub.write_locks), so
        # a guesser's wrong passwords never hold up the pushes under way. The counts are
        # added in one statement each, whoever else adds to them at the same moment.
        with self.database.write(()) as conn:
            conn.execute(delete(_LF).where(_LF.c.last_at < stale))  # forget old ones (indexed)
            insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(_LF)
            for key in keys:
                conn.execute(insert.values(key=key, count=1, last_at=now).on_conflict_do_update(
                    index_elements=[_LF.c.key], set_={"count": _LF.c.count + 1, "last_at": now}))

    def clear(self, key: str) -> None:
        """After a right password: usually there is nothing to clear, and a read says so."""
        with self.database.snapshot() as conn:
            if not _READ_FAILURES.rows(conn, {"k1": key, "k2": key, "stale": 0.0}):
                return
        with self.database.write(()) as conn:
            conn.execute(delete(_LF).where(_LF.c.key == key))


class LoginThrottle:
    """Counts wrong passwords per user name and per address; early retries get 429.

    With a database, the counts live in it (every hub process sees the same ones; the
    clock is then the wall clock, which hub machines share through NTP); with `counts`,
    wherever they keep them (wall clock too); without either, in this process's memory."""

    def __init__(self, policy: LoginPolicy, clock: Callable[[], float] | None = None,
                 database: db.Database | None = None, counts: FailureCounts | None = None) -> None:
        self.policy = policy
        shared = database is not None or counts is not None
        self._clock = clock or (time.time if shared else time.monotonic)
        self._counts: FailureCounts = counts or (
            _DatabaseCounts(database) if database is not None else _MemoryCounts())

    def _delay(self, count: int, free: int) -> float:
        if count < free:
            return 0.0
        return min(self.policy.max_delay, self.policy.base_delay * 2.0 ** (count - free))

    def _keys(self, username: str, address: str) -> list[tuple[str, int]]:
        return [("user:" + username.casefold()[:180], self.policy.free_attempts),
                ("addr:" + address[:180], self.policy.address_free_attempts)]

    def check(self, username: str, address: str) -> None:
        """Raise RATE_LIMITED if this attempt comes too soon after repeated failures."""
        now = self._clock()
        keys = self._keys(username, address)
        found = self._counts.get([k for k, _ in keys], now - self.policy.forget_after)
        wait = 0.0
        for key, free in keys:
            entry = found.get(key)
            if entry is not None:
                wait = max(wait, entry.last + self._delay(entry.count, free) - now)
        if wait > 0:
            raise HubError(HubErrorKind.RATE_LIMITED,
                           "Too many wrong passwords. Wait a little before trying again.",
                           retry_after=max(1, math.ceil(wait)))

    def failed(self, username: str, address: str) -> None:
        now = self._clock()
        self._counts.add([k for k, _ in self._keys(username, address)], now, now - self.policy.forget_after)
        log.info("wrong password for %r from %s", username[:60], address)

    def succeeded(self, username: str) -> None:
        """A right password clears the user's count (not the address's: one good account
        must not let an address keep guessing others)."""
        self._counts.clear(self._keys(username, "")[0][0])
