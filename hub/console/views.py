"""The console's pages and actions (issue #18). Every route but sign-in, the static files and
the password-set link depends on `current_staff`; every family-scoped one then checks the
staff member's role in that family with hub.runs.require, the API's own rule.

Handlers are plain functions (FastAPI runs them on its worker threads); writes go through
the hub's writer like the API's, reads through `database.read()`.
"""
from __future__ import annotations

import csv
import io
import secrets
import tempfile
import uuid
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.manifest import ForumItem
from sync.protocol import EventEnvelope, SyncRequest

from .. import certificates, db, runs
from ..auth import Principal, hash_password
from ..context import Hub
from ..courses import CourseIndex, latest_versions, publish_bundle
from ..errors import HubError, HubErrorKind
from ..syncing import sync
from ..users import MIN_PASSWORD_CHARS, find_user, normalize_username
from . import i18n, people, progress, store
from .security import (
    COOKIE,
    LANG_COOKIE,
    PRE_COOKIE,
    PREFIX,
    NeedSignIn,
    SecurityHeaders,
    Staff,
    current_staff,
    forbidden,
    is_tls,
    pre_token,
    same,
)

HERE = Path(__file__).parent
StaffDep = Annotated[Staff, Depends(current_staff)]
#: the console's "device" for replies posted from it (one per staff member)
CONSOLE_DEVICE_NS = uuid.UUID("5d0c4a52-0f0e-4d8f-9a57-6b1e8f3c2a18")


