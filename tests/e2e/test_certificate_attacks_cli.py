"""The security review's certificate findings (#15) through the real command lines: one line
and exit 2 for an unpinned issuer, a locked trust list, deep JSON and an old status list; a
revoked certificate is not exported; `lectern-hub certificates status-list` follows no
symlink a local user left at its temporary name."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sync.certificates import CertificateFacts, did_key, issue, issue_status_list
from sync.signing import PrivateKey

REPO = Path(__file__).resolve().parents[2]
KEY = PrivateKey(b"\x01" * 32)
ISSUER = did_key(KEY.public_raw)
LIST_URL = "https://hub.example/api/v1/certificates/status-list"
FACTS = CertificateFacts(
    holder_name="Alice Real", holder_identity="user-1", course_id="c1",
    course_title="Intro to Nothing", course_language="en", criteria="Do the things", hours=2,
    issuer_name="Judicial Training Hub", status_list_url=LIST_URL, status_index=7)


def lectern(tmp_path: Path, *args: str, site: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("LECTERN_SITE_CONFIG", None)
    if site is not None:
        path = tmp_path / "site.toml"
        path.write_text(site, encoding="utf-8")
        env["LECTERN_SITE_CONFIG"] = str(path)
    return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(tmp_path / "d"),
                           *args], capture_output=True, text=True, timeout=120, cwd=REPO, env=env)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def write(tmp_path: Path, name: str, document: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document) if not isinstance(document, str) else document,
                    encoding="utf-8")
    return str(path)


def test_verify_answers_in_one_line(tmp_path: Path) -> None:
    cred = write(tmp_path, "c.json", issue(FACTS, KEY, datetime(2025, 3, 1, tzinfo=timezone.utc)))
    r = lectern(tmp_path, "certificate", "verify", cred)             # nobody pinned the issuer
    assert r.returncode == 2 and one_line(r.stderr).startswith("Not valid (unknown-issuer): ")
    r = lectern(tmp_path, "certificate", "verify", cred,
                site='trusted_issuers = ["did:key:z6MkTYPO"]\n')
    assert r.returncode == 2 and "none of them can be read" in one_line(r.stderr)
    other = did_key(PrivateKey(b"\x03" * 32).public_raw)
    r = lectern(tmp_path, "certificate", "verify", cred, "--trust-issuer", ISSUER,
                site=f'trusted_issuers = ["{other}"]\nlocked = ["trusted_issuers"]\n')
    assert r.returncode == 2 and "locked" in one_line(r.stderr)
    old = write(tmp_path, "old.json", issue_status_list(
        LIST_URL, [], KEY, issued_at=datetime(2025, 3, 2, tzinfo=timezone.utc)))
    r = lectern(tmp_path, "certificate", "verify", cred, "--trust-issuer", ISSUER,
                "--status-list", old)
    assert r.returncode == 0 and "not revoked as of 2025-03-02" in one_line(r.stdout)
    r = lectern(tmp_path, "certificate", "verify", cred, "--trust-issuer", ISSUER,
                "--status-list", old, "--status-list-max-age", "30")
    assert r.returncode == 2 and one_line(r.stderr).startswith("Not valid (bad-status-list): ")
    deep = write(tmp_path, "deep.json", "[" * 200000 + "]" * 200000)
    r = lectern(tmp_path, "certificate", "verify", deep, "--trust-issuer", ISSUER)
    assert r.returncode == 2 and one_line(r.stderr).startswith("Not valid (malformed): ")
    assert "Traceback" not in r.stderr


def test_a_revoked_certificate_is_not_exported(tmp_path: Path) -> None:
    from sync.paths import DataPaths
    from sync.store import LearnerStore
    from sync.store.certificates import HubCredential, HubStatusList, apply_credential, apply_status_list

    cred = issue(FACTS, KEY, datetime(2025, 3, 1, tzinfo=timezone.utc))
    paths = DataPaths(tmp_path / "d").ensure()
    with LearnerStore.open(paths.db) as store:
        with store.transaction() as conn:
            apply_credential(conn, HubCredential(7, "fam", "c1", 1, cred["validFrom"], cred["id"],
                                                 cred))
            apply_status_list(conn, HubStatusList(LIST_URL, ISSUER, "2025-06-01T00:00:00Z",
                                                  issue_status_list(LIST_URL, [7], KEY)))
    for name in ("c.json", "c.pdf"):
        r = lectern(tmp_path, "certificate", "export", "7", str(tmp_path / name))
        assert r.returncode == 2 and "revoked by its issuer" in one_line(r.stderr), r.stderr
        assert not (tmp_path / name).exists()


def test_hub_status_list_follows_no_symlink(hub: Any, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "list.json"
    (tmp_path / "list.json.part").symlink_to(victim)
    hub.cli("certificates", "status-list", out)
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert json.loads(out.read_text(encoding="utf-8"))["type"][1] == "BitstringStatusListCredential"
    assert not out.is_symlink()
