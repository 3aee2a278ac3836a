"""The docs describe only what is built (issue #11 item 16): no feature a court IT reader
would look for in vain, and no command the programs do not have."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2]
UNBUILT = ("mirror mode",)


def _commands(module: str) -> set[str]:
    """The COMMAND names a program's --help lists (one per line, indented four spaces)."""
    helptext = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True,
                              text=True, cwd=DOCS, timeout=60).stdout
    names = set(re.findall(r"^    ([a-z][a-z-]+)(?:\s|$)", helptext, re.MULTILINE))
    assert len(names) > 5, helptext
    return names


def _docs() -> list[Path]:
    return [DOCS / "README.md", *(DOCS / "docs").glob("*.md")]


def test_docs_mention_no_unbuilt_feature():
    for doc in _docs():
        text = doc.read_text(encoding="utf-8").lower()
        for phrase in UNBUILT:
            assert phrase not in text, f"{doc.name} describes '{phrase}', which does not exist"


def test_every_command_the_docs_name_exists():
    hub = _commands("hub.cli")
    assert {"relay", "sync-file", "backup", "restore"} <= hub
    learner = _commands("sync.cli")
    assert "sync-file" in learner
    pattern = re.compile(r"`(lectern-hub|lectern)(?: --?[a-z-]+(?:[ =][^\s`-][^\s`]*)?)* ([a-z][a-z-]+)")
    for doc in _docs():
        for program, command in pattern.findall(doc.read_text(encoding="utf-8")):
            known = hub if program == "lectern-hub" else learner
            assert command in known, f"{doc.name} names `{program} {command}`, which {program} does not have"
