"""Positions and demands on talks other than the 2025 ones: the issue list is what most talks turn on, so a side's
stance on a boundary or on detainees is a stance on territory or prisoners, a demand on no listed issue still shows
under the side's positions, and the message never claims the articles state nothing."""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase
from tests.conftest import knowledge_over

_TALKS = """date: 2026-02-11
source: Coast Wire
title: Kenya and Somalia resume maritime talks in Arusha

Kenya and Somalia resumed talks on their disputed sea border in Arusha on Tuesday.

Somalia demands that the 1927 boundary be recognised as the sole basis for any settlement.

Kenya is demanding the release of 14 fishermen held in Kismayo and wants the detainees handed over by June.

Mogadishu also wants the Lamu ferry line reopened to Somali-flagged boats by the end of March.

Kenya rejects any arbitration by the court in The Hague.
"""


def _talks(tmp_path: Path) -> KnowledgeBase:
    return knowledge_over(tmp_path / "corpus", {"arusha.txt": _TALKS})


def test_a_boundary_is_territory_and_detainees_are_prisoners(tmp_path: Path) -> None:
    knowledge = _talks(tmp_path)
    somalia = knowledge.positions("Somalia")
    assert ("Somalia", "territory", "demands") in [(i.party, i.issue, i.stance) for i in somalia.items], somalia
    prisoners = knowledge.positions("prisoners")
    kenya = [i for i in prisoners.items if i.party == "Kenya"]
    assert kenya and "detainees" in kenya[0].text, prisoners


def test_a_sides_demand_on_no_listed_issue_follows_its_stances_labelled(tmp_path: Path) -> None:
    answer = _talks(tmp_path).positions("Somalia")
    ferry = [item for item in answer.items if "ferry" in item.text]
    assert ferry and ferry[0].label == "a demand on no issue I track", [(i.label, i.text) for i in answer.items]
    assert answer.items.index(ferry[0]) > 0 and answer.items[0].stance is not None  # the stances lead
    quotes = [c.quote for item in answer.items for c in item.citations]
    assert len(quotes) == len(set(quotes))  # no sentence quoted twice


def test_an_empty_cell_is_said_to_be_unextracted_never_unstated(tmp_path: Path) -> None:
    knowledge = _talks(tmp_path)
    for query in ("Kenya", "Somalia", ""):
        message = knowledge.positions(query).message or ""
        assert "Nothing stated" not in message and message.startswith("No position I extracted"), message


def test_a_demand_dropped_is_no_demand(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "dropped",
        {
            "dropped.txt": "date: 2026-03-02\nsource: Coast Wire\ntitle: Kenya softens stance\n\n"
            "Kenya said on Monday it would no longer insist that Somalia withdraw its coast guard from Ras Kamboni.\n\n"
            "Kenya also wants the Lamu ferry line reopened by May.\n"
        },
    ).answer("!demands Kenya")
    texts = [item.text for item in answer.items]
    assert any("ferry" in text for text in texts), texts
    assert not any("coast guard" in item.text and item.label is None for item in answer.items), texts


def test_held_hostage_to_is_a_figure_of_speech_not_prisoners(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "nile",
        {
            "dam.txt": "date: 2027-05-03\nsource: Nile Wire\ntitle: Dam talks\n\n"
            "Egypt insists that its water security cannot be held hostage to Ethiopia's filling schedule.\n"
        },
    ).positions("prisoners")
    assert not any(item.party == "Egypt" and item.issue == "prisoners" for item in answer.items), answer


def test_a_demand_is_the_speakers_never_a_person_named_as_an_owner(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "owner",
        {
            "owner.txt": "date: 2027-02-02\nsource: Coast Wire\ntitle: Somalia names a negotiator\n\n"
            "Somalia named Deputy Foreign Minister Amina Warsame as its chief negotiator on Monday.\n\n"
            "In Mogadishu, Somali lawmaker Hassan Ali Duale welcomed Warsame's appointment and said Somalia "
            'should not release any Kenyan fishermen "until the last Kenyan sailor has left Ras Kamboni."\n\n'
            '"She got the commission where Somalia wanted it," a diplomat said.\n'
        },
    ).answer("!demands Somalia")
    fishermen = [item.text for item in answer.items if "fishermen" in item.text]
    assert fishermen and "Duale" in fishermen[0] and "Warsame" not in fishermen[0], [i.text for i in answer.items]
    assert not any(item.text.endswith(": it") or ": it," in item.text for item in answer.items), answer.items


