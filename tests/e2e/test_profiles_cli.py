"""Profiles from the command line (issue #13 item 7), with the real `lectern` processes.

Only an explicit `--add` creates a profile: a mistyped `--profile` is exit 2 with one line,
and `default` appears by itself only on a first start (no profile at all). A profile's PIN
holds for every command (`--pin-stdin`, or asked on a terminal); renaming, deleting and
changing a PIN need it; court IT's `--reset-pin` needs administrator rights and keeps the
learner's data.
"""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from terminal import drain

from sync import cli
from sync.credentials import Credentials, load_credentials, save_credentials
from sync.paths import DataPaths
from sync.profiles import check_pin, create_profile, has_pin, list_profiles
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
PIN = "2468"


def lectern(data: Path, *args: str, input: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`lectern --data-dir DATA ARGS`, stdin a pipe (a script, not a terminal)."""
    return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, input=input or "", timeout=120, cwd=REPO,
                          env={**os.environ, **(env or {})})


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("lectern: error: "), \
        result.stderr
    return result.stderr.removeprefix("lectern: error: ").strip()


@pytest.fixture
def court_pc(tmp_path: Path) -> Path:
    """A data dir with `default` and Clerk Ana's PIN-protected profile."""
    data = tmp_path / "data"
    create_profile(data, "default")
    create_profile(data, "Clerk Ana", PIN)
    return data


# ------------------------------------------------------------------ which profile


def test_a_first_start_creates_default_and_nothing_else_is_created_by_accident(tmp_path):
    data = tmp_path / "fresh"
    # A fresh install works as before: the first command creates `default`.
    assert lectern(data, "status").returncode == 0
    assert list_profiles(data) == ["default"]
    # A mistyped name is an error, for every command and for the player, and creates nothing.
    for args in (("--profile", "Clerk Ann", "status"), ("--profile", "Clerk Ann")):
        said = one_error_line(lectern(data, *args))
        assert said == ('There is no profile called “Clerk Ann” (create it with lectern '
                        'profiles --add "Clerk Ann").')
    said = one_error_line(lectern(data, "status", env={"LECTERN_PROFILE": "Clerk Ann"}))
    assert said.startswith("There is no profile called “Clerk Ann”")
    assert list_profiles(data) == ["default"]
    assert not (data / "profiles" / "Clerk Ann").exists()
    assert lectern(data, "profiles", "--add", "Clerk Ana").returncode == 0
    said = one_error_line(lectern(data, "--profile", "clerk ana", "status"))
    assert "Did you mean “Clerk Ana”?" in said


def test_default_is_not_created_once_other_profiles_exist(tmp_path):
    data = tmp_path / "data"
    # Court IT prepares named profiles only: an unnamed command must not add `default`.
    assert lectern(data, "profiles", "--add", "Clerk Ana").returncode == 0
    said = one_error_line(lectern(data, "status"))
    assert said == ("There is no profile called “default” here; this data dir has “Clerk Ana”: "
                    "name one with --profile NAME.")
    assert list_profiles(data) == ["Clerk Ana"]
    assert lectern(data, "--profile", "Clerk Ana", "status").returncode == 0
    listed = lectern(data, "profiles")
    assert listed.stdout == "Clerk Ana\n"


def test_gc_and_listings_need_no_profile(court_pc):
    assert lectern(court_pc, "gc").returncode == 0
    # What a deletion stopped half-way leaves is no profile.
    ghost = court_pc / "profiles" / ".deleting-123-Ghost"
    ghost.mkdir()
    (ghost / "learner.db").write_bytes(b"")
    listed = lectern(court_pc, "profiles")
    assert listed.stdout == "default\nClerk Ana  (PIN)\n"


# ------------------------------------------------------------------ PINs on the command line


def test_every_command_on_a_protected_profile_needs_its_pin(court_pc):
    said = one_error_line(lectern(court_pc, "--profile", "Clerk Ana", "status"))
    assert said == ("The profile “Clerk Ana” has a PIN: give it on standard input with "
                    "--pin-stdin, or run the command in a terminal to be asked for it.")
    for args in (("config",), ("trust",), ("export-profile", str(court_pc / "ana.profile"))):
        one_error_line(lectern(court_pc, "--profile", "Clerk Ana", *args))
    assert not (court_pc / "ana.profile").exists()
    started = time.monotonic()
    said = one_error_line(lectern(court_pc, "--profile", "Clerk Ana", "--pin-stdin", "status",
                                  input="1111\n"))
    assert said == "That PIN is not right for the profile “Clerk Ana”."
    assert time.monotonic() - started >= cli.WRONG_PIN_DELAY_S  # guessing by script is slow
    said = one_error_line(lectern(court_pc, "--profile", "Clerk Ana", "--pin-stdin", "status"))
    assert said == "Standard input ended before the PIN for the profile “Clerk Ana”."
    ok = lectern(court_pc, "--profile", "Clerk Ana", "--pin-stdin", "status", input=PIN + "\n")
    assert ok.returncode == 0 and "Changes waiting to be sent: 0" in ok.stdout
    # The same from the environment; a profile without a PIN reads nothing from stdin.
    ok = lectern(court_pc, "--pin-stdin", "status", input=PIN + "\n",
                 env={"LECTERN_PROFILE": "Clerk Ana"})
    assert ok.returncode == 0, ok.stderr
    assert lectern(court_pc, "--pin-stdin", "status").returncode == 0  # default: no PIN


def test_the_pin_is_asked_on_a_terminal(court_pc):
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin and stdout are the terminal
        os.execv(sys.executable, [sys.executable, "-m", "sync.cli", "--data-dir", str(court_pc),
                                  "--profile", "Clerk Ana", "status"])
    out = b""
    try:
        deadline = time.monotonic() + 60
        while b"PIN for the profile" not in out and time.monotonic() < deadline:
            if select.select([fd], [], [], 1)[0]:
                out += os.read(fd, 4096)
        assert "PIN for the profile “Clerk Ana”: ".encode() in out, out
        os.write(fd, PIN.encode() + b"\n")
        out += drain(fd)
    finally:
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out
    assert b"Changes waiting to be sent: 0" in out and PIN.encode() not in out  # not echoed


def test_login_reads_the_pin_then_the_password(court_pc, hub, make_learner):
    learner = make_learner()
    r = lectern(court_pc, "--profile", "Clerk Ana", "--pin-stdin", "login", "--hub", hub.url,
                "--user", learner.username, "--password-stdin",
                input=f"{PIN}\n{learner.password}\n")
    assert r.returncode == 0, r.stderr
    creds = load_credentials(DataPaths(court_pc, "Clerk Ana"))
    assert creds is not None and creds.username == learner.username


# ------------------------------------------------------------------ managing profiles


def test_set_pin_needs_the_current_one_and_can_remove_it(court_pc):
    # "PIN from stdin": current PIN, then the new one.
    said = one_error_line(lectern(court_pc, "profiles", "--set-pin", "Clerk Ana",
                                  input="1111\n13579\n"))
    assert said == "That PIN is not right for the profile “Clerk Ana”."
    ok = lectern(court_pc, "profiles", "--set-pin", "Clerk Ana", input=f"{PIN}\n13579\n")
    assert ok.stdout == "The profile “Clerk Ana” now has a new PIN.\n", ok.stderr
    with LearnerStore.open(DataPaths(court_pc, "Clerk Ana").db) as store:
        assert check_pin(store, "13579") and not check_pin(store, PIN)
    said = one_error_line(lectern(court_pc, "profiles", "--set-pin", "default", input="12\n"))
    assert said == "A PIN has 4 to 12 digits."
    ok = lectern(court_pc, "profiles", "--set-pin", "default", input="8642\n")  # had none
    assert ok.returncode == 0 and "(PIN)" in lectern(court_pc, "profiles").stdout.splitlines()[0]
    ok = lectern(court_pc, "profiles", "--set-pin", "Clerk Ana", input="13579\n\n")  # empty: none
    assert ok.stdout == "The profile “Clerk Ana” now has no PIN.\n", ok.stderr
    with LearnerStore.open(DataPaths(court_pc, "Clerk Ana").db) as store:
        assert not has_pin(store)


def test_rename_needs_the_pin_and_takes_everything_along(court_pc, tmp_path):
    paths = DataPaths(court_pc, "Clerk Ana")
    save_credentials(paths, Credentials("https://hub.example", "ana", "t0ken-of-ana", "PC 7"))
    said = one_error_line(lectern(court_pc, "profiles", "--rename", "Clerk Ana", "Clerk Anna"))
    assert "has a PIN" in said
    said = one_error_line(lectern(court_pc, "--pin-stdin", "profiles", "--rename", "Clerk Ana",
                                  "default", input=PIN + "\n"))
    assert said == "There is already a profile called “default”."
    said = one_error_line(lectern(court_pc, "--pin-stdin", "profiles", "--rename", "Clerk Ana",
                                  "../up", input=PIN + "\n"))
    assert "letters, digits" in said
    ok = lectern(court_pc, "--pin-stdin", "profiles", "--rename", "Clerk Ana", "Clerk Anna",
                 input=PIN + "\n")
    assert ok.stdout == "Renamed the profile “Clerk Ana” to “Clerk Anna”.\n", ok.stderr
    assert list_profiles(court_pc) == ["default", "Clerk Anna"]
    moved = DataPaths(court_pc, "Clerk Anna")
    assert load_credentials(moved).token == "t0ken-of-ana"
    with LearnerStore.open(moved.db) as store:
        assert check_pin(store, PIN)
    # A change of letter case only.
    ok = lectern(court_pc, "--pin-stdin", "profiles", "--rename", "Clerk Anna", "clerk anna",
                 input=PIN + "\n")
    assert ok.returncode == 0 and list_profiles(court_pc) == ["default", "clerk anna"]


def test_delete_needs_the_pin_and_says_what_was_lost(court_pc, tiny_bundle):
    from sync.bundle import TrustPolicy
    from sync.importer import import_bundle

    paths = DataPaths(court_pc, "Clerk Ana")
    result = import_bundle(paths, tiny_bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(paths.db) as store:
        store.record_progress(result.course_id, "r1", completed=True)
        unsent = store.pending_count()
    assert unsent > 0
    said = one_error_line(lectern(court_pc, "--pin-stdin", "profiles", "--delete", "Clerk Ana",
                                  input="0000\n"))
    assert said == "That PIN is not right for the profile “Clerk Ana”."
    assert paths.db.is_file()
    ok = lectern(court_pc, "--pin-stdin", "profiles", "--delete", "Clerk Ana", input=PIN + "\n")
    assert ok.stdout == (f"Deleted the profile “Clerk Ana”. {unsent} changes it had not sent to "
                         "the hub are gone with it.\n"), ok.stderr
    assert list_profiles(court_pc) == ["default"] and not paths.profile_dir.exists()
    assert not [p for p in (court_pc / "profiles").iterdir() if p.name.startswith(".deleting")]
    said = one_error_line(lectern(court_pc, "profiles", "--delete", "Clerk Ana"))
    assert said == "There is no profile called “Clerk Ana”."
    # The last profile can go too; the next start is a first start again.
    assert lectern(court_pc, "profiles", "--delete", "default").returncode == 0
    assert list_profiles(court_pc) == []
    assert lectern(court_pc, "status").returncode == 0 and list_profiles(court_pc) == ["default"]


def test_reset_pin_is_for_administrators_and_keeps_the_data(court_pc, tiny_bundle, monkeypatch,
                                                            capsys):
    from sync import profiles
    from sync.bundle import TrustPolicy
    from sync.importer import import_bundle

    paths = DataPaths(court_pc, "Clerk Ana")
    result = import_bundle(paths, tiny_bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(paths.db) as store:
        store.record_progress(result.course_id, "r1", completed=True)
    # A learner (no administrator rights) cannot reset a colleague's PIN.
    monkeypatch.setattr(profiles, "is_administrator", lambda: False)
    code = cli.main(["--data-dir", str(court_pc), "--log-file", str(court_pc / "test.log"),
                     "profiles", "--reset-pin", "Clerk Ana"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("lectern: error: Resetting a forgotten PIN needs "
                                        "administrator rights"), err
    with LearnerStore.open(paths.db) as store:
        assert has_pin(store)
    monkeypatch.undo()

    # Court IT (root here) resets it in the learner's data dir: the files stay the learner's.
    os.chown(court_pc, 65534, 65534)
    for dirpath, dirnames, filenames in os.walk(court_pc):
        for name in dirnames + filenames:
            os.lchown(os.path.join(dirpath, name), 65534, 65534)
    if os.geteuid() != 0:
        pytest.skip("the administrator half of this test runs as root")
    # What root's SQLite may leave in the folder (a journal, a pre-migration backup).
    (paths.profile_dir / "learner.db.v4.bak").write_bytes(b"as root")
    ok = lectern(court_pc, "profiles", "--reset-pin", "Clerk Ana")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Removed the PIN of the profile “Clerk Ana”; its learning is kept.")
    owners = {(p, p.lstat().st_uid) for p in paths.profile_dir.iterdir()}
    assert owners and all(uid == 65534 for _, uid in owners), owners
    with LearnerStore.open(paths.db) as store:
        assert not has_pin(store)
        assert store.item_progress(result.course_id, "r1").completed  # the learning is kept
    # No log file of root's in the learner's data dir either.
    assert not (court_pc / "logs").exists()
    ok = lectern(court_pc, "--profile", "Clerk Ana", "status")
    assert ok.returncode == 0  # no PIN asked any more
