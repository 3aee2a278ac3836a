"""Every error the hub answers with, whatever raised it (a `HubError`, a malformed request,
an unknown address, a crash), as the one JSON shape `{"error": {"code", "message"}}`."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import ErrorCode, describe_errors

from ..errors import HubError
from .common import error_json, log

_STATUS_CODES = {400: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN,
                 404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED, 413: ErrorCode.TOO_LARGE,
                 415: ErrorCode.UNSUPPORTED_ENCODING, 416: ErrorCode.RANGE_NOT_SATISFIABLE}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HubError)
    async def _hub_error(_request: Request, exc: HubError) -> JSONResponse:
        headers = dict(exc.headers)
        if exc.retry_after is not None:
            headers["Retry-After"] = str(exc.retry_after)
        if exc.status == 401:
            headers["WWW-Authenticate"] = 'Bearer realm="lectern-hub"'
        if exc.status >= 500:
            log.error("%s", exc.message)
        return error_json(exc.status, ErrorCode(exc.code), exc.message, fields=exc.fields, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, fields = describe_errors(exc.errors(), skip_prefix=1)
        return error_json(422, ErrorCode.INVALID, message, fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, ErrorCode.BAD_REQUEST)
        message = {404: "There is nothing at this address.",
                   405: "This address does not take that method."}.get(exc.status_code, str(exc.detail))
        return error_json(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_json(500, ErrorCode.SERVER_ERROR, "The hub hit an unexpected error; try again later.")
