"""Events and demands extracted from the bundled articles."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.extract.demands import extract_demands
from knowledge.extract.registry import extract_people
from knowledge.extract.speakers import ActorFinder
from knowledge.sentences import split_article
from tests.conftest import all_demands, all_events


def test_the_may_16_istanbul_round_is_one_event_with_citations_from_several_articles(kb: KnowledgeBase) -> None:
    may16 = [e for e in all_events(kb) if e.date and e.date.iso == "2025-05-16"]
    assert len(may16) == 1
    assert len({c.article for c in may16[0].citations}) >= 3
    assert may16[0].place == "Istanbul"


def test_different_events_on_one_day_stay_apart(kb: KnowledgeBase) -> None:
    may28 = [e for e in all_events(kb) if e.date and e.date.iso == "2025-05-28"]
    assert len(may28) >= 2


def test_events_are_never_given_a_guessed_day(kb: KnowledgeBase) -> None:
    last_week = [e for e in all_events(kb) if e.date and e.date.phrase.lower() == "last week"]
    assert last_week and all(e.date and len(e.date.iso) == 7 for e in last_week)


def _demands(text: str):
    sentences = split_article("t", text)
    actors = ActorFinder(extract_people(sentences))
    return extract_demands(sentences, actors)


def test_one_item_per_coordinated_demand(kb: KnowledgeBase) -> None:
    texts = [d.text for d in all_demands(kb) if d.citation.article.startswith("001") and d.target == "Ukraine"]
    assert {"halt mobilization", "stop receiving foreign weapons", "withdraw its forces from Russian territory"} <= set(
        texts
    )
    assert "formally recognize Crimea and four other regions as part of Russia" in texts


def test_party_resolves_from_capital_institution_or_person(kb: KnowledgeBase) -> None:
    by_text = {d.text: d for d in all_demands(kb)}
    assert by_text["abandon its plans to join NATO"].party == "Russia"  # "Moscow also insists that Kiev must"
    zelensky = next(d for d in all_demands(kb) if "ceasefire must be agreed" in d.text)
    assert (zelensky.party, zelensky.actor) == ("Ukraine", "Volodymyr Zelensky")
    trump = next(d for d in all_demands(kb) if d.text == "stop the fighting")
    assert trump.party == "United States" and trump.target == "Russia, Ukraine"


def test_a_rejection_is_not_a_demand() -> None:
    assert _demands("Those conditions are rejected by Ukraine and many of its Western allies.") == []
    assert _demands("Medinsky has rejected Ukraine's claims that Moscow is stalling.") == []


def test_new_article_demands_generalise() -> None:
    found = _demands(
        "The Kremlin demanded the lifting of sanctions on Russian banks. "
        "Kyiv insists on security guarantees from Washington."
    )
    assert [(d.party, d.text) for d in found] == [
        ("Russia", "the lifting of sanctions on Russian banks"),
        ("Ukraine", "security guarantees from Washington"),
    ]


def test_urge_names_its_target() -> None:
    (demand,) = _demands("Russian President Vladimir Putin urged Ukrainian officials to resume talks.")
    assert (demand.party, demand.target, demand.text) == ("Russia", "Ukraine", "resume talks")


def test_demands_listed_after_a_colon_or_with_including_and_judgements_are_none() -> None:
    found = _demands(
        "Deputy Foreign Minister Ivo Belyaev told reporters that Moscow's core demands had not changed: control of "
        "the delta, the lifting of sanctions on its banks. "
        "Kyiv's preconditions remain unchanged: a full ceasefire and the return of prisoners. "
        "Kremlin aide Ivo Kesk said Moscow had handed over its conditions for a settlement, including the "
        "withdrawal of Ukrainian forces from two districts. "
        "Russia's main demands are unrealistic, Kyiv said."
    )
    assert [(d.party, d.text) for d in found] == [
        ("Russia", "control of the delta, the lifting of sanctions on its banks"),
        ("Ukraine", "a full ceasefire"),
        ("Ukraine", "the return of prisoners"),
        ("Russia", "the withdrawal of Ukrainian forces from two districts"),
    ]


def test_one_noun_is_a_demand_and_an_adjective_a_judgement_of_them() -> None:
    found = _demands(
        "Latvia's main condition is neutrality. "
        "Estonia's only demand was sovereignty. "
        "Latvia's conditions remain unchanged, Kesk said. "
        "Estonia's preconditions are well known."
    )
    assert [(d.party, d.text) for d in found] == [("Latvia", "neutrality"), ("Estonia", "sovereignty")]


def test_insisting_that_a_side_act_is_a_demand_and_insisting_that_something_was_a_claim() -> None:
    found = _demands(
        "Talks opened in the Latvian capital on Tuesday, with Tallinn's new lead negotiator insisting that Riga pull "
        "its ships out of the bay before any ceasefire. "
        "Estonia's conditions, as laid out by Kesk, include Latvia's withdrawal from the delta and the lifting of "
        "fishing quotas. "
        "Kesk insisted that it was Latvia, not Estonia, that broke off the talks in 2022."
    )
    assert [(d.party, d.text) for d in found] == [
        ("Estonia", "Riga pull its ships out of the bay before any ceasefire"),
        ("Estonia", "Latvia's withdrawal from the delta"),
        ("Estonia", "the lifting of fishing quotas"),
    ]
