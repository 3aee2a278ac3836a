#!/usr/bin/env python3
"""Set up a development environment and run Lectern or its tests.

Works on a bare Debian 12 as root with nothing but python3: it installs the system
libraries Qt needs with apt-get, makes `.venv` and installs the project into it.
Usage: python3 dev.py run [lectern args...] | python3 dev.py test [pytest args...]
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".lectern-installed"

# See ../shared/platform-notes.md: what a bare Debian 12 needs for Qt widgets, QtPdf,
# QtMultimedia and a real window under Xvfb.
APT_RUNTIME = [
    "libgl1", "libegl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libxkbcommon0", "libpulse0", "libxrandr2", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0",
    "libxcb-shape0", "libxkbcommon-x11-0", "fonts-dejavu-core",
    # Arabic and Chinese glyphs (issue #16), as the .deb depends on them: Noto Sans Arabic UI
    # (4.9 MB installed; all of fonts-noto-core is 41.6 MB) and WenQuanYi Micro Hei (5.0 MB;
    # fonts-noto-cjk is 88.9 MB, fonts-arphic-uming 20.5 MB, fonts-wqy-zenhei 16.0 MB).
    "fonts-noto-ui-core", "fonts-wqy-microhei",
]
# Xvfb for real-window tests; binutils for PyInstaller and the .deb checks (tests/packaging);
# openssl makes the throwaway CAs of the proxy and certificate tests (tests/e2e/test_site_locks.py);
# nodejs and npm run Digital Bazaar's credential verifier (tests/e2e/test_certificate_third_party.py).
# zbar-tools and poppler-utils: the certificate's printed QR code is read back from a 150 dpi
# pdftoppm render with zbarimg, a decoder other than Lectern's own (issue #15).
# at-spi2-core (the accessibility bus) and python3-pyatspi (read by the system python3, not the
# venv): the AT-SPI audit reads the real window's accessibility tree (issue #16).
APT_TEST = ["xvfb", "xauth", "binutils", "openssl", "nodejs", "npm", "zbar-tools", "poppler-utils",
            "at-spi2-core", "python3-pyatspi",
            # a wrong PC clock for the course-run test (tests/e2e/test_run_clock.py, issue #17)
            "faketime",
            # PostgreSQL 15: the hub's tests run on a throwaway cluster too (tests/pg_cluster.py, issue #19)
            "postgresql",
            # the hub console's browser tests (tests/e2e/test_console_*.py, issue #18)
            "chromium", "chromium-driver",
            # the load balancer in front of two hub processes (tests/e2e/test_hub_nginx.py, issue #19)
            "nginx-light",
            # the packages: small stand-ins for Qt's QML libraries are compiled at build time
            # (packaging/qt_stubs.py), and the installed .deb is tried in a bare Debian 12 chroot
            "gcc", "debootstrap"]


def python_shared_library_debs() -> list[str]:
    """PyInstaller (tests/packaging builds the .deb) needs Python's shared library, which a
    bare Debian 12 does not install with `python3`: name Debian's package when it is missing."""
    import sysconfig
    libdir, name = sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("INSTSONAME")
    if not libdir or not name or Path(libdir, name).exists():
        return []
    if not Path(sys.executable).resolve().is_relative_to("/usr"):
        return []  # not Debian's Python: its own build decides
    return [f"libpython{sys.version_info.major}.{sys.version_info.minor}"]


def log(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


#: Debian packages whose command may come from elsewhere: a machine with NodeSource's nodejs
#: has `npm` inside that package, and Debian's `npm` package cannot be installed beside it.
PROVIDED_BY_COMMAND = {"nodejs": "node", "npm": "npm"}


def missing_debs(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    names = [n for n in names if not (n in PROVIDED_BY_COMMAND and shutil.which(PROVIDED_BY_COMMAND[n]))]
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *names],
        capture_output=True, text=True,
    ).stdout
    installed = {line.split()[0] for line in out.splitlines() if line.endswith("installed")
                 and "not-installed" not in line}
    return [n for n in names if n not in installed]


def ensure_debs(names: list[str]) -> None:
    missing = missing_debs(names)
    if not missing:
        return
    if not shutil.which("apt-get"):
        log(f"cannot install system packages here; please install: {' '.join(missing)}")
        return
    if os.geteuid() != 0:
        log(f"missing system packages (run as root or install them): {' '.join(missing)}")
        return
    log(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def has_venv_support() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import venv, ensurepip"],
                           capture_output=True)
    return probe.returncode == 0


def ensure_venv(extras: str) -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        if not has_venv_support():
            ver = f"{sys.version_info.major}.{sys.version_info.minor}"
            ensure_debs([f"python{ver}-venv"])
        log(f"creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        log("installing Python dependencies into .venv (first run takes a few minutes)")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "pip", "setuptools"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[{extras}]"], check=True)
        STAMP.write_text(wanted)
    # The interface translations are compiled, not committed (issue #16): into
    # resources/translations, where the editable install finds them; only stale ones.
    subprocess.run([str(python), str(ROOT / "resources" / "translations" / "update_translations.py"),
                    "--compile"], check=True, stdout=subprocess.DEVNULL)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    ensure_debs(APT_RUNTIME + (APT_TEST + python_shared_library_debs()
                               if cmd in {"test", "setup"} else []))
    python = ensure_venv("test,packaging")
    bindir = python.parent
    if cmd == "setup":
        return 0
    if cmd == "run":
        env = dict(os.environ)
        has_display = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
        if not has_display and env.get("QT_QPA_PLATFORM") != "offscreen":
            log("no display here: installing the demo course and listing it instead of "
                "opening the window (run with a desktop session to see the player)")
            return subprocess.call([str(bindir / "lectern"), *rest, "courses"])
        return subprocess.call([str(bindir / "lectern"), *rest])
    # test
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    return subprocess.call([str(python), "-m", "pytest", *parallel_args(rest), *rest], cwd=ROOT, env=env)


def parallel_args(args: list[str]) -> list[str]:
    """pytest-xdist workers for the suite, unless the caller chose (-n, --dist, -p no:xdist).

    Most of the suite's time is waiting: on hub and player processes starting, on browsers,
    Xvfb, PostgreSQL and dpkg. So it runs more workers than cores (a core count + 1; at
    least 3). `LECTERN_TEST_WORKERS` sets another number (0: none). The schedule sends whole
    test files to a worker, longest first (tests/parallel.py)."""
    for i, arg in enumerate(args):
        if arg in ("-n", "--numprocesses", "--dist") or arg.startswith(("--numprocesses=", "--dist=")) \
                or (arg.startswith("-n") and not arg.startswith("--")) \
                or arg in ("no:xdist", "-pno:xdist") or (arg == "-p" and args[i + 1:i + 2] == ["no:xdist"]):
            return []
    workers = os.environ.get("LECTERN_TEST_WORKERS", "").strip() or str(max(3, (os.cpu_count() or 2) + 1))
    return ["-n", workers]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
