"""Publishing a course by upload in the staff console (issue #18): a bundle larger than the
sync protocol's 2 MiB body limit streams to disk and is published with the CLI's checks."""
from __future__ import annotations

from console_kit import console_login, csrf_of, make_user


def test_an_admin_publishes_a_bundle_larger_than_a_sync_request(hub, admin, publisher):
    bundle = publisher.bundle("upload-big-en", family="upload-big", video_bytes=3_000_000)
    assert bundle.stat().st_size > 2 * 1024 * 1024
    session, signed = console_login(hub.url, make_user(admin, role="admin"))
    assert signed.status_code in (302, 303), signed.text[:500]
    csrf = csrf_of(session.get(hub.url + "/console/courses", timeout=30).text)
    with open(bundle, "rb") as f:
        r = session.post(hub.url + "/console/courses/publish", data={"csrf": csrf},
                         files={"bundle": ("upload-big-en.lectern", f)}, allow_redirects=False,
                         timeout=120)
    assert r.status_code in (302, 303), (r.status_code, r.text[:500])
    assert "published" in r.headers["location"]
    listing = hub.cli("completions", "upload-big-en", check=False)
    assert listing.returncode == 0, listing.stderr  # the hub knows the course now
