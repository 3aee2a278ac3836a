"""The exact shape of what Lectern issues, checked before anything else reads a credential.

Why: JSON-LD lets a document rename its keys (`credentialStatus` written as its full IRI),
re-scope them with an inline `@context` (`achievement.name` made an `@index`, so the signed
title is another key), or carry graphs whose canonicalization takes minutes. Each keeps the
signature valid while the JSON a person reads says something else. So a Lectern credential is
accepted only in the form Lectern's hub writes: the two contexts, as strings, exactly; the keys
and value types of `credential.build`; no key that is an IRI or a JSON-LD keyword; no blank
node identifier. With the contexts fixed and every key a term they define, the JSON read for
display is the JSON that was signed. Size and nesting are bounded before parsing.
"""
from __future__ import annotations

import json
import re
from typing import Any

from .errors import CertificateError, FailureReason
from .jsonld import OB_V3, VC_V2

#: a credential is ~2 KB; a status list of 16 MiB bits compresses to far less than this
MAX_CREDENTIAL_BYTES = 256 * 1024
MAX_STATUS_LIST_BYTES = 8 * 1024 * 1024
#: what Lectern issues nests 5 deep; JSON deeper than this is refused before parsing
MAX_DEPTH = 16
CREDENTIAL_CONTEXT = [VC_V2, OB_V3]
STATUS_LIST_CONTEXT = [VC_V2]
#: did:key:z6Mk + 44 base58 characters is 56; `#` and the Multikey again for a method
MAX_DID_CHARS = 56
MAX_METHOD_CHARS = 2 * MAX_DID_CHARS - len("did:key:") + 1
#: an Ed25519 signature (64 bytes) is 86–88 base58 characters with its 'z'
MAX_PROOF_VALUE_CHARS = 100
_TEXT_MAX = 4096
_DIGITS = re.compile(r"^[0-9]{1,9}$")


def _bad(why: str, reason: FailureReason = FailureReason.MALFORMED) -> CertificateError:
    return CertificateError(reason, why)


def depth_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON text nests at most `limit` arrays/objects (a linear scan, no parsing),
    so `json.loads` never recurses deeply (RecursionError)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def load_json(data: str | bytes, what: str = "credential",
              max_bytes: int = MAX_CREDENTIAL_BYTES) -> Any:
    """JSON text parsed with its size and nesting bounded; ValueError says why not."""
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise ValueError(f"the {what} is larger than {max_bytes // 1024} KiB")
        data = data.decode("utf-8-sig")
    if len(data) > max_bytes:
        raise ValueError(f"the {what} is larger than {max_bytes // 1024} KiB")
    if not depth_ok(data):
        raise ValueError(f"the {what} nests deeper than {MAX_DEPTH} levels")
    return json.loads(data)


def _text(value: object, where: str, limit: int = _TEXT_MAX) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(f"The credential's {where} is not text (or is too long).")
    return value


def _id(value: object, where: str, limit: int = 512) -> str:
    text = _text(value, where, limit)
    if text.startswith("_:") or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text):
        raise _bad(f"The credential's {where} is not an IRI.")
    return text


def _keys(obj: object, where: str, required: set[str], optional: frozenset[str] = frozenset()
          ) -> dict[str, Any]:
    owner = "The credential" if where == "document" else f"The credential's {where}"
    if not isinstance(obj, dict):
        raise _bad(f"{owner} is not an object.")
    keys = set(obj)
    missing = required - keys
    extra = keys - required - optional
    if extra:
        shown = ", ".join(sorted(repr(k)[:60] for k in extra)[:3])
        raise _bad(f"{owner} has keys Lectern does not issue ({shown}).")
    if missing:
        raise _bad(f"{owner} lacks {', '.join(sorted(missing))}.")
    return obj


def _exact(value: object, expected: object, where: str) -> None:
    if value != expected or type(value) is not type(expected):
        raise _bad(f"The credential's {where} is not {json.dumps(expected)}.")


def _did(value: object, where: str) -> str:
    text = _text(value, where, MAX_DID_CHARS)
    if not text.startswith("did:key:z"):
        raise _bad(f"The credential's {where} is not a did:key.")
    return text


def check_proof_shape(proof: object, context: list[str]) -> None:
    """The one DataIntegrityProof Lectern writes (lengths bounded before any decoding)."""
    obj = _keys(proof, "proof", {"type", "cryptosuite", "created", "verificationMethod",
                                 "proofPurpose", "proofValue"}, frozenset({"@context"}))
    if "@context" in obj:
        _exact(obj["@context"], context, "proof's @context")
    for key in ("type", "cryptosuite", "created", "proofPurpose"):
        _text(obj[key], f"proof's {key}", 64)
    _text(obj["verificationMethod"], "proof's verificationMethod", MAX_METHOD_CHARS)
    _text(obj["proofValue"], "proof's proofValue", MAX_PROOF_VALUE_CHARS)


