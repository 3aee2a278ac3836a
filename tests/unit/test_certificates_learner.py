"""The learner's side of certificates (issue #15): schema 7 keeps every certificate row, the
hub's credential and status list events apply idempotently, and the checklist's certificate
state goes not earned -> waiting -> issued -> revoked. Real SQLite, real signed credentials."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest

from sync.bundle import TrustPolicy, build_bundle
from sync.certificates import CertificateFacts, did_key, issue, issue_status_list
from sync.errors import NotInstalledError, StoreError
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.requirements import RequirementKind
from sync.services import certificates as service
from sync.services.certificates import CertificateState
from sync.signing import PrivateKey
from sync.store import HubAnswer, HubCertificate, HubCredential, HubStatusList, HubThread, LearnerStore
from tests.course_factory import write_tiny_course

LIST_URL = "https://hub.example/api/v1/certificates/status-list"
REQUIREMENTS = """
[requirements]
rule = "all-required"
quizzes_passed = ["q1"]
reply_to_colleague = true
hours = 3
criteria = "Watch, read, pass the quiz and discuss."

[[requirements.forum]]
discussions = ["f1"]
min_posts = 2
"""
RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}


@pytest.fixture
def store(tmp_path: Path, data_paths: DataPaths) -> Iterator[LearnerStore]:
    """The tiny course with requirements: every required item, quiz q1 passed, two posts in
    f1, and a reply to a colleague."""
    src = write_tiny_course(tmp_path / "src")
    toml = src / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + REQUIREMENTS, encoding="utf-8")
    bundle = tmp_path / "tiny.lectern"
    build_bundle(src, bundle)
    import_bundle(data_paths, bundle, TrustPolicy(allow_unsigned=True))
    s = LearnerStore.open(data_paths.db)
    s.use_account("ana")
    yield s
    s.close()


@pytest.fixture(scope="module")
def key() -> PrivateKey:
    return PrivateKey.generate()


def credential(key: PrivateKey, index: int = 7, name: str = "Ana Pérez") -> dict[str, Any]:
    facts = CertificateFacts(holder_name=name, holder_identity="user-1", course_id="tiny-en",
                             course_title="A tiny course", course_language="en",
                             criteria="Watch, read, pass the quiz and discuss.", hours=3,
                             issuer_name="Test hub", status_list_url=LIST_URL, status_index=index)
    return issue(facts, key)


def hub_credential(doc: dict[str, Any], certificate_id: int = 1) -> HubCredential:
    return HubCredential(certificate_id, "tiny", "tiny-en", 1, "2026-01-02T10:00:00+00:00",
                         doc["id"], doc)


def status_list(key: PrivateKey, revoked: list[int], when: str) -> HubStatusList:
    doc = issue_status_list(LIST_URL, revoked, key)
    return HubStatusList(LIST_URL, doc["issuer"]["id"] if isinstance(doc["issuer"], dict)
                         else doc["issuer"], when, doc)


def apply(store: LearnerStore, *events: Any, cursor: str = "c1") -> None:
    assert store.apply_hub_answer(HubAnswer(cursor, events=events), {},
                                  (store.account(), store.device_id()))


def do_everything(store: LearnerStore) -> None:
    for item in ("l1", "r1", "r2"):
        store.record_progress("tiny-en", item, completed=True)
    store.record_quiz_attempt("tiny-en", "q1", RIGHT)
    apply(store, HubThread("t-other", 5, "tiny-en", "tiny", "f1", "Bea", "Hello", "Hi all",
                           "2026-01-01T09:00:00+00:00"))
    store.add_thread("tiny-en", "f1", "ana", "My view", "I think...")
    store.add_post("t-other", "tiny-en", "ana", "I agree with Bea.")


# --------------------------------------------------------------------------- schema 7


def test_schema_6_certificate_rows_survive_the_upgrade(tmp_path: Path) -> None:
    from sync.store.migrations import LATEST, MIGRATIONS

    db = tmp_path / "learner.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for step in MIGRATIONS[:6]:
        step(conn)
    conn.execute("PRAGMA user_version = 6")
    conn.execute("INSERT INTO certificates(course_family, certificate_id, course_id, version, issued_at)"
                 " VALUES ('tiny', 41, 'tiny-en', 1, '2025-05-01T00:00:00+00:00')")
    conn.close()
    with LearnerStore.open(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 7
        (row,) = store.stored_certificates()
        assert (row.family, row.certificate_id, row.course_id, row.issued_at) == \
            ("tiny", 41, "tiny-en", "2025-05-01T00:00:00+00:00")
        assert row.credential is None and row.state == "issued" and not row.announced
        (old,) = store.certificates()
        assert old.certificate_id == 41
        listed = service.list_certificates(store)
        assert [(r.certificate_id, r.state) for r in listed] == [(41, CertificateState.WAITING)]
    assert (tmp_path / "learner.db.v6.bak").is_file()


# --------------------------------------------------------------------------- inbox events


def test_credential_and_status_list_events_apply_idempotently(store: LearnerStore,
                                                              key: PrivateKey) -> None:
    doc = credential(key)
    event = hub_credential(doc)
    apply(store, HubCertificate("tiny", 1, "tiny-en", 1, "2026-01-02T10:00:00+00:00"), event)
    apply(store, event, cursor="c2")          # the same page again (a retried pull)
    (row,) = store.stored_certificates()
    assert row.credential == doc and row.credential_id == doc["id"] and row.state == "issued"
    assert row.issuer == doc["issuer"]["id"]
    assert [r.credential_id for r in service.unannounced(store)] == [doc["id"]]
    service.mark_announced(store, [doc["id"]])
    apply(store, event, cursor="c3")          # announced stays announced
    assert service.unannounced(store) == []

    clear = status_list(key, [], "2026-01-03T00:00:00+00:00")
    apply(store, clear)
    assert store.stored_certificates()[0].state == "issued"
    revoked = status_list(key, [7], "2026-01-04T00:00:00+00:00")
    apply(store, revoked)
    apply(store, revoked, cursor="c4")
    (row,) = store.stored_certificates()
    assert row.state == "revoked" and row.revoked_at is not None
    first_learnt = row.revoked_at
    apply(store, clear, cursor="c5")          # an older list arriving late changes nothing
    (row,) = store.stored_certificates()
    assert row.state == "revoked" and row.revoked_at == first_learnt
    held = store.status_list_of(doc["issuer"]["id"])
    assert held is not None and held.updated_at == "2026-01-04T00:00:00+00:00"
    assert service.unannounced(store) == []   # a revoked certificate is not announced


def test_a_status_list_before_its_credential_still_revokes_it(store: LearnerStore,
                                                              key: PrivateKey) -> None:
    doc = credential(key, index=3)
    apply(store, status_list(key, [3], "2026-01-04T00:00:00+00:00"), hub_credential(doc))
    (record,) = service.list_certificates(store)
    assert record.state is CertificateState.REVOKED


def test_a_reissued_credential_replaces_the_revoked_one_and_is_announced(store: LearnerStore,
                                                                       key: PrivateKey) -> None:
    old = credential(key, index=1)
    apply(store, hub_credential(old), status_list(key, [1], "2026-01-04T00:00:00+00:00"))
    new = credential(key, index=2)
    apply(store, hub_credential(new, certificate_id=2), cursor="c2")
    (record,) = service.list_certificates(store)
    assert record.state is CertificateState.ISSUED and record.credential_id == new["id"]
    assert record.certificate_id == 2
    assert [r.credential_id for r in service.unannounced(store)] == [new["id"]]


# --------------------------------------------------------------------------- the checklist


def test_checklist_states_not_earned_waiting_issued_revoked(store: LearnerStore,
                                                           key: PrivateKey) -> None:
    report = service.requirements_checklist(store, "tiny-en")
    assert report.state is CertificateState.NOT_EARNED and not report.checklist.earned
    assert report.titles["q1"] == "Quiz one" and not report.no_certificate
    kinds = [s.kind for s in report.checklist.left]
    assert kinds.count(RequirementKind.ITEM) == 4   # l1, r1, q1, r2 (r3 is optional)
    assert RequirementKind.QUIZ in kinds and RequirementKind.REPLY in kinds

    do_everything(store)
    report = service.requirements_checklist(store, "tiny-en")
    assert report.checklist.earned, report.checklist.left
    assert report.state is CertificateState.WAITING and report.certificate is None

    apply(store, HubCertificate("tiny", 1, "tiny-en", 1, "2026-01-02T10:00:00+00:00"))
    assert service.requirements_checklist(store, "tiny-en").state is CertificateState.WAITING
    doc = credential(key)
    apply(store, hub_credential(doc), cursor="c2")
    report = service.requirements_checklist(store, "tiny-en")
    assert report.state is CertificateState.ISSUED
    assert report.certificate is not None and report.certificate.holder_name == "Ana Pérez"

    apply(store, status_list(key, [7], "2026-01-04T00:00:00+00:00"), cursor="c3")
    assert service.requirements_checklist(store, "tiny-en").state is CertificateState.REVOKED


def test_own_posts_count_but_replies_to_oneself_do_not(store: LearnerStore) -> None:
    thread = store.add_thread("tiny-en", "f1", "ana", "Mine", "First")
    store.add_post(thread, "tiny-en", "ana", "Second, to myself")
    report = service.requirements_checklist(store, "tiny-en")
    forum = next(s for s in report.checklist.statuses if s.kind is RequirementKind.FORUM)
    reply = next(s for s in report.checklist.statuses if s.kind is RequirementKind.REPLY)
    assert forum.done and not reply.done
    # a post of Ana's from her other device (came back from the hub as 'server') counts too
    apply(store, HubThread("t-bea", 6, "tiny-en", "tiny", "f1", "Bea", "Q", "?",
                           "2026-01-01T09:00:00+00:00"))
    from sync.store import HubPost

    apply(store, HubPost("p-ana", 9, "t-bea", None, "ANA", "Answer from my laptop",
                         "2026-01-01T10:00:00+00:00"), cursor="c2")
    report = service.requirements_checklist(store, "tiny-en")
    assert next(s for s in report.checklist.statuses if s.kind is RequirementKind.REPLY).done


def test_a_runs_end_uses_when_the_learner_finished(store: LearnerStore) -> None:
    do_everything(store)
    report = service.requirements_checklist(store, "tiny-en")
    assert report.checklist.earned
    rows = store.certificate_fact_rows("tiny-en")
    facts = service.learner_facts(rows, report.requirements, ["q1"])
    assert facts.finished_at is not None
    assert abs(facts.finished_at - datetime.now(timezone.utc)) < timedelta(minutes=5)


def test_unknown_course_is_not_installed(store: LearnerStore) -> None:
    with pytest.raises(NotInstalledError):
        service.requirements_checklist(store, "nope")


# --------------------------------------------------------------------------- export, verify


def test_export_writes_the_credential_atomically(store: LearnerStore, key: PrivateKey,
                                                 tmp_path: Path) -> None:
    doc = credential(key)
    apply(store, hub_credential(doc, certificate_id=12))
    out = service.export_credential(store, 12, tmp_path / "cert.json")
    assert json.loads(out.read_text(encoding="utf-8")) == doc
    again = service.export_credential(store, doc["id"].removeprefix("urn:uuid:"), out)
    assert again == out and not list(tmp_path.glob(".cert.json.*"))
    with pytest.raises(StoreError, match="no certificate"):
        service.export_credential(store, 99, tmp_path / "x.json")
    with pytest.raises(StoreError, match="does not exist"):
        service.export_credential(store, 12, tmp_path / "missing" / "x.json")


def test_export_of_a_certificate_without_its_credential_says_it_comes_with_sync(
        store: LearnerStore, tmp_path: Path) -> None:
    apply(store, HubCertificate("tiny", 3, "tiny-en", 1, "2026-01-02T10:00:00+00:00"))
    with pytest.raises(StoreError, match="next sync"):
        service.export_credential(store, 3, tmp_path / "c.json")
    assert not (tmp_path / "c.json").exists()


def test_verify_lines(key: PrivateKey, tmp_path: Path) -> None:
    doc = credential(key)
    mine = [did_key(key.public_raw)]
    nobody = service.verify_credential(doc, trusted=[])
    assert nobody.reason == "unknown-issuer" and "signature is intact" in nobody.line
    good = service.verify_credential(doc, trusted=mine)
    assert good.ok and good.reason is None
    assert good.line.startswith("Valid: Ana Pérez completed “A tiny course” on ")
    assert "Test hub (did:key:z6Mk" in good.line and "revocation not checked (no status list)" in good.line
    tampered = json.loads(json.dumps(doc))
    tampered["credentialSubject"]["name"] = "Mallory"
    assert service.verify_credential(tampered, trusted=mine).reason == "tampered"
    other = did_key(PrivateKey.generate().public_raw)
    unknown = service.verify_credential(json.dumps(doc), trusted=[other])
    assert unknown.reason == "unknown-issuer" and "\n" not in unknown.line
    revoked = service.verify_credential(doc, trusted=mine, status_list=issue_status_list(
        LIST_URL, [7], key))
    assert revoked.reason == "revoked"
    assert service.verify_credential("not json", trusted=[]).reason == "not-a-certificate"
    assert service.verify_credential("{ broken", trusted=[]).reason == "malformed"
    assert service.verify_credential('{"a": 1}', trusted=[]).reason == "not-a-certificate"
    from sync.certificates import encode_qr_payload

    assert service.verify_payloads(["hello", encode_qr_payload(doc)], trusted=mine).ok
    assert service.verify_payloads([], trusted=[]).reason == "unreadable"
    missing = service.verify_file(tmp_path / "none.json", trusted=[])
    assert missing.reason == "unreadable"
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    assert service.verify_file(png, trusted=[], read_qr=lambda p: []).reason == "unreadable"


def test_site_configuration_pins_issuers(monkeypatch: pytest.MonkeyPatch, key: PrivateKey) -> None:
    """Court IT's `trusted_issuers` (read defensively: a list of did:keys or key lines)."""
    import sync.site_config as site_config

    doc = credential(key)
    real = site_config.load_site_config
    assert isinstance(service.trusted_issuers(), list)

    def pinned(other: str) -> Any:
        def load(path: Path | None = None) -> Any:
            site = real(path)
            return type("Site", (), {"values": {**site.values, "trusted_issuers": [other]}})()
        return load

    monkeypatch.setattr(site_config, "load_site_config", pinned(did_key(key.public_raw)))
    assert service.verify_credential(doc).ok
    monkeypatch.setattr(site_config, "load_site_config",
                        pinned(did_key(PrivateKey.generate().public_raw)))
    assert service.verify_credential(doc).reason == "unknown-issuer"
    assert service.verify_credential(doc, trusted=[did_key(key.public_raw)]).ok  # given: only those
