"""One course on the catalog screen: what each download choice holds and weighs, and what
this computer already has of it (see `player.catalog_view`, which lists the cards).

The card shows the hub client's own record of the course (`sync.hub_client.CatalogCourse`,
its sizes and picture heights per download choice), so nothing here is invented.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from player.widgets import Card, bold_font, format_size, language_name, make_label
from player.widgets.text import isolate

if TYPE_CHECKING:
    from sync.hub_client import CatalogCourse
    from sync.services.catalog import LocalCourses

#: download choices, smallest first (`sync.download_queue.DownloadChoice` values).
CHOICES = ("low", "standard", "all")
#: job states in which a course counts as "being downloaded".
ACTIVE_JOB_STATES = ("queued", "downloading")


def _base(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def default_version(versions: "Sequence[CatalogCourse]", interface_language: str) -> int:
    """The version a family's card offers first: the one in the interface language if the
    server has it, else the first it lists."""
    for exact in (True, False):
        for i, v in enumerate(versions):
            if (v.language == interface_language) if exact \
                    else _base(v.language) == _base(interface_language):
                return i
    return 0


class CatalogCard(Card):
    """One course on the course server (a family: every language version it offers on one
    card, #16): title, languages with their sizes, what each choice holds and weighs, state
    badge, Download (or, for a course installed with a smaller choice, "Get standard
    quality", which fetches only the missing videos). The language box picks the version
    the card describes and downloads (the interface language's by default)."""

    download_requested = Signal(str, int, str)  # course id, version, choice

    def __init__(self, course: "CatalogCourse | Sequence[CatalogCourse]",
                 parent: QWidget | None = None, interface_language: str | None = None) -> None:
        versions = [course] if not isinstance(course, Sequence) else list(course)
        if interface_language is None:
            interface_language = QLocale().name().split("_")[0]
        first = versions[default_version(versions, interface_language)]
        super().__init__(f"catalog-card-{first.course_family or first.id}", self.tr(
            "Course on the course server: %1").replace("%1", first.title), parent)
        #: the family's versions, in the catalog's order
        self.versions = versions
        #: the version the card describes and downloads (sizes and picture heights per
        #: choice), as the catalog describes it
        self.entry = first
        #: what this computer has (see `sync.services.catalog.LocalCourses`), as last told
        self.local: LocalCourses | None = None
        course = first
        self.title_label = self.make_title(course.title, self.tr("Course title"), 1.2)
        parts = [language_name(course.language),
                 self.tr("version %1").replace("%1", str(course.version))]
        if course.publisher:
            parts.append(course.publisher)
        self.meta_label = self.make_facts(parts, self.tr("Language, version and publisher"))
        self.summary_label = make_label(self, course.summary, self.tr("Summary"), plain=True,
                                        visible=bool(course.summary))
        self.languages_label = make_label(self, "", self.tr("Languages and download sizes"),
                                          plain=True)
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language to download"))
        for v in versions:
            self.language_box.addItem(language_name(v.language), v.id)
        self.language_box.setCurrentIndex(versions.index(first))
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        for w in (self.language_box, language_label):
            w.setVisible(len(versions) > 1)
        self.badge = make_label(self, "", self.tr("State on this computer"), plain=True,
                                font=bold_font(self.font()))
        self.sizes_label = make_label(self, self._sizes_text(),
                                      self.tr("Download choices and sizes"), plain=True)

        self.choice_box = QComboBox(self)
        self.choice_box.setAccessibleName(self.tr("Download choice for %1")
                                          .replace("%1", course.title))
        for choice in CHOICES:
            self.choice_box.addItem(self.choice_text(choice), choice)
            self.choice_box.setItemData(self.choice_box.count() - 1, self.choice_help(choice),
                                        Qt.ItemDataRole.ToolTipRole)
        self.choice_box.setCurrentIndex(CHOICES.index("standard"))
        self.choice_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice_box.currentIndexChanged.connect(lambda _i: self._choice_changed())
        choice_label = QLabel(self.tr("&Choice:"), self)
        choice_label.setBuddy(self.choice_box)

        self.action_button = QPushButton(self.tr("Download"), self)
        self.action_button.clicked.connect(self._clicked)

        actions = QHBoxLayout()
        actions.addWidget(self.badge, 1)
        actions.addWidget(language_label)
        actions.addWidget(self.language_box)
        actions.addWidget(choice_label)
        actions.addWidget(self.choice_box)
        actions.addWidget(self.action_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.languages_label)
        layout.addWidget(self.sizes_label)
        layout.addLayout(actions)
        #: the state shown, as a word tests and scripts can check: "available",
        #: "installed", "update", "queued", "downloading", "paused", "failed".
        self.state = "available"
        #: for an installed course: the biggest choice it has every file of ("" unknown), and
        #: the bytes each choice still lacks (what "Get standard quality" would fetch).
        self.covered = ""
        self.missing: dict[str, int] = {}
        self.set_local(None, None)
        self._show_languages()

    # ------------------------------------------------------------------ languages (#16)

    def version_size(self, entry: "CatalogCourse", choice: str = "standard") -> int | None:
        """What `choice` of one version weighs on the server."""
        for c in (choice, "all", "low"):
            if c in entry.sizes:
                return int(entry.sizes[c])
        return None

    def languages_text(self) -> str:
        """"English 4.1 MB · Français 4.1 MB (0.1 MB more with English installed)": each
        version's download (the chosen quality), and for one not here what it would still
        fetch beside the family's installed languages (their videos are shared)."""
        local = self.local
        choice = str(self.choice_box.currentData()) if hasattr(self, "choice_box") \
            else "standard"
        family = self.entry.course_family or self.entry.id
        installed_langs = local.family_languages.get(family, []) if local else []
        parts = []
        for v in self.versions:
            name = isolate(language_name(v.language))
            size = self.version_size(v, choice)
            text = name if size is None else self.tr("%1 %2").replace("%1", name).replace(
                "%2", format_size(size))
            if local is not None and v.id in local.installed:
                text = self.tr("%1 (installed)").replace("%1", text)
            elif local is not None and installed_langs and v.id in local.needed:
                more = local.needed[v.id].get(choice)
                if more is not None and size is not None and more < size:
                    text = self.tr("%1 (%2 more with %3 installed)").replace("%1", text) \
                        .replace("%2", format_size(more)).replace(
                        "%3", " · ".join(isolate(language_name(t)) for t in installed_langs))
            parts.append(text)
        return " · ".join(parts)

    def _show_languages(self) -> None:
        self.languages_label.setText(self.tr("Languages: %1").replace("%1",
                                                                      self.languages_text()))

    def _language_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.versions):
            return
        self.entry = entry = self.versions[index]
        self.title_label.setText(entry.title)
        self.summary_label.setText(entry.summary)
        self.summary_label.setVisible(bool(entry.summary))
        self.sizes_label.setText(self._sizes_text())
        for i, choice in enumerate(CHOICES):
            self.choice_box.setItemText(i, self.choice_text(choice))
            self.choice_box.setItemData(i, self.choice_help(choice), Qt.ItemDataRole.ToolTipRole)
        self.choice_box.setAccessibleName(self.tr("Download choice for %1")
                                          .replace("%1", entry.title))
        self.apply_local(self.local)

    def apply_local(self, local: "LocalCourses | None") -> None:
        """What this computer has, for the version the card shows (and the languages line)."""
        self.local = local
        course_id = self.entry.id
        installed = local.installed.get(course_id) if local else None
        job = local.jobs.get(course_id) if local else None
        self.set_local(installed, job, local.covered.get(course_id, "") if local else "",
                       local.missing.get(course_id) if local else None)
        self._show_languages()

    # ------------------------------------------------------------------ texts

    def _name(self, choice: str) -> str:
        return {"low": self.tr("Low bandwidth"), "standard": self.tr("Standard"),
                "all": self.tr("Everything")}[choice]

    def _same_as(self, choice: str) -> str | None:
        """The smaller choice that weighs exactly as much (nothing more to fetch), if any."""
        sizes = self.entry.sizes
        index = CHOICES.index(choice)
        for smaller in CHOICES[:index]:
            if smaller in sizes and choice in sizes and sizes[smaller] == sizes[choice]:
                return smaller
        return None

    def choice_text(self, choice: str) -> str:
        """A combo line: name, the video picture it brings, size, and "same as" when so."""
        name = self._name(choice)
        height = self.entry.heights.get(choice)
        if height:
            name = (self.tr("%1 (%2p)") if choice == "low" else self.tr("%1 (up to %2p)")) \
                .replace("%1", name).replace("%2", str(height))
        size = self.entry.sizes.get(choice)
        if size is None:
            return self.tr("%1 — size not known yet").replace("%1", name)
        text = self.tr("%1 — %2").replace("%1", name).replace("%2", format_size(int(size)))
        same = self._same_as(choice)
        if same is not None:
            text = self.tr("%1, the same as %2").replace("%1", text).replace(
                "%2", self._name(same))
        return text

    def choice_help(self, choice: str) -> str:
        """What a choice holds, in a judge's words (the combo's tooltip, the sizes line)."""
        height = self.entry.heights.get(choice)
        if choice == "low":
            text = (self.tr("The smallest video of each lecture (%1p), captions and readings: "
                            "for slow or costly internet.").replace("%1", str(height))
                    if height else
                    self.tr("The smallest video of each lecture, captions and readings: for "
                            "slow or costly internet."))
        elif choice == "standard":
            text = (self.tr("Videos up to %1p, captions and readings.").replace("%1", str(height))
                    if height else self.tr("Videos up to 480p, captions and readings."))
        else:
            text = (self.tr("Every video quality (up to %1p), captions and readings.")
                    .replace("%1", str(height)) if height
                    else self.tr("Every video quality, captions and readings."))
        same = self._same_as(choice)
        if same is not None:
            why = (self.tr("This course has no videos.")
                   if self.entry.heights and not any(self.entry.heights.values())
                   else self.tr("This course has no larger videos, so it is the same download "
                                "as %1.").replace("%1", self._name(same)))
            text = f"{text} {why}"
        return text

    def _sizes_text(self) -> str:
        """One line per choice: what it holds and what it weighs."""
        sizes = self.entry.sizes
        lines = []
        for choice in CHOICES:
            size = sizes.get(choice)
            weight = format_size(int(size)) if size is not None else self.tr("size not known yet")
            lines.append(self.tr("%1 (%2): %3").replace("%1", self._name(choice))
                         .replace("%2", weight).replace("%3", self.choice_help(choice)))
        return "\n".join(lines)

    # ------------------------------------------------------------------ state

    def set_local(self, installed_version: int | None, job: Any, covered: str = "",
                  missing: dict[str, int] | None = None) -> None:
        """Badge and button from what this computer has (`job`: a DownloadJob or None;
        `covered`/`missing`: see `sync.services.catalog.LocalCourses`)."""
        course = self.entry
        job_state = job.state.value if job is not None else None
        job_current = job is not None and job.version == course.version
        self.covered = covered if installed_version == course.version else ""
        self.missing = dict(missing or {}) if installed_version == course.version else {}
        if job_current and job_state in ACTIVE_JOB_STATES:
            self.state = "downloading" if job_state == "downloading" else "queued"
            badge = (self.tr("Downloading…") if job_state == "downloading"
                     else self.tr("Waiting to download"))
        elif job_current and job_state == "pause_requested":
            self.state, badge = "downloading", self.tr("Pausing download…")
        elif job_current and job_state == "cancel_requested":
            self.state, badge = "downloading", self.tr("Cancelling download…")
        elif job_current and job_state == "paused":
            self.state, badge = "paused", self.tr("Download paused")
        elif job_current and job_state == "failed":
            self.state, badge = "failed", self.tr("Download stopped: see Downloads")
        elif installed_version is not None and installed_version >= course.version:
            self.state = "installed"
            if self.covered in ("low", "standard") and self.upgrades():
                badge = self.tr("Installed: %1").replace("%1", self._name(self.covered).lower()
                                                         if self.covered == "low"
                                                         else self.tr("standard quality"))
            else:
                badge = self.tr("Installed")
        elif installed_version is not None:
            self.state = "update"
            badge = self.tr("Update available: version %1 (you have %2)").replace(
                "%1", str(course.version)).replace("%2", str(installed_version))
        else:
            self.state, badge = "available", self.tr("Not on this computer")
        self.badge.setText(badge)
        self.badge.setAccessibleDescription(badge)
        if job is not None and job_current and self.state != "installed":
            index = self.choice_box.findData(job.choice.value)
            if index >= 0:
                self.choice_box.setCurrentIndex(index)
        elif self.state == "installed" and self.upgrades():
            index = self.choice_box.findData(self.upgrades()[0])
            if CHOICES[self.choice_box.currentIndex()] not in self.upgrades():
                self.choice_box.setCurrentIndex(index)
        self._render_action()

    def _choice_changed(self) -> None:
        self._render_action()
        if hasattr(self, "languages_label"):
            self._show_languages()

    def upgrades(self) -> list[str]:
        """The bigger choices an installed course can still get (each fetches > 0 bytes)."""
        if self.state != "installed" or not self.covered:
            return []
        have = CHOICES.index(self.covered)
        return [c for c in CHOICES[have + 1:] if self.missing.get(c, 0) > 0]

    def _render_action(self) -> None:
        title = self.entry.title
        choice = str(self.choice_box.currentData())
        busy = self.state in ("downloading", "queued", "paused", "failed")
        upgrades = self.upgrades()
        self.action_button.setToolTip("")
        if self.state == "installed" and upgrades:
            if choice in upgrades:
                more = format_size(self.missing[choice])
                if choice == "standard":
                    self.action_button.setText(self.tr("Get &standard quality"))
                    name = self.tr("Get standard quality for %1: %2 more")
                else:
                    self.action_button.setText(self.tr("Get &every quality"))
                    name = self.tr("Get every video quality for %1: %2 more")
                name = name.replace("%1", title).replace("%2", more)
                self.action_button.setToolTip(self.tr(
                    "Downloads only the videos this computer does not have yet (%1); the "
                    "course stays usable meanwhile.").replace("%1", more))
            else:
                self.action_button.setText(self.tr("Installed"))
                name = self.tr("%1 is installed with this choice").replace("%1", title)
            enabled = choice in upgrades
        elif self.state == "installed":
            self.action_button.setText(self.tr("Installed"))
            name = self.tr("%1 is installed").replace("%1", title)
            enabled = False
        elif self.state == "update":
            self.action_button.setText(self.tr("&Update"))
            name = self.tr("Update %1").replace("%1", title)
            enabled = True
        elif busy:
            self.action_button.setText(self.tr("In Downloads"))
            name = self.tr("%1 is in Downloads").replace("%1", title)
            enabled = False
        else:
            self.action_button.setText(self.tr("&Download"))
            name = self.tr("Download %1").replace("%1", title)
            enabled = True
        self.action_button.setAccessibleName(name)
        self.action_button.setEnabled(enabled)
        self.choice_box.setEnabled(self.state in ("available", "update") or bool(upgrades))

    def _clicked(self) -> None:
        self.download_requested.emit(self.entry.id, self.entry.version,
                                     str(self.choice_box.currentData()))
