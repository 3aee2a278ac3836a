"""sync.services.forum: a course's discussion read and written locally, through the service
alone (what the player's forum item runs on its store lane)."""
from __future__ import annotations

import pytest

from sync.demo import DEMO_COURSE_ID
from sync.errors import StoreError
from sync.services import courses, forum


@pytest.fixture
def store(data_paths):
    from sync.store import LearnerStore

    courses.offer_start_courses(data_paths)  # the demo, with its forum items
    with LearnerStore.open(data_paths.db) as store:
        yield store


def test_a_thread_and_a_reply_are_kept_and_wait_to_be_sent(data_paths, store):
    assert forum.discussions(data_paths, store, DEMO_COURSE_ID, "m1-forum").threads == []
    before = store.pending_count()
    thread = forum.start_thread(data_paths, store, DEMO_COURSE_ID, "m1-forum",
                                "Legality first", "The law was vague.")
    post = forum.reply(data_paths, store, thread.id, "Same here.")
    listed = forum.discussions(data_paths, store, DEMO_COURSE_ID, "m1-forum")
    assert [t.id for t in listed.threads] == [thread.id]
    one = forum.discussion(data_paths, store, thread.id)
    assert one.thread.id == thread.id and post.id in [p.id for p in one.posts]
    assert one.me == listed.me  # nobody signed in: the engine's own name for "me"
    assert store.pending_count() > before


def test_an_empty_post_is_refused_in_plain_words(data_paths, store):
    with pytest.raises(StoreError):
        forum.start_thread(data_paths, store, DEMO_COURSE_ID, "m1-forum", "", "")


def test_the_demo_course_never_leaves_this_computer(store):
    assert forum.is_local_only(store, DEMO_COURSE_ID)   # no course server has offered it
    assert not forum.is_local_only(store, "tiny-en")
