"""The relay itself: its store, its upstream, its content cache and its forwarder, and what
each of the player's requests does (the HTTP layer in `hub.relay.app` stays thin).

Sign-in. While the link is up, the player's sign-in body goes to the upstream as it came;
if the upstream accepts it, the relay keeps a slow salted hash of the password (scrypt, as
the hub hashes passwords: `hub.auth`), the judge's upstream token (to forward and pull on
their behalf) and issues its own token. While the link is down, a judge who signed in
online before is checked against that hash; anyone else is refused like a wrong password.
If the upstream refuses a password the hash accepts (changed upstream), the hash is
forgotten, and so is it when the upstream ends the judge's token (a disabled account). Wrong
passwords are slowed down here first (per PC and per user name, below the upstream's budget
for the relay's one address), every scrypt run takes one of a few slots, and when the
upstream answers 429 all the same, a judge with a kept hash is checked against it. The
relay's tokens are stored as SHA-256 only; no secret is logged.

Push and pull. A player's events are acked once the relay's commit is on disk; they go
upstream later (`hub.relay.forwarder`). A refusal the upstream makes then reaches the player
in the `rejected` list of a later sync answer, by the event's id (the player's store marks
the outbox row refused whatever request carried it): see docs/relay.md. The relay's cursor
is a position in its own per-device feed, with the relay's id and how many of the device's
events it held: a cursor from another relay, or one a restored copy of the relay's folder
did not make (a new id when relay.sqlite3 is another file; fewer events or a shorter feed
than the cursor names), is refused with 422, and the player starts over, sending again what
the relay had acknowledged.
"""
from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sync.backoff import Backoff
from sync.errors import HubError as ClientHubError
from sync.manifest import parse_manifest
from sync.protocol import (
    MAX_EVENTS_PER_BATCH,
    MAX_PAGE_EVENTS,
    PROTOCOL_VERSION,
    STATUS_LIST_PATH,
    EventInvalid,
    RejectCode,
    SyncRequest,
    describe_validation_error,
    legacy_reject_code,
    parse_client_event,
)

from ..auth import Failures, LoginThrottle, PasswordChecker, hash_password, token_digest
from ..settings import LoginPolicy
from .content import BlobCache, ContentCache
from .errors import HubErrorKind, RelayError, UpstreamDown
from .forwarder import Forwarder
from .store import CLOCK_OFFSET, OPERATOR_TOKEN, UPSTREAM_URL, RelayStore, now_iso
from .upstream import Upstream, link_down

log = logging.getLogger(__name__)

TOKEN_PREFIX = "lrt_"
INSTANCE = "instance"
#: the inode of relay.sqlite3 the relay last ran with (a restored copy is another file)
DB_FILE = "db_file"
STATUS_LIST = "status_list"
WRONG_PASSWORD = "Wrong user name or password."
ENDED_UPSTREAM = "The course server ended your sign-in; sign in again when the court relay can reach it."
WRONG_PASSWORD_OFFLINE = ("Wrong user name or password. (The court relay cannot reach the course server now: "
                          "only judges who signed in here before can sign in until it can.)")


#: The relay's own slow-down of wrong passwords, per judge's PC (address) and per user name,
#: before a sign-in reaches the upstream. The upstream counts every sign-in through the relay
#: against the relay's one address (unless it trusts the relay's X-Forwarded-For:
#: `--behind-proxy`, docs/relay.md), 30 by default: one guessing PC must run out long before.
RELAY_LOGIN = LoginPolicy(free_attempts=5, address_free_attempts=10)


class _StoredCounts:
    """hub.auth.LoginThrottle's counts (a `hub.auth.FailureCounts`), kept in the relay's
    database (not the hub's): a restart does not give a guesser a new budget."""

    def __init__(self, store: RelayStore) -> None:
        self.store = store

    def get(self, keys: list[str], stale: float) -> dict[str, Failures]:
        return {k: Failures(n, t) for k, (n, t) in self.store.login_failures(keys, stale).items()}

    def add(self, keys: list[str], now: float, stale: float) -> None:
        self.store.add_login_failure(keys, now, stale)

    def clear(self, key: str) -> None:
        self.store.clear_login_failures(key)


