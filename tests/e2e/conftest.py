"""A real `lectern-hub serve` process on 127.0.0.1 (tests/hub_process.py), shared by the
end-to-end hub tests, with its publisher, courses and signed-in learners.

The session's hub is started once with its own data dir and stopped at the end. Tests talk
HTTP to it and run the hub's CLI against the same data dir while it serves, as court IT would.

`LECTERN_TEST_DB=postgresql` runs every hub of these tests on a throwaway PostgreSQL
(tests/pg_cluster.py) instead of SQLite; tests/e2e/test_hub_postgres.py runs the hub's tests
that way from the ordinary suite.
"""
from __future__ import annotations

import itertools
import os
import re
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import requests
from course_factory import write_tiny_course
from hub_process import HubProcess, start_hub, stop_hub_process

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """The shared hub. Login slow-down is left at its defaults here (tests of it start
    their own hub), except that per-address limits must not trip on the suite's logins."""
    workers = os.environ.get("LECTERN_TEST_HUB_WORKERS", "1")  # e.g. 2: the same tests, two processes
    h = start_hub(tmp_path_factory.mktemp("hub") / "data", "--login-address-free-attempts", "1000",
                  "--workers", workers)
    yield h
    stop_hub_process(h.proc)


@pytest.fixture(scope="session")
def admin(hub: HubProcess) -> Iterator[Any]:
    """The hub's own admin functions on the serving hub's data dir, in this process.

    Fixtures create users and courses this way (a second writer, like the CLI, without a
    process start each time); tests of the CLI itself use `hub.cli(...)`."""
    from hub.context import Hub
    from hub.settings import HubSettings

    h = Hub.open(HubSettings(data_dir=hub.data_dir, db_url=hub.db_url))
    yield h
    h.close()


# --------------------------------------------------------------------------- courses


@dataclass
class Publisher:
    key: Path
    public_key: Path
    workdir: Path

    def bundle(self, course_id: str, *, version: int = 1, language: str = "en", family: str = "tiny",
               signed: bool = True, video_bytes: int = 40_000, tweak: Callable[[str], str] | None = None) -> Path:
        """Build a signed `.lectern` of the tiny test course under a given id/family/language."""
        from sync.bundle import build_bundle

        src = self.workdir / f"src-{course_id}-{version}-{uuid.uuid4().hex[:6]}"
        write_tiny_course(src, version=version, video_bytes=video_bytes, course_id=course_id)
        toml = (src / "course.toml").read_text(encoding="utf-8")
        toml = re.sub(r'(?m)^course_family = "tiny"$', f'course_family = "{family}"', toml)
        toml = re.sub(r'(?m)^language = "en"$', f'language = "{language}"', toml)
        if tweak:
            toml = tweak(toml)
        (src / "course.toml").write_text(toml, encoding="utf-8")
        out = self.workdir / f"{src.name}.lectern"
        build_bundle(src, out, sign_key=self.key if signed else None)
        return out


