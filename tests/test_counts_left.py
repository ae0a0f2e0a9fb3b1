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


_IN_FIGURES = _LATER.replace("leaving twelve", "leaving 12")
_ACTS = """date: 2026-03-10
source: Andean Desk
title: Ministers meet on the fishermen

The foreign ministers of the two held talks in Tacna on Tuesday on the fate of the prisoners.
"""


def test_leaving_a_count_tells_how_it_stands_in_figures_or_words_of_them_too() -> None:
    from knowledge.answering.question import STATE_TOLD

    for told in (
        "leaving 12 in custody",
        "leaving 1,200 in the camps",
        "leaves about 300 missing",
        "leaving 12 of them",
    ):
        assert STATE_TOLD.search(told), told
    assert not STATE_TOLD.search("freed the men, leaving one of the ministers behind"), "one of the ministers"


def test_held_after_a_number_is_a_state_never_an_act() -> None:
    from knowledge.answering.answer_types import _HELD_AFTER

    for after in (" in custody", " remain in detention", " are still held", " were detained", " behind bars"):
        assert _HELD_AFTER.match(after), after
    for after in (" held talks", " held a rally", " are held responsible", " were detained up the road"):
        assert not _HELD_AFTER.match(after), after


def test_a_count_left_in_figures_is_how_it_stands(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"first.txt": _FIRST, "later.txt": _IN_FIGURES})
    answer = knowledge.answer("how many chilean fishermen remain in custody now?")
    assert answer.found and "leaving 12" in answer.items[0].citations[0].quote, answer.items[:2]


def test_an_act_of_the_two_is_no_count_of_prisoners(tmp_path: Path) -> None:
    answer = knowledge_over(tmp_path / "corpus", {"acts.txt": _ACTS}).answer("how many prisoners are held now?")
    assert not any(item.label is None and "held talks" in item.citations[0].quote for item in answer.items), answer


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


_STRIKE = """date: 2026-05-12
source: Caucasus Desk
title: Strike near Gori strains monitoring deal

After an air strike on a depot near Gori on Tuesday, officials said seven civilians, including two children, had died.

People in Gori said the depot had stood empty for weeks before the strike.

Under the outline deal, each side will appoint five officers to a monitoring cell, and Turkey will send three observers.
"""


def test_people_are_counted_by_any_noun_for_people_and_a_kind_typed_one_letter_off(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"strike.txt": _STRIKE})
    for question, told in (
        ("How many people died in the Gori strike?", "seven civilians"),
        ("how many monitring officers does each side apoint?", "five officers"),
    ):
        answer = knowledge.answer(question)
        assert "No sentence gives the number" not in (answer.message or ""), (question, answer.message)
        assert answer.items and told in answer.items[0].citations[0].quote and answer.items[0].label is None, answer


_FLOODS_EARLY = """date: 2026-09-07
source: Lake Desk
title: Floods near Kisumu drive families from homes

The agency said about 12,000 people had been displaced by the floods near Kisumu.

The ministry said 4,100 Ugandans had returned through Busia since June 1, up from 2,800 a week earlier.
"""

_FLOODS_LATER = """date: 2026-09-14
source: Lake Desk
title: Flood camps fill as rains go on

The agency said on Friday that the number of displaced people had climbed to about 15,300.

The number of Ugandans returning from Kenya since June 1 reached 6,900, the ministry said.
"""


def test_the_number_of_a_kind_told_with_its_participle_or_reached_is_the_count_as_it_stands(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"early.txt": _FLOODS_EARLY, "later.txt": _FLOODS_LATER})
    for question, told in (
        ("How many people have been displaced?", "15,300"),
        ("how many Ugandans have returned so far", "6,900"),
    ):
        answer = knowledge.answer(question)
        assert answer.items and told in answer.items[0].citations[0].quote, (question, answer.items[:2])
        assert answer.items[0].label is None, answer.items[0]
