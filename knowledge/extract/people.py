"""People: names, roles, affiliations and aliases, found by rules that hold for new articles.

A capitalised run of name-like words is a person when a role stands before it ("Kremlin spokesman Dmitry
Peskov", "Russia's lead negotiator, Vladimir Medinsky"), a role or country follows it as an appositive
("Ursula von der Leyen, President of the European Commission"; "Alexander Stubb, of Finland"), or it is the
subject of a speech verb ("Lavrov said"). Full names merge when both gates of RESEARCH.md hold (WRatio >= 85
and close surnames): Marco/Mark Rubio, Zelensky/Zelenskyy. A surname alone binds to the one full name with
that surname.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from knowledge.actors import ALIAS_TO_PARTY, PLACE_ALIASES, parties_in, party_of, without_parties
from knowledge.sentences import before as words_before
from knowledge.text import STOPWORDS, fold
from knowledge.vocabulary import LOCATIVES, MEDIA_WORDS, MONTHS, QUOTED_AS, RANK_ABBREVIATIONS, SPEECH_VERBS, WEEKDAYS

# "in Kyiv", "at the Kremlin" right before a party's name: where, not whose
LOCATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVES))})\s+(?:the\s+)?$", re.IGNORECASE)
_IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"^\s+[\"“']?(?!(?:and|or|in|at|on|for|from|since|until)\b)[A-Za-z]"
)  # a side's word as adjective

FULL_NAME_MERGE_CUTOFF = 85
SURNAME_MERGE_CUTOFF = 85

ROLE_HEADS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "negotiator",
        "negotiators",
        "counterpart",
        "aide",
        "liaison",
        "adviser",
        "advisor",
        "envoy",
        "ambassador",
        "pope",
        "cardinal",  # church titles before a name ("Cardinal Matteo Zuppi"; "the cardinal said" is his)
        "archbishop",
        "bishop",
        "nuncio",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "colonel",  # military ranks, a title before a name ("Colonel Ilze Ozola"), never part of it
        "admiral",
        "brigadier",
        "lieutenant",
        "captain",
        "sergeant",
        "corporal",  # (not "private", "major": adjectives as often, "private talks", "a major step")
        "marshal",
        "colonel-general",
        "lieutenant-general",
        "major-general",
        "commander",
        "chief",
        "head",
        "leader",
        "official",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "senator",
        "governor",
        "mayor",
        "deputy",
        "representative",
        "premier",
        "pm",  # "PM Modi"; read as "prime minister" by role questions (``roles.expand_abbreviations``)
        "diplomat",
        "lawmaker",
        "analyst",
        "correspondent",
        "journalist",
        "ceo",
        "founder",
        "patriarch",
        "emir",
        "sultan",
        "sheikh",
        "prosecutor",
        "judge",
        "mediator",
        "spokesmen",
        "dictator",
        "monarch",
        "speaker",
        "councillor",
        "councilor",
        "congressman",
        "congresswoman",
        "secretary-general",
        "under-secretary-general",  # the UN's ranks below its head, written as one hyphened word
        "under-secretary",
        "undersecretary",
        "director-general",
        "vice-president",
        "administrator",
        "officer",
        "emissary",
        "jurist",
        "lawyer",
        "fellow",
        "expert",
        "professor",
        "researcher",
        "scholar",
        "economist",
        "academic",
        "activist",
        "ombudsman",
        "ombudsperson",
        "commissioner",
        "coordinator",
    ]
)
ROLE_MODIFIERS = frozenset(
    [
        "foreign",
        "defence",
        "defense",
        "prime",
        "press",
        "state",
        "lead",
        "chief",
        "principal",  # ("Somalia's principal negotiator, Farhan Ali")
        "top",
        "senior",
        "former",
        "acting",
        "interim",
        "deputy",
        "vice",
        "special",
        "high",  # "High Representative Kaja Rautio" (never a name: "the EU's foreign policy chief, High ...")
        "national",
        "security",
        "economic",
        "first",
        "assistant",
        "presidential",
        "military",
        "naval",
        "navy",
        "finance",
        "interior",
        "external",  # ("Minister of External Relations", "External Affairs Minister")
        "justice",
        "trade",
        "health",
        "kremlin",
        "white",
        "house",
        "department",
        "ministry",
        "office",
        "commission",
        "council",
        "union",
        "european",
        "nations",
        "united",
        "newly",
        "elected",
        "appointed",
        "energy",
        "economy",
        "agriculture",
        "education",
        "culture",
        "transport",
        "infrastructure",
        "environment",
        "industry",
        "labour",
        "labor",
        "emergency",
        "veterans",
        "digital",
        "communications",
        "strategic",
        "political",
    ]
)
# The modifiers that name a post's field, not its rank: a defence minister is no foreign minister, while a "top"
# negotiator may be written a "chief" one (role questions must match these; the rest may differ)
# Of them, the fields that, written capitalised in a title, are never a name: "Minister of Water Resources and
# Irrigation Karim El-Sawy" is El-Sawy, with that title (the older ones are role words already, read as such)
_PORTFOLIO_NOT_NAME = frozenset(
    """
    water resources irrigation planning development commerce tourism information mines mining petroleum fisheries
    livestock housing lands welfare cooperation integration youth sports science technology oil gas guidance
    """.split()
)
PORTFOLIO_WORDS = _PORTFOLIO_NOT_NAME | frozenset(
    """
    foreign defence defense finance interior justice trade health energy economy economic agriculture education
    culture transport infrastructure environment industry labour labor emergency veterans digital communications
    external
    """.split()  # (not "military": "Estonia's military delegation" is still its delegation)
)
# Nouns that name a body a role belongs to ("Chief of the General Staff", "Head of the Presidential Office",
# "National Intelligence Organization head"): part of a role phrase, never part of a person's name.
ORG_WORDS = frozenset(
    """
    staff council office directorate intelligence agency service services fund committee delegation faction
    forces ministry department commission government administration parliament congress senate bureau
    organization organisation guard navy army corps command secretariat cabinet presidium duma rada assembly
    board bank authority investment security defence defense direct main general armed affairs sovereign
    wealth central federal regional parliamentary policy communications directorate-general mission institute
    university foundation center centre forum school academy museum museums gallery galleries auction auctions
    library archive archives relations
    """.split()
)
MEDIA_AND_ORG_NOUNS = ORG_WORDS | frozenset(
    "channel agency newspaper daily tv television broadcaster network radio station outlet portal website "
    "magazine group company news".split()
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "dame", "lord", "lady"})
# A title a diplomat keeps between posts, written before the name whatever the post now is ("the country's chief
# negotiator, Ambassador Esther Owuor"): a post set before it in apposition is the better role, as for a rank
COURTESY_TITLES = frozenset({"ambassador"})
NOT_NAME = (
    frozenset(m for m in MONTHS if len(m) > 2)
    | frozenset(WEEKDAYS)
    | frozenset(ALIAS_TO_PARTY)
    | ROLE_HEADS
    | ROLE_MODIFIERS
    | _PORTFOLIO_NOT_NAME
    | frozenset(
        [
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "to",
            "for",
            "and",
            "but",
            "while",
            "since",
            "after",
            "before",
            "despite",
            "according",
            "also",
            "however",
            "hours",
            "shortly",
            "this",
            "that",
            "these",
            "those",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "his",
            "her",
            "their",
            "our",
            "both",
            "many",
            "some",
            "any",
            "all",
            "read",
            "more",
            "photo",
            "news",
            "agency",
            "media",
            "office",
            "house",
            "committee",
            "ministry",
            "department",
            "commission",
            "council",
            "union",
            "parliament",
            "congress",
            "senate",
            "army",
            "forces",
            "government",
            "administration",
            "party",
            "court",
            "bank",
            "fund",
            "organization",
            "nations",
            "war",
            "world",
            "two",
            "city",
            "republic",
            "federation",
            "north",
            "south",
            "east",
            "west",
            "western",
            "eastern",
            "international",
            "social",
            "truth",
            "easter",
            "images",
            "oval",
            "summit",
            "talks",
            "ceasefire",
            "peace",
            "operation",
            "memorandum",
            "dc",
            "st",
            "saint",
            "christmas",
            "day",
            "group",
            "bloc",
            "treaty",
        ]
    )
    | ORG_WORDS
    | HONORIFICS
    | frozenset(RANK_ABBREVIATIONS)  # "Gen. Valery Gerasimov": the rank is no part of his name
    | MEDIA_WORDS
)
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "del", "della"}
)

# Initials, a word (a letter, then letters, ' and -: written as runs, which re scans faster than one letter at a
# time), or punctuation that bounds a name.
# (a full stop is a token where it ends a sentence inside a quotation: after a lower-case word, before a capital,
# "Koval was a diplomat. Hrytsenko is ...", so "diplomat" is no title of the name after it; never the full stop of
# an abbreviation, "Gen. Valery Gerasimov", "Capt. X")
_TOKEN = re.compile(
    r"(?:[A-Z]\.){1,3}(?=\s)|[^\W\d_]+(?:['’\-]+[^\W\d_]*)*|[,;:()\"“”]|"
    r"(?<=[a-z][a-z][a-z])"
    + "".join(f"(?<!{short.capitalize()})" for short in RANK_ABBREVIATIONS if len(short) > 3)  # ("Capt.", "Cmdr.")
    + r"\.(?=\s+[\"“]?[A-Z])"
)
_TOKEN_PARTS = re.compile(f"({_TOKEN.pattern})")  # the tokens and what lies between them, in one list
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_INITIALS_2 = re.compile(r"(?:[A-Z]\.){2,3}")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|Jr\.?|Sr\.?)$")
_SPEECH_AFTER = re.compile(
    rf"^[\s,”\"]*(?:who\s+)?(?:has |had |have |also |then |later )?(?:{SPEECH_VERBS})\b|^\s+{QUOTED_AS}\b"
)  # "Lavrov said", "Lavrov, who said ...", "quoted Lavrov as saying": a person speaking
SPEECH_LOOKBACK_CHARS = 60  # "according to" or the longest speech verb, and the spaces after it, before a name
_SPEECH_BEFORE = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|\baccording to)\s*$")
# A verb of its own right after a name that follows "said": the name opens the words said ("Tesfaye said Addis Ababa
# was prepared to ..."), it is not the one saying them ("..., said Peskov")
CLAUSE_VERB_AFTER = re.compile(
    r"^\s+(?:was|is|were|are|had|has|have|would|will|could|should|might|must|did|does|remains?|remained|wants?|"
    r"wanted|plans?|planned|needs?|needed)\b"
)


@dataclass
class NameMention:
    """A person's name as found in one sentence, with what the sentence says they are."""

    name: str
    start: int
    end: int
    role: str | None = None
    affiliation: str | None = None
    is_person: bool = False
    led: str | None = None  # "the Russian delegation was led by ...": what the person heads, as a role
    earlier_role: str | None = None  # the title before the name in a sentence giving them a new post
    courtesy: str | None = None  # a courtesy title before the name, a post in apposition before it ("Ambassador")
    post: str | None = None  # a post in apposition before their own title ("Kenya's chief negotiator, Minister X")
    given_of: str | None = None  # a given name used alone ("Nattapong said"): the full name it is the given name of


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """The name tokens of a text, and where each starts: one split, the starts summed from the parts' lengths (every
    word of every sentence is a token: a match object, or a tuple, made for each cost twice the tokenising)."""
    parts = _TOKEN_PARTS.split(text)  # what lies before the first token, the token, what lies after it, ...
    offsets = list(itertools.accumulate(map(len, parts)))
    return parts[1::2], offsets[:-1:2]


def strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


# "al-Rawahi", "el-Sisi": an Arabic article joined to a surname by a hyphen, in lower case, is part of the name
_HYPHENED_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an|ul)-[A-Z][a-z]")


@functools.lru_cache(maxsize=65536)
def _is_name_token(token: str) -> bool:
    bare = strip_possessive(token)
    if _HYPHENED_ARTICLE.match(bare):
        return _is_name_word(bare[bare.index("-") + 1 :])
    if not bare or not bare[0].isupper() or bare.lower() in NOT_NAME:
        return False
    if _INITIALS.fullmatch(bare):
        return True
    return _is_name_word(bare) or bool(_ROMAN.match(bare))


def _is_name_word(word: str) -> bool:
    """'Erdoğan', 'Kalın', "O'Brien", 'McDonnell', 'Jean-Yves': a capital, then letters with a lower-case one;
    an apostrophe or hyphen only between letters."""
    if len(word) < 2 or not word[0].isupper() or not any(c.islower() for c in word):
        return False
    return all(c.isalpha() or (c in "'’-" and 0 < n < len(word) - 1) for n, c in enumerate(word))


def _particles_then_name(words: list[str], j: int) -> bool:
    """'von der Leyen': particles may chain, but must lead to a name."""
    while j < len(words) and words[j] in PARTICLES:
        j += 1
    return j < len(words) and _is_name_token(words[j])


@functools.lru_cache(maxsize=65536)
def surname_of(name: str) -> str:
    """The family name: the last word that is not a regnal number or Jr./Sr., with the particles that belong to it
    ("Bart De Wever" -> "De Wever", "Ursula von der Leyen" -> "von der Leyen"), as articles write it alone."""
    words = [w for w in name.split() if not _ROMAN.match(w)] or name.split()[-1:]
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[start:])


def is_surname_alone(name: str) -> bool:
    """One word, or a surname with its particles ("De Wever"): a person named by family name only."""
    return len(name.split()) == 1 or surname_of("X " + name) == name


# A body of members, capitalised after a possessive of its members, a plural: the run is the body's name, no person's
# ("the Fishermen's Union", "the Farmers' Association", "the Women's League"; never "Zelensky's Office" nor "Samuel
# Wekesa's Party", whose owner is a person)
_MEMBERS_BODIES = frozenset(
    "Union Association Federation Party League Movement Front Alliance Syndicate Guild Society Chamber "
    "Confederation Cooperative Collective".split()
)


def find_names(sentence: str) -> list[NameMention]:
    """Capitalised name runs in a sentence, each with the role and affiliation the sentence gives it."""
    words, starts = _tokens(sentence)
    mentions: list[NameMention] = []
    i = 0
    while i < len(words):
        if not words[i][0].isupper() and not _HYPHENED_ARTICLE.match(words[i]):  # a name opens with a capital
            i += 1  # (or "al-"): most words are skipped
            continue
        starts_name = _is_name_token(words[i]) and not _ROMAN.match(strip_possessive(words[i])) and "." not in words[i]
        initials = bool(_INITIALS_2.fullmatch(words[i])) and (
            i + 1 < len(words) and _is_name_token(words[i + 1])
        )  # "J.D. Vance"
        if not (starts_name or initials):
            i += 1
            continue
        j = i + 1
        while j < len(words):
            word = words[j]
            if (_is_name_token(word) and not words[j - 1].endswith(("'s", "’s"))) or (
                word in PARTICLES and _particles_then_name(words, j)
            ):
                j += 1
            else:
                break
        while i < j and i > 0 and _ends_a_party_name(strip_possessive(words[i - 1]), strip_possessive(words[i])):
            i += 1  # "President of the United States Donald Trump": "States" ends a country's name, no person's
        if i == j:
            continue
        if j - i > 1 and fold(" ".join(strip_possessive(w) for w in words[i:j])) in ALIAS_TO_PARTY:
            i = j  # "La Paz", "Addis Ababa", "Buenos Aires": a country's seat or name, no person's
            continue
        body = (
            j + 1
            if words[j - 1].endswith(("men's", "men’s")) and j < len(words) and words[j] in _MEMBERS_BODIES
            else j + 2
            if j + 1 < len(words) and words[j].endswith(("s'", "s’")) and words[j + 1] in _MEMBERS_BODIES
            else None
        )
        if body is not None:
            i = body  # "the Artisanal Fishermen's Union", "the Cocoa Farmers' Union": a body's name, no person's
            continue
        mentions.append(_describe(sentence, words, starts, i, j))
        i = j
    for one, other in itertools.pairwise(mentions):
        if _met(sentence, one, other):
            one.is_person = other.is_person = True
    _counterparts_titled(mentions, sentence)
    _owners_named(sentence, mentions)
    return mentions


