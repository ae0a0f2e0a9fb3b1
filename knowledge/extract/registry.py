"""The people registry: name mentions merged into people, article by article, and an alias index to find them.

Merging follows RESEARCH.md's two gates (``same_person``), compared only within a surname bucket so the cost
per name stays flat as the corpus grows. A surname alone ("President Putin") binds to the one person with that
surname; if it comes first, the full name absorbs it when it arrives. Drafts keep counts and one citation per
distinct role, so they stay small and can be saved and loaded (the index keeps them in SQLite), which is what
lets one new article be added without re-reading the others.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from knowledge.actors import parties_in, trie_pattern
from knowledge.extract.people import (
    NameMention,
    courtesy_only,
    find_names,
    is_surname_alone,
    rank_only,
    same_person,
    surname_of,
    transliteration_key,
)
from knowledge.models import Citation, Person, Sentence
from knowledge.vocabulary import PAST_TITLE_WORDS, REPORT_VERBS, SPEECH_VERBS

GENERIC_ROLES = frozenset({"counterpart", "president", "leader", "official"})
_ALIAS_TOKEN = re.compile(r"(?:[A-Z]\.){1,3}|[^\W\d_]+(?:['’-]+[^\W\d_]*)*")  # a letter, then letters, ' and -, in runs


@dataclass
class PersonDraft:
    """What the articles say of one person so far."""

    key: int
    variants: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    _roles: dict[str, tuple[str, int, Citation]] = field(default_factory=dict)
    _stored_roles: dict[str, Any] | None = None  # as saved, read into ``roles`` only if this draft is used
    # the spellings of more than one word, kept until a new spelling comes: the registry asks for them at every
    # comparison of a name with its surname bucket
    _full_names: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def roles(self) -> dict[str, tuple[str, int, Citation]]:
        """lower-cased role -> (role, count, first citation). Loading a big index reads every draft, but an
        ingest touches few of them: the others' citations are never validated."""
        if self._stored_roles is not None:
            stored, self._stored_roles = self._stored_roles, None
            self._roles = {k: (r, int(n), Citation.model_validate(c)) for k, (r, n, c) in stored.items()}
        return self._roles

    @property
    def surname(self) -> str:
        return surname_of(self.variants.most_common(1)[0][0])

    @property
    def name(self) -> str:
        """The canonical name: the most frequent full spelling, the first seen on a tie."""
        ranked = [
            (count, -order, name) for order, (name, count) in enumerate(self.variants.items()) if len(name.split()) > 1
        ]
        return max(ranked)[2] if ranked else self.variants.most_common(1)[0][0]

    @property
    def full_names(self) -> list[str]:
        if self._full_names is None:
            self._full_names = [name for name in self.variants if len(name.split()) > 1]
        return self._full_names

    def record(self, mention: NameMention, sentence: Sentence) -> None:
        if mention.name not in self.variants:
            self._full_names = None
        self.variants[mention.name] += 1
        for said in (mention.role, mention.led, mention.post):
            if said:
                known = self.roles.get(said.lower())  # the citation is made only for a new role (it is validated)
                role, count, citation = known if known is not None else (said, 0, sentence.citation())
                self.roles[said.lower()] = (role, count + 1, citation)
        for kept in (mention.earlier_role, mention.courtesy):
            if kept and kept.lower() not in self.roles:
                # (counted nought: a post the sentence moves them from, or a courtesy title beside the post it gives
                # them, ranks below any they are given)
                self.roles[kept.lower()] = (kept, 0, sentence.citation())
        if mention.affiliation:
            self.affiliations[mention.affiliation] += 1

    def person(self) -> Person:
        entries = list(self.roles.values())
        every = [role for role, _, _ in entries]
        roles = sorted(entries, key=lambda entry: _role_weight(entry, every), reverse=True)
        return Person(
            key=self.key,
            name=self.name,
            aliases=self.aliases(),
            roles=tuple(role for role, _, _ in roles),
            affiliation=self.affiliations.most_common(1)[0][0] if self.affiliations else None,
            role_citations=tuple(citation for _, _, citation in roles),
        )

    def aliases(self) -> tuple[str, ...]:
        names = list(dict.fromkeys(self.variants))
        return tuple(dict.fromkeys(names + [surname_of(name) for name in self.full_names]))

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "variants": dict(self.variants),
            "roles": {k: [r, n, c.model_dump()] for k, (r, n, c) in self.roles.items()},
            "affiliations": dict(self.affiliations),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PersonDraft:
        return cls(
            key=int(data["key"]),
            variants=Counter(data["variants"]),
            affiliations=Counter(data["affiliations"]),
            _stored_roles=data["roles"],
        )


