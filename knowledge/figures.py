"""Figures a sentence states: unhedged numbers and the nouns they count ("212 Ukrainian prisoners").

Two accounts of one event that give different figures for the same noun disagree: extraction keeps them as two
events (never two sources of one), and answers say "sources differ". Hedged figures ("about 200", "more than
1,000", "each") and years are no figure to compare.
"""

from __future__ import annotations

import functools
import re

from knowledge.text import STOPWORDS, stems

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


def _without_trailing_small_words(words: list[str]) -> list[str]:
    """'prisoners on' -> 'prisoners': a figure's noun, not the preposition after it."""
    while words and words[-1].lower() in STOPWORDS:
        words = words[:-1]
    return words


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number.startswith(("19", "20"))
