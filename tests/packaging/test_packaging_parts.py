"""The parts of packaging/ that need no build: trimming rules, the ICU data trimmer, the
launcher's portable mode, the desktop entry and the sample site configuration. Fast; run
everywhere (no root, no dpkg)."""
from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))

import demo_bundle  # noqa: E402
import icu_trim  # noqa: E402
import lectern_main  # noqa: E402
import trim  # noqa: E402


@pytest.mark.parametrize(("dest", "src", "kept"), [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/venv/PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "/venv/PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "/venv/PySide6/Qt/lib/libQt6Qml.so.6", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", "/venv/PySide6/Qt/lib/libQt6OpenGL.so.6", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/v/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "/v/libQt6VirtualKeyboard.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/v/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/v/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "/v/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/v/libqeglfs.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "/v/x.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/v/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/v/libqtiff.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/v/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/v/k.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
     "/v/c.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "/v/x.so", False),
    ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", False),
    ("libGL.so.1", "/lib/x86_64-linux-gnu/libGL.so.1", False),
    ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", True),
    ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", True),
    ("PySide6/QtQml.abi3.so", "/venv/PySide6/QtQml.abi3.so", False),
    ("PySide6/QtMultimedia.abi3.so", "/venv/PySide6/QtMultimedia.abi3.so", True),
])
def test_keep_binary(dest, src, kept):
    assert trim.keep_binary(dest, src, "BINARY") is kept


def test_system_extension_modules_are_kept():
    # A distro Python's own extension modules live under /usr/lib: they are part of it.
    assert trim.keep_binary("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
                            "/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
                            "EXTENSION")


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_fa.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
    ("PySide6/Qt/translations/qt_fr.qm", False),
    ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
    ("PySide6/QtCore.pyi", False),
    ("resources/demo/course/course.toml", True),
    ("resources/demo/foe-intro-en.lectern", True),
    ("certifi/cacert.pem", True),
])
def test_keep_data(dest, kept):
    assert trim.keep_data(dest, "/src/" + dest) is kept


def test_qt_translations_kept_are_the_interface_languages():
    ours = {p.stem.removeprefix("lectern_").split("_")[0]
            for p in (REPO / "resources" / "translations").glob("lectern_*.ts")}
    assert ours == set(trim.INTERFACE_LANGUAGES)


def test_unused_python_is_excluded_and_signing_needs_no_openssl():
    for module in ("cryptography", "OpenSSL", "asyncio", "multiprocessing", "hub", "lxml",
                   "mypy", "ast_serialize", "pydantic.mypy"):
        assert module in trim.EXCLUDE_MODULES, module
    spec = (PACKAGING / "lectern.spec").read_text(encoding="utf-8")
    assert '"_cffi_backend"' in spec  # PyNaCl's libsodium loads it from C


# ------------------------------------------------------------------ the demo course shipped


def test_demo_bundles_are_low_bandwidth_copies_the_player_imports(tmp_path, monkeypatch):
    from sync.bundle import TrustPolicy, build_bundle, open_bundle
    from sync.demo import DEMO_COURSE_ID, DEMO_COURSE_IDS, demo_source_file, install_demo_courses
    from sync.manifest import VideoItem
    from sync.paths import DataPaths
    from sync.store import LearnerStore

    out_dir = tmp_path / "resources" / "demo"
    made = demo_bundle.make_demo_bundles(out_dir)
    assert [b.course_id for b in made] == list(DEMO_COURSE_IDS)  # English first
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{c}.lectern"
                                                                for c in DEMO_COURSE_IDS)
    policy = TrustPolicy(allow_unsigned=True)
    english = None
    for bundle in made:
        full = tmp_path / f"full-{bundle.course_id}.lectern"
        build_bundle(demo_bundle.SOURCE / demo_source_file(bundle.course_id).name, full)
        # The store that imports a slim version already holds the English files.
        have = None if english is None else english.__contains__
        with open_bundle(full, policy) as whole, open_bundle(bundle.path, policy, have) as low:
            # The full manifest, byte for byte; the larger renditions are left out.
            assert low.manifest_bytes == whole.manifest_bytes
            wanted = low.manifest.low_bandwidth_files()
            assert low.present <= wanted != whole.present
            assert (bundle.files, bundle.listed) == (len(low.present), len(whole.present))
            videos = [it for it in low.manifest.items() if isinstance(it, VideoItem)]
            assert videos and all(len(v.renditions) == 2 for v in videos)
            if english is None:
                english = low.present
                assert low.present == wanted and bundle.left_out == 0
                assert bundle.path.stat().st_size < full.stat().st_size - 2_000_000
            else:
                # Without every file the English bundle carries (the importer counts the
                # store's copies as present): only its own captions, readings and PDF.
                assert low.present | english >= wanted
                assert bundle.left_out == len(wanted - low.present) > 0
                assert not low.present & english

    # With those files among its resources (as in the packages), the player imports them on
    # first run, in order, instead of building the source folder: every version complete.
    monkeypatch.setenv("LECTERN_RESOURCES", str(tmp_path / "resources"))
    paths = DataPaths(tmp_path / "data")
    assert install_demo_courses(paths) == list(DEMO_COURSE_IDS)
    with LearnerStore.open(paths.db) as store:
        for course_id in DEMO_COURSE_IDS:
            manifest = store.manifest(course_id)
            assert store.present_files(course_id) == manifest.low_bandwidth_files(), course_id
        assert store.present_files(DEMO_COURSE_ID) == english
    assert install_demo_courses(paths) == []  # once per profile


