"""No project module is first imported in a worker thread (issue #14.5).

PySide6 hooks every import (it reads each new module's source for `__feature__` use), and
that hook is not known to be thread-safe: a public report ties it to memory corruption when
it runs in worker threads. So `player.bridge.warm_engine`/`warm_network` import, on the UI
thread, everything the lanes' tasks will need. This test holds them to it: the real `lectern`
process, started fresh (an empty `sys.modules`) with a finder at the front of
`sys.meta_path` that notes the thread of every first import, walks the real window with the
demo course through the library, a course, each kind of item (video, reading, PDF, quiz,
forum), Settings, a sync pass, the catalog and a download against a real hub; then no module
of `sync`, `player`, `hub` or the heavy third-party packages the lanes use (requests, nacl,
pydantic, ...) may have been first imported off the main thread. A module missing from the
warm lists fails it with the module's name and the frames that imported it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sync.credentials import Credentials, save_credentials
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.trust import add_trusted_key

REPO = Path(__file__).resolve().parents[2]
#: the packages whose modules must be imported on the main thread: ours, and the heavy
#: third-party ones the lanes use (others' first imports are printed, not held).
PROJECT = ("sync", "player", "hub", "requests", "urllib3", "nacl", "truststore", "pydantic")

#: the player, with an import watch installed before anything else is imported.
BOOTSTRAP = r"""
import atexit, json, sys, threading

out, sys.argv = sys.argv[1], ["lectern", *sys.argv[2:]]
main = threading.main_thread().ident
first = {}  # module name -> [on the main thread, thread id, importing frames]


class ImportWatch:
    '''Notes who imports a project module first; finds nothing itself.'''

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in first:
            ident = threading.get_ident()
            first[name] = [ident == main, ident, "" if ident == main else _importer()]
        return None


def _importer():
    '''Where a worker's import came from: the innermost project frames.'''
    frame, where = sys._getframe(2), []
    while frame is not None and len(where) < 3:
        module = frame.f_globals.get("__name__", "")
        if module.split(".")[0] in ("sync", "player", "hub"):
            where.append(f"{module}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(where)


sys.meta_path.insert(0, ImportWatch)


def dump():
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"first": first, "watching": ImportWatch in sys.meta_path}, f)


atexit.register(dump)
import runpy
runpy.run_module("sync.cli", run_name="__main__", alter_sys=True)
"""


def _walk(data: DataPaths, steps: list[str], out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false",
               LECTERN_SCREENSHOT_SCRIPT=",".join(steps), LECTERN_PLAYBACK_RATE="2")
    env.pop("LECTERN_SCREENSHOT_DIR", None)
    return subprocess.run([sys.executable, "-c", BOOTSTRAP, str(out), "--data-dir",
                           str(data.root)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=240)


def test_no_project_module_is_first_imported_off_the_main_thread(
        tmp_path, hub, publisher, new_course, make_learner):
    course = new_course()
    learner = make_learner(course.course_id)
    # A court PC on its first start (the demo course is installed by the import lane),
    # trusting the publisher and signed in.
    data = DataPaths(tmp_path / "pc").ensure()
    with LearnerStore.open(data.db) as store:
        add_trusted_key(store, load_public_key(publisher.public_key))
    save_credentials(data, Credentials(hub.url, learner.username, learner.token, "test PC"))

    steps = ["library", "synced", "course", "video", "reading", "pdf", "quiz", "forum",
             "settings", "catalog", f"fetch:{course.course_id}", "downloads", "wait:2",
             "library"]
    out = tmp_path / "imports.json"
    proc = _walk(data, steps, out)
    reports = "\n".join(line for line in proc.stdout.splitlines()
                        if line.startswith("lectern-report"))
    assert out.is_file(), proc.stderr[-3000:]
    seen = json.loads(out.read_text(encoding="utf-8"))
    first = seen["first"]
    assert seen["watching"], "the import watch was taken off sys.meta_path"
    # The watch saw the whole walk: the network stack, an item view, the settings screen.
    for name in ("player.scripted_run", "sync.sync_engine", "player.settings",
                 "player.item_views.quiz_view", "player.downloads_view"):
        assert name in first, (name, sorted(first))
    off_main = sorted(f"{name} (from {where})" for name, (on_main, _ident, where)
                      in first.items() if not on_main and name.split(".")[0] in PROJECT)
    assert off_main == [], ("first imported in a worker thread (add them to "
                            "player.bridge's warm lists): " + ", ".join(off_main))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "lectern-report script done" in reports and "failed" not in reports, \
        reports + proc.stderr[-3000:]
    for step in steps:
        assert f"lectern-report step {step} done" in reports, (step, reports)
    # Others' modules are not held to it (yet), but say which ones a worker loaded first.
    others = sorted(name for name, (on_main, _ident, _where) in first.items()
                    if not on_main and name.split(".")[0] not in PROJECT)
    print("third-party modules first imported in a worker:", ", ".join(others) or "none")
