"""Bidi controls never reach a title, a name or an error line (issue #11, item 12)."""
from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from sync.errors import BundleError, BundleErrorKind, StoreError
from sync.protocol import PostEvent, ThreadEvent
from sync.text_safety import clean_body, clean_name, has_bidi_controls, neutralize

RLO = "\u202e"


@pytest.mark.parametrize("control", list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                                         "\u200e\u200f\u061c"))
def test_every_bidi_control_leaves_names_and_messages(control):
    assert not has_bidi_controls(clean_name(f"Court{control} notice"))
    assert not has_bidi_controls(neutralize(f"file{control}.lectern"))


def test_bodies_keep_rtl_marks_but_lose_overrides():
    body = "مرحبا\u200f text\u202e gnp.exe\nsecond line"
    cleaned = clean_body(body)
    assert "\u200f" in cleaned and RLO not in cleaned and "\n" in cleaned


def test_names_lose_controls_and_extra_spaces():
    assert clean_name("  A\x00 title\u202e \t with\nbreaks ") == "A title with breaks"


def test_errors_never_carry_bidi_controls():
    assert RLO not in StoreError(f"bad {RLO}name").message
    assert RLO not in str(BundleError(BundleErrorKind.CORRUPT, f"x{RLO}y"))


def test_the_wire_cleans_thread_titles_and_bodies_on_both_sides():
    e = ThreadEvent(id=uuid.uuid4(), course_id="c", device_seq=1, item_id="f",
                    title=f"Urgent{RLO}: gro.troc", body=f"see {RLO}here")
    assert RLO not in e.title and RLO not in e.body
    with pytest.raises(ValidationError):
        ThreadEvent(id=uuid.uuid4(), course_id="c", device_seq=1, item_id="f", title=RLO, body="x")
    p = PostEvent(id=uuid.uuid4(), course_id="c", device_seq=2, thread_id=uuid.uuid4(), body=f"a{RLO}b")
    assert p.body == "ab"


def test_forum_titles_are_cleaned_when_written_and_when_shown(data_paths, tiny_bundle):
    from sync.bundle import TrustPolicy
    from sync.forum import Forum
    from sync.importer import import_bundle
    from sync.store import LearnerStore
    import_bundle(data_paths, tiny_bundle, TrustPolicy((), allow_unsigned=True))
    with LearnerStore.open(data_paths.db) as store:
        forum = Forum(store, "judge")
        t = forum.create_thread("tiny-en", "f1", f"Hello{RLO} dlrow", "body")
        assert RLO not in t.title
        # A row that arrived through an older hub still shows without the override.
        with store.transaction() as conn:
            conn.execute("UPDATE forum_threads SET title = ?, author = ? WHERE id = ?",
                         [f"x{RLO}y", f"ev{RLO}e", t.id])
        shown = forum.thread(t.id)
        assert shown.title == "xy" and shown.author == "eve"


def test_course_titles_with_bidi_overrides_are_refused(tiny_source, tmp_path):
    from sync.bundle import build_bundle
    toml = (tiny_source / "course.toml").read_text(encoding="utf-8")
    (tiny_source / "course.toml").write_text(
        toml.replace('title = "Quiz one"', f'title = "Quiz {RLO}eno"'), encoding="utf-8")
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert "bidi" in info.value.message and RLO not in info.value.message
