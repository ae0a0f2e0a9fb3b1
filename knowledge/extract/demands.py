"""Demands and conditions: which party demands what of whom, one item per demand.

Cues are obligation modals ("Ukraine must halt ..."; a reported "should": "they believe guarantees should
include ..."), demand verbs (demand, insist on, call for, call on ... to, urge ... to, require) with a party as
their subject, and demand nouns with a copula ("Russia's condition for the talks is ...", "the priority is
...", "conditions include ..."). Like the event coders (CAMEO/PLOVER), a rejection
("conditions are rejected by Ukraine") is not a demand, and "without preconditions" is not a condition. The
demanding party is the actor who says or insists (a person resolves to the party the articles give them),
the target the actor obliged. Coordinated actions ("halt mobilization, stop receiving foreign weapons, and
withdraw its forces") become separate items; every item cites the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.extract.prefilter import Gated, Needing
from knowledge.extract.speakers import SUBJECT_CHARS, Actor, ActorFinder
from knowledge.models import Demand, Sentence
from knowledge.sentences import inside_quotation
from knowledge.text import IRREGULAR_VERBS, STOPWORDS, fold
from knowledge.vocabulary import BASE_VERBS_IN_ED, NUMBER_WORDS, READINESS_WORDS, REPORT_VERBS

# A conditional offer's opening ("is prepared to", "remains ready to"): one copy, for the cue and for cutting it off
_OFFER_OPENING = rf"(?:is|are|was|were|be|remains?|remained)\s+(?:{READINESS_WORDS})\s+to\s+"
# ... and a verb of something a side can do for the other, under "would" or "will", with an object ("a point Ukraine
# has said it would accept only if ...": the object is the noun before, no offer of its own); a prediction is none
# ("Russia will remain a threat only if ...", "would use nuclear weapons only if attacked")
_OFFER_VERBS = (
    r"agree|accept|sign|consider|extend|prolong|resume|return|release|free|withdraw|lift|ease|halt|stop|end|reopen|"
    r"open|join|meet|talk|negotiate|recogni[sz]e|allow|support|send|provide|share|hold|drop|cut|pause|suspend|restore|"
    r"take\s+part|participate|host|mediate|guarantee"
)
_CONDITIONAL_WOULD = rf"\b(?:would|will)\s+(?=(?:{_OFFER_VERBS})\s+(?!only\b|no\b)[\w\"“])"
# The verbs of backing a deal, refused short of a condition ("would not accept any deal unless ...", "would back no
# settlement that does not include ...")
_BACKING = r"accept|sign|agree\s+to|back(?!\s+down)|support|endorse"
# What one "wants to" say rather than get: thanks, emphasis, reassurance
_COURTESY_VERBS = (
    r"thank|make\s+(?:it\s+)?clear|say|stress|emphasi[sz]e|express|welcome|congratulate|assure|reassure|remind|"
    r"underline|reiterate|point\s+out|note|acknowledge|apologi[sz]e"
)
# An adverb between a verb of demanding and its preposition ("called instead for", "pressed again for")
_VERB_ADVERB = r"(?:\s+(?:instead|again|also|now|still|repeatedly|publicly|openly|explicitly|formally|once\s+more))?"
# A demand revised ("cut its demand to 35 bcm", "raised its claim from $2 billion to $3 billion"): the verbs of a
# figure moved and the nouns of what is asked; the figure or terms after "to" are the demand as it now stands
_REVISING_VERBS = r"cut|cuts|lowered|lowers|reduced|reduces|raised|raises|increased|increases|trimmed|scaled\s+back|"
_REVISING_VERBS += r"softened|hardened|narrowed|revised|changed|lifted|upped"
_DEMAND_NOUNS = r"demands?|claims?|requests?"
_MUST = Needing(
    re.compile(
        r"\b(?:must|should)\b(?!\s+(?:hope|admit|say|note|remember|wonder|thank|think|not\s+forget|expect)\b)"
        r"(?!\s+(?:never\s+|not\s+)?have\s+\w+(?:ed|en|wn)\b)"  # "should never have happened": regret, not demand
    ),
    "must|should",
)
# "demands" is a verb after its subject ("Moscow demands ..."), a noun after a determiner or adjective.
# The words that rank a demand ("Moscow's core demands", "Kyiv's only demand"): one list for both patterns below
_DEMAND_RANKS = r"main|key|chief|only|first|top|central|biggest|core|basic|principal"
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|these|those|such|new|any|forward|made|make|makes|presented|rejected|"
    # (a count of them too: "India put three demands on the table: ...")
    rf"maximalist|unrealistic|{_DEMAND_RANKS}|of|with|several|{'|'.join(NUMBER_WORDS)}|\d+)|['’]s)\s+$",
    re.IGNORECASE,
)
# ... the same with an adjective between ("laid out three specific demands", "its political demands"): by its ending,
# never one a noun may have ("the government demands that ...", "the parliament demands")
_ADJECTIVE_NOUN_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|these|those|such|new|any|of|with|several|"
    rf"{'|'.join(NUMBER_WORDS)}|\d+|['’]s)\s+(?-i:[a-z]+(?:ic|al|ive|ous|ful|able|ible|ary|ist))\s+$",
    re.IGNORECASE,
)
# ... and "demand" itself after a determiner and a word naming its kind ("its banking demand settled first"): a verb
# there would need a plural subject ("its leaders demand that ..."), and "the government demands" is a verb
_KIND_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|['’]s)\s+(?-i:[a-z]+)(?<!s)\s+$", re.IGNORECASE)
_VERB_CUES = Needing(
    re.compile(
        r"\b(?P<verb>demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+(?:instead\s+|again\s+|also\s+)?(?:on|that)|"
        rf"call(?:s|ed|ing)?{_VERB_ADVERB}\s+for|call(?:s|ed|ing)?{_VERB_ADVERB}\s+on|"
        rf"urg(?:e|es|ed|ing)|require(?:s|d)?\s+(?:that\s+)?|press(?:es|ed)?{_VERB_ADVERB}\s+for|"
        # ("we want to thank ...", "wants to make clear ...": words of courtesy or emphasis, no demand)
        rf"(?:wants?|wanted)(?!\s+to\s+(?:{_COURTESY_VERBS})\b)|"
        rf"requested(?!\s+anonymity)|ask(?:s|ed)?{_VERB_ADVERB}\s+for(?!\s+(?:comment|anonymity|clarification))|"
        # ("Brazil was now asking both sides for three commitments": of whom it is asked, then what)
        r"ask(?:s|ed|ing)\s+(?:both\s+sides|both\s+governments|the\s+(?:two\s+)?(?:sides|parties|governments)|"
        r"(?-i:[A-Z])[\w’'-]+|him|her|them)\s+for(?!\s+(?:comment|anonymity|clarification|help\s+with))|"
        r"(?<!\bto\s)(?<!\bnot\s)(?<!\bnever\s)(?:seek(?:s|ing)?|sought)"
        r"(?!\s+(?:to|peace|clarification|clarity|comment|asylum|re-?election|support)\b)|"
        # "would not accept any final deal unless Western countries lifted sanctions": the condition after "unless"
        rf"(?:would|will)\s+not\s+(?:{_BACKING})\b[^.;:\"“”]{{0,80}}?\bunless|"
        # "Ukraine is prepared to stop strikes on Russian energy sites if Moscow does the same": the condition
        # (a condition with a subject of its own: never "even if Riga objects", nor "if attacked", a threat)
        # (... the condition may open a quotation: 'was ready to extend it "provided Kyiv stops ..."')
        rf"{_OFFER_OPENING}[^.;:\"“”]{{0,100}}?(?:[\"“]\s*)?(?<!\beven\s)\b(?:if|provided(?:\s+that)?|as\s+long\s+as)"
        r"(?=\s+(?![a-z]+ed\b))|"
        # "Russia would extend the truce, which expires in mid-April, only if Kyiv guaranteed ...": an offer too
        # (within its clause: never across ", and" or "but"; and a condition with a subject: never "only if attacked")
        rf"{_CONDITIONAL_WOULD}(?:(?!\band\b|\bbut\b)[^.;:\"“”]){{0,100}}?\bonly\s+"
        r"(?:if|provided(?:\s+that)?|on\s+condition\s+that)(?=\s+(?![a-z]+ed\b))|"
        # "Brussels would back no settlement that does not include the return of deported children": what it must
        # include; "any relief would depend on a complete withdrawal": what it is conditional on
        rf"(?:would|will)\s+(?:{_BACKING})\s+no\s+[\w\s-]{{1,40}}?\s+(?:that|which)\s+"
        r"(?:does|do|did)\s+not\s+include|"
        # (a concession's: never "the timing would depend on the weather")
        r"\b(?:relief|easing|lifting|support|aid|recognition|deal|agreement|ceasefire|truce|membership|funding|loan|"
        r"help|reconstruction|guarantees?)\s+(?:would|will)\s+(?:only\s+)?(?:depend|be\s+conditional)\s+on\b|"
        # "has made the signing of a final treaty conditional on Armenia removing ...": what it is conditional on
        r"made\s+(?:[\w’'-]+\s+){1,8}?conditional\s+(?:up)?on\b|"
        # "he set a 10-day deadline for Moscow to take significant steps toward a ceasefire": what the deadline is for
        r"set(?:s|ting)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deadline|ultimatum)\s+for(?=\s+(?-i:[A-Z]))|"
        # "Trump asked his Russian counterpart Vladimir Putin to halt strikes": a request made of someone ("asked both
        # sides to sign a truce": of the two)
        r"ask(?:s|ed)\s+(?=(?:his|her|their|its|the|both|(?-i:[A-Z]))[\w’'.-]*(?:\s+[\w’'.-]+){0,5}?\s+to\s+(?-i:[a-z])))"
        r"\b",
        # ("is seeking a suspension of ...", never "seeking to delay" nor "seeking peace": an aim of its own; nor
        # "met X to seek his support": a purpose); "Kesk requested more air defence", "asked for guarantees"
        # (never "asked for comment", "requested anonymity", nor the noun: "a personal request to", "their
        # requests and needs")
        re.IGNORECASE,
    ),
    "demand|insist|call|urg|requir|press|want|request|ask|seek|sought|unless|prepared|ready|willing|"
    "only (?:if|pro|on)|not include|depend|conditional|deadline|ultimatum",
)
# "Ghana has cut its demand to 35 billion cubic metres": a demand revised is the demand as it now stands (... what it
# is for between: "cut its demand for drought releases to 35 billion"); apart from ``_VERB_CUES``, so that the many
# sentences holding "demand" or "claim" in other words are not searched for it
_REVISED_CUE = Needing(
    re.compile(
        rf"\b(?P<verb>(?:{_REVISING_VERBS})\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:{_DEMAND_NOUNS})\s+"
        r"(?:for\s+[^,.;:]{1,40}?\s+)?(?:from\s+[^,.;:]{1,40}?\s+)?to)(?=\s+(?:about\s+|around\s+|just\s+)?"
        r"(?:\d|(?-i:[a-z])))",
        re.IGNORECASE,
    ),
    r"(?:its|their|his|her) (?:[\w-]+ )?(?:demand|claim|request)",
)
_CONDITION_LIST = Needing(
    re.compile(
        rf"(?:\b(?:{_DEMAND_RANKS})\s+)?\b(?:conditions?|"
        r"preconditions?|demands?|priority|priorities|requirements?|red\s+lines?)(?:\s+for\s+[^,.;:]{1,60}?)?"
        r"(?:\s+on\s+the\s+table)?"  # ("India put three demands on the table: ...")
        # ("set out two conditions before the meeting: ...": when they were set out, then the list)
        r"(?:\s+(?:before|after|during|at|ahead\s+of)\s+(?:the|a|an|this|that|its|their)\s+[^,.;:]{1,40}?(?=\s*:))?"
        r"(?:,\s+as\s+[^,.;:]{1,60},)?"  # ("Russia's conditions, as laid out by Lapshin, include ...")
        # ("Moscow's core demands had not changed: recognition of ...": the list after the colon)
        r"(?:\s+(?:(?:had|have|has)(?:\s+not|n['’]t)\s+changed|(?:remain|remained|remains|are|were)\s+"
        r"(?:unchanged|the\s+same))\s*:|\s+(?:is|are|was|were|remains?|remained|include|includes|included)\b|"
        r",?\s+including\b|"
        r"(?:,\s+according\s+to\s+[^,.;:]{1,80})?\s*:|"  # ("Ukraine's demands, according to an official: a; b; c")
        # ("repeated Russia's demand that Ukraine formally give up its bid": what the demand is, after "that"; never
        # a relative clause, "the demand that was dropped")
        r"(?<=demand)\s+that(?!\s+(?:was|were|is|are|had|has|have|would|will|could|it|they)\b)(?=\s))"
        r"|\bthese include\b|\bthey include\b",
        re.IGNORECASE,
    ),
    "condition|demand|priorit|requirement|red|include",
)
# "insisting that Kyiv pull its troops out": a demand's clause has its verb bare (the subjunctive), where a claim's
# is told ("insisted that it was Ukraine that ...", "that Kyiv has pulled out")
_AUXILIARY = r"(?:was|is|were|are|had|has|have|did|does|would|will|could|should|might|can|may|must|not)\b"
_PREPOSITION = r"(?:of|to|in|on|at|for|with|by|from|into|under|over)\b"
_BARE_VERB_AFTER_SUBJECT = re.compile(
    # (a name, or a side's adjective and its noun: "that Ukrainian forces withdraw from ...")
    rf"^\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){{1,3}}(?:(?!{_AUXILIARY})[a-z]+\s+){{0,2}}?(?:not\s+)?"
    rf"(?!{_AUXILIARY})[a-z]+(?<!ed)(?<![^s]s)\b|"
    # ... or a bare "be" after a thing's name ("insists that any truce be verified by monitors"): a lower-case
    # subject only with "be", which no told clause has ("that it was", "that the talks were")
    rf"^\s+(?:any|the|a|an|all|its|their|every|each|no)\s+(?:(?!{_AUXILIARY}|shall\b)[\w’'-]+\s+){{1,3}}?(?:not\s+)?be\b|"
    # ... or a bare verb after a singular noun ("insists that the route remain under its control": "remains" if told)
    # (no word before the verb told in the past or a preposition: "that the ceasefire remained in place" is told)
    rf"^\s+(?:the|a|an|its|their|any|every|each)\s+(?:(?!{_AUXILIARY})[a-z’'-]+(?<!ed)\s+){{0,2}}?"
    rf"(?!{_AUXILIARY}|shall\b|{_PREPOSITION})(?-i:[a-z]+)(?<!s)(?<!ed)\s+"
    rf"(?:not\s+)?(?!{_AUXILIARY}|shall\b|and\b|or\b|{_PREPOSITION})"
    rf"(?-i:[a-z]+)(?<!ed)(?<!s)\b(?!\s+{_AUXILIARY})"  # (a noun before a modal is none: "the next round will")
)
# "the environment required under ...": "required" right after a noun (not a name or a pronoun) is a participle.
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"\b(?!(?:he|she|it|they|we|who|which|that|also|still|has|have|had)\b)[a-z]{3,}\s+$"
)
# "conditions are ensured / met / not fulfilled": a passive after the copula, no list of conditions.
# ("... and Russia's banking demand were both parked": a quantifier or an adverb between)
_PASSIVE_AFTER = re.compile(
    r"\s*(?:(?:both|all|also|now|since|then|later|quietly|largely|effectively)\s+)?(?:not\s+)?(?:being\s+)?"
    r"[a-z]+(?:ed|en)\b",
    re.IGNORECASE,
)
# An adjective after a copula, then the clause ends: a judgement of the demands ("are unrealistic", "remain
# unchanged", "were too vague", "are well known"), not what they are ("is neutrality", "is withdrawal": one noun may
# be the demand). Adjectives by their endings and a few short ones; a noun ending so ("a referendum") is rare here.
_JUDGEMENT_AFTER = re.compile(
    r"\s*(?:not\s+)?(?:very\s+|too\s+|so\s+|completely\s+|clearly\s+|simply\s+|entirely\s+|well\s+|"
    r"widely\s+)?(?:[a-z]+(?:ic|able|ible|ous|ive|less|ful|ed|en|own)|clear|vague|absurd|excessive|extreme|same)"
    r"\s*(?:[,.;:]|$)"
)
# What may stand between a subject and its verb: "Moscow also insists", "Kyiv has long demanded".
_ADJACENT = re.compile(
    r"^(?:['’]s)?\s*(?:,\s*(?:for\s+(?:its|their|his|her)\s+part|however|in\s+turn|meanwhile),\s*)?"  # ("Moscow, for
    # its part, is seeking ...")
    r"(?:(?:also|still|now|again|has|have|had|long|repeatedly|further|reportedly|is|are|was|were|"
    r"continues to|continue to|would|will)\s+)*$",
    re.IGNORECASE,
)
_LIST_ITEM_ENDS = re.compile(
    r"\b(?:wants?|wanted|said|says|told|insists?|insisted|demands?|demanded|is|are|was|were|will|would|has|have|had)\b"
)
# "Asked what Ukraine wants, she ...": a question put (never "What Moscow wants is control of ...": a demand)
_ASKED_WHAT_BEFORE = re.compile(
    r"\b(?:asked|asking|asks|wondered|wonders|unclear|know|knows|clear|sure|explain|explained)\s+(?:\w+\s+)?"
    r"(?:what|whether|if)\s+(?:[\w’'.-]+\s+){1,3}$|"
    # ... or a question opening the sentence: "Whether Moscow wants a deal at all is the question ..." (never "What
    # Moscow wants is control of ...", which says what it wants)
    r"^\W*whether\s+(?:[\w’'.-]+\s+){1,3}$",
    re.IGNORECASE,
)
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:we|I)\s+(?:(?:also|still|truly|really|only|just|all|do|now)\s+){0,2}$", re.I)
_FIRST_PERSON_OWNER = re.compile(r"\b(?:our|my)\s+(?:\w+\s+)?\w?$", re.IGNORECASE)  # "our demands", "our main demand"
_OWNER = re.compile(r"(?P<owner>[\w’'.-]+)(?:['’]s)\s+(?:\w+\s+)?$")
# "Moscow's new lead negotiator insisting": a possessor and up to three words of a title right before a participle
_OWNED_RIGHT_BEFORE = re.compile(r"(?P<owner>[\w’'.-]+)['’]s\s+(?:[a-z]+\s+){1,3}$")
# Every cue above holds one of these stems; most sentences hold none and skip the patterns.
_CUE_WORDS = (
    r"must|should|demand|insist|call|urg|requir|press|condition|includ|priorit|red line|want|request|ask|seek|sought|"
    r"unless|prepared|ready|willing|only if|only provided|only on condition|not include|depend on|conditional on|"
    r"deadline|ultimatum"
)
# (... and "claim" for a claim revised, "lowered its compensation claim to": a need of its own, as a literal, since
# an alternative opening with "its|their|..." slows the scan for all the others)
_ANY_CUE = Gated(re.compile(f"{_CUE_WORDS}|claim", re.IGNORECASE), _CUE_WORDS, "claim")
_REJECTION = Needing(
    re.compile(r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed)|dismiss(?:es|ed)?|den(?:y|ies|ied))\b", re.I),
    "reject|refus|dismiss|den",
)
# A verb of demanding negated right before it: "would no longer insist", "does not demand", "never called for"
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no\s+longer|not|never)|n['’]t)\s+(?:(?:again|also|even|publicly)\s+)?$"
    # ... or a want denied: "Venezuela cannot say it wants peace while ...", an accusation by another side
    r"|\b(?:cannot|can\s+not|can['’]t)\s+(?:say|claim|pretend)\s+(?:that\s+)?(?:it|they|he|she)\s+$",
    re.I,
)
_NEGATED_CUE = Needing(
    re.compile(r"\b(?:without|no)\s+(?:pre)?conditions\b", re.IGNORECASE),
    "condition",
)
_CLAUSE_END = re.compile(
    # (an em dash ends a clause set close too: "want to join NATO—that's fair"; a hyphen or en dash joins words or
    # a range, "60–90 days")
    r"\s[–—-]\s|—|;|:|\.(?:\s|$)|,[”\"]|[”\"]\s*,?\s*(?:he|she|they|it)?\s*(?:said|added)|,\s+(?:with|while|but|noting|"
    r"emphasizing|and expressed|which|as|although|though|if|after|following|during|according|because)\b|"
    r",\s+an?\s+(?:stance|position|move|step|demand|condition|proposal|view|claim)\b|"
    r"\s+and\s+(?:expressed|warned|said|accused|[a-z]+ed|demands?|insists?|calls?|urges?|wants?)\b|"
    r"\s+so\s+long\s+as\b|\s+but\s+|"
    # ("asked for a border free of X, and today Y has ...", "wants X, and has made Y conditional on Z")
    r",\s+and\s+(?:today|now|then|yesterday|since)\b|,\s+and\s+(?:has|have|had)\s+(?:also\s+)?[a-z]+(?:ed|en|de)\b|"
    r",\s(?=(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.’'-]*\s+|[a-z]+\s+){0,5}"  # ", Kremlin aide Pavel Gromyko said."
    # (... with an aside after it: ", negotiators said on Tuesday, down from 40 billion")
    r"(?:said|says|told|reported|added|announced|confirmed)\b[^,;]*(?:[,;]|$))"
)
_CIRCUMSTANCE = frozenset("before after during at in on by since until ahead as".split())
CIRCUMSTANCE_WORDS = 5  # a phrase of time or place this short, standing alone, is the demand's setting
_TIME_CLAUSE = frozenset("since when while whenever".split())  # a clause opening so says when, at any length
_VAGUE = frozenset(
    [
        "these",
        "those",
        "it",  # ("Ankara would host it only if they requested it": what "it" is, the sentences say before)
        "them",
        "such",
        "several",
        "key",
        "some",
        "any",
        "certain",
        "new",
        "further",
        "other",
        "main",
        "his",
        "her",
        "its",
        "their",
        "the",
        "a",
        "an",
        "conditions",
        "preconditions",
        "demands",
        "concessions",
        "for",
        "peace",
        "agreement",
        "and",  # ("had been a key Kenyan demand and, diplomats said, removed ...": a conjunction is no demand)
        "or",
        "but",
    ]
)
_NP_SPLIT = re.compile(r",?\s+and\s+(?=(?:the|a|an|its|their|his|her)\s)")
_VP_SPLIT = re.compile(r"(,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
_NOT_VERB_START = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "four",
        "three",
        "two",
        "five",
        "other",
        "others",
        "all",
        "some",
        "any",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "as",
        "by",
        "than",
        "that",
        "this",
        "these",
        "those",
        "which",
        "who",
    ]
)


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str  # "must", "verb", "offer" (a conditional one), "list"


def extract_demands(
    sentences: list[Sentence], actors: ActorFinder, speakers: dict[int, Actor] | None = None
) -> list[Demand]:
    """All demands stated in one article's sentences (in order, for pronouns and 'these include'). ``speakers``
    are ``actors.speakers(sentences)`` when the caller has them already (found here otherwise)."""
    demands: list[Demand] = []
    speakers = actors.speakers(sentences) if speakers is None else speakers
    previous: Sentence | None = None
    previous_party: Actor | None = None
    for sentence in sentences:
        if sentence.heading:
            previous = sentence
            continue
        found, party = _from_sentence(sentence, previous, previous_party, speakers.get(sentence.index), actors)
        demands.extend(found)
        previous, previous_party = sentence, party
    return demands


def _from_sentence(
    sentence: Sentence,
    previous: Sentence | None,
    previous_party: Actor | None,
    speaker: Actor | None,
    actors: ActorFinder,
) -> tuple[list[Demand], Actor | None]:
    text = sentence.text
    cues = _cues(text)
    if not cues:
        return [], None
    # a dateline is where the story was filed, never who demands: "CARACAS — Mexico is now asking both governments
    # for ..." is Mexico's (blanked, so that every position read below stays the sentence's)
    opening = _DATELINE.match(text)
    if opening is not None:
        text = " " * opening.end() + text[opening.end() :]
    demands: list[Demand] = []
    last_party: Actor | None = None
    last_target: list[Actor] | None = None
    for cue in cues:
        # ("..., calling for X": a participle's clause; "Chile was now asking both sides for ..." is a verb's own)
        ing = text[cue.start : cue.end].split()[0].lower().endswith("ing")
        progressive = ing and _PROGRESSIVE_BEFORE.search(text, 0, cue.start) is not None
        participle = ing and not progressive
        if participle:  # "..., calling for X": the party of the clause before, or the sentence's subject
            # ... or the one named right before it ("with Moscow's new lead negotiator insisting that ...")
            owned = _OWNED_RIGHT_BEFORE.search(text[: cue.start])
            owners = actors.actors_in(owned.group("owner")) if owned else []
            right_before = owners[-1] if owners else None
            # (never the sentence's subject when the participle has one of its own right before it: "with Islamabad
            # pressing Kabul ... and the Taliban administration demanding that ...": the administration's, unknown)
            own = _OWN_SUBJECT_BEFORE.search(text, 0, cue.start)
            own_actors = actors.actors_in(own.group("np")) if own is not None else []
            party: Actor | None = (
                (own_actors[0] if own_actors else None)
                if own is not None
                else last_party or right_before or _sentence_subject(text, cue.start, actors)
            )
            target, objects = _verb_objects(text, cue, actors)
            target = target or last_target
        elif cue.kind == "list":
            first_person = _FIRST_PERSON_OWNER.search(text[: cue.start + 1]) is not None
            opening = _FOR_SIDE_OPENING.match(text)  # "For the African Union, ..., the priority is food"
            sides = [a for a in actors.actors_in(opening.group("side")) if a.person is None] if opening else []
            party = (
                # ("Whoever Moscow sends, our demands remain the same: ...," Melnychuk said: the speaker's side)
                (speaker if first_person else None)
                or (sides[0] if sides and opening and opening.end() <= cue.start else None)
                or _owner(text, cue.start, actors)
                # "Kesk said Moscow had handed over its conditions, including ...": one this sentence names first
                or actor_ending_before(text, cue.start, None, actors)
                or previous_party
                or _subject_before(text, cue.start, previous, actors)
                or speaker
            )
            target, objects = None, _noun_phrases(clause_after(text, cue.end))
            if text[: cue.end].rstrip().endswith(":") and ";" in text[cue.end :]:
                # a list after a colon, its items between semicolons: "demands ...: a ceasefire; the return of
                # deported children; no recognition of any annexation; and security guarantees"
                # (the list ends at a part with a verb of its own, "Russia, for its part, still wants ...", and a
                # trailing attribution is no item: "... and security guarantees, Kesk told Reuters")
                objects = []
                for part in re.split(r";\s*(?:and\s+)?", text[cue.end :]):
                    item = clause_after(part, 0)
                    if not item or _LIST_ITEM_ENDS.search(item):
                        break
                    objects += _noun_phrases(item)
        elif cue.kind == "must":
            reported = _reporter(text, cue.start, previous, actors, speaker) or _position_owner(text, cue.start, actors)
            modal = text[cue.start : cue.end].lower()
            quoted = bool(re.search(r"[“”\"]", text))
            party = reported or (speaker if modal == "must" or quoted else None)  # a bare "should" is an opinion
            target, objects = _must_objects(text, cue, actors, previous)
        elif cue.kind == "offer":
            # "Ukraine is prepared to stop strikes ... if Moscow does the same": the offer and its condition, whole
            party = _subject_before(text, cue.start, previous, actors)
            offer = _OFFER.sub("", text[cue.start : cue.end])
            condition = clause_after(text[cue.end :], 0)
            target, objects = None, [f"{offer} {condition}".strip()] if condition else []
        else:
            # ("Kyiv refuses to recognise any Russian annexation and insists on ...": a verb joined by "and" to the
            # one before shares its subject, the sentence's, not the party named in between)
            # (... not inside a relative clause: "Kesk met Varo, who rejected the plan and demanded ...": Varo's)
            joined = _JOINED_VERB.search(text, 0, cue.start) is not None and not _RELATIVE_CLAUSE.search(
                text, 0, cue.start
            )
            subject = _sentence_subject(text, cue.start, actors, previous) if joined else None
            if joined and subject is None and _opens_with_a_name(text):
                # ("Santiago is offering port facilities for Bolivian cargo, and wants La Paz to ...": the subject a
                # name no table knows, never the adjective in between)
                continue
            party = subject or _subject_before(text, cue.start, previous, actors)  # "work that requires": no party
            aside = _OPENING_THEN_ASIDE.match(text[: cue.start])
            if aside is not None and party is not None and party.start >= aside.end("np"):
                # ("Ethiopia, landlocked since Eritrean independence in 1993, is seeking ...": the subject before the
                # aside, never a side the aside names)
                # (... a person the aside names for the same side stays: "The UAE mediator, Khalid Al-Mansoori, has")
                before_aside = actors.actors_in(aside.group("np"), locations=False)
                if before_aside and before_aside[0].party != party.party:
                    party = before_aside[0]
            if party is None and speaker is not None and _FIRST_PERSON_SUBJECT.search(text, 0, cue.start):
                # ('"We truly want to join NATO," he said': the speaker's side, in their own words)
                party = speaker if inside_quotation(text[: cue.start]) else None
            if party is None and progressive:
                # ("Kostic, the deputy chief negotiator of Estmar, said her government was seeking ...": the sentence's
                # subject, as for a participle)
                party = _sentence_subject(text, cue.start, actors)
            target, objects = _verb_objects(text, cue, actors)
        if party is None:
            continue
        if party.person is None and speaker is not None and speaker.party == party.party:
            party = speaker  # "Russia's condition is ..., Kremlin aide Pavel Gromyko said": Russia, via Gromyko
        if _ACCUSED_OF.search(text[: cue.start]):
            continue  # "He accused Kyiv of seeking guarantees ...": the accuser's charge, never Kyiv's stated demand
        if (
            speaker is not None
            and speaker.party is not None
            and party.party is not None
            and party.party != speaker.party
            and inside_quotation(text[: cue.start])
        ):
            # '"Russia wants to be paid for not bombing power stations," the Ukrainian negotiator said': the other
            # side's demand in a speaker's own quoted words is their gibe, never that side's stated demand
            continue
        last_party, last_target = party, target or last_target
        # ("What Moscow wants is control of ...": the demand is what follows the copula)
        for item in dict.fromkeys(re.sub(r"^(?:is|are|was|were)\s+", "", _balanced(item)) for item in objects):
            if _is_vague(item) or any(d.text == item for d in demands):
                continue
            demands.append(
                Demand(
                    party=party.party or party.name,
                    actor=party.person,
                    target=_target_name(target, party),
                    text=item,
                    citation=sentence.citation(),
                )
            )
    return demands, last_party if demands or _mentions_conditions(text) else None


# "CARACAS — ", "LA PAZ — ", "ABUJA, June 15 (Gulf Wire) - ": a city in capitals, its date and wire, then a dash
_DATELINE = re.compile(
    r"^\s*(?-i:[A-ZÀ-Þ][A-ZÀ-Þ .'/-]{2,}?)(?:,\s+(?-i:[A-Z])[a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?[–—-]+\s+"
)
# a participle's own subject right before it, after "with" or "and": an absolute clause ("and the Taliban
# administration demanding that ...")
_OWN_SUBJECT_BEFORE = re.compile(
    r"\b(?:with|and)\s+(?P<np>(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})"
    r"\s+(?:also\s+|still\s+)?$",
    re.IGNORECASE,
)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:(?:now|still|also|again|\w+ly)\s+)*$", re.I)
_ACCUSED_OF = re.compile(r"\b(?:accus\w*|charg\w*|blam\w*)\s+(?:[\w’'.-]+\s+){1,4}?of\s+$", re.IGNORECASE)


def _target_name(target: list[Actor] | None, party: Actor) -> str | None:
    names = list(dict.fromkeys(t.party or t.name for t in target or [] if (t.party or t.name) != party.party))
    return ", ".join(names) or None


def _mentions_conditions(text: str) -> bool:
    return bool(re.search(r"\b(?:pre)?conditions\b|\bdemands\b", text, re.IGNORECASE))


def _told_in_the_past(clause_start: str) -> bool:
    """Whether the verb ending this clause's start is an irregular past ("that Ukrainian drones struck", "that
    Ukrainian forces began"): a claim told, where a demand's verb is bare ("that Ukrainian forces withdraw")."""
    last = clause_start.split()[-1].lower()
    return last in IRREGULAR_VERBS and IRREGULAR_VERBS[last] != last


