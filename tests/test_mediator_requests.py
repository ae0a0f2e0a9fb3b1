"""A mediator's request of both sides is its demand ("X asked both sides to sign a truce")."""

from __future__ import annotations

from pathlib import Path

from knowledge.extract.demands import _cues
from tests.conftest import knowledge_over

_TALKS = (
    "date: 2027-05-03\nsource: Horn Desk\ntitle: Djibouti and Eritrea open border talks in Doha\n\n"
    "DOHA - Djibouti and Eritrea opened Qatari-mediated talks on Sunday over the Ras Doumeira border.\n\n"
    "Qatari envoy Maryam Al-Sulaiti asked both sides to pull troops back five kilometres from the border, saying it"
    ' was "the only way to keep shepherds and soldiers apart".\n'
)


def test_a_request_of_both_sides_is_the_mediators_demand(tmp_path: Path) -> None:
    assert _cues("The envoy asked both governments to exchange lists of detainees.")
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    answer = knowledge.answer("!demands Qatar")
    texts = [item.text for item in answer.items]
    assert any("pull troops back five kilometres" in text for text in texts), texts
