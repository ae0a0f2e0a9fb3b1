"""What peace talks are about: a small, documented lexicon of issues, each with a short name and the words that signal
it. A demand or statement that uses one of an issue's words touches that issue.

The issues are the ones every account of the 2025 talks turns on (and most peace talks do): a ceasefire, territory,
NATO and neutrality, security guarantees and foreign contingents, sanctions, prisoners (bodies and deported
children too), elections and leadership, reparations and frozen assets, the size and arming of forces (added to the
nine the team asked for: army caps and weapons supplies are demanded in every round), and a meeting of leaders. The
short names are what answers and ``!positions`` show. Words are single words, stemmed on import
(``knowledge.text.stem``), so "withdrawal" and "withdraw", "guarantees" and "guaranteed" both count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from knowledge.text import stem, stems

ISSUES: dict[str, str] = {
    "ceasefire": "ceasefire truce armistice cessation hostilities",
    "territory": "territory territories occupied occupation regions region annexation annexed borders border "
    "boundary boundaries frontier frontiers crimea donbas donetsk luhansk zaporizhzhia kherson withdrawal withdraw",
    "NATO": "nato neutrality neutral nonaligned",  # "alliance", "membership" only in phrases (below)
    "security guarantees": "guarantees guarantee peacekeepers peacekeeping multinational deterrence reassurance",
    "sanctions": "sanctions sanction embargo penalties penalty",  # ("US penalties against Russian oil")
    # ("bodies", "children": in phrases)
    # ("hostage(s) to": a figure of speech, "cannot be held hostage to a schedule", taken out in ``_PHRASES``)
    "prisoners": "prisoners prisoner pows captives detainees detainee hostages exchange swap deported",
    "elections": "elections election legitimacy",
    "reparations": "reparations compensation assets reconstruction frozen",
    "forces": "mobilization mobilisation weapons arms army demilitarization",  # not "troops": "withdraw troops"
    "leaders' meeting": "summit leaders",  # not "meeting": delegations meet at every round
}


@functools.cache
def _by_stem() -> dict[str, str]:
    found: dict[str, str] = {}
    for issue, words in ISSUES.items():
        for word in words.split():
            found.setdefault(stem(word), issue)
    return found


def issue_stems(issue: str) -> frozenset[str]:
    """The stems that signal an issue ("territory": "territori", "crimea", ...)."""
    return frozenset(token for token, named in _by_stem().items() if named == issue)


def issues_in(tokens: Iterable[str]) -> list[str]:
    """The issues a text's stems touch, in the order first touched."""
    by_stem = _by_stem()
    return list(dict.fromkeys(by_stem[t] for t in tokens if t in by_stem))


# Words that signal an issue only in a phrase: a single "alliance" or "bodies" says too little ("an alliance with
# China", "international bodies"), and "in exchange for" trades one thing for another, no prisoners.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bin\s+exchange\s+(?:for|of)\b", re.I), " "),
    (re.compile(r"\bhostages?\s+to\b", re.I), " "),  # ("cannot be held hostage to a filling schedule": a figure)
    (re.compile(r"\b(?:military|western|defen[cs]e|north\s+atlantic)\s+alliances?\b", re.I), " nato "),
    (re.compile(r"\balliance\s+membership\b|\bmembership\s+(?:of|in)\s+the\s+alliance\b", re.I), " nato "),
    (re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:fallen|dead|killed|soldiers?)\b", re.I), " prisoners "),
    (re.compile(r"\b(?:deported|abducted|forcibly\s+transferred)\s+(?:ukrainian\s+)?children\b", re.I), " deported "),
)


def issues_in_text(text: str) -> list[str]:
    """The issues a text touches, read off its words (``issues_in`` on its stems) and phrases."""
    for pattern, meaning in _PHRASES:
        text = pattern.sub(meaning, text)
    return issues_in(stems(text))