def _cues(text: str) -> list[_Cue]:
    if not _ANY_CUE.search(text):
        return []
    cues: list[_Cue] = []
    for match in _MUST.finditer(text):
        cues.append(_Cue(match.start(), match.end(), "must"))
    cues += [
        _Cue(match.start(), match.end(), "verb")
        for match in _REVISED_CUE.finditer(text)
        if not _NEGATED_BEFORE.search(text[: match.start()])  # ("has not cut its demand to ...")
    ]
    for match in _VERB_CUES.finditer(text):
        verb = match.group("verb").lower()
        rest = text[match.end() :]
        if (re.match(r"\s*that\b", rest) or verb.endswith("that")) and _MUST.search(rest):
            continue  # "insists that Kiev must ...": the modal carries it
        bare = _BARE_VERB_AFTER_SUBJECT.match(rest) if verb.endswith("that") else None
        if verb.endswith("that") and (bare is None or _told_in_the_past(bare.group())):
            continue  # "insisted that it was Ukraine that broke off the talks": a claim, not a demand
        if verb.startswith("demand") and not re.match(r"\s+(?:on\b|that\b|for\b|the\b|a\b|an\b|\w+)", rest):
            continue
        if verb.startswith("demand") and (
            _NOUN_BEFORE.search(text[: match.start()])
            or _ADJECTIVE_NOUN_BEFORE.search(text[: match.start()])
            or (verb.lower() == "demand" and _KIND_NOUN_BEFORE.search(text[: match.start()]))
            or re.match(r"\s+(?:include|are|were|that\s+are)\b", rest)
        ):
            continue  # "put forward demands that are unrealistic", "Russia's demands include": the noun
        if verb.startswith("demand") and _A_DEMAND_DESCRIBED.search(text, 0, match.start()) and _DESCRIBED.match(rest):
            continue  # "..., a demand that was eventually dropped", "a demand Moscow has dismissed": what became of it
        if re.match(r"\s*[,.;:)]", rest) and not verb.startswith("demand"):
            continue  # "a third of what Ukraine is seeking, and ...": the verb has no object of its own
        if (
            _OBJECT_RELATIVE_BEFORE.search(text[: match.start()])
            and rest.split()[:1]
            and (rest.split()[0].lower() in _CIRCUMSTANCE)
        ):
            continue  # "a concession by Kyiv that Russian negotiators had sought at the opening session": its object
            # is the noun before, which the clause only describes
        if _IF_SUBJECT_BEFORE.search(text[: match.start()]):
            continue  # "If Kyiv wants more, it will have to talk about neutrality": a supposition, no demand
        if _ASKED_WHAT_BEFORE.search(text[: match.start()]):
            continue  # "Asked what Ukraine wants, she counted on her fingers": a question put, no demand
        if verb.startswith("want") and re.match(r"\s+(?:it|this|them|these|those)\b(?!\s+to\b)", rest):
            continue  # "got the commission where Algeria wanted it": a pronoun object names no demand
        if _NEGATED_BEFORE.search(text[: match.start()]) and not _OFFER.match(match.group()):
            continue  # "would no longer insist that Algeria endorse the plan", "did not call for": a demand dropped
        if verb.startswith("require") and _PARTICIPLE_AFTER_NOUN.search(text[: match.start()]):
            continue  # "the security environment required under ongoing attacks": a participle, no one requires
        cues.append(_Cue(match.start(), match.end(), "offer" if _OFFER.match(match.group()) else "verb"))
    for match in _CONDITION_LIST.finditer(text):
        if any(c.start <= match.start() < c.end for c in cues):
            continue
        if match.group().lower().endswith("that"):
            # "Russia's demand that Ukraine formally give up its bid": a subject and a bare verb (or a modal), what
            # is demanded; never "the demand that Moscow made last week", a relative clause
            bare = _BARE_VERB_AFTER_SUBJECT.match(text[match.end() :])
            if (bare is None or _told_in_the_past(bare.group())) and not _MUST.search(clause_after(text, match.end())):
                continue
        copula = re.search(r"\b(?:is|are|was|were|remains?|remained)$", match.group(), re.IGNORECASE)
        if copula and _PASSIVE_AFTER.match(text[match.end() :]):
            continue  # "if security conditions are ensured": what the conditions undergo, not what they are
        if copula and _JUDGEMENT_AFTER.match(text[match.end() :]):
            continue  # "Russia's demands are unrealistic, Kyiv said": what someone thinks of them, no list
        cues.append(_Cue(match.start(), match.end(), "list"))
    rejected = [_clause_span(text, m.start()) for m in _REJECTION.finditer(text)]
    if rejected and not any(c.kind == "must" for c in cues):
        # "Those conditions are rejected by Ukraine": a REJECT, not a DEMAND; but the clause after it may demand
        # ("rejected those conditions and called for a monitoring mission")
        cues = [c for c in cues if not any(start <= c.start < end for start, end in rejected)]
    negated = [m.span() for m in _NEGATED_CUE.finditer(text)]
    return sorted((c for c in cues if not any(s <= c.start < e for s, e in negated)), key=lambda c: c.start)


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the clause around ``at``, bounded as demand clauses are (``_CLAUSE_END``)."""
    start, end = 0, len(text)
    for match in _CLAUSE_END.finditer(text):
        if match.end() <= at:
            start = match.end()
        elif match.start() > at:
            end = match.start()
            break
    return start, end


def clause_after(text: str, start: int) -> str:
    rest = text[start:]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    return clause.strip(" ,“”\"'’‘.")


# "a demand" then a relative clause telling what became of it (never what it is: "raised a demand to restart ...")
_A_DEMAND_DESCRIBED = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_DESCRIBED = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?-i:[A-Z][\w’'-]*)\s+)?(?:was|were|is|are|had|has|have|would|will)\b", re.IGNORECASE
)
# A conditional offer's opening, cut from the demand it states: "is prepared to [stop strikes ... if Moscow ...]"
_OFFER = re.compile(rf"^(?:{_OFFER_OPENING}|{_CONDITIONAL_WOULD})", re.IGNORECASE)
# A sentence opening with whose view it gives: "For the African Union, which is mediating ..., the priority is ..."
_FOR_SIDE_OPENING = re.compile(r"^\s*For\s+(?P<side>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*,")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\s", re.IGNORECASE)
# "If Kyiv wants more, ...": a verb of wanting right after "if" and its subject supposes, it does not demand
_IF_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:\"“]\s*|\s)if\s+(?:[\w’'.-]+\s+){1,2}$", re.IGNORECASE)
# A verb whose object is the noun a relative clause hangs on ("a concession by Kyiv that Russian negotiators had
# sought"): a determiner and its noun before "that" or "which" (never "said that Belarus demanded ...", whose "that"
# opens what was said), then only a phrase of time or place after the verb (``_CIRCUMSTANCE``): no demand of its own
_OBJECT_RELATIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+(?:by|of|from)\s+[\w’'-]+)?\s+(?:that|which)\s+"
    r"(?:[\w’'-]+\s+){1,4}?(?:had\s+|has\s+|have\s+|long\s+)?$",
    re.IGNORECASE,
)
# a sentence's subject, then an aside set off by commas, then the verb: "Ethiopia, landlocked since 1993, is seeking"
_OPENING_THEN_ASIDE = re.compile(
    r"^\s*(?P<np>[^,;:\"“”]{2,60}),\s+[^,;:\"“”]{3,90},\s+(?:(?:is|are|was|were|has|have|had|also|still|now)\s+)*$"
)
_JOINED_VERB = re.compile(r"\band\s+(?:also\s+|still\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?$")  # ("and has made")


_OPENING_PRONOUN = re.compile(r"^\s*(It|They|He|She)\b")
# A sentence opening with a capitalised word that is neither a determiner nor a pronoun: a name, as its subject
_OPENS_WITH_A_NAME = re.compile(r"^\s*(?P<word>[A-Z][\w’'-]*)")  # (a name when no function word: _opens_with_a_name)
# (its author, never one who only received it: "It was welcomed by Kenya and demands ..." is still the proposer's)
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:drafted|written|proposed|presented|tabled|submitted|prepared|"
    r"issued|drawn\s+up|put\s+forward|sent)\s+by\s+"
)


def _opens_with_a_name(text: str) -> bool:
    """Whether a sentence opens with a capitalised word that is no function word ("After", "The", "In")."""
    opening = _OPENS_WITH_A_NAME.match(text)
    word = fold(opening.group("word")) if opening is not None else ""
    # (nor a participle opening a phrase: "Speaking to reporters ..., Somalia's minister ... demanded")
    return bool(word) and word not in STOPWORDS and not word.endswith(("ing", "ed"))


def _sentence_subject(text: str, at: int, actors: ActorFinder, previous: Sentence | None = None) -> Actor | None:
    """The actor a sentence opens with ("The Coalition of the Willing, which ..., has prepared a declaration
    calling for ..."), if it opens with one; a pronoun opening it stands for the actor before ("Turkey wants ...
    It recognizes Greek airspace of only six miles and wants ...": Turkey, never Greece named in between)."""
    pronoun = _OPENING_PRONOUN.match(text)
    if pronoun is not None and previous is not None:
        # (a thing acted on, its doer named: "It was drafted by Azerbaijan and demands ..." is Azerbaijan's)
        agent = _PASSIVE_AGENT.search(text, 0, at)
        if agent is not None:
            found = actors.actors_in(text[agent.end() : at], locations=False)
            return found[0] if found else None
        return actors.resolve_pronoun(pronoun.group(1), text, 0, previous.text)
    found = actors.actors_in(text[:at], locations=False)
    if found and found[0].start <= SUBJECT_CHARS:
        return found[0]
    return None


def _owner(text: str, at: int, actors: ActorFinder) -> Actor | None:
    """The possessor of a demand noun: "Russia's condition", "Kyiv's main demands"."""
    match = _OWNER.search(text[:at])
    if not match:
        return None
    found = actors.actors_in(match.group("owner"))
    return found[-1] if found else None


# "Kyiv's position, as set out by X, is that guns must fall silent ...": whose position it is holds the obligation
_POSITION_IS = re.compile(
    r"(?P<owner>[\w’'.-]+)['’]s\s+(?:\w+\s+)?(?:position|stance|view|line|demand|condition)\b[^.;]{0,90}?\bis\s+that\s+[^.;]*$"
)


def _position_owner(text: str, at: int, actors: ActorFinder) -> Actor | None:
    found = _POSITION_IS.search(text[:at])
    owners = actors.actors_in(found.group("owner")) if found else []
    return owners[-1] if owners else None


def _reporter(
    text: str, at: int, previous: Sentence | None, actors: ActorFinder, speaker: Actor | None = None
) -> Actor | None:
    """Who says the obligation: the actor before the last reporting verb before 'must'."""
    before = text[:at]
    frames = list(re.finditer(rf"\b(?:{REPORT_VERBS})\b", before))
    for frame in reversed(frames):
        actor = actor_ending_before(before, frame.start(), previous, actors, speaker)
        if actor is not None:
            return actor
    return None


def actor_ending_before(
    text: str, at: int, previous: Sentence | None, actors: ActorFinder, speaker: Actor | None = None
) -> Actor | None:
    """The actor closest before ``at`` in the same clause: a name, a party or a pronoun resolved ("he" is the
    sentence's speaker when it has one)."""
    window_start = max(0, at - 70)
    window = text[window_start:at]
    candidates: list[Actor] = [
        Actor(a.start + window_start, a.end + window_start, a.person, a.party, a.key)
        for a in actors.actors_in(window, locations=False)
    ]
    for match in re.finditer(r"\b(he|she|it|they)\b", window, re.IGNORECASE):
        personal = match.group(1).lower() in ("he", "she")
        resolved = (speaker if personal else None) or actors.resolve_pronoun(
            match.group(1), text, window_start + match.start(), previous.text if previous else None
        )
        if resolved is not None:
            candidates.append(
                Actor(
                    window_start + match.start(),
                    window_start + match.end(),
                    resolved.person,
                    resolved.party,
                    resolved.key,
                )
            )
    # (a person named as the owner of another thing is no one acting: "Mansouri welcomed Belkacem's appointment and
    # said ..."; the owner of the cue itself is, "reiterated Trump's calls for ...")
    candidates = [
        a
        for a in candidates
        if not (
            a.person
            and _POSSESSIVE_END.search(text, a.start, a.end + 2)
            and re.sub(r"^['’]s", "", text[a.end : at]).strip()
        )
    ]
    if not candidates:
        return None
    nearest = max(candidates, key=lambda a: a.end)
    if _ADJACENT.match(text[nearest.end : at]):
        return nearest  # "Vintsenko said Kyiv demands ...": the subject right before the verb is the party
    people = [a for a in candidates if a.person]
    return max(people or candidates, key=lambda a: a.end)


_POSSESSIVE_END = re.compile(r"['’]s(?:\b|$)")


def _subject_before(text: str, at: int, previous: Sentence | None, actors: ActorFinder) -> Actor | None:
    actor = actor_ending_before(text, at, previous, actors)
    if actor is not None:
        return actor
    if re.match(r"^\s*(?:These|They|Those)\b", text) and previous is not None:
        return actor_ending_before(previous.text, len(previous.text), None, actors)
    return None


def _must_objects(
    text: str, cue: _Cue, actors: ActorFinder, previous: Sentence | None
) -> tuple[list[Actor] | None, list[str]]:
    """'Ukraine must halt X, stop Y, and withdraw Z' -> (Ukraine, [halt X, stop Y, withdraw Z])."""
    closing = _quotation_end(text, cue.start)
    # (... unless the quotation is only the modal's own words: Tallinn "absolutely must" return the nets)
    bounded = text[:closing] if re.search(r"\w", text[cue.end : closing]) else text
    action = clause_after(bounded, cue.end)
    obliged = _actor_right_before(text, cue.start, actors)
    if obliged is not None:
        return [obliged], _verb_phrases(action)
    if re.search(r",?\s+(?:which|who)\s*$", text[: cue.start]):
        return None, []  # ", which should be formed within ...": describes what came before, asks nothing new
    if _INDIRECT_QUESTION.search(text, 0, cue.start):
        return None, []  # "a vision for how the country should move forward": a question told, no one obliged
    # the obliged clause starts after the last " that " or " – " before the modal ("not found" must not count), or
    # the last colon or semicolon of a list ("three demands: all members must share the risks; there must be ...")
    head_start = max(
        (at + len(mark) for mark in (" that ", " – ", ": ", "; ") if (at := text.rfind(mark, 0, cue.start)) >= 0),
        default=0,
    )
    subject = re.sub(r"^(?:and|or)\s+", "", text[head_start : cue.start].strip(' “”"').rstrip())  # ("; and ...")
    if re.search(r"\b(?:it|he|she|they)\s+(?:says|said)\s*$", subject) or re.match(
        r"^(?:an? issue|which|that|this|it)\b", subject
    ):
        return None, [text.strip()]  # "an issue it says must be addressed": only the whole sentence says what
    modal = text[cue.start : cue.end]
    return None, [f"{subject} {modal} {action}".strip()]


# a modal in a clause opened by "how", "why" or "whether", its subject a few words at most: an indirect question ("a
# vision for how the country should move forward"), not an obligation (``_ASKED_WHAT_BEFORE`` reads a question put
# after a verb of asking); never "when" or "where", as often a time or a place ("said when he visited Agou that
# farmers must be paid"), nor "what" ("What Moscow must do is withdraw" states one)
_INDIRECT_QUESTION = re.compile(r"\b(?:how|why|whether)\s+(?:[\w’'.-]+\s+){1,5}$", re.IGNORECASE)


def _quotation_end(text: str, at: int) -> int:
    """Where the quotation holding ``at`` closes, or the text's end when ``at`` is in none: a modal inside a quotation
    obliges no further than it ("a gesture of goodwill that Kyiv must now reciprocate" and that Russia had ...)."""
    if not inside_quotation(text[:at]):
        return len(text)
    # (closed by the mark of the kind that opened it: a curly one still open, else a straight one)
    closing = "”" if text.rfind("“", 0, at) > text.rfind("”", 0, at) else '"'
    end = text.find(closing, at)
    return end if end >= 0 else len(text)


def _actor_right_before(text: str, at: int, actors: ActorFinder) -> Actor | None:
    window_start = max(0, at - 40)
    found = actors.actors_in(text[window_start:at])
    if found and re.search(r"\b(?:to|for|of|from|with|on|in|by|against)\s+$", text[: window_start + found[-1].start]):
        return None  # "guarantees to Kiev should include": Kiev is not the one obliged
    if found and not text[window_start + found[-1].end : at].strip():
        last = found[-1]
        return Actor(last.start + window_start, last.end + window_start, last.person, last.party, last.key)
    return None


# a count of the things asked for, then their list after a colon (a time between: "three commitments before May 12:")
_COUNTED_LIST_AFTER = re.compile(
    rf"\s*(?P<count>{'|'.join(NUMBER_WORDS)}|\d+)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*"
    r"(?:\s+(?:before|by|from|until|ahead\s+of)\s+[^:;.]{1,40})?"
    r"\s*:\s*(?P<items>.+)",
    re.IGNORECASE,
)


def _count_of(word: str) -> int | None:
    """The number a count is written as ("three", "3")."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


# an item of a list opens like a noun phrase ("a reopening of ...", "no new detentions", "the return of ...")
_ITEM_OPENING = re.compile(r"(?:a|an|the|no|its|their|his|her|new|more|full|all|\d)\b", re.IGNORECASE)


def _verb_objects(text: str, cue: _Cue, actors: ActorFinder) -> tuple[list[Actor] | None, list[str]]:
    """'called on X to Y' / 'urged X to Y' -> (X, [Y]); 'calls for Y' / 'demand Y' / 'insists on Y' -> [Y]."""
    rest = text[cue.end :]
    verb = text[cue.start : cue.end].lower()
    if verb.startswith(("urg", "call", "ask")) and not verb.endswith("for"):
        # (urged both capitals "to ..."; "urged Bogota not to use the incident as an excuse": the "not" kept)
        match = re.match(r"\s*(?P<who>.{1,60}?)\s+[\"“]?(?P<negated>not\s+)?to\s+(?P<what>.+)", rest)
        if match:
            actions = _verb_phrases(clause_after(match.group("what"), 0))
            if match.group("negated"):
                actions = [f"not to {action}" for action in actions]
            return actors.actors_in(match.group("who")), actions
        return None, []
    listed = _COUNTED_LIST_AFTER.match(rest)
    if listed is not None:
        # "asking both sides for three commitments before May 12: no new detentions ..., no change ... and a ...":
        # the things listed after the count
        # (a counted list is split at its commas too, each piece opening like a noun phrase one of the count; a piece
        # opening otherwise goes on the one before: "a monitoring team, led by AU officers, and the return of ...")
        listed_text = re.split(r"[;.](?:\s|$)", listed.group("items"), maxsplit=1)[0]
        pieces = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:a|an|the|no|its|their)\s)", listed_text)
        items: list[str] = []
        for piece in pieces:
            if items and not _ITEM_OPENING.match(piece):
                items[-1] = f"{items[-1]}, {piece}"
            else:
                items.append(piece)
        counted = _count_of(listed.group("count"))
        if counted is not None and len(items) < counted <= len(pieces):
            items = pieces  # ("three conditions: compensation for seized boats, access to ..., and the release of")
        return None, [item.strip(" ,“”\"'’‘") for item in items if item.strip(" ,“”\"'’‘")]
    clause = clause_after(rest, 0)
    target = None
    on_target = re.match(r"\s*on\s+(?P<who>[A-Z][\w’']+)", clause)
    if on_target:
        target = actors.actors_in(on_target.group("who"))
        clause = clause[on_target.end() :].strip(" ,")
        return target, _noun_phrases(clause)
    obliged = re.match(r"\s*(?:that\s+)?(?P<who>[A-Z][\w’'.-]+)\s+(?=[a-z])", clause)
    if verb.startswith("demand") and obliged and actors.actors_in(obliged.group("who")):
        # "demands Kiev abandon ...", "demands that Kyiv cap ...": the one obliged, and what they must do
        return actors.actors_in(obliged.group("who")), [re.sub(r"^\s*that\s+", "", clause).strip()]
    return target, _noun_phrases(clause)


def _verb_phrases(action: str) -> list[str]:
    """Split coordinated actions; a piece that does not start like a verb phrase joins the one before, verbatim."""
    parts = _VP_SPLIT.split(action)  # pieces and the separators between them, alternating
    items: list[str] = []
    for position in range(0, len(parts), 2):
        piece = parts[position]
        if not piece.strip(" ,"):
            continue
        first = re.sub(r"^(?:\w+ly\s+)+", "", piece.strip()).split()[0]
        modifier = first.lower().endswith("ed") and first.lower() not in BASE_VERBS_IN_ED
        # (a coordinated action opens with a bare verb, never a gerund: "camps of the ELN and smuggling networks" is
        # one object; "bring" is the one bare verb in "-ing" a demand opens with) ... and after a bare comma a
        # participle's clause is the speaker's aside, no part of it: ", warning that the conflict ..." ends the list
        gerund = first.lower().endswith("ing") and first.lower() != "bring"
        if items and gerund and parts[position - 1].strip() == ",":
            break
        modifier = modifier or gerund
        # (a phrase of time set off by commas goes on the action it is inside: "to present, before the next round, a
        # plan to ...", never an action "present" and another "before the next round")
        aside = first.lower() in _CIRCUMSTANCE
        joins = first.lower() in _NOT_VERB_START or first[0].isupper() or first[0].isdigit() or modifier or aside
        if items and joins:
            items[-1] = items[-1] + parts[position - 1] + piece
        else:
            items.append(piece)
    return [item.strip(' ,“”"') for item in items if item.strip(' ,“”"')]


def _noun_phrases(clause: str) -> list[str]:
    """Split 'X of Y and the Z' into [X of Y, the Z]; 'NATO and territorial disputes' stays whole. A piece that is a
    clause of its own ("a sequence that protects civilians, and the mediators agreed") ends the list."""
    pieces = [piece.strip(' ,“”"') for piece in _NP_SPLIT.split(clause) if piece.strip(' ,“”"')]
    told = next((n for n, piece in enumerate(pieces) if n and _TOLD_CLAUSE.match(piece)), len(pieces))
    return pieces[:told]


# a noun phrase and its verb told: "the mediators agreed", "the talks were held" (a clause, no thing demanded)
_TOLD_CLAUSE = re.compile(
    r"^(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:(?-i:[a-z]+ed)|said|were|was|had|have|has|did|would|"
    r"will)\b(?!\s+(?:by|in|on|at|to|for|with|from|under)\b)",
    re.IGNORECASE,
)


def _balanced(item: str) -> str:
    """Never end inside an open quotation: close a quote the item opened, drop one it only closes."""
    item = item.strip()
    if item.count('"') % 2:
        item = item + '"' if item.rfind('"') > 0 or not item.startswith('"') else item[1:]
    opened, closed = item.count("“"), item.count("”")
    if opened > closed:
        item += "”" * (opened - closed)
    elif closed > opened and item.startswith("”"):
        item = item[1:].lstrip()
    return item


def _is_vague(item: str) -> bool:
    """'these preconditions', 'several key conditions': a pointer to demands, not a demand."""
    words = re.findall(r"[\w’']+", item.lower())
    if words and words[0] in _CIRCUMSTANCE and len(words) <= CIRCUMSTANCE_WORDS:
        return True  # "laid out three demands before the summit: ...": "before the summit" says when, not what
    if words and words[0] == "not" and len(words) <= 2:
        return True  # "if its demands are not met": "not met" is no demand
    if words and words[0] in _TIME_CLAUSE:
        return True  # "the ceasefire that Kyiv has demanded since the talks opened": when, however long
    if len(words) == 1 and words[0].endswith("ed"):
        return True  # "27 civilians Ukraine wants included": what is wanted is the noun before, not "included"
    return not words or all(w in _VAGUE for w in words)