def _owners_named(sentence: str, mentions: list[NameMention]) -> None:
    """A post owned by "his"/"her" is the post of the person the pronoun stands for (``_pronoun_owner``): "Head of the
    Office Kyrylo Budanov, his deputy Serhiy Kyslytsia" makes Kyslytsia "Kyrylo Budanov's deputy", not a bare "deputy"
    (which says nothing of whose); with no one named before, the post stays as written."""
    for n, mention in enumerate(mentions):
        # (never "his counterpart": whose counterpart says no post, ``_counterparts_titled`` reads the post it does;
        # and a person called the counterpart of each leader they meet would gather a role per leader)
        if mention.role is None or n == 0 or _COUNTERPART.search(mention.role):
            continue
        # (a string test and one compiled pattern, never a pattern built per role: this runs for every titled name)
        before = sentence[: mention.start].rstrip().removesuffix(",").rstrip()
        owned = (
            _PRONOUN_ENDS.search(before, 0, len(before) - len(mention.role)) if before.endswith(mention.role) else None
        )
        owner = _pronoun_owner(sentence, mentions[:n], owned.start("pronoun")) if owned else None
        if owner is not None:
            mention.role = f"{owner.name}'s {mention.role}"


_PRONOUN_ENDS = re.compile(r"(?<![\w-])(?P<pronoun>his|her)\s+$", re.IGNORECASE)
# Between a person and a "his"/"her" after them, a clause of its own ("told Iipumbu that his deputy", "... would
# travel, and that she would meet her counterpart"): the pronoun stands for the sentence's subject, not that person
_CLAUSE_BETWEEN = re.compile(r"\b(?:that|he|she|they)\b", re.IGNORECASE)
# ... and a person named in an aside after the subject (", speaking through China's envoy Li Wen, told her ...")
_ASIDE_BEFORE = re.compile(r",\s+[a-z]+ing\b[^,]*$")


def _pronoun_owner(sentence: str, before: list[NameMention], at: int) -> NameMention | None:
    """The person a "his"/"her" at ``at`` stands for, of those named before it: the nearest, unless a clause of its
    own lies between (then the sentence's first person, its subject) or the nearest stands in an aside (then the one
    before it). No gender is read: names say none reliably, and news puts the owner nearest far more often."""
    people = [m for m in before if m.is_person]
    if not people:
        return None
    nearest = people[-1]
    if _CLAUSE_BETWEEN.search(sentence, nearest.end, at):
        return people[0]
    if len(people) >= 2 and _ASIDE_BEFORE.search(sentence[people[-2].end : nearest.start]):
        return people[-2]
    return nearest


_COUNTERPART = re.compile(r"\bcounterparts?$", re.IGNORECASE)


def _counterparts_titled(mentions: list[NameMention], sentence: str) -> None:
    """A counterpart holds the post of the one whose counterpart they are, for their own side: "Armenia's Foreign
    Minister X and his Azerbaijani counterpart Y" makes Y the "Azerbaijani Foreign Minister", the way news names the
    other side's minister. Whose counterpart: the person "his"/"her" stands for (``_pronoun_owner``), and only when
    that person is titled (a "counterpart" alone says no post) and Y's side is named."""
    for n, mention in enumerate(mentions):
        if mention.role is None or mention.affiliation is None or not _COUNTERPART.search(mention.role):
            continue
        owner = _pronoun_owner(sentence, mentions[:n], mention.start)
        if owner is None or owner.role is None or rank_only(owner.role) or _COUNTERPART.search(owner.role):
            continue
        # (the owner's side taken out, "Armenia's", "US", "of Mongolia", and what it leaves at the edges)
        post = _POST_EDGES.sub("", " ".join(without_parties(owner.role).split()))
        # (an apposition may keep its pronoun: "Besnik Zeqiri, his Kosovo counterpart")
        side = re.sub(r"^(?:his|her|their)\s+", "", _COUNTERPART.sub("", mention.role).strip(), flags=re.IGNORECASE)
        if post and side:
            mention.role = f"{side} {post}"


# what is left at a post's edges once its side is taken out: "The Transport Minister of [Mongolia]"
_POST_EDGES = re.compile(r"^(?:the|a|an)\s+|\s+(?:of|for|to)$", re.IGNORECASE)


# "a meeting between Volodymyr Zelenskyy and Vladimir Putin": a meeting or a call is between people (or between
# parties, whose names ``party_of`` knows), so two full names it is between are people, titled or not
_MET_BETWEEN = re.compile(r"\b(?:meeting|meetings|talks|call|calls|summit|conversation|handshake)\s+between\s+$", re.I)


def _met(sentence: str, one: NameMention, other: NameMention) -> bool:
    """Whether two names are the sides of a meeting ("a meeting between A and B"), both full names, no party."""
    return (
        sentence[one.end : other.start] == " and "
        and all(len(m.name.split()) >= 2 and party_of(m.name) is None for m in (one, other))
        and _MET_BETWEEN.search(sentence[: one.start]) is not None
    )


def _ends_a_party_name(before: str, word: str) -> bool:
    """Whether a word completes a party's name with the word before it ("United States", "European Union")."""
    return fold(f"{before} {word}") in ALIAS_TO_PARTY


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.I)
# a side replacing its post-holder by naming another, the name after a title of up to five words
_NAMED_TO_REPLACE = re.compile(
    r"\b(?P<party>(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:has\s+|had\s+)?replaced\s+(?:its|their)\s+"
    r"(?P<role>(?:[a-z][\w’'-]*\s+){0,3}(?:negotiator|envoy|representative|spokesman|spokeswoman|spokesperson|"
    r"mediator|commissioner|ambassador|minister|head|chief))(?:\s+[^,.;]{0,60})?,\s+(?:naming|appointing)\s+"
    # (the title of the one named, never a clause: "naming X to succeed Ambassador Y" names no Y)
    r"(?:(?!(?:to|as|and|in|for)\b)[\w’'-]+\s+){0,5}?$"
)


