"""A round postponed in a sentence that keeps its old day in an aside ("the third round, which had been due to open
in Kars on Thursday, has been postponed until November 12"): the old day is the coming one, called off; the new day
is the round's, told by a clause that names the round; and "when is the third round now?" answers with it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knowledge.extract.events import clause_around, extract_events
from knowledge.models import Article
from knowledge.sentences import split_article
from tests.conftest import knowledge_over

_SET = """date: 2026-10-19
source: Caucasus Desk
title: Armenia and Azerbaijan set a third round in Kars

Turkey said on Monday that the third round of talks between Armenia and Azerbaijan would be held in Kars on October 29.

Both delegations welcomed the choice of venue.
"""

_POSTPONED = (
    "date: 2026-10-26\nsource: Caucasus Desk\ntitle: Kars round postponed after border shooting\n\n"
    "ANKARA - Turkey said on Monday that the third round of talks between Armenia and Azerbaijan, which had been due "
    "to open in Kars on Thursday, has been postponed until November 12 after a border shooting.\n\n"
    "The shooting near Tavush killed two soldiers on Saturday.\n"
)


def test_a_date_after_an_aside_is_the_main_clauses_whose_subject_comes_before() -> None:
    text = _POSTPONED.split("\n\n", 1)[1].splitlines()[0]
    focus = clause_around(text, text.index("November 12"))
    assert focus.startswith("Turkey said on Monday that the third round"), focus
    aside = clause_around(text, text.index("Thursday"))
    assert "postponed" not in aside and "Thursday" in aside, aside
    article = Article(id="p", title="t", source="s", published=dt.date(2026, 10, 26), text=text)
    days = {e.date.start for e in extract_events(article, split_article("p", text, 0)) if e.date}
    assert dt.date(2026, 10, 29) in days and dt.date(2026, 11, 12) in days, days  # (the coming Thursday, put off)


def test_the_round_now_is_the_day_it_was_put_off_to(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"set.txt": _SET, "postponed.txt": _POSTPONED})
    for question in (
        "when is the third round now?",
        "when is the third round of talks now scheduled",
        "third round date?",
    ):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].date == "2026-11-12", (question, answer.items[:2])


_RAID_FIRST = (
    "date: 2026-08-10\nsource: Lake Desk\ntitle: Border post attacked near Busia\n\n"
    "Gunmen stormed a border post near Busia before dawn on Saturday, killing four guards.\n\n"
    'Spokesman Paul Okello said in Kampala on Sunday that Uganda condemned "the cowardly raid at Busia" but rejected '
    "the mass arrests that followed the Busia raid.\n"
)

_RAID_LATER = """date: 2026-08-17
source: Lake Desk
title: Busia toll rises

The death toll from the August 8 raid on the Busia border post has risen to six, officials said on Friday.
"""


def test_a_day_written_as_the_asked_things_modifier_dates_it(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"first.txt": _RAID_FIRST, "later.txt": _RAID_LATER})
    for question in ("busia raid when", "when did the busia raid happen"):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].date == "2026-08-08", (question, answer.items[:2])
    deadline = "the April 30 deadline"  # (a time noun is never dated so: a later deadline replaces it)
    from knowledge.answering.timeline import _TIME_NOUNS
    from knowledge.text import stem

    assert stem(deadline.split()[-1]) in _TIME_NOUNS
