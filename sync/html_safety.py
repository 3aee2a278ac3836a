"""HTML readings: find unsafe constructs (for refusing bundles) and sanitize (for display).

Readings come from publishers, but a court PC must never run script or load anything remote
from a course, so the builder cleans readings, import refuses readings that are not clean, and
the player sanitizes again before display.

The finder must see a reading exactly as a browser would, or a hostile reading hides a tag from
it that the browser then runs. So it tokenizes by the WHATWG HTML rules (comments, bogus
comments, raw-text elements, attribute quoting) and reads URLs by the WHATWG URL rules
(character references decoded, tabs and newlines dropped, leading control characters ignored).
Python's html.parser does neither: it treats `<!-->` and `<![CDATA[>` differently from
browsers, fails with an AssertionError on `<![>`, and is quadratic on unclosed tags. The
tokenizer here never fails and is linear: every step moves forward through the text.
"""
from __future__ import annotations

import html
import re
from typing import Iterator

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "article", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "nav", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    "html", "head", "body", "title", "main",
}
ALLOWED_ATTRS = {
    "*": {"id", "class", "lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"}, "time": {"datetime"}, "abbr": {"title"},
}
DANGEROUS_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
                  "input", "button", "select", "textarea", "style", "link", "meta", "base",
                  "svg", "math", "audio", "video", "source", "track", "portal", "bgsound",
                  "layer", "ilayer"}
URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "poster", "background", "data",
             "cite", "longdesc", "xlink:href", "ping", "dynsrc", "lowsrc", "icon", "manifest",
             "codebase", "classid", "archive", "usemap", "profile"}
# Attributes holding several URLs separated by commas or spaces.
URL_LIST_ATTRS = {"srcset", "ping", "archive"}
SCRIPT_SCHEMES = {"javascript", "vbscript", "livescript", "mocha"}
LINK_SCHEMES = {"http", "https", "mailto"}

# Deeper nesting is refused: no real reading needs it, and the display sanitizer (html5ever)
# takes time proportional to depth for every element, so 100,000 nested <div> take a minute.
MAX_HTML_DEPTH = 256
TOO_DEEP = f"elements nested more than {MAX_HTML_DEPTH} deep"

# --------------------------------------------------------------------------- URLs and CSS

_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def normalize_url(value: str) -> str:
    """The URL a browser parses from an attribute value whose character references are
    already decoded: leading and trailing C0 controls and spaces stripped, ASCII tabs and
    newlines removed anywhere (WHATWG URL parser), so `" \\x01jav\\tascript:"` is javascript."""
    return value.strip(_C0_AND_SPACE).translate(_TAB_NEWLINE).strip(_C0_AND_SPACE)


def url_problem(tag: str, attr: str, value: str) -> str | None:
    """Why this URL may not be in a reading (None if it may): script schemes anywhere, and
    anything that loads from outside the course; outbound http(s)/mailto links stay (the
    player shows their address, it never follows them)."""
    url = normalize_url(value)
    match = _SCHEME.match(url)
    if match:
        scheme = match.group(1).lower()
        if scheme in SCRIPT_SCHEMES:
            return f"a {scheme}: link"
        if tag == "a" and attr == "href" and scheme in LINK_SCHEMES:
            return None
        if scheme == "data":
            return f"an embedded data: address ({attr}=…)"
        return f"a remote address ({attr}={value[:60]!r})"
    # `//host/x`, and `\\host\x` or `/\host` which URL parsers read the same way.
    if url[:2] in ("//", "\\\\", "/\\", "\\/"):
        return f"a remote address ({attr}={value[:60]!r})"
    return None


def _attr_url_problem(tag: str, attr: str, value: str) -> str | None:
    if attr in URL_LIST_ATTRS:
        for token in re.split(r"[\s,]+", value):
            if token and (problem := url_problem(tag, attr, token)):
                return problem
        return None
    return url_problem(tag, attr, value)


_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)
_CSS_LOADS = re.compile(r"url\s*\(|image-set\s*\(|image\s*\(|src\s*\(|expression\s*\(|@import"
                        r"|behavior\s*:|-moz-binding", re.I)


