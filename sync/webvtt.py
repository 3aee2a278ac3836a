"""WebVTT captions: the W3C parser the player uses, and the check run at bundle build and import.

Pure Python, no Qt. The parser follows the W3C WebVTT specification, section 6 "Parsing"
(https://www.w3.org/TR/webvtt1/#parsing): the file signature, the header, blocks (a line holding
"-->" starts a new cue even without a blank line before it), timestamps, cue settings, NOTE,
STYLE and REGION blocks, a BOM, CRLF/CR line ends, NUL as U+FFFD. Like the specification, it
skips what it cannot read instead of refusing the file: a learner is better served by 99 captions
than by none. Two consequences worth knowing:

* A file that does not start with "WEBVTT" gives no cues at all (the specification aborts), and
  a timestamp needs exactly three fraction digits after a "." (an SRT-style "00:01,500" is not
  a WebVTT timestamp, so that cue is skipped). `check_captions` turns both into a clear error at
  bundle build and import, where the publisher can still fix the file.
* A cue whose end is not after its start is kept, as the specification says; it is simply never
  showing (`CueTrack.active` wants start <= t < end).

Cue text is never trusted as markup. The cue text tokenizer is a linear-time state machine
(no regular expression that could backtrack): `Cue.text` is plain text (tags dropped, character
references decoded as HTML does), `Cue.html` is the same text HTML-escaped with only `<b>`, `<i>`
and `<u>` kept, so a label can show emphasis without any way for a caption file to inject markup
or load anything. Every step is linear in the size of the file, and the player also caps the text
it renders per cue, so even a hostile file that never went through `check_captions` (a bundle
imported by an older version) cannot freeze the UI thread.
"""
from __future__ import annotations

import bisect
import html
import logging
import math
import re
from dataclasses import dataclass, field

from .errors import BundleError, BundleErrorKind

log = logging.getLogger(__name__)

MAX_CUES = 100_000                    # cues kept by the player; more is refused at build/import
MAX_CUE_CHARS = 2_000                 # characters of one cue's text (and of its id/timing line)
MAX_CUE_LINES = 32                    # lines of one cue's text
MAX_FILE_BYTES = 16 * 1024 * 1024     # a caption file; a long lecture's captions are ~100 KB
# The player renders at most this much of one cue: a cue that never went through check_captions
# can be huge, and a label with megabytes of text would stall Qt's layout even if parsing is fast.
RENDER_CHARS = 10 * MAX_CUE_CHARS
_MAX_MARKUP_DEPTH = 16                # nested <b>/<i>/<u> put into Cue.html; deeper ones dropped

_ASCII_WS = " \t\n\f\r"               # the specification's "ASCII whitespace"
_WS_RUN = re.compile(r"[ \t\n\f\r]+")
_DIGITS = re.compile(r"[0-9]*")       # ASCII digits only: str.isdigit() would take "٣" too
_PERCENTAGE = re.compile(r"[0-9]+(?:\.[0-9]+)?%")
_LINE_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_TAG_NAME = re.compile(r"[^\t\n\f .]*")
_MAX_HOUR_DIGITS = 15                 # beyond that int() gets slow (and it is not a real time)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Region:
    """A WebVTT region (REGION block); percentages are 0..100 as in the specification."""

    identifier: str = ""
    width: float = 100.0
    lines: int = 3
    region_anchor: tuple[float, float] = (0.0, 100.0)
    viewport_anchor: tuple[float, float] = (0.0, 100.0)
    scroll: str = ""                  # "" (none) or "up"


@dataclass(frozen=True)
class CueSettings:
    """Parsed cue settings; the defaults are the specification's. None means "auto"."""

    vertical: str = ""                # "", "rl" or "lr"
    line: float | None = None
    snap_to_lines: bool = True
    line_align: str = "start"         # "start", "center", "end"
    position: float | None = None
    position_align: str = "auto"      # "auto", "line-left", "center", "line-right"
    size: float = 100.0
    align: str = "center"             # "start", "center", "end", "left", "right"
    region: Region | None = None
    raw: str = ""                     # the settings as written after the end time

    def __str__(self) -> str:
        return self.raw


