"""What came of a day after the newest article cannot be told: "outcome of the June 9 round?" over articles that end
on June 2 says so, and shows the plan for it labelled, never a sentence as what happened."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_PLAN = """date: 2026-06-02
source: River Wire
title: Laos and Cambodia to meet again in Vientiane

The third round of river talks will be held in Vientiane on June 9, the mediator said on Tuesday.

Cambodia said its priorities for the next round were water quotas and the release of two fishermen.
"""


def test_the_outcome_of_a_day_after_the_newest_article_is_not_covered(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"plan.txt": _PLAN})
    for question in ("outcome of the june 9 vientiane round?", "what happened at the Vientiane talks on June 9?"):
        answer = knowledge.answer(question)
        assert not answer.found and "2026-06-02" in (answer.message or ""), (question, answer.message)
        assert all(item.label for item in answer.items), [(i.label, i.text) for i in answer.items]
    held = knowledge.answer("when will the third round be held?")  # a plan asked as a plan is answered
    assert held.found and held.items[0].date == "2026-06-09", [(i.date, i.text) for i in held.items]


def test_a_day_without_its_year_and_no_plan_on_it_is_not_read_as_after_the_news(tmp_path: Path) -> None:
    answer = knowledge_over(tmp_path / "corpus", {"plan.txt": _PLAN}).answer("what was agreed at the talks on June 20?")
    assert "newest article" not in (answer.message or ""), answer.message


def test_a_yes_no_question_on_an_agreement_already_told_is_answered(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "agreed",
        {
            "plan.txt": "date: 2026-06-02\nsource: River Wire\ntitle: Laos agrees date\n\n"
            "Laos agreed on Monday to hold the third round of river talks in Vientiane on June 9.\n"
        },
    ).answer("did Laos agree to hold the third round on June 9?")
    assert "newest article" not in (answer.message or ""), answer.message
    assert "Laos agreed" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
