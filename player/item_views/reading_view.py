"""HTML and Markdown readings in a QTextBrowser that can only show what is in the course.

Court PCs must never fetch anything because a reading asked for it: HTML is sanitized again
here (`sync.html_safety.sanitize_html`), Markdown is parsed with raw HTML switched off, and the
browser's `loadResource` refuses every URL except `data:` images embedded in the reading
itself. Links never navigate: a link inside the reading scrolls to its anchor, any other link
only shows its address so the learner can decide to open it elsewhere.

A reading counts as read when every part of it has been on screen long enough to skim
(`SKIM_CHARS_PER_SECOND`), not when the scroll bar happens to reach its end: a jump to the
end (the End key, a layout that scrolled by itself) shows only the end, so it completes
nothing. "Mark as read" is always there for a learner who read it elsewhere.
"""
from __future__ import annotations

import logging
import math
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QByteArray, QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QHideEvent, QShowEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sync.html_safety import sanitize_html
from sync.manifest import ReadingFormat, ReadingItem

from ..item_context import ItemContext
from ._common import MarkReadBar, Notice, ReadingItemView, missing_file_text, read_blob

log = logging.getLogger(__name__)

MAX_DATA_URL_BYTES = 8 * 1024 * 1024
_SAVE_EPSILON = 0.01

#: The fastest skim that still counts as reading: about 600 words a minute. Every part of a
#: reading must be on screen for its share of `characters / SKIM_CHARS_PER_SECOND` seconds.
SKIM_CHARS_PER_SECOND = 50.0
#: However short a reading is, it is on screen at least this long before it counts as read.
MIN_READ_SECONDS = 1.0
#: A reading is tracked in this many slices of equal height; each is seen or not.
BANDS = 200
#: How often the view notes what is on screen.
TICK_MS = 200


def decode_data_url(url: QUrl) -> bytes | None:
    """The payload of a `data:` URL (base64 or percent-encoded), None if malformed or huge."""
    raw = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    header, sep, payload = raw.partition(",")
    if not sep or not header.lower().startswith("data:"):
        return None
    if len(payload) > MAX_DATA_URL_BYTES * 4 // 3 + 4:
        return None
    if header.lower().endswith(";base64"):
        data = QByteArray.fromBase64(QByteArray(unquote_to_bytes(payload)))
        return bytes(data.data())
    return unquote_to_bytes(payload)