def _css_char(match: re.Match[str]) -> str:
    if match.group(2) is not None:
        return match.group(2)
    code = int(match.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def css_loads_something(css: str) -> bool:
    """Whether a style attribute could load a URL or run code, seen through CSS comments and
    escapes (`\\75 rl(` is `url(`; comments go first, as the CSS tokenizer reads them first)."""
    return bool(_CSS_LOADS.search(_CSS_ESCAPE.sub(_css_char, _CSS_COMMENT.sub("", css))))


# --------------------------------------------------------------------------- tokenizer

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TAG_NAME = re.compile(r"[^\t\n\f />]*")
_SKIP_SPACE_SLASH = re.compile(r"[\t\n\f /]*")
_SKIP_SPACE = re.compile(r"[\t\n\f ]*")
_ATTR_NAME = re.compile(r"[^\t\n\f />][^\t\n\f />=]*")
_UNQUOTED_VALUE = re.compile(r"[^\t\n\f >]*")
_COMMENT_END = re.compile(r"--!?>")
# Elements whose content is text up to their end tag (RCDATA and RAWTEXT; <noscript> as with
# scripting on, which is how the display sanitizer parses it).
_RAW_TEXT = {name: re.compile(rf"</{name}[\t\n\f />]", re.I | re.A)
             for name in ("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
                          "textarea", "title")}

Tag = tuple[str, list[tuple[str, str]], bool]  # name, attributes, is an end tag


def _read_tag(text: str, i: int, end: bool) -> tuple[Tag, int]:
    """The tag whose name starts at `i`, and the index after it (the text's end if the tag is
    cut off, which browsers drop: reporting it anyway errs on the safe side)."""
    n = len(text)
    match = _match(_TAG_NAME, text, i)
    name = match.group().translate(_ASCII_LOWER)
    i = match.end()
    attrs: list[tuple[str, str]] = []
    while True:
        i = _match(_SKIP_SPACE_SLASH, text, i).end()
        if i >= n:
            return (name, attrs, end), n
        if text[i] == ">":
            return (name, attrs, end), i + 1
        match = _match(_ATTR_NAME, text, i)
        attr = match.group().translate(_ASCII_LOWER)
        i = _match(_SKIP_SPACE, text, match.end()).end()
        value = ""
        if i < n and text[i] == "=":
            i = _match(_SKIP_SPACE, text, i + 1).end()
            if i < n and text[i] in "\"'":
                close = text.find(text[i], i + 1)
                value, i = (text[i + 1:], n) if close < 0 else (text[i + 1:close], close + 1)
            else:
                match = _match(_UNQUOTED_VALUE, text, i)
                value, i = match.group(), match.end()
        attrs.append((attr, html.unescape(value) if "&" in value else value))


def _match(pattern: re.Pattern[str], text: str, i: int) -> re.Match[str]:
    """`pattern` at `i`, where it matches by construction (a `*` pattern, or a first character
    the caller has checked): None here would be a bug in this tokenizer."""
    match = pattern.match(text, i)
    assert match is not None, pattern.pattern
    return match


def _after(text: str, needle: str, i: int) -> int:
    found = text.find(needle, i)
    return len(text) if found < 0 else found + len(needle)


def iter_tags(text: str) -> Iterator[Tag]:
    """Every start and end tag a browser's tokenizer finds in `text`, in order: names ASCII
    lowercased, attribute values with character references decoded. Comments, bogus comments
    (`<!x>`, `<![CDATA[x>`, `<?x>`, `</ x>`), doctypes and raw text are skipped as browsers do."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    n = len(text)
    i = 0
    while True:
        lt = text.find("<", i)
        if lt < 0 or lt + 1 >= n:
            return
        c = text[lt + 1]
        if c in _LETTERS:
            tag, i = _read_tag(text, lt + 1, end=False)
            yield tag
            if tag[0] in _RAW_TEXT:
                found = _RAW_TEXT[tag[0]].search(text, i)
                i = found.start() if found else n
            elif tag[0] == "plaintext":
                return
        elif c == "/":
            c2 = text[lt + 2] if lt + 2 < n else ""
            if c2 in _LETTERS and c2:
                tag, i = _read_tag(text, lt + 2, end=True)
                yield tag
            elif c2 == ">":
                i = lt + 3
            elif not c2:
                return
            else:
                i = _after(text, ">", lt + 2)
        elif text.startswith("<!--", lt):
            j = lt + 4
            if text.startswith(">", j):
                i = j + 1          # <!-->: an empty comment
            elif text.startswith("->", j):
                i = j + 2          # <!--->: likewise
            else:
                found = _COMMENT_END.search(text, j)
                i = found.end() if found else n
        elif c in "!?":
            i = _after(text, ">", lt + 2)
        else:
            i = lt + 1


# Void elements never hold content; the others nest until closed, explicitly or by a tag that
# implies their end (a new <p> ends an open <p>, a new <td> the open cell, and so on).
_VOID = {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
         "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "image"}
_BLOCKS = {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
           "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header",
           "hgroup", "main", "menu", "nav", "ol", "pre", "listing", "section", "summary",
           "table", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "plaintext"}
_CLOSES: dict[str, frozenset[str]] = {
    "p": frozenset({"p"}), "li": frozenset({"li", "p"}),
    "dt": frozenset({"dt", "dd", "p"}), "dd": frozenset({"dt", "dd", "p"}),
    "tr": frozenset({"tr", "td", "th"}), "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}), "option": frozenset({"option"}),
    "optgroup": frozenset({"option", "optgroup"}),
    **{t: frozenset({"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup"})
       for t in ("thead", "tbody", "tfoot")},
    **{t: frozenset({"rb", "rt", "rp", "rtc"}) for t in ("rb", "rt", "rp", "rtc")},
    **{t: frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
       for t in ("h1", "h2", "h3", "h4", "h5", "h6")},
}
_CLOSES_P = frozenset({"p"})


class _Depth:
    """How deep elements nest, following the tree builder closely enough to bound it: linear,
    and never below what a browser (or the sanitizer) builds for the same tags."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.open: dict[str, int] = {}
        self.too_deep = False

    def _pop(self) -> str:
        name = self.stack.pop()
        self.open[name] -= 1
        return name

    def start(self, name: str) -> None:
        closes = _CLOSES.get(name) or (_CLOSES_P if name in _BLOCKS else None)
        while closes and self.stack and self.stack[-1] in closes:
            self._pop()
        if name in _VOID:
            return
        if len(self.stack) >= MAX_HTML_DEPTH:
            self.too_deep = True  # and stop counting: the stack stays bounded
            return
        self.stack.append(name)
        self.open[name] = self.open.get(name, 0) + 1

    def end(self, name: str) -> None:
        if self.open.get(name):
            while self._pop() != name:
                pass


# --------------------------------------------------------------------------- checking


def _tag_problems(name: str, attrs: list[tuple[str, str]]) -> Iterator[str]:
    if name == "meta" and all(a in ("charset", "name", "content") for a, _ in attrs) \
            and not any(a == "content" and "url" in v.lower() for a, v in attrs):
        return  # <meta charset> or <meta name=viewport>: describes, loads nothing
    if name in DANGEROUS_TAGS:
        yield f"a <{name}> element"
    for attr, value in attrs:
        if attr.startswith("on"):
            yield f"an event handler ({attr})"
        elif attr == "style":
            if css_loads_something(value):
                yield "a style that loads a URL"
        elif attr in URL_ATTRS and value:
            problem = _attr_url_problem(name, attr, value)
            if problem:
                yield problem


def find_unsafe_html(text: str) -> list[str]:
    """Plain-words list of what makes this HTML unsafe to show offline; empty when clean.

    Never raises and runs in time linear in the text, whatever the text is."""
    problems: list[str] = []
    depth = _Depth()
    for name, attrs, end in iter_tags(text):
        if end:
            depth.end(name)
            continue
        depth.start(name)
        for problem in _tag_problems(name, attrs):
            if problem not in problems:
                problems.append(problem)
    if depth.too_deep:
        problems.append(TOO_DEEP)
    return problems


# --------------------------------------------------------------------------- sanitizing


def _url_filter(tag: str, attr: str, value: str) -> str | None:
    if attr in URL_ATTRS and _attr_url_problem(tag, attr, value):
        return None  # the same rule as the finder's, so a cleaned reading always passes it
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize_html(text: str) -> str:
    """Only allowed tags, attributes and in-course or outbound-link URLs; never raises.

    HTML nested deeper than MAX_HTML_DEPTH (which the finder refuses) is shown as its source
    text: html5ever would take minutes over it."""
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates: the Rust side wants UTF-8
    depth = _Depth()
    for name, _, end in iter_tags(text):
        (depth.end if end else depth.start)(name)
        if depth.too_deep:
            return f"<pre>{html.escape(text)}</pre>"
    return nh3.clean(text, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                     url_schemes=LINK_SCHEMES, link_rel="noopener noreferrer",
                     attribute_filter=_url_filter, strip_comments=True,
                     clean_content_tags={"script", "style"})
