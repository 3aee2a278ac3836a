"""A pseudo-locale for layout tests: every string 40% longer, with accented letters (issue #16).

`LECTERN_PSEUDO_LOCALE=1` installs `PseudoTranslator` over the real translations (see
`player.app.install_translators`): it answers every message with its English source, vowels
accented and padded by 40% of its length, so a label or button that would clip a longer
language shows it on an English screen. Placeholders (`%1`, `%n`, `{count}`), accelerators
(`&F`), markup, entities and key sequences ("Ctrl+Shift+C") are kept as they are.
"""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

#: What must stay as it is: markup, entities, placeholders, accelerators and "&&".
_KEEP = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;|&&|&\w|%(?:\d+|n|L\d+)|\{[a-z_0-9]*\}")
_SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|[A-Z0-9]|Left|Right|Up|Down|"
                       r"Home|End|PgUp|PgDown|Space|Return|Enter|Esc|Escape|Tab|Del|Delete|"
                       r"Backspace|[-+=,.\[\]/])$")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéîõüýÅÉÎÕÜÝçñÇÑ")
_PAD = "ŵĥïšţļęñĝ"
#: the share a string grows by, as a long language's words do (German, Russian: 30-40%)
GROWTH = 0.4


def pseudo(text: str, n: int = -1) -> str:
    """`text` as the pseudo-locale says it."""
    if not text.strip() or _SHORTCUT.match(text):
        return text
    if n >= 0:  # an English plural, as lectern_en.ts writes it out
        text = (text.replace("(s)", "").replace("y(ies)", "y") if n == 1
                else text.replace("(s)", "s").replace("y(ies)", "ies"))
    out, visible, at = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[at:match.start()]
        out.append(plain.translate(_ACCENTED))
        visible += len(plain)
        out.append(match.group())
        at = match.end()
    tail = text[at:]
    out.append(tail.translate(_ACCENTED))
    visible += len(tail)
    extra = math.ceil(visible * GROWTH)
    pad = (_PAD * (extra // len(_PAD) + 1))[:extra]
    return "".join(out) + (" " + pad[1:] if extra > 1 else pad)


class PseudoTranslator(QTranslator):
    """Answers every message (but Qt's layout direction) in the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return ""
        return pseudo(source, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False
