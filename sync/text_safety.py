"""Text from other people, made safe to show: no bidi tricks, no control characters.

Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and friends) make text display in an
order other than the one it is stored in: a forum title or a user name can then pose as
something else ("Trojan Source", CVE-2021-42574), and an error line quoting a file name can
hide what it really names. Titles and names lose them; messages that quote user input lose
them too. Long texts (post bodies, readings) keep the implicit marks that right-to-left
writing needs (U+200E, U+200F, U+061C), but never the overrides and isolates.
"""
from __future__ import annotations

import re
import unicodedata

# Embeddings, overrides and isolates: they change the display order of what follows.
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Implicit marks: harmless alone, but a name or title never needs them.
BIDI_MARKS = "\u200e\u200f\u061c"

_OVERRIDES_RE = re.compile(f"[{BIDI_OVERRIDES}]")
# C0 and C1 controls except tab and newline, DEL, and every bidi control.
_LINE_UNSAFE_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_OVERRIDES}{BIDI_MARKS}]")
_NAME_UNSAFE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_OVERRIDES}{BIDI_MARKS}]")
_SPACES_RE = re.compile(r"\s+")


def neutralize(text: str) -> str:
    """For messages that quote user input: bidi controls and control characters removed."""
    return _LINE_UNSAFE_RE.sub("", text)


def clean_name(text: str) -> str:
    """A title or a name: no bidi or control characters, whitespace collapsed, NFC."""
    spaced = _SPACES_RE.sub(" ", unicodedata.normalize("NFC", text))  # line breaks become spaces
    return _SPACES_RE.sub(" ", _NAME_UNSAFE_RE.sub("", spaced)).strip()


def clean_body(text: str) -> str:
    """A post body: overrides and isolates removed; line breaks and RTL marks kept."""
    return _OVERRIDES_RE.sub("", text)


def has_bidi_controls(text: str) -> bool:
    return bool(re.search(f"[{BIDI_OVERRIDES}{BIDI_MARKS}]", text))
