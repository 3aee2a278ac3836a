"""Security of the hub, each rule a test against the real server process."""
from __future__ import annotations

import gzip
import json
import time
import uuid

import pytest
import requests



def test_no_token_is_401_everywhere(hub, new_course):
    course = new_course()
    sha = "0" * 64
    calls = [
        ("GET", "/catalog", None),
        ("GET", f"/courses/{course.course_id}/1/manifest", None),
        ("GET", f"/courses/{course.course_id}/1/manifest.sig", None),
        ("GET", f"/blobs/{sha}", None),
        ("HEAD", f"/blobs/{sha}", None),
        ("POST", "/sync", {"device_id": str(uuid.uuid4()), "events": []}),
        ("DELETE", "/token", None),
    ]
    for method, path, body in calls:
        for headers in ({}, {"Authorization": "Bearer lht_not-a-real-token"}, {"Authorization": "Basic YTpi"}):
            r = requests.request(method, hub.api + path, json=body, headers=headers, timeout=10)
            assert r.status_code == 401, (method, path, headers, r.text)
            assert r.headers["WWW-Authenticate"].startswith("Bearer")
            if method != "HEAD":
                assert r.json()["error"]["code"] == "unauthorized"


def test_revoked_token_is_401(hub, new_course, make_learner, kit):
    course = new_course()
    learner = make_learner(course.course_id)
    second = kit.login(hub, learner.username, kit.password, "other PC").json()["token"]
    assert learner.get("/catalog").status_code == 200

    assert learner.session.delete(hub.api + "/token", timeout=10).status_code == 204
    for path in ("/catalog", f"/courses/{course.course_id}/1/manifest"):
        r = learner.get(path)
        assert r.status_code == 401, r.text
        assert r.json()["error"]["code"] == "unauthorized"
    assert learner.post("/sync", json={"device_id": learner.device_id}).status_code == 401
    # Revoking one device's token leaves the learner's other devices signed in.
    r = requests.get(hub.api + "/catalog", headers={"Authorization": f"Bearer {second}"}, timeout=10)
    assert r.status_code == 200


def _family_progress(learner, family):
    events, _ = learner.pull_all(device_id=str(uuid.uuid4()))
    return {e["progress"]["item_id"]: e["progress"] for e in events
            if e["kind"] == "progress" and e["progress"]["course_family"] == family}


def test_learner_cannot_read_another_learners_progress(new_course, make_learner):
    course = new_course()
    a = make_learner(course.course_id)
    b = make_learner(course.course_id)
    out = b.sync([b.event("progress", course.course_id, item_id="l1", fraction=0.4, position=4.0),
                  b.event("completed", course.course_id, item_id="r1")])
    assert len(out["acked"]) == 2

    assert set(_family_progress(b, course.family)) == {"l1", "r1"}  # B's other device sees it
    assert _family_progress(a, course.family) == {}                 # A sees none of it
    body = json.dumps(a.pull_all(device_id=str(uuid.uuid4()))[0])
    assert b.username not in body


def test_learner_cannot_change_another_learners_progress(new_course, make_learner):
    course = new_course()
    a = make_learner(course.course_id)
    b = make_learner(course.course_id)
    b_event = b.event("progress", course.course_id, item_id="l1", fraction=0.3, position=3.0)
    b.sync([b_event])

    # A replays B's event id with other content: refused, not acked as if it were A's.
    forged = {**b_event, "fraction": 1.0, "position": 99.0}
    out = a.sync([forged])
    assert out["acked"] == []
    assert out["rejected"][0]["code"] == "duplicate-id"
    # A names B as the owner: the field does not exist, the event is refused.
    out = a.sync([a.event("completed", course.course_id, item_id="l1", user=b.username)])
    assert out["rejected"][0]["code"] == "invalid"
    assert "user" in out["rejected"][0]["message"]
    # A's own progress on the same item stays A's.
    a.sync([a.event("progress", course.course_id, item_id="l1", fraction=0.9)])

    b_state = _family_progress(b, course.family)["l1"]
    assert b_state["fraction"] == 0.3 and b_state["position"] == 3.0 and not b_state["completed"]
    report = b.hub.cli("completions", course.course_id, "--csv").stdout
    rows = {line.split(",")[0]: line for line in report.splitlines()[1:]}
    assert rows[b.username].split(",")[2] == ""  # l1 not completed for B


