"""The relay's forward queue (hub.relay.forwarder, hub.relay.store): order per learner,
exactly once upstream whatever is lost on the way, refusals and pulled events to the right
device's feed. The upstream here is a small in-memory stand-in with the hub's idempotence
rule (an id seen before is acked again and changes nothing); tests/e2e/test_relay.py runs the
same code against a real hub."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from hub.relay.forwarder import Forwarder, LinkDown
from hub.relay.service import CursorInvalid, decode_cursor, encode_cursor
from hub.relay.store import RelayStore
from sync.errors import HubError, HubErrorKind


class Upstream:
    """Applies each event once per id, in the order received; can lose answers or the link."""

    def __init__(self) -> None:
        self.applied: list[tuple[str, str, str]] = []   # (token, device, event id)
        self.seen: set[str] = set()
        self.requests: list[dict[str, Any]] = []
        self.refuse: set[str] = set()
        self.down = False
        self.lose_next_answers = 0
        self.feed: list[dict[str, Any]] = []
        self.instance = "i0"

    def backup(self) -> tuple[list[tuple[str, str, str]], set[str]]:
        return list(self.applied), set(self.seen)

    def restore(self, copy: tuple[list[tuple[str, str, str]], set[str]]) -> None:
        """As `lectern-hub restore`: what came after the backup is gone, and the hub has a new
        instance id, so it refuses the cursors it made before (422 on `cursor`)."""
        self.applied, self.seen = list(copy[0]), set(copy[1])
        self.instance += "'"

    def sync(self, token: str, body: dict[str, Any]) -> dict[str, Any]:
        if self.down:
            raise HubError(HubErrorKind.NETWORK, "down")
        self.requests.append(body)
        if body["cursor"] and not body["cursor"].startswith(self.instance + ":"):
            raise HubError(HubErrorKind.PROTOCOL, "The course server was restored from a backup (the cursor is "
                                                  "not one it made).", status=422)
        acked, rejected = [], []
        for event in body["events"]:
            if event["id"] in self.refuse:
                rejected.append({"id": event["id"], "code": "not-passed", "message": "not passed"})
                continue
            replayed = event["id"] in self.seen
            if not replayed:
                self.seen.add(event["id"])
                self.applied.append((token, body["device_id"], event["id"]))
            acked.append({"id": event["id"], "replayed": replayed, "server_id": None, "progress": None, "quiz": None})
        if self.lose_next_answers:
            self.lose_next_answers -= 1
            raise HubError(HubErrorKind.NETWORK, "the answer was lost on the link")
        position = int(body["cursor"].split(":")[1]) if body["cursor"] else 0
        events = self.feed[position:position + 2]
        return {"protocol": 2, "acked": acked, "rejected": rejected, "events": events,
                "cursor": f"{self.instance}:{position + len(events)}", "more": position + len(events) < len(self.feed),
                "server_time": "2026-11-29T10:00:00Z"}


def event(kind: str = "progress") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": kind, "course_id": "c-en", "device_seq": 1, "item_id": "i1",
            "fraction": 0.5}


@pytest.fixture
def store(tmp_path: Path) -> RelayStore:
    s = RelayStore(tmp_path / "relay")
    for user in ("alice", "bob"):
        s.save_signin(user, "scrypt$...", f"token-{user}", f"digest-{user}", "PC")
    return s


def forwarder(store: RelayStore, upstream: Upstream, **kw: Any) -> Forwarder:
    return Forwarder(store, upstream, pull_interval=3600, **kw)  # type: ignore[arg-type]


def test_each_learner_goes_in_arrival_order_in_one_device_batches(store):
    upstream = Upstream()
    sent: list[str] = []
    for device in ("pc-1", "pc-2", "pc-1"):   # alice syncs from two PCs, in turn
        batch = [event() for _ in range(3)]
        store.receive("alice", device, 2, [(e["id"], e) for e in batch])
        sent += [e["id"] for e in batch]
    bob = [event() for _ in range(4)]
    store.receive("bob", "pc-9", 2, [(e["id"], e) for e in bob])
    forwarder(store, upstream).run_round()
    alice = [i for tok, _d, i in upstream.applied if tok == "token-alice"]
    assert alice == sent
    assert [i for tok, _d, i in upstream.applied if tok == "token-bob"] == [e["id"] for e in bob]
    pushes = [(r["device_id"], len(r["events"])) for r in upstream.requests if r["events"]]
    assert sorted(pushes) == sorted([("pc-1", 3), ("pc-2", 3), ("pc-1", 3), ("pc-9", 4)])
    assert store.counts().pending == 0 and store.counts().acked == 13


def test_lost_answers_and_a_dead_link_still_give_exactly_once(store):
    upstream = Upstream()
    events = [event() for _ in range(10)]
    acks = store.receive("alice", "pc-1", 2, [(e["id"], e) for e in events])
    assert {state for state, _ in acks.values()} == {"new"}
    fwd = forwarder(store, upstream, batch_events=4)
    upstream.down = True
    with pytest.raises(LinkDown):
        fwd.run_round()
    assert store.counts().pending == 10 and upstream.applied == []
    upstream.down = False
    upstream.lose_next_answers = 2     # the upstream applied them but the answers never came back
    with pytest.raises(LinkDown):
        fwd.run_round()
    with pytest.raises(LinkDown):
        fwd.run_round()
    fwd.run_round()
    assert [i for _t, _d, i in upstream.applied] == [e["id"] for e in events]   # once each, in order
    assert store.counts().pending == 0
    # The player sends the same events again (its answer was lost on the LAN): replays.
    again = store.receive("alice", "pc-1", 2, [(e["id"], e) for e in events])
    assert {state for state, _ in again.values()} == {"replayed"}
    # Another learner using one of those ids is refused, as the hub refuses it.
    assert store.receive("bob", "pc-9", 2, [(events[0]["id"], events[0])])[events[0]["id"]][0] == "duplicate"
    fwd.run_round()
    assert len(upstream.applied) == 10


def test_refusals_and_pulled_events_reach_the_device_that_pushed(store):
    upstream = Upstream()
    upstream.feed = [{"seq": n, "kind": "post", "post": {"n": n}} for n in range(1, 6)]
    refused, fine = event("completed"), event()
    upstream.refuse.add(refused["id"])
    store.receive("alice", "pc-1", 2, [(refused["id"], refused), (fine["id"], fine)])
    store.touch_device("alice", "pc-2", 2)
    forwarder(store, upstream).run_round()
    rows, more = store.feed_after("alice", "pc-1", 0, 100)
    assert not more
    assert [r.body["id"] for r in rows if r.kind == "rejection"] == [refused["id"]]
    assert [r.body["post"]["n"] for r in rows if r.kind == "event"] == [1, 2, 3, 4, 5]  # paged upstream
    other, _ = store.feed_after("alice", "pc-2", 0, 100)
    assert [r.body["post"]["n"] for r in other] == [1, 2, 3, 4, 5] and all(r.kind == "event" for r in other)
    # Pages of the device's feed follow the relay's own cursor.
    first, more = store.feed_after("alice", "pc-1", 0, 2)
    rest, _ = store.feed_after("alice", "pc-1", first[-1].seq, 100)
    assert more and [r.seq for r in first + rest] == [r.seq for r in rows]


def test_a_cursor_from_another_relay_or_hub_is_refused():
    cursor = encode_cursor("abc", 42)
    assert decode_cursor("abc", cursor) == (42, None) and decode_cursor("abc", None) == (0, None)
    assert decode_cursor("abc", encode_cursor("abc", 42, 7)) == (42, 7)
    with pytest.raises(CursorInvalid):
        decode_cursor("other", cursor)
    from sync.protocol import encode_cursor as hub_cursor
    with pytest.raises(CursorInvalid):
        decode_cursor("abc", hub_cursor(3, {"tiny": 4}))


def test_an_upstream_restored_from_a_backup_gets_again_what_the_relay_forwarded_since(store):
    """The upstream refuses the relay's cursors (restored: a new instance id): the relay pulls
    again from the start for every device of the learner and sends again, in order, every
    event of theirs it had forwarded; the upstream applies those it lost, once."""
    upstream = Upstream()
    upstream.feed = [{"seq": n, "kind": "post", "post": {"n": n}} for n in range(1, 4)]
    before = [event() for _ in range(3)]
    store.receive("alice", "pc-1", 2, [(e["id"], e) for e in before])
    store.touch_device("alice", "pc-2", 2)
    fwd = forwarder(store, upstream)
    fwd.run_round()
    backup = upstream.backup()
    after = [event() for _ in range(2)]
    store.receive("alice", "pc-2", 2, [(e["id"], e) for e in after])
    fwd.run_round()
    assert len(upstream.applied) == 5 and store.counts().acked == 5
    upstream.restore(backup)
    assert len(upstream.applied) == 3
    store.touch_device("alice", "pc-1", 2)   # a player syncs: the relay pulls, meets the refusal
    fwd.run_round()
    assert [i for _t, _d, i in upstream.applied] == [e["id"] for e in before + after]   # the lost two, once
    assert store.counts().pending == 0 and store.counts().acked == 5
    assert all(d.upstream_cursor and d.upstream_cursor.startswith(upstream.instance + ":")
               for d in store.devices_of("alice"))
    # Each device's feed has the upstream's events again (players apply them without change).
    for device in ("pc-1", "pc-2"):
        rows, _ = store.feed_after("alice", device, 0, 100)
        assert [r.body["post"]["n"] for r in rows if r.body.get("kind") == "post"].count(1) == 2
    # Bob's cursors and events were not touched.
    assert not store.devices_of("bob")
