"""What a question names and asks for: its content words, the people, parties and places it names, the date
it is about, the kind of answer it wants ("when", "where", "how many") and any ordinal ("the second round").

Named things are constraints (an answer must involve them); content words are ranked by BM25 with their
lexicon family; question words ("when", "did", "happen") are neither.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from knowledge.acronyms import NOT_INITIALS, initials
from knowledge.actors import ALIAS_TO_PARTY, PARTY_ALIASES, PLACE_ALIASES, parties_in, party_of
from knowledge.answering.question_dates import DateFilter, date_filter, without_dates
from knowledge.answering.router import ParsedQuestion, without_contractions
from knowledge.answering.subjects import yes_no_verb
from knowledge.countries import CAPITALS
from knowledge.extract.people import ROLE_HEADS, ROLE_MODIFIERS, strip_possessive
from knowledge.lexicon import (
    HELD_PEOPLE_PLACES,
    HELD_PEOPLE_STATE,
    RELATED_WEIGHT,
    derived,
    family,
    holds_people,
    names_people,
    opposite,
    related,
    without_phrasal_verbs,
)
from knowledge.matching import PeopleLookup, parties_in_question
from knowledge.models import Intent, Person
from knowledge.roles import expand_abbreviations
from knowledge.text import IRREGULAR_VERBS, STOPWORDS, fold, index_words, stem, stems, strip_diacritics, terms, words
from knowledge.vocabulary import (
    ADVERBS,
    AUXILIARIES,
    COGNITION_VERBS,
    COUNT_NOUNS,
    COUNT_WORDS,
    CURRENCY_SIGNS,
    DEMAND_CUE,
    EVENT_NOUNS,
    FILLER_WORDS,
    GENERIC_MODIFIERS,
    GERUND_VERBS,
    JUDGEMENT_WORDS,
    LOCATIVES,
    MEASURES,
    MEDIA_WORDS,
    MONTHS,
    MOVING,
    MOVING_VERBS,
    NEWEST_FIGURE_WORDS,
    NOUN_PHRASE_OPENERS,
    ORDINALS,
    PLACE_SPELLINGS,
    POSITION_CUE,
    PREPOSITIONS,
    QUESTION_WORDS,
    RECENCY_WORDS,
    ROLE_ABBREVIATIONS,
    SMALL_NUMBERS,
    STAGE_MODIFIERS,
    STATE_WORDS,
    UNIT_ABBREVIATIONS,
    VIEW_WORDS,
    WEEKDAYS,
)

# "what did Trump call Putin?": the words one person used for another (naming, never a phone call)
# "Modi Putin meetings count?": a fragment asking the number, the noun before "count" ("do the talks count?" asks yes
# or no); one pattern for the question's kind and for what it counts
_COUNT_AFTER = re.compile(rf"^(?!\s*(?i:{AUXILIARIES})\b).*\b([a-z]+s)\s+count\s*[?!.]*$")
# "civilians freed in the swap, how many?": the count asked after what it counts, the last plural noun of the
# words the fragment opens with, before a verb in "-ed", a preposition or the comma ("paris talks, how many?": the
# talks; "russian prisoners freed, how many?": the prisoners); never after an auxiliary ("does russia hold ...")
_HOW_MANY_AFTER = re.compile(r"^(?P<phrase>[^,;:–—?]*?)(?:[,;:–—-]\s*|\s+)how\s+many\s*[?!.]*\s*$", re.I)
_PHRASE_ENDS = re.compile(r"\s(?:[a-z]+ed|in|on|at|of|for|from|to|by|with|during|since|among|after|before)\b.*$", re.I)
_AUXILIARY_OPENING = re.compile(rf"^\s*(?:{AUXILIARIES})\b", re.I)


def _counted_before_how_many(text: str) -> str | None:
    """``_HOW_MANY_AFTER``'s noun: the last plural of the opening noun phrase."""
    found = _HOW_MANY_AFTER.match(text)
    if found is None or _AUXILIARY_OPENING.match(found.group("phrase")):
        return None
    phrase = _PHRASE_ENDS.sub("", found.group("phrase"))
    plurals = [
        w for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) > 3 and w.endswith("s") and not w.endswith("ss")
    ]
    plurals = [w for w in plurals if w not in STOPWORDS]
    return plurals[-1] if plurals else None


