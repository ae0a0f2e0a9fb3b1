"""One reading of a question however it is worded (CheckList-style invariance tests).

For each intent and each slot (who acts, who is asked, whose position, which person, which date or ordinal), at
least ten wordings — full questions, fragments, possessives, imperatives, "tell me ...", typos — must give the same
reading, and, where the articles answer it, the same answer. The articles are written for this test: the people,
places and events are invented (the countries are real, since a party is a country).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Intent, KnowledgeBase, load_articles

MOLDOVA_LATVIA = """date: 2026-04-17
source: Baltic Ledger
title: Moldovan and Latvian envoys meet in Karvela

Lead Moldovan negotiator Ion Varzaru met Latvian Foreign Minister Ilze Bremane in Karvela on Tuesday.

The talks, which began on Tuesday morning, lasted nine hours, Karvela officials said.

Bremane called the meeting "a useful start" and said the second round would be held in Drostow on May 6.

Moldova wants guarantees from Latvia on the Tirel river crossings before any ceasefire.

Latvia demands that Moldova release the 40 detained fishermen.

Varzaru said Moldova supports a ceasefire along the Tirel river.
"""

FERRY = """date: 2026-04-24
source: Baltic Ledger
title: Ferry deal signed in Drostow

Latvian and Moldovan officials signed a ferry agreement in Drostow on Thursday.

The deal reopens the Tirel crossing to civilian traffic, Varzaru told reporters.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder: Path = tmp_path_factory.mktemp("reading") / "corpus"
    folder.mkdir()
    (folder / "karvela.txt").write_text(MOLDOVA_LATVIA, encoding="utf-8")
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    loaded = load_articles(folder)
    assert not loaded.problems
    return KnowledgeBase(loaded.articles)


MEETING_DATE = [
    "when did Varzaru and Bremane meet?",
    "Varzaru Bremane meeting date?",
    "what day did Bremane meet Varzaru?",
    "date of the Varzaru-Bremane meeting",
    "Bremane Varzaru met when",
    "on what day did Varzaru meet Bremane?",
    "which day did Bremane and Varzaru meet",
    "when was the meeting between Varzaru and Bremane?",
    "When did Varzaru meet Bremane",
    "Varzaru and Bremane meeting - date?",
    "when did Varzaru meet Bremanne?",  # typo
    "varzaru bremane meeting date",  # all lower case
    "Varzaru Bremane meeting date Karvela talks?",  # the cue mid-fragment
]


