"""The hub's web console for course staff (issue #18), served by the hub at /console:
server-rendered HTML (Jinja2, autoescaped), no JavaScript needed, every asset from the hub.

`create_console(hub)` makes it as an app of its own (its own HTML error pages and security
headers); hub.app mounts it. The pages call the same code as the API and the CLI (hub.runs,
hub.certificates, hub.courses, hub.syncing): no rule is written twice.
"""
from __future__ import annotations

from .security import PREFIX
from .views import create_console

__all__ = ["PREFIX", "create_console"]
