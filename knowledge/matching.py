"""Fuzzy matching in one place: names, roles, parties and topics, with named thresholds.

Scores are rapidfuzz's 0..100 with ``default_process`` (rapidfuzz 3 is case-sensitive without it). A name
match needs two gates (RESEARCH.md): the whole name close (WRatio) and the surname close (ratio), so "Mark
Rutte" never becomes "Mark Rubio" and "Sergei Shoigu" never becomes "Sergey Lavrov". Names are compared as
transliteration keys (``people.transliteration_key``): accents dropped and the usual spellings of names from
Cyrillic made one, so "Erdogan" finds "Erdoğan" and "Umerov" finds "Umierov".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from knowledge.actors import match_party, parties_in
from knowledge.extract.people import (
    ORG_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    strip_possessive,
    surname_of,
    transliteration_key,
)
from knowledge.lexicon import related_role
from knowledge.models import Person
from knowledge.text import STOPWORDS, fold, stem, terms

NAME_CUTOFF = 85  # whole-name WRatio: Marco/Mark Rubio 85.7
SURNAME_CUTOFF = 80  # surname ratio: Peskow/Peskov 83.3, Zelenksy/Zelensky 87.5
SUGGESTION_CUTOFF = 55  # close enough to offer as "did you mean"
ROLE_CUTOFF = 85  # a role word spelled close enough: "defence"/"defense" 85.7
MAX_SUGGESTIONS = 3
# Question words whose transliteration key is close to a surname: never a name in a question.
QUESTION_NOT_NAMES = frozenset({"said", "says", "tell", "told", "demand", "demands", "talks", "meet", "met"})
TITLE_WORDS = frozenset(
    {
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "minister",
        "secretary",
        "chancellor",
        "pope",
        "spokesman",
        "spokeswoman",
        "the",
        "prime",
        "vice",
        "foreign",
        "press",
    }
)


def strip_titles(name: str) -> str:
    words = [w for w in re.findall(r"[\w.’'-]+", name) if w.lower().strip(".") not in TITLE_WORDS]
    return " ".join(words)


def _name_score(query: str, alias: str, surname: str) -> float:
    """Both gates, on transliteration keys of the query, the alias and the person's surname."""
    query, alias, surname = transliteration_key(query), transliteration_key(alias), transliteration_key(surname)
    query_words, alias_words = query.split(), alias.split()
    if len(query_words) == 1 or len(alias_words) == 1:
        target = surname if len(alias_words) > 1 else alias
        score = fuzz.ratio(query_words[-1], target, processor=utils.default_process)
        if len(query_words) == 1:
            return score if score >= SURNAME_CUTOFF else 0.0
        return 0.0
    whole = fuzz.WRatio(query, alias, processor=utils.default_process)
    last = fuzz.ratio(surname_of(query), surname_of(alias), processor=utils.default_process)
    first_q, first_a = query_words[0].replace(".", "").lower(), alias_words[0].replace(".", "").lower()
    initials = (len(first_q) <= 2 or len(first_a) <= 2) and first_q[:1] == first_a[:1]
    if last >= SURNAME_CUTOFF and (whole >= NAME_CUTOFF or initials):
        return whole
    return 0.0