def check_credential_shape(document: object) -> dict[str, Any]:
    """CertificateError MALFORMED unless `document` is shaped exactly as Lectern issues."""
    doc = _keys(document, "document", {"@context", "id", "type", "name", "issuer", "validFrom",
                                       "credentialSubject", "credentialStatus", "proof"},
                frozenset({"validUntil"}))
    _exact(doc["@context"], CREDENTIAL_CONTEXT, "@context")
    _id(doc["id"], "id")
    _exact(doc["type"], ["VerifiableCredential", "OpenBadgeCredential"], "type")
    _text(doc["name"], "name")
    issuer = _keys(doc["issuer"], "issuer", {"id", "type", "name"})
    _did(issuer["id"], "issuer")
    _exact(issuer["type"], ["Profile"], "issuer's type")
    _text(issuer["name"], "issuer's name")
    _text(doc["validFrom"], "validFrom", 40)
    if "validUntil" in doc:
        _text(doc["validUntil"], "validUntil", 40)
    subject = _keys(doc["credentialSubject"], "credentialSubject",
                    {"type", "name", "identifier", "achievement"})
    _exact(subject["type"], ["AchievementSubject"], "credentialSubject's type")
    _text(subject["name"], "holder's name")
    identifiers = subject["identifier"]
    if not isinstance(identifiers, list) or len(identifiers) != 1:
        raise _bad("The credential's holder identifier is not one IdentityObject.")
    ident = _keys(identifiers[0], "holder identifier",
                  {"type", "identityType", "hashed", "identityHash", "salt"})
    _exact(ident["type"], "IdentityObject", "identifier's type")
    _exact(ident["identityType"], "identifier", "identifier's identityType")
    if not isinstance(ident["hashed"], bool):
        raise _bad("The credential's identifier 'hashed' is not true or false.")
    _text(ident["identityHash"], "identityHash", 200)
    _text(ident["salt"], "salt", 200)
    achievement = _keys(subject["achievement"], "achievement",
                        {"id", "type", "achievementType", "name", "inLanguage", "criteria",
                         "creditsAvailable"})
    _id(achievement["id"], "achievement id")
    _exact(achievement["type"], ["Achievement"], "achievement's type")
    _exact(achievement["achievementType"], "Course", "achievementType")
    _text(achievement["name"], "course title")
    _text(achievement["inLanguage"], "course language", 40)
    criteria = _keys(achievement["criteria"], "criteria", {"narrative"})
    _text(criteria["narrative"], "criteria", 16384)
    hours = achievement["creditsAvailable"]
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not 0 <= hours < 100000:
        raise _bad("The credential's hours are not a number.")
    status = _keys(doc["credentialStatus"], "credentialStatus",
                   {"id", "type", "statusPurpose", "statusListIndex", "statusListCredential"})
    _id(status["id"], "status entry id")
    _exact(status["type"], "BitstringStatusListEntry", "status entry's type")
    _exact(status["statusPurpose"], "revocation", "statusPurpose")
    if not isinstance(status["statusListIndex"], str) or not _DIGITS.match(
            status["statusListIndex"]):
        raise _bad("The credential's statusListIndex is not a number in quotes.")
    _id(status["statusListCredential"], "status list URL")
    check_proof_shape(doc["proof"], CREDENTIAL_CONTEXT)
    return doc


def check_status_list_shape(document: object) -> dict[str, Any]:
    """BAD_STATUS_LIST unless `document` is shaped as the hub's BitstringStatusListCredential
    (`status_list.issue_status_list`)."""
    try:
        doc = _keys(document, "status list", {"@context", "id", "type", "issuer", "validFrom",
                                              "credentialSubject", "proof"},
                    frozenset({"validUntil"}))
        _exact(doc["@context"], STATUS_LIST_CONTEXT, "status list's @context")
        _id(doc["id"], "status list id")
        _exact(doc["type"], ["VerifiableCredential", "BitstringStatusListCredential"],
               "status list's type")
        _did(doc["issuer"], "status list's issuer")
        _text(doc["validFrom"], "status list's validFrom", 40)
        if "validUntil" in doc:
            _text(doc["validUntil"], "status list's validUntil", 40)
        subject = _keys(doc["credentialSubject"], "status list's subject",
                        {"id", "type", "statusPurpose", "encodedList"})
        _id(subject["id"], "status list subject id")
        _exact(subject["type"], "BitstringStatusList", "status list subject's type")
        _exact(subject["statusPurpose"], "revocation", "status list's purpose")
        _text(subject["encodedList"], "encoded list", MAX_STATUS_LIST_BYTES)
        check_proof_shape(doc["proof"], STATUS_LIST_CONTEXT)
    except CertificateError as exc:
        raise _bad(exc.message.replace("The credential's status list", "The status list")
                   .replace("The credential's ", "The status list's "),
                   FailureReason.BAD_STATUS_LIST) from None
    return doc
