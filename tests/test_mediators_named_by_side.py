"""A mediator asked for is whoever a mediating side sends: the articles name the sides that mediate ("with Ghana and
Senegal acting as mediators", "Ghanaian-mediated talks") and each one's envoy, seldom anyone titled "mediator"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import knowledge_over

_TALKS = (
    "date: 2034-02-06\nsource: Coast Desk\ntitle: Kenya and Somalia open Ghanaian-mediated border talks\n\n"
    "NAIROBI - Kenya and Somalia opened talks on their river border on Monday, with Ghana and Senegal acting as"
    " mediators.\n\n"
    "Ghana's envoy, Kwame Asante, said the first day was frank.\n\n"
    "Awa Diop, who is Senegal's special envoy for the talks, called for patience.\n\n"
    "Kenya's envoy to the United Nations, Amina Otieno, attended as an observer.\n\n"
    "The mediators said Kenya had agreed to set up a hotline.\n\n"
    "Kenya's envoy, Joseph Mwangi, said the hotline would open in March.\n"
)


@pytest.mark.parametrize("question", ["ghana mediator name", "who is Ghana's mediator?", "whos the ghanaian mediater"])
def test_a_sides_mediator_is_the_envoy_it_sends(tmp_path: Path, question: str) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer(question)
    assert answer.found and answer.items[0].text.startswith("Kwame Asante"), (answer.message, answer.items[:2])
    assert "Ghana mediates" in (answer.message or ""), answer.message


def test_the_mediators_are_the_envoys_of_every_mediating_side_never_a_party_to_the_talks(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer("who is the mediator?")
    names = [item.text.split(" — ")[0] for item in answer.items]
    assert names == ["Kwame Asante", "Awa Diop"], (answer.message, names)


def test_a_person_said_to_be_mediating_is_the_mediator(tmp_path: Path) -> None:
    # "Chilean diplomat Ana Reyes, who is mediating the talks": no side is said to mediate, the person is
    story = (
        "date: 2034-03-02\nsource: Andes Desk\ntitle: Bolivia and Paraguay talks\n\n"
        "Chilean diplomat Ana Reyes, who is mediating the talks, said both delegations had agreed to meet again.\n\n"
        "Bolivia's envoy, Luis Arce Rojas, said the water dispute came first.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": story})
    for question in ("who is the mediator?", "chile mediator name"):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].text.startswith("Ana Reyes"), (question, answer.message, answer.items)
