"""Acronyms an article defines: "the National Security and Defense Council (NSDC)" makes NSDC and the council's
full name one thing, so a question may use either form whichever the answering sentence uses.

The definition is the usual newswire one (Schwartz and Hearst's pattern, kept simple): capitalised words
followed by the acronym in parentheses, the initials of the words (skipping "and", "of", "the" ...) spelling it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.text import fold, stems

ACRONYM_JOINERS = frozenset({"and", "of", "for", "the", "on", "de", "&"})  # words an acronym's letters skip
# Two letters that are words or marks of their own in news text, never a name's initials ("5 pm", "on TV").
NOT_INITIALS = frozenset({"am", "pm", "tv", "ok", "id", "vs", "eg", "ie", "uk", "us", "eu", "un"})
LONGEST_FORM = 10  # words before the parenthesis tried as the spelled-out form: the longest names are this long


def defined_forms(acronym: str, texts: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The spelled-out forms of ``acronym`` the texts define, each as its stems (none when none is defined)."""
    pattern = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    found: dict[tuple[str, ...], None] = {}
    for text in texts:
        for match in pattern.finditer(text):
            words = re.findall(r"[^\W\d_][\w’'-]*|&", text[: match.start()])[-LONGEST_FORM:]
            form = _spelled_out(acronym, words)
            if form:
                found[tuple(stems(" ".join(form)))] = None
    return tuple(f for f in found if f)


def initials(words: Iterable[str]) -> str:
    """The letters an acronym takes from a name: "Washington Post" -> "wp"."""
    return "".join(w[0] for w in words if fold(w) not in ACRONYM_JOINERS).lower()


def _spelled_out(acronym: str, words: list[str]) -> list[str] | None:
    """The shortest run of words ending before the parenthesis whose initials spell the acronym."""
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if not run[0][:1].isupper():
            continue
        if initials(run) == acronym.lower():
            return run
    return None


def spelled_in(acronym: str, text: str) -> str | None:
    """The run of words in a sentence whose initials spell an acronym it never defines ("Zaporizhzhia nuclear power
    plant" for "ZNPP"), the first word capitalised; None when none does. An acronym's small letters stand for its
    joining words ("MoD": "Ministry of Defense")."""
    words = re.findall(r"[^\W\d_][\w’'-]*|&", text)
    if not acronym.isupper():
        return _mixed_case_run(acronym, words)
    longest = len(acronym) * 2  # joiners ("of", "the") at most doubling the run
    for end in range(1, len(words) + 1):
        run = _spelled_out(acronym, words[max(0, end - longest) : end])
        if run is not None and fold(run[-1]) not in ACRONYM_JOINERS and _a_name(run, text, short=len(acronym) < 3):
            return " ".join(run)
    return None


def _a_name(run: list[str], text: str, *, short: bool) -> bool:
    """Whether words spelling an acronym read as one name, written together: no possessive or verb in the past
    among them ("Sudan's army", "Ireland condemned the"), and, for two letters (as often two names in a row:
    "Angola, Uganda"), every word capitalised and nothing between them."""
    if any(word.endswith(("'s", "’s")) or (word[:1].islower() and word.endswith("ed")) for word in run):
        return False
    if short:
        return all(word[:1].isupper() for word in run) and " ".join(run) in text
    return True


def _mixed_case_run(acronym: str, words: list[str]) -> str | None:
    """ "MoD" in "... the Ministry of Defense ...": one word per letter, a capital letter a capitalised word, a small
    one a joining word with that initial."""
    size = len(acronym)
    for start in range(len(words) - size + 1):
        run = words[start : start + size]
        if all(
            word[:1].lower() == letter.lower()
            and (
                word[:1].isupper() and fold(word) not in ACRONYM_JOINERS
                if letter.isupper()
                else fold(word) in ACRONYM_JOINERS
            )
            for letter, word in zip(acronym, run, strict=True)
        ):
            return " ".join(run)
    return None
