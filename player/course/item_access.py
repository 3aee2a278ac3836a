"""What an open item may do with the learner's store, as the callbacks of its `ItemContext`:
save its progress, grade and save a quiz attempt, read and write its discussion. Each runs on
the bridge's store lane; results come back on the UI thread to the course screen.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.item_context import ForumAccess

#: a store lane result: (result, error)
Done = Callable[[Any, "BaseException | None"], None]


class ItemAccess:
    """The store-lane callbacks for the items of one screen (`context`: results are
    dropped once it is gone)."""

    def __init__(self, bridge: "TaskManager", context: QObject) -> None:
        self._bridge = bridge
        self._context = context

    def saver(self, course_id: str, item_id: str, saved: Done) -> Callable[..., None]:
        """ctx.save_progress for one item: fire-and-forget on the store lane; `saved` gets
        the stored progress (or the error)."""

        def save_progress(position: float | None = None, fraction: float | None = None,
                          completed: bool = False) -> None:
            def write(store: Any) -> Any:
                return store.record_progress(course_id, item_id, position=position,
                                             fraction=fraction, completed=completed)

            self._bridge.with_store(write, saved, writes=True, context=self._context)

        return save_progress

    def quiz_submitter(self, course_id: str, item_id: str, graded: Done
                       ) -> Callable[[dict[str, list[str]], Callable[[Any], None]], None]:
        """ctx.submit_quiz for one quiz: graded and saved on the store lane; `graded` gets
        (the attempt, the item's progress now) or the error, and returns what the view is
        told (the attempt, or None so the learner can try again)."""

        def submit(answers: dict[str, list[str]], on_result: Callable[[Any], None]) -> None:
            def write(store: Any) -> tuple[Any, Any]:
                attempt = store.record_quiz_attempt(course_id, item_id, answers)
                return attempt, store.progress(course_id).get(item_id)

            self._bridge.with_store(write, lambda result, error: on_result(graded(result, error)),
                                    writes=True, context=self._context)

        return submit

    def forum(self, course_id: str, item_id: str) -> "ForumAccess":
        """ctx.forum for one forum item: the local discussion, read and written on the store
        lane (writes announce themselves, so the pending count and the sync debounce
        follow)."""
        from player.item_context import ForumAccess

        bridge = self._bridge
        paths = bridge.paths

        def forum(store: Any) -> tuple[Any, str]:
            from sync.credentials import load_credentials
            from sync.forum import Forum

            creds = load_credentials(paths)
            f = Forum(store, creds.username if creds else "")
            return f, f.author  # the name own posts carry (the engine's "me" when signed out)

        def threads(done: Done) -> None:
            def read(store: Any) -> tuple[list[Any], str]:
                f, me = forum(store)
                return f.threads(course_id, item_id), me

            bridge.with_store(read, done)

        def thread(thread_id: str, done: Done) -> None:
            def read(store: Any) -> tuple[Any, list[Any], str]:
                f, me = forum(store)
                return f.thread(thread_id), f.posts(thread_id), me

            bridge.with_store(read, done)

        def new_thread(title: str, body: str, done: Done) -> None:
            bridge.with_store(
                lambda store: forum(store)[0].create_thread(course_id, item_id, title, body),
                done, writes=True)

        def reply(thread_id: str, body: str, parent_id: str | None, done: Done) -> None:
            bridge.with_store(
                lambda store: forum(store)[0].create_post(thread_id, body, parent_id),
                done, writes=True)

        return ForumAccess(threads=threads, thread=thread, new_thread=new_thread, reply=reply)
