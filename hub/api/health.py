"""`GET /api/v1/health`: whether this hub process can serve, for load balancers (#19).

Unauthenticated and cheap (one indexed read, one statfs): 200 when the database answers,
its schema is this lectern-hub's newest revision and the data dir's disk has room; else 503,
so that nginx or a cloud balancer takes the process out of rotation. The body says which
check failed, never a connection string or an error's text (it is public).
"""
from __future__ import annotations

import shutil
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from sync.protocol import API_PREFIX

from .. import __version__, db
from ..context import Hub
from ..errors import HubError
from .common import log


def check(hub: Hub) -> tuple[bool, dict[str, Any]]:
    """Every check's outcome: (all passed, {check: details})."""
    checks: dict[str, Any] = {}
    head = db.head_revision_cached()
    try:
        with hub.database.read() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        checks["database"] = {"ok": True}
        checks["migrations"] = {"ok": revision == head, "revision": revision, "expected": head}
    except (HubError, Exception) as exc:  # noqa: BLE001 - any failure means "not serving"
        log.warning("health: the database cannot be read: %s", exc)
        checks["database"] = {"ok": False}
        checks["migrations"] = {"ok": False, "revision": None, "expected": head}
    try:
        usage = shutil.disk_usage(hub.settings.data_dir)
        floor = hub.settings.health_min_free_bytes
        checks["disk"] = {"ok": usage.free >= floor, "free_bytes": usage.free, "min_free_bytes": floor}
    except OSError as exc:
        log.warning("health: cannot read the data dir's free space: %s", exc)
        checks["disk"] = {"ok": False}
    return all(c["ok"] for c in checks.values()), checks


def add_routes(api: APIRouter, hub: Hub) -> None:

    @api.get(f"{API_PREFIX}/health", tags=["health"], responses={503: {"description": "A check failed."}})
    def health() -> JSONResponse:
        """200 when this process can serve (database reachable, schema current, disk space
        left), 503 otherwise; the body lists each check."""
        ok, checks = check(hub)
        return JSONResponse({"status": "ok" if ok else "failing", "version": __version__, "checks": checks},
                            status_code=200 if ok else 503, headers={"Cache-Control": "no-store"})
