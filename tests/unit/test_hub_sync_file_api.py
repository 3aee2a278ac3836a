"""`POST /api/v1/sync-files` on the hub: a judge's sync file in, the reply signed with the hub's
issuer key out (what a court relay uses); refusals are the CLI's one-line reasons, as 422.
Only the judge's own account or a relay-role account may send a file (403: the reply is the
judge's personal feed); a reply is one network page (429 beyond two imports at once)."""
from __future__ import annotations

import base64
import json
import threading
import uuid
from typing import Any, Iterator

import pytest
from starlette.testclient import TestClient

import hub.api.sync_files as api_sync_files
import hub.sync_files as hub_sync_files
from hub import feed, runs
from hub.api.sync_files import OUTCOME_HEADER, PATH
from hub.app import create_app
from hub.context import Hub
from hub.settings import HubSettings
from hub.sync_files import hub_public_key, import_export
from hub.users import add_user, find_user
from sync import sync_file as sf
from sync.protocol import PROTOCOL_VERSION
from sync.signing import PrivateKey, PublicKey

PASSWORD = "correct horse battery"


class Setup:
    def __init__(self, client: TestClient, hub: Hub, key: PrivateKey, token: str) -> None:
        self.client, self.hub, self.key, self.token = client, hub, key, token
        self.tokens: dict[str, str] = {}

    def export(self, key: PrivateKey | None = None, username: str = "ana", events: int = 1, **changes: Any) -> bytes:
        key = key or self.key
        payload = sf.ExportPayload(
            export_id=uuid.uuid4(), made_at="2026-11-29T09:00:00Z", hub_url="http://relay.court:8765",
            hub_key_id=hub_public_key(self.hub.settings).key_id, username=username, device_id=uuid.uuid4(),
            device_key_id=PublicKey.from_raw(key.public_raw).key_id, device_name="Clerk PC",
            protocol=PROTOCOL_VERSION, cursor=None,
            events=[{"id": str(uuid.uuid4()), "kind": "completed", "course_id": "nowhere-en", "item_id": "l1",
                     "device_seq": n + 1} for n in range(events)], **changes)
        return sf.seal(sf.KIND_EXPORT, key, sf.dump(payload))

    def post(self, data: bytes, token: str | None = "") -> Any:
        headers = {"Content-Type": "application/octet-stream"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token or self.token}"
        return self.client.post(PATH, content=data, headers=headers)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """One hub for the module (sign-ins hash passwords slowly, on purpose)."""
    # Small batches and pages, so a reply's bounds show with a few events.
    hub = Hub.open(HubSettings(data_dir=tmp_path_factory.mktemp("hub"), max_events=2, page_events=10))
    for name in ("ana", "bea", "courtit", "mallory"):
        add_user(hub.database, name, PASSWORD)
    # Court IT's relay account (`lectern-hub role courtit relay`).
    hub.writer.run(lambda conn: runs.set_role(conn, "courtit", runs.RELAY, None, runs.Actor("test", None, "cli")))
    key = PrivateKey(bytes(range(32)))
    with TestClient(create_app(hub)) as client:
        setup = Setup(client, hub, key, "")
        for name, device_key in (("ana", key), ("bea", PrivateKey(bytes(range(2, 34)))), ("courtit", None),
                                 ("mallory", None)):
            body = {"username": name, "password": PASSWORD, "device_name": "Clerk PC"}
            if device_key is not None:
                body["device_key"] = base64.b64encode(device_key.public_raw).decode()
            resp = client.post("/api/v1/token", json=body)
            assert resp.status_code == 200, resp.text
            setup.tokens[name] = resp.json()["token"]
        setup.token = setup.tokens["courtit"]
        yield setup


def refusal(resp: Any, status: int, *words: str) -> str:
    assert resp.status_code == status, resp.text
    message = str(resp.json()["error"]["message"])
    assert "\n" not in message and all(w in message for w in words), message
    return message


def test_a_file_gets_the_reply_signed_by_the_hub(setup):
    data = setup.export()
    resp = setup.post(data)  # court IT's token: not the judge's
    assert resp.status_code == 200, resp.text
    env = sf.peek(resp.content, sf.KIND_REPLY)
    reply = sf.parse_payload(sf.open_envelope(env, hub_public_key(setup.hub.settings)), sf.ReplyPayload)
    assert reply.username == "ana" and reply.device_key_id == PublicKey.from_raw(setup.key.public_raw).key_id
    outcome = json.loads(resp.headers[OUTCOME_HEADER])
    assert (outcome["username"], outcome["device_name"], outcome["events"]) == ("ana", "Clerk PC", 1)
    assert outcome["acked"] + outcome["rejected"] == 1
    # The same file again: a replay, nothing doubled.
    again = json.loads(setup.post(data).headers[OUTCOME_HEADER])
    assert again["events"] == 1 and again["replayed"] == outcome["acked"]


