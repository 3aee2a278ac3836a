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

_INSERT = db.feed.insert()


def append(conn: Connection, *, family: str, kind: str, payload: dict[str, Any],
           audience_user_id: int | None = None, origin_device: str | None = None) -> int:
    """Add a row; returns its sequence number."""
    return conn.execute(_INSERT, {
        "course_family": family, "audience_user_id": audience_user_id, "origin_device": origin_device,
        "kind": kind, "payload": json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
        "created_at": db.hub_now()}).inserted_primary_key[0]