def test_slim_demo_bundles_carry_only_their_own_files(tmp_path, monkeypatch):
    """Where the importer takes a bundle whose other files the content store has, French and
    Arabic ship only their captions, readings and PDF: no video, no cover, no English caption."""
    import zipfile

    from sync.manifest import FileRole, parse_manifest

    monkeypatch.setattr(demo_bundle, "_installs_after_english", lambda *a: True)
    monkeypatch.setattr(demo_bundle, "check_installs_in_order", lambda *a: None)
    english, *others = demo_bundle.make_demo_bundles(tmp_path / "demo")

    def blobs(path: Path) -> tuple[set[str], dict]:
        with zipfile.ZipFile(path) as zf:
            names = {n.rsplit("/", 1)[-1] for n in zf.namelist() if n.startswith("blobs/")}
            return names, parse_manifest(zf.read("manifest.json")).file_roles()

    carried, _ = blobs(english.path)
    assert len(others) == 2
    for bundle in others:
        present, roles = blobs(bundle.path)
        assert bundle.left_out > 0 and bundle.files == len(present)
        assert present and not present & carried, bundle.course_id
        assert {roles[s] for s in present} <= {FileRole.CAPTIONS, FileRole.READING}
        assert bundle.path.stat().st_size < 200_000, bundle.path.stat().st_size


# ------------------------------------------------------------------ ICU data trimming


def _package(names: list[str], header_size: int = 32) -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\x01\0\0\0", b"\0" * 4)
    header = struct.pack("<HBB", header_size, 0xDA, 0x27) + info
    header += b"\0" * (header_size - len(header))
    items = [(f"icudt73l/{n}".encode(), (n.encode() * 7)[: 5 + i * 3]) for i, n in
             enumerate(names)]
    return icu_trim.build_package(header, items)


def test_icu_trim_drops_only_what_qt_never_reads():
    names = sorted(["root.res", "pool.res", "res_index.res", "fr.res", "zh_Hant_TW.res",
                    "likelySubtags.res", "cnvalias.icu", "ibm-5348_P100-1997.cnv",
                    "coll/fr.res", "coll/root.res", "coll/ucadata.icu", "lang/fr.res",
                    "zone/fr.res", "translit/root.res", "brkitr/word.brk", "unit/fr.res",
                    "curr/fr.res", "region/fr.res", "rbnf/fr.res", "nfkc.nrm", "uts46.nrm"])
    data = _package(names)
    trimmed, kept, dropped = icu_trim.trim_package(data)
    assert len(trimmed) < len(data)
    _, items = icu_trim.parse_package(trimmed)
    kept_names = [n.decode().split("/", 1)[1] for n, _ in items]
    assert kept_names == sorted(kept_names), "ICU binary-searches the table of contents"
    assert kept_names == ["cnvalias.icu", "coll/fr.res", "coll/root.res", "coll/ucadata.icu",
                          "ibm-5348_P100-1997.cnv", "likelySubtags.res", "nfkc.nrm",
                          "pool.res", "res_index.res", "root.res", "uts46.nrm"]
    assert (kept, dropped) == (11, len(names) - 11)
    original = dict(icu_trim.parse_package(data)[1])
    for name, payload in items[:-1]:  # the last one runs to the end of the package
        assert payload.rstrip(b"\0") == original[name].rstrip(b"\0")
    toc = struct.unpack_from("<H", trimmed)[0]
    for i in range(len(items)):
        offset = struct.unpack_from("<II", trimmed, toc + 4 + 8 * i)[1]
        assert offset % 16 == 0
    # Idempotent: a trimmed package is left byte for byte.
    assert icu_trim.trim_package(trimmed) == (trimmed, len(items), 0)


