"""The AT-SPI audit (issue #16, WCAG 2.2 AA 4.1.2 as WCAG2ICT applies it): the real player in
a real X window, with Qt's accessibility bridge on, walked through every screen in every
language it ships; a screen reader's view of each screen is read over D-Bus by
`atspi_audit.py` (Debian's python3 with python3-pyatspi, a separate process) and no
interactive widget may be without a name.

The session bus and the accessibility bus are the test's own (`dbus-daemon --session` and
`/usr/libexec/at-spi-bus-launcher`), so nothing of a desktop is needed or touched. The report
is kept in `test-artifacts/accessibility/atspi-audit.json`.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "accessibility"
AUDITOR = Path(__file__).with_name("atspi_audit.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

pytestmark = pytest.mark.window

#: the screens of one run, in the order a learner meets them (the chooser is a run of its own)
SCREENS = ["library", "synced", "catalog", "downloads", "course", "video", "reading", "pdf",
           "quiz", "forum", "dialog:requirements", "certificates", "settings", "dialog:signin",
           "dialog:shortcuts", "dialog:offline", "dialog:about"]


def languages() -> list[str]:
    """Every interface language Lectern ships: a `.ts` source each (English is the source)."""
    return sorted(p.stem.removeprefix("lectern_")
                  for p in (REPO / "resources" / "translations").glob("lectern_*.ts"))


def compiled_translations(work: Path) -> Path:
    """`LECTERN_RESOURCES` with every language's `.qm` (lrelease, as setup and packaging
    do), for a checkout where they were not compiled yet."""
    out = work / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    for entry in (REPO / "resources").iterdir():  # the demo course and the rest, as they are
        if entry.name != "translations":
            (work / "resources" / entry.name).symlink_to(entry)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in (REPO / "resources" / "translations").glob("lectern_*.ts"):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                        str(out / f"{source.stem}.qm")], check=True, timeout=120)
    return work / "resources"


def have_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists() or not Path(BUS_LAUNCHER).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture
def accessibility_bus(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private session D-Bus with the AT-SPI bus launched on it; yields the environment."""
    if not have_pyatspi() or shutil.which("dbus-daemon") is None:
        pytest.fail("the AT-SPI audit needs Debian's at-spi2-core, python3-pyatspi and dbus "
                    "(dev.py installs them: python3 dev.py setup)")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                               f"--address=unix:path={tmp_path / 'session-bus'}"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
    env.pop("XDG_RUNTIME_DIR", None)
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        for proc in (launcher, daemon):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def audited_run(player_run, data: Path, env: dict[str, str], language: str, steps: list[str],
                work: Path, resources: Path) -> dict[str, dict]:
    """One run of the real player through `steps` in `language`, read by the auditor."""
    handshake = work / "handshake"
    handshake.mkdir(parents=True)
    out = work / "report.json"
    locale = {"zh_CN": "zh_CN", "pt": "pt_PT", "en": "en_GB"}.get(language, language)
    run_env = player_run.env(**{k: v for k, v in env.items()
                                if k.startswith(("DBUS", "QT_ACC", "QT_LINUX", "NO_AT"))},
                             LECTERN_SCREENSHOT_SCRIPT=",".join(steps),
                             LECTERN_AUDIT_DIR=str(handshake), LECTERN_PLAYBACK_RATE="4",
                             LECTERN_RESOURCES=str(resources), LANGUAGE=locale,
                             LC_ALL=f"{locale}.UTF-8", LANG=f"{locale}.UTF-8")
    player = subprocess.Popen(player_run.command(data), env=run_env, cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    auditor = subprocess.Popen([SYSTEM_PYTHON, str(AUDITOR), str(player.pid), str(handshake),
                                str(out)], env=dict(env, PYTHONPATH=""), cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        stdout, stderr = player.communicate(timeout=900)
    finally:
        (handshake / "finished").write_text("", encoding="utf-8")
        if player.poll() is None:
            player.kill()
        try:
            audit_log = auditor.communicate(timeout=60)[0]
        except subprocess.TimeoutExpired:
            auditor.kill()
            audit_log = auditor.communicate()[0]
    assert player.returncode == 0, stderr[-3000:]
    assert "lectern-report script done" in stdout, (stdout[-3000:], stderr[-3000:], audit_log)
    assert out.is_file(), audit_log
    results = json.loads(out.read_text(encoding="utf-8"))
    return results


@pytest.mark.timeout(900)  # 14 player runs: ~130 s alone, more beside parallel workers; 300 s cut it off
def test_every_screen_in_every_language_names_its_controls(player_run, accessibility_bus,
                                                           hub_url, hub_tools, tmp_path):
    from sync.profiles import create_profile

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict[str, dict]] = {}
    data = tmp_path / "data"
    resources = compiled_translations(tmp_path)
    hub_tools.signed_in_player(data, hub_url, tmp_path / "publisher.key.pub")
    for language in languages():
        results = audited_run(player_run, data, accessibility_bus, language, SCREENS,
                              tmp_path / f"run-{language}", resources)
        report[language] = results
        (ARTIFACTS / "atspi-audit.json").write_text(json.dumps(report, indent=1,
                                                               ensure_ascii=False),
                                                    encoding="utf-8")
    # The profile chooser (shown at start when the computer has several profiles).
    create_profile(data, "Clerk", pin=None)
    for language in languages():
        results = audited_run(player_run, data, accessibility_bus, language, ["profiles"],
                              tmp_path / f"chooser-{language}", resources)
        report[language].update(results)
    (ARTIFACTS / "atspi-audit.json").write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                                encoding="utf-8")
    unnamed = [(language, step, widget["role"], " > ".join(widget["path"][-4:]))
               for language, steps in report.items() for step, result in steps.items()
               for widget in result["unnamed"]]
    errors = [(language, step, result["error"]) for language, steps in report.items()
              for step, result in steps.items() if "error" in result]
    assert not errors, errors
    for language, steps in report.items():
        audited = {step.split("-", 1)[1] for step in steps}
        wanted = {s.replace(":", "-") for s in SCREENS if s != "synced"} | {"profiles"}
        assert wanted <= audited, (language, wanted - audited)
        assert all(steps[s]["interactive"] > 0 for s in steps), (language, steps.keys())
    assert not unnamed, "\n".join(map(str, unnamed[:80]))
    # Each run really was in its language: the library's names differ from English ones.
    english = set(report["en"]["001-library"]["named_sample"])
    for language in set(report) - {"en"}:
        assert set(report[language]["001-library"]["named_sample"]) != english, language


if __name__ == "__main__":  # pragma: no cover - run by hand: python -m pytest this file
    sys.exit(pytest.main([__file__, "-q"]))
