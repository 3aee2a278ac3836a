"""The security review's attacks on certificates (issue #15), each refused.

Every test here failed before its fix: a revocation bypassed by writing `credentialStatus` as
its IRI, a course title forged under a genuine signature by an inline `@context`, issuers
trusted by default, canonicalization and base58 work before any check, GZIP bombs in status
lists, old status lists accepted silently, revoked certificates exported, a umask race, deep
JSON, and the hub's status-list file written through a fixed `.part` name.
"""
from __future__ import annotations

import copy
import json
import os
import stat
import threading
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from sync.certificates import (
    CertificateFacts,
    FailureReason,
    did_key,
    dids,
    encode_qr_payload,
    issue,
    issue_status_list,
    proof,
    verify,
)
from sync.certificates.encoding import b45encode, multibase_b64url
from sync.certificates.jsonld import CONTEXTS_DIR
from sync.certificates.qr_payload import PREFIX
from sync.errors import StoreError
from sync.signing import PrivateKey

KEY = PrivateKey(b"\x01" * 32)
ISSUER = did_key(KEY.public_raw)
LIST_URL = "https://hub.example/api/v1/certificates/status-list"
WHEN = datetime(2025, 3, 1, tzinfo=timezone.utc)
FACTS = CertificateFacts(
    holder_name="Alice Real", holder_identity="user-1", course_id="c1",
    course_title="Intro to Nothing", course_language="en", criteria="Do the things", hours=2,
    issuer_name="Judicial Training Hub", status_list_url=LIST_URL, status_index=7)


def genuine() -> dict[str, Any]:
    return issue(FACTS, KEY, WHEN)


def revoking_list(when: datetime = datetime(2025, 6, 1, tzinfo=timezone.utc)) -> dict[str, Any]:
    return issue_status_list(LIST_URL, [7], KEY, issued_at=when)


# --------------------------------------------------------------------------- 1 and 2


def test_status_entry_renamed_to_its_iri_is_refused_not_unchecked() -> None:
    """Finding 1: same RDF, so the signature held, and the status check found no entry."""
    cred = genuine()
    cred["https://www.w3.org/2018/credentials#credentialStatus"] = cred.pop("credentialStatus")
    result = verify(cred, [ISSUER], status_list=revoking_list())
    assert not result.ok and result.reason is FailureReason.MALFORMED
    assert not result.revocation_checked


@pytest.mark.parametrize("key", ["@graph", "@included", "@reverse", "@nest",
                                 "https://schema.org/name"])
def test_keywords_and_iri_keys_are_refused(key: str) -> None:
    cred = genuine()
    cred["credentialSubject"][key] = {}
    assert verify(cred, [ISSUER]).reason is FailureReason.MALFORMED


def test_an_inline_context_cannot_rescope_the_course_title() -> None:
    """Finding 2: `achievement.name` made an @index; the signed title moved to `realName`."""
    ob = json.loads((CONTEXTS_DIR / "ob-v3p0-context-3.0.3.json").read_text("utf-8"))["@context"]
    ob["AchievementSubject"]["@context"]["achievement"]["@context"] = {
        "name": "@index", "realName": {"@id": "https://schema.org/name"}}
    forged = genuine()
    forged["@context"] = [forged["@context"][0], ob]
    achievement = forged["credentialSubject"]["achievement"]
    achievement["realName"], achievement["name"] = achievement["name"], "Advanced Ethics (120 h)"
    result = verify(forged, [ISSUER])
    assert not result.ok and result.reason is FailureReason.MALFORMED
    assert result.summary is None   # nothing was read off it for display


