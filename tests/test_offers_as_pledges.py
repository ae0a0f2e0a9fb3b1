"""Money a side offers is told as its pledge ("the EU's 40 million euro pledge for the ferry port"): "how much is the
EU offering?" is answered by it, unhedged."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_STORY = (
    "date: 2034-03-09\nsource: Baltic Desk\ntitle: Ferry port talks\n\n"
    "The EU's 40 million euro pledge for the ferry port remains conditional on a deal this year, envoy Mari Tamm"
    " said.\n\n"
    "Estonia and Latvia ended two days of talks in Parnu without agreement on the ferry port.\n\n"
    "Latvia offered to host the next round.\n"
)


def test_an_offer_of_money_is_answered_by_its_pledge(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": _STORY})
    answer = knowledge.answer("how much money is the EU offering for the ferry port?")
    first = answer.items[0]
    assert "40 million euro pledge" in first.citations[0].quote and first.label is None, (answer.message, first)