@dataclass(frozen=True)
class RelaySettings:
    data_dir: Path
    upstream_url: str
    pull_interval: float = 60.0
    #: the longest wait between attempts while the link is down (the back-off doubles up to it)
    retry_max: float = 300.0
    forward_workers: int = 4
    blob_wait: float = 20.0
    login_timeout: float = 15.0
    read_timeout: float = 60.0
    login: LoginPolicy = field(default_factory=lambda: RELAY_LOGIN)
    password_hash_concurrency: int = 2
    #: PCs of one judge the relay serves (seen in the last `device_days`): each is pulled for
    #: over the thin link
    max_devices: int = 10
    device_days: float = 14.0


class Passwords(PasswordChecker):
    """The hub's bounded password checks, and hashing under the same bound: every scrypt run
    of the relay (tens of MiB each) takes one of a few slots, whatever the LAN sends."""

    def hash(self, password: str) -> str:
        with self._slots:
            return hash_password(password)


class CursorInvalid(ValueError):
    pass


#: why a cursor is refused; the player starts its sync over (no cursor) and sends again what
#: the relay had acknowledged (sync.sync_engine, on a 422 that names the cursor)
CURSOR_REFUSED = "The cursor is not one this court relay made; sync again without a cursor."
CURSOR_AHEAD = ("This court relay was restored from an older copy since this device's last sync (the cursor is "
                "ahead of it): sync again without a cursor, and send again the changes it had acknowledged.")


