"""The learner's account on a course server: sign in, sign out, who is signed in, reachability.

The token is written to the profile (owner-only) and never leaves this module and
`connection`: callers learn *whether* someone is signed in, never the secret. Court IT's
locked server address wins over any address a form or `--hub` gives; where the learner
insisted on another one (the CLI's `--hub`) it is refused with a ConfigError.
"""
from __future__ import annotations

import base64
import logging
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..errors import HubError, HubErrorKind
from ..paths import DataPaths
from .connection import NO_HUB, NetworkTimings, bounded_call, connect, hub_settings, load_profile_settings, same_url

if TYPE_CHECKING:
    from ..store import LearnerStore

log = logging.getLogger(__name__)

#: A password as given, or a way to ask for it once the address has been checked.
Password = str | Callable[[], str]


@dataclass(frozen=True)
class Account:
    """Who this profile is on which hub, without the token."""

    hub_url: str            # the signed-in hub, else the one from settings or site config ('' = none)
    url_locked: bool        # court IT fixed the hub address in the site configuration
    username: str           # '' when nobody ever signed in here
    device_name: str        # what the hub calls this computer
    signed_in: bool

    @property
    def has_hub(self) -> bool:
        return bool(self.hub_url)


@dataclass(frozen=True)
class SignedOut:
    """A sign-out: the sign-in is forgotten here in any case; `told` says whether the
    course server also revoked the token (else `reason` says why not)."""

    hub_url: str
    told: bool
    reason: str = ""


def read_account(paths: DataPaths, store: "LearnerStore") -> Account:
    """The sign-in as far as the UI may know it (store lane: reads settings)."""
    from ..config import load_settings
    from ..credentials import load_credentials
    from ..hub_client import default_device_name

    settings = load_settings(store)
    creds = load_credentials(paths)
    locked = "hub_url" in settings.locked
    signed_in = creds is not None and (not locked or same_url(creds.hub_url, settings.hub_url))
    if signed_in and creds is not None:
        return Account(creds.hub_url, locked, creds.username,
                       creds.device_name or default_device_name(), True)
    return Account(settings.hub_url, locked, creds.username if creds else "",
                   (creds.device_name if creds else "") or default_device_name(), False)


def current_account(paths: DataPaths) -> Account:
    """`read_account` with the profile's store opened here."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return read_account(paths, store)


def sign_in(paths: DataPaths, url: str | None, username: str, password: Password,
            device_name: str = "", timings: NetworkTimings = NetworkTimings(), *,
            insist: bool = False) -> Account:
    """Ask the hub for a token and keep it (owner-only) in the profile; wrong password = AUTH.

    `url`: the address the sign-in form shows (court IT's lock replaces it) or, with
    `insist`, the one the learner named (`--hub`: another than a locked one is refused);
    empty, the last sign-in's or the setting's. `password` may be a function: it is asked
    only once the address and name are known to be usable.
    """
    from ..config import hub_url_for
    from ..credentials import Credentials, load_credentials, save_credentials
    from ..hub_client import HubClient, default_device_name
    from ..signing import PrivateKey

    settings = load_profile_settings(paths)
    creds = load_credentials(paths)
    remembered = creds.hub_url if creds else None
    url = (url or "").strip()
    if insist:
        target = hub_url_for(settings, url or None, remembered)
        if not target:
            raise HubError(HubErrorKind.CONFIG, NO_HUB)
    else:
        target = hub_url_for(settings, remembered=url or remembered)
        if not target.strip():
            raise HubError(HubErrorKind.CONFIG, "Type the address of your course server, for "
                                                "example https://courses.example.org.")
    username = username.strip()
    if not username:
        raise HubError(HubErrorKind.CONFIG, "Type your user name.")
    device = device_name.strip() or default_device_name()
    secret = password() if callable(password) else password
    # This sign-in's device key signs its sync files (sync/sync_file.py); the hub keeps the
    # public half with the token, and its answer names the key that signs its replies.
    seed = secrets.token_bytes(32)
    device_key = PrivateKey(seed)
    public = base64.b64encode(device_key.public_raw).decode("ascii")
    with HubClient(hub_settings(settings, target, timings)) as client:
        token = bounded_call(lambda: client.login(username, secret, device, public),
                             timings.short_deadline)
        hub_key = client.sync_file_key
        save_credentials(paths, Credentials(
            client.base, username, token, device,
            base64.b64encode(seed).decode("ascii") if hub_key else "", hub_key))
    return current_account(paths)


def sign_out(paths: DataPaths, timings: NetworkTimings = NetworkTimings(),
             hub: str | None = None, *, need_hub: bool = False) -> SignedOut:
    """Revoke the token on the hub when it can be reached, and forget it here in any case.

    `hub`: the address the learner named (a locked one cannot be left: ConfigError).
    `need_hub`: no known course server is an error (the command line says so) instead of
    a sign-out with nothing to tell."""
    from ..credentials import forget_credentials, load_credentials

    if not need_hub and hub is None and load_credentials(paths) is None:
        return SignedOut("", False, "Nobody is signed in here.")  # no token to revoke
    try:
        connection = connect(paths, timings, hub)
    except HubError as exc:
        if need_hub:
            raise
        forget_credentials(paths)
        return SignedOut("", False, exc.message)
    with connection:
        try:
            bounded_call(connection.client.logout, timings.short_deadline)
            told, reason = True, ""
        except HubError as exc:
            log.info("sign-out: the hub was not told (%s)", exc.message)
            told, reason = False, exc.message
    forget_credentials(paths)
    return SignedOut(connection.hub_url, told, reason)


def probe(paths: DataPaths, timings: NetworkTimings = NetworkTimings()) -> bool:
    """The cheap connectivity check: does the signed-in course server answer its ping?

    True, or a HubError saying why not (NETWORK: cannot be reached; SERVER: it answers, in
    trouble; PROTOCOL: something else answers, e.g. a login page). Bounded as a whole (name
    lookup included) by `probe_timeout`, so the watch, and a "Sync now" waiting for it,
    learn "offline" within seconds."""
    from ..config import hub_url_for
    from ..credentials import load_credentials
    from ..hub_client import API, HubClient

    settings = load_profile_settings(paths)
    creds = load_credentials(paths)
    url = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    if not url:
        raise HubError(HubErrorKind.CONFIG, "No course server address is set.")

    def ping() -> bool:
        with HubClient(hub_settings(settings, url, timings, timings.probe_timeout)) as client:
            resp = client.request("GET", f"{API}/ping",
                                  timeout=(timings.probe_timeout, timings.probe_timeout))
            try:
                answer = resp.json()
            except ValueError:
                answer = None
            if not isinstance(answer, dict) or answer.get("service") != "lectern-hub":
                raise HubError(HubErrorKind.PROTOCOL, "The answer does not come from a Lectern "
                                                      "course server.")
            return True

    return bounded_call(ping, timings.probe_timeout + 0.5)


def answers_as_course_server(paths: DataPaths, url: str,
                             timings: NetworkTimings = NetworkTimings()) -> bool:
    """A ping (no password) to `url`: is a Lectern course server there? (The sign-in form's
    second try over plain HTTP asks this first.)"""
    from ..hub_client import HubClient

    settings = load_profile_settings(paths)
    with HubClient(settings.hub(url, read_timeout=timings.probe_timeout)) as client:
        return client.ping(timeout=timings.probe_timeout)
