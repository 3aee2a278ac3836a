"""lectern-hub: the reference course server (catalog, blobs, sync, forum, certificates).

No Qt here, and from `sync/` only the pure modules shared with the player:
protocol, manifest, bundle, signing, content_store, errors, and the shared rules (quiz
grading, text safety, file checks).
"""

from sync import __version__  # one version for the player, the CLI and the hub

__all__ = ["__version__"]