@dataclass(frozen=True)
class Cue:
    """One caption: shown from `start` (inclusive) to `end` (exclusive), in seconds."""

    start: float
    end: float
    text: str          # plain text, lines joined with "\n"
    html: str          # escaped text with only <b>, <i>, <u> kept; lines joined with "<br>"
    identifier: str = ""
    settings: CueSettings = field(default_factory=CueSettings)
    payload: str = ""  # the cue text exactly as in the file (tags and references not decoded)


@dataclass(frozen=True)
class VttDocument:
    """What the parser found: cues in file order, regions, and STYLE blocks' CSS text."""

    cues: tuple[Cue, ...] = ()
    regions: tuple[Region, ...] = ()
    styles: tuple[str, ...] = ()
    signature_ok: bool = True   # False: not a WebVTT file (no "WEBVTT" signature): no cues
    skipped: int = 0            # blocks whose timing line could not be read
    truncated: bool = False     # more than MAX_CUES cues; the rest were ignored


@dataclass
class _RawCue:
    """A cue as collected from the file, before its text is rendered."""

    identifier: str
    start: float
    end: float
    settings: CueSettings
    payload: str
    line_no: int       # 1-based line of the timing line, for messages
    timing_line: str


# --------------------------------------------------------------------------- timestamps


def _digits_end(s: str, pos: int) -> int:
    """The index after the ASCII digits (none or more) from `pos`."""
    match = _DIGITS.match(s, pos)
    assert match is not None  # a `*` pattern matches everywhere
    return match.end()


def _tag_name(tag: str) -> str:
    """A cue tag's name: its text up to a space or a class's dot."""
    match = _TAG_NAME.match(tag)
    assert match is not None  # a `*` pattern matches everywhere
    return match.group()


def _field(s: str, pos: int, separator: str, width: int) -> tuple[int, int] | None:
    """`separator` at `pos` then exactly `width` digits: (their value, new pos) or None."""
    if pos >= len(s) or s[pos] != separator:
        return None
    end = _digits_end(s, pos + 1)
    if end - (pos + 1) != width:
        return None
    return int(s[pos + 1:end]), end


def _collect_timestamp(s: str, pos: int) -> tuple[float, int] | None:
    """The specification's "collect a WebVTT timestamp" at `pos`: (seconds, new pos) or None."""
    if pos >= len(s) or not "0" <= s[pos] <= "9":
        return None
    end = _digits_end(s, pos)
    string1 = s[pos:end]
    if len(string1) > _MAX_HOUR_DIGITS:
        return None
    value1 = int(string1)
    hours = len(string1) != 2 or value1 > 59
    second = _field(s, end, ":", 2)
    if second is None:
        return None
    value2, pos = second
    if hours or (pos < len(s) and s[pos] == ":"):
        third = _field(s, pos, ":", 2)
        if third is None:
            return None
        value3, pos = third
    else:
        value1, value2, value3 = 0, value1, value2
    fraction = _field(s, pos, ".", 3)
    if fraction is None:
        return None
    value4, end = fraction
    if value2 > 59 or value3 > 59:
        return None
    return value1 * 60 * 60 + value2 * 60 + value3 + value4 / 1000, end


def parse_timestamp(value: str) -> float:
    """Seconds from a WebVTT timestamp ("01:02:03.456" or "02:03.456"); ValueError if bad.

    Exactly as the specification reads timestamps: minutes and seconds are two digits (at most
    59), the fraction is exactly three digits after a "." (no "," and no short fractions), hours
    are optional and may have more than two digits.
    """
    text = value.strip(_ASCII_WS)
    found = _collect_timestamp(text, 0)
    if found is None or found[1] != len(text):
        raise ValueError(f"not a WebVTT timestamp: {value!r}")
    return found[0]