@pytest.mark.parametrize("context", [
    ["https://www.w3.org/ns/credentials/v2"],
    ["https://www.w3.org/ns/credentials/v2",
     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", {"x": "@id"}],
    ["https://www.w3.org/ns/credentials/v2",
     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
     "https://www.w3.org/ns/credentials/v2"],
    "https://www.w3.org/ns/credentials/v2",
])
def test_only_the_two_contexts_we_issue_are_accepted(context: Any) -> None:
    cred = genuine()
    cred["@context"] = context
    assert verify(cred, [ISSUER]).reason is FailureReason.MALFORMED


def test_a_genuine_credential_still_verifies_and_is_checked_against_its_list() -> None:
    clean = issue_status_list(LIST_URL, [], KEY, issued_at=datetime(2025, 6, 1,
                                                                    tzinfo=timezone.utc))
    result = verify(genuine(), [ISSUER], status_list=clean)
    assert result.ok and result.revocation_checked
    assert result.revocation_as_of == "2025-06-01T00:00:00Z"
    assert verify(genuine(), [ISSUER], status_list=revoking_list()).reason is FailureReason.REVOKED


# --------------------------------------------------------------------------- 3


def test_an_issuer_nobody_pinned_is_never_valid() -> None:
    other = PrivateKey(b"\x05" * 32)
    selfsigned = issue(FACTS, other, WHEN)
    for pinned in (None, [], [ISSUER]):
        result = verify(selfsigned, pinned)
        assert not result.ok and result.reason is FailureReason.UNKNOWN_ISSUER
        assert "signature is intact" in result.message


def _site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    import sync.site_config as site_config

    site = tmp_path / "lectern.toml"
    site.write_text(text, encoding="utf-8")
    monkeypatch.setattr(site_config, "SYSTEM_SITE_CONFIG", tmp_path / "no-system-file.toml")
    monkeypatch.setenv(site_config.TEST_HOOK, str(site))


def test_a_site_file_whose_only_issuer_is_malformed_trusts_no_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.services import certificates as service

    _site(tmp_path, monkeypatch, 'trusted_issuers = ["did:key:z6MkTYPO"]\n')
    assert service.trusted_issuers() == []
    outcome = service.verify_credential(genuine())
    assert outcome.reason == "unknown-issuer"
    assert "none of them can be read" in outcome.line


def test_trust_issuer_is_refused_when_court_it_locked_the_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.services import certificates as service

    other = did_key(PrivateKey(b"\x03" * 32).public_raw)
    _site(tmp_path, monkeypatch, f'trusted_issuers = ["{other}"]\nlocked = ["trusted_issuers"]\n')
    with pytest.raises(StoreError, match="locked"):
        service.trusted_issuers([ISSUER])
    assert service.trusted_issuers(hub=[ISSUER]) == [other]   # the lock leaves the hub's out
    assert service.verify_credential(genuine()).reason == "unknown-issuer"


def test_the_profiles_own_hub_issuer_is_trusted(tmp_path: Path) -> None:
    from sync.services import certificates as service
    from sync.store import LearnerStore
    from sync.store.certificates import HubCredential, apply_credential

    cred = genuine()
    with LearnerStore.open(tmp_path / "l.db") as store:
        with store.transaction() as conn:
            apply_credential(conn, HubCredential(7, "fam", "c1", 1, cred["validFrom"],
                                                 cred["id"], cred))
        assert service.hub_issuers(store) == [ISSUER]
    assert ISSUER in service.trusted_issuers(hub=[ISSUER])


# --------------------------------------------------------------------------- 5 and 12


def test_a_blank_node_poison_graph_is_refused_before_canonicalization() -> None:
    prop = "https://example.org/p"
    nodes = [{"@id": f"_:b{i}", prop: [{"@id": f"_:b{j}"} for j in range(8) if j != i]}
             for i in range(8)]
    cred = genuine()
    cred["credentialSubject"]["https://example.org/x"] = nodes
    # CPU time of this process: the bound is on work done, and parallel test workers
    # share the cores (wall time would fail on a busy machine, not on slow code).
    started = time.process_time()
    assert verify(cred, [ISSUER]).reason is FailureReason.MALFORMED
    assert time.process_time() - started < 2


def test_blank_node_ids_are_refused() -> None:
    cred = genuine()
    cred["credentialSubject"]["achievement"]["id"] = "_:b0"
    assert verify(cred, [ISSUER]).reason is FailureReason.MALFORMED


def test_a_megabyte_verification_method_is_refused_without_decoding_it() -> None:
    from sync.services.certificates import verify_credential

    cred = genuine()
    cred["proof"]["verificationMethod"] = "did:key:z" + "z" * 1_000_000
    started = time.process_time()
    outcome = verify_credential(encode_qr_payload(cred), [ISSUER])
    assert outcome.reason == "malformed" and time.process_time() - started < 2
    with pytest.raises(ValueError, match="too long"):
        dids.public_key_of_did("did:key:z" + "z" * 100_000)
    cred = genuine()
    cred["proof"]["proofValue"] = "z" + "2" * 10_000
    assert verify(cred, [ISSUER]).reason is FailureReason.MALFORMED


def test_deep_json_is_one_answer_not_a_traceback(tmp_path: Path) -> None:
    from sync.certificates.shape import load_json
    from sync.services.certificates import verify_credential, verify_file

    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200000 + "]" * 200000, encoding="utf-8")
    assert verify_file(deep, [ISSUER]).reason == "malformed"
    packed = zlib.compress(('{"a":' + "[" * 100000 + "]" * 100000 + "}").encode(), 9)
    assert verify_credential(PREFIX + b45encode(packed), [ISSUER]).reason == "malformed"
    with pytest.raises(ValueError, match="nests deeper"):
        load_json('{"a": ' + "[" * 40 + "]" * 40 + "}")
    assert load_json('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == {"a": "[" * 27}


def test_a_huge_credential_file_is_refused(tmp_path: Path) -> None:
    from sync.services.certificates import verify_file

    big = genuine()
    big["name"] = "x" * (300 * 1024)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big), encoding="utf-8")
    assert verify_file(path, [ISSUER]).reason == "malformed"


