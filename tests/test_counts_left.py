"""A count of detainees told as people detained or held in custody, and a count a change leaves ("freed eight more,
leaving twelve in custody"): the newest count as it stands answers "how many are still held?"."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_FIRST = """date: 2026-03-02
source: Andean Desk
title: Peru holds Chilean crews after Ilo clash

Peruvian police detained 40 Chilean fishermen after a clash off Ilo on Saturday.

Twenty remain in custody and are being questioned, officials said.
"""

_LATER = """date: 2026-03-09
source: Andean Desk
title: Peru frees more Chilean fishermen

Peruvian police freed eight more of the Chilean fishermen detained after the clash, leaving twelve in custody.

The release came after a call between the two foreign ministers.
"""


def test_the_count_a_release_leaves_is_the_count_still_held(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"first.txt": _FIRST, "later.txt": _LATER})
    for question in (
        "how many Chilean detainees are still being held?",
        "how many detainees still in custody",
        "how many chilean fishermen remain in custody now?",
    ):
        answer = knowledge.answer(question)
        assert answer.found and answer.items, (question, answer.message)
        assert "leaving twelve" in answer.items[0].citations[0].quote, (question, answer.items[0])