def _clock(seconds: float) -> str:
    """A timestamp for messages: "1:02:03.500" or "02:03.500"."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    clock = f"{minutes:02d}:{secs:02d}.{ms:03d}"
    return f"{hours}:{clock}" if hours else clock


# --------------------------------------------------------------------------- settings


def _split_on_spaces(text: str) -> list[str]:
    """The specification's "split on ASCII whitespace" (str.split() would also split on \\v)."""
    return [token for token in _WS_RUN.split(text) if token]


def _name_value(token: str) -> tuple[str, str] | None:
    colon = token.find(":")
    if colon <= 0 or colon == len(token) - 1:
        return None
    return token[:colon], token[colon + 1:]


def _float(text: str) -> float | None:
    """HTML's "rules for parsing floating-point number values" on pre-validated text."""
    number = float(text)
    if math.isinf(number):
        return None           # rounds to 2^1024: an error in HTML
    return number + 0.0       # no negative zero (HTML's set of values has none)


def _percentage(text: str) -> float | None:
    """The specification's "parse a percentage string": a number 0..100, or None."""
    if not _PERCENTAGE.fullmatch(text):
        return None
    number = _float(text[:-1])
    if number is None or not 0 <= number <= 100:
        return None
    return number


def _parse_cue_settings(text: str, regions: dict[str, Region]) -> CueSettings:
    """The specification's "parse the WebVTT cue settings"; unknown or bad settings are ignored."""
    vertical, line, snap, line_align = "", None, True, "start"
    position, position_align, size, align = None, "auto", 100.0, "center"
    region: Region | None = None
    for token in _split_on_spaces(text):
        pair = _name_value(token)
        if pair is None:
            continue
        name, value = pair
        if name == "region":
            region = regions.get(value)
        elif name == "vertical":
            if value in ("rl", "lr"):
                vertical = value
            if vertical:
                region = None
        elif name == "line":
            linepos, comma, linealign = value.partition(",")
            if not any("0" <= c <= "9" for c in linepos):
                continue
            if linepos.endswith("%"):
                number = _percentage(linepos)
            elif _LINE_NUMBER.fullmatch(linepos):
                number = _float(linepos)
            else:
                continue
            if number is None:
                continue
            if comma:
                if linealign not in ("start", "center", "end"):
                    continue
                line_align = linealign
            line, snap = number, not linepos.endswith("%")
            region = None
        elif name == "position":
            colpos, comma, colalign = value.partition(",")
            number = _percentage(colpos)
            if number is None:
                continue
            if comma:
                if colalign not in ("line-left", "center", "line-right"):
                    continue
                position_align = colalign
            position = number
        elif name == "size":
            number = _percentage(value)
            if number is None:
                continue
            size = number
            if size != 100:
                region = None
        elif name == "align":
            if value in ("start", "center", "end", "left", "right"):
                align = value
    return CueSettings(vertical=vertical, line=line, snap_to_lines=snap, line_align=line_align,
                       position=position, position_align=position_align, size=size, align=align,
                       region=region, raw=text.strip(_ASCII_WS))


def _parse_region_settings(text: str) -> Region:
    """The specification's "collect WebVTT region settings"; bad settings keep the defaults."""
    values: dict[str, object] = {}
    for token in _split_on_spaces(text):
        pair = _name_value(token)
        if pair is None:
            continue
        name, value = pair
        if name == "id":
            values["identifier"] = value
        elif name == "width":
            number = _percentage(value)
            if number is not None:
                values["width"] = number
        elif name == "lines":
            # ASCII digits only; more than 4,000 of them is past what int() reads by default.
            if _DIGITS.fullmatch(value) and len(value) <= 4000:
                values["lines"] = int(value)
        elif name in ("regionanchor", "viewportanchor"):
            x_text, comma, y_text = value.partition(",")
            x, y = _percentage(x_text), _percentage(y_text)
            if comma and x is not None and y is not None:
                values["region_anchor" if name == "regionanchor" else "viewport_anchor"] = (x, y)
        elif name == "scroll":
            if value == "up":
                values["scroll"] = "up"
    return Region(**values)  # type: ignore[arg-type]


