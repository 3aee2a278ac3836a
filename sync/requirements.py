"""What earns a course's certificate: the rule, defined once for the hub and the player.

The hub decides (it grades quizzes and counts forum posts from every device); the player runs
the same `evaluate` on what it knows offline, so its checklist says what the hub will decide.
A manifest declares its requirements as

    "requirements": {
      "rule": "all-required",                       # every item marked required (as before)
      "quizzes_passed": ["quiz-1", "quiz-2"],        # optional: these quizzes must be passed
      "forum": [{"discussions": ["forum-1"], "min_posts": 2}],   # optional
      "reply_to_colleague": true,                    # optional: at least one reply to another
      "hours": 12,                                   # optional: stated on the certificate
      "criteria": "Watch every lecture, ...",        # optional: words for the certificate
      "ends": "2026-12-31T23:59:59Z"                 # optional: requirements met by then
    }

Older manifests (`{"rule": "all-required"}` or none) keep their meaning: every required item.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

__all__ = ["Checklist", "FactTimes", "LearnerFacts", "finishing_time", "RequirementKind",
           "RequirementStatus", "Requirements", "RequirementsError",
           "ForumRequirement", "RULE_ALL_REQUIRED", "evaluate", "facts_from",
           "parse_requirements", "requirements_to_dict"]

RULE_ALL_REQUIRED = "all-required"
_KNOWN_KEYS = {"rule", "quizzes_passed", "forum", "reply_to_colleague", "hours", "criteria", "ends"}
_MAX_POSTS = 1000


class RequirementsError(ValueError):
    """A manifest's requirements are malformed; the message says which part, in plain words."""


class RequirementKind(enum.Enum):
    ITEM = "item"                  # complete a required item
    QUIZ = "quiz"                  # pass a quiz
    FORUM = "forum"                # post at least N times in some discussions
    REPLY = "reply"                # reply to at least one colleague
    RUN_END = "run_end"            # everything done before the run's end


@dataclass(frozen=True)
class ForumRequirement:
    discussions: tuple[str, ...]   # forum item ids; posts in any of them count
    min_posts: int


@dataclass(frozen=True)
class Requirements:
    required_items: tuple[str, ...]                  # in course order
    quizzes_passed: tuple[str, ...] = ()
    forum: tuple[ForumRequirement, ...] = ()
    reply_to_colleague: bool = False
    hours: float | None = None
    criteria: str | None = None
    ends: datetime | None = None
    rule: str = RULE_ALL_REQUIRED

    @property
    def is_empty(self) -> bool:
        """Nothing to do: such a course awards no certificate (there is nothing to certify)."""
        return not (self.required_items or self.quizzes_passed or self.forum
                    or self.reply_to_colleague)


@dataclass(frozen=True)
class LearnerFacts:
    """What the learner has done, as far as the one evaluating knows."""
    completed: frozenset[str] = frozenset()          # item ids completed
    passed_quizzes: frozenset[str] = frozenset()     # quiz item ids passed
    posts: Mapping[str, int] = field(default_factory=dict)   # forum item id -> own posts there
    replied_to_colleague: bool = False               # a reply to a post or thread of someone else
    #: when the last of them was done (the device's record of it), if the evaluator knows;
    #: a run's end compares with this, so a learner who finished offline in time and synced
    #: late keeps the certificate, and one who finished late does not get it.
    finished_at: datetime | None = None


@dataclass(frozen=True)
class RequirementStatus:
    kind: RequirementKind
    item_ids: tuple[str, ...]      # the items concerned (one for ITEM/QUIZ; the discussions)
    have: int
    need: int

    @property
    def done(self) -> bool:
        return self.have >= self.need

    @property
    def left(self) -> int:
        return max(0, self.need - self.have)


@dataclass(frozen=True)
class Checklist:
    statuses: tuple[RequirementStatus, ...]
    ended: bool = False            # the run's end passed before everything was done

    @property
    def earned(self) -> bool:
        return bool(self.statuses) and not self.ended and all(s.done for s in self.statuses)

    @property
    def left(self) -> tuple[RequirementStatus, ...]:
        return tuple(s for s in self.statuses if not s.done)

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.statuses if s.done)


