"""lectern-hub: the reference course server (catalog, blobs, sync, forum, certificates).

No Qt here, and from `sync/` only the pure modules shared with the player:
protocol, manifest, bundle, signing, content_store, errors.
"""

__version__ = "0.1.0"