class OfflineBrowser(QTextBrowser):
    """A QTextBrowser that never navigates and never loads anything from outside the reading.

    `refused` lists every resource URL the document asked for and did not get, so a test (or
    a curious court IT person, via the log) can see exactly what a reading tried to load.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        name = QUrl(name)
        if name.scheme().lower() == "data":
            data = decode_data_url(name)
            if data is not None:
                return QByteArray(data)
        url = name.toString()
        self.refused.append(url)
        log.info("reading asked for %s (resource type %s); refused: readings load nothing "
                 "from outside the course", url[:200], kind)
        return None

    def doSetSource(self, name: QUrl | str,  # noqa: N802 - Qt override
                    kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
                    ) -> None:
        """Navigation is never allowed; only in-document anchors move the view."""
        name = QUrl(name)
        if name.hasFragment() and not name.path() and not name.scheme():
            self.scrollToAnchor(name.fragment())
            return
        log.info("refused to navigate a reading to %s", name.toString()[:200])


class TextReadingView(ReadingItemView):
    """An HTML or Markdown reading; complete once all of it was shown, or by "Mark as read".

    The reading opens at the top, or where the learner left it: the saved position is the
    scroll fraction (0..1). The saved fraction is the share of the reading that has been on
    screen long enough to skim; a reopened reading counts that share, from the top, as seen.
    """

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ReadingItem) and item.format is not ReadingFormat.PDF
        self.item: ReadingItem = item
        self.setAccessibleName(self.tr("Reading"))
        self._restored = False
        saved_fraction = float(ctx.progress.fraction) if ctx.progress else 0.0
        saved_fraction = min(1.0, max(0.0, saved_fraction))
        self._furthest = saved_fraction
        self._saved = (ctx.progress.position if ctx.progress else None, self._furthest)
        # Which slices of the reading were shown long enough, and how long each has been
        # shown so far (milliseconds).
        self._seen = [i < math.floor(saved_fraction * BANDS) for i in range(BANDS)]
        self._shown_ms = [0.0] * BANDS
        self._band_need_ms = MIN_READ_SECONDS * 1000 / BANDS
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

        self.browser = OfflineBrowser(self)
        self.browser.setAccessibleName(self.tr("Reading text"))
        self.browser.setAccessibleDescription(item.title)
        self.notice = Notice(parent=self)
        self.notice.hide()
        self.bar = MarkReadBar(self.is_completed, self)
        self.bar.mark_requested.connect(self.mark_read)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.bar)
        self.setFocusProxy(self.browser)

        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.highlighted.connect(self._on_link_highlighted)
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scrolled)

        self.loaded = self._load()

    # ------------------------------------------------------------------ loading

    def _load(self) -> bool:
        data = read_blob(self.ctx.blob_path(self.item.sha256))
        if data is None:
            return self._fail(missing_file_text(self.tr("This reading")))
        text = data.decode("utf-8-sig", errors="replace")
        doc = self.browser.document()
        doc.setDefaultFont(self.font())
        if self.item.format is ReadingFormat.HTML:
            self.browser.setHtml(sanitize_html(text))
        else:
            doc.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                            | QTextDocument.MarkdownFeature.MarkdownNoHTML)
        # Filling the document directly leaves the browser's cursor after the last character,
        # and the browser scrolls to its cursor when it gets focus or is laid out: the reading
        # would open at its end. Every reading starts at its first line.
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)
        characters = max(0, doc.characterCount() - 1)
        seconds = max(MIN_READ_SECONDS, characters / SKIM_CHARS_PER_SECOND)
        self._band_need_ms = seconds * 1000 / BANDS
        return True

    def _fail(self, message: str, *content: QWidget) -> bool:
        """The notice instead of the text."""
        return super()._fail(message, self.browser, *content)

    # ------------------------------------------------------------------ links

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path() and not url.scheme():
            self.browser.scrollToAnchor(url.fragment())
            return
        self._show_link(url, clicked=True)

    def _on_link_highlighted(self, url: QUrl) -> None:
        if url.isEmpty():
            self.bar.status.clear()
            self.browser.setToolTip("")
        else:
            self._show_link(url, clicked=False)

    def _show_link(self, url: QUrl, clicked: bool) -> None:
        address = url.toDisplayString()
        if clicked:
            text = self.tr("Links to outside the course do not open from Lectern. "
                           "The address is: {url}").format(url=address)
        else:
            text = self.tr("Link to outside the course (does not open here): {url}").format(
                url=address)
        self.bar.status.setText(text)
        self.browser.setToolTip(address)

    # ------------------------------------------------------------------ progress

    def _scroll_fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        if bar.maximum() <= bar.minimum():
            return 1.0
        return (bar.value() - bar.minimum()) / (bar.maximum() - bar.minimum())

    def seen_fraction(self) -> float:
        """The share of the reading that has been on screen long enough to skim (0..1)."""
        return sum(self._seen) / BANDS

    def on_screen_seen(self) -> bool:
        """Whether everything on screen now has been shown long enough to count as seen."""
        return all(self._seen[i] for i in self._visible_bands())

    def _on_scrolled(self, _value: int) -> None:
        if not self._restored and self.browser.isVisible():
            self._restored = True  # the learner scrolled first: their place wins over the saved one

    def _counting(self) -> bool:
        """Whether what the browser shows now is in front of the learner."""
        return (self.loaded and self._restored and not self.is_completed
                and self.browser.isVisible()
                and not self.window().windowState() & Qt.WindowState.WindowMinimized)

    def _visible_bands(self) -> range:
        """The slices of the reading whose middle is inside the browser's viewport."""
        height = self.browser.document().size().height()
        if height <= 0:
            return range(0)
        top = self.browser.verticalScrollBar().value()
        bottom = top + self.browser.viewport().height()
        first = max(0, math.ceil(top / height * BANDS - 0.5))
        last = min(BANDS - 1, math.floor(bottom / height * BANDS - 0.5))
        return range(first, last + 1)

    def _tick(self) -> None:
        """Credit the time since the last tick to the slices on screen that are not yet seen.

        The time is shared among them, so a screenful takes as long as its text takes to
        skim; a jump past part of the reading leaves that part unseen.
        """
        if not self._clock.isValid():
            self._clock.start()
            return
        elapsed = min(self._clock.restart(), 2 * TICK_MS)  # a sleeping PC reads nothing
        if not self._counting():
            return
        unseen = [i for i in self._visible_bands() if not self._seen[i]]
        if not unseen:
            return
        share = elapsed / len(unseen)
        for i in unseen:
            self._shown_ms[i] += share
            if self._shown_ms[i] >= self._band_need_ms:
                self._seen[i] = True
        fraction = self.seen_fraction()
        if fraction >= 1.0:
            self._finish()
        elif fraction >= self._furthest + _SAVE_EPSILON:
            self._furthest = fraction
            self.progressed.emit(self.item_id, fraction)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.loaded and not self.is_completed:
            self._clock.invalidate()
            self._ticker.start()
        if not self._restored:
            # Restore after the first layout, when the scroll range is known.
            QTimer.singleShot(0, self._restore_position)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._ticker.stop()
        super().hideEvent(event)

    def _restore_position(self) -> None:
        if self._restored:
            return
        self._restored = True
        position = self.ctx.progress.position if self.ctx.progress else None
        if self.loaded and position and 0 < position < 1 and not self.is_completed:
            bar = self.browser.verticalScrollBar()
            bar.setValue(round(bar.minimum() + position * (bar.maximum() - bar.minimum())))

    def _finish(self) -> None:
        self._ticker.stop()
        if self._complete_reading(self._scroll_fraction() if self.loaded else None):
            self._furthest = 1.0

    def save_state(self) -> None:
        if not self.loaded or not self._restored:
            return
        position = self._scroll_fraction()
        old_position, old_fraction = self._saved
        fraction = max(self._furthest, old_fraction)
        if (old_position is None or abs(position - old_position) > _SAVE_EPSILON
                or fraction > old_fraction + _SAVE_EPSILON):
            self.ctx.save_progress(position=position, fraction=fraction)
            self._saved = (position, fraction)