def test_a_token_is_required(setup):
    refusal(setup.post(setup.export(), token=None), 401, "Sign in first")
    refusal(setup.post(setup.export(), token="lht_nope"), 401, "sign in again")


def test_hostile_files_are_refused_in_one_line(setup):
    stranger = PrivateKey(bytes(range(1, 33)))
    refusal(setup.post(setup.export(key=stranger)), 422, "device this course server does not know")
    data = bytearray(setup.export())
    data[sf.HEADER_BYTES + 3] ^= 0xFF
    refusal(setup.post(bytes(data)), 422, "changed after it was signed")
    refusal(setup.post(b"hello"), 422, "not a Lectern sync file")
    refusal(setup.post(setup.export()[:-1]), 422, "cut short")
    refusal(setup.post(setup.export(username="bob")), 422, "another learner")
    resp = setup.post(setup.export())
    assert resp.status_code == 200
    refusal(setup.post(resp.content), 422, "a reply from the course server")
    # The same words as `lectern-hub sync-file import` (they come from the same function).
    resp = setup.post(setup.export(key=stranger))
    assert resp.json()["error"]["fields"] == ["sync_file"]
    assert resp.headers["Lectern-Sync-File-Refusal"] == "unknown-device"


def test_a_file_over_the_body_limit_is_refused_before_it_is_read(setup):
    big = setup.hub.settings.max_body_bytes + 1
    refusal(setup.post(b"x" * big), 413, "larger than the hub accepts")


# --------------------------------------------------------------------------- whose file (review 65 N)


def test_another_learners_token_is_refused_and_nothing_is_applied(setup, monkeypatch):
    calls: list[bytes] = []
    real = hub_sync_files.import_export
    monkeypatch.setattr(hub_sync_files, "import_export", lambda hub, data, **kw: calls.append(data) or real(
        hub, data, **kw))
    data = setup.export()
    resp = setup.post(data, token=setup.tokens["mallory"])
    message = refusal(resp, 403, "judge's own account", "lectern-hub role NAME relay")
    assert "ana" not in message   # whose file it is, is not said either
    assert resp.json()["error"]["code"] == "forbidden" and OUTCOME_HEADER not in resp.headers
    assert resp.content.find(b"LECTERN-SYNC") < 0
    assert calls == []            # refused before the file was applied
    # The same file with the judge's own token, then with the relay's: answered.
    own = setup.post(data, token=setup.tokens["ana"])
    assert own.status_code == 200, own.text
    assert json.loads(own.headers[OUTCOME_HEADER])["username"] == "ana"
    relay = setup.post(data)
    assert relay.status_code == 200, relay.text
    assert json.loads(relay.headers[OUTCOME_HEADER])["username"] == "ana"
    assert len(calls) == 2


def test_files_that_name_nobody_keep_their_one_line_for_any_account(setup):
    """Unreadable files and unknown devices say nothing of anyone: 422 as before."""
    mallory = setup.tokens["mallory"]
    refusal(setup.post(setup.export(key=PrivateKey(bytes(range(1, 33)))), token=mallory), 422, "does not know")
    refusal(setup.post(b"hello", token=mallory), 422, "not a Lectern sync file")


def test_the_relay_role_is_probed_with_an_empty_body(setup):
    refusal(setup.post(b"", token=setup.tokens["mallory"]), 403, "court relay's account")
    refusal(setup.post(b""), 422, "not a Lectern sync file")   # courtit has the role


def test_the_relay_role_is_hub_wide_and_taken_away_as_admin_is(setup):
    actor = runs.Actor("test", None, "cli")
    with setup.hub.database.read() as conn:
        user = find_user(conn, "mallory")
        assert user is not None and not runs.is_relay(conn, user[0])
    assert setup.hub.writer.run(lambda conn: runs.set_role(conn, "mallory", "relay", None, actor)) == ("mallory", "*")
    with setup.hub.database.read() as conn:
        assert runs.is_relay(conn, user[0]) and not runs.is_admin(conn, user[0])
        assert runs.staff_families(conn, user[0]) == {}
    assert setup.post(setup.export(), token=setup.tokens["mallory"]).status_code == 200
    setup.hub.writer.run(lambda conn: runs.set_role(conn, "mallory", "learner", None, actor))
    with setup.hub.database.read() as conn:
        assert not runs.is_relay(conn, user[0])
    refusal(setup.post(setup.export(), token=setup.tokens["mallory"]), 403, "court relay's account")


# --------------------------------------------------------------------------- a reply's bounds (review 65 Q)


def personal_rows(setup: Setup, name: str, count: int, pad: int = 0) -> None:
    """`count` rows of `name`'s personal feed (what a reply pulls), each with `pad` more bytes."""
    def add(conn: Any) -> None:
        user = find_user(conn, name)
        assert user is not None
        for n in range(count):
            feed.append(conn, family="nowhere", kind="role", audience_user_id=user[0],
                        payload={"course_family": "nowhere", "role": "learner", "n": n, "pad": "x" * pad})
    setup.hub.writer.run(add)


