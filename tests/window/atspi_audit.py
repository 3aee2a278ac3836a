#!/usr/bin/python3
"""The AT-SPI audit's reader (issue #16): run with Debian's /usr/bin/python3 (pyatspi is a
system package, not in the venv), beside the real player, on the same session D-Bus.

Usage: atspi_audit.py PID HANDSHAKE_DIR REPORT_JSON

The player's scripted run (`LECTERN_AUDIT_DIR`) writes `NNN-step.ready` in HANDSHAKE_DIR when
a screen is on show and waits; this walks the accessibility tree of the application with
process id PID as a screen reader would see it, records every showing interactive widget
without a name, and answers with `NNN-step.done`. A `finished` file (or the player's exit)
ends it; REPORT_JSON then holds, per step, the number of interactive widgets seen and the
unnamed ones (role, path of roles and names from the window down).

Why a separate process: it reads the tree over D-Bus exactly as Orca does, so what Qt
really exports (not what the widgets were told) is audited.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pyatspi  # Debian python3-pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_MENU, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
}
#: items of a list or tree count only when the keyboard can reach them
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL}
#: menus' entries are read only when the menu bar is showing (closed menus are not walked)
MENU_ROLES = {pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
              pyatspi.ROLE_MENU}
MAX_NODES = 20_000


def find_app(pid: int, timeout: float = 60.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            try:
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 - an application that went away
                continue
        time.sleep(0.3)
    raise SystemExit(f"no accessible application with pid {pid} on the bus")


def label(node: object) -> str:
    try:
        return f"{node.getRoleName()}:{(node.name or '')[:40]!r}"
    except Exception:  # noqa: BLE001
        return "?"


def walk(app: object) -> dict[str, object]:
    """Every showing interactive node; the unnamed ones with their path."""
    seen = 0
    unnamed: list[dict[str, object]] = []
    named: list[str] = []
    stack: list[tuple[object, list[str], bool]] = [(app, [], True)]
    visited = 0
    while stack and visited < MAX_NODES:
        node, path, in_menu_ok = stack.pop()
        visited += 1
        try:
            role = node.getRole()
            states = node.getState()
            name = (node.name or "").strip()
            count = node.childCount
        except Exception:  # noqa: BLE001 - gone while being read
            continue
        showing = states.contains(pyatspi.STATE_SHOWING) or role == pyatspi.ROLE_APPLICATION
        if not showing and role not in MENU_ROLES:
            continue  # a hidden page of a stack, a closed dialog: not on screen
        here = [*path, label(node)]
        if role in INTERACTIVE and role != pyatspi.ROLE_APPLICATION:
            relevant = showing
            if role in ITEM_ROLES:
                relevant = relevant and (states.contains(pyatspi.STATE_FOCUSABLE)
                                         or states.contains(pyatspi.STATE_SELECTABLE))
            if role in MENU_ROLES:
                relevant = in_menu_ok
            if relevant:  # disabled controls too: a screen reader reads them
                seen += 1
                if name:
                    named.append(f"{node.getRoleName()}:{name[:60]}")
                else:
                    unnamed.append({"role": node.getRoleName(), "path": here,
                                    "description": (node.description or "")[:80]})
        if role in MENU_ROLES and not showing:
            continue  # a closed menu's entries: the menu bar item itself is enough
        # A long list's items: the first 60 stand for the rest (same delegate, same naming).
        limit = count if count <= 200 else 60
        for i in range(min(count, limit) - 1, -1, -1):
            try:
                child = node.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            if child is not None:
                stack.append((child, here, in_menu_ok))
    return {"interactive": seen, "unnamed": unnamed, "named_sample": named[:400],
            "nodes": visited}


def main(argv: list[str]) -> int:
    pid, handshake, out = int(argv[1]), Path(argv[2]), Path(argv[3])
    results: dict[str, object] = {}
    app = find_app(pid)
    print(f"atspi-audit found {label(app)}", flush=True)
    answered: set[str] = set()
    while True:
        pending = sorted(p for p in handshake.glob("*.ready") if p.stem not in answered)
        for ready in pending:
            step = ready.stem
            started = time.monotonic()
            try:
                result = walk(app)
            except Exception as exc:  # noqa: BLE001 - reported, the run goes on
                result = {"error": repr(exc), "interactive": 0, "unnamed": []}
            result["seconds"] = round(time.monotonic() - started, 2)
            results[step] = result
            out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
            (handshake / f"{step}.done").write_text("ok", encoding="utf-8")
            answered.add(step)
            print(f"atspi-audit {step} interactive={result['interactive']} "
                  f"unnamed={len(result['unnamed'])} ({result['seconds']} s)", flush=True)
        if (handshake / "finished").exists():
            break
        try:
            os.kill(pid, 0)
        except OSError:
            break
        time.sleep(0.1)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
