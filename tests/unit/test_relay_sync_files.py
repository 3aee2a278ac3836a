"""The relay's queue of judges' sync files (hub.relay.sync_files): what it checks before
queueing, one entry per file, replies kept whole until collected, and the forwarder sending
queued files when the link returns. The upstream is a stand-in; tests/e2e/test_relay_sync_files.py
runs the same code against a real hub."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hub.relay import sync_files as rsf
from hub.relay.forwarder import Forwarder, LinkDown
from hub.relay.store import OPERATOR_TOKEN, RelayStore
from sync import sync_file as sf
from sync.errors import HubError, HubErrorKind
from sync.signing import PrivateKey

KEY = PrivateKey(bytes(range(32)))


def export(text: str = "{}") -> bytes:
    return sf.seal(sf.KIND_EXPORT, KEY, text.encode())


class Upstream:
    def __init__(self) -> None:
        self.down = False
        self.refuse: set[bytes] = set()
        self.sent: list[tuple[str, bytes]] = []

    def sync_file(self, token: str, data: bytes) -> tuple[bytes, dict[str, Any]]:
        if self.down:
            raise HubError(HubErrorKind.NETWORK, "The upstream cannot be reached right now.")
        self.sent.append((token, data))
        if data in self.refuse:
            raise HubError(HubErrorKind.PROTOCOL, "This sync file was signed by a device this course server "
                                                  "does not know: sign in once while online.", status=422)
        reply = sf.seal(sf.KIND_REPLY, KEY, b'{"r":1}')
        return reply, {"username": "ana", "device_name": "Clerk PC", "acked": 2, "replayed": 1, "rejected": 0,
                       "pulled": 3, "more": False}


@pytest.fixture
def queue(tmp_path: Path) -> rsf.SyncFileQueue:
    store = RelayStore(tmp_path / "relay")
    store.set_meta(OPERATOR_TOKEN, "lht_courtit")
    return rsf.SyncFileQueue(store, tmp_path / "relay")


def test_the_relay_checks_the_envelope_not_the_signature():
    good = export()
    assert rsf.check(good, "a.lectern-sync").key_id
    for bad, words in ((good[:-1], "cut short"), (good + b"x", "bytes added"), (b"PK\x03\x04", "not a Lectern"),
                       (sf.seal(sf.KIND_REPLY, KEY, b"{}"), "a reply from the course server")):
        with pytest.raises(sf.SyncFileError) as info:
            rsf.check(bad, "a.lectern-sync")
        assert words in info.value.message
    changed = bytearray(good)
    changed[sf.HEADER_BYTES] ^= 0xFF
    rsf.check(bytes(changed), "a.lectern-sync")   # only the upstream, which has the device key, can tell
    with pytest.raises(sf.SyncFileError, match="through a relay"):
        rsf.check(good + b"\0" * rsf.max_file_bytes(), "big.lectern-sync")


def test_a_file_is_queued_once_and_its_reply_kept_until_collected(queue):
    data = export()
    item, new = queue.add(data, "judge.lectern-sync", "judge.lectern-reply")
    again, new_again = queue.add(data, "judge.lectern-sync", "other.lectern-reply")
    assert new and not new_again and again.id == item.id and again.reply_name == "other.lectern-reply"
    assert queue.counts() == {"queued": 1, "answered": 0, "refused": 0}
    assert queue.data(item) == data
    assert not [p for p in queue.folder.iterdir() if p.name.endswith(".part")]

    upstream = Upstream()
    assert rsf.send_queued(queue, upstream, "lht_courtit") == 1  # type: ignore[arg-type]
    assert upstream.sent == [("lht_courtit", data)]
    [answered] = queue.answered()
    assert "ana on Clerk PC: 2 changes accepted (1 of them already here)" in (answered.message or "")
    sf.peek(queue.reply_path(answered).read_bytes(), sf.KIND_REPLY)
    assert not any(p.name.endswith(sf.SUFFIX) for p in queue.folder.iterdir())   # the reply stands for it
    assert not queue.answer(answered, b"late", {})   # a second sender's answer is not kept
    queue.collected(answered)
    assert queue.counts() == {"queued": 0, "answered": 0, "refused": 0}
    assert list(queue.folder.iterdir()) == []


def test_a_refusal_is_kept_and_nothing_is_sent_without_a_token(queue):
    bad, good = export('{"n":1}'), export('{"n":2}')
    upstream = Upstream()
    upstream.refuse.add(bad)
    queue.add(bad, "bad.lectern-sync", "bad.lectern-reply")
    queue.add(good, "good.lectern-sync", "good.lectern-reply")
    with pytest.raises(rsf.CannotSendNow, match="relay login"):
        rsf.send_queued(queue, upstream, None)  # type: ignore[arg-type]
    assert upstream.sent == []
    assert rsf.send_queued(queue, upstream, "lht_courtit") == 1  # type: ignore[arg-type]
    [refused] = queue.refused()
    assert refused.name == "bad.lectern-sync" and "does not know" in (refused.message or "")
    assert [a.name for a in queue.answered()] == ["good.lectern-sync"]


def test_the_forwarder_sends_queued_files_when_the_link_returns(queue):
    upstream = Upstream()
    upstream.down = True
    forwarder = Forwarder(queue.store, upstream, pull_interval=3600)  # type: ignore[arg-type]
    forwarder.sync_files = queue
    assert forwarder.run_round().users == 0   # nothing queued: the link is not even tried
    queue.add(export(), "judge.lectern-sync", "judge.lectern-reply")
    with pytest.raises(LinkDown):
        forwarder.run_round()
    assert forwarder.link_up is False and "cannot be reached" in (forwarder.last_error or "")
    assert queue.counts()["queued"] == 1
    upstream.down = False
    forwarder.run_round()
    assert forwarder.link_up is True
    assert queue.counts() == {"queued": 0, "answered": 1, "refused": 0}
    assert upstream.sent[0][0] == "lht_courtit"
