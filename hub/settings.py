"""Hub settings: where the data lives and the limits it enforces.

Defaults are realistic for a court's server; tests and benches shrink the login delays
through CLI options or environment variables (LECTERN_HUB_*), never through code changes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

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
    max_events: int = 500
    page_events: int = 500
    gzip_min_bytes: int = 1024
    blob_chunk_bytes: int = 1024 * 1024
    login: LoginPolicy = field(default_factory=LoginPolicy)
    password_hash_concurrency: int = 2
    worker_threads: int = int(os.environ.get(ENV_PREFIX + "THREADS", "8"))

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{self.data_dir / 'hub.sqlite3'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    def with_env(self, env: dict[str, str] | None = None) -> "HubSettings":
        """Apply LECTERN_HUB_DB and LECTERN_HUB_LOGIN_* overrides."""
        env = dict(os.environ if env is None else env)
        settings = self
        if env.get(ENV_PREFIX + "DB") and not self.db_url:
            settings = replace(settings, db_url=env[ENV_PREFIX + "DB"])
        login = settings.login
        for name, attr, conv in (("LOGIN_FREE_ATTEMPTS", "free_attempts", int),
                                 ("LOGIN_ADDRESS_FREE_ATTEMPTS", "address_free_attempts", int),
                                 ("LOGIN_DELAY", "base_delay", float),
                                 ("LOGIN_MAX_DELAY", "max_delay", float)):
            value = env.get(ENV_PREFIX + name)
            if value:
                try:
                    login = replace(login, **{attr: conv(value)})
                except ValueError:
                    raise HubError(HubErrorKind.BAD_REQUEST,
                                   f"{ENV_PREFIX}{name}={value!r} is not a number.") from None
        return replace(settings, login=login)
