"""Figures a sentence states: unhedged numbers and the nouns they count ("212 Ukrainian prisoners").

Two accounts of one event that give different figures for the same noun disagree: extraction keeps them as two
events (never two sources of one), and answers say "sources differ". Hedged figures ("about 200", "more than
1,000", "each") and years are no figure to compare.
"""

from __future__ import annotations

import functools
import re

from knowledge.text import STOPWORDS, fold, stems
from knowledge.vocabulary import FIRST_TOLD, MONTH_WORDS

# A number written as a figure, whole ("4,757", "412"), not a part of a decimal or a word ("1.5", "F-16")
_DIGITS = r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)"
# ... and the words after it (the noun may end the sentence: "among them 31 civilians.")
_FIGURE = re.compile(rf"{_DIGITS}\s+(?P<noun>(?:[A-Za-z-]+(?:\s+|(?=[^\w\s])|$)){{0,2}})")
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


_NUMBER = re.compile(rf"{_DIGITS}(?!\w)")
# "March 13", "13 March": a day, no figure (a number over 31 before "may" or "march" is a figure: "60 may have died")
_MONTH_NEAR = re.compile(rf"\b(?:{MONTH_WORDS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{MONTH_WORDS})\b", re.IGNORECASE)
LAST_DAY = 31
SMALLEST_CORRECTED = 10  # a number under this is in too many sentences to look for its corrections, and counts that
# small are seldom revised


def numbers_in(text: str) -> list[str]:
    """The figures a sentence writes ("412", "4,757"), not its years or its days of a month: what a later sentence
    may correct."""
    found = []
    for match in _NUMBER.finditer(text):
        number = match.group("number")
        if _looks_like_year(number) or int(number.replace(",", "")) < SMALLEST_CORRECTED:
            continue
        day = int(number.replace(",", "")) <= LAST_DAY
        if day and (_MONTH_NEAR.search(text[: match.start()]) or _MONTH_AFTER.match(text[match.end() :])):
            continue
        found.append(number)
    return list(dict.fromkeys(found))


# A sentence correcting a figure names the one it corrects after a word that sets it aside, and says who had given
# it or when: "397 were returned, not 412 as Kyiv had initially announced", "900 rather than the 1,500 initially
# floated", "the initial figure of 412". A contrast alone is another's figure ("50 observers rather than the 200 Kyiv
# has proposed"), a change over time no correction ("520 in 2032, up from 412"), and the number named again without
# either the same count repeated.
_SET_ASIDE_BEFORE = r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?"
# ... or what happened falling short of the figure announced ("exchanged 760, fewer than the 840 announced"): the
# count asked for when the question asks what happened, never what was agreed (840 still was); never "more than the
# 500 it was designed for", "fewer than the 2,000 approved" or "pledged", a plan that still stands
_FELL_SHORT_OF = r"\b(?:fewer|less)\s+than\s+the\s+"
_ANNOUNCED_AFTER = r"\s+(?:\w+\s+)?announced\b"
_TOLD_AFTER = rf"[^.;]{{0,50}}?\b(?:{FIRST_TOLD}|announced|reported|claimed|stated|given|floated|said)\b"
_FIRST_FIGURE_OF = (
    r"\b(?:initial|original|earlier|first|previous|reported|announced)\s+(?:figure|number|count|tally|total)\s+of\s+"
)
# Verbs of revising a figure, for both forms: "revised from 412 to 397" and "revised the figure to 397"
_REVISING = r"(?:revis|correct|amend|updat|adjust)\w*"  # (not "raised ... to 52,000 from 40,000": a change over time)
_REVISED_FROM = rf"\b{_REVISING}\s+(?:\w+\s+){{0,4}}?from\s+"
# "Kyiv later revised the figure to 397", "corrected its count to 397": a correction that does not repeat the number
# (``thing``: what was counted, when the sentence names it: "updated the death toll to 12" is of deaths)
REVISED_FIGURE = re.compile(
    rf"\b{_REVISING}\s+(?:(?:down|up)(?:wards?)?\s+)?(?:the|its|their|his|her|that)\s+"
    r"(?:(?P<thing>[^\W\d_]+)\s+)?(?:figure|number|count|tally|total|toll|estimate)\s+"
    # ("corrected the number of prisoners exchanged last week to 1,014": what was counted after it)
    r"(?:of\s+(?P<of>[^\W\d_]+)(?:\s+[^\W\d_]+){0,5}?\s+)?(?:(?:down|up)(?:wards?)?\s+)?to\s+\d",
    re.IGNORECASE,
)


_MAGNITUDE = re.compile(
    r"\s*(?:(?P<word>thousand|million|billion|trillion|bn|mln|percent|per\s+cent)\b|(?P<sign>%))", re.I
)


def _written(number: str) -> str:
    """A pattern for ``number`` written whole, as ``_DIGITS`` reads it."""
    return rf"(?<![\w.,]){re.escape(number)}(?![\w.,]\d)"


def magnitude_after(text: str, number: str) -> str | None:
    """The scale written after ``number`` in ``text`` ("300 billion euros" -> "billion", "12%" -> "percent")."""
    for found in re.finditer(_written(number), text):
        scale = _MAGNITUDE.match(text, found.end())
        if scale is not None:
            return "percent" if scale.group("sign") else fold(scale.group("word")).replace("per cent", "percent")
    return None


def corrects(text: str, number: str, scale: str | None = None, *, happened: bool = False) -> bool:
    """Whether ``text`` sets ``number`` aside for another figure: "397 were returned, not 412 as first announced".
    ``scale``: the one the number was given with ("300 billion euros"); a correction of it gives a figure of that
    scale too (not "250 observers rather than 300"). ``happened``: what happened is asked, so a count set against
    the one announced corrects it too ("exchanged 760, fewer than the 840 announced")."""
    written = _written(number)
    if not re.search(written, text):
        return False
    others = [n for n in numbers_in(text) if n != number]
    if not others:
        return False  # (no other figure: nothing it is corrected to)
    if scale is not None and not any(magnitude_after(text, n) == scale for n in others):
        return False
    return bool(
        re.search(rf"{_SET_ASIDE_BEFORE}{written}{_TOLD_AFTER}", text, re.IGNORECASE)
        or (happened and re.search(rf"{_FELL_SHORT_OF}{written}{_ANNOUNCED_AFTER}", text, re.IGNORECASE))
        or re.search(rf"{_FIRST_FIGURE_OF}{written}", text, re.IGNORECASE)
        # ("214 Ukrainians, not 206, had been returned": a figure set against it in an aside, before what happened;
        # never a demand or offer, "250 detainees each, not 118, because ...", "80 monitors, not 50, from next month")
        or re.search(
            rf"\d(?:\s+[^\W\d_]+){{0,2}},\s+not\s+{written}\s*,\s+(?:had|have|has|were|was)\s+(?:been\s+)?\w+",
            text,
            re.IGNORECASE,
        )
        or re.search(rf"{_REVISED_FROM}{written}\s+to\s+\d", text, re.IGNORECASE)
        # ("was also revised, to 29 from 31")
        or re.search(rf"\b{_REVISING}\W+(?:\w+\W+){{0,3}}?to\s+\d[\d,]*\s+from\s+{written}", text, re.I)
    )


def _without_trailing_small_words(words: list[str]) -> list[str]:
    """'prisoners on' -> 'prisoners': a figure's noun, not the preposition after it."""
    while words and words[-1].lower() in STOPWORDS:
        words = words[:-1]
    return words


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number.startswith(("19", "20"))
