"""The court relay's service (hub.relay.service) without HTTP: what a restored relay does with
its players' cursors, sign-in at the relay (online, offline, throttled), the cap on a judge's
PCs. The upstream is a stand-in; tests/e2e/test_relay.py runs the relay against a real hub."""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest

from hub.errors import HubError
from hub.relay.service import Relay, RelaySettings
from sync.errors import HubError as ClientHubError
from sync.errors import HubErrorKind as ClientKind

JUDGE = "judge"


def relay_at(data: Path) -> Relay:
    return Relay(RelaySettings(data_dir=data, upstream_url="http://127.0.0.1:9"))


def progress(n: int = 1) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": "progress", "course_id": "c-en", "item_id": "i1", "device_seq": n,
            "fraction": 0.5}


def sync(relay: Relay, device: str, cursor: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    body = {"protocol": 2, "device_id": device, "cursor": cursor, "events": events}
    answer: dict[str, Any] = json.loads(relay.sync(JUDGE, json.dumps(body).encode()))
    return answer


def refused_cursor(relay: Relay, device: str, cursor: str) -> str:
    with pytest.raises(HubError) as caught:
        sync(relay, device, cursor, [])
    assert caught.value.status == 422 and caught.value.fields == ["cursor"]
    assert "cursor" in caught.value.message.lower()   # what the player's sync engine looks for
    return caught.value.message


# --------------------------------------------------------------------------- a restored relay


def test_a_relay_restored_from_a_copy_of_its_folder_refuses_the_players_newer_cursors(tmp_path):
    """Court IT copies the stopped relay's folder, the relay acks more, its disk dies, the copy
    is put back: the player's cursor must not work there (the copy lacks what was acked since),
    so the player starts over and sends again what the relay acked; the copy takes the lost
    ones as new and the others as replays."""
    data, copy = tmp_path / "relay", tmp_path / "copy"
    device = str(uuid.uuid4())
    relay = relay_at(data)
    first = progress(1)
    sync(relay, device, None, [first])
    relay.close()
    shutil.copytree(data, copy)
    relay = relay_at(data)   # the same folder again: the same relay, its cursors work
    lost = progress(2)
    cursor = sync(relay, device, None, [lost])["cursor"]
    assert sync(relay, device, cursor, [])["cursor"]
    relay.close()
    shutil.rmtree(data)
    shutil.copytree(copy, data)
    restored = relay_at(data)
    try:
        refused_cursor(restored, device, cursor)
        # The player starts over, sending again what the relay had acked.
        again = sync(restored, device, None, [first, lost])
        assert [(a["id"], a["replayed"]) for a in again["acked"]] == [(first["id"], True), (lost["id"], False)]
        assert restored.store.counts().pending == 2
        assert sync(restored, device, again["cursor"], [])["rejected"] == []
    finally:
        restored.close()


def test_a_copy_put_back_over_the_same_file_is_noticed_by_the_cursors(tmp_path):
    """The same file (inode) overwritten with an older copy: the relay id is the same, but the
    cursor says the relay held more of the device's events, or a longer feed, than it does."""
    data = tmp_path / "relay"
    device = str(uuid.uuid4())
    relay = relay_at(data)
    sync(relay, device, None, [progress(1)])
    relay.close()
    db = data / "relay.sqlite3"
    old = db.read_bytes()
    relay = relay_at(data)
    cursor = sync(relay, device, None, [progress(2)])["cursor"]
    reader = str(uuid.uuid4())   # a PC that only pulls: its cursor names a feed row the copy lacks
    sync(relay, reader, None, [])
    relay.store.apply_upstream(JUDGE, reader, [], {"events": [{"kind": "post"}], "cursor": "x"})
    fed = sync(relay, reader, None, [])["cursor"]
    relay.close()
    with open(db, "r+b") as f:   # in place: the file keeps its inode
        f.truncate(0)
        f.write(old)
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    restored = relay_at(data)
    try:
        assert "restored from an older copy" in refused_cursor(restored, device, cursor)
        assert "restored from an older copy" in refused_cursor(restored, reader, fed)
        assert sync(restored, device, None, [])["cursor"]
    finally:
        restored.close()


def test_a_relay_keeps_its_id_over_restarts(tmp_path):
    relay = relay_at(tmp_path / "relay")
    instance = relay.instance
    relay.close()
    os.utime(tmp_path / "relay" / "relay.sqlite3")
    again = relay_at(tmp_path / "relay")
    try:
        assert again.instance == instance
    finally:
        again.close()


# --------------------------------------------------------------------------- sign-in


class Upstream:
    """The upstream's /token as a stand-in: accepts `passwords`, or is down, or says 429."""

    url = "http://upstream.test"

    def __init__(self, passwords: dict[str, str]) -> None:
        self.passwords = passwords
        self.down = False
        self.limited = False
        self.logins: list[str] = []

    def login(self, body: dict[str, Any], timeout: float = 20.0, client_address: str | None = None) -> dict[str, Any]:
        self.logins.append(str(body["username"]))
        if self.down:
            raise ClientHubError(ClientKind.NETWORK, "The upstream cannot be reached.")
        if self.limited:
            raise ClientHubError(ClientKind.RATE_LIMITED, "Too many wrong passwords.", status=429, retry_after=60)
        if self.passwords.get(body["username"]) != body["password"]:
            raise ClientHubError(ClientKind.AUTH, "Wrong user name or password.", status=401)
        answer = {"token": "lht_" + body["username"], "username": body["username"]}
        if "device_key" in body:
            answer["sync_file_key"] = "ed25519 hub-key"
        return answer

    def catalog(self, token: str, timeout: float = 20.0) -> dict[str, Any]:
        return {"protocol": 2, "courses": []}

    def close(self) -> None:
        pass


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    r = relay_at(tmp_path / "relay")
    r.upstream = Upstream({JUDGE: "right"})   # type: ignore[assignment]
    yield r
    r.close()


def sign_in(relay: Relay, password: str, address: str = "10.0.0.5", **extra: Any) -> dict[str, Any]:
    return relay.sign_in({"username": JUDGE, "password": password, "device_name": "PC", **extra}, address)


def refused(relay: Relay, password: str, address: str = "10.0.0.5") -> HubError:
    with pytest.raises(HubError) as caught:
        sign_in(relay, password, address)
    return caught.value


def test_an_account_the_upstream_ended_cannot_sign_in_offline(relay):
    assert sign_in(relay, "right")["token"].startswith("lrt_")
    relay.upstream.down = True
    assert sign_in(relay, "right")["token"]                    # offline, with the kept hash
    relay.store.upstream_refused_token(JUDGE)                  # the upstream said 401 (disabled)
    assert relay.store.account(JUDGE).password_hash is None    # only the upstream can let them in
    err = refused(relay, "right")
    assert err.status == 401 and "ended your sign-in" in err.message
    relay.upstream.down = False
    assert sign_in(relay, "right")["token"]                    # online again: the upstream decides
    relay.upstream.down = True
    assert sign_in(relay, "right")["token"]


def test_password_hashing_at_the_relay_runs_a_few_at_a_time(relay, monkeypatch):
    """Every scrypt run (a check when the upstream refuses a password the relay holds a hash
    for, a hash when it accepts one) takes one of the relay's few slots, as on the hub."""
    import hashlib
    import threading
    import time

    from hub.auth import hash_password

    users = [f"judge{i}" for i in range(4)]
    relay.upstream.passwords = {u: "right" for u in users}
    kept = hash_password("old")
    for i, user in enumerate(users):
        relay.store.save_signin(user, kept, "lht_x", f"digest-{i}", "PC")
    live = peak = 0
    lock = threading.Lock()
    real = hashlib.scrypt

    def counting(*args: Any, **kw: Any) -> bytes:
        nonlocal live, peak
        with lock:
            live += 1
            peak = max(peak, live)
        try:
            time.sleep(0.02)
            return real(*args, **kw)
        finally:
            with lock:
                live -= 1

    monkeypatch.setattr(hashlib, "scrypt", counting)

    def attempt(user: str, password: str, address: str) -> None:
        try:
            relay.sign_in({"username": user, "password": password}, address)
        except HubError:
            pass

    threads = [threading.Thread(target=attempt, args=(u, pw, f"10.0.{n}.{i}"))
               for n, pw in enumerate(("old", "right")) for i, u in enumerate(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == relay.settings.password_hash_concurrency == 2


def test_one_guessing_pc_runs_out_at_the_relay_before_the_upstream_locks_the_court_out(relay, tmp_path):
    """The upstream counts every sign-in through the relay against the relay's one address
    (30 by default): the relay's own budget per PC is smaller, and is kept in its database
    (another relay process on the same folder, a restart, sees it)."""
    upstream = relay.upstream
    budget = relay.settings.login.address_free_attempts
    assert budget < 30
    for i in range(budget):   # a few guesses each for many made-up names, from one PC
        with pytest.raises(HubError) as caught:
            relay.sign_in({"username": f"nobody{i}", "password": "guess"}, "10.0.0.66")
        assert caught.value.status == 401
    sent = len(upstream.logins)
    assert sent == budget
    later = refused(relay, "right", "10.0.0.66")
    assert later.status == 429 and later.retry_after
    assert len(upstream.logins) == sent                  # the relay held it back
    assert sign_in(relay, "right", "10.0.0.7")["token"]  # another PC of the court is not held back
    again = relay_at(tmp_path / "relay")
    again.upstream = upstream   # type: ignore[assignment]
    try:
        with pytest.raises(HubError) as caught:
            again.sign_in({"username": "nobody", "password": "guess"}, "10.0.0.66")
        assert caught.value.status == 429 and len(upstream.logins) == sent + 1
    finally:
        again.close()


def test_an_upstream_429_lets_judges_who_signed_in_here_before_in_by_the_kept_hash(relay):
    assert sign_in(relay, "right")["token"]
    relay.upstream.limited = True   # guesses from elsewhere in the court used up the relay's budget
    assert sign_in(relay, "right", "10.0.0.9")["token"]
    wrong = refused(relay, "wrong", "10.0.0.9")
    assert wrong.status == 401 and wrong.message == "Wrong user name or password."
    with pytest.raises(HubError) as caught:
        relay.sign_in({"username": "never-here", "password": "right"}, "10.0.0.9")
    assert caught.value.status == 429


def test_the_upstreams_sync_file_key_reaches_the_player_with_an_online_sign_in(relay):
    """The player's device key goes upstream with the sign-in body; the upstream's answer names
    the key that signs its sync-file replies, which the player pins. Offline, the device key
    cannot reach the upstream: no key is named, and the player says to sign in online once."""
    online = sign_in(relay, "right", device_key="AAAA")
    assert online["sync_file_key"] == "ed25519 hub-key"
    assert "sync_file_key" not in sign_in(relay, "right")   # no device key sent: none named
    relay.upstream.down = True
    assert "sync_file_key" not in sign_in(relay, "right", device_key="BBBB")


# --------------------------------------------------------------------------- devices


def test_a_judge_syncs_from_at_most_ten_pcs_through_the_relay(tmp_path):
    """Each active PC is pulled for over the thin link: made-up device ids are refused past the
    cap (429, with a plain reason), the judge's known PCs go on."""
    relay = relay_at(tmp_path / "relay")
    try:
        pcs = [str(uuid.uuid4()) for _ in range(relay.settings.max_devices)]
        for pc in pcs:
            sync(relay, pc, None, [])
        with pytest.raises(HubError) as caught:
            sync(relay, str(uuid.uuid4()), None, [progress()])
        assert caught.value.status == 429 and "10 computers" in caught.value.message
        assert len(relay.store.devices_of(JUDGE)) == 10 and relay.store.counts().pending == 0
        assert sync(relay, pcs[0], None, [progress()])["acked"]
        # A PC not seen for longer than the window no longer counts.
        with relay.store.transaction() as c:
            c.execute("UPDATE devices SET last_seen = '2000-01-01T00:00:00Z' WHERE device_id = ?", [pcs[1]])
        assert sync(relay, str(uuid.uuid4()), None, [])["cursor"]
    finally:
        relay.close()
