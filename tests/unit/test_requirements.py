"""The certificate rule (`sync.requirements`): parsing a manifest's requirements and deciding
what is left. The hub and the player both call these functions."""

from datetime import datetime, timezone

import pytest

from sync.requirements import (
    LearnerFacts,
    RequirementKind,
    Requirements,
    RequirementsError,
    evaluate,
    facts_from,
    parse_requirements,
    requirements_to_dict,
)

ITEMS = [("intro", "video", True), ("reading", "reading", True), ("quiz-1", "quiz", True),
         ("quiz-2", "quiz", False), ("forum-1", "forum", False), ("forum-2", "forum", False)]


def test_an_old_manifest_keeps_its_meaning():
    for raw in (None, {"rule": "all-required"}):
        req = parse_requirements(raw, ITEMS)
        assert req.required_items == ("intro", "reading", "quiz-1")
        assert not req.forum and not req.quizzes_passed and not req.reply_to_colleague
        assert requirements_to_dict(req) == {"rule": "all-required"}


def test_a_full_declaration_round_trips():
    raw = {"rule": "all-required", "quizzes_passed": ["quiz-2"],
           "forum": [{"discussions": ["forum-1", "forum-2"], "min_posts": 2}],
           "reply_to_colleague": True, "hours": 12, "criteria": "Do it all.",
           "ends": "2026-12-31T23:59:59Z"}
    req = parse_requirements(raw, ITEMS)
    assert req.forum[0].discussions == ("forum-1", "forum-2") and req.forum[0].min_posts == 2
    assert req.ends == datetime(2026, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
    assert requirements_to_dict(req) == raw


@pytest.mark.parametrize("raw, words", [
    ({"rule": "vibes"}, "Unknown completion rule"),
    ({"rule": "all-required", "quizes_passed": []}, "unknown field"),
    ({"quizzes_passed": ["nope"]}, "not an item of the course"),
    ({"quizzes_passed": ["forum-1"]}, "a forum, not a quiz"),
    ({"quizzes_passed": ["quiz-2", "quiz-2"]}, "names an item twice"),
    ({"forum": [{"discussions": ["quiz-1"], "min_posts": 1}]}, "a quiz, not a forum"),
    ({"forum": [{"discussions": [], "min_posts": 1}]}, "names no discussion"),
    ({"forum": [{"discussions": ["forum-1"], "min_posts": 0}]}, "whole number from 1"),
    ({"forum": [{"discussions": ["forum-1"], "min_posts": True}]}, "whole number from 1"),
    ({"forum": {"discussions": ["forum-1"]}}, "must be a list"),
    ({"reply_to_colleague": "yes"}, "true or false"),
    ({"hours": -3}, "number of hours"),
    ({"criteria": ""}, "text of at most"),
    ({"ends": "next tuesday"}, "not a date and time"),
    ({"ends": "2026-12-31T10:00:00"}, "needs a time zone"),
    ("all-required", "must be an object"),
])
def test_malformed_requirements_say_what_is_wrong(raw, words):
    with pytest.raises(RequirementsError, match=words):
        parse_requirements(raw, ITEMS)


def test_reply_requirement_needs_a_discussion():
    with pytest.raises(RequirementsError, match="needs a discussion"):
        parse_requirements({"reply_to_colleague": True}, [("a", "video", True)])


def test_a_date_alone_ends_at_the_end_of_that_day():
    req = parse_requirements({"ends": "2026-12-31"}, ITEMS)
    assert req.ends == datetime(2026, 12, 31, 23, 59, 59, tzinfo=timezone.utc)


FULL = parse_requirements({"quizzes_passed": ["quiz-1"],
                           "forum": [{"discussions": ["forum-1", "forum-2"], "min_posts": 2}],
                           "reply_to_colleague": True}, ITEMS)


def test_nothing_done_lists_everything_left():
    checklist = evaluate(FULL, LearnerFacts())
    assert not checklist.earned
    assert [s.kind for s in checklist.left] == [RequirementKind.ITEM] * 3 + [
        RequirementKind.QUIZ, RequirementKind.FORUM, RequirementKind.REPLY]
    forum = checklist.statuses[4]
    assert (forum.have, forum.need, forum.left) == (0, 2, 2)


def test_posts_in_any_listed_discussion_count_and_cap_at_the_need():
    facts = facts_from(["intro", "reading", "quiz-1"], ["quiz-1"],
                       {"forum-1": 1, "forum-2": 5, "elsewhere": 9}, replied_to_colleague=True)
    checklist = evaluate(FULL, facts)
    assert checklist.earned and not checklist.left
    assert checklist.statuses[4].have == 2


def test_one_missing_piece_keeps_the_certificate():
    facts = facts_from(["intro", "reading", "quiz-1"], ["quiz-1"], {"forum-1": 2},
                       replied_to_colleague=False)
    checklist = evaluate(FULL, facts)
    assert not checklist.earned
    assert [s.kind for s in checklist.left] == [RequirementKind.REPLY]
    assert checklist.done_count == len(checklist.statuses) - 1


def test_a_course_with_nothing_required_earns_nothing():
    req = Requirements(required_items=())
    assert req.is_empty and not evaluate(req, LearnerFacts()).earned


def test_the_run_end_counts_only_when_passed():
    req = parse_requirements({"ends": "2026-12-31T00:00:00Z"}, ITEMS)
    done = facts_from(["intro", "reading", "quiz-1"])
    before = datetime(2026, 12, 30, tzinfo=timezone.utc)
    after = datetime(2027, 1, 2, tzinfo=timezone.utc)
    assert evaluate(req, done, before).earned
    assert all(s.kind is not RequirementKind.RUN_END for s in evaluate(req, done, before).statuses)
    late = evaluate(req, facts_from(["intro"]), after)
    assert late.ended and not late.earned
    assert late.statuses[-1].kind is RequirementKind.RUN_END and not late.statuses[-1].done
    # Done before the end and evaluated afterwards (a late sync): still earned.
    assert evaluate(req, done, after).earned
    in_time = facts_from(["intro", "reading", "quiz-1"], finished_at=before)
    assert evaluate(req, in_time, after).earned
    too_late = facts_from(["intro", "reading", "quiz-1"], finished_at=after)
    assert evaluate(req, too_late, after).ended and not evaluate(req, too_late, after).earned
