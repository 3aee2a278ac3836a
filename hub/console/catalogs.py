"""The console's message catalogs (hub.console.i18n): English text -> translation."""
from __future__ import annotations

FR: dict[str, str] = {}
AR: dict[str, str] = {}