def _describe(sentence: str, words: list[str], starts: list[int], i: int, j: int) -> NameMention:
    """The name ``words[i:j]`` (``starts``: where each word starts) with what the sentence says of it."""
    run = [strip_possessive(word) for word in words[i:j]]
    name = " ".join(run)
    start, end = starts[i], starts[j - 1] + len(run[-1])
    multi = len(run) >= 2
    # "Gen. Valery Gerasimov": a rank shortened before a name is a person's, and the rank their title when the
    # sentence gives no other (a bare rank never wins over a title: "his top military commander, Gen. X")
    rank = RANK_ABBREVIATIONS.get(words[i - 1].lower().rstrip(".")) if i > 0 and multi else None
    # (a title owned by "his"/"their" is the name's only in an apposition that closes after it: "with his top
    # commander, Gen. X, on the pier", never "After meeting his French counterpart, Zelensky said")
    closed = j >= len(words) or words[j] in (",", ".", ";", ")", "”", '"')
    titled = _role_before(words, i, closed=closed)  # (the title written right before the name)
    role = (
        titled
        or (_role_before(words, i - 1, closed=closed) if rank else None)
        or _copula_role(sentence, end)
        or _role_is_name(sentence, start, end)
    )
    courtesy = post = None
    if role and (rank_only(role) or courtesy_only(role)) and i > len(role.split()):
        # "the head of military intelligence, Lieutenant General Bohdan Kravets": the job before the rank is his;
        # "Kenya's chief negotiator, Ambassador Esther Owuor": the job before a courtesy title is hers
        job = _role_before(words, i - len(role.split()), closed=closed)
        if job and not rank_only(job) and not courtesy_only(job):
            courtesy = role if courtesy_only(role) else None  # (kept too: it is still theirs)
            role = job
    elif role and i > len(role.split()) and words[i - len(role.split()) - 1] == ",":
        # "Thailand's new chief negotiator, Deputy Foreign Minister Nattaya Boonruang": a post in apposition before
        # a title of their own is theirs too (only right before the comma: "met X, Foreign Minister Y" has none)
        job = _role_before(words, i - len(role.split()), closed=closed)
        # (never a counterpart: "His Afghan counterpart, Defence Minister X" says whom X met, no post of X's)
        post = job if job and not rank_only(job) and not courtesy_only(job) and not _COUNTERPART.search(job) else None
    titled_from = starts[i - len(role.split())] if role and role == titled and i >= len(role.split()) else start
    if post is None and role and titled_from < start:
        # "China's negotiator will be Vice Foreign Minister Zhou Ming": a post told before the title is theirs too
        post = _role_is_name(sentence, titled_from, end)
    # "Kyrgyzstan replaced its chief negotiator, naming security council secretary X": the post it names X to
    named_to = _NAMED_TO_REPLACE.search(sentence[:titled_from]) if "replaced" in sentence else None
    if post is None and named_to is not None:
        post = f"{named_to.group('party')}'s {named_to.group('role')}"
    # "appointed former minister X as Secretary of the Council": the post given is what X is now; the title
    # before the name is what X was, kept as an earlier post ("the head of GUR Kyrylo Budanov will replace Yermak
    # as head of the office"), never one the sentence calls former (what "former" says is read at answer time)
    given = _appointed_role(sentence, start, end) or (
        _copula_role(sentence, end) if _BECOMING.match(sentence[end:]) else None
    )  # ("Colombian ambassador X, who ..., will become Colombia's ambassador to Mexico": the post to come)
    earlier = (
        role
        if given
        and role
        and role != given
        and not rank_only(role)
        and not _FORMER_TITLE.search(f"{sentence[:start]} {role}")
        else None
    )
    role = given or role
    led = _led_by(sentence, start)
    affiliation = None
    # (a lone word opening the sentence: "Separately, Ukraine's ombudsman, Taras Voloshyn, ..."; one inside a list keeps
    # its title, "includes Sorokin, Russia's deputy foreign minister, Gleb Antonov, a Kremlin aide, ...")
    after = _appositive_after(sentence, end, lone=not multi and not sentence[:start].strip(" \"“‘'"))
    if after:
        kind, text = after
        if kind == "of":
            affiliation = party_of(text) or text
        else:
            # a rank alone before the name is no job: "Major General Dmytro Savchuk, head of the prisoners'
            # headquarters" is that head (the rank is told wherever he is named by it alone)
            role = text if role is None or rank_only(role) else role
    if role and affiliation is None:
        # (never a city it is in: "the head of the ICRC delegation in Kyiv" is not Ukraine's; "at the Russian
        # Foreign Ministry" still is Russia's; nor a side it is sent to: "a former ambassador to Austria", "the US
        # special envoy to Ukraine" stand for another; "an adviser to the Ecuadorian defence ministry" is Ecuador's)
        found = [
            f
            for f in parties_in(role)
            if not (fold(role[f[0] : f[1]]) in PLACE_ALIASES and _IN_OR_AT_BEFORE.search(role[: f[0]]))
            and not (_TO_BEFORE.search(role[: f[0]]) and not _NOUN_AFTER.match(role[f[1] :]))
        ]
        affiliation = found[0][2] if found else None
    if affiliation is None and post:  # ("China's negotiator will be Vice Foreign Minister X": China's)
        sides = parties_in(post)
        affiliation = sides[0][2] if sides and sides[0][0] == 0 else None
    spoken_before = words_before(sentence, start, SPEECH_LOOKBACK_CHARS)
    # (a name after "said" with a verb of its own opens the words said, but is as often a person as a place: "said
    # Ivan Hrebenyuk had signed"; only the speaker is not theirs, ``speakers``)
    speaks = bool(_SPEECH_AFTER.match(sentence[end:]) or _SPEECH_BEFORE.search(spoken_before))
    honorific = i > 0 and words[i - 1].lower() in HONORIFICS  # "Mr Yermak" is a person
    if rank is not None and role is None:
        role = rank.title()
    is_person = (
        bool(role or led or post)
        or bool(after and after[0] == "of" and multi)
        or (speaks and multi)
        or honorific
        or rank is not None
    )
    if j < len(words) and words[j].lower() in MEDIA_AND_ORG_NOUNS:
        is_person = False  # "the Saudi official Al-Ekhbariya channel": a channel, not a person
    if not multi and fold(name) in STOPWORDS:
        is_person, role = False, None  # "So, the President and I ...": a word opening a sentence, not a name
    if not multi and i > 0 and words[i - 1].lower() in LOCATIVES:
        is_person, role = False, None  # "... Umerov in Florida, a White House official told ...": a place
    if not multi and j < len(words) and _is_head(strip_possessive(words[j]).lower()):
        is_person, role = False, None  # "led by Fisheries Minister Abdi Warsame": a portfolio, the title's first word
    if led and affiliation is None:
        found = parties_in(led)
        affiliation = found[0][2] if found else None
    if affiliation is None and (role or led):
        affiliation = _sent_by(sentence, start, end)
    if affiliation is None and role:
        affiliation = _owner_of_title_before(sentence, start, role)
    return NameMention(name, start, end, role, affiliation, is_person, led, earlier, courtesy=courtesy, post=post)


# The side a titled person was sent by or stands for: "Russia sent Deputy Foreign Minister Arkady Semyonov", "Russia,
# represented by Deputy Foreign Minister X," (the party right before the verb; a title of up to five words between),
# and each one listed after it: "Ukraine was represented by Zelensky, Secretary of the Security Council Umerov and
# Chief of the General Staff Gnatov" (names, titles, commas and "and" only: "..., Russia by Medinsky" is another's)
_SENT_BY = re.compile(
    # ("Russia said Foreign Minister Sergei Lavrov will hold talks": a side announcing what its titled official will do)
    r"(?P<party>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:,\s+|\s+(?:has\s+|had\s+)?)(?:sent|sends|dispatched|dispatches|"
    r"said|says|announced|announces|"
    # (then the person's title: capitalised words or a determiner and title words, "Deputy Foreign Minister", "its
    # envoy"; never "a protest to Foreign Minister X", which X received)
    r"(?:is\s+|was\s+)?represented\s+by)\s+"
    r"(?P<listed>(?:(?:(?-i:[A-Z])[\w’'.-]*\s+|(?:of|the|for)\s+){0,10}?(?-i:[A-Z])[\w’'.-]*"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){0,4})"
    r"(?:(?:its|his|her|their|the|an?)\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+|"
    r"(?:of|the|and|for|special|deputy|first|chief|top|lead|senior|foreign|defence|defense|envoy|minister|negotiator)\s+)"
    r"{0,5}$"
)


