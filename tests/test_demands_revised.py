"""Demands told in other words: a demand revised ("cut its demand to 35 bcm") is the demand as it now stands, and
an adverb between a demanding verb and its preposition ("called instead for") keeps it a demand."""

from __future__ import annotations

from pathlib import Path

from knowledge.extract.demands import _is_vague
from tests.conftest import knowledge_over

_TALKS = (
    "date: 2029-04-11\nsource: Lake Desk\ntitle: Malawi and Tanzania narrow the gap on Lake Nyasa\n\n"
    "MZUZU - Malawi is demanding fishing rights over the whole northern shore of the lake.\n\n"
    "Tanzania has cut its demand for a shared patrol zone to 12 kilometres from the shore, negotiators said on"
    " Tuesday, down from 20.\n\n"
    "Malawian negotiator Chisomo Banda rejected a joint survey and called instead for an arbitration panel in"
    " Geneva.\n\n"
    "Malawi later raised its claim from 300 to 420 fishing licences.\n"
)


def test_a_revised_demand_is_the_demand_as_it_now_stands(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    tanzania = [item.text for item in knowledge.answer("what does Tanzania demand now?").items]
    assert tanzania and tanzania[0].endswith(": 12 kilometres from the shore"), tanzania
    assert "negotiators said" not in tanzania[0]  # (the attribution after it is no part of the demand)
    malawi = [item.text for item in knowledge.answer("!demands Malawi").items]
    assert any(text.endswith(": 420 fishing licences") for text in malawi), malawi


def test_a_demand_called_for_instead_is_a_demand(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    malawi = [item.text for item in knowledge.answer("!demands Malawi").items]
    assert any("an arbitration panel in Geneva" in text for text in malawi), malawi


def test_a_conjunction_alone_is_no_demand() -> None:
    assert _is_vague("and")
    assert not _is_vague("an arbitration panel")


_REQUESTS = (
    "date: 2029-05-02\nsource: Lake Desk\ntitle: Mozambique asks Malawi for a plan\n\n"
    "Mozambique asked Malawi to publish, before the next round, a list of fishing camps and trading posts on the"
    " shore, Mozambican negotiator Rui Macuacua told reporters.\n\n"
    "Macuacua urged Malawi not to use the storm as an excuse to delay the survey.\n\n"
    "Mozambique also called on Malawi to reopen the ferry, warning that traders were losing money.\n"
)


def test_a_request_keeps_its_not_its_asides_and_its_one_object(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _REQUESTS})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Mozambique").items]
    assert any(t.startswith("not to use the storm as an excuse") for t in texts), texts  # (never "use the storm")
    assert not any(t.startswith("use the storm") for t in texts), texts
    published = [t for t in texts if t.startswith("publish")]
    assert published and "a list of fishing camps and trading posts on the shore" in published[0], texts
    assert not any(t.startswith(("before the next round", "trading posts", "warning")) for t in texts), texts
    assert any(t == "reopen the ferry" for t in texts), texts


def test_a_list_of_specific_demands_gives_one_item_each(tmp_path: Path) -> None:
    # "three specific demands" is the noun (an adjective between), its list after the colon is the items, and a
    # modal inside the list obliges from the list's own separator, never from the sentence's start
    story = (
        "date: 2029-06-01\nsource: Lake Desk\ntitle: Zambia sets terms\n\n"
        "Zambian Finance Minister Mwila Banda laid out three specific demands before the meeting: all riparian states"
        " must share the cost of the dredging; there must be a public audit of the fund; and the loans held by"
        " foreign banks should be rescheduled.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Zambia").items]
    assert sorted(texts) == [
        "all riparian states must share the cost of the dredging",
        "the loans held by foreign banks should be rescheduled",
        "there must be a public audit of the fund",
    ], texts
