"""The real `lectern` CLI in subprocesses: publisher and court IT workflows, exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_publisher_to_learner_workflow(run_lectern, tiny_source, tmp_path):
    key = tmp_path / "pub.key"
    r = run_lectern("bundle", "keygen", str(key))
    assert r.returncode == 0, r.stderr
    assert (key.stat().st_mode & 0o777) == 0o600 and Path(f"{key}.pub").exists()
    out = tmp_path / "c.lectern"
    r = run_lectern("bundle", "build", str(tiny_source), str(out), "--sign-key", str(key))
    assert r.returncode == 0, r.stderr
    r = run_lectern("bundle", "verify", str(out), "--trust", f"{key}.pub")
    assert r.returncode == 0 and "signed by a trusted key" in r.stdout
    # Not trusted yet: refused with one clear line.
    r = run_lectern("import", str(out))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "does not trust" in r.stderr
    assert "Traceback" not in r.stderr
    r = run_lectern("trust", f"{key}.pub")
    assert r.returncode == 0
    r = run_lectern("import", str(out))
    assert r.returncode == 0 and "Installed tiny-en" in r.stdout, r.stderr
    r = run_lectern("courses")
    assert r.returncode == 0
    line = next(l for l in r.stdout.splitlines() if l.startswith("tiny-en"))
    assert "A tiny course" in line and " en " in line and "0/4" in line
    low = tmp_path / "low.lectern"
    r = run_lectern("export", "tiny-en", str(low), "--low-bandwidth")
    assert r.returncode == 0, r.stderr
    full = tmp_path / "full.lectern"
    assert run_lectern("export", "tiny-en", str(full)).returncode == 0
    assert low.stat().st_size < full.stat().st_size
    with zipfile.ZipFile(low) as zf:
        assert len([n for n in zf.namelist() if n.startswith("blobs/")]) == 6
    # The low-bandwidth copy still verifies against the publisher's key and imports elsewhere.
    r = run_lectern("bundle", "verify", str(low), "--trust", f"{key}.pub")
    assert r.returncode == 0 and "6 of 7" in r.stdout
    other = tmp_path / "other-pc"
    r = run_lectern("import", str(low), "--trust", f"{key}.pub", data_dir=other)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("args, needle", [
    (["import", "/nonexistent/x.lectern"], "no file"),
    (["export", "nope", "/tmp/x.lectern"], "not installed"),
    (["bundle", "verify", "/etc/hostname"], "not a Lectern course file"),
    (["bundle", "build", "/nonexistent-dir", "/tmp/x.lectern"], "no course.toml"),
    (["bundle", "verify", "x", "--trust", "/etc/hostname"], "not a Lectern public key"),
    (["no-such-command"], "invalid choice"),
])
def test_bad_input_exits_2_with_one_line(run_lectern, args, needle):
    r = run_lectern(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert needle in r.stderr and "Traceback" not in r.stderr
    assert len([l for l in r.stderr.splitlines() if l.strip()]) == 1


def test_keygen_refuses_to_overwrite(run_lectern, tmp_path):
    key = tmp_path / "k"
    assert run_lectern("bundle", "keygen", str(key)).returncode == 0
    r = run_lectern("bundle", "keygen", str(key))
    assert r.returncode == 2 and "refusing" in r.stderr


def test_import_progress_on_a_terminal(tiny_bundle, tmp_path):
    """With a terminal on stderr, a long import draws a progress bar."""
    import pty
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(tmp_path / "d"),
                             "import", "--allow-unsigned", str(tiny_bundle)],
                            stdout=subprocess.PIPE, stderr=slave, cwd=REPO)
    os.close(slave)
    out, _ = proc.communicate(timeout=60)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"100.0%" in seen and b"Importing tiny.lectern" in seen


def test_sync_and_hub_never_import_qt():
    code = ("import sys, sync.cli, sync.importer, sync.exporter, sync.store, sync.bundle, "
            "sync.demo, sync.library;"
            "import importlib.util;"
            "hub = importlib.util.find_spec('hub.app') and __import__('hub.app');"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))], 'Qt!'")
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
