"""A learner's certificates, offline: the checklist of what earns one, the certificates the hub
issued (signed Open Badges credentials that came with sync), exporting and verifying them.

Every function is a plain blocking use case (no Qt). The player runs those taking a `store` on
its store lane (`TaskManager.call_service(fn, ..., store=...)`); the `lectern` command line
uses the `*_at(paths, ...)` forms, which open the profile's store themselves.

A certificate's state, as the learner is told it:

- `not_earned`  requirements are left to do (the checklist says which);
- `waiting`     earned here (the checklist is complete) or recorded by the hub, but its signed
                credential has not arrived yet: it comes with a sync;
- `issued`      the signed credential is on this computer;
- `revoked`     the issuer's status list (it travels with sync) marks the credential revoked.
"""
from __future__ import annotations

import dataclasses
import enum
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from ..atomic_file import write_bytes
from ..errors import LecternError, StoreError
from ..paths import DataPaths
from ..requirements import Checklist, LearnerFacts, Requirements, evaluate, facts_from

if TYPE_CHECKING:
    from ..certificates import CertificateSummary, VerificationResult
    from ..store import CertificateFactRows, LearnerStore, StoredCertificate

__all__ = [
    "CertificateRecord", "CertificateState", "RequirementsReport", "Verification",
    "credential_at", "export_credential", "export_credential_at", "hub_issuers",
    "hub_issuers_at", "issuers_locked", "list_certificates", "revoked_words",
    "list_certificates_at", "mark_announced", "requirements_checklist", "trusted_issuers",
    "unannounced", "verify_credential", "verify_file", "verify_payloads",
]


class CertificateState(str, enum.Enum):
    """Where a course's certificate stands (the words are the player's `CertificateState`)."""

    NOT_EARNED = "not_earned"
    WAITING = "waiting"
    ISSUED = "issued"
    REVOKED = "revoked"


@dataclass(frozen=True)
class CertificateRecord:
    """One certificate on this computer, as the Certificates screen and `lectern certificates`
    list it. Fields read off the credential are empty while it has not arrived (`waiting`)."""

    certificate_id: int            # the hub's number for it (`lectern certificate export ID`)
    credential_id: str             # the credential's id (urn:uuid:...); "" until it arrives
    course_id: str
    course_family: str
    course_title: str
    issued_at: str                 # the credential's validFrom, else the hub's record time
    hours: float | None
    language: str                  # the course's language (BCP 47)
    state: CertificateState
    holder_name: str = ""
    issuer_name: str = ""
    issuer: str = ""               # the issuer's did:key
    criteria: str = ""
    credential: dict[str, Any] | None = None   # the signed credential, as issued
    revoked_at: str | None = None  # when this computer learnt of the revocation
    revoked_reason: str | None = None


@dataclass(frozen=True)
class RequirementsReport:
    """One course's checklist (`sync.requirements.evaluate` on what this computer knows) and
    where its certificate stands."""

    course_id: str
    course_title: str
    requirements: Requirements
    checklist: Checklist
    state: CertificateState
    titles: Mapping[str, str] = field(default_factory=dict)   # item id -> title
    ends: datetime | None = None   # the run's end, if the course has one
    no_certificate: bool = False   # the course declares nothing to do: it awards none
    certificate: CertificateRecord | None = None


@dataclass(frozen=True)
class Verification:
    """The answer to "is this certificate genuine?": `ok` and one line for a person.

    `reason` is a `sync.certificates.FailureReason` value (`tampered`, `unknown-issuer`,
    `revoked`, `not-a-certificate`, `malformed`, `expired`, `bad-status-list`) or `unreadable`
    (no file, no JSON, no QR code found); None when valid."""

    ok: bool
    reason: str | None
    line: str
    summary: "CertificateSummary | None" = None
    revocation_checked: bool = False
    revocation_as_of: str | None = None   # the status list's validFrom, when one was given


