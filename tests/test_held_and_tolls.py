"""People still held read as held, not as ground controlled ("how many Peruvians are still held?"), while ground
still held stays controlled ("how much of the province does Ecuador still hold?")."""

from __future__ import annotations

from pathlib import Path

from knowledge.lexicon import holds_people, without_phrasal_verbs
from tests.conftest import knowledge_over

_FIRST = (
    "date: 2026-06-01\nsource: Andes Desk\ntitle: Peru and Ecuador open border talks in Loja\n\n"
    "LOJA - Peru and Ecuador opened talks on Sunday over the Cordillera del Condor, with Chile as mediator.\n\n"
    "Lima says 21 Peruvians are still held after last month's raid near Zamora.\n\n"
    "Ecuadorian troops still hold two outposts on the ridge, Peruvian officers said.\n"
)
_SECOND = (
    "date: 2026-06-15\nsource: Andes Desk\ntitle: Ecuador frees fishermen as Condor talks go on\n\n"
    "QUITO - Ecuador freed 12 Peruvian fishermen on Saturday, the Chilean mediator said.\n\n"
    "Lima now counts nine Peruvians in Ecuadorian custody.\n"
)


def test_people_still_held_are_counted_as_held(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _FIRST, "two.txt": _SECOND})
    for question in (
        "How many Peruvians are still held by Ecuador?",
        "how many peruvians does ecuador still hold",
        "How many Peruvians is Ecuador still holding?",
    ):
        answer = knowledge.answer(question)
        assert answer.items, question
        quotes = [item.citations[0].quote for item in answer.items[:2]]
        assert any("nine Peruvians" in quote for quote in quotes), (question, quotes)


def test_ground_still_held_is_still_controlled() -> None:
    assert without_phrasal_verbs("how much of the ridge does Ecuador still hold?").endswith("still control?")
    assert without_phrasal_verbs("Ecuadorian troops still hold two outposts") == (
        "Ecuadorian troops still control two outposts"
    )
    assert not holds_people("how many villages are still held by Peru?")
    assert holds_people("Does Ecuador still hold 40 sailors?")
    assert holds_people("how many traders does Peru still hold?")