# A post with its field or body after its noun: "special envoy for Black Sea commerce", "head of the delegation".
_SCOPED = re.compile(r"\b[A-Za-z]+\s+(?:for|of|to)\s+(?:the\s+)?[A-Z]")


def bare_title(role: str, others: Iterable[str]) -> bool:
    """Whether a title is a bare form of a longer one scoped to a field or body, its noun the same ("the US envoy"
    beside "the State Department's special envoy for Black Sea commerce": the same envoy, less said)."""
    if _SCOPED.search(role) or not role.split():
        return False
    words = role.lower().split()
    # (its other words, less a side's name and the articles, must be the longer one's too: "Foreign Minister" is no
    # bare "deputy prime minister for Digital Transformation", "President" no bare "vice-president of ...")
    spans = parties_in(role)
    named = {w.lower() for s, e, _ in spans for w in role[s:e].split()}
    modifiers = {w for w in words[:-1] if w not in ("the", "a", "an") and w not in named}
    noun = words[-1]
    return any(
        len(other) > len(role)
        and noun in other.lower()  # (a substring test first: the pattern below is built for the few that pass it)
        and re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", other.lower()) is not None
        and modifiers <= set(other.lower().split())
        and _SCOPED.search(other) is not None
        for other in others
    )


def _past_title(role: str) -> bool:
    """Whether a title says it was held before ("a former ambassador", "the ex-minister"): its first word."""
    words = [word for word in re.split(r"[\s-]+", role.lower()) if word and word not in ("a", "an", "the")]
    return bool(words) and words[0] in PAST_TITLE_WORDS


def _role_weight(entry: tuple[str, int, Citation], others: Iterable[str] = ()) -> tuple[int, int, int, int, int]:
    """Most informative first: not generic and no bare rank; not a bare form of a post the person is also given in full
    (``bare_title``); stated often (a country counts double), then longer."""
    role, count, _ = entry
    return (
        # ("General" is a rank, no post; "Ambassador" alone a title kept between posts)
        0 if role.lower() in GENERIC_ROLES or rank_only(role) or courtesy_only(role) else 1,
        0 if _past_title(role) else 1,  # ("a former ambassador to Austria" is no post held now)
        0 if bare_title(role, others) else 1,
        count + (2 if parties_in(role) else 0),
        len(role),
    )


def _bucket(name: str) -> str:
    """Surnames that could be one person share a bucket: Zelensky/Zelenskyy, Peskov/Peskow, Hnatov/Gnatov."""
    return transliteration_key(surname_of(name))[:3]


