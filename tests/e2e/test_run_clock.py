"""A course run's locked module against a real hub and a wrong PC clock (issue #17).

A run whose module 2 opens tomorrow: the learner downloads the whole course and syncs, and
`lectern outline` shows module 2 locked with its date. The PC clock moved a month forward
(Debian's `faketime`, dev.py APT_TEST) opens nothing: the player judges by the hub's time
from the last sync, advanced by the boot clock. Once the hub's own clock passes the date
(its test hook, LECTERN_HUB_CLOCK_OFFSET) and the learner syncs, module 2 opens, with no
other download.

faketime runs with FAKETIME_DONT_FAKE_MONOTONIC=1: setting a PC's clock (`date -s`, the BIOS)
moves the wall clock only, never CLOCK_BOOTTIME or CLOCK_MONOTONIC, while libfaketime would by
default shift those too, which no real clock change does.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hub_process import start_hub, stop_hub_process

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
FAKETIME = shutil.which("faketime")

pytestmark = pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed (python dev.py setup)")


def lectern(data: Path, *args: str, faked: str | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The `lectern` CLI on the learner's data dir; `faked`: under faketime with that offset."""
    cmd = [sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args]
    env = {**os.environ}
    if faked is not None:
        assert FAKETIME is not None
        cmd = [FAKETIME, "-f", faked, *cmd]
        env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
    result = subprocess.run(cmd, capture_output=True, text=True, input=stdin, cwd=REPO, env=env, timeout=120)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def outline(data: Path, course_id: str, faked: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(lectern(data, "outline", course_id, "--json", faked=faked).stdout)
    return doc


@pytest.fixture
def run_hub(tmp_path: Path) -> Any:
    """A hub of its own, whose clock the test moves through a file (re-read by the hub)."""
    offset = tmp_path / "hub-clock-offset"
    offset.write_text("0")
    hub = start_hub(tmp_path / "hub", env={"LECTERN_HUB_CLOCK_OFFSET": f"@{offset}"})
    hub.offset_file = offset   # type: ignore[attr-defined]
    yield hub
    stop_hub_process(hub.proc)


def test_module_2_opens_by_the_hubs_clock_not_the_pcs(run_hub: Any, publisher: Any, tmp_path: Path) -> None:
    hub = run_hub
    hub.cli("trust", publisher.public_key)
    family = "runclock"
    course = f"{family}-en"
    hub.cli("publish", publisher.bundle(course, family=family))
    now = datetime.now(timezone.utc).replace(microsecond=0)
    start, tomorrow = now - timedelta(days=1), now + timedelta(days=1)
    created = hub.cli("run", "create", family, "--start", start.isoformat(),
                      "--schedule", f"m2={tomorrow.isoformat()}", "--title", "May cohort")
    run_id = re.search(r"\b(\d+)\b", created.stdout)
    assert run_id is not None, created.stdout
    hub.cli("user", "add", "ada", "--password-stdin", input=PASSWORD + "\n")
    hub.cli("enrol", "ada", course, "--run", run_id.group(1))

    data = tmp_path / "pc"
    lectern(data, "trust", str(publisher.public_key))
    lectern(data, "login", "--hub", hub.url, "--user", "ada", "--password-stdin", stdin=PASSWORD + "\n")
    lectern(data, "download", course)                    # the whole course, on day one
    lectern(data, "sync")

    doc = outline(data, course)
    m1, m2 = doc["modules"]
    assert doc["run"]["title"] == "May cohort" and doc["hub_time_known"]
    assert m1["state"] == "open"
    assert m2["state"] == "locked"
    assert datetime.fromisoformat(m2["opens_at"]) == tomorrow
    assert [i["item_id"] for i in m2["items"]] == ["r2", "r3", "f1"]
    text = lectern(data, "outline", course).stdout
    assert "Module 2: Module two [locked, opens on" in text

    # The PC clock a month forward: faketime works on this process, and opens nothing.
    month = "+30d"
    probe = subprocess.run([FAKETIME, "-f", month, sys.executable, "-c", "import time; print(time.time())"],
                           capture_output=True, text=True, env={**os.environ, "FAKETIME_DONT_FAKE_MONOTONIC": "1"},
                           check=True)
    assert float(probe.stdout) > time.time() + 29 * 86400
    assert outline(data, course, faked=month)["modules"][1]["state"] == "locked"
    lectern(data, "sync", faked=month)                   # a sync under the wrong clock too
    faked = outline(data, course, faked=month)
    assert faked["modules"][1]["state"] == "locked"
    assert datetime.fromisoformat(faked["hub_time"]) < tomorrow

    # The hub's own clock passes the date; after a sync, module 2 opens (nothing downloaded).
    hub.offset_file.write_text(str(2 * 86400))
    time.sleep(0.05)
    downloads = sorted(p.name for p in (data / "blobs").rglob("*") if p.is_file())
    lectern(data, "sync")
    opened = outline(data, course)
    assert [m["state"] for m in opened["modules"]] == ["open", "open"]
    assert datetime.fromisoformat(opened["hub_time"]) >= tomorrow
    assert sorted(p.name for p in (data / "blobs").rglob("*") if p.is_file()) == downloads
