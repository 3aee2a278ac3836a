"""The command line's options do not shadow each other."""
from sync.cli import build_parser


def test_learner_profile_and_download_profile_are_distinct():
    args = build_parser().parse_args(["--profile", "Clerk Ana", "download", "c1", "--profile", "low"])
    assert args.profile == "Clerk Ana" and args.choice == "low"
    args = build_parser().parse_args(["download", "c1"])
    assert args.profile is None and args.choice == "standard"  # None: the default profile, unnamed


def test_every_command_has_a_handler_and_the_historical_order():
    """Each command group lives in its own module of sync.cli; `lectern --help` still lists
    the commands in the order the docs show them."""
    import argparse

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == [
        "bundle", "import", "export", "courses", "trust", "login", "logout", "catalog",
        "download", "sync", "status", "profiles", "diagnostics", "export-profile",
        "import-profile", "config", "gc", "preload", "certificates", "certificate", "outline",
        "sync-file"]
    for name, command in sub.choices.items():
        if name not in ("bundle", "certificate"):   # groups: their actions have the handlers
            assert callable(command.get_default("func")), name


def test_system_is_refused_before_anything_runs(tmp_path, capsys):
    import logging

    import pytest

    from sync.cli import main

    try:
        for argv in (["--system", "courses"], ["preload"]):
            with pytest.raises(SystemExit) as stop:
                main(["--data-dir", str(tmp_path), *argv])
            assert stop.value.code == 2
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "lectern: error:" in err
    finally:  # main() installs its console and log file handlers: not for the next test
        root = logging.getLogger()
        for handler in [h for h in root.handlers if (h.get_name() or "").startswith("lectern-")]:
            root.removeHandler(handler)
            handler.close()
