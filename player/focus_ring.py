"""A clearly visible keyboard focus, app-wide: a 2 px ring in the palette's highlight colour
over the border of whichever control has focus (issue #12 item 8).

Fusion marks a focused button by a faint tint of its frame, the same tint it gives a default
button, so focus on "Continue" looked like no focus at all. Style sheets cannot add a ring
without replacing the whole look of a control, and a proxy style would put Python in every
paint of every widget; this draws four thin, opaque bars as children of the focused control,
inside its rectangle, so they are never clipped by a parent, need no transparency (they stay
right next to native video surfaces) and cost nothing while painting. It follows
`QApplication.focusChanged` into dialogs and back, and shows nothing on windows, menus and
popups, whose own look already says where the keyboard is, and on controls that draw a
larger frame of their own (the `lecternOwnFocusFrame` property).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

#: the bars' object name (tests and screenshots look for it)
RING_NAME = "lectern-focus-ring"
#: the ring's width in device-independent pixels
RING_WIDTH = 2
#: a dynamic property: set (True) on a control that draws its own, larger focus frame (a
#: quiz choice frames its whole row), and the ring leaves it alone
OWN_FOCUS_FRAME = "lecternOwnFocusFrame"


def _wants_ring(widget: QWidget | None) -> bool:
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return False
    if isinstance(widget, (QMenu, QMenuBar)) or widget.property(OWN_FOCUS_FRAME):
        return False
    kind = widget.window().windowType()
    if kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return False  # a combo box's open list: its current row shows where the keyboard is
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class FocusRing(QObject):
    """Follows the focus widget of the application and draws the ring on it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.target: QWidget | None = None
        self.bars: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return  # the application lost the focus; it comes back to the same place
        self.follow(now)

    def follow(self, widget: QWidget | None) -> None:
        """Put the ring on `widget` (off everything for None or a widget that needs none)."""
        if widget is self.target and self.bars:
            self._place()
            return
        self._detach()
        if not _wants_ring(widget):
            return
        assert widget is not None
        self.target = widget
        colour = widget.palette().color(QPalette.ColorGroup.Active,
                                        QPalette.ColorRole.Highlight)
        for _ in range(4):
            bar = QWidget(widget)
            bar.setObjectName(RING_NAME)
            bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            palette = bar.palette()
            palette.setColor(QPalette.ColorRole.Window, colour)
            bar.setPalette(palette)
            # A child inherits its parent's background role (a button's is Button).
            bar.setBackgroundRole(QPalette.ColorRole.Window)
            bar.setAutoFillBackground(True)
            self.bars.append(bar)
        widget.installEventFilter(self)
        widget.destroyed.connect(self._target_destroyed)
        self._place()
        for bar in self.bars:
            bar.show()
            bar.raise_()

    def _place(self) -> None:
        widget = self.target
        if widget is None or len(self.bars) != 4:
            return
        w, h, t = widget.width(), widget.height(), RING_WIDTH
        rects = (QRect(0, 0, w, t), QRect(0, h - t, w, t),
                 QRect(0, 0, t, h), QRect(w - t, 0, t, h))
        for bar, rect in zip(self.bars, rects):
            bar.setGeometry(rect)
            bar.raise_()

    def _detach(self) -> None:
        widget, self.target = self.target, None
        bars, self.bars = self.bars, []
        if widget is None:
            return
        try:
            widget.removeEventFilter(self)
            widget.destroyed.disconnect(self._target_destroyed)
        except (RuntimeError, TypeError):  # the widget is being deleted
            pass
        for bar in bars:
            try:
                bar.hide()
                bar.setParent(None)
                bar.deleteLater()
            except RuntimeError:  # deleted with its control
                pass

    def _target_destroyed(self, _obj: QObject | None = None) -> None:
        self.target = None
        self.bars = []  # deleted with the control they were children of

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.target and event.type() in (QEvent.Type.Resize,
                                                        QEvent.Type.ChildAdded,
                                                        QEvent.Type.PaletteChange):
            if event.type() == QEvent.Type.PaletteChange:
                self.follow(None)
                self.follow(QApplication.focusWidget())
            else:
                self._place()
        return False


_RING: list[FocusRing] = []


def install_focus_ring(app: QApplication) -> FocusRing:
    """One ring for the whole application (idempotent)."""
    for ring in _RING:
        try:
            if ring.parent() is app:
                return ring
        except RuntimeError:  # an earlier application was deleted
            pass
    _RING[:] = [FocusRing(app)]
    return _RING[0]