# "The EU's foreign policy chief, High Representative Kaja Rautio,": whose the first title is, the second is too
_OWNED_TITLE_BEFORE = re.compile(
    r"(?P<owner>\b(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*)['’]s\s+(?:[\w-]+\s+){0,4}[\w-]+,\s*$"
)


def _owner_of_title_before(sentence: str, start: int, role: str) -> str | None:
    """The party owning a title set before the person's own one, after a comma, when one does (a title: its words
    hold a title's head, "foreign policy chief"; never "Estonia's fiercest critic in the talks, Deputy Prime
    Minister X")."""
    before = sentence[:start].rstrip()
    if not before.endswith(role):
        return None
    found = _OWNED_TITLE_BEFORE.search(before[: len(before) - len(role)])
    if found is None or not any(_is_head(w.lower().strip(",")) for w in found.group().split()[1:]):
        return None
    return party_of(found.group("owner"))


# after a listed name: the list goes on or ends, or a place or time follows ("sent X and Y to Vienna on Monday"),
# never a verb of its own ("..., and Deputy Minister Marin led Romania's team")
_LIST_GOES_ON = re.compile(
    r"^\s*(?:[,.;:)(]|$|(?:and|to|at|in|on|for|from|as|with|during|after|before|last|this|next|earlier|later)\b)"
)


def _sent_by(sentence: str, start: int, end: int) -> str | None:
    """The party that sent the person named at ``start`` (ending at ``end``), or that the person represents, when the
    sentence says so; one listed after others only when the list goes on after them ("..., and Deputy Minister X led
    Romania's team" is another clause)."""
    window = words_before(sentence, start)
    gated = any(word in window for word in ("sen", "represented", "dispatch", "said", "says", "announce"))
    # (never one whose words or acts the side speaks of: "Kenya said Foreign Minister X's remarks were unhelpful")
    found = _SENT_BY.search(window) if gated and sentence[end : end + 2] not in ("'s", "’s") else None
    if found is not None and found.group("listed") and not _LIST_GOES_ON.match(sentence[end:]):
        return None
    return party_of(found.group("party")) if found else None


_ROLE_JOINERS = frozenset({"of", "the", "and", "for"})
PARENTHESIS_TOKENS = 8  # an aside this short between a title and its name is skipped ("(known as GUR)")
# Words after which "the president, X" names two people, not one with a title: "according to the president, X".
_ROLE_OBJECT_BEFORE = frozenset(
    {"to", "by", "from", "with", "for", "of", "on", "at", "as", "than", "said", "told", "about"}
)
_OF = frozenset({"of", "for"})
_TITLE_VERBS = frozenset({"appointed", "elected"})  # "newly elected President X", but "Kesk appointed General Y"
_BEFORE_TITLE_VERB = frozenset({"newly", "recently", "just", "the", "a", "an", "democratically", "popularly"})


