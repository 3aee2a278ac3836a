#!/usr/bin/env python3
"""Refresh the translation sources and build the English plural forms.

English is the source language, so `lectern_en.ts` translates nothing but plurals: a string
such as "%n question(s)" gets the forms "%n question" / "%n questions" (the "(s)" rule), so an
English UI never shows "(s)". Other languages start from the same `.ts` with Qt Linguist.
Run from the repository root: `.venv/bin/python resources/translations/update_translations.py`.
"""
from __future__ import annotations

import logging
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ts = HERE / "lectern_en.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "player").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts),
                    "-source-language", "en", "-target-language", "en"], check=True, cwd=ROOT)
    log.info("filled %d plural messages", fill_english_plurals(ts))
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / "lectern_en.qm")],
                   check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
