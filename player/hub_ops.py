"""Transitional: the player's hub use cases now live in `sync.services`; this module only
re-exports them so that existing call sites keep working. New code imports the services.

Where each name went:
- `sync.services.connection`: NetworkTimings, bounded_call, signed_in_client
- `sync.services.account`: Account, read_account, sign_in, sign_out, probe
- `sync.services.catalog`: CatalogEntry, CatalogSnapshot, LocalCourses, cached_catalog,
  fetch_catalog, local_courses, CATALOG_CACHE
- `sync.services.downloads`: DownloadRow, JobEnded, default_choice, download_rows,
  enqueue_download, run_downloads, upgrade_download, MAX_RUNS (and DownloadProgress)
- `sync.services.sync`: SyncOverview, SyncProgress, sync_overview, sync_pass

Widgets never call these directly: `player.bridge.TaskManager` runs them in worker threads
and hands the outcome back as `(result, error)`. Nothing here imports Qt.
"""
from __future__ import annotations

from sync.services.account import Account, probe, read_account, sign_in, sign_out
from sync.services.catalog import (
                                   CATALOG_CACHE,
                                   CatalogEntry,
                                   CatalogSnapshot,
                                   LocalCourses,
                                   cached_catalog,
                                   fetch_catalog,
                                   local_courses,
)
from sync.services.connection import NetworkTimings, bounded_call, signed_in_client
from sync.services.downloads import (
                                   MAX_RUNS,
                                   DownloadProgress,
                                   DownloadRow,
                                   JobEnded,
                                   Report,
                                   default_choice,
                                   download_rows,
                                   enqueue_download,
                                   run_downloads,
                                   upgrade_download,
)
from sync.services.sync import SyncOverview, SyncProgress, sync_overview, sync_pass

__all__ = [
    "Account", "CATALOG_CACHE", "CatalogEntry", "CatalogSnapshot", "DownloadProgress",
    "DownloadRow", "JobEnded", "LocalCourses", "MAX_RUNS", "NetworkTimings", "Report",
    "SyncOverview", "SyncProgress", "cached_catalog", "bounded_call", "default_choice",
    "download_rows", "enqueue_download", "fetch_catalog", "local_courses", "probe",
    "read_account", "run_downloads", "sign_in", "sign_out", "signed_in_client",
    "sync_overview", "sync_pass", "upgrade_download",
]
