"""Rounds asked by their ordinal. A round whose venue moves ("second round venue?", "where is the second round?"):
the newest article's telling leads, and a meeting that "opens in" or is "moved to" a place names its venue. The
first round's end is the day it ended, never the next round planned "later this month" in the same sentence."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_ARTICLES = {
    "one.txt": """date: 2026-07-06
source: Lake Wire
title: Malawi and Tanzania end first round of lake talks

Malawi and Tanzania ended the first round of talks on their lake border in Lilongwe on Sunday.

The mediator said the second round of talks would be held in Mzuzu on July 21.
""",
    "two.txt": """date: 2026-07-14
source: Lake Wire
title: Lake border talks moved after storm

The African Union has postponed the second round of lake talks and moved it from Mzuzu to the town of Karonga.

Officials said the change followed storm damage to the conference centre.
""",
    "three.txt": """date: 2026-07-24
source: Lake Wire
title: Tanzania names new negotiator

Tanzania named a new negotiator for the second round of lake talks, which is scheduled to open in Karonga next Tuesday.
""",
}


def test_a_moved_round_asked_by_its_ordinal_is_where_the_newest_article_puts_it(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", _ARTICLES)
    for question in ("second round venue?", "where is the second round?", "venue of the 2nd round", "2nd round where"):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert "Karonga" in first.text and "Mzuzu on July 21" not in first.text, (
            question,
            [(i.label, i.text) for i in answer.items],
        )


_ENDED = (
    "date: 2026-03-09\nsource: Gulf Wire\ntitle: Oman hosts first round of Yemen talks\n\n"
    "MUSCAT, Oman - Yemeni and Saudi negotiators ended two days of Omani-mediated talks on Saturday without agreement "
    "on how to reopen the ports, but said they would meet again later this month as a fragile truce continued to "
    "hold.\n"
)


def test_the_first_rounds_end_is_the_day_it_ended_not_the_next_round_planned(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"muscat.txt": _ENDED})
    for question in ("when did the first round of talks end", "first round end date?"):
        answer = knowledge.answer(question)
        assert answer.items[0].date == "2026-03-07", (question, [(i.date, i.label, i.text) for i in answer.items])


_RELEASES = {
    "one.txt": "date: 2027-02-19\nsource: Coast Wire\ntitle: Gabon frees sailors\n\n"
    "Gabon freed 12 Cameroonian sailors on Wednesday in what both governments called a goodwill gesture.\n",
    "two.txt": "date: 2027-03-29\nsource: Coast Wire\ntitle: Sea deal initialled\n\n"
    "The agreement followed the release last Tuesday of the last 22 Cameroonian sailors released from detention in "
    "Port-Gentil, ending the sailors' release saga.\n",
}


def test_the_last_of_a_count_is_never_given_as_the_first(tmp_path: Path) -> None:
    answer = knowledge_over(tmp_path / "corpus", _RELEASES).answer("when were the first sailors released")
    first = answer.items[0]
    assert not ("last 22" in first.text and first.label is None), [(i.date, i.label, i.text) for i in answer.items]


_HELD = {
    "quito.txt": "date: 2027-07-16\nsource: Andean Report\ntitle: Second round ends\n\n"
    "The second round of river talks was held in Quito on Tuesday and Wednesday.\n",
    "madrid.txt": "date: 2027-07-26\nsource: Andean Report\ntitle: Ecuador hopeful\n\n"
    "Speaking in Madrid on Friday, Torres said the second round had produced a draft on joint patrols.\n",
}


def test_where_a_round_was_held_is_the_sentence_telling_it_not_a_newer_mention(tmp_path: Path) -> None:
    answer = knowledge_over(tmp_path / "corpus", _HELD).answer("where was the second round held?")
    assert "Quito" in answer.items[0].text, [i.text for i in answer.items]


_THIRD = {
    "one.txt": "date: 2026-05-04\nsource: Andes Wire\ntitle: Border talks end in Manaus\n\n"
    "The talks, held in Manaus on Saturday and Sunday, were the first formal negotiations in years.\n",
    "two.txt": "date: 2026-05-26\nsource: Andes Wire\ntitle: Third round set for Cucuta\n\n"
    "The third round of talks will take place on June 9 in Cucuta, the first time the talks will take place on the "
    "soil of one of the two countries.\n",
}


def test_the_first_time_of_something_else_does_not_call_a_round_the_first(tmp_path: Path) -> None:
    answer = knowledge_over(tmp_path / "corpus", _THIRD).answer("when did the first round of talks take place?")
    first = answer.items[0]
    assert not ("third round" in first.text and first.label is None), [(i.date, i.label, i.text) for i in answer.items]


def test_a_venue_is_where_a_meeting_opens_or_moves_never_where_fire_is_opened_or_troops_moved() -> None:
    from knowledge.answering.answer_types import hosts_it

    assert hosts_it("The mediators moved the talks from Mzuzu to the town of Karonga.")
    assert hosts_it("The second round is scheduled to open in Karonga next Tuesday.")
    assert not hosts_it("The army moved troops to Karonga on Monday.")
    assert not hosts_it("Gunmen opened fire in Karonga on Monday.")
    assert not hosts_it("Rebel forces resumed shelling in Karonga.")
    assert not hosts_it("Guards moved them to Mzuzu on Friday.")
