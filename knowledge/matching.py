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

from rapidfuzz import fuzz, process, utils

from knowledge.actors import match_party, parties_in
from knowledge.extract.people import (
    ROLE_HEADS,
    surname_of,
    transliteration_key,
)
from knowledge.lexicon import related
from knowledge.models import Person
from knowledge.text import STOPWORDS, fold, stem, stems
from knowledge.vocabulary import QUESTION_WORDS

NAME_CUTOFF = 85  # whole-name WRatio: Marco/Mark Rubio 85.7
SURNAME_CUTOFF = 80  # surname ratio: Peskow/Peskov 83.3, Zelenksy/Zelensky 87.5
# A surname this short typed in lower case that the articles also use as a word ("the art" in "returning the art",
# beside a body misread as "... Fine Art") is that word; a longer one ("kesk", "varo" aside) is the name
SHORT_SURNAME = 3
SUGGESTION_CUTOFF = 55  # close enough to offer as "did you mean"
MAX_SUGGESTIONS = 3
SUGGESTION_LISTS_KEPT = 2  # people lists whose processed names are kept: a knowledge base's, and one reloaded
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


# A hyphen between two capitalised words that are not a known double name: "Rubio-Lavrov call", "Trump-Putin summit".
_NAME_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z]{2,})")
_HYPHENED_WORD = re.compile(r"[\w.’']+(?:-[\w.’']+)+")


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


# "Trump's envoy", "Putin's aide": a person named by the role they hold for another.
# Roles a person holds as someone's own ("Trump's envoy", "Lukashenko's press secretary"), not a government's post
_PERSONAL_ROLES = (
    "envoy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|negotiator|representative|deputy|secretary"
)
_POSSESSIVE_ROLE = re.compile(
    r"\b(?P<owner>[A-Za-z][\w-]+?)(?:['’]s|(?<=[a-z])s)\s+(?:(?:special|chief|top|senior|foreign\s+policy|personal|"
    rf"press)\s+)?(?P<role>{_PERSONAL_ROLES})\b",
    re.IGNORECASE,
)


# "the Russian leader", "the Indian PM", "the Kremlin leader": a person named by their country's top office.
_PARTY_OFFICE = re.compile(
    # ("U.S. president": the dots are the name's; "the russian president" typed in lower case is the same)
    r"\b(?P<party>[^\W\d_][\w’'.-]+?)(?:['’]s)?\s+"
    r"(?P<office>(?i:leader|president|premier|prime\s+minister|chancellor|pm))\b"
)
# The offices "leader" may stand for, in the order tried: a head of state before a head of government.
LEADER_OFFICES = ("president", "prime minister", "premier", "chancellor")
# A role that is the office: at most one word (a nationality) before it, nothing after.
_IS_OFFICE = {
    office: re.compile(rf"^(?!(?:vice|deputy|former|ex|acting|first)\b)(?:[\w’'-]+\s+)?{office}$")
    for office in LEADER_OFFICES
}


