"""A ranking kept to some sentences ("what did X say": the ones X speaks) is the whole ranking, filtered."""

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
