"""Catalog, manifests and blobs from the real hub: what a player downloads, byte for byte."""
from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import uuid
import zipfile
from urllib.parse import urlsplit

import pytest

from sync.manifest import VideoItem, parse_manifest
from sync.signing import load_public_key, parse_signature


@pytest.fixture(scope="module")
def course(new_course):
    return new_course(video_bytes=300_000)


@pytest.fixture(scope="module")
def learner(course, make_learner):
    return make_learner(course.course_id)


def bundle_entries(path):
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def raw_get(hub, path, headers):
    """A GET without a client that decodes for us: the bytes exactly as sent."""
    parts = urlsplit(hub.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", "/api/v1" + path, headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp, body


def test_catalog_lists_enrolled_courses_with_download_sizes(course, learner):
    entries = bundle_entries(course.bundle)
    manifest = parse_manifest(entries["manifest.json"])
    cat = learner.get("/catalog").json()
    assert cat["protocol"] == 2
    (entry,) = cat["courses"]
    assert entry["id"] == course.course_id and entry["course_family"] == course.family
    assert entry["version"] == 1 and entry["language"] == "en" and entry["title"] == manifest.title
    assert entry["signature_url"] == f"/api/v1/courses/{course.course_id}/1/manifest.sig"
    full = sum(len(data) for name, data in entries.items() if name.startswith("blobs/"))
    higher = sum(manifest.files[r.sha256].size for it in manifest.items() if isinstance(it, VideoItem)
                 for r in it.renditions if r != it.lowest_rendition())
    assert entry["sizes"] == {"full": full, "low_bandwidth": full - higher}
    assert higher > 0
    assert entry["manifest_url"] == f"/api/v1/courses/{course.course_id}/1/manifest"


def test_manifest_is_the_exact_signed_bytes(course, learner, publisher):
    entries = bundle_entries(course.bundle)
    r = learner.get(f"/courses/{course.course_id}/1/manifest")
    assert r.status_code == 200
    assert r.content == entries["manifest.json"]
    s = learner.get(f"/courses/{course.course_id}/1/manifest.sig")
    assert s.content == entries["manifest.sig"]
    sig = parse_signature(s.content)
    key = load_public_key(publisher.public_key)
    assert sig.key_id == key.key_id == learner.get("/catalog").json()["courses"][0]["signed_by"]
    assert key.verify(sig.signature, r.content)
    assert learner.get(f"/courses/{course.course_id}/2/manifest").status_code == 404
    assert learner.get("/courses/no-such-course/1/manifest").status_code == 404
    assert learner.get(f"/courses/{course.course_id}/one/manifest").status_code == 422


def test_every_blob_downloads_and_matches_its_name(course, learner):
    manifest = learner.get(f"/courses/{course.course_id}/1/manifest").json()
    for sha, entry in manifest["files"].items():
        r = learner.get(f"/blobs/{sha}")
        assert r.status_code == 200
        assert hashlib.sha256(r.content).hexdigest() == sha
        assert int(r.headers["Content-Length"]) == entry["size"]
        assert r.headers["Content-Type"] == entry["media_type"]
        assert r.headers["ETag"] == f'"{sha}"'
        # Any cache may serve it (the URL is the content's hash: docs/deploy.md).
        assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert r.headers["Accept-Ranges"] == "bytes"


def video_sha(learner, course):
    manifest = parse_manifest(learner.get(f"/courses/{course.course_id}/1/manifest").content)
    video = next(it for it in manifest.items() if isinstance(it, VideoItem))
    sha = max(video.renditions, key=lambda r: r.bitrate).sha256
    return sha, manifest.files[sha].size


def test_ranges_resume_and_refuse(course, learner):
    sha, size = video_sha(learner, course)
    whole = learner.get(f"/blobs/{sha}").content
    cases = {"bytes=0-99": (0, 99), "bytes=1000-": (1000, size - 1), "bytes=-500": (size - 500, size - 1),
             f"bytes={size - 10}-{size + 1000}": (size - 10, size - 1), "bytes=5-5": (5, 5)}
    for header, (start, end) in cases.items():
        r = learner.get(f"/blobs/{sha}", headers={"Range": header})
        assert r.status_code == 206, header
        assert r.headers["Content-Range"] == f"bytes {start}-{end}/{size}"
        assert r.content == whole[start:end + 1]
        assert r.headers["ETag"] == f'"{sha}"'
    for bad in (f"bytes={size}-", f"bytes={size + 5}-{size + 9}", "bytes=9-3", "bytes=abc", "bytes=-0", "bytes=-"):
        r = learner.get(f"/blobs/{sha}", headers={"Range": bad})
        assert r.status_code == 416, bad
        assert r.headers["Content-Range"] == f"bytes */{size}"
        assert r.json()["error"]["code"] == "range-not-satisfiable"
    # Ranges in another unit are ignored: the whole file.
    assert learner.get(f"/blobs/{sha}", headers={"Range": "items=0-1"}).status_code == 200


def test_if_range_and_conditional_requests(course, learner):
    sha, size = video_sha(learner, course)
    r = learner.get(f"/blobs/{sha}", headers={"Range": "bytes=100-", "If-Range": f'"{sha}"'})
    assert r.status_code == 206 and len(r.content) == size - 100
    # The client's partial copy is of something else: restart with the whole blob.
    r = learner.get(f"/blobs/{sha}", headers={"Range": "bytes=100-", "If-Range": '"0000"'})
    assert r.status_code == 200 and len(r.content) == size
    r = learner.get(f"/blobs/{sha}", headers={"Range": "bytes=100-", "If-Range": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert r.status_code == 200
    r = learner.get(f"/blobs/{sha}", headers={"If-None-Match": f'"{sha}"'})
    assert r.status_code == 304 and r.content == b""
    head = learner.session.head(learner.hub.api + f"/blobs/{sha}", timeout=10)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(size) and head.content == b""


def test_blobs_are_never_gzipped_even_when_asked(hub, course, learner):
    sha, size = video_sha(learner, course)
    headers = {"Authorization": f"Bearer {learner.token}", "Accept-Encoding": "gzip", "Range": "bytes=10-29"}
    resp, body = raw_get(hub, f"/blobs/{sha}", headers)
    assert resp.status == 206 and resp.getheader("Content-Encoding") is None and len(body) == 20
    manifest = parse_manifest(learner.get(f"/courses/{course.course_id}/1/manifest").content)
    vtt = next(s for s, f in manifest.files.items() if f.media_type == "text/vtt")
    resp, body = raw_get(hub, f"/blobs/{vtt}", {**headers, "Range": "bytes=0-"})
    assert resp.getheader("Content-Encoding") is None
    assert hashlib.sha256(body).hexdigest() == vtt


def test_json_is_gzipped_only_when_asked(hub, course, learner):
    auth = {"Authorization": f"Bearer {learner.token}"}
    path = f"/courses/{course.course_id}/1/manifest"
    plain_resp, plain = raw_get(hub, path, {**auth, "Accept-Encoding": "identity"})
    assert plain_resp.getheader("Content-Encoding") is None
    zipped_resp, zipped = raw_get(hub, path, {**auth, "Accept-Encoding": "gzip, deflate"})
    assert zipped_resp.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(zipped) == plain and len(zipped) < len(plain)
    assert "Accept-Encoding" in zipped_resp.getheader("Vary")
    assert zipped_resp.getheader("ETag") != plain_resp.getheader("ETag")  # another representation
    # A sync response (pull) is gzipped too when large enough and asked for.
    resp, body = raw_get(hub, "/openapi.json", {"Accept-Encoding": "gzip"})
    assert resp.getheader("Content-Encoding") == "gzip" and json.loads(gzip.decompress(body))


def test_gzip_request_bodies_are_accepted(course, learner):
    event = learner.event("progress", course.course_id, item_id="r1", fraction=0.25)
    body = gzip.compress(json.dumps({"device_id": str(uuid.uuid4()), "events": [event]}).encode())
    r = learner.post("/sync", data=body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert r.status_code == 200, r.text
    assert [a["id"] for a in r.json()["acked"]] == [event["id"]]
    r = learner.post("/sync", data=b"\x1f\x8b not gzip", headers={"Content-Type": "application/json",
                                                                  "Content-Encoding": "gzip"})
    assert r.status_code == 400
    r = learner.post("/sync", data=body, headers={"Content-Type": "application/json", "Content-Encoding": "br"})
    assert r.status_code == 415


def test_openapi_is_served_and_lists_the_protocol(hub):
    import requests
    doc = requests.get(hub.api + "/openapi.json", timeout=10).json()
    for path in ("/api/v1/token", "/api/v1/catalog", "/api/v1/sync", "/api/v1/blobs/{name}",
                 "/api/v1/courses/{course_id}/{version}/manifest", "/api/v1/ping"):
        assert path in doc["paths"], path
    schemas = doc["components"]["schemas"]
    for name in ("SyncRequest", "SyncResponse", "ProgressEvent", "PostEvent", "QuizAttemptEvent",
                 "ThreadEvent", "CompletedEvent", "ErrorBody"):
        assert name in schemas, name
    assert doc["components"]["securitySchemes"]


def test_new_version_published_while_serving_reaches_catalog_and_feed(hub, publisher, new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    _, cursor = learner.pull_all()
    v2 = publisher.bundle(course.course_id, version=2, family=course.family)
    out = hub.cli("publish", v2)
    assert "version 2" in out.stdout
    assert "already published" in hub.cli("publish", v2).stdout
    (entry,) = learner.get("/catalog").json()["courses"]
    assert entry["version"] == 2
    assert learner.get(f"/courses/{course.course_id}/1/manifest").status_code == 200  # old stays
    events, _ = learner.pull_all(cursor=cursor)
    updates = [e["course"] for e in events if e["kind"] == "course_update"]
    assert updates == [{"course_id": course.course_id, "course_family": course.family, "version": 2,
                        "language": "en", "title": entry["title"]}]
