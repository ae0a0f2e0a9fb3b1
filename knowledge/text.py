"""Text normalisation shared by extraction and search: folding, tokens, stop words, fuzzy term overlap."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

TERM_CUTOFF = 84  # "diplomacy" ~ "diplomatic" 84.2, "inform" ~ "informed" 85.7, "Ukriane" ~ "Ukraine" 85.7
MIN_FUZZY_TERM_LENGTH = 5  # shorter terms must match exactly: "war" is not "way"

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "about",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "has",
        "have",
        "had",
        "having",
        "not",
        "no",
        "so",
        "such",
        "too",
        "very",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "also",
        "just",
        "only",
        "still",
        "yet",
        "already",
        "even",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "there",
        "here",
        "their",
        "they",
        "them",
        "he",
        "him",
        "his",
        "she",
        "her",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "any",
        "all",
        "some",
        "each",
        "both",
        "either",
        "neither",
        "more",
        "most",
        "much",
        "many",
        "other",
        "others",
        "another",
        "one",
        "ones",
        "tell",
        "told",
        "say",
        "said",
        "says",
        "ask",
        "asked",
        "about",
        "against",
        "between",
        "during",
        "since",
        "until",
        "while",
        "whether",
        "up",
        "down",
        "out",
        "off",
        "again",
        "further",
        "once",
        "s",
        "t",
        "d",
        "ll",
        "m",
        "o",
        "re",
        "ve",
        "y",
        "isn",
        "aren",
        "wasn",
        "weren",
        "hasn",
        "haven",
        "hadn",
        "doesn",
        "don",
        "didn",
        "won",
        "wouldn",
        "please",
        "give",
        "show",
        "list",
        "know",
        "let",
        "get",
        "got",
        "talkbot",
    ]
)
# Reported-speech and call verbs are a closed class in news: treat each family as one concept.
CONCEPTS: dict[str, str] = {
    word: concept
    for concept, words in {
        "SAY": "say says said tell tells told state states stated announce announces announced announcement "
        "report reports reported note noted add added assure assured claim claimed remark remarked "
        "declare declared write wrote comment commented",
        "CALL": "call calls called phone phoned telephone conversation conversations",
        "TALKS": "talks negotiation negotiations negotiate negotiated round rounds meeting meetings met meet summit",
        "DEMAND": "demand demands demanded insist insists insisted condition conditions precondition "
        "preconditions require requires required",
    }.items()
    for word in words.split()
}

_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[.'’-][A-Za-zÀ-ÿ0-9]+)*")


def fold(text: str) -> str:
    """Lower case with typographic quotes and dashes made plain."""
    return text.translate(_PLAIN).lower()


def words(text: str) -> list[str]:
    """Folded words, possessive 's removed, dots kept inside acronyms ("u.s.")."""
    return [(w[:-2] if w.endswith("'s") else w).replace("'", "") for w in _WORD.findall(fold(text))]


def terms(text: str) -> list[str]:
    """Content words: folded, without stop words, in order, without repeats."""
    return list(dict.fromkeys(w for w in words(text) if len(w) > 1 and w not in STOPWORDS))


def concept(term: str) -> str:
    return CONCEPTS.get(term, term)


def term_overlap(query_terms: Iterable[str], text_terms: Iterable[str]) -> tuple[float, int]:
    """(score in 0..1 of the query terms found in the text, number found); fuzzy for long terms, against words
    with the same first letter (typos seldom change it, and it spares most comparisons)."""
    query = list(query_terms)
    if not query:
        return 0.0, 0
    text = text_terms if isinstance(text_terms, (set, frozenset)) else set(text_terms)
    found = 0.0
    hits = 0
    for term in query:
        family = CONCEPTS.get(term)
        if term in text or (family is not None and any(CONCEPTS.get(other) == family for other in text)):
            found += 1.0
            hits += 1
            continue
        if len(term) >= MIN_FUZZY_TERM_LENGTH:
            best = process.extractOne(
                term, [t for t in text if len(t) >= 4 and t[0] == term[0]], scorer=fuzz.ratio, score_cutoff=TERM_CUTOFF
            )
            if best is not None:
                found += best[1] / 100
                hits += 1
    return found / len(query), hits
