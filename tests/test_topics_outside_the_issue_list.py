"""A topic no issue of the positions matrix names ("!positions ferry route", "!demands ferry route"): the sides'
demands on it answer, each under its side, never only the closest sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import knowledge_over

_TALKS = (
    "date: 2034-05-06\nsource: Baltic Desk\ntitle: Estonia and Finland argue over the ferry route\n\n"
    "Tallinn insists that the ferry route stay under Estonian port control.\n\n"
    "Finland wants Estonia to allow Finnish inspectors on the ferry route during the summer season.\n\n"
    "The two delegations will meet again in Turku in June.\n"
)


@pytest.mark.parametrize("command", ["!positions ferry route", "!demands ferry route"])
def test_a_topic_outside_the_issue_list_gets_each_sides_demands_on_it(tmp_path: Path, command: str) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer(command)
    shown = {item.text.split(":")[0].split(" (")[0].split(" →")[0]: item.label for item in answer.items}
    assert shown.get("Estonia", "missing") is None and shown.get("Finland", "missing") is None, (answer.message, shown)


@pytest.mark.parametrize("command", ["!demands Latvia", "!demands government", "!positions Kask"])
def test_a_name_or_one_word_is_no_topic_of_demands(tmp_path: Path, command: str) -> None:
    # a side or person the articles give no demand ("Latvia", "Kask") or a side called by its kind ("government") is
    # never answered with every side's demands as if it were a topic
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer(command)
    assert "demands on it" not in (answer.message or "") and "demand on it" not in (answer.message or ""), answer


def test_a_side_with_no_stance_on_a_tracked_issue_shows_its_demands(tmp_path: Path) -> None:
    # "!positions Finland" when none of Finland's words touches an issue of the matrix: its demands are where it
    # stands, never only one sentence its people said
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer("!positions Finland")
    first = answer.items[0] if answer.items else None
    assert first is not None and first.label is None and first.text.startswith("Finland:"), (answer.message, first)
    assert "Finnish inspectors" in first.text, first