def create_console(hub: Hub) -> FastAPI:
    """The console as an app of its own, mounted at /console by hub.app: its own error pages
    (HTML, not the API's JSON) and its own security headers."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.hub = hub
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    imports_dir = hub.settings.data_dir / "console-imports"

    def page(request: Request, template: str, code: int = 200, staff: Staff | None = None,
             **context: Any) -> HTMLResponse:
        lang = i18n.language(request)
        params = dict(request.query_params)
        params.pop("note", None)

        def url_with(**changes: Any) -> str:
            """This page with some query parameters changed (sorting, paging)."""
            return request.url.path + "?" + urlencode({**params, **{k: str(v) for k, v in changes.items()}})

        html = i18n.render(lang, template, staff=staff, prefix=PREFIX, path=request.url.path,
                           query=urlencode(params), url_with=url_with, **context)
        return HTMLResponse(html, status_code=code)

    def back(to: str, note: str = "") -> RedirectResponse:
        """After an action: see the page again (POST-redirect-GET), with a short note."""
        sep = "&" if "?" in to else "?"
        return RedirectResponse(to + (f"{sep}note={quote(note)}" if note else ""), status_code=303)

    # ------------------------------------------------------------------ errors

    @app.exception_handler(HubError)
    def hub_error(request: Request, exc: HubError) -> HTMLResponse:
        return page(request, "error.html", exc.status, message=str(exc), status=exc.status)

    @app.exception_handler(NeedSignIn)
    def need_sign_in(request: Request, exc: NeedSignIn) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"{PREFIX}/login?next={quote(target)}", status_code=303)

    @app.exception_handler(RequestValidationError)
    def bad_form(request: Request, exc: RequestValidationError) -> HTMLResponse:
        fields = sorted({str(e.get("loc", ("", ""))[-1]) for e in exc.errors()})
        return page(request, "error.html", 400, status=400,
                    message="Something in the form is missing or wrong: " + ", ".join(fields))

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse:
        return page(request, "error.html", exc.status_code, status=exc.status_code, message=str(exc.detail))

    # ------------------------------------------------------------------ sign-in, language

    @app.get("/login")
    def login_form(request: Request, next: str = "") -> HTMLResponse:
        token = pre_token(request)
        resp = page(request, "login.html", pre=token, next=_safe_next(next))
        resp.set_cookie(PRE_COOKIE, token, httponly=True, samesite="strict", secure=is_tls(request),
                        path=PREFIX, max_age=3600)
        return resp

    @app.post("/login")
    def login(request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()],
              pre: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
        if not same(pre, request.cookies.get(PRE_COOKIE, "")):
            raise forbidden("This sign-in form is out of date; reload the page and try again.")
        address = request.client.host if request.client else "unknown"
        hub.throttle.check(username, address)
        with hub.database.read() as conn:
            user = find_user(conn, username)
        if not hub.passwords.check(password, None if user is None or user[3] else user[2]) or user is None:
            hub.throttle.failed(username, address)
            return page(request, "login.html", 401, pre=pre, next=_safe_next(next), failed=True,
                        username=username)
        hub.throttle.succeeded(username)

        def start(conn: Connection) -> tuple[str, str] | None:
            if not runs.is_admin(conn, user[0]) and not any(
                    r in (runs.INSTRUCTOR, runs.MODERATOR) for r in runs.staff_families(conn, user[0]).values()):
                return None
            old = request.cookies.get(COOKIE, "")
            if old:
                store.end_session(conn, old)  # whatever session id came in is never kept
            return store.new_session(conn, user[0])

        made = hub.writer.run(start)
        if made is None:
            raise forbidden("This account has no staff role on this hub (admin, instructor or moderator): "
                            "the console is for course staff.")
        resp = RedirectResponse(_safe_next(next) or f"{PREFIX}/", status_code=303)
        resp.set_cookie(COOKIE, made[0], httponly=True, samesite="lax", secure=is_tls(request), path=PREFIX)
        resp.delete_cookie(PRE_COOKIE, path=PREFIX)
        return resp

    @app.post("/logout")
    def logout(request: Request, staff: StaffDep) -> Response:
        hub.writer.run(lambda conn: store.end_session(conn, staff.cookie))
        resp = RedirectResponse(f"{PREFIX}/login?note=signed-out", status_code=303)
        resp.delete_cookie(COOKIE, path=PREFIX)
        return resp

    @app.get("/lang/{code}")
    def set_language(request: Request, code: str, next: str = "") -> Response:
        resp = RedirectResponse(_safe_next(next) or f"{PREFIX}/", status_code=303)
        if code in i18n.LANGUAGES:
            resp.set_cookie(LANG_COOKIE, code, samesite="lax", secure=is_tls(request), path=PREFIX,
                            max_age=365 * 86400)
        return resp

    # ------------------------------------------------------------------ home

    @app.get("/")
    def home(request: Request, staff: StaffDep) -> HTMLResponse:
        with hub.database.read() as conn:
            families = _families(conn, staff)
            run_rows = {f: _runs(conn, f) for f in families}
        return page(request, "home.html", staff=staff, families=families, runs=run_rows)

    # ------------------------------------------------------------------ people (admin)

    def admin_only(staff: Staff) -> None:
        if not staff.admin:
            raise forbidden("Only the hub's administrator can manage accounts and publish courses.")

    @app.get("/people")
    def people_page(request: Request, staff: StaffDep, q: str = "", page_no: int = 1) -> HTMLResponse:
        admin_only(staff)
        u, p = db.users, store.profiles
        query = select(u.c.username, func.coalesce(p.c.full_name, ""), func.coalesce(p.c.email, ""),
                       func.coalesce(p.c.country, ""), u.c.disabled).select_from(
            u.outerjoin(p, p.c.user_id == u.c.id))
        if q:
            like = f"%{q.casefold()}%"
            query = query.where(u.c.username.like(like) | func.lower(p.c.full_name).like(like)
                                | func.lower(p.c.email).like(like))
        with hub.database.read() as conn:
            total = int(conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0)
            rows = conn.execute(query.order_by(u.c.username).limit(progress.PAGE).offset(
                (max(page_no, 1) - 1) * progress.PAGE)).all()
        return page(request, "people.html", staff=staff, rows=rows, total=total, q=q, page_no=max(page_no, 1),
                    pages=max(1, -(-total // progress.PAGE)), max_passwords=people.MAX_INITIAL_PASSWORDS)

    @app.post("/people/import")
    def import_preview(request: Request, staff: StaffDep, file: Annotated[UploadFile, File()]) -> HTMLResponse:
        admin_only(staff)
        data = file.file.read(8 * 1024 * 1024 + 1)
        if len(data) > 8 * 1024 * 1024:
            raise HubError(HubErrorKind.TOO_LARGE, "The file is over 8 MB; split it.")
        with hub.database.read() as conn:
            plan = people.plan_import(conn, data)
        key = ""
        if not plan.fatal and plan.accepted:
            imports_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            key = f"{staff.user_id}-{secrets.token_hex(16)}"
            (imports_dir / f"{key}.csv").write_bytes(data)
        return page(request, "import_preview.html", staff=staff, plan=plan, key=key,
                    max_passwords=people.MAX_INITIAL_PASSWORDS)

    @app.post("/people/import/apply")
    def import_apply(request: Request, staff: StaffDep, key: Annotated[str, Form()],
                     mode: Annotated[str, Form()] = people.LINKS) -> HTMLResponse:
        admin_only(staff)
        if not key.startswith(f"{staff.user_id}-") or not key.replace("-", "").isalnum():
            raise forbidden("This import was not prepared by you.")
        path = imports_dir / f"{key}.csv"
        if not path.exists():
            raise HubError(HubErrorKind.NOT_FOUND, "This import was applied already or has expired; upload the "
                           "file again.")
        result = people.apply_import(hub.database, hub.writer.run, path.read_bytes(),
                                     people.PASSWORDS if mode == people.PASSWORDS else people.LINKS, staff.actor)
        path.unlink(missing_ok=True)
        return page(request, "import_done.html", staff=staff, result=result, base=_console_url(hub, request))

    @app.get("/people/{username}")
    def person(request: Request, staff: StaffDep, username: str, note: str = "") -> HTMLResponse:
        admin_only(staff)
        name = normalize_username(username)
        with hub.database.read() as conn:
            user = conn.execute(select(db.users).where(db.users.c.username == name)).first()
            if user is None:
                raise HubError(HubErrorKind.NOT_FOUND, f"There is no user '{name}'.")
            profile = conn.execute(select(store.profiles).where(store.profiles.c.user_id == user.id)).first()
            tokens = conn.execute(select(func.count()).where(db.tokens.c.user_id == user.id,
                                                             db.tokens.c.revoked_at.is_(None))).scalar()
            enrolments = conn.execute(select(db.enrolments.c.course_family, db.enrolments.c.run_id).where(
                db.enrolments.c.user_id == user.id).order_by(db.enrolments.c.course_family)).all()
            roles = conn.execute(select(db.roles.c.course_family, db.roles.c.role).where(
                db.roles.c.user_id == user.id)).all()
        return page(request, "person.html", staff=staff, user=user, profile=profile, tokens=tokens,
                    enrolments=enrolments, roles=roles, note=note)

    @app.post("/people/{username}/{action}")
    def person_action(request: Request, staff: StaffDep, username: str, action: str) -> Response:
        admin_only(staff)
        name = normalize_username(username)
        where = f"{PREFIX}/people/{quote(name)}"
        if action in ("disable", "enable"):
            hub.writer.run(lambda conn: people.set_disabled(conn, name, action == "disable", staff.actor))
            return back(where, action + "d")
        if action == "revoke-tokens":
            n = hub.writer.run(lambda conn: people.revoke_tokens(conn, name, staff.actor))
            return back(where, f"tokens-revoked:{n}")
        if action == "reset-password":
            secret = secrets.token_urlsafe(9)
            hashed = hash_password(secret)
            hub.writer.run(lambda conn: people.set_password_hash(conn, name, hashed, staff.actor))
            return page(request, "shown_once.html", staff=staff, username=name, password=secret)
        if action == "password-link":
            token = hub.writer.run(lambda conn: people.password_link(conn, name, staff.actor))
            link = _console_url(hub, request) + f"/password/{token}"
            return page(request, "shown_once.html", staff=staff, username=name, link=link)
        raise HubError(HubErrorKind.NOT_FOUND, "No such action.")

    # ------------------------------------------------------------------ password-set link (public)

    @app.get("/password/{token}")
    def password_form(request: Request, token: str) -> HTMLResponse:
        with hub.database.read() as conn:
            found = store.link_user(conn, token)
        if found is None:
            raise HubError(HubErrorKind.NOT_FOUND, "This link was used already or has expired; ask for a new one.")
        pre = pre_token(request)
        resp = page(request, "set_password.html", username=found[1], pre=pre, min_chars=MIN_PASSWORD_CHARS)
        resp.set_cookie(PRE_COOKIE, pre, httponly=True, samesite="strict", secure=is_tls(request), path=PREFIX,
                        max_age=3600)
        return resp

    @app.post("/password/{token}")
    def password_set(request: Request, token: str, password: Annotated[str, Form()],
                     again: Annotated[str, Form()], pre: Annotated[str, Form()] = "") -> HTMLResponse:
        if not same(pre, request.cookies.get(PRE_COOKIE, "")):
            raise forbidden("This form is out of date; reload the page and try again.")
        with hub.database.read() as conn:
            found = store.link_user(conn, token)
        if found is None:
            raise HubError(HubErrorKind.NOT_FOUND, "This link was used already or has expired; ask for a new one.")
        if password != again or len(password) < MIN_PASSWORD_CHARS:
            return page(request, "set_password.html", 422, username=found[1], pre=pre, min_chars=MIN_PASSWORD_CHARS,
                        failed=True)
        hashed = hash_password(password)

        def work(conn: Connection) -> None:
            if store.link_user(conn, token) is None:
                raise HubError(HubErrorKind.NOT_FOUND, "This link was used already.")
            people.set_password_hash(conn, found[1], hashed, None)
            store.use_link(conn, token)

        hub.writer.run(work)
        return page(request, "message.html", title="Password set",
                    message="Your password is set. Sign in with it in Lectern.")

    # ------------------------------------------------------------------ courses and runs

    @app.get("/courses")
    def courses_page(request: Request, staff: StaffDep, note: str = "") -> HTMLResponse:
        with hub.database.read() as conn:
            families = _families(conn, staff)
            rows = sorted(hub.index.rows(conn, families=families), key=lambda r: (r.course_family, r.course_id,
                                                                                  -r.version))
            run_rows = {f: _runs(conn, f) for f in families}
        return page(request, "courses.html", staff=staff, rows=rows, runs=run_rows, note=note)

    @app.post("/courses/publish")
    def publish(request: Request, staff: StaffDep, bundle: Annotated[UploadFile, File()]) -> Response:
        admin_only(staff)
        spool = hub.settings.data_dir / "console-uploads"
        spool.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=spool, suffix=".lectern", delete=False) as out:
            while chunk := bundle.file.read(1024 * 1024):
                out.write(chunk)
        try:
            result = publish_bundle(hub.database, hub.store, Path(out.name))  # the CLI's checks, all of them
        finally:
            Path(out.name).unlink(missing_ok=True)
        hub.writer.run(lambda conn: runs.audit(conn, staff.actor, "publish", result.course_family,
                                               f"course:{result.course_id}", None, {"version": result.version}))
        note = f"published:{result.course_id} {result.version}" + (" (already)" if result.already_published else "")
        return back(f"{PREFIX}/courses", note)

    # ------------------------------------------------------------------ progress

    def run_for(conn: Connection, staff: Staff, run_id: int, allowed: frozenset[str], what: str) -> runs.RunRow:
        run = runs.get_run(conn, run_id)
        runs.require(conn, staff.actor, run.course_family, allowed, what)
        return run

    @app.get("/runs/{run_id}")
    def dashboard(request: Request, staff: StaffDep, run_id: int) -> HTMLResponse:
        with hub.database.read() as conn:
            run = run_for(conn, staff, run_id, runs.SEE_RUNS, "runs")
            figures = progress.dashboard(conn, hub.index, run)
        return page(request, "dashboard.html", staff=staff, run=run, d=figures,
                    bars=progress.chart(figures.modules, figures.enrolled))

    def learner_query(q: str, country: str, status: str, sort: str, order: str) -> dict[str, Any]:
        return {"q": q.strip()[:100], "country": country.strip()[:2], "status": status,
                "sort": sort if sort in progress.SORTS else "username", "descending": order == "desc"}

    @app.get("/runs/{run_id}/learners")
    def learners(request: Request, staff: StaffDep, run_id: int, q: str = "", country: str = "",
                 status: str = "", sort: str = "username", order: str = "asc", page_no: int = 1) -> HTMLResponse:
        args = learner_query(q, country, status, sort, order)
        with hub.database.read() as conn:
            run = run_for(conn, staff, run_id, runs.SEE_RUNS, "runs")
            items = sum(len(m[2]) for m in progress.course_modules(conn, hub.index, run.course_family))
            rows, total = progress.learners(conn, run, page=max(page_no, 1), items=items, **args)
        return page(request, "learners.html", staff=staff, run=run, rows=rows, total=total, items=items,
                    page_no=max(page_no, 1), pages=max(1, -(-total // progress.PAGE)), args=args, sorts=progress.SORTS)

    @app.get("/runs/{run_id}/learners.csv")
    def learners_csv(request: Request, staff: StaffDep, run_id: int, q: str = "", country: str = "",
                     status: str = "", sort: str = "username", order: str = "asc") -> Response:
        args = learner_query(q, country, status, sort, order)
        with hub.database.read() as conn:
            run = run_for(conn, staff, run_id, runs.SEE_RUNS, "runs")
            items = sum(len(m[2]) for m in progress.course_modules(conn, hub.index, run.course_family))
            rows, _total = progress.learners(conn, run, page=None, items=items, **args)
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["username", "full_name", "email", "country", "completed_items", "items", "last_active",
                    "certificate"])
        for r in rows:
            w.writerow([_csv_safe(v) for v in r.csv_row(items)])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "content-disposition": f'attachment; filename="run-{run.id}-learners.csv"'})

    # ------------------------------------------------------------------ announcements

    @app.get("/runs/{run_id}/announcements")
    def announcements(request: Request, staff: StaffDep, run_id: int, note: str = "") -> HTMLResponse:
        with hub.database.read() as conn:
            run = run_for(conn, staff, run_id, runs.SEE_RUNS, "runs")
            a = db.announcements
            rows = conn.execute(select(a).where(a.c.run_id == run.id).order_by(a.c.id.desc())).all()
            can_write = staff.admin or staff.families.get(run.course_family) in runs.ANNOUNCE
        return page(request, "announcements.html", staff=staff, run=run, rows=rows, can_write=can_write, note=note)

    @app.post("/runs/{run_id}/announcements")
    def announce(request: Request, staff: StaffDep, run_id: int, title: Annotated[str, Form(max_length=300)],
                 body: Annotated[str, Form(max_length=20000)]) -> Response:
        if not title.strip() or not body.strip():
            raise HubError(HubErrorKind.INVALID, "An announcement needs a title and a text.")
        hub.writer.run(lambda conn: runs.announce(conn, run_id, title.strip(), body.strip(), staff.actor))
        return back(f"{PREFIX}/runs/{run_id}/announcements", "announced")

    # ------------------------------------------------------------------ forum and moderation

    def family_for(conn: Connection, staff: Staff, family: str, allowed: frozenset[str], what: str) -> str:
        found = _families(conn, staff, every=True)
        if family not in found:
            raise HubError(HubErrorKind.NOT_FOUND, f"There is no course family '{family}' on this hub.")
        runs.require(conn, staff.actor, family, allowed, what)
        return family

    @app.get("/families/{family}/forum")
    def forum(request: Request, staff: StaffDep, family: str, note: str = "") -> HTMLResponse:
        th, po, u = db.threads, db.posts, db.users
        replies = select(po.c.thread_id, func.count().label("n")).group_by(po.c.thread_id).subquery()
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "moderate")
            rows = conn.execute(select(th.c.uuid, th.c.title, th.c.item_id, u.c.username, th.c.author_role,
                                       th.c.pinned, th.c.hidden, th.c.created_at, func.coalesce(replies.c.n, 0))
                                .select_from(th.join(u, u.c.id == th.c.author_id).outerjoin(
                                    replies, replies.c.thread_id == th.c.id))
                                .where(th.c.course_family == family)
                                .order_by(th.c.pinned.desc(), th.c.created_at.desc()).limit(500)).all()
            forums = _forum_items(conn, hub.index, family)
        return page(request, "forum.html", staff=staff, family=family, rows=rows, forums=forums, note=note,
                    can_pin=staff.role(family) in (*runs.PIN, "admin"))

    @app.get("/families/{family}/forum/{thread_id}")
    def thread(request: Request, staff: StaffDep, family: str, thread_id: uuid.UUID, note: str = "") -> HTMLResponse:
        th, po, u = db.threads, db.posts, db.users
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "moderate")
            head = conn.execute(select(th, u.c.username).select_from(th.join(u, u.c.id == th.c.author_id)).where(
                th.c.uuid == str(thread_id), th.c.course_family == family)).first()
            if head is None:
                raise HubError(HubErrorKind.NOT_FOUND, "There is no such discussion thread in this family.")
            posts = conn.execute(select(po, u.c.username).select_from(po.join(u, u.c.id == po.c.author_id)).where(
                po.c.thread_id == head.id).order_by(po.c.id)).all()
            reported = {r[0] for r in conn.execute(select(db.reports.c.target_uuid).where(
                db.reports.c.course_family == family))}
        return page(request, "thread.html", staff=staff, family=family, head=head, posts=posts, reported=reported,
                    note=note)

    @app.post("/families/{family}/forum/{thread_id}/reply")
    def reply(request: Request, staff: StaffDep, family: str, thread_id: uuid.UUID,
              body: Annotated[str, Form(max_length=20000)], parent: Annotated[str, Form()] = "") -> Response:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "moderate")
            row = conn.execute(select(db.threads.c.course_id).where(db.threads.c.uuid == str(thread_id),
                                                                    db.threads.c.course_family == family)).first()
        if row is None:
            raise HubError(HubErrorKind.NOT_FOUND, "There is no such discussion thread in this family.")
        event: dict[str, Any] = {"kind": "post", "thread_id": str(thread_id), "body": body}
        if parent:
            event["parent_id"] = str(uuid.UUID(parent))
        _push(hub, staff, str(row[0]), event)
        return back(f"{PREFIX}/families/{quote(family)}/forum/{thread_id}", "replied")

    @app.post("/families/{family}/forum/question")
    def question(request: Request, staff: StaffDep, family: str, item: Annotated[str, Form()],
                 title: Annotated[str, Form(max_length=300)], body: Annotated[str, Form(max_length=20000)]) -> Response:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.PIN, "pin")
            forums = {i: c for i, _t, c in _forum_items(conn, hub.index, family)}
        if item not in forums:
            raise HubError(HubErrorKind.INVALID, "Choose one of the course's discussions.")
        _push(hub, staff, forums[item], {"kind": "thread", "item_id": item, "title": title, "body": body,
                                         "pinned": True})
        return back(f"{PREFIX}/families/{quote(family)}/forum", "posted")

    @app.post("/families/{family}/moderate")
    def moderate(request: Request, staff: StaffDep, family: str, target: Annotated[str, Form()],
                 target_id: Annotated[str, Form()], action: Annotated[str, Form()],
                 reason: Annotated[str, Form(max_length=500)] = "", back_to: Annotated[str, Form()] = "") -> Response:
        tid = str(uuid.UUID(target_id))
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "moderate")
            found = runs.report_target(conn, target, tid)
        if found != family:
            raise HubError(HubErrorKind.NOT_FOUND, f"There is no such {target} in this family.")
        hub.writer.run(lambda conn: runs.moderate(conn, target, tid, hide=action == "hide", reason=reason,
                                                  actor=staff.actor))
        return back(_safe_next(back_to) or f"{PREFIX}/families/{quote(family)}/moderation",
                    "hidden" if action == "hide" else "restored")

    @app.get("/families/{family}/moderation")
    def moderation(request: Request, staff: StaffDep, family: str, note: str = "") -> HTMLResponse:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "reports")
            reports = runs.reports(conn, family, staff.actor)
            targets = _targets(conn, [(r["target"], r["target_id"]) for r in reports])
        queue: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for r in reports:
            queue.setdefault((r["target"], r["target_id"]), []).append(r)
        return page(request, "moderation.html", staff=staff, family=family, queue=queue, targets=targets, note=note)

    @app.get("/families/{family}/audit")
    def audit(request: Request, staff: StaffDep, family: str) -> HTMLResponse:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.MODERATE, "reports")
            entries = runs.audit_entries(conn, family)[-500:][::-1]
        return page(request, "audit.html", staff=staff, family=family, entries=entries)

    # ------------------------------------------------------------------ certificates

    @app.get("/families/{family}/certificates")
    def certificates_page(request: Request, staff: StaffDep, family: str, note: str = "") -> HTMLResponse:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.SEE_RUNS, "runs")
            rows = hub.index.rows(conn, families=[family])
            latest = sorted(latest_versions(rows).values(), key=lambda r: r.course_id)
            certs = certificates.list_certificates(hub.database, hub.index, latest[0].course_id) if latest else []
            holders = {c.username for c in certs}
            ready = []
            e, u = db.enrolments, db.users
            for uid, name in conn.execute(select(u.c.id, u.c.username).select_from(
                    e.join(u, u.c.id == e.c.user_id)).where(e.c.course_family == family).order_by(u.c.username)):
                if name in holders:
                    continue
                row = certificates.earned(conn, hub.index, rows, int(uid), family)
                if row is not None:
                    ready.append((name, row.course_id))
        can_issue = staff.role(family) in (runs.INSTRUCTOR, "admin")
        return page(request, "certificates.html", staff=staff, family=family, certs=certs, ready=ready,
                    courses=latest, can_issue=can_issue, note=note)

    @app.post("/families/{family}/certificates/issue")
    def issue(request: Request, staff: StaffDep, family: str, username: Annotated[str, Form()],
              course_id: Annotated[str, Form()], reason: Annotated[str, Form(max_length=500)]) -> Response:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.ANNOUNCE, "issue certificates")
            course = hub.index.find(conn, course_id)
        if course is None or course.course_family != family:
            raise HubError(HubErrorKind.NOT_FOUND, f"No course '{course_id}' in this family.")
        cert = certificates.grant(hub.database, hub.index, hub.settings, hub.writer.run, username, course_id,
                                  reason=reason, by=staff.username)
        hub.writer.run(lambda conn: runs.audit(conn, staff.actor, "certificate-issue", family,
                                               f"certificate:{cert.id}", reason, {"user": cert.username}))
        return back(f"{PREFIX}/families/{quote(family)}/certificates", "issued")

    @app.post("/families/{family}/certificates/{cert_id}/revoke")
    def revoke(request: Request, staff: StaffDep, family: str, cert_id: int,
               reason: Annotated[str, Form(max_length=500)]) -> Response:
        with hub.database.read() as conn:
            family_for(conn, staff, family, runs.ANNOUNCE, "revoke certificates")
            cert = certificates.find_certificate(conn, str(cert_id))
        if cert.course_family != family:
            raise HubError(HubErrorKind.NOT_FOUND, "There is no such certificate in this family.")
        certificates.revoke(hub.database, hub.settings, hub.writer.run, str(cert_id), reason=reason, by=staff.username)
        hub.writer.run(lambda conn: runs.audit(conn, staff.actor, "certificate-revoke", family,
                                               f"certificate:{cert_id}", reason, {"user": cert.username}))
        return back(f"{PREFIX}/families/{quote(family)}/certificates", "revoked")

    return app


# --------------------------------------------------------------------------- helpers


def _console_url(hub: Hub, request: Request) -> str:
    """The console's address as people reach it (the hub's public URL when set)."""
    base = hub.settings.public_url or f"{request.url.scheme}://{request.url.netloc}"
    return base.rstrip("/") + PREFIX


def _safe_next(target: str) -> str:
    """Only a console path (no other site, no scheme-relative //host)."""
    return target if target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target else ""


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _families(conn: Connection, staff: Staff, *, every: bool = False) -> list[str]:
    """The families the staff member sees (all for the admin; `every`: every family on the hub,
    for telling "no such family" from "not yours")."""
    if staff.admin or every:
        known = {str(f) for f in conn.execute(select(db.courses.c.course_family).distinct()).scalars()}
        known |= {str(f) for f in conn.execute(select(db.runs.c.course_family).distinct()).scalars()}
        return sorted(known)
    return sorted(staff.families)


def _runs(conn: Connection, family: str) -> list[runs.RunRow]:
    return [runs.get_run(conn, int(i)) for i in conn.execute(
        select(db.runs.c.id).where(db.runs.c.course_family == family).order_by(db.runs.c.id)).scalars()]


def _forum_items(conn: Connection, index: CourseIndex, family: str) -> list[tuple[str, str, str]]:
    """(item id, title, course id) of the family's forums, in its newest course versions."""
    out: list[tuple[str, str, str]] = []
    for row in sorted(latest_versions(index.rows(conn, families=[family])).values(), key=lambda r: r.course_id):
        for it in index.manifest(conn, row.pk).items():
            if isinstance(it, ForumItem) and it.id not in {o[0] for o in out}:
                out.append((it.id, it.title, row.course_id))
    return out


def _targets(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    th, po, u = db.threads, db.posts, db.users
    out: dict[tuple[str, str], Any] = {}
    for target, tid in set(keys):
        if target == "thread":
            row = conn.execute(select(th.c.uuid, th.c.title, th.c.body, th.c.hidden, th.c.hidden_reason,
                                      u.c.username, th.c.uuid.label("thread_uuid")).select_from(
                th.join(u, u.c.id == th.c.author_id)).where(th.c.uuid == tid)).first()
        else:
            row = conn.execute(select(po.c.uuid, th.c.title, po.c.body, po.c.hidden, po.c.hidden_reason,
                                      u.c.username, th.c.uuid.label("thread_uuid")).select_from(
                po.join(th, th.c.id == po.c.thread_id).join(u, u.c.id == po.c.author_id)).where(
                po.c.uuid == tid)).first()
        if row is not None:
            out[(target, tid)] = row
    return out


def _push(hub: Hub, staff: Staff, course_id: str, event: dict[str, Any]) -> None:
    """Post as the staff member through the sync path itself (hub.syncing: the same checks,
    role marks and feed rows as a post from the player), from a console "device" of theirs."""
    device = uuid.uuid5(CONSOLE_DEVICE_NS, str(staff.user_id))
    envelope = EventEnvelope.model_validate({**event, "id": str(uuid.uuid4()), "course_id": course_id,
                                             "device_seq": int(db.hub_datetime().timestamp() * 1000)})
    result = sync(hub, Principal(staff.user_id, staff.username, 0),
                  SyncRequest(device_id=device, events=[envelope], limit=1, protocol=2))
    if result.rejected:
        raise HubError(HubErrorKind.INVALID, result.rejected[0].message)
