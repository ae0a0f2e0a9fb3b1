"""What kind of sentence answers a question: a number for "how many", an amount of money for "how much will it
cost", a duration, a place, a cause for "why", an outcome for "what came of it", the person asked about speaking.

A sentence holding the kind asked for ranks higher (``kind_boost``); when the best sentence holds none, the answer
says so (``holds_answer_type``) instead of passing a sentence about the thing for its number, cost or outcome.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import OSA

from knowledge.actors import parties_in, party_of
from knowledge.answering.question import MEMBERS_ASKED, Question, counted_modifiers
from knowledge.extract.people import CLAUSE_VERB_AFTER
from knowledge.extract.speakers import named_as_owner
from knowledge.index import SentenceRow
from knowledge.lexicon import ANY_PEOPLE_WORDS, ANYONE_WORDS, PEOPLE_NOUN_WORDS, family, related
from knowledge.text import IRREGULAR_VERBS, STEM_TOKEN, fold, stem, stems
from knowledge.vocabulary import COUNT_WORDS, CURRENCY_SIGNS, MONTH_WORDS, MONTHS, ORDINALS, WEEKDAYS

# Sentences holding what is asked for rise by these; a count next to the very thing counted ("27 countries") by
# more: it is the answer, where another number in the sentence may count something else.
KIND_BOOST = {
    "where": 1.4,
    "how many": 1.6,
    "how long": 2.0,
    "amount": 2.0,
    "said": 1.35,
    "yes/no": 1.35,
    "why": 1.3,
    "outcome": 1.5,
    "status": 1.5,
    "condition": 1.5,
    "names": 1.4,
    "clock": 2.0,
    "purpose": 1.5,
    "years": 1.5,
}
COUNTED_BOOST = 2.4
# "a contingent of about 100,000", "a force of up to 30,000": the noun a figure gives the size of, before it
_SIZE_OF_BEFORE = re.compile(
    r"\b(?P<noun>[^\W\d_]+)[\"”’']?\s+of\s+(?:about|some|around|roughly|nearly|almost|up\s+to|more\s+than|over)?\s*$",
    re.I,
)
# "the number of prisoners ... has been revised down to", "the total of detainees now stands at": a count's value
_NUMBER_OF_BEFORE = re.compile(
    # (the noun, or the one after its participle: "the number of displaced people had climbed to about 57,300")
    r"\b(?:number|total|count|tally)\s+of\s+(?P<noun>[^\W\d_]+)\b(?:\s+(?P<noun2>[^\W\d_]+)\b)?"
    r"[^.;:]{0,120}?\b(?:to|at|is|was|now|reached|hit|topped|passed|exceeded)"
    r"(?:\s+(?:about|some|around|roughly))?\s*$",
    re.I,
)
# "the death toll from the conflict rose to 37": the dead, counted ("how many people have died so far?")
_DEATH_TOLL_BEFORE = re.compile(
    r"\b(?:death|casualty|fatality)\s+tolls?\b[^.;:]{0,120}?\b(?:to|at|is|was|now|reached|hit|topped|passed)"
    r"(?:\s+(?:about|some|around|roughly|nearly|at\s+least))?\s*$",
    re.I,
)
# a figure a thing changed to or stands at, its verb before it ("widened on Tuesday to 15 percent", "rose to 37")
_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:rose|risen|fell|fallen|widened|narrowed|grew|grown|climbed|dropped|increased|decreased|jumped|reached|"
    r"stood|stands)\b(?:\s+[\w’'-]+){0,4}?\s+(?:to|at)(?:\s+(?:about|some|nearly|around|roughly))?\s*$",
    re.I,
)
SUBJECT_BEFORE_CHANGE = 80  # how far before its verb a changed figure's subject is read: a noun phrase, a clause
# what a death toll counts: people (whoever they were), and the deaths themselves
_DEAD_COUNTED = frozenset(stem(word) for word in (*ANYONE_WORDS, "deaths", "dead", "fatalities", "casualties"))
_GROUP_PEOPLE = frozenset("people persons personnel members staff strong".split())  # a group's size, not a thing
SIZED_KIND_CHARS = 30  # how far before a sized noun ("contingent of about ...") its kind is read: two words
TYPO_COUNTED_MIN = 6  # a counted noun this long may be typed one letter off; shorter ones are other words
_SCALE_WORDS = frozenset(
    """thousand million billion trillion bn m percent per cent square sq miles mile kilometres kilometers km acres
    hectares tonnes tons barrels metres meters the a an""".split()
)  # ("over 2,000 square miles of the territory": the territory counted)
COUNTED_WINDOW = 3  # words between a number and the noun it counts ("27 EU member countries")

_NUMBER = re.compile(
    rf"\b\d[\d,.]*\b|\b(?:{COUNT_WORDS}|dozen|dozens|"
    r"hundreds?|thousands?|millions?)\b",  # ("Forty African Union monitors": a count written out)
    re.I,
)
# a number that tells the time or the day, not how many: "5 p.m.", "10:30", "May 21", "in 2025"
_NOT_A_COUNT_AFTER = re.compile(r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|local\s+time)|:\d)", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\d:|\b(?:[Nn]o|[Aa]ny|[Ee]very|[Nn]ot\s+a\s+single)\s)$")
_DAY_OR_TIME = "|".join(WEEKDAYS) + "|" + MONTH_WORDS + r"|midnight|noon|\d{1,2}(?:\s*(?:a\.?m|p\.?m)|:\d\d)"
_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)[- ](?:hours?|days?|minutes?|"
    r"weeks?|months?|years?)\b|\blast(?:ed|ing)\b|"
    r"\bfor\s+an?\s+(?:hour|day|week|month|year|fortnight)\b|"  # "to refrain from striking Kyiv for a week"
    # a span from one day or time to another: "from Saturday evening through Sunday", "from May 8 to May 10" (both
    # ends days or times: "flew from both capitals to Monday's talks" is no span)
    r"\bfrom\s+(?:" + _DAY_OR_TIME + r")(?:\s+[\w’'-]+)?\s+(?:through|until|till|to)\s+(?:(?:the\s+)?end\s+of\s+)?"
    r"(?:" + _DAY_OR_TIME + r")\b|"
    r"\bsince\s+(?:(?:early|late|mid)\s+)?(?:"
    + MONTH_WORDS
    + r"|(?:19|20)\d\d)\b",  # "has run it since February 2020": how long, from when
    re.I,
)
# A distance: "1,100-km", "90 km", "12 miles". It answers a length ("the length of the line", "how long is the
# corridor?"), never "how long did the talks last?", which asks a span of time.
_DISTANCE = re.compile(r"\b\d[\d,.]*\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b", re.I)
_ASKS_LENGTH = re.compile(
    r"\blength\b|\bhow\s+long\s+(?:is|are|was|were|would|will)\b(?!.{0,40}\b(?:last|take|run)\b)", re.I
)
# What a thing is for: "to help ...", "will assist in", "in order to", "was to align", "aimed at", "designed to".
_PURPOSE = re.compile(
    r"\b(?:(?:was|is)\s+to\s+[\"“]?(?!be\b)[a-z]+|in\s+order\s+to|so\s+that|aimed\s+at|aims?\s+to|designed\s+to|"
    r"intended\s+to|meant\s+to|tasked\s+with|(?:goals?|aims?|objectives?|purpose)\s+(?:is|are|was|were|appears?|"
    r"include|included)|(?:will|would|to)\s+(?:help|assist|support|ensure|monitor|protect|guarantee|deter|restore|"
    r"provide|oversee|secure)|"
    # a meeting's or a trip's purpose: "met with Lukashenko to seek his support" (never in a relative clause on
    # someone else, "Smith, who visited Belarus in February to negotiate ..."; nor "called on allies to press", "came
    # as Russia refused to negotiate", "went on to urge": no meeting's purpose)
    r"(?<!who\s)(?<!which\s)(?<!who\salso\s)(?<!who\shad\s)(?:met|meets|visited|visits|travell?ed|flew|arrived|phoned)\s+"
    r"(?:with\s+)?(?:[\w’'-]+\s+){0,6}?to\s+(?:seek|win|gain|secure|persuade|press|explore|discuss|negotiate|broker|"
    r"enlist|ask|urge))\b",
    re.I,
)
# A time of day: "5 p.m.", "10:30", "at noon", "on Saturday evening" (a part of the day answers "what time" too).
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|o['’]clock)\b|"
    r"\b(?:morning|afternoon|evening|night)\b",
    re.I,
)
# Units of a quantity that is no money: "2.5 million tonnes", "1.2m barrels".
_QUANTITY_UNITS = (
    r"(?:tonnes?|tons?|barrels?|cubic|square|people|residents|litres?|liters?|hectares?|acres?|doses?|rounds?|"
    r"shells?|kilomet\w*|km|miles?)\b"
)
# An amount of money: a currency sign or word, or a figure in millions and billions.
_AMOUNT = re.compile(
    r"[$€£₴₽¥]\s*\d|\b\d[\d,.]*\s*(?:bn|m)\b(?!\s+(?:of\s+)?" + _QUANTITY_UNITS + r")|"
    r"\b(?:dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|yuan|rupees?|"
    r"(?:billions?|millions?|trillions?)(?!\s+(?:of\s+)?" + _QUANTITY_UNITS + r"))\b",  # (not "2.5 million tonnes",
    # "2.5m tonnes": a quantity, not money)
    re.I,
)
# What a "why" answer says: a cause or a purpose ("because", "amid", "over concerns", "in order to"; "citing" only
# with a reason after it, as it names a source as often), or a side's refusal or disagreement, the usual reason a
# round of talks stalls. Wide: it lifts, and only a best sentence holding none of it is labelled.
_CAUSE = re.compile(
    # ("due to" a verb is a plan's day, "due to open on Thursday", no cause)
    # (verbs seldom nouns only, and not before a hyphen: "due to end-of-year holidays", "due to travel restrictions"
    # are causes)
    r"\b(?:because|due\s+to(?!\s+(?:open|begin|start|be|take|meet|hold|resume|reconvene|end|expire|arrive|sign|"
    r"convene|attend|submit|deliver|conclude|finish)(?![\w-]))|owing\s+to|as\s+a\s+result|amid|over\s+(?:concerns?|fears?)|in\s+protest|"
    r"in\s+response|reasons?|so\s+that|in\s+order\s+to|to\s+avoid|to\s+ensure|blam\w*|unless|"
    # ("without a deal" is why nothing followed; "without preconditions" is how talks would go, no reason)
    # (nor "without delay", how soon)
    r"without(?!\s+(?:any\s+)?(?:(?:pre-?)?conditions|(?:further\s+)?delay))|"
    # a decision and what came before it: "the decision was made after Putin announced ..."
    r"(?:decision|choice)\s+(?:was|were|had\s+been)\s+(?:made|taken|reached)\s+(?:[\w’'-]+\s+){0,2}?after|"
    r"out\s+of\s+(?:respect|concern|fear|solidarity)|to\s+strengthen|to\s+show|to\s+create|"
    # a feeling and what it is about: "very disappointed at what happened", "angry over the strikes"
    r"(?:disappointed|angry|upset|frustrated|concerned|worried|unhappy|furious|pleased|satisfied)\s+"
    r"(?:at|over|about|with|by)|"
    r"driven\s+by|prompted\s+by|aimed\s+at|in\s+a\s+bid\s+to|the\s+need\s+to|needed\s+to|"
    r"(?:came|comes|come)\s+after|"
    # ("diplomats said Azerbaijan had objected to holding it in Tbilisi")
    r"\bobject(?:ed|s|ing)?\s+to\b|"
    # a charge and what it is for: "accused the Times of misrepresenting his words", "criticised Oslo for delaying"
    r"\b(?:accus\w*|critici[sz]\w*)\s+(?:[\w’'-]+\s+){0,4}?(?:of|for)\s+(?-i:[a-z]+ing)\b|"
    # a plan changed after something was said or done: "was cancelled after the delegation said it needed to ..."
    r"(?:cancell?ed|postponed|delayed|suspended|halted|called\s+off|pushed\s+back|scrapped|broke\s+down|collapsed|"
    # (... or after what broke out anew: "postponed by almost a week after fresh fighting near the oil field")
    # (... or an effort that failed after something: "these efforts failed after Lukashenko claimed victory")
    r"stalled|failed|faltered|foundered|fell\s+(?:apart|through))\s+(?:[\w’'-]+\s+){0,4}?(?<!until\s)after\s+(?:the|a|an|it|they|he|she|(?-i:[A-Z])\w*|"
    r"(?:fresh|new|renewed|heavy|deadly|further|recent)\s+(?-i:[a-z])\w+)|"
    # (... a speech tag between: "has been postponed until May 12, the ministry said on Sunday, after Bolivia ...")
    r"(?:cancell?ed|postponed|delayed|suspended|called\s+off|pushed\s+back|scrapped)\b[^.;]{0,80}?,\s+[^,.;]{0,60}?"
    # (an act of its own after "after", never a moment: "said on Saturday, after a meeting with both delegations")
    r"\b(?:said|says|announced|reported)\b[^,.;]{0,30},\s+after\s+(?:(?!(?:that|which|who)\b)[\w’'-]+\s+){0,6}?"
    r"(?:(?-i:[a-z]){2,}ed|refused|said|told|made|took|broke|threw|struck|hit|sent|fought|rejected)\b(?!-)|"
    # ("since" a cause, never a time: "since the talks began", "since the start of the war")
    # (a cause is a clause, its verb within a few words: "since it was clear that ..."; "since the raid" is a time)
    r"following|since\s+(?:the|it|they|he|she)\b(?!\s+(?:[\w’'-]+\s+){0,3}?(?:began|begun|started|opened|ended|"
    r"resumed|start|beginning|outbreak|end)\b)(?=(?:\s+[\w’'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|"
    r"can|could|cannot|does|do|did|must|should|(?-i:[a-z]){3,}ed)\b)|disagree\w*|refus\w*|reject\w*|insist\w*|oppos\w*|"
    # ... or a change another asked for: "the delay had been requested by the Armenian side"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+requested\s+by|"
    # a reason given by citing it ('It cited "scheduling requirements"', "citing security concerns"; never "citing UN
    # experts", a source) or a change that followed pressure ("the change followed pressure from regional leaders")
    r"(?:cited|citing)\s+(?:[\"“]|(?:[\w’'-]+\s+){0,2}?(?:concerns?|reasons?|requirements?|problems?|difficulties|"
    r"need|lack|security|pressure)\b)|followed\s+(?:[\w’'-]+\s+){0,2}?(?:pressure|criticism|complaints?|protests?)\b|"
    # ... or asked for ("moved to March 24 at the request of the Venezuelan government"; not "to give", as often
    # "pressuring Kyiv to give up land", no purpose)
    r"at\s+(?:the\s+)?request\s+of|at\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+['’]s?\s+request|"
    r"at\s+(?:their|his|her|its|our)\s+request|"
    # a protest and what it is over: "walked out for several hours over a Thai proposal" (never a time: "over the
    # weekend", "over the past week")
    # (a verb of protest, never "protesters marched over the bridge"; never a time or a medium: "over the weekend",
    # "over the course of the talks", "quit over the phone")
    # (... and fighting that broke out over something: "the clashes erupted on April 5 over a disputed water intake")
    r"(?:walk(?:ed|s|ing)?\s+out|stormed\s+out|protest(?:s|ed|ing)?|boycott(?:s|ed|ing)?|resign(?:s|ed|ing)?|"
    r"quit|broke\s+off|erupted|broke\s+out|flared(?:\s+up)?|clashed)\s+(?:[\w’'-]+\s+){0,8}?over\s+"
    r"(?:a|an|the|its|their|his|her)\s+"
    # (the time or medium as the phrase's head: "over the Novruz holiday", never "the army's weekend raid", "the
    # phone-tapping scandal")
    r"(?!(?:[\w’'-]+\s+){0,2}?(?:weekend|past|next|last|coming|course|phone|telephone|radio|video|holiday|holidays|"
    r"period|years?|months?|weeks?|days?|summer|winter|spring|autumn)(?![\w’'-])"
    r"(?!\s+(?!(?:with|in|at|on|by|for|to|from|and|or|but|as|after|before|when|while|of|yesterday|today|near|around|along|across|outside)\b)"
    r"(?-i:[a-z])[\w-]*(?<!ing)\b))|"
    # "resigned, citing a dispute over quotas" gives a reason; "citing sources", "citing a senior government
    # official", "citing Reuters" a source: read off the object's head word, past its determiners and adjectives
    # (possessively: never backing off onto an adjective), lower case (a capital is an outlet's or a person's name)
    r"citing\s+(?:(?:a|an|the|its|their|his|her|one|two|three|several|unnamed|anonymous|senior|informed|western|"
    r"russian|ukrainian|american|european|u\.s\.|us|government|diplomatic|military|security|local|state|top)\s+)*+"
    r"(?!(?:sources?|officials?|reports?|diplomats?|people|data|figures|statements?|media|agenc\w*|newspapers?|"
    r"spokes\w*|intelligence|documents?|analysts?|experts?|witnesses)\b)(?-i:[a-z])\w*)\b",
    re.I,
)
# What an "outcome" answer says: what an event came to, agreed or not ("reached", "ended without a deal"). A sentence
# without one is about the event, not its outcome (a preview of a summit), so the answer says none is reported.
# What a count may count under another name ("how many times", "how many were there"): any number answers.
_ANY_COUNTED = frozenset({"time", "one", "were", "was", "are", "is", "have", "has", "did", "do", "of"})
_SAYS_AFTER = re.compile(r"^\s+(?:said|says|reported|stated|added)\b", re.I)
_REPORTED_BY = re.compile(r"\b(?:according\s+to|said|says)\s+(?:the\s+)?$", re.I)
_ORDINAL_COUNTED = frozenset({None, "time", "visit", "trip", "round", "meet", "meeting"})
# "the fifth visit" counts the visits: a count told by an ordinal
_ORDINAL_COUNT = re.compile(
    rf"\b(?:{'|'.join(w for w, n in ORDINALS.items() if n >= 2 and w.isalpha())})\s+(?:\w+\s+)?"
    r"(?:visit|time|trip|round|meeting)",
    re.I,
)
_OUTCOME = re.compile(
    r"\b(?:agreed|reached|ended|concluded|produced|yielded|resulted|failed|achieved|signed|breakthrough|"
    r"no\s+(?:deal|agreement|progress)|without\s+(?:a|an|any)\s+\w+|outcomes?|results?)\b",
    re.I,
)
# Where a planned thing stands ("the meeting's status?"): put off, called off, still set, or come to something; and
# where a thing that can be open or shut stands ("Tessin corridor status": "reopened to humanitarian cargo", "has
# blocked since last spring"; an accord "came into force", "expired") - verbs of the state done, never a demand for
# it ("wants the crossing reopened", "the lifting of the blockade"), gunfire ("opened fire") or a manner ("closed-door
# talks", "turned out in force")
_STATUS = re.compile(
    r"\b(?:postponed|cancell?ed|called\s+off|suspended|shelved|stalled|delayed|put\s+off|on\s+hold|"
    r"scheduled|set\s+for|will\s+take\s+place|took\s+place|went\s+ahead|"
    r"(?:re)?opened(?!\s+fire)|closed(?![- ]doors?)|blocked|lifted|resumed|halted|expired|"
    r"(?:remains?|remained|is|are|was|were|been|still)\s+in\s+force|in\s+force\s+since|"
    r"(?:came|comes|come|entered|enters)\s+into\s+force|"
    r"took\s+effect|"
    # (where a thing under way stands: "the withdrawal was now almost complete", "behind schedule")
    # (never one demanded: "demanded that the withdrawal be completed by June")
    r"(?:is|are|was|were|been|now|almost|nearly|largely|fully)\s+(?:complete|completed)|under\s*way|in\s+progress|"
    r"completed\s+(?:the|their|its|his|her)\s|"
    r"on\s+track|behind\s+schedule|ahead\s+of\s+schedule|paused)\b",
    re.I,
)
# What a "condition" answer says: the terms of a readiness ("prepared to stop strikes if Moscow does the same").
_CONDITION = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|on\s+condition|only\s+(?:when|after|if)|"
    r"in\s+exchange\s+for|in\s+return\s+for|conditions?|preconditions?|demands?|must|should)\b",
    re.I,
)
_PLACE = re.compile(  # (never a source: "according to TASS", "sources who spoke to AFP"; a place's state may come
    # first: "in occupied Crimea")
    # (an owner's name may stand first: "at the government's Villa Gorica residence")
    r"\b(?:in|at|(?<!according )(?<!spoke )(?<!speaking )(?<!talked )(?<!talking )(?<!told )to)\s+(?:the\s+)?"
    r"(?:[a-z]+['’]s\s+)?"
    r"(?:(?:occupied|annexed|eastern|western|northern|southern|central|"
    r"liberated|besieged|neighbouring|neighboring)\s+)?(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)"
)
# A where-question asking for a venue, and a sentence naming where something is held ("will be held in Astana")
VENUE_ASKED = re.compile(r"\bvenues?\b", re.I)
_MEETINGS = "talks|round|meeting|meetings|session|summit|negotiations|conference|dialogue|consultations"
_HOSTED_IN = re.compile(
    r"(?:\b(?:held|hosted|hosting|hosts|host|take\s+place|takes\s+place|took\s+place|taking\s+place|venue)\b"
    r"[^.;]{0,40}?\b(?:in|at)"
    # (a meeting that opens or resumes somewhere is held there: "the second round ... is scheduled to open in Batam";
    # never "forces resumed shelling in Kharkiv", "opened a new front in Kursk": the meeting is named before)
    rf"|\b(?:{_MEETINGS})\b[^.;]{{0,60}}?\b(?:opens?|opened|opening|resumes?|resumed|convenes?|convened)\b"
    r"[^.;]{0,40}?\b(?:in|at)"
    # ... and one moved there: "moved it from Bogor to the island of Batam" (a meeting, never "moved troops to")
    rf"|\b(?:{_MEETINGS})\b[^.;]{{0,60}}?\b(?:moved|relocated|shifted|switched)\s+(?:it|them)\b[^.;]{{0,40}}?\bto"
    rf"|\b(?:moved|relocated|shifted|switched)\s+the\s+(?:{_MEETINGS}|venue)\b[^.;]{{0,40}}?\bto)"
    r"\s+(?:the\s+)?(?:(?:island|city|town|port)\s+of\s+)?(?!(?:"
    + "|".join(word.title() for word in (*MONTH_WORDS.split("|"), *WEEKDAYS))
    + r")\b)[A-Z]"  # (a place, never a day: "offered the venue in March")
)
# A where-question asking for a building, and the words that name one ("the Dverce Palace", "Hotel Esplanade")
_BUILDING_ASKED = re.compile(r"\b(?:which|what)\s+(?:building|hotel|palace|villa)\b|\bvenue\b", re.I)
_BUILDING = re.compile(r"\b(?:Palace|Hotel|Villa|Manor|Residence|Castle|Hall|Centre|Center|Building)\b")
# "citing sources in the White House", "officials in Kyiv said": where a source sits, never where something happened
_SOURCE_BEFORE = re.compile(r"\b(?:sources?|officials?|diplomats?|insiders?)\s+$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+$", re.IGNORECASE)
MAX_DAY = 31
# What the answer message says is missing, by kind.
ASKED_FOR = {
    "how many": "number",
    "how long": "duration",
    "amount": "amount",
    "outcome": "outcome",
    "status": "status",
    "why": "reason",
    "condition": "condition",
    "clock": "time of day",
    "purpose": "purpose",
    "years": "years",
}


# The kinds an answer's words show, by the pattern that finds them in a sentence ("how many" counts instead).
_KIND_PATTERNS = {
    "how long": _DURATION,
    "amount": _AMOUNT,
    "why": re.compile(f"{_CAUSE.pattern}|{_PURPOSE.pattern}", re.I),  # a purpose is a reason: "created to support"
    "outcome": _OUTCOME,
    "status": _STATUS,
    "condition": _CONDITION,
    "clock": _CLOCK,
    "purpose": _PURPOSE,
    "years": re.compile(r"\b(?:19|20)\d\d\b"),
}


# Things whose size is a sum of money: "how big is the fund?" is answered by "$60 million"
_SIZED_BY_MONEY = frozenset(
    stem(word) for word in "fund loan package budget grant aid facility programme program pledge bailout".split()
)


SUM_NEAR_WORDS = 6  # a sum this close to the thing it sizes: "a fund of $40 million", "raised the fund to $55 million"


def _sum_near(text: str, counted: str) -> bool:
    """Whether a sum of money stands within a few words of the thing counted ("never a "loan officer" far from it)."""
    tokens = [(m.start(), stem(fold(m.group()))) for m in re.finditer(r"[^\W\d_]+", text)]
    places = [at for at, token in tokens if token == counted]
    for amount in _AMOUNT.finditer(text):
        for at in places:
            between = text[min(at, amount.start()) : max(at, amount.end())]
            if len(between.split()) <= SUM_NEAR_WORDS + 2 and not re.search(r"\b(?:officer|official)s?\b", between):
                return True
    return False


def holds_answer_type(question: Question, row: SentenceRow) -> bool | None:
    """Whether a sentence holds what a "how many / how much / how long / outcome / why / condition" question asks
    for (None for other questions). A why-answer's reason is read off its cue words ("because", "amid", "driven
    by"): one that gives it otherwise is still shown first, labelled, never dropped."""
    if question.kind == "how many":
        counts = _counts(row.text, sources_asked=question.counted in _SOURCE_NOUNS)
        if question.counted and question.counted not in _ANY_COUNTED and counts:
            # "how many people were in the delegation?" is not answered by "delegations from two countries"
            symbol = CURRENCY_SIGNS.get(question.counted)  # "how many dollars ...?": "$163 billion"
            if symbol is not None and any(symbol in m.group() for m in _AMOUNT.finditer(row.text)):
                return True
            # "how big is the fisheries fund?": a sum of money is its size ("a fund of $40 million", "raised the
            # fund to $55 million"), in a sentence naming the fund
            if question.counted in _SIZED_BY_MONEY and _sum_near(row.text, question.counted):
                return True
            # ... with the words that say which kind ("how many political prisoners": not "14 prisoners" released)
            if not all(_held_as_typed(word, row.stems) for word in counted_modifiers(question.text)):
                return False
            held = _held_asked(question.text)
            return any(_counts_it(row.text, end, question.counted, held_asked=held) for end in counts)
        # an ordinal counts only what it orders ("the fifth visit": how many visits or times, never soldiers)
        ordinal = question.counted in _ORDINAL_COUNTED and bool(_ORDINAL_COUNT.search(row.text))
        return bool(counts) or ordinal
    if question.kind == "amount" and question.counted:
        # "how much money in frozen assets does Euroclear hold?": a sum the assets come to, never another sum in the
        # sentence ("refused to approve the €140 billion loan")
        sums = list(_AMOUNT.finditer(row.text))
        # ("how many euros would the loan be worth?": a sum in euros is one, "€140 billion")
        symbol = CURRENCY_SIGNS.get(question.counted)
        return any(
            (symbol is not None and symbol in m.group()) or _counts_it(row.text, m.end(), question.counted)
            for m in sums
        )
    if question.kind == "where":  # a place the question does not name ("supposed to be held" with no place: no)
        asked = _asked_words(question.text)
        if _BUILDING_ASKED.search(question.text):
            # "in which building are they meeting?": a named building ("in the Dverce Palace"), or a place one is
            # "at" ("at the Ritz-Carlton", "at the Kremlin"), never only the city
            return hosts_it(row.text) if VENUE_ASKED.search(question.text) else names_a_building(row.text)
        named = [fold(m.group("place").split()[0]) for m in _venues(row.text)]
        if any(word not in asked and word not in MONTHS and word not in WEEKDAYS for word in named):
            return True  # ("held in March" names no place)
        # ... or a country or seat it does not name ("where are the assets held?": "Belgium, which holds ..."), never
        # the side of who is asked, nor one that only says or reports ("..., Russia said")
        sides = set(question.parties) | {person.affiliation for person in question.people if person.affiliation}
        # (a side named as whose something is, "Ukraine's chief negotiator", or acting, "Kyiv would keep pushing",
        # is no place)
        return any(
            party not in sides
            and not _SAYS_AFTER.match(row.text[end:])
            and not _REPORTED_BY.search(row.text[:start])
            and not named_as_owner(row.text, start, end)
            and not CLAUSE_VERB_AFTER.match(row.text[end:])
            and not _QUALIFIES_A_NOUN.match(row.text[end:])  # ("held in Russian captivity": whose, no place)
            # (nor one that backs, leads or receives a thing: "the U.S.-backed peace plan for Ukraine")
            and not _BACKED_BY.match(row.text[end:])
            and not _FOR_A_SIDE.search(row.text, 0, start)
            for start, end, party in parties_in(row.text)
        )
    if question.kind == "names":  # "which oil firms were hit?": a sentence naming some ("Rosneft and Lukoil")
        return _names_new(question, row.text)
    if question.kind == "how long" and _ASKS_LENGTH.search(question.text) and _DISTANCE.search(row.text):
        return True  # "the length of the front line?": "the roughly 1,100-km front line"
    if question.kind == "status":
        return _tells_status(row.text)
    pattern = _KIND_PATTERNS.get(question.kind or "")
    if pattern is None:
        return None
    return _shows(question.kind or "", pattern, row.text) or (
        question.kind == "why" and thanked_for(question, row.text)
    )


# A reason said to be missing ("without giving a reason", "gave no reason", "did not explain why"): no reason told
_NO_REASON = re.compile(
    r"(?:\b(?:(?:without|(?:declined|refused)\s+to)\s+(?:giving|offering|providing|stating|citing|give|offer|provide|state|"
    r"cite)(?:\s+(?:a|any))?|(?:gave|give|gives|offered|provided|cited)\s+no|(?:did|does|do|would)\s+not\s+"
    r"(?:give|offer|provide|cite|state)(?:\s+(?:a|any))?|no)\s+(?:specific\s+|official\s+|clear\s+)?"
    r"(?:reasons?|explanations?)\b|\b(?:did|does|do|would)\s+not\s+(?:explain|say)\s+why\b|\bdeclined\s+to\s+explain\b)"
    # ("gave no reason for the change beyond saying the talks were entering a new phase": that saying is one; "but said
    # they would resume in November" is none; "did not say why, but diplomats said Azerbaijan had objected" is one)
    r"(?![^,.;]{0,40}?\b(?:beyond|except|other\s+than)\b)"
    r"(?![^.;]{0,20}?\bbut\b[^.;]{0,40}?\bsaid\b[^.;]{0,40}?\b(?:objected|refused|demanded|insisted|rejected|"
    r"accused|asked|wanted|feared)\b)",
    re.I,
)


# what someone is thanked, praised or faulted for doing: "thank our law enforcement officers today for adding saboteurs
# to the exchange fund" (an act in "-ing" only: "praised for years", "support for Moldova" are none), a reason only
# when the question asks why they were thanked or faulted ("Mammadli thanked Norway for hosting the talks" tells no
# reason for a postponement)
_THANKS = r"(?:thank|prais|apologi[sz]|criticiz|criticis|condemn|fault)"
_THANKED_FOR = re.compile(rf"{_THANKS}\w*\s+(?:[\w’'-]+\s+){{0,6}}?for\s+(?-i:[a-z]{{2,}}ing)\b", re.I)
_THANKS_ASKED = re.compile(rf"\b{_THANKS}\w*", re.I)


def thanked_for(question: Question, text: str) -> bool:
    """Whether a why-question asks for what someone was thanked or faulted for, and the sentence tells it."""
    return _thanks_asked(question.text) and _THANKED_FOR.search(text) is not None


@functools.lru_cache(maxsize=256)
def _thanks_asked(question_text: str) -> bool:
    """``_THANKS_ASKED`` of a question, read once per question (a ranking asks it of every candidate)."""
    return _THANKS_ASKED.search(question_text) is not None


def _shows(kind: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether a sentence shows the kind of answer asked for; a reason only where it is not said to be missing
    ("moved to Foz do Iguaçu, the ministry said, without giving a reason" gives none)."""
    if kind != "why":
        return pattern.search(text) is not None
    missing = [(m.start(), m.end()) for m in _NO_REASON.finditer(text)]
    return any(not any(start <= m.start() < end for start, end in missing) for m in pattern.finditer(text))


def _tells_status(text: str) -> bool:
    """Whether a sentence tells where a thing stands (``_STATUS``), not a state asked for ("wants it reopened")."""
    return any(not _ASKED_FOR_BEFORE.search(text, 0, m.start()) for m in _STATUS.finditer(text))


# A demand or request in the clause before a state word: the state is asked for, not told ("Moldova wants the
# crossing reopened", "urged Riga to have the line reopened")
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:wants?|wanted|demands?|demanded|calls?\s+for|called\s+for|urges?|urged|asks?|asked|seeks?|sought|"
    r"insists?|insisted)\b"
    # (... with no verb of its own between: "Farmers who demanded its reopening said it was closed again" tells it)
    r"(?:(?!\b(?:said|says|was|were|is|are|has|had)\b)[^,.;:]){0,60}$",
    re.I,
)


# A party's name used as an adjective, before the noun it qualifies ("Russian captivity", "Ukrainian officials"):
# (a lower-case word right after, other than a verb's ending or a preposition: "in Ukraine on Monday" is a place)
_QUALIFIES_A_NOUN = re.compile(
    r"^[-\s](?!(?:on|in|at|and|or|but|for|to|from|by|with|as|of|was|were|is|are|has|have|had|said|says|the|a|an|"
    r"this|that|which|who|where|when|after|before|since|until|last|next|early|late|amid|over|during|under|via|"
    r"against|through|between|earlier|later|yesterday|today|tonight|again|soon|now|then|would|will|could|"
    # ("in the northern Norwegian town of Bodø", "at the Belarusian border": a place after all)
    r"town|city|capital|region|village|port|province|resort|border|coast|side|island|enclave)\b)[a-z]"
)
# How a sentence says who made up a team: "included", "was represented by", "along with", "among those who attended".
MEMBERS_LISTED = re.compile(
    r"\b(?:includ(?:ed|es|ing)|comprised|consist(?:ed|s)\s+of|made\s+up\s+of|represented\s+by|led\s+by|"
    r"headed\s+by|along\s+with|accompanied\s+by|joined\s+by|attended|among\s+those)\b",
    re.I,
)
MEMBERS_BOOST = 2.0  # "who is on X's delegation?": a sentence listing who ("It includes A, B and C") rises
# above those that only name the team; as much as a sentence of X's own words rises for "what did X say?"


def _asks_members(question: Question) -> bool:
    return question.kind == "who" and MEMBERS_ASKED.search(question.text) is not None


def may_boost(question: Question) -> bool:
    """Whether ``kind_boost`` can be above 1.0 for any sentence: the question asks for a kind it lifts (and, for
    what X said, names X)."""
    if question.kind in ("said", "yes/no"):
        return bool(question.people)
    return question.kind in KIND_BOOST or _asks_members(question)


def kind_booster(question: Question, places: Iterable[tuple[str, ...]]) -> Callable[[SentenceRow], float]:
    """``kind_boost`` for one question, what does not depend on the sentence decided once: a ranking asks it of
    every candidate."""
    if question.kind in ("said", "yes/no"):  # only X's own words rise: a set of X's keys, not a loop per sentence
        keys = frozenset(p.key for p in question.people)
        boost = KIND_BOOST[question.kind]
        return lambda row: boost if row.speaker is not None and row.speaker in keys else 1.0
    if _asks_members(question):
        return lambda row: MEMBERS_BOOST if MEMBERS_LISTED.search(row.text) else 1.0
    return functools.partial(kind_boost, question, places=list(places))


def kind_boost(question: Question, row: SentenceRow, places: Iterable[tuple[str, ...]]) -> float:
    """How much a sentence rises for holding the kind of answer asked for (1.0: not at all). ``places`` are the
    stems of the places the question names: a "where" answer names another."""
    kind = question.kind
    text = row.text
    if kind == "how many":
        counts = _counts(text)
        held = _held_asked(question.text)
        if question.counted and any(_counts_it(text, end, question.counted, held_asked=held) for end in counts):
            return COUNTED_BOOST
        return KIND_BOOST[kind] if counts else 1.0
    if kind == "status":
        return KIND_BOOST[kind] if _tells_status(text) else 1.0
    pattern = _KIND_PATTERNS.get(kind or "")
    if pattern is not None:
        # (a reason said to be missing rises too: "without giving a reason" is what the articles say of it, shown,
        # never typed as the reason, ``holds_answer_type``)
        shown = pattern.search(text) is not None or (kind == "why" and thanked_for(question, text))
        return KIND_BOOST[kind or ""] if shown else 1.0
    if kind == "names":
        return KIND_BOOST[kind] if _names_new(question, text) else 1.0
    if kind == "where":
        named = [set(p) for p in places]
        if any(not any(set(stems(m.group("place"))) <= p for p in named) for m in _venues(text)):
            return KIND_BOOST[kind]  # a place the question did not already name
    return 1.0  # "said" and "yes/no" are lifted by ``kind_booster`` (X's own words), before any sentence


_CAPITALISED = re.compile(r"(?<=[\s(“\"'])[A-Z][\w’'-]+")


@functools.lru_cache(maxsize=256)
def _asked_words(question_text: str) -> frozenset[str]:
    """The question's words, folded, read once per question (the checks below run for every ranked sentence)."""
    return frozenset(fold(word) for word in re.findall(r"[^\W\d_]+", question_text))


def _names_new(question: Question, text: str) -> bool:
    """Whether a sentence names something the question does not: a capitalised word past its first, neither a
    party, a month nor a word of the question ("which companies?": "They target Rosneft and Lukoil")."""
    asked = _asked_words(question.text)
    countries = bool(asked & _COUNTRY_NOUNS)  # "which countries?" is answered by parties
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if fold(word) in asked or fold(word) in MONTHS or fold(word) in WEEKDAYS:
            continue
        if countries or not parties_in(word):
            return True
    return False


_COUNTRY_NOUNS = frozenset("country countries nation nations state states".split())


# a side a thing is for, against or about, right before its name: no place ("a peace plan for Ukraine"; "on" and
# "with" may be places: "on Ukraine's border with Belarus")
# (or what is joined: "a ban on joining NATO"; a journey's "for" is its place: "left for Oslo", so "for" only after
# what is meant for a side; a visit's verb is no sign either: "visited Ukraine")
_BACKED_BY = re.compile(r"-(?:backed|led|brokered|sponsored|drafted|proposed|supported)\b", re.I)  # "U.S.-backed"
_FOR_A_SIDE = re.compile(
    r"\b(?:(?:plan|plans|proposal|deal|support|aid|guarantees?|funding|framework)\s+for|"
    r"against|about|toward|towards|join|joins|joining|joined)\s+(?:the\s+)?$",
    re.I,
)


def _counts(text: str, *, sources_asked: bool = False) -> list[int]:
    """Where each number that counts something ends (not a time, a year or a day of a month; nor the anonymous
    sources a story cites, unless they are what is counted: "how many sources said ...?")."""
    found = []
    for match in _NUMBER.finditer(text):
        number = match.group()
        if _YEAR.match(number) or _NOT_A_COUNT_AFTER.match(text[match.end() :]):
            continue
        if _NOT_A_COUNT_BEFORE.search(text, 0, match.start()):
            continue  # "09:20" (the minutes of a time), "No one threatened anything" (nobody)
        if number.isdigit() and int(number) <= MAX_DAY and _MONTH_BEFORE.search(text[: match.start()]):
            continue  # "May 21"; not "In May, 27 countries signed"
        if not sources_asked and _SOURCES_COUNTED.match(text[match.end() :]):
            continue  # "according to three people familiar with the drafts": who told it, not what is counted
        found.append(match.end())
    return found


_SOURCE_NOUNS = frozenset({stem("sources")})  # (never "people", "officials": what most counts count)
# Anonymous sources counted ("three people familiar with the talks", "two officials briefed on it"): the number says
# who told the story, never how many of what the story is about.
_SOURCES_COUNTED = re.compile(
    r"^\s+(?:\w+\s+)?(?:people|persons|officials|sources|diplomats|insiders)\s+(?:familiar\s+with|briefed\s+on|"
    r"close\s+to\s+the\s+(?:talks|matter|negotiations|discussions|process)|with\s+(?:direct\s+)?knowledge|"
    r"who\s+(?:asked|requested|declined)\s+not\s+to\s+be\s+named|speaking\s+on\s+condition)\b",
    re.I,
)
# A group's size written before its noun ("a 23-member delegation", "a 40-strong team"): it counts the people in it.
_GROUP_SIZE_AFTER = re.compile(
    r"^-?\s?(?:member|strong|person|man|woman)\s+(?:\w+\s+)?(?:delegation|team|contingent|mission|crew|panel|"
    r"committee|commission|group|force|staff|body)\b",
    re.I,
)  # (not "the 27-member bloc", whose members are countries, nor "10,000 man-hours")
# (a group's people are counted under any of these: "how many people in the delegation?", "the team's size":
# "the team has nine members", "a 23-member delegation")
_ANY_PEOPLE = frozenset(stem(word) for word in ANYONE_WORDS)  # whoever they are
_PEOPLE_COUNTED = frozenset(
    {"peopl", "person", "member", "deleg", "team", "contingent", "mission", "staff", "personnel"}
    # (a body's size is its members: "how big is the border commission?": "the commission will have 14 members")
    | {"commiss", "committe", "panel", "council", "board"}
)

_PEOPLE_NOUNS = frozenset(stem(word) for word in PEOPLE_NOUN_WORDS)  # people a side's demonym counts
_ANY_PEOPLE_NOUNS = frozenset(stem(word) for word in ANY_PEOPLE_WORDS)  # ... and people by plight or trade

_SWAP_FORMAT = re.compile(r"\b(?:an?\s+)?(?P<n>[\w,.]+)[- ]for[- ](?:an?\s+)?(?P=n)\b", re.I)


# People named by what was done to them are counted by the participle: "how many detainees?" is answered by "31 of
# the 46 nationals detained", "how many evacuees?" by "1,200 people evacuated" (read only to count, never to rank:
# "detained" is no word for every question on prisoners)
_DONE_TO: dict[str, set[str]] = {
    stem(noun): {stem(participle)}
    for noun, participle in (
        ("detainees", "detained"),
        ("evacuees", "evacuated"),
        ("deportees", "deported"),
        ("abductees", "abducted"),
        ("hostages", "abducted"),
        ("returnees", "returned"),
    )
}

# ... and people held by where they are held, with no noun after the number ("freed six more, leaving nine in custody")
_HELD_COUNTED = family("prisoners") | family("hostages") | {stem("detained")}
# ("held" or "detained" only as a state, after its auxiliary: "the two held talks", "12 held a rally" are acts)
# (a people noun may stand between: "leaving 96 people in detention", never another: "96 days in detention")
_HELD_AFTER = re.compile(
    rf"^\s+(?:(?:{'|'.join(ANY_PEOPLE_WORDS)})\s+)?(?:(?:still|now|remain|remaining|are|were|being)\s+){{0,2}}"
    r"(?:in\s+(?:custody|detention|captivity|jail|prison)|behind\s+bars)\b"
    r"|^\s+(?:still|now|remain|remaining|are|were|being|is|was)\s+(?:(?:still|now|being)\s+)?(?:held|detained)"
    r"\b(?!\s+(?:talks|responsible|accountable|a|an|the|up)\b)",
    re.IGNORECASE,
)


def _held_as_typed(word: str, have: Iterable[str]) -> bool:
    """A question's stem in a sentence's, or one letter from one when long enough to mean one ("monitring" typed
    for "monitoring", as for the counted noun itself)."""
    return word in have or (
        len(word) >= TYPO_COUNTED_MIN and any(OSA.distance(word, other, score_cutoff=1) <= 1 for other in have)
    )


# a question asking how many of some people are held ("how many migrants are currently detained?"): any count of
# people in custody answers it ("leaving 96 people in detention"), as one of prisoners does
_HELD_ASKED = re.compile(
    r"\b(?:detained|held|jailed|imprisoned|in\s+(?:custody|detention|captivity|jail|prison)|behind\s+bars)\b", re.I
)


@functools.lru_cache(maxsize=256)
def _held_asked(question_text: str) -> bool:
    """``_HELD_ASKED`` of a question, read once per question (a ranking asks it of every candidate)."""
    return _HELD_ASKED.search(question_text) is not None


def _counts_it(text: str, end: int, counted: str, *, held_asked: bool = False) -> bool:
    """Whether the number ending at ``end`` counts the noun asked about (or one of its family) within a few words,
    or is that noun's size ("a contingent of about 100,000 people": the contingent counted). ``held_asked``: the
    question asks how many of those people are held."""
    family = {counted} | related(counted) | _DONE_TO.get(counted, set())
    if (family & _HELD_COUNTED or (held_asked and counted in _ANY_PEOPLE_NOUNS)) and _HELD_AFTER.match(text[end:]):
        return True  # "how many detainees are still held?": "leaving nine in custody"
    if counted in _ANY_PEOPLE:  # "how many people died?": "nine civilians, including four children, were killed"
        family = family | _ANY_PEOPLE_NOUNS  # (... "the number of migrants stranded has fallen to about 1,800")
    if counted in _PEOPLE_COUNTED and _GROUP_SIZE_AFTER.match(text[end:]):
        return True  # "how many people are in the delegation?": "a 23-member delegation"
    # "an exchange of prisoners in the thousand-for-thousand format", "a thousand for a thousand": a swap's count,
    # of whatever the sentence says is swapped
    swapped = any(m.start() < end <= m.end() for m in _SWAP_FORMAT.finditer(text))
    if swapped and any(stem(word.lower()) in family for word in _WORD.findall(text)):
        return True
    sized = _SIZE_OF_BEFORE.search(text[:end].rstrip("0123456789,. "))
    if sized is not None and stem(sized.group("noun").lower()) in family:
        return True
    # "The number of prisoners Russia and Ukraine will exchange has been revised down to 1,084 on each side": the
    # number is that of the noun the clause opened with
    changed = _CHANGED_TO_BEFORE.search(text[:end].rstrip("0123456789,. "))
    if changed is not None:
        # "the gap between the readings widened on Tuesday to 15 percent": what changed to the figure, named before
        # its verb in the clause, is what it measures ("how big is the discrepancy?")
        subject = re.split(r"[.;:]", text[max(0, changed.start() - SUBJECT_BEFORE_CHANGE) : changed.start()])[-1]
        if any(stem(word.lower()) in family for word in _WORD.findall(subject)):
            return True
    if counted in _DEAD_COUNTED and _DEATH_TOLL_BEFORE.search(text[:end].rstrip("0123456789,. ")):
        return True  # "how many people have died?": "the death toll rose to 37" (never "how many soldiers?": all)
    valued = _NUMBER_OF_BEFORE.search(text[:end].rstrip("0123456789,. "))
    if valued is not None and any(
        stem(noun.lower()) in family for noun in (valued.group("noun"), valued.group("noun2") or "")
    ):
        return True
    # ... or that noun's kind, just before it ("a so-called "peacekeeping contingent" of about 100,000 people" counts
    # peacekeepers)
    # (only when what follows the number is the group's people, "of about 600 people", never another thing it
    # counts: "a tank battalion of about 600 soldiers" counts no tanks)
    following = _WORD.findall(text[end : end + SIZED_KIND_CHARS])[:1]
    if (
        sized is not None
        and following
        and following[0].lower() in _GROUP_PEOPLE
        and any(
            stem(word.lower()) in family
            for word in _WORD.findall(text[max(0, sized.start() - SIZED_KIND_CHARS) : sized.start()])[-2:]
        )
    ):
        return True
    # (a figure's scale is no word between it and what it counts: "€12 billion of reserves", "40 percent of the land")
    # (within its clause: "agreed on exactly one thing: to swap prisoners" counts no prisoners)
    clause = re.split(r"[:;]", text[end:], maxsplit=1)[0]  # (not at a full stop: "12 U.S. citizens")
    after = [word for word in _WORD.findall(clause)[: COUNTED_WINDOW + 3] if word.lower() not in _SCALE_WORDS]
    words = [stem(word.lower()) for word in after[: COUNTED_WINDOW + 1]]
    if counted in _PEOPLE_COUNTED and not text[end:].startswith("-"):  # ("the team has nine members": the team's
        family = family | _PEOPLE_COUNTED  # people; "the 27-member bloc" is told by its noun, above)
    side = party_of(counted)
    # "how many Ukrainians ...?": "more than 8,000 of its citizens", "412 soldiers" (never another side's: "300
    # Latvian fishermen" are no Estonians)
    if side is not None and not any((party_of(w) or side) != side for w in after[:COUNTED_WINDOW]):
        family = family | _PEOPLE_NOUNS
    if any(word in family for word in words):
        return True
    # "how many prisoners are being exchanged?": "the prisoner exchange ... would involve 1,040 people from each side"
    # counts them as people, in a sentence naming what they are
    if (
        counted in _PEOPLE_NOUNS
        and words[:1]
        and words[0] in _ANY_PEOPLE
        and any(stem(word.lower()) in family for word in _WORD.findall(text))
    ):
        return True
    # "how many meetings?": "the leaders have met 19 times" counts them, the act told just before the number
    if words[:1] == ["time"]:
        before = [
            stem(IRREGULAR_VERBS.get(w.lower(), w.lower())) for w in _WORD.findall(text[:end])[-COUNTED_WINDOW - 2 :]
        ]
        if any(word in family or stem(word) in family for word in before):
            return True
    # ... or a word one letter from it ("civillians" typed for "civilians"), in a noun long enough to mean one
    return _held_as_typed(counted, words)


def names_a_building(text: str) -> bool:
    """Whether a sentence places something in a named building or at a place one is "at" ("at Verkiai Palace", "at
    the Ritz-Carlton"), not only in a city (nor "at Monday's meeting")."""
    return any(
        (_BUILDING.search(m.group("place")) or m.group().lower().startswith("at "))
        and fold(m.group("place").split()[0]) not in WEEKDAYS
        and fold(m.group("place").split()[0]) not in MONTHS
        and text[m.end() : m.end() + 2] not in ("'s", "’s")  # ("at Tokayev's urging": a person's, no place)
        for m in _venues(text)
    )


_HOSTED_BY = re.compile(r"\b[A-Z][\w’'-]+\s+(?:hosted|hosts|will\s+host)\b")  # ("Ankara hosted the second round")


def tells_venue(text: str) -> bool:
    """``hosts_it``, or a place hosting it as the subject ("Ankara hosted the second round"): where a round asked by its
    ordinal is held."""
    return hosts_it(text) or _HOSTED_BY.search(text) is not None


def hosts_it(text: str) -> bool:
    """Whether a sentence names where something is held ("will be held in Astana", "hosted the talks in Jeddah",
    "the venue, Minsk"): a venue, as a building is, where any place a sentence names (one flown to) is not; never
    an offer to host nor the next round's, still to come ("has offered to host the next talks in Geneva")."""
    if OFFERED_TO_HOST.search(text) or (NEXT_ROUND.search(text) and not UNDER_WAY.search(text)):
        return False
    return names_a_building(text) or _HOSTED_IN.search(text) is not None


# "the next round", "the next session": another round than the one under way
NEXT_ROUND = re.compile(r"\bnext\s+(?:round|session|meeting|talks|summit)\b", re.IGNORECASE)
# ... or one telling a round still to be held, whatever its count ("The third round will be held in Brasilia on April
# 21", "the talks are due to resume in Doha", "are due to resume talks in Brasilia"): the next one, as far as the
# article knows
# (a round of the talks, never another gathering: "A summit of East African leaders will be held in Mombasa")
ROUND_PLANNED = re.compile(
    r"\b(?:round|session|talks|negotiations)\b[^.;]{0,40}?\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)"
    r"\s+(?:be\s+held|take\s+place|open|begin|start|convene|resume|reconvene)\b|"
    r"\b(?:due|set|scheduled|expected|agreed)\s+to\s+(?:resume|hold|reconvene)\s+(?:the\s+)?(?:talks|negotiations)\b",
    re.IGNORECASE,
)
# ... unless it is the one under way ("The next round of talks is being held in Lausanne this week")
UNDER_WAY = re.compile(r"\b(?:is|are)\s+being\s+held\b|\bunder\s*way\b|\bthis\s+week\b", re.IGNORECASE)
OFFERED_TO_HOST = re.compile(r"\b(?:offered|offers|offer|proposed|proposes|suggested)\s+to\s+host\b", re.IGNORECASE)


def _venues(text: str) -> list[re.Match[str]]:
    """The places a sentence says something was in, at or went to (``_PLACE``), less where its sources sit."""
    return [
        m
        for m in _PLACE.finditer(text)
        if not _SOURCE_BEFORE.search(text, 0, m.start())
        and not (parties_in(m.group("place")) and _QUALIFIES_A_NOUN.match(text[m.end() :]))  # "in Russian captivity"
    ]


# The verb a count question asks by: "how many prisoners were exchanged?", "how many ships did Kesk release?" (a word
# of time is no verb: "how many drones did Russia launch overnight?" asks by "launch")
_COUNT_VERB = re.compile(
    r"\bhow\s+many\s+(?:[\w’'-]+\s+){1,4}?(?:(?:were|was|are|is|have|has|had|got|get)\s+(?:been\s+)?"
    r"(?P<passive>[a-z]+(?:ed|en|t))|did\s+(?:[\w’'-]+\s+){1,4}?(?P<active>[a-z]+))"
    r"(?:\s+(?:overnight|today|yesterday|tonight|this\s+\w+|last\s+\w+|so\s+far|in\s+all|in\s+total))?\s*\??\s*$",
    re.IGNORECASE,
)
COUNT_VERB_GAP = 3  # words between the verb and the number it governs: "exchanged a total of 812", no further


def count_verb(question: Question) -> str | None:
    """The stem of the verb a "how many" question counts by, or None."""
    if question.kind != "how many" or not question.counted:
        return None
    found = _COUNT_VERB.search(question.text)
    return stem((found.group("passive") or found.group("active")).lower()) if found else None


def counted_by_verb(verb: str, counted: str, row: SentenceRow) -> bool:
    """Whether a count of the noun asked is what the asked verb did ("exchanged 812 prisoners", "812 prisoners were
    exchanged"), not a count another verb governs or only aims at ("agreed to exchange 840": the plan's), nor a
    count of something else ("exchanged fire for 3 hours")."""
    words = [(m.start(), m.end(), stem(m.group().lower())) for m in STEM_TOKEN.finditer(row.text)]
    for end in _counts(row.text):
        at = next((i for i, (start, stop, _) in enumerate(words) if start < end <= stop), None)
        if at is None or not _counts_it(row.text, end, counted):
            continue
        for start, _, word in words[max(0, at - COUNT_VERB_GAP - 1) : at]:
            if word == verb and not _MODAL_OR_PLAN.search(row.text[max(0, start - 30) : start]):
                return True
        after = words[at + 1 : at + 2 + COUNT_VERB_GAP]
        if any(word == verb for _, _, word in after) and _PASSIVE.search(row.text[words[at][1] : after[-1][1]]):
            return True
    return False


_PASSIVE = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\b")
# "agreed to exchange 840", "would release 200", "plans to free": a count the verb is only meant to reach; "demanded
# that Caracas withdraw 2,000": one another side asks for
_MODAL_OR_PLAN = re.compile(
    r"\b(?:to|would|will|could|should|may|might|plan|plans|planned|agreed|agree)\s+(?:[\w’'-]+\s+){0,2}$|"
    r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that\s+(?:[\w’'-]+\s+){1,3}$",
    re.I,
)
