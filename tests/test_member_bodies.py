"""A body named by its members' possessive ("the Cocoa Farmers' Union", "the Artisanal Fishermen's Union") is no
person: "Farmers" is never a person a question about farmers names, so a side's demand on the farmers answers."""

from __future__ import annotations

from pathlib import Path

from knowledge.extract.people import find_names
from tests.conftest import knowledge_over

_COCOA = """date: 2026-07-06
source: Gulf Wire
title: Ghana presses Togo over detained cocoa farmers

Kofi Boateng, president of the Ghanaian Cocoa Farmers' Union, said the border closure was ruining the harvest.

Ama Serwaa, head of the Volta Artisanal Fishermen's Association, said boats had stayed in port for a week.

Ghana is demanding the release of the 12 detained farmers within 14 days.
"""


def test_a_body_of_members_is_no_person() -> None:
    found = find_names("Kofi Boateng, president of the Ghanaian Cocoa Farmers' Union, said the harvest was ruined.")
    assert [m.name for m in found] == ["Kofi Boateng"], found
    found = find_names("Ama Serwaa, head of the Volta Artisanal Fishermen's Association, said so.")
    assert [m.name for m in found] == ["Ama Serwaa"], found
    assert [m.name for m in find_names("Head of Zelensky's Office Andriy Yermak said so.")][:1] == ["Zelensky"]
    # (a person's party is theirs: the owner is a person, not the body's members)
    owner = find_names("Opposition leader Samuel Wekesa's Party of National Unity said it would join the talks.")
    assert any(m.name == "Samuel Wekesa" and m.role == "Opposition leader" for m in owner), owner


def test_a_sides_demand_on_members_is_its_demand(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"cocoa.txt": _COCOA})
    for question in ("What is Ghana demanding on the detained farmers?", "what does ghana want for the fishermen"):
        answer = knowledge.answer(question)
        assert "no demand of the side asked" not in (answer.message or ""), (question, answer.message)
    answer = knowledge.answer("What is Ghana demanding on the detained farmers?")
    assert answer.found and "within 14 days" in answer.items[0].text, answer.items[:1]
