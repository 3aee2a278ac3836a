"""The player's hub screens in a real X window against a real hub process: the library with a
course-update banner, the catalog, a download in progress, and a forum thread from others.

Everything is set up the way court IT and a publisher would, with the real command lines: the
hub trusts a publisher key, publishes the signed demo course (versions 1 and 2) and a second
course, creates two learners; the player's data dir signs in with `lectern login` and trusts
the publisher with `lectern trust`; a bandwidth cap (`lectern config`) keeps the download in
progress for its screenshot. Screenshots land in `test-artifacts/screenshots/network/`.
"""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from course_factory import write_tiny_course

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots" / "network"
PASSWORD = "correct horse battery"
SCREENS = ["library", "catalog", "downloads", "forum"]

pytestmark = pytest.mark.window


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return len({image.pixel(x, y) for y in range(0, image.height(), 2)
                for x in range(0, image.width(), 2)})


def hub_cli(data: Path, *args: str, input: str | None = None) -> str:
    script = Path(sys.executable).parent / "lectern-hub"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "hub.cli"]
    out = subprocess.run([*cmd, "--data", str(data), *args], capture_output=True, text=True,
                         input=input, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def lectern(data: Path, *args: str, input: str | None = None) -> str:
    out = subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                         capture_output=True, text=True, input=input, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture
def hub_url(tmp_path):
    """A real hub on 127.0.0.1 with the demo course (v1 and v2), a second course, two learners."""
    from sync.bundle import build_bundle
    from sync.demo import demo_source
    from sync.signing import generate_keypair

    data = tmp_path / "hub"
    data.mkdir()
    generate_keypair(tmp_path / "publisher.key", comment="Court training unit")
    hub_cli(data, "trust", str(tmp_path / "publisher.key.pub"))
    for version in (1, 2):
        src = tmp_path / f"demo-v{version}"
        shutil.copytree(demo_source(), src)
        toml = (src / "course.toml").read_text(encoding="utf-8")
        (src / "course.toml").write_text(re.sub(r"(?m)^version = 1$", f"version = {version}",
                                                toml), encoding="utf-8")
        build_bundle(src, tmp_path / f"demo-v{version}.lectern", sign_key=tmp_path / "publisher.key")
        hub_cli(data, "publish", str(tmp_path / f"demo-v{version}.lectern"))
    guide = write_tiny_course(tmp_path / "guide", video_bytes=1_200_000, course_id="sources-guide-en")
    toml = (guide / "course.toml").read_text(encoding="utf-8")
    toml = toml.replace('course_family = "tiny"', 'course_family = "sources-guide"')
    toml = toml.replace('title = "A tiny course"',
                        'title = "Protecting journalists\' sources: a practical guide"')
    toml = toml.replace('summary = "For tests."', 'summary = "Case studies on subpoenas, '
                        'searches of newsrooms and the protection of confidential sources, with '
                        'a short quiz after each part."')
    toml = toml.replace('publisher = "Tests"', 'publisher = "Court training unit"')
    (guide / "course.toml").write_text(toml, encoding="utf-8")
    build_bundle(guide, tmp_path / "guide.lectern", sign_key=tmp_path / "publisher.key")
    hub_cli(data, "publish", str(tmp_path / "guide.lectern"))
    for name in ("judge.amara", "clerk.ines"):
        hub_cli(data, "user", "add", name, "--password-stdin", "--enrol", "foe-intro-en",
                "--enrol", "sources-guide-en", input=PASSWORD + "\n")

    port_file = data / "port"
    log = open(data / "hub.log", "w", encoding="utf-8")
    script = Path(sys.executable).parent / "lectern-hub"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "hub.cli"]
    proc = subprocess.Popen([*cmd, "--data", str(data), "serve", "--host", "127.0.0.1",
                             "--port", "0", "--port-file", str(port_file)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
                            start_new_session=True)
    log.close()
    try:
        url = None
        deadline = time.monotonic() + 30
        while url is None:
            assert proc.poll() is None and time.monotonic() < deadline, \
                (data / "hub.log").read_text()
            if port_file.exists() and port_file.read_text().strip():
                candidate = f"http://127.0.0.1:{port_file.read_text().strip()}"
                try:
                    if requests.get(candidate + "/api/v1/ping", timeout=2).ok:
                        url = candidate
                except requests.ConnectionError:
                    pass
            time.sleep(0.05)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def colleague_posts(url: str) -> None:
    """Another learner discusses the demo's first forum item, from her own PC."""
    token = requests.post(url + "/api/v1/token", json={
        "username": "clerk.ines", "password": PASSWORD, "device_name": "Registry PC"},
        timeout=30).json()["token"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    thread_id = str(uuid.uuid4())
    events = [
        {"id": thread_id, "kind": "thread", "course_id": "foe-intro-en", "device_seq": 1,
         "item_id": "m1-forum", "title": "Necessity when the publication has already happened",
         "body": "In a defamation case last year the article was **already online** when the "
                 "injunction was asked for. Is an injunction still *necessary* then?\n\n"
                 "- legality was not in doubt\n- the aim was the reputation of others"},
        {"id": str(uuid.uuid4()), "kind": "post", "course_id": "foe-intro-en", "device_seq": 2,
         "thread_id": thread_id,
         "body": "We asked whether a narrower order (a correction, a reply) would do. It did."},
    ]
    r = session.post(url + "/api/v1/sync", json={"device_id": str(uuid.uuid4()), "cursor": None,
                                                 "events": events}, timeout=30)
    assert r.status_code == 200 and len(r.json()["acked"]) == 2, r.text


def test_hub_screens_in_a_real_window(player_run, tmp_path, hub_url):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name in SCREENS:
        (ARTIFACTS / f"{name}.png").unlink(missing_ok=True)
    data = tmp_path / "player"
    lectern(data, "login", "--hub", hub_url, "--user", "judge.amara", "--password-stdin",
            "--device-name", "Courtroom 3 PC", input=PASSWORD + "\n")
    lectern(data, "trust", str(tmp_path / "publisher.key.pub"))
    lectern(data, "config", "bandwidth_cap_kbps", "400")
    colleague_posts(hub_url)

    # The wait lets the update notice in the status bar time out before the last screen,
    # so the forum shot shows the sync state instead.
    steps = ["synced", "library", "catalog", "fetch:sources-guide-en", "downloads", "wait:5",
             "forum"]
    env = player_run.env(LECTERN_SCREENSHOT_SCRIPT=",".join(steps),
                         LECTERN_SCREENSHOT_DIR=str(ARTIFACTS))
    proc = subprocess.run(player_run.command(data), env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = " ".join(line for line in proc.stdout.splitlines()
                       if line.startswith("lectern-report"))
    assert "lectern-report script done" in reports and "failed" not in reports, \
        reports + proc.stderr[-3000:]
    for name in SCREENS:
        assert f"lectern-report step {name} done" in reports, (name, reports)
        shot = ARTIFACTS / f"{name}.png"
        assert shot.is_file(), name
        assert distinct_colours(shot) >= 100, name