# --------------------------------------------------------------------------- 6


def _bomb(signer: PrivateKey, size: int = 64 * 1024 * 1024) -> dict[str, Any]:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 22)
    packed = b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": LIST_URL,
                "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                "issuer": did_key(signer.public_raw), "validFrom": "2025-03-01T00:00:00Z",
                "credentialSubject": {"id": LIST_URL + "#list", "type": "BitstringStatusList",
                                      "statusPurpose": "revocation",
                                      "encodedList": multibase_b64url(packed)}}
    return proof.sign(document, signer)


def test_a_gzip_bomb_status_list_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.certificates import status_list

    inflated: list[int] = []
    real = status_list.inflate
    monkeypatch.setattr(status_list, "inflate",
                        lambda packed, limit=status_list.MAX_LIST_BYTES:
                        inflated.append(1) or real(packed, limit))
    # another issuer's bomb is refused before it is inflated at all
    result = verify(genuine(), [ISSUER], status_list=_bomb(PrivateKey(b"\x02" * 32)))
    assert result.reason is FailureReason.BAD_STATUS_LIST and not inflated
    # the issuer's own bomb stops at the cap
    result = verify(genuine(), [ISSUER], status_list=_bomb(KEY))
    assert result.reason is FailureReason.BAD_STATUS_LIST and "MiB" in result.message


