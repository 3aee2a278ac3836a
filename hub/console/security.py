"""Who is using the console, and the checks every request passes.

- A session cookie (HttpOnly, SameSite=Lax, Secure over TLS, path /console) names a row of
  `console_sessions` by its SHA-256; a sign-in always makes a new one (no fixation) and it
  ends after IDLE minutes unused or ABSOLUTE hours (hub time, so tests move it).
- Every POST carries the session's CSRF token in a `csrf` field (the sign-in form, which has
  no session yet, a double-submit pair: cookie and field).
- Staff only: the hub's admin, or an instructor or moderator of some family; each page then
  checks the family of what it shows or changes with hub.runs.require (the API's rule). A
  learner, a bearer token, or a session whose user lost their role gets 403.
- Every answer carries a Content-Security-Policy without 'unsafe-inline'.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

import anyio
from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import runs
from ..context import Hub
from ..errors import HubError, HubErrorKind
from . import store

PREFIX = "/console"
COOKIE = "lectern_console"
PRE_COOKIE = "lectern_console_pre"   # the sign-in form's double-submit token
LANG_COOKIE = "lectern_console_lang"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


class NeedSignIn(Exception):
    """A page asked for without a session: the handler sends the browser to the sign-in."""


@dataclass(frozen=True)
class Staff:
    user_id: int
    username: str
    admin: bool
    #: families where they are staff -> role (an admin is staff of every family)
    families: dict[str, str]
    csrf: str
    cookie: str

    @property
    def actor(self) -> runs.Actor:
        return runs.Actor(self.username, self.user_id, "console")

    def role(self, family: str) -> str:
        return "admin" if self.admin else self.families.get(family, runs.LEARNER)


def forbidden(message: str) -> HubError:
    return HubError(HubErrorKind.FORBIDDEN, message)


def same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


def _resolve(hub: Hub, cookie: str) -> Staff | None:
    with hub.database.read() as conn:
        session = store.find_session(conn, cookie)
        if session is None:
            return None
        admin = runs.is_admin(conn, session.user_id)
        families = {f: r for f, r in runs.staff_families(conn, session.user_id).items()
                    if r in (runs.INSTRUCTOR, runs.MODERATOR)}
    if store.needs_touch(session):
        with hub.database.write() as conn:
            store.touch(conn, session)
    return Staff(session.user_id, session.username, admin, families, session.csrf, cookie)


async def current_staff(request: Request) -> Staff:
    """The signed-in staff member, with the form's CSRF token checked on a POST."""
    hub: Hub = request.app.state.hub
    cookie = request.cookies.get(COOKIE, "")
    staff = await anyio.to_thread.run_sync(_resolve, hub, cookie) if cookie else None
    if staff is None:
        if request.headers.get("authorization"):
            raise forbidden("API tokens do not open the console; sign in with your user name and password.")
        if request.method in ("GET", "HEAD"):
            raise NeedSignIn()
        raise forbidden("Your session has ended; sign in again.")
    if not staff.admin and not staff.families:
        raise forbidden("This account has no staff role on this hub (admin, instructor or moderator).")
    if request.method not in ("GET", "HEAD"):
        form = await request.form()
        token = form.get("csrf")
        if not isinstance(token, str) or not same(token, staff.csrf):
            raise forbidden("This form is out of date or did not come from the console; reload the page "
                            "and try again.")
    return staff


def pre_token(request: Request) -> str:
    """The sign-in form's token: the one its cookie holds, or a new one."""
    token = request.cookies.get(PRE_COOKIE, "")
    return token if 20 <= len(token) <= 100 else secrets.token_urlsafe(24)


def is_tls(request: Request) -> bool:
    return request.url.scheme == "https"


class SecurityHeaders:
    """CSP and friends on every console answer; pages are never cached (they hold
    personal data and one-time secrets)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = "/static/" in scope.get("path", "")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"cache-control"]
                headers += HEADERS
                headers.append((b"cache-control", b"public, max-age=3600" if static else b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)
