"""Opening and closing the item beside the course outline.

Opening reads the item's saved state fresh on the store lane (after any save the previous
view queued), then builds its view with the `ItemContext` callbacks of `item_access`; an item
of a module not open yet gets a `LockedNotice` instead. Closing saves the view's state first.
The open item's state stays on the screen (`current_item_id`, `item_view`, `locked_notice`),
which tests and the window read; this class only changes it.
"""
from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from player.course.item_access import ItemAccess
from player.course.parts import LockedNotice
from player.error_messages import message_for
from sync.manifest import ForumItem, Item
from sync.services import study

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.course_view import CourseView
    from sync.services.study import OpenedItem
    from sync.store import ItemProgress, QuizAttempt

log = logging.getLogger(__name__)


class ItemOpener(QObject):
    """Opens, shows and closes the one item of a course screen."""

    def __init__(self, screen: "CourseView", bridge: "TaskManager") -> None:
        super().__init__(screen)
        self._screen = screen
        self._bridge = bridge
        self._access = ItemAccess(bridge, screen)

    def open_item(self, item_id: str) -> None:
        """Open one item beside the outline, with its saved state read fresh from the store.

        The read runs on the store lane after any save the previous view just queued, so
        reopening an item always resumes from the latest saved position.
        """
        screen = self._screen
        if screen.data is None:
            return
        data = screen.data
        item = data.manifest.item(item_id)
        self.close_item()
        screen.current_item_id = item_id
        screen._open_token += 1
        token = screen._open_token
        course_id = data.course.id
        screen.outline.select(item_id)
        self._update_header(item)
        screen._update_nav()
        if screen.outline.is_locked(item_id):
            self._show_locked(item)
            return

        def loaded(opened: "OpenedItem | None", error: BaseException | None) -> None:
            if token != screen._open_token or screen.data is not data:
                return
            if error is not None or opened is None:
                screen.show_message(message_for(error).full_text() if error is not None else "")
                return
            if opened.progress is not None:
                data.progress[item_id] = opened.progress
            screen.refusal_notice.show_refusals(opened.refusals)
            self._show_item(item, opened.progress, opened.attempts)

        self._bridge.call_service(study.open_item, loaded, context=screen,
                                  course_id=course_id, item_id=item_id)

    def _update_header(self, item: Item) -> None:
        screen = self._screen
        assert screen.data is not None
        ids = screen.item_ids()
        screen.item_pane.show_header(screen.data.manifest.module_of(item.id).title,
                                     screen.outline.kind_name(item.kind), item.required,
                                     item.title, ids.index(item.id) + 1, len(ids))

    def _show_locked(self, item: Item) -> None:
        """Instead of the item: its module is not open yet, when it opens, and that it will
        open by itself (its content, even if already here, is not shown)."""
        screen = self._screen
        assert screen.data is not None
        manifest = screen.data.manifest
        module = manifest.module_of(item.id)
        number = manifest.modules.index(module) + 1
        notice = LockedNotice(item.id, screen.outline.module_heading(number, module.title),
                              screen.outline.locked.get(module.id, ""), screen.item_host)
        screen.locked_notice = notice
        screen.refusal_notice.show_refusals([])
        screen.item_host.set_view(notice)
        screen.item_pane.order_tabs(notice)
        screen.marks.update_hint()
        screen.show_message("")
        if screen.isVisible() and not screen.outline.hasFocus():
            notice.setFocus(Qt.FocusReason.OtherFocusReason)
        screen.item_opened.emit(screen.data.course.id, item.id)

    def _show_item(self, item: Item, progress: "ItemProgress | None",
                   attempts: list["QuizAttempt"]) -> None:
        from player.item_context import ItemContext, Preferences
        from player.item_views import create_item_view

        screen = self._screen
        assert screen.data is not None
        data = screen.data
        course_id = data.course.id
        present = data.present
        marks = screen.marks
        ctx = ItemContext(
            course_id=course_id,
            manifest=data.manifest,
            item=item,
            progress=progress,
            quiz_attempts=list(attempts),
            blob_path=lambda sha: self._bridge.content_path(sha) if sha in present else None,
            save_progress=self._access.saver(course_id, item.id,
                                             partial(marks.saved, course_id, item.id)),
            submit_quiz=self._access.quiz_submitter(
                course_id, item.id, partial(marks.quiz_graded, course_id, item.id)),
            caption_language=screen.caption_language,
            forum=self._access.forum(course_id, item.id, screen.role.value,
                                     screen.reload_unread)
            if isinstance(item, ForumItem) else None,
            preferences=Preferences.on_store_lane(self._bridge.call_service),
            local_only=data.local_only,
        )
        try:
            view = create_item_view(ctx, screen.item_host)
        except Exception as exc:  # noqa: BLE001 - a broken item must not take the course down
            log.exception("cannot show item %s", item.id)
            screen.show_message(message_for(exc).full_text())
            return
        view.setAccessibleName(self.tr("%1: %2")
                               .replace("%1", screen.outline.kind_name(item.kind))
                               .replace("%2", item.title))
        view.completed.connect(marks.view_completed)
        view.progressed.connect(marks.view_progressed)
        if hasattr(view, "standard_quality_requested"):
            view.standard_quality_requested.connect(screen.standard_quality_requested)
        screen.item_host.set_view(view)
        screen.item_view = view
        screen.item_pane.order_tabs(view)
        marks.update_hint()
        screen.show_message("")
        if screen.isVisible() and not screen.outline.hasFocus():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        screen.item_opened.emit(course_id, item.id)

    def close_item(self) -> None:
        """Save the open view's state (e.g. the video position) and take it down."""
        screen = self._screen
        notice = screen.locked_notice
        screen.locked_notice = None
        if notice is not None:
            if screen.item_host.view is notice:
                screen.item_host.set_view(None)
            notice.hide()
            notice.setParent(None)
            notice.deleteLater()
        view = screen.item_view
        screen.item_view = None
        if view is None:
            return
        try:
            view.save_state()
        except Exception:  # noqa: BLE001 - closing must go on; the error is logged
            log.exception("saving the state of %s failed", view.item_id)
        screen.item_host.set_view(None)
        view.hide()
        view.setParent(None)
        view.deleteLater()
