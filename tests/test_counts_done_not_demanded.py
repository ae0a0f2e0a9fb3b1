"""A count of what a side does comes before a count another side only demanded of it ("demanded that Niger withdraw
the roughly 3,000 soldiers it has deployed" tells no withdrawal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import knowledge_over

_OPENING = (
    "date: 2033-05-02\nsource: Sahel Desk\ntitle: Border talks open\n\n"
    "In his opening remarks, Malian negotiator Oumar Keita demanded that Niger withdraw the roughly 3,000 soldiers it"
    " has deployed along the river since January.\n"
)
_DEAL = (
    "date: 2033-06-20\nsource: Sahel Desk\ntitle: Deal reached\n\n"
    "Under the agreement, announced in Accra after four days of talks, Niger will withdraw 1,500 soldiers from the"
    " river within 60 days, while Mali will move back about 700 troops.\n"
)


@pytest.mark.parametrize(
    "question", ["how many soldiers is Niger withdrawing?", "how many soldiers is niger pulling out"]
)
def test_a_count_done_before_a_count_demanded(tmp_path: Path, question: str) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"opening.txt": _OPENING, "deal.txt": _DEAL})
    answer = knowledge.answer(question)
    assert answer.items and "1,500 soldiers" in answer.items[0].citations[0].quote, answer.items[:2]


def test_a_count_demanded_answers_when_a_demand_is_asked(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"opening.txt": _OPENING, "deal.txt": _DEAL})
    answer = knowledge.answer("how many soldiers did Mali demand Niger withdraw?")
    quotes = [item.citations[0].quote for item in answer.items[:2]]
    assert any("3,000 soldiers" in quote for quote in quotes), quotes
