"""The learner's store owns its SQL (issue #14, "one home per use case").

Every state change and its outbox event is one store method in one transaction; for that to
stay true, no module outside `sync/store/` may reach into the store's connection or write SQL
against the learner's database. This test reads the source of `sync/` and `player/` (code and
string literals, comments left out) and fails on the first such use. The hub (`hub/`) keeps
its own database with its own SQL and is not read.
"""
from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCANNED = ("sync", "player")
STORE = REPO / "sync" / "store"

#: Read-only probes that open the learner's database by themselves, on purpose, and why.
#: Each reads; none writes. A new entry needs a reason as good as these.
ALLOWED = {
    # The profile chooser asks "has this profile a PIN?" before any store is opened, without
    # importing the store (sqlite_utils, manifests, migrations: ~0.25 s on an old PC).
    "sync/profile_gate.py": "read-only PIN probe before the store is imported",
    # `lectern diagnostics` must report on a database it cannot or must not migrate (newer,
    # damaged, another profile's), so it reads the file as it is.
    "sync/diagnostics.py": "read-only report on an unmigrated database",
}

CODE_PATTERNS = {
    "the store's connection": re.compile(r"\.db\s*\.\s*(query|execute|executemany|conn)\b"),
    "a store transaction": re.compile(r"\.transaction\s*\(\s*\)"),
    "a raw connection": re.compile(r"\bconn\s*\.\s*(execute|executemany|executescript)\s*\("),
    "sqlite3 itself": re.compile(r"\bsqlite3\s*\.\s*connect\s*\("),
}
SQL_PATTERNS = re.compile(
    r"\bSELECT\b[\s\S]+\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\b(CREATE|ALTER|DROP)\s+(TABLE|INDEX)\b|\bPRAGMA\s+\w+|\bATTACH\s+DATABASE\b")


def _parts(source: str) -> tuple[str, list[tuple[int, str]]]:
    """The code with strings and comments left out, and each run of adjacent string literals
    (implicitly concatenated, as SQL is split over lines) with its first line."""
    code: list[str] = []
    strings: list[tuple[int, str]] = []
    run: list[str] = []
    run_line = 0
    last = tokenize.OP
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING:
            run_line = run_line if run else tok.start[0]
            run.append(tok.string)
            continue
        if tok.type in (tokenize.NL, tokenize.COMMENT) and run:
            continue  # a run of literals goes on over line breaks and comments
        if run:
            strings.append((run_line, " ".join(run)))
            run = []
        if tok.type != tokenize.COMMENT:
            words = (tokenize.NAME, tokenize.NUMBER)
            code.append((" " if last in words and tok.type in words else "") + tok.string)
            last = tok.type
    if run:
        strings.append((run_line, " ".join(run)))
    return "".join(code), strings


def offences(source: str) -> list[str]:
    code, strings = _parts(source)
    found = [f"{what}: {m.group(0)!r}" for what, rx in CODE_PATTERNS.items() for m in rx.finditer(code)]
    found += [f"SQL on line {line}: {text[:70]!r}" for line, text in strings if SQL_PATTERNS.search(text)]
    return found


def scanned_files() -> list[Path]:
    return sorted(p for top in SCANNED for p in (REPO / top).rglob("*.py")
                  if STORE not in p.parents and "__pycache__" not in p.parts)


def test_no_module_outside_the_store_runs_sql_on_the_learner_database():
    bad = {}
    for path in scanned_files():
        rel = path.relative_to(REPO).as_posix()
        if rel in ALLOWED:
            continue
        found = offences(path.read_text(encoding="utf-8"))
        if found:
            bad[rel] = found
    assert not bad, ("SQL against the learner's database belongs in sync/store/ (add a store method "
                     f"that makes the whole change in one transaction): {bad}")


def test_the_check_sees_what_it_must():
    """The scanner itself: it finds each way in, and a comment or a UI word is not one."""
    sample = '''
x = store.db.query("SELECT 1")
with self.store.transaction() as conn:
    conn.execute("UPDATE outbox SET state = 'sent'"
                 " WHERE id = ?")
rows = store.db.execute(sql)
c = sqlite3.connect(path)
label = "Select a course from the list"  # SELECT in a comment is fine
q = ("SELECT value"
     " FROM settings")
'''
    found = "\n".join(offences(sample))
    for needle in ("the store's connection: '.db.query'", "a store transaction", "a raw connection",
                   "the store's connection: '.db.execute'", "sqlite3 itself", "SQL on line 4",
                   "SQL on line 9"):
        assert needle in found, (needle, found)
    assert "Select a course" not in found and "line 8" not in found


def test_allowed_probes_only_read():
    """An allowed module may read the learner's database; it never writes it."""
    write = re.compile(r"\bINSERT\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\b(CREATE|ALTER|DROP)\b")
    for rel in ALLOWED:
        path = REPO / rel
        if not path.exists():
            continue
        _, strings = _parts(path.read_text(encoding="utf-8"))
        assert not [s for _, s in strings if SQL_PATTERNS.search(s) and write.search(s)], rel


def test_the_facade_still_exports_what_other_modules_import():
    import sync.store as store

    for name in store.__all__:
        assert hasattr(store, name), name
    for name in ("LearnerStore", "now_iso", "ItemProgress", "InstalledCourse", "QuizAttempt",
                 "CourseProgress", "CourseUpdate", "Refusal", "OutboxEvent", "Certificate",
                 "CourseFile", "ACCOUNT", "CURSOR", "DEVICE_ID", "LAST_SUCCESS", "LAST_ERROR",
                 "LAST_ERROR_KIND"):
        assert name in store.__all__, name