def evaluate(requirements: Requirements, facts: LearnerFacts,
             now: datetime | None = None) -> Checklist:
    """Each requirement, done or not; `now` (aware) decides a run's end, default the clock."""
    statuses: list[RequirementStatus] = []
    for item_id in requirements.required_items:
        statuses.append(RequirementStatus(RequirementKind.ITEM, (item_id,),
                                          int(item_id in facts.completed), 1))
    for quiz_id in requirements.quizzes_passed:
        statuses.append(RequirementStatus(RequirementKind.QUIZ, (quiz_id,),
                                          int(quiz_id in facts.passed_quizzes), 1))
    for forum in requirements.forum:
        have = sum(max(0, facts.posts.get(d, 0)) for d in forum.discussions)
        statuses.append(RequirementStatus(RequirementKind.FORUM, forum.discussions,
                                          min(have, forum.min_posts), forum.min_posts))
    if requirements.reply_to_colleague:
        statuses.append(RequirementStatus(RequirementKind.REPLY, (),
                                          int(facts.replied_to_colleague), 1))
    ended = False
    if requirements.ends is not None:
        moment = now or datetime.now(timezone.utc)
        all_done = all(s.done for s in statuses)
        late = facts.finished_at is not None and facts.finished_at > requirements.ends
        ended = moment > requirements.ends and (not all_done or late)
        if moment > requirements.ends:
            statuses.append(RequirementStatus(RequirementKind.RUN_END, (), int(not ended), 1))
    return Checklist(tuple(statuses), ended=ended)


@dataclass(frozen=True)
class FactTimes:
    """When each fact was first true, by the clock both sides share for it: the hub's
    `made_at` (docs/protocol.md, "Hub time"); the player uses its hub-clock estimate."""
    completed: Mapping[str, datetime] = field(default_factory=dict)   # item id -> first completion
    passed: Mapping[str, datetime] = field(default_factory=dict)      # quiz id -> first passing attempt
    posts: Mapping[str, Sequence[datetime]] = field(default_factory=dict)  # forum item id -> own posts
    first_reply: datetime | None = None                               # first reply to a colleague


def finishing_time(requirements: Requirements, met_at: FactTimes) -> datetime | None:
    """When the learner finished: the latest of the moments each requirement was first met,
    None while one is unmet (or for a course with nothing to certify). The one definition of
    `LearnerFacts.finished_at` for the hub and the player, so a run's end is judged alike."""
    if requirements.is_empty:
        return None
    moments: list[datetime] = []
    for item_id in requirements.required_items:
        if item_id not in met_at.completed:
            return None
        moments.append(met_at.completed[item_id])
    for quiz_id in requirements.quizzes_passed:
        if quiz_id not in met_at.passed:
            return None
        moments.append(met_at.passed[quiz_id])
    for forum in requirements.forum:
        posted = sorted(t for d in forum.discussions for t in met_at.posts.get(d, ()))
        if len(posted) < forum.min_posts:
            return None
        moments.append(posted[forum.min_posts - 1])   # the post that met it
    if requirements.reply_to_colleague:
        if met_at.first_reply is None:
            return None
        moments.append(met_at.first_reply)
    return max(moments)


