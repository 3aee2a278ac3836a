"""HTML and Markdown readings: offline-only rendering, links that never navigate, completion."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QAbstractButton

from player.item_views import reading_view
from player.item_views.reading_view import OfflineBrowser, TextReadingView
from sync.manifest import ReadingFormat, ReadingItem

from .conftest import Learner, write_blob


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def remote() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that records every request: readings must send none."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_external_open(monkeypatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def reading(learner: Learner, tmp_path, text: str, fmt: ReadingFormat, item_id: str = "m1-reading"):
    """A demo reading item whose file is replaced by `text` (same id, so progress is stored)."""
    sha, path = write_blob(tmp_path, text.encode("utf-8"))
    item = ReadingItem(id=item_id, title="Test reading", format=fmt, sha256=sha)
    return learner.context(item, blob_path=lambda s: path if s == sha else None)


@pytest.fixture
def fast_skim(monkeypatch) -> None:
    """A skimming speed fast enough for tests: a screenful counts as seen within a few ticks.
    (The rule is the same: every part of the reading must be on screen for its share.)"""
    monkeypatch.setattr(reading_view, "SKIM_CHARS_PER_SECOND", 20_000.0)
    monkeypatch.setattr(reading_view, "MIN_READ_SECONDS", 0.5)


def page_through(qtbot, view: TextReadingView, wait_each_screen: bool) -> int:
    """Press Page Down until the end is on screen (waiting, or not, until each screen counts
    as seen); the number of screens."""
    bar = view.browser.verticalScrollBar()
    view.browser.setFocus()
    screens = 0
    while True:
        screens += 1
        if wait_each_screen:
            qtbot.waitUntil(lambda: view.on_screen_seen() or view.is_completed)
        else:
            qtbot.wait(reading_view.TICK_MS // 2)
        if bar.value() >= bar.maximum():
            return screens
        qtbot.keyClick(view.browser, Qt.Key.Key_PageDown)
        assert screens < 200


def test_html_reading_completes_once_scrolled_through(open_view, learner, qtbot, fast_skim):
    view = open_view(learner.context("m1-reading"), size=(700, 300))
    assert isinstance(view, TextReadingView)
    assert "Article 19" in view.browser.toPlainText()
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0 and not view.is_completed
    fractions: list[float] = []
    view.progressed.connect(lambda _id, f: fractions.append(f))
    completed: list[str] = []
    view.completed.connect(completed.append)
    qtbot.waitUntil(view.on_screen_seen)          # the first screen, read
    assert fractions and 0 < fractions[-1] < 0.5 and not view.is_completed
    screens = page_through(qtbot, view, wait_each_screen=True)
    assert screens > 2
    qtbot.waitUntil(lambda: view.is_completed)
    assert completed == ["m1-reading"]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    saved = learner.progress("m1-reading")
    assert saved.completed and saved.fraction == 1.0
    assert not view.bar.button.isEnabled()


def test_a_jump_to_the_end_does_not_complete_the_reading(open_view, learner, qtbot, fast_skim):
    """The end reached by a jump (the End key, a programmatic scroll) is not a reading."""
    view = open_view(learner.context("m1-reading"), size=(700, 300))
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(view.on_screen_seen)
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_Home)
    qtbot.keyClick(view.browser, Qt.Key.Key_End)
    qtbot.wait(3 * reading_view.TICK_MS)
    assert bar.value() == bar.maximum()
    assert not view.is_completed and view.seen_fraction() < 0.5
    view.save_state()
    saved = learner.progress("m1-reading")
    assert not saved.completed and saved.fraction < 0.5
    assert view.bar.button.isEnabled()            # "Mark as read" stays the way to finish


def test_skimming_faster_than_reading_does_not_complete(open_view, learner, qtbot):
    view = open_view(learner.context("m1-reading"), size=(700, 300))
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page_through(qtbot, view, wait_each_screen=False)
    qtbot.wait(2 * reading_view.TICK_MS)
    assert bar.value() == bar.maximum()
    assert not view.is_completed and view.seen_fraction() < 0.5


@pytest.mark.parametrize("size", [(700, 300), (900, 640)])
def test_markdown_reading_opens_at_the_top_and_unread(open_view, learner, qtbot, size):
    """A learner who never opened the Markdown reading finds it at its first line, unread,
    also once it has keyboard focus (as after Alt+Right)."""
    assert learner.progress("m2-reading") is None
    view = open_view(learner.context("m2-reading"), size=size)
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.wait(3 * reading_view.TICK_MS)
    assert bar.value() == 0
    assert view.browser.textCursor().position() == 0
    assert not view.is_completed and view.seen_fraction() < 0.5
    view.save_state()
    saved = learner.progress("m2-reading")
    assert saved is None or (not saved.completed and saved.position == 0)


def test_mark_as_read(open_view, learner, qtbot):
    view = open_view(learner.context("m2-reading"), size=(700, 300))
    assert isinstance(view, TextReadingView)
    assert view.browser.toPlainText().strip()
    assert not view.is_completed and view.bar.button.isEnabled()
    with qtbot.waitSignal(view.completed):
        qtbot.mouseClick(view.bar.button, Qt.MouseButton.LeftButton)
    assert learner.progress("m2-reading").completed
    assert not view.bar.button.isEnabled()
    assert view.bar.button.text() != "&Mark as read"
    # Reopening a completed reading does not complete it again (no second outbox event).
    view.close()
    again = open_view(learner.context("m2-reading"), size=(700, 300))
    assert again.is_completed and not again.bar.button.isEnabled()
    emitted: list[str] = []
    again.completed.connect(emitted.append)
    again.mark_read()
    assert emitted == []


def test_markdown_reading_is_rendered_as_markdown(open_view, learner, qtbot):
    view = open_view(learner.context("m2-reading"))
    text = view.browser.toPlainText()
    source = learner.item_file("m2-reading").read_text(encoding="utf-8")
    assert "#" in source and not text.lstrip().startswith("#")   # headings rendered, not raw
    assert view.browser.document().toMarkdown().strip()


def test_script_handlers_and_remote_loads_are_gone(open_view, learner, qtbot, tmp_path, remote,
                                                    no_external_open):
    base, hits = remote
    html = f"""<html><body>
      <h1 onclick="alert('x')">Judgment</h1>
      <script>document.title = 'pwned'</script>
      <p>Before the image.</p>
      <img src="{base}/tracker.png" alt="remote">
      <img src="//127.0.0.1:{base.rsplit(':', 1)[1]}/proto-relative.png">
      <p style="background: url({base}/bg.png)">Styled.</p>
      <iframe src="{base}/frame"></iframe>
      <p><a href="https://example.org/judgment">The full judgment</a> and <a href="#end">end</a></p>
      <p id="end">The end.</p>
    </body></html>"""
    view = open_view(reading(learner, tmp_path, html, ReadingFormat.HTML))
    qtbot.wait(200)
    rendered = view.browser.toHtml()
    assert "Judgment" in view.browser.toPlainText() and "The end." in view.browser.toPlainText()
    for banned in ("script", "pwned", "onclick", "alert", "iframe", "tracker.png", "bg.png"):
        assert banned not in rendered, banned
    assert hits == []

    # A link to outside the course opens nothing; it only shows its address.
    view.browser.anchorClicked.emit(QUrl("https://example.org/judgment"))
    assert "https://example.org/judgment" in view.bar.status.text()
    assert view.browser.toolTip() == "https://example.org/judgment"
    assert view.browser.source().isEmpty()
    assert no_external_open == []


def test_clicking_an_external_link_does_not_navigate(open_view, learner, qtbot, tmp_path,
                                                      no_external_open):
    html = '<p><a href="https://example.org/x">' + "outside link " * 3 + "</a></p>"
    view = open_view(reading(learner, tmp_path, html, ReadingFormat.HTML))
    cursor = view.browser.document().find("outside")
    rect = view.browser.cursorRect(cursor)
    viewport = view.browser.viewport()
    with qtbot.waitSignal(view.browser.anchorClicked):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(4, 0))
    assert "example.org/x" in view.bar.status.text()
    assert "outside link" in view.browser.toPlainText()   # still the same document
    assert no_external_open == []


def test_the_browser_itself_refuses_remote_resources(qtbot, remote):
    """Defence in depth: even unsanitized HTML cannot make the browser fetch anything."""
    base, hits = remote
    browser = OfflineBrowser()
    qtbot.addWidget(browser)
    tiny_png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJ"
                "RU5ErkJggg==")
    browser.setHtml(f'<img src="{base}/a.png"><img src="file:///etc/passwd">'
                    f'<img src="data:image/png;base64,{tiny_png}"><img src="relative.png">')
    browser.show()
    qtbot.waitExposed(browser)
    qtbot.wait(200)
    assert hits == []
    assert f"{base}/a.png" in browser.refused
    assert "file:///etc/passwd" in browser.refused
    assert "relative.png" in browser.refused
    assert not any(url.startswith("data:") for url in browser.refused)
    browser.setSource(QUrl(f"{base}/page.html"))
    qtbot.wait(100)
    assert hits == [] and browser.source().isEmpty()


def test_markdown_raw_html_is_not_rendered(open_view, learner, qtbot, tmp_path, remote):
    base, hits = remote
    md = (f"# Notes\n\nText with <b onclick=\"x()\">raw</b> html.\n\n<script>alert(1)</script>\n\n"
          f"![remote]({base}/img.png)\n\n[outside]({base}/page)\n")
    view = open_view(reading(learner, tmp_path, md, ReadingFormat.MARKDOWN, "m2-reading"))
    qtbot.wait(200)
    # Raw HTML stays inert text: no bold element, no script, shown literally if at all.
    text = view.browser.toPlainText()
    assert '<b onclick="x()">raw</b>' in text and "<script>alert(1)</script>" in text
    assert "<script" not in view.browser.toHtml()
    raw = view.browser.document().find("raw")
    assert not raw.isNull() and raw.charFormat().fontWeight() == QFont.Weight.Normal
    assert hits == []
    assert any("img.png" in url for url in view.browser.refused)


def test_resumes_at_the_saved_scroll_position(open_view, learner, qtbot):
    view = open_view(learner.context("m1-reading"), size=(700, 300))
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    view.save_state()
    saved = learner.progress("m1-reading")
    assert saved.position == pytest.approx(0.5, abs=0.02) and not saved.completed
    view.close()
    again = open_view(learner.context("m1-reading"), size=(700, 300))
    bar2 = again.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar2.value() > 0)
    assert bar2.value() / bar2.maximum() == pytest.approx(0.5, abs=0.03)
    assert not again.is_completed


@pytest.mark.parametrize("item_id", ["m1-reading", "m2-reading"])
def test_missing_reading_file_says_so_and_can_still_be_marked_read(open_view, learner, qtbot,
                                                                    item_id):
    """A required reading whose file is missing must never block the course."""
    view = open_view(learner.context(item_id, blob_path=lambda sha: None))
    assert view.notice.isVisible() and "not on this computer" in view.notice.text()
    assert "mark it as read" in view.notice.text()
    view.save_state()
    assert learner.progress(item_id) is None
    assert view.bar.button.isEnabled()
    view.setFocus()
    assert view.focusWidget() is view.bar.button    # the keyboard lands on the way out
    with qtbot.waitSignal(view.completed):
        qtbot.keyClick(view.bar.button, Qt.Key.Key_Space)
    assert learner.progress(item_id).completed
    assert not view.bar.button.isEnabled()


def test_controls_are_named(open_view, learner, qtbot):
    view = open_view(learner.context("m1-reading"))
    for control in view.findChildren(QAbstractButton) + [view.browser]:
        assert control.accessibleName()


def test_a_reading_that_fits_completes_once_shown_not_before(learner, qtbot, open_view, tmp_path):
    from player.item_views import create_item_view
    ctx = reading(learner, tmp_path, "<p>One short paragraph.</p>", ReadingFormat.HTML)
    hidden = create_item_view(ctx)
    qtbot.addWidget(hidden)
    qtbot.wait(50)
    assert not hidden.is_completed          # built but never shown: not read
    shown = open_view(reading(learner, tmp_path, "<p>One short paragraph.</p>", ReadingFormat.HTML))
    qtbot.waitUntil(lambda: shown.is_completed)
    assert learner.progress("m1-reading").completed
