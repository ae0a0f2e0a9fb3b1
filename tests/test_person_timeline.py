"""A person's timeline holds their undated days too: the first sentence naming them in each article that dates nothing
of theirs, under its publication date, labelled, beside the events dated in clauses of others' acts."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_VISIT = (
    "date: 2030-09-14\nsource: Danube Desk\ntitle: Envoy visits Chisinau\n\n"
    "Austrian envoy Lukas Brandl met Moldovan President Irina Ceban to seek her support for a transit deal.\n\n"
    "Brandl was accompanied by adviser Petra Wolf, who visited Tiraspol in March to discuss customs posts.\n"
)
_DENIAL = (
    "date: 2030-10-02\nsource: Danube Desk\ntitle: Envoy denies report\n\n"
    "Lukas Brandl denied a newspaper report that he had proposed splitting the transit zone.\n\n"
    "The talks, the envoy said, would go on.\n"
)


def test_a_persons_undated_days_join_the_dated_events_naming_them(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"visit.txt": _VISIT, "denial.txt": _DENIAL})
    answer = knowledge.answer("!timeline Brandl")
    shown = [(item.date, item.label, item.citations[0].quote[:30]) for item in answer.items]
    assert ("2030-09-14", "reported that day", "Austrian envoy Lukas Brandl me") in shown, shown
    assert ("2030-10-02", "reported that day", "Lukas Brandl denied a newspape") in shown, shown
    assert [date for date, _, _ in shown] == sorted(date or "" for date, _, _ in shown)
    # one per article: the first naming him, never the later ones
    assert len([s for s in shown if s[1] == "reported that day"]) == 2, shown
