"""An act done to someone asked by its noun ("Rask arrest date?") is told by its verb in the family ("police
detained Rask on Tuesday"), never by a state named after "under" ("released under house arrest"); a clause pointing
back to a round its headline counts ("That round was held last Thursday in Turku") is that round."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_ARREST = (
    "date: 2026-10-26\nsource: Nordic Desk\ntitle: Round postponed after arrest at Narva\n\n"
    "The fourth round of talks, which had been due last Thursday, was postponed after Estonian police arrested a"
    " Russian official at the Narva crossing.\n\n"
    "Estonian police detained Pavel Rask, a deputy mayor of Ivangorod, on Tuesday as he crossed the bridge, saying he"
    " was wanted in connection with protests in late September.\n\n"
    "Rask was released on Friday under house arrest in Narva.\n"
)


def test_an_act_done_to_someone_is_told_by_its_family_never_by_a_state_under_it(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"arrest.txt": _ARREST})
    for question in ("Rask arrest date?", "When was Rask arrested?", "date of the arrest of Rask?"):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].date == "2026-10-20", (question, answer.items[:2])
    released = knowledge.answer("when was Rask released?")
    assert released.items and released.items[0].date == "2026-10-23", released.items[:1]


_BERGEN = (
    "date: 2026-10-12\nsource: Nordic Desk\ntitle: Finland names new negotiator after second round of talks moves"
    " to Turku\n\n"
    "HELSINKI - Finland on Saturday named a new chief negotiator in its talks with Russia, days after a second round"
    " ended without agreement.\n\n"
    "That round was held last Thursday in Turku rather than in Helsinki as originally planned.\n\n"
    "The third round is scheduled for next Thursday, again in Turku, a ministry spokesperson said.\n"
)


def test_a_clause_pointing_back_to_the_round_its_headline_counts_is_that_round(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"turku.txt": _BERGEN})
    answer = knowledge.answer("second round turku date?")
    assert answer.items and answer.items[0].date == "2026-10-08", answer.items[:2]


_TARTU = (
    "date: 2026-11-16\nsource: Nordic Desk\ntitle: Estonia agrees to free two Latvian fishermen\n\n"
    "TARTU - Estonia agreed to free two Latvian fishermen after a second round of Swedish-mediated talks that was"
    " moved at short notice from Parnu to Tartu.\n\n"
    "The meeting on Wednesday was relocated after a storm closed the Parnu ferry port, Swedish officials said.\n\n"
    "The first round was held in Stockholm on November 2.\n"
)


def test_a_meeting_on_a_day_pointing_back_to_the_round_named_before_it_is_that_round(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"tartu.txt": _TARTU})
    for question in ("second round talks date?", "when was the second round held?"):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].date == "2026-11-11", (question, answer.items[:2])


_FIRST_ROUND = (
    "date: 2026-05-18\nsource: Caspian Desk\ntitle: Georgia and Armenia agree fishermen release after first round\n\n"
    "TBILISI - Georgia and Armenia agreed on Sunday to free detained fishermen at the end of two days of talks"
    " mediated by Kazakhstan.\n\n"
    "The first round, held on Saturday and Sunday at the Orbeliani Palace, brought together delegations led by"
    " deputy foreign ministers Nino Beridze and Aram Sahakyan.\n\n"
    "A second round is scheduled to begin on May 28 in Yerevan, the Kazakh foreign ministry said.\n"
)
_FLOWN_HOME = (
    "date: 2026-05-25\nsource: Caspian Desk\ntitle: Freed fishermen return home before second round\n\n"
    "YEREVAN - The six Armenian fishermen whose release was agreed in the first round were flown home last Tuesday"
    " on a Kazakh government plane.\n\n"
    "Sahakyan said Armenia would bring maps of the disputed fishing grounds to the second round.\n"
)


def test_a_round_told_by_its_own_clause_and_set_where_its_article_is(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _FIRST_ROUND, "two.txt": _FLOWN_HOME})
    # (never the day of another thing the round is named in passing by: "whose release was agreed in the first
    # round were flown home last Tuesday"; and the round is where its article is set: "TBILISI - ...")
    for question in ("when did the first round take place?", "when did the first tbilisi round take place?"):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].date == "2026-05-16", (question, answer.items[:2])
        assert answer.items[0].label is None, (question, answer.items[0])
