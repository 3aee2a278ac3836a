"""Read-only looks at a test hub's own database: "counted on the hub", as the issues ask."""
from __future__ import annotations

import sqlite3
from typing import Any


def hub_port(hub: Any) -> int:
    return int(hub.url.rsplit(":", 1)[1])


def hub_count(hub: Any, sql: str, *params: Any) -> int:
    db = sqlite3.connect(f"file:{hub.data_dir / 'hub.sqlite3'}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchone()[0]
    finally:
        db.close()
