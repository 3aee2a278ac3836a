"""Hub processes on several machines share one database: they must sign with one issuer key
(certificates, sync-file replies), or players that pinned one refuse the other's."""
from __future__ import annotations

import pytest

from hub.certificates import pin_issuer
from hub.context import Hub
from hub.errors import HubError
from hub.settings import HubSettings


def test_the_first_serve_records_the_key_and_a_machine_with_another_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    first = Hub.open(HubSettings(data_dir=tmp_path / "machine-a", db_url=url))
    try:
        did = pin_issuer(first.database, first.settings).did
        assert pin_issuer(first.database, first.settings).did == did  # again: the same key passes
    finally:
        first.close()
    other = Hub.open(HubSettings(data_dir=tmp_path / "machine-b", db_url=url))
    try:
        with pytest.raises(HubError) as refused:
            pin_issuer(other.database, other.settings)
        assert did in refused.value.message and "LECTERN_HUB_ISSUER_KEY" in refused.value.message
    finally:
        other.close()
    shared = Hub.open(HubSettings(data_dir=tmp_path / "machine-c", db_url=url,
                                  issuer_key_file=tmp_path / "machine-a" / "issuer.key"))
    try:
        assert pin_issuer(shared.database, shared.settings).did == did
    finally:
        shared.close()


def test_serve_refuses_a_machine_with_another_key(tmp_path, capsys):
    from hub.cli import main

    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    first = Hub.open(HubSettings(data_dir=tmp_path / "machine-a", db_url=url))
    try:
        pin_issuer(first.database, first.settings)
    finally:
        first.close()
    assert main(["--data", str(tmp_path / "machine-b"), "--db", url, "serve", "--port", "0"]) == 2
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line.startswith("lectern-hub: error: This machine's certificate issuer key") and "docs/deploy.md" in line
