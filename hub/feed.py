"""The feed: what devices pull, in the hub's order (writing side; reading is in syncing).

One table, two audiences: rows for everyone enrolled in a course family (threads, posts,
course updates) and rows for one learner (progress from their other devices,
certificates). Progress keeps only its latest row per item, so a PC that was offline for a
month pulls one state per item, not every position saved in between.

The cursor holds one position for the learner's own rows and one per family, so a learner
enrolled later in a family still receives that family's whole discussion.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Connection

from . import db
from .prepared import Prepared, binds

_INSERT = Prepared(db.feed.insert().values(binds(
    "course_family", "audience_user_id", "origin_device", "origin_user_id", "kind", "payload", "created_at")
).returning(db.feed.c.seq))


def append(conn: Connection, *, family: str, kind: str, payload: dict[str, Any] | None = None,
           payload_json: str | None = None, audience_user_id: int | None = None,
           origin_device: str | None = None, origin_user_id: int | None = None,
           created_at: str | None = None) -> int:
    """Add a row (its payload as a dict, or already as JSON); returns its sequence number.

    A row a learner's device caused names both (`origin_user_id`, `origin_device`): that
    pair, not the device alone, is what is kept from coming back to it."""
    if payload_json is None:
        payload_json = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return int(_INSERT.one(conn, {
        "course_family": family, "audience_user_id": audience_user_id, "origin_device": origin_device,
        "origin_user_id": origin_user_id, "kind": kind, "payload": payload_json,
        "created_at": created_at or db.hub_now()})[0])
