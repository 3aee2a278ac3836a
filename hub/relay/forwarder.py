"""Store and forward: the relay's queue of judges' events goes upstream when the link is up.

For each learner, the oldest pending events go first, in batches that come from one device
(a sync request names one device) and stay under the protocol's limits; the learner's next
batch waits for this one's answer, so the upstream receives each learner's events in the
order the relay received them. Each event keeps the id the player gave it: an answer lost
on the link, or a relay killed before it recorded one, only means the batch goes again and
the upstream acks it as a replay. Exactly once upstream, whatever is cut on the way.

The same exchanges pull for the device: what the upstream answers (refusals, the merged
progress of the acked events, other courts' posts, certificates, revocations, course updates,
runs...) is appended to the device's feed on the relay, which the player pulls with its next
sync. Devices with nothing to push are pulled every `pull_interval` seconds, and at once after
their player synced with the relay.

Judges' sync files that court IT queued on the relay while the link was down
(hub.relay.sync_files) go up in the same rounds, after the learners' events, with court IT's
token; their replies wait in the relay for `lectern-hub sync-file replies`.

Learners are forwarded in parallel (a few threads: the link, not the CPU, is the limit). A
link that is down stops the round; the next waits by `sync.backoff.Backoff` (exponential,
jittered, capped), and a success resets it.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable

from sync.backoff import Backoff
from sync.errors import HubError as ClientHubError
from sync.protocol import MAX_EVENTS_PER_BATCH, MAX_PAGE_EVENTS, PROTOCOL_VERSION

from .store import CLOCK_OFFSET, Device, RelayStore
from .upstream import Upstream, link_down

if TYPE_CHECKING:
    from .sync_files import SyncFileQueue

log = logging.getLogger(__name__)

#: raw JSON bytes of the events in one forwarded batch (the hub takes 8 MiB inflated)
BATCH_BYTES = 4 * 1024 * 1024
MAX_PAGES = 10_000


class LinkDown(Exception):
    """The upstream cannot be reached (or is in trouble): stop this round, retry later."""


class _SkipUser(Exception):
    """This learner cannot be forwarded now (signed out upstream, a refusal of the whole
    request); the others go on."""


class _UpstreamRestored(Exception):
    """The upstream refused a cursor of this learner (restored from a backup): their
    cursors are reset and their acked events pending again; forward them from the start."""


@dataclass(frozen=True)
class RoundResult:
    forwarded: int       # events the upstream answered (acked or refused)
    pulled: int          # server events appended to devices' feeds
    users: int


class Forwarder:
    def __init__(self, store: RelayStore, upstream: Upstream, *, workers: int = 4, pull_interval: float = 60.0,
                 batch_events: int = MAX_EVENTS_PER_BATCH, batch_bytes: int = BATCH_BYTES,
                 backoff: Backoff | None = None, on_clock: Callable[[float], None] | None = None) -> None:
        self.store = store
        self.upstream = upstream
        self.workers = max(1, workers)
        self.pull_interval = pull_interval
        self.batch_events = min(batch_events, MAX_EVENTS_PER_BATCH)
        self.batch_bytes = batch_bytes
        self.backoff = backoff or Backoff(1.0, 300.0)
        self.on_clock = on_clock
        #: judges' sync files queued while the link was down (the relay sets it)
        self.sync_files: SyncFileQueue | None = None
        self.link_up: bool | None = None
        self.last_error: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._busy: set[str] = set()
        self._busy_lock = threading.Lock()

    # ------------------------------------------------------------------ the loop

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="relay-forwarder", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        """Something to forward (a player's sync): start a round now, unless the link is
        down: then the back-off decides when to try again (every PC's sync must not become
        one more attempt on a dead link)."""
        if self.link_up is not False:
            self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_round()
                self.backoff.reset()
                wait = self.pull_interval
            except LinkDown:
                wait = self.backoff.next()
                log.info("upstream unreachable (%s); forwarding again in %.0fs", self.last_error, wait)
            except Exception:  # noqa: BLE001 - the loop must outlive a bug in one round
                log.exception("forwarding round failed")
                wait = self.backoff.next()
            self._wake.wait(wait)

    # ------------------------------------------------------------------ one round

    def run_round(self) -> RoundResult:
        """Forward every learner's pending events and pull for due devices, now. Raises
        LinkDown (after the other learners' work) when the link failed."""
        users = self.store.users_with_work(time.time() - self.pull_interval)
        files = self.sync_files is not None and bool(self.sync_files.queued())
        if not users and not files:
            return RoundResult(0, 0, 0)
        down = False
        forwarded = pulled = 0
        if users:
            with ThreadPoolExecutor(max_workers=min(self.workers, len(users)),
                                    thread_name_prefix="relay-fwd") as pool:
                for result in pool.map(self._user_safely, users):
                    if result is None:
                        down = True
                    else:
                        forwarded += result[0]
                        pulled += result[1]
        if files and not down:
            down = not self._send_sync_files()
        if down:
            self.link_up = False
            raise LinkDown()
        self.link_up = True
        return RoundResult(forwarded, pulled, len(users))

    def _send_sync_files(self) -> bool:
        """Judges' sync files queued while the link was down (hub.relay.sync_files): sent
        with court IT's token, their replies kept for court IT. False when the link is down."""
        from .store import OPERATOR_TOKEN
        from .sync_files import CannotSendNow, send_queued

        assert self.sync_files is not None
        try:
            sent = send_queued(self.sync_files, self.upstream, self.store.get_meta(OPERATOR_TOKEN))
        except CannotSendNow as exc:
            if exc.link_down:
                self.last_error = exc.message
                return False
            log.warning("sync files wait: %s", exc.message)
            return True
        if sent:
            log.info("%d queued sync files answered by the upstream; `lectern-hub sync-file replies` "
                     "writes their replies", sent)
        return True

    def _user_safely(self, username: str) -> tuple[int, int] | None:
        with self._busy_lock:
            if username in self._busy:
                return (0, 0)
            self._busy.add(username)
        try:
            return self.forward_user(username)
        except LinkDown:
            return None
        except _SkipUser:
            return (0, 0)
        finally:
            with self._busy_lock:
                self._busy.discard(username)

    def forward_user(self, username: str) -> tuple[int, int]:
        """One learner's pending events, oldest first, then a pull for each device (from the
        start again, with what the upstream acked sent again, if it was restored from a
        backup meanwhile)."""
        for _attempt in range(2):
            try:
                return self._forward_user(username)
            except _UpstreamRestored:
                continue
        raise _SkipUser()

    def _forward_user(self, username: str) -> tuple[int, int]:
        account = self.store.account(username)
        if account is None or not account.upstream_token or account.needs_signin:
            return (0, 0)
        token = account.upstream_token
        forwarded = pulled = 0
        fresh: set[str] = set()   # devices whose last exchange just now pulled everything
        for _ in range(MAX_PAGES):
            batch = self.store.next_batch(username, self.batch_events, self.batch_bytes)
            if not batch:
                break
            device = self.store.device(username, batch[0].device_id)
            answer = self._exchange(username, token, device, [e.body for e in batch])
            ids = [e.id for e in batch]
            self.store.apply_upstream(username, device.device_id, ids, answer)
            answered = {a.get("id") for a in answer.get("acked", [])}
            answered |= {r.get("id") for r in answer.get("rejected", [])}
            done = sum(1 for i in ids if i in answered)
            if done == 0:
                log.error("the upstream answered none of %d events of %s; will retry later", len(ids), username)
                raise _SkipUser()
            forwarded += done
            pulled += len(answer.get("events", []))
            if answer.get("more"):
                pulled += self._pull(username, token, self.store.device(username, device.device_id))
            fresh.add(device.device_id)
        for device in self.store.devices_of(username):
            if device.device_id not in fresh:
                pulled += self._pull(username, token, device)
        return forwarded, pulled

    def _pull(self, username: str, token: str, device: Device) -> int:
        pulled = 0
        for _ in range(MAX_PAGES):
            answer = self._exchange(username, token, device, [])
            self.store.apply_upstream(username, device.device_id, [], answer)
            pulled += len(answer.get("events", []))
            if not answer.get("more"):
                self.store.mark_pulled(username, device.device_id)
                return pulled
            device = self.store.device(username, device.device_id)
        return pulled

    def _exchange(self, username: str, token: str, device: Device, events: list[dict[str, Any]]) -> dict[str, Any]:
        body = {"protocol": PROTOCOL_VERSION, "device_id": device.device_id, "cursor": device.upstream_cursor,
                "events": events, "limit": MAX_PAGE_EVENTS}
        try:
            answer = self.upstream.sync(token, body)
        except ClientHubError as exc:
            if link_down(exc):
                self.last_error = exc.message
                raise LinkDown() from None
            if exc.status == 401:
                log.warning("the upstream ended %s's sign-in; their forwarding waits for them to sign in "
                            "again through the relay", username)
                self.store.upstream_refused_token(username)
                raise _SkipUser() from None
            if exc.status == 422 and body["cursor"] and "cursor" in exc.message.lower():
                again = self.store.reset_upstream_cursor(username)
                log.warning("the upstream did not know %s's cursor (restored from a backup?): pulling again "
                            "from the start, sending %d forwarded changes again", username, again)
                raise _UpstreamRestored() from None
            log.error("the upstream refused a sync for %s: %s", username, exc.message)
            raise _SkipUser() from None
        self._clock(answer.get("server_time"))
        return answer

    def _clock(self, server_time: Any) -> None:
        """The upstream's clock, as an offset from this PC's: the relay's answers carry hub
        time (a player's hub clock and `made_at` count from it)."""
        if not isinstance(server_time, str):
            return
        try:
            upstream = datetime.fromisoformat(server_time.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return
        offset = upstream - time.time()
        if self.on_clock is not None:
            self.on_clock(offset)
        else:
            self.store.set_meta(CLOCK_OFFSET, repr(offset))
