#!/usr/bin/env python3
"""Refresh the translation sources of every interface language and compile them.

`pyside6-lupdate` reads the player's sources into one `lectern_<lang>.ts` per language, keeping
what is translated and marking new or changed messages unfinished (`ts_tool.py unfinished LANG`
lists them; `ts_tool.py merge LANG FILE` brings translations in; `ts_tool.py check` is what the
tests run). English is the source language, so `lectern_en.ts` translates nothing but plurals:
"%n question(s)" gets "%n question" / "%n questions", so an English UI never shows "(s)".
Run from the repository root: `.venv/bin/python resources/translations/update_translations.py`.
"""
from __future__ import annotations

import logging
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


def fill_english_plurals(ts_path: Path) -> int:
    """Give every numerus message its English singular and plural; returns how many."""
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        # "(s)" and "y(ies)": "%n reply(ies)" -> "%n reply" / "%n replies".
        one = source.replace("(s)", "").replace("y(ies)", "y")
        other = source.replace("(s)", "s").replace("y(ies)", "ies")
        for form, text in zip(forms, (one, other)):
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


#: The interface languages (Qt locale names): the six UN languages and Portuguese.
LANGUAGES = ("en", "ar", "zh_CN", "fr", "ru", "es", "pt")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "player").rglob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"lectern_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts),
                        "-source-language", "en", "-target-language", language],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        if language == "en":
            log.info("filled %d English plural messages", fill_english_plurals(ts))
        if language == "en" or not ts_tool.check(language):  # only complete languages ship
            subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                            str(HERE / f"lectern_{language}.qm")],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
