"""The publisher's tools: a signing key, a `.lectern` built from a course folder, and a
complete check of a bundle. No learner profile is involved."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from ..manifest import Manifest
    from ..signing import PublicKey

TRUSTED, UNSIGNED, UNKNOWN_KEY = "trusted", "unsigned", "unknown-key"


@dataclass(frozen=True)
class BuiltBundle:
    """A bundle written: its manifest, and whether it was signed."""

    path: Path
    manifest: "Manifest"
    signed: bool


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle every file of which was hashed and found whole."""

    manifest: "Manifest"
    #: TRUSTED (signed by a key given), UNSIGNED, or UNKNOWN_KEY (signed by another key)
    signature: str
    files_present: int


def make_signing_key(path: Path | str) -> "PublicKey":
    """Write a private key (owner-only) to `path` and its public half to `path`.pub; an
    existing key is never overwritten (KeyFileError)."""
    from ..signing import generate_keypair

    return generate_keypair(Path(path))


def build_bundle(source: Path | str, out: Path | str, sign_key: Path | str | None = None,
                 notes: Callable[[str], None] | None = None) -> BuiltBundle:
    """Build `out` from a publisher's course folder, signed with `sign_key` when given;
    `notes` hears what is worth a publisher's attention (e.g. a file left out)."""
    from ..bundle import build_bundle as build

    manifest = build(Path(source), Path(out), sign_key=Path(sign_key) if sign_key else None,
                     report=notes)
    return BuiltBundle(Path(out), manifest, bool(sign_key))


def verify_bundle(path: Path | str, trust: Iterable[Path | str] = ()) -> VerifiedBundle:
    """Check a bundle completely. With `trust` key files a signature by one of them is
    required; without, the answer says what the signature is."""
    from ..bundle import TrustPolicy, verify_bundle_file
    from ..signing import load_public_key

    keys = tuple(load_public_key(Path(p)) for p in trust)
    manifest, status, present = verify_bundle_file(Path(path),
                                                   TrustPolicy(keys, allow_unsigned=not keys))
    return VerifiedBundle(manifest, str(status.value), present)