class PeopleRegistry:
    """All people so far; add articles' sentences, read people out, save and load the drafts."""

    def __init__(self, drafts: Iterable[PersonDraft] = ()) -> None:
        self.drafts: dict[int, PersonDraft] = {}
        self._buckets: dict[str, list[int]] = {}
        self._exact: dict[str, int] = {}  # a spelling already seen -> its person: no fuzzy matching needed
        self._next_key = 1
        self.changed: set[int] = set()  # keys touched since the last save
        self.removed: set[int] = set()
        # Who a name may be is asked again and again ("Rossi" when two Rossis are known is never recorded, so never
        # found exactly), and costs a comparison with everyone in its bucket, which grows with the corpus. The answer
        # is kept with the version of its bucket, which changes when a person in it gains a spelling.
        self._versions: dict[str, int] = {}  # bucket -> how many times a person in it gained a spelling
        self._in_buckets: dict[int, set[str]] = {}  # person key -> the buckets it is in
        self._found: dict[tuple[str, bool], tuple[int, list[int]]] = {}  # (name, full only) -> (version, keys)
        for draft in drafts:
            self._index(draft)

    def _index(self, draft: PersonDraft) -> None:
        self.drafts[draft.key] = draft
        self._next_key = max(self._next_key, draft.key + 1)
        buckets = self._in_buckets.setdefault(draft.key, set())
        for name in draft.variants:
            self._exact.setdefault(name, draft.key)
            bucket = _bucket(name)
            keys = self._buckets.setdefault(bucket, [])
            if draft.key not in keys:
                keys.append(draft.key)
                buckets.add(bucket)
        for bucket in buckets:  # its spellings may have changed: what was found in these buckets may not stand
            self._versions[bucket] = self._versions.get(bucket, 0) + 1

    def _record(self, draft: PersonDraft, mention: NameMention, sentence: Sentence) -> None:
        """``draft.record`` and, when the name is a new spelling of the draft, ``_index`` (which reads them all)."""
        new = mention.name not in draft.variants
        draft.record(mention, sentence)
        if new:
            self._index(draft)
        self.changed.add(draft.key)

    def add(self, sentences: Iterable[Sentence]) -> None:
        """Full names first, then surnames alone, so "President Putin" finds "Vladimir Putin" in the same batch."""
        self.add_found(names_found(sentences))

    def add_found(self, found: Iterable[tuple[Sentence, list[NameMention]]]) -> None:
        """``add`` with the names already found (``names_found``, perhaps in another process), in sentence order."""
        singles: list[tuple[NameMention, Sentence]] = []
        for sentence, mentions in found:
            for mention in mentions:
                if is_surname_alone(mention.name):
                    singles.append((mention, sentence))
                else:
                    self._add_full(mention, sentence)
        for mention, sentence in singles:
            if mention.given_of is not None and mention.given_of in self._exact:
                # "Nattapong said" after "Nattapong Chaiyaporn": his given name, the article's way to name him
                self._record(self.drafts[self._exact[mention.given_of]], mention, sentence)
                continue
            known = self._exact.get(mention.name)
            matches = [self.drafts[known]] if known else self._candidates(mention.name, full_only=False)
            if len(matches) > 1:
                continue  # "President Rossi" when two Rossis are known: it names neither
            draft = matches[0] if matches else self._new()
            self._record(draft, mention, sentence)

    def _add_full(self, mention: NameMention, sentence: Sentence) -> None:
        known = self._exact.get(mention.name)
        matches = [self.drafts[known]] if known else self._candidates(mention.name, full_only=True)
        draft = matches[0] if matches else None
        if draft is None:
            lone = [d for d in self._candidates(mention.name, full_only=False) if not d.full_names]
            draft = lone[0] if len(lone) == 1 else self._new()  # a surname seen alone before: now it has a name
        self._record(draft, mention, sentence)

    def _candidates(self, name: str, *, full_only: bool) -> list[PersonDraft]:
        bucket = _bucket(name)
        version = self._versions.get(bucket, 0)
        kept = self._found.get((name, full_only))
        if kept is not None and kept[0] == version:
            return [self.drafts[key] for key in kept[1]]
        found = []
        alone = is_surname_alone(name)
        for key in self._buckets.get(bucket, []):
            draft = self.drafts[key]
            names = draft.full_names if full_only or draft.full_names else list(draft.variants)
            if alone:
                names = [surname_of(n) for n in names]
            if any(same_person(name, other) for other in names):
                found.append(draft)
        self._found[(name, full_only)] = (version, [draft.key for draft in found])
        return found

    def _new(self) -> PersonDraft:
        draft = PersonDraft(key=self._next_key)
        self._next_key += 1
        self.drafts[draft.key] = draft
        return draft

    def people(self) -> list[Person]:
        return [draft.person() for draft in self.drafts.values() if draft.variants]


