"""The video view's stage and controls: picture, captions, seek bar, buttons and choices, the
keys, and full screen.

Small windows. The picture may shrink to about five text lines and the controls wrap onto
more rows (`WrapLayout`), so the view fits beside the outline at 200 % scaling on a
1366×768 screen; the captions keep their two lines.

The quality menu lists every copy of the lecture. One that is not on this computer is greyed
and says how to get it ("480p — not downloaded (Get standard quality in the Course
catalog)"); when the standard-quality copy is among the missing, a last entry, "Get standard
quality…", asks the shell for it through `standard_quality_requested(course_id)`, or, when
nothing listens, says where to find it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMetaMethod, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItemModel
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .._common import Notice, scaled_font
from . import SPEEDS, VideoHost
from .caption_style import style_captions
from .wrap_layout import WrapLayout

if TYPE_CHECKING:
    from ..video_view import VideoView

__all__ = ["ControlsMixin", "Stage", "GET_STANDARD", "PICTURE_MIN_LINES", "SKIP_SECONDS",
           "VOLUME_STEP"]

SKIP_SECONDS = 10.0
VOLUME_STEP = 0.1
PICTURE_MIN_LINES = 5           # the picture's smallest height, in text lines (16:9 wide)
GET_STANDARD = "\x00get-standard"   # item data of the quality menu's "Get standard quality…"


class Stage(QWidget):
    """Video, captions and controls: the part that goes full screen and takes the keys.

    It is a widget of its own because full screen turns it into a window, and key events
    stop at window boundaries; keeping the key handling here works in both states.
    """

    def __init__(self, view: "VideoView") -> None:
        super().__init__(view)
        self._view = view
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._view.handle_key(event):
            super().keyPressEvent(event)


# Words go through the "VideoView" context: PySide's `self.tr` looks them up under the
# running class (VideoView), while lupdate would file a mixin's `self.tr` under the mixin.
class ControlsMixin:
    """Builds the stage of a `VideoView` and handles its keys and full screen."""

    def _button(self: VideoHost, name: str, tip: str,
                icon: QStyle.StandardPixmap | None = None, text: str = "",
                parent: QWidget | None = None) -> QToolButton:
        button = QToolButton(parent or self.stage)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        button.setText(text or name)
        if icon is not None and not text:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        return button

    def _build_ui(self: VideoHost) -> None:
        self.stage = Stage(self)
        # Playback keeps left to right in a right-to-left language, as media players do (the
        # time runs left to right, Left seeks back, the seek icons point the way they go);
        # the rest of the bar (speed, captions, quality) is mirrored with the window. The
        # controls are made in these rows (not moved there later), so Tab keeps their order.
        self.seek_bar = QWidget(self.stage)
        self.seek_bar.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.transport = QWidget(self.stage)
        self.transport.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.stage.setAccessibleName(QCoreApplication.translate("VideoView", "Video player"))
        self.stage.setAccessibleDescription(QCoreApplication.translate("VideoView",
            "Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change "
            "the volume, F switches full screen, C switches captions."))
        fm = self.fontMetrics()

        self.video = QVideoWidget(self.stage)
        self.video.setAccessibleName(QCoreApplication.translate("VideoView", "Video picture"))
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lines = fm.height() * PICTURE_MIN_LINES
        self.video.setMinimumSize(lines * 16 // 9, lines)
        self.video.installEventFilter(self)

        self.caption_label = QLabel(self.stage)
        self.caption_label.setAccessibleName(QCoreApplication.translate("VideoView", "Captions"))
        self.caption_label.setTextFormat(Qt.TextFormat.RichText)  # only <b>/<i>/<u> of escaped text
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setAutoFillBackground(True)
        palette = self.caption_label.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.caption_label.setPalette(palette)
        self.caption_label.setFont(scaled_font(self.caption_label.font(), 1.25))
        cfm = self.caption_label.fontMetrics()
        self.caption_label.setContentsMargins(cfm.averageCharWidth(), cfm.descent(),
                                              cfm.averageCharWidth(), cfm.descent())
        self.caption_label.setMinimumHeight(cfm.lineSpacing() * 2 + cfm.descent() * 2)
        style_captions(self.caption_label)  # the size and background chosen in Settings

        self.notice = Notice(parent=self.stage)
        self.notice.hide()

        # Seek row.
        self.seek_slider = QSlider(Qt.Orientation.Horizontal, self.seek_bar)
        self.seek_slider.setAccessibleName(QCoreApplication.translate("VideoView", "Position in the video"))
        self.seek_slider.setToolTip(QCoreApplication.translate(
                "VideoView", "Drag to move in the video; arrow keys move "
                                            "10 seconds"))
        self.seek_slider.setRange(0, int(self.item.duration * 1000))
        self.seek_slider.setSingleStep(int(SKIP_SECONDS * 1000))
        self.seek_slider.setPageStep(60_000)
        self.seek_slider.sliderPressed.connect(self._on_scrub_start)
        self.seek_slider.sliderReleased.connect(self._on_scrub_end)
        self.seek_slider.sliderMoved.connect(lambda ms: self._show_time(ms / 1000))
        self.seek_slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel(self.seek_bar)
        self.time_label.setAccessibleName(QCoreApplication.translate("VideoView", "Time"))
        self.time_label.setMinimumWidth(fm.horizontalAdvance("0:00:00 / 0:00:00")
                                        + fm.averageCharWidth())
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Transport.
        self.play_button = self._button(QCoreApplication.translate(
                "VideoView", "Play"), QCoreApplication.translate("VideoView", "Play or pause (Space)"),
                                        QStyle.StandardPixmap.SP_MediaPlay, parent=self.transport)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = self._button(QCoreApplication.translate("VideoView", "Back 10 seconds"),
                                        QCoreApplication.translate("VideoView", "Back 10 seconds (Left arrow)"),
                                        QStyle.StandardPixmap.SP_MediaSeekBackward, parent=self.transport)
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        self.forward_button = self._button(QCoreApplication.translate("VideoView", "Forward 10 seconds"),
                                           QCoreApplication.translate("VideoView", "Forward 10 seconds (Right arrow)"),
                                           QStyle.StandardPixmap.SP_MediaSeekForward, parent=self.transport)
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        self.mute_button = self._button(QCoreApplication.translate(
                "VideoView", "Mute"), QCoreApplication.translate("VideoView", "Mute or unmute (M)"),
                                        QStyle.StandardPixmap.SP_MediaVolume, parent=self.transport)
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self.transport)
        self.volume_slider.setAccessibleName(QCoreApplication.translate("VideoView", "Volume"))
        self.volume_slider.setToolTip(QCoreApplication.translate("VideoView", "Volume (Up and Down arrows)"))
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setValue(round(self.audio.volume() * 100))
        self.volume_slider.setMaximumWidth(fm.averageCharWidth() * 14)
        self.volume_slider.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))

        # Choices.
        self.speed_combo = QComboBox(self.stage)
        self.speed_combo.setAccessibleName(QCoreApplication.translate("VideoView", "Playback speed"))
        self.speed_combo.setToolTip(QCoreApplication.translate("VideoView", "Playback speed"))
        locale = QLocale()
        for rate in SPEEDS:
            label = QCoreApplication.translate("VideoView", "{rate}×").format(rate=locale.toString(rate, "g", 3))
            if rate == 1.0:
                label = QCoreApplication.translate("VideoView", "{rate} (normal)").format(rate=label)
            self.speed_combo.addItem(label, rate)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        # Fusion draws the text closer to the arrow than the size hint allows for: a wide
        # label ("1×（正常）") would touch it (#16).
        self.speed_combo.setMinimumWidth(self.speed_combo.sizeHint().width() + fm.averageCharWidth())
        self.speed_combo.activated.connect(
            lambda i: self.set_rate(self.speed_combo.itemData(i), remember=True))

        self.captions_combo = QComboBox(self.stage)
        self.captions_combo.setAccessibleName(QCoreApplication.translate("VideoView", "Captions language"))
        self.captions_combo.setToolTip(QCoreApplication.translate("VideoView", "Captions (C switches them on or off)"))
        self.captions_combo.addItem(QCoreApplication.translate("VideoView", "Captions off"), None)
        for option in self.caption_options:
            self.captions_combo.addItem(option.label or option.language, option.language)
        self.captions_combo.setEnabled(bool(self.caption_options))
        self.captions_combo.activated.connect(
            lambda i: self.set_caption_language(self.captions_combo.itemData(i), remember=True))

        self.rendition_combo = QComboBox(self.stage)
        self.rendition_combo.setAccessibleName(QCoreApplication.translate("VideoView", "Video quality"))
        self.rendition_combo.setToolTip(QCoreApplication.translate(
                "VideoView", "Picture quality; only copies on this computer "
                                                "can be chosen"))
        self._fill_quality_combo()
        self.rendition_combo.activated.connect(self._on_quality_activated)

        self.fullscreen_button = self._button(QCoreApplication.translate("VideoView", "Full screen"),
                                              QCoreApplication.translate(
                                                      "VideoView", "Full screen on or off (F; Esc leaves)"),
                                              QStyle.StandardPixmap.SP_TitleBarMaxButton)
        self.fullscreen_button.setCheckable(True)
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)

        seek_row = QHBoxLayout(self.seek_bar)
        seek_row.setContentsMargins(0, 0, 0, 0)
        seek_row.addWidget(self.seek_slider, 1)
        seek_row.addWidget(self.time_label)
        transport_row = QHBoxLayout(self.transport)
        transport_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.back_button, self.forward_button,
                       self.mute_button, self.volume_slider):
            transport_row.addWidget(widget)
        self.controls_layout = WrapLayout()
        self.controls_layout.add_group([self.transport])
        self.controls_layout.add_group([self.speed_combo, self.captions_combo,
                                        self.rendition_combo, self.fullscreen_button])

        stage_layout = QVBoxLayout(self.stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self.notice)
        stage_layout.addWidget(self.video, 1)
        stage_layout.addWidget(self.caption_label)
        stage_layout.addWidget(self.seek_bar)
        stage_layout.addLayout(self.controls_layout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.setFocusProxy(self.stage)
        self._show_time(self._pending_seek or 0.0)

    # ------------------------------------------------------------------ the quality menu

    def _fill_quality_combo(self: VideoHost) -> None:
        """Every copy of the lecture, best first; those not here greyed, saying how to get
        them; "Get standard quality…" last when the standard copy is among them."""
        combo = self.rendition_combo
        model = combo.model()
        installed = {r.sha256 for r in self.renditions}
        standard = self._standard_files()
        offer_standard = False
        for rendition in sorted(self.item.renditions, key=lambda r: (r.height or 0, r.bitrate),
                                reverse=True):
            label = rendition.label if rendition.height else QCoreApplication.translate("VideoView", "Audio only")
            if rendition.sha256 not in installed:
                in_standard = rendition.sha256 in standard
                offer_standard = offer_standard or in_standard
                how = (QCoreApplication.translate(
                        "VideoView", "Get standard quality in the Course catalog") if in_standard
                       else QCoreApplication.translate("VideoView", "Get every quality in the Course catalog"))
                label = QCoreApplication.translate(
                        "VideoView", "{label} — not downloaded ({how})").format(label=label, how=how)
            combo.addItem(label, rendition.label)
            if rendition.sha256 not in installed and isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)
        if offer_standard:
            combo.addItem(QCoreApplication.translate("VideoView", "Get standard quality…"), GET_STANDARD)
            combo.setItemData(combo.count() - 1, QCoreApplication.translate("VideoView",
                "Download the standard-quality videos of this course (the course stays "
                "usable meanwhile)"), Qt.ItemDataRole.ToolTipRole)
        # The closed box shows the copy playing; the open list is as wide as its entries.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        shown = [combo.itemText(i) for i in range(combo.count())
                 if combo.itemData(i) in {r.label for r in self.renditions}]
        combo.setMinimumContentsLength(max(map(len, shown), default=4) + 1)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0)
                                     + combo.view().verticalScrollBar().sizeHint().width())

    def _standard_files(self: VideoHost) -> set[str]:
        """The files the "standard" download choice holds (the download queue's own rule)."""
        from sync.download_queue import DownloadChoice, choice_files
        try:
            return choice_files(self.ctx.manifest, DownloadChoice.STANDARD)
        except (KeyError, AttributeError):   # a hand-made manifest without its file table
            return set()

    def _on_quality_activated(self: VideoHost, index: int) -> None:
        data = self.rendition_combo.itemData(index)
        if data == GET_STANDARD:
            self._sync_rendition_combo()
            self.request_standard_quality()
        elif data is not None:
            self.set_rendition(data)

    def request_standard_quality(self: VideoHost) -> None:
        """Ask the shell to download this course's standard quality (the missing videos), or
        say where to get it when nothing is wired to do it."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.standard_quality_requested)):
            self.standard_quality_requested.emit(self.ctx.course_id)
            text = QCoreApplication.translate(
                    "VideoView", "Getting standard quality for this course: see Downloads. Open this "
                           "lecture again when it is done to choose the better picture.")
        else:
            text = QCoreApplication.translate(
                    "VideoView", "To watch in standard quality, open the Course catalog and choose "
                           "Get standard quality for this course.")
        self.notice.setText(text)
        self.notice.show()

    # ------------------------------------------------------------------ full screen

    def is_fullscreen(self: VideoHost) -> bool:
        return self.stage.isWindow()

    def toggle_fullscreen(self: VideoHost) -> None:
        self.set_fullscreen(not self.is_fullscreen())

    def set_fullscreen(self: VideoHost, on: bool) -> None:
        if on == self.is_fullscreen():
            return
        if on:
            self.stage.setWindowFlag(Qt.WindowType.Window, True)
            self.stage.setWindowTitle(self.item.title)
            self.stage.showFullScreen()
        else:
            self.stage.setWindowFlag(Qt.WindowType.Window, False)
            self.stage.showNormal()
            self.stage.show()
        self.fullscreen_button.setChecked(on)
        self.stage.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ keys and mouse

    def handle_key(self: VideoHost, event: QKeyEvent) -> bool:
        """The video keys (Space, arrows, F, C, M, Esc); False for keys the shell may want."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        forward = -1.0 if self.stage.isRightToLeft() else 1.0  # arrows follow the mirrored bar
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Left:
            self.skip(-SKIP_SECONDS * forward)
        elif key == Qt.Key.Key_Right:
            self.skip(SKIP_SECONDS * forward)
        elif key == Qt.Key.Key_Up:
            self.set_volume(self.volume() + VOLUME_STEP)
        elif key == Qt.Key.Key_Down:
            self.set_volume(self.volume() - VOLUME_STEP)
        elif key == Qt.Key.Key_F:
            self.toggle_fullscreen()
        elif key == Qt.Key.Key_C:
            self.toggle_captions()
        elif key == Qt.Key.Key_M:
            self.mute_button.toggle()
        elif key == Qt.Key.Key_Escape and self.is_fullscreen():
            self.set_fullscreen(False)
        else:
            return False
        event.accept()
        return True

    def eventFilter(self: VideoHost, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.video:
            if event.type() == QEvent.Type.MouseButtonPress:
                self.stage.setFocus(Qt.FocusReason.MouseFocusReason)
            elif event.type() == QEvent.Type.MouseButtonDblClick:
                self.toggle_fullscreen()
                return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    # ------------------------------------------------------------------ seek bar and volume

    def _on_mute_toggled(self: VideoHost, muted: bool) -> None:
        self.audio.setMuted(muted)
        icon = (QStyle.StandardPixmap.SP_MediaVolumeMuted if muted
                else QStyle.StandardPixmap.SP_MediaVolume)
        self.mute_button.setIcon(self.style().standardIcon(icon))
        name = QCoreApplication.translate(
                "VideoView", "Unmute") if muted else QCoreApplication.translate("VideoView", "Mute")
        self.mute_button.setAccessibleName(name)

    def _on_scrub_start(self: VideoHost) -> None:
        self._scrubbing = True

    def _on_scrub_end(self: VideoHost) -> None:
        self._scrubbing = False
        self.seek(self.seek_slider.value() / 1000)

    def _on_slider_action(self: VideoHost, action: int) -> None:
        """Keyboard and page clicks on the seek bar seek at once; drags seek on release."""
        if action == QAbstractSlider.SliderAction.SliderMove.value or self._scrubbing:
            return
        self.seek(self.seek_slider.sliderPosition() / 1000)
