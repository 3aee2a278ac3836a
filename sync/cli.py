"""`lectern`: the command line for learners, publishers and court IT scripts.

With no subcommand it opens the player. Exit codes: 0 success, 2 bad input (one clear line on
stderr, never a traceback), 130 interrupted.
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .cli_output import print_json, print_table
from .errors import LecternError
from .text_safety import neutralize

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 130
JSON_HELP = "print the records as JSON (for scripts)"
#: A wrong PIN costs this long before the command exits: guessing through a script is slow.
WRONG_PIN_DELAY_S = 1.0
#: `extra=` of log records meant for the log file only (the terminal gets one line).
FILE_ONLY = {"file_only": True}
log = logging.getLogger("sync.cli")


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str, stream=sys.stderr) -> None:
        self.label = label
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        pct = 100 * done / total if total else 100.0
        width = 30
        filled = int(width * pct / 100)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {pct:5.1f}% "
                          f"{done / 1e6:.1f}/{total / 1e6:.1f} MB")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _human(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


def _named_profile(args: argparse.Namespace) -> str | None:
    """The profile named by --profile or LECTERN_PROFILE; None when nobody named one."""
    return args.profile or os.environ.get("LECTERN_PROFILE") or None


def _data_root(args: argparse.Namespace) -> Path:
    from .paths import DataPaths
    return DataPaths.resolve(args.data_dir).root


def _paths(args: argparse.Namespace):
    """The profile a command works on. It must exist: a mistyped --profile is an error, not
    a new profile (`default` alone is created implicitly, while the data dir has no profile
    at all: a first start). A profile with a PIN needs it (`--pin-stdin`, or asked on a
    terminal)."""
    cached = getattr(args, "_profile_paths", None)
    if cached is not None:
        return cached
    from .paths import DataPaths, check_profile_name
    from .profile_gate import DEFAULT_PROFILE, check_exists
    named = _named_profile(args)
    paths = DataPaths(_data_root(args), check_profile_name(named) if named else DEFAULT_PROFILE)
    check_exists(paths.root, paths.profile, named=named is not None)
    _unlock(args, paths)
    args._profile_paths = paths
    return paths


def _read_pin(args: argparse.Namespace, prompt: str, profile: str,
              from_stdin: bool | None = None) -> str:
    """One PIN: the next line of stdin with --pin-stdin (or `from_stdin`), else asked on the
    terminal; a script that gives none gets one clear line (exit 2), never a hang."""
    from .profiles import PinNeededError
    if args.pin_stdin if from_stdin is None else from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise PinNeededError(f"Standard input ended before the PIN for the profile "
                                 f"“{profile}”.")
        return line.rstrip("\r\n")
    if sys.stdin.isatty():
        import getpass
        return getpass.getpass(prompt)
    raise PinNeededError(f"The profile “{profile}” has a PIN: give it on standard input with "
                         "--pin-stdin, or run the command in a terminal to be asked for it.")


def _profile_pin(args: argparse.Namespace, root: Path, name: str,
                 from_stdin: bool | None = None) -> str | None:
    """The PIN of profile `name` as the learner gives it; None when it has no PIN."""
    from .profiles import profile_has_pin
    if not profile_has_pin(root, name):
        return None
    return _read_pin(args, f"PIN for the profile “{name}”: ", name, from_stdin)


def _wrong_pin_waits(action: Callable[[], object]) -> object:
    from .profiles import WrongPinError
    try:
        return action()
    except WrongPinError:
        time.sleep(WRONG_PIN_DELAY_S)
        raise


def _unlock(args: argparse.Namespace, paths) -> None:
    """Ask for the profile's PIN when it has one (a first-start `default` has none)."""
    from .profile_gate import pin_set
    if not paths.db.is_file() or pin_set(paths.db) is False:
        return
    from .profiles import unlock
    pin = _profile_pin(args, paths.root, paths.profile)
    if pin is not None:
        _wrong_pin_waits(lambda: unlock(paths.root, paths.profile, pin))


# --------------------------------------------------------------------------- commands


