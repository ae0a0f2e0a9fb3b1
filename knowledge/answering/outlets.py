"""A question naming the outlet an article came from ("the swap that Politico mentions", "according to Reuters"):
the outlet is no word the sentences hold (it is the article's source), so the question is asked without it and the
items from that outlet's articles come first."""

from __future__ import annotations

import re

from knowledge.answering.context import Context
from knowledge.models import Answer, AnswerCitation
from knowledge.text import STOPWORDS, stem

# Words of outlets' names that name no one outlet ("Politico Europe", "Press TV", "Andes Wire", "LIGA.net")
_GENERIC = frozenset(
    "news wire press agency service daily times post herald journal tribune media group online net com org tv radio "
    "europe world international global via the".split()
)
OUTLET_WORD_MIN = 4  # shorter words of an outlet's name ("AP" aside, rare in questions) are too often other words
_FRAME_VERBS = r"mentions?|mentioned|reports?|reported|says?|said|wrote|writes|cites?|cited|describes?|described|quoted"


def named_outlet(context: Context, text: str) -> tuple[str, str] | None:
    """The outlet a question names and the question without it, or None. Only a word of an outlet's name that no
    sentence holds counts ("Politico", never "Europe" of "Politico Europe", which articles write)."""
    for word, source in context.memo("outlet words", None, lambda: _outlet_words(context)):
        found = re.search(rf"\b{re.escape(word)}\b(?P<next>\s+[^\W\d_][\w’'-]*)?", text, re.IGNORECASE)
        if found is None:
            continue
        following = (found.group("next") or "").strip()
        if following[:1].isupper() and following.lower() not in source.lower():
            continue  # ("the Danube Herald" is another outlet than "Danube Daily")
        # (the whole name when written, "El Comercio", "The Sofia Globe", then the word alone)
        whole = re.escape(re.sub(r"\s*\(.*?\)", "", source)).replace("\\ ", r"\s+")
        return source, _without_outlet(_without_outlet(text, whole), re.escape(word))
    return None


def _outlet_words(context: Context) -> tuple[tuple[str, str], ...]:
    """Each word that may name an outlet in a question, with the outlet's name: read once per state of the index
    (every free question looks for them)."""
    found = []
    for source in context.store.sources():
        for word in re.findall(r"[^\W\d_][\w.]*", source):
            bare = word.strip(".").lower()
            if len(bare) < OUTLET_WORD_MIN or bare in _GENERIC or bare in STOPWORDS:
                continue
            if context.store.frequencies([stem(bare)])[stem(bare)]:
                continue  # (a word the sentences use is the question's topic, whatever outlet shares it)
            found.append((word.strip("."), source))
    return tuple(found)


def _without_outlet(text: str, word: str) -> str:
    """The question with the outlet and the words framing it taken out ("that Politico mentions", "according to
    Reuters", "in the Politico article")."""
    name = rf"(?:the\s+)?{word}(?:['’]s)?(?:\s+(?:Europe|News|Wire|article|report|story|piece))?"
    for frame in (
        rf"\b(?:that|which|as)\s+{name}\s+(?:{_FRAME_VERBS})\b",
        rf"\baccording\s+to\s+{name}",
        rf"\b(?:in|by|from|on)\s+{name}",
        rf"\b{name}\s+(?:{_FRAME_VERBS})(?:\s+that)?\b",
        name,
    ):
        text = re.sub(frame, " ", text, count=1, flags=re.IGNORECASE)
    return " ".join(text.split())


def from_outlet_first(answer: Answer, source: str) -> Answer:
    """The answer with the items cited from the outlet's articles first (stable), said so when any is."""
    if not any(_cites(item.citations, source) for item in answer.items):
        return answer
    items = sorted(answer.items, key=lambda item: not _cites(item.citations, source))
    note = f"Items from {source} first."
    message = answer.message if answer.message and note in answer.message else None
    message = message or (f"{answer.message} {note}" if answer.message else note)
    return answer.model_copy(update={"items": tuple(items), "message": message})


def _cites(citations: tuple[AnswerCitation, ...], source: str) -> bool:
    return any((citation.source or "").startswith(source) for citation in citations)