UNREADABLE = "unreadable"
#: The site configuration's list of pinned certificate issuers (court IT), as for publishers.
SITE_TRUSTED_ISSUERS = "trusted_issuers"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00",
                b"MM\x00*")
_MAX_FILE_BYTES = 64 * 1024 * 1024


# --------------------------------------------------------------------------- listing


def _record(row: "StoredCertificate", titles: Mapping[str, str]) -> CertificateRecord:
    from ..certificates import CertificateError, summarize

    state = CertificateState.WAITING
    if row.credential is not None:
        state = CertificateState.REVOKED if row.state == "revoked" else CertificateState.ISSUED
    base = CertificateRecord(
        certificate_id=row.certificate_id, credential_id=row.credential_id or "",
        course_id=row.course_id, course_family=row.family,
        course_title=titles.get(row.course_id, titles.get(row.family, row.course_id)),
        issued_at=row.issued_at, hours=None, language="", state=state,
        credential=row.credential, revoked_at=row.revoked_at, revoked_reason=row.revoked_reason)
    if row.credential is None:
        return base
    try:
        summary = summarize(row.credential)
    except CertificateError:
        return base
    achievement = row.credential.get("credentialSubject", {}).get("achievement", {})
    criteria = achievement.get("criteria", {}) if isinstance(achievement, dict) else {}
    return dataclasses.replace(
        base, course_title=summary.course_title or base.course_title, issued_at=summary.valid_from,
        hours=summary.hours, language=summary.course_language, holder_name=summary.holder_name,
        issuer_name=summary.issuer_name, issuer=summary.issuer,
        criteria=str(criteria.get("narrative", "")) if isinstance(criteria, dict) else "")


def _titles(store: "LearnerStore") -> dict[str, str]:
    """Course id (and family) -> title, of the courses installed here."""
    titles: dict[str, str] = {}
    for course in store.list_courses():
        titles[course.id] = course.title
        titles.setdefault(course.family, course.title)
    return titles


def list_certificates(store: "LearnerStore") -> list[CertificateRecord]:
    """Every certificate on this computer, oldest first."""
    titles = _titles(store)
    return [_record(row, titles) for row in store.stored_certificates()]


