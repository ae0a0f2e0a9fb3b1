"""A generic head after the word naming which ("the 500-for-500 deal", "the swap deal") is the asker's word for what
the articles call otherwise ("a 500-for-500 exchange"): the modifier tells, and the sentence holding it answers
unhedged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import knowledge_over

_SWAP = (
    "date: 2033-06-03\nsource: Andes Desk\ntitle: Peru and Ecuador agree swap\n\n"
    "Peru and Ecuador agreed to a 500-for-500 exchange during talks in Panama City on June 2.\n\n"
    "Officials said a separate trade deal was not discussed.\n\n"
    "Each side holds about 500 detainees, and the 500 freed first will be the oldest.\n\n"
    "The Red Cross said 500 families were waiting in Tumbes.\n\n"
    "Both sides agreed to meet again in July, and they agreed on a hotline.\n"
)


@pytest.mark.parametrize(
    "question", ["where was the 500 for 500 deal agreed", "where was the 500-for-500 deal agreed?"]
)
def test_the_modifier_tells_and_the_generic_head_is_the_askers_word(tmp_path: Path, question: str) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"swap.txt": _SWAP})
    answer = knowledge.answer(question)
    first = answer.items[0]
    assert "500-for-500 exchange" in first.citations[0].quote and first.label is None, (answer.message, first)
    assert not (answer.message or "").startswith("No sentence says all of that"), answer.message
