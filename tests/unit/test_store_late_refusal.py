"""A refusal that arrives with a later answer than the one that acked its event (a court relay
acks on its disk and passes the upstream's refusal on with a later sync, docs/relay.md): a
quiz completion the upstream says was not passed is undone here all the same."""
from __future__ import annotations

from sync.store import Acked, HubAnswer, LearnerStore, Refused


def identity(store: LearnerStore) -> tuple[str | None, str]:
    return store.account(), store.device_id()


def test_a_late_not_passed_refusal_undoes_the_completion(store: LearnerStore) -> None:
    store.record_progress("tiny-en", "r1", completed=True)
    completed = next(e for e in store.pending_events() if e.kind == "completed")
    sent = {e.id: e.kind for e in store.pending_events()}
    # The relay acks it (on its disk) ...
    assert store.apply_hub_answer(HubAnswer("c1", acked=[Acked(i) for i in sent]), sent, identity(store))
    assert store.item_progress("tiny-en", "r1").completed
    # ... and a later sync, which sent nothing, brings the upstream's refusal.
    late = HubAnswer("c2", refused=[Refused(completed.id, "not-passed", "Not passed on the hub")])
    assert store.apply_hub_answer(late, {}, identity(store))
    assert not store.item_progress("tiny-en", "r1").completed
    assert [r.message for r in store.refusals()] == ["Not passed on the hub"]


def test_a_late_refusal_of_another_kind_leaves_progress_alone(store: LearnerStore) -> None:
    store.record_progress("tiny-en", "r1", completed=True)
    sent = {e.id: e.kind for e in store.pending_events()}
    assert store.apply_hub_answer(HubAnswer("c1", acked=[Acked(i) for i in sent]), sent, identity(store))
    other = next(i for i, k in sent.items() if k != "completed")
    late = HubAnswer("c2", refused=[Refused(other, "not-passed", "Not passed on the hub")])
    assert store.apply_hub_answer(late, {}, identity(store))
    assert store.item_progress("tiny-en", "r1").completed
