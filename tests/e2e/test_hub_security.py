"""Security of the hub, each rule a test against the real server process."""
from __future__ import annotations

import gzip
import json
import select
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

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


def test_range_headers_of_any_length_are_answered_never_a_500(hub, new_course, make_learner):
    """Positions longer than Python's int() reads (4,300 digits) used to crash the handler.
    A valid range past the end is 416 with the size; a header that is no `unit=...` at all
    is ignored (RFC 9110 14.2): the whole file."""
    course = new_course()
    learner = make_learner(course.course_id)
    files = learner.get(f"/courses/{course.course_id}/1/manifest").json()["files"]
    sha, size = max(((sha, entry["size"]) for sha, entry in files.items()), key=lambda f: f[1])
    whole = learner.get(f"/blobs/{sha}").content
    huge = "9" * 4400
    for header in (f"bytes={huge}-", f"bytes={huge}-{huge}", "bytes=" + "0" * 5000 + f"{size}-",
                   f"bytes={huge}-,{size}-"):
        r = learner.get(f"/blobs/{sha}", headers={"Range": header})
        assert r.status_code == 416, (header[:20], r.status_code, r.text[:200])
        assert r.headers["Content-Range"] == f"bytes */{size}"
        assert r.json()["error"]["code"] == "range-not-satisfiable"
    for header in (f"bytes=0-{huge}", f"bytes=-{huge}"):
        r = learner.get(f"/blobs/{sha}", headers={"Range": header})
        assert r.status_code == 206 and r.headers["Content-Range"] == f"bytes 0-{size - 1}/{size}"
        assert r.content == whole
    for garbage in ("garbage", huge, "bytes", "%s=0-1" % huge):
        r = learner.get(f"/blobs/{sha}", headers={"Range": garbage})
        assert r.status_code == 200 and r.content == whole, (garbage[:20], r.status_code)


def _until_closed(address: tuple[str, int], opening: bytes, drip: bytes, limit: float) -> tuple[float, bytes]:
    """Connect, send `opening`, then one byte of `drip` every 0.2 s; return how long the hub
    kept the connection open and what it answered."""
    sock = socket.create_connection(address, timeout=5)
    started = time.monotonic()
    answer = b""
    try:
        if opening:
            sock.sendall(opening)
        position = 0
        while time.monotonic() - started < limit:
            readable, _, _ = select.select([sock], [], [], 0.2)
            if readable:
                try:
                    data = sock.recv(65536)
                except ConnectionResetError:
                    break
                if not data:
                    break
                answer += data
                continue
            if position < len(drip):
                try:
                    sock.sendall(drip[position:position + 1])
                except (BrokenPipeError, ConnectionResetError):
                    break
                position += 1
        return time.monotonic() - started, answer
    finally:
        sock.close()


def test_slow_clients_are_cut_off_while_others_are_served(tmp_path, kit):
    """Slowloris: a client that never finishes its headers (or its body) must not hold a
    connection for ever. A hub of its own with short limits; real requests go on meanwhile."""
    h = kit.start_hub(tmp_path / "hub", "--header-timeout", "1", "--body-timeout", "2.5")
    try:
        parts = urlsplit(h.url)
        address = (parts.hostname, parts.port)
        request_line = b"GET /api/v1/ping HTTP/1.1\r\nHost: hub\r\nX-Filler: " + b"a" * 200
        ping = b"GET /api/v1/ping HTTP/1.1\r\nHost: hub\r\n\r\n"
        post = (b"POST /api/v1/sync HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                b"Content-Length: 500\r\n\r\n{")
        cases = {"silent": (b"", b""), "drips headers": (b"", request_line),
                 "drips a second request": (ping, request_line), "drips its body": (post, b" " * 400)}
        with ThreadPoolExecutor(len(cases)) as pool:
            futures = {name: pool.submit(_until_closed, address, opening, drip, 15.0)
                       for name, (opening, drip) in cases.items()}
            served = 0
            while not all(f.done() for f in futures.values()):
                assert requests.get(h.api + "/ping", timeout=5).status_code == 200
                served += 1
                time.sleep(0.1)
            results = {name: f.result() for name, f in futures.items()}
        assert served >= 5
        for name in ("silent", "drips headers", "drips a second request"):
            held, answer = results[name]
            assert 0.8 <= held < 5, (name, held)
            # A connection that never said a byte is closed without an answer (a browser's
            # preconnect would read a 408 as the answer to the request it sends later).
            assert answer.count(b"HTTP/1.1 408") == (name != "silent"), (name, answer[-300:])
        held, answer = results["drips its body"]
        assert 2.3 <= held < 7, held  # the body has a limit of its own, from the end of the headers
        assert b"HTTP/1.1 408" not in answer  # the app had the request: no second status line

        # Within the limits, a slow client is served: headers in two parts, 0.5 s apart.
        with socket.create_connection(address, timeout=5) as sock:
            sock.sendall(ping[:20])
            time.sleep(0.5)
            sock.sendall(ping[20:])
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    finally:
        kit.stop_hub(h.proc)
    assert "Traceback" not in h.log_text()


def test_slow_clients_are_cut_off_by_the_h11_parser_too():
    """The same deadlines when uvicorn parses with h11 (httptools missing), in process."""
    import uvicorn

    from hub.slow_clients import TimedH11Protocol, protocol_factory

    async def app(scope, receive, send):
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    http = protocol_factory(1.0, 2.5, h11_parser=True)
    assert http.func is TimedH11Protocol
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    address = sock.getsockname()
    server = uvicorn.Server(uvicorn.Config(app, http=http, lifespan="off", log_config=None))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        ping = b"GET / HTTP/1.1\r\nHost: hub\r\n\r\n"
        post = b"POST / HTTP/1.1\r\nHost: hub\r\nContent-Length: 500\r\n\r\n{"
        cases = {"silent": (b"", b""), "drips headers": (b"", ping[:-2] + b"X-Filler: " + b"a" * 100),
                 "drips a second request": (ping, ping[:-2] + b"X-Filler: " + b"a" * 100),
                 "drips its body": (post, b" " * 400)}
        with ThreadPoolExecutor(len(cases)) as pool:
            results = dict(zip(cases, pool.map(lambda c: _until_closed(address, *c, 15.0), cases.values())))
        for name in ("silent", "drips headers", "drips a second request"):
            held, answer = results[name]
            assert 0.8 <= held < 5, (name, held)
            assert answer.count(b"HTTP/1.1 408") == (name != "silent"), (name, answer[-200:])
        held, answer = results["drips its body"]
        assert 2.3 <= held < 7 and b"408" not in answer, held
        with socket.create_connection(address, timeout=5) as client:
            client.sendall(ping[:10])
            time.sleep(0.5)
            client.sendall(ping[10:])
            assert client.recv(65536).startswith(b"HTTP/1.1 200")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
