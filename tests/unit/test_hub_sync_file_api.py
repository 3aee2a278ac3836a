"""`POST /api/v1/sync-files` on the hub: a judge's sync file in, the reply signed with the hub's
issuer key out (what a court relay uses); refusals are the CLI's one-line reasons, as 422."""
from __future__ import annotations

import base64
import json
import uuid
from typing import Any, Iterator

import pytest
from starlette.testclient import TestClient

from hub.api.sync_files import OUTCOME_HEADER, PATH
from hub.app import create_app
from hub.context import Hub
from hub.settings import HubSettings
from hub.sync_files import hub_public_key
from hub.users import add_user
from sync import sync_file as sf
from sync.protocol import PROTOCOL_VERSION
from sync.signing import PrivateKey, PublicKey

PASSWORD = "correct horse battery"


class Setup:
    def __init__(self, client: TestClient, hub: Hub, key: PrivateKey, token: str) -> None:
        self.client, self.hub, self.key, self.token = client, hub, key, token

    def export(self, key: PrivateKey | None = None, username: str = "ana", **changes: Any) -> bytes:
        key = key or self.key
        payload = sf.ExportPayload(
            export_id=uuid.uuid4(), made_at="2026-11-29T09:00:00Z", hub_url="http://relay.court:8765",
            hub_key_id=hub_public_key(self.hub.settings).key_id, username=username, device_id=uuid.uuid4(),
            device_key_id=PublicKey.from_raw(key.public_raw).key_id, device_name="Clerk PC",
            protocol=PROTOCOL_VERSION, cursor=None,
            events=[{"id": str(uuid.uuid4()), "kind": "completed", "course_id": "nowhere-en", "item_id": "l1",
                     "device_seq": 1}], **changes)
        return sf.seal(sf.KIND_EXPORT, key, sf.dump(payload))

    def post(self, data: bytes, token: str | None = "") -> Any:
        headers = {"Content-Type": "application/octet-stream"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token or self.token}"
        return self.client.post(PATH, content=data, headers=headers)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """One hub for the module (sign-ins hash passwords slowly, on purpose)."""
    hub = Hub.open(HubSettings(data_dir=tmp_path_factory.mktemp("hub")))
    add_user(hub.database, "ana", PASSWORD)
    add_user(hub.database, "courtit", PASSWORD)
    key = PrivateKey(bytes(range(32)))
    with TestClient(create_app(hub)) as client:
        ana = client.post("/api/v1/token", json={
            "username": "ana", "password": PASSWORD, "device_name": "Clerk PC",
            "device_key": base64.b64encode(key.public_raw).decode()})
        assert ana.status_code == 200, ana.text
        it = client.post("/api/v1/token", json={"username": "courtit", "password": PASSWORD, "device_name": "relay"})
        yield Setup(client, hub, key, it.json()["token"])


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
