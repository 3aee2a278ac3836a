"""The machine-wide course store (issue #13 item 13): court IT installs a course once for every
account of a PC (`lectern --system import`, or `lectern --system preload`), verified as it is
written; each account lists it with its own progress while the files stay in one place, and
no normal account can change it.

The store is a temp folder named by the site file's `shared_course_store` (subprocesses) or
`sync.machine_store.DEFAULT_ROOT` (in-process); two data dirs stand for two accounts. The
test that needs a real second account runs as `nobody` and is skipped unless we are root.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator

import pytest
from course_factory import write_tiny_course

from sync.bundle import TrustPolicy, build_bundle
from sync.content_store import ContentStore
from sync.exporter import export_course
from sync.importer import import_bundle
from sync.library import remove_course
from sync.machine_store import OFFERED, MachineStore, machine_store_problem, offer_machine_courses
from sync.paths import DataPaths
from sync.signing import generate_keypair
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix accounts and modes")


def skip_where_court_it_configured() -> None:
    from sync.site_config import SYSTEM_SITE_CONFIG
    if SYSTEM_SITE_CONFIG.exists():
        pytest.skip(f"{SYSTEM_SITE_CONFIG} exists: the site file test hook would be ignored")


@pytest.fixture
def machine(tmp_path, monkeypatch) -> Iterator[MachineStore]:
    """A machine store in a temp folder, named by a site file (for this process and the CLI
    subprocesses alike). Never the PC's real store: where court IT's own site file exists the
    test hook is ignored, so the tests do not run there."""
    import sync.machine_store
    skip_where_court_it_configured()
    store = MachineStore(tmp_path / "machine")
    monkeypatch.setattr(sync.machine_store, "DEFAULT_ROOT", tmp_path / "no-default-store")
    site = tmp_path / "lectern.toml"
    site.write_text(f'shared_course_store = "{store.root}"\n', encoding="utf-8")
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(site))
    yield store


def lectern(*args: str, umask: int = 0o022, **env: str) -> subprocess.CompletedProcess:
    """The real CLI (as court IT runs it: `sudo lectern --system ...`)."""
    def set_umask() -> None:
        os.umask(umask)
    return subprocess.run([sys.executable, "-m", "sync.cli", *args], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, **env}, timeout=120,
                          preexec_fn=set_umask)


def blob_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []


def entries(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode)
            for p in [root, *root.rglob("*")]}


def test_two_accounts_share_one_copy_and_keep_their_own_progress(machine, tiny_bundle,
                                                                  tmp_path):
    # Court IT, with a strict umask of its own: the store is still readable by every account.
    proc = lectern("--system", "import", "--allow-unsigned", str(tiny_bundle), umask=0o077)
    assert proc.returncode == 0, proc.stderr
    assert "for every account" in proc.stdout and str(machine.root) in proc.stdout
    for name, mode in entries(machine.root).items():
        assert mode == (0o755 if (machine.root / name).is_dir() else 0o644), (name, oct(mode))
    record = machine.record("tiny-en")
    assert record is not None and record.version == 1 and record.signature_status == "unsigned"
    shared = blob_files(machine.blobs)
    assert {p.name for p in shared} == record.present

    ana, ben = DataPaths(tmp_path / "ana").ensure(), DataPaths(tmp_path / "ben").ensure()
    for account in (ana, ben):
        assert offer_machine_courses(account) == ["tiny-en"]
        assert offer_machine_courses(account) == []  # once per version
        with LearnerStore.open(account.db) as store:
            course = store.get_course("tiny-en")
            assert course.size_bytes == sum(p.stat().st_size for p in shared)
            assert store.present_files("tiny-en") == record.present
        assert blob_files(account.blobs) == []  # one copy on the PC: the machine store's
        content = ContentStore(account.blobs)
        for sha in record.present:  # the player's lookup finds the shared file
            assert content.has(sha) and content.path(sha).parent.parent == machine.blobs

    # Progress is each account's own.
    with LearnerStore.open(ana.db) as store:
        item = next(iter(store.manifest("tiny-en").items())).id
        store.record_progress("tiny-en", item, fraction=1.0, completed=True)
        assert store.course_progress("tiny-en").required_done == 1
    with LearnerStore.open(ben.db) as store:
        assert store.course_progress("tiny-en").required_done == 0
        assert store.progress("tiny-en") == {}

    # Ana imports the same file herself: nothing is copied, her progress stays.
    result = import_bundle(ana, tiny_bundle, TrustPolicy(allow_unsigned=True))
    assert result.updated and result.added_bytes == 0 and blob_files(ana.blobs) == []
    with LearnerStore.open(ana.db) as store:
        assert store.course_progress("tiny-en").required_done == 1
    # ... and can pass the course on from the shared files.
    out = export_course(ana, "tiny-en", tmp_path / "copy.lectern")
    assert out.files == len(record.present)
    with zipfile.ZipFile(tmp_path / "copy.lectern") as zf:
        assert {n.split("/")[-1] for n in zf.namelist() if n.startswith("blobs/")} == record.present

    # Ben removes it: it does not come back, and his garbage collection leaves the store alone.
    remove_course(ben, "tiny-en")
    assert offer_machine_courses(ben) == []
    assert sorted(blob_files(machine.blobs)) == sorted(shared)


def test_a_newer_version_reaches_every_account(machine, tmp_path, tiny_bundle):
    assert lectern("--system", "import", "--allow-unsigned", str(tiny_bundle)).returncode == 0
    ana = DataPaths(tmp_path / "ana").ensure()
    assert offer_machine_courses(ana) == ["tiny-en"]
    remove_course(ana, "tiny-en")
    v2 = tmp_path / "v2.lectern"
    build_bundle(write_tiny_course(tmp_path / "src2", version=2), v2)
    proc = lectern("--system", "import", "--allow-unsigned", str(v2))
    assert proc.returncode == 0 and proc.stdout.startswith("Updated"), proc.stderr
    assert offer_machine_courses(ana) == ["tiny-en"]
    with LearnerStore.open(ana.db) as store:
        assert store.get_course("tiny-en").version == 2
        assert store.get_setting(OFFERED) == {"tiny-en": 2}
    # An older file does not replace the store's newer course.
    proc = lectern("--system", "import", "--allow-unsigned", str(tiny_bundle))
    assert proc.returncode == 2 and "newer version" in proc.stderr
    assert machine.record("tiny-en").version == 2


def test_a_course_is_verified_when_it_is_written(machine, tiny_source, tiny_bundle, tmp_path):
    # Unsigned, without court IT allowing it: refused, nothing written.
    proc = lectern("--system", "import", str(tiny_bundle))
    assert proc.returncode == 2 and "not signed" in proc.stderr and "Traceback" not in proc.stderr
    assert machine.courses() == [] and blob_files(machine.blobs) == []

    # A damaged file (one video's bytes changed): refused, no blob left behind.
    with zipfile.ZipFile(tiny_bundle) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist()}
    name = max((n for n in files if n.startswith("blobs/")), key=lambda n: len(files[n]))
    files[name] = files[name][:-1] + bytes([files[name][-1] ^ 0xFF])
    damaged = tmp_path / "damaged.lectern"
    with zipfile.ZipFile(damaged, "w") as zf:
        for n, data in files.items():
            zf.writestr(n, data)
    proc = lectern("--system", "import", "--allow-unsigned", str(damaged))
    assert proc.returncode == 2 and "checksum" in proc.stderr, proc.stderr
    assert machine.courses() == [] and blob_files(machine.blobs) == []

    # Signed by a publisher court IT trusts in the site file: recorded as trusted. Keys a
    # learner trusts in their own settings play no part in what the machine store accepts.
    key = tmp_path / "publisher.key"
    public = generate_keypair(key)
    signed = tmp_path / "signed.lectern"
    build_bundle(tiny_source, signed, sign_key=key)
    site = Path(os.environ["LECTERN_SITE_CONFIG"])
    site.write_text(site.read_text() + f"trusted_keys = [{json.dumps(public.to_text().strip())}]\n"
                    'locked = ["allow_unsigned_bundles"]\n', encoding="utf-8")
    proc = lectern("--system", "import", "--allow-unsigned", str(tiny_bundle))
    assert proc.returncode == 2 and "administrator" in proc.stderr  # the lock holds here too
    proc = lectern("--system", "import", str(signed))
    assert proc.returncode == 0, proc.stderr
    assert machine.record("tiny-en").signature_status == "trusted"


def test_a_store_other_accounts_could_change_is_not_used(machine, tiny_bundle, tmp_path):
    assert lectern("--system", "import", "--allow-unsigned", str(tiny_bundle)).returncode == 0
    ana = DataPaths(tmp_path / "ana").ensure()
    machine.courses_dir.chmod(0o777)  # anyone could plant or change a course record
    assert offer_machine_courses(ana) == []
    assert "can be changed by other accounts" in machine_store_problem()
    proc = lectern("--system", "import", "--allow-unsigned", str(tiny_bundle))
    assert proc.returncode == 2 and "not safe to write" in proc.stderr
    machine.courses_dir.chmod(0o755)

    # A course file someone made writable is not read from the store.
    sha = sorted(machine.record("tiny-en").present)[0]
    (machine.blobs / sha[:2] / sha).chmod(0o666)
    assert not ContentStore(ana.blobs).has(sha)
    assert offer_machine_courses(ana) == []  # incomplete: not offered
    (machine.blobs / sha[:2] / sha).chmod(0o644)
    assert offer_machine_courses(ana) == ["tiny-en"]
    if os.geteuid() == 0:  # a store that belongs to another (non-root) account
        os.chown(machine.root, 4242, 4242)
        assert "belongs to another account" in machine_store_problem()
        assert not ContentStore(ana.blobs).has(sha)
        os.chown(machine.root, 0, 0)


def test_preload_folder(machine, tiny_bundle, tmp_path):
    machine.preload_dir.mkdir(parents=True)
    shutil.copy(tiny_bundle, machine.preload_dir / "a-tiny.lectern")
    (machine.preload_dir / "b-broken.lectern").write_bytes(b"not a course")
    proc = lectern("--system", "preload", "--allow-unsigned")
    assert proc.returncode == 2
    assert "installed a-tiny.lectern tiny-en v1" in " ".join(proc.stdout.split())
    assert proc.stderr.startswith("lectern: error: b-broken.lectern: ")
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert machine.record("tiny-en") is not None
    (machine.preload_dir / "b-broken.lectern").unlink()
    proc = lectern("--system", "preload", "--allow-unsigned")
    assert proc.returncode == 0 and proc.stdout.split()[:2] == ["unchanged", "a-tiny.lectern"]


def test_system_is_only_for_writing_the_store(machine):
    for args in (["--system", "courses"], ["--system"], ["preload"]):
        proc = lectern(*args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, (args, proc.stderr)


# ------------------------------------------------------------------ a real second account

SYSTEM_PYTHON = Path("/usr/bin/python3.11")


def _as_nobody(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    site_packages = next(Path(sys.prefix).glob("lib/python3.11/site-packages"))

    def drop() -> None:
        os.setgid(65534)
        os.setgroups([])
        os.setuid(65534)
        os.umask(0o022)
    return subprocess.run([str(SYSTEM_PYTHON), "-c", code], capture_output=True, text=True,
                          cwd="/", timeout=120, preexec_fn=drop,
                          env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent",
                               "PYTHONPATH": f"{REPO}:{site_packages}", **env})


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not SYSTEM_PYTHON.exists(),
                    reason="needs root, to run a second account (nobody)")
def test_a_normal_account_reads_but_cannot_write_the_store(tiny_bundle):
    skip_where_court_it_configured()
    shared = Path(tempfile.mkdtemp(prefix="lectern-machine-"))  # outside root's private tmp
    try:
        shared.chmod(0o755)
        store = MachineStore(shared / "store")
        site = shared / "lectern.toml"
        site.write_text(f'shared_course_store = "{store.root}"\n', encoding="utf-8")
        bundle = shared / "tiny.lectern"
        shutil.copy(tiny_bundle, bundle)
        bundle.chmod(0o644)
        site.chmod(0o644)
        env = {"LECTERN_SITE_CONFIG": str(site)}
        probe = _as_nobody("import nacl, sqlite_utils, platformdirs", env)
        if probe.returncode != 0:
            pytest.skip(f"the venv's packages do not load in {SYSTEM_PYTHON}: {probe.stderr}")
        assert lectern("--system", "import", "--allow-unsigned", str(bundle),
                       **env).returncode == 0
        before = entries(store.root)

        nobody = _as_nobody(
            "import sys; from sync.cli import main; "
            f"sys.exit(main(['--system', 'import', '--allow-unsigned', {str(bundle)!r}]))", env)
        assert nobody.returncode == 2, nobody.stderr
        assert "administrator rights" in nobody.stderr and "Traceback" not in nobody.stderr
        assert entries(store.root) == before

        # ... but lists the course in its own data dir, reading the one shared copy.
        data = shared / "nobody-data"
        data.mkdir()
        os.chown(data, 65534, 65534)
        proc = _as_nobody(
            "from pathlib import Path; from sync.paths import DataPaths; "
            "from sync.machine_store import offer_machine_courses; "
            "from sync.content_store import ContentStore; from sync.store import LearnerStore; "
            f"p = DataPaths(Path({str(data)!r})).ensure(); print(offer_machine_courses(p)); "
            "s = LearnerStore.open(p.db); files = s.present_files('tiny-en'); "
            "c = ContentStore(p.blobs); "
            "print(all(c.path(f).read_bytes() for f in files), len(list(p.blobs.rglob('*.*'))))",
            env)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split("\n")[:2] == ["['tiny-en']", "True 0"], proc.stdout
        assert entries(store.root) == before
    finally:
        shutil.rmtree(shared, ignore_errors=True)



def test_lectern_courses_lists_the_machine_stores_courses(machine, tiny_bundle, tmp_path):
    """The one start-up entry point (the player's start and `lectern courses`) offers court
    IT's courses: a learner sees them without any import of their own."""
    assert lectern("--system", "import", "--allow-unsigned", str(tiny_bundle)).returncode == 0
    proc = lectern("--data-dir", str(tmp_path / "ana"), "courses", "--json")
    assert proc.returncode == 0, proc.stderr
    import json
    assert "tiny-en" in {c["id"] for c in json.loads(proc.stdout)}
