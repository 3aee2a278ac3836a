"""Court IT's locks, end to end: the .deb installed with apt in a bare Debian 12, a locked site
file at /etc/xdg/lectern/lectern.toml, and a learner who tries every way around it (issue #13).

The test makes its own `debootstrap --variant=minbase bookworm` (kept, pristine, under
`build/test-chroots/` and copied for each run; ~30 s the first time), installs the built
`dist/lectern_<version>_amd64.deb` into the copy with `apt-get install ./lectern_*.deb` (the
downloaded .debs are kept in `build/test-chroots/apt-archives/`), writes court IT's site file
with `hub_url`, `proxy`, `trusted_keys` and `allow_unsigned_bundles` locked, then runs the
INSTALLED `/usr/bin/lectern` inside the chroot as a learner account (uid 1000), with no network
(`unshare --net`), with an environment the learner chose:
- `XDG_CONFIG_DIRS` naming a folder of the learner's first, with a "site" file unlocking
  everything; `LECTERN_SITE_CONFIG` naming that file; `https_proxy`/`HTTPS_PROXY`/...;
  `REQUESTS_CA_BUNDLE`/`CURL_CA_BUNDLE`: `lectern config --json` still reports court IT's
  values, locked, from /etc/xdg/lectern/lectern.toml;
- `import --allow-unsigned`, `import --trust ROGUE.pub`, `trust ROGUE.pub`, `login --hub
  OTHER`, `config hub_url OTHER`, `config proxy OTHER`: each exits 2 with one line naming the
  administrator, and no course was imported; a course signed by court IT's key imports.

The same chroot first checks what the package alone brings to a bare system (#15, #16): the
demo in three languages, `lectern certificate verify` of a JSON and of a QR code PNG, and the
window in Arabic and in Chinese with the Depends' fonts (screenshots in test-artifacts/).

Needs root (chroot, mount), debootstrap and a Debian mirror (network); skipped with the reason
otherwise. `LECTERN_TEST_DEBIAN_MIRROR` names another mirror.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from packaging_support import REPO  # noqa: E402
from test_deb import _skip_reason, deb  # noqa: E402,F401  (the same .deb fixture)

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]

MIRROR = os.environ.get("LECTERN_TEST_DEBIAN_MIRROR", "http://deb.debian.org/debian")
CACHE = REPO / "build" / "test-chroots"
PRISTINE = CACHE / "bookworm-minbase"
APT_ARCHIVES = CACHE / "apt-archives"
LEARNER = 1000
COURT_HUB = "https://courses.example.org"
COURT_PROXY = "http://proxy.court.local:3128"
SITE_FILE = "/etc/xdg/lectern/lectern.toml"
EVIL_SITE = "/tmp/evil/lectern/lectern.toml"
LOCKED = ["allow_unsigned_bundles", "ca_bundle", "hub_url", "proxy", "trusted_keys"]


def _chroot_skip_reason() -> str | None:
    reason = _skip_reason()
    if reason:
        return reason
    if shutil.which("debootstrap") is None:
        return "debootstrap is not installed (apt-get install debootstrap)"
    if shutil.which("chroot") is None or shutil.which("mount") is None:
        return "chroot/mount are missing"
    if not PRISTINE.is_dir() or not APT_ARCHIVES.is_dir():
        try:  # the mirror is needed for debootstrap and for the .deb's dependencies
            urllib.request.urlopen(urllib.request.Request(
                f"{MIRROR}/dists/bookworm/Release", method="HEAD"), timeout=10).close()
        except OSError as exc:
            return f"no network to the Debian mirror {MIRROR}: {exc}"
    return None


def _run(cmd: list[str], timeout: float, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def _pristine_bookworm() -> Path:
    """The cached bare Debian 12 (made once per machine; never changed after)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another test run may be making it
        if not (PRISTINE / "usr" / "bin" / "apt-get").exists():
            work = CACHE / "bookworm-minbase.tmp"
            shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(PRISTINE, ignore_errors=True)
            started = time.monotonic()
            proc = _run(["debootstrap", "--variant=minbase", "bookworm", str(work), MIRROR],
                        timeout=900)
            assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
            work.rename(PRISTINE)
            print(f"\n[site_locks] debootstrap: {time.monotonic() - started:.0f} s")
        APT_ARCHIVES.mkdir(exist_ok=True)
    return PRISTINE


