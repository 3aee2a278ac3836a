"""JSON-LD contexts from disk and RDF Dataset Canonicalization (RDFC-1.0), through PyLD.

Verification never touches the network: the document loader serves the contexts shipped in
`contexts/` (see its README for their sources and checksums) and refuses every other URL.
PyLD (Digital Bazaar) implements URDNA2015, which W3C standardised unchanged as RDFC-1.0.
"""
from __future__ import annotations

import importlib
import json
import sys
import types
from functools import cache
from pathlib import Path
from typing import Any

from .errors import CertificateError, FailureReason

CONTEXTS_DIR = Path(__file__).with_name("contexts")
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"

CONTEXT_FILES: dict[str, str] = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-v3p0-context-3.0.3.json",
    DATA_INTEGRITY_V2: "data-integrity-v2.jsonld",
    DID_V1: "did-v1.jsonld",
    MULTIKEY_V1: "multikey-v1.jsonld",
}


class OfflineContextError(Exception):
    """A document asked for a context Lectern does not ship (it would need the network)."""


@cache
def _context(url: str) -> Any:
    return json.loads((CONTEXTS_DIR / CONTEXT_FILES[url]).read_text(encoding="utf-8"))


def load_document(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """PyLD's document loader: shipped contexts only, never the network."""
    if url not in CONTEXT_FILES:
        raise OfflineContextError(f"the context {url} is not shipped with Lectern")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": _context(url)}


def _unsupported(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("not available in Lectern: certificates need neither HTML nor aiohttp")


def _stand_in(name: str, **attrs: object) -> None:
    module = types.ModuleType(name)
    for attr, value in attrs.items():
        setattr(module, attr, value)
    sys.modules[name] = module


def _import_pyld() -> Any:
    """PyLD imports lxml for HTML input and asyncio for its aiohttp loader, neither of which
    certificates use. The packaged app leaves both out (lxml is 3 MB of the .deb's 40): when
    they are missing, stand-ins answer those imports and fail if ever called."""
    try:
        importlib.import_module("lxml.html")
    except ImportError:
        _stand_in("lxml.html", fromstring=_unsupported)
        _stand_in("lxml", html=sys.modules["lxml.html"])
    try:
        importlib.import_module("asyncio")
    except ImportError:
        _stand_in("pyld.documentloader.aiohttp", AioHttpDocumentLoader=_unsupported,
                  aiohttp_document_loader=_unsupported)
    # A plain import, so PyInstaller's analysis finds PyLD.
    from pyld import jsonld  # type: ignore[import-untyped]
    return jsonld


def canonize(document: dict[str, Any]) -> str:
    """The RDFC-1.0 canonical N-Quads of a JSON-LD document.

    Refuses (CertificateError, MALFORMED) a document that names an unshipped context, or with
    a property JSON-LD would drop: a dropped property is not signed, so it could be changed
    without breaking the signature (what jsonld.js calls "safe mode")."""
    jsonld = _import_pyld()

    def dropped(prop: object = None) -> None:
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential has a property JSON-LD does not define "
                               f"({prop or 'not an IRI'}).")

    options = {"documentLoader": load_document}
    try:
        expanded = jsonld.expand(document, options, on_property_dropped=dropped)
        nquads = jsonld.normalize(expanded, {
            "algorithm": "URDNA2015", "format": "application/n-quads",
            "documentLoader": load_document})
    except CertificateError:
        raise
    except Exception as exc:  # PyLD raises JsonLdError wrapping the loader's or its own
        cause = _root_cause(exc)
        if isinstance(cause, CertificateError):
            raise cause from None
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential is not valid JSON-LD: {cause}") from None
    if not isinstance(nquads, str):
        raise CertificateError(FailureReason.MALFORMED, "Canonicalization gave no N-Quads.")
    return nquads


def _root_cause(exc: BaseException) -> BaseException:
    seen = 0
    while seen < 20:
        nxt = getattr(exc, "cause", None) or exc.__cause__
        if not isinstance(nxt, BaseException):
            return exc
        exc, seen = nxt, seen + 1
    return exc
