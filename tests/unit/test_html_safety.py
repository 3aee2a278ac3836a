"""The HTML checker sees readings as a browser does, never fails, and agrees with the sanitizer.

Payloads are modelled on the classic filter-evasion families (OWASP's XSS Filter Evasion Cheat
Sheet: encoded and split `javascript:`, malformed tags, comment and CDATA tricks, CSS
escapes), written here as a table of our own.
"""
from __future__ import annotations

import random
import time

import nh3
import pytest

from sync.html_safety import MAX_HTML_DEPTH, TOO_DEEP, find_unsafe_html, iter_tags, normalize_url, sanitize_html

# Each must be refused: the browser (or any HTML5 parser) would run or load something.
SCRIPT_LINKS = {
    "plain": '<a href="javascript:alert(1)">x</a>',
    "mixed case": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "encoded tab": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "encoded newline": '<img src="jav&#x0A;ascript:alert(1)">',
    "encoded carriage return": '<img src="jav&#x0D;ascript:alert(1)">',
    "decimal references": "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;"
                          "&#58;alert(1)>",
    "padded, no semicolons": "<img src=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099"
                             "&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)>",
    # (each reference ends where hex digits do: `&#x3Aa` would be U+03AA, as in browsers)
    "hex, no semicolons": "<img src=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A"
                          "&#x61lert(1)>",
    "raw tab": '<a href="java\tscript:alert(1)">x</a>',
    "raw newline": '<a href="java\nscript:alert(1)">x</a>',
    "leading spaces and controls": '<img src=" &#14;  javascript:alert(1)">',
    "leading C0 control": '<a href="\x01javascript:alert(1)">x</a>',
    "named tab": '<a href="java&Tab;script:alert(1)">x</a>',
    "named newline": '<a href="java&NewLine;script:alert(1)">x</a>',
    "named colon": '<a href="javascript&colon;alert(1)">x</a>',
    "trailing spaces": '<a href="javascript:alert(1)   ">x</a>',
    "vbscript": "<img src='vbscript:msgbox(1)'>",
    "livescript": '<img src="livescript:x">',
    "data html": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "data, obfuscated": '<a href="  d&#x61;ta:text/html,<script>alert(1)</script>">x</a>',
    "unquoted": "<a href=javascript:alert(1)>x</a>",
    "slash instead of space": "<a/href=javascript:alert(1)>x</a>",
    "body background": '<body background="javascript:alert(1)">',
    "table background": '<table background="javascript:alert(1)">',
    "img dynsrc": '<img dynsrc="javascript:alert(1)">',
    "img lowsrc": '<img lowsrc="javascript:alert(1)">',
    "uppercase attribute": '<A HREF="javascript:alert(1)">x</A>',
}

UNSAFE = {
    **SCRIPT_LINKS,
    "script": "<script>alert(1)</script>",
    "script with slash": '<SCRIPT/XSS SRC="http://xss.example/x.js"></SCRIPT>',
    "extra open bracket": '<<SCRIPT>alert("x");//<</SCRIPT>',
    "malformed img": '<IMG """><SCRIPT>alert("x")</SCRIPT>">',
    "event handler": '<img src=x onerror="alert(1)">',
    "event handler, odd name": '<body onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>',
    "event handler, encoded": '<img src=x onerror="&#0000106&#0000097vascript:alert(1)">',
    "svg onload": "<svg/onload=alert(1)>",
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "frameset": '<frameset><frame src="javascript:alert(1)"></frameset>',
    "form": '<form action="https://evil.example/"><input name="pw"></form>',
    "input image": '<input type="image" src="javascript:alert(1)">',
    "remote image": '<img src="https://tracker.example/pixel.png">',
    "scheme-relative image": '<img src="//tracker.example/pixel.png">',
    "backslash scheme-relative": '<img src="\\\\tracker.example\\pixel.png">',
    "remote srcset candidate": '<img src="a.png" srcset="a.png 1x, https://t.example/b.png 2x">',
    "link stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "style import": "<style>@import 'https://evil.example/x.css';</style>",
    "style url": '<p style="background: url(https://evil.example/x.png)">x</p>',
    "style url, css escapes": "<div style=\"background-image:\\0075\\0072\\006C\\0028'https://e"
                              ".example/x'\\0029\">",
    "style expression split by comment": "<img style=\"xss:expr/*x*/ession(alert(1))\">",
    "style behavior": '<p style="behavior: url(x.htc);">x</p>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1);">',
    "meta refresh data": '<meta http-equiv="refresh" content="0;url=data:text/html,x">',
    "base": '<base href="https://evil.example/">',
    "object": '<object type="text/x-scriptlet" data="https://evil.example/x"></object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "bgsound": '<bgsound src="javascript:alert(1)">',
    # Parser differentials: html.parser hid these tags from the old checker.
    "empty comment": "<!--><img src=x onerror=alert(1)>-->",
    "abrupt comment": "<!---><img src=x onerror=alert(1)>-->",
    "bang comment end": "<!-- x --!><img src=x onerror=alert(1)>-->",
    "cdata outside svg": "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "marked section": "<![if !IE]><img src=x onerror=alert(1)><![endif]>",
    "title is text": '<title><p title="</title><img src=x onerror=alert(1)>">',
    "noscript is text": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "bogus end tag": "</ x><img src=x onerror=alert(1)>",
    "unterminated tag": "<img src=x onerror=alert(1)",
}

