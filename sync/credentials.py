"""The hub sign-in of a profile: kept in its data dir, readable by its owner only."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .paths import DataPaths

FILE_NAME = "hub-credentials.json"


@dataclass(frozen=True)
class Credentials:
    hub_url: str
    username: str
    token: str
    device_name: str
    #: sync files (sync/sync_file.py): this sign-in's Ed25519 device key (base64 seed; '' when
    #: signed in before sync files existed) and the hub's reply key it pinned ('' likewise)
    device_key: str = field(default="", repr=False)
    hub_key: str = ""


def _path(paths: DataPaths) -> Path:
    return paths.profile_dir / FILE_NAME


def account_key(username: str) -> str:
    """A hub account as the store remembers it: hub user names are case-insensitive."""
    return username.strip().casefold()


def save_credentials(paths: DataPaths, creds: Credentials) -> None:
    """Keep a sign-in: atomic and owner-only (0600 from creation, never world-readable for a
    moment). The profile's store is bound to the account first (`LearnerStore.use_account`):
    signing in as another learner than the store synced as gives it its own device id and
    cursor, and sets the earlier learner's unsent work aside, before any token of the new
    learner is there to send it with."""
    from .store import LearnerStore
    paths.ensure()
    with LearnerStore.open(paths.db) as store:
        store.use_account(creds.username)
    target = _path(paths)
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(asdict(creds), f)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)


def load_credentials(paths: DataPaths) -> Credentials | None:
    try:
        data = json.loads(_path(paths).read_text(encoding="utf-8"))
        return Credentials(str(data["hub_url"]), str(data["username"]), str(data["token"]),
                           str(data.get("device_name", "")), str(data.get("device_key", "")),
                           str(data.get("hub_key", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_credentials(paths: DataPaths) -> None:
    _path(paths).unlink(missing_ok=True)
