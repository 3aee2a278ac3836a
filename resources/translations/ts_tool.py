#!/usr/bin/env python3
"""Work on the Qt Linguist sources without Qt Linguist: list what is left, bring translations
in, and check them (the tests run `check`).

    ts_tool.py unfinished LANG [--all] > todo.json   # messages still to translate
    ts_tool.py merge LANG done.json                  # put translations in (marks them finished)
    ts_tool.py check [LANG ...]                      # placeholders, accelerators, plural forms

A JSON entry is {"context", "source", "disambiguation"?, "numerus"?, "translation"} where
`translation` is a string, or for a numerus message a list with one text per plural form of
the language (CLDR: Arabic 6, Russian 3, Chinese 1, the others 2; `forms` in `unfinished`'s
output says how many and which numbers each one is for).
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Plural forms Qt uses for each language (the order of `numerusform`s), with sample numbers.
PLURAL_FORMS: dict[str, list[str]] = {
    "en": ["one (1)", "other (0, 2, 3, …)"],
    "fr": ["one (0, 1)", "other (2, 3, …)"],
    "es": ["one (1)", "other (0, 2, 3, …)"],
    "pt": ["one (1)", "other (0, 2, 3, …)"],
    "ru": ["one (1, 21, 31, …)", "few (2–4, 22–24, …)", "many (0, 5–20, 25–30, …)"],
    "ar": ["zero (0)", "one (1)", "two (2)", "few (3–10, 103–110, …)",
           "many (11–99, 111–199, …)", "other (100–102, 200–202, …)"],
    "zh_CN": ["other (all numbers)"],
}

_PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
#: an accelerator: "&" before a letter or digit, not "&&" and not an entity like "&amp;"
_ACCELERATOR = re.compile(r"(?<!&)&(?![&#]|[a-zA-Z]+;)(\w)")
#: a key sequence ("Ctrl+Shift+C", "F1", "Alt+Left"): translated, it must stay the same keys
_SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|[A-Z0-9]|Left|Right|Up|Down|"
                       r"Home|End|PgUp|PgDown|Space|Return|Enter|Esc|Escape|Tab|Del|Delete|"
                       r"Backspace|[-+=,.\[\]/])$")


@dataclass(frozen=True)
class Problem:
    language: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.language}: [{self.context}] {self.source[:70]!r}: {self.what}"


def ts_path(language: str) -> Path:
    return HERE / f"lectern_{language}.ts"


def _protect(text: str) -> str:
    """Escape as lupdate does (Qt's linguist `protect`): the five XML entities, and control
    characters and non-ASCII spaces as numeric entities."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def _element_lines(element: ET.Element, depth: int, lines: list[str]) -> None:
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in element.attrib.items())
    pad = " " * (4 * depth)
    if len(element):
        lines.append(f"{pad}<{element.tag}{attrs}>")
        for child in element:
            _element_lines(child, depth + 1, lines)
        lines.append(f"{pad}</{element.tag}>")
    elif element.tag == "location":
        lines.append(f"{pad}<{element.tag}{attrs}/>")
    else:
        lines.append(f"{pad}<{element.tag}{attrs}>{_protect(element.text or '')}</{element.tag}>")


def write_ts(root: ET.Element, path: Path) -> None:
    """Write a .ts file as lupdate writes it (its DOCTYPE, indentation and escaping), so a
    merge changes only the lines of the messages it touched."""
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:
        lines.append(f"<{context.tag}>")
        for child in context:
            _element_lines(child, 1, lines)
        lines.append(f"</{context.tag}>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                         "obsolete")
            and all(_texts(message)))


def unfinished(language: str, everything: bool = False) -> list[dict[str, object]]:
    root = ET.parse(ts_path(language)).getroot()
    out: list[dict[str, object]] = []
    for context, message in _messages(root):
        if not everything and _finished(message):
            continue
        entry: dict[str, object] = {"context": context, "source": message.findtext("source") or ""}
        comment = message.findtext("comment")
        if comment:
            entry["disambiguation"] = comment
        if message.get("numerus") == "yes":
            entry["numerus"] = True
            entry["forms"] = PLURAL_FORMS[language]
        texts = _texts(message)
        if everything:
            entry["translation"] = texts if message.get("numerus") == "yes" else (texts or [""])[0]
        out.append(entry)
    return out


def merge(language: str, entries: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Write translations in; returns how many were set and the entries that matched nothing."""
    path = ts_path(language)
    tree = ET.parse(path)
    index: dict[tuple[str, str, str], ET.Element] = {}
    for context, message in _messages(tree.getroot()):
        index[(context, message.findtext("source") or "", message.findtext("comment") or "")] = message
    done, missing = 0, []
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("disambiguation") or ""))
        message = index.get(key)
        if message is None:
            missing.append(f"[{key[0]}] {key[1][:60]!r}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = entry["translation"]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        translation.attrib.pop("type", None)
        done += 1
    write_ts(tree.getroot(), path)
    return done, missing


def check(language: str) -> list[Problem]:
    """What a translator can get wrong without noticing: placeholders, accelerators, markup,
    plural forms, and messages left unfinished."""
    root = ET.parse(ts_path(language)).getroot()
    problems: list[Problem] = []
    wanted_forms = len(PLURAL_FORMS[language])
    for context, message in _messages(root):
        source = message.findtext("source") or ""

        def say(what: str) -> None:
            problems.append(Problem(language, context, source, what))

        if not _finished(message):
            say("not translated")
            continue
        texts = _texts(message)
        numerus = message.get("numerus") == "yes"
        if _SHORTCUT.match(source) and texts != [source]:
            say(f"a key sequence must stay {source!r}, not {texts!r}")
            continue
        if numerus and len(texts) != wanted_forms:
            say(f"{len(texts)} plural forms, {language} has {wanted_forms}")
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for text in texts:
            got = sorted(set(_PLACEHOLDER.findall(text)))
            if numerus and language != "en":
                # A form may leave out %n when its number is implied ("one file", Arabic's
                # dual); the other placeholders stay.
                wanted_here = [p for p in wanted if p != "%n"]
                got = [p for p in got if p != "%n"]
            else:
                wanted_here = wanted
            if got != wanted_here:
                say(f"placeholders {got} instead of {wanted_here}: {text[:60]!r}")
            if bool(_ACCELERATOR.search(source)) != bool(_ACCELERATOR.search(text)):
                say(f"the source {'has' if _ACCELERATOR.search(source) else 'has no'} "
                    f"keyboard accelerator (&): {text[:60]!r}")
            if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
                say(f"markup differs from the source: {text[:60]!r}")
            if source.strip() and not text.strip():
                say("empty translation")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "unfinished":
        json.dump(unfinished(argv[1], "--all" in argv), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) == 3 and argv[0] == "merge":
        entries = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        done, missing = merge(argv[1], entries)
        print(f"{done} translations merged into {ts_path(argv[1]).name}")
        for m in missing:
            print(f"  no such message: {m}")
        return 1 if missing else 0
    if argv and argv[0] == "check":
        languages = argv[1:] or list(PLURAL_FORMS)
        problems = [p for lang in languages for p in check(lang)]
        for p in problems[:300]:
            print(p)
        print(f"{len(problems)} problem(s) in {', '.join(languages)}")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
