"""A ranking kept to some sentences ("what did X say": the ones X speaks) is the whole ranking, filtered; an item
built from a fact alone is built once per index state, and as it would be built anew."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.answering.ranking import Ranker
from knowledge.index import SentenceRow


def _even(row: SentenceRow) -> bool:
    return row.id % 2 == 0


@pytest.mark.parametrize(
    "text", ["what did Lavrov say about sanctions", "when did Putin call Trump", "ceasefire talks in Istanbul"]
)
def test_the_hits_kept_are_those_of_the_whole_ranking_in_its_order(kb: KnowledgeBase, text: str) -> None:
    context = kb.context
    question = context.question(text)
    ranker = Ranker(kb.store)  # nothing ranked yet
    kept = ranker.rank_where(question, 100, _even)
    whole = ranker.rank(question, 100)
    assert kept == [hit for hit in whole if _even(hit.row)]
    assert kept and len(kept) < len(whole)
    assert ranker.rank_where(question, 100, _even) == kept  # read off the whole ranking, now made


def test_an_event_item_is_built_once_per_index_state_and_the_kept_ones_are_bounded(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knowledge.answering.context as context_module
    from knowledge.answering.timeline import _event_item, event_item

    context = kb.context
    rows = kb.store.events_in_order("", "\uffff", 40)
    assert len(rows) > 8
    for row in rows:
        assert event_item(context, row) is event_item(context, row)  # kept
        assert event_item(context, row) == _event_item(context, row, checked=True)  # as built anew
        assert event_item(context, row, checked=False) == _event_item(context, row, checked=False)
    monkeypatch.setattr(context_module, "ITEMS_KEPT", 8)
    context._items.clear()
    for row in rows:
        event_item(context, row)
    assert len(context._items) <= 8
