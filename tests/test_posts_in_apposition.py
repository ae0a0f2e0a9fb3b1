"""Posts told beside a person's own title: "Paraguay's new chief negotiator, Deputy Foreign Minister X," gives X the
post as well as the title; "Y will become Paraguay's ambassador to Spain" gives Y a new post."""

from __future__ import annotations

from pathlib import Path

from knowledge.extract.people import find_names
from tests.conftest import knowledge_over

_FIRST = (
    "date: 2026-09-07\nsource: Chaco Wire\ntitle: Paraguay and Bolivia open river talks in Salta\n\n"
    "SALTA - Paraguay and Bolivia opened talks on the Pilcomayo river on Sunday, with Argentina as mediator.\n\n"
    "Paraguayan chief negotiator Hugo Benitez said the river's flow had fallen by a third since June.\n"
)
_SECOND = (
    "date: 2026-09-21\nsource: Chaco Wire\ntitle: Paraguay changes its negotiator as Pilcomayo talks stall\n\n"
    "ASUNCION - Paraguay replaced its chief negotiator in the Pilcomayo talks on Friday.\n\n"
    "Benitez will become Paraguay's ambassador to Spain, the Foreign Ministry said.\n\n"
    "The Argentine envoy met Paraguay's new chief negotiator, Deputy Foreign Minister Rosa Cabral, in Asuncion on"
    " Saturday.\n\n"
    "Paraguay's chief negotiator, Hugo Benitez, was replaced on Friday by Ana Villalba, a former ambassador to"
    " Austria.\n"
)


def test_a_post_in_apposition_before_a_title_is_theirs_too() -> None:
    sentence = "They met Chile's new chief negotiator, Deputy Foreign Minister Ana Rojas, in Arica."
    mention = find_names(sentence)[0]
    assert mention.role == "Deputy Foreign Minister"
    assert mention.post == "Chile's chief negotiator"
    alone = find_names("They met Chile's new chief negotiator, Ana Rojas, in Arica.")[0]
    assert alone.role == "Chile's chief negotiator"
    # (a title one is asked about is no title of theirs)
    asked = find_names("Asked about Chile's new negotiator, Rojas said the talks would go on.")
    assert [m.role for m in asked if m.name == "Rojas"] == [None]
    # (a list of people is no apposition: the title after the comma is the next person's own)
    listed = find_names("Talks were attended by Ivan Petrov, Foreign Minister Ana Lucic and others.")
    assert [m.post for m in listed] == [None, None]


def test_the_new_holder_of_a_post_and_the_new_post_of_the_old_one(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _FIRST, "two.txt": _SECOND})
    for question in ("who is paraguay's chief negotiator now", "Paraguay's current chief negotiator?"):
        answer = knowledge.answer(question)
        assert answer.items, question
        assert answer.items[0].text.startswith("Rosa Cabral"), (question, answer.items[:2])
    for question in ("Benitez's new job?", "what is Hugo Benitez's new post"):
        answer = knowledge.answer(question)
        assert answer.items, question
        assert "ambassador to Spain" in answer.items[0].text, (question, answer.items[:2])
        assert not (answer.message or "").startswith("No sentence tells of a new post"), (question, answer.message)


def test_a_side_a_post_is_sent_to_is_not_the_persons_and_each_post_is_shown(tmp_path: Path) -> None:
    # ("a former ambassador to Austria" is no Austrian; "an adviser to the Chilean defence ministry" is Chile's)
    (villalba,) = [m for m in find_names("It named Ana Villalba, a former ambassador to Austria, on Friday.")]
    assert villalba.affiliation is None, villalba
    adviser = find_names("Hernan Rojas, an adviser to the Chilean defence ministry, said so.")[0]
    assert adviser.affiliation == "Chile", adviser
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": _FIRST, "two.txt": _SECOND})
    cabral = knowledge.answer("Who is Rosa Cabral?")
    shown = " ".join(item.text for item in cabral.items[:2])
    assert "Deputy Foreign Minister" in shown and "Paraguay's chief negotiator" in shown, cabral.items[:2]


def test_a_post_to_come_after_a_relative_clause_is_their_new_post() -> None:
    told = "Peruvian ambassador Luis Paredes, who has handled the case in Quito since March, will become Peru's"
    herrera = find_names(told + " ambassador to Mexico next month, the ministry said.")[0]
    assert (herrera.role, herrera.earlier_role) == ("Peru's ambassador to Mexico", "Peruvian ambassador"), herrera
    fuentes = find_names("Rojas replaces Ana Tello, who will become Chile's ambassador to Spain, officials said.")[1]
    assert fuentes.name == "Ana Tello" and fuentes.role == "Chile's ambassador to Spain", fuentes


def test_a_post_told_before_a_title_or_named_to_replace_is_theirs() -> None:
    zhou = find_names("Peru's negotiator will be Vice Foreign Minister Rosa Quispe, replacing Luis Tello.")[0]
    assert (zhou.role, zhou.post, zhou.affiliation) == ("Vice Foreign Minister", "Peru's negotiator", "Peru"), zhou
    told = "Bolivia replaced its chief negotiator last week, naming security council secretary Ana Mamani to lead"
    mamani = find_names(told + " the commission in place of Juan Choque.")[0]
    assert mamani.name == "Ana Mamani" and mamani.post == "Bolivia's chief negotiator", mamani
    assert mamani.affiliation == "Bolivia", mamani
    # (the one named, never the one succeeded: "naming hydrologist X to succeed Ambassador Y")
    told = "Chile has replaced its chief negotiator, naming hydrologist Ana Rojas to succeed Ambassador Luis Vera."
    rojas, vera = find_names(told)[:2]
    assert rojas.post == "Chile's chief negotiator" and vera.post is None, (rojas, vera)


def test_a_side_of_two_words_owns_its_team_and_post() -> None:
    # ("South Sudan's team" is never Sudan's; "while Ethiopia's team" owns no "while")
    (dut,) = find_names("South Sudan's team is headed by Petroleum Minister Deng Malual Aguer.")
    assert (dut.led, dut.affiliation) == ("head of South Sudan's team", "South Sudan"), dut
    tesfaye = find_names("Kenya led the talks, while Ethiopia's team is headed by Alemu Gebre Tola.")[-1]
    assert tesfaye.led == "head of Ethiopia's team", tesfaye


def test_a_head_to_step_down_and_be_replaced_is_followed_by_the_new_one(tmp_path: Path) -> None:
    first = (
        "date: 2027-10-04\nsource: Andes Desk\ntitle: Bolivia and Chile open lithium talks in Lima\n\n"
        "LIMA - Bolivia and Chile opened talks on the Silala springs on Sunday.\n\n"
        "Bolivia's team is headed by Energy Minister Luis Fernandez Quiroga.\n"
    )
    later = (
        "date: 2027-10-11\nsource: Andes Desk\ntitle: Bolivia changes its negotiator\n\n"
        "On Saturday, Bolivia's presidency announced that Energy Minister Luis Fernandez Quiroga would step down as"
        " head of the delegation and be replaced by Rosa Mamani, the presidential adviser on water.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"one.txt": first, "two.txt": later})
    answer = knowledge.answer("head of bolivia's negotiating team")
    assert answer.items and "replaced by Rosa Mamani" in answer.items[0].text, (answer.message, answer.items[:2])
