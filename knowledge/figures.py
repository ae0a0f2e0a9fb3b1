"""Figures a sentence states: unhedged numbers and the nouns they count ("212 Ukrainian prisoners").

Two accounts of one event that give different figures for the same noun disagree: extraction keeps them as two
events (never two sources of one), and answers say "sources differ". Hedged figures ("about 200", "more than
1,000", "each") and years are no figure to compare.
"""

from __future__ import annotations

import functools
import re

from knowledge.text import STOPWORDS, fold, stems
from knowledge.vocabulary import MONTHS

_FIGURE = re.compile(r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)\s+(?P<noun>(?:[A-Za-z-]+\s+){0,2})")
_HEDGED = re.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|less\s+than|fewer\s+than|"
    r"up\s+to|at\s+least|in\s+total|total|each|a\s+further|another|of\s+the)\s+$",
    re.IGNORECASE,
)


def figures_in(text: str) -> dict[str, tuple[str, str]]:
    """Noun stem -> (number, the words after it) for each unhedged figure: '212 Ukrainian prisoners' ->
    {'prison': ('212', 'Ukrainian prisoners'), 'ukrainian': (...)}."""
    return dict(_figures(text))


FIGURES_CACHED = 4096  # texts: merging a day's events compares each with every other, and so its figures


@functools.lru_cache(maxsize=FIGURES_CACHED)
def _figures(text: str) -> dict[str, tuple[str, str]]:
    """``figures_in``, kept (callers of this one only read it)."""
    found: dict[str, tuple[str, str]] = {}
    for match in _FIGURE.finditer(text):
        if _HEDGED.search(text[: match.start()]) or _looks_like_year(match.group("number")):
            continue
        phrase = " ".join(_without_trailing_small_words(match.group("noun").split()))
        for noun in stems(phrase):
            found.setdefault(noun, (match.group("number"), phrase))
    return found


def figures_differ(one: str, other: str) -> tuple[str, str, str] | None:
    """(their number, their phrase, my number) when ``other`` counts a noun of ``one`` differently, else None."""
    mine = _figures(one)
    if not mine:
        return None
    for noun, (number, phrase) in _figures(other).items():
        if noun in mine and mine[noun][0] != number:
            return number, phrase, mine[noun][0]
    return None


# A number written as a figure, whole ("4,757", "412"), not a part of a decimal or a word ("1.5", "F-16")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)(?!\w)")
_MONTH_NEAR = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s*$", re.IGNORECASE)  # "March 13": a day, no figure
_MONTH_AFTER = re.compile(rf"^\s*(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)  # "13 March"
SMALLEST_CORRECTED = 10  # a number under this is in too many sentences to look for its corrections, and counts that
# small are seldom revised


def numbers_in(text: str) -> list[str]:
    """The figures a sentence writes ("412", "4,757"), not its years or its days of a month: what a later sentence
    may correct."""
    found = []
    for match in _NUMBER.finditer(text):
        number = match.group(1)
        if _looks_like_year(number) or int(number.replace(",", "")) < SMALLEST_CORRECTED:
            continue
        if _MONTH_NEAR.search(text[: match.start()]) or _MONTH_AFTER.match(text[match.end() :]):
            continue
        found.append(number)
    return list(dict.fromkeys(found))


# A sentence correcting a figure names the one it corrects beside a word that sets it aside: "397 were returned, not
# 412 as Kyiv had initially announced", "rather than 412", "down from 412", "revised from 412 to 397", "412, as Kyiv
# had first said" (a number "as Kyiv had said" is one confirmed). The number named again without one is the same
# count repeated, not a correction.
_SET_ASIDE_BEFORE = (
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\bdown\s+from|\bup\s+from|"
    r"\b(?:initial|original|earlier|first|previous|reported|announced)\s+(?:figure|number|count|tally|total)\s+of)"
    r"\s+(?:the\s+)?(?:(?:initial|original|earlier|first|previously\s+reported)\s+)?"
)
_SET_ASIDE_AFTER = (
    r"(?:\s+\w+){0,2}?,?\s+(?:as|that|which)\s+(?:[\w’'-]+\s+){1,3}?(?:(?:had|has|have)\s+)?"
    r"(?:initially|first|originally|earlier|previously|mistakenly|wrongly)\s+"
    r"(?:said|announced|reported|claimed|stated|given|put\s+it)\b"
)
# "Kyiv later revised the figure to 397", "corrected its count to 397": a correction that does not repeat the number
REVISED_FIGURE = re.compile(
    r"\b(?:revis|correct|amend|updat)\w*\s+(?:(?:down|up)(?:wards?)?\s+)?(?:the|its|their|his|her|that)\s+"
    r"(?:\w+\s+)?(?:figure|number|count|tally|total|toll|estimate)\s+(?:(?:down|up)(?:wards?)?\s+)?to\s+\d",
    re.IGNORECASE,
)


_MAGNITUDE = re.compile(
    r"\s*(?:(?P<word>thousand|million|billion|trillion|bn|mln|percent|per\s+cent)\b|(?P<sign>%))", re.I
)


def magnitude_after(text: str, number: str) -> str | None:
    """The scale written after ``number`` in ``text`` ("300 billion euros" -> "billion", "12%" -> "percent")."""
    for found in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w.,]\d)", text):
        scale = _MAGNITUDE.match(text, found.end())
        if scale is not None:
            return "percent" if scale.group("sign") else fold(scale.group("word")).replace("per cent", "percent")
    return None


_REVISING_FROM = r"\b(?:revis|correct|amend|adjust|lower|rais|cut)\w*\s+(?:\w+\s+){0,4}?from\s+"  # "revised ... from"


def corrects(text: str, number: str, scale: str | None = None) -> bool:
    """Whether ``text`` sets ``number`` aside for another figure: "397 were returned, not 412 as first announced".
    ``scale``: the one the number was given with ("300 billion euros"); a correction of it gives a figure of that
    scale too (not "250 observers rather than 300")."""
    written = re.escape(number)
    if not re.search(rf"(?<![\w.,]){written}(?![\w.,]\d)", text):
        return False
    if scale is not None and not any(magnitude_after(text, n) == scale for n in numbers_in(text)):
        return False
    others = [n for n in numbers_in(text) if n != number]
    if not others and not re.search(rf"\bfrom\s+{written}\s+to\s+\d", text):
        return False  # (no other figure: nothing it is corrected to)
    return bool(
        re.search(rf"{_SET_ASIDE_BEFORE}{written}(?![\w.,]\d)", text, re.IGNORECASE)
        or re.search(rf"(?<![\w.,]){written}{_SET_ASIDE_AFTER}", text, re.IGNORECASE)
        or re.search(rf"{_REVISING_FROM}{written}\s+to\s+\d", text, re.IGNORECASE)
    )


def _without_trailing_small_words(words: list[str]) -> list[str]:
    """'prisoners on' -> 'prisoners': a figure's noun, not the preposition after it."""
    while words and words[-1].lower() in STOPWORDS:
        words = words[:-1]
    return words


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number.startswith(("19", "20"))
