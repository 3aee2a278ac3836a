"""Listings for people and for scripts: whole values when piped, `--json` everywhere, and no
bidi tricks in what the CLI prints (issue #11, items 12 and 14)."""
from __future__ import annotations

import json
import os
import pty
import sys
from pathlib import Path

from terminal import drain

from sync.text_safety import BIDI_MARKS, BIDI_OVERRIDES

LONG_TITLE = "Freedom of expression and the safety of journalists: an introduction"


def test_piped_listing_prints_whole_titles(run_lectern):
    r = run_lectern("courses")
    assert r.returncode == 0, r.stderr
    assert LONG_TITLE in r.stdout and "…" not in r.stdout


def test_terminal_listing_fits_the_terminal(tmp_path):
    """At a narrow terminal the title column gives way; the id stays whole."""
    env = {**os.environ, "COLUMNS": "60", "LINES": "20"}
    script = Path(sys.executable).parent / "lectern"
    pid, fd = pty.fork()
    if pid == 0:  # child: stdout is the terminal
        os.execvpe(str(script), [str(script), "--data-dir", str(tmp_path / "d"), "courses"], env)
    out = drain(fd)
    os.waitpid(pid, 0)
    lines = out.decode().splitlines()
    row = next(line for line in lines if line.startswith("foe-intro-en"))
    assert "…" in row and len(row) <= 60


def test_every_listing_has_json(run_lectern):
    courses = {c["id"]: c for c in json.loads(run_lectern("courses", "--json").stdout)}
    assert set(courses) == {"foe-intro-en", "foe-intro-fr", "foe-intro-ar"}  # the demo's languages
    assert courses["foe-intro-en"]["title"] == LONG_TITLE
    assert {c["required_total"] for c in courses.values()} == {7}
    status = json.loads(run_lectern("status", "--json").stdout)
    assert status["pending"] == 0 and status["hub_url"] is None and status["rejected"] == []
    config = json.loads(run_lectern("config", "--json").stdout)
    assert config["hub_url"] == {"value": "", "locked": False}
    assert json.loads(run_lectern("config", "hub_url", "--json").stdout).keys() == {"hub_url"}
    assert json.loads(run_lectern("profiles", "--json").stdout) == [{"name": "default"}]
    assert json.loads(run_lectern("trust", "--json").stdout) == []


def test_error_lines_carry_no_bidi_controls(run_lectern, tmp_path):
    sneaky = tmp_path / "invoice\u202efdp.lectern"   # shows as "invoicepdf.lectern"-ish
    sneaky.write_bytes(b"not a zip")
    r = run_lectern("import", str(sneaky))
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert not any(c in r.stderr for c in BIDI_OVERRIDES + BIDI_MARKS)
    r = run_lectern("config", "no\u202esuch")
    assert r.returncode == 2 and "\u202e" not in r.stderr


def test_an_unknown_setting_is_refused_before_the_pin_is_asked(run_lectern):
    """The command checks what it was asked first: no PIN for a question with no answer."""
    assert run_lectern("profiles", "--add", "Clerk Ana", "--pin-stdin",
                       input="1234\n").returncode == 0
    r = run_lectern("--profile", "Clerk Ana", "config", "colour", input="")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "no setting called 'colour'" in r.stderr and "PIN" not in r.stderr
    r = run_lectern("--profile", "Clerk Ana", "config", "data_saver", "true", input="")
    assert r.returncode == 2 and "has a PIN" in r.stderr  # a real change needs the PIN
    r = run_lectern("--profile", "Clerk Ana", "--pin-stdin", "config", "data_saver", "true",
                    input="1234\n")
    assert r.returncode == 0 and "data_saver = true" in r.stdout, r.stderr
