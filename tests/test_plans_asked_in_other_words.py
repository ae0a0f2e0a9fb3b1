"""A plan asked for in the asker's words ("when's the decision now expected?", "... due?"): the day it was put off to,
with no hedge that the articles lack the asker's word for a plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answering.question import asks_future
from tests.conftest import knowledge_over

_STORY = (
    "date: 2032-10-15\nsource: Nordic Desk\ntitle: Quota decision put off\n\n"
    "Nordic ministers on Friday agreed to extend the cod moratorium for 2033 but stopped short of approving the new"
    " herring quotas, deferring the decision until March amid Danish objections.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "when's the herring quota decision now expected",
        "when is the herring quota decision expected?",
        "herring quota decision expected when?",
        "when is the herring quota decision due?",
    ],
)
def test_a_decision_put_off_is_expected_on_the_day_it_was_put_off_to(tmp_path: Path, question: str) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": _STORY})
    answer = knowledge.answer(question)
    assert answer.items and answer.items[0].date == "2033-03", answer.items[:2]
    assert answer.items[0].label in (None, "planned") and not answer.message, (answer.message, answer.items[:1])


def test_whens_and_expected_ask_the_future() -> None:
    assert asks_future("when's the vote?") and asks_future("the vote expected when?")
    assert not asks_future("when did the vote happen?")


def test_a_plan_whose_new_day_the_next_sentence_gives_as_going_ahead_is_changed(tmp_path: Path) -> None:
    # "The talks had been due to open on October 5." then "... said they would now begin on October 12": the new day
    # answers "when is it now?", labelled as a changed plan's, never the first day nor a closest sentence
    story = (
        "date: 2032-09-30\nsource: Steppe Desk\ntitle: Second round of Mongolia-China border talks postponed\n\n"
        "The second round of border talks between Mongolia and China was postponed after a herder was shot.\n\n"
        "The talks had been due to open on October 5. The foreign ministry said they would now begin on October 12 and"
        " would be moved to Darkhan.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    answer = knowledge.answer("when is the second round now?")
    assert answer.items and answer.items[0].date == "2032-10-12", (answer.message, answer.items[:2])
    assert answer.items[0].label == "new date of a changed plan", answer.items[0]