@pytest.mark.parametrize("wording", MEETING_DATE)
def test_a_date_asked_in_any_wording_is_one_reading_and_one_answer(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.TIMELINE and reading.is_when, wording
    assert reading.people == {"Ion Varzaru", "Ilze Bremane"}, wording
    answer = kb.answer(wording)
    assert answer.found and answer.items[0].date == "2026-04-14", (wording, answer.items[:1])
    assert "Karvela" in answer.items[0].citations[0].quote


JOB = [
    "who is Varzaru?",
    "what's Varzaru's job?",
    "Varzaru's role?",
    "what does Ion Varzaru do?",
    "what role does Varzaru have?",
    "tell me about Ion Varzaru",
    "who's Ion Varzaru",
    "Varzarus job",  # possessive without its apostrophe
    "what is Varzaru's title?",
    "!who Varzaru",
    "who is Varzaru",
    "what is Ion Varzaru's post?",
    "who is Varzru?",  # typo
]


@pytest.mark.parametrize("wording", JOB)
def test_a_persons_job_asked_in_any_wording_gives_the_role(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.WHO, wording
    answer = kb.answer(wording)
    assert answer.found, (wording, answer.message)
    assert answer.items[0].text.startswith("Ion Varzaru") and "negotiator" in answer.items[0].text, wording


ROLE = [
    "who is Latvia's foreign minister?",
    "Latvian foreign minister?",
    "Latvia's FM?",
    "who is the Latvian foreign minister",
    "Latvia foreign minister",
    "latvian foreign minister?",
    "who is Latvias foreign minister?",
    "who's Latvia's foreign minister?",
    "Latvian Foreign Minister?",
    "tell me about Latvia's foreign minister",
    "who is Latvia's foriegn minister?",  # a typo
]


def test_a_role_word_misspelt_past_its_stem_is_that_word() -> None:
    from knowledge.roles import _in

    assert _in("delegaton", frozenset({"deleg"})) and not _in("delegaton", frozenset({"del"}))


@pytest.mark.parametrize("wording", ROLE)
def test_a_role_and_whose_it_is_name_its_holder_in_any_wording(kb: KnowledgeBase, wording: str) -> None:
    answer = kb.answer(wording)
    assert answer.found and answer.intent is Intent.WHO, (wording, answer.message)
    assert answer.items[0].text.startswith("Ilze Bremane"), (wording, answer.items[0].text)


def test_a_role_of_a_country_nobody_holds_is_never_another_countrys_holder(kb: KnowledgeBase) -> None:
    for wording in ("who is Estonia's foreign minister?", "Estonian foreign minister?", "Estonia's FM?"):
        answer = kb.answer(wording)
        assert not any(item.text.startswith("Ilze Bremane") and item.label is None for item in answer.items), wording


DEMAND_SIDES = [
    "what does Moldova want from Latvia?",
    "Moldova's demands of Latvia?",
    "what is Moldova asking Latvia for?",
    "Moldova's conditions for Latvia",
    "what does Moldova demand from Latvia?",
    "Moldova request to Latvia",
    "what did Moldova ask Latvia to do?",
    "what does Moldova want Latvia to do?",
    "Moldova wants what from Latvia",
    "what does Chisinau want from Riga?",
    "what are Moldovas demands on Latvia?",
    "what is Varzaru asking Latvia for?",
]


@pytest.mark.parametrize("wording", DEMAND_SIDES)
def test_the_demanding_side_and_the_side_asked_are_read_in_any_wording(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.DEMANDS, wording
    assert reading.demanding == ("Moldova",), (wording, reading.demanding)
    assert reading.asked_of == ("Latvia",), (wording, reading.asked_of)
    answer = kb.answer(wording)
    assert answer.found and "guarantees" in answer.items[0].text, (wording, answer.items[:1])


def test_the_other_side_asked_gives_the_other_sides_demand(kb: KnowledgeBase) -> None:
    for wording in ("what does Latvia want from Moldova?", "Latvia's demands of Moldova", "Latvia request to Moldova"):
        reading = kb.read(wording)
        assert (reading.demanding, reading.asked_of) == (("Latvia",), ("Moldova",)), wording
        answer = kb.answer(wording)
        assert answer.found and "fishermen" in answer.items[0].text, (wording, answer.items[:1])


SAID = [
    "who said 'a useful start'?",
    "who called the meeting a useful start?",
    "who described the meeting as a useful start?",
    'whose words are "a useful start"?',
    "!said useful start",
    "who said the meeting was a useful start",
    "who called it \u201ca useful start\u201d?",
    "who has said it was a useful start?",
    "Who said 'useful start'",
    "who said a usefull start",  # typo
]


@pytest.mark.parametrize("wording", SAID)
def test_who_said_it_in_any_wording_names_the_speaker(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.SAID, wording
    answer = kb.answer(wording)
    assert answer.found and answer.items[0].text.startswith("Ilze Bremane"), (wording, answer.items[:1])


POSITION = [
    "where does Moldova stand on a ceasefire?",
    "Moldova's position on a ceasefire?",
    "Moldova view on ceasefire",
    "what is Moldova's stance on the truce?",
    "where does Chisinau stand on a truce?",
    "Moldova position on ceasefire",
    "what is Moldova's view of a ceasefire?",
    "what's Moldova's stance on a ceasefire",
    "where does Moldova stand on Latvia's ceasefire terms?",
    "Moldovas position on a ceasfire?",  # typos
]


@pytest.mark.parametrize("wording", POSITION)
def test_whose_position_is_asked_is_read_in_any_wording(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.POSITIONS, wording
    assert reading.holders == ("Moldova",), (wording, reading.holders)
    answer = kb.answer(wording)
    assert answer.found, wording
    assert any("supports a ceasefire" in c.quote for item in answer.items[:3] for c in item.citations), wording


ORDINAL = [
    "when is the second round?",
    "second round date?",
    "when will the 2nd round be held",
    "date of the second round",
    "when does the second round take place?",
    "what day is round two... the second round?",
    "When is the second round of talks",
    "second round when",
    "on what day is the second round?",
    "when is the 2nd round of talks?",
]


@pytest.mark.parametrize("wording", ORDINAL)
def test_an_ordinal_is_read_in_any_wording(kb: KnowledgeBase, wording: str) -> None:
    reading = kb.read(wording)
    assert reading.intent is Intent.TIMELINE and reading.is_when, wording
    assert reading.question.ordinal == 2, wording
    answer = kb.answer(wording)
    assert answer.found and answer.items[0].date == "2026-05-06", (wording, answer.items[:1])


def test_a_compound_the_articles_never_name_is_not_covered(kb: KnowledgeBase) -> None:
    for wording in ("when was the grain deal signed?", "grain deal date?", "who signed the grain deal?"):
        assert not kb.answer(wording).found, wording
    assert kb.answer("when was the ferry deal signed?").items[0].date == "2026-04-23"


def test_two_accounts_with_different_figures_are_a_conflict_not_two_sources(
    tmp_path: Path,
) -> None:
    one = """date: 2026-05-02
source: Harbour Wire
title: Prisoners swapped at Velmora

Moldova and Latvia exchanged 120 prisoners each at the Velmora crossing on Friday.
"""
    other = """date: 2026-05-02
source: Baltic Ledger
title: Velmora swap completed

Moldova and Latvia exchanged 150 prisoners each at the Velmora crossing on Friday.
"""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text(one, encoding="utf-8")
    (folder / "other.txt").write_text(other, encoding="utf-8")
    kb = KnowledgeBase(load_articles(folder).articles)
    answer = kb.answer("!timeline Velmora")
    dated = [item for item in answer.items if item.date == "2026-05-01"]
    assert dated and all(item.sources == 1 for item in dated), dated
    assert any(c.note.startswith("another article gives") for item in dated for c in item.conflicts), dated