class PeopleLookup:
    """People by lower-case surname, built once per people list, for finding who a question names."""

    def __init__(self, people: list[Person]) -> None:
        self.by_key = {person.key: person for person in people}
        self.by_surname: dict[str, list[int]] = {}  # surname's transliteration key -> person keys
        for person in people:
            for surname in {transliteration_key(surname_of(alias)) for alias in person.aliases}:
                self.by_surname.setdefault(surname, []).append(person.key)
        self._surnames = list(self.by_surname)
        self._offices: dict[tuple[str, str], list[Person]] | None = None  # read at the first office asked
        self.by_full: dict[tuple[str, ...], int] = {}
        for person in people:
            for alias in person.aliases:
                words = tuple(transliteration_key(w) for w in alias.split())
                if len(words) > 1:
                    self.by_full.setdefault(words, person.key)

    def by_possessive_role(self, question: str) -> list[tuple[Person, Person, str]]:
        """People a question names by whose role they hold ("Trump's envoy" -> the one person whose role says
        Trump's envoy), each with the person named as the owner and the role word; only where exactly one holds
        it."""
        found = []
        for match in _POSSESSIVE_ROLE.finditer(question):
            owners = self.by_surname.get(transliteration_key(match.group("owner")), [])
            if len(owners) != 1:
                continue
            owner = self.by_key[owners[0]]
            role_stem = stem(fold(match.group("role")))
            surnames = {fold(surname_of(alias)) for alias in owner.aliases}
            named = re.compile(
                r"\b(?:" + "|".join(re.escape(s) for s in surnames if s) + r")\b"
            )  # "Ross" is no "Cross"
            holders = [
                person
                for person in self.by_key.values()
                if person.key != owner.key
                and any(role_stem in stems(role) and named.search(fold(role)) for role in person.roles)
            ]
            if len(holders) == 1:
                found.append((holders[0], owner, match.group("role").lower()))
        return found

    def by_party_office(self, question: str) -> list[tuple[Person, str]]:
        """People a question names by their country's top office ("the Russian leader" -> the one Russian whose
        role is president), each with the words that named them; only where exactly one person holds it."""
        found = []
        for match in _PARTY_OFFICE.finditer(question):
            party = parties_in(match.group("party"))
            if len(party) != 1:
                continue
            office = re.sub(r"\s+", " ", fold(match.group("office")))
            offices = LEADER_OFFICES if office == "leader" else ("prime minister",) if office == "pm" else (office,)
            for wanted in offices:
                holders = self._office_holders().get((party[0][2], wanted), [])
                if holders:
                    if len(holders) == 1:
                        found.append((holders[0], match.group()))
                    break
        return found

    def _office_holders(self) -> dict[tuple[str, str], list[Person]]:
        """The holders of each top office by (party, office), built once: a role that is the office itself, after
        at most a nationality ("Russian President", "President"), never one naming it ("head of the President's
        Office", "Trump's Special Envoy"), nor a vice, deputy or former holder."""
        if self._offices is None:
            offices: dict[tuple[str, str], list[Person]] = {}
            for person in self.by_key.values():
                if person.affiliation is None:
                    continue
                for office in LEADER_OFFICES:
                    if any(_IS_OFFICE[office].match(fold(role)) for role in person.roles):
                        offices.setdefault((person.affiliation, office), []).append(person)
            self._offices = offices
        return self._offices

    def _pair_apart(self, found: re.Match[str]) -> str:
        """A hyphened word of a question, its names set apart unless it is one surname as a whole."""
        word = found.group()
        return word if transliteration_key(word) in self.by_surname else _NAME_PAIR.sub(" ", word)

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
        # "the Varzaru-Bremane meeting": two names, not one (never one surname so written: "El-Tayeb", "Al-Kuwari")
        question = _HYPHENED_WORD.sub(self._pair_apart, question)
        raw = [re.sub(r"['’]s$", "", token) for token in re.findall(r"[\w.’'-]+", question)]
        tokens = [transliteration_key(token) for token in raw]
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
            lower_word = raw[position][:1].islower() and is_word is not None and is_word(raw[position].lower())
            if word in self.by_surname and not (lower_word and len(word) <= SHORT_SURNAME):
                groups[tuple(self.by_surname[word])] = None
            elif word.endswith("s") and word[:-1] in self.by_surname:  # "zelenskys answer": a possessive, no "'"
                groups[tuple(self.by_surname[word[:-1]])] = None
            elif len(word) >= 5 and not (is_word and raw[position][:1].islower() and is_word(raw[position].lower())):
                close = process.extract(
                    word, self._surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_CUTOFF, limit=None
                )
                found = tuple(dict.fromkeys(key for surname, _, _ in close for key in self.by_surname[surname]))
                if found:
                    groups[found] = None
        return [tuple(self.by_key[key] for key in group) for group in groups]

    def named_exactly(self, text: str) -> list[tuple[int, Person]]:
        """(position, person) for each person a text names by a known surname, spelled as the articles spell it:
        no fuzzy matching, for texts the articles wrote themselves (an event's clause), where it would cost a scan
        of every surname per word."""
        found = []
        for match in re.finditer(r"[^\W\d_][\w’'-]*", text):
            keys = self.by_surname.get(transliteration_key(re.sub(r"['’]s$", "", match.group())))
            if keys and len(keys) == 1:
                found.append((match.start(), self.by_key[keys[0]]))
        return found

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
        by_surname_only: list[tuple[float, Person]] = []
        for key in dict.fromkeys(key for surname, _, _ in close for key in self.by_surname[surname]):
            person = self.by_key[key]
            for alias in person.aliases:
                score = _name_score(name, alias, surname_of(person.name))
                if score and (best is None or score > best[0]):
                    best = (score, -key, person)
            if all(len(alias.split()) == 1 for alias in person.aliases):
                by_surname_only.append((max(s for surname, s, _ in close if key in self.by_surname[surname]), person))
        if best is None and len(name.split()) > 1 and len(by_surname_only) == 1:
            return by_surname_only[0][1]  # "Gennady Tolbuhin" when the articles only ever say "Tolbukhin"
        return best[2] if best else None


def suggest_names(query: str, people: list[Person], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Closest known names, for "did you mean"."""
    name = strip_titles(query) or query
    names, processed = _suggestion_choices(people)
    scored = process.extract(
        utils.default_process(name),
        processed,
        scorer=fuzz.WRatio,
        processor=None,  # the names were processed once (as ``processor=default_process`` would at every call)
        limit=limit,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    return [names[match[2]] for match in scored]


_CHOICES: list[tuple[list[Person], list[str], list[str]]] = []  # the last few people lists, with their names


def _suggestion_choices(people: list[Person]) -> tuple[list[str], list[str]]:
    """The distinct names of these people and each name processed for matching, kept for the last lists asked
    about: a knowledge base's people are the same list at every miss (1,754 names at 10,000 articles)."""
    for known, names, processed in _CHOICES:
        if known is people:
            return names, processed
    names = list(dict.fromkeys(person.name for person in people))
    processed = [utils.default_process(n) for n in names]
    _CHOICES.insert(0, (people, names, processed))
    del _CHOICES[SUGGESTION_LISTS_KEPT:]
    return names, processed


def parties_in_question(question: str, is_word: Callable[[str], bool] | None = None) -> list[str]:
    """Parties a question names, exactly or with a typo ("Ukriane"). A typo is only looked for in a word of five
    letters or more that the articles do not use as a word (``is_word``): "plan" is not "Poland"."""
    found = [party for _, _, party in parties_in(question)]
    if not found:
        for word in re.findall(r"[^\W\d_][\w’'.-]{4,}", question):
            if (
                word.lower() in STOPWORDS
                or word.lower() in QUESTION_WORDS
                or (is_word is not None and is_word(word.lower()))
            ):
                continue  # ("ferry talks dates?": "dates" asks, it is no misspelt "Danes")
            if word.lower() in ROLE_HEADS or related(stem(word.lower())):
                continue  # an English word of the talks the articles happen not to use: "chief" is no "Chile"
            party = match_party(word)
            if party:
                found.append(party)
    return list(dict.fromkeys(found))
