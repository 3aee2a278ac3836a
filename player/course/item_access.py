"""What an open item may do with the learner's store, as the callbacks of its `ItemContext`:
save its progress, grade and save a quiz attempt, read and write its discussion.

Each callback names a use case of `sync.services` (`study`, `forum`) and runs it on the
bridge's store lane through `TaskManager.call_service`; results come back on the UI thread to
the course screen. The services' records are handed on in the shapes the views were promised
(`ItemContext`, `ForumAccess`): tuples, so the item views need not know the services.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject

from player.changes import ChangeKind, StoreChange

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.item_context import ForumAccess

#: a store lane result: (result, error)
Done = Callable[[Any, "BaseException | None"], None]


def _reshaped(done: Done, shape: Callable[[Any], Any]) -> Done:
    """`done`, given `shape(result)` instead of the service's record (errors pass as they are)."""

    def deliver(result: Any, error: BaseException | None) -> None:
        done(None if error is not None else shape(result), error)

    return deliver


class ItemAccess:
    """The store-lane callbacks for the items of one screen (`context`: results are
    dropped once it is gone)."""

    def __init__(self, bridge: "TaskManager", context: QObject) -> None:
        self._bridge = bridge
        self._context = context

    def saver(self, course_id: str, item_id: str, saved: Done) -> Callable[..., None]:
        """ctx.save_progress for one item: fire-and-forget on the store lane; `saved` gets
        the stored progress (or the error)."""
        from sync.services import study

        def save_progress(position: float | None = None, fraction: float | None = None,
                          completed: bool = False) -> None:
            # A position is batched by the sync controller; a completion is sent within seconds.
            writes = ChangeKind.PROGRESS if completed else StoreChange.position(course_id)
            self._bridge.call_service(study.save_progress, saved, writes=writes,
                                      context=self._context, course_id=course_id,
                                      item_id=item_id, position=position, fraction=fraction,
                                      completed=completed)

        return save_progress

    def quiz_submitter(self, course_id: str, item_id: str,
                       graded: Callable[[Any, "BaseException | None"], Any]
                       ) -> Callable[[dict[str, list[str]], Callable[[Any], None]], None]:
        """ctx.submit_quiz for one quiz: graded and saved on the store lane; `graded` gets
        (the attempt, the item's progress now) or the error, and returns what the view is
        told (the attempt, or None so the learner can try again)."""
        from sync.services import study

        def submit(answers: dict[str, list[str]], on_result: Callable[[Any], None]) -> None:
            def done(result: Any, error: BaseException | None) -> None:
                on_result(graded(result, error))

            self._bridge.call_service(
                study.submit_quiz, _reshaped(done, lambda r: (r.attempt, r.progress)),
                writes={ChangeKind.QUIZZES, ChangeKind.PROGRESS}, context=self._context,
                course_id=course_id, item_id=item_id,
                answers=answers)

        return submit

    def forum(self, course_id: str, item_id: str, role: str = "learner",
              on_read: Callable[[], None] | None = None) -> "ForumAccess":
        """ctx.forum for one forum item: the local discussion, read and written on the store
        lane (writes announce themselves, so the pending count and the sync debounce
        follow). Reports are queued like posts; staff actions (`role` says which the view
        offers) go to the hub on the network lane. `on_read`: after a thread was marked read
        (the course screen's unread counts follow)."""
        from player.bridge import Lane
        from player.item_context import ForumAccess
        from sync.services import forum, runs, staff

        bridge = self._bridge
        paths = bridge.paths
        context = self._context

        def threads(done: Done) -> None:
            bridge.call_service(forum.discussions, _reshaped(done, lambda d: (d.threads, d.me)),
                                paths=paths, course_id=course_id, item_id=item_id)

        def thread(thread_id: str, done: Done) -> None:
            bridge.call_service(forum.discussion,
                                _reshaped(done, lambda d: (d.thread, d.posts, d.me)),
                                paths=paths, thread_id=thread_id)

        def new_thread(title: str, body: str, done: Done) -> None:
            bridge.call_service(forum.start_thread, done, writes=ChangeKind.FORUM, paths=paths,
                                course_id=course_id, item_id=item_id, title=title, body=body)

        def reply(thread_id: str, body: str, parent_id: str | None, done: Done) -> None:
            bridge.call_service(forum.reply, done, writes=ChangeKind.FORUM, paths=paths,
                                thread_id=thread_id, body=body, parent_id=parent_id)

        def mark_read(thread_id: str) -> None:
            def marked(_result: Any, error: BaseException | None) -> None:
                if error is None and on_read is not None:
                    on_read()

            # A read mark stays on this PC: not announced (no sync is due for it).
            bridge.call_service(runs.mark_thread_read, marked, context=context, thread_id=thread_id)

        def report(target_id: str, reason: str, done: Done) -> None:
            bridge.call_service(runs.report, done, writes=ChangeKind.OUTBOX, course_id=course_id,
                                target_id=target_id, reason=reason)

        def moderate(target_id: str, hidden: bool, reason: str, done: Done) -> None:
            # Online: a moderator's decision is the hub's to record (its audit log); the next
            # sync brings it back to every PC, this one included.
            timings = getattr(bridge, "network_timings", None)
            extra = {} if timings is None else {"timings": timings}
            bridge.submit(partial(staff.moderate, paths, target_id, hidden, reason, **extra), done,
                          lane=Lane.NETWORK, context=context, writes=ChangeKind.FORUM)

        def start_question(title: str, body: str, done: Done) -> None:
            # Offline-first like any thread: stored pinned at once, sent with the next sync.
            bridge.call_service(forum.start_question,
                                _reshaped(done, lambda t: staff.QuestionStarted(t, t.pinned)),
                                writes=ChangeKind.FORUM, context=context, paths=paths,
                                course_id=course_id, item_id=item_id, title=title, body=body)

        return ForumAccess(threads=threads, thread=thread, new_thread=new_thread, reply=reply,
                           mark_read=mark_read, report=report, moderate=moderate,
                           start_question=start_question, role=role)
