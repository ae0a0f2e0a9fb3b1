"""Counts as they stand: people still held read as held, not as ground controlled ("how many Peruvians are still
held?"), while ground still held stays controlled; a death toll revised in other words ("the death toll from the
dispute rose to 17" for "how many people have died in the border clashes so far?"); "the current number of ..."."""

from __future__ import annotations

from pathlib import Path

from knowledge.lexicon import holds_people, without_phrasal_verbs
from tests.conftest import knowledge_over

_FIRST = (
    "date: 2026-06-01\nsource: Andes Desk\ntitle: Peru and Ecuador open border talks in Loja\n\n"
    "LOJA - Peru and Ecuador opened talks on Sunday over the Cordillera del Condor, with Chile as mediator.\n\n"
    "Lima says 21 Peruvians are still held after last month's raid near Zamora.\n\n"
    "Ecuadorian troops still hold two outposts on the ridge, Peruvian officers said.\n\n"
    "Peruvian units will keep their current positions until Chilean observers arrive, the army said.\n\n"
    "The death toll from the border clashes has risen to 14, the Peruvian army said on Saturday.\n\n"
    "Peru's civil defence office said 8,200 Peruvians remained displaced after the clashes.\n"
)
_SECOND = (
    "date: 2026-06-15\nsource: Andes Desk\ntitle: Ecuador frees fishermen as Condor talks go on\n\n"
    "QUITO - Ecuador freed 12 Peruvian fishermen on Saturday, the Chilean mediator said.\n\n"
    "Lima now counts nine Peruvians in Ecuadorian custody.\n\n"
    "Aid agencies said displaced families in Jaen needed tents and clean water before the rains.\n\n"
    "The Red Cross opened a second camp for displaced farmers near San Ignacio on Friday.\n\n"
    "A wounded corporal died in hospital in Tumbes on Thursday, raising the death toll from the dispute to 15.\n"
)
_THIRD = (
    "date: 2026-06-29\nsource: Andes Desk\ntitle: Chile sets date for third round of Condor talks\n\n"
    "SANTIAGO - Chile said on Sunday the third round of talks would open in Santiago on July 9.\n\n"
    "The death toll from the dispute rose to 17 after two farmers were killed by a landmine on Tuesday.\n\n"
    "The civil defence office said the number of displaced Peruvians had fallen to 5,900 as families went home.\n"
)


_FOURTH = (
    "date: 2026-07-03\nsource: Andes Desk\ntitle: Peru counts its dead in Condor clashes\n\n"
    "LIMA - Peru says nine of its citizens have been killed so far in the clashes, six of them in the Zamora raid.\n"
)
_ARTICLES = {"one.txt": _FIRST, "two.txt": _SECOND, "three.txt": _THIRD, "four.txt": _FOURTH}


def test_people_still_held_are_counted_as_held(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", _ARTICLES)
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


def test_a_death_toll_revised_in_other_words_is_the_count_as_it_stands(tmp_path: Path) -> None:
    # (never one side's part of it, though newer: "Peru says nine of its citizens have been killed so far")
    knowledge = knowledge_over(tmp_path / "corpus", _ARTICLES)
    for question in (
        "How many people have died in the border clashes so far?",
        "latest death toll?",
        "how many people have been killed in the border clashes to date",
    ):
        answer = knowledge.answer(question)
        assert answer.items, question
        assert "rose to 17" in answer.items[0].citations[0].quote, (question, answer.items[:2])


def test_a_sides_dead_asked_are_its_part(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", _ARTICLES)
    answer = knowledge.answer("How many Peruvians have been killed so far?")
    assert answer.items and "nine of its citizens" in answer.items[0].text, answer.items[:2]


def test_the_current_number_of_a_people_is_the_newest_count(tmp_path: Path) -> None:
    # ("current" is a word one sentence uses, "current positions": no word the count must hold)
    knowledge = knowledge_over(tmp_path / "corpus", _ARTICLES)
    for question in ("current number of displaced peruvians", "How many Peruvians are displaced now?"):
        answer = knowledge.answer(question)
        assert answer.items, question
        assert "5,900" in answer.items[0].citations[0].quote, (question, answer.items[:2])


_VIETNAMESE = (
    "date: 2026-07-06\nsource: Mekong Desk\ntitle: Vietnamese families wait near the border\n\n"
    "More than 3,000 Vietnamese villagers have been displaced from the border district, officials said.\n\n"
    "Aid groups said displaced families needed shelter before the rains.\n"
)
_VIETNAMESE_LATER = (
    "date: 2026-07-20\nsource: Mekong Desk\ntitle: Families return as border calms\n\n"
    "Some 1,900 people from Vietnamese border villages remain displaced, the disaster agency said.\n"
)


def test_a_side_people_with_no_plural_ending_is_the_noun_counted(tmp_path: Path) -> None:
    from knowledge.answering.question import _counted
    from knowledge.text import stem

    assert _counted("current number of displaced Vietnamese") == stem("vietnamese")
    assert _counted("how many displaced cambodians") == stem("cambodians")
    # (never a side's own name or seat after a verb: "how many names did Peru add?" counts the names)
    assert _counted("How many names did Peru add to the list?") == stem("names")
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _VIETNAMESE, "two.txt": _VIETNAMESE_LATER})
    answer = knowledge.answer("current number of displaced Vietnamese")
    assert answer.items and "1,900" in answer.items[0].text, (answer.message, answer.items[:2])
    assert answer.items[0].label is None, (answer.message, answer.items[0])


_GAUGES = (
    "date: 2026-08-03\nsource: Andes Desk\ntitle: Readings at the Rimac gauges drift apart\n\n"
    "LIMA - Peru and Ecuador agreed to share river readings from the Zarumilla gauges every morning.\n\n"
    "Peru's water authority said its readings differed by 6 percent from those sent by Ecuador on Monday.\n\n"
    "Ecuadorian engineers said the gauges would be checked by a joint team in September.\n"
)
_GAUGES_LATER = (
    "date: 2026-08-17\nsource: Andes Desk\ntitle: Gauge row delays river talks\n\n"
    "The gap between the two sides' readings widened on Tuesday to 9 percent, up from 6 percent the week before.\n"
)


def test_what_changed_to_a_figure_is_what_it_measures(tmp_path: Path) -> None:
    # ("the gap ... widened to 9 percent" is the discrepancy's size; "differed by 6 percent" its older one)
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _GAUGES, "two.txt": _GAUGES_LATER})
    answer = knowledge.answer("how big is the discrepancy in the readings now?")
    assert answer.items and "9 percent" in answer.items[0].text, (answer.message, answer.items[:2])
    assert answer.items[0].label is None, (answer.message, answer.items[0])


def test_a_count_reported_in_the_past_tense_is_how_it_stands(tmp_path: Path) -> None:
    newest = (
        "date: 2026-08-03\nsource: Mekong Desk\ntitle: Border flooding adds to displaced\n\n"
        "The disaster agency said on Friday that about 2,600 Vietnamese villagers were displaced.\n"
    )
    knowledge = knowledge_over(
        tmp_path / "corpus", {"one.txt": _VIETNAMESE, "two.txt": _VIETNAMESE_LATER, "three.txt": newest}
    )
    answer = knowledge.answer("How many Vietnamese are displaced now?")
    assert answer.items and "2,600" in answer.items[0].text, (answer.message, answer.items[:2])
