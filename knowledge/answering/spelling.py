"""A question's cue words typed one letter off, read as the cue they stand for before the question is read.

The readers of a question (``router``, ``question``) find what is asked by its cue words: "how long", "delegation",
"purpose", "begin", "demands". Ranking already reads a content word the articles never use as the article word one
edit away, but a misspelt cue lost its reading: "Ukraine's delgation in Berlin?" was no question about a team, "how
lnog did the talks last?" no question about a span. So a word no article uses, one edit (optimal string alignment:
a letter dropped, added, changed, or two swapped) from exactly one cue word, is written as that cue first.
The cue words are read from the readers' own patterns, so no second list drifts from them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz.distance import OSA

from knowledge.answering import question, router
from knowledge.lexicon import related
from knowledge.text import IRREGULAR_VERBS, STOPWORDS, stem
from knowledge.vocabulary import QUESTION_WORDS

# A cue this long may be typed with a letter dropped; shorter ones are as likely other words ("tme": "time" or
# "the"), unless the typo only swaps two letters of a four-letter cue ("lnog", "whne"). Only a dropped letter or two
# swapped are read as typos: a letter changed or added is as often another word the articles do not use ("sites" is
# no "sides", "leaving" no "leading", "names" no "name", "black" no "back").
CUE_TYPO_MIN = 5
_WORD = re.compile(r"(?<![A-Za-z'’])[A-Za-z]+(?![A-Za-z'’])")  # not a contraction's part ("weren't")
# cues read by their lexicon family, not by a pattern ("when did the talks begin?": ``question.asks_for_start``)
_FAMILY_CUES = frozenset({"begin", "began", "start", "started", "ended", "finish", "finished"})


@functools.cache
def cue_words() -> frozenset[str]:
    """Every word of four letters or more the question readers' patterns look for, and the question words."""
    patterns = [pattern.pattern for module in (question, router) for pattern in _patterns(vars(module).values())]
    literals = {word for pattern in patterns for word in _whole_words(re.sub(r"\\[a-zA-Z]", " ", pattern))}
    return frozenset(literals | _FAMILY_CUES | {w for w in QUESTION_WORDS if len(w) >= 4})


# A literal and the alternatives beside it in its group: "(?:mon|tues|satur)day" cuts "satur" short of a word, and
# "repl(?:y|ies|ying)" continues "repl"; escapes are read as spaces first ("\\bduration" is "duration").
_LITERAL = re.compile(r"(?P<open>\(\?:)?(?P<left>(?:[a-z]+\|)*)(?P<word>[a-z]{4,})(?P<right>(?:\|[a-z]+)*)")


def _whole_words(pattern: str) -> Iterator[str]:
    """The literals of ``pattern`` that stand as whole words: none joined to letters outside their group."""
    for found in _LITERAL.finditer(pattern):
        end = found.end()
        closes = pattern.startswith(")", end)
        after = pattern[end + 1 : end + 2] if closes else pattern[end : end + 1]
        joined_after = after.isalpha() or after in "(["
        joined_before = pattern[found.start() - 1 : found.start()].isalpha()
        if not joined_after and not joined_before:
            yield found.group("word")
        for side in (found.group("left"), found.group("right")):  # the alternatives beside it, alike
            for word in side.strip("|").split("|"):
                if len(word) >= 4 and not joined_after and not joined_before:
                    yield word


def _patterns(values: Iterable[object]) -> Iterator[re.Pattern[str]]:
    """The patterns among a module's names, and those in its tables of patterns (``question._KINDS``)."""
    for value in values:
        if isinstance(value, re.Pattern):
            yield value
        elif isinstance(value, tuple | list):
            yield from _patterns(value)


def _cue_for(word: str) -> str | None:
    """The one cue word ``word`` is a typo of, or None (none, or several: a guess would change the question)."""
    lowered = word.lower()
    by_length = _cues_by_length()
    near = {
        cue
        for cue in by_length.get(len(lowered) + 1, ()) + by_length.get(len(lowered), ())
        if (len(cue) == len(lowered) + 1 or sorted(cue) == sorted(lowered))
        and OSA.distance(lowered, cue, score_cutoff=1) <= 1
        and (len(cue) >= CUE_TYPO_MIN or sorted(cue) == sorted(lowered))
    }
    if len(near) != 1:
        return None
    found = near.pop()
    return None if stem(found) == stem(lowered) else found  # "decide"/"decided", "trip"/"trips": no typo, a form


@functools.cache
def _cues_by_length() -> dict[int, tuple[str, ...]]:
    """``cue_words`` by length: a typo is compared with the cues one letter longer or as long, not all ~640."""
    by_length: dict[int, list[str]] = {}
    for cue in sorted(cue_words()):
        by_length.setdefault(len(cue), []).append(cue)
    return {length: tuple(cues) for length, cues in by_length.items()}


def _english(word: str) -> bool:
    """Whether a word is one the lexicon knows as English in its own right: an irregular verb's form ("send", "sent")
    or a word with a listed family ("brief")."""
    return word in IRREGULAR_VERBS or word in _IRREGULAR_BASES or bool(related(stem(word)))


_IRREGULAR_BASES = frozenset(IRREGULAR_VERBS.values())


def respelt(text: str, known_stem: Callable[[str], bool]) -> str:
    """``text`` with each word no article uses and no cue is written as the one cue word it is a typo of."""

    def cue(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if len(word) < 4 or lowered in cue_words() or lowered in STOPWORDS or known_stem(stem(lowered)):
            return word
        if _english(lowered):
            return word  # "expect Moscow to send": a word of its own the articles do not use, never "spend"
        found = _cue_for(word)
        if found is None:
            return word
        return found.capitalize() if word[0].isupper() else found

    return _WORD.sub(cue, text)
