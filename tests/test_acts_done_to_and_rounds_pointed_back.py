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
