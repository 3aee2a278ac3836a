"""The wire schema shared by hub and player (sync/protocol.py): pure data and validation."""
from __future__ import annotations

import subprocess
import sys
import uuid

import pytest

from hub.settings import HubSettings
from sync import protocol as p


def event(**fields):
    return {"id": str(uuid.uuid4()), "course_id": "ethics-en", "device_seq": 1, **fields}


def test_each_event_kind_parses():
    assert isinstance(p.parse_client_event(event(kind="progress", item_id="v1", fraction=0.5, position=3)),
                      p.ProgressEvent)
    assert isinstance(p.parse_client_event(event(kind="completed", item_id="v1")), p.CompletedEvent)
    q = p.parse_client_event(event(kind="quiz_attempt", item_id="q1", answers={"a": ["x", "y"]}))
    assert q.answers == {"a": ["x", "y"]}
    t = p.parse_client_event(event(kind="thread", item_id="f1", title="T", body="B", device_time="1990-01-01T00:00:00Z"))  # noqa: E501
    assert t.device_time.year == 1990
    post = p.parse_client_event(event(kind="post", thread_id=str(uuid.uuid4()), body="hi"))
    assert post.parent_id is None


@pytest.mark.parametrize("raw, words", [
    (event(kind="progress", item_id="v1", fraction=1.5), "'fraction'"),
    (event(kind="progress", item_id="v1", fraction=float("nan")), "'fraction'"),
    (event(kind="progress", item_id="v1", fraction=0.1, position=float("inf")), "'position'"),
    (event(kind="progress", item_id="../etc", fraction=0.1), "'item_id'"),
    (event(kind="completed"), "'item_id' is required"),
    (event(kind="post", thread_id="nope", body="x"), "'thread_id'"),
    (event(kind="post", thread_id=str(uuid.uuid4()), body=""), "'body'"),
    (event(kind="thread", item_id="f1", title="t", body="b", author="mallory"), "'author' is not a known field"),
    (event(kind="bogus"), "Unknown event kind"),
    ({**event(kind="completed", item_id="a"), "device_seq": -1}, "'device_seq'"),
])
def test_bad_events_are_described_in_words(raw, words):
    with pytest.raises(p.EventInvalid) as info:
        p.parse_client_event(raw)
    assert words in info.value.message
    assert info.value.fields


def test_cursor_round_trip_and_garbage():
    c = p.encode_cursor(12, {"ethics": 40, "bail": 7})
    assert p.decode_cursor(c) == (12, {"ethics": 40, "bail": 7})
    assert p.decode_cursor(None) == (0, {})
    for bad in ("!!", "e30", "eyJwIjoiMSIsImYiOnt9fQ", "eyJwIjotMSwiZiI6e319", "eyJwIjoxLCJmIjp7ImEiOi0xfX0"):
        with pytest.raises(p.CursorInvalid):
            p.decode_cursor(bad)


def test_server_events_parse_back():
    ev = p.SERVER_EVENT.validate_python({"seq": 3, "kind": "course_update", "course": {
        "course_id": "x", "course_family": "x", "version": 2, "language": "fr", "title": "T"}})
    assert isinstance(ev, p.CourseUpdateServerEvent)
    assert set(p.event_json_schemas()) >= {"ProgressEvent", "PostEvent", "ThreadEvent"}


def test_hub_limits_match_the_protocol():
    s = HubSettings(data_dir=__import__("pathlib").Path("."))
    assert (s.max_body_bytes, s.max_inflated_bytes, s.max_events, s.page_events) == (
        p.MAX_BODY_BYTES, p.MAX_INFLATED_BODY_BYTES, p.MAX_EVENTS_PER_BATCH, p.MAX_PAGE_EVENTS)


def test_protocol_has_no_framework_and_hub_has_no_qt():
    # The hub shares sync's protocol, bundle checks and rules (grading, text safety), nothing else.
    code = ("import sys, sync.protocol; assert 'fastapi' not in sys.modules and 'starlette' not in sys.modules; "
            "import hub.app, hub.cli, sync; assert not [m for m in sys.modules if m.startswith('PySide6')]; "
            "bad = [m for m in sys.modules if m.startswith('sync.') and m not in "
            "{'sync.protocol','sync.manifest','sync.bundle','sync.signing','sync.content_store','sync.errors',"
            "'sync.html_safety','sync.text_safety','sync.quiz','sync.progress_rules','sync.webvtt','sync.pdf_check','sync.media_probe',"
            "'sync.json_limits','sync.requirements','sync.schedule','sync.atomic_file'} "
            "and not m.startswith('sync.certificates')]; "
            "assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
