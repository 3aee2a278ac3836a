"""Ping, and the bearer tokens: sign in (a token for a user name and password, throttled
after wrong passwords) and sign out (revoke the token the request carries)."""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response

from sync.protocol import API_PREFIX, ErrorBody, PingResponse, TokenRequest, TokenResponse

from .. import __version__, auth
from ..context import Hub
from ..errors import HubError, HubErrorKind
from ..sync_files import hub_public_key, register_device_key
from ..users import find_user
from .common import ERROR_RESPONSES, Who, log


def add_routes(api: APIRouter, hub: Hub) -> None:

    @api.get(f"{API_PREFIX}/ping", response_model=PingResponse, tags=["health"])
    def ping() -> PingResponse:
        """Unauthenticated and cheap: lets a player tell "offline" from "signed out"."""
        return PingResponse(version=__version__)

    @api.post(f"{API_PREFIX}/token", response_model=TokenResponse, tags=["auth"],
              responses={**ERROR_RESPONSES, 429: {"model": ErrorBody, "description": "Too many wrong passwords."}})
    def create_token(body: TokenRequest, request: Request) -> TokenResponse:
        """Exchange a user name and password for a bearer token (shown once, stored hashed)."""
        address = request.client.host if request.client else "unknown"
        hub.throttle.check(body.username, address)
        with hub.database.read() as conn:
            user = find_user(conn, body.username)
        ok = hub.passwords.check(body.password, None if user is None or user[3] else user[2])
        if not ok or user is None:
            hub.throttle.failed(body.username, address)
            raise HubError(HubErrorKind.BAD_CREDENTIALS, "Wrong user name or password.")
        hub.throttle.succeeded(body.username)
        hub_key = hub_public_key(hub.settings) if body.device_key else None
        # Only this learner's rows (tokens, device keys): a sign-in does not wait for every
        # push under way, nor they for it (hub.write_locks).
        with hub.database.write([user[0]]) as conn:
            issued = auth.issue_token(conn, user[0], user[1], body.device_name or "unnamed device")
            if body.device_key:
                register_device_key(conn, user[0], issued.token_id, issued.device_name,
                                               body.device_key)
        log.info("token issued to %s for %r", user[1], issued.device_name)
        return TokenResponse(token=issued.token, username=issued.username, device_name=issued.device_name,
                             created_at=datetime.fromisoformat(issued.created_at),
                             sync_file_key=None if hub_key is None else hub_key.to_text().strip())

    @api.delete(f"{API_PREFIX}/token", status_code=204, tags=["auth"], responses=ERROR_RESPONSES)
    def revoke_token(who: Who) -> Response:
        """Revoke the token this request carries (sign out)."""
        with hub.database.write([who.user_id]) as conn:
            auth.revoke_token(conn, who.token_id)
        return Response(status_code=204)