def _mounts_under(root: Path) -> list[str]:
    prefix = str(root.resolve()) + "/"
    with open("/proc/mounts", encoding="utf-8") as f:
        points = [line.split()[1].replace("\\040", " ") for line in f]
    return sorted((p for p in points if p.startswith(prefix)), key=len, reverse=True)


@pytest.fixture(scope="module")
def bookworm(deb, tmp_path_factory) -> Iterator[dict]:  # noqa: F811 - the fixture of the same name
    """A copy of the bare Debian 12 with the .deb installed by apt; proc, dev and the apt
    cache mounted while the module runs, unmounted (and the copy deleted) after."""
    reason = _chroot_skip_reason()
    if reason:
        pytest.skip(reason)
    pristine = _pristine_bookworm()
    root = tmp_path_factory.mktemp("bookworm") / "root"
    started = time.monotonic()
    proc = _run(["cp", "-a", str(pristine), str(root)], timeout=300)
    assert proc.returncode == 0, proc.stderr
    try:
        for cmd in (["mount", "-t", "proc", "proc", str(root / "proc")],
                    ["mount", "--bind", "/dev", str(root / "dev")],
                    ["mount", "--bind", str(APT_ARCHIVES), str(root / "var/cache/apt/archives")]):
            proc = _run(cmd, timeout=60)
            assert proc.returncode == 0, (cmd, proc.stderr)
        shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
        shutil.copyfile(deb["path"], root / "tmp" / deb["path"].name)
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
               "DEBIAN_FRONTEND": "noninteractive", "HOME": "/root"}
        proc = _run(["chroot", str(root), "apt-get", "update", "-q"], timeout=300, env=env)
        assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
        proc = _run(["chroot", str(root), "apt-get", "install", "-y", "-q",
                     "--no-install-recommends", f"/tmp/{deb['path'].name}"], timeout=900, env=env)
        assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
        status = _run(["chroot", str(root), "dpkg-query", "-W", "-f=${Status}", "lectern"],
                      timeout=60, env=env)
        assert status.stdout.strip() == "install ok installed", status.stdout + status.stderr
        print(f"\n[site_locks] chroot copy + apt-get install ./{deb['path'].name}: "
              f"{time.monotonic() - started:.0f} s")
        yield {"root": root}
    finally:
        for point in _mounts_under(root):
            subprocess.run(["umount", point], capture_output=True)
        for point in _mounts_under(root):  # still busy: detach
            subprocess.run(["umount", "-l", point], capture_output=True)
        if not _mounts_under(root):  # never delete through a mount (/dev, the apt cache)
            shutil.rmtree(root, ignore_errors=True)


