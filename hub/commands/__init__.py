"""`lectern-hub` commands that live in their own module (backup, relay, sync files...).

Each module here defines

    def add_parsers(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]) -> None
    def run(args: argparse.Namespace, settings: HubSettings, open_hub: Callable[[], Hub]) -> int | None

`add_parsers` adds its commands; `run` returns an exit status for a command it owns and None
for any other. Discovery keeps hub/cli.py from growing a branch per feature, and lets
features be added without touching each other's lines.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Protocol, cast

if TYPE_CHECKING:
    from ..context import Hub
    from ..settings import HubSettings


class CommandModule(Protocol):
    def add_parsers(self, sub: Any, parser_class: type[argparse.ArgumentParser]) -> None: ...

    def run(self, args: argparse.Namespace, settings: "HubSettings",
            open_hub: Callable[[], "Hub"]) -> int | None: ...


def command_modules() -> list[CommandModule]:
    """The command modules in this package, by name (so `--help` lists them in a stable order)."""
    found: list[ModuleType] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        found.append(importlib.import_module(f"{__name__}.{info.name}"))
    return [cast(CommandModule, m) for m in found]
