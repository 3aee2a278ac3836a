"""HTML readings: find unsafe constructs (for refusing bundles) and sanitize (for display).

Readings come from publishers, but a court PC must never run script or load anything remote
from a course, so the builder cleans readings, import refuses readings that are not clean, and
the player sanitizes again before display.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

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
                  "svg", "math", "audio", "video", "source", "track", "portal"}
URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "poster", "background", "data",
             "cite", "longdesc", "xlink:href", "ping"}
_REMOTE = re.compile(r"^\s*([a-z][a-z0-9+.-]*:|//)", re.I)
_SAFE_LINK = re.compile(r"^\s*(https?:|mailto:)", re.I)


def _url_filter(tag: str, attr: str, value: str) -> str | None:
    if attr in URL_ATTRS and _REMOTE.match(value):
        # Outbound links stay visible (the player never follows them); loads never go remote.
        if tag == "a" and attr == "href" and _SAFE_LINK.match(value):
            return value
        return None
    return value


def sanitize_html(text: str) -> str:
    return nh3.clean(text, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer",
                     attribute_filter=_url_filter, strip_comments=True,
                     clean_content_tags={"script", "style"})


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def _note(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and all(name in ("charset", "name", "content") for name, _ in attrs) \
                and not any(name == "content" and value and "url" in value.lower() for name, value in attrs):
            return  # <meta charset> or <meta name=viewport>: describes, loads nothing
        if tag in DANGEROUS_TAGS:
            self._note(f"a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self._note(f"an event handler ({name})")
            elif name == "style" and value and re.search(r"url\s*\(|expression\s*\(", value, re.I):
                self._note("a style that loads a URL")
            elif name in URL_ATTRS and value:
                if re.match(r"^\s*javascript:", value, re.I):
                    self._note("a javascript: link")
                elif _REMOTE.match(value) and not (tag == "a" and name == "href"
                                                   and _SAFE_LINK.match(value)):
                    self._note(f"a remote address ({name}={value[:60]!r})")

    handle_startendtag = handle_starttag


def find_unsafe_html(text: str) -> list[str]:
    """Plain-words list of what makes this HTML unsafe to show offline; empty when clean."""
    finder = _Finder()
    finder.feed(text)
    finder.close()
    return finder.problems
