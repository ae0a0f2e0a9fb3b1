"""The cheap first looks before the slow patterns change nothing they find (``knowledge.extract.prefilter``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from knowledge.extract import dates, demands, positions
from knowledge.extract.dates import find_dates
from knowledge.extract.prefilter import Gated, Needing, lowered

TEXTS = [
    "Moscow is willing to consider a truce, Peskov said on Monday.",
    "Kyiv REJECTED the plan on May 3, 2025 and insisted on guarantees.",
    "The delegation was WİLLING to talk",  # a Turkish capital dotted I inside a cue word
    "They were ready to ſupport it, and ıncluded the \u212aremlin's terms.",  # long s, dotless i, Kelvin sign
    "No date and no cue here at all.",
    "They met tonight and again this morning.",
    "The 2022 invasion, in ٢٠٢٥ digits, and the summer of 2024.",
    "A ceasefire from Saturday evening through Sunday, and talks on 3 June.",
    "",
]


@pytest.mark.parametrize("gated", [positions._ANY_CUE, demands._ANY_CUE, dates._ANY_DATE_WORD])
@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_pattern_finds_what_the_pattern_finds(gated: Gated, text: str) -> None:
    found, expected = gated.search(text), gated.pattern.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_the_search_from_the_first_word_keeps_the_word_boundary_before_it() -> None:
    gated = Gated(re.compile(r"\bmay\b", re.IGNORECASE), "may")
    assert gated.search("dismay") is None  # the 'may' at 3 has a letter before it, not a boundary
    found = gated.search("dismay, May")
    assert found is not None and found.start() == 8


def test_lowering_keeps_places_and_makes_every_case_insensitive_letter_ascii() -> None:
    text = "İı ſ \u212a Straße"
    assert lowered(text) == "ii s k straße"
    assert len(lowered(text)) == len(text)


@pytest.mark.parametrize("text", TEXTS)
def test_dates_are_found_as_when_every_pattern_ran(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2025, 6, 4)
    found = find_dates(text, published)
    always = {needs: (re.compile(""), in_lowered) for needs, in_lowered in dates._NEEDS.values()}
    monkeypatch.setattr(dates, "_NEEDS", {kind: always[needs] for kind, (needs, _) in dates._NEEDS.items()})
    monkeypatch.setattr(dates, "_NEEDED", list(always.values()))
    monkeypatch.setattr(dates, "_ANY_DATE_WORD", dates._ANY_DATE_WORD.pattern)
    assert find_dates(text, published) == found


NEEDING = [
    demands._MUST,
    demands._VERB_CUES,
    demands._CONDITION_LIST,
    demands._REJECTION,
    demands._NEGATED_CUE,
    *(needing for _, needing in positions._STANCE_CUES),
]
CUE_TEXTS = [
    *TEXTS,
    "Russia's main conditions for a truce are the end of aid; these include sanctions relief and red lines.",
    "Kyiv must not forget; Moscow should never have invaded, and demands that talks go on without preconditions.",
    "They called for talks, urged restraint, pressed for a deal and wanted peace; Russia denied it.",
    "Ukraine is not ready to accept it, will not accept it, rules out a truce, and is in favour of talks.",
    "Hungary backed the plan, welcomed it, put forward a proposal and OPPOSED another: it was UNACCEPTABLE.",
]


@pytest.mark.parametrize("needing", NEEDING)
def test_a_pattern_needing_words_finds_what_the_pattern_finds(needing: Needing) -> None:
    for text in CUE_TEXTS:
        assert [m.span() for m in needing.finditer(text)] == [m.span() for m in needing.pattern.finditer(text)]
        found, expected = needing.search(text), needing.pattern.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None)


SPOKEN = [
    "He COMMENTED on it",
    "She cast\n doubt on the plan",
    "The minister İNSISTED on guarantees",
    "Kommented, recommented and uncommented",  # the words inside others: no match
    "Peskov made it clear that the talks go on",
    "x saidé and said_x",
    "Zelensky, speaking in Kyiv, played  down the idea.",
    "No word of saying here",
    "",
]


@pytest.mark.parametrize("text", SPOKEN + TEXTS)
def test_a_sentence_telling_of_words_is_found_as_the_pattern_finds_it(text: str) -> None:
    from knowledge.answering.said import _TELLS_OF_WORDS, _tells_of_words

    assert _tells_of_words(text) == bool(_TELLS_OF_WORDS.search(text))


def test_every_seed_sentence_telling_of_words_is_found_as_the_pattern_finds_it() -> None:
    from knowledge import load_articles
    from knowledge.answering.said import _TELLS_OF_WORDS, _tells_of_words
    from knowledge.corpus import DEFAULT_CORPUS
    from knowledge.sentences import split_article

    loaded = load_articles(DEFAULT_CORPUS)
    texts = [s.text for a in loaded.articles for s in split_article(a.id, a.text, a.body_start)]
    told = [_tells_of_words(text) for text in texts]
    assert told == [bool(_TELLS_OF_WORDS.search(text)) for text in texts]
    assert any(told) and not all(told)
