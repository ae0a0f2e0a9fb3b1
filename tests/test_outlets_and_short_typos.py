"""A question naming the outlet an article came from is asked without it, that outlet's items first (its whole name
taken out, the note said once); "nat sec" is national security; the latest on a thing is its newest telling; a real
four-letter word the articles never use is never read as another."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_COURIER = (
    "date: 2026-05-28\nsource: Baltic Courier\ntitle: Latvia frees detained sailors\n\n"
    "Estonia has stepped up patrols, despite a successful prisoner swap conducted late last week.\n\n"
    "Latvian national security adviser Ilze Berzina said the swap would be followed by talks.\n"
)
_DESK = (
    "date: 2026-06-10\nsource: Nordic Desk\ntitle: Second swap completed\n\n"
    "Latvia and Estonia completed a second prisoner swap on Monday at the Valga crossing.\n\n"
    "Foreign ministers Jaan Tamm and Ivo Rask spoke on the phone on Tuesday about the swap.\n"
)


def test_an_outlet_named_is_no_word_of_the_sentences_and_its_items_come_first(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"courier.txt": _COURIER, "desk.txt": _DESK})
    answer = knowledge.answer("When was the prisoner swap that the Courier mentions?")
    assert answer.found and answer.items, answer.message
    assert "Courier" not in (answer.message or "").split("Items from")[0], answer.message
    assert answer.items[0].citations[0].article == "courier", answer.items[0]
    said = knowledge.answer("what did the Baltic Courier report about the swap?")
    assert said.items and said.items[0].citations[0].article == "courier", said.items[:1]


def test_nat_sec_is_national_security(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"courier.txt": _COURIER})
    answer = knowledge.answer("who is Latvia's nat sec adviser?")
    assert answer.items and answer.items[0].text.startswith("Ilze Berzina"), (answer.message, answer.items[:1])


_HELD_EARLY = (
    "date: 2026-12-14\nsource: Caspian Wire\ntitle: First detainees freed\n\n"
    "Georgia released four Azerbaijani detainees on Sunday. Baku says 23 Azerbaijanis remain in Georgian custody.\n\n"
    "The offer on the new road was 40 kilometres of shared lanes, officials said.\n"
)
_HELD_LATER = (
    "date: 2026-12-28\nsource: Caspian Wire\ntitle: More detainees freed\n\n"
    "Georgia released six more Azerbaijani detainees on Thursday. Baku says 13 Azerbaijanis are still held.\n\n"
    "Georgia has raised its offer on the new road to 55 kilometres of shared lanes.\n\n"
    "The road talks will resume in January, officials said.\n"
)


def test_the_latest_on_a_thing_is_its_newest_telling(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"early.txt": _HELD_EARLY, "later.txt": _HELD_LATER})
    answer = knowledge.answer("What is Georgia's current offer on the new road?")
    assert answer.items and "55 kilometres" in answer.items[0].citations[0].quote, answer.items[:2]


def test_an_outlets_whole_name_is_taken_out_and_said_once(tmp_path: Path) -> None:
    article = _COURIER.replace("source: Baltic Courier", "source: El Comercio")
    knowledge = knowledge_over(tmp_path / "corpus", {"courier.txt": article, "desk.txt": _DESK})
    answer = knowledge.answer("What did El Comercio report about the prisoner swap?")
    assert "'El'" not in (answer.message or ""), answer.message
    assert (answer.message or "").count("Items from El Comercio first.") == 1, answer.message
    assert answer.items and answer.items[0].citations[0].article == "courier", answer.items[:1]


def test_a_real_four_letter_word_the_articles_never_use_is_not_read_as_another(tmp_path: Path) -> None:
    article = _DESK + "\nRask thanked Norway for its help.\n"
    knowledge = knowledge_over(tmp_path / "corpus", {"desk.txt": article})
    answer = knowledge.answer("When did the tank column cross the border?")
    assert not any(item.label is None and "thanked" in item.text for item in answer.items), answer.items[:1]
