"""Every main screen in Arabic, Chinese, Russian and English, and in a pseudo-locale 40% longer
than English, in a real window on a 1366x768 screen (issue #16), with no text clipped.

The language comes as court IT would set it (`language = "ar"` in the site file); the
pseudo-locale is English through `player.pseudo_locale` (`LECTERN_PSEUDO_LOCALE=1`). Each
screenshot lands in `test-artifacts/screenshots/lang-<lang>/`; with each, the player reports
the texts wider than their widgets (`player.clip_check`: one-line labels, buttons, check and
radio boxes, tabs, combo boxes): there must be none. Catalog and Downloads come from a real
hub (the `hub_url` fixture), signed in.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.window

#: Arabic (right to left), Chinese, Russian (long words), English, and English 40% longer.
LANGUAGES = ("ar", "zh_CN", "ru", "en", "pseudo")
LOCAL_STEPS = ["library", "course", "video", "reading", "pdf", "quiz", "forum", "settings",
               "certificates", "dialog:signin", "dialog:shortcuts", "dialog:requirements",
               "dialog:offline", "dialog:about"]  # and the profile chooser
HUB_STEPS = ["synced", "catalog", "fetch:sources-guide-en", "downloads"]


def _environment(run, language: str, shots: Path, tmp_path: Path) -> dict[str, str]:
    site = tmp_path / f"site-{language}.toml"
    site.write_text(f'language = "{"en" if language == "pseudo" else language}"\n',
                    encoding="utf-8")
    extra = {"LECTERN_SITE_CONFIG": str(site), "LECTERN_REPORT_CLIPPED": "1",
             "LECTERN_SCREENSHOT_DIR": str(shots)}
    if language == "pseudo":
        extra["LECTERN_PSEUDO_LOCALE"] = "1"
    return run.env(**extra)


def _run(run, data: Path, env: dict[str, str], steps: list[str]) -> str:
    env = dict(env, LECTERN_SCREENSHOT_SCRIPT=",".join(steps))
    proc = subprocess.run(run.command(data), env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = [line for line in proc.stdout.splitlines() if line.startswith("lectern-report")]
    done = [line for line in reports if line.startswith("lectern-report script done")]
    assert done, "\n".join(reports) + proc.stderr[-3000:]
    assert "failed=" not in done[0], done[0] + proc.stderr[-3000:]
    return "\n".join(reports)


def _clipped(reports: str) -> list[str]:
    """The `clipped` reports that name something, one line each."""
    return [line for line in reports.splitlines()
            if line.startswith("lectern-report clipped ") and not line.endswith(" count=0")]


def _remove_old_shots(shots: Path, steps: list[str]) -> None:
    """A test's own screenshots from an earlier run, so only fresh ones count as present.
    Only its own: the other test of this file writes into the same folders, maybe at the same
    time (parallel workers)."""
    shots.mkdir(parents=True, exist_ok=True)
    for step in steps:
        (shots / f"{step.replace(':', '-')}.png").unlink(missing_ok=True)


def _shots_present(shots: Path, steps: list[str]) -> None:
    for step in steps:
        if step.startswith(("synced", "fetch:", "wait:")):
            continue
        assert (shots / f"{step.replace(':', '-')}.png").is_file(), step


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_in_the_language_with_nothing_clipped(laptop_run, tmp_path, language):
    shots = ARTIFACTS / f"lang-{language}"
    _remove_old_shots(shots, [*LOCAL_STEPS, "profiles"])
    env = _environment(laptop_run, language, shots, tmp_path)
    reports = _run(laptop_run, tmp_path / "data", env, LOCAL_STEPS)
    assert not re.search(r"step \S+ (timeout|unknown)", reports), reports
    _shots_present(shots, LOCAL_STEPS)
    # The profile chooser, shown at start once the computer has a second profile.
    from sync.profiles import create_profile

    create_profile(tmp_path / "data", "Clerk", pin=None)
    reports += "\n" + _run(laptop_run, tmp_path / "data", env, ["profiles"])
    _shots_present(shots, ["profiles"])
    clipped = _clipped(reports)
    assert not clipped, "\n".join(clipped)


def test_hub_screens_in_every_language_with_nothing_clipped(laptop_run, tmp_path, hub_url,
                                                            hub_tools):
    problems: list[str] = []
    for language in LANGUAGES:
        shots = ARTIFACTS / f"lang-{language}"
        _remove_old_shots(shots, HUB_STEPS)
        data = tmp_path / f"player-{language}"
        hub_tools.signed_in_player(data, hub_url, tmp_path / "publisher.key.pub")
        env = _environment(laptop_run, language, shots, tmp_path)
        reports = _run(laptop_run, data, env, HUB_STEPS)
        problems += [f"{language}: {line}" for line in reports.splitlines()
                     if re.search(r"step \S+ (timeout|unknown)", line)]
        _shots_present(shots, HUB_STEPS)
        problems += [f"{language}: {line}" for line in _clipped(reports)]
    assert not problems, "\n".join(problems)
