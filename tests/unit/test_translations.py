"""Lint of the interface translations (issue #16).

- Every language Lectern ships is complete and clean (`ts_tool.check`: nothing unfinished,
  placeholders, accelerators, markup, key sequences, CLDR plural forms). A language that
  is not complete yet is an expected failure read from its file (strict: the test says so
  the moment its translator finishes, and then it must stay green).
- Every message sits in a context Lectern looks it up in at run time: a class of player/,
  or a context the code names literally in `QCoreApplication.translate("Context", ...)`.
  An empty context, or a variable's name (`widget.tr(...)`, `tr = _tr`), is a message
  lupdate filed where no lookup will ever find it: it would never be translated.
- No `QCoreApplication.translate(context, text, disambiguation, n)`: pyside6-lupdate
  6.11.3 marks only `self.tr(text, disambiguation, n)` as a plural message.
- The glossary (resources/translations/glossary): each interface term is rendered the
  same way in every message whose English text uses it (one of the language's `match`
  stems appears in the translation).
"""
from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import ts_tool  # noqa: E402 - a script beside the .ts files, not a package

#: The languages Lectern ships (the six UN languages and Portuguese).
LANGUAGES = ("en", "ar", "zh_CN", "fr", "ru", "es", "pt")


def _incomplete(language: str) -> int:
    return 0 if language == "en" else len(ts_tool.unfinished(language))


def _language_params() -> list[object]:
    params: list[object] = []
    for language in LANGUAGES:
        left = _incomplete(language)
        marks = [pytest.mark.xfail(strict=True, reason=f"{left} message(s) not translated yet")] \
            if left else []
        params.append(pytest.param(language, marks=marks, id=language))
    return params


def test_every_language_has_its_source_file() -> None:
    assert sorted(p.stem.removeprefix("lectern_") for p in TRANSLATIONS.glob("lectern_*.ts")) \
        == sorted(LANGUAGES)


@pytest.mark.parametrize("language", _language_params())
def test_language_is_complete_and_clean(language: str) -> None:
    problems = ts_tool.check(language)
    assert not problems, "\n".join(str(p) for p in problems[:40])


def test_complete_languages_have_no_problems_besides_missing_messages() -> None:
    """Until a translator finishes, what is translated must already be right."""
    wrong = [p for lang in LANGUAGES for p in ts_tool.check(lang) if p.what != "not translated"]
    assert not wrong, "\n".join(str(p) for p in wrong[:40])


def _player_sources() -> list[Path]:
    return sorted((REPO / "player").rglob("*.py"))


def _contexts_in_code() -> tuple[set[str], set[str]]:
    """Class names of player/, and the contexts passed literally to `translate(...)` (a
    string, or a module-level name bound to one)."""
    classes: set[str] = set()
    literal: set[str] = set()
    for path in _player_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value
                     for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
            elif isinstance(node, ast.Call) and _called(node) == "translate" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    literal.add(first.value)
                elif isinstance(first, ast.Name) and first.id in constants:
                    literal.add(constants[first.id])
    return classes, literal


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_tool.ts_path(language)).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def test_every_message_is_in_a_context_the_app_looks_up() -> None:
    classes, literal = _contexts_in_code()
    wrong = sorted({(context, (m.find("location").get("filename") if m.find("location") is not None
                               else "?"), m.findtext("source") or "")[:3]
                    for context, m in _messages("en")
                    if not context or context not in classes | literal})
    assert not wrong, "messages lupdate filed where no lookup finds them:\n" + "\n".join(
        f"  context {c!r} in {f}: {s[:60]!r}" for c, f, s in wrong[:30])


def test_no_plural_through_qcoreapplication_translate() -> None:
    """`QCoreApplication.translate(ctx, text, disambiguation, n)` is not marked numerus by
    pyside6-lupdate 6.11.3: write `self.tr(text, disambiguation, n)` in the class instead."""
    found = []
    for path in _player_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node) == "translate" and (
                    len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not found, found


def _glossary() -> list[dict[str, str]]:
    return [t for t in json.loads((TRANSLATIONS / "glossary" / "terms.json").read_text(
        encoding="utf-8"))["terms"] if t["kind"] == "interface"]


def _glossary_params() -> list[object]:
    params: list[object] = []
    for language in LANGUAGES[1:]:
        marks = [] if (TRANSLATIONS / "glossary" / f"{language}.json").exists() else [
            pytest.mark.skip(reason=f"no glossary for {language} yet")]
        params.append(pytest.param(language, marks=marks, id=language))
    return params


@pytest.mark.parametrize("language", _glossary_params())
def test_interface_terms_are_rendered_as_the_glossary_says(language: str) -> None:
    renderings = json.loads((TRANSLATIONS / "glossary" / f"{language}.json").read_text(
        encoding="utf-8"))
    terms = [(t["id"], re.compile(rf"\b{re.escape(t['en'])}\b", re.I)) for t in _glossary()
             if t["id"] in renderings]
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for term_id, pattern in terms:
            if not pattern.search(source.replace("&", "")):
                continue
            stems = [s.lower() for s in renderings[term_id]["match"]]
            for text in texts:
                if not any(stem in text.replace("&", "").lower() for stem in stems):
                    wrong.append(f"[{context}] {source[:50]!r} -> {text[:50]!r}: "
                                 f"'{term_id}' should read {renderings[term_id]['term']!r}")
    assert not wrong, f"{len(wrong)} message(s):\n" + "\n".join(wrong[:40])