_WHAT_CALLED = re.compile(  # (the thing named in up to five words: "call the American truce offer"; a phone call
    # is "call Putin about/with/to ...", the preposition right after whom)
    r"^\s*what\s+(?:did|does|has|have|had)\s+\S+(?:\s+\S+)?\s+call\s+(?!(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?\s+(?:about|with|to)\b)\S+"
    r"(?:\s+\S+){0,4}"
    r"\s*[?!.]*\s*$",
    re.I,
)
# A question asking who made up a team: answered by a sentence naming its members, never by one naming the team.
MEMBERS_ASKED = re.compile(
    r"^\s*(?:(?:who\s+(?:are|were)\s+)?the\s+)?members?\s+of\b|\bwho(?:['’]s|\s+(?:was|were|is|are|will\s+be|served|sat))\s+(?:on|in|with|part\s+of)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}(?:delegation|team|side|group)\b|\bwho\s+sat\s+in\s+on\b|"  # ("ukraine's abu dhabi team")
    r"\b(?:delegation|team|side)\s+members\b|"  # "Abu Dhabi Ukrainian delegation members"
    r"\b(?:delegation|team|delegates)\b[^?]*\b(?:members|line-?up|make-?up)\s*[?.!]*\s*$|"  # "team Oslo talks members"
    r"^\s*(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:delegation|team|negotiating\s+team|delegates)\s*"
    r"(?:(?:in|at|for|to|of)\b[^?]*)?[?.!]*\s*$",
    re.I,
)
# Money verbs in every form a question uses ("how much is Norway paying?", "how much did they spend?"), written out
# so that the words asking for an amount are known as such (``_KIND_LITERALS``)
_MONEY_VERBS = "|".join(
    "cost costs costing spend spends spending spent pay pays paying paid allocate allocates allocated allocating "
    "raise raises raised raising pledge pledges pledged pledging lend lends lending lent lose loses losing lost "
    "earn earns earned earning save saves saved saving owe owes owed owing".split()
)
_GIVING_VERBS = "give|gives|giving|gave|given|provide|provides|provided|providing"  # money given ("how much aid ...")
# "when did the talks begin?" asks for the first date of the talks; "end" for the last.
# What an event came to, asked: "the outcome of the summit", "how did the talks end?", "what was agreed?"
OUTCOME_CUE = re.compile(
    r"\b(?:outcome|upshot|results?\s+of)\b|\bhow\s+did\b.{2,60}?\b(?:end|go|turn\s+out)\b|\bwhat\s+came\s+(?:out\s+)?of\b|"
    r"\bwhat\s+(?:was|were|has\s+been|have\s+been|did\s+they|did\s+the\s+\w+)\s+(?:agreed?|decided?|achieved?)\b|"
    # (... whoever agreed it: "what did Trump and Putin agree at the summit?")
    r"\bwhat\s+did\s+(?:[\w'’-]+\s+){1,4}?(?:agree|decide|achieve)\s+(?:at|in|during|after|on)\b",
    re.I,
)
# A question asked in the past: "when did the swap take place?", "where was the round held?"
PAST_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.I)
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "how soon could they vote?" is answered by a span ("within 60 days") as "how long" is
    (
        "how long",
        re.compile(
            r"\bhow (?:long|soon|quickly)\b|\bfor how many (?:hours|days|minutes)\b|\bduration\b|\blength\b|"
            r"\btimeframe\b|\btime[- ]frame\b",  # ("vote timeframe?": "within 60 to 90 days")
            re.I,
        ),
    ),
    # an amount of money: "how much money", "how much will it cost", "what sum was pledged"
    (
        "amount",
        re.compile(
            r"\bhow\s+much\s+(?:money|funding|cash|aid|financing)\b(?:.{0,60}?\b(?:"
            + _MONEY_VERBS
            + "|"
            + _GIVING_VERBS
            + r")\b)?|"
            r"\b(?:what|which)\s+(?:amount|sum)\b|"
            r"\bhow\s+much\s+(?:did|does|do|will|would|has|have|had|is|was|are|were|should|could|can)\b"
            r"(?!\s+\w+\s+(?:time|territory|land)\b).{0,60}?\b(?:worth|loan|loans|budget|" + _MONEY_VERBS + r")\b",
            # (money lost or earned: "how much does Kyiv lose each month?"; never time or land)
            re.I,
        ),
    ),
    # ... or its price or worth asked with a noun: "the cost of the package?", "plan cost?" (not "value": "the value
    # of NATO membership" asks no sum)
    (
        "amount",
        # (never a who-question: "who thinks he was sent to find out what a deal would cost?" asks for a person)
        re.compile(
            r"^(?!\s*(?:who|whom|whose)\b).*?(?:\b(?:cost|price|worth)\s+of\b|\b(?:cost|price|worth)\s*[?.!]*\s*$)",
            re.I,
        ),
    ),
    # a count, or a measure ("how cold was it", "how far", "the loan's size?"): a number answers
    (
        "how many",
        re.compile(
            r"\bhow (?:many|much)\b|\bwhat (?:number|share|percentage)\b|"
            r"^\s*(?:the\s+|a\s+)?(?:total\s+)?number\s+of\b|"  # "number of nations at the Paris gathering"
            # "latest death toll": a count (never "why did the death toll rise?", "who gave the death toll?")
            # (a lookahead: only "toll" asks for the kind, "death" stays a word naming what is counted)
            r"^(?!\s*(?:who|whom|whose|when|where|why|which)\b)(?=.*\b(?:death|casualty|civilian|human|humanitarian)"
            r"\s+tolls?\b)|"
            # "latest number of names Russia will verify", "current figure for ...": a count asked for as it stands
            rf"\b(?:{NEWEST_FIGURE_WORDS})\s+(?:{COUNT_NOUNS})\s+(?:of|for)\b|"
            # (or after the thing, ending a question no who/when/where/why/which opens: "refugees going home - current
            # figure?"; never with words between, "latest aid convoy figure?", which leaves open what it counts, nor
            # "who gave the latest figure?")
            rf"^(?!\s*(?:who|whom|whose|when|where|why|which)\b).*\b(?:{NEWEST_FIGURE_WORDS})\s+(?:{COUNT_NOUNS})"
            r"\s*[?.!]*\s*$|"
            rf"{_COUNT_AFTER.pattern}|"
            r"^(?!\s*(?:is|are|was|were|did|does|do|will|would|has|have|can|could)\b).*\bsize\b|"
            rf"\bhow\s+(?:{'|'.join(sorted(MEASURES - {'long', 'soon', 'quickly'}))})\b",
            re.I,
        ),
    ),
    # years asked for by name: "which years does the commitment cover?" is answered by "for 2026 and 2027", not by
    # "for the next two years"
    ("years", re.compile(r"\b(?:which|what)\s+years\b", re.I)),
    # a time of day: "what time did the sirens sound?", answered by "around 5 p.m.", not by a date
    (
        "clock",
        re.compile(
            r"\b(?:what|which)\s+time\b(?!\s+(?:of\s+(?:the\s+)?)?(?:year|month|week|frame|limit|line|zone|table))|"
            r"\bwhat\s+hour\b",
            re.I,
        ),
    ),
    (
        "when",
        # ("date 14 prisoners freed belarus": a fragment opening with what it asks)
        re.compile(
            r"^\s*(?:when|(?:on\s+|by\s+)?(?:what|which)\s+(?:date|day)|(?:the\s+)?dates?(?=\s+(?:of\s+|for\s+)?\w))\b|"
            r"\bwhen (?:was|were|did)\b",
            re.I,
        ),
    ),
    (
        "where",
        re.compile(
            # ("in which building are they meeting?", "at what hotel ...": a kind of place asked for)
            r"^\s*where\b|\bwhere (?:was|were|did|is|are|will)\b|"
            r"\b(?:in|at) (?:which|what) (?:city|country|town|building|hotel|palace|venue)\b|"
            # ("which town near Miami hosted ...?")
            r"^\s*(?:which|what)\s+(?:city|town|venue|location|capital|building|hotel)\b|"
            r"^[^?]*\bwhere\s*[?.!]*\s*$|"  # "Kesk Varo meeting where?"
            # "Umerov Witkoff talks venue?", "what was the venue?" (never "who called it an inelegant venue?")
            r"^(?!\s*(?:who|whom|whose|why|how|did|does|do|is|was|were|will)\b)(?!.*\b(?:say|said|says|tell|told)\b)"
            # (... or "city", "town", "place" right after an event's noun: "Kesk Varo meeting city?"; never "remain in
            # place", "in Cape Town")
            rf"(?:[^?]*\b(?:venue|location|(?:{EVENT_NOUNS})\s+(?:city|town|place))\s*[?.!]*\s*$|"
            r"\s*(?:the\s+|what\s+(?:is|was)\s+the\s+)?(?:venue|location)\s+(?:of|for)\b)",
            re.I,
        ),
    ),
    (
        "who",
        re.compile(
            r"^\s*who\b|\b(?:which|what)\s+(?:[\w’'-]+\s+)?(?:officials?|people|leaders?|ministers?|diplomats?|"
            r"negotiators?|envoys?|spokes(?:man|woman|person)|representatives?|delegates?|generals?|commanders?|"
            r"officers?|aides?|advisers?|advisors?)\b|"
            # who made up a side's team: "members of Kyiv's delegation", "Ukraine's delegation in Berlin?"
            rf"{MEMBERS_ASKED.pattern}",
            re.I,
        ),
    ),
    # "which companies were sanctioned?": a sentence naming some answers (names the question does not give)
    (
        "names",
        re.compile(
            # (never across an auxiliary: "what did the State Department say?" asks what it said, not for a name)
            r"^\s*(?:which|what)\s+(?:(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)\w+\s+){0,2}?"
            r"(?:company|companies|firm|firms|bank|banks|country|countries|nation|"
            r"nations|city|cities|town|towns|region|regions|organization|organizations|organisation|organisations|"
            r"group|groups|outlet|outlets|newspaper|newspapers|media|agency|agencies|ministry|ministries|"
            r"institution|institutions|state|states)\b",
            re.I,
        ),
    ),
    (
        "why",
        re.compile(
            r"^\s*why\b|\breasons?\b|\bmotives?\b|\bmotivations?\b|\brationale\b|\bjustification\b|"
            r"^\s*what\s+(?:held\s+up|caused|led\s+to|delayed|stalled|set\s+off|sparked|triggered|prompted)\b",
            re.I,
        ),
    ),
    # what an event came to: "the outcome of the summit", "how did the talks end?", "what came of the call?"
    ("outcome", OUTCOME_CUE),
    # where a planned thing stands: "the meeting's status?", "is the summit still on?"
    ("status", re.compile(r"\bstatus\b|\bstill\s+on\s*[?.!]*$|\bgoing\s+ahead\s*[?.!]*$", re.I)),
    # the terms on which a side would act: "Kyiv's condition for halting strikes", "on what terms would they sign"
    (
        "condition",
        re.compile(
            r"\b(?:conditions?|preconditions?)\s+(?:for|of|to|on)\b|\b(?:under|on)\s+what\s+(?:conditions?|terms)\b|"
            r"\bin\s+exchange\s+for\s+what\b",
            re.I,
        ),
    ),
    (
        "said",
        re.compile(
            r"\bwhat (?:did|does|has|have) .{2,40}? "
            r"(?:say|said|tell|told|write|wrote|think|stress|emphasi[sz]e|warn)\b|"
            # ... and asked for as a thing: "tell me what Zakharova said about ...", "what Putin claimed ..."
            r"^\s*(?:(?:tell|show|give)\s+me\s+)?what\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+"
            r"(?:said|says|claimed|claims|told|wrote|thinks|thought|stressed|warned|argued)\b|"
            # a question asked of someone's words: "According to Peskov, what is ...?", "..., per Sikorski?"
            # (a name: "according to the plan" asks what the plan says)
            r"^\s*according\s+to\s+(?-i:[A-Z])[\w’'-]+(?:\s+[\w’'-]+)?\s*,|"
            r",\s*(?:according\s+to|per)\s+(?!the\b|a\b|its\b)[\w’'-]+(?:\s+[\w’'-]+)?\s*[?.!]*\s*$|"
            rf"{_WHAT_CALLED.pattern}|"
            # how someone met what another did: "how did Kesk react to Varo's offer?" asks for Kesk's words on it
            r"\bhow\s+(?:did|does|do|has|have|had|would|will)\s+.{2,40}?\s+(?:react|respond|reply)\s+to\b|"
            # a fragment asking for someone's view: "Lavrov Vatican view?", "Kesk's take on the accord"
            # (never a yes/no question: "did the Vatican comment on hosting talks?" asks whether it did)
            r"^(?!\s*(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could)\b).*?"
            rf"\b(?:{'|'.join(sorted(VIEW_WORDS))})\s*(?:(?:on|to|about|of|for)\b.*)?[?.!]*\s*$|"
            # ... and someone's own judgement ("Medinsky's assessment of Geneva", "Zelensky's verdict on the round"),
            # never a thing's ("the trial verdict", "the damage assessment")
            rf"['’]s\s+(?:\w+\s+)?(?:{'|'.join(sorted(JUDGEMENT_WORDS))})\b",
            re.I,
        ),
    ),
    # "did Kellogg propose partitioning Ukraine?": whether someone did or said something; their own words settle it
    (
        "yes/no",
        re.compile(r"^\s*(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could)\s+(?!you\b|i\b)", re.I),
    ),
    # what a thing is for: "the purpose of the multinational force?", "what's the point of the call?" (last: "what
    # did Zelensky say about the purpose of the talks?" asks what he said; "the key points of the plan" asks no aim)
    (
        "purpose",
        re.compile(
            r"\b(?:purpose|aim|goal|objective)s?\s+(?:of|behind)\b|\bthe\s+point\s+of\s+(?!no\b)|\bpurpose\s*[?.!]*\s*$",
            re.I,
        ),
    ),
)
# "made" before a post (a few words of its name first) gives the post: "was Kesk made NSDC secretary", "made head of"
_MADE_ROLE = re.compile(
    r"\b(?:made|make|makes|making)\s+(?:(?:the|a|an|its|new)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_HEADS))
    + r")\b",
    re.I,
)
_SEEING = frozenset({"see", "sees", "saw", "seen", "seeing"})
_SEEING_WORD = re.compile(r"\b(?:see|sees|saw|seen|seeing)\s+", re.I)
# "back in 2019", "back then": a time, not a word to find ("back in Kyiv" is a return, and stays)
_BACK_THEN = re.compile(
    rf"\bback\s+(?=then\b|when\b|in\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{{4}}\b|(?:{'|'.join(MONTHS)})\b|the\s+(?:day|days)\b))",
    re.I,
)
# "in late May", "mid-June": a part of the date, no word to find ("late" is in no sentence on May)
_PART_OF_DATE = re.compile(
    rf"\b(?:early|late|mid)[\s-]+(?=(?:{'|'.join(MONTHS)})\b)", re.I
)  # (not "late last week": articles write that very phrase, "a swap conducted late last week")
_PART_PLAYED = re.compile(
    r"\b(?:role|part)\s+(?:\w+\s+){0,3}?(?:in|at|during)\s+\w|\b(?:role|part)\s+did\s+[^?]+?\bplay\b", re.I
)
# Phrases asking how a thing stands ("how much has been pledged so far?"): no words to find (``_AS_WELL``), and a
# question for the newest telling (``LATEST_ASKED``)
_AS_IT_STANDS = r"so\s+far|to\s+date|as\s+of\s+(?:now|today)|at\s+present|at\s+the\s+moment|as\s+things\s+stand"
# "did the EU approve sanctions as well?": "too"; no word to find
_AS_WELL = re.compile(rf"\b(?:as\s+well|{_AS_IT_STANDS})\b", re.I)
_GOING_TO_WORD = re.compile(r"\b(?:go|goes|going|went|gone)\s+to\s+(?:the\s+)?", re.I)
_GOING = frozenset({"go", "goes", "going", "went", "gone"})
_GOING_TO = re.compile(r"\b(?:go|goes|going|went|gone)\s+to\s+(?:the\s+)?$", re.I)
# "where is Kesk going to brief Varo?": "going to" before a verb tells the future, no going anywhere (a lower-case word
# after it, not an article: "going to the talks", "going to Tallinn" are journeys)
_GOING_TO_VERB = re.compile(r"\b[Gg]oing\s+to\s+(?!(?:the|a|an|his|her|their)\b)[a-z]")
_SIDE_AFTER = re.compile(r"^(?:['’]s)?\s+sides?\b", re.I)
_HOW_MEASURE = re.compile(rf"\bhow\s+({'|'.join(MEASURES)})\b", re.I)
# "how did Moscow characterize the call?" asks for the words Moscow used, whatever they are: the verb is no word the
# answer repeats ("a constructive discussion")
_HOW_DESCRIBED = re.compile(
    r"\bhow\s+(?:did|does|do|has|have|had|would|will|is|was|were)\b.{1,60}?\b(describ(?:e|es|ed|ing)|"
    r"characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|assess(?:es|ed|ing)?|"
    r"view(?:s|ed|ing)?|regard(?:s|ed|ing)?|react(?:s|ed|ing)?|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?|"
    r"repl(?:y|ies|ied|ying))\b",
    re.I,
)
_KIND_LITERALS = frozenset(  # the words of the patterns, less their escapes ("\\bduration" is "duration")
    w
    for kind, pattern in _KINDS
    if kind != "names"  # "which newspaper": what is named must still be a newspaper, the noun stays a word to find
    for w in re.findall(r"[a-z]{2,}", re.sub(r"\\[a-zA-Z]", " ", pattern.pattern))
)
# A capital met, joined, asked or pressed is its government ("sit down with Kyiv and Moscow", "does Washington want
# Kyiv to have ...?"); after "in/at/about" or before an event's noun ("the Moscow talks") it stays a place to find.
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:with|and|between|against|by|wants?|wanted|asks?|asked|urges?|urged|tells?|told|press(?:es|ed)?|"
    r"pressured?|pressures|helps?|helped|persuaded?|convinced?|represents?|represented|representing|"
    r"speaks?\s+for|spoke\s+for|(?:offers?|offered|proposals?|messages?|appeals?|invitations?)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACES_LISTED_BEFORE = re.compile(  # (not "offer to Moscow and Kyiv": an offer to their governments)
    r"\b(?:in|at|(?<!offer\s)(?<!offers\s)(?<!proposal\s)(?<!message\s)to|from|near|between)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:,\s+[A-Z][\w’'.-]*)*\s+and\s+$"
)
_EVENT_NOUN_AFTER = re.compile(rf"\s+(?:{EVENT_NOUNS})\b", re.I)
# An auxiliary right before a capital makes the capital the subject of the question's verb: its government acts.
_BEING_FIRST = re.compile(r"^\s*(?:is|was|are|were|isn['’]t|wasn['’]t)\s+(?:the\s+)?$", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:did|does|do|will|would|has|have|had|can|could)\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\s,;:!?\"“”()]*(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-)?[A-ZÀ-ÖØ-Þ][^\s,;:!?\"“”()]*)*"
)
TITLE_CASE_MIN_WORDS = 4  # a short question may be all names ("Putin Trump call")
TITLE_CASE_SHARE = 0.7  # capitalised words past this share of a question are a headline style, not names
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
QUESTION_WORD_CUTOFF = 85  # "wher" ~ "where" (89), "whn" ~ "when" (86); "war" is no "what" (67)
_WH_WORDS = ("what", "when", "where", "which", "who", "whom", "whose", "why")
ACRONYM = re.compile(r"[A-Z]{2,6}")  # "NSDC", "WP": the initials of a name
# "in his call with Trump", "during the Riyadh talks", "at last week's summit": the occasion a question is set in
# ("take part in the summit", "in the February talks": what is asked about, not when)
LONG_TYPED_WORD = 8  # a typed word this long may hold two slips (``Ranker.spelt_as``); a shorter one two off is another
_SETTING = re.compile(
    rf"\b(?:(?:during|at|after|before|since)\s+(?:the|his|her|their|its|this|that|last|latest|a)|"
    rf"in\s+(?:his|her|their|its))\s+(?:[\w’'-]+\s+){{0,2}}?({EVENT_NOUNS})\b|"
    # ... and the accord a thing is done under ("how many prisoners will be exchanged under the Istanbul deal?": "a
    # thousand for a thousand" answers, the deal named only by its place)
    r"\bunder\s+(?:the|their|its|this|that|a)\s+(?:[\w’'-]+\s+){0,2}?(deal|agreement|accord|arrangement|framework)\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(  # ("current number of displaced ...?": the number as it stands)
    rf"\bhow\s+many\s+([^\W\d_]+)|^\s*(?:the\s+|a\s+)?(?:(?:{NEWEST_FIGURE_WORDS}|total)\s+)?number\s+of\s+([^\W\d_]+)"
)
# ... the head of a noun phrase of lower-case words after it, up to a verb, a preposition or the end ("how many
# trilateral meetings were held", "how many russian soldiers died"); a name in it leaves the first word
_HOW_MANY_HEAD = re.compile(
    r"\b(?i:how\s+many|number\s+of)\s+((?:[a-z]+\s+){0,2}?)([a-z]+)(?=\s+(?:were|was|are|is|did|do|does|have|has|had|will|would|"
    r"can|could|should|took|take|takes|went|go|got|in|of|on|at|for|to|from|between|with|by|before|after|since|during|"
    r"[a-z]+ed)\b|\s*[?!.,]|\s*$)"
)
# "how much of the frozen assets does X hold?": the share or sum of the assets, the noun before the verb (after a
# determiner: "how much of Donbas" asks of a place, which no number need stand next to)
_HOW_MUCH_OF = re.compile(
    r"\bhow\s+much\s+(?:(?:money|cash|funding)\s+(?:in|of)\s+(?:the\s+)?|of\s+(?:the|its|their|his|her|our|this|that|these|those)\s+)(?:[^\W\d_]+\s+){0,3}?([^\W\d_]+)\s+"
    r"(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b"
)
_FUTURE_QUESTION = re.compile(
    # ("when's the decision now expected?": "when's" is "when is", and what is expected is still to come)
    r"^\s*when(?:\s+(?:will|shall|is|are)|['’]s)\b|\b(?:again|next|upcoming|"
    r"scheduled|planned|expected|going to|set\s+for|slated|due\s+(?:on|to|in)|(?:supposed|meant)\s+to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TermGroup:
    """A content word of the question and the stems that count for it, with their weights."""

    word: str
    stems: dict[str, float]  # stem -> weight: the word's own stem 1.0, its lexicon family less

    @property
    def own(self) -> str:
        return next(iter(self.stems))


@dataclass(frozen=True)
class Question:
    """A question analysed once, used by every intent."""

    text: str
    kind: str | None = None
    groups: tuple[TermGroup, ...] = ()
    people: tuple[Person, ...] = ()
    named_people: tuple[tuple[Person, ...], ...] = ()  # one group per name said: a bare surname may mean several
    parties: tuple[str, ...] = ()
    by_seat_only: tuple[str, ...] = ()  # parties named only by a capital or seat: the place is the constraint
    places: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (name as typed, its stems)
    forms: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # (name, the stems of its other written forms)
    unknown: str | None = None  # a name the articles never mention
    by_office: frozenset[int] = frozenset()  # people named only by their country's office ("the Russian leader")
    date: DateFilter = field(default_factory=DateFilter)
    ordinal: int | None = None  # 1, 2, ...; -1 the last; 0 the next
    modifiers: tuple[str, ...] = ()  # content words that modify the next one ("minerals deal"): what it is about
    counted: str | None = None  # the stem of what a "how many" question counts ("countries")
    # event nouns naming the occasion, not what is asked ("what did Putin agree to in his call with Trump?"): never
    # the telling word when the people, places or date asked about pin the occasion down
    settings: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()  # the words of its frame, folded (``frame_words``): no words to find

    @property
    def has_topic(self) -> bool:
        return bool(self.groups or self.people or self.places or self.parties)

    def forms_of(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The other written forms of a named thing ("NSDC" and the council's full name), as stems."""
        return next((found for named, found in self.forms if named == name), ())

    def without_groups(self, words: frozenset[str]) -> Question:
        """The same question with some content words set aside (a demands question's own verbs)."""
        kept = tuple(group for group in self.groups if group.word not in words and group.own not in words)
        return replace(self, groups=kept)

    def seats_as_parties(self) -> Question:
        """The same question with a capital or seat read as its party: "where does Kyiv stand?" asks Ukraine,
        whose sentences need not name the city."""
        if not self.by_seat_only:
            return self
        seat_stems = {s for party in self.by_seat_only for s in party_stems(party)}
        places = tuple(p for p in self.places if not set(p[1]) & seat_stems and party_of(p[0]) is None)
        return replace(self, by_seat_only=(), places=places)


@functools.lru_cache(maxsize=16384)
def _alias_terms(alias: str) -> tuple[str, ...]:
    """``terms`` of a person's alias, once per process: a question naming a person folds all their aliases (bounded:
    the names are the articles' people)."""
    return tuple(terms(alias))


# Who a question leaves out, up to the end of the phrase ("without the mediator on Wednesday", "except Kesk,"):
# they are no one it asks about (the phrase's words still count as words to find)
_LEFT_OUT = re.compile(
    r"\b(?i:without|except(?:\s+for)?|excluding|apart\s+from|other\s+than)\s+[^,;?.!]*?"
    # (... over "and" or "or" before a name: "without Ramotswa and Seretse" leaves both out)
    r"(?=\s+(?i:on|in|at|for|during|before|after|when|while)\b|\s+(?i:and|or)\s+(?![A-Z])|[,;?.!]|$)"
)


def analyse(
    text: str,
    lookup: PeopleLookup,
    known_stem: Callable[[str], bool],
    *,
    command: bool = False,
    places: tuple[str, ...] = (),
    today: dt.date | None = None,
    acronyms: Callable[[str], tuple[tuple[str, ...], ...]] | None = None,
    spelt_as: Callable[[str], str] | None = None,
    role_holder: Callable[[str], Person | None] | None = None,
) -> Question:
    """Analyse a question (or a command's argument, ``command=True``) against what the articles hold; ``spelt_as``
    gives the stem the articles use for a word typed otherwise (``Ranker.spelt_as``)."""
    # (a word the lexicon knows is a word, whether or not the articles use it: "truce" over articles writing
    # "ceasefire" is no misspelt "Bruce")
    # (a person the question leaves out is none it asks about: "when did Kesk and Varo meet without the mediator?")
    left_out = " ".join(m.group() for m in _LEFT_OUT.finditer(text))
    asking = _LEFT_OUT.sub(" ", text) if left_out else text
    named_people = tuple(
        lookup.named_in_question(asking, is_word=lambda word: known_stem(stem(word)) or bool(related(stem(fold(word)))))
    )
    by_role = lookup.by_possessive_role(asking)
    if by_role:  # "Trump's envoy" names the envoy; Trump only says whose envoy he is
        owner_keys = {owner.key for _, owner, _ in by_role}
        named_people = tuple(g for g in named_people if not {p.key for p in g} <= owner_keys)
        named_people += tuple((holder,) for holder, _, _ in by_role)
    by_office = lookup.by_party_office(asking)  # "the Russian leader" names the one Russian president
    named_people += tuple((holder,) for holder, _ in by_office if not any(holder in g for g in named_people))
    # ... and "the UN envoy", "the Kremlin spokesman", the one person the articles give that role
    by_title = _role_holders(asking, role_holder) if role_holder is not None and not by_role else []
    by_title = [(holder, words) for holder, words in by_title if not any(holder in g for g in named_people)]
    named_people += tuple((holder,) for holder, _ in by_title)
    people = tuple({p.key: p for group in named_people for p in group}.values())
    person_words = {w for person in people for alias in person.aliases for w in _alias_terms(alias)}
    person_words |= {role for _, _, role in by_role}  # "envoy" in "Trump's envoy" is part of naming him
    # ... and Trump's name only says whose envoy he is: no thing to find on its own
    person_words |= {w for _, owner, _ in by_role for alias in owner.aliases for w in _alias_terms(alias)}
    person_words |= {fold(w) for _, words in by_office for w in words.split()[1:]}  # "leader", "prime minister"
    person_words |= {fold(w) for _, words in by_title for w in words.split()}  # "envoy" named him
    # ... and a person left out is no word to find ("without Ferri": the sentence says "without the mediator")
    left_people = lookup.named_in_question(left_out, is_word=lambda word: known_stem(stem(word))) if left_out else []
    person_words |= {w for group in left_people for p in group for alias in p.aliases for w in _alias_terms(alias)}
    party_names = tuple(parties_in_question(text, is_word=lambda word: known_stem(stem(word))))
    # a capital or a seat of government named is a place to find, not every sentence about its country
    # ... unless it is who acts ("how did Moscow describe the call?", "does Kyiv accept ...?"): its government
    in_text = parties_in(text)
    acting = {  # ... or whose motive, stance or demand it is ("the Kremlin's motive" is Russia's), or one met, asked or
        # pressed (below); a command's argument ("!timeline Kyiv") names the place
        party
        for s, e, party in in_text
        if _AUXILIARY_BEFORE.search(text[:s])
        or _BEING_FIRST.match(text[:s])  # "Is New Delhi neutral?", "Was Moscow ready ...?": its government
        or re.match(r"['’]s\b", text[e : e + 2])
        or re.search(r"['’]s$", text[s:e])
        or (
            not command
            and _GOVERNMENT_BEFORE.search(text[:s])
            and not _EVENT_NOUN_AFTER.match(text[e:])
            and not _PLACES_LISTED_BEFORE.search(text[:s])  # "in Parnu and Tallinn": both places
        )
    }
    seat_spans = [
        (text[s:e], p) for s, e, p in in_text if fold(strip_possessive(text[s:e])) in PLACE_ALIASES and p not in acting
    ]
    seats = [seat for seat, _ in seat_spans]
    seat_parties = {party for _, party in seat_spans}
    countries = {party for s, e, party in parties_in(text) if fold(strip_possessive(text[s:e])) not in PLACE_ALIASES}
    by_seat_only = tuple(p for p in party_names if p in seat_parties and p not in countries)
    party_words = _folded_party_aliases() | {"'s"}
    # "new" of "New Delhi": part of a capital's name (a body's several words, "Coalition of the Willing", stay words
    # to find: its party has no one-word name to find it by)
    party_words |= {w for s, e, _ in in_text if fold(text[s:e]) in PLACE_ALIASES for w in fold(text[s:e]).split()}
    # ... and of a country's ("the united states", "south africa"): a side with a one-word name to find it by
    party_words |= {
        w
        for s, e, party in in_text
        if any(" " not in alias for alias in PARTY_ALIASES.get(party, ()))
        for w in fold(strip_possessive(text[s:e])).split()
    }
    date = date_filter(text, today)
    forms: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    owners = tuple(owner for _, owner, _ in by_role if owner not in people)  # "Trump" in "Trump's envoy": no thing
    left_named = tuple(p for group in left_people for p in group if p not in people)  # ("without Ferri": no place)
    named, unknown = _named_things(
        text,
        people + owners + left_named,
        party_names,
        known_stem,
        command=command,
        places=places,
        acronyms=acronyms or (lambda _: ()),
        forms=forms,
    )
    if by_title:  # "UN" in "the UN envoy" says whose envoy he is: no place or thing to find on its own
        titled = {fold(w) for _, words in by_title for w in words.split()}
        named = [(name, place) for name, place in named if fold(name) not in titled]
        unknown = None if unknown is not None and fold(unknown) in titled else unknown
    if unknown is not None and lookup.in_question(unknown):
        unknown = None  # "Bremanne": a misspelt name of someone the articles do name
    misspelt_place = _misspelt_place(unknown, places) if unknown is not None else None
    if unknown is not None and misspelt_place is not None:  # "Istambul": Istanbul, a place the articles name
        named.append((unknown, tuple(stems(misspelt_place))))
        unknown = None
    # "jedda talks duration": a place typed in lower case one letter off is that place too (only words no article
    # uses are tried, so most questions try none)
    for word in re.findall(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", text):
        if word not in STOPWORDS and not known_stem(stem(word)) and not any(word == name for name, _ in named):
            place = _misspelt_place(word, places)
            if place is not None:
                named.append((word, tuple(stems(place))))
    misspelt_thing = _misspelt_thing(unknown, spelt_as) if unknown is not None and spelt_as is not None else None
    if unknown is not None and misspelt_thing is not None:  # "Zaporizhia": the plant the articles spell Zaporizhzhia
        named.append((unknown, (misspelt_thing,)))
        unknown = None
    misspelt_party = _misspelt_party(unknown) if unknown is not None else None
    if misspelt_party is not None:  # "the Amercian side": the American one
        unknown = None
        party_names = tuple(dict.fromkeys((*party_names, misspelt_party)))
    if forms:  # "the Washington Post" names a paper, not the US or its capital
        masked = text
        for name, _ in forms:
            masked = re.sub(re.escape(name), " ", masked, flags=re.I)
        left = set(parties_in_question(masked, is_word=lambda word: known_stem(stem(word))))
        party_names = tuple(p for p in party_names if p in left)
        by_seat_only = tuple(p for p in by_seat_only if p in left)
        seats = [seat for seat in seats if re.search(rf"\b{re.escape(seat)}\b", masked)]
    acting_seats = {fold(strip_possessive(text[s:e])) for s, e, p in in_text if p in acting}
    acting_stems = [set(stems(seat)) for seat in acting_seats]
    # (... and a place that is part of its name is no other place: "Delhi" in "does New Delhi support ...?")
    named = [
        (name, place)
        for name, place in named
        if fold(name) not in acting_seats and not any(set(place) <= seat for seat in acting_stems)
    ]
    for seat in seats:
        if (seat, tuple(stems(seat))) in named:
            continue  # read as a place already
        variant = PLACE_SPELLINGS.get(fold(strip_possessive(seat)))  # "Kiev" over articles writing "Kyiv"
        if all(known_stem(s) for s in stems(seat)) or (variant and all(known_stem(s) for s in stems(variant))):
            named.append((seat, tuple(stems(seat))))
        elif unknown is None and (
            command
            or re.search(rf"\b(?:{'|'.join(LOCATIVES)})\s+(?:the\s+)?{re.escape(seat)}", text, re.I)  # "in Ankara"
            or not _party_named(ALIAS_TO_PARTY[fold(strip_possessive(seat))], known_stem)
        ):
            unknown = seat  # "!timeline Ankara" over articles that never name it
        # (... but "what does the draft ask of Washington?" over articles that write "the US" asks the US: a seat the
        # articles never name stands for its country, when they name that)
    # a place spelt one way in the question and another in the articles ("Kiev", "Kyiv") is found under both
    for name, _ in named:
        variant = PLACE_SPELLINGS.get(fold(strip_possessive(name)))
        if variant is not None and not any(found == name for found, _ in forms):
            forms.append((name, (tuple(stems(variant)),)))
    # Content words only: the names of people, parties and places are constraints (``ranking``), not words to
    # weigh twice; question words, dates and ordinals say what is asked, not what about.
    place_stems = {s for _, place in named for s in place}
    measured = {fold(m.group(1)) for m in _HOW_MEASURE.finditer(text)}
    measured |= {fold(m.group(1)) for m in _HOW_DESCRIBED.finditer(text)}
    spelt = question_word_spelt(text, known_stem)
    # (a kind's cue before a date: "Witkoff Umerov meeting place Nov 30?" asks where, as without the date)
    kind = question_kind(spelt) or question_kind(without_dates(spelt))
    if kind is None and _person_on_topic(text, people):
        kind = "said"  # "Ozola on the four-tonne gap": what she said on it, the newsroom's shorthand
    if kind == "said":  # "Lavrov Vatican view?": what he said, in any words
        measured |= VIEW_WORDS | JUDGEMENT_WORDS
    if people and _THEIR_WORDS.search(text):
        # "when did Zakharova make her comments on the sanctions?": her words are what she said (the speaker is
        # matched, as for "say"), never the word "comments", which the article may not use
        measured |= _SPOKEN_NOUNS
    if _PART_PLAYED.search(text):  # "what role did Rubio play in the preparations?": what he did there, in any words
        measured |= {"role", "roles", "part", "play", "plays", "played", "playing"}
    if MEMBERS_ASKED.search(text):  # "who were the members of X's team?": a sentence listing them, never "members"
        measured |= {"member", "members"}
    if kind == "purpose":  # "the point of the call?": what it was for ("was to align ..."), never the word "point"
        measured |= {"point", "points"}  # (its "purpose", "aim" find "goals" and "aimed to" in the lexicon)
    # "Kyiv's side", "the Russian side": the party itself, no word to find
    if any(_SIDE_AFTER.match(text[e:]) or re.search(r"\bsides?$", text[s:e], re.I) for s, e, _ in in_text):
        measured |= {"side", "sides"}
    groups: list[TermGroup] = []
    # "is Kesk going to Tallinn?": going to a place the question names is travelling there, never "going to meet"
    going = [m.end() for m in _GOING_TO_WORD.finditer(text)]  # (most questions go nowhere: no place is tried)
    to_place = any(fold(text[at:]).lstrip().startswith(fold(name)) for at in going for name, _ in named) or any(
        _GOING_TO.search(text[:start]) for start, _, _ in in_text
    )
    future = _GOING_TO_VERB.search(text) is not None
    made_role = bool(_MADE_ROLE.search(text))
    # "when had Kesk last seen Varo?": seeing a person is meeting them
    seeing = [m.end() for m in _SEEING_WORD.finditer(text)]  # (most questions see nobody: no alias is tried)
    seen_person = (
        any(
            fold(text[at:]).lstrip().startswith(fold(alias))
            for at in seeing
            for person in people
            for alias in person.aliases
        )
        or any(  # ... and so is seeing one named by their office ("seen the Russian leader")
            fold(text[at:]).lstrip().removeprefix("the ").startswith(fold(words))
            for at in seeing
            for _, words in by_office
        )
    )
    naming_call = bool(_WHAT_CALLED.match(text))
    # "angry at The Times": a capitalised outlet's name past the first word is a word to find, whatever else it is
    outlets = {fold(m.group()) for m in _CAPITALISED_WORD.finditer(text, 1)} & MEDIA_WORDS
    for word in index_words(
        without_contractions(
            without_phrasal_verbs(
                expand_abbreviations(_AS_WELL.sub("", _PART_OF_DATE.sub("", _BACK_THEN.sub("", text))))
            )
        )
    ):
        word = UNIT_ABBREVIATIONS.get(word, word)
        if to_place and word in _GOING:
            word = "travel"
        elif word == "going" and future:
            continue
        if seen_person and word in _SEEING:
            word = "met"
        if made_role and word in ("made", "make", "makes", "making"):
            word = "appointed"  # "when was Kesk made NSDC secretary?": when was he appointed
        if (
            (word in QUESTION_WORDS and word not in outlets)
            or word in measured  # "how big is the loan?" asks for a figure, not for "big"
            or word in COGNITION_VERBS  # "does Kesk think ...?" asks what Kesk says, in any words
            # "the current number of displaced ...?", "how many are displaced now?" ask for the newest count
            # (``LATEST_ASKED``), which an article seldom calls "current" or tells "now": a word to find, rare as it
            # is, would make the one sentence using it ("current positions") the answer
            or word in RECENCY_WORDS
            or (word in _NOW_WORDS and kind in ("how many", "amount"))
            or (_misspelt_question_word(word) and not known_stem(stem(word)))  # "wheat" is a word, "wher" is not
            or (
                _MANNER_ADVERB.fullmatch(word) is not None and not known_stem(stem(word))
            )  # "physically": how, not what
            or word in person_words
            or (word.endswith("s") and word[:-1] in person_words)  # "Zelenskys team": a possessive without "'"
            or _misspelt_name(word, person_words, known_stem)  # "Lavorv": the name it stands for is read already
            or _is_date_word(word, weekdays=False)
            or word in ORDINALS
        ):
            continue
        own = stem(word)
        if not own or own in STOPWORDS or own in place_stems or word in party_words:
            continue
        kin = related(own) | derived(own) | (opposite(own) if kind == "yes/no" else frozenset())  # "succeed?": "failed"
        if own == "hold" and holds_people(text):  # "how many are still held?": "13 Armenians in Azerbaijani custody"
            kin = kin | HELD_PEOPLE_STATE
        # "fishermen in Indian jails?": "India still holds 172"
        if word.lower() in HELD_PEOPLE_PLACES and names_people(text):
            kin = kin | {"hold", "detain"}
        if own == "call" and naming_call:  # "what did Trump call Putin?": naming him ("calling him ..."), no phone
            kin = frozenset()
        groups.append(TermGroup(word, {own: 1.0} | {other: RELATED_WEIGHT for other in kin}))
    if not groups and (people or named) and _BEING_IN_PLACE.match(text):
        # "when was Putin last in the United States?": being somewhere is going there ("traveled to New York",
        # "set foot on US soil"), the act its sentence tells
        own = stem("visit")
        groups.append(TermGroup("visit", {own: 1.0} | {other: RELATED_WEIGHT for other in related(own)}))
    group_words = {group.word for group in groups}
    counted = _counted(text)
    if counted is not None and spelt_as is not None and not known_stem(counted):
        # "how many prisnors ...?": the prisoners the articles count (a long word only: a short one no article uses
        # is as often a real word, "parts" of a "three-part system", as a slip)
        typed = next((g.word for g in groups if g.own == counted), None)
        counted = spelt_as(typed) if typed and len(typed) >= LONG_TYPED_WORD else counted
    named_places = {s for place in places for s in stems(place)} if counted else set()
    pinned = bool(people or named or party_names or date.month or date.day or date.year)
    settings = (
        frozenset(fold(m.group(1) or m.group(2)) for m in _SETTING.finditer(text)) & group_words
        if pinned
        else frozenset()
    )
    if naming_call:  # "what did Zelensky call the truce offer?": "call" asks for the name given, the offer tells
        settings |= {g.word for g in groups if g.own == "call"}
    return Question(
        text=text,
        frames=frame_words(text),
        modifiers=_modifiers(text, group_words),
        counted=counted if counted not in place_stems | named_places else None,  # "how much of the Donbas"
        kind=kind,
        groups=tuple(_unique(groups)),
        people=people,
        named_people=named_people,
        parties=party_names,
        by_seat_only=by_seat_only,
        places=tuple(named),
        forms=tuple(forms),
        unknown=unknown,
        # (and by a role one person holds: "Ukraine's chief negotiator" names them by no name either)
        by_office=frozenset(holder.key for holder, _ in by_office) | frozenset(holder.key for holder, _ in by_title),
        date=date,
        ordinal=ordinal_in(text),
        settings=settings,
    )


def _party_named(party: str, known_stem: Callable[[str], bool]) -> bool:
    """Whether the articles name a party by any of its names that is not a place ("US", "American")."""
    return any(
        bool(found) and all(known_stem(s) for s in found)
        for alias in PARTY_ALIASES.get(party, ())
        if alias not in PLACE_ALIASES and (found := stems(alias))
    )


# "the UN envoy", "the Kremlin spokesman", "the mediator": a role after "the", up to three words before its title
# word (a party, a body, "special"); titles any number of people hold ("analyst") name no one, nor does a plural
# ("the negotiators agreed")
_ROLE_NAMING = re.compile(
    # (or a side's: "Brazil's foreign minister", the side's words kept with the role)
    r"(?:\bthe\s+|(?=(?-i:[A-Z])[\w-]*['’]s\s))(?P<role>(?:[\w’'.-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(
            ROLE_HEADS
            - {"official", "diplomat", "analyst", "expert", "journalist", "correspondent", "negotiators", "spokesmen"}
        )
    )
    + r"))\b(?![’'-])",
    re.IGNORECASE,
)


def _role_holders(text: str, role_holder: Callable[[str], Person | None]) -> list[tuple[Person, str]]:
    """The people a question names by a role only one person holds in the articles, each with the role's words."""
    found = []
    for match in _ROLE_NAMING.finditer(text):
        holder = role_holder(match.group("role"))
        if holder is not None:
            found.append((holder, match.group("role")))
    return found


def _misspelt_name(word: str, person_words: set[str], known_stem: Callable[[str], bool]) -> bool:
    """A word the articles never use that is a typo of a name the question was read to give ("Lavorv" for Lavrov): the
    person is already a constraint, the typo no word to find."""
    return (
        len(word) >= MIN_NAME_TYPO
        and not known_stem(stem(word))
        and any(fuzz.ratio(word, name) >= NAME_TYPO_CUTOFF for name in person_words if len(name) >= MIN_NAME_TYPO)
    )


# An adverb of manner or time made from an adjective ("physically", "originally", "secretly", "previously"): when no
# article uses it, it says how the asker sees the act, not what the act is, and asks nothing to find. Only these
# adjective endings before "-ly", so nouns and verbs in "-ly" ("supply", "assembly", "rally", "Italy") stay words.
_MANNER_ADVERB = re.compile(r"[a-z]{3,}(?:al|ent|ant|ive|ous|ful|less|ate|ed|ing|est|ct|ar|et|ib|ab|ic|ue|re|te)ly")


def question_word_spelt(text: str, known_stem: Callable[[str], bool]) -> str:
    """The question with its first word, a question word typed wrong ("whre did ..."), written as the one it stands
    for: its kind is read from that word ("wheat" is a word the articles use, and stays)."""
    first = re.match(r"\s*([A-Za-z][a-z]{1,4})\b", text)  # (a phone capitalises it: "Whre did ...")
    word = first.group(1).lower() if first is not None else ""
    if first is None or not _misspelt_question_word(word) or known_stem(stem(word)):
        return text
    if word in STOPWORDS or word in QUESTION_WORDS:
        return text  # ("were": a word, not a typo)
    asked = ("how",) if word[:1] == "h" else _WH_WORDS
    meant = min(asked, key=lambda asking: (OSA.distance(word, asking), -fuzz.ratio(word, asking)))
    return text[: first.start(1)] + meant + text[first.end(1) :]


def _misspelt_question_word(word: str) -> bool:
    """ "wher", "whta", "wjen", "hw": a question word typed wrong asks, it names nothing (close by letters, or with two
    of its letters swapped, or one hit on a key next to the right one; never another letter, "wien" or "wren" for
    "when": words and names)."""
    if word[:1] == "h":
        # "hw", "hiw": "how" with its "o" dropped or one key next to the right one (never another letter or word:
        # "hot", "ho"; "hwo" is as often "who")
        return word == "hw" or _next_key_slip(word, "how")
    return (
        3 <= len(word) <= 5
        and word[:1] == "w"
        and any(
            fuzz.ratio(word, asking) >= QUESTION_WORD_CUTOFF
            or (sorted(word) == sorted(asking) and OSA.distance(word, asking, score_cutoff=1) <= 1)
            or _next_key_slip(word, asking)
            for asking in _WH_WORDS
        )
    )


# The keys around each letter on a QWERTY keyboard: a letter typed for its neighbour is a slip ("wjen", "whst")
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# (the row above sits half a key left of a letter, the row below half a key right: "h" has y, u, g, j, b, n)
_NEIGHBOURS = {
    char: {
        row[j]
        for r, row in enumerate(_KEY_ROWS)
        for j in range(len(row))
        if (r == rank and abs(j - col) == 1)
        or (r == rank - 1 and j - col in (0, 1))
        or (r == rank + 1 and col - j in (0, 1))
    }
    for rank, letters in enumerate(_KEY_ROWS)
    for col, char in enumerate(letters)
}


def _next_key_slip(word: str, meant: str) -> bool:
    """Whether ``word`` is ``meant`` with one letter replaced by a key next to it."""
    if len(word) != len(meant):
        return False
    differ = [(typed, right) for typed, right in zip(word, meant, strict=True) if typed != right]
    return len(differ) == 1 and differ[0][0] in _NEIGHBOURS.get(differ[0][1], set())


# Verbs a subject takes before "to" that are nouns too ("the need", "a want"): before "to", a verb ("plan" is left
# out: "the peace plan to end the war" is a compound)
_VERBS_TAKING_TO = frozenset(
    "need needs want wants have has had hope hopes intend intends seem seems try tries agree agrees refuse refuses "
    "expect expects".split()
)


def verbs_before_to(text: str) -> frozenset[str]:
    """The question's verbs of ``_VERBS_TAKING_TO`` that stand before "to" ("need to pull back"): they frame what
    is asked, and an article saying "would be pulled back" never writes them."""
    said = words(text)
    return frozenset(w for w, after in pairwise(said) if w in _VERBS_TAKING_TO and after == "to")


def _modifiers(text: str, content: set[str]) -> tuple[str, ...]:
    """The words that name the particular thing asked about: the modifier of a compound ("the minerals deal"), and
    what a how-many question counts ("how many reactors"). A sentence about another deal, or one that counts
    something else, is no answer about this one."""
    said = words(text)
    asked_verb = (yes_no_verb(text) or "").lower()
    # the first word of a pair: a modifier names the thing ("minerals deal"); a second word unknown to the articles
    # is as often a verb or a paraphrase ("leaders decide", "cold snap") as the thing itself
    # ... only inside a noun phrase: after a determiner, a name or another modifier ("the fishing quota deal"), never
    # after a verb ("to pause strikes", "also adopt sanctions", "actually hold fire": a verb and its object)
    found: list[str] = []
    in_phrase = True  # the question's first word may open one ("grain deal date?")
    after_pair = [*said[2:], "", ""]
    for earlier, before, (first, second), third in zip(
        ["", "", *said], ["", *said], pairwise(said), after_pair, strict=False
    ):
        # (a side right after "help", "let", "make", "want" is the subject of a bare verb: "help Russia regain access")
        opened = in_phrase or (_opens_noun_phrase(before) and not (earlier in _CAUSATIVES and _names_a_side(before)))
        participle = verb_form(first) and not (first.endswith("ing") and before in NOUN_PHRASE_OPENERS)
        # ... and never a subject and its verb: "which outlet saw the draft?", "which outlet reported it?"
        verb_after = second in IRREGULAR_VERBS or (len(second) > 4 and second.endswith("ed"))
        # (nor the noun "which" asks for and its verb: "which institution holds the assets?", a verb in "-s" before
        # its object's determiner; "which oil companies did ..." is a compound)
        asked_noun = before in ("which", "what") and second.endswith("s") and third in _OBJECT_OPENERS
        # (nor a subject and a verb that takes "to": "would heavy guns need to pull back", "the leaders want to")
        verb_to = second in _VERBS_TAKING_TO and third == "to"
        compound = (
            first in content
            # (the verb a yes/no question asks about is no modifier, "does Russia want peace?", unless "the" opens
            # the subject: "did the ferry truce collapse?"; nor is one taking an act, "did Latvia keep shelling?")
            and not (first == asked_verb and before not in NOUN_PHRASE_OPENERS)
            and not (stem(first) in GERUND_STEMS and second.endswith("ing"))
            and second in content
            and second not in PREPOSITIONS  # "which town near Miami": a place, then where it is
            and second not in FILLER_WORDS  # "when is the accord due now?": "now" names no thing "due" modifies
            and opened
            and not participle
            and not verb_after
            and not asked_noun
            and not verb_to
        )
        if compound and first not in GENERIC_MODIFIERS and first not in STAGE_MODIFIERS:
            found.append(stem(first))
        in_phrase = compound
    counted = _HOW_MANY.search(fold(text))
    noun = (counted.group(1) or counted.group(2)) if counted else None
    if noun in content and stem(noun) not in CURRENCY_SIGNS:  # ("how many euros": a sum, which names no euros)
        found.append(stem(noun))
    return tuple(dict.fromkeys(found))


def _names_a_side(word: str) -> bool:
    """A side's own name ("russia", "us", "kyiv"), not the adjective of one ("russian farm exports")."""
    party = ALIAS_TO_PARTY.get(word)
    return party is not None and (fold(party) == word or word in PLACE_ALIASES or len(word) <= 3)


_OBJECT_OPENERS = frozenset("the a an most all its their his her some much many any no".split())
# Verbs whose object is the subject of a bare verb after it: "help Russia regain", "let Kyiv join", "make Moscow pay"
_CAUSATIVES = frozenset(
    "help helps helped helping let lets make makes made making allow allows allowed want wants wanted see saw "
    "force forces forced".split()
)


def _opens_noun_phrase(before: str) -> bool:
    return not before or before in NOUN_PHRASE_OPENERS or before in _folded_party_aliases()


def asker_verb(word: str, text: str) -> bool:
    """A word no article uses that is the asker's verb for what a sentence tells in its own, not a missing thing:
    an irregular or adverb form, an adverb of manner, a past form ("scheduled"), or an -ing form after a preposition
    or "be" ("plan for splitting", "is stringing"); never a noun that ends so ("assembly", "briefing", "meeting",
    "hundred", "Beijing")."""
    if word in IRREGULAR_VERBS or word in ADVERBS or _MANNER_ADVERB.fullmatch(word):
        return True
    if len(word) > 4 and word.endswith("ed") and not word.endswith(("eed", "dred")):
        return not re.search(rf"\b(?:the|a|an|this|that|its|their|his|her)\s+{re.escape(word)}\b", text, re.I)
    if len(word) > 5 and word.endswith("ing"):
        return bool(re.search(rf"\b(?:for|of|about|by|on|is|are|was|were|be|been)\s+{re.escape(word)}\b", text, re.I))
    return False


# a verb in the colloquial passive, its agent after it ("which companies got hit by the sanctions?"): the asker's
# loose word for what was done ("were seized by the coast guard" keeps its verb: it tells which act); never a date
_PASSIVE_BY = re.compile(
    rf"\b(?:got|get|gets|getting)\s+([a-z]+)\s+by\s+(?!(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)}|the\s+end)\b)",
    re.I,
)


def passive_verbs(text: str) -> frozenset[str]:
    """The question's verbs in the passive with their agent ("got hit by the sanctions": "hit"): the asker's words for
    what was done, which a sentence tells in its own ("They target Rosneft and Lukoil")."""
    return frozenset(fold(verb) for verb in _PASSIVE_BY.findall(text))


def verb_form(word: str) -> bool:
    """A participle, past form or adverb ("freed prisoners", "brought home", "actually hold"): the asker's words for
    what an article says in its own, not the name of a thing that may be missing."""
    return (
        word in IRREGULAR_VERBS
        or word in ADVERBS
        or (len(word) > 4 and word.endswith(("ed", "ing", "ly")))  # "actually hold"
    )


NAME_SPELLING_MIN = 8  # a one-word name no article uses, this long, is read as the articles' closest word (a long
# name one or two letters off is a spelling, "Zaporizhia"); a shorter one is as likely a name they never mention
NAME_SPELLING_EDITS = 2  # letters dropped, doubled or changed inside the name; more is another name


def _misspelt_thing(name: str, spelt_as: Callable[[str], str]) -> str | None:
    """The stem of the word the articles spell a long one-word name as ("Zaporizhia": "zaporizhzhia"), if any. The
    two differ inside the word, never only at its end: "Polishchuk" is not "Polish", nor "Dmitriev" "Dmitri"."""
    typed = strip_possessive(name)
    if " " in typed or len(typed) < NAME_SPELLING_MIN or not typed.isalpha():
        return None
    low = fold(typed)
    spelt = spelt_as(low)
    if spelt == stem(low) or low.startswith(spelt) or spelt.startswith(stem(low)) or spelt[-2:] != low[-2:]:
        return None  # (an ending that differs is another name: "Kovalenka" is not "Kovalenko")
    return spelt if OSA.distance(low, spelt, score_cutoff=NAME_SPELLING_EDITS) <= NAME_SPELLING_EDITS else None


PLACE_TYPO_MIN = 6  # the longer of the two this long ("Genva" for Geneva); shorter pairs are as likely two places
# ("Pinsk", "Minsk")


def _misspelt_place(name: str, places: tuple[str, ...]) -> str | None:
    """The place the articles name that a one-word name no article uses is one edit from ("Istambul", "Kyyiv"), when
    exactly one is; None otherwise."""
    typed = fold(strip_possessive(name))
    if len(typed) < PLACE_TYPO_MIN - 1 or " " in typed:
        return None
    close = {
        place
        for place in places
        if max(len(typed), len(place)) >= PLACE_TYPO_MIN and OSA.distance(typed, fold(place), score_cutoff=1) <= 1
    }
    return close.pop() if len(close) == 1 else None


# "number of Modi Putin meetings", "how many Russian POWs": the noun counted comes after the names and sides
# naming whose; "Modi Putin meetings count?": the noun before "count"
_COUNTED_AFTER_NAMES = re.compile(  # (names, not acronyms: "how many POWs were swapped?" counts the POWs)
    r"\b(?i:how\s+many|number\s+of)\s+(?:[A-Z][a-z][\w’'-]*(?<!s)\s+)+([a-z]+)"  # ("how many Ukrainians": counted)
)


# A group of people whose size is asked ("the size of Kyiv's delegation", "delegation size?"): its people are counted.
# "how big does Russia want Ukraine's army to be?", "how large is the contingent?": the size of the noun after it
# (its determiner or possessive marks the noun; "how big a role" asks no count and has none)
# (the head of its noun phrase: "how big is Brussels' rebuilding package for the ports?" sizes the package)
_SIZE_ASKED = re.compile(  # (an acronym may stand before the noun: "how big is the EU loan?"; never a name, which
    # may open a clause after it: "the fund the Nordic states greenlit")
    r"\b(?i:how\s+(?:big|large|small))\b.{0,40}?\b(?:the|its|their|his|her|[A-Z][\w’'-]*(?:['’]s|s['’]))\s+"
    r"(?:(?:[a-z]{3,}|[A-Z]{2,5})\s+){0,2}?(?P<noun>[a-z]{3,})\b(?!\s+(?!(?:now|today|currently)\b)[a-z]{3,}\s*(?:[?!.,]|$))"
    r"(?=\s+(?:for|of|to|in|on|at|with|be|is|are|was|were|will|would|going|now|today|currently)\b|\s*[?!.,]|\s*$)"
)
_GROUP_SIZE = re.compile(
    r"\bsize\s+of\s+(?:(?:the|a|an|each|every|both)\s+)?(?:[\w’'-]+\s+){0,2}?(delegation|team|contingent|mission)s?\b|"
    r"\b(delegation|team|contingent|mission)s?(?:['’]s?)?\s+size\b",
    re.I,
)


GERUND_STEMS = frozenset(stem(verb) for verb in GERUND_VERBS)  # ("kept", "considering": their stems)
# A name, then what its bearer spoke on: "Ozola on the gap", "!said Putin about the truce"
ON_TOPIC = re.compile(r"^\s+(?:on|about|re|regarding)\s+\S", re.I)


def _person_on_topic(text: str, people: tuple[Person, ...]) -> bool:
    """Whether a fragment is a person's name and then what they spoke on ("Ozola on the gap", "kesk about
    the quota"), with no verb of its own."""
    folded = fold(text).lstrip()
    return any(
        folded.startswith(fold(alias)) and ON_TOPIC.match(folded[len(fold(alias)) :])
        for person in people
        for alias in person.aliases
    )


# a side's people after a word or two ("how many displaced Kyrgyz", "the number of detained Swiss"): a demonym with
# no plural ending is the noun counted
_SIDE_PEOPLE_AFTER_WORDS = re.compile(
    rf"\b(?i:how\s+many|number\s+of)\s+(?:(?!(?:{AUXILIARIES})\b)[a-z]+\s+){{1,2}}(?P<side>[A-Z][a-z]+)\b"
    r"(?!\s+[a-z]+s\b)"
)


def _counted(text: str) -> str | None:
    """What a "how many" question counts: "how many countries" -> "countri"."""
    group = _GROUP_SIZE.search(text)
    if group is not None:
        return stem((group.group(1) or group.group(2)).lower())
    sized = _SIZE_ASKED.search(text)
    if sized is not None:
        return stem(sized.group("noun").lower())
    named = _COUNTED_AFTER_NAMES.search(text) or _COUNT_AFTER.search(text)
    if named is not None:
        return stem(named.group(1).lower())
    before = _counted_before_how_many(text)
    if before is not None:
        return stem(before)
    head = _counted_head(text)
    if head is not None:  # "how many prisoner swaps took place?" counts the swaps, not the prisoners
        return stem(head.group(2).lower())
    people = _SIDE_PEOPLE_AFTER_WORDS.search(text)
    written = people.group("side") if people is not None else ""
    side = fold(written)
    if side and party_of(side) not in (None, written) and side not in CAPITALS:
        return stem(side)  # "number of displaced Kyrgyz": a side's people (never its name or seat), counted
    counted = _HOW_MANY.search(fold(text)) or _HOW_MUCH_OF.search(fold(text))
    if counted is None and re.search(r"\bhow\s+often\b", text, re.I):
        return "time"  # "how often have they met?" counts the times: "19 times"
    return stem(counted.group(1) or counted.group(2)) if counted else None


# Someone's words asked for by a noun: "her comments", "make his remarks", "their statement"
_THEIR_WORDS = re.compile(
    r"\b(?:his|her|their|its|make|made|makes|making|gave|give)\s+(?:[a-z]+\s+)?"
    r"(?:comments?|remarks?|statements?|words)\b",
    re.I,
)
# ... which are set aside with the verbs that make them ("make her comments", "gave his remarks")
_SPOKEN_NOUNS = VIEW_WORDS | frozenset("statements make made makes making give gave".split())


# (not "still" or "remain": an article's words for a state too; and "now" only of a count: "the round would now take
# place on Thursday" tells when a round is now scheduled)
_NOW_WORDS = frozenset(("now", "currently"))


# A question asking how things stand in the end ("how many inspectors in the end?", "when is the summit now?"): of
# answers that match nearly as well, the newest article's comes first
_OUTCOME_WORDS = r"in\s+the\s+end|finally|eventually|ultimately|at\s+last|final"
LATEST_ASKED = re.compile(
    # ("how many are still held?", "how many remain displaced?": as they stand now)
    rf"\b(?:{_OUTCOME_WORDS}|{_AS_IT_STANDS}|{'|'.join(sorted(STATE_WORDS | RECENCY_WORDS))})\b",
    re.I,
)
# "who was the head of the office?": who held it then, never who holds it now
ASKED_IN_THE_PAST = re.compile(r"^\s*(?:who\s+)?(?:was|were|had\s+been|used\s+to\s+be)\b", re.IGNORECASE)
# A size asked in the present ("how big is the commission?"): as it stands, a count of the thing a later article
# gives without telling a state ("a 10-member commission" proposed first, "the commission will have 14 members"
# agreed later); a body's size is seldom told as a state, as a count of people or troops is ("now holding 705")
SIZE_NOW_ASKED = re.compile(r"^\s*how\s+(?:big|large|small)\s+(?:is|are)\b", re.I)
# ... of them, the words asking how a thing came out ("how many inspectors in the end?"): the newest count of it
OUTCOME_ASKED = re.compile(rf"\b(?:{_OUTCOME_WORDS})\b", re.I)
# A question counting "since" a day with no ordinal of its own: "the first swap since 2019" counts one swap ("last week"
# is a day, no ordinal)
_NO_ORDINAL_SINCE = r"(?!.*\b(?:first|latest|last(?!\s+(?:week|month|year|weekend|\w+day)\b))\b)"
# ... and those asking a total as it stands, whatever the question's tense ("how many were released so far?")
CUMULATIVE_ASKED = re.compile(
    rf"\b(?:{_AS_IT_STANDS}|now|currently|current|latest|in\s+total|altogether)\b"
    # ("how many were killed since January?" is the running total; never "the first swap since 2019")
    rf"|^{_NO_ORDINAL_SINCE}.*\bsince\b",
    re.I,
)
# A sentence telling how a count stands, or its revision ("now holding 21, up from 18", "bringing it to $12 million",
# "still displaced"): a count a question asking how things stand may take from a later article
STATE_TOLD = re.compile(
    rf"\b(?:{'|'.join(sorted(STATE_WORDS))}|{_AS_IT_STANDS}|remained|remaining|total|totals|totalling|in\s+all|"
    r"altogether|up\s+from|down\s+from|bringing|brought|raising|raised|latest|revised|revising|cumulative|"
    r"stands?\s+at|stood\s+at|reached|"  # ("the death toll stands at 34", "the number ... reached 81,200")
    # (a running total since a time: "had cleared 1,050 mines using the maps since mid-December")
    rf"since\s+(?:(?:mid|early|late)[-\s]+)?(?:{'|'.join(MONTHS)})\b|since\s+the\s+(?:start|beginning)\b|"
    # (what a change leaves: "freed six more, leaving nine in custody", "leaves about 300 missing")
    rf"leav(?:ing|es)\s+(?:(?:about|some|only|just|roughly|nearly|around|at\s+least)\s+)?"
    rf"(?:\d[\d,.]*\d|\d|{COUNT_WORDS})\b(?!\s+of\s+(?:the|his|her|its|their|our)\b)|"
    # (a count that moved to where it stands: "has risen to about 7,400", "had climbed to 5,100")
    r"(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|grown|fallen|dropped|increased|decreased|reached)|"
    # (... told in the past: "the death toll rose to 37", never "rose to speak")
    rf"(?:rose|fell|climbed|grew|dropped|jumped)\s+to\s+(?:(?:about|some|nearly|around|almost|more\s+than)\s+)?"
    rf"(?:\d[\d,.]*\d|\d|{COUNT_WORDS})|"
    # (a state in the present: "28 soldiers are held in Armenian jails"; never a plan, "is expected to free 20", nor
    # a rate, "are returning each month")
    r"(?:is|are)\s+(?:now\s+|still\s+)?(?!(?:expected|set|due|scheduled|planned|supposed|likely)\b)"
    r"(?:[a-z]+ed|held|holding|keeping|detaining)|"
    # (... and one reported in the past, of people in a plight: "OCHA said that about 61,000 people were displaced")
    r"(?:were|was)\s+(?:now\s+|still\s+)?(?:displaced|stranded|missing|homeless|detained|held|jailed|imprisoned))\b",
    re.I,
)
# "what happened to Kesk?", "what became of the plan?": where they stand in the end, the newest article's news first
FATE_ASKED = re.compile(r"^\s*what(?:['’]s|\s+has)?\s+(?:happened|happens|became)\s+(?:to|of)\b", re.I)
# ... and a count asked in the present progressive, its subject between ("how many soldiers is Tarnia holding?", "...
# are they holding?"): as it stands now; never an -ing noun ("how many are missing?", "how much is the demining
# funding?", "how many are at the Lusaka meeting?")
_HOW_MANY_THEN = r"^\s*how\s+(?:many|much)\b[^?]*?\b"  # a count asked, up to its verb's auxiliary
COUNT_NOW_ASKED = re.compile(
    rf"{_HOW_MANY_THEN}(?:is|are)\s+"
    r"(?:the\s+)?(?:(?!(?:on|at|in|of|for|to|with|by|from|about|under|over|a|an|the|still|now)\b)"
    r"(?![\w’'-]+ing\b)[\w’'-]+\s+){1,2}[a-z]{2,}ing\s*[?.!]*$"
    # ... or a fragment with no verb of its own, ending in a state ("how many people displaced?", "how many troops
    # deployed"): the count as it stands; never one with a time or place after it ("... killed in the May shelling")
    r"|^\s*how\s+many\s+(?:(?!(?:is|are|was|were|did|do|does|will|would|had|has|have|been|be)\b)[\w’'-]+\s+){1,3}"
    r"[a-z]{3,}ed\s*[?.!]*$"
    # ... or in the present passive, a state, at most a place after it ("how many people are stranded in Kell?",
    # "how many migrants are held?"); never a time after it ("... are killed in May")
    rf"|{_HOW_MANY_THEN}(?:is|are)\s+(?:(?:still|now|currently)\s+)?(?:[a-z]{{3,}}(?:ed|en)|held|kept|stuck)\b"
    rf"(?:\s+(?:in|at|near|inside|across|along|around)\s+(?!(?:{'|'.join(MONTHS)}|\d)\b)(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,2}})?\s*[?.!]*$"
    # ... or in the present perfect, a running total ("how many people have been killed?", "how many have died?")
    rf"|{_HOW_MANY_THEN}(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]{{2,}}(?:ed|en|wn|ne)\b"
    # ... or the count's noun asked in the present, or alone ("what is the death toll?", "casualty figure?")
    rf"|^\s*(?:what|whats)(?:['’]s|\s+is|\s+are)?\s+the\s+(?:[\w’'-]+\s+){{0,2}}(?:{COUNT_NOUNS})s?\b"
    rf"|^\s*(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}(?:{COUNT_NOUNS})s?\s*[?.!]*$"
    # ... or counted since a day, a running total ("death toll since january?", "how many killed since March?"),
    # never an ordinal's "since" ("the first swap since 2019") nor a measure's ("how much has the lake fallen since")
    rf"|^{_NO_ORDINAL_SINCE}.*\b(?:how\s+many|{COUNT_NOUNS})\b.*\bsince\b",
    re.I,
)
# ... or in the past or future ("how many were still missing?", "how many troops will remain?"): as it stood then
COUNT_THEN_ASKED = re.compile(rf"{_HOW_MANY_THEN}(?:was|were|did|will|would|had)\b", re.I)


# "how many did Kyiv initially announce?", "the first figure given": a count asked as it first stood, before any
# correction of it
FIRST_FIGURE_ASKED = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|first\s+(?:said|announced|reported|claimed|given|figure|count|"
    r"number|tally|total)|had\s+(?:said|announced|reported))\b",
    re.I,
)  # (not "claimed": "how many has the shelling claimed?" asks the toll; nor "at first": "at first light")


# "when was X (last) in Y?", "when were they in Riga?": a person's being at a place, no verb of what they did
_BEING_IN_PLACE = re.compile(
    r"^\s*when\s+(?:was|were|is|has\s+been|had\s+been)\s+.{2,40}?\s+(?:(?:last|first|next)\s+)?(?:in|at)\s+\S", re.I
)


def _counted_head(text: str) -> re.Match[str] | None:
    """``_HOW_MANY_HEAD`` when it finds a plural head after words that are not ("how many prisoner swaps",
    "how many trilateral meetings"); None for "how many prisoners remain?", whose first word is the noun counted."""
    head = _HOW_MANY_HEAD.search(strip_diacritics(text))
    if head is None or not head.group(1).strip():
        return None
    first, noun = head.group(1).split()[0], head.group(2)
    plural = {"people", "children", "men", "women"}
    if first in plural or (first.endswith("s") and not first.endswith("ss")):
        return None
    return head if noun in plural or (noun.endswith("s") and not noun.endswith("ss")) else None


def counted_modifiers(text: str) -> tuple[str, ...]:
    """The stems of the words before the counted noun ("political" in "how many political prisoners are still
    held?"): a sentence counting the noun without them may count another kind of it (14 prisoners released). A
    side's name is no such word ("how many latvian sailors": "sailors from Latvia")."""
    head = _counted_head(text)
    words = head.group(1).split() if head else []
    return tuple(stem(word) for word in words if word not in STOPWORDS and not parties_in(word))


def question_kind(text: str) -> str | None:
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


# The frame of a question asking what a thing holds or what someone means to do, never its topic: "what does the
# moratorium cover?" (a sentence telling the moratorium's terms answers without "cover"), "Kesk's plans for the
# freed crews?" (one telling what Kesk will do with them answers without "plans"). Left out: a plan that is itself the
# topic ("the peace plan", "plans to join NATO"), which no possessive-and-"for" frame holds.
# (the verb ends its clause: "what does the deal cover?", "... cover and for how long", never "the cover price")
_HOLDS_FRAME = re.compile(
    r"\bwhat\s+(?:does|do|did|will|would|could)\b[^?]{1,60}?\b"
    r"(cover|include|contain|comprise|involve|entail)(?=\s*(?:[?.!,]|$|\s+(?:and|for|in|on|now)\b))",
    re.IGNORECASE,
)
# (a name's or a noun's possessive: "Kesk's plans for", "the ministers' plans on"; never "its plans for", which may be
# the plans asked about, nor a closing quote, "the 'green' plans for")
_INTENT_FRAME = re.compile(r"\b[\w-]+(?:['’]s|s['’])\s+(plans?|intentions?)\s+(?:for|on|about)\b", re.IGNORECASE)


def frame_words(text: str) -> frozenset[str]:
    """The words of a question's frame (``_HOLDS_FRAME``, ``_INTENT_FRAME``), folded: they ask for a kind of content,
    so a sentence giving that content without them still answers."""
    found = [m.group(1) for pattern in (_HOLDS_FRAME, _INTENT_FRAME) for m in pattern.finditer(text)]
    return frozenset(fold(word) for word in found)


COUNT_NOUN = re.compile(rf"\b((?:{COUNT_NOUNS})s?)\b", re.I)  # ("total" too: "the total?" asks the figure)


def kind_words(text: str) -> frozenset[str]:
    """The words that ask for the kind of answer ("how much money will they spend", "what came of"): they say
    what kind of sentence answers, so one no article uses takes nothing away from the question."""
    for kind, pattern in _KINDS:
        found = pattern.search(text) if kind != "names" else None  # (the noun a name answers stays a word to find)
        if found:  # the cue's own words, not what its gap spans ("how did [the Istanbul talks] end")
            cue = frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", found.group()) if fold(w) in _KIND_LITERALS)
            if kind == "how many":  # (and the nouns asking for the count anywhere: "how many will go home - figure?")
                cue |= {fold(m.group(1)) for m in COUNT_NOUN.finditer(text)}
            return cue
    return frozenset()


def ordinal_in(text: str) -> int | None:
    """1 for 'the first round', 2 for 'the second', -1 for 'the last/latest', -2 'the previous', 0 'the next'."""
    # ("how long did the session last?": the verb, at the end, orders nothing)
    low = re.sub(r"\blast\s*[?!.]*\s*$", "", fold(text))
    for word in re.findall(r"[a-z0-9]+", low):
        if word in ORDINALS:
            if word == "last" and re.search(r"\blast (?:week|month|year|weekend|night)\b", low):
                continue
            return ORDINALS[word]
    if re.search(r"\b(?:most recent)\b", low):
        return -1
    # "round two", "session 3": a count after the noun orders it as "the second round" does
    after = _NUMBERED_STAGE.search(low)
    if after is not None:
        number = after.group(1)
        return int(number) if number.isdigit() else SMALL_NUMBERS[number]
    return None


_NUMBERED_STAGE = re.compile(
    rf"\b(?:round|session|stage|phase)\s+({'|'.join(SMALL_NUMBERS)}|[1-6])\b(?!\s*(?:days?|weeks?))"
)


def ordinals_counted(words: Iterable[str]) -> set[int]:
    """The counting ordinals among words ("the second round": 2; "2nd" is "second"; never "last" or "next")."""
    return {ORDINALS[fold(w)] for w in words if (ORDINALS.get(fold(w)) or 0) > 0}


def other_ordinals_only(words: Iterable[str], asked: int) -> bool:
    """Whether words count by ordinals ("the third round"), none of them the one asked."""
    counted = ordinals_counted(words)
    return bool(counted) and asked not in counted


def asks_future(text: str) -> bool:
    """'when will they meet again?', 'when is the next round?': about what was still to come."""
    return bool(_FUTURE_QUESTION.search(text))


def asks_for_start(text: str) -> bool:
    """ "when did the talks begin/start/open?": the lexicon's "begin" family."""
    return _asks(text, "begin")


def asks_for_end(text: str) -> bool:
    """ "when did the talks end/conclude/wrap up?": the lexicon's "end" family."""
    return _asks(text, "end")


def asks_for_change(text: str) -> bool:
    """ "when was the meeting postponed/delayed/pushed back/rescheduled/moved?": the lexicon's "postpone" family and
    the words for moving outside it (``vocabulary.MOVING``); never a new day asked (``_NEW_DAY_ASKED``)."""
    if _NEW_DAY_ASKED.search(text):
        return False  # "the new date for the postponed session?", "postponed to when?": the day it was moved to
    return _asks(text, "postpone") or MOVING.search(text) is not None


_NEW_DAY_ASKED = re.compile(
    rf"\b(?:new|revised|later|updated)\s+(?:date|day|deadline|time|target)\b|\b(?:{MOVING_VERBS})\s+(?:to|until|till)\b|"
    r"\b(?:until|till)\s+when\b",  # ("until when was the vote deferred?": the day it was put off to)
    re.IGNORECASE,
)


def _asks(text: str, word: str) -> bool:
    told_by = family(word)
    return any(stem(w) in told_by for w in index_words(without_phrasal_verbs(text)))  # ("get under way": begin)


def _is_date_word(term: str, *, weekdays: bool = True) -> bool:
    """A month, a year, a day number; and a weekday unless ``weekdays`` is False (in "the Tuesday talks" the
    weekday is a word to find, as the article writes it)."""
    return (
        term in MONTHS
        or term.rstrip(".") in MONTHS
        or (weekdays and term in WEEKDAYS)
        or bool(re.fullmatch(r"(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?", term))
    )


MIN_NAME_TYPO = 4  # shorter words are too close to too many names to be read as one misspelt
NAME_TYPO_CUTOFF = 80  # two letters swapped in a six-letter name score 83 ("lavorv" ~ "lavrov"), another name far less
MISSPELT_PARTY_CUTOFF = 85  # one letter dropped or swapped in a party's name of six letters or more ("Amercian")
MISSPELT_PARTY_MIN_CHARS = 6  # shorter names are too close to other words ("Iran"/"Iraq", "Oman"/"Omar")


def _misspelt_party(name: str) -> str | None:
    """The party whose one-word name a capitalised word the articles never use misspells, if any."""
    alias = misspelt_party_alias(name)
    return ALIAS_TO_PARTY.get(alias) if alias is not None else None


def misspelt_party_alias(name: str) -> str | None:
    """The one-word name of a party (folded) that ``name`` misspells ("Ukranian": "ukrainian"), if any."""
    folded = fold(name)
    if " " in folded or len(folded) < MISSPELT_PARTY_MIN_CHARS:
        return None
    best = max(
        ((fuzz.ratio(folded, alias), alias) for alias in _folded_party_aliases() if abs(len(alias) - len(folded)) <= 2),
        default=(0.0, ""),
    )
    # the name itself, spelt right, is no misspelling: "Budapest" the articles never name is not covered
    return best[1] if MISSPELT_PARTY_CUTOFF <= best[0] < 100 else None


@functools.cache
def _folded_party_aliases() -> frozenset[str]:
    """Every party's names, folded: a constant, made once instead of in every question (and for each word)."""
    return frozenset(fold(alias) for alias in ALIAS_TO_PARTY)


def _named_things(
    text: str,
    people: tuple[Person, ...],
    parties: tuple[str, ...],
    known_stem: Callable[[str], bool],
    *,
    command: bool,
    places: tuple[str, ...],
    acronyms: Callable[[str], tuple[tuple[str, ...], ...]],
    forms: list[tuple[str, tuple[tuple[str, ...], ...]]],
) -> tuple[list[tuple[str, tuple[str, ...]]], str | None]:
    """Places and other named things the question names (capitalised, or a known place in any case), and the
    first capitalised name the articles never mention; the other forms of a name go into ``forms``."""
    named: list[tuple[str, tuple[str, ...]]] = []
    unknown = None
    person_words = {fold(w) for p in people for a in p.aliases for w in a.split()}
    party_aliases = _folded_party_aliases()
    low = fold(text)
    for place in places:
        folded = fold(place)
        # (a place whose letters the question lacks is never searched for: a pattern built and looked up per place)
        if folded in low and re.search(rf"(?<![\w]){re.escape(folded)}(?![\w])", low):
            named.append((place, tuple(stems(place))))
    if _title_cased(text):
        return named, None  # "When Did The Talks Begin": capitals say nothing about names here
    for match in _CAPITALISED.finditer(text):
        phrase = strip_possessive(match.group().strip(".'’")).strip(".'’")  # "Witkoff's" names Witkoff
        first_word = match.start() == 0 or text[: match.start()].strip() in ("", "!", "/")
        words = [w for w in re.split(r"[\s\-–—]+", phrase) if w]
        if first_word and not command and words and fold(words[0]) in STOPWORDS | QUESTION_WORDS:
            words = words[1:]
        whole = " ".join(strip_possessive(w) for w in words)
        if any(s == 0 and e == len(whole) for s, e, _ in parties_in(whole)):
            continue  # "the United States": a party, found under any of its names ("US"), never its words
        if len(words) >= 2 and not any(fold(w) in person_words for w in words) and fold(whole) not in party_aliases:
            letters = initials(words)
            titled = any(fold(w) in ROLE_HEADS | ROLE_MODIFIERS for w in words)  # "Prime Minister" is no "PM" here
            # "the Washington Post" where the articles write "WP"
            if len(letters) >= 2 and letters not in NOT_INITIALS and not titled and known_stem(letters):
                named.append((whole, tuple(stems(whole))))
                forms.append((whole, ((letters,),)))
                continue
        kept = [
            w
            for w in words
            if w[:1].isupper() or w[:1].isdigit()  # "Saudi-hosted": "hosted" is no name
            if fold(strip_possessive(w)).strip(".'’") not in person_words
            and fold(w).removesuffix("s") not in person_words  # "Putins position": a possessive typed without "'"
            and not _is_date_word(fold(w).strip("."))
            and fold(w) not in STOPWORDS | QUESTION_WORDS
            and fold(strip_possessive(w)) not in ROLE_ABBREVIATIONS  # "Belgian PM": a role, not a name
            and not parties_in(w)
            and fold(strip_possessive(w)) not in party_aliases
        ]
        if not kept:
            continue
        lone_opener = first_word and not command and kept == words[:1] and not kept[0].isupper()  # "JWEC" names
        if lone_opener and (
            all(known_stem(s) for s in stems(kept[0]))
            or fold(kept[0]) in _KIND_LITERALS
            or _ORDINARY_OPENER.fullmatch(fold(kept[0]))  # "Roughly by what date ...?": an adverb, no name
            or bool(related(stem(fold(kept[0]))))  # a word the lexicon knows ("Talks", "Deal")
        ):
            continue  # "Venue of the talks?": a capital that only opens the question; known places are named above
        name = " ".join(kept)
        if any(fold(name) in fold(n) or fold(n) in fold(name) for n, _ in named):
            continue
        name_stems = tuple(stems(name))
        if not name_stems:
            continue
        other_forms = _other_forms(kept, known_stem, acronyms)
        if other_forms:
            forms.append((name, other_forms))
        variant = PLACE_SPELLINGS.get(fold(name))  # "Donbass" over articles writing "Donbas"
        if all(known_stem(s) for s in name_stems) or other_forms:
            named.append((name, name_stems))
        elif variant is not None and all(known_stem(s) for s in stems(variant)):
            named.append((name, tuple(stems(variant))))
        elif _ABBREVIATION.fullmatch(name) and all(related(s) for s in name_stems):
            continue  # "POW exchange": an abbreviation the lexicon reads as a word ("prisoners"), no name to find
        elif unknown is None and not any(known_stem(s) for s in name_stems):
            unknown = name
        elif unknown is None and _unknown_surname(kept, known_stem, person_words):
            # "UN Secretary-General Antonio Guterres": a first name some article uses ("Antonio Costa") and a title,
            # but a surname none does: someone the articles never name
            unknown = " ".join(w for w in kept if fold(w) not in ROLE_HEADS | ROLE_MODIFIERS and not w.isupper())
    return named, unknown


# Adverbs that open a question and name nothing ("Roughly by what date ...?"); a list, since "-ly" ends names too
# ("Kelly's plan?"). Those in QUESTION_WORDS ("actually", "exactly") never reach it: the capitalised words drop them.
_ORDINARY_OPENER = re.compile(
    r"roughly|approximately|precisely|currently|recently|originally|initially|"
    r"officially|reportedly|allegedly|apparently|briefly|quickly|honestly"
)


def _unknown_surname(kept: list[str], known_stem: Callable[[str], bool], person_words: set[str]) -> bool:
    """Whether a run of capitalised words, its titles aside, is a full name whose surname no article uses."""
    name = [w for w in kept if fold(w) not in ROLE_HEADS | ROLE_MODIFIERS and not w.isupper()]  # ("UN": no name)
    if len(name) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in name):
        return False
    surname = fold(strip_possessive(name[-1]))
    return len(surname) >= MIN_NAME_TYPO and surname not in person_words and not known_stem(stem(surname))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_ABBREVIATION = re.compile(r"[A-Z]{2,}s?")  # "POW", "POWs": capitals that are no name for being capitals


def _other_forms(
    words: list[str], known_stem: Callable[[str], bool], acronyms: Callable[[str], tuple[tuple[str, ...], ...]]
) -> tuple[tuple[str, ...], ...]:
    """The other ways the articles write a name, as stems: an acronym's spelled-out form where an article defines
    it ("NSDC" -> "National Security and Defense Council (NSDC)")."""
    if len(words) == 1 and ACRONYM.fullmatch(words[0]):
        return acronyms(words[0])
    return ()


def _title_cased(text: str) -> bool:
    """Most words capitalised ("When Did The Talks Begin In Oslo"): a headline style, not names."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _unique(groups: list[TermGroup]) -> list[TermGroup]:
    seen: set[str] = set()
    kept = []
    for group in groups:
        if group.own in seen:
            continue
        seen.add(group.own)
        kept.append(group)
    return kept


@functools.cache
def party_stems(party: str) -> tuple[str, ...]:
    """The index tokens of a party's one-word names ("kyiv", "ukrainian", ...), stemmed when first asked for."""
    found = [
        token
        for alias in PARTY_ALIASES.get(party, ())
        if " " not in alias  # "state department" would make "state" a name of the United States
        for token in stems(strip_diacritics(alias))
    ]
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=512)
def party_phrases(party: str) -> tuple[tuple[str, ...], ...]:
    """A party's names of several words as the stems that must all stand in a sentence ("Holy See", "United
    States"): ``party_stems`` leaves them out, as one of their words alone names nothing."""
    return tuple(
        tuple(stems(strip_diacritics(alias))) for alias in PARTY_ALIASES.get(party, ()) if " " in alias and stems(alias)
    )


