#!/usr/bin/env python3
"""Refresh the translation sources of every interface language and compile them.

`pyside6-lupdate` reads the player's sources into one `lectern_<lang>.ts` per language, keeping
what is translated and marking new or changed messages unfinished (`ts_tool.py unfinished LANG`
lists them; `ts_tool.py merge LANG FILE` brings translations in; `ts_tool.py check` is what the
tests run). English is the source language: `lectern_en.ts` gives each message its own text,
and plurals their forms: "%n question(s)" gets "%n question" / "%n questions", so an English
UI never shows "(s)".
lupdate turns `#:` attribute comments of the code into `<extracomment>` notes to translators
(code documentation, noise or misleading to a translator): they are taken out again.

The compiled `.qm` files are not committed: `--compile [DIR]` compiles every language into DIR
(default: this folder; `*.qm` is git-ignored), skipping those already newer than their source.
`dev.py`'s setup, `packaging/build-linux`, `setup.py`'s build and the tests' session fixture run
it. A message not translated yet shows in English (`lrelease -nounfinished`); the tests
(tests/unit/test_translations.py) say which languages are incomplete.
Run from the repository root: `.venv/bin/python resources/translations/update_translations.py`.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ts_tool  # noqa: E402 - a sibling script, not a package

ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
log = logging.getLogger("translations")

#: The interface languages (Qt locale names): the six UN languages and Portuguese.
LANGUAGES = ("en", "ar", "zh_CN", "fr", "ru", "es", "pt")


def fill_english(ts_path: Path) -> int:
    """English is the source: every message's translation is its own text (so the file has
    nothing unfinished and every tool reads it as complete), and every numerus message gets
    its English singular and plural; returns how many messages were filled."""
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") != "yes":
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            translation.text = source
            translation.attrib.pop("type", None)
            filled += 1
            continue
        forms = translation.findall("numerusform")
        # "(s)", "(es)" and "y(ies)": "%n reply(ies)" -> "%n reply" / "%n replies".
        one = source.replace("(s)", "").replace("(es)", "").replace("y(ies)", "y")
        other = source.replace("(s)", "s").replace("(es)", "es").replace("y(ies)", "ies")
        for form, text in zip(forms, (one, other)):
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    ts_tool.write_ts(tree.getroot(), ts_path)
    return filled


def strip_code_comments(ts_path: Path) -> int:
    """Take out the `<extracomment>`s lupdate made of `#:` code comments; returns how many."""
    tree = ET.parse(ts_path)
    stripped = 0
    for message in tree.iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
            stripped += 1
    ts_tool.write_ts(tree.getroot(), ts_path)
    return stripped


def lrelease() -> str:
    """PySide6's `lrelease`: beside this Python (a venv), else on PATH."""
    beside = BIN / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease is missing: install PySide6-Essentials")
    return found


def compile_translations(dest: Path = HERE, force: bool = False) -> list[Path]:
    """Compile every language's `.ts` into `dest/lectern_<lang>.qm`, unless the `.qm` there is
    newer than its source; returns the `.qm` files (all of them, compiled now or not)."""
    dest.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for language in LANGUAGES:
        ts, qm = HERE / f"lectern_{language}.ts", dest / f"lectern_{language}.qm"
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                           check=True, stdout=subprocess.DEVNULL)
            log.info("compiled %s", qm)
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if argv and argv[0] == "--compile":
        compile_translations(Path(argv[1]).resolve() if len(argv) > 1 else HERE)
        return 0
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "player").rglob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"lectern_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts),
                        "-source-language", "en", "-target-language", language],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        strip_code_comments(ts)
        if language == "en":
            log.info("filled %d English messages", fill_english(ts))
        left = len(ts_tool.unfinished(language)) if language != "en" else 0
        if left:
            log.info("%s: %d message(s) to translate (ts_tool.py unfinished %s)", language, left,
                     language)
    compile_translations(force=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
