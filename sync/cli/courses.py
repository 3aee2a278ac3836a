"""`lectern import|export|courses|gc` and court IT's `lectern --system import|preload`."""
from __future__ import annotations

import argparse
import dataclasses
import sys
import threading
from pathlib import Path
from typing import Any

from ..cli_output import print_json, print_table
from ..text_safety import neutralize
from .common import EXIT_BAD_INPUT, EXIT_OK, JSON_HELP, TerminalProgress, data_root, human, key_files, profile_paths


def cmd_import(args: argparse.Namespace) -> int:
    from ..services import courses

    if args.system:
        return _system_import(args)
    paths = profile_paths(args)
    bar = TerminalProgress(f"Importing {Path(args.file).name}")
    try:
        result = courses.import_course(paths, args.file, trust=key_files(args),
                                       allow_unsigned=args.allow_unsigned, progress=bar,
                                       cancel=threading.Event())
    finally:
        bar.finish()
    verb = "Updated" if result.updated else "Installed"
    print(f"{verb} {result.course_id} v{result.version} “{result.title}” "
          f"({human(result.added_bytes)} added).")
    return EXIT_OK


def _system_import(args: argparse.Namespace) -> int:
    """`lectern --system import FILE`: court IT installs a course for every account."""
    from ..services import courses

    bar = TerminalProgress(f"Importing {Path(args.file).name}")
    try:
        done = courses.import_for_machine(args.file, trust=key_files(args),
                                          allow_unsigned=args.allow_unsigned, progress=bar)
    finally:
        bar.finish()
    result = done.result
    verb = "Updated" if result.updated else "Installed"
    print(f"{verb} {result.course_id} v{result.version} “{result.title}” for every account "
          f"in {done.store_root} ({human(result.added_bytes)} added).")
    return EXIT_OK


def cmd_preload(args: argparse.Namespace) -> int:
    """`lectern --system preload`: import court IT's preload folder into the machine store."""
    from ..services import courses

    report = courses.preload_machine(trust=key_files(args), allow_unsigned=args.allow_unsigned)
    for r in report.results:
        what = f"{r.course_id} v{r.version}" if r.course_id else ""
        line = f"{r.outcome:9} {neutralize(r.file)} {what}".rstrip()
        print(line + (f": {neutralize(r.message)}" if r.message and r.outcome != "failed" else ""))
    for r in report.failed:
        print(f"lectern: error: {neutralize(r.file)}: {neutralize(r.message)}", file=sys.stderr)
    if not report.results:
        print(f"No .lectern files in {report.preload_dir}.")
    return EXIT_BAD_INPUT if report.failed else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import courses

    paths = profile_paths(args)
    bar = TerminalProgress(f"Exporting {args.course_id}")
    try:
        result = courses.export_course(paths, args.course_id, args.out,
                                       low_bandwidth=args.low_bandwidth, progress=bar)
    finally:
        bar.finish()
    print(f"Wrote {result.path}: {result.files} files, {human(result.bytes)}.")
    return EXIT_OK


def cmd_courses(args: argparse.Namespace) -> int:
    from ..services import courses

    installed = courses.list_courses(profile_paths(args))
    if args.json:
        print_json([dataclasses.asdict(c) for c in installed])
        return EXIT_OK
    if not installed:
        print("No courses installed.")
        return EXIT_OK
    print_table(("ID", "TITLE", "LANG", "VERSION", "PROGRESS", "SIZE"),
                [(c.id, c.title, c.language, str(c.version),
                  f"{c.required_done}/{c.required_total}", human(c.size_bytes))
                 for c in installed], shrink=(1,))
    return EXIT_OK


def cmd_gc(args: argparse.Namespace) -> int:
    from ..services import courses

    # The whole data dir's course files, whatever profile: no profile or PIN is involved.
    print(f"Removed {courses.collect_garbage(data_root(args))} unused files.")
    return EXIT_OK


def add_import(sub: Any) -> None:
    i = sub.add_parser("import", help="install a course from a .lectern file")
    i.add_argument("file")
    i.add_argument("--trust", metavar="KEY.pub", action="append",
                   help="also trust this publisher key for this import")
    i.add_argument("--allow-unsigned", action="store_true",
                   help="accept a course that is unsigned or signed by an unknown key")
    i.set_defaults(func=cmd_import)


def add_export(sub: Any) -> None:
    e = sub.add_parser("export", help="write an installed course to a .lectern file")
    e.add_argument("course_id")
    e.add_argument("out")
    e.add_argument("--low-bandwidth", action="store_true",
                   help="only the smallest video of each lecture, captions and readings")
    e.set_defaults(func=cmd_export)


def add_courses(sub: Any) -> None:
    c = sub.add_parser("courses", help="list installed courses")
    c.add_argument("--json", action="store_true", help=JSON_HELP)
    c.set_defaults(func=cmd_courses)


def add_gc(sub: Any) -> None:
    g = sub.add_parser("gc", help="remove course files no installed course uses")
    g.set_defaults(func=cmd_gc)


def add_preload(sub: Any) -> None:
    pl = sub.add_parser("preload", help="with --system: import the machine store's preload "
                                        "folder of .lectern files (court IT, as root)")
    pl.add_argument("--trust", metavar="KEY.pub", action="append",
                    help="also trust this publisher key for these imports")
    pl.add_argument("--allow-unsigned", action="store_true",
                    help="accept courses that are unsigned or signed by an unknown key")
    pl.set_defaults(func=cmd_preload)
