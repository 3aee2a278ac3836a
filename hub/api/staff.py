"""Staff actions (issue #17), online and checked on every call: moderation (hide, restore,
reports), pinned discussion questions, announcements, a family's runs. Someone without the
role in the family of the target gets `403 forbidden` with a plain reason; each action is
written to the hub's audit log (hub.runs)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from fastapi import APIRouter, Query

from sync.protocol import (
    API_PREFIX,
    AnnouncementRecord,
    AnnouncementRequest,
    ErrorBody,
    ForumMetaRecord,
    ModerationRecord,
    ModerationRequest,
    PinRequest,
    ReportsResponse,
    RunsResponse,
)

from .. import runs
from ..auth import Principal
from ..context import Hub
from .common import ERROR_RESPONSES, Who

_RESPONSES: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorBody, "description": "Not staff of this course family (the message says which role)."},
    404: {"model": ErrorBody, "description": "No such thread, post or run."},
    **ERROR_RESPONSES,
}


def _actor(who: Principal) -> runs.Actor:
    return runs.Actor(who.username, who.user_id, "api")


_T = TypeVar("_T")


def _audited(hub: Hub, who: Principal, target: str | None, call: Callable[[], _T]) -> _T:
    """`call()`, with a refusal for want of the role written to the audit log (in its own
    transaction: the refused action's is rolled back) before the 403 goes out."""
    try:
        return call()
    except runs.StaffRefused as exc:
        refused = exc

        def record(conn: Any) -> None:
            runs.audit_refusal(conn, _actor(who), refused, target)
        hub.writer.run(record)
        raise


def add_routes(api: APIRouter, hub: Hub) -> None:

    @api.post(f"{API_PREFIX}/moderation/{{target}}/{{target_id}}/{{action}}", tags=["staff"],
              response_model=ModerationRecord, responses=_RESPONSES)
    def moderate(target: Literal["thread", "post"], target_id: UUID, action: Literal["hide", "restore"],
                 body: ModerationRequest, who: Who) -> dict[str, Any]:
        """Hide or restore a thread or post (moderators and instructors of its family)."""
        return _audited(hub, who, f"{target}:{target_id}", lambda: hub.writer.run(
            lambda conn: runs.moderate(conn, target, str(target_id), hide=action == "hide", reason=body.reason,
                                       actor=_actor(who))))

    @api.get(f"{API_PREFIX}/moderation/reports", tags=["staff"], response_model=ReportsResponse,
             responses=_RESPONSES)
    def reports(family: str, who: Who,
                limit: Annotated[int, Query(ge=1, le=runs.REPORTS_PAGE_MAX)] = runs.REPORTS_PAGE,
                after: UUID | None = None, target_id: UUID | None = None) -> dict[str, Any]:
        """Learners' reports in a family (moderators and instructors of it), one per learner
        and thread or post, grouped by what they report, `limit` at a time: the next page
        starts `after` the last report of this one; `target_id` lists one thread's or post's."""
        def read() -> dict[str, Any]:
            with hub.database.read() as conn:
                return {"reports": runs.reports(conn, family, _actor(who), limit=limit,
                                                after=str(after) if after else None,
                                                target_id=str(target_id) if target_id else None)}
        return _audited(hub, who, "reports", read)

    @api.post(f"{API_PREFIX}/forum/threads/{{thread_id}}/pin", tags=["staff"], response_model=ForumMetaRecord,
              responses=_RESPONSES)
    def pin(thread_id: UUID, body: PinRequest, who: Who) -> dict[str, Any]:
        """Pin (or unpin) a discussion question at the top of its discussion."""
        return _audited(hub, who, f"thread:{thread_id}", lambda: hub.writer.run(
            lambda conn: runs.pin(conn, str(thread_id), body.pinned, _actor(who))))

    @api.post(f"{API_PREFIX}/runs/{{run_id}}/announcements", tags=["staff"], status_code=201,
              response_model=AnnouncementRecord, responses=_RESPONSES)
    def announce(run_id: int, body: AnnouncementRequest, who: Who) -> dict[str, Any]:
        """Write to everyone in a run (instructors of its family)."""
        return _audited(hub, who, f"run:{run_id}", lambda: hub.writer.run(
            lambda conn: runs.announce(conn, run_id, body.title, body.body, _actor(who))))

    @api.get(f"{API_PREFIX}/runs/{{family}}", tags=["staff"], response_model=RunsResponse, responses=_RESPONSES)
    def family_runs(family: str, who: Who) -> dict[str, Any]:
        """A family's runs and schedules (staff of the family)."""
        def read(conn: Any) -> dict[str, Any]:
            found = runs.list_runs(conn, family)
            if found:
                runs.require(conn, _actor(who), found[0].course_family, runs.SEE_RUNS, "runs")
            return {"runs": [r.record() for r in found]}
        return _audited(hub, who, "runs", lambda: hub.writer.run(read))  # may make the default run
