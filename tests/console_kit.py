"""Helpers shared by the console tests (tests/e2e/test_console_*.py): a staff account made
through the hub's own functions, and a `requests` session signed in to the console."""
from __future__ import annotations

import re
import uuid
from typing import Any

import requests

PASSWORD = "console staff password"


def make_user(admin: Any, *, role: str | None = None, family: str | None = None, name: str | None = None) -> str:
    """A hub account; `role` admin (hub-wide) or instructor/moderator of `family`."""
    from hub import runs
    from hub.users import add_user

    username = name or f"staff-{uuid.uuid4().hex[:8]}"
    add_user(admin.database, username, PASSWORD)
    if role is not None:
        admin.writer.run(lambda conn: runs.set_role(conn, username, role, family, runs.Actor("tests", None, "cli")))
    return username


def console_login(url: str, username: str, password: str = PASSWORD,
                  session: requests.Session | None = None) -> tuple[requests.Session, requests.Response]:
    """Sign in through the form as a browser would (the form's double-submit token first)."""
    s = session or requests.Session()
    form = s.get(url + "/console/login", timeout=30)
    pre = re.search(r'name="pre" value="([^"]+)"', form.text)
    assert pre, form.text
    r = s.post(url + "/console/login", data={"username": username, "password": password, "pre": pre.group(1)},
               allow_redirects=False, timeout=30)
    return s, r


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, html[:2000]
    return m.group(1)


def default_run(admin: Any, family: str) -> int:
    from hub import db
    return int(admin.writer.run(lambda conn: db.default_run(conn, family)))
