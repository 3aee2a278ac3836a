"""nginx in front of two `lectern-hub serve` processes on one PostgreSQL database (issue #19).

The nginx configuration is packaging/nginx/lectern-hub.conf itself (the one docs/deploy.md
shows), its tokens filled in for this machine: a throwaway nginx on 127.0.0.1 with TLS (a
self-signed certificate the players are told to trust), logs and cache under tmp_path.

- The held-back scenario: learners study offline (completions, forum threads and posts),
  then sync through nginx in rounds while one hub process is killed with SIGKILL mid-run;
  the players retry (nginx retries POST /sync itself: it is idempotent by event ids); every
  event, completion and post is on the hub exactly once, and every learner's next pull
  shows every other learner's posts.
- Blobs through nginx's proxy_cache: the second download never reaches a hub.
- X-Accel-Redirect mode (`serve --accel-redirect /_blobs/`): the hub checks the token and
  answers without a body; nginx sends the bytes (Range too) from the shared blob folder.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from course_factory import write_tiny_course
from hub_process import REPO, HubProcess, hub_command, start_hub, stop_hub_process
from pg_cluster import database_under_test, pg_bin_dir, shared_cluster

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
TEMPLATE = REPO / "packaging" / "nginx" / "lectern-hub.conf"
PASSWORD = "correct horse battery"

pytestmark = [
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt-get install nginx-light; "
                                             "dev.py installs it)"),
    pytest.mark.skipif(pg_bin_dir() is None, reason="PostgreSQL is not installed (apt-get install postgresql)"),
    pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command makes the test certificate"),
    # It is on PostgreSQL whatever the run: test_hub_postgres.py's rerun of the hub's tests need not repeat it.
    pytest.mark.skipif(database_under_test() == "postgresql", reason="runs on PostgreSQL in the ordinary run"),
]


# --------------------------------------------------------------------------- nginx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def render(template: str, values: dict[str, str]) -> str:
    """The template with its @TOKENS@ filled in; every token must be given."""
    out = template
    for key, value in values.items():
        out = out.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z0-9_]+@", out)
    assert not left, f"tokens left unfilled in {TEMPLATE.name}: {left}"
    return out


@dataclass
class Nginx:
    url: str          # https://127.0.0.1:PORT
    http_url: str     # the plain-HTTP port that redirects
    root: Path
    proc: subprocess.Popen[bytes]

    def access_log(self) -> str:
        return (self.root / "logs" / "lectern-hub.access.log").read_text(encoding="utf-8", errors="replace")

    def error_log(self) -> str:
        path = self.root / "logs" / "error.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def tls_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own CA: the players' ca_bundle)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:TRUE"],
                   check=True, capture_output=True)
    return cert, key


def start_nginx(root: Path, hubs: tuple[HubProcess, HubProcess], blob_dir: Path, cert: Path, key: Path) -> Nginx:
    """nginx with packaging/nginx/lectern-hub.conf in front of `hubs`, as the current user
    (root keeps root: `user root;`, else its workers could not read the test's files)."""
    for sub in ("logs", "cache", "temp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for attempt in range(3):
        # A port found free may be taken by another test worker before nginx binds it:
        # then nginx exits saying so, and it starts again on other ports.
        started = _start_nginx_once(root, hubs, blob_dir, cert, key, last=attempt == 2)
        if started is not None:
            return started
    raise AssertionError("unreachable")


def _start_nginx_once(root: Path, hubs: tuple[HubProcess, HubProcess], blob_dir: Path, cert: Path, key: Path,
                      *, last: bool) -> Nginx | None:
    port, http_port = free_port(), free_port()
    (root / "logs" / "error.log").unlink(missing_ok=True)
    site = render(TEMPLATE.read_text(encoding="utf-8"), {
        "HUB_1": hubs[0].url.removeprefix("http://"), "HUB_2": hubs[1].url.removeprefix("http://"),
        "CACHE_DIR": str(root / "cache"), "CACHE_MAX_SIZE": "1g", "LOG_DIR": str(root / "logs"),
        "HTTP_LISTEN": f"127.0.0.1:{http_port}", "HTTPS_LISTEN": f"127.0.0.1:{port}", "SERVER_NAME": "127.0.0.1",
        "TLS_CERT": str(cert), "TLS_KEY": str(key), "BLOB_DIR": str(blob_dir)})
    (root / "lectern-hub.conf").write_text(site, encoding="utf-8")
    temp = root / "temp"
    main = "\n".join([
        "user root;" if os.geteuid() == 0 else "",
        "worker_processes 2;",
        f"error_log {root / 'logs' / 'error.log'} info;",
        "events { worker_connections 512; }",
        "http {",
        "    default_type application/octet-stream;",
        f"    access_log {root / 'logs' / 'other.access.log'};",
        *(f"    {name}_temp_path {temp / name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")),
        f"    include {root / 'lectern-hub.conf'};",
        "}", ""])
    conf = root / "nginx.conf"
    conf.write_text(main, encoding="utf-8")
    assert NGINX is not None
    base = [NGINX, "-p", str(root), "-c", str(conf), "-g", f"daemon off; pid {root / 'nginx.pid'};"]
    check = subprocess.run([*base, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(base, stdout=subprocess.DEVNULL, stderr=open(root / "logs" / "stderr.log", "wb"),
                            start_new_session=True)
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            error = "".join((root / "logs" / name).read_text(errors="replace")
                            for name in ("error.log", "stderr.log") if (root / "logs" / name).exists())
            if "Address already in use" in error and not last:
                return None
            raise AssertionError(error)
        try:
            if requests.get(url + "/api/v1/ping", verify=str(cert), timeout=5).status_code == 200:
                return Nginx(url=url, http_url=f"http://127.0.0.1:{http_port}", root=root, proc=proc)
        except requests.RequestException:
            pass
        time.sleep(0.05)
    stop_nginx(proc)
    raise AssertionError(f"nginx did not answer:\n{(root / 'logs' / 'error.log').read_text()}")


def stop_nginx(proc: subprocess.Popen[bytes]) -> None:
    """SIGQUIT (graceful) to our own nginx's master, then SIGKILL to its process group."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGQUIT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


# --------------------------------------------------------------------------- the court


@dataclass
class Court:
    """Two plain hub processes behind one nginx, one X-Accel-Redirect hub behind another,
    all on one PostgreSQL database and one blob folder."""

    db_url: str
    blob_dir: Path
    cert: Path
    hubs: tuple[HubProcess, HubProcess]
    accel_hub: HubProcess
    nginx: Nginx
    accel_nginx: Nginx
    admin: Any
    course_id: str
    bundle: Path
    public_key: Path

    def learner(self, name: str | None = None) -> tuple[str, str]:
        """A new enrolled learner signed in through nginx: (username, token)."""
        from hub.users import add_user, enrol
        username = name or f"judge-{uuid.uuid4().hex[:8]}"
        add_user(self.admin.database, username, PASSWORD)
        enrol(self.admin.database, username, self.course_id)
        r = requests.post(self.nginx.url + "/api/v1/token", verify=str(self.cert), timeout=30,
                          json={"username": username, "password": PASSWORD, "device_name": "court PC"})
        assert r.status_code == 200, r.text
        return username, r.json()["token"]

    @functools.cached_property
    def engine(self) -> Any:
        from sqlalchemy import create_engine
        return create_engine(self.db_url, pool_size=2)

    def count(self, sql: str, **params: Any) -> int:
        """One number from the hub's database ("counted on the hub")."""
        from sqlalchemy import text
        with self.engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar() or 0)


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Court]:
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    root = tmp_path_factory.mktemp("court")
    db_url = shared_cluster().new_database("nginx")
    blob_dir = root / "shared-blobs"
    # one issuer key for every hub machine, as docs/deploy.md says (serve refuses another)
    generate_keypair(root / "issuer.key", comment="court hub issuer")
    env = {"LECTERN_HUB_DB": db_url, "LECTERN_HUB_BLOB_DIR": str(blob_dir),
           "LECTERN_HUB_ISSUER_KEY": str(root / "issuer.key")}
    serve = ("--access-log", "--behind-proxy", "127.0.0.1", "--login-address-free-attempts", "1000")
    started: list[HubProcess] = []
    nginxes: list[subprocess.Popen[bytes]] = []
    admin = None
    court_made: Court | None = None
    try:
        # `migrate` once, as a deployment does before starting its processes; then the three
        # processes start side by side (each takes seconds on a loaded machine).
        subprocess.run([*hub_command(), "--data", str(root / "admin"), "migrate"], cwd=REPO, check=True,
                       env={**os.environ, **env}, capture_output=True, timeout=120)
        jobs = {name: ((*serve, "--accel-redirect", "/_blobs/") if name == "hub-accel" else serve)
                for name in ("hub-a", "hub-b", "hub-accel")}
        with ThreadPoolExecutor(len(jobs)) as pool:
            futures = [pool.submit(start_hub, root / name, *args, env=env, migrate=False)
                       for name, args in jobs.items()]
            for future in futures:  # every one, so that those that started are stopped below
                try:
                    started.append(future.result())
                except Exception as exc:  # noqa: BLE001 - raised once all are collected
                    failed = exc
        if len(started) < len(jobs):
            raise failed
        accel = started[2]
        admin = Hub.open(HubSettings(data_dir=root / "admin", db_url=db_url, blob_root=blob_dir,
                                     issuer_key_file=root / "issuer.key"))
        generate_keypair(root / "publisher.key", comment="nginx test publisher")
        trust_key(admin.database, root / "publisher.key.pub")
        course_id = f"nginx-{uuid.uuid4().hex[:6]}-en"
        write_tiny_course(root / "src", course_id=course_id, video_bytes=300_000)
        bundle = root / "course.lectern"
        build_bundle(root / "src", bundle, sign_key=root / "publisher.key")
        publish_bundle(admin.database, admin.store, bundle)
        cert, key = tls_certificate(root)
        front = start_nginx(root / "nginx", (started[0], started[1]), blob_dir, cert, key)
        nginxes.append(front.proc)
        accel_front = start_nginx(root / "nginx-accel", (accel, accel), blob_dir, cert, key)
        nginxes.append(accel_front.proc)
        court_made = Court(db_url=db_url, blob_dir=blob_dir, cert=cert, hubs=(started[0], started[1]),
                           accel_hub=accel, nginx=front, accel_nginx=accel_front, admin=admin, course_id=course_id,
                           bundle=bundle, public_key=root / "publisher.key.pub")
        yield court_made
    finally:
        if court_made is not None and "engine" in court_made.__dict__:
            court_made.engine.dispose()
        for proc in nginxes:
            stop_nginx(proc)
        for h in started:
            stop_hub_process(h.proc)
        if admin is not None:
            admin.close()


def video_blob(court: Court, token: str) -> tuple[str, int]:
    """The tiny course's biggest file: (sha256, size)."""
    r = requests.get(f"{court.nginx.url}/api/v1/courses/{court.course_id}/1/manifest", verify=str(court.cert),
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert r.status_code == 200, r.text
    files = r.json()["files"]
    sha = max(files, key=lambda s: files[s]["size"])
    return sha, int(files[sha]["size"])


def hub_requests_for(hubs: tuple[HubProcess, ...], needle: str) -> int:
    """Requests the hubs' access logs show whose line holds `needle`."""
    return sum(1 for h in hubs for line in h.log_text().splitlines() if "uvicorn.access" in line and needle in line)


def test_the_deploy_guide_explains_every_token_of_the_configuration():
    """docs/deploy.md points at this file rather than copying it; it must name each token."""
    guide = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    tokens = set(re.findall(r"@[A-Z0-9_]+@", TEMPLATE.read_text(encoding="utf-8")))
    assert tokens and not {t for t in tokens if f"`{t}`" not in guide}
    assert "packaging/nginx/lectern-hub.conf" in guide


# --------------------------------------------------------------------------- blobs


def test_plain_http_redirects_to_https(court):
    r = requests.get(court.nginx.http_url + "/api/v1/ping", allow_redirects=False, timeout=10)
    assert r.status_code == 301 and r.headers["Location"].startswith("https://127.0.0.1")


def test_a_blob_comes_from_the_cache_the_second_time(court):
    _name, token = court.learner()
    auth = {"Authorization": f"Bearer {token}"}
    sha, size = video_blob(court, token)
    url = f"{court.nginx.url}/api/v1/blobs/{sha}"
    first = requests.get(url, headers=auth, verify=str(court.cert), timeout=30)
    assert first.status_code == 200 and hashlib.sha256(first.content).hexdigest() == sha
    assert first.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert first.headers["ETag"] == f'"{sha}"'
    second = requests.get(url, headers=auth, verify=str(court.cert), timeout=30)
    assert second.status_code == 200 and second.content == first.content
    # A resumed download and a revalidation, answered by the cache too.
    part = requests.get(url, headers={**auth, "Range": "bytes=1000-", "If-Range": f'"{sha}"'},
                        verify=str(court.cert), timeout=30)
    assert part.status_code == 206 and part.headers["Content-Range"] == f"bytes 1000-{size - 1}/{size}"
    assert part.content == first.content[1000:]
    again = requests.get(url, headers={**auth, "If-None-Match": f'"{sha}"'}, verify=str(court.cert), timeout=30)
    assert again.status_code == 304
    # The hash is the capability: once cached, the file goes to whoever asks for it.
    assert requests.get(url, verify=str(court.cert), timeout=30).content == first.content
    assert hub_requests_for(court.hubs, f"/api/v1/blobs/{sha}") == 1, "the hubs saw the blob more than once"
    statuses = re.findall(rf'"GET /api/v1/blobs/{sha} HTTP/[0-9.]+" (\d+) .* cache=(\S+)', court.nginx.access_log())
    assert statuses[0][1] == "MISS" and {c for _s, c in statuses[1:]} == {"HIT"}, statuses


def test_no_cache_entry_for_a_learner_who_is_not_enrolled(court):
    """A refusal (404) is not cached: an enrolled learner asking next gets the file."""
    from hub.users import add_user
    _name, token = court.learner()
    sha, _size = video_blob(court, token)
    outsider = f"outsider-{uuid.uuid4().hex[:6]}"
    add_user(court.admin.database, outsider, PASSWORD)
    r = requests.post(court.nginx.url + "/api/v1/token", verify=str(court.cert), timeout=30,
                      json={"username": outsider, "password": PASSWORD, "device_name": "pc"})
    bad = requests.get(f"{court.nginx.url}/api/v1/blobs/{'0' * 64}",
                       headers={"Authorization": f"Bearer {r.json()['token']}"}, verify=str(court.cert), timeout=30)
    assert bad.status_code == 404 and bad.json()["error"]["code"] == "not-found"
    assert "Cache-Control" not in bad.headers


def test_x_accel_redirect_serves_the_bytes_without_the_hub_sending_them(court):
    _name, token = court.learner()
    auth = {"Authorization": f"Bearer {token}"}
    sha, size = video_blob(court, token)
    # Straight to the hub: it checks the token, then names the file and sends no body.
    direct = requests.get(f"{court.accel_hub.api}/blobs/{sha}", headers=auth, timeout=30)
    assert direct.status_code == 200 and direct.content == b""
    assert direct.headers["X-Accel-Redirect"] == f"/_blobs/{sha[:2]}/{sha}"
    assert requests.get(f"{court.accel_hub.api}/blobs/{sha}", timeout=30).status_code == 401
    # Through nginx: the bytes, the hub's headers, Range from nginx.
    url = f"{court.accel_nginx.url}/api/v1/blobs/{sha}"
    r = requests.get(url, headers=auth, verify=str(court.cert), timeout=30)
    assert r.status_code == 200, r.text
    assert hashlib.sha256(r.content).hexdigest() == sha and len(r.content) == size
    assert r.headers["ETag"] == f'"{sha}"'
    assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert r.headers["Content-Type"] == "video/mp4"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in r.headers
    part = requests.get(url, headers={**auth, "Range": "bytes=100-199", "If-Range": f'"{sha}"'},
                        verify=str(court.cert), timeout=30)
    assert part.status_code == 206 and part.content == r.content[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{size}"
    stale = requests.get(url, headers={**auth, "Range": "bytes=100-199", "If-Range": '"0000"'},
                         verify=str(court.cert), timeout=30)
    assert stale.status_code == 200 and len(stale.content) == size
    assert requests.get(url, headers={**auth, "If-None-Match": f'"{sha}"'}, verify=str(court.cert),
                        timeout=30).status_code == 304
    assert requests.get(url, verify=str(court.cert), timeout=30).status_code == 401
    # The hub answered every one of them (it checks each), and never sent the file's bytes.
    lines = re.findall(rf'"GET /api/v1/blobs/{sha} HTTP/[0-9.]+" (\d+) (\d+) .* ubytes=(\S+)',
                       court.accel_nginx.access_log())
    assert len(lines) == 5, lines
    assert [(s, u) for s, _sent, u in lines] == [("200", "0"), ("206", "0"), ("200", "0"), ("304", "0"),
                                                 ("401", lines[-1][2])]
    assert int(lines[0][1]) == size
    # Nothing of it was cached (the hub is asked every time: an X-Accel answer is not stored).
    assert "cache=HIT" not in court.accel_nginx.access_log()


def test_limits_and_health_through_nginx(court):
    """nginx's body limit is the hub's (2 MiB), said in the hub's JSON error shape; the
    health check answers through it; X-Forwarded-For cannot be forged past nginx."""
    _name, token = court.learner()
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    big = requests.post(court.nginx.url + "/api/v1/sync", data=b" " * (2 * 1024 * 1024 + 1), headers=auth,
                        verify=str(court.cert), timeout=30)
    assert big.status_code == 413 and big.json()["error"]["code"] == "too-large"
    health = requests.get(court.nginx.url + "/api/v1/health", verify=str(court.cert), timeout=30)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert health.headers["Strict-Transport-Security"].startswith("max-age=")
    # The hub knows the learner came over TLS (X-Forwarded-Proto): the console's cookies are Secure.
    form = requests.get(court.nginx.url + "/console/login", verify=str(court.cert), timeout=30)
    assert form.status_code == 200 and "secure" in form.headers["Set-Cookie"].lower()
    # A client's own X-Forwarded-For is replaced by its real address (the hub logs 127.0.0.1).
    marker = f"/api/v1/ping?xff={uuid.uuid4().hex}"
    requests.get(court.nginx.url + marker, headers={"X-Forwarded-For": "203.0.113.9"}, verify=str(court.cert),
                 timeout=30)
    lines = [line for h in court.hubs for line in h.log_text().splitlines() if marker in line]
    assert lines and all("203.0.113.9" not in line for line in lines), lines


# --------------------------------------------------------------------------- held back


ROUNDS = 4
LEARNERS = 6
POSTS_PER_ROUND = 5
QUIZ_TRIES_PER_ROUND = 80


def test_offline_learners_sync_through_nginx_while_a_hub_process_is_killed(court, tmp_path):
    from sync.bundle import TrustPolicy
    from sync.credentials import Credentials, save_credentials
    from sync.errors import HubError as SyncHubError
    from sync.forum import Forum
    from sync.hub_client import HubClient
    from sync.hub_client import HubSettings as ClientSettings
    from sync.importer import import_bundle
    from sync.paths import DataPaths
    from sync.signing import load_public_key
    from sync.store import LearnerStore
    from sync.sync_engine import SyncPass

    learners = [court.learner(f"held-{i}-{uuid.uuid4().hex[:6]}") for i in range(LEARNERS)]
    pcs: list[DataPaths] = []
    for i, (username, token) in enumerate(learners):
        paths = DataPaths(tmp_path / f"pc{i}").ensure()
        import_bundle(paths, court.bundle, TrustPolicy((load_public_key(court.public_key),)))
        save_credentials(paths, Credentials(court.nginx.url, username, token, f"pc{i}"))
        pcs.append(paths)
    made = [0] * LEARNERS
    threads: dict[int, str] = {}
    errors: list[str] = []
    retries = [0] * LEARNERS

    def study(i: int, rnd: int) -> None:
        """A round of offline work: quiz tries, completions, a forum thread then posts."""
        username = learners[i][0]
        with LearnerStore.open(pcs[i].db) as store:
            before = store.pending_count()
            for t in range(QUIZ_TRIES_PER_ROUND):
                store.record_quiz_attempt(court.course_id, "q1", {"q1a": ["a" if (t + rnd) % 3 else "b"],
                                                                  "q1b": ["a"], "q1c": ["a", "b"]})
            store.record_progress(court.course_id, ("r1", "l1")[rnd % 2], position=1.0 * rnd, fraction=0.5,
                                  completed=rnd >= 1)
            forum = Forum(store, username)
            if rnd == 0:
                threads[i] = forum.create_thread(court.course_id, "f1", f"From {username}", "Opening post").id
            for p in range(POSTS_PER_ROUND):
                forum.create_post(threads[i], f"{username} round {rnd} post {p}")
            made[i] += store.pending_count() - before

    def sync_until_done(i: int) -> None:
        """The player's connectivity watch: passes until one succeeds (short backoff)."""
        settings = ClientSettings(court.nginx.url, read_timeout=10.0, ca_bundle=str(court.cert))
        for attempt in range(100):
            try:
                with HubClient(settings, learners[i][1]) as client:
                    SyncPass(pcs[i], client).run()
                return
            except SyncHubError as exc:
                if not exc.transient:
                    raise
                retries[i] += 1
                time.sleep(min(0.05 * 2 ** min(attempt, 4), 0.5))
        raise AssertionError(f"learner {i} never synced")

    def learner_run(i: int) -> None:
        try:
            for rnd in range(ROUNDS):
                study(i, rnd)
                sync_until_done(i)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(f"learner {i}: {exc!r}")

    # Everyone studies offline first (the held-back work), then the rounds run.
    workers = [threading.Thread(target=learner_run, args=(i,), daemon=True) for i in range(LEARNERS)]
    start = time.monotonic()
    for w in workers:
        w.start()
    victim = court.hubs[0]
    expected_min = LEARNERS * QUIZ_TRIES_PER_ROUND  # about a round's worth in: kill mid-run
    while court.count("SELECT COUNT(*) FROM client_events") < expected_min and time.monotonic() - start < 30:
        time.sleep(0.02)
    os.kill(victim.proc.pid, signal.SIGKILL)  # the process itself, mid-request, no goodbye
    victim.proc.wait(timeout=10)
    for w in workers:
        w.join(timeout=120)
    assert not any(w.is_alive() for w in workers), "a learner's syncs never ended"
    assert not errors, errors

    # Exactly once on the hub: every event, completion, thread and post.
    for i, (username, _token) in enumerate(learners):
        uid = court.count("SELECT id FROM users WHERE username = :u", u=username)
        assert court.count("SELECT COUNT(*) FROM client_events WHERE user_id = :u", u=uid) == made[i], username
        assert court.count("SELECT COUNT(*) FROM threads WHERE author_id = :u", u=uid) == 1
        assert court.count("SELECT COUNT(*) FROM posts WHERE author_id = :u", u=uid) == ROUNDS * POSTS_PER_ROUND
        assert court.count("SELECT COUNT(DISTINCT body) FROM posts WHERE author_id = :u", u=uid) == \
            ROUNDS * POSTS_PER_ROUND
        assert court.count("SELECT COUNT(*) FROM progress WHERE user_id = :u AND completed_at IS NOT NULL",
                           u=uid) == 3  # r1, l1 and the passed quiz
    # nginx sent some syncs on to the surviving process (the victim's address, then the other's).
    victim_addr = victim.url.removeprefix("http://")
    retried = [line for line in court.nginx.access_log().splitlines()
               if "POST /api/v1/sync" in line and f"upstream={victim_addr}, " in line]
    assert retried, "nginx never passed a sync on from the killed process"

    # Each learner's next pull shows every other learner's thread and posts, once.
    for i in range(LEARNERS):
        sync_until_done(i)
    for i in range(LEARNERS):
        with LearnerStore.open(pcs[i].db) as store:
            forum = Forum(store)
            seen = {t.author: t for t in forum.threads(court.course_id, "f1")}
            assert set(seen) == {u for u, _t in learners}, f"learner {i} sees {sorted(seen)}"
            for author, thread in seen.items():
                bodies = [p.body for p in forum.posts(thread.id)]
                assert sorted(bodies) == sorted(f"{author} round {r} post {p}" for r in range(ROUNDS)
                                                for p in range(POSTS_PER_ROUND)), (i, author)
    assert time.monotonic() - start < 60
