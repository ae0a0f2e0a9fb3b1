"""Cheap first looks for the patterns run over every sentence, so that a slow pattern runs only where it can match.

Python's ``re`` searches a case-insensitive alternation slowly: it tries every branch at every position (15-40 µs
a sentence for the cue patterns, a sixth of an article's extraction). The words such a pattern needs, looked for
case-sensitively in the sentence made lower case, are found at C speed. Where they are nowhere, the pattern cannot
match; where they are, the pattern itself runs from the first place they occur, so it finds exactly what it finds
on the whole sentence: it cannot match earlier, since its words would have been found there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# The only characters besides A-Z that re.IGNORECASE takes for an ASCII letter (İ and ı for i, ſ for s, the Kelvin
# sign for k): made those letters before lower-casing, the lowered sentence holds a word wherever a case-insensitive
# pattern could match it, at the same place (İ alone lower-cases to two characters).
_ASCII_CASES = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
LOWERED_CACHED = 1024  # sentences: an article's are lowered once for its dates, demands and positions


@functools.lru_cache(maxsize=LOWERED_CACHED)
def lowered(text: str) -> str:
    """``text`` in lower case, the same length, every letter an ASCII-only case-insensitive pattern matches as ASCII."""
    if not text.isascii():
        for odd, letter in _ASCII_CASES:  # replaced only where present (translate looks up every character)
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


class Gated:
    """``pattern.search`` run only from where one of ``needs`` (patterns over the lowered text, one of them matching
    wherever ``pattern`` can start a match) first matches. Several patterns, when one would not be searched fast:
    ``re`` scans quickly for a pattern opening with a literal or a class, not for one opening with either."""

    def __init__(self, pattern: re.Pattern[str], *needs: str) -> None:
        self.pattern = pattern
        self.needs = [re.compile(need) for need in needs]

    def search(self, text: str) -> re.Match[str] | None:
        low = lowered(text)
        starts = [found.start() for found in (need.search(low) for need in self.needs) if found is not None]
        if not starts:
            return None
        return self.pattern.search(text, min(starts) if len(low) == len(text) else 0)


class Needing:
    """A pattern that every match of holds one of some words: a text holding none of them (``needs``, a pattern over
    the lowered text, or over the text itself for a pattern that minds case) is not searched."""

    def __init__(self, pattern: re.Pattern[str], needs: str) -> None:
        self.pattern = pattern
        self.needs = re.compile(needs)
        self._lowered = bool(pattern.flags & re.IGNORECASE)

    def holds_needs(self, text: str) -> bool:
        return self.needs.search(lowered(text) if self._lowered else text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.holds_needs(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.holds_needs(text) else iter(())