def test_icu_trim_refuses_other_data():
    with pytest.raises(ValueError):
        icu_trim.parse_package(b"\x20\x00\x00\x00" + b"\0" * 60)


def test_icu_trim_on_the_real_library(tmp_path):
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    libs = [p for p in libs if not p.is_symlink()]
    if not libs or shutil.which("readelf") is None:
        pytest.skip("no ICU data library in this PySide6, or no readelf")
    copy = tmp_path / libs[0].name
    shutil.copyfile(libs[0], copy)
    before, after, dropped = icu_trim.trim_library(copy)
    assert dropped > 1000 and after < before * 0.5
    assert copy.stat().st_size == libs[0].stat().st_size
    assert icu_trim.trim_library(copy) == (before, before, 0)


# ------------------------------------------------------------------ launcher


@pytest.fixture
def launcher(tmp_path) -> Path:
    app = tmp_path / "lectern"
    app.mkdir()
    shutil.copy(PACKAGING / "linux" / "lectern", app / "lectern")
    fake = app / "lectern-bin"
    fake.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    fake.chmod(0o755)
    return app


def _args(app: Path, *args: str, via: Path | None = None, **env: str) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k != "LECTERN_DATA_DIR"}
    environ.update(env)
    out = subprocess.run([str(via or app / "lectern"), *args], capture_output=True, text=True,
                         env=environ, check=True).stdout
    return out.splitlines()


def test_launcher_passes_arguments_through(launcher):
    assert _args(launcher, "courses", "--x", "a b") == ["courses", "--x", "a b"]


def test_launcher_portable_mode(launcher, tmp_path):
    (launcher / "portable").touch()
    data = str(launcher / "data")
    assert _args(launcher, "courses") == ["--data-dir", data, "courses"]
    # Through a symlink (like /usr/bin/lectern) it still finds its own directory.
    link = tmp_path / "bin-lectern"
    link.symlink_to(launcher / "lectern")
    assert _args(launcher, via=link) == ["--data-dir", data]
    # The caller's choice wins.
    assert _args(launcher, "--data-dir", "/x", "courses") == ["--data-dir", "/x", "courses"]
    assert _args(launcher, "--data-dir=/x") == ["--data-dir=/x"]
    assert _args(launcher, "courses", LECTERN_DATA_DIR="/y") == ["courses"]


# ------------------------------------------------------------------ desktop entry, config


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "lectern.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "lectern" and d["Icon"] == "lectern"
    assert d["Terminal"] == "false" and "Education;" in d["Categories"]
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate",
                               str(PACKAGING / "linux" / "lectern.desktop")],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_sample_site_config_documents_every_key_and_parses(tmp_path):
    from sync.site_config import KNOWN, load_site_config

    sample = PACKAGING / "linux" / "lectern.toml.sample"
    text = sample.read_text(encoding="utf-8")
    for key in KNOWN:
        assert f"#{key} = " in text, key
    as_shipped = load_site_config(sample)
    assert as_shipped.values == {} and not as_shipped.problems
    # Uncommented, every value has the right type; only the placeholder key is refused, and
    # the CA bundle court IT has not put on this machine (values are checked, issue #13).
    uncommented = tmp_path / "lectern.toml"
    uncommented.write_text(re.sub(r'^#(?=\w+ = |  "|\])', "", text, flags=re.M),
                           encoding="utf-8")
    config = load_site_config(uncommented)
    assert set(config.values) | {"trusted_keys", "locked", "ca_bundle"} == set(KNOWN), config.values
    assert config.locked == {"hub_url", "proxy", "ca_bundle", "trusted_keys",
                             "allow_unsigned_bundles"}
    assert len(config.problems) == 2, config.problems
    assert "court-proxy-ca.pem does not exist" in config.problems[0]
    assert "trusted key 1" in config.problems[1], config.problems


def test_build_script_is_executable_and_valid_bash():
    script = PACKAGING / "build-linux"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)
    help_text = subprocess.run([str(script), "--help"], capture_output=True, text=True,
                               check=True).stdout
    assert "--deb-only" in help_text and "--check" in help_text


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/plugins/multimedia/windowsmediaplugin.dll", True),
    ("PySide6/plugins/tls/qschannelbackend.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
])
def test_keep_plugins_on_windows_and_macos(dest, kept):
    assert trim.keep_binary(dest, "C:/venv/Lib/site-packages/" + dest, "BINARY") is kept


