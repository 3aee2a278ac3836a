"""The relay's course cache (hub.relay.content): what the link brings is kept for the whole court
only if it is the course version asked for and, when it names a publisher key the relay trusts,
its signature verifies; a seeded bundle (verified) replaces whatever was kept."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hub.relay.content import BlobCache, ContentCache
from hub.relay.errors import UpstreamDown
from hub.relay.store import RelayStore
from sync.bundle import TrustPolicy, build_bundle, check_signature, open_bundle
from sync.signing import PublicKey, generate_keypair, load_public_key


class Link:
    """The upstream's manifest route, as the relay receives it (possibly tampered with)."""

    def __init__(self, manifest: bytes, signature: bytes | None) -> None:
        self.answer = (manifest, signature)
        self.calls = 0

    def manifest(self, token: str, course_id: str, version: int) -> tuple[bytes, bytes | None]:
        self.calls += 1
        return self.answer


@pytest.fixture
def signed(tmp_path: Path, tiny_source: Path) -> tuple[Path, PublicKey, bytes, bytes]:
    key = tmp_path / "publisher.key"
    generate_keypair(key)
    bundle = tmp_path / "tiny.lectern"
    build_bundle(tiny_source, bundle, sign_key=key)
    pub = load_public_key(tmp_path / "publisher.key.pub")
    with open_bundle(bundle, TrustPolicy((pub,))) as opened:
        return bundle, pub, opened.manifest_bytes, opened.signature_bytes


def tampered(manifest: bytes, **changes: object) -> bytes:
    doc = json.loads(manifest)
    doc.update(changes)
    return json.dumps(doc).encode()


def cache(tmp_path: Path, link: Link | None) -> ContentCache:
    store = RelayStore(tmp_path / "relay")
    return ContentCache(store, BlobCache(tmp_path / "relay" / "blobs"), link)  # type: ignore[arg-type]


def test_a_manifest_tampered_with_on_the_link_is_not_kept(tmp_path, signed):
    _bundle, pub, genuine, sig = signed
    link = Link(tampered(genuine, title="Tampered on the thin link"), sig)
    content = cache(tmp_path, link)
    content.store.add_publisher_key(pub.key_id, pub.to_text())
    with pytest.raises(UpstreamDown):
        content.manifest("token", "tiny-en", 1)
    assert content.store.course("tiny-en", 1) is None
    link.answer = (genuine, sig)   # the next request fetches it again
    assert content.manifest("token", "tiny-en", 1)[1] == genuine
    assert content.store.course("tiny-en", 1)[1] == genuine and link.calls == 2
    content.store.close()


def test_a_manifest_of_another_course_or_version_is_not_kept(tmp_path, signed):
    _bundle, _pub, genuine, sig = signed
    content = cache(tmp_path, Link(genuine, sig))   # no key trusted: the signature cannot be checked
    for course_id, version in (("tiny-en", 2), ("other-en", 1)):
        with pytest.raises(UpstreamDown):
            content.manifest("token", course_id, version)
        assert content.store.course(course_id, version) is None
    content.store.close()


def test_a_damaged_signature_is_not_kept_even_without_a_trusted_key(tmp_path, signed):
    _bundle, _pub, genuine, _sig = signed
    content = cache(tmp_path, Link(genuine, b"{not a signature"))
    with pytest.raises(UpstreamDown):
        content.manifest("token", "tiny-en", 1)
    assert content.store.course("tiny-en", 1) is None
    content.store.close()


def test_a_verified_seed_replaces_what_the_link_brought(tmp_path, signed):
    """Without a trusted key the relay cannot tell a tampered manifest: court IT repairs it by
    seeding the genuine bundle."""
    bundle, pub, genuine, sig = signed
    content = cache(tmp_path, Link(tampered(genuine, title="Tampered"), sig))
    content.manifest("token", "tiny-en", 1)
    assert json.loads(content.store.course("tiny-en", 1)[1])["title"] == "Tampered"
    content.store.add_publisher_key(pub.key_id, pub.to_text())
    seeder = ContentCache(content.store, content.blobs, None)
    seeder.seed(bundle, [pub])
    family, manifest, signature = content.store.course("tiny-en", 1)
    assert (manifest, signature) == (genuine, sig)
    check_signature(None, manifest, signature, TrustPolicy((pub,)))
    assert [src for cid, _v, _f, _e, src in content.store.course_entries() if cid == "tiny-en"] == ["seed"]
    # What the link brings later does not replace a seeded course.
    content.store.save_course("tiny-en", 1, family, None, b"{}", None, "upstream", [])
    assert content.store.course("tiny-en", 1)[1] == genuine
    content.store.close()