SAFE = {
    "text": "<p>Any restriction must be <em>provided by law</em>.</p>",
    "link out": '<a href="https://www.ohchr.org/">OHCHR</a>',
    "mail": '<a href="mailto:court@example.org">write</a>',
    "anchor": '<a href="#part-2">below</a>',
    "relative image": "<img src='images/local.png' alt='x'>",
    "word javascript in text": "<p>javascript: is a scheme; so is vbscript:</p>",
    "javascript in a title": '<p title="javascript:alert(1)">x</p>',
    "comment": "<!-- <script>alert(1)</script> -->",
    "conditional comment": "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "script in title text": "<title><script>alert(1)</script></title>",
    "script in textarea-like title": "<title>&lt;img src=x onerror=alert(1)&gt;</title>",
    "bogus comments": "<![> <![ > <!x> <?php echo 1 ?> <!DOCTYPE html>",
    "meta charset": '<meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    "style without urls": '<p style="color: red">x</p>',
    "entities": "<p>&amp; &lt;script&gt; &#60;script&#62;</p>",
    "colon after path": '<a href="notes/a:b.html">x</a>',
    "unicode": "<p>Français — 日本語</p>",
}


@pytest.mark.parametrize("name", sorted(UNSAFE))
def test_unsafe_html_is_found_and_sanitized_away(name):
    html = f"<p>Keep me</p>{UNSAFE[name]}"
    assert find_unsafe_html(html), name
    clean = sanitize_html(html)
    assert "Keep me" in clean
    assert find_unsafe_html(clean) == [], (name, clean)


@pytest.mark.parametrize("name", sorted(SCRIPT_LINKS))
def test_obfuscated_script_links_are_named_as_such(name):
    problems = find_unsafe_html(SCRIPT_LINKS[name])
    assert any(p.startswith(("a javascript:", "a vbscript:", "a livescript:", "an embedded data:"))
               for p in problems), problems


@pytest.mark.parametrize("name", sorted(SAFE))
def test_safe_html_passes(name):
    assert find_unsafe_html(SAFE[name]) == [], name


@pytest.mark.parametrize("value, url", [
    ("jav\tascript:x", "javascript:x"), (" \x01\x1fjavascript:x \x00", "javascript:x"),
    ("java\r\nscript:x", "javascript:x"), ("\u00a0javascript:x", "\u00a0javascript:x"),
])
def test_urls_are_read_as_the_whatwg_url_parser_does(value, url):
    assert normalize_url(value) == url


@pytest.mark.parametrize("text", ["<![>", "<![ ", "<![", "<![>]]>", "<![ x", "<![\x00",
                                  "<![<![<![>", "</", "<!", "<", "<!--", "<a", "<a href='",
                                  "<a href=", "&#", "&", "\x00", ""])
def test_markup_declarations_and_fragments_never_crash(text):
    """`<![` and a non-name made html.parser fail with an AssertionError (issue #11 item 8)."""
    for html in (text, text + "<script>alert(1)</script>", "<p>" + text + "</p>" * 3):
        assert isinstance(find_unsafe_html(html), list)
        assert isinstance(sanitize_html(html), str)


@pytest.mark.parametrize("text", ["<![>", "<![ >", "<![>]]>", "<![<![<![>", "<![\x00>", "<!>"])
def test_bogus_comments_end_at_the_first_gt(text):
    """As in browsers: `<!` not followed by `--` or DOCTYPE is a comment up to the next `>`."""
    assert find_unsafe_html(text) == []
    assert find_unsafe_html(text + "<script>alert(1)</script>") == ["a <script> element"]
    assert find_unsafe_html("<![ <script>alert(1)</script>") == []  # hidden from browsers too


def test_tokenizer_follows_quoting_and_raw_text():
    tags = list(iter_tags('<A HREF="x>y" data-x=\'1\'>t</a><textarea><b></textarea><i/>'))
    assert tags == [("a", [("href", "x>y"), ("data-x", "1")], False), ("a", [], True),
                    ("textarea", [], False), ("textarea", [], True), ("i", [], False)]


