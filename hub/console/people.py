"""People: the CSV import of enrolments and the account actions (disable, reset a password,
password-set link, revoke tokens).

An import is checked whole first (a per-row report: what would be done, what is refused and
why), then applied in one write transaction: every accepted row or none. Accounts and runs
go through the hub's own rules (hub.users' user-name rule, hub.runs.join_run and set_role),
never a copy of them. New accounts get a one-time password-set link (fast: no password hash
per row, which at scrypt's cost would take minutes for thousands of rows) or, for a few
accounts, one-time initial passwords.
"""
from __future__ import annotations

import csv
import io
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from .. import db, runs
from ..auth import hash_password
from ..errors import HubError, HubErrorKind
from ..users import USERNAME_RE, normalize_username
from . import store

COLUMNS = ("username", "full_name", "email", "country", "language", "run", "role")
#: header spellings accepted for each column
_ALIASES = {"full name": "full_name", "fullname": "full_name", "name": "full_name", "e-mail": "email",
            "mail": "email", "run_id": "run", "user": "username", "login": "username"}
EMAIL_RE = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
COUNTRY_RE = re.compile(r"^[A-Za-z]{2}$")
LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
MAX_ROWS = 20_000
#: one-time initial passwords are hashed one by one (scrypt): offered for small imports only
MAX_INITIAL_PASSWORDS = 50
LINKS, PASSWORDS = "links", "passwords"