def test_learner_cannot_post_as_another(new_course, make_learner):
    course = new_course()
    a = make_learner(course.course_id)
    b = make_learner(course.course_id)
    thread = b.event("thread", course.course_id, item_id="f1", title="Bail", body="B's question")
    b.sync([thread])

    out = a.sync([a.event("post", course.course_id, thread_id=thread["id"], body="forged", author=b.username)])
    assert out["rejected"][0]["code"] == "invalid"
    out = a.sync([{**thread, "title": "Hijacked", "body": "forged"}])  # reuse B's thread id
    assert out["rejected"][0]["code"] == "duplicate-id"
    a.sync([a.event("post", course.course_id, thread_id=thread["id"], body="A's answer")])

    events, _ = b.pull_all(device_id=str(uuid.uuid4()))
    posts = [e["post"] for e in events if e["kind"] == "post"]
    threads = [e["thread"] for e in events if e["kind"] == "thread"]
    assert [(p["author"], p["body"]) for p in posts] == [(a.username, "A's answer")]
    assert [(t["author"], t["title"]) for t in threads] == [(b.username, "Bail")]


def test_not_enrolled_learner_cannot_see_or_sync_a_course(hub, new_course, make_learner):
    mine = new_course()
    other = new_course()
    insider = make_learner(other.course_id)
    insider.sync([insider.event("thread", other.course_id, item_id="f1", title="Private", body="enrolled only")])
    outsider = make_learner(mine.course_id)

    catalog = outsider.get("/catalog").json()["courses"]
    assert [c["id"] for c in catalog] == [mine.course_id]
    for suffix in ("manifest", "manifest.sig"):
        r = outsider.get(f"/courses/{other.course_id}/1/{suffix}")
        assert r.status_code == 403, r.text
        assert r.json()["error"]["code"] == "not-enrolled"
    manifest = insider.get(f"/courses/{other.course_id}/1/manifest").json()
    mine_files = set(outsider.get(f"/courses/{mine.course_id}/1/manifest").json()["files"])
    for sha in manifest["files"]:
        assert insider.get(f"/blobs/{sha}", headers={"Range": "bytes=0-0"}).status_code == 206
        if sha not in mine_files:  # identical captions may be in both courses
            r = outsider.get(f"/blobs/{sha}")
            assert r.status_code == 404, r.text

    out = outsider.sync([outsider.event("progress", other.course_id, item_id="l1", fraction=0.5),
                         outsider.event("thread", other.course_id, item_id="f1", title="x", body="y"),
                         outsider.event("progress", mine.course_id, item_id="l1", fraction=0.5)])
    assert [r["code"] for r in out["rejected"]] == ["not-enrolled", "not-enrolled"]
    assert len(out["acked"]) == 1
    events, _ = outsider.pull_all(device_id=str(uuid.uuid4()))
    assert not any(e.get("thread", {}).get("title") == "Private" for e in events)
    assert all(e[e["kind"] if e["kind"] != "course_update" else "course"]["course_family"] != other.family
               for e in events)