class PeopleLookup:
    """People by lower-case surname, built once per people list, for finding who a question names."""

    def __init__(self, people: list[Person]) -> None:
        self.by_key = {person.key: person for person in people}
        self.by_surname: dict[str, list[int]] = {}  # surname's transliteration key -> person keys
        for person in people:
            for surname in {transliteration_key(surname_of(alias)) for alias in person.aliases}:
                self.by_surname.setdefault(surname, []).append(person.key)
        self._surnames = list(self.by_surname)
        self.by_full: dict[tuple[str, ...], int] = {}
        for person in people:
            for alias in person.aliases:
                words = tuple(transliteration_key(w) for w in alias.split())
                if len(words) > 1:
                    self.by_full.setdefault(words, person.key)

    def in_question(self, question: str, is_word: Callable[[str], bool] | None = None) -> list[Person]:
        """People a question names, by any alias or a close spelling of a surname, in any case."""
        return list({p.key: p for group in self.named_in_question(question, is_word) for p in group}.values())

    def named_in_question(
        self, question: str, is_word: Callable[[str], bool] | None = None
    ) -> list[tuple[Person, ...]]:
        """Each name a question says, as the people it may mean: a full name one person, a bare surname every
        person bearing it ("Mazur" -> three Mazurs). A lower-case word the articles use as a word (``is_word``:
        "truce") is never read as a misspelt name ("Bruce")."""
        groups: dict[tuple[int, ...], None] = {}
        raw = [re.sub(r"['’]s$", "", token) for token in re.findall(r"[\w.’'-]+", question)]
        tokens = [transliteration_key(re.sub(r"['’]s$", "", token)) for token in re.findall(r"[\w.’'-]+", question)]
        named: set[int] = set()  # words of a full name the question spells out: its surname then names no one else
        for size in (3, 2):
            for i in range(len(tokens) - size + 1):
                key = self.by_full.get(tuple(tokens[i : i + size]))
                if key is not None and not named & set(range(i, i + size)):
                    groups[(key,)] = None
                    named |= set(range(i, i + size))
        for position, word in enumerate(tokens):
            if position in named:
                continue
            word = word.strip(".")
            if len(word) < 3 or word in STOPWORDS or word in QUESTION_NOT_NAMES:
                continue
            if word in self.by_surname:
                groups[tuple(self.by_surname[word])] = None
            elif len(word) >= 5 and not (is_word and raw[position][:1].islower() and is_word(raw[position].lower())):
                close = process.extract(
                    word, self._surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_CUTOFF, limit=None
                )
                found = tuple(dict.fromkeys(key for surname, _, _ in close for key in self.by_surname[surname]))
                if found:
                    groups[found] = None
        return [tuple(self.by_key[key] for key in group) for group in groups]

    def match(self, query: str) -> Person | None:
        """The person a name means, forgiving typos and alias spellings; None when nobody is close enough.

        The surname gate picks the candidates (in rapidfuzz's C loop); the whole-name gate decides among them."""
        name = strip_titles(query).replace("’s", "").replace("'s", "")
        if not name:
            return None
        close = process.extract(
            transliteration_key(surname_of(name)),
            self._surnames,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=SURNAME_CUTOFF,
            limit=None,
        )
        best: tuple[float, int, Person] | None = None
        for key in dict.fromkeys(key for surname, _, _ in close for key in self.by_surname[surname]):
            person = self.by_key[key]
            for alias in person.aliases:
                score = _name_score(name, alias, surname_of(person.name))
                if score and (best is None or score > best[0]):
                    best = (score, -key, person)
        return best[2] if best else None


