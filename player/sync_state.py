"""The sync controller's vocabulary: its timings and the connection states the status bar
shows (split from `player.sync_controller`, which re-exports them)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sync.services.connection import NetworkTimings


def _default_network() -> "NetworkTimings":
    from sync.services.connection import NetworkTimings

    return NetworkTimings()


@dataclass(frozen=True)
class SyncTimings:
    """Seconds between the watch's attempts; tests pass short ones."""

    probe_base: float = 5.0       # first retry after the course server could not be reached
    probe_cap: float = 300.0      # never wait longer than this between probes
    periodic: float = 300.0       # a pass this often while online
    debounce: float = 3.0         # quiet time after a local change before a pass
    positions: float = 60.0       # a saved position (not urgent) goes with a pass within this
    network: Any = field(default=None)  # sync.services.connection.NetworkTimings (None: defaults)
    followup: float = 20.0        # after the learner's own posts went out: look for answers
    forum: float = 60.0           # a pass this often while a forum is on screen
    pass_deadline: float = 150.0  # a pass that reports nothing for this long is cancelled

    def network_timings(self) -> "NetworkTimings":
        return self.network if self.network is not None else _default_network()


class Connection(Enum):
    """What the status bar says about the course server."""

    NOT_SIGNED_IN = "not-signed-in"
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    SIGN_IN_NEEDED = "sign-in-needed"   # the server answered 401: the token was revoked or expired

