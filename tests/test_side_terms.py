"""A side's demands told without a demand verb: when no demand of the side asked was extracted, what those speaking
for it said answers, the statements setting terms (a condition, an obligation, a refusal) first, labelled as said
for the side, never as its demands and never as "the articles state no demands"."""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase
from knowledge.vocabulary import TERMS_CUE
from tests.conftest import knowledge_over

_PATROLS = """date: 2026-08-03
source: Pacific Desk
title: Peru and Chile trade warnings over anchovy patrols

Peruvian Foreign Minister Tomas Villacorta said on Sunday that the fishing season had opened calmly in Ilo.

Villacorta said the two navies had exchanged liaison officers last month.

Peruvian foreign ministry spokeswoman Rosa Quispe said joint patrols are only possible with the consent of both navies.

Quispe said weather conditions had kept the fleet in port on Saturday.

Quispe said any Chilean vessel inside the grey zone would be seen as a threat to Peru.

Quispe said Peru did not see the new Chilean radar as a danger.

Chilean Foreign Minister Andres Lagarrigue demanded that Peru release the trawler Santa Rita by Friday.
"""


def _patrols(tmp_path: Path) -> KnowledgeBase:
    return knowledge_over(tmp_path / "corpus", {"patrols.txt": _PATROLS})


def test_a_side_with_no_demand_extracted_answers_with_its_terms_first(tmp_path: Path) -> None:
    knowledge = _patrols(tmp_path)
    for question in ("!demands Peru", "what does Peru demand?", "peru's conditions?"):
        answer = knowledge.answer(question)
        assert answer.found, (question, answer.message)
        assert "state no demands" not in (answer.message or ""), (question, answer.message)
        assert "no demand by Peru" in (answer.message or ""), (question, answer.message)
        quotes = [item.citations[0].quote for item in answer.items]
        # (the two that set terms lead; "weather conditions" sets none, and follows them)
        assert quotes[:2] and all(TERMS_CUE.search(quote) for quote in quotes[:2]), (question, quotes)
        assert any("weather" in quote for quote in quotes[2:]), (question, quotes)
        assert all((item.label or "").startswith("said for the side") for item in answer.items), answer.items
        assert not any("Lagarrigue" in quote for quote in quotes), (question, quotes)  # (another side's words)
        assert len(quotes) == len(set(quotes)), quotes


def test_a_side_with_demands_still_lists_them(tmp_path: Path) -> None:
    answer = _patrols(tmp_path).answer("!demands Chile")
    assert answer.found and "Santa Rita" in answer.items[0].text, answer
    assert not (answer.items[0].label or "").startswith("said for the side"), answer.items[0]


def test_terms_are_conditions_obligations_refusals_and_expectations() -> None:
    for text in (
        "Talks are only possible after the troops leave.",
        "Ankara must withdraw its ships.",
        "We won't accept a buffer zone.",
        "The minister said they cannot allow the inspections.",
        "Lima expects Santiago to pay for the damage.",
        "Any such deployment is a threat to our security.",
        "Somalia has to release the men first.",
        "They will hand over the boats only after Lima pays the fines.",
        "We will never agree to a buffer zone.",
    ):
        assert TERMS_CUE.search(text), text
    for text in (
        "The mustard crop failed.",
        "They met in Lima on Friday.",
        "Only two boats left the port.",
        "Weather conditions delayed the flight.",
        "He said there was no threat.",
        "Officials expect the talks to resume on Monday.",
        "The envoy should arrive on Tuesday.",
        "Only after midnight did the ferry leave.",
    ):
        assert not TERMS_CUE.search(text), text


def test_a_counted_list_of_demands_is_the_sides(tmp_path: Path) -> None:
    from knowledge.extract.demands import extract_demands
    from knowledge.extract.speakers import ActorFinder
    from knowledge.sentences import split_article

    text = (
        "Nepal put three demands on the table, according to a statement from its embassy: a joint survey of the "
        "river, the reopening of the Banbasa crossing within 30 days, and the release of four Nepali traders."
    )
    found = [(d.party, d.text) for d in extract_demands(split_article("a", text, 0), ActorFinder([]))]
    assert ("Nepal", "the release of four Nepali traders") in found, found
    assert all(party == "Nepal" for party, _ in found) and len(found) >= 2, found
