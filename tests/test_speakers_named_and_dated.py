"""Speakers asked by a surname written with a hyphen ("El-Tayeb"), statements dated by a day told in an aside on the
speaker ("X, speaking in Cairo on Saturday, said"), and no speech verb taken for a title ("The envoy, X, said ...")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knowledge.answering.said import spoken_on
from knowledge.extract.people import find_names
from tests.conftest import knowledge_over

_NILE = (
    "date: 2027-03-15\nsource: River Desk\ntitle: Sudan and Egypt agree on a data line\n\n"
    "KHARTOUM - Sudan and Egypt agreed on Sunday to share daily readings from the Merowe and Aswan dams.\n\n"
    "The data line is scheduled to begin operating next Wednesday, officials said.\n\n"
    "Engineers said the data line would carry readings from both dams every morning.\n\n"
    'Sudan\'s water minister, Idris El-Amin, said the data line would "save farms on both banks".\n\n'
    "Egyptian Foreign Minister Karim Abou-Zeid, speaking in Cairo on Saturday, said Egypt would sign only a binding"
    " text.\n\n"
    "The AU special envoy, Amina Oduya, said the mediator now wanted Kenya and Ethiopia to join the data line.\n"
)


def test_a_hyphened_surname_asked_is_the_speaker(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"nile.txt": _NILE})
    for question in ("what did El-Amin say about the data line", "!said El-Amin data"):
        answer = knowledge.answer(question)
        # (read as the speaker's words, named: never a search for the two halves of the name)
        assert answer.items and answer.items[0].text.startswith("Idris El-Amin ("), (question, answer.items[:2])
    said = knowledge.answer("What did Abou-Zeid say about a binding text?")
    assert said.items and "Karim Abou-Zeid" in said.items[0].text, said.items[:2]
    assert said.items[0].date == "2027-03-13", said.items[0]


def test_a_day_in_an_aside_on_the_speaker_dates_the_words() -> None:
    published = dt.date(2027, 3, 15)
    assert spoken_on("Minister Karim Abou-Zeid, speaking in Cairo on Saturday, said Egypt would sign.", published) == (
        "2027-03-13"
    )
    # (never the day of another act told before the speaker: "struck the dam on Saturday, X said")
    assert spoken_on("Drones struck the dam on Saturday, Abou-Zeid said.", published) == "2027-03-15"


def test_a_speech_verb_after_a_name_is_no_title_of_theirs() -> None:
    told = "The AU special envoy, Amina Oduya, said the mediator now wanted Kenya and Ethiopia to submit proposals."
    oduya = find_names(told)[0]
    assert oduya.name == "Amina Oduya" and not (oduya.role or "").startswith("said"), oduya


def test_words_told_to_someone_on_a_day_are_dated_that_day() -> None:
    published = dt.date(2031, 8, 18)  # a Monday
    assert spoken_on('"No deal was reached," he told Radio Sava on Saturday.', published) == "2031-08-16"
    assert spoken_on("Kask warned reporters late on Friday that talks could fail.", published) == "2031-08-15"
    assert spoken_on('"We will see," she told the Baltic Times on Sunday.', published) == "2031-08-17"
    # a day after another verb's object is that act's, not the saying's
    assert spoken_on("Kask said the ministers met the envoy on Friday.", published) == "2031-08-18"