@pytest.fixture(scope="session")
def publisher(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Publisher:
    from sync.signing import generate_keypair

    work = tmp_path_factory.mktemp("publisher")
    generate_keypair(work / "publisher.key", comment="Test publisher")
    out = hub.cli("trust", work / "publisher.key.pub")
    assert "Trusted publisher key" in out.stdout
    return Publisher(key=work / "publisher.key", public_key=work / "publisher.key.pub", workdir=work)


_family_counter = itertools.count(1)


@dataclass(frozen=True)
class PublishedCourse:
    course_id: str
    family: str
    bundle: Path


@pytest.fixture(scope="session")
def new_course(admin: Any, publisher: Publisher) -> Callable[..., PublishedCourse]:
    """Publish a fresh course family (so tests do not see each other's forum or progress)."""
    from hub.courses import publish_bundle

    def make(language: str = "en", family: str | None = None, course_id: str | None = None,
             **kw: Any) -> PublishedCourse:
        fam = family or f"fam{next(_family_counter)}-{uuid.uuid4().hex[:4]}"
        cid = course_id or f"{fam}-{language}"
        path = publisher.bundle(cid, language=language, family=fam, **kw)
        result = publish_bundle(admin.database, admin.store, path)
        assert (result.course_id, result.already_published) == (cid, False)
        return PublishedCourse(course_id=cid, family=fam, bundle=path)

    return make


# --------------------------------------------------------------------------- learners


@dataclass
class Learner:
    """A learner with a signed-in session, as the player's sync engine would have."""

    hub: HubProcess
    username: str
    password: str
    token: str
    session: requests.Session
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    _seq: itertools.count = field(default_factory=lambda: itertools.count(1))

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.session.get(self.hub.api + path, timeout=30, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.session.post(self.hub.api + path, timeout=30, **kw)

    def event(self, kind: str, course_id: str, **fields: Any) -> dict[str, Any]:
        """A client event with a fresh UUID and the next device sequence number."""
        return {"id": str(uuid.uuid4()), "kind": kind, "course_id": course_id,
                "device_seq": next(self._seq), **fields}

    def sync(self, events: list[dict[str, Any]] = (), cursor: str | None = None,
             device_id: str | None = None, expect: int = 200, **extra: Any) -> dict[str, Any]:
        body = {"device_id": device_id or self.device_id, "cursor": cursor, "events": list(events), **extra}
        r = self.post("/sync", json=body)
        assert r.status_code == expect, r.text
        if expect == 200:
            # The hub assembles this JSON by hand for speed: hold it to the wire schema.
            from sync.protocol import SyncResponse
            SyncResponse.model_validate_json(r.content)
        return r.json()

    def pull_all(self, device_id: str | None = None, cursor: str | None = None,
                 limit: int | None = None) -> tuple[list[dict[str, Any]], str]:
        """Every server event for a device, following `more` and the cursor."""
        events: list[dict[str, Any]] = []
        for _ in range(1000):
            extra = {"limit": limit} if limit else {}
            out = self.sync(cursor=cursor, device_id=device_id, **extra)
            events += out["events"]
            cursor = out["cursor"]
            if not out["more"]:
                return events, cursor
        raise AssertionError("the hub kept saying there was more")


def login(hub: HubProcess, username: str, password: str, device_name: str = "test PC") -> requests.Response:
    return requests.post(hub.api + "/token", json={"username": username, "password": password,
                                                   "device_name": device_name}, timeout=30)


@pytest.fixture(scope="session")
def make_learner(hub: HubProcess, admin: Any) -> Callable[..., Learner]:
    """Create a user and enrol them (admin functions), then sign in over HTTP."""
    from hub.users import add_user, enrol

    def make(*enrol_in: str, name: str | None = None) -> Learner:
        username = name or f"judge-{uuid.uuid4().hex[:8]}"
        add_user(admin.database, username, PASSWORD)
        for course in enrol_in:
            enrol(admin.database, username, course)
        r = login(hub, username, PASSWORD)
        assert r.status_code == 200, r.text
        token = r.json()["token"]
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        return Learner(hub=hub, username=username, password=PASSWORD, token=token, session=session)

    return make


@dataclass(frozen=True)
class HubKit:
    """Helpers for tests that need more than the shared hub (import-free: conftest modules
    are not importable under pytest's importlib mode)."""

    password: str = PASSWORD
    login: Callable[..., requests.Response] = staticmethod(login)
    start_hub: Callable[..., HubProcess] = staticmethod(start_hub)
    stop_hub: Callable[[subprocess.Popen], None] = staticmethod(stop_hub_process)


@pytest.fixture(scope="session")
def kit() -> HubKit:
    return HubKit()


# --------------------------------------------------------------------------- player window


@pytest.fixture
def window_for(qtbot: Any) -> Callable[..., Any]:
    """`window_for(paths, sync_timings=FAST)`: the real main window on a court PC's data dir
    (tests/learner_pc.py), closed with the test."""
    from learner_pc import FAST, open_window  # Qt only for the tests that ask for a window

    def make(paths: Path, sync_timings: Any = FAST) -> Any:
        return open_window(qtbot, paths, sync_timings)

    return make