@dataclass
class ImportRow:
    line: int
    username: str
    full_name: str
    email: str
    country: str
    language: str
    run_id: int | None
    role: str
    problems: list[str] = field(default_factory=list)
    #: what applying it does: "new" account, "existing" account (enrolled or moved)
    action: str = ""
    family: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPlan:
    rows: list[ImportRow]
    fatal: str | None = None

    @property
    def accepted(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def refused(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]


def read_csv(data: bytes) -> tuple[list[dict[str, str]], str | None]:
    """The rows of an uploaded CSV as dicts of the known columns; a message when unreadable."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], "The file is not UTF-8 text; save it as CSV (UTF-8)."
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        return [], "The file is empty."
    names = [_ALIASES.get(h.strip().casefold(), h.strip().casefold().replace(" ", "_")) for h in header]
    if "username" not in names:
        return [], "The first line must name the columns: " + ", ".join(COLUMNS) + "."
    out: list[dict[str, str]] = []
    for values in reader:
        if not any(v.strip() for v in values):
            out.append({})  # a blank line keeps its line number, then is skipped
            continue
        out.append({n: (values[i].strip() if i < len(values) else "") for i, n in enumerate(names) if n in COLUMNS})
        if len(out) > MAX_ROWS:
            return [], f"The file has more than {MAX_ROWS} rows; split it."
    return out, None


def plan_import(conn: Connection, data: bytes) -> ImportPlan:
    """Check every row against the hub as it is now (nothing is written)."""
    raw, fatal = read_csv(data)
    if fatal:
        return ImportPlan([], fatal)
    run_rows = {int(i): runs.get_run(conn, int(i)) for i in conn.execute(select(db.runs.c.id)).scalars()}
    existing: dict[str, int] = {}
    names = {normalize_username(r.get("username", "")) for r in raw if r}
    name_list = sorted(n for n in names if n)
    for start in range(0, len(name_list), 500):
        chunk = name_list[start:start + 500]
        existing.update({str(u): int(i) for i, u in conn.execute(
            select(db.users.c.id, db.users.c.username).where(db.users.c.username.in_(chunk)))})
    seen_names: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    rows: list[ImportRow] = []
    for n, r in enumerate(raw, start=2):
        if not r:
            continue
        name = normalize_username(r.get("username", ""))
        email = r.get("email", "")
        run_text = r.get("run", "")
        role = (r.get("role", "") or runs.LEARNER).strip().casefold()
        row = ImportRow(n, name, r.get("full_name", "")[:300], email, r.get("country", "").upper(),
                        r.get("language", ""), int(run_text) if run_text.isdigit() else None, role)
        if not USERNAME_RE.match(name):
            row.problems.append("bad user name (letters, digits, '.', '_', '@', '-'; at most 150)")
        elif name in seen_names:
            row.problems.append(f"duplicate of line {seen_names[name]}")
        else:
            seen_names[name] = n
        if not EMAIL_RE.match(email):
            row.problems.append("bad e-mail address")
        elif email.casefold() in seen_emails:
            row.problems.append(f"e-mail already on line {seen_emails[email.casefold()]}")
        else:
            seen_emails[email.casefold()] = n
        if row.country and not COUNTRY_RE.match(row.country):
            row.problems.append("country is not a two-letter code (ISO 3166)")
        if row.language and not LANGUAGE_RE.match(row.language):
            row.problems.append("language is not a language tag such as fr or pt-BR")
        if row.run_id is None or row.run_id not in run_rows:
            row.problems.append(f"unknown run {run_text!r}" if run_text else "no run")
        else:
            row.family = run_rows[row.run_id].course_family
        if role not in runs.ROLES:
            row.problems.append(f"unknown role {role!r} (learner, instructor or moderator)")
        row.action = "existing" if name in existing else "new"
        rows.append(row)
    return ImportPlan(rows)


@dataclass(frozen=True)
class ImportResult:
    created: int
    enrolled: int
    #: username -> one-time secret (a link token or an initial password), shown once
    secrets: dict[str, str]
    mode: str


def apply_import(database: db.Database, writer_run: Any, data: bytes, mode: str, actor: runs.Actor) -> ImportResult:
    """Apply the accepted rows of `data` in one transaction (re-checked inside it)."""
    with database.read() as conn:
        preview = plan_import(conn, data)
    if preview.fatal:
        raise HubError(HubErrorKind.INVALID, preview.fatal)
    new_names = [r.username for r in preview.accepted if r.action == "new"]
    passwords: dict[str, str] = {}
    if mode == PASSWORDS:
        if len(new_names) > MAX_INITIAL_PASSWORDS:
            raise HubError(HubErrorKind.INVALID, f"Initial passwords are for at most {MAX_INITIAL_PASSWORDS} new "
                           "accounts at once; use password-set links for more.")
        passwords = {n: secrets.token_urlsafe(9) for n in new_names}
    hashes = {n: hash_password(p) for n, p in passwords.items()}  # slow: outside the write lock

    def work(conn: Connection) -> ImportResult:
        plan = plan_import(conn, data)  # again, under the write lock: what is applied is what is checked
        accepted = plan.accepted
        now = db.hub_now()
        new = [r for r in accepted if r.action == "new"]
        if new:
            conn.execute(db.users.insert(), [{"username": r.username, "disabled": False, "created_at": now,
                                              "password_hash": hashes.get(r.username, store.UNUSABLE_PASSWORD)}
                                             for r in new])
        ids: dict[str, int] = {}
        names = [r.username for r in accepted]
        for start in range(0, len(names), 500):
            ids.update({str(u): int(i) for i, u in conn.execute(select(db.users.c.id, db.users.c.username).where(
                db.users.c.username.in_(names[start:start + 500])))})
        _save_profiles(conn, accepted, ids)
        enrolled = _enrol(conn, accepted, ids, now)
        for r in accepted:
            if r.role != runs.LEARNER:
                runs.set_role(conn, r.username, r.role, r.family, actor)
        issued: dict[str, str] = {}
        if mode == PASSWORDS:
            issued = {r.username: passwords[r.username] for r in new if r.username in passwords}
        else:
            tokens = store.new_password_links(conn, [ids[r.username] for r in new])
            issued = {r.username: tokens[ids[r.username]] for r in new}
        runs.audit(conn, actor, "import", None, None, None, {"rows": len(plan.rows), "accepted": len(accepted),
                                                            "created": len(new), "enrolled": enrolled})
        return ImportResult(len(new), enrolled, issued, mode)

    result: ImportResult = writer_run(work)
    return result


def _save_profiles(conn: Connection, rows: list[ImportRow], ids: dict[str, int]) -> None:
    p = store.profiles
    have: set[int] = set()
    uids = [ids[r.username] for r in rows]
    for start in range(0, len(uids), 500):
        have.update(int(x) for x in conn.execute(select(p.c.user_id).where(p.c.user_id.in_(uids[start:start + 500]))
                                                 ).scalars())
    values = [{"user_id": ids[r.username], "full_name": r.full_name, "email": r.email, "country": r.country,
               "language": r.language} for r in rows]
    fresh = [v for v in values if v["user_id"] not in have]
    if fresh:
        conn.execute(p.insert(), fresh)
    for v in values:
        if v["user_id"] in have:
            conn.execute(update(p).where(p.c.user_id == v["user_id"]).values(
                full_name=v["full_name"], email=v["email"], country=v["country"], language=v["language"]))


def _enrol(conn: Connection, rows: list[ImportRow], ids: dict[str, int], now: str) -> int:
    """Enrol each row's user in its run's family and put them in the run (hub.runs.join_run,
    as `lectern-hub enrol --run` does); a learner already in that run is left alone."""
    e = db.enrolments
    current: dict[tuple[int, str], int | None] = {}
    uids = sorted({ids[r.username] for r in rows})
    for start in range(0, len(uids), 500):
        for uid, fam, run_id in conn.execute(select(e.c.user_id, e.c.course_family, e.c.run_id).where(
                e.c.user_id.in_(uids[start:start + 500]))):
            current[(int(uid), str(fam))] = run_id
    fresh = []
    for r in rows:
        key = (ids[r.username], r.family)
        if key not in current:
            fresh.append({"user_id": key[0], "course_family": r.family, "enrolled_at": now})
            current[key] = None
    if fresh:
        conn.execute(e.insert(), fresh)
    moves: dict[tuple[str, int | None], list[int]] = {}
    for r in rows:
        uid = ids[r.username]
        if current.get((uid, r.family)) != r.run_id:
            moves.setdefault((r.family, r.run_id), []).append(uid)
            current[(uid, r.family)] = r.run_id
    for (family, run_id), uids_in in moves.items():
        runs.join_runs(conn, uids_in, family, run_id)
    return sum(len(v) for v in moves.values())


# --------------------------------------------------------------------------- one account


def set_disabled(conn: Connection, username: str, disabled: bool, actor: runs.Actor) -> None:
    uid = _user_id(conn, username)
    conn.execute(update(db.users).where(db.users.c.id == uid).values(disabled=disabled))
    if disabled:
        store.end_user_sessions(conn, uid)
    runs.audit(conn, actor, "user-disable" if disabled else "user-enable", None, f"user:{username}", None)


def revoke_tokens(conn: Connection, username: str, actor: runs.Actor) -> int:
    """Every token of the user stops working (a stolen laptop); their console sessions end too."""
    uid = _user_id(conn, username)
    n = conn.execute(update(db.tokens).where(db.tokens.c.user_id == uid, db.tokens.c.revoked_at.is_(None)).values(
        revoked_at=db.hub_now())).rowcount or 0
    store.end_user_sessions(conn, uid)
    runs.audit(conn, actor, "tokens-revoke", None, f"user:{username}", None, {"tokens": int(n)})
    return int(n)


def set_password_hash(conn: Connection, username: str, hashed: str, actor: runs.Actor | None) -> None:
    uid = _user_id(conn, username)
    conn.execute(update(db.users).where(db.users.c.id == uid).values(password_hash=hashed))
    store.end_user_sessions(conn, uid)
    if actor is not None:
        runs.audit(conn, actor, "password-reset", None, f"user:{username}", None)


def password_link(conn: Connection, username: str, actor: runs.Actor) -> str:
    token = store.new_password_link(conn, _user_id(conn, username))
    runs.audit(conn, actor, "password-link", None, f"user:{username}", None)
    return token


def _user_id(conn: Connection, username: str) -> int:
    uid = conn.execute(select(db.users.c.id).where(db.users.c.username == normalize_username(username))).scalar()
    if uid is None:
        raise HubError(HubErrorKind.NOT_FOUND, f"There is no user '{normalize_username(username)}'.")
    return int(uid)