def parse_requirements(raw: Any, items: Sequence[tuple[str, str, bool]]) -> Requirements:
    """Read a manifest's `requirements` object against its items: (id, kind value, required).

    Every reference must name an item of the right kind; unknown keys are refused so a typo
    never silently drops a requirement from a certificate."""
    if raw is None:
        raw = {"rule": RULE_ALL_REQUIRED}
    if not isinstance(raw, Mapping):
        raise RequirementsError("'requirements' must be an object such as {\"rule\": \"all-required\"}.")
    unknown = sorted(set(raw) - _KNOWN_KEYS)
    if unknown:
        raise RequirementsError(f"'requirements' has unknown field(s): {', '.join(map(str, unknown))}.")
    rule = raw.get("rule", RULE_ALL_REQUIRED)
    if rule != RULE_ALL_REQUIRED:
        raise RequirementsError(f"Unknown completion rule {rule!r}; format 1 knows 'all-required'.")
    kinds = {item_id: kind for item_id, kind, _ in items}
    required = tuple(item_id for item_id, _, is_required in items if is_required)

    quizzes = _id_list(raw.get("quizzes_passed", []), "requirements.quizzes_passed")
    for quiz_id in quizzes:
        _expect_kind(kinds, quiz_id, "quiz", "requirements.quizzes_passed")

    forum: list[ForumRequirement] = []
    forum_raw = raw.get("forum", [])
    if not isinstance(forum_raw, list):
        raise RequirementsError("'requirements.forum' must be a list of "
                                "{\"discussions\": [...], \"min_posts\": N}.")
    for n, entry in enumerate(forum_raw, start=1):
        where = f"requirements.forum[{n}]"
        if not isinstance(entry, Mapping) or set(entry) - {"discussions", "min_posts"}:
            raise RequirementsError(f"'{where}' must be {{\"discussions\": [...], \"min_posts\": N}}.")
        discussions = _id_list(entry.get("discussions", []), f"{where}.discussions")
        if not discussions:
            raise RequirementsError(f"'{where}.discussions' names no discussion.")
        for d in discussions:
            _expect_kind(kinds, d, "forum", f"{where}.discussions")
        min_posts = entry.get("min_posts", 1)
        if isinstance(min_posts, bool) or not isinstance(min_posts, int) \
                or not 1 <= min_posts <= _MAX_POSTS:
            raise RequirementsError(f"'{where}.min_posts' must be a whole number from 1 to {_MAX_POSTS}.")
        forum.append(ForumRequirement(discussions, min_posts))

    reply = raw.get("reply_to_colleague", False)
    if not isinstance(reply, bool):
        raise RequirementsError("'requirements.reply_to_colleague' must be true or false.")
    if reply and "forum" not in kinds.values():
        raise RequirementsError("'requirements.reply_to_colleague' needs a discussion in the course.")

    hours = raw.get("hours")
    if hours is not None and (isinstance(hours, bool) or not isinstance(hours, (int, float))
                              or not 0 < hours <= 10000):
        raise RequirementsError("'requirements.hours' must be a number of hours above 0.")

    criteria = raw.get("criteria")
    if criteria is not None and (not isinstance(criteria, str) or not criteria.strip()
                                 or len(criteria) > 4000):
        raise RequirementsError("'requirements.criteria' must be text of at most 4000 characters.")

    ends = _parse_time(raw.get("ends")) if raw.get("ends") is not None else None
    return Requirements(required_items=required, quizzes_passed=quizzes, forum=tuple(forum),
                        reply_to_colleague=reply,
                        hours=float(hours) if hours is not None else None,
                        criteria=criteria.strip() if criteria else None, ends=ends, rule=rule)


def requirements_to_dict(req: Requirements) -> dict[str, Any]:
    """The manifest form again (only the fields in use, so old manifests round-trip)."""
    out: dict[str, Any] = {"rule": req.rule}
    if req.quizzes_passed:
        out["quizzes_passed"] = list(req.quizzes_passed)
    if req.forum:
        out["forum"] = [{"discussions": list(f.discussions), "min_posts": f.min_posts}
                        for f in req.forum]
    if req.reply_to_colleague:
        out["reply_to_colleague"] = True
    if req.hours is not None:
        out["hours"] = int(req.hours) if req.hours.is_integer() else req.hours
    if req.criteria:
        out["criteria"] = req.criteria
    if req.ends is not None:
        out["ends"] = req.ends.isoformat().replace("+00:00", "Z")
    return out


def _id_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RequirementsError(f"'{where}' must be a list of item ids.")
    if len(set(value)) != len(value):
        raise RequirementsError(f"'{where}' names an item twice.")
    return tuple(value)


def _expect_kind(kinds: Mapping[str, str], item_id: str, kind: str, where: str) -> None:
    found = kinds.get(item_id)
    if found is None:
        raise RequirementsError(f"'{where}' names '{item_id}', which is not an item of the course.")
    if found != kind:
        raise RequirementsError(f"'{where}' names '{item_id}', a {found}, not a {kind}.")


def _parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise RequirementsError("'requirements.ends' must be a date and time such as "
                                "'2026-12-31T23:59:59Z'.")
    text = value.strip()
    try:
        if len(text) == 10:               # a date alone: the end of that day, UTC
            moment = datetime.fromisoformat(text + "T23:59:59+00:00")
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise RequirementsError(f"'requirements.ends' {value!r} is not a date and time such as "
                                "'2026-12-31T23:59:59Z'.") from None
    if moment.tzinfo is None:
        raise RequirementsError("'requirements.ends' needs a time zone, e.g. a final 'Z' for UTC.")
    return moment.astimezone(timezone.utc)


def facts_from(completed: Iterable[str], passed_quizzes: Iterable[str] = (),
               posts: Mapping[str, int] | None = None,
               replied_to_colleague: bool = False,
               finished_at: datetime | None = None) -> LearnerFacts:
    """Facts from plain collections (the store and the hub each read theirs)."""
    return LearnerFacts(frozenset(completed), frozenset(passed_quizzes), dict(posts or {}),
                        replied_to_colleague, finished_at)