def _write(path: Path, text: str, uid: int = 0, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chown(path, uid, uid)
    os.chmod(path, mode)


def _toml_list(lines: list[str]) -> str:
    return "[" + ", ".join(json.dumps(line) for line in lines) + "]"


def _colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 800, path
    return len({image.pixel(x, y) for y in range(0, image.height(), 2)
                for x in range(0, image.width(), 2)})


def test_the_package_alone_gives_three_demo_languages_certificates_and_arabic(bookworm, xvfb,
                                                                             tmp_path):
    """What the .deb brings to a bare Debian 12 by itself (#15, #16): the demo in English,
    French and Arabic (each complete at low bandwidth, French and Arabic installed after
    English from their own bundles), `lectern certificate verify` of a credential's JSON and
    of its QR code PNG, and the window in Arabic and in Chinese drawn with the Depends' fonts
    (screenshots in test-artifacts/screenshots/chroot-{ar,zh_CN}-library.png)."""
    sys.path.insert(0, str(REPO / "packaging"))
    from sample_certificate import HOLDER, TITLE, write_samples

    from sync.demo import DEMO_COURSE_IDS
    from sync.paths import DataPaths
    from sync.store import LearnerStore

    root: Path = bookworm["root"]
    site = root / SITE_FILE.lstrip("/")
    aside = site.with_name("lectern.toml.aside")
    if site.exists():  # another test's court IT file: not this test's subject
        site.rename(aside)
    work = root / "tmp" / "pkgcheck"
    try:
        for d in (work, work / "home", work / "shots"):
            d.mkdir(parents=True, exist_ok=True)
            os.chown(d, LEARNER, LEARNER)
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
               "HOME": "/tmp/pkgcheck/home", "QT_QPA_PLATFORM": "offscreen",
               "QT_LOGGING_RULES": "qt.multimedia.*=false"}

        def lectern(*args: str, **extra: str) -> subprocess.CompletedProcess:
            cmd = [shutil.which("chroot"), f"--userspec={LEARNER}:{LEARNER}", str(root),
                   "/usr/bin/lectern", "--data-dir", "/tmp/pkgcheck/data", *args]
            return subprocess.run(cmd, capture_output=True, text=True, timeout=180,
                                  env={**env, **extra})

        # ---- the demo in three languages, from the package's bundles alone
        shipped = sorted(p.name for p in (root / "opt/lectern/_internal/resources/demo").iterdir())
        assert shipped == sorted(f"{c}.lectern" for c in DEMO_COURSE_IDS), shipped
        proc = lectern("courses")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        for course_id in DEMO_COURSE_IDS:
            assert course_id in proc.stdout, proc.stdout
        assert "not found" not in proc.stderr, proc.stderr  # sync.demo's warning
        with LearnerStore.open(DataPaths(work / "data").db) as store:
            for course_id in DEMO_COURSE_IDS:
                wanted = store.manifest(course_id).low_bandwidth_files()
                assert store.present_files(course_id) == wanted, course_id

        # ---- certificates: the JSON and the QR code PNG, offline
        issuer = write_samples(work / "cert")
        # Written by this (root) process, whose umask other tests made private: the learner
        # account in the chroot reads them as a court's shared files would be read.
        os.chmod(work / "cert", 0o755)
        for made in (work / "cert").iterdir():
            os.chmod(made, 0o644)
        for sample in ("cert.json", "qr.png"):
            proc = lectern("certificate", "verify", f"/tmp/pkgcheck/cert/{sample}",
                           "--trust-issuer", issuer,
                           "--status-list", "/tmp/pkgcheck/cert/status-list.json")
            assert proc.returncode == 0, (sample, proc.stdout, proc.stderr)
            assert proc.stdout.startswith(f"Valid: {HOLDER} completed “{TITLE}”"), proc.stdout

        # ---- the window in Arabic and in Chinese under X, with the Depends' fonts
        fonts = [*root.glob("usr/share/fonts/truetype/noto/NotoSansArabicUI-*.ttf"),
                 *root.glob("usr/share/fonts/truetype/wqy/wqy-microhei.tt*")]
        assert len({f.parent.name for f in fonts}) == 2, fonts
        x11 = root / "tmp" / ".X11-unix"
        x11.mkdir(mode=0o1777, exist_ok=True)
        proc = _run(["mount", "--bind", "/tmp/.X11-unix", str(x11)], timeout=60)
        assert proc.returncode == 0, proc.stderr
        ARTIFACTS = REPO / "test-artifacts" / "screenshots"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for lang in ("ar_EG", "zh_CN"):
            shots = work / "shots" / lang
            shots.mkdir()
            os.chown(shots, LEARNER, LEARNER)
            proc = lectern("-v", DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", LANG=f"{lang}.UTF-8",
                           LECTERN_SCREENSHOT_SCRIPT="library",
                           LECTERN_SCREENSHOT_DIR=f"/tmp/pkgcheck/shots/{lang}")
            log = proc.stdout + proc.stderr[-3000:]
            assert proc.returncode == 0, log
            assert "lectern-report script done" in proc.stdout.splitlines(), log
            qm = "lectern_ar.qm" if lang == "ar_EG" else "lectern_zh_CN.qm"
            assert f"{qm} loaded" in proc.stderr, log  # the interface in that language
            shot = shots / "library.png"
            kept = ARTIFACTS / f"chroot-{lang.split('_')[0] if lang == 'ar_EG' else lang}-library.png"
            shutil.copyfile(shot, kept)
            assert _colours(shot) >= 100, kept
    finally:
        if aside.exists():
            aside.rename(site)


