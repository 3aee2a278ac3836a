"""The shipped JSON-LD contexts are the recorded official files, and PyLD runs without lxml."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

from sync.certificates.jsonld import CONTEXT_FILES, CONTEXTS_DIR


def test_every_context_file_matches_its_recorded_checksum() -> None:
    readme = (CONTEXTS_DIR / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(
        r"^\| (\S+) \| (\S+) \| .*? \| ([0-9a-f]{64}) \|$", readme, re.M)}
    assert set(rows) == set(CONTEXT_FILES.values())
    for url, name in CONTEXT_FILES.items():
        recorded_url, digest = rows[name]
        assert recorded_url == url
        assert hashlib.sha256((CONTEXTS_DIR / name).read_bytes()).hexdigest() == digest, name
    shipped = {p.name for p in CONTEXTS_DIR.iterdir() if p.name != "README.md"}
    assert shipped == set(CONTEXT_FILES.values())


def test_credentials_verify_when_lxml_and_asyncio_are_left_out() -> None:
    # The packaged app leaves them out (PyLD imports them for HTML input and aiohttp only).
    script = (
        "import sys\n"
        "for name in ('lxml', 'lxml.html', 'asyncio'): sys.modules[name] = None\n"
        "from sync.signing import PrivateKey\n"
        "from sync.certificates import issue_status_list, read_status_list\n"
        "doc = issue_status_list('https://hub.example/s/1', [3], PrivateKey.generate())\n"
        "assert read_status_list(doc)[2].get(3)\n"
        "assert not hasattr(sys.modules['lxml'], '__file__')\n"
        "assert sys.modules['asyncio'] is None\n"
        "print('ok')\n")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
