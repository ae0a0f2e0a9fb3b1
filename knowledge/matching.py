"""Fuzzy matching in one place: names, roles, parties and topics, with named thresholds.

Scores are rapidfuzz's 0..100 with ``default_process`` (rapidfuzz 3 is case-sensitive without it). A name
match needs two gates (RESEARCH.md): the whole name close (WRatio) and the surname close (ratio), so "Mark
Rutte" never becomes "Mark Rubio" and "Sergei Shoigu" never becomes "Sergey Lavrov".
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from knowledge.actors import match_party, parties_in
from knowledge.extract.people import ROLE_HEADS, surname_of
from knowledge.models import Person
from knowledge.text import STOPWORDS, fold

NAME_CUTOFF = 85  # whole-name WRatio: Marco/Mark Rubio 85.7
SURNAME_CUTOFF = 80  # surname ratio: Peskow/Peskov 83.3, Zelenksy/Zelensky 87.5
SUGGESTION_CUTOFF = 55  # close enough to offer as "did you mean"
ROLE_CUTOFF = 80
MAX_SUGGESTIONS = 3
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
        self.by_surname: dict[str, list[int]] = {}
        for person in people:
            for surname in {surname_of(alias).lower() for alias in person.aliases}:
                self.by_surname.setdefault(surname, []).append(person.key)
        self._surnames = list(self.by_surname)
        self.by_full: dict[tuple[str, ...], int] = {}
        for person in people:
            for alias in person.aliases:
                words = tuple(w.lower() for w in alias.split())
                if len(words) > 1:
                    self.by_full.setdefault(words, person.key)

    def in_question(self, question: str) -> list[Person]:
        """People a question names, by any alias or a close spelling of a surname, in any case."""
        keys: dict[int, None] = {}
        tokens = [re.sub(r"['’]s$", "", token).lower() for token in re.findall(r"[\w.’'-]+", question)]
        named: set[int] = set()  # words of a full name the question spells out: its surname then names no one else
        for size in (3, 2):
            for i in range(len(tokens) - size + 1):
                key = self.by_full.get(tuple(tokens[i : i + size]))
                if key is not None and not named & set(range(i, i + size)):
                    keys[key] = None
                    named |= set(range(i, i + size))
        for position, word in enumerate(tokens):
            if position in named:
                continue
            word = word.strip(".")
            if len(word) < 3 or word in STOPWORDS:
                continue
            if word in self.by_surname:
                keys.update(dict.fromkeys(self.by_surname[word]))
            elif len(word) >= 5:
                close = process.extract(
                    word, self._surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_CUTOFF, limit=None
                )
                for surname, _, _ in close:
                    keys.update(dict.fromkeys(self.by_surname[surname]))
        return [self.by_key[key] for key in keys]

    def match(self, query: str) -> Person | None:
        """The person a name means, forgiving typos and alias spellings; None when nobody is close enough.

        The surname gate picks the candidates (in rapidfuzz's C loop); the whole-name gate decides among them."""
        name = strip_titles(query).replace("’s", "").replace("'s", "")
        if not name:
            return None
        close = process.extract(
            surname_of(name),
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


def match_role(query: str, people: list[Person]) -> Person | None:
    """'Ukraine's president', 'the president of Ukraine', 'Kremlin spokesman' -> the person holding it."""
    text = fold(query)
    party = None
    for _, _, found in parties_in(query):
        party = found
        break
    role_words = [
        w
        for w in re.findall(r"[a-z-]+", text)
        if w in ROLE_HEADS or w in {"foreign", "press", "vice", "prime", "state", "defence", "defense", "lead"}
    ]
    if not role_words:
        return None
    wanted = " ".join(role_words)
    best: tuple[float, Person] | None = None
    for person in people:
        if party and person.affiliation != party:
            continue
        for role in person.roles:
            role_text = " ".join(w for w in re.findall(r"[a-z-]+", fold(role)) if w not in STOPWORDS)
            score = fuzz.token_set_ratio(wanted, role_text)
            if not set(role_words) & set(role_text.split()) and score < 95:
                continue
            if score >= ROLE_CUTOFF and (best is None or score > best[0]):
                best = (score, person)
    return best[1] if best else None


def parties_in_question(question: str) -> list[str]:
    """Parties a question names, exactly or with a typo ("Ukriane")."""
    found = [party for _, _, party in parties_in(question)]
    if not found:
        for word in re.findall(r"[A-Za-z’'.-]{4,}", question):
            party = match_party(word)
            if party and word.lower() not in STOPWORDS:
                found.append(party)
    return list(dict.fromkeys(found))
