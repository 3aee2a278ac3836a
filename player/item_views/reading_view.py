"""HTML and Markdown readings in a QTextBrowser that can only show what is in the course.

Court PCs must never fetch anything because a reading asked for it: HTML is sanitized again
here (`sync.html_safety.sanitize_html`), Markdown is parsed with raw HTML switched off, and the
browser's `loadResource` refuses every URL except `data:` images embedded in the reading
itself. Links never navigate: a link inside the reading scrolls to its anchor, any other link
only shows its address so the learner can decide to open it elsewhere.
"""
from __future__ import annotations

import logging
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QByteArray, QTimer, QUrl
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sync.html_safety import sanitize_html
from sync.manifest import ReadingFormat, ReadingItem

from . import ItemView
from ..item_context import ItemContext
from ._common import MarkReadBar, Notice, missing_file_text, read_blob

log = logging.getLogger(__name__)

MAX_DATA_URL_BYTES = 8 * 1024 * 1024
_SAVE_EPSILON = 0.01


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

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        if name.scheme().lower() == "data":
            data = decode_data_url(name)
            if data is not None:
                return QByteArray(data)
        url = name.toString()
        self.refused.append(url)
        log.info("reading asked for %s (resource type %s); refused: readings load nothing "
                 "from outside the course", url[:200], kind)
        return None

    def doSetSource(self, name: QUrl,  # noqa: N802 - Qt override
                    kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
                    ) -> None:
        """Navigation is never allowed; only in-document anchors move the view."""
        if name.hasFragment() and not name.path() and not name.scheme():
            self.scrollToAnchor(name.fragment())
            return
        log.info("refused to navigate a reading to %s", name.toString()[:200])


class TextReadingView(ItemView):
    """An HTML or Markdown reading; complete at its end or by "Mark as read".

    The saved position is the scroll fraction (0..1), so a long reading reopens where the
    learner left it; the fraction saved is the furthest scroll fraction reached.
    """

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ReadingItem) and item.format is not ReadingFormat.PDF
        self.item: ReadingItem = item
        self.setAccessibleName(self.tr("Reading"))
        self._restored = False
        self._furthest = float(ctx.progress.fraction) if ctx.progress else 0.0
        self._saved = (ctx.progress.position if ctx.progress else None, self._furthest)

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
        self.browser.verticalScrollBar().rangeChanged.connect(lambda *_: self._check_end())

        self.loaded = self._load()

    # ------------------------------------------------------------------ loading

    def _load(self) -> bool:
        data = read_blob(self.ctx.blob_path(self.item.sha256))
        if data is None:
            self.notice.setText(missing_file_text(self.tr("This reading")))
            self.notice.show()
            self.browser.hide()
            self.bar.button.setEnabled(False)
            return False
        text = data.decode("utf-8-sig", errors="replace")
        doc = self.browser.document()
        doc.setDefaultFont(self.font())
        if self.item.format is ReadingFormat.HTML:
            self.browser.setHtml(sanitize_html(text))
        else:
            doc.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                            | QTextDocument.MarkdownFeature.MarkdownNoHTML)
        return True

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

    def _on_scrolled(self, _value: int) -> None:
        if not self._restored and self.browser.isVisible():
            self._restored = True  # the learner scrolled first: their place wins over the saved one
        self._check_end()

    def _check_end(self) -> None:
        """Note how far the learner got; reaching the end completes the reading.

        Only a visible reading counts: a view built but never shown has not been read.
        """
        if not self.loaded or not self.browser.isVisible():
            return
        if not self._restored:
            return
        fraction = self._scroll_fraction()
        if fraction > self._furthest:
            self._furthest = fraction
            self.progressed.emit(self.item_id, fraction)
        if fraction >= 0.999:
            self._finish()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._restored:
            # Restore after the first layout, when the scroll range is known.
            QTimer.singleShot(0, self._restore_position)

    def _restore_position(self) -> None:
        if self._restored:
            return
        self._restored = True
        position = self.ctx.progress.position if self.ctx.progress else None
        if self.loaded and position and 0 < position < 1 and not self.is_completed:
            bar = self.browser.verticalScrollBar()
            bar.setValue(round(bar.minimum() + position * (bar.maximum() - bar.minimum())))
        self._check_end()

    def mark_read(self) -> None:
        """The learner says they have read it (the button, or its Alt+M mnemonic)."""
        if self.loaded:
            self._finish()

    def _finish(self) -> None:
        self._furthest = 1.0
        position = self._scroll_fraction()
        if self._complete(fraction=1.0, position=position):
            self._saved = (position, 1.0)
            self.progressed.emit(self.item_id, 1.0)
            self.bar.set_completed(True)
            self.bar.status.setText(self.tr("Reading complete."))

    def save_state(self) -> None:
        if not self.loaded or not self._restored:
            return
        position = self._scroll_fraction()
        old_position, old_fraction = self._saved
        if (old_position is None or abs(position - old_position) > _SAVE_EPSILON
                or self._furthest > old_fraction + _SAVE_EPSILON):
            self.ctx.save_progress(position=position, fraction=self._furthest)
            self._saved = (position, self._furthest)