# ----- the sides a question names -------------------------------------------------------------------------------

# A party right after these is the one a demand is made of ("from Russia", "of Kyiv") ...
_TARGET_BEFORE = re.compile(r"\b(?:from|of|on|upon|against)\s+(?:the\s+)?$", re.IGNORECASE)
# ... and after these, what it is about ("about Kyiv").
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|concerning|over)\s+(?:the\s+)?$", re.IGNORECASE)


def demanding_parties(text: str, parties: list[str]) -> list[str]:
    """The parties that demand, not those demanded of: "what does the US demand from Russia?" asks for the US's
    demands (of Russia), never Russia's. A party after "from", "of", "on" or "against" is the target, unless it
    is the only party named ("what is demanded of Kyiv?" still reads Kyiv's side)."""
    targets = targets_named(text)
    demanding = [p for p in parties if p not in targets]
    return demanding if demanding else parties


# "what does the draft want the US to commit to?", "urging Kyiv to hold a vote": whom one wants to do something
_ASKED_TO_BEFORE = re.compile(
    r"\b(?:wants?|wanted|want|urge[sd]?|urging|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+on|tell(?:s|ing)?|told|need(?:s|ed)?|expect(?:s|ed)?|require[sd]?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def targets_named(text: str) -> set[str]:
    """The parties named after "from", "of", "on" or "against", or wanted "to" do something ("want the US to
    commit"): whom a demand is made of."""
    return {party for start, _, party in parties_in(text) if _TARGET_BEFORE.search(text[:start])} | asked_to(text)


def asked_to(text: str) -> set[str]:
    """The parties a question says someone wants to do something ("want the US to commit"): asked, never asking."""
    return {
        party
        for start, end, party in parties_in(text)
        if _ASKED_TO_BEFORE.search(text[:start]) and re.match(r"\s+to\b", text[end:])
    }


def about_parties(text: str) -> set[str]:
    """Parties a question names as what it is about ("about Kyiv"), neither demanding nor demanded of."""
    return {party for start, _, party in parties_in(text) if _ABOUT_BEFORE.search(text[:start])}


def asked_parties(text: str, question: Question) -> set[str]:
    """The parties a question names after its demand cue and not before it: whom the demand is made of or what it
    is about ("what did Trump ask Putin to do about Kyiv?": Russia and Ukraine; "Trump request to Putin Kyiv
    strikes": the same), when something named before the cue says who demands. Empty when nothing stands before
    the cue ("what is demanded of Kyiv?" still reads Kyiv's side)."""
    cue = DEMAND_CUE.search(text)
    if cue is None:
        return set()
    spans = [(start, party) for start, _, party in parties_in(text)]
    person_before = False  # "what did Kesk ask Latvia for?": a person asks, whatever party they are of
    for person in question.people:
        for alias in sorted(person.aliases, key=len, reverse=True):
            at = fold(text).find(fold(alias))
            if at >= 0:
                person_before = person_before or at < cue.start()
                if person.affiliation:
                    spans.append((at, person.affiliation))
                break
    before = {party for start, party in spans if start < cue.start()}
    after = {party for start, party in spans if start >= cue.start()}
    return after - before if before or person_before else set()


def position_holders(text: str, named: list[str]) -> list[str]:
    """Of the parties named, those holding the position asked about: named before the word that asks ("Kyiv's
    position on Russia's demand", "where does Kyiv stand on ..."); all of them when none stands before it."""
    cue = POSITION_CUE.search(text)
    if cue is None:
        return named
    before = [party for start, _, party in parties_in(text) if start < cue.start()]
    return [p for p in named if p in before] or named


@dataclass(frozen=True)
class Reading:
    """A question read once, from cues anywhere in it: what it asks for (the intent, a date, a job, a role's holder)
    and about what (people, parties, places, dates, ordinal, content words), and which side each named party is on.
    Every intent answers from the same reading, so a fact answered under one wording is read the same under all."""

    parsed: ParsedQuestion
    question: Question

    @property
    def intent(self) -> Intent:
        return self.parsed.intent

    @property
    def is_when(self) -> bool:
        return self.parsed.is_when

    @property
    def people(self) -> frozenset[str]:
        return frozenset(person.name for person in self.question.people)

    @property
    def demanding(self) -> tuple[str, ...]:
        """The parties a demands question asks the demands of (by name or by a person's party)."""
        text = self.parsed.argument
        asked = set() if self.parsed.command else asked_parties(text, self.question)
        named = [p for p in demanding_parties(text, list(self.question.parties)) if p not in asked]
        named += [p.affiliation for p in self.question.people if p.affiliation and p.affiliation not in asked]
        return tuple(dict.fromkeys(named))

    @property
    def asked_of(self) -> tuple[str, ...]:
        """The parties a demands question names as the side asked ("from Latvia", "asking Washington for")."""
        text = self.parsed.argument
        demanding = set(self.demanding)
        asked = asked_parties(text, self.question) if not self.parsed.command else set()
        targets = {p for p in self.question.parties if p not in demanding and p not in about_parties(text)}
        return tuple(sorted((asked | targets) - demanding - about_parties(text)))

    @property
    def holders(self) -> tuple[str, ...]:
        """The parties a positions question asks the position of."""
        return tuple(position_holders(self.parsed.argument, list(self.question.parties)))
