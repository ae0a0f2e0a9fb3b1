"""Parties: which country or institution a place, capital, demonym or body stands for.

A small hand-kept table for what text alone cannot settle (Kremlin -> Russia, Kiev/Kyiv -> Ukraine,
White House -> United States). It names places and institutions, never answers; people get their party
from the roles the articles give them.
"""

from __future__ import annotations

import functools
import itertools
import re

from rapidfuzz import fuzz, process, utils

from knowledge.countries import CAPITALS, COUNTRY_ALIASES

PARTY_CUTOFF = 80  # "Ukriane" ~ "ukraine" 85.7; "Russa" ~ "russia" 90.9

PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "Russia": ("russia", "russian", "russians", "moscow", "kremlin", "russian federation", "russian side"),
    "Ukraine": ("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "ukrainian side"),
    "United States": (
        "united states",
        "us",
        "u.s.",
        "usa",
        "u.s.a.",
        "america",
        "american",
        "americans",
        "washington",
        "white house",
        "state department",
        "pentagon",
        "trump administration",
    ),
    "European Union": (
        "european union",
        "eu",
        "european commission",
        "brussels",
        "europe",
        "european",
        "europeans",
        "european leaders",
        "european officials",
    ),
    "NATO": ("nato", "north atlantic treaty organization", "alliance"),
    "France": ("france", "french", "paris", "elysee"),
    "Germany": ("germany", "german", "berlin"),
    "Italy": ("italy", "italian", "rome"),
    "Finland": ("finland", "finnish", "helsinki"),
    "Turkey": ("turkey", "turkish", "ankara", "turkiye", "türkiye"),
    "United Kingdom": ("united kingdom", "uk", "u.k.", "britain", "british", "london", "downing street"),
    "China": ("china", "chinese", "beijing"),
    "Vatican": ("vatican", "holy see"),
    "Belarus": ("belarus", "belarusian", "minsk"),
    "Poland": ("poland", "polish", "warsaw"),
    # a grouping that states demands as one: "the coalition of the willing demanded ..."
    "Coalition of the Willing": ("coalition of the willing", "coalition of willing"),
}
PARTY_ALIASES |= {country: names for country, names in COUNTRY_ALIASES.items() if country not in PARTY_ALIASES}
ALIAS_TO_PARTY: dict[str, str] = {alias: party for party, aliases in PARTY_ALIASES.items() for alias in aliases}
# Aliases that are a place or a building as well as a party: "what does Moscow demand?" asks Russia, but
# "!timeline Ankara" asks about the city, not everything Turkish.
PLACE_ALIASES = frozenset(
    "moscow kremlin kyiv kiev washington brussels paris elysee berlin rome helsinki ankara london beijing minsk "
    "warsaw pentagon".split()
) | frozenset({"white house", "state department", "downing street"} | CAPITALS)


def trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, as a trie: Python's ``re`` tries an alternation's branches one by one
    at every position, so 600 aliases as a flat alternation would cost 600 tries per character of every article."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longest alias first, shorter on backtracking

    return emit(trie)


@functools.cache
def _alias_pattern() -> re.Pattern[str]:
    """Compiled when first needed: ~12 ms of every start, and a start that answers nothing needs none of it."""
    return re.compile(
        r"(?<![\w.])(" + trie_pattern(list(ALIAS_TO_PARTY)) + r")(?:'s|’s|(?<![sS])s)?(?![\w])",
        re.IGNORECASE,
    )


_CASE_SENSITIVE = frozenset({"us", "uk", "eu"})  # "us" the pronoun is not the US: only "US" is
# A possessive typed without its apostrophe ("Polands foreign minister") still names the party.


def party_of(text: str) -> str | None:
    """The party a word or phrase stands for exactly ("Kiev" -> "Ukraine"), or None."""
    return ALIAS_TO_PARTY.get(text.strip().lower().replace("’s", "").replace("'s", ""))


def only_a_side(text: str) -> bool:
    """Whether the text is one side's name and nothing else: "China", "Kyiv", names of one side side by side ("US
    State Department", "Russia's Kremlin"; callers drop a leading "the"); "Lavrov Vatican" is not."""
    found = parties_in(text)
    if not found or len({party for _, _, party in found}) != 1 or found[0][0] != 0 or found[-1][1] != len(text):
        return False
    return all(_SIDE_BY_SIDE.fullmatch(text[end:start]) for (_, end, _), (start, _, _) in itertools.pairwise(found))


_SIDE_BY_SIDE = re.compile(r"(?:['’]s)?\s*")  # between two names of one side: a space, or a possessive and a space


def parties_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, party) of every party alias in text, in order."""
    found = []
    for match in _alias_pattern().finditer(text):
        alias = match.group(1)
        # ("eu leaders", "uk troops" as typed in a chat name their parties; in a web address they do not)
        in_address = text[max(0, match.start(1) - 1) : match.start(1)] in (".", "/", "@")
        if alias.lower() in _CASE_SENSITIVE and alias != alias.upper() and (alias.lower() == "us" or in_address):
            continue
        found.append((match.start(), match.end(), ALIAS_TO_PARTY[alias.lower()]))
    return found


def without_parties(text: str) -> str:
    """The text without the names of parties ('Ukraine's', 'Kremlin'), which decide affiliation, not role."""
    for start, end, _ in reversed(parties_in(text)):
        text = text[:start] + " " + text[end:]
    return text


def match_party(query: str) -> str | None:
    """The party a user means, forgiving typos ("Ukriane"), or None."""
    exact = party_of(query)
    if exact:
        return exact
    if len(query.strip()) < 4:
        return None
    best = process.extractOne(
        query, list(ALIAS_TO_PARTY), scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=PARTY_CUTOFF
    )
    return ALIAS_TO_PARTY[best[0]] if best else None
