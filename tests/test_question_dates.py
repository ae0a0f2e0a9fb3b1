"""The dates a question names, and timelines bounded by them: forms, bounds, days that do not exist."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import KnowledgeBase, load_articles
from knowledge.answering.question_dates import DateFilter, date_filter, date_matches

TODAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!timeline june", DateFilter(month=6)),
        ("what happened on 3 November?", DateFilter(month=11, day=3)),
        ("when did they meet in Nov. 30?", DateFilter(month=11, day=30)),
        ("!timeline 2019", DateFilter(year=2019)),
        ("events in September 2025", DateFilter(year=2025, month=9)),  # the year is not the 20th
        ("what happened before August?", DateFilter(before=dt.date(2026, 8, 1))),
        ("what happened since June 1?", DateFilter(after=dt.date(2025, 6, 1))),  # June 2026 has not come yet
        ("anything after September 2025?", DateFilter(after=dt.date(2025, 9, 1))),
        ("what happened since 2024?", DateFilter(after=dt.date(2024, 1, 1))),
        ("talks before 2026", DateFilter(before=dt.date(2026, 1, 1))),
        ("what may happen next?", DateFilter()),  # "may" the verb
        ("since February 30", DateFilter()),  # no such day: no date, no error
        ("on February 29", DateFilter(month=2, day=29)),  # a leap day when no year says otherwise
        ("on February 29, 2025", DateFilter()),
    ],
)
def test_dates_a_question_names(text: str, expected: DateFilter) -> None:
    assert date_filter(text, TODAY) == expected


def test_a_bound_keeps_only_what_falls_inside_it() -> None:
    since_june = date_filter("since June 1", TODAY)
    assert date_matches(dt.date(2025, 6, 1), dt.date(2025, 6, 1), since_june)
    assert not date_matches(dt.date(2025, 5, 31), dt.date(2025, 5, 31), since_june)
    assert not date_matches(dt.date(2019, 1, 1), dt.date(2019, 12, 31), since_june)  # a year long ago
    before_august = date_filter("before August", TODAY)
    assert date_matches(dt.date(2026, 4, 25), dt.date(2026, 4, 25), before_august)
    assert not date_matches(dt.date(2026, 8, 6), dt.date(2026, 8, 6), before_august)


def test_a_bounded_timeline_reads_past_what_it_leaves_out(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(120):  # 120 days of news, one a day from January 1st
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        (folder / f"d{n:03d}.txt").write_text(
            f"date: {day.isoformat()}\n\nNegotiators from both sides met in Tartu on {day.strftime('%B')} {day.day}.\n"
        )
    kb = KnowledgeBase(load_articles(folder).articles)
    answer = kb.answer("what happened after April 1?")
    dates = [item.date for item in answer.items]
    assert answer.found and dates and all(d and d >= "2026-04-01" for d in dates)
    assert dates[0] == "2026-04-01" and len(dates) == 30  # April 1 to 30, none of the 90 days before it
    full = kb.answer("!timeline")
    assert full.message and full.message.startswith("Showing the first 50 events")


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("On what date did the allies pledge to cover Moldova's budget for 2027 and 2028?", None),
        ("when was the grain budget for 2027 approved?", None),
        ("what day did they fund the repairs for the years 2027?", None),
        ("what are the ferry plans for 2027?", 2027),  # not asking when: the year is the one asked about
        ("when did they meet in 2027?", 2027),
    ],
)
def test_a_year_a_thing_is_for_is_no_date_of_the_act_asked_when(question: str, year: int | None) -> None:
    assert date_filter(question).year == year