# the endings one Ukrainian or Russian surname is transliterated with ("-skyy", "-sky", "-skiy", "-skii"): the same
# name (never "-ski", a Polish name of its own: "Kaminski" is not "Kaminsky")
_SURNAME_ENDINGS = ("yy", "iy", "ii", "y")


def surname_spellings(word: str) -> list[str]:
    """The other spellings of a surname's ending ("Zelenskyy" -> "Zelensky", "Zelenskiy", ...), for a surname ending
    "-sk", "-tsk" or "-dsk" and one of those endings (short names and other endings have one spelling here)."""
    match = re.fullmatch(r"(?P<stem>[A-Z][a-z]{2,}(?:sk|tsk|dsk))(?P<end>yy|iy|ii|y)", word)
    if match is None:
        return []
    return [match.group("stem") + end for end in _SURNAME_ENDINGS if end != match.group("end")]


@functools.lru_cache(maxsize=16384)  # every ingest builds the index of all aliases again: most are the same
def _alias_words(alias: str) -> tuple[str, ...]:
    return tuple(_ALIAS_TOKEN.findall(alias))


@dataclass(frozen=True)
class AliasHit:
    """A person named in a text: where, and which person (by key)."""

    start: int
    end: int
    key: int


class AliasIndex:
    """Finds any known alias in a text with one pass over its words (possessive 's allowed)."""

    def __init__(self, people: Iterable[Person]) -> None:
        by_alias: dict[tuple[str, ...], set[int]] = {}
        for person in people:
            for alias in person.aliases:
                by_alias.setdefault(_alias_words(alias), set()).add(person.key)
        # a one-word alias also in the other spellings of its ending an article may use ("Zelenskyy" is written
        # "Zelensky" by another outlet), each only where no one else is called so
        variants: dict[tuple[str, ...], set[int]] = {}
        for words, keys in by_alias.items():
            if len(words) == 1:
                for spelt in surname_spellings(words[0]):
                    if (spelt,) not in by_alias:
                        variants.setdefault((spelt,), set()).update(keys)
        by_alias |= variants
        self._first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for words, keys in by_alias.items():
            if len(keys) == 1 and words:  # an alias two people share (a common surname) names neither
                self._first.setdefault(words[0], []).append((words, next(iter(keys))))
        for entries in self._first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        # Any word opening an alias, as a substring: a text holding none holds no alias (four sentences in five), and
        # one pass of this pattern (~1 us) tells it without making the text's words (~20 us).
        self._opener = re.compile(trie_pattern(sorted(self._first))) if self._first else None

    def find(self, text: str) -> list[AliasHit]:
        """Every alias, left to right, the longest first where several start at a word; none inside another's.
        Only the words that may open an alias are looked at (every sentence of every article is searched, and
        most of its words open none)."""
        if self._opener is None or self._opener.search(text) is None:
            return []
        first = self._first
        tokens = list(_ALIAS_TOKEN.finditer(text))
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in (t.group() for t in tokens)]  # strip_possessive
        hits: list[AliasHit] = []
        resume = 0  # the word after the last hit: the next alias starts there or later
        for i in [i for i, word in enumerate(words) if word in first]:
            if i < resume:
                continue
            for alias, key in first[words[i]]:
                n = len(alias)
                if tuple(words[i : i + n]) == alias:
                    hits.append(AliasHit(tokens[i].start(), tokens[i + n - 1].end(), key))
                    resume = i + n
                    break
        return hits


