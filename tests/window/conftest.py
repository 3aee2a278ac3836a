"""A real X server (Xvfb) for window tests, a way to run the real player against it, and a
real hub set up with the real command lines (for the catalog, downloads and forum screens)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import pytest
import requests
from course_factory import write_tiny_course
from hub_process import hub_command, start_hub, stop_hub_process
from xvfb_server import running_xvfb

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
#: a common court laptop's screen (issue #12: "on a 1366 px screen")
LAPTOP_SCREEN = "1366x768"


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start `Xvfb :N` (1280x800, 24-bit) for the session and stop it afterwards."""
    with running_xvfb(90) as display:
        yield display


@dataclass
class PlayerRun:
    """Environment for running the real `lectern` process in a real window."""

    display: str

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                   QT_LOGGING_RULES="qt.multimedia.*=false")
        env.pop("WAYLAND_DISPLAY", None)
        env.update(extra)
        return env

    def command(self, data_dir: Path) -> list[str]:
        return [sys.executable, "-m", "sync.cli", "--data-dir", str(data_dir)]


@pytest.fixture
def player_run(xvfb_display: str) -> PlayerRun:
    return PlayerRun(xvfb_display)


@pytest.fixture(scope="session")
def laptop_display() -> Iterator[str]:
    """An X server with a 1366x768 screen, the size the issue's judge had."""
    with running_xvfb(120, size=LAPTOP_SCREEN) as display:
        yield display


@pytest.fixture
def laptop_run(laptop_display: str) -> PlayerRun:
    return PlayerRun(laptop_display)


def hub_cli(data: Path, *args: str, input: str | None = None) -> str:
    out = subprocess.run([*hub_command(), "--data", str(data), *args], capture_output=True, text=True,
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

    hub = start_hub(data)
    try:
        yield hub.url
    finally:
        stop_hub_process(hub.proc)


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


def signed_in_player(data: Path, hub_url: str, publisher_key: Path) -> None:
    """A player data dir as court IT sets one up: signed in as judge.amara, the publisher
    trusted, downloads capped at 400 kbit/s (so a download is still running for its shot)."""
    lectern(data, "login", "--hub", hub_url, "--user", "judge.amara", "--password-stdin",
            "--device-name", "Courtroom 3 PC", input=PASSWORD + "\n")
    lectern(data, "trust", str(publisher_key))
    lectern(data, "config", "bandwidth_cap_kbps", "400")


@pytest.fixture
def hub_tools() -> SimpleNamespace:
    """`lectern(data, *args)` and `colleague_posts(url)` for tests that set up a player."""
    return SimpleNamespace(lectern=lectern, colleague_posts=colleague_posts, hub_cli=hub_cli,
                           signed_in_player=signed_in_player, password=PASSWORD)