def _title_verb_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the sentence's own appointing verb ("Kesk appointed General Y"), not a title's
    ("newly appointed President X")."""
    return words[k].lower() in _TITLE_VERBS and not (k > 0 and words[k - 1].lower() in _BEFORE_TITLE_VERB)


# "his chief negotiator, Aldo Kesk": a title owned by a pronoun before it is the named person's, as after "the"
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_NEW_HOLDER_DETERMINERS = _POSSESSIVE_DETERMINERS | {"a", "an"}  # "named a new mediator, X,", "its new envoy, X,"


_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS | ORG_WORDS | PORTFOLIO_WORDS  # (one set: read for every word before a name)


def _is_role_word(low: str) -> bool:
    return low in _ROLE_WORDS or low in ALIAS_TO_PARTY


def _is_head(low: str) -> bool:
    return low in ROLE_HEADS or (low.endswith("s") and low[:-1] in ROLE_HEADS)


def _nationality_before(words: list[str], k: int) -> bool:
    """A capitalised word right before a title that is not itself the end of a name: 'Saudi', 'Maltese'."""
    word = words[k]
    return (
        word[:1].isupper()
        and word.isalpha()
        and word != "The"
        and word.lower() not in WEEKDAYS  # "on Monday appointed General X": when, not whose
        and not (k > 0 and _is_name_token(words[k - 1]))
    )


# The last word of a two-word region a title may cover ("Middle East envoy", "Black Sea coordinator", "Central Asia
# director"): two capitalised words that are no person's name, as a person's would never end in these
_REGION_ENDS = frozenset("east west north south sea asia caucasus balkans gulf pacific atlantic arctic africa".split())


def _region_before(words: list[str], k: int) -> bool:
    """Whether the two words ending at ``k`` name a region ("Middle East"), not the end of a name."""
    return (
        k > 0
        and words[k].lower() in _REGION_ENDS
        and words[k - 1][:1].isupper()
        and words[k - 1].isalpha()
        and words[k - 1] != "The"
        and not (k > 1 and _is_name_token(words[k - 2]))
    )


_HELD_BEFORE = re.compile(r"^(?:then|ex)-(?=[a-z])")


def _role_before(words: list[str], i: int, *, closed: bool = False) -> str | None:
    """The title phrase right before a name: 'US Secretary of State', "Russia's lead negotiator,", 'Chief of the
    General Staff of the Armed Forces', 'The head of the Ukrainian delegation,'. Role words, the bodies they
    belong to, parties, and 'of/the/and' between them; a possessive ends the phrase."""
    k = i - 1
    comma_before = k >= 0 and words[k] == ","
    if comma_before:
        k -= 1
    if k >= 0 and words[k] == ")":  # "the head of the Main Intelligence Directorate (known as GUR) Kyrylo ..."
        opening = next((n for n in range(k - 1, max(k - PARENTHESIS_TOKENS, -1), -1) if words[n] == "("), None)
        k = opening - 1 if opening is not None else k
    taken: list[str] = []
    while k >= 0:
        word = words[k]
        # ("then-Secretary of State Mike Pompeo", "ex-President X": a title held before is a title; the registry
        # reads its prefix as past)
        low = _HELD_BEFORE.sub("", strip_possessive(word).lower())
        capitalised = word[:1].isupper() and word[:1].isalpha()
        owner = capitalised and word.endswith(("'s", "’s")) and bool(taken)  # "Moldova's deputy prime minister"
        sandwiched = (  # "Deputy Energy Minister": a portfolio between two title words
            capitalised and bool(taken) and k > 0 and _is_role_word(strip_possessive(words[k - 1]).lower())
        )
        if taken and _title_verb_at(words, k):
            break  # "Russia's defence minister appointed General X": the sentence's verb ends the title
        if taken and low == "new" and k > 0 and words[k - 1].endswith(("'s", "’s")):
            k -= 1  # "Thailand's new chief negotiator, X": the title is the post's, "new" says only since when
            continue
        if _is_role_word(low) or (low in _ROLE_JOINERS and taken) or owner or sandwiched:
            taken.append(word)
            k -= 1
            if word.endswith(("'s", "’s")) and low not in ORG_WORDS:
                break  # "Russia's lead negotiator"; but "the Defense Ministry's Main Directorate" goes on
            continue
        break
    # "Dashevan appointed Colonel General X": the verb of the sentence, not "newly appointed", is no part of a title
    if not (k >= 0 and _title_verb_at(words, k)) and taken and k >= 0 and taken[-1].lower() not in _ROLE_JOINERS:
        if _nationality_before(words, k):
            taken.append(words[k])  # "Saudi Foreign Minister", "Maltese Prime Minister": whose title it is
        elif _region_before(words, k):
            taken += [words[k], words[k - 1]]  # "Middle East envoy", "Black Sea envoy": the region it covers
    while taken and taken[-1].lower() in _ROLE_JOINERS - {"the"}:
        taken.pop()
    taken.reverse()
    if taken and taken[0].lower() == "the" and not comma_before:
        taken = taken[1:]  # "the Kremlin spokesman Dmitry Peskov": the article is not part of the title
    lows = [_HELD_BEFORE.sub("", strip_possessive(t).lower()) for t in taken]
    heads = [n for n, low in enumerate(lows) if _is_head(low)]
    if not heads:
        return None
    # "with his top military commander, Gen. X,": an apposition, closed after the name (``closed``)
    whose = closed and k >= 0 and words[k].lower() in _POSSESSIVE_DETERMINERS
    # ... or the new holder of a post: "Ostland named a new mediator, Piet Aldo, a career diplomat,"
    whose = whose or (
        closed and k >= 1 and words[k].lower() == "new" and words[k - 1].lower() in _NEW_HOLDER_DETERMINERS
    )
    if comma_before and not (taken[0].endswith(("'s", "’s")) or lows[0] == "the" or whose):
        return None  # "..., Trump" after a list is not a role
    if comma_before and k >= 0 and words[k].lower() in _ROLE_OBJECT_BEFORE:
        return None  # "According to the president, Budanov has ...": the title is someone the sentence cites
    trailing = lows[heads[-1] + 1 :]
    if trailing and trailing[0] not in _OF and not any(w in ORG_WORDS for w in trailing) and not comma_before:
        return None  # after the title comes "of ..." ("Secretary of State") or its body ("General Staff")
    return " ".join(taken)


_APPOSITIVE = re.compile(
    r"^,\s+(?:\d{2,3},\s+)?"  # ("Helena Vassallo, 61, a former ambassador ...": the age before the title)
    r"(?:(?P<of>of\s+(?:the\s+)?(?P<place>[A-Z][\w.’' -]*?))|(?P<role>(?:an?\s+|the\s+)?"
    # (100: "head of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War" is 81; the comma or
    # stop must still end it; a dotted abbreviation is one word of it: "the U.S. special envoy")
    # (a scare-quoted word is part of it: "an assistant to the Russian "president"", never a quotation opening it)
    r"(?![\"“”])(?:(?:[A-Z]\.){2,}|[\"“”][a-z]+[\"“”]|[^,.;:()\"“”]){3,100}?))"
    r"(?=,|\.|;|\)|$|\s+(?:and|who|which|has|had|said|told)\b)"
)


# "and" then capitalised words ending in a body's word ("... Security and Defence Council"): the name goes on past
# the "and" that ends an appositive elsewhere ("secretary of the Council and Kyiv's chief negotiator" stops at it)
# The nouns that end a body's name ("Foreign Ministry", "Security Council"): after one, "and" starts another title
_WHOLE_BODY_NOUNS = frozenset(
    "ministry council office committee agency commission department service directorate parliament government "
    "administration bureau assembly cabinet secretariat".split()
)
_BODY_AFTER_AND = re.compile(
    r"\s+and(?:\s+[A-Z][\w-]*)+?\s+(?:" + "|".join(w.title() for w in sorted(ORG_WORDS)) + r")\b(?!['’])"
)


# ... and "sheikh", an honorific of Gulf names before the name, never the post an apposition gives ("Sheikh Khalid
# Al-Mannai, Qatar's Minister of State for Foreign Affairs"), which wins over it as over a rank
# ("Retired Lieutenant General" is a rank too: "retired" says only that it is held no more)
_RANK_WORDS = frozenset(RANK_ABBREVIATIONS.values()) | {
    "brigadier", "rear", "vice", "lieutenant", "major", "sheikh", "retired", "captain", "sergeant", "corporal"
}  # fmt: skip


def courtesy_only(role: str) -> bool:
    """'Ambassador' as written before a name, alone: a courtesy title, no post ("named ambassador to China", "Georgia's
    ambassador" are posts)."""
    bare = role.strip()
    return bare[:1].isupper() and bare.lower() in COURTESY_TITLES


def rank_only(role: str) -> bool:
    """'Major General', 'Col.', 'Rear Admiral', 'Sheikh': rank or honorific words and nothing else."""
    found = [w.lower().rstrip(".") for w in re.split(r"[\s-]+", role) if w]  # ("Colonel-General" too)
    return bool(found) and all(w in _RANK_WORDS or w in RANK_ABBREVIATIONS for w in found)


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


# a full name right after an appositive, itself set off by commas or followed by its verb: the title before it is
# its own ("Separately, Ukraine's ombudsman, Taras Voloshyn, said ..."), never the word before the title
_FULL_NAME_NEXT = re.compile(r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s*(?:,|\b(?:said|told|says)\b)")


def _appositive_after(sentence: str, end: int, *, lone: bool = False) -> tuple[str, str] | None:
    """What an appositive right after a name says it is: ("of", a place) or ("role", a title); None when there is
    none. ``lone``: the name is one word, which a full name after its appositive may show to be no name ("Separately,
    Ukraine's ombudsman, Taras Voloshyn,"; a full name's appositive stands, "Ursula von der Leyen, President of the
    European Commission, President Emmanuel Macron, ...")."""
    match = _APPOSITIVE.match(sentence[end:])
    if not match:
        return None
    if match.group("of"):
        return "of", match.group("place").strip()
    role = match.group("role").strip()
    if lone and _FULL_NAME_NEXT.match(sentence, end + match.end()):
        return None  # "Separately, Ukraine's ombudsman, Taras Voloshyn, said": the title is the full name's after it
    joined = _BODY_AFTER_AND.match(sentence, end + match.end())
    last = re.search(r"\b[A-Z][\w-]*$", role)
    # "National Security and Defence Council": one body's name; never after a body's name already whole ("the head
    # of the Foreign Ministry and Russian Security Council member": two titles)
    if joined and last and last.group().lower() not in _WHOLE_BODY_NOUNS:
        role += joined.group()
    if re.match(r"(?:who|which|that|whose|whom|where|when)\b", role, re.IGNORECASE):
        return None  # ", who accompanied the Deputy Foreign Minister": a relative clause, not a title
    if re.match(
        rf"(?:is|are|was|were|has|have|had|will|would|could|should|may|might|can|did|does|do|{SPEECH_VERBS})\b", role
    ):
        # "Ukraine's delegation, led by X, is expected to include the head of ...": the clause's verb; "The envoy,
        # X, said the mediator now wanted ...": the speaker's
        return None
    role_words = [w.lower() for w in re.findall(r"[A-Za-z’'-]+", role)]
    if not any(w in ROLE_HEADS for w in role_words):
        return None
    head_part = re.split(r"\s(?:to|of|for|with|at|in|from)\s", role, maxsplit=1)[0]
    owner = re.search(r"['’]s\s+(?P<title>.+)$", head_part)
    if owner and any(w.lower() in ROLE_HEADS for w in re.findall(r"[A-Za-z-]+", owner.group("title"))):
        return "role", role  # "Czech President Petr Pavel's special envoy for the Balkans": an envoy, another's
    # (a dotted abbreviation, "the E.U. envoy", "the U.K. minister", is no initial of a name)
    if any(_is_name_token(w) for w in re.findall(r"[^\W\d_][\w’'-]*", _DOTTED.sub("", head_part))):
        return None  # another name ("X, President Emmanuel Macron"): a list, not an appositive
    if _starts_with_titled_name(role):
        return None  # "X, Secretary of the Council Rustem Umerov and ...": the next item of a list
    return "role", role


def _starts_with_titled_name(text: str) -> bool:
    """'Secretary of the Security Council Rustem Umerov': a title, then a full name, from the start (a list item);
    not 'a foreign policy adviser to President Vladimir Putin', where the title belongs to someone else."""
    words, _ = _tokens(text)
    for i in range(1, len(words) - 1):
        if _is_name_token(words[i]) and _is_name_token(words[i + 1]):
            role = _role_before(words, i)
            if role is None:
                return False
            before = [word.lower() for word in words[:i]]
            return " ".join(before) in (role.lower(), "the " + role.lower(), "a " + role.lower(), "an " + role.lower())
    return False


_LED_BY = re.compile(
    # (or whose: "Ukraine's delegation is led by ...")
    # (a side of two or three words too: "South Sudan's team is headed by ...")
    r"(?P<body>\b(?:the|a|an|its|their|(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:delegation|team|talks|negotiations|mission|"
    # (or its participle: "Russia sent an 11-member team headed by Deputy Foreign Minister X")
    r"group|commission|committee|council|panel|coalition|side))(?:\s+(?:was|is|were|are|will\s+be|has\s+been|had\s+been)|,)?"
    # (its head's title between, of up to seven words: "led by Minister of Water Resources and Irrigation X"; never a
    # clause of its own: "led by a diplomat who reports to X", "the official who succeeded former minister X")
    r"\s+(?:led|headed|chaired)\s+by\s+(?:(?!(?:who|whom|whose|that|which|named|called|reports?|succeeded|replaced)\b)"
    r"[\w’'.-]+\s+){0,7}$",
    re.IGNORECASE,
)


# A team handed on to someone: "Saburov would hand over leadership of its delegation to Deputy Minister Pavel Lazarev",
# "She hands leadership of the delegation to Mykola Dovzhenko": the one handed it heads it from then on.
_HANDED_TO = re.compile(
    r"\b(?:hand|hands|handed|handing|pass|passes|passed|passing)\s+(?:over\s+)?(?:the\s+)?(?:leadership|chairmanship)"
    r"\s+of\s+(?P<body>(?:its|his|her|their|the|(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:delegation|team|mission|"
    r"talks|negotiations))\s+(?:over\s+)?to\s+(?:[\w’'.-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _led_by(sentence: str, start: int) -> str | None:
    """'The Russian delegation was led by deputy minister Arkady Veresov' -> 'head of the Russian delegation'."""
    window = words_before(sentence, start)
    handed = _HANDED_TO.search(window) if " to " in window else None
    if handed is not None:
        body = handed.group("body")
        owner = re.match(r"(?:its|his|her|their)\s", body, re.I)
        if owner is not None:  # whose: the side the sentence names before ("Moscow announced ... its delegation")
            sides = [party for _, _, party in parties_in(sentence[: handed.start() + len(sentence) - len(window)])]
            body = f"{sides[-1]}'s {body[owner.end() :]}" if sides else f"the {body[owner.end() :]}"
        return "head of " + body
    match = _LED_BY.search(window) if "by" in window.lower() else None  # the cheap test first: few names follow it
    if not match:
        return None
    body = match.group("body")
    if re.match(r"(?:The|A|An|Its|Their)\b", body):  # ("The Russian delegation": "head of the Russian delegation")
        body = body[0].lower() + body[1:]
    return "head of " + body


# A relative clause a copula may follow ("X, who led the delegation until May, will become ...", "X, who will become
# ..."), and a post to come ("will become Thailand's ambassador to Japan"): one copy for both patterns below
_WHO_CLAUSE = r"^(?:,\s+who\b(?:[^,;.]{0,120},)?)?"
_TO_BECOME = r"(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+become"
_COPULA_ROLE = re.compile(
    # (a post given, theirs from the article on)
    rf"{_WHO_CLAUSE}\s+(?:is|was|has been|had been|{_TO_BECOME})\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:(?:the|a|an)\s+|(?=[A-Z][\w’'-]*['’]s\s))"
    r"(?P<role>[^,.;:()\"“”]{3,100}?)(?=[,.;:)]|$|\s+(?:who|which|and\s+(?:is|was|has))\b|"
    # (nor when it starts: "will become ambassador to Mexico next month"; nor a second post: "Orsag's deputy and a
    # former official")
    r"\s+(?:next|later|from|starting)\s|\s+and\s+(?:a|an)\s|"
    # ("had been Ukraine's chief negotiator for exactly seven days when ...": the post, not how long)
    r"\s+(?:when|since|until|for\s+(?:exactly|about|nearly|almost|only|just|(?:more|less)\s+than|\w+\s+(?:days?|weeks?|"
    r"months?|years?)))\b)"  # (not "the minister for less developed regions")
)


# The post told before the name it is given to: "Estonia's chief negotiator is now Liis Kask" (at the clause's start,
# so that "the delegation the minister met is led by ..." is left to ``_LED_BY``)
_ROLE_IS_NAME = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?P<role>(?:(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*['’]s|[Tt]he)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    # (held now or to come: never "was Kesk until March", the one before)
    r"\s+(?:is|has\s+been|will\s+be)\s+(?:now\s+|still\s+)?$"
)


_IS_BEFORE = re.compile(r"\s(?:is|been|be)\s+(?:now\s+|still\s+)?$")  # the copula ``_ROLE_IS_NAME`` ends with


def _role_is_name(sentence: str, start: int, end: int) -> str | None:
    """'Estonia's chief negotiator is now Liis Kask' -> "Estonia's chief negotiator" (never for a possessive: "is now
    Kesk's former deputy, Aram Rask" gives it to Rask, not Kesk)."""
    if not _IS_BEFORE.search(sentence, 0, start):
        return None  # (the cheap test first: most names follow no "is")
    if re.match(r"['’]s\b", sentence[end:]) or re.match(r"[^.;]{0,40}\buntil\b", sentence[end:]):
        return None
    match = _ROLE_IS_NAME.search(sentence[:start])
    if match is None:
        return None
    role = match.group("role")
    words = role.split()
    if not _is_head(words[-1].lower()) or any(_is_name_token(w) for w in words[1:]):
        return None
    return role[0].lower() + role[1:] if role.startswith("The ") else role


_BECOMING = re.compile(rf"{_WHO_CLAUSE}\s+{_TO_BECOME}\b")


def _copula_role(sentence: str, end: int) -> str | None:
    """'Dmitriev is also the CEO of the Russian Direct Investment Fund' -> 'the CEO of the ... Fund'."""
    match = _COPULA_ROLE.match(sentence[end:])
    if not match:
        return None
    role = re.sub(r"^new\s+", "", match.group("role").strip())  # ("would become the new head": the post)
    words = re.findall(r"[^\W\d_][\w’'-]*", role)
    head = re.split(r"\s(?:of|for|to|with|at|in)\s", role, maxsplit=1)[0].split()
    if not head or not _is_head(head[-1].lower()):
        return None
    if any(_is_name_token(a) and _is_name_token(b) for a, b in itertools.pairwise(words)):
        return None
    return role


# Verbs that give someone a post: "appointed X as ...", "named X as ...", "X was elected as ...".
_APPOINTING = re.compile(
    r"\b(?:appoint(?:ed|s|ing)?|nam(?:ed|es|ing)|nominat(?:ed|es|ing)|elect(?:ed|s|ing)?|install(?:ed|s|ing)?|"
    r"confirm(?:ed|s|ing)|tapp(?:ed|ing)|pick(?:ed|s|ing)|chose|chosen|choos(?:es|ing)|promot(?:ed|es|ing)|"
    r"sent|sends|sending|dispatch(?:ed|es|ing)|"  # "Eritrea sent Ambassador X, ..., as head of delegation"
    # ... and the nouns of it, of a post taken: "the appointment of X as ...", "the arrival of X as Russia's chief
    # negotiator" (not "nomination" or "election": a post still to be voted on)
    r"appointment|promotion|installation|arrival)\b",
    re.IGNORECASE,
)
# (a noun of appointment is the subject of what follows the post: "the appointment of X as chairman was not on the
# agenda": the post ends at its verb)
_POST_ENDS = re.compile(
    r"\s+(?:and(?!\s+[A-Z])|who|which|after|before|on|in|since|from|until|replacing|dismissing|succeeding|to|"
    r"was|is|were|are|has|had|would|will|could|might|"
    r"last|next|this|earlier|later|yesterday|today|tomorrow|during|amid|while|because|as)\s"
)
# The posts held "to" a body ("liaison to the monitoring commission", "envoy to the talks"): their role goes on past
# "to", where other titles end at it ("appointed X to lead ...")
_POSTS_TO = ("liaison", "envoy", "ambassador", "representative", "adviser", "advisor")
_RELATIVE_AFTER = re.compile(r"\s+(?:that|whose)(?:\s|$)")  # "... commission that will oversee ...": the post ends
APPOINTING_LOOKBACK_CHARS = 80  # the verb stands within a title's length before the name ("appointed former ...")
_AS_ROLE = re.compile(
    # (past an apposition: "appointed Gen. X, the former commander of the South, as his country's liaison")
    # (... or a relative clause: "X, who led the delegation from the start, was appointed head of ...")
    r"^(?:,\s+(?:the|a|an|his|her|its|their|who)\s+[^,;:()\"“”]{3,80},)?"
    r",?\s+(?:(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?)?(?:as|to\s+be)|"
    r"(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:appointed|named|made)(?!\s+(?:as|to)\b))\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+|new\s+|(?:country|nation|government)['’]s\s+)*"
    r"(?P<role>[^,.;:()\"“”]{3,90})"
)

# A post given that someone stopped: "blocked the appointment of X as ...", "rejected the nomination of X as ..."
_POST_REFUSED = re.compile(
    r"\b(?:block|reject|veto|oppos|withdr[ae]w|cancel|stall|refus|postpon|delay|den[iy]|overturn|revok|suspend)\w*\s+"
    r"(?:\w+\s+){0,3}?(?:appointment|nomination|promotion|installation)\s+of\s+(?:\S+\s+){0,5}?$",
    re.IGNORECASE,
)

# "X will replace Y as the new head of ...", "X succeeded Y as ...": the post is X's from then on.
_REPLACES_AS = re.compile(
    # (or in a relative clause: "Arkady Tolmachev, who replaced Lapshin as head of the Russian delegation")
    r"^,?\s+(?:who\s+(?:has\s+|had\s+)?)?(?:(?:will|would|is\s+to|is\s+set\s+to|was\s+set\s+to)\s+)?"
    r"(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)"
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}as\s+(?:the\s+|a\s+|an\s+|its\s+|new\s+)*(?P<role>[^,.;:()\"“”]{3,90})"
)

# "X, who took over as Armenia's chief negotiator this month", "X, who became head of the delegation": a post taken,
# the person's from then on (never a record, "became the first negotiator to resign": no post)
_TOOK_POST = re.compile(
    r"^,?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?:took\s+over|taken\s+over|takes\s+over|became|become|becomes)\s+"
    r"(?:as\s+)?(?!(?:the\s+|a\s+)?(?:first|last|only|second|third|youngest|oldest|latest)\b)"
    r"(?:the\s+|a\s+|an\s+|its\s+|new\s+)*(?P<role>[^,.;:()\"“”]{3,90})"
)


# a title the sentence calls past, right before the name: "former Defense Minister Rustem Umerov"
_FORMER_TITLE = re.compile(r"\b(?:former|ex|onetime|erstwhile)\b[^,;()]{0,80}$", re.IGNORECASE)


def _appointed_role(sentence: str, start: int, end: int) -> str | None:
    """'Zelensky appointed Olena Vasko as Secretary of the Harbour Council' -> 'Secretary of the Harbour Council'
    (and "X was named as ...", "X, appointed as ...", "X will replace Y as ...", "X, who took over as ..."): the post
    given, when its head is a role word."""
    match = _AS_ROLE.match(sentence[end:]) or _REPLACES_AS.match(sentence[end:]) or _TOOK_POST.match(sentence[end:])
    if not match:
        return None
    before = sentence[max(0, start - APPOINTING_LOOKBACK_CHARS) : start]
    after = sentence[end : end + match.start("role")]
    replaces = match.re is _REPLACES_AS or match.re is _TOOK_POST
    if (
        not replaces
        and not _APPOINTING.search(before + " " + after)
        and not _APPOINTING.search(sentence[end : end + 40])
    ):
        return None
    if _POST_REFUSED.search(before):
        return None  # "parliament blocked the appointment of X as defence minister": no post taken
    # the post ends where the sentence goes on ("..., replacing X", "... on Monday"); "and" inside a name stays
    # "... as chief negotiator and Lia Moss as deputy": the first post only
    role = re.split(r"\s+and\s+[^,]*?\s+as\s", match.group("role"))[0]
    cut = re.split(_POST_ENDS, role)
    # (a post "to" a body goes on past "to": "liaison to the monitoring commission", "envoy to the talks")
    if len(cut) > 1 and re.search(rf"\b(?:{'|'.join(_POSTS_TO)})$", cut[0]):
        rest = role[len(cut[0]) :]
        if rest.lstrip().startswith("to "):
            body = re.split(_RELATIVE_AFTER, re.split(_POST_ENDS, rest[rest.index("to ") + 3 :])[0])[0]
            if not parties_in(body):  # ("envoy to the United States" is sent to a side, not of it: the post ends)
                cut = [f"{cut[0]} to {body}"]
    role = cut[0].strip()
    head = re.split(r"\s(?:of|for|to|with|at)\s", role, maxsplit=1)[0].split()
    if not head or not _is_head(head[-1].lower()):
        return None
    return role


# Names transliterated from Cyrillic come in several spellings (Umerov/Umierov, Hnatov/Gnatov, Zelensky/
# Zelenskyy, Medinsky/Medinskiy, Andriy/Andrey): these rewrites map the usual variants onto one spelling, which
# the merge gates and the question lookup compare besides the names as written. Order matters: digraphs first.
_TRANSLITERATION = (
    ("kh", "h"), ("zh", "j"), ("tch", "ch"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("w", "v"),
    ("g", "h"), ("iy", "i"), ("yy", "i"), ("ij", "i"), ("ii", "i"), ("ie", "e"), ("y", "i"), ("j", "i"),
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def transliteration_key(name: str) -> str:
    """'Umierov' and 'Umerov' -> 'umerov'; 'Hnatov' and 'Gnatov' -> 'hnatov'; accents dropped ('Erdoğan')."""
    key = fold(name)
    for old, new in _TRANSLITERATION:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def _ratio(a: str, b: str) -> float:
    """The closer of the spellings as written and as transliteration keys."""
    return max(
        fuzz.ratio(a, b, processor=utils.default_process), fuzz.ratio(transliteration_key(a), transliteration_key(b))
    )


@functools.lru_cache(maxsize=16384)  # far fewer surnames than names: most names compared share theirs with many
def _surnames_close(a: str, b: str) -> bool:
    """The surname gate of ``same_person``."""
    return _ratio(a, b) >= SURNAME_MERGE_CUTOFF


@functools.lru_cache(maxsize=16384)  # the registry compares a name with everyone in its bucket, again and again
def same_person(a: str, b: str) -> bool:
    """Both gates: the full names are close and so are the surnames (as written, or as transliterations)."""
    if not _surnames_close(surname_of(a), surname_of(b)):
        return False
    if len(a.split()) == 1 or len(b.split()) == 1:
        return True
    first_a, first_b = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
    if len(first_a) <= 2 or len(first_b) <= 2:  # initials: "J.D. Vance" / "JD Vance"
        return first_a.replace(".", "")[:1].lower() == first_b.replace(".", "")[:1].lower()
    whole = max(
        fuzz.WRatio(a, b, processor=utils.default_process),
        fuzz.WRatio(transliteration_key(a), transliteration_key(b)),
    )
    return whole >= FULL_NAME_MERGE_CUTOFF
