"""The command line's options do not shadow each other."""
from sync.cli import build_parser


def test_learner_profile_and_download_profile_are_distinct():
    args = build_parser().parse_args(["--profile", "Clerk Ana", "download", "c1", "--profile", "low"])
    assert args.profile == "Clerk Ana" and args.choice == "low"
    args = build_parser().parse_args(["download", "c1"])
    assert args.profile is None and args.choice == "standard"  # None: the default profile, unnamed