def test_a_want_another_side_denies_is_no_demand(tmp_path: Path) -> None:
    texts = [
        item.text
        for item in knowledge_over(
            tmp_path / "denied",
            {
                "denied.txt": "date: 2026-05-04\nsource: Andes Wire\ntitle: Border talks\n\n"
                '"Venezuela cannot say it wants peace on the border while armed groups sleep safely on its soil," the '
                "Colombian foreign minister said.\n\n"
                "Venezuela wants the Atanasio Girardot bridge reopened by June.\n"
            },
        )
        .answer("!demands Venezuela")
        .items
    ]
    assert any("bridge" in text for text in texts) and not any("peace on the border" in t for t in texts), texts


def test_a_contracted_negation_drops_a_demand_too() -> None:
    from knowledge.extract.demands import _NEGATED_BEFORE

    for before in ("Algeria didn't ", "Rabat won’t ", "Kenya does not ", "Somalia no longer "):
        assert _NEGATED_BEFORE.search(before), before
    assert not _NEGATED_BEFORE.search("Kenya also ")


def test_a_stance_in_a_condition_another_side_sets_is_not_held(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "until",
        {
            "until.txt": "date: 2026-07-01\nsource: Andes Desk\ntitle: Chile sets terms\n\n"
            "Chile said on Sunday it would not sign the accord until Peru agreed to a ceasefire along the border.\n\n"
            "Peru supports a ceasefire in the fishing zone, its negotiator said.\n"
        },
    ).positions("Peru")
    held = [(item.issue, item.stance, item.citations[0].quote) for item in answer.items if item.stance]
    assert not any("until Peru agreed" in quote for _, _, quote in held), held
    assert any(stance == "supports" and "Peru supports" in quote for _, stance, quote in held), held


def test_a_stance_on_that_demand_is_on_the_issue_the_sentence_before_told(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "that",
        {
            "that.txt": "date: 2026-07-01\nsource: Andes Desk\ntitle: Border terms\n\n"
            "Chile is demanding control of the whole Atacama border strip as part of any settlement.\n\n"
            "Bolivia describes that demand as unacceptable, its foreign minister said.\n\n"
            "Bolivia welcomed the idea of talks in Lima.\n"
        },
    ).positions("Bolivia")
    held = [(item.issue, item.stance, item.citations[0].quote) for item in answer.items if item.stance]
    assert ("territory", "rejects") in [(issue, stance) for issue, stance, _ in held], held
    assert not any("idea of talks" in quote for _, _, quote in held), held  # ("the idea of talks" names its own)


def test_nothing_unacceptable_and_an_offer_naming_its_own_take_no_borrowed_stance(tmp_path: Path) -> None:
    knowledge = knowledge_over(
        tmp_path / "borrowed",
        {
            "b.txt": "date: 2026-07-01\nsource: Andes Desk\ntitle: Terms\n\n"
            "Chile is demanding control of the whole Atacama border strip.\n\n"
            "Peru found nothing unacceptable in the ceasefire plan.\n\n"
            "Bolivia demanded new elections in the border provinces.\n\n"
            "Ecuador rejected the offer from Quito's mayor to mediate.\n\n"
            "Chile proposed a land swap near Tacna.\n\n"
            "Peru rejected that idea on Saturday.\n"
        },
    )
    assert not [i for i in knowledge.positions("Peru").items if i.stance == "rejects" and i.issue == "ceasefire"]
    assert not [i for i in knowledge.positions("Ecuador").items if i.stance and i.issue == "elections"]
    peru = knowledge.positions("Peru").items
    assert any(i.stance == "rejects" and "that idea on Saturday" in i.citations[0].quote for i in peru), peru
