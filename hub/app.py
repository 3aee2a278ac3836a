"""The hub's HTTP API (protocol v1, docs/protocol.md) as a FastAPI app, assembled from the
areas in `hub.api` (auth, courses, blobs, sync: each adds its routes), the error handlers that
give every error one JSON shape, and the gzip and body-limit middleware.

Each area adds its routes to the app's own router rather than being included as a router of
its own: the routes stay one flat list, matched exactly as when they were all written here.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

import anyio
from fastapi import FastAPI

from sync import protocol
from sync.protocol import API_PREFIX, SyncRequest

from . import __version__
from .api import auth, blobs, certificates, courses, health, staff, sync, sync_files
from .api.common import ERROR_RESPONSES, Bearer, Who, error_json, principal, resolve_principal  # noqa: F401 - re-exported

__all__ = ["ERROR_RESPONSES", "SWITCH_INTERVAL", "Bearer", "Who", "create_app",
           "create_app_from_env", "error_json", "principal", "resolve_principal"]
from .api.errors import install_error_handlers
from .certificates import PendingSigner
from .context import Hub
from .middleware import BodyLimitMiddleware, JsonGzipMiddleware

log = logging.getLogger(__name__)

# Seconds between GIL hand-overs in `serve` (Python's default is 5 ms): the event loop and
# the writer must not queue behind another thread's CPU-bound stretch.
SWITCH_INTERVAL = 0.001

#: the API's areas, in the order their routes are listed
ROUTERS = (auth, courses, blobs, sync, sync_files, certificates, staff, health)


def create_app(hub: Hub) -> FastAPI:
    settings = hub.settings

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Few worker threads: writes are serialized anyway, and dozens of threads fighting
        # for the GIL cost more CPU than they overlap I/O.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        hub.database.checkpoint_in_background()
        # Credentials left unsigned (an older hub's certificates, a crash between a sync's
        # commit and its signing) are signed off the request path.
        signer = PendingSigner(hub.sign_pending)
        signer.start()
        yield
        signer.stop()
        hub.close()  # the writer's last batch and the last checkpoint (closing twice is harmless)

    app = FastAPI(title="Lectern hub", version=__version__, lifespan=lifespan,
                  summary="Course catalog, content-addressed blobs and sync for Lectern players.",
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.hub = hub
    install_error_handlers(app)
    for area in ROUTERS:  # on the app's own router: one flat list of routes, as routing wants
        area.add_routes(app.router, hub)
    # The web console for course staff (#18): HTML pages of their own at /console (not API routes).
    from .console import PREFIX as CONSOLE_PREFIX
    from .console import create_console
    app.mount(CONSOLE_PREFIX, create_console(hub))
    _add_event_schemas(app)
    app.add_middleware(JsonGzipMiddleware, minimum_size=settings.gzip_min_bytes)
    app.add_middleware(BodyLimitMiddleware, max_body=settings.max_body_bytes,
                       max_inflated=settings.max_inflated_bytes,
                       # a course bundle uploaded in the console streams to disk
                       uploads={f"{CONSOLE_PREFIX}/courses/publish": settings.max_upload_bytes})
    return app


def _add_event_schemas(app: FastAPI) -> None:
    """List the client event schemas in OpenAPI (the envelope is validated per event), and
    the sync request, which the sync endpoint parses itself."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("schemas", {}).update(
            protocol.event_json_schemas(extra=(SyncRequest,)))
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app_from_env() -> FastAPI:
    """The app of one worker process of `lectern-hub serve --workers N`: settings come from
    the LECTERN_HUB_* environment the parent set (see hub.cli)."""
    import os
    import sys
    from pathlib import Path

    from .settings import ENV_PREFIX, HubSettings

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # A spawned worker starts a fresh interpreter: repeat the parent's GIL hand-over setting.
    sys.setswitchinterval(SWITCH_INTERVAL)
    settings = HubSettings(data_dir=Path(os.environ[ENV_PREFIX + "DATA"])).with_env()
    return create_app(Hub.open(settings))
