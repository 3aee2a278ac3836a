"""The console's interface languages: Jinja2's i18n extension over plain dict catalogs
(gettext-style: the English text is the key; a missing entry shows the English).

French follows the player's glossary (resources/translations/glossary/fr.json: cours,
discussion, sujet, réponse, certificat, révoqué, progression, se connecter...). Arabic is
partial (the frame and navigation) and lays the pages out right to left: templates use the
`dir` attribute and the stylesheet only logical properties (margin-inline-start, ...).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .catalogs import AR, FR

LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
RTL = frozenset({"ar"})
CATALOGS: dict[str, dict[str, str]] = {"en": {}, "fr": FR, "ar": AR}
TEMPLATES = Path(__file__).parent / "templates"


def language(request: Request) -> str:
    """The chosen language (cookie), else the browser's first known one, else English."""
    from .security import LANG_COOKIE

    chosen = request.cookies.get(LANG_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().split("-")[0].casefold()
        if code in LANGUAGES:
            return code
    return "en"


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n = n / 1000  # type: ignore[assignment]
    return str(n)


def _when(value: str | None) -> str:
    return "" if not value else value[:16].replace("T", " ")


@cache
def environment(lang: str) -> Environment:
    """One environment per language, autoescaping every template (forum text is untrusted)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    catalog = CATALOGS.get(lang, {})

    def gettext(message: str) -> str:
        return catalog.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return catalog.get(singular if n == 1 else plural, singular if n == 1 else plural)

    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["size"] = _size
    env.filters["when"] = _when
    env.globals.update(lang=lang, dir="rtl" if lang in RTL else "ltr", languages=LANGUAGES)
    return env


def render(lang: str, template: str, **context: Any) -> str:
    return environment(lang).get_template(template).render(**context)