def _parse_timing_line(line: str,
                       regions: dict[str, Region]) -> tuple[float, float, CueSettings] | None:
    """The specification's "collect WebVTT cue timings and settings"; None if that fails."""
    n = len(line)
    pos = 0
    while pos < n and line[pos] in _ASCII_WS:
        pos += 1
    found = _collect_timestamp(line, pos)
    if found is None:
        return None
    start, pos = found
    while pos < n and line[pos] in _ASCII_WS:
        pos += 1
    if not line.startswith("-->", pos):
        return None
    pos += 3
    while pos < n and line[pos] in _ASCII_WS:
        pos += 1
    found = _collect_timestamp(line, pos)
    if found is None:
        return None
    end, pos = found
    return start, end, _parse_cue_settings(line[pos:], regions)


# --------------------------------------------------------------------------- file parsing


def _normalize(text: str) -> str:
    """The specification's input preprocessing (and the BOM a UTF-8 decode drops)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\x00", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")


def _signature_ok(text: str) -> bool:
    """The file signature: the text "WEBVTT" alone, or followed by a space, a tab or a line feed."""
    if len(text) == 6:
        return text == "WEBVTT"
    return len(text) > 6 and text.startswith("WEBVTT") and text[6] in " \t\n"


class _FileParser:
    """The WebVTT parser algorithm over a list of lines.

    The specification moves a position through the string; here the position is the index of
    a line (the input split on "\\n"), which is the same thing because the algorithm only ever
    stops at line starts. Position "past the end" is the index after the last line, or the last
    line when it is empty (the input ended with a line feed).
    """

    def __init__(self, text: str, max_cues: int) -> None:
        self.lines = text.split("\n")
        self.n = len(self.lines)
        self.i = 0
        self.max_cues = max_cues
        self.seen_cue = False
        self.regions: list[Region] = []
        self.regions_by_id: dict[str, Region] = {}
        self.styles: list[str] = []
        self.cues: list[_RawCue] = []
        self.skipped = 0
        self.truncated = False

    def past_end(self) -> bool:
        return self.i >= self.n or (self.i == self.n - 1 and self.lines[self.i] == "")

    def skip_line_feeds(self) -> None:
        while self.i < self.n - 1 and self.lines[self.i] == "":
            self.i += 1

    def run(self) -> None:
        """From after the signature check: the header, then the block loop."""
        if self.n == 1:
            return                      # only the signature line, no line feed
        self.i = 1
        if self.past_end():
            return
        if self.lines[self.i] != "":
            self.collect_block(in_header=True)
        else:
            self.i += 1
        self.skip_line_feeds()
        while not self.past_end():
            self.collect_block(in_header=False)
            self.skip_line_feeds()
            if len(self.cues) >= self.max_cues:
                self.truncated = not self.past_end()
                return

    def collect_block(self, in_header: bool) -> None:
        """The specification's "collect a WebVTT block"; what it returns is stored on self."""
        lines, n = self.lines, self.n
        line_count = 0
        previous = self.i
        buffer: list[str] = []
        seen_arrow = False
        cue: tuple[str, float, float, CueSettings, int, str] | None = None
        stylesheet = False
        region = False
        while True:
            line = lines[self.i]
            line_no = self.i + 1
            line_count += 1
            seen_eof = self.i == n - 1
            self.i += 1
            if "-->" in line:
                if not in_header and (line_count == 1 or (line_count == 2 and not seen_arrow)):
                    seen_arrow = True
                    previous = self.i
                    timing = _parse_timing_line(line, self.regions_by_id)
                    if timing is None:
                        cue = None
                        self.skipped += 1
                    else:
                        cue = ("\n".join(buffer), *timing, line_no, line)
                        buffer = []
                        self.seen_cue = True
                else:
                    self.i = previous
                    break
            elif line == "":
                break
            else:
                if not in_header and line_count == 2 and not self.seen_cue and buffer:
                    first = buffer[0]
                    if first.startswith("STYLE") and not first[5:].strip(_ASCII_WS):
                        stylesheet = True
                        buffer = []
                    elif first.startswith("REGION") and not first[6:].strip(_ASCII_WS):
                        region = True
                        buffer = []
                buffer.append(line)
                previous = self.i
            if seen_eof:
                break
        if cue is not None:
            identifier, start, end, settings, timing_no, timing_line = cue
            self.cues.append(_RawCue(identifier, start, end, settings, "\n".join(buffer),
                                     timing_no, timing_line))
        elif stylesheet:
            self.styles.append("\n".join(buffer))
        elif region:
            found = _parse_region_settings("\n".join(buffer))
            self.regions.append(found)
            self.regions_by_id[found.identifier] = found   # a cue takes the last with its id


