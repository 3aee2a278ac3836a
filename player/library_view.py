"""The library: the courses installed on this computer, with progress and "Continue".

Cards in a QScrollArea rather than a model/view list with a painted delegate: a court PC holds a
handful of courses, not thousands, and each card carries real buttons ("Continue", "Remove…")
and a real QProgressBar. Real child widgets get keyboard focus in tab order, are announced by
screen readers with their own accessible names, mirror in right-to-left layouts and grow with
the system font for free; a delegate would have to re-implement all of that by hand.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.dates import format_timestamp
from player.error_messages import message_for
from player.sizing import breakable
from player.widgets import (
    Card,
    CardList,
    CardScreen,
    NoticeLabel,
    format_size,
    heading_font,
    language_name,
    make_button,
    make_label,
)
from player.widgets.text import isolate

if TYPE_CHECKING:
    from sync.services.courses import CourseFamily
    from sync.store import InstalledCourse

log = logging.getLogger(__name__)


#: Qt image formats for the cover media types bundles carry (`sync.bundle.MEDIA_TYPES`).
_COVER_FORMATS = {"image/png": b"png", "image/jpeg": b"jpeg", "image/webp": b"webp"}


def load_cover(path: Path, media_type: str | None, height: int) -> QPixmap:
    """The cover scaled to `height`, or a null pixmap when it cannot be read.

    Not `QPixmap(path)`: a blob has no file suffix, so Qt would load every image plugin to
    sniff it (the PDF one pulls in QtPdf), and it would keep the full-size picture in
    `QPixmapCache` for the whole session. Reading with the manifest's media type loads only
    that format's plugin (PNG needs none), and only the scaled copy is kept.
    """
    image = QImageReader(str(path), _COVER_FORMATS.get(media_type or "", b"")).read()
    if image.isNull() and media_type in _COVER_FORMATS:  # mislabelled: let Qt sniff it
        image = QImageReader(str(path)).read()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image.scaledToHeight(height,
                                                  Qt.TransformationMode.SmoothTransformation))


def languages_text(languages: "list[str] | tuple[str, ...]") -> str:
    """"English · Français · العربية": each language in its own name, each isolated so an
    Arabic name keeps its place in an English line (and the reverse)."""
    return " · ".join(isolate(language_name(tag)) for tag in languages)


class CourseCard(Card):
    """One installed course (a family: all its language versions on one card): title,
    language, size, progress, last studied, actions. The card shows one version (see
    `sync.services.courses.choose_version`); its progress and "last studied" are the
    family's, whichever version was studied.

    A course whose required items are all done says "Completed" and offers "Review" (from
    the first item) instead of "Continue" (issue #12 item 14).
    """

    continue_requested = Signal(str)
    review_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, course: "InstalledCourse", cover: Path | None = None,
                 parent: QWidget | None = None, cover_type: str | None = None,
                 family: "CourseFamily | None" = None) -> None:
        super().__init__(f"course-card-{course.id}",
                         self.tr("Course: %1").replace("%1", course.title), parent)
        self.course = course
        #: the course's language versions (None: a card for one version alone)
        self.family = family
        versions = family.versions if family is not None else (course,)
        #: the languages installed, first installed first
        self.languages = tuple(v.language for v in versions)
        last = family.last_studied if family is not None else None
        #: where "Continue" resumes: the item last studied in any language version
        self.resume_item = (last.last_item_id if last is not None else None) or course.last_item_id
        last_studied_at = (last.last_studied_at if last is not None else None) \
            or course.last_studied_at
        self.title_label = self.make_title(breakable(course.title), self.tr("Course title"), 1.2,
                                      plain=False)
        parts = [language_name(course.language),
                 format_size(int(course.size_bytes)),  # SI units, as on every screen
                 self.tr("version %1").replace("%1", str(course.version))]
        if course.publisher:
            parts.append(course.publisher)
        self.meta_label = self.make_facts(parts, self.tr("Language, size and publisher"),
                                     plain=False, fmt=breakable)
        self.summary_label = make_label(self, breakable(course.summary), self.tr("Summary"),
                                        visible=bool(course.summary))
        self.languages_label = make_label(
            self, self.tr("Languages: %1").replace("%1", languages_text(self.languages)),
            self.tr("Installed languages"), plain=True, visible=len(self.languages) > 1)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, max(int(course.required_total), 1))
        self.progress_bar.setValue(min(int(course.required_done), max(int(course.required_total), 1)))
        self.progress_bar.setFormat(
            self.tr("%1 of %2 required items done")
            .replace("%1", str(course.required_done)).replace("%2", str(course.required_total)))
        self.progress_bar.setAccessibleName(self.tr("Progress in %1").replace("%1", course.title))
        self.progress_bar.setAccessibleDescription(self.progress_bar.format())

        studied = format_timestamp(last_studied_at)
        self.studied_label = make_label(
            self, self.tr("Last studied: %1").replace("%1", studied) if studied
            else self.tr("Not started yet"), self.tr("Last studied"), wrap=False)
        self.signature_label = make_label(
            self, breakable(self._signature_text(course.signature_status)),
            self.tr("Publisher signature"))

        # A course run's next module not open yet (#17): "Module 3 opens on 8 May 2026".
        self.opening_label = make_label(self, "", self.tr("Next module"), visible=False)

        self.completed = course_completed(course)
        self.completed_label = make_label(
            self, self.tr("✓ Completed: all required items are done"), self.tr("Completed"),
            font=heading_font(self.font(), 1.0), visible=self.completed)

        started = bool(self.resume_item) or course.required_done > 0
        # The main button (Start, Continue or Review) is not a dialog's default button: in
        # Fusion that tint looked like keyboard focus on every card.
        if self.completed:
            self.continue_button = make_button(
                self, self.tr("Review"), self.tr("Review %1").replace("%1", course.title),
                lambda: self.review_requested.emit(course.id),
                self.tr("Open the course from its first item"))
        else:
            self.continue_button = make_button(
                self, self.tr("Continue") if started else self.tr("Start"),
                (self.tr("Continue %1") if started else self.tr("Start %1"))
                .replace("%1", course.title), lambda: self.continue_requested.emit(course.id))
        self.remove_button = make_button(
            self, self.tr("Remove…"), self.tr("Remove %1").replace("%1", course.title),
            lambda: self.remove_requested.emit(course.id))

        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.cover_label = QLabel(self)
        self.cover_label.setAccessibleName(self.tr("Cover of %1").replace("%1", course.title))
        height = self.fontMetrics().height() * 8
        pixmap = load_cover(cover, cover_type, height) if cover is not None else QPixmap()
        if not pixmap.isNull():
            self.cover_label.setPixmap(pixmap)
            self.cover_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cover_label.setVisible(not pixmap.isNull())

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.meta_label)
        text.addWidget(self.languages_label)
        text.addWidget(self.summary_label)
        text.addWidget(self.progress_bar)
        text.addWidget(self.completed_label)
        text.addWidget(self.opening_label)
        text.addWidget(self.studied_label)
        text.addWidget(self.signature_label)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.cover_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_opening(self, number: int, day: str) -> None:
        """"Module 3 opens on Friday, 8 May 2026" (`number` 0: nothing locked, hidden)."""
        if number <= 0:
            self.opening_label.setVisible(False)
            self.opening_label.clear()
            return
        text = (self.tr("Module %1 opens on %2.").replace("%2", day) if day
                else self.tr("Module %1 opens later.")).replace("%1", str(number))
        self.opening_label.setText(text)
        self.opening_label.setAccessibleDescription(text)
        self.opening_label.setVisible(True)

    def _signature_text(self, status: str) -> str:
        texts = {
            "trusted": self.tr("Signed by a publisher this computer trusts."),
            "unsigned": self.tr("Not signed by a publisher."),
            "unknown-key": self.tr("Signed by a publisher this computer does not know."),
        }
        return texts.get(status, self.tr("Signature: %1").replace("%1", status))


def course_completed(course: "InstalledCourse") -> bool:
    """Every required item done (a course with no required item is never "completed")."""
    return course.required_total > 0 and course.required_done >= course.required_total


class RemoveCourseDialog(QDialog):
    """Asks before removing a course; keeping the learner's progress is the default. A
    course installed in several languages asks which: one language version (the one shown
    is checked) or all of them."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 versions: "list[InstalledCourse] | None" = None,
                 shown: str | None = None) -> None:
        super().__init__(parent)
        #: the language versions offered, in the order of the choices (course ids)
        self.version_ids = [v.id for v in versions or []]
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        self.setWindowTitle(self.tr("Remove course"))
        self.setAccessibleName(self.tr("Remove course"))
        text = QLabel(breakable(self.tr("Remove “%1” from this computer? Its videos and "
                                        "readings are deleted; you can import it again later.")
                                .replace("%1", title)), self)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Question"))
        self.keep_progress = QCheckBox(self.tr("&Keep my progress"), self)
        self.keep_progress.setChecked(True)
        self.keep_progress.setAccessibleName(self.tr("Keep my progress"))
        self.keep_progress.setToolTip(self.tr(
            "Your completed items and quiz results stay on this computer and come back if "
            "you import the course again."))
        self.buttons = QDialogButtonBox(self)
        self.remove_button = self.buttons.addButton(self.tr("&Remove"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button.setAccessibleName(self.tr("Remove"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if len(self.version_ids) > 1:
            assert versions is not None
            which = QLabel(self.tr("Which language versions?"), self)
            which.setAccessibleName(self.tr("Which language versions?"))
            layout.addWidget(which)
            for v in versions:
                name = language_name(v.language)
                button = QRadioButton(self.tr("Only %1").replace("%1", isolate(name)), self)
                button.setAccessibleName(self.tr("Remove only the %1 version").replace(
                    "%1", name))
                self._add_choice(layout, v.id, button)
            every = QRadioButton(self.tr("&All languages (%1)").replace(
                "%1", languages_text([v.language for v in versions])), self)
            every.setAccessibleName(self.tr("Remove every language version"))
            self._add_choice(layout, "", every)
            self.choice_buttons.get(shown or "", every).setChecked(True)
            # One version of several: the progress is the family's and stays for the others.
            self.choices.buttonToggled.connect(lambda _b, _on: self._follow_choice())
            self._follow_choice()
            self.keep_progress.setToolTip(self.tr(
                "Your completed items and quiz results are kept for the course's other "
                "languages, and come back if you import it again."))
        layout.addWidget(self.keep_progress)
        layout.addWidget(self.buttons)

    def _follow_choice(self) -> None:
        every = self.choice_buttons[""].isChecked()
        if not every:
            self.keep_progress.setChecked(True)
        self.keep_progress.setEnabled(every)

    def _add_choice(self, layout: QVBoxLayout, course_id: str, button: QRadioButton) -> None:
        self.choices.addButton(button)
        self.choice_buttons[course_id] = button
        layout.addWidget(button)

    def chosen(self) -> list[str]:
        """The course ids to remove: one version, or all of them."""
        for course_id, button in self.choice_buttons.items():
            if button.isChecked() and course_id:
                return [course_id]
        return list(self.version_ids)


class LibraryView(CardScreen):
    """Lists installed courses; asks the window to open one, import one, or remove one."""

    #: course id, item id to open (None: the course decides where to start).
    open_requested = Signal(str, object)
    #: a completed course to open again from its first item.
    review_requested = Signal(str)
    import_requested = Signal()
    #: emitted after every reload, with the number of courses shown.
    loaded = Signal(int)

    def __init__(self, bridge: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), self.tr("Your courses"), parent)
        self._bridge = bridge
        self.courses: list[InstalledCourse] = []
        #: the courses as the library shows them: one card per family
        self.families: list[CourseFamily] = []
        #: each family's card, by family
        self.family_cards: dict[str, CourseCard] = {}
        #: the card of every installed version, by course id (a family's versions share one)
        self.cards: dict[str, CourseCard] = {}
        self.remove_dialog: RemoveCourseDialog | None = None
        self.import_button = self.header.add_button(
            self.tr("&Import course…"), self.tr("Import course"), self.import_requested,
            self.tr("Open a .lectern course file, for example from a USB stick (Ctrl+O)"))

        #: what the notice is about: the id of a removed course, "load" for a failed load
        #: (the notice goes when its cause has ended, issue #12 item 15).
        self._notice_cause: str | None = None
        self.notice = NoticeLabel(self.tr("Notice"), self, plain=False, fmt=breakable)
        self.lay_out([self.notice], make_label(self, self.tr(
            "No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one "
            "from a .lectern file, for example from a USB stick."), self.tr("No courses"),
            visible=False), CardList(self.tr("Installed courses"), self))

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the installed courses (on the store lane, so it sees the latest writes)."""
        from sync.services.courses import library

        self._bridge.call_service(library, self._loaded, context=self,
                                  interface_language=QLocale().name().split("_")[0])

    def insert_banner(self, banner: QWidget) -> None:
        """Put a banner (e.g. course updates from the hub) between the heading and the list."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        banner.setParent(self)
        layout.insertWidget(1, banner)

    def show_notice(self, text: str, cause: str | None = None) -> None:
        """A message above the list (demo being prepared, last import's outcome). `cause`:
        a removed course's id (the notice goes when that course is back), "load" (it goes
        with the next successful load), or None (it stays until replaced)."""
        self._notice_cause = cause if text else None
        self.notice.say(text)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        self.load_count += 1
        if error is not None:
            self.show_notice(message_for(error).full_text(), cause="load")
            self.loaded.emit(len(self.courses))
            return
        covers = result.covers  # a `sync.services.courses.Library`
        self.courses = list(result.courses)
        cause = self._notice_cause
        if cause == "load" or (cause is not None and any(c.id == cause for c in self.courses)):
            self.show_notice("")  # the course came back, or the store reads again
        CardList.drop(self.family_cards.values())
        self.cards.clear()
        self.family_cards.clear()
        self.families = list(result.families)
        for family in self.families:
            course = family.shown
            cover_sha, cover_type = covers.get(course.id, (None, None))
            cover = self._bridge.content_path(cover_sha) if cover_sha else None
            card = CourseCard(course, cover, self.card_list.host, cover_type, family)
            card.continue_requested.connect(self._continue)
            card.review_requested.connect(self.review_requested)
            card.remove_requested.connect(self.ask_remove)
            self.card_list.add(card)
            self.family_cards[family.family] = card
            for version in family.versions:
                self.cards[version.id] = card
        self.show_listed(bool(self.courses))
        if self.courses:
            self._read_openings()
        focus = self.window().focusWidget()
        if self.isVisible() and (focus is None or focus is self.import_button
                                 or not self.window().isAncestorOf(focus)
                                 or (self.isAncestorOf(focus) and focus.parent() is None)):
            # Keyboard users start on the first course's main button (Enter resumes it).
            self.focus_first_course()
        self.loaded.emit(len(self.courses))

    def _read_openings(self) -> None:
        """The next locked module of each course in a run, by the hub-clock estimate."""
        import sync.schedule  # noqa: F401 - imported here, never first in a worker
        from sync.services.runs import next_openings

        self._bridge.call_service(next_openings, self._openings_read, context=self)

    def _openings_read(self, openings: Any, error: BaseException | None) -> None:
        if error is not None:
            log.warning("the course runs' next modules could not be read: %s", error)
            return
        from player.dates import format_day

        for course_id, card in self.cards.items():
            found = openings.get(course_id)
            if found is None:
                card.show_opening(0, "")
            else:
                card.show_opening(found.number,
                                  format_day(found.opens_at) if found.opens_at is not None else "")

    def focus_first_course(self) -> None:
        """Keyboard users land on the first course's main button."""
        if self.families:
            self.family_cards[self.families[0].family].continue_button.setFocus(
                Qt.FocusReason.OtherFocusReason)
        else:
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ actions

    def _continue(self, course_id: str) -> None:
        card = self.cards.get(course_id)
        self.open_requested.emit(course_id, card.resume_item if card else None)

    def ask_remove(self, course_id: str) -> None:
        """Ask first (window-modal, not blocking); keep-progress is checked by default. A
        course in several languages: which version, or all (the one shown is checked)."""
        course = next((c for c in self.courses if c.id == course_id), None)
        if course is None:
            return
        card = self.cards.get(course_id)
        versions = list(card.family.versions) if card and card.family else [course]
        dialog = RemoveCourseDialog(course.title, self, versions, course_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._remove(dialog.chosen(), course, dialog.keep_progress.isChecked(),
                                 len(versions)))
        self.remove_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "remove_dialog", None))
        dialog.open()

    def _remove(self, course_ids: list[str], course: "InstalledCourse", keep_progress: bool,
                of: int = 1) -> None:
        """Remove the chosen versions one after the other (the store lane keeps the order;
        the progress goes, when asked, with the family's last version)."""
        title = course.title
        left = list(course_ids)
        versions = {c.id: c for c in self.courses}
        one = len(course_ids) == 1 and of > 1
        language = language_name(versions[course_ids[0]].language) \
            if one and course_ids[0] in versions else ""

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.show_notice(message_for(error).full_text())
                self.refresh()
                return
            if left:
                self._bridge.remove_course(left.pop(0), keep_progress, done, context=self)
                return
            if one:
                self.show_notice(self.tr("The %1 version of “%2” was removed; its other "
                                         "languages and your progress stay.")
                                 .replace("%1", isolate(language)).replace("%2", title),
                                 cause=course_ids[0])
            elif keep_progress:
                self.show_notice(self.tr("“%1” was removed. Your progress was kept.")
                                 .replace("%1", title), cause=course_ids[0])
            else:
                self.show_notice(self.tr("“%1” was removed with its progress.")
                                 .replace("%1", title), cause=course_ids[0])
            self.refresh()

        self._bridge.remove_course(left.pop(0), keep_progress, done, context=self)