def names_found(sentences: Iterable[Sentence]) -> Iterator[tuple[Sentence, list[NameMention]]]:
    """The people's names each sentence holds (sentences naming no person left out): what the
    registry merges. Pure and the slow part of it, so it can run in worker processes."""
    sentences = list(sentences)
    for sentence, mentions in zip(sentences, names_in_article([(s.text, s.heading) for s in sentences]), strict=True):
        if mentions:
            yield sentence, mentions


def names_in_article(parts: list[tuple[str, bool]]) -> list[list[NameMention]]:
    """The names each sentence of one article holds, from its (text, heading) parts in order (``names_found``
    without the sentence objects, as worker processes read them)."""
    body = " ".join(text for text, heading in parts if not heading)
    found = [sentence_names(text, heading=heading, body=body) for text, heading in parts]
    given = given_names_used(body, [m.name for mentions in found for m in mentions])
    if given:
        found = [
            mentions if heading else _with_given_names(text, mentions, given)
            for (text, heading), mentions in zip(parts, found, strict=True)
        ]
    return found


# A capitalised word (a possessive's "'s" left out; "Peña" too, never "état"): the words given names are counted in
_CAPITALISED = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+)?(?:-[A-ZÀ-ÖØ-Þ]?[^\W\d_A-ZÀ-ÖØ-Þ]+)*\b"
)  # ("McCarthy", "DeSantis" whole)
# The words before a name that make it a place: "officials in Santiago said", "the mayor of Milan", "San Jose", "Lake
# Victoria" (never "according to Mesfin", "agreed to Surin's proposal": "to" and "of" alone name people as often)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?i:in|at|near|outside|inside|into|via|across)\s+(?:the\s+)?|"
    r"\b(?i:mayor|city|town|capital|province|region|governor|port|streets|outskirts|residents|people)\s+of\s+|"
    r"\b(?:San|Santa|Santo|Lake|Port|Mount|Fort|Saint|St\.?|New)\s+)$"
)
MIN_GIVEN_NAME = 3  # "Jo", initials and "Mr" are never a given name an article goes on with


def given_names_used(body: str, names: Iterable[str]) -> dict[str, str]:
    """The given names an article calls its people by, to the full name: "Thai Foreign Minister Nattapong Chaiyaporn"
    and then "Nattapong said", never "Chaiyaporn" alone (Thai, Indonesian, Icelandic or Ethiopian usage: "Abiy
    Ahmed", then "Abiy"). A given name counts only when the article writes it alone and never the surname alone (in
    English usage the surname goes on alone, "Rubio said": the given name is then no alias, "Marco" is too common),
    when one person of the article has it and it names no country, and when the article has it alone as a person: a
    name the finder reads as one, or one speaking ("Nattapong said"; "in Santiago" is the city)."""
    names = list(dict.fromkeys(names))
    lone = {name for name in names if len(name.split()) == 1}  # named alone as a person ("Hendra, the envoy, said")
    full = [name for name in names if len(name.split()) > 1 and is_surname_alone(surname_of(name))]
    by_given: dict[str, list[str]] = {}
    for name in full:
        first = name.split()[0]
        if len(first) >= MIN_GIVEN_NAME and first.isalpha() and first[0].isupper() and first[1:].islower():
            by_given.setdefault(first, []).append(name)
    # (most articles write a given name only in the full name: a substring count rules them out before any word count)
    in_full = {given: sum(body.count(name) for name in names) for given, names in by_given.items()}
    by_given = {given: names for given, names in by_given.items() if body.count(given) > in_full[given]}
    if not by_given:
        return {}
    words = Counter(_CAPITALISED.findall(body))
    used: dict[str, str] = {}
    for given, names in by_given.items():
        surnames = {surname_of(name) for name in names}
        if len(surnames) > 1:
            continue  # two people of one given name
        (surname,) = surnames
        if (
            words[given] > in_full[given]
            and words[surname] <= in_full[given]
            and not parties_in(given)  # ("Georgia" before a surname: a country as often)
            and (given in lone or _speaks(given, body))
            and not _as_a_place(given, body)
        ):
            used[given] = max(names, key=body.count)
    return used


