"""Who completed what, for certificates (`lectern-hub completions COURSE_ID [--csv]`).

Progress belongs to the course family, so a judge who studied half in English and half in
French counts as complete for either language version. "Ready" is the certificate rule itself
(`sync.requirements.evaluate` on the hub's facts, as the sync decides), so it includes the
course's quizzes and discussions, not only its required items.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select

from sync.requirements import evaluate

from . import db
from .certificates import learner_facts, with_run_end
from .courses import CourseIndex
from .errors import HubError, HubErrorKind


@dataclass(frozen=True)
class LearnerCompletion:
    username: str
    enrolled: bool
    completed: dict[str, str]          # required item id -> hub time of completion
    certificate_issued_at: str | None
    requirements_met: bool = False     # sync.requirements.evaluate, on the hub's facts

    def done(self) -> int:
        return len(self.completed)


@dataclass(frozen=True)
class CompletionReport:
    course_id: str
    version: int
    course_family: str
    title: str
    required: list[tuple[str, str]]    # (item id, title), in course order
    learners: list[LearnerCompletion]

    def ready(self, learner: LearnerCompletion) -> bool:
        return learner.requirements_met


def completion_report(database: db.Database, index: CourseIndex, course_id: str) -> CompletionReport:
    with database.read() as conn:
        row = index.find(conn, course_id)
        if row is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"No course '{course_id}' is published on this hub.")
        manifest = index.manifest(conn, row.pk)
        required = [(it.id, it.title) for it in manifest.items() if it.required]
        family = row.course_family
        enrolled = {r[0]: r[1] for r in conn.execute(
            select(db.users.c.id, db.users.c.username)
            .select_from(db.enrolments.join(db.users, db.users.c.id == db.enrolments.c.user_id))
            .where(db.enrolments.c.course_family == family))}
        done: dict[int, dict[str, str]] = {}
        for user_id, item_id, at in conn.execute(
                select(db.progress.c.user_id, db.progress.c.item_id, db.progress.c.completed_at)
                .where(db.progress.c.course_family == family, db.progress.c.completed.is_(True))):
            done.setdefault(user_id, {})[item_id] = at
        others = {r[0]: r[1] for r in conn.execute(
            select(db.users.c.id, db.users.c.username).where(db.users.c.id.in_(set(done) - set(enrolled))))} \
            if set(done) - set(enrolled) else {}
        certs = dict(conn.execute(select(db.certificates.c.user_id, db.certificates.c.issued_at)
                                  .where(db.certificates.c.course_family == family)).all())
        learners_ids = {**enrolled, **others}
        requirements = manifest.requirements
        now = db.hub_datetime()
        met: dict[int, bool] = {}
        for uid in learners_ids:
            req = with_run_end(conn, uid, family, requirements)
            met[uid] = not req.is_empty and evaluate(req, learner_facts(conn, uid, family, req), now).earned
    required_ids = {i for i, _ in required}
    learners = [
        LearnerCompletion(username=name, enrolled=uid in enrolled,
                          completed={i: at for i, at in done.get(uid, {}).items() if i in required_ids},
                          certificate_issued_at=certs.get(uid), requirements_met=met[uid])
        for uid, name in sorted(learners_ids.items(), key=lambda kv: kv[1])]
    return CompletionReport(course_id=row.course_id, version=row.version, course_family=family,
                            title=manifest.title, required=required, learners=learners)


def report_csv(report: CompletionReport) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["username", "enrolled", *[i for i, _ in report.required], "required_done",
                "required_total", "certificate_ready", "certificate_issued_at"])
    for lc in report.learners:
        w.writerow([lc.username, "yes" if lc.enrolled else "no",
                    *[lc.completed.get(i, "") for i, _ in report.required],
                    lc.done(), len(report.required), "yes" if report.ready(lc) else "no",
                    lc.certificate_issued_at or ""])
    return out.getvalue()


def report_text(report: CompletionReport) -> str:
    lines = [f"{report.title} ({report.course_id} v{report.version}, family {report.course_family})",
             f"Required items: {', '.join(i for i, _ in report.required) or '(none)'}", ""]
    if not report.learners:
        lines.append("Nobody is enrolled yet.")
    width = max([len(lc.username) for lc in report.learners] + [8])
    for lc in report.learners:
        missing = [i for i, _ in report.required if i not in lc.completed]
        if report.ready(lc):
            status = "READY for certificate"
        else:
            status = f"missing: {', '.join(missing) or 'quizzes or discussion posts'}"
        note = "" if lc.enrolled else "  (no longer enrolled)"
        lines.append(f"{lc.username:<{width}}  {lc.done()}/{len(report.required)}  {status}{note}")
    return "\n".join(lines) + "\n"