def test_oversized_body_is_413(new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    big = "x" * (3 * 1024 * 1024)
    body = {"device_id": learner.device_id,
            "events": [learner.event("thread", course.course_id, item_id="f1", title="t", body=big)]}
    r = learner.post("/sync", json=body)
    assert r.status_code == 413, r.text[:200]
    assert r.json()["error"]["code"] == "too-large"
    # Without a Content-Length (chunked), the limit holds too.
    data = json.dumps(body).encode()
    r = learner.post("/sync", data=(data[i:i + 65536] for i in range(0, len(data), 65536)),
                     headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    # A small gzip body that inflates beyond the limit (a zip bomb) is refused as well.
    bomb = gzip.compress(b'{"device_id": "' + b" " * (20 * 1024 * 1024) + b'"}')
    assert len(bomb) < 100_000
    r = learner.post("/sync", data=bomb, headers={"Content-Type": "application/json",
                                                 "Content-Encoding": "gzip"})
    assert r.status_code == 413
    # Too many events in one batch, however small.
    events = [learner.event("progress", course.course_id, item_id="l1", fraction=0.1) for _ in range(501)]
    r = learner.post("/sync", json={"device_id": learner.device_id, "events": events})
    assert r.status_code == 413
    assert "500" in r.json()["error"]["message"]
    assert learner.sync([])["acked"] == []  # and the hub is still fine


@pytest.fixture(scope="module")
def learner(new_course, make_learner):
    return make_learner(new_course().course_id)


@pytest.mark.parametrize("body, field, words", [
    (b'{"device_id": ', "body", "not valid JSON"),
    (b'[1, 2]', "body", ""),
    (b'{"events": []}', "device_id", "required"),
    (b'{"device_id": "not-a-uuid"}', "device_id", "uuid"),
    (b'{"device_id": "%(dev)s", "events": "lots"}', "events", "valid array"),
    (b'{"device_id": "%(dev)s", "events": [{"kind": "progress"}]}', "events.0.id", "required"),
    (b'{"device_id": "%(dev)s", "cursor": "not/a/cursor"}', "cursor", "pattern"),
    (b'{"device_id": "%(dev)s", "cursor": "bm9wZQ"}', "cursor", "cursor"),
    (b'{"device_id": "%(dev)s", "surprise": 1}', "surprise", "not a known field"),
])
def test_malformed_json_or_fields_is_422_with_a_clear_message(learner, body, field, words):
    r = learner.post("/sync", data=body % {b"dev": learner.device_id.encode()},
                     headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == "invalid"
    assert words.lower() in err["message"].lower()
    assert field in (err.get("fields") or []) or field in err["message"], err
    assert "Traceback" not in err["message"] and len(err["message"]) < 500


def test_malformed_token_request_is_422(hub):
    r = requests.post(hub.api + "/token", json={"username": "someone"}, timeout=10)
    assert r.status_code == 422
    assert r.json()["error"]["message"] == "'password' is required."
    r = requests.post(hub.api + "/token", data="username=a&password=b",
                      headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=10)
    assert r.status_code == 422


def test_blob_path_tricks_are_400_or_404(hub, new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    sha = next(iter(learner.get(f"/courses/{course.course_id}/1/manifest").json()["files"]))
    assert learner.get(f"/blobs/{sha}").status_code == 200
    tricks = ["../hub.sqlite3", "..%2Fhub.sqlite3", "..%2F..%2Fdata%2Fhub.sqlite3", "%2e%2e/%2e%2e/hub.sqlite3",
              "..", ".", "%00", sha.upper(), sha[:63], sha + "0", f"{sha}.part", f"{sha[:2]}/{sha}",
              f"{sha[:2]}%2F{sha}", f"{sha}%00", f"{sha}/..", "blobs", "../../../../etc/passwd",
              "%2Fetc%2Fpasswd", f"..%5C{sha}"]
    for name in tricks:
        r = requests.get(f"{hub.api}/blobs/{name}", headers=learner.session.headers, timeout=10,
                         allow_redirects=False)
        assert r.status_code in (400, 404), (name, r.status_code)
        assert b"SQLite format" not in r.content and b"root:" not in r.content


def test_wrong_passwords_are_slowed_down_per_user_and_per_address(tmp_path, kit):
    """A hub of its own with short delays: the shared hub keeps realistic defaults."""
    h = kit.start_hub(tmp_path / "hub", "--login-free-attempts", "2", "--login-address-free-attempts", "6",
                  "--login-delay", "0.6", "--login-max-delay", "5")
    try:
        for name in ("alice", "bob"):
            h.cli("user", "add", name, "--password-stdin", input=kit.password + "\n")
        # Per user: two wrong passwords are free; then even the right one must wait.
        assert [kit.login(h, "alice", "wrong").status_code for _ in range(2)] == [401, 401]
        r = kit.login(h, "alice", kit.password)
        assert r.status_code == 429
        assert int(r.headers["Retry-After"]) >= 1
        assert r.json()["error"]["code"] == "rate-limited"
        assert kit.login(h, "bob", kit.password).status_code == 200  # another user is not held up
        time.sleep(int(r.headers["Retry-After"]))
        assert kit.login(h, "alice", kit.password).status_code == 200

        # A right password clears the user's count: two failures are free again, then a wait.
        for _ in range(2):
            assert kit.login(h, "alice", "wrong").status_code == 401
        assert kit.login(h, "alice", kit.password).status_code == 429

        # Per address: wrong passwords spread over many names add up (4 so far, 6 are free).
        for name in ("carol", "dave"):
            assert kit.login(h, name, "guess").status_code == 401
        for name, password in (("erin", "guess"), ("bob", kit.password)):
            started = time.monotonic()
            r = kit.login(h, name, password)
            assert r.status_code == 429, (name, r.text)
            assert int(r.headers["Retry-After"]) >= 1
            assert time.monotonic() - started < 1.0  # refused at once, no scrypt, no server sleep
    finally:
        kit.stop_hub(h.proc)
