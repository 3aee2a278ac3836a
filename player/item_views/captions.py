"""A small, tolerant WebVTT parser for course captions (pure Python, no Qt).

Caption files come from publishers' tools of every kind, so the parser accepts what real files
contain (a BOM, CRLF or CR line ends, cue identifiers, cue settings, `mm:ss.ttt` timestamps
without hours, a comma as the decimal mark, NOTE/STYLE/REGION blocks) and skips a broken cue
instead of refusing the whole file: a learner is better served by 99 captions than by none.

Cue text is never trusted as markup. `Cue.text` is plain text (tags stripped, entities decoded);
`Cue.html` is the same text HTML-escaped with only `<b>`, `<i>` and `<u>` kept, so a label can
show emphasis without any way for a caption file to inject markup or load anything.
"""
from __future__ import annotations

import bisect
import html
import logging
import re
from dataclasses import dataclass
from typing import Iterable

log = logging.getLogger(__name__)

# hh:mm:ss.ttt or mm:ss.ttt (hours may have more than two digits); "," accepted for ".".
_TIMESTAMP = r"(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?"
_TIMING_RE = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s+(.*))?$")
_TAG_RE = re.compile(r"<(/?)([^>\s./]*)([^>]*)>")
_KEPT_TAGS = {"b", "i", "u"}
_MAX_CUES = 100_000


@dataclass(frozen=True)
class Cue:
    """One caption: shown from `start` (inclusive) to `end` (exclusive), in seconds."""

    start: float
    end: float
    text: str          # plain text, lines joined with "\n"
    html: str          # escaped text with only <b>, <i>, <u> kept; lines joined with "<br>"
    identifier: str = ""
    settings: str = ""  # raw cue settings ("align:start line:90%"); kept, not interpreted


def parse_timestamp(value: str) -> float:
    """Seconds from a WebVTT timestamp ("01:02:03.456" or "02:03.456"); ValueError if bad."""
    m = re.fullmatch(_TIMESTAMP, value.strip())
    if not m:
        raise ValueError(f"not a WebVTT timestamp: {value!r}")
    return _seconds(m.group(1), m.group(2), m.group(3), m.group(4))


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> float:
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        total += int(fraction.ljust(3, "0")) / 1000
    return float(total)


def _render(payload_lines: list[str]) -> tuple[str, str]:
    """Plain text and safe HTML of a cue payload."""
    plain_lines: list[str] = []
    html_lines: list[str] = []
    for line in payload_lines:
        plain_parts: list[str] = []
        html_parts: list[str] = []
        open_tags: list[str] = []
        pos = 0
        for m in _TAG_RE.finditer(line):
            text = html.unescape(line[pos:m.start()])
            plain_parts.append(text)
            html_parts.append(html.escape(text, quote=False))
            pos = m.end()
            closing, name = m.group(1) == "/", m.group(2).lower()
            if name not in _KEPT_TAGS:
                continue  # <c.x>, <v Speaker>, <lang>, <ruby>, <00:01.000> ... dropped
            if closing:
                if name in open_tags:
                    # Close in nesting order so the output stays well formed.
                    while open_tags:
                        top = open_tags.pop()
                        html_parts.append(f"</{top}>")
                        if top == name:
                            break
            else:
                open_tags.append(name)
                html_parts.append(f"<{name}>")
        tail = html.unescape(line[pos:])
        plain_parts.append(tail)
        html_parts.append(html.escape(tail, quote=False))
        html_parts.extend(f"</{t}>" for t in reversed(open_tags))
        plain_lines.append("".join(plain_parts))
        html_lines.append("".join(html_parts))
    return "\n".join(plain_lines).strip(), "<br>".join(html_lines).strip()


def _blocks(text: str) -> Iterable[list[str]]:
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def parse_vtt(text: str) -> list[Cue]:
    """Cues of a WebVTT document, sorted by start time; malformed cues are skipped and logged."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    cues: list[Cue] = []
    skipped = 0
    for index, block in enumerate(_blocks(text)):
        first = block[0].strip()
        if index == 0 and first.startswith("WEBVTT"):
            # The header block may carry metadata lines; a cue can follow without a blank
            # line only in broken files, which we still accept.
            rest = [i for i, line in enumerate(block) if "-->" in line]
            if not rest:
                continue
            block = block[rest[0]:]
            first = block[0].strip()
        if first.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in first:
            continue
        identifier = ""
        if "-->" not in first:
            if len(block) < 2 or "-->" not in block[1]:
                skipped += 1
                continue
            identifier, block = first, block[1:]
        m = _TIMING_RE.match(block[0])
        if not m:
            skipped += 1
            continue
        start = _seconds(*m.group(1, 2, 3, 4))
        end = _seconds(*m.group(5, 6, 7, 8))
        if end <= start:
            skipped += 1
            continue
        plain, safe_html = _render(block[1:])
        cues.append(Cue(start=start, end=end, text=plain, html=safe_html,
                        identifier=identifier, settings=(m.group(9) or "").strip()))
        if len(cues) >= _MAX_CUES:
            log.warning("caption file has more than %d cues; the rest are ignored", _MAX_CUES)
            break
    if skipped:
        log.warning("skipped %d malformed caption cue(s)", skipped)
    cues.sort(key=lambda c: (c.start, c.end))
    return cues


def parse_vtt_bytes(data: bytes) -> list[Cue]:
    """Like parse_vtt, for file contents: UTF-8 (with or without BOM), bad bytes replaced."""
    return parse_vtt(data.decode("utf-8-sig", errors="replace"))


class CueTrack:
    """The cues of one caption file, with a fast "what is showing at t" lookup.

    Cues may overlap (two speakers); `active(t)` returns all of them in start order. A prefix
    maximum of end times lets the lookup stop scanning backwards as soon as no earlier cue can
    still be showing, so it stays cheap at positionChanged rates even for long lectures.
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = sorted(cues, key=lambda c: (c.start, c.end))
        self._starts = [c.start for c in self.cues]
        self._max_end: list[float] = []
        running = float("-inf")
        for cue in self.cues:
            running = max(running, cue.end)
            self._max_end.append(running)

    def __len__(self) -> int:
        return len(self.cues)

    def active(self, seconds: float) -> list[Cue]:
        i = bisect.bisect_right(self._starts, seconds) - 1
        found: list[Cue] = []
        while i >= 0 and self._max_end[i] > seconds:
            if self.cues[i].end > seconds:
                found.append(self.cues[i])
            i -= 1
        found.reverse()
        return found
