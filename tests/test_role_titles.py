"""Roles written the way other governments write them: a department's secretary is its minister ("Foreign Affairs
Cabinet Secretary", "Defence Secretary"), a council's secretary is not; a post set in apposition before a
courtesy title is the role ("Ghana's chief negotiator, Ambassador Kofi Mensah")."""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase
from knowledge.extract.people import find_names
from tests.conftest import knowledge_over

_TALKS = """date: 2026-09-14
source: Gulf of Guinea Desk
title: Ghana and Togo open border talks in Lome

Ghana's chief negotiator, Ambassador Kofi Mensah, said on Monday the talks would start with the cocoa smuggling routes.

Togolese Foreign Affairs Cabinet Secretary Afi Lawson said Togo wanted the Aflao crossing reopened.

British Defence Secretary Laura Pike said London would send two observers.

Secretary of the National Security and Defence Council Yao Adjei attended the opening session.

Ambassador Kofi Mensah later met Togolese officials, and Ambassador Kofi Mensah said the meeting went well.

Ghanaian Permanent Secretary for Foreign Affairs Ama Owusu and British Shadow Foreign Secretary Tom Hale attended.

Ghanaian Secretary of Defence Council Kwame Boateng said the army would stay in its barracks.
"""


def _talks(tmp_path: Path) -> KnowledgeBase:
    return knowledge_over(tmp_path / "corpus", {"lome.txt": _TALKS})


def test_a_post_before_a_courtesy_title_is_the_role() -> None:
    (mention,) = find_names("Ghana's chief negotiator, Ambassador Kofi Mensah, said the talks would start.")
    assert mention.role == "Ghana's chief negotiator" and mention.courtesy == "Ambassador", mention
    (titled,) = find_names("Ambassador Kofi Mensah said the talks would start.")
    assert titled.role == "Ambassador", titled  # (no post before: the title is all there is)


def test_who_holds_a_post_told_before_a_courtesy_title(tmp_path: Path) -> None:
    knowledge = _talks(tmp_path)
    for question in ("who is Ghana's chief negotiator?", "ghana chief negotiator?", "Ghana's negotiator"):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].text.startswith("Kofi Mensah"), (question, answer)
    described = knowledge.answer("!who Kofi Mensah")
    assert "chief negotiator" in described.items[0].text, described.items[0]


def test_a_department_secretary_is_its_minister(tmp_path: Path) -> None:
    knowledge = _talks(tmp_path)
    for question, holder in (
        ("who is Togo's foreign minister?", "Afi Lawson"),
        ("togolese foreign minister", "Afi Lawson"),
        ("who is the British defence minister?", "Laura Pike"),
    ):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].text.startswith(holder), (question, answer)
        assert "No one is named" not in (answer.message or ""), (question, answer.message)


def test_a_councils_civil_servants_or_shadow_secretary_is_no_minister(tmp_path: Path) -> None:
    knowledge = _talks(tmp_path)
    for question, other in (
        ("who is Ghana's defence minister?", "Yao Adjei"),
        ("who is Ghana's defence minister?", "Kwame Boateng"),
        ("who is Ghana's foreign minister?", "Ama Owusu"),
        ("who is the British foreign minister?", "Tom Hale"),
    ):
        answer = knowledge.answer(question)
        assert not any(item.text.startswith(other) for item in answer.items), (question, answer.items[:2])


def test_a_post_ranks_above_a_courtesy_title_told_more_often(tmp_path: Path) -> None:
    described = _talks(tmp_path).answer("!who Kofi Mensah")
    assert described.items[0].text.startswith("Kofi Mensah — Ghana's chief negotiator"), described.items[0]


def test_a_courtesy_title_beside_a_post_is_kept(tmp_path: Path) -> None:
    sentence = "Ghana's chief negotiator, Ambassador Kofi Mensah, said the talks would start with the cocoa routes."
    knowledge = knowledge_over(
        tmp_path / "one", {"one.txt": f"date: 2026-09-14\nsource: Desk\ntitle: Talks\n\n{sentence}\n"}
    )
    answer = knowledge.answer("who is Ghana's ambassador?")
    assert answer.found and answer.items[0].text.startswith("Kofi Mensah"), answer