def _as_a_place(name: str, body: str) -> bool:
    """Whether a text writes the word alone as a place anywhere ("in Santiago", "the mayor of Milan", "San Jose"),
    never as the first word of a longer place ("in Addis Ababa": "Addis" may still be Addis Worku)."""
    return any(
        _PLACE_BEFORE.search(body, max(0, m.start() - PLACE_WINDOW), m.start())
        and not re.match(r"\s+[A-Z]", body[m.end() : m.end() + 2])
        for m in re.finditer(rf"\b{re.escape(name)}\b", body)
    )


PLACE_WINDOW = 40  # characters read before a name for the words making it a place: "the people of" is the longest


_REPORTING_AFTER = re.compile(rf"\s+(?:{REPORT_VERBS})\b")
# (after the verb the name ends the clause: "said Santiago would listen" is the city, the government)
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+$")


def _speaks(name: str, body: str) -> bool:
    """Whether a text has the name alone as one speaking: "Nattapong said", "said Anchalee" (never "in Santiago")."""
    return any(
        _REPORTING_AFTER.match(body, m.end())
        or (_SPEECH_BEFORE.search(body, max(0, m.start() - 20), m.start()) and re.match(r"\s*[,.;]", body[m.end() :]))
        for m in re.finditer(rf"\b{re.escape(name)}\b", body)
    )


def _with_given_names(text: str, mentions: list[NameMention], given: dict[str, str]) -> list[NameMention]:
    """The sentence's mentions, each given name written alone among them, marked with the full name it stands for."""
    marked = [replace(m, given_of=given[m.name]) if m.name in given else m for m in mentions]
    taken = [(m.start, m.end) for m in marked]
    for word in _CAPITALISED.finditer(text):
        name = word.group()
        if name in given and not any(start <= word.start() < end for start, end in taken):
            following = _CAPITALISED.match(text, word.end() + 1)
            if following is None or word.end() + 1 != following.start():  # "Nattapong Chaiyaporn" is a full mention
                marked.append(NameMention(name, word.start(), word.end(), is_person=True, given_of=given[name]))
    return sorted(marked, key=lambda m: m.start)


def sentence_names(text: str, *, heading: bool, body: str = "") -> list[NameMention]:
    """The people a sentence names (``names_found`` of one sentence, in whichever process reads it). A heading names
    people too ("Yuri Ushakov says ..."): a full name there is theirs when the article's ``body`` goes on with its
    surname and names no one else of that surname ("Santa Rosa says ..." over "Maria Rosa said" is a city; "Elena
    Marsh" over "Peter Marsh" another person), and names no side; what else a heading says, a role or a party, is
    not read."""
    mentions = people_named(text)
    if not heading:
        return mentions
    return [
        replace(m, role=None, led=None, affiliation=None)
        for m in mentions
        if len(m.name.split()) > 1 and _heading_name_holds(m.name, body)
    ]


def _heading_name_holds(name: str, body: str) -> bool:
    """Whether a heading's full name is a person the article's body goes on about (``sentence_names``)."""
    first, surname = name.split()[0], name.split()[-1]
    if parties_in(name) or not re.search(rf"\b{re.escape(surname)}\b", body):
        return False
    others = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", body)}
    return others <= {first}


def people_named(text: str) -> list[NameMention]:
    """The names in a sentence (not a heading) that name people: ``names_found`` of one sentence."""
    return [mention for mention in find_names(text) if mention.is_person]


def extract_people(sentences: Iterable[Sentence]) -> list[Person]:
    """Every person the sentences name as one, aliases merged (a registry of one batch)."""
    registry = PeopleRegistry()
    registry.add(sentences)
    return registry.people()
