"""Reasons told without a cause word: an effort that failed after something, a charge and what it is for."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_STORY = (
    "date: 2031-02-20\nsource: Andes Desk\ntitle: Envoy rebukes paper over border report\n\n"
    "Chilean envoy Tomas Rivas accused the Lima Herald of distorting his remarks on the maritime line, saying he never"
    " proposed a shared zone.\n\n"
    "The Herald wrote that Rivas had suggested a joint fishing area near Arica.\n\n"
    "In 2019, then-minister Elena Vidal tried to revive the Arica talks with Peru.\n\n"
    "But those efforts failed after Lima recalled its ambassador over a spying case.\n"
)


def test_an_effort_that_failed_after_something_gives_the_reason(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": _STORY})
    answer = knowledge.answer("why did vidal's 2019 push on the arica talks fail")
    first = answer.items[0]
    assert first.label is None and "recalled its ambassador" in first.citations[0].quote, answer.items[:2]


def test_a_charge_gives_the_reason_for_a_rebuke(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": _STORY})
    answer = knowledge.answer("why did rivas slam the herald")
    first = answer.items[0]
    assert first.label is None and "distorting his remarks" in first.citations[0].quote, answer.items[:2]
