"""Questions bounded by another event ("before the Tarn call", "after Kesk met Varo"): the event is dated as a
question of its own and the rest is asked within that bound, on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import KnowledgeBase
from knowledge.answering.question_dates import EventBound, event_bound
from knowledge.answering.timeline import ANCHOR_LABEL
from tests.conftest import knowledge_over

TALKS = """date: 2026-03-20
source: Inland Wire
title: Envoys of Tarnia and Velm speak by phone

On March 18, a phone conversation was held between Tarnian envoy Ilse Marrow and Velm envoy Oskar Fenn, following up on the March 9 call between Tarnian President Aldo Kesk and Velm President Rune Varo.

Kesk and Varo first spoke on February 2 about a prisoner swap.

Kesk and Varo met in Orsa on March 25 to sign the river accord, the two offices said.

Neither office has said when a border commission would convene.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("bounds") / "corpus", {"talks.txt": TALKS})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "when had Kesk and Varo last spoken before the Marrow-Fenn call?",
            EventBound("when had Kesk and Varo last spoken", "before", "the Marrow-Fenn call"),
        ),
        (
            "when did Kesk talk to Varo prior to Marrow calling Fenn",
            EventBound("when did Kesk talk to Varo", "before", "Marrow calling Fenn"),
        ),
        (
            "when did Kesk meet Varo after Marrow phoned Fenn?",
            EventBound("when did Kesk meet Varo", "after", "Marrow phoned Fenn"),
        ),
        ("Kesk Varo talks since the Orsa summit", EventBound("Kesk Varo talks", "since", "the Orsa summit")),
    ],
)
def test_an_event_after_a_bound_word_bounds_the_question(question: str, expected: EventBound) -> None:
    assert event_bound(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "when did Kesk speak before March 20?",  # a date: the date filter reads it
        "when did Kesk appear before Congress?",  # no event after the word
        "what did Kesk say after him?",
        "before the Marrow-Fenn call?",  # nothing asked before it
        "who was called by Varo?",  # "by" names an agent
        "what day was the Marrow-Fenn call ahead of the Orsa meeting?",  # says which call is meant
    ],
)
def test_a_date_a_place_or_a_person_after_the_word_is_no_event_bound(question: str) -> None:
    assert event_bound(question) is None


def test_the_last_call_before_an_event_is_the_latest_one_before_its_date(kb: KnowledgeBase) -> None:
    for question in (
        "when had Kesk and Varo last spoken before the Marrow-Fenn call?",
        "when did Kesk and Varo speak before Marrow and Fenn spoke by phone?",
    ):
        answer = kb.answer(question)
        assert answer.found
        assert answer.items[0].date == "2026-03-09", question  # not March 18, the call that bounds it
        assert answer.message is not None and "2026-03-18" in answer.message
        assert all(item.date is None or item.date < "2026-03-18" for item in answer.items if item.label != ANCHOR_LABEL)


def test_the_first_meeting_after_an_event_is_the_earliest_one_after_it(kb: KnowledgeBase) -> None:
    answer = kb.answer("when did Kesk and Varo meet after the Marrow-Fenn call?")
    assert answer.found
    assert answer.items[0].date == "2026-03-25"


def test_an_anchor_the_articles_do_not_date_leaves_the_question_as_asked(kb: KnowledgeBase) -> None:
    bounded = kb.answer("when did Kesk and Varo first speak before the border commission convened?")
    plain = kb.answer("when did Kesk and Varo first speak")
    assert bounded.found
    assert bounded.items[0].date == plain.items[0].date == "2026-02-02"
    assert bounded.message is not None and "no day for the border commission" in bounded.message


def test_an_anchor_the_articles_never_mention_is_said_so(kb: KnowledgeBase) -> None:
    answer = kb.answer("when did Kesk and Varo first speak before the Lumen summit?")
    assert not answer.found
    assert answer.message is not None and "Lumen" in answer.message


VISITS = """date: 2026-08-07
source: Inland Wire
title: Marrow in Tarn again

Envoy Ilse Marrow arrived in Tarn earlier Wednesday in what is her fifth visit to Tarnia this year.

The Tarnian office said on Wednesday that a meeting between President Aldo Kesk and Marrow had taken place.

She last met Kesk on April 25.
"""


def test_a_bound_named_by_a_month_and_an_event_noun_is_that_event_of_the_people_asked(tmp_path: Path) -> None:
    kb = knowledge_over(tmp_path / "corpus", {"visits.txt": VISITS})
    assert event_bound("When had Marrow last seen Kesk before the August visit?") == EventBound(
        "When had Marrow last seen Kesk", "before", "the August visit"
    )
    answer = kb.answer("When had Marrow last seen Kesk before the August visit?")
    assert answer.found
    assert answer.items[0].date == "2026-04-25"
    assert answer.message is not None and "2026-08-05" in answer.message


def test_a_pronoun_never_stands_for_someone_its_own_clause_names(tmp_path: Path) -> None:
    kb = knowledge_over(tmp_path / "corpus", {"visits.txt": VISITS})
    answer = kb.answer("!timeline Kesk")
    assert not any("[Kesk] last met Kesk" in item.text for item in answer.items)


@pytest.mark.parametrize(
    "question",
    [
        "When did Kesk speak before the United Nations?",
        "When did Kesk speak after Beijing?",
        "Varo met Kesk during talks",
    ],
)
def test_a_capitalised_or_stop_word_ending_like_a_verb_tells_no_event(question: str) -> None:
    assert event_bound(question) is None
