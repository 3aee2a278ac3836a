"""The console's security (issue #18), over HTTP against real hub processes: CSRF, XSS,
authorization on every console route (enumerated from the console app itself), session
fixation, expiry and cookie flags."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
import requests
from console_kit import PASSWORD, console_login, csrf_of, default_run, make_user
from hub_process import start_hub, stop_hub_process

PAYLOADS = ['<script>alert("x1")</script>', '<img src=x onerror=alert("x2")>', '"><svg onload=alert("x3")>',
            "javascript:alert('x4')", "{{ 7*7 }}"]


def console_routes(admin):
    """(method, path template) of every console route, from the app the hub mounts."""
    from fastapi.routing import APIRoute

    from hub.console import create_console
    app = create_console(admin)
    return sorted((m, r.path) for r in app.routes if isinstance(r, APIRoute) for m in r.methods)


#: routes about the signed-in person's own families or session, not about family A
OWN = {("GET", "/"), ("GET", "/courses"), ("POST", "/logout")}
PUBLIC = {("GET", "/login"), ("POST", "/login"), ("GET", "/lang/{code}"), ("GET", "/password/{token}"),
          ("POST", "/password/{token}")}


@pytest.fixture(scope="module")
def world(hub, admin, new_course, make_learner):
    """Family A with a thread (XSS payloads), a report, a certificate; staff of A and of B."""
    from hub import certificates

    a, b = new_course(), new_course()
    ana = make_learner(a.course_id)
    thread = ana.event("thread", a.course_id, item_id="f1", title=" ".join(PAYLOADS), body="\n".join(PAYLOADS))
    post = ana.event("post", a.course_id, thread_id=thread["id"], body=PAYLOADS[1])
    assert not ana.sync([thread, post], protocol=2)["rejected"]
    rep = ana.event("report", a.course_id, target="post", target_id=post["id"], reason=PAYLOADS[2])
    assert not ana.sync([rep], protocol=2)["rejected"]
    cert = certificates.grant(admin.database, admin.index, admin.settings, admin.writer.run, ana.username,
                              a.course_id, reason="tests", by="tests")
    return {"a": a, "b": b, "ana": ana, "thread": thread, "post": post, "cert": cert,
            "run_a": default_run(admin, a.family),
            "boss": make_user(admin, role="admin"),
            "teacher_a": make_user(admin, role="instructor", family=a.family),
            "teacher_b": make_user(admin, role="instructor", family=b.family)}


def fill(path: str, w) -> str:
    return (path.replace("{run_id}", str(w["run_a"])).replace("{family}", w["a"].family)
            .replace("{thread_id}", w["thread"]["id"]).replace("{cert_id}", str(w["cert"].id))
            .replace("{username}", w["ana"].username).replace("{action}", "disable"))


def form_for(path: str, w) -> dict[str, str]:
    """A form that would pass validation, so only authorization can refuse it."""
    return {"title": "t", "body": "b", "reason": "r", "username": w["ana"].username, "course_id": w["a"].course_id,
            "target": "post", "target_id": w["post"]["id"], "action": "hide", "item": "f1", "key": "0-x",
            "mode": "links"}


def test_every_console_route_refuses_learners_tokens_and_other_families(hub, admin, world):
    routes = [r for r in console_routes(admin) if r not in PUBLIC and r[0] in ("GET", "POST")]
    assert len(routes) >= 20, routes
    ana = world["ana"]
    # A learner cannot sign in to the console: 403 and no session.
    s, r = console_login(hub.url, ana.username, ana.password)
    assert r.status_code == 403 and "lectern_console" not in s.cookies
    other, r = console_login(hub.url, world["teacher_b"])
    assert r.status_code == 303
    csrf = csrf_of(other.get(hub.url + "/console/").text)
    for method, path in routes:
        url = hub.url + "/console" + fill(path, world)
        # the learner's API token
        r = requests.request(method, url, headers={"Authorization": f"Bearer {ana.token}"},
                             data={"csrf": "x"} if method == "POST" else None, allow_redirects=False, timeout=30)
        assert r.status_code == 403, (method, path, r.status_code)
        # an instructor of another family, with a valid session and CSRF token
        files = {"file": ("x.csv", b"username\n")} if path.endswith("/import") else (
            {"bundle": ("x.lectern", b"x")} if path.endswith("/publish") else None)
        if (method, path) in OWN:
            if method == "GET":  # pages of one's own families: family A is not on them
                r = other.get(url, allow_redirects=False, timeout=30)
                assert r.status_code == 200 and world["a"].family not in r.text, path
            continue
        r = other.request(method, url, data={**form_for(path, world), "csrf": csrf} if method == "POST" else None,
                          files=files, allow_redirects=False, timeout=30)
        assert r.status_code == 403, (method, path, r.status_code, r.text[:300])
        assert "content-security-policy" in r.headers
    # Nothing was changed by any of it.
    with admin.database.read() as conn:
        from hub import db
        assert not conn.execute(db.users.select().where(db.users.c.username == ana.username)).one().disabled


def test_a_demoted_instructor_loses_the_console_at_once(hub, admin, world):
    from hub import runs

    name = make_user(admin, role="instructor", family=world["a"].family)
    s, r = console_login(hub.url, name)
    assert r.status_code == 303
    assert s.get(hub.url + f"/console/runs/{world['run_a']}").status_code == 200
    assert s.get(hub.url + "/console/people", allow_redirects=False).status_code == 403  # admin only
    admin.writer.run(lambda conn: runs.set_role(conn, name, "learner", world["a"].family,
                                                runs.Actor("tests", None, "cli")))
    assert s.get(hub.url + f"/console/runs/{world['run_a']}", allow_redirects=False).status_code == 403


def test_csrf_token_required_on_every_form(hub, world):
    s, _ = console_login(hub.url, world["teacher_a"])
    url = hub.url + f"/console/runs/{world['run_a']}/announcements"
    good = csrf_of(s.get(url).text)
    for data in ({"title": "T", "body": "B"}, {"title": "T", "body": "B", "csrf": "forged" + good[6:]}):
        r = s.post(url, data=data, allow_redirects=False, timeout=30)
        assert r.status_code == 403, r.text
    # Another session's token does not do either.
    s2, _ = console_login(hub.url, world["teacher_a"])
    assert s2.post(url, data={"title": "T", "body": "B", "csrf": good}, allow_redirects=False).status_code == 403
    r = s.post(url, data={"title": "Week 1", "body": "Welcome", "csrf": good}, allow_redirects=False, timeout=30)
    assert r.status_code == 303
    # The sign-in form too: without its double-submit token it is refused.
    r = requests.post(hub.url + "/console/login", data={"username": world["boss"], "password": PASSWORD},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 403


def test_forum_text_renders_inert(hub, world):
    s, _ = console_login(hub.url, world["teacher_a"])
    fam = world["a"].family
    pages = [s.get(hub.url + p) for p in (f"/console/families/{fam}/forum",
                                          f"/console/families/{fam}/forum/{world['thread']['id']}",
                                          f"/console/families/{fam}/moderation")]
    for r in pages:
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp and "default-src 'none'" in csp
        html = r.text
        for raw in ("<script>alert", "<img src=x", "<svg onload"):
            assert raw not in html, raw
        assert "&lt;script&gt;alert(&#34;x1&#34;)&lt;/script&gt;" in html or "&lt;script&gt;" in html
        assert "<script" not in html and " style=" not in html  # no inline script or style at all
        assert "{{ 7*7 }}" in html or "49" not in html


def test_session_fixation_and_cookie_flags(hub, world):
    from urllib.parse import urlparse

    host = urlparse(hub.url).hostname
    planted = "attacker-chosen-value-123456789"
    s = requests.Session()
    s.cookies.set("lectern_console", planted, domain=host, path="/console")
    s, r = console_login(hub.url, world["boss"], session=s)
    assert r.status_code == 303
    set_cookie = r.headers["set-cookie"]
    assert re.search(r"lectern_console=[^;]+; HttpOnly; Path=/console; SameSite=lax", set_cookie, re.I), set_cookie
    new = r.cookies["lectern_console"]
    assert new != planted
    for cookie, code in ((planted, 303), (new, 200)):
        got = requests.get(hub.url + "/console/", cookies={"lectern_console": cookie}, allow_redirects=False,
                           timeout=30)
        assert got.status_code == code
    # Signing in again in the same browser replaces the session: the old id stops working.
    s, r2 = console_login(hub.url, world["boss"], session=s)
    newer = r2.cookies["lectern_console"]
    assert newer != new
    assert requests.get(hub.url + "/console/", cookies={"lectern_console": new}, allow_redirects=False,
                        timeout=30).status_code == 303
    # Sign-out ends it on the hub, not only in the browser.
    csrf = csrf_of(s.get(hub.url + "/console/").text)
    assert s.post(hub.url + "/console/logout", data={"csrf": csrf}, allow_redirects=False).status_code == 303
    assert requests.get(hub.url + "/console/", cookies={"lectern_console": newer}, allow_redirects=False,
                        timeout=30).status_code == 303


def test_secure_cookie_over_tls(tmp_path):
    """Over https the session cookie is Secure (in process: the hub behind a TLS proxy)."""
    from fastapi.testclient import TestClient

    from hub import runs
    from hub.app import create_app
    from hub.context import Hub
    from hub.settings import HubSettings
    from hub.users import add_user

    h = Hub.open(HubSettings(data_dir=tmp_path / "data"))
    try:
        add_user(h.database, "root-admin", PASSWORD)
        h.writer.run(lambda conn: runs.set_role(conn, "root-admin", "admin", None, runs.Actor("t", None, "cli")))
        client = TestClient(create_app(h), base_url="https://hub.example")
        form = client.get("/console/login")
        assert "secure" in form.headers["set-cookie"].lower()
        pre = re.search(r'name="pre" value="([^"]+)"', form.text).group(1)
        r = client.post("/console/login", data={"username": "root-admin", "password": PASSWORD, "pre": pre},
                        follow_redirects=False)
        assert r.status_code == 303
        assert re.search(r"lectern_console=[^;]+;.*Secure", r.headers["set-cookie"], re.I)
    finally:
        h.close()


def test_sessions_expire_on_the_hubs_clock(tmp_path):
    """Idle for longer than the limit (the hub's clock moved by its test hook): signed out."""
    from hub.console import store

    offset = tmp_path / "offset"
    offset.write_text("0")
    h = start_hub(tmp_path / "data", env={"LECTERN_HUB_CLOCK_OFFSET": f"@{offset}"})
    try:
        name = f"boss-{uuid.uuid4().hex[:6]}"
        h.cli("user", "add", name, "--password-stdin", input=PASSWORD + "\n")
        from hub import runs
        from hub.context import Hub
        from hub.settings import HubSettings
        local = Hub.open(HubSettings(data_dir=h.data_dir))
        local.writer.run(lambda conn: runs.set_role(conn, name, "admin", None, runs.Actor("t", None, "cli")))
        local.close()
        s, r = console_login(h.url, name)
        assert r.status_code == 303
        assert s.get(h.url + "/console/", allow_redirects=False).status_code == 200
        offset.write_text(str(store.IDLE.total_seconds() - 120))
        assert s.get(h.url + "/console/", allow_redirects=False).status_code == 200  # used: still on
        offset.write_text(str(2 * store.IDLE.total_seconds() + 60))
        r = s.get(h.url + "/console/", allow_redirects=False)
        assert r.status_code == 303 and "/console/login" in r.headers["location"]
        csrf = "anything"
        assert s.post(h.url + "/console/logout", data={"csrf": csrf}, allow_redirects=False).status_code == 403
    finally:
        stop_hub_process(h.proc)
    assert Path(tmp_path / "data").exists()