def test_external_relations_are_foreign_affairs(tmp_path: Path) -> None:
    sentence = "Cameroon's Minister of External Relations, Paul Ndongo, said the fishing talks would resume in Kribi."
    named = {mention.name: mention for mention in find_names(sentence)}
    assert "External" not in named and named["Paul Ndongo"].role == "Cameroon's Minister of External Relations", named
    knowledge = knowledge_over(
        tmp_path / "ext", {"ext.txt": f"date: 2026-06-15\nsource: Desk\ntitle: Talks\n\n{sentence}\n"}
    )
    for question in ("who is Cameroon's foreign minister?", "cameroon foreign minister?"):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].text.startswith("Paul Ndongo"), (question, answer)


def test_a_principal_negotiator_holds_the_post_a_principal_secretary_is_no_minister(tmp_path: Path) -> None:
    named = {m.name: m for m in find_names("Somalia's principal negotiator, Farhan Ali, said Mogadishu was ready.")}
    assert named["Farhan Ali"].role == "Somalia's principal negotiator", named
    knowledge = knowledge_over(
        tmp_path / "principal",
        {
            "p.txt": "date: 2026-05-04\nsource: Desk\ntitle: Talks\n\n"
            "Somalia's principal negotiator, Farhan Ali, said Mogadishu was ready for the exchange.\n\n"
            "Somali Principal Secretary for Foreign Affairs Amina Yusuf said the ministry would publish the terms.\n"
        },
    )
    assert knowledge.answer("who is Somalia's chief negotiator?").items[0].text.startswith("Farhan Ali")
    minister = knowledge.answer("who is Somalia's foreign minister?")
    assert not any(item.text.startswith("Amina Yusuf") for item in minister.items), minister.items[:1]


def test_a_ministrys_field_in_a_title_is_no_name_and_a_long_title_still_leads() -> None:
    sentence = (
        "Egypt's delegation is led by Minister of Water Resources and Irrigation Karim Fahmy, while Sudan's team is "
        "headed by Minister of Water and Energy Osman Khalil."
    )
    named = {m.name: m for m in find_names(sentence)}
    assert set(named) == {"Karim Fahmy", "Osman Khalil"}, named
    assert named["Karim Fahmy"].role == "Minister of Water Resources and Irrigation", named["Karim Fahmy"]
    assert named["Karim Fahmy"].led == "head of Egypt's delegation", named["Karim Fahmy"]
    assert named["Osman Khalil"].led == "head of Sudan's team", named["Osman Khalil"]


def test_led_by_a_clause_of_its_own_names_no_head_and_more_fields_are_no_names() -> None:
    reports = find_names("Kenya's team is led by a diplomat who reports to Foreign Minister Amina Odhiambo.")
    assert not any(m.led for m in reports), reports
    sports = {m.name: m for m in find_names("Minister of Youth and Sports Amos Kiprop said the games would go on.")}
    assert set(sports) == {"Amos Kiprop"} and sports["Amos Kiprop"].role == "Minister of Youth and Sports", sports


def test_lower_ranks_are_titles_and_a_retired_rank_never_wins_over_an_apposition() -> None:
    from knowledge.extract.people import find_names

    found = {m.name: m.role for m in find_names("Corporal Ivo Kask, 23, was killed near the border on Tuesday.")}
    assert found == {"Ivo Kask": "Corporal"}, found
    found = {m.name: m.role for m in find_names("Captain Lena Roos told reporters the ferry was seized.")}
    assert found.get("Lena Roos") == "Captain", found
    sentence = "Retired Lieutenant General Juhan Saar, Estonia's chief negotiator, described the accord as a start."
    found = {m.name: m.role for m in find_names(sentence)}
    assert found.get("Juhan Saar") == "Estonia's chief negotiator", found


def test_the_lao_adjective_names_laos() -> None:
    # "the Lao deputy minister Bounmy Vongsa": "Lao" is the adjective news writes for Laos (as "Laotian")
    from knowledge.actors import parties_in

    assert [party for _, _, party in parties_in("the Lao deputy minister Somsak Keo said")] == ["Laos"]
