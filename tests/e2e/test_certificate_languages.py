"""The hub counts a course once for the certificate whatever languages it was studied in (#16):
a course family published in French and English on a real hub process; a learner does module
1 in French and module 2 in English and earns one certificate, once, for the family; more
work in either language later does not earn a second."""
from __future__ import annotations

import csv
import io
from typing import Any


def _kind(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e[kind] for e in events if e["kind"] == kind]


def _rows(hub, course_id: str) -> list[dict[str, str]]:
    out = hub.cli("certificates", "list", course_id, "--csv").stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_module_one_in_french_module_two_in_english_earns_it_once(hub, new_course,
                                                                   make_learner):
    french = new_course("fr")
    english = new_course("en", family=french.family)
    ana = make_learner(french.course_id, english.course_id)

    # Module 1 in French (the lecture, the reading, the quiz 2 of 3 right): not yet.
    module_one = [ana.event("completed", french.course_id, item_id=i) for i in ("l1", "r1")] + [
        ana.event("quiz_attempt", french.course_id, item_id="q1",
                  answers={"q1a": ["a"], "q1b": ["a"], "q1c": ["a"]})]
    out = ana.sync(module_one)
    assert not out["rejected"] and not _kind(out["events"], "certificate")

    # Module 2 in English: the family's requirements are met, one certificate.
    out = ana.sync([ana.event("completed", english.course_id, item_id="r2")],
                   cursor=out["cursor"])
    assert not out["rejected"], out["rejected"]
    [cert] = _kind(out["events"], "certificate")
    assert cert["course_family"] == french.family

    # Later work in French (the optional reading, the lecture again) earns nothing more.
    again = [ana.event("completed", french.course_id, item_id="r3"),
             ana.event("completed", french.course_id, item_id="l1")]
    out = ana.sync(again, cursor=out["cursor"])
    assert not out["rejected"] and not _kind(out["events"], "certificate")
    events, _ = ana.pull_all()
    assert len({c["certificate_id"] for c in _kind(events, "certificate")}) == 1

    # The hub's own list, asked by either language's id: the one certificate of the family.
    for course_id in (french.course_id, english.course_id):
        mine = [r for r in _rows(hub, course_id) if r["username"] == ana.username]
        assert [(r["id"], r["state"]) for r in mine] == [(str(cert["certificate_id"]), "issued")]