# ------------------------------------------------------------------ fuzzing

ATOMS = ["<", ">", "/", "!", "?", "[", "]", "-", "--", "<!--", "-->", "--!>", "<!-->", "<![",
         "<![CDATA[", "]]>", '"', "'", "`", "=", " ", "\t", "\n", "\r", "\f", "\x00", "\x01",
         "&", "&#", "&#x", ";", "9", "6a", "&Tab;", "&colon;", "&lt;", "x", "a", "A", "é", "ſ",
         "\u212a", "\u2028", "\ud800", "\ufeff", "img", "script", "SCRIPT", "title", "style",
         "svg", "math", "noscript", "textarea", "xmp", "plaintext", "iframe", "template",
         "select", "option", "p", "div", "table", "td", "li", "href", "src", "srcset", "ping",
         "onerror", "javascript:", "java\tscript:", "jav&#x09;ascript:", "data:", "vbscript:",
         "https://e.example/", "//e.example", "\\\\e.example", "url(", "\\75 rl(", "/*", "*/",
         "alert(1)", "<a", "<img", "</", ",", "<img src=x onerror=", "<a href=", "<script>",
         "</script>", "<title>", "</title>", "<noscript>", "<?", "<!x", "<meta http-equiv="]

PERMISSIVE = dict(tags={"img", "a", "p", "div", "script", "title", "textarea", "noscript",
                        "table", "td", "select", "option", "xmp", "iframe", "style",
                        "template", "plaintext", "svg"},
                  attributes={"*": {"onerror", "href", "src", "srcset", "style"}},
                  url_schemes={"javascript", "vbscript", "http", "https", "data"},
                  link_rel=None, strip_comments=True, clean_content_tags=set())


def _fuzz_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def test_fuzz_never_fails_and_sanitized_output_always_passes():
    for text in _fuzz_texts(1101, 4000):
        problems = find_unsafe_html(text)
        assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)
        clean = sanitize_html(text)
        assert find_unsafe_html(clean) == [], (text, clean)


def test_fuzz_finds_whatever_an_html5_parser_sees():
    """html5ever (inside nh3, allowing everything dangerous) parses each text as a browser
    would and writes it back unambiguously: what the checker finds in that canonical form it
    must find in the original, or a tag was hidden from it."""
    seen = 0
    for text in _fuzz_texts(2202, 4000):
        text = text.replace("\ud800", "")  # cannot come from UTF-8, and html5ever wants UTF-8
        try:
            canonical = nh3.clean(text, **PERMISSIVE)
        except BaseException:  # noqa: BLE001 - a fuzz oracle that cannot answer is skipped
            continue
        want = {p.split(" (")[0] for p in find_unsafe_html(canonical)}
        got = {p.split(" (")[0] for p in find_unsafe_html(text)}
        seen += bool(want)
        assert want <= got, (text, canonical, want - got)
    assert seen > 500  # the oracle did find things, so the comparison means something


# ------------------------------------------------------------------ size and time


@pytest.mark.parametrize("text", [
    "<a " * 50_000, "<!--" * 50_000, "<![CDATA[" * 50_000, "<" * 400_000, '<a href="' * 50_000,
    "<p title='" * 50_000, "&#" * 200_000, "<div>" * 200_000, "</a " * 100_000,
])
def test_hostile_html_takes_linear_time(text):
    # CPU time of this process: the bound is on work done, and parallel test workers
    # share the cores (wall time would fail on a busy machine, not on slow code).
    started = time.process_time()
    find_unsafe_html(text)
    sanitize_html(text)
    assert time.process_time() - started < 10


def test_deep_nesting_is_refused_and_not_handed_to_the_sanitizer():
    deep = "<div>" * 100_000 + "x"
    assert TOO_DEEP in find_unsafe_html(deep)
    started = time.process_time()
    shown = sanitize_html(deep)  # html5ever needs about a minute for this
    assert time.process_time() - started < 5
    assert shown.startswith("<pre>&lt;div&gt;") and find_unsafe_html(shown) == []
    fine = "<div>" * (MAX_HTML_DEPTH - 1) + "x" + "</div>" * (MAX_HTML_DEPTH - 1)
    assert find_unsafe_html(fine) == []
    # Paragraphs, list items and cells close each other: long documents are not "deep".
    assert find_unsafe_html("<ul>" + "<li><p>a<p>b" * 5000 + "</ul>") == []
    assert find_unsafe_html("<table>" + "<tr><td>a<td>b" * 5000 + "</table>") == []
    # ...but end tags that close nothing do not make room.
    assert TOO_DEEP in find_unsafe_html("<div></p>" * 1000)


def test_sanitize_accepts_lone_surrogates():
    assert "a" in sanitize_html("<p>a\ud800b</p>")