def list_certificates_at(paths: DataPaths) -> list[CertificateRecord]:
    """`list_certificates` for a profile's data dir (the command line)."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return list_certificates(store)


# --------------------------------------------------------------------------- the checklist


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def learner_facts(rows: "CertificateFactRows", requirements: Requirements,
                  completed_quizzes: Iterable[str] = ()) -> LearnerFacts:
    """The facts `sync.requirements.evaluate` reads, from the store's rows. A quiz counts as
    passed when an attempt here passed or its completion came from another device (a quiz
    item completes only when passed). `finished_at` is `sync.requirements.finishing_time`, the
    one rule the hub applies too: the latest of the moments each requirement was first met."""
    from ..requirements import FactTimes, finishing_time

    passed = dict(rows.passed)
    for quiz in completed_quizzes:
        if quiz in rows.completed:
            passed.setdefault(quiz, rows.completed[quiz])

    def known(times: Mapping[str, str | None]) -> dict[str, datetime]:
        return {k: m for k, m in ((k, _moment(v)) for k, v in times.items()) if m is not None}

    posts = {d: sorted(m for m in (_moment(t) for t in times) if m is not None)
             for d, times in rows.posts.items()}
    met_at = FactTimes(completed=known(rows.completed), passed=known(passed), posts=posts,
                       first_reply=_moment(rows.first_reply_at))
    return facts_from(completed=rows.completed.keys(), passed_quizzes=passed.keys(),
                      posts={d: len(t) for d, t in rows.posts.items()},
                      replied_to_colleague=rows.first_reply_at is not None,
                      finished_at=finishing_time(requirements, met_at))


def requirements_checklist(store: "LearnerStore", course_id: str,
                           now: datetime | None = None) -> RequirementsReport:
    """A course's checklist and its certificate's state (NotInstalledError for an unknown
    course). `now` (aware) decides a run's end; default the hub-clock estimate
    (sync.hub_clock), never the PC clock, or before any sync the PC clock as before."""
    from ..manifest import ItemKind

    manifest = store.manifest(course_id)        # NotInstalledError
    course = store.get_course(course_id)
    requirements = manifest.requirements
    items = list(manifest.items())
    quizzes = [i.id for i in items if i.kind == ItemKind.QUIZ]
    facts = learner_facts(store.certificate_fact_rows(course_id), requirements, quizzes)
    checklist = evaluate(requirements, facts, now or store.hub_time_now())
    titles = {i.id: i.title for i in items}
    family = store.get_course_family(course_id)
    certificate = next((_record(row, _titles(store))
                        for row in store.stored_certificates() if row.family == family), None)
    if certificate is not None:
        state = certificate.state
    elif checklist.earned:
        state = CertificateState.WAITING
    else:
        state = CertificateState.NOT_EARNED
    return RequirementsReport(course_id=course_id, course_title=course.title,
                              requirements=requirements, checklist=checklist, state=state,
                              titles=titles, ends=requirements.ends,
                              no_certificate=requirements.is_empty, certificate=certificate)


# --------------------------------------------------------------------------- exporting


def _find(store: "LearnerStore", certificate_id: str | int) -> CertificateRecord:
    wanted = str(certificate_id).strip()
    bare = wanted.removeprefix("urn:uuid:").casefold()
    for record in list_certificates(store):
        if wanted == str(record.certificate_id) or (
                record.credential_id
                and bare == record.credential_id.removeprefix("urn:uuid:").casefold()):
            return record
    raise StoreError(f"There is no certificate {wanted!r} on this computer "
                     "(`lectern certificates` lists them).")


def credential_at(paths: DataPaths, certificate_id: str) -> CertificateRecord:
    """One certificate by its number or its credential id (StoreError when there is none)."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return _find(store, certificate_id)


def _signed(record: CertificateRecord) -> dict[str, Any]:
    """The credential to export; StoreError when there is none yet, or when its issuer
    revoked it (a revoked certificate is never saved or printed: the file would still look
    valid wherever no status list is checked)."""
    if record.credential is None:
        raise StoreError(f"The certificate for “{record.course_title}” has no signed credential "
                         "on this computer yet: it comes with the next sync.")
    if record.state is CertificateState.REVOKED:
        raise StoreError(revoked_words(record))
    return record.credential


def revoked_words(record: CertificateRecord) -> str:
    """Why a revoked certificate cannot be saved, in plain words."""
    when = f" (this computer learnt it on {record.revoked_at[:10]})" if record.revoked_at else ""
    why = f": {record.revoked_reason}" if record.revoked_reason else ""
    return (f"The certificate for “{record.course_title}” was revoked by its issuer{when}{why}. "
            "A revoked certificate cannot be saved or printed.")


def write_atomically(out_path: Path | str, data: bytes) -> Path:
    """`data` into `out_path`, whole or not at all (`sync.atomic_file`); a failure says which
    file in plain words and leaves what was there."""
    out = Path(out_path).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"The folder {folder} does not exist.")
    try:
        return write_bytes(out, data)
    except OSError as exc:
        raise StoreError(f"{out} cannot be written ({exc.strerror or exc}).") from None