def suggest_names(query: str, people: list[Person], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Closest known names, for "did you mean"."""
    name = strip_titles(query) or query
    choices = {person.name: person for person in people}
    scored = process.extract(
        name,
        list(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    return [match[0] for match in scored]


@dataclass(frozen=True)
class RoleHolder:
    """Who holds a role a question asks about, which of their roles it is, and whether their party is only
    inferred (the articles give the role but not whose it is)."""

    person: Person
    role: int
    party_unstated: bool = False


def match_role(query: str, people: list[Person]) -> RoleHolder | None:
    """'Ukraine's foreign minister', 'the president of Ukraine', 'head of Ukraine's negotiating team' -> the person
    the articles give that role. Each role head of the query ("minister", "head") must be in the role, by stem,
    by its role family ("head" ~ "chief") or a close spelling; so must every name-like word ("Saudi", "Moldova's"),
    and at least half of its other words. A party the query names must be the person's or the role's; failing
    that, a single holder whose party the articles never give is accepted and said to be so."""
    wanted_party = next((party for _, _, party in parties_in(query)), None)
    found = _role_holders(query, people, wanted_party)
    unstated = False
    if not found and wanted_party:
        loose = _role_holders(query, [p for p in people if p.affiliation is None], None, strict=True)
        found = loose if len({person.key for _, _, person in loose}) == 1 else []  # never a guess between two
        unstated = bool(found)
    if not found:
        return None
    _, number, person = max(found, key=lambda entry: (entry[0], entry[1]))
    return RoleHolder(person, -number, unstated)


def _role_holders(
    query: str, people: list[Person], wanted_party: str | None, *, strict: bool = False
) -> list[tuple[float, int, Person]]:
    """(fit, -role number, person) for every role that fits the query. ``strict``: a role with a name-like word
    the query lacks ("Saudi Foreign Minister") is someone else's."""
    stripped = strip_party_words(query)
    words = [w for w in terms(stripped) if w not in ROLE_FILLER]
    named = {stem(fold(strip_possessive(w))) for w in re.findall(r"[^\W\d_][\w’'-]*", stripped) if w[0].isupper()} - {
        stem(w) for w in ROLE_HEADS | ROLE_MODIFIERS
    }
    heads = [stem(w) for w in words if w in ROLE_HEADS]
    others = [stem(w) for w in words if w not in ROLE_HEADS]
    if not heads:
        return []
    found: list[tuple[float, int, Person]] = []
    for person in people:
        for number, role in enumerate(person.roles):
            role_parties = {party for _, _, party in parties_in(role)}
            if wanted_party and wanted_party != person.affiliation and wanted_party not in role_parties:
                continue
            if strict and (role_parties or _name_like(role) - named):
                continue
            have = {stem(w) for w in terms(strip_party_words(role))}
            if not all(_role_word_in(w, have) for w in heads) or not named <= have:
                continue
            matched = sum(1 for w in others if _role_word_in(w, have))
            if others and matched * 2 < len(others):
                continue
            fit = (len(heads) + matched) / max(len(have), 1)  # the role that says no more than was asked fits best
            found.append((fit, -number, person))
    return found


def _name_like(role: str) -> set[str]:
    """Stems of a role's capitalised words that are not title words: 'Saudi' in 'Saudi Foreign Minister'."""
    words = re.findall(r"[^\W\d_][\w’'-]*", strip_party_words(role))
    titles = {stem(w) for w in ROLE_HEADS | ROLE_MODIFIERS | ORG_WORDS}
    return {stem(fold(strip_possessive(w))) for w in words if w[0].isupper()} - titles


def _role_word_in(word: str, have: set[str]) -> bool:
    return word in have or bool(related_role(word) & have) or _close_stem(word, have)


ROLE_FILLER = frozenset({"who", "is", "the", "of", "current", "now", "currently"})


def strip_party_words(text: str) -> str:
    """The text without the names of parties ('Ukraine's', 'Kremlin'), which decide affiliation, not role."""
    for start, end, _ in reversed(parties_in(text)):
        text = text[:start] + " " + text[end:]
    return text


def _close_stem(word: str, have: set[str]) -> bool:
    return len(word) >= 5 and any(fuzz.ratio(word, other) >= ROLE_CUTOFF for other in have)


def parties_in_question(question: str, is_word: Callable[[str], bool] | None = None) -> list[str]:
    """Parties a question names, exactly or with a typo ("Ukriane"). A typo is only looked for in a word of five
    letters or more that the articles do not use as a word (``is_word``): "plan" is not "Poland"."""
    found = [party for _, _, party in parties_in(question)]
    if not found:
        for word in re.findall(r"[^\W\d_][\w’'.-]{4,}", question):
            if word.lower() in STOPWORDS or (is_word is not None and is_word(word.lower())):
                continue
            party = match_party(word)
            if party:
                found.append(party)
    return list(dict.fromkeys(found))