# ------------------------------------------------------------------ missing system libraries


def test_frozen_entry_names_the_missing_debian_packages(tmp_path):
    """The portable build on a PC without Qt's system libraries (issue #13 item 14): one
    message with the apt-get line, exit 2, no traceback. A stand-in PySide6 fails to load as
    the real one does there."""
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise ImportError("libglib-2.0.so.0: cannot open shared object file: '
        'No such file or directory")\n')
    env = dict(os.environ, PYTHONPATH=f"{fake.parent}{os.pathsep}{REPO}",
               LECTERN_SITE_CONFIG=str(tmp_path / "none.toml"))
    proc = subprocess.run([sys.executable, str(PACKAGING / "lectern_main.py"), "--data-dir",
                           str(tmp_path / "data")], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "libglib-2.0.so.0" in proc.stderr
    assert re.search(r"^    apt-get install libglib2\.0-0( |$)", proc.stderr, re.M), proc.stderr
    # The command line needs no Qt.
    proc = subprocess.run([sys.executable, str(PACKAGING / "lectern_main.py"), "--data-dir",
                           str(tmp_path / "data"), "status"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_every_missing_library_is_named_at_once(tmp_path, monkeypatch):
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    nothing = (str(tmp_path),)  # a PC with none of them
    packages = lectern_main.missing_packages("libEGL.so.1", nothing)
    assert packages[0] == "libegl1" and len(packages) == len(set(packages))
    assert {"libglib2.0-0", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libgl1",
            "libpulse0", "libxcb-cursor0"} <= set(packages)
    for soname, package in lectern_main.SYSTEM_LIBRARIES.items():
        if package == "libglib2.0-0":
            (tmp_path / soname).touch()
    assert "libglib2.0-0" not in lectern_main.missing_packages("libEGL.so.1", nothing)
    text = lectern_main.explain("libEGL.so.1", nothing)
    assert text.count("apt-get install") == 1 and "libEGL.so.1" in text
    error = ImportError("libxkbcommon.so.0: cannot open shared object file: No such file or "
                        "directory")
    try:
        raise ImportError("from PySide6") from error
    except ImportError as exc:
        assert lectern_main.missing_soname(exc) == "libxkbcommon.so.0"
    assert lectern_main.missing_soname(ImportError("No module named 'player.x'")) is None


def test_missing_library_table_matches_the_debs_depends():
    from check_bundle import control_depends

    depends = {group[0] for group in control_depends(PACKAGING / "linux" / "control.in")}
    # Fonts are Depends without a library: Arabic and Chinese glyphs for the interface (#16).
    fonts = {"fonts-noto-ui-core", "fonts-wqy-microhei"}
    assert fonts <= depends
    assert set(lectern_main.SYSTEM_LIBRARIES.values()) == depends - {"libc6"} - fonts


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian-family host")
def test_missing_library_table_names_the_owning_packages():
    from check_bundle import owning_package

    checked = 0
    for soname, package in lectern_main.SYSTEM_LIBRARIES.items():
        found = [os.path.join(d, soname) for d in lectern_main.LIBRARY_DIRS
                 if os.path.exists(os.path.join(d, soname))]
        if found:
            assert owning_package(found[0]) == package, soname
            checked += 1
    assert checked >= 10


# ------------------------------------------------------------------ the .deb's postinst


def _postinst(tmp_path: Path, *, preload: bool, fail: bool = False) -> tuple[Path, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store, calls = tmp_path / "var-lib-lectern", tmp_path / "calls"
    fake = tmp_path / "lectern"
    fake.write_text(f'#!/bin/sh\necho "$@" >> {calls}\nexit {2 if fail else 0}\n')
    fake.chmod(0o755)
    script = (PACKAGING / "linux" / "postinst").read_text(encoding="utf-8")
    script = script.replace("STORE=/var/lib/lectern", f"STORE={store}")
    script = script.replace("LECTERN=/opt/lectern/lectern", f"LECTERN={fake}")
    script = script.replace("/etc/xdg/lectern/lectern.toml", str(tmp_path / "site.toml"))
    (tmp_path / "postinst").write_text(script, encoding="utf-8")
    if preload:
        (store / "preload").mkdir(parents=True)
        (store / "preload" / "course.lectern").write_bytes(b"x")
    proc = subprocess.run(["sh", str(tmp_path / "postinst"), "configure"], capture_output=True,
                          text=True, env=dict(os.environ, PATH="/usr/bin:/bin"))
    assert proc.returncode == 0, proc.stderr
    return store, (calls.read_text() if calls.exists() else "") + proc.stderr


def test_postinst_makes_the_preload_folder_and_imports_it(tmp_path):
    store, said = _postinst(tmp_path, preload=False)
    assert stat.S_IMODE((store / "preload").stat().st_mode) == 0o755 and said == ""
    store, said = _postinst(tmp_path / "2", preload=True)
    assert said == "--system preload\n"
    # A bad course file is reported but never fails the package installation.
    store, said = _postinst(tmp_path / "3", preload=True, fail=True)
    assert "sudo lectern --system preload" in said


# ------------------------------------------------------------------ Windows recipe (not run here)


def test_inno_script_requires_6_3_and_locks_programdata():
    iss = (PACKAGING / "windows" / "lectern.iss").read_text(encoding="utf-8")
    assert re.search(r"^#if Ver < EncodeVer\(6,3,0\)\n\s*#error .+\n#endif$", iss, re.M)
    assert "ArchitecturesAllowed=x64compatible" in iss
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in iss
    assert 'Source: "lectern.toml"; DestDir: "{commonappdata}\\Lectern"; ' \
           'DestName: "lectern.toml.sample"' in iss
    # Users read, only Administrators and SYSTEM write; by SID (any Windows language).
    assert "/inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F " \
           "*S-1-5-32-545:(OI)(CI)RX" in iss
    assert "/setowner *S-1-5-32-544 /T" in iss and "/reset /T" in iss
    assert 'Name: "{commonappdata}\\Lectern"; Flags: uninsneveruninstall' in iss


def test_windows_sample_site_config(tmp_path):
    import tomllib

    from sync.site_config import KNOWN, RULES, load_site_config

    sample = PACKAGING / "windows" / "lectern.toml"
    text = sample.read_text(encoding="utf-8")
    for key in KNOWN:
        assert f"#{key} = " in text, key
    as_shipped = load_site_config(sample)
    assert as_shipped.values == {} and not as_shipped.problems
    values = tomllib.loads(re.sub(r'^#(?=\w+ = |  "|\])', "", text, flags=re.M))
    assert set(values) == set(KNOWN)
    for key, value in values.items():
        assert isinstance(value, KNOWN[key]), key
    for key in ("ca_bundle", "shared_course_store"):  # Windows paths, read as written
        assert re.fullmatch(r"[A-Z]:\\[^/]+", values[key]), values[key]
    assert set(RULES) <= set(values)


# ------------------------------------------------------------------ QML stand-ins (qt_stubs.py)


def _wheel_qt() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("nm") is None,
                    reason="the Linux wheels' ELF files, with binutils")
def test_the_ffmpeg_plugin_needs_no_more_from_qml_than_the_stand_ins_define():
    import qt_stubs

    qt = _wheel_qt()
    plugin = qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
    for soname, names in qt_stubs.STUBS.items():
        assert qt_stubs.needed_from(plugin, qt / "lib" / soname) <= set(names), soname


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("cc") is None
                    or shutil.which("nm") is None, reason="needs cc and binutils on Linux")
def test_stand_ins_define_the_names_with_qt_6_versions(tmp_path):
    import qt_stubs

    # A copy of the wheel's layout: the plugin and the five QML libraries.
    qt = _wheel_qt()
    internal = tmp_path / "_internal"
    lib = internal / "PySide6" / "Qt" / "lib"
    plugins = internal / "PySide6" / "Qt" / "plugins" / "multimedia"
    lib.mkdir(parents=True)
    plugins.mkdir(parents=True)
    shutil.copy(qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so", plugins)
    for name in [*qt_stubs.STUBS, *qt_stubs.DROPPED]:
        shutil.copy(qt / "lib" / name, lib / name)
        (internal / name).symlink_to(f"PySide6/Qt/lib/{name}")
    freed = qt_stubs.install_stubs(internal)
    assert freed is not None and freed > 10_000_000
    for name in qt_stubs.DROPPED:
        assert not (lib / name).exists() and not os.path.lexists(internal / name)
    for soname, names in qt_stubs.STUBS.items():
        stub = lib / soname
        assert stub.stat().st_size < 100_000
        dyn = subprocess.run(["readelf", "-d", str(stub)], capture_output=True, text=True).stdout
        assert f"Library soname: [{soname}]" in dyn
        defined = subprocess.run(["nm", "-D", "--defined-only", str(stub)], capture_output=True,
                                 text=True).stdout
        for name in names:
            assert f"{name}@@Qt_6" in defined, (name, defined)