def bea(setup: Setup, events: int = 1) -> bytes:
    return setup.export(key=PrivateKey(bytes(range(2, 34))), username="bea", events=events)


def reply_of(setup: Setup, data: bytes) -> dict[str, Any]:
    env = sf.peek(data, sf.KIND_REPLY)
    raw = sf.open_envelope(env, hub_public_key(setup.hub.settings))
    assert isinstance(raw, dict)
    return raw


def test_a_reply_through_the_api_is_one_page_and_the_cli_takes_more(setup):
    personal_rows(setup, "bea", 25)
    data = bea(setup)
    resp = setup.post(data)
    assert resp.status_code == 200, resp.text
    outcome = json.loads(resp.headers[OUTCOME_HEADER])
    page = setup.hub.settings.page_events
    assert (outcome["pulled"], outcome["more"], outcome["deferred"]) == (page, True, 0)
    response = reply_of(setup, resp.content)["response"]
    assert len(response["events"]) == page and response["more"] is True
    # `lectern-hub sync-file import` on the hub machine: every page in one reply.
    cli = import_export(setup.hub, data)
    assert cli.pulled >= 25 and not cli.more


def test_a_full_reply_leaves_the_files_other_events_for_the_next_file(setup):
    personal_rows(setup, "bea", 30)
    data = bea(setup, events=6)   # three batches of max_events=2
    # By events: the first push pulls a page of 10, the second only the 5 left of 15.
    out = import_export(setup.hub, data, max_reply_events=15)
    assert (out.pulled, out.deferred, out.more, out.acked + out.rejected) == (15, 2, True, 4)
    reply = reply_of(setup, out.reply)
    assert len(reply["kinds"]) == 4 and len(reply["response"]["events"]) == 15 and reply["response"]["more"]
    # By bytes: no further page (nor push) once the pulled events reach the bound.
    out = import_export(setup.hub, data, max_reply_events=100, max_reply_bytes=200)
    assert (out.pulled, out.deferred, out.more, out.acked + out.rejected) == (10, 4, True, 2)
    whole = import_export(setup.hub, data, max_reply_events=1000)   # the CLI's bounds: every event, every page
    assert (whole.deferred, whole.more, whole.acked + whole.rejected) == (0, False, 6) and whole.pulled >= 30


def test_the_api_stops_taking_pages_at_its_byte_bound(setup, monkeypatch):
    """Fewer events than a page, but more bytes than the bound: the reply ends there."""
    key = PrivateKey(bytes(range(3, 35)))
    add_user(setup.hub.database, "cy", PASSWORD)
    resp = setup.client.post("/api/v1/token", json={"username": "cy", "password": PASSWORD, "device_name": "PC",
                                                     "device_key": base64.b64encode(key.public_raw).decode()})
    assert resp.status_code == 200, resp.text
    personal_rows(setup, "cy", 3, pad=500)
    data = setup.export(key=key, username="cy", events=6)
    whole = json.loads(setup.post(data).headers[OUTCOME_HEADER])   # within the bound: all of it
    assert (whole["pulled"], whole["deferred"], whole["more"]) == (3, 0, False)
    monkeypatch.setattr(api_sync_files, "REPLY_BYTES", 1000)
    resp = setup.post(data)
    assert resp.status_code == 200, resp.text
    outcome = json.loads(resp.headers[OUTCOME_HEADER])
    assert (outcome["pulled"], outcome["deferred"], outcome["more"]) == (3, 4, True)
    assert outcome["acked"] + outcome["rejected"] == 2


def test_a_third_import_at_once_is_answered_429(setup, monkeypatch):
    entered, release = threading.Semaphore(0), threading.Event()
    real = hub_sync_files.import_export

    def slow(hub: Hub, data: bytes, **kw: Any) -> Any:
        entered.release()
        assert release.wait(30)
        return real(hub, data, **kw)

    monkeypatch.setattr(hub_sync_files, "import_export", slow)
    results: list[int] = []
    posts = [threading.Thread(target=lambda: results.append(setup.post(setup.export()).status_code))
             for _ in range(api_sync_files.IMPORTS_AT_ONCE)]
    for t in posts:
        t.start()
    for _ in posts:
        assert entered.acquire(timeout=30)
    try:
        busy = setup.post(setup.export())
        refusal(busy, 429, "importing other sync files")
        assert busy.headers["Retry-After"] == str(api_sync_files.BUSY_RETRY_SECONDS)
        # The check of who sends comes first: a stranger's file is still 403, not 429.
        refusal(setup.post(setup.export(), token=setup.tokens["mallory"]), 403, "court relay's account")
    finally:
        release.set()
        for t in posts:
            t.join(30)
    assert results == [200] * api_sync_files.IMPORTS_AT_ONCE
    assert setup.post(setup.export()).status_code == 200   # the slots are free again
