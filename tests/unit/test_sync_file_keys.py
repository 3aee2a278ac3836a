"""Device keys for sync files: the sign-in carries the key (and still works with a hub that
predates it), the hub keeps it with the sign-in, and a key is one account's only."""
from __future__ import annotations

import base64
from typing import Any

import pytest

from sync.errors import HubError, HubErrorKind
from sync.hub_client import HubClient, HubSettings
from sync.signing import PrivateKey, PublicKey


class _Answer:
    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def json(self) -> dict[str, Any]:
        return self._body


def test_the_sign_in_sends_the_device_key_and_keeps_the_hub_key(monkeypatch):
    sent: list[dict[str, Any]] = []

    def request(self, method, path, *, json_body=None, **kw):
        sent.append(json_body)
        return _Answer({"token": "lht_x", "sync_file_key": "lectern-ed25519 AAAA"})

    monkeypatch.setattr(HubClient, "request", request)
    with HubClient(HubSettings("http://127.0.0.1:9")) as client:
        assert client.login("ana", "pw", "PC", "a" * 43 + "=") == "lht_x"
        assert client.sync_file_key == "lectern-ed25519 AAAA"
    assert sent[0]["device_key"] == "a" * 43 + "="


def test_a_hub_that_predates_sync_files_still_signs_in(monkeypatch):
    sent: list[dict[str, Any]] = []

    def request(self, method, path, *, json_body=None, **kw):
        sent.append(dict(json_body))
        if "device_key" in json_body:
            raise HubError(HubErrorKind.PROTOCOL, "'device_key' is not a known field", status=422)
        return _Answer({"token": "lht_old"})

    monkeypatch.setattr(HubClient, "request", request)
    with HubClient(HubSettings("http://127.0.0.1:9")) as client:
        assert client.login("ana", "pw", "PC", "a" * 43 + "=") == "lht_old"
        assert client.sync_file_key == ""
    assert ["device_key" in b for b in sent] == [True, False]


def test_a_wrong_password_is_not_retried(monkeypatch):
    calls = []

    def request(self, method, path, *, json_body=None, **kw):
        calls.append(1)
        raise HubError(HubErrorKind.AUTH, "no", status=401)

    monkeypatch.setattr(HubClient, "request", request)
    with HubClient(HubSettings("http://127.0.0.1:9")) as client, pytest.raises(HubError) as info:
        client.login("ana", "bad", "PC", "a" * 43 + "=")
    assert info.value.kind is HubErrorKind.AUTH and len(calls) == 1


def test_the_hub_keeps_one_key_per_sign_in_and_account(tmp_path):
    from hub import db
    from hub.errors import HubError as HubSideError
    from hub.sync_files import register_device_key

    database = db.Database(f"sqlite:///{tmp_path / 'h.db'}")
    key = PrivateKey(bytes(range(32)))
    b64 = base64.b64encode(key.public_raw).decode()
    try:
        with database.write() as conn:
            ana, bob = (db.inserted_pk(conn.execute(db.users.insert().values(
                username=name, password_hash="x", disabled=False, created_at=db.hub_now())))
                for name in ("ana", "bob"))
            key_id = register_device_key(conn, ana, 1, "PC", b64)
            assert key_id == PublicKey.from_raw(key.public_raw).key_id
            register_device_key(conn, ana, 2, "PC again", b64)  # signed in again: moves along
            rows = conn.execute(db.device_keys.select()).all()
            assert [(r.user_id, r.token_id, r.device_name) for r in rows] == [(ana, 2, "PC again")]
            with pytest.raises(HubSideError, match="another account"):
                register_device_key(conn, bob, 3, "PC", b64)
            with pytest.raises(HubSideError, match="not an Ed25519"):
                register_device_key(conn, bob, 3, "PC", base64.b64encode(b"short").decode())
    finally:
        database.close()
