"""The relay's content cache: manifests and signatures byte for byte, blobs by sha256.

Each file comes over the thin link once, whoever asks and however many ask at the same time
(one fetch per blob: later askers wait for it), resumably (a broken fetch resumes from the
bytes it has, with Range and If-Range). Nothing is verified on the relay's behalf for the
players: they check the publisher's signature over the manifest and every blob's sha256 as
from a hub. The relay checks each blob's sha256 itself too, so a damaged file is never kept.

`seed` fills the cache from a `.lectern` bundle (a USB stick) with no link at all; its
signature must verify against a publisher key court IT told the relay to trust
(`lectern-hub relay trust KEY.pub`, the same key files as `lectern-hub trust`).
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from sync.backoff import Backoff
from sync.errors import BundleError, BundleErrorKind
from sync.errors import HubError as ClientHubError
from sync.manifest import SHA256_RE, Manifest, parse_manifest

from .errors import HubErrorKind, RelayError, UpstreamDown
from .store import RelayStore, now_iso
from .upstream import Upstream, link_down

log = logging.getLogger(__name__)


def manifest_files(manifest: Manifest) -> list[tuple[str, str, int]]:
    return [(sha, f.media_type, f.size) for sha, f in manifest.files.items()]


@dataclass
class _Fetch:
    done: threading.Event
    error: BaseException | None = None


class BlobCache:
    """Blob files under `root/<sha[:2]>/<sha>` (`.part` while they arrive)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._fetches: dict[str, _Fetch] = {}

    def path(self, sha: str) -> Path:
        if not SHA256_RE.match(sha):
            raise ValueError(sha)
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def put_stream(self, sha: str, read: Callable[[int], bytes]) -> None:
        """Store a blob read from a stream, checking its sha256 (a seeded bundle's files)."""
        final = self.path(sha)
        if final.is_file():
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(final.name + ".seed")
        digest = hashlib.sha256()
        with open(tmp, "wb") as f:
            while chunk := read(1 << 20):
                digest.update(chunk)
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        if digest.hexdigest() != sha:
            tmp.unlink()
            raise RelayError(HubErrorKind.UNTRUSTED, f"A file of the bundle ({sha[:12]}…) does not match its name.")
        os.replace(tmp, final)

    def fetch_once(self, sha: str, size: int, fetch: Callable[[Path], None], wait: float) -> bool:
        """Make sure the blob is here, fetching it with `fetch(part_path)` in one background
        thread whoever asks; wait up to `wait` seconds. True when it is here."""
        if self.has(sha):
            return True
        with self._lock:
            job = self._fetches.get(sha)
            if job is None:
                job = self._fetches[sha] = _Fetch(threading.Event())
                part = self.path(sha).with_name(sha + ".part")
                part.parent.mkdir(parents=True, exist_ok=True)

                def run() -> None:
                    try:
                        fetch(part)
                    except BaseException as exc:  # noqa: BLE001 - handed to the waiters
                        job.error = exc
                    finally:
                        with self._lock:
                            self._fetches.pop(sha, None)
                        job.done.set()
                threading.Thread(target=run, name=f"relay-blob-{sha[:8]}", daemon=True).start()
        job.done.wait(wait)
        if self.has(sha):
            return True
        if job.done.is_set() and job.error is not None:
            raise job.error
        return False


