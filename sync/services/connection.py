"""How the services reach the course server: budgets, bounded calls and clients.

Two ways to pick the server, because the player and the command line ask differently:
`signed_in_client` (the player) follows the saved sign-in and needs one; `connect` (the CLI)
also takes an address the learner typed (`--hub`) and works without a sign-in. Both go
through `sync.config.hub_url_for`, so court IT's locked address wins, and asking for another
one with `--hub` is refused rather than ignored.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from ..errors import CancelledError, HubError, HubErrorKind
from ..paths import DataPaths

if TYPE_CHECKING:
    from ..config import Settings
    from ..hub_client import HubClient, HubSettings
    from ..store import LearnerStore

T = TypeVar("T")

#: What a command says when no course server is known at all.
NO_HUB = "No hub is set: sign in with `lectern login --hub URL --user NAME` first."
#: What the player says when it needs a sign-in it does not have.
SIGN_IN_FIRST = "Please sign in to the course server first."


@dataclass(frozen=True)
class NetworkTimings:
    """How long hub calls may take; tests shorten them, court PCs keep the defaults.

    A deadline of None means "no wall-clock bound": the command line waits as long as the
    read timeout keeps the link alive, and Ctrl+C stops it.
    """

    read_timeout: float = 30.0        # no byte for this long = a stalled link
    probe_timeout: float = 5.0        # the connectivity probe's whole budget (name lookup too)
    download_backoff_base: float = 1.0
    download_backoff_cap: float = 60.0
    #: a course server that does not answer the knock (None: the client's own default)
    connect_timeout: float | None = 10.0
    #: one sync request's whole budget, wall clock: a link that trickles a byte now and then
    #: never trips the read timeout, and must not keep "Syncing…" (and the network lane) busy.
    request_deadline: float | None = 90.0
    #: a short request's whole budget (the catalog, a course description, sign-in and out):
    #: the screen waiting for it says "cannot be reached" instead of "Asking…" for minutes,
    #: and the network lane is free for the watch's next look.
    short_deadline: float | None = 20.0

    @classmethod
    def unbounded(cls, read_timeout: float = 30.0) -> "NetworkTimings":
        """The command line's: the client's own connect timeout and no wall-clock deadlines
        (a script waits; a person presses Ctrl+C)."""
        return cls(read_timeout=read_timeout, connect_timeout=None, request_deadline=None,
                   short_deadline=None)


def bounded_call(fn: Callable[[], T], budget: float | None,
                 cancel: threading.Event | None = None,
                 what: str = "The course server") -> T:
    """`fn()` with a wall-clock budget and a cancel that is honoured at once.

    The call runs in a daemon thread of its own; when the budget runs out or `cancel` is set,
    this returns (NETWORK error, or CancelledError) and the call is left to end by its own
    timeouts, its outcome dropped. For hub calls that are safe to repeat (a ping, a sync
    request: events carry their ids, so an answer lost here is only acknowledged again next
    time), so a name lookup or a stuck link can never keep the network lane, and the "Sync
    now" the learner pressed, waiting for minutes. With `budget` None (and no `cancel`)
    `fn` simply runs here.
    """
    if budget is None and cancel is None:
        return fn()
    box: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=run, name="lectern-hub-call", daemon=True).start()
    end = None if budget is None else time.monotonic() + budget
    while not finished.wait(0.1 if end is None else min(0.1, max(end - time.monotonic(), 0.0))):
        if cancel is not None and cancel.is_set():
            raise CancelledError("Sync stopped; nothing was lost.")
        if end is not None and time.monotonic() >= end:
            raise HubError(HubErrorKind.NETWORK, f"{what} did not answer in time; Lectern "
                                                 "will try again by itself.")
    if "error" in box:
        raise box["error"]
    result: T = box["result"]
    return result


def same_url(a: str, b: str) -> bool:
    """Two spellings of one server address (a trailing slash, spaces)."""
    return a.strip().rstrip("/") == b.strip().rstrip("/")


def load_profile_settings(paths: DataPaths) -> "Settings":
    """The profile's settings with court IT's file applied (creates a first-start profile)."""
    from ..config import load_settings
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return load_settings(store)


def hub_settings(settings: "Settings", url: str, timings: NetworkTimings,
                 read_timeout: float | None = None) -> "HubSettings":
    """The client's settings for `url`: proxy and CA bundle from `settings`, times from
    `timings` (the shorter connect timeout of the two)."""
    hub = settings.hub(url, read_timeout=timings.read_timeout if read_timeout is None
                       else read_timeout)
    if timings.connect_timeout is None:
        return hub
    return replace(hub, connect_timeout=min(hub.connect_timeout, timings.connect_timeout))


def signed_in_client(paths: DataPaths, timings: NetworkTimings,
                     url: str | None = None) -> "tuple[Settings, HubClient]":
    """A client with this profile's token; AUTH when nobody is signed in (ask to sign in).
    `url`: a remembered address (a queued download's); court IT's lock still wins."""
    from ..config import hub_url_for
    from ..credentials import load_credentials
    from ..hub_client import HubClient

    settings = load_profile_settings(paths)
    creds = load_credentials(paths)
    if creds is None:
        raise HubError(HubErrorKind.AUTH, SIGN_IN_FIRST)
    target = hub_url_for(settings, remembered=url or creds.hub_url)  # a lock wins
    token = creds.token if same_url(creds.hub_url, target) else None
    return settings, HubClient(hub_settings(settings, target, timings), token)


@dataclass
class Connection:
    """A client for one command: the address it talks to, the settings it was made with."""

    settings: "Settings"
    client: "HubClient"

    @property
    def hub_url(self) -> str:
        return self.client.base

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()


def connect(paths: DataPaths, timings: NetworkTimings, hub: str | None = None) -> Connection:
    """A client for the address asked for (`hub`, the CLI's --hub), else the sign-in's,
    else the setting; the token goes along only to the hub it came from. Court IT's
    locked address wins, and asking for another is refused (ConfigError) before anything
    is sent; no address at all is a CONFIG HubError."""
    from ..config import hub_url_for
    from ..credentials import load_credentials
    from ..hub_client import HubClient

    settings = load_profile_settings(paths)
    creds = load_credentials(paths)
    url = hub_url_for(settings, hub, creds.hub_url if creds else None)
    if not url:
        raise HubError(HubErrorKind.CONFIG, NO_HUB)
    token = creds.token if creds and same_url(creds.hub_url, url) else None
    return Connection(settings, HubClient(hub_settings(settings, url, timings), token))


def remembered_hub(paths: DataPaths, store: "LearnerStore") -> str:
    """The course server a new download comes from: court IT's locked one, else the
    sign-in's, else the setting; AUTH when there is none (sign in first)."""
    from ..config import hub_url_for, load_settings
    from ..credentials import load_credentials

    creds = load_credentials(paths)
    url = hub_url_for(load_settings(store), remembered=creds.hub_url if creds else None)
    if not url:
        raise HubError(HubErrorKind.AUTH, SIGN_IN_FIRST)
    return url