def cmd_keygen(args: argparse.Namespace) -> int:
    from .signing import generate_keypair
    key = generate_keypair(Path(args.key))
    print(f"Wrote {args.key} (private: keep it safe) and {args.key}.pub (key {key.key_id}).")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from .bundle import build_bundle
    manifest = build_bundle(Path(args.src_dir), Path(args.out), sign_key=args.sign_key,
                            report=lambda msg: print(f"note: {msg}", file=sys.stderr))
    signed = "signed" if args.sign_key else "unsigned"
    print(f"Built {args.out}: {manifest.id} v{manifest.version} ({manifest.language}), "
          f"{len(manifest.files)} files, {_human(manifest.total_size())}, {signed}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from .bundle import SignatureStatus, TrustPolicy, verify_bundle_file
    from .signing import load_public_key
    keys = tuple(load_public_key(Path(p)) for p in args.trust or [])
    # With --trust, a signature by one of those keys is required; without, report what it is.
    policy = TrustPolicy(keys, allow_unsigned=not keys)
    manifest, status, present = verify_bundle_file(Path(args.file), policy)
    said = {SignatureStatus.TRUSTED: "signed by a trusted key",
            SignatureStatus.UNSIGNED: "NOT signed",
            SignatureStatus.UNKNOWN_KEY: "signed by a key not given with --trust"}[status]
    print(f"OK: {manifest.id} v{manifest.version} “{manifest.title}”, {present} of "
          f"{len(manifest.files)} files present and verified, {said}.")
    return EXIT_OK


def _policy_from_args(args: argparse.Namespace, store) -> object:
    from .signing import load_public_key
    from .trust import trust_policy
    extra = [load_public_key(Path(p)) for p in getattr(args, "trust", None) or []]
    return trust_policy(store, extra, allow_unsigned=True if args.allow_unsigned else None)


def cmd_import(args: argparse.Namespace) -> int:
    from .importer import import_bundle
    from .store import LearnerStore
    if args.system:
        return _system_import(args)
    paths = _paths(args).ensure()
    with LearnerStore.open(paths.db) as store:
        policy = _policy_from_args(args, store)
    bar = TerminalProgress(f"Importing {Path(args.file).name}")
    cancel = threading.Event()
    try:
        result = import_bundle(paths, Path(args.file), policy, progress=bar, cancel=cancel)  # type: ignore[arg-type]
    finally:
        bar.finish()
    verb = "Updated" if result.updated else "Installed"
    print(f"{verb} {result.course_id} v{result.version} “{result.title}” "
          f"({_human(result.added_bytes)} added).")
    return EXIT_OK


def _system_policy(args: argparse.Namespace):
    from .machine_store import system_trust_policy
    from .signing import load_public_key
    extra = [load_public_key(Path(p)) for p in getattr(args, "trust", None) or []]
    return system_trust_policy(extra, allow_unsigned=True if args.allow_unsigned else None)


def _system_import(args: argparse.Namespace) -> int:
    """`lectern --system import FILE`: court IT installs a course for every account."""
    from .machine_store import import_to_machine, locate
    store = locate()
    bar = TerminalProgress(f"Importing {Path(args.file).name}")
    try:
        result = import_to_machine(Path(args.file), _system_policy(args), progress=bar,
                                   cancel=threading.Event(), store=store)
    finally:
        bar.finish()
    verb = "Updated" if result.updated else "Installed"
    print(f"{verb} {result.course_id} v{result.version} “{result.title}” for every account "
          f"in {store.root} ({_human(result.added_bytes)} added).")
    return EXIT_OK


def cmd_preload(args: argparse.Namespace) -> int:
    """`lectern --system preload`: import court IT's preload folder into the machine store."""
    from .machine_store import locate, preload
    store = locate()
    results = preload(store, _system_policy(args))
    for r in results:
        what = f"{r.course_id} v{r.version}" if r.course_id else ""
        line = f"{r.outcome:9} {neutralize(r.file)} {what}".rstrip()
        print(line + (f": {neutralize(r.message)}" if r.message and r.outcome != "failed" else ""))
    failed = [r for r in results if r.outcome == "failed"]
    for r in failed:
        print(f"lectern: error: {neutralize(r.file)}: {neutralize(r.message)}", file=sys.stderr)
    if not results:
        print(f"No .lectern files in {store.preload_dir}.")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .exporter import export_course
    bar = TerminalProgress(f"Exporting {args.course_id}")
    try:
        result = export_course(_paths(args), args.course_id, Path(args.out),
                               low_bandwidth=args.low_bandwidth, progress=bar)
    finally:
        bar.finish()
    print(f"Wrote {result.path}: {result.files} files, {_human(result.bytes)}.")
    return EXIT_OK


def cmd_courses(args: argparse.Namespace) -> int:
    from .startup_courses import offer_start_courses
    from .store import LearnerStore
    paths = _paths(args)
    offer_start_courses(paths)
    with LearnerStore.open(paths.db) as store:
        courses = store.list_courses()
    if args.json:
        print_json([dataclasses.asdict(c) for c in courses])
        return EXIT_OK
    if not courses:
        print("No courses installed.")
        return EXIT_OK
    print_table(("ID", "TITLE", "LANG", "VERSION", "PROGRESS", "SIZE"),
                [(c.id, c.title, c.language, str(c.version), f"{c.required_done}/{c.required_total}",
                  _human(c.size_bytes)) for c in courses], shrink=(1,))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from .signing import load_public_key
    from .site_config import load_site_config
    from .store import LearnerStore
    from .trust import add_trusted_key, keys_in_force, remove_trusted_key
    paths = _paths(args).ensure()
    site = load_site_config()
    with LearnerStore.open(paths.db) as store:
        if args.remove:
            found = remove_trusted_key(store, args.remove, site)  # refused when locked
            print(f"Removed key {args.remove}." if found else f"Key {args.remove} was not trusted.")
        elif args.key:
            key = load_public_key(Path(args.key))
            added = add_trusted_key(store, key, site)  # refused when locked
            print(f"{'Now trusting' if added else 'Already trusted:'} key {key.key_id} {key.comment}".rstrip())
        elif args.json:
            print_json([{"key_id": e.key.key_id, "comment": e.key.comment,
                         "set_by_administrator": e.by_administrator}
                        for e in keys_in_force(store, site)])
        else:
            for e in keys_in_force(store, site):
                mark = "  (set by your administrator)" if e.by_administrator else ""
                print(f"{e.key.key_id}  {neutralize(e.key.comment)}".rstrip() + mark)
    return EXIT_OK


def cmd_gc(args: argparse.Namespace) -> int:
    from .library import collect_garbage
    from .paths import DataPaths
    # The whole data dir's course files, whatever profile: no profile or PIN is involved.
    print(f"Removed {collect_garbage(DataPaths(_data_root(args)))} unused files.")
    return EXIT_OK


def _hub_context(args: argparse.Namespace):
    """Paths, settings and a client for the hub: court IT's locked address (asking for another
    with --hub is refused), else --hub, else the sign-in, else the setting."""
    from .config import hub_url_for, load_settings, same_hub_url
    from .credentials import load_credentials
    from .errors import HubError, HubErrorKind
    from .hub_client import HubClient
    from .store import LearnerStore
    paths = _paths(args).ensure()
    with LearnerStore.open(paths.db) as store:
        settings = load_settings(store)
    creds = load_credentials(paths)
    url = hub_url_for(settings, getattr(args, "hub", None), creds.hub_url if creds else None)
    if not url:
        raise HubError(HubErrorKind.CONFIG, "No hub is set: sign in with `lectern login --hub URL "
                                            "--user NAME` first.")
    token = creds.token if creds and same_hub_url(creds.hub_url, url) else None
    timeout = float(os.environ.get("LECTERN_READ_TIMEOUT", "30"))
    return paths, settings, HubClient(settings.hub(url, read_timeout=timeout), token)


def cmd_login(args: argparse.Namespace) -> int:
    import getpass

    from .credentials import Credentials, save_credentials
    from .hub_client import default_device_name
    paths, _, client = _hub_context(args)  # a refused --hub stops here, before the password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.user}: ")
    with client:
        device = args.device_name or default_device_name()
        token = client.login(args.user, password, device)
        save_credentials(paths, Credentials(client.base, args.user, token, device))
    print(f"Signed in to {client.base} as {args.user}.")
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    from .credentials import forget_credentials
    from .errors import HubError
    paths, _, client = _hub_context(args)
    with client:
        try:
            client.logout()
        except HubError as exc:
            print(f"lectern: note: the hub could not be told ({exc.message})", file=sys.stderr)
    forget_credentials(paths)
    print("Signed out.")
    return EXIT_OK


def cmd_catalog(args: argparse.Namespace) -> int:
    from .store import LearnerStore
    paths, _, client = _hub_context(args)
    with client:
        courses = client.catalog()
    with LearnerStore.open(paths.db) as store:
        installed = {c.id: c.version for c in store.list_courses()}
    def state(c) -> str:
        have = installed.get(c.id)
        return ("installed" if have == c.version else "update available" if have and have < c.version
                else "-")
    if args.json:
        print_json([{**dataclasses.asdict(c), "status": state(c)} for c in courses])
        return EXIT_OK
    print_table(("ID", "TITLE", "LANG", "VERSION", "FULL", "LOW", "STATUS"),
                [(c.id, c.title, c.language, str(c.version), _human(c.full_size), _human(c.low_size),
                  state(c)) for c in courses], shrink=(1,))
    return EXIT_OK


def cmd_download(args: argparse.Namespace) -> int:
    from .download_queue import DownloadChoice, DownloadState
    from .downloader import CourseDownload, DownloadProgress, begin_download
    from .errors import DownloadError
    paths, settings, client = _hub_context(args)
    bar = TerminalProgress(f"Downloading {args.course_id}")

    def show(p: DownloadProgress) -> None:
        bar(p.done, p.total)
        if p.message and bar.enabled:
            bar.stream.write(f"  ({p.message})")
    with client:
        entry = next((c for c in client.catalog() if c.id == args.course_id), None)
        if entry is None:
            raise DownloadError(f"The hub offers no course '{args.course_id}' to you; check the id "
                                "with `lectern catalog`.")
        begin_download(paths, entry.id, entry.version, client.base, DownloadChoice(args.choice))
        give_up = float(os.environ.get("LECTERN_GIVE_UP_AFTER", "1800"))
        try:
            result = CourseDownload(paths, client, entry.id, progress=show,
                                    limits=settings.download_limits(give_up_after=give_up)).run()
        finally:
            bar.finish()
    if result.state is not DownloadState.COMPLETE:
        print(f"lectern: the download is {result.state.value}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Downloaded {entry.id} v{result.version} “{entry.title}” ({_human(result.fetched_bytes)} "
          "fetched), verified and installed.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from .sync_engine import run_sync
    paths, _, client = _hub_context(args)
    with client:
        summary = run_sync(paths, client)
    print(f"Synced with {client.base}: {summary.pushed} sent, {summary.pulled} received, "
          f"{summary.rejected} refused by the hub.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from .credentials import load_credentials
    from .sync_engine import status
    paths = _paths(args)
    st = status(paths)
    creds = load_credentials(paths)
    if args.json:
        print_json({"hub_url": creds.hub_url if creds else None,
                    "username": creds.username if creds else None, "pending": st.pending,
                    "held_for_other_accounts": st.held,
                    "last_success": st.last_success, "last_error": st.last_error,
                    "rejected": [{"kind": k, "message": neutralize(m)} for k, m in st.rejected]})
        return EXIT_OK
    print(f"Hub: {creds.hub_url + ' as ' + creds.username if creds else 'not signed in'}")
    print(f"Changes waiting to be sent: {st.pending}")
    if st.held:
        print(f"Changes kept for another learner who used this profile: {st.held} (sent when "
              "they sign in here again)")
    print(f"Last successful sync: {st.last_success or 'never'}")
    print(f"Last error: {st.last_error or 'none'}")
    for kind, message in st.rejected:
        print(f"Refused by the hub ({kind}): {neutralize(message)}")
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    """Show (or set) settings: which site file was read, court IT's locks and keys, every
    value. Exits 2 when court IT's file has a problem, so deployment scripts notice."""
    import json

    from .config import SETTING_NAMES, load_settings, set_setting
    from .site_config import load_site_config
    from .store import LearnerStore
    if args.key and args.key not in SETTING_NAMES:
        print(f"lectern: error: there is no setting called '{neutralize(args.key)}'.", file=sys.stderr)
        return EXIT_BAD_INPUT
    paths = _paths(args).ensure()
    site = load_site_config()
    with LearnerStore.open(paths.db) as store:
        if args.value is not None:
            try:
                value = json.loads(args.value)
            except ValueError:
                value = args.value  # a bare word is a string
            set_setting(store, args.key, value, site)
        settings = load_settings(store, site)
    for problem in site.problems:
        print(f"lectern: warning: {neutralize(problem)}", file=sys.stderr)
    status = EXIT_BAD_INPUT if site.problems else EXIT_OK
    names = [args.key] if args.key else list(SETTING_NAMES)
    if args.json:
        out: dict = {name: {"value": getattr(settings, name), "locked": name in settings.locked}
                     for name in names}
        if not args.key:
            out["site_config"] = {
                "file": str(site.path) if site.path else None,
                "looked_at": str(site.looked_at) if site.looked_at else None,
                "locked": sorted(site.locked), "locked_down": site.locked_down,
                "trusted_keys": [{"key_id": k.key_id, "comment": k.comment}
                                 for k in site.trusted_keys],
                "problems": list(site.problems)}
        print_json(out)
        return status
    if not args.key:
        if site.path is not None:
            print(f"# Site configuration: {site.path}")
        else:
            print(f"# Site configuration: none ({site.looked_at or 'no file'} does not exist)")
        if site.ignored_hook:
            print(f"# (LECTERN_SITE_CONFIG={neutralize(site.ignored_hook)} is ignored: "
                  "the system file wins)")
        if site.locked_down:
            print("# The file has an error: every setting is locked until it is fixed.")
        print(f"# Locked by your administrator: {', '.join(sorted(site.locked)) or 'nothing'}")
        for key in site.trusted_keys:
            print(f"# Publisher trusted by your administrator: {key.key_id}  "
                  f"{neutralize(key.comment)}".rstrip())
    for name in names:
        lock = "  (set by your administrator)" if name in settings.locked else ""
        print(f"{name} = {json.dumps(getattr(settings, name))}{lock}")
    return status


def _new_pin(args: argparse.Namespace, name: str, from_stdin: bool) -> str | None:
    """A new PIN for profile `name`: a line of stdin, or typed twice on a terminal; empty
    means no PIN."""
    from .errors import StoreError
    from .profiles import check_pin_format
    if from_stdin:
        pin = _read_pin(args, "", name, from_stdin=True).strip()
    else:
        pin = _read_pin(args, f"New PIN for “{name}” (4 to 12 digits; Enter for no PIN): ",
                        name, from_stdin=False).strip()
        if pin and _read_pin(args, "The new PIN again: ", name, from_stdin=False).strip() != pin:
            raise StoreError("The two PINs are not the same; nothing was changed.")
    return check_pin_format(pin) if pin else None


def cmd_profiles(args: argparse.Namespace) -> int:
    """List, create, rename and delete profiles, set or reset their PINs. These work on the
    profile they name (never create one by accident) and need its PIN, except the
    administrator's --reset-pin."""
    from .profile_gate import pin_set
    from .profiles import (change_pin, create_profile, delete_profile, list_profiles,
                           rename_profile, reset_pin)
    root = _data_root(args)
    if args.add:
        pin = _new_pin(args, args.add, from_stdin=True) if args.pin_stdin else None
        create_profile(root, args.add, pin)
        print(f"Created profile “{args.add}”{' with a PIN' if pin else ''}.")
        return EXIT_OK
    if args.delete:
        pin = _profile_pin(args, root, args.delete)
        if sys.stdin.isatty() and not args.pin_stdin and input(
                f"Delete the profile “{args.delete}” with all its progress on this computer? "
                "[y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return EXIT_OK
        gone = _wrong_pin_waits(lambda: delete_profile(root, args.delete, pin))
        unsent = getattr(gone, "unsent", 0)
        print(f"Deleted the profile “{args.delete}”." + (
            f" {unsent} changes it had not sent to the hub are gone with it." if unsent else ""))
        return EXIT_OK
    if args.rename:
        old, new = args.rename
        pin = _profile_pin(args, root, old)
        _wrong_pin_waits(lambda: rename_profile(root, old, new, pin))
        print(f"Renamed the profile “{old}” to “{new}”.")
        return EXIT_OK
    if args.set_pin:
        # "PIN from stdin": without a terminal, stdin is read even without --pin-stdin.
        from_stdin = bool(args.pin_stdin) or not sys.stdin.isatty()
        old_pin = _profile_pin(args, root, args.set_pin, from_stdin=from_stdin)
        new_pin = _new_pin(args, args.set_pin, from_stdin)
        _wrong_pin_waits(lambda: change_pin(root, args.set_pin, old_pin, new_pin))
        print(f"The profile “{args.set_pin}” now has {'a new PIN' if new_pin else 'no PIN'}.")
        return EXIT_OK
    if args.reset_pin:
        reset_pin(root, args.reset_pin)
        print(f"Removed the PIN of the profile “{args.reset_pin}”; its learning is kept. The "
              f"learner sets a new one with: lectern profiles --set-pin \"{args.reset_pin}\"")
        return EXIT_OK
    names = list_profiles(root)
    if args.json:
        print_json([{"name": name} for name in names])
        return EXIT_OK
    if not names:
        print("No profiles yet: the first start creates “default”.")
    for name in names:
        protected = pin_set(root / "profiles" / name / "learner.db")
        print(name + ("  (PIN)" if protected else ""))
    return EXIT_OK


def cmd_diagnostics(args: argparse.Namespace) -> int:
    """One zip for a support request: versions, site file, settings, profiles, counts, log."""
    from .diagnostics import write_diagnostics
    from .logging_setup import default_log_file
    root = _data_root(args)
    log_file = Path(args.log_file) if args.log_file else default_log_file(root)
    log.info("writing diagnostics to %s", args.out)
    result = write_diagnostics(root, Path(args.out), log_file)
    print(f"Wrote {result.path}: versions, the site configuration, {result.profiles} profiles "
          "(settings, courses, changes waiting or refused), the end of the log. It holds no "
          "tokens, passwords or PINs.")
    return EXIT_OK


def cmd_export_profile(args: argparse.Namespace) -> int:
    from .profile_transfer import export_profile
    out = export_profile(_paths(args), Path(args.file))
    print(f"Wrote {out}: progress, quiz attempts, posts and changes waiting to be sent. "
          "Courses are not included; copy them with `lectern export`.")
    return EXIT_OK


def cmd_import_profile(args: argparse.Namespace) -> int:
    from .profile_transfer import import_profile
    r = import_profile(_paths(args).ensure(), Path(args.file))
    print(f"Imported {r.progress_items} progress records, {r.quiz_attempts} quiz attempts, "
          f"{r.posts} posts; {r.pending_events} changes will be sent at the next sync.")
    if r.missing_courses:
        print(f"Courses to install here too: {', '.join(r.missing_courses)}")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    """The player. A named profile must exist (its PIN is asked in the window); unnamed,
    the player creates `default` on a first start and otherwise asks who is studying."""
    from .paths import DataPaths, check_profile_name
    from .profile_gate import DEFAULT_PROFILE, check_exists
    named = _named_profile(args)
    paths = DataPaths(_data_root(args), check_profile_name(named) if named else DEFAULT_PROFILE)
    if named is not None:
        check_exists(paths.root, paths.profile, named=True)
    from player.app import run_app  # Qt only when the window is wanted
    return run_app(paths, [sys.argv[0]], profile_explicit=named is not None)


# --------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lectern", description="Lectern: offline course player and course tools.")
    p.add_argument("--data-dir", metavar="DIR",
                   help="keep all data in DIR instead of the platform's folders (portable installs)")
    p.add_argument("--profile", metavar="NAME", default=None,
                   help="the learner profile to use (shared PCs); it must exist "
                        "(lectern profiles --add NAME); default: 'default'")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read PINs from standard input, one a line: the profile's own (if it "
                        "has one) first, then a new one (profiles --add/--set-pin), then a "
                        "password (login --password-stdin)")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    p.add_argument("--log-file", metavar="PATH",
                   help="append the log to PATH instead of <data dir>/logs/lectern.log")
    p.add_argument("--version", action="version", version=f"lectern {__version__}")
    p.add_argument("--system", action="store_true",
                   help="court IT, as root: `import` and `preload` write the machine-wide "
                        "course store every account on this PC lists")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    bundle = sub.add_parser("bundle", help="make and check course bundles (publishers)")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True,
                                 parser_class=_Parser)
    k = bsub.add_parser("keygen", help="make a signing key: KEY (private) and KEY.pub")
    k.add_argument("key")
    k.set_defaults(func=cmd_keygen)
    b = bsub.add_parser("build", help="build a .lectern bundle from a course folder")
    b.add_argument("src_dir")
    b.add_argument("out")
    b.add_argument("--sign-key", metavar="KEY")
    b.set_defaults(func=cmd_build)
    v = bsub.add_parser("verify", help="check a .lectern bundle completely")
    v.add_argument("file")
    v.add_argument("--trust", metavar="KEY.pub", action="append",
                   help="require a signature by this key (repeatable)")
    v.set_defaults(func=cmd_verify)

    i = sub.add_parser("import", help="install a course from a .lectern file")
    i.add_argument("file")
    i.add_argument("--trust", metavar="KEY.pub", action="append",
                   help="also trust this publisher key for this import")
    i.add_argument("--allow-unsigned", action="store_true",
                   help="accept a course that is unsigned or signed by an unknown key")
    i.set_defaults(func=cmd_import)

    e = sub.add_parser("export", help="write an installed course to a .lectern file")
    e.add_argument("course_id")
    e.add_argument("out")
    e.add_argument("--low-bandwidth", action="store_true",
                   help="only the smallest video of each lecture, captions and readings")
    e.set_defaults(func=cmd_export)

    c = sub.add_parser("courses", help="list installed courses")
    c.add_argument("--json", action="store_true", help=JSON_HELP)
    c.set_defaults(func=cmd_courses)

    t = sub.add_parser("trust", help="list, add (KEY.pub) or remove (--remove ID) publisher keys")
    t.add_argument("key", nargs="?")
    t.add_argument("--remove", metavar="KEY_ID")
    t.add_argument("--json", action="store_true", help=JSON_HELP)
    t.set_defaults(func=cmd_trust)

    li = sub.add_parser("login", help="sign in to a hub (the token is kept for this profile)")
    li.add_argument("--hub", metavar="URL")
    li.add_argument("--user", required=True, metavar="NAME")
    li.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    li.add_argument("--device-name", help="how this PC appears on the hub (default: its name)")
    li.set_defaults(func=cmd_login)
    lo = sub.add_parser("logout", help="sign out and revoke this PC's token")
    lo.add_argument("--hub", metavar="URL")
    lo.set_defaults(func=cmd_logout)
    ca = sub.add_parser("catalog", help="list the hub's courses for you")
    ca.add_argument("--hub", metavar="URL")
    ca.add_argument("--json", action="store_true", help=JSON_HELP)
    ca.set_defaults(func=cmd_catalog)
    dl = sub.add_parser("download", help="download (or update) a course from the hub")
    dl.add_argument("course_id")
    dl.add_argument("--hub", metavar="URL")
    dl.add_argument("--profile", dest="choice", choices=["low", "standard", "all"], default="standard",
                    help="low: smallest videos; standard: up to 480p; all: every rendition")
    dl.set_defaults(func=cmd_download)

    sy = sub.add_parser("sync", help="send progress and posts, receive others' (one pass)")
    sy.add_argument("--hub", metavar="URL")
    sy.set_defaults(func=cmd_sync)
    st = sub.add_parser("status", help="changes waiting, last sync, last error")
    st.add_argument("--json", action="store_true", help=JSON_HELP)
    st.set_defaults(func=cmd_status)

    pr = sub.add_parser("profiles", help="list, add, rename or delete learner profiles; set "
                                         "or (court IT) reset a PIN")
    what = pr.add_mutually_exclusive_group()
    what.add_argument("--add", metavar="NAME", help="create a profile")
    what.add_argument("--delete", metavar="NAME",
                      help="delete a profile and its progress on this computer (needs its PIN)")
    what.add_argument("--rename", metavar=("OLD", "NEW"), nargs=2,
                      help="rename a profile (needs its PIN)")
    what.add_argument("--set-pin", metavar="NAME",
                      help="set, change or (empty) remove a PIN: the current PIN first if it "
                           "has one, then the new one (stdin, or asked on a terminal)")
    what.add_argument("--reset-pin", metavar="NAME",
                      help="court IT, as administrator: remove a forgotten PIN, keeping the "
                           "learner's data")
    pr.add_argument("--pin-stdin", action="store_true", default=argparse.SUPPRESS,
                    help="read PINs from standard input (also a global option)")
    pr.add_argument("--json", action="store_true", help=JSON_HELP)
    pr.set_defaults(func=cmd_profiles)
    dg = sub.add_parser("diagnostics", help="write a zip for court IT's support request: "
                                            "versions, settings, profiles, log; no secrets")
    dg.add_argument("out", metavar="OUT.zip")
    dg.set_defaults(func=cmd_diagnostics)
    ep = sub.add_parser("export-profile", help="save this profile's learning to a file (new PC)")
    ep.add_argument("file")
    ep.set_defaults(func=cmd_export_profile)
    ip = sub.add_parser("import-profile", help="bring a profile file's learning into this profile")
    ip.add_argument("file")
    ip.set_defaults(func=cmd_import_profile)

    cf = sub.add_parser("config", help="show settings, or set one: config KEY VALUE")
    cf.add_argument("key", nargs="?")
    cf.add_argument("value", nargs="?", help="JSON (256, true, \"text\") or a bare word")
    cf.add_argument("--json", action="store_true", help=JSON_HELP)
    cf.set_defaults(func=cmd_config)

    g = sub.add_parser("gc", help="remove course files no installed course uses")
    g.set_defaults(func=cmd_gc)

    pl = sub.add_parser("preload", help="with --system: import the machine store's preload "
                                        "folder of .lectern files (court IT, as root)")
    pl.add_argument("--trust", metavar="KEY.pub", action="append",
                    help="also trust this publisher key for these imports")
    pl.add_argument("--allow-unsigned", action="store_true",
                    help="accept courses that are unsigned or signed by an unknown key")
    pl.set_defaults(func=cmd_preload)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_open)
    if args.system and func not in (cmd_import, cmd_preload):
        parser.error("--system works with `import` and `preload` only")
    if func is cmd_preload and not args.system:
        parser.error("preload writes the machine-wide course store: `lectern --system preload`")
    log.info("lectern %s: %s", __version__, getattr(args, "command", None) or "open")
    try:
        return func(args)
    except LecternError as exc:
        log.warning("%s: %s", getattr(args, "command", None) or "open", exc.message,
                    extra=FILE_ONLY)
        print(f"lectern: error: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("lectern: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("unexpected failure", extra=FILE_ONLY)  # the traceback follows on stderr
        raise


def _setup_logging(args: argparse.Namespace) -> None:
    """The terminal gets warnings (everything with -v); the log file gets INFO and up, for
    every command that uses a data dir (publishers' `bundle` commands only with
    --log-file). Calling main() again replaces, not adds, these handlers."""
    from .logging_setup import default_log_file, install_log_file, may_write_log_in
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() in ("lectern-console", "lectern-file")]:
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler()
    console.set_name("lectern-console")
    console.setLevel(logging.INFO if args.verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    root.addHandler(console)
    root.setLevel(logging.INFO)
    if args.log_file:
        target: Path | None = Path(args.log_file).expanduser()
    elif getattr(args, "command", None) == "bundle":
        target = None
    else:
        data = _data_root(args)
        target = default_log_file(data) if may_write_log_in(data) else None
    if target is not None:
        handler = install_log_file(target)
        if handler is not None:
            handler.set_name("lectern-file")


if __name__ == "__main__":
    sys.exit(main())