class ContentCache:
    """Catalog entries, manifests and blobs the relay serves, and how to fetch them."""

    def __init__(self, store: RelayStore, blobs: BlobCache, upstream: Upstream | None,
                 blob_wait: float = 20.0) -> None:
        self.store = store
        self.blobs = blobs
        self.upstream = upstream
        self.blob_wait = blob_wait

    # ------------------------------------------------------------------ manifests

    def manifest(self, token: str | None, course_id: str, version: int) -> tuple[str, bytes, bytes | None]:
        """(family, manifest bytes, signature bytes) from the cache, else fetched once."""
        found = self.store.course(course_id, version)
        if found is not None:
            return found
        if self.upstream is None or token is None:
            raise UpstreamDown("The court relay does not have this course yet and cannot reach the course server.")
        try:
            manifest_bytes, signature = self.upstream.manifest(token, course_id, version)
        except ClientHubError as exc:
            if link_down(exc):
                raise UpstreamDown() from None
            raise _mirror(exc) from None
        manifest = self.checked(course_id, version, manifest_bytes, signature)
        self.store.save_course(course_id, version, manifest.course_family, None, manifest_bytes, signature,
                               "upstream", manifest_files(manifest))
        return manifest.course_family, manifest_bytes, signature

    def checked(self, course_id: str, version: int, manifest_bytes: bytes, signature: bytes | None) -> Manifest:
        """The manifest, if it may be kept for every judge of the court: it parses, it is the
        version asked for, and its signature verifies when it names a publisher key the
        relay trusts (`relay trust`; a damaged signature never does). The players check
        the signature themselves anyway; this keeps one answer damaged or tampered with on
        the link from being served to the whole court for good. Else UpstreamDown: nothing
        is kept, and the next request fetches it again."""
        from sync.bundle import TrustPolicy, check_signature
        from sync.signing import PublicKey

        try:
            manifest = parse_manifest(manifest_bytes)
            if manifest.id != course_id or manifest.version != version:
                raise BundleError(BundleErrorKind.INVALID_MANIFEST,
                                  f"The course server's answer is {manifest.id} version {manifest.version}, "
                                  f"not {course_id} version {version}.")
            policy = TrustPolicy(tuple(PublicKey.parse(t) for t in self.store.publisher_keys()), allow_unsigned=True)
            check_signature(manifest, manifest_bytes, signature, policy)
        except BundleError as exc:
            log.warning("the upstream's manifest of %s version %d is not kept: %s", course_id, version, exc)
            raise UpstreamDown("The course server's answer for this course did not check out (damaged on the "
                               "way?); the court relay will fetch it again: try again in a moment.",
                               retry_after=30) from None
        return manifest

    # ------------------------------------------------------------------ blobs

    def ensure_blob(self, token: str | None, sha: str, size: int, wait: float | None = None) -> None:
        """The blob is in the cache when this returns; else UpstreamDown (try later).
        Waits up to `wait` seconds (default `blob_wait`) for a fetch under way."""
        if self.blobs.has(sha):
            return
        if self.upstream is None or token is None:
            raise UpstreamDown("The court relay does not have this file yet and cannot reach the course server.")
        upstream = self.upstream

        def fetch(part: Path) -> None:
            backoff = Backoff(0.5, 10.0)
            for _attempt in range(20):
                try:
                    upstream.fetch_blob(token, sha, part, size)
                    return
                except ClientHubError as exc:
                    if not link_down(exc):
                        raise _mirror(exc) from None
                    delay = backoff.next(exc.retry_after)
                    log.info("fetching %s from the upstream: %s; again in %.1fs", sha[:12], exc.message, delay)
                    threading.Event().wait(delay)
            raise UpstreamDown()

        try:
            ready = self.blobs.fetch_once(sha, size, fetch, self.blob_wait if wait is None else wait)
        except ClientHubError as exc:
            raise UpstreamDown() if link_down(exc) else _mirror(exc) from None
        if not ready:
            raise UpstreamDown("The court relay is still fetching this file from the course server; "
                               "try again in a moment.", retry_after=3)

    # ------------------------------------------------------------------ seeding

    def seed(self, bundle: Path, trusted: list[Any]) -> tuple[Manifest, int]:
        """Put a signed bundle's manifest, signature and files in the cache; returns the
        manifest and the number of files added."""
        from sync.bundle import TrustPolicy, open_bundle

        policy = TrustPolicy(tuple(trusted))
        added = 0
        with open_bundle(bundle, policy) as opened:
            m = opened.manifest
            for sha in sorted(opened.present):
                if self.blobs.has(sha):
                    continue
                with opened.open_blob(sha) as src:
                    self.blobs.put_stream(sha, src.read)
                added += 1
            entry = seeded_entry(m, opened.key_id)
            self.store.save_course(m.id, m.version, m.course_family, entry, opened.manifest_bytes,
                                   opened.signature_bytes, "seed", manifest_files(m))
        return m, added


def seeded_entry(m: Manifest, key_id: str | None) -> dict[str, Any]:
    """A catalog entry (sync.protocol.CatalogEntry) for a seeded course version."""
    base = f"/api/v1/courses/{m.id}/{m.version}"
    return {"id": m.id, "course_family": m.course_family, "version": m.version, "language": m.language,
            "title": m.title, "summary": m.summary, "publisher": m.publisher, "signed_by": key_id,
            "sizes": {"full": m.total_size(),
                      "low_bandwidth": sum(m.files[s].size for s in m.low_bandwidth_files())},
            "manifest_url": f"{base}/manifest", "signature_url": f"{base}/manifest.sig" if key_id else None,
            "published_at": now_iso()}


def _mirror(exc: ClientHubError) -> RelayError:
    """An upstream refusal, passed on with the same meaning."""
    kind = {401: HubErrorKind.UNAUTHORIZED, 403: HubErrorKind.NOT_ENROLLED, 404: HubErrorKind.NOT_FOUND,
            416: HubErrorKind.RANGE_NOT_SATISFIABLE}.get(exc.status or 0, HubErrorKind.BAD_REQUEST)
    return RelayError(kind, exc.message)
