"""The learner store's schema migrations now live with the store: `sync.store.migrations`.

Kept so `from sync.migrations import LATEST` (tests, diagnostics) goes on working.
"""
from __future__ import annotations

from .store.migrations import LATEST, MIGRATIONS, migrate

__all__ = ["LATEST", "MIGRATIONS", "migrate"]
