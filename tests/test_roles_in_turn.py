"""A post two people hold in turn, neither's side stated ("X will replace Y as the new head of the office"): asked
who holds it (now), the one the newest article gives it, and of one article the one appointed, first; never "no one
is named"; asked who held it ("who was ...?"), no one is put first as its holder now."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_OFFICE = """date: 2026-03-06
source: Danube Desk
title: Intelligence chief to run the Presidential Office

The president said that intelligence chief Marek Horvath will replace Juraj Kral as head of the Presidential Office.

Juraj Kral has been the head of the Presidential Office since 2021.

Horvath said he was honoured by the offer.
"""


def test_a_post_held_in_turn_is_answered_newest_appointment_first(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"office.txt": _OFFICE})
    for question in (
        "who is the head of slovakia's presidential office now?",
        "head of slovakia's presidential office?",
    ):
        answer = knowledge.answer(question)
        assert answer.found and answer.items[0].text.startswith("Marek Horvath"), (question, answer)
        assert "No one is named" not in (answer.message or ""), (question, answer.message)
    then = knowledge.answer("who was the head of slovakia's presidential office?")
    assert not (then.items and then.items[0].text.startswith("Marek Horvath —")), then
