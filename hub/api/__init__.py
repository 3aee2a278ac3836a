"""The hub's HTTP API (protocol v1, docs/protocol.md), one module per area:

- `auth`: ping, and the bearer tokens (sign in, sign out);
- `courses`: the catalog, and each course version's manifest and signature;
- `blobs`: course files by sha256 (Range, ETag);
- `sync`: the one-round-trip exchange of events;
- `common`: the JSON error shape, the bearer token and who it names;
- `errors`: every error, whatever raised it, in that one shape.

Each area's `add_routes(api, hub)` adds its routes, built around one `Hub`, to the app's
router; `hub.app.create_app` only assembles them. Handlers stay thin: they authenticate,
call the domain modules (auth, courses, syncing, blobs) and raise `HubError`. Blocking
database work runs in plain `def` handlers, which FastAPI runs on its thread pool.
"""