def test_a_gzip_bomb_arriving_by_sync_is_ignored(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    from sync.store import LearnerStore
    from sync.store.certificates import HubCredential, HubStatusList, apply_credential, apply_status_list

    cred = genuine()
    bomb = _bomb(KEY)
    with LearnerStore.open(tmp_path / "l.db") as store:
        with store.transaction() as conn:
            apply_credential(conn, HubCredential(7, "fam", "c1", 1, cred["validFrom"],
                                                 cred["id"], cred))
            apply_status_list(conn, HubStatusList(LIST_URL, ISSUER, "2025-06-01T00:00:00Z",
                                                  bomb))
            assert "MiB" in caplog.text   # inflating stopped at the cap
            # a list whose document names another issuer than the event is not inflated
            apply_status_list(conn, HubStatusList(LIST_URL, ISSUER, "2025-06-02T00:00:00Z",
                                                  {**revoking_list(), "issuer": "did:key:zX"}))
            assert "names another issuer" in caplog.text
        assert [c.state for c in store.stored_certificates()] == ["issued"]


def test_a_huge_status_list_file_is_refused(tmp_path: Path) -> None:
    from sync.services.certificates import verify_file

    cred = tmp_path / "c.json"
    cred.write_text(json.dumps(genuine()), encoding="utf-8")
    big = tmp_path / "list.json"
    with big.open("wb") as f:
        f.truncate(9 * 1024 * 1024)
    with pytest.raises(StoreError, match="larger than"):
        verify_file(cred, [ISSUER], big)


# --------------------------------------------------------------------------- 7


def test_the_status_lists_date_is_said_and_an_old_one_can_be_refused() -> None:
    from sync.services.certificates import verify_credential

    clean = issue_status_list(LIST_URL, [], KEY, issued_at=datetime(2025, 3, 2,
                                                                    tzinfo=timezone.utc))
    outcome = verify_credential(genuine(), [ISSUER], clean)
    assert outcome.ok and "not revoked as of 2025-03-02T00:00:00Z" in outcome.line
    old = verify_credential(genuine(), [ISSUER], clean, status_list_max_age=timedelta(days=30))
    assert old.reason == "bad-status-list" and "2025-03-02" in old.line


# --------------------------------------------------------------------------- 8


def test_a_revoked_certificate_is_not_exported(tmp_path: Path) -> None:
    from sync.services import certificates as svc
    from sync.store import LearnerStore
    from sync.store.certificates import HubCredential, HubStatusList, apply_credential, apply_status_list

    cred = genuine()
    with LearnerStore.open(tmp_path / "l.db") as store:
        with store.transaction() as conn:
            apply_credential(conn, HubCredential(7, "fam", "c1", 1, cred["validFrom"],
                                                 cred["id"], cred))
            apply_status_list(conn, HubStatusList(LIST_URL, ISSUER, "2025-06-01T00:00:00Z",
                                                  revoking_list(), {7: "issued in error"}))
        [record] = svc.list_certificates(store)
        assert record.state is svc.CertificateState.REVOKED
        with pytest.raises(StoreError, match="revoked by its issuer.*issued in error"):
            svc.export_credential(store, 7, tmp_path / "c.json")
    assert not (tmp_path / "c.json").exists()


def test_without_a_status_list_the_line_says_revocation_not_checked() -> None:
    from sync.services.certificates import verify_credential

    outcome = verify_credential(genuine(), [ISSUER])
    assert outcome.ok and "revocation not checked (no status list)" in outcome.line


# --------------------------------------------------------------------------- 11


def test_atomic_file_never_changes_the_process_umask(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from sync import atomic_file

    calls: list[int] = []
    real = os.umask
    monkeypatch.setattr(os, "umask", lambda mask: calls.append(mask) or real(mask))
    stop = threading.Event()
    made: list[Path] = []

    def creator() -> None:
        i = 0
        while not stop.is_set():
            path = tmp_path / f"other{i}"
            path.touch()
            made.append(path)
            i += 1

    old = real(0o077)
    try:
        worker = threading.Thread(target=creator)
        worker.start()
        for n in range(200):
            atomic_file.write_bytes(tmp_path / "out.json", b"%d" % n)
        stop.set()
        worker.join()
    finally:
        real(old)
    assert calls == []
    assert {stat.S_IMODE(p.stat().st_mode) for p in made} <= {0o600}
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o600


# --------------------------------------------------------------------------- 13


def test_the_identity_hash_salt_is_random_per_credential() -> None:
    first, second = issue(FACTS, KEY, WHEN), issue(FACTS, KEY, WHEN)
    one = first["credentialSubject"]["identifier"][0]
    two = second["credentialSubject"]["identifier"][0]
    assert one["salt"] != two["salt"] and len(one["salt"]) == 32
    assert one["identityHash"] != two["identityHash"]


def test_shape_errors_name_the_status_list(tmp_path: Path) -> None:
    doc = copy.deepcopy(revoking_list())
    doc["credentialSubject"]["extra"] = 1
    result = verify(genuine(), [ISSUER], status_list=doc)
    assert result.reason is FailureReason.BAD_STATUS_LIST and "status list" in result.message


# --------------------------------------------------------------------------- 4


def _pdf(path: Path, width: float, height: float, pages: int = 1) -> Path:
    """A minimal PDF of blank pages with this MediaBox (no content: nothing heavy to draw)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(f'{3 + i} 0 R' for i in range(pages))}] "
            f"/Count {pages} >>"]
    objs += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] >>"] * pages
    out, offsets = b"%PDF-1.7\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return path


def test_a_huge_pdf_page_is_never_rendered_huge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                qapp: Any) -> None:
    """Finding 4: a 14400-point MediaBox was rendered at 30000² then 60000² pixels (24 GB).
    Rendering is recorded, not done: a regression must not eat the machine."""
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    from player.certificates import scan

    asked: list[tuple[int, int]] = []

    def render(self: QPdfDocument, page: int, size: Any, *args: Any) -> QImage:
        asked.append((size.width(), size.height()))
        return QImage()

    monkeypatch.setattr(QPdfDocument, "render", render)
    assert scan.qr_payloads(_pdf(tmp_path / "huge.pdf", 14400, 14400)) == []
    assert asked == []                                  # an absurd page is skipped
    assert scan.qr_payloads(_pdf(tmp_path / "big.pdf", 5000, 5000)) == []
    assert asked and all(w * h <= scan.MAX_PIXELS for w, h in asked)
    a4 = scan.render_size(595, 842, 300)
    assert a4 is not None and a4.width() == 2479       # an A4 page keeps its 300 dpi


def test_a_huge_file_is_not_read_for_codes(tmp_path: Path, qapp: Any) -> None:
    from player.certificates import scan

    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.truncate(scan.MAX_FILE_BYTES + 1)
    with pytest.raises(scan.ScanError, match="larger than"):
        scan.qr_payloads(big)
