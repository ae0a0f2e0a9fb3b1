"""The team's loop in the knowledge layer: the question log and its report, and what is new since a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Answer, AnswerCitation, AnswerItem, Intent, KnowledgeBase
from knowledge.answering.since import since_day
from knowledge.questions import QuestionLog, log_path


def _answer(query: str, found: bool, article: str = "a1") -> Answer:
    items = (AnswerItem(text="x", citations=(AnswerCitation(article=article, quote="x"),)),) if found else ()
    return Answer(intent=Intent.WHO, query=query, found=found, items=items)


def test_the_log_keeps_no_user_ids_and_counts_distinct_askers(tmp_path: Path) -> None:
    log = QuestionLog(log_path(tmp_path / "i.sqlite"))
    assert log.path.name == "i.questions.sqlite"
    log.record(_answer("Shoigu", False), asker=123456789012, question="who is Shoigu?")
    log.record(_answer("Shoigu", False), asker=123456789012, question="who's Shoigu")
    log.record(_answer("Shoigu", False), asker=987654321098, question="Who is Shoigu")
    log.record(_answer("Lavrov", True), asker=5, question="who is Lavrov?")
    stored = log.path.read_bytes()
    assert b"123456789012" not in stored and b"987654321098" not in stored
    report = log.report()
    (group,) = report.unanswered
    assert (group.times, group.askers, report.questions) == (3, 2, 4)


def test_votes_down_are_reported_with_what_the_answer_cited(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    first = log.record(_answer("Lavrov", True, "article-7"), question="who is Lavrov?")
    second = log.record(_answer("Peskov", True), question="who is Peskov?")
    assert log.vote(first, up=False) and log.vote(second, up=True) and not log.vote(999, up=False)
    (down,) = log.report().voted_down
    assert (down.question, down.articles) == ("who is Lavrov?", ("article-7",))


def test_the_report_since_a_day_and_forgetting_everything(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    log.record(_answer("old", False), question="old question", now=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    log.record(_answer("new", False), question="new question", now=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    assert [g.question for g in log.report(dt.date(2025, 3, 1)).unanswered] == ["new question"]
    assert log.forget() == 2 and log.report().questions == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-06-01", dt.date(2025, 6, 1)),
        ("June 1", dt.date(2025, 6, 1)),  # the latest June 1 there is news of
        ("3 days", dt.date(2026, 3, 7)),
        ("a week", dt.date(2026, 3, 3)),
        ("the last 2 weeks", dt.date(2026, 2, 24)),
        ("yesterday", dt.date(2026, 3, 9)),
        ("what happened since May 16?", dt.date(2025, 5, 16)),
        ("banana", None),
    ],
)
def test_since_reads_days_dates_and_spans(text: str, expected: dt.date | None) -> None:
    assert since_day(text, today=dt.date(2026, 3, 10), latest=dt.date(2025, 8, 24)) == expected


def test_since_lists_events_and_demands_newest_first(kb: KnowledgeBase) -> None:
    answer = kb.since("2025-05-20")
    assert answer.found and answer.intent is Intent.SINCE
    dates = [item.date or "" for item in answer.items]
    days = [d for d in dates if len(d) == 10]  # "2025-05" (a week or month) sorts by its first day, not as text
    assert days == sorted(days, reverse=True) and all(d >= "2025-05-20"[: len(d)] for d in dates)
    assert any(item.label == "demand" for item in answer.items)
    nothing = kb.since("3 days")
    assert not nothing.found and "latest article" in (nothing.message or "")
