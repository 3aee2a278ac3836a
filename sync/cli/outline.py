"""`lectern outline COURSE_ID [--json]`: a course's modules, open or locked by the hub's time
with their opening dates, and each item's completion (issue #17), for court IT and scripts.

Whether a module is open is judged as in the player (`sync.services.runs`): by the estimate of
the course server's time from the last sync, never by this PC's clock.
"""
from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from ..cli_output import print_json
from ..text_safety import neutralize
from .common import EXIT_OK, JSON_HELP, profile_paths


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def outline_json(outline: Any) -> dict[str, Any]:
    """The outline as `--json` prints it (times in ISO 8601, the hub's, UTC)."""
    run = outline.run
    return {
        "course_id": outline.course_id, "family": outline.family, "title": outline.title,
        "role": outline.role.value,
        "hub_time": _iso(outline.now.at), "hub_time_known": outline.now.known,
        "last_sync_hub_time": _iso(outline.now.last_sync),
        "run": None if run is None else {
            "run_id": run.run_id, "title": run.title, "schedule": run.schedule,
            "starts": _iso(run.starts), "ends": _iso(run.ends)},
        "modules": [{
            "module_id": m.module_id, "number": m.number, "title": m.title,
            "state": "open" if m.open else "locked", "opens_at": _iso(m.opens_at),
            "items": [{"item_id": i.item_id, "title": i.title, "kind": i.kind, "required": i.required,
                       "completed": i.completed, "fraction": round(i.fraction, 4)} for i in m.items],
        } for m in outline.modules],
    }


def cmd_outline(args: argparse.Namespace) -> int:
    from ..services import runs

    outline = runs.outline_at(profile_paths(args), args.course_id)
    if args.json:
        print_json(outline_json(outline))
        return EXIT_OK
    print(neutralize(f"{outline.title} ({outline.course_id})"))
    if outline.run is not None:
        run = outline.run
        ends = f" to {runs.opening_date(run.ends)}" if run.ends is not None else ""
        print(neutralize(f"Run: {run.title or run.run_id}, {run.schedule.replace('_', '-')}, "
                         f"from {runs.opening_date(run.starts)}{ends}"))
    if not outline.now.known:
        print("Not synced with a course server yet: every module is open.")
    for m in outline.modules:
        if m.open:
            state = "open"
        elif m.opens_at is not None:
            state = f"locked, opens on {runs.opening_date(m.opens_at)}"
        else:
            state = "locked"
        print(neutralize(f"Module {m.number}: {m.title} [{state}]"))
        for i in m.items:
            mark = "x" if i.completed else ("~" if i.fraction > 0 else " ")
            optional = "" if i.required else " (optional)"
            print(neutralize(f"  [{mark}] {i.title} ({i.kind}){optional}"))
    return EXIT_OK


def add_outline(sub: Any) -> None:
    o = sub.add_parser("outline", help="a course's modules (open or locked, by the course "
                                       "server's time) and items with their completion")
    o.add_argument("course_id", metavar="COURSE_ID", help="an installed course (lectern courses)")
    o.add_argument("--json", action="store_true", help=JSON_HELP)
    o.set_defaults(func=cmd_outline)
