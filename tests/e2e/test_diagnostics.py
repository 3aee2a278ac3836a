"""What court IT sends and reads after a problem (issue #13 items 11 and 12): the log file,
`lectern diagnostics OUT.zip` with what a helper asks first and no secret of the data dir
in it, and the demo course, which a site file can turn off and which never reaches a hub.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import sync
from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.demo import DEMO_COURSE_ID, ensure_demo_installed
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.migrations import LATEST
from sync.paths import DataPaths
from sync.profiles import create_profile
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import LOCAL_ONLY_COURSES, run_sync, status

REPO = Path(__file__).resolve().parents[2]
TOKEN = "tok-5f1c2e9a8b7d4c3e2f1a0b9c8d7e6f5a"
PIN = "918273645546"
PROXY_PASSWORD = "ProxyPass77"
HUB_PASSWORD = "HubPass99"


def lectern(data: Path, *args: str, env: dict[str, str] | None = None,
            input: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO, input=input,
                          env={**os.environ, **(env or {})})


def site_file(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "site" / "lectern.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return {"LECTERN_SITE_CONFIG": str(path)}


# ------------------------------------------------------------------ the log file


def test_commands_log_to_a_rotated_file_in_the_data_dir_or_where_asked(tmp_path):
    data = tmp_path / "data"
    assert lectern(data, "status").returncode == 0
    failed = lectern(data, "--profile", "Nobody", "status")
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1  # the terminal: one line
    log = (data / "logs" / "lectern.log").read_text(encoding="utf-8")
    assert f"INFO sync.cli: lectern {sync.__version__}: status" in log
    assert "WARNING sync.cli: status: There is no profile called “Nobody”" in log
    elsewhere = tmp_path / "elsewhere" / "court.log"
    assert lectern(data, "--log-file", str(elsewhere), "profiles").returncode == 0
    assert f"lectern {sync.__version__}: profiles" in elsewhere.read_text(encoding="utf-8")
    assert ": profiles" not in (data / "logs" / "lectern.log").read_text(encoding="utf-8")


def test_the_log_file_rotates_at_1_mb_keeping_5_and_scrubs_addresses(tmp_path):
    from sync.logging_setup import BACKUPS, MAX_BYTES, install_log_file, last_lines

    path = tmp_path / "logs" / "lectern.log"
    handler = install_log_file(path)
    try:
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS) == (1_000_000, 5)
        handler.maxBytes = 2000  # the same handler, rotating sooner for the test
        test_log = logging.getLogger("lectern.test")
        for n in range(200):
            test_log.warning("proxy http://court:%s@proxy.court.local:3128 line %d",
                             PROXY_PASSWORD, n)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["lectern.log", *(f"lectern.log.{n}" for n in range(1, 6))]
    text = "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())
    assert PROXY_PASSWORD not in text and "http://***@proxy.court.local:3128" in text
    tail = last_lines(path, 30)
    assert len(tail) == 30 and tail[-1].endswith("line 199")


# ------------------------------------------------------------------ diagnostics


#: sync files' private device key (sync/credentials.py): as secret as the token
DEVICE_KEY = "q3M1c2VjcmV0LWRldmljZS1zZWVkLWJhc2U2NC0xMjM0NTY3OA=="


@pytest.fixture
def troubled_pc(tmp_path: Path, tiny_bundle: Path) -> tuple[Path, dict[str, str]]:
    """A data dir with secrets of every kind planted, changes waiting and one refused, a
    site file with a proxy password and a mistake, and a log with errors."""
    env = site_file(tmp_path, f'proxy = "http://court:{PROXY_PASSWORD}@proxy.court.local:3128"\n'
                              "demo_course = false\ncolour = \"red\"\n"
                              'locked = ["proxy", "demo_course"]\n')
    data = tmp_path / "data"
    default = create_profile(data, "default")
    ana = create_profile(data, "Clerk Ana", PIN)
    save_credentials(default, Credentials(f"https://judge:{HUB_PASSWORD}@hub.court.example",
                                          "judge.okafor", TOKEN, "PC 7", device_key=DEVICE_KEY))
    result = import_bundle(default, tiny_bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(default.db) as store:
        store.set_setting("hub_url", f"https://judge:{HUB_PASSWORD}@hub.court.example")
        store.record_progress(result.course_id, "r1", completed=True)
        with store.transaction() as conn:
            conn.execute("UPDATE outbox SET state = 'rejected', error = 'not enrolled' WHERE seq ="
                         " (SELECT MIN(seq) FROM outbox)")
    with LearnerStore.open(ana.db) as store:
        pin_record = store.get_setting("profile_pin")
    logs = data / "logs"
    logs.mkdir()
    (logs / "lectern.log").write_text(
        "2026-01-01 10:00:00,000 1 INFO sync.cli: lectern 0.0.9: sync\n"
        f"2026-01-01 10:00:01,000 1 ERROR sync.hub_client: 401 with Authorization: Bearer {TOKEN}\n"
        f"2026-01-01 10:00:02,000 1 WARNING sync.cli: a careless old line: {TOKEN} pin={PIN} key={DEVICE_KEY}\n"
        f"2026-01-01 10:00:03,000 1 WARNING sync.hub_client: via http://court:{PROXY_PASSWORD}"
        "@proxy.court.local:3128 timed out\n", encoding="utf-8")
    env["PLANTED"] = json.dumps([TOKEN, DEVICE_KEY, PIN, PROXY_PASSWORD, HUB_PASSWORD, pin_record["hash"],
                                 pin_record["salt"]])
    return data, env


def test_diagnostics_say_what_court_it_needs(troubled_pc, tmp_path):
    data, env = troubled_pc
    out = tmp_path / "support" / "diag.zip"
    r = lectern(data, "diagnostics", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"Wrote {out}:") and "no tokens, passwords or PINs" in r.stdout
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "lectern-log-tail.txt", "lectern.json"]
        report = json.loads(zf.read("lectern.json"))
        tail = zf.read("lectern-log-tail.txt").decode()
    import PySide6

    versions = report["versions"]
    assert versions["lectern"] == sync.__version__ and versions["store_schema"] == LATEST
    assert versions["python"] == sys.version.split()[0]
    assert versions["qt"]["pyside6"] == PySide6.__version__ and versions["qt"]["qt"]
    assert versions["os"]["system"] and versions["os"]["platform"]
    site = report["site_config"]
    assert site["file"] == env["LECTERN_SITE_CONFIG"]
    assert site["values"]["proxy"] == "http://***@proxy.court.local:3128"
    assert site["locked"] == ["demo_course", "proxy"]
    assert any("colour" in p and "line 3" in p for p in site["problems"])
    profiles = {p["name"]: p for p in report["profiles"]}
    assert list(profiles) == ["default", "Clerk Ana"]
    default, ana = profiles["default"], profiles["Clerk Ana"]
    assert ana["has_pin"] is True and default["has_pin"] is False
    assert default["schema_version"] == ana["schema_version"] == LATEST
    assert default["signed_in"] is True and default["signed_in_as"] == "judge.okafor"
    assert default["signed_in_to"] == "https://***@hub.court.example"
    assert default["pending"] >= 1 and default["refused"] == 1
    assert default["refused_reasons"] == ["not enrolled"]
    assert [(c["id"], c["version"]) for c in default["courses"]] == [("tiny-en", 1)]
    settings = default["settings"]
    assert settings["demo_course"] == {"value": False, "locked": True}
    assert settings["proxy"] == {"value": "http://***@proxy.court.local:3128", "locked": True}
    assert settings["hub_url"] == {"value": "https://***@hub.court.example", "locked": False}
    assert settings["data_saver"] == {"value": False, "locked": False}
    errors = report["last_errors"]
    assert any(" ERROR sync.hub_client: 401" in line for line in errors)
    assert "timed out" in tail and "lectern 0.0.9: sync" in tail


def test_diagnostics_hold_no_secret_of_the_data_dir(troubled_pc, tmp_path):
    data, env = troubled_pc
    out = tmp_path / "diag.zip"
    assert lectern(data, "diagnostics", str(out), env=env).returncode == 0
    planted = json.loads(env["PLANTED"])
    raw = out.read_bytes()
    with zipfile.ZipFile(out) as zf:
        texts = {name: zf.read(name).decode("utf-8") for name in zf.namelist()}
    for secret in planted:
        assert secret.encode() not in raw
        for name, text in texts.items():
            assert secret not in text, (secret, name)
    assert "[removed]" in texts["lectern-log-tail.txt"]  # the careless line, cut out
    # Nothing in the data dir was changed or created by the diagnostics (read-only).
    assert not list(data.glob("profiles/*/learner.db.v*.bak"))


def test_diagnostics_need_no_pin_and_work_on_an_empty_data_dir(tmp_path):
    data = tmp_path / "nothing-yet"
    out = tmp_path / "diag.zip"
    r = lectern(data, "diagnostics", str(out))
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out) as zf:
        report = json.loads(zf.read("lectern.json"))
    assert report["profiles"] == [] and report["data_dir"] == str(data)


# ------------------------------------------------------------------ the demo course (#13.12)


def test_court_it_can_turn_the_demo_course_off(tmp_path):
    env = site_file(tmp_path, "demo_course = false\n")
    r = lectern(tmp_path / "data", "courses", env=env)
    assert r.returncode == 0 and r.stdout == "No courses installed.\n", r.stdout + r.stderr
    r = lectern(tmp_path / "other", "courses")  # without the site file: offered as before
    assert DEMO_COURSE_ID in r.stdout


def test_demo_progress_never_reaches_the_hub_nor_shows_refusals(tmp_path, hub, new_course,
                                                                make_learner, publisher):
    assert DEMO_COURSE_ID in LOCAL_ONLY_COURSES  # with its other languages
    course = new_course()
    learner = make_learner(course.course_id)
    paths = DataPaths(tmp_path / "data").ensure()
    assert ensure_demo_installed(paths) == DEMO_COURSE_ID
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    save_credentials(paths, Credentials(hub.url, learner.username, learner.token, "PC 7"))
    with LearnerStore.open(paths.db) as store:
        demo = store.manifest(DEMO_COURSE_ID)
        first, second = demo.modules[0].items[0].id, demo.modules[0].items[1].id
        store.record_progress(DEMO_COURSE_ID, first, completed=True)
        store.record_progress(course.course_id, "r1", completed=True)
        # What an earlier Lectern left: a refusal of demo progress nobody could clear.
        store.record_progress(DEMO_COURSE_ID, second, fraction=0.5)
        with store.transaction() as conn:
            conn.execute("UPDATE outbox SET state = 'rejected', error = 'unknown course'"
                         " WHERE course_id = ? AND json_extract(payload, '$.item') = ?",
                         [DEMO_COURSE_ID, second])
        assert store.refusals()
    assert status(paths).pending == 2  # only the real course's progress and completion
    with HubClient(HubSettings(hub.url), learner.token) as client:
        summary = run_sync(paths, client)
    assert summary.rejected == 0 and summary.pushed == 2, summary
    st = status(paths)
    assert st.pending == 0 and st.rejected == [] and st.last_error is None
    with LearnerStore.open(paths.db) as store:
        assert store.item_progress(DEMO_COURSE_ID, first).completed  # kept here
        assert store.refusals() == []
        store.record_progress(DEMO_COURSE_ID, second, completed=True)  # more demo work later
    with HubClient(HubSettings(hub.url), learner.token) as client:
        again = run_sync(paths, client)
    assert (again.pushed, again.rejected) == (0, 0)
    r = lectern(paths.root, "status")
    assert "Refused" not in r.stdout and "Changes waiting to be sent: 0" in r.stdout, r.stdout
