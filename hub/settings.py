"""Hub settings: where the data lives and the limits it enforces.

Defaults are realistic for a court's server; tests and benches shrink the login delays
through CLI options or environment variables (LECTERN_HUB_*), never through code changes.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from .errors import HubError, HubErrorKind

ENV_PREFIX = "LECTERN_HUB_"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("lectern-hub", appauthor=False))


@dataclass(frozen=True)
class LoginPolicy:
    """How repeated wrong passwords are slowed down.

    After `free_attempts` failures for a user name (or `address_free_attempts` from one
    address: many clerks of a court share one address behind its proxy), each further try
    must wait `base_delay * 2**k` seconds (capped) after the last failure, else 429."""

    free_attempts: int = 5
    address_free_attempts: int = 30
    base_delay: float = 2.0
    max_delay: float = 900.0
    forget_after: float = 3600.0


@dataclass(frozen=True)
class HubSettings:
    data_dir: Path
    db_url: str | None = None
    # The protocol's limits (sync.protocol; a unit test keeps them equal). Not imported from
    # there so that CLI commands start without pydantic.
    max_body_bytes: int = 2 * 1024 * 1024
    max_inflated_bytes: int = 8 * 1024 * 1024
    #: a course bundle uploaded in the staff console (a six-week course's videos: several GB)
    max_upload_bytes: int = 8 * 1024 * 1024 * 1024
    max_events: int = 500
    page_events: int = 500
    gzip_min_bytes: int = 1024
    blob_chunk_bytes: int = 1024 * 1024
    login: LoginPolicy = field(default_factory=LoginPolicy)
    password_hash_concurrency: int = 2
    worker_threads: int = 8
    # Seconds a client may take to send a request's headers (from connecting, or from the
    # request's first byte on a kept-alive connection), then its body: slow clients
    # (slowloris) must not hold connections for ever (hub.slow_clients). The body's limit
    # is generous: a full 2 MiB body in 120 s is 17 KB/s, and the player gzips its bodies.
    header_timeout: float = 20.0
    body_timeout: float = 120.0
    # Certificates (hub.certificates): the issuer's Ed25519 key (made on first use, owner-only),
    # the name written on credentials as the issuer's, and the hub's address as verifiers
    # reach it (the status list's URL is made from it once and then kept in the database).
    issuer_key_file: Path | None = None
    issuer_name: str | None = None
    public_url: str | None = None
    # GET /api/v1/health says 503 below this much free space on the data dir's disk (blobs,
    # SQLite and its log): a load balancer then sends learners to a process that can write.
    health_min_free_bytes: int = 256 * 1024 * 1024
    # Several machines (docs/deploy.md): the blob folder every hub process writes and reads,
    # on a shared filesystem (default: <data dir>/blobs), and the internal URL prefix nginx
    # serves it at when the hub answers blob requests with X-Accel-Redirect (None: the hub
    # sends the bytes itself).
    blob_root: Path | None = None
    accel_redirect: str | None = None

    @property
    def issuer_key_path(self) -> Path:
        return self.issuer_key_file or self.data_dir / "issuer.key"

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_dir / 'hub.sqlite3'}"

    @property
    def blob_dir(self) -> Path:
        return self.blob_root or self.data_dir / "blobs"

    @property
    def blobs_readable_by_all(self) -> bool:
        """Whether blob files are written readable by every account (0644 in 0755 folders):
        with X-Accel-Redirect, nginx's workers (another account) read them. Their content is
        served to any holder of the hash anyway (docs/deploy.md)."""
        return self.accel_redirect is not None

    def with_env(self, env: dict[str, str] | None = None) -> "HubSettings":
        """Apply LECTERN_HUB_DB, LECTERN_HUB_ISSUER_KEY, LECTERN_HUB_ISSUER_NAME,
        LECTERN_HUB_PUBLIC_URL, LECTERN_HUB_BLOB_DIR, LECTERN_HUB_ACCEL_REDIRECT,
        LECTERN_HUB_THREADS, LECTERN_HUB_HEADER_TIMEOUT, LECTERN_HUB_BODY_TIMEOUT and
        LECTERN_HUB_LOGIN_* overrides. A value that is not a number (or not a URL prefix) is
        bad input (a HubError), never a traceback."""
        env = dict(os.environ if env is None else env)
        settings = self
        if env.get(ENV_PREFIX + "DB") and not self.db_url:
            settings = replace(settings, db_url=env[ENV_PREFIX + "DB"])
        if env.get(ENV_PREFIX + "ISSUER_KEY") and self.issuer_key_file is None:
            settings = replace(settings, issuer_key_file=Path(env[ENV_PREFIX + "ISSUER_KEY"]))
        if env.get(ENV_PREFIX + "ISSUER_NAME") and self.issuer_name is None:
            settings = replace(settings, issuer_name=env[ENV_PREFIX + "ISSUER_NAME"].strip())
        if env.get(ENV_PREFIX + "PUBLIC_URL") and self.public_url is None:
            settings = replace(settings, public_url=env[ENV_PREFIX + "PUBLIC_URL"].strip())
        if env.get(ENV_PREFIX + "BLOB_DIR") and self.blob_root is None:
            settings = replace(settings, blob_root=Path(env[ENV_PREFIX + "BLOB_DIR"]).absolute())
        if env.get(ENV_PREFIX + "ACCEL_REDIRECT") and self.accel_redirect is None:
            settings = replace(settings, accel_redirect=accel_prefix(env[ENV_PREFIX + "ACCEL_REDIRECT"]))
        settings = replace(settings, **_numbers(env, (("THREADS", "worker_threads", int),
                                                       ("HEADER_TIMEOUT", "header_timeout", float),
                                                       ("BODY_TIMEOUT", "body_timeout", float))))
        login = replace(settings.login, **_numbers(env, (("LOGIN_FREE_ATTEMPTS", "free_attempts", int),
                                                         ("LOGIN_ADDRESS_FREE_ATTEMPTS", "address_free_attempts", int),
                                                         ("LOGIN_DELAY", "base_delay", float),
                                                         ("LOGIN_MAX_DELAY", "max_delay", float))))
        return replace(settings, login=login)


def accel_prefix(text: str) -> str:
    """An X-Accel-Redirect prefix as nginx's internal location names it: a path starting and
    ending with "/", of URL-safe characters only (it goes into a response header)."""
    prefix = text.strip()
    if not _ACCEL_PREFIX_RE.fullmatch(prefix):
        raise HubError(HubErrorKind.BAD_REQUEST, f"The X-Accel-Redirect prefix {text[:60]!r} must be a path "
                                                 "such as /_blobs/ (starting and ending with /).")
    return prefix


_ACCEL_PREFIX_RE = re.compile(r"/(?:[A-Za-z0-9._~-]+/)+")


def _numbers(env: dict[str, str], names: tuple[tuple[str, str, type], ...]) -> dict[str, Any]:
    """The LECTERN_HUB_<NAME> variables that are set, as numbers (the field name as key)."""
    found: dict[str, Any] = {}
    for name, attr, conv in names:
        value = env.get(ENV_PREFIX + name)
        if not value:
            continue
        try:
            number = conv(value)
        except ValueError:
            raise HubError(HubErrorKind.BAD_REQUEST, f"{ENV_PREFIX}{name}={value[:40]!r} is not a number.") from None
        if not (0 <= number < math.inf) or (attr in _POSITIVE and number == 0):  # NaN fails too
            raise HubError(HubErrorKind.BAD_REQUEST, f"{ENV_PREFIX}{name}={value[:40]!r} is out of range.")
        found[attr] = number
    return found


_POSITIVE = {"worker_threads", "header_timeout", "body_timeout"}