def _parse(text: str, max_cues: int) -> tuple[bool, _FileParser]:
    text = _normalize(text)
    parser = _FileParser(text, max_cues)
    if not _signature_ok(text):
        return False, parser
    parser.run()
    return True, parser


# --------------------------------------------------------------------------- cue text


def render_cue_text(payload: str) -> tuple[str, str]:
    """Plain text and safe HTML of a cue's text, by the WebVTT cue text parsing rules.

    The tokenizer is the specification's state machine. Its states only ever stop at a "<"
    (data state) or at a ">" (every tag state), so each state is run with one `str.find` that
    moves forward: every character is looked at a bounded number of times, whatever the input
    ("<<<<..." without ">" is one unterminated tag, read once). Character references in text
    are decoded as HTML does (`html.unescape`); tags become the specification's node tree, of
    which only <b>, <i> and <u> reach the HTML (at most 16 deep), the rest only shape nesting.
    """
    plain: list[str] = []
    out: list[str] = []
    stack: list[tuple[str, bool]] = []     # open nodes: (tag name, emitted into out)
    depth = 0                              # emitted <b>/<i>/<u> currently open
    pos, n = 0, len(payload)
    while pos < n:
        lt = payload.find("<", pos)
        if lt != pos:                      # data state: text up to the next "<"
            end = n if lt < 0 else lt
            text = html.unescape(payload[pos:end])
            plain.append(text)
            out.append(html.escape(text, quote=False).replace("\n", "<br>"))
            pos = end
            continue
        gt = payload.find(">", pos + 1)    # tag states: everything up to ">" (or the end)
        end = n if gt < 0 else gt
        tag = payload[pos + 1:end]
        pos = n if gt < 0 else gt + 1
        if tag.startswith("/"):            # end tag: closes the current node only if it matches
            name = tag[1:]
            if stack and stack[-1][0] == name:
                closing = [stack.pop()]
            elif name == "ruby" and stack and stack[-1][0] == "rt":
                closing = [stack.pop(), stack.pop()]
            else:
                continue
            for kind, emitted in closing:
                if emitted:
                    out.append(f"</{kind}>")
                    depth -= 1
            continue
        if not tag or tag[0] in "\t\n\f ." or "0" <= tag[0] <= "9":
            continue                       # empty name, or a timestamp tag: nothing to show
        name = _tag_name(tag)
        if name in ("b", "i", "u"):
            emitted = depth < _MAX_MARKUP_DEPTH
            if emitted:
                out.append(f"<{name}>")
                depth += 1
            stack.append((name, emitted))
        elif name in ("c", "ruby", "v", "lang") or (
                name == "rt" and stack and stack[-1][0] == "ruby"):
            stack.append((name, False))
    out.extend(f"</{kind}>" for kind, emitted in reversed(stack) if emitted)
    return "".join(plain), "".join(out)


def _make_cue(raw: _RawCue) -> tuple[Cue, bool]:
    payload = raw.payload
    capped = len(payload) > RENDER_CHARS
    text, safe_html = render_cue_text(payload[:RENDER_CHARS] if capped else payload)
    return Cue(start=raw.start, end=raw.end, text=text, html=safe_html, identifier=raw.identifier,
               settings=raw.settings, payload=payload), capped


# --------------------------------------------------------------------------- public API


