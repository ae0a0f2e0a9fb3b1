"""Who holds a role: "Ukraine's foreign minister", "the maltese foreign minister", "head of Ukraine's negotiating
team" -> the people the articles give that role.

Every role of every person is analysed once per load into its stems, the parties it names and its name-like
words ("Saudi" in "Saudi Foreign Minister"), and indexed by its title words, so a question looks at the few roles
that share a title word with it. A role fits when:
- each title word of the question ("minister", "head") is in it, by stem, role family ("head" ~ "chief") or a
  close spelling;
- every name-like word of the question is in it (in any case: "maltese" is "Maltese"), and at least half its other
  words;
- a past title ("former Defense Minister") only for a question that asks for one;
- a party the question names is the person's or the role's. Failing that, the one holder whose party the
  articles never give that fits best is accepted, and the answer says so; between two fitting as well, no one.
A question naming whose role it is gets the best fit (all of them when tied); one that does not ("who is the
foreign minister?") gets everyone holding it: a role several hold is never a guess between them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from knowledge.actors import parties_in, without_parties
from knowledge.extract.people import ORG_WORDS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, strip_possessive
from knowledge.lexicon import RELATED_WEIGHT, related_role
from knowledge.models import Person
from knowledge.text import STOPWORDS, fold, stem, terms
from knowledge.vocabulary import EVENT_NOUNS, LOCATIVES, PAST_TITLE_WORDS, ROLE_ABBREVIATIONS, ROLE_PARAPHRASES

ROLE_WORD_CUTOFF = 85  # a role word spelled close enough: "defence"/"defense" 85.7
STEM_PREFIX = 5  # a role stem this long that begins a question word is that word misspelt ("deleg" in "delegaton")
ANALYSED_ROLES = 65536  # distinct role texts remembered: far more than any corpus so far has (43 at 10,000 articles)
# The occasion after a role: "head of Russia's delegation to the Istanbul talks" is the head of its delegation
# (from the last preposition only, with no other preposition between: "head of the delegation at the talks" keeps
# "head of the delegation")
_OCCASION_AFTER = re.compile(
    rf"\s+(?:to|at|for|in|during)\s+(?:the\s+)?(?:(?!(?:to|at|for|in|during|of)\b)[\w’'-]+\s+){{0,3}}"
    rf"(?:{EVENT_NOUNS})\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_TITLE_STEMS = frozenset(stem(w) for w in ROLE_HEADS | ROLE_MODIFIERS | ORG_WORDS)
_HEAD_STEMS = frozenset(stem(w) for w in ROLE_HEADS)
_PAST_STEMS = frozenset(stem(w) for w in PAST_TITLE_WORDS)
# A rank under the post's holder: "Deputy Foreign Minister" holds no foreign ministry (an acting one does)
# (a shadow one is the opposition's: no post held)
_UNDER_STEMS = frozenset(stem(w) for w in ("deputy", "vice", "assistant", "junior", "under", "shadow"))
# ... and a permanent or principal secretary is the ministry's civil servant (never a "principal negotiator" or a
# "Permanent Representative", who hold their posts)
_CIVIL_SERVANT_STEMS = frozenset(stem(w) for w in ("permanent", "principal"))
_SECRETARY = stem("secretary")


def _without_occasion(query: str) -> str:
    """A role question without the occasion after its role ("... delegation to the Istanbul talks"); unchanged when
    the part after holds a title word ("head of the presidential office for talks" is that office's head)."""
    found = _OCCASION_AFTER.search(query)
    if found is None or any(stem(word) in _HEAD_STEMS for word in re.findall(r"[a-z]+", found.group().lower())):
        return query
    return query[: found.start()]


@dataclass(frozen=True)
class RoleHolder:
    """Who holds a role a question asks about, which of their roles it is, and whether their party is only
    inferred (the articles give the role but not whose it is)."""

    person: Person
    role: int
    party_unstated: bool = False


@dataclass(frozen=True)
class _Role:
    person: Person
    number: int
    stems: frozenset[str]
    parties: frozenset[str]
    name_like: frozenset[str]  # capitalised words that are not title words: whose title it is ("saudi")
    initials: frozenset[str]  # what its capitalised runs are written as in short ("nsdc")


class RoleIndex:
    """Every role of a list of people, analysed once, indexed by title stem."""

    def __init__(self, people: list[Person]) -> None:
        self._by_title: dict[str, list[_Role]] = {}
        self.name_like: set[str] = set()
        for person in people:
            for number, text in enumerate(person.roles):
                role = _analyse(person, number, text)
                self.name_like |= role.name_like
                for title in role.stems & _HEAD_STEMS:
                    self._by_title.setdefault(title, []).append(role)

    def holders(self, query: str) -> list[RoleHolder]:
        """The people holding the role ``query`` describes, best fit first; several when they fit equally. A role
        asked for by what it does ("who leads the Belgian government?") is tried as each role that does it."""
        query = _without_occasion(expand_abbreviations(query))
        for pattern, roles in ROLE_PARAPHRASES:
            if re.search(pattern, query, re.I):
                party_words = " ".join(query[s:e] for s, e, _ in parties_in(query))
                for role in roles:
                    found = self._holders(f"{party_words} {role}".strip())
                    if found:
                        return found
                return []
        return self._holders(query)

    def _holders(self, query: str) -> list[RoleHolder]:
        wanted_party = next((party for _, _, party in parties_in(query)), None)
        found = self._fitting(query, wanted_party)
        unstated = False
        if not found and wanted_party:
            loose = [f for f in self._fitting(query, None, strict=True) if f[2].person.affiliation is None]
            best_loose = max((fit for fit, _, _ in loose), default=0.0)
            top = [f for f in loose if f[0] == best_loose]
            # one holder fitting best ("Foreign Minister" over "Deputy Foreign Minister"); never a guess between two
            found = top if len({f[2].person.key for f in top}) == 1 else []
            unstated = bool(found)
        if not found:
            return []
        found.sort(key=lambda f: (-f[0], f[1], f[2].person.key))
        if wanted_party or self._named(query):  # "Ukraine's foreign minister": the best fit, or those tied
            found = [f for f in found if f[0] == found[0][0]]
        chosen: dict[int, _Role] = {}  # "the foreign minister": all; of one person's roles, the best fit
        for _, _, role in found:
            chosen.setdefault(role.person.key, role)
        return [RoleHolder(role.person, role.number, unstated) for role in chosen.values()]

    def _fitting(self, query: str, wanted_party: str | None, *, strict: bool = False) -> list[tuple[float, int, _Role]]:
        """(fit, role number, role) for every role that fits. ``strict``: a role with a name-like word the query
        lacks ("Saudi Foreign Minister" for "Russia's foreign minister") is someone else's."""
        words = [w for w in terms(without_parties(query)) if w not in STOPWORDS]
        heads = [stem(w) for w in words if w in ROLE_HEADS]
        if not heads:
            return []
        named = self._named(query)
        asked_stems = {stem(w) for w in terms(query)}
        past_asked = bool(asked_stems & _PAST_STEMS)
        asked_under = asked_stems & _UNDER_STEMS
        others = [stem(w) for w in words if w not in ROLE_HEADS and stem(w) not in named]
        portfolio = [stem(w) for w in words if w in PORTFOLIO_WORDS]
        # (looked up by every word's family, not only the title words': "lead negotiator" is "delegation head",
        # indexed under "head", which only the modifier "lead" stands for)
        candidates = {
            id(r): r for h in heads + others for s in {h} | related_role(h) for r in self._by_title.get(s, [])
        }
        found = []
        for role in candidates.values():
            if wanted_party and wanted_party != role.person.affiliation and wanted_party not in role.parties:
                continue
            if strict and (role.parties or role.name_like - named):
                continue
            if role.stems & _PAST_STEMS and not past_asked:
                continue  # "former Defense Minister X" is not who is defence minister
            if role.stems & _UNDER_STEMS - asked_under:
                continue  # "Deputy Foreign Minister X" is not who is foreign minister (unless a deputy is asked)
            if _SECRETARY in role.stems and role.stems & _CIVIL_SERVANT_STEMS - asked_stems:
                continue  # "Permanent Secretary for Foreign Affairs X" is no foreign minister
            if not all(_in(w, role.stems) for w in heads) or not all(
                _named_in(n, role.stems) or n in role.initials for n in named
            ):
                continue
            matched = sum(1 for w in others if _in(w, role.stems) or w in role.initials)
            if others and matched * 2 < len(others):
                continue
            if not all(_in(w, role.stems) for w in portfolio):
                continue  # "Oskaria's defence minister" is not its Foreign Minister, whatever else fits
            # a word met only by its family counts less than itself: "Ukraine's chief negotiator" is the one the
            # articles call that, before the head of its delegation
            kin = sum(1 for w in heads + others if w not in role.stems and _in(w, role.stems))
            fit = (len(heads) + len(named) + matched - kin * (1 - RELATED_WEIGHT)) / max(len(role.stems), 1)
            found.append((fit, role.number, role))
        return found

    def _named(self, query: str) -> set[str]:
        """The question's name-like words: in any case, those some role writes capitalised ("maltese"); and any
        word the question itself capitalises past its first ("the Maltese foreign minister"), known or not: a
        nationality no role has means no one holds that role, never everyone holding the rest of it."""
        bare = without_parties(query)
        known = {stem(w) for w in terms(bare) if stem(w) in self.name_like}
        words = re.findall(r"[^\W\d_][\w’'-]*", bare)
        # (the first word too when it is a name's possessive: "Oskaria's defence minister")
        words = ["", *words] if words and words[0][0].isupper() and re.search(r"['’]s$", words[0]) else words
        capitalised = {
            stem(strip_possessive(fold(w)))  # "the President's Office": "president", a title word
            for before, w in pairwise(words)
            if w[0].isupper()
            and stem(strip_possessive(fold(w))) not in _TITLE_STEMS
            and fold(w) not in STOPWORDS
            and before.lower() not in LOCATIVES  # "in Tartu": where, not whose
        }
        return known | capitalised


def expand_abbreviations(text: str) -> str:
    """ "Belgian PM" -> "Belgian prime minister": role abbreviations written out (``ROLE_ABBREVIATIONS``)."""
    return re.sub(
        r"\b(" + "|".join(ROLE_ABBREVIATIONS) + r")\b",
        lambda m: ROLE_ABBREVIATIONS[m.group(1).lower()],
        text,
        flags=re.IGNORECASE,
    )


def _analyse(person: Person, number: int, text: str) -> _Role:
    stems, parties, name_like, initials = _analyse_text(text)
    return _Role(person=person, number=number, stems=stems, parties=parties, name_like=name_like, initials=initials)


@functools.lru_cache(maxsize=ANALYSED_ROLES)
def _analyse_text(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A role's stems, parties and name-like words. Many people share a title ("Foreign Minister"): 24,000 roles
    at 10,000 articles are 43 texts, so each is analysed once, not once per holder (2 s of a first answer)."""
    bare = without_parties(expand_abbreviations(text))
    words = [w for w in bare.split() if w[:1].isalpha()]
    name_like = {stem(strip_possessive(fold(w.strip(",.")))) for w in words if w[0].isupper()} - _TITLE_STEMS
    own = {stem(w) for w in terms(bare)} | ({_MINISTER} if _DEPARTMENT_SECRETARY.search(bare) else set())
    return (
        frozenset(own | {_FOREIGN} if _EXTERNAL_PORTFOLIO.search(bare) else own),
        frozenset(party for _, _, party in parties_in(text)),
        frozenset(name_like - {""}),
        _initials(text),
    )


# A department's secretary is its minister: "Foreign Secretary", "Defense Secretary", "Foreign Affairs Cabinet
# Secretary", "Secretary of Defense", "Cabinet Secretary for Foreign Affairs" answer "who is X's foreign/defence
# minister?"; the portfolio must be the secretary's own ("Secretary of the National Security and Defense Council"
# is a council's secretary, no defence minister, nor is one "of Defence Council"), and a deputy, permanent, principal
# or shadow one stays under the post (``_UNDER_STEMS``, as for ministers)
_PORTFOLIOS = "|".join(sorted(PORTFOLIO_WORDS))
_BODY_AFTER = r"(?!\s+(?:council|committee|commission|industry|staff|board|group|panel|subcommittee)\b)"
_DEPARTMENT_SECRETARY = re.compile(
    rf"\b(?:{_PORTFOLIOS})(?:\s+affairs)?\s+(?:cabinet\s+)?secretary\b(?!\s+(?:of|for|general)\b)"
    rf"|\bsecretary\s+(?:of|for)\s+(?:{_PORTFOLIOS})(?:\s+affairs)?\b{_BODY_AFTER}",
    re.IGNORECASE,
)
_MINISTER = stem("minister")
# ... and external relations or affairs are foreign affairs: "Minister of External Relations" (Cameroon), "External
# Affairs Minister" (India) answer "who is X's foreign minister?"
_EXTERNAL_PORTFOLIO = re.compile(r"\bexternal\s+(?:relations|affairs)\b", re.IGNORECASE)
_FOREIGN = stem("foreign")


_INITIALS_JOINERS = frozenset({"of", "and", "the", "for", "on"})
MIN_INITIALS = 3  # "NSDC", "NSA": two letters ("US", "EU", "UN") are parties or words more often than a body


def _initials(text: str) -> frozenset[str]:
    """The short forms of a role's runs of capitalised words, in lower case: "Secretary of the National Security
    and Defense Council" -> "nsdc", "snsdc", "nsd", ... (every run of three to six capitalised words, "of/and/the"
    between them skipped): "ukraine's nsdc secretary" names that role as the articles write it out."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if w.lower() not in _INITIALS_JOINERS]
    found: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper():
            run.append(word[0].lower())
            continue
        for first in range(len(run)):
            for last in range(first + MIN_INITIALS, min(len(run), first + 6) + 1):
                found.add("".join(run[first:last]))
        run = []
    return frozenset(found)


# The endings that make a people's name of a country's ("Oskaria" -> "Oskarian", "Malta" -> "Maltese"): explicit,
# so that two countries sharing a beginning are never one ("Niger" is no "Nigerian": "-ian" after "Niger" is not "-n")
DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")


def _named_in(word: str, have: frozenset[str]) -> bool:
    """A name-like word of the question in a role: itself, or the country's and its people's name one of the other
    ("Oskaria's minister": "Oskarian Foreign Minister"), for places no list of parties holds."""
    return word in have or any(
        (other.startswith(word) and other[len(word) :] in DEMONYM_ENDINGS)
        or (word.startswith(other) and word[len(other) :] in DEMONYM_ENDINGS)
        or (word.endswith("a") and other.startswith(word[:-1]) and other[len(word) - 1 :] in DEMONYM_ENDINGS)
        for other in have
    )


def _in(word: str, have: frozenset[str]) -> bool:
    """A role word in a role: itself, its role family, or a close spelling (a typo past the stem, "delegaton" for
    "deleg(ation)", is a close spelling too: the stemmer cannot cut a word it does not know)."""
    if word in have or related_role(word) & have:
        return True
    return len(word) >= 5 and any(
        fuzz.ratio(word, other) >= ROLE_WORD_CUTOFF or (len(other) >= STEM_PREFIX and word.startswith(other))
        for other in have
    )
