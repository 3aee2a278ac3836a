"""What every router shares: the JSON error shape, the documented error responses, and the
bearer token with the principal it names."""
from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync.protocol import ErrorBody, ErrorCode

from .. import auth
from ..context import Hub
from ..errors import HubError, HubErrorKind

#: one logger for the whole API, under the name the hub's log lines have always carried
log = logging.getLogger("hub.app")


def error_json(status: int, code: ErrorCode, message: str, *, fields: list[str] | None = None,
               headers: dict[str, str] | None = None) -> JSONResponse:
    detail: dict[str, Any] = {"code": code.value, "message": message}
    if fields:
        detail["fields"] = fields
    return JSONResponse({"error": detail}, status_code=status, headers=headers)


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No token, or a revoked or unknown one."},
    422: {"model": ErrorBody, "description": "Malformed JSON or fields."},
}

_bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/token.")


Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def resolve_principal(hub: Hub, creds: HTTPAuthorizationCredentials | None) -> auth.Principal:
    """The caller, from the bearer token; 401 without a valid, unrevoked one."""
    if creds is None or creds.scheme.lower() != "bearer":
        raise HubError(HubErrorKind.UNAUTHORIZED, "Sign in first: this needs a bearer token.")
    with hub.database.snapshot() as conn:
        who = auth.resolve_token(conn, creds.credentials)
    if who is None:
        raise HubError(HubErrorKind.UNAUTHORIZED, "Your sign-in has ended or was revoked; sign in again.")
    return who


async def principal(request: Request, creds: Bearer) -> auth.Principal:
    """Async on purpose: one indexed read (well under a millisecond) done on the event loop
    saves a hop to a worker thread on every request. (The sync endpoint, the busiest,
    checks its token on its worker thread instead: see there.)"""
    return resolve_principal(request.app.state.hub, creds)


Who = Annotated[auth.Principal, Depends(principal)]