def credential_json(credential: Mapping[str, Any]) -> bytes:
    """The credential file's bytes: the credential as issued, indented for people to read."""
    return (json.dumps(credential, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_credential(store: "LearnerStore", certificate_id: str | int,
                      out_path: Path | str) -> Path:
    """Write the signed credential as JSON to `out_path`, atomically (a temporary file in the
    same folder, then renamed). StoreError when the credential has not arrived."""
    return write_atomically(out_path, credential_json(_signed(_find(store, certificate_id))))


def export_credential_at(paths: DataPaths, certificate_id: str, out_path: Path | str) -> Path:
    """`export_credential` for a profile's data dir (the command line)."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return export_credential(store, certificate_id, out_path)


def interface_language() -> str | None:
    """The language a terminal user reads (as Qt's system locale takes it: LC_ALL,
    LC_MESSAGES, LANG), e.g. "es" or "pt-BR"; None when it says nothing (C/POSIX)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(".")[0].split("@")[0]
        if value and value not in ("C", "POSIX"):
            return value.replace("_", "-")
    return None


def credential_for_paper(paths: DataPaths, certificate_id: str) -> tuple[dict[str, Any], str]:
    """The signed credential to print, and the language to print it in: the user's
    interface language, else the course's."""
    record = credential_at(paths, certificate_id)
    return _signed(record), interface_language() or record.language or "en"


# --------------------------------------------------------------------------- verifying


def trusted_issuers(extra: Iterable[str] = (), hub: Iterable[str] = ()) -> list[str]:
    """The issuers to pin: court IT's `trusted_issuers` from the site configuration, `extra`
    (--trust-issuer: did:key, Multikey, Lectern key lines or files holding one) and `hub`
    (the issuers of certificates this profile's own hub delivered, `hub_issuers`). Nobody
    pinned anything: [] (then no issuer is trusted, never all of them). When court IT locked
    `trusted_issuers`, its list is the only one: `extra` is refused (StoreError) and `hub`
    is left out."""
    extras = [value for value in extra if value.strip()]
    if extras and issuers_locked():
        raise StoreError("Court IT locked the trusted certificate issuers on this computer "
                         "(trusted_issuers in the site file), so --trust-issuer cannot add "
                         "one; ask court IT to pin the issuer.")
    pinned = _site_issuers()
    pinned += [_issuer_text(value) for value in extras]
    if not issuers_locked():
        pinned += [value for value in hub if value]
    return list(dict.fromkeys(pinned))


def issuers_locked() -> bool:
    """Whether court IT locked `trusted_issuers` (or the whole site file is locked down)."""
    from ..site_config import load_site_config

    site = load_site_config()
    locked: Any = getattr(site, "locked", ())
    return SITE_TRUSTED_ISSUERS in locked or bool(getattr(site, "locked_down", False))


def site_trust_problem() -> str | None:
    """Why court IT's pinned issuers trust no one, when they configured some and none can
    be read (each bad entry is refused: the list then trusts nothing, not everyone)."""
    from ..site_config import load_site_config

    site = load_site_config()
    if SITE_TRUSTED_ISSUERS not in site.values or _site_issuers():
        return None
    where = getattr(site, "path", None) or "the site file"
    return (f"{where} pins trusted_issuers but none of them can be read, so no issuer is "
            "trusted (`lectern config` shows why)")


def hub_issuers(store: "LearnerStore") -> list[str]:
    """The issuers of the certificates this profile received from its own hub (signed in,
    over TLS, with sync): the learner's own certificates verify without court IT pinning
    the hub. Each is kept with its certificate in the learner store."""
    return list(dict.fromkeys(row.issuer for row in store.stored_certificates()
                              if row.issuer and row.credential is not None))


def hub_issuers_at(paths: DataPaths) -> list[str]:
    """`hub_issuers` for a profile's data dir (the command line)."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return hub_issuers(store)


def _issuer_text(value: str) -> str:
    text = value.strip()
    if text and not text.startswith(("did:", "z6Mk", "lectern-")):
        path = Path(text).expanduser()
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise StoreError(f"The issuer key file {path} cannot be read ({exc}).") from None
    return text


def _site_issuers() -> list[str]:
    """Court IT's pinned issuers; read defensively (the setting is new, its type may vary)."""
    from ..site_config import load_site_config

    site = load_site_config()
    found: Any = getattr(site, SITE_TRUSTED_ISSUERS, None)
    if found is None:
        found = site.values.get(SITE_TRUSTED_ISSUERS)
    if isinstance(found, str):
        found = [found]
    out: list[str] = []
    for value in found or ():
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
        elif isinstance(value, bytes):
            from ..certificates import did_key

            out.append(did_key(value))
        elif hasattr(value, "public_raw"):
            from ..certificates import did_key

            out.append(did_key(value.public_raw))
    return out


def _line(result: "VerificationResult") -> str:
    s = result.summary
    if result.ok and s is not None:
        issuer = f"{s.issuer_name} ({s.issuer})" if s.issuer_name else s.issuer
        revocation = (f"not revoked as of {result.revocation_as_of} (status list)"
                      if result.revocation_checked and result.revocation_as_of
                      else "revocation not checked (no status list)")
        return (f"Valid: {s.holder_name} completed “{s.course_title}” on {s.valid_from[:10]}; "
                f"issued by {issuer}; {revocation}.")
    line = f"Not valid ({result.reason.value if result.reason else 'unknown'}): {result.message}"
    if result.reason is not None and result.reason.value == "unknown-issuer":
        problem = site_trust_problem()
        if problem:
            line = line.rstrip(".") + f"; {problem}."
    return line


def _status_document(status_list: Mapping[str, Any] | str | bytes | None) -> dict[str, Any] | None:
    from ..certificates.shape import MAX_STATUS_LIST_BYTES, load_json

    if status_list is None or isinstance(status_list, Mapping):
        return dict(status_list) if status_list is not None else None
    try:
        loaded = load_json(status_list, "status list", MAX_STATUS_LIST_BYTES)
    except (ValueError, RecursionError) as exc:
        raise StoreError(f"The status list is not JSON Lectern can read ({exc}).") from None
    if not isinstance(loaded, dict):
        raise StoreError("The status list is not a JSON object.")
    return loaded


def _failure(reason: str, line: str) -> Verification:
    return Verification(False, reason, line)


def verify_credential(credential: str | bytes | Mapping[str, Any],
                      trusted: Iterable[str] | None = None,
                      status_list: Mapping[str, Any] | str | None = None,
                      status_list_max_age: timedelta | None = None) -> Verification:
    """Verify a credential offline: its JSON (text, bytes or parsed), or a QR payload
    (`LC1:...`). `trusted`: the issuers pinned; None uses `trusted_issuers()` (court IT's);
    an issuer nobody pinned is `unknown-issuer`, never valid. `status_list`: the issuer's
    BitstringStatusListCredential (parsed or JSON text), if known. A trusted issuer that
    cannot be read, or a status list that is not JSON, is StoreError (bad input)."""
    from ..certificates import CertificateError, decode_qr_payload, verify
    from ..certificates.shape import load_json

    pinned = trusted_issuers() if trusted is None else [_issuer_text(t) for t in trusted]
    status = _status_document(status_list)
    document: Any = credential
    if isinstance(document, bytes):
        try:
            document = document.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _failure("not-a-certificate", "Not valid (not-a-certificate): this is not "
                                                 "text, so not a certificate's JSON.")
    if isinstance(document, str):
        text = document.strip()
        try:
            document = decode_qr_payload(text) if text.startswith("LC1:") else load_json(text)
        except CertificateError as exc:
            return _failure(exc.reason.value, f"Not valid ({exc.reason.value}): {exc.message}")
        except (ValueError, RecursionError) as exc:
            reason = "malformed" if text.startswith(("{", "[")) else "not-a-certificate"
            why = (f"the JSON is damaged or too large ({exc})" if reason == "malformed"
                   else "this is neither a certificate's JSON nor its QR code")
            return _failure(reason, f"Not valid ({reason}): {why}.")
    try:
        result = verify(document, pinned, status, status_list_max_age=status_list_max_age)
    except CertificateError as exc:   # a pinned issuer that cannot be read
        raise StoreError(exc.message) from None
    return Verification(result.ok, None if result.ok else result.reason.value if result.reason
                        else "malformed", _line(result), result.summary, result.revocation_checked,
                        result.revocation_as_of)


def verify_payloads(payloads: Iterable[str], trusted: Iterable[str] | None = None,
                    status_list: Mapping[str, Any] | str | None = None,
                    status_list_max_age: timedelta | None = None) -> Verification:
    """The QR codes found on a page or photo: the first that is a certificate, verified
    (`unreadable` when none was found, `not-a-certificate` when none is one)."""
    found = [p for p in payloads if p.strip()]
    if not found:
        return _failure(UNREADABLE, "Not valid (unreadable): no QR code was found.")
    outcome = None
    for payload in found:
        outcome = verify_credential(payload, trusted, status_list, status_list_max_age)
        if outcome.reason != "not-a-certificate":
            return outcome
    assert outcome is not None
    return outcome


def verify_file(path: Path | str, trusted: Iterable[str] | None = None,
                status_list_path: Path | str | None = None,
                read_qr: Callable[[Path], list[str]] | None = None,
                status_list_max_age: timedelta | None = None) -> Verification:
    """Verify a certificate file: its JSON, or a PDF or image of the printed QR code, whose
    codes `read_qr` finds (the player's `player.certificates.scan.qr_payloads`, which needs
    Qt; without it such a file is `unreadable`)."""
    file = Path(path).expanduser()
    status = None
    if status_list_path is not None:
        from ..certificates.shape import MAX_STATUS_LIST_BYTES

        status_file = Path(status_list_path).expanduser()
        try:
            with status_file.open("rb") as f:
                raw = f.read(MAX_STATUS_LIST_BYTES + 1)
            if len(raw) > MAX_STATUS_LIST_BYTES:
                raise StoreError(f"The status list {status_file} is larger than "
                                 f"{MAX_STATUS_LIST_BYTES // (1024 * 1024)} MiB: not a status "
                                 "list Lectern's hub writes.")
            status = _status_document(raw)
        except OSError as exc:
            raise StoreError(f"The status list {status_file} cannot be read "
                             f"({exc.strerror or exc}).") from None
    try:
        with file.open("rb") as f:
            data = f.read(_MAX_FILE_BYTES + 1)
    except OSError as exc:
        return _failure(UNREADABLE, f"Not valid (unreadable): {file} cannot be read "
                                    f"({exc.strerror or exc}).")
    if len(data) > _MAX_FILE_BYTES:
        return _failure("not-a-certificate", f"Not valid (not-a-certificate): {file} is too "
                                             "large to be a certificate.")
    if data.startswith(b"%PDF") or data.startswith(_IMAGE_MAGIC) or \
            (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        if read_qr is None:
            return _failure(UNREADABLE, "Not valid (unreadable): reading QR codes from PDFs "
                                        "and images needs the Lectern player installed.")
        try:
            payloads = read_qr(file)
        except (LecternError, OSError, ValueError) as exc:
            return _failure(UNREADABLE, f"Not valid (unreadable): {exc}")
        outcome = verify_payloads(payloads, trusted, status, status_list_max_age)
        if outcome.reason == UNREADABLE:
            kind = "PDF" if data.startswith(b"%PDF") else "image"
            return _failure(UNREADABLE, f"Not valid (unreadable): no QR code was found in the "
                                        f"{kind} {file.name}.")
        return outcome
    return verify_credential(data, trusted, status, status_list_max_age)


# --------------------------------------------------------------------------- announcing


def unannounced(store: "LearnerStore") -> list[CertificateRecord]:
    """Credentials that arrived with sync and the learner has not been told of yet."""
    titles = _titles(store)
    return [_record(row, titles) for row in store.unannounced_certificates()]


def mark_announced(store: "LearnerStore", credential_ids: Iterable[str]) -> None:
    """The learner was told: these are not announced again."""
    store.mark_certificates_announced(credential_ids)
