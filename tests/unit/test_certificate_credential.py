"""Issuing and verifying OpenBadgeCredentials offline: every failure has its own reason."""
from __future__ import annotations

import copy
import json
import socket
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from sync.certificates import (
    CertificateError,
    CertificateFacts,
    FailureReason,
    did_key,
    issue,
    issue_status_list,
    proof,
)
from sync.certificates import credential as credential_module
from sync.certificates import verify as verify_pinned
from sync.certificates.jsonld import OfflineContextError, load_document
from sync.signing import PrivateKey, PublicKey

LIST_URL = "https://hub.example/certificates/status/1"
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
KEY = PrivateKey.generate()


def verify(document: object, trusted_issuers: Any = None, **options: Any) -> Any:
    """`sync.certificates.verify` with the test issuer pinned unless the test pins others."""
    pinned = [did_key(KEY.public_raw)] if trusted_issuers is None else trusted_issuers
    return verify_pinned(document, pinned, **options)


def facts(**changes: Any) -> CertificateFacts:
    base = dict(holder_name="Ana Pérez", holder_identity="user-17", course_id="penal-101",
                course_title="Nuevo Código Procesal Penal", course_language="es",
                criteria="Completar los módulos, aprobar 2 de 3 cuestionarios y participar en "
                         "el foro.", hours=12, issuer_name="Escuela Judicial",
                status_list_url=LIST_URL, status_index=42)
    base.update(changes)
    return CertificateFacts(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def key() -> PrivateKey:
    return KEY


@pytest.fixture(scope="module")
def cred(key: PrivateKey) -> dict[str, Any]:
    return issue(facts(), key, issued_at=WHEN)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("verification tried the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_a_credential_has_what_the_issue_asks_for(cred: dict[str, Any], key: PrivateKey) -> None:
    assert cred["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert cred["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert cred["id"].startswith("urn:uuid:")
    assert cred["issuer"]["id"] == did_key(key.public_raw)
    assert cred["validFrom"] == "2025-03-01T09:30:00Z"
    subject = cred["credentialSubject"]
    assert subject["name"] == "Ana Pérez"
    ident = subject["identifier"][0]
    assert ident["hashed"] is True and "user-17" not in json.dumps(cred)
    assert ident["identityHash"] == credential_module.identity_hash("user-17", ident["salt"])
    achievement = subject["achievement"]
    assert (achievement["name"], achievement["inLanguage"], achievement["creditsAvailable"]) == (
        "Nuevo Código Procesal Penal", "es", 12)
    assert "foro" in achievement["criteria"]["narrative"]
    assert cred["credentialStatus"] == {
        "id": f"{LIST_URL}#42", "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation", "statusListIndex": "42",
        "statusListCredential": LIST_URL}
    p = cred["proof"]
    assert (p["type"], p["cryptosuite"], p["proofPurpose"]) == (
        "DataIntegrityProof", "eddsa-rdfc-2022", "assertionMethod")
    assert p["proofValue"].startswith("z")


def test_the_same_holder_hashes_differently_in_each_credential(key: PrivateKey) -> None:
    a, b = issue(facts(), key), issue(facts(), key)
    hash_a = a["credentialSubject"]["identifier"][0]["identityHash"]
    assert hash_a != b["credentialSubject"]["identifier"][0]["identityHash"]
    assert a["credentialSubject"]["achievement"]["id"] == b["credentialSubject"]["achievement"]["id"]


def test_a_valid_credential_verifies_offline(cred: dict[str, Any], no_network: None) -> None:
    result = verify(cred, now=WHEN + timedelta(days=1))
    assert result.ok and result.reason is None, result.message
    assert result.summary is not None
    assert (result.summary.holder_name, result.summary.course_title, result.summary.hours,
            result.summary.course_language) == ("Ana Pérez", "Nuevo Código Procesal Penal", 12.0,
                                                "es")
    assert not result.revocation_checked


def test_fractional_hours_sign_and_verify(key: PrivateKey) -> None:
    cred = issue(facts(hours=7.5), key)
    assert cred["credentialSubject"]["achievement"]["creditsAvailable"] == 7.5
    assert verify(cred).ok


TAMPERINGS = {
    "holder name": lambda c: c["credentialSubject"].__setitem__("name", "Otra Persona"),
    "course title": lambda c: c["credentialSubject"]["achievement"].__setitem__("name", "Otro"),
    "credential name": lambda c: c.__setitem__("name", "Otro"),
    "validFrom": lambda c: c.__setitem__("validFrom", "2024-03-01T09:30:00Z"),
    "hours": lambda c: c["credentialSubject"]["achievement"].__setitem__("creditsAvailable", 120),
    "language": lambda c: c["credentialSubject"]["achievement"].__setitem__("inLanguage", "en"),
    "identity hash": lambda c: c["credentialSubject"]["identifier"][0].__setitem__(
        "identityHash", "sha256$" + "0" * 64),
    "issuer name": lambda c: c["issuer"].__setitem__("name", "Otra Escuela"),
    "status index": lambda c: c["credentialStatus"].__setitem__("statusListIndex", "43"),
    "proof created": lambda c: c["proof"].__setitem__("created", "2025-03-02T09:30:00Z"),
    "proofValue": lambda c: c["proof"].__setitem__(
        "proofValue", c["proof"]["proofValue"][:-2] + ("11" if c["proof"]["proofValue"][-2:]
                                                        != "11" else "22")),
}


@pytest.mark.parametrize("field", sorted(TAMPERINGS))
def test_changing_any_single_field_is_tampering(cred: dict[str, Any], field: str,
                                                no_network: None) -> None:
    changed = copy.deepcopy(cred)
    TAMPERINGS[field](changed)
    result = verify(changed)
    assert not result.ok and result.reason is FailureReason.TAMPERED, (field, result)


def test_an_undefined_property_is_refused_not_ignored(cred: dict[str, Any]) -> None:
    # JSON-LD would drop it from what is signed, so it could say anything: refuse it.
    changed = copy.deepcopy(cred)
    changed["note"] = "extra"
    result = verify(changed)
    assert result.reason is FailureReason.MALFORMED and "does not issue" in result.message
    changed = copy.deepcopy(cred)
    changed["credentialSubject"]["achievement"]["description"] = "extra"
    result = verify(changed)
    assert result.reason is FailureReason.MALFORMED and "does not issue" in result.message


def test_a_different_issuer_is_tampering(cred: dict[str, Any]) -> None:
    changed = copy.deepcopy(cred)
    changed["issuer"]["id"] = did_key(PrivateKey.generate().public_raw)
    assert verify(changed).reason is FailureReason.TAMPERED


def test_a_credential_re_signed_by_another_key_is_an_unknown_issuer(
        cred: dict[str, Any], key: PrivateKey) -> None:
    forger = PrivateKey.generate()
    forged = copy.deepcopy(cred)
    forged["issuer"]["id"] = did_key(forger.public_raw)
    forged = proof.sign(forged, forger)
    alone = verify_pinned(forged)   # intact on its own terms, but nobody pinned the forger
    assert alone.reason is FailureReason.UNKNOWN_ISSUER and "signature is intact" in alone.message
    assert verify(forged, trusted_issuers=[did_key(forger.public_raw)]).ok
    result = verify(forged, trusted_issuers=[did_key(key.public_raw)])
    assert result.reason is FailureReason.UNKNOWN_ISSUER
    assert did_key(forger.public_raw) in result.message


def test_issuers_are_pinned_by_did_or_public_key(cred: dict[str, Any], key: PrivateKey) -> None:
    public = PublicKey.from_raw(key.public_raw, "hub")
    for trusted in ([did_key(key.public_raw)], [public], [public.to_text()], [key.public_raw]):
        assert verify(cred, trusted_issuers=trusted).ok
    assert verify(cred, trusted_issuers=[]).reason is FailureReason.UNKNOWN_ISSUER
    with pytest.raises(CertificateError):
        verify(cred, trusted_issuers=["lectern-ed25519 not-base64!"])


@pytest.mark.parametrize("document", [
    None, [], "text", 3, {"hello": "world"},
    {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]},
    {"type": "OpenBadgeCredential"},
])
def test_other_json_is_not_a_certificate(document: object) -> None:
    assert verify(document).reason is FailureReason.NOT_A_CERTIFICATE


def test_broken_credentials_are_malformed(cred: dict[str, Any], no_network: None) -> None:
    def changed(edit: Any) -> dict[str, Any]:
        doc = copy.deepcopy(cred)
        edit(doc)
        return doc

    cases = [
        changed(lambda c: c.pop("proof")),
        changed(lambda c: c["proof"].__setitem__("cryptosuite", "ecdsa-rdfc-2019")),
        changed(lambda c: c["proof"].__setitem__("verificationMethod", "did:web:hub.example#k")),
        changed(lambda c: c.__setitem__("@context", ["https://www.w3.org/2018/credentials/v1"])),
        changed(lambda c: c["credentialSubject"].pop("achievement")),
        # A context that is not shipped would need the network: refused, not fetched.
        changed(lambda c: c["@context"].append("https://evil.example/context.json")),
    ]
    for doc in cases:
        result = verify(doc)
        assert result.reason is FailureReason.MALFORMED, (doc, result)


def test_not_yet_valid_and_expired(key: PrivateKey, cred: dict[str, Any]) -> None:
    assert verify(cred, now=WHEN - timedelta(days=1)).reason is FailureReason.EXPIRED
    unsigned = credential_module.build(facts(), did_key(key.public_raw), issued_at=WHEN)
    unsigned["validUntil"] = "2025-06-01T00:00:00Z"
    expiring = proof.sign(unsigned, key)
    assert verify(expiring, now=WHEN).ok
    assert verify(expiring, now=datetime(2025, 7, 1, tzinfo=timezone.utc)).reason is (
        FailureReason.EXPIRED)


def test_revocation_through_the_status_list(cred: dict[str, Any], key: PrivateKey,
                                            no_network: None) -> None:
    clean = issue_status_list(LIST_URL, [1, 41, 43], key)
    result = verify(cred, status_list=clean)
    assert result.ok and result.revocation_checked
    revoked = issue_status_list(LIST_URL, [42], key)
    assert verify(cred, status_list=revoked).reason is FailureReason.REVOKED


def test_a_status_list_must_be_the_issuers_own_and_intact(cred: dict[str, Any],
                                                          key: PrivateKey) -> None:
    other_issuer = issue_status_list(LIST_URL, [], PrivateKey.generate())
    assert verify(cred, status_list=other_issuer).reason is FailureReason.BAD_STATUS_LIST
    other_list = issue_status_list(LIST_URL + "2", [], key)
    assert verify(cred, status_list=other_list).reason is FailureReason.BAD_STATUS_LIST
    # Clearing a revoked bit by re-encoding the list breaks its signature.
    revoked = issue_status_list(LIST_URL, [42], key)
    forged = copy.deepcopy(revoked)
    forged["credentialSubject"]["encodedList"] = issue_status_list(
        LIST_URL, [], key)["credentialSubject"]["encodedList"]
    assert verify(cred, status_list=forged).reason is FailureReason.BAD_STATUS_LIST
    assert verify(cred, status_list=cred).reason is FailureReason.BAD_STATUS_LIST


def test_issuing_refuses_incomplete_facts(key: PrivateKey) -> None:
    for bad in (facts(holder_name=" "), facts(course_language="Spanish!"), facts(hours=-1),
                facts(status_index=-1), facts(status_list_url="")):
        with pytest.raises(CertificateError):
            issue(bad, key)


def test_the_document_loader_serves_only_shipped_contexts() -> None:
    doc = load_document("https://www.w3.org/ns/credentials/v2")
    assert "@context" in doc["document"]
    for url in ("https://example.org/ctx", "http://www.w3.org/ns/credentials/v2",
                "file:///etc/passwd", "did:key:z6Mk"):
        with pytest.raises(OfflineContextError):
            load_document(url)