def encode_cursor(instance: str, seq: int, received: int | None = None) -> str:
    """The relay's cursor: its id, the position in the device's feed, and how many events it
    held from the device when it answered (a relay restored from an older copy of its data
    folder holds fewer, and refuses the cursor)."""
    doc: dict[str, Any] = {"relay": instance, "s": seq}
    if received is not None:
        doc["n"] = received
    raw = json.dumps(doc, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def decode_cursor(instance: str, cursor: str | None) -> tuple[int, int | None]:
    """(feed position, events held from the device; None in a cursor made before it was
    counted) of one of this relay's cursors; (0, None) for none."""
    if not cursor:
        return 0, None
    try:
        doc = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        doc = None
    if not isinstance(doc, dict) or doc.get("relay") != instance or not _count(doc.get("s")) \
            or ("n" in doc and not _count(doc["n"])):
        raise CursorInvalid(CURSOR_REFUSED)
    return int(doc["s"]), (int(doc["n"]) if "n" in doc else None)


class Relay:
    def __init__(self, settings: RelaySettings, *, start_forwarder: bool = False) -> None:
        self.settings = settings
        self.store = RelayStore(settings.data_dir)
        url = settings.upstream_url or self.store.get_meta(UPSTREAM_URL) or ""
        if not url:
            raise RelayError(HubErrorKind.BAD_REQUEST, "No upstream: pass --upstream URL (or run `relay login` first).")
        self.upstream = Upstream(url, connect_timeout=min(10.0, settings.login_timeout),
                                 read_timeout=settings.read_timeout)
        self.store.set_meta(UPSTREAM_URL, self.upstream.url)
        self.instance = self._instance()
        self.content = ContentCache(self.store, BlobCache(settings.data_dir / "blobs"), self.upstream,
                                    blob_wait=settings.blob_wait)
        self.passwords = Passwords(settings.password_hash_concurrency)
        self.throttle = LoginThrottle(settings.login, counts=_StoredCounts(self.store))  # wall clock
        offset = self.store.get_meta(CLOCK_OFFSET)
        self._clock_offset = float(offset) if offset else 0.0
        self._clock_saved = time.monotonic()
        self.forwarder = Forwarder(self.store, self.upstream, workers=settings.forward_workers,
                                   pull_interval=settings.pull_interval, on_clock=self._set_clock,
                                   backoff=Backoff(1.0, settings.retry_max))
        from .sync_files import SyncFileQueue
        self.forwarder.sync_files = SyncFileQueue(self.store, settings.data_dir)
        if start_forwarder:
            self.forwarder.start()

    def _instance(self) -> str:
        """The relay's id, which its cursors carry. A new one when the database is not the
        file the relay last ran with (its data folder was restored from a copy): the copy
        may lack changes the relay acknowledged since, so the players' cursors must stop
        working; each player then starts over and sends again what the relay had
        acknowledged (the relay acks again those it has; the rest are new). Court IT's
        restore needs nothing more than copying the folder back (docs/relay.md)."""
        file_id = str(os.stat(self.store.path).st_ino)
        instance = self.store.get_meta(INSTANCE) or ""
        ran_with = self.store.get_meta(DB_FILE)
        if instance and ran_with is not None and ran_with != file_id:
            log.warning("%s is not the file this relay last ran with (restored from a copy?): the players "
                        "start their sync over and send again what it had acknowledged", self.store.path)
            instance = ""
        if not instance:
            instance = secrets.token_hex(8)
            self.store.set_meta(INSTANCE, instance)
        if ran_with != file_id:
            self.store.set_meta(DB_FILE, file_id)
        return instance

    def close(self) -> None:
        self.forwarder.stop()
        self.store.set_meta(CLOCK_OFFSET, repr(self._clock_offset))
        self.upstream.close()
        self.store.close()

    # ------------------------------------------------------------------ hub time

    def _set_clock(self, offset: float) -> None:
        self._clock_offset = offset
        if time.monotonic() - self._clock_saved > 60:
            self._clock_saved = time.monotonic()
            self.store.set_meta(CLOCK_OFFSET, repr(offset))

    def hub_now(self) -> str:
        """The upstream's time as the relay estimates it (its clock at the last exchange,
        moved on by this PC's clock since): the `server_time` of the relay's answers."""
        when = datetime.fromtimestamp(time.time() + self._clock_offset, timezone.utc)
        return when.isoformat().replace("+00:00", "Z")

    # ------------------------------------------------------------------ sign-in

    def sign_in(self, raw: Any, address: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise RelayError(HubErrorKind.INVALID, "The body must be a JSON object.", fields=["body"])
        username, password = raw.get("username"), raw.get("password")
        device_name = raw.get("device_name") or "unnamed device"
        bad = [f for f, v, hi in (("username", username, 150), ("password", password, 1024))
               if not isinstance(v, str) or not 1 <= len(v) <= hi]
        if bad or not isinstance(device_name, str) or len(device_name) > 200:
            raise RelayError(HubErrorKind.INVALID, "A sign-in needs a user name and a password.",
                             fields=bad or ["device_name"])
        assert isinstance(username, str) and isinstance(password, str)
        key = username.strip().casefold()
        self.throttle.check(key, address)
        try:
            answer = self.upstream.login(raw, timeout=self.settings.login_timeout, client_address=address)
        except ClientHubError as exc:
            if exc.status == 401:
                account = self.store.account(key)
                if account is not None and account.password_hash \
                        and self.passwords.check(password, account.password_hash):
                    self.store.forget_password(key)   # changed upstream: the old one must stop working here
                self.throttle.failed(key, address)
                raise RelayError(HubErrorKind.BAD_CREDENTIALS, WRONG_PASSWORD) from None
            if exc.status == 429:
                # The upstream slows down sign-ins from the relay (guesses from other PCs of the
                # court, counted against the relay's one address): a judge who signed in here
                # before is checked against the kept hash instead of being locked out too.
                account = self.store.account(key)
                if account is not None and account.password_hash and not account.needs_signin:
                    return self._sign_in_offline(key, password, device_name, address, WRONG_PASSWORD)
                raise RelayError(HubErrorKind.RATE_LIMITED, "Too many wrong passwords. Wait a little before "
                                 "trying again.", retry_after=int(exc.retry_after or 60)) from None
            if not link_down(exc):
                raise RelayError(HubErrorKind.INVALID, exc.message) from None
            return self._sign_in_offline(key, password, device_name, address, WRONG_PASSWORD_OFFLINE)
        name = str(answer.get("username") or key).casefold()
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.store.save_signin(name, self.passwords.hash(password), str(answer["token"]), token_digest(token),
                               device_name)
        self.throttle.succeeded(key)
        log.info("%s signed in through the relay (online) for %r", name, device_name)
        self._refresh_catalog_quietly(name)   # kept for when the link is down
        reply: dict[str, Any] = {"token": token, "token_type": "bearer", "username": name,
                                 "device_name": device_name, "created_at": now_iso()}
        key_text = answer.get("sync_file_key")
        if isinstance(key_text, str):
            # The upstream registered the PC's device key (the body went as it came) and names
            # the key that signs its sync-file replies: the player pins it, and can then make
            # sync files the upstream accepts. An offline sign-in gives none: its device key
            # never reached the upstream, which would refuse files signed with it.
            reply["sync_file_key"] = key_text
        return reply

    def _sign_in_offline(self, key: str, password: str, device_name: str, address: str,
                         wrong: str) -> dict[str, Any]:
        """A sign-in checked against the hash kept from an online one (`wrong`: what a wrong
        password is told)."""
        account = self.store.account(key)
        if account is not None and account.needs_signin:
            # The upstream ended this judge's token (a disabled account?): only it can let them
            # in again (their hash is forgotten too). The same slow check as a wrong password.
            self.passwords.check(password, None)
            raise RelayError(HubErrorKind.BAD_CREDENTIALS, ENDED_UPSTREAM)
        stored = account.password_hash if account is not None else None
        if not self.passwords.check(password, stored) or account is None or stored is None:
            self.throttle.failed(key, address)
            raise RelayError(HubErrorKind.BAD_CREDENTIALS, wrong)
        self.throttle.succeeded(key)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.store.add_token(account.username, token_digest(token), device_name)
        log.info("%s signed in through the relay (offline) for %r", account.username, device_name)
        return {"token": token, "token_type": "bearer", "username": account.username, "device_name": device_name,
                "created_at": now_iso()}

    def principal(self, token: str | None) -> tuple[str, str]:
        """(user name, token digest) of a relay token; 401 without a valid one."""
        if not token:
            raise RelayError(HubErrorKind.UNAUTHORIZED, "Sign in first: this needs a bearer token.")
        digest = token_digest(token)
        found = self.store.token_user(digest)
        if found is None:
            raise RelayError(HubErrorKind.UNAUTHORIZED, "Your sign-in has ended or was revoked; sign in again.")
        return found[0], digest

    def sign_out(self, digest: str) -> None:
        """Ends the relay session only: the upstream token stays, to forward what the judge
        synced (it is the relay's, not the player's)."""
        self.store.revoke_token(digest)

    # ------------------------------------------------------------------ catalog and content

    def _live_token(self, username: str) -> str | None:
        account = self.store.account(username)
        if account is None or account.needs_signin:
            return None
        return account.upstream_token

    def _refresh_catalog_quietly(self, username: str) -> None:
        try:
            self.refresh_catalog(username)
        except Exception as exc:  # noqa: BLE001 - best effort after a sign-in
            log.info("catalog of %s not refreshed: %s", username, exc)

    def refresh_catalog(self, username: str) -> dict[str, Any] | None:
        """The judge's catalog from the upstream, kept for when the link is down; None
        when the link is down."""
        token = self._live_token(username)
        if token is None:
            return None
        try:
            catalog = self.upstream.catalog(token, timeout=self.settings.login_timeout)
        except ClientHubError as exc:
            if link_down(exc):
                return None
            if exc.status == 401:
                self.store.upstream_refused_token(username)
                raise RelayError(HubErrorKind.UNAUTHORIZED, "Your sign-in has ended; sign in again.") from None
            raise RelayError(HubErrorKind.BAD_REQUEST, exc.message) from None
        self.store.save_catalog(username, catalog)
        return catalog

    def catalog(self, username: str) -> dict[str, Any]:
        fresh = self.refresh_catalog(username)
        if fresh is not None:
            return fresh
        account = self.store.account(username)
        if account is None or account.catalog is None:
            raise UpstreamDown("The court relay cannot reach the course server and has not seen your course "
                               "list yet; try again later.")
        return self._with_seeded(account.catalog)

    def _with_seeded(self, catalog: dict[str, Any]) -> dict[str, Any]:
        """Offline: newer versions court IT seeded, of the judge's families, replace the
        versions the kept catalog names."""
        courses = {c["id"]: c for c in catalog.get("courses", []) if isinstance(c, dict) and "id" in c}
        families = {c.get("course_family") for c in courses.values()}
        for course_id, version, family, entry, _source in self.store.course_entries():
            if entry is None or family not in families:
                continue
            have = courses.get(course_id)
            if have is None or int(have.get("version", 0)) < version:
                courses[course_id] = entry
        return {**catalog, "courses": sorted(courses.values(), key=lambda c: (c.get("course_family"), c["id"]))}

    def families(self, username: str) -> list[str]:
        account = self.store.account(username)
        catalog = account.catalog if account is not None else None
        if catalog is None:
            catalog = self.refresh_catalog(username)
        if catalog is None:
            return []
        return sorted({str(c.get("course_family")) for c in catalog.get("courses", []) if isinstance(c, dict)})

    def course_file(self, username: str, course_id: str, version: int, signature: bool) -> bytes:
        token = self._live_token(username)
        found = self.store.course(course_id, version)
        if found is not None and found[0] not in self.families(username):
            fresh = self.refresh_catalog(username)   # enrolled since the kept catalog?
            if fresh is None or found[0] not in self.families(username):
                raise RelayError(HubErrorKind.NOT_ENROLLED,
                                 f"You are not enrolled in '{course_id}'; ask your court's administrator.")
        _family, manifest, sig = self.content.manifest(token, course_id, version)
        if signature:
            if sig is None:
                raise RelayError(HubErrorKind.NOT_FOUND, f"Version {version} of '{course_id}' is not signed.")
            return sig
        return manifest

    def blob(self, username: str, sha: str) -> tuple[Path, str, int]:
        """(path, media type, size) of a blob of the judge's courses, fetched once if needed."""
        info = self.store.blob_info(sha, self.families(username))
        if info is None:
            raise RelayError(HubErrorKind.NOT_FOUND, "No such file in your courses.")
        media_type, size = info
        self.content.ensure_blob(self._live_token(username), sha, size)
        return self.content.blobs.path(sha), media_type, size

    def start_prefetch(self) -> threading.Thread:
        """Fetch every course court IT's account (`relay login`) is enrolled in, in the
        background: manifests and every file, once (a night on a thin link)."""
        thread = threading.Thread(target=self._prefetch_quietly, name="relay-prefetch", daemon=True)
        thread.start()
        return thread

    def _prefetch_quietly(self) -> None:
        backoff = Backoff(5.0, 600.0)
        while True:
            try:
                self.prefetch()
                return
            except UpstreamDown:
                delay = backoff.next()
                log.info("prefetch waits for the link; again in %.0fs", delay)
                time.sleep(delay)
            except Exception as exc:  # noqa: BLE001 - best effort; judges' downloads fetch what they need
                log.warning("prefetch stopped: %s", exc)
                return

    def prefetch(self) -> int:
        """Returns the number of files fetched."""
        token = self.store.get_meta(OPERATOR_TOKEN)
        if not token:
            raise RelayError(HubErrorKind.BAD_REQUEST, "Prefetching needs court IT's account: run `relay login`.")
        try:
            catalog = self.upstream.catalog(token)
        except ClientHubError as exc:
            raise UpstreamDown() if link_down(exc) else RelayError(HubErrorKind.BAD_REQUEST, exc.message) from None
        fetched = 0
        for entry in catalog.get("courses", []):
            _family, manifest_bytes, _sig = self.content.manifest(token, str(entry["id"]), int(entry["version"]))
            self.store.save_course(str(entry["id"]), int(entry["version"]), str(entry["course_family"]), entry,
                                   manifest_bytes, _sig, "upstream", [])
            for sha, file in parse_manifest(manifest_bytes).files.items():
                if not self.content.blobs.has(sha):
                    self.content.ensure_blob(token, sha, file.size, wait=3600.0)
                    fetched += 1
        log.info("prefetch done: %d files fetched", fetched)
        return fetched

    # ------------------------------------------------------------------ online only

    def staff_request(self, username: str, method: str, path: str, body: bytes | None,
                      content_type: str | None) -> tuple[int, str, bytes]:
        """A staff action (moderation, pins, announcements, runs) goes to the upstream as it
        came, with the judge's upstream token: the upstream checks the role and audits it.
        Online only: what it changes reaches every PC through the feeds."""
        token = self._live_token(username)
        if token is None:
            raise RelayError(HubErrorKind.UNAUTHORIZED, "Sign in again through the court relay while it can "
                                                        "reach the course server.")
        try:
            status, media_type, data = self.upstream.passthrough(method, path, token, body, content_type)
        except ClientHubError:
            raise UpstreamDown("Staff actions need the course server, which the court relay cannot reach "
                               "right now; try again later.") from None
        if status == 401:
            self.store.upstream_refused_token(username)
        return status, media_type, data

    def status_list(self) -> bytes:
        """The upstream's signed revocation list (public), kept for when the link is down."""
        try:
            status, _type, data = self.upstream.passthrough("GET", STATUS_LIST_PATH, None, None, None)
        except ClientHubError:
            status, data = 0, b""
        if status == 200:
            self.store.set_meta(STATUS_LIST, data.decode("utf-8", "replace"))
            return data
        kept = self.store.get_meta(STATUS_LIST)
        if kept is None:
            raise UpstreamDown()
        return kept.encode("utf-8")

    # ------------------------------------------------------------------ sync

    def sync(self, username: str, body: bytes) -> bytes:
        try:
            request = SyncRequest.model_validate_json(body)
        except ValidationError as exc:
            message, fields = describe_validation_error(exc)
            raise RelayError(HubErrorKind.INVALID, message, fields=fields) from None
        if len(request.events) > MAX_EVENTS_PER_BATCH:
            raise RelayError(HubErrorKind.TOO_LARGE, f"{len(request.events)} events in one request; send at most "
                                                     f"{MAX_EVENTS_PER_BATCH} per request.")
        device_id = str(request.device_id)
        if not self.store.device_admitted(username, device_id, self.settings.max_devices, self.settings.device_days):
            raise RelayError(HubErrorKind.RATE_LIMITED,
                             f"The court relay already serves {self.settings.max_devices} computers signed in as "
                             f"you in the last {self.settings.device_days:.0f} days, and takes no more: sync from "
                             "one of them, or ask court IT.", retry_after=3600)
        try:
            after, received = decode_cursor(self.instance, request.cursor)
        except CursorInvalid as exc:
            raise RelayError(HubErrorKind.INVALID, str(exc), fields=["cursor"]) from None
        if after > self.store.feed_top() or (received is not None
                                            and received > self.store.received_from(username, device_id)):
            # Made by this relay before its data folder was put back from an older copy in
            # place (same file): what it acked since may be gone, and its feed numbers again.
            raise RelayError(HubErrorKind.INVALID, CURSOR_AHEAD, fields=["cursor"])
        protocol = request.protocol
        rejected: list[dict[str, Any]] = []
        to_store: list[tuple[str, dict[str, Any]]] = []
        order: list[str] = []
        for env in request.events:
            raw = env.raw()
            event_id = str(env.id)
            try:
                parse_client_event(raw)
            except EventInvalid as exc:
                rejected.append({"id": event_id, "code": RejectCode.INVALID.value, "message": exc.message,
                                 "fields": exc.fields})
                continue
            order.append(event_id)
            to_store.append((event_id, raw))
        results = self.store.receive(username, device_id, protocol, to_store) if to_store else {}
        if not to_store:
            self.store.touch_device(username, device_id, protocol)
        acked: list[dict[str, Any]] = []
        for event_id in order:
            state, answer = results[event_id]
            if state == "duplicate":
                rejected.append({"id": event_id, "code": RejectCode.DUPLICATE_ID.value,
                                 "message": "This change's id was already used by another learner."})
            elif state == "replayed" and answer:
                stored = json.loads(answer)
                if "code" in stored:
                    rejected.append(stored)
                else:
                    acked.append({**stored, "replayed": True})
            else:
                acked.append({"id": event_id, "replayed": state == "replayed", "server_id": None,
                              "progress": None, "quiz": None})
        self.forwarder.wake()
        limit = min(request.limit or MAX_PAGE_EVENTS, MAX_PAGE_EVENTS)
        rows, more = self.store.feed_after(username, device_id, after, limit)
        events: list[dict[str, Any]] = []
        for row in rows:
            if row.kind == "rejection":
                rejected.append(row.body)
            else:
                events.append({**row.body, "seq": row.seq})
        for rej in rejected:
            rej["code"] = _code_for(rej.get("code"), protocol)
            rej.setdefault("message", rej["code"])
        answer_doc = {"protocol": PROTOCOL_VERSION, "acked": acked, "rejected": rejected, "events": events,
                      "cursor": encode_cursor(self.instance, rows[-1].seq if rows else after,
                                              self.store.received_from(username, device_id)), "more": more,
                      "server_time": self.hub_now()}
        return json.dumps(answer_doc, separators=(",", ":")).encode()


def _code_for(code: Any, protocol: int) -> str:
    try:
        known = RejectCode(code)
    except ValueError:
        return RejectCode.INVALID.value
    return legacy_reject_code(known, protocol).value
