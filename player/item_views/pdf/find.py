"""Finding text in a PDF reading: the search as the learner types, the match count, and next
and previous match (wrapping), each brought on screen.

Qt 6.12 searches in the background and reports a status; older Qt searches a page per timer
tick with no "finished" signal, so there the finder searches every page at once (course PDFs
are tens of pages; PDFium finds text in a page in about a millisecond).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtPdf import QPdfSearchModel
from PySide6.QtWidgets import QApplication

from .pages import BoundedPdfView
from .toolbar import PdfToolbar

__all__ = ["PdfFinder"]

SEARCH_HAS_STATUS = hasattr(QPdfSearchModel, "Status")
#: the field searches by itself this long after typing stops
TYPING_PAUSE_MS = 300


class PdfFinder(QObject):
    """Finds the toolbar's search text in the document that `pdf` shows (through `model`, the
    view's search model) and steps through the matches."""

    def __init__(self, pdf: BoundedPdfView, model: QPdfSearchModel, toolbar: PdfToolbar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.model = model
        self.toolbar = toolbar
        self.navigator = pdf.pageNavigator()
        self._current_hit = -1
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.start)

        model.countChanged.connect(self._on_hits_changed)
        model.modelReset.connect(self._on_hits_changed)
        if SEARCH_HAS_STATUS:
            model.statusChanged.connect(self._on_hits_changed)  # type: ignore[attr-defined]
        model.rowsInserted.connect(lambda *_: self._on_hits_changed())
        edit = toolbar.search_edit
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.returnPressed.connect(self._on_return)
        toolbar.prev_hit_button.clicked.connect(self.previous_hit)
        toolbar.next_hit_button.clicked.connect(self.next_hit)

    def focus(self) -> None:
        """Ctrl+F: to the find field, its text selected for typing over."""
        self.toolbar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.toolbar.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Search now (the field searches by itself shortly after typing stops)."""
        self.toolbar.search_edit.setText(text)
        self.start()

    def start(self) -> None:
        """Search for the field's text, unless that search is already made."""
        self._timer.stop()
        text = self.toolbar.search_edit.text().strip()
        if text == self.model.searchString():
            return
        self._current_hit = -1
        self.pdf.setCurrentSearchResultIndex(-1)
        self.model.setSearchString(text)
        if text and not SEARCH_HAS_STATUS:
            document = self.pdf.document()
            for page in range(document.pageCount() if document is not None else 0):
                self.model.resultsOnPage(page)  # searches the page now if not yet done
        self._on_hits_changed()
        self.pdf.viewport().update()

    def _on_return(self) -> None:
        self.start()
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_hit()
        else:
            self.next_hit()

    def finished(self) -> bool:
        """True once the whole document has been searched for the current text."""
        if self.model.searchString() != self.toolbar.search_edit.text().strip():
            return False
        if not SEARCH_HAS_STATUS:
            return True
        # Qt 6.12 API, absent from the 6.11 stubs mypy reads
        finished = QPdfSearchModel.Status.Finished  # type: ignore[attr-defined]
        return bool(self.model.status() is finished)  # type: ignore[attr-defined]

    def hit_count(self) -> int:
        return self.model.count()

    def current_hit(self) -> int:
        """The index of the match shown as current; -1 before stepping to one."""
        return self._current_hit

    def next_hit(self) -> None:
        self._step_hit(+1)

    def previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        self.start()
        count = self.hit_count()
        if count == 0:
            return
        if self._current_hit < 0:
            self._current_hit = 0 if step > 0 else count - 1
        else:
            self._current_hit = (self._current_hit + step) % count
        self.pdf.setCurrentSearchResultIndex(self._current_hit)
        link = self.model.resultAtIndex(self._current_hit)
        if link.page() != self.navigator.currentPage():
            self.navigator.jump(link.page(), link.location(), self.navigator.currentZoom())
        # The page jump shows the page's top; bring the match itself on screen (zoomed in, or
        # a further match on the same page).
        self.pdf.ensure_visible(link.page(), list(link.rectangles()))
        self._on_hits_changed()

    def _on_hits_changed(self, *_args: object) -> None:
        count = self.hit_count()
        if self._current_hit >= count:
            self._current_hit = -1
        if not self.model.searchString():
            text = ""
        elif count == 0:
            text = self.tr("No matches") if self.finished() else self.tr("Searching…")
        elif self._current_hit < 0:
            text = self.tr("%n match(es)", "", count)
        else:
            text = self.tr("Match {n} of {count}").format(n=self._current_hit + 1, count=count)
        self.toolbar.show_hits(text, count > 0)