def test_court_it_locks_hold_against_the_learner_in_a_bare_debian(bookworm, tmp_path):
    root: Path = bookworm["root"]
    from course_factory import write_tiny_course

    from sync.bundle import build_bundle
    from sync.services.bundles import make_signing_key

    # ---- on the host: court IT's key, a rogue publisher's key, three course files
    host = tmp_path / "host"
    host.mkdir()
    court_key = make_signing_key(host / "court")
    rogue_key = make_signing_key(host / "rogue")
    assert court_key.key_id != rogue_key.key_id
    build_bundle(write_tiny_course(host / "src-unsigned", course_id="tiny-en"),
                 host / "unsigned.lectern")
    build_bundle(write_tiny_course(host / "src-rogue", course_id="rogue-en"),
                 host / "rogue.lectern", sign_key=host / "rogue")
    build_bundle(write_tiny_course(host / "src-court", course_id="court-en"),
                 host / "court.lectern", sign_key=host / "court")
    court_pub = (host / "court.pub").read_text(encoding="utf-8").strip()
    rogue_pub = (host / "rogue.pub").read_text(encoding="utf-8").strip()

    # ---- court IT's site file, root's, 644 in 755 folders
    site = root / SITE_FILE.lstrip("/")
    assert (site.parent / "lectern.toml.sample").is_file()  # the package's folder, root's, 755
    _write(site, f'hub_url = "{COURT_HUB}"\n'
                 "allow_unsigned_bundles = false\n"
                 f"trusted_keys = {_toml_list([court_pub])}\n"
                 f'proxy = "{COURT_PROXY}"\n'
                 f"locked = {_toml_list(LOCKED)}\n")

    # ---- the learner's files in the chroot's /tmp: course files, the rogue key, an evil
    # "site" file that unlocks everything, a CA file, a data dir and a home
    learner = root / "tmp" / "learner"
    for name in ("unsigned.lectern", "rogue.lectern", "court.lectern", "rogue.pub"):
        _write(learner / name, "", LEARNER)
        shutil.copyfile(host / name, learner / name)
    (learner / "home").mkdir()
    for d in (learner, learner / "home"):
        os.chown(d, LEARNER, LEARNER)
    _write(root / EVIL_SITE.lstrip("/"),
           'hub_url = "https://evil.example"\nallow_unsigned_bundles = true\n'
           f'trusted_keys = {_toml_list([rogue_pub])}\nproxy = "http://evil.proxy:8080"\n'
           "locked = []\n", LEARNER)
    _write(root / "tmp" / "evil" / "ca.pem", "not a CA\n", LEARNER)
    for d in (root / "tmp" / "evil", root / "tmp" / "evil" / "lectern"):
        os.chown(d, LEARNER, LEARNER)

    evil_env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp/learner/home",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_DIRS": "/tmp/evil:/etc/xdg", "XDG_CONFIG_HOME": "/tmp/evil",
        "LECTERN_SITE_CONFIG": EVIL_SITE,
        "https_proxy": "http://evil.proxy:8080", "HTTPS_PROXY": "http://evil.proxy:8080",
        "http_proxy": "http://evil.proxy:8080", "HTTP_PROXY": "http://evil.proxy:8080",
        "all_proxy": "http://evil.proxy:8080", "no_proxy": "*", "NO_PROXY": "*",
        "REQUESTS_CA_BUNDLE": "/tmp/evil/ca.pem", "CURL_CA_BUNDLE": "/tmp/evil/ca.pem",
    }
    offline = []  # no network at all: a refusal "before any network" cannot be a network error
    if shutil.which("unshare") and _run(["unshare", "--net", "true"], timeout=30).returncode == 0:
        offline = [shutil.which("unshare"), "--net"]

    def lectern(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        cmd = [*offline, shutil.which("chroot"), f"--userspec={LEARNER}:{LEARNER}", str(root),
               "/usr/bin/lectern", "--data-dir", "/tmp/learner/data", *args]
        return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=120,
                              env=evil_env)

    started = time.monotonic()
    # ---- (1) the environment cannot weaken the site file
    proc = lectern("config", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    config = json.loads(proc.stdout)
    record = config["site_config"]
    assert record["file"] == SITE_FILE, record
    assert record["problems"] == [], record
    assert sorted(record["locked"]) == LOCKED and record["locked_down"] is False, record
    assert [k["key_id"] for k in record["trusted_keys"]] == [court_key.key_id], record
    expected = {"hub_url": COURT_HUB, "proxy": COURT_PROXY, "ca_bundle": "",
                "allow_unsigned_bundles": False}
    for name, value in expected.items():
        assert config[name] == {"value": value, "locked": True}, (name, config[name])
    assert "evil" not in proc.stdout, proc.stdout
    # (the test hook names a file, but court IT's is there: `lectern config` says it is ignored)
    text = lectern("config")
    assert text.returncode == 0, text.stdout + text.stderr
    assert SITE_FILE in text.stdout + text.stderr, text.stdout + text.stderr
    assert "LECTERN_SITE_CONFIG" in text.stdout + text.stderr, text.stdout + text.stderr

    # ---- (2) no flag or command weakens it: exit 2, one line naming the administrator
    attempts = {
        "import --allow-unsigned": (
            ["import", "/tmp/learner/unsigned.lectern", "--allow-unsigned"], None),
        "import --trust rogue": (
            ["import", "/tmp/learner/rogue.lectern", "--trust", "/tmp/learner/rogue.pub"], None),
        "import rogue (evil site file trusts it)": (
            ["import", "/tmp/learner/rogue.lectern"], None),
        "trust rogue": (["trust", "/tmp/learner/rogue.pub"], None),
        "trust --remove court": (["trust", "--remove", court_key.key_id], None),
        "login --hub other": (["login", "--hub", "https://other.example", "--user", "x",
                               "--password-stdin"], "secret\n"),
        "config hub_url": (["config", "hub_url", "https://other.example"], None),
        "config proxy": (["config", "proxy", "http://evil.proxy:8080"], None),
        "config allow_unsigned_bundles": (["config", "allow_unsigned_bundles", "true"], None),
    }
    for what, (args, stdin) in attempts.items():
        t0 = time.monotonic()
        proc = lectern(*args, stdin=stdin)
        assert proc.returncode == 2, (what, proc.returncode, proc.stdout, proc.stderr)
        if what.startswith("import rogue ("):  # an unknown publisher: not a lock message
            continue
        assert "administrator" in proc.stderr, (what, proc.stderr)
        assert "Traceback" not in proc.stderr, (what, proc.stderr)
        assert time.monotonic() - t0 < 60, what
    login = lectern("login", "--hub", "https://other.example", "--user", "x",
                    "--password-stdin", stdin="secret\n")
    assert COURT_HUB in login.stderr, login.stderr

    # nothing got in, court IT's hub and keys are unchanged, and a course signed by court IT's
    # key imports (the locks are not a wall against everything)
    courses = lectern("courses")
    assert courses.returncode == 0, courses.stderr
    assert "tiny-en" not in courses.stdout and "rogue-en" not in courses.stdout, courses.stdout
    trust = lectern("trust", "--json")
    assert trust.returncode == 0, trust.stderr
    assert rogue_key.key_id not in trust.stdout and court_key.key_id in trust.stdout, trust.stdout
    proc = lectern("import", "/tmp/learner/court.lectern")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    courses = lectern("courses")
    assert "court-en" in courses.stdout, courses.stdout
    again = json.loads(lectern("config", "--json").stdout)
    for name, value in expected.items():
        assert again[name] == {"value": value, "locked": True}, (name, again[name])
    print(f"\n[site_locks] {len(attempts) + 8} installed-lectern runs in the chroot "
          f"({'no network' if offline else 'network'}): {time.monotonic() - started:.0f} s")