def parse_document(text: str) -> VttDocument:
    """Everything in a WebVTT file, cues in file order (see the module docstring)."""
    signature_ok, parser = _parse(text, MAX_CUES)
    cues: list[Cue] = []
    capped = 0
    for raw in parser.cues:
        cue, was_capped = _make_cue(raw)
        cues.append(cue)
        capped += was_capped
    if capped:
        log.warning("%d caption cue(s) longer than %d characters were cut short",
                    capped, RENDER_CHARS)
    return VttDocument(cues=tuple(cues), regions=tuple(parser.regions), styles=tuple(parser.styles),
                       signature_ok=signature_ok, skipped=parser.skipped,
                       truncated=parser.truncated)


def parse_vtt(text: str) -> list[Cue]:
    """Cues of a WebVTT document, sorted by start time; unreadable cues are skipped and logged."""
    doc = parse_document(text)
    if not doc.signature_ok:
        log.warning("caption file does not start with WEBVTT: not a WebVTT file, no captions shown")
    if doc.skipped:
        log.warning("skipped %d caption cue(s) with unreadable timings", doc.skipped)
    if doc.truncated:
        log.warning("caption file has more than %d cues; the rest are ignored", MAX_CUES)
    return sorted(doc.cues, key=lambda c: (c.start, c.end))


def parse_vtt_bytes(data: bytes) -> list[Cue]:
    """Like parse_vtt, for file contents: UTF-8 (with or without BOM), bad bytes replaced."""
    return parse_vtt(data.decode("utf-8-sig", errors="replace"))


def check_captions(data: bytes, where: str) -> None:
    """Refuse a caption file the player could not use, before a bundle is built or imported.

    `where` names the file for a person, e.g. 'Captions “English” of “Lecture 1”'. Raises
    BundleError(INVALID_MANIFEST) with a message saying what is wrong and what to do when the
    file is too large, not UTF-8, not WebVTT (no "WEBVTT" signature), has too many cues, or has
    a cue whose text, lines or timing line are absurdly long. Returns None when the file is fine.
    """
    label = where[:1].upper() + where[1:]

    def fail(message: str) -> BundleError:
        return BundleError(BundleErrorKind.INVALID_MANIFEST, f"{label}: {message}")

    if len(data) > MAX_FILE_BYTES:
        raise fail(f"the file is {len(data) / 1_048_576:,.1f} MB (the limit for captions is "
                   f"{MAX_FILE_BYTES // 1_048_576} MB). Check that it is the right file, split or "
                   "shorten it, and rebuild the course.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"the file is not UTF-8 text (byte {exc.start:,} cannot be read). Save it "
                   "as UTF-8 in your caption editor and rebuild the course.") from None
    signature_ok, parser = _parse(text, MAX_CUES + 1)
    if not signature_ok:
        raise fail("the file is not WebVTT: its first line must be “WEBVTT”. Convert it to "
                   "WebVTT (.vtt) and rebuild the course.")
    if len(parser.cues) > MAX_CUES:
        raise fail(f"the file has more than {MAX_CUES:,} cues. Split the captions or check that "
                   "it is the right file, and rebuild the course.")
    for number, raw in enumerate(parser.cues, start=1):
        cue = f"cue {number} (line {raw.line_no:,}, at {_clock(raw.start)})"
        if len(raw.payload) > MAX_CUE_CHARS:
            raise fail(f"{cue} is {len(raw.payload):,} characters long (the limit is "
                       f"{MAX_CUE_CHARS:,}). Shorten it and rebuild the course.")
        lines = raw.payload.count("\n") + 1
        if lines > MAX_CUE_LINES:
            raise fail(f"{cue} has {lines:,} lines (the limit is {MAX_CUE_LINES}). Split it into "
                       "shorter cues and rebuild the course.")
        for what, value in (("identifier", raw.identifier), ("timing line", raw.timing_line)):
            if len(value) > MAX_CUE_CHARS:
                raise fail(f"{cue} has a {what} {len(value):,} characters long (the limit is "
                           f"{MAX_CUE_CHARS:,}). Shorten it and rebuild the course.")
    if parser.skipped:
        log.info("%s: %d cue(s) with unreadable timings will not be shown", label, parser.skipped)


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
