"""Credentials Lectern issues verify with Digital Bazaar's verifier, offline, and fail when any
single field changes; Lectern's own `verify` agrees on every case.

The verifier (tests/third_party/vc-verifier: @digitalbazaar/vc with the eddsa-rdfc-2022
cryptosuite, did:key resolution and the Open Badges context) is installed with `npm ci` from
the committed lock file into build/third-party/vc-verifier once; later runs need no network.
Its document loader refuses every URL it does not hold.
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from parallel import build_lock

from sync.certificates import (
    CertificateFacts,
    FailureReason,
    did_key,
    issue,
    issue_status_list,
)
from sync.certificates import verify as verify_pinned
from sync.signing import PrivateKey

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "third_party" / "vc-verifier"
INSTALL = ROOT / "build" / "third-party" / "vc-verifier"
FILES = ("package.json", "package-lock.json", "verify.mjs")
LIST_URL = "https://hub.example/certificates/status/1"
KEY = PrivateKey.generate()


def verify(document: dict[str, Any], **options: Any) -> Any:
    """Lectern's verifier with the test issuer pinned (an unpinned issuer is never valid)."""
    return verify_pinned(document, [did_key(KEY.public_raw)], **options)


@pytest.fixture(scope="module")
def verifier() -> Path:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        if os.environ.get("CI"):
            pytest.fail("node and npm are missing: dev.py test installs Debian's nodejs and npm")
        pytest.skip("node/npm not installed (python3 dev.py test installs them)")
    lock = hashlib.sha256(b"".join((SOURCE / f).read_bytes() for f in FILES[:2])).hexdigest()
    stamp = INSTALL / ".installed"
    with build_lock("vc-verifier"):  # another test process may be installing or running it
        INSTALL.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            if not (INSTALL / name).exists() or (INSTALL / name).read_bytes() != (SOURCE / name).read_bytes():
                shutil.copyfile(SOURCE / name, INSTALL / name)
        if not stamp.exists() or stamp.read_text() != lock or not (INSTALL / "node_modules").is_dir():
            out = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts",
                 "--cache", str(ROOT / "build" / "npm-cache")],
                cwd=INSTALL, capture_output=True, text=True, timeout=600)
            assert out.returncode == 0, out.stdout + out.stderr
            stamp.write_text(lock)
    return INSTALL


def run_verifier(verifier: Path, tmp_path: Path, credential: dict[str, Any],
                 status_list: dict[str, Any] | None = None) -> dict[str, Any]:
    cred_file = tmp_path / "credential.json"
    cred_file.write_text(json.dumps(credential), encoding="utf-8")
    args = ["node", "verify.mjs", str(cred_file)]
    if status_list is not None:
        list_file = tmp_path / "status-list.json"
        list_file.write_text(json.dumps(status_list), encoding="utf-8")
        args.append(str(list_file))
    # No proxy and an unroutable one: a stray fetch would fail, not reach anything.
    env = dict(os.environ, HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9")
    out = subprocess.run(args, cwd=verifier, capture_output=True, text=True, timeout=120,
                         env=env)
    assert out.returncode == 0, out.stderr
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def key() -> PrivateKey:
    return KEY


@pytest.fixture(scope="module")
def credential(key: PrivateKey) -> dict[str, Any]:
    return issue(CertificateFacts(
        holder_name="María José Fernández", holder_identity="user-1842",
        course_id="penal-101", course_title="Introducción al nuevo Código Procesal Penal",
        course_language="es",
        criteria="Completar los módulos, aprobar 2 de 3 cuestionarios y responder a un colega "
                 "en el foro.",
        hours=7.5, issuer_name="Escuela Judicial", status_list_url=LIST_URL,
        status_index=4711), key)


def test_digital_bazaar_verifies_a_lectern_credential(verifier: Path, tmp_path: Path,
                                                      credential: dict[str, Any]) -> None:
    result = run_verifier(verifier, tmp_path, credential)
    assert result["verified"] is True and result["refused"] == [], result
    assert verify(credential).ok


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return edit


def _other_signature(doc: dict[str, Any]) -> None:
    value = doc["proof"]["proofValue"]
    doc["proof"]["proofValue"] = value[:10] + ("2" if value[10] != "2" else "3") + value[11:]


TAMPERINGS: dict[str, Callable[[dict[str, Any]], None]] = {
    "name": _set(("credentialSubject", "name"), "Otra Persona"),
    "course title": _set(("credentialSubject", "achievement", "name"), "Otro curso"),
    "validFrom": _set(("validFrom",), "2020-01-01T00:00:00Z"),
    "hours": _set(("credentialSubject", "achievement", "creditsAvailable"), 75),
    "issuer": _set(("issuer", "id"), did_key(PrivateKey.generate().public_raw)),
    "proofValue": _other_signature,
}


@pytest.mark.parametrize("field", list(TAMPERINGS))
def test_changing_one_field_fails_both_verifiers(verifier: Path, tmp_path: Path,
                                                 credential: dict[str, Any], field: str) -> None:
    changed = copy.deepcopy(credential)
    TAMPERINGS[field](changed)
    assert changed != credential
    result = run_verifier(verifier, tmp_path, changed)
    assert result["verified"] is False, (field, result)
    ours = verify(changed)
    assert not ours.ok and ours.reason is FailureReason.TAMPERED, (field, ours)


def test_digital_bazaar_reads_lectern_status_lists(verifier: Path, tmp_path: Path,
                                                   credential: dict[str, Any],
                                                   key: PrivateKey) -> None:
    clean = issue_status_list(LIST_URL, [1, 4710, 4712], key)
    result = run_verifier(verifier, tmp_path, credential, clean)
    assert result["verified"] is True and result["revoked"] is False, result
    assert verify(credential, status_list=clean).ok
    revoked = issue_status_list(LIST_URL, [4711], key)
    result = run_verifier(verifier, tmp_path, credential, revoked)
    assert result["verified"] is False and result["revoked"] is True, result
    assert verify(credential, status_list=revoked).reason is FailureReason.REVOKED


def test_digital_bazaar_refuses_a_forged_status_list(verifier: Path, tmp_path: Path,
                                                     credential: dict[str, Any]) -> None:
    forger = PrivateKey.generate()
    forged = issue_status_list(LIST_URL, [], forger)
    result = run_verifier(verifier, tmp_path, credential, forged)
    assert result["verified"] is False, result
    assert verify(credential, status_list=forged).reason is FailureReason.BAD_STATUS_LIST


def test_neither_verifier_fetches_a_context(verifier: Path, tmp_path: Path,
                                           credential: dict[str, Any]) -> None:
    changed = copy.deepcopy(credential)
    changed["@context"].append("https://hub.example/extra-context.json")
    result = run_verifier(verifier, tmp_path, changed)
    assert result["verified"] is False, result
    assert set(result["refused"]) == {"https://hub.example/extra-context.json"}, result
    assert verify(changed).reason is FailureReason.MALFORMED
