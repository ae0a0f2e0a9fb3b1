"""Turn what a user typed into an intent and its argument: commands as typed in Discord, or free questions.

Questions are answered in English only; one in another script, or in words that are plainly Spanish, French,
German, Italian, Portuguese or Polish, gets a clear message instead of a wrong answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.actors import only_a_side, parties_in
from knowledge.models import Intent
from knowledge.text import IRREGULAR_VERBS, STOPWORDS
from knowledge.vocabulary import (
    APPOINTING_WORDS,
    CHAT_SHORTHAND,
    DEMAND_CUE,
    EVENT_NOUNS,
    MONTH_WORDS,
    SOURCE_PHRASE,
)

MAX_QUESTION_CHARS = 1_000

_COMMAND = re.compile(
    r"^[!/](?P<name>timeline|who|demands|demand|said|positions|position|since|ask|help)\b\s*(?P<arg>.*)$", re.I | re.S
)
_DISCORD_MARKUP = re.compile(r"<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone|@here")
_WHO = re.compile(
    r"^(?:who\s+is|who's|who\s+was|who\s+are|who\s+(?:serves|served|acts|acted)\s+as|tell\s+me\s+about|"
    r"what\s+is\s+the\s+role\s+of)\s+"
    # "who was serving as national security adviser?", "who served as ...", "who acts as ...": the post held
    r"(?:(?:serving|acting|working)\s+as\s+)?"
    # "who is joining Rubio in Riyadh?", "who's mediating?": who does something, not who someone is
    r"(?![a-z]{2,}ing\s)(?!(?-i:[a-z]{2,}ing)[?.!]*$)"  # (a capital is a surname: "who is Fleming?")
    r"(?P<arg>.+?)[?.!]*$",
    re.I,
)
# "who said 'bloodbath'?", "who called the talks constructive?", "who described it as ...?", "whose words ...":
# a question about a speaker, wherever its "who" and verb of saying stand. "who called for" asks for a demand.
_SPEECH_CUE = (
    r"said|says|say|has\s+said|told|tells|wrote|writes|described|describes|warned|claimed|stated|called|calls|"
    r"dubbed|branded|termed|labelled|labeled|likened|compared|quipped|remarked|tweeted|posted|declared|insisted"
)
_WHO_SAID = re.compile(
    rf"^(?:who\s+(?:(?:has|had|have|did)\s+)?(?:{_SPEECH_CUE})(?!\s+(?:for|on|upon)\b)|whose\s+words\s+(?:are|were)|"
    rf"who\s+(?:was|is)\s+(?:it\s+)?(?:that\s+)?(?:{_SPEECH_CUE})(?!\s+(?:for|on|upon)\b))\b\s*(?P<arg>.*?)[?.!]*$",
    re.I,
)
# "according to whom did Russia ask for an extension?", "... an extension, according to whom?": who told it, as "who
# said" asks ("who is the source of the leak?" asks who leaked it)
_ACCORDING_TO_WHOM = re.compile(
    r"^according\s+to\s+whom\b\s*,?\s*(?P<arg>.*?)[?.!]*$|"
    r"^(?P<arg2>.*?\w.*?),?\s+according\s+to\s+whom\s*[?.!]*$",
    re.I,
)
# "who called Putin?", "who called Zelensky on Tuesday?": a phone call, not words (those need a complement: "who
# called the venue inelegant?", or a quotation).
_CALLED_SOMEONE = re.compile(
    r"^(?i:who)\s+(?:(?i:has|had)\s+)?(?i:call(?:ed|s))\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"(?:\s+(?:on|last|this|yesterday|today)\b[^\"“”']*)?\s*[?!.]*$"
)
# "why did Trump ask Putin to stop ...?", "did Putin agree to Trump's request ...?": a demand is what they are about,
# not what they ask for (a reason, a yes or no); the sentences answer them, not a list of demands.
# Nor a question a name answers ("which broadcaster reported Moscow's demands?", "who reported the demands?"; never
# "which demands has Russia made?" nor "who is calling for a ceasefire?"), nor the terms of a deal no side is named
# before ("Black Sea deal terms?": what it says; "Russia's ceasefire terms?" are Russia's).
_DEMAND_NOUNS = r"(?:demand|condition|precondition|term|request|requirement|red\s+line)s?"
_DEMAND_VERBS = r"(?:demand|call|urg|insist|press|ask|request|want|seek|sought)\w*"
_WHO_AUXILIARIES = r"(?:is|are|was|were|has|had|have|also|will|would|did|does|first|then)"
_NOT_FOR_DEMANDS = re.compile(
    # (but "how big does Moscow want Kyiv's army to be?" asks what Moscow demands of its size)
    rf"^\s*(?:why|how(?!\s+(?:big|large|small|many|much|far|long)\s+(?:[\w’'-]+\s+){{0,3}}?(?:does|do|did|would|will)\s+"
    rf"(?:[\w’'-]+\s+){{1,3}}?{_DEMAND_VERBS})|did|does|do|is|are|was|were|will|would|has|have|had|can|could)\b|"
    # "what did Trump say about whether Russia wants a deal?": what he said, about a demand or not
    # (... and "what does the SVR say the West wants the troops for?": what it says others want)
    r"^\s*what\s+(?:did|does|do|has|have|had)\s+[^?]{1,60}?\b(?:say|said|tell|told|think|mean)\s+"
    r"(?:about|on|of|regarding|that|the\s+(?-i:[A-Z])|(?-i:[A-Z]))|"
    rf"^\s*(?:which|whom)\s+(?!{_DEMAND_NOUNS}\b)|"
    rf"^\s*who\s+(?:{_WHO_AUXILIARIES}\s+)*(?!{_WHO_AUXILIARIES}\b)(?!{_DEMAND_VERBS}\b)\w|"
    r"^(?!.*\b[A-Z][\w-]*['’]s\s+(?:\w+\s+)?(?:deal|agreement|accord|treaty|ceasefire|truce)\s+terms)"
    r".*\b(?:deal|agreement|accord|treaty|ceasefire|truce)(?:['’]s)?\s+terms\b|"
    r".*\bterms\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|treaty|ceasefire|truce)\b|"
    # "what conditions did the 28-point plan impose on Kyiv?": what a document says, not a side's demands
    r".*\b(?:conditions|terms|demands)\s+(?:did|does|do|would|will)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:plan|deal|agreement|accord|treaty|proposal|draft|declaration|document)\b|"
    # "putin answer to kyiv strike pause request", "reason for the pause request": the answer to a request or why it
    # was made, not what was asked for
    r".*\b(?:answer|response|reply|reaction)\s+to\b|.*\breasons?\s+(?:for|behind)\b",
    re.IGNORECASE,
)
# "anything new on Umerov since July 20?", "Istanbul talks developments since May 13": what is new on a topic.
_SINCE_DAY = (
    r"since\s+(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday\b)"
)  # a day since_day can read: "since July 20", "since 2025-06-01", "since Monday"; not "since the summit"
_NEW_SINCE = re.compile(
    rf"\b(?:new|news|latest|happened|changed|updates?|developments?)\b.*\b{_SINCE_DAY}|"
    rf"\b{_SINCE_DAY}.*\b(?:new|news|happened|changed|updates?|developments?)\b",
    re.I,
)
# "what happened since June 1?", "what's new since Monday?": everything new since a day, newest first.
_SINCE = re.compile(
    r"^what(?:'s|\s+is|\s+has)?\s+(?:happened|new|changed)\s+since\s+(?P<arg>.+?)[?.!]*$",
    re.I,
)
# "where does Russia stand on NATO?", "what is Kyiv's position on elections?", "Lavrov view on Vatican as venue":
# a position, found by its noun or verb anywhere in the question.
_POSITIONS = re.compile(
    r"\b(?:stand|stands|stood)\s+on\b|\b(?:position|positions|stance|stances|views?|attitude|opinion|thoughts)\s+"
    r"(?:on|regarding|about|towards?|of)\b|['’]s\s+(?:position|stance|view)s?\s*[?!.]*\s*$|"
    r"['’]s\s+(?:take|reaction)\s+(?:on|to)\b|"  # "Zelensky's take on the talks", "Kyiv's reaction to the plan"
    r"^\s*how\s+(?:does|do|did|would)\s+.{1,40}?\s+(?:view|see|regard)\b",  # "how does Kyiv view the demand?"
    re.I,
)
# "china reaction to the sanctions", "Kremlin response to the plan": a side's reaction typed without its "'s"
_SIDE_REACTION = re.compile(
    r"^\s*(?P<who>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+(?:(?:take|reaction|response|stance)\s+(?:on|to|towards?)|"
    r"(?:stance|position|view)(?:\s+(?:on|to|towards?|about))?)\b",  # "china position us sanctions"
    re.I,
)


def _is_side(words: str) -> bool:
    """Whether the words are a side's name and nothing else ("china", "the Kremlin"; not "Lavrov Vatican")."""
    return only_a_side(re.sub(r"^the\s+", "", words.strip(), flags=re.I))


# "how did Beijing react to the sanctions?": a side's reaction asked with its verb, as "Beijing's reaction to ..."
_SIDE_REACTED = re.compile(
    r"^\s*how\s+(?:did|does|do|has|have|had|would|will)\s+(?:the\s+)?(?P<who>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+"
    r"(?:react|respond|reply|replied|answer)\w*\s+to\b",
    re.I,
)
# A when-question by its cue wherever it stands: "when did ...", "what day ...", "... call date?", "... approved
# when", "Pope willing to host talks - date?". A "when" inside the question joins clauses ("what did he say when
# ..."), so only a leading or trailing one counts.
_NOT_A_DATE_QUESTION = (
    r"^(?!\s*(?:who|whose|which|why|how|where|what\s+(?:did|does|do|was|were)|is|are|was|were|did|does|do)\b)"
)
_WHEN = re.compile(
    r"^\s*(?:when|what\s+date|which\s+date|what\s+day|which\s+day|(?:in\s+)?(?:what|which)\s+month|"
    r"(?:on|until|till|by|since|from|before|after)\s+(?:what|which)\s+(?:date|day)|"  # "what time": ``clock``
    r"(?:until|till|by)\s+when|"  # "until when was the pause asked for?"
    # ("date 14 prisoners freed belarus", "date of the swap": a fragment opening with what it asks)
    r"(?:the\s+)?(?:exact\s+)?dates?(?=\s+(?:of\s+|for\s+)?\w))\b|"
    + _NOT_A_DATE_QUESTION
    + r"(?:.*\bwhen\s*[?!.]*\s*$|.*\b(?:dates?|timing)\s*[?!.]*\s*$|"  # ("istanbul rounds dates?")
    r".*[-–—:,]\s*when\s+and\s+where\s*[?!.]*\s*$|"  # "next round of talks - when and where?"
    r".*\b(?:what|which)\s+day\s*[?!.]*\s*$|.*\b(?:dates?|timing)\s+(?:of|for)\b|"
    r"[^?]*\b(?:call|meeting|talks|summit|visit|deal|vote|election|signing|announcement)\s+dates?\b|"
    # ("lavrov rubio meeting day?": the day of the meeting, at the end only, never after "on": "protests in Geneva on
    # summit day?" asks what happened on it)
    r"(?!.*\bon\s+(?:the\s+)?\w+\s+day\s*[?!.]*\s*$)"
    r".*\b(?:call|meeting|talks|summit|visit|signing|announcement|exchange|swap|arrival|trip)\s+day\s*[?!.]*\s*$|"
    r"[^?]*\b(?:target|deadline|goal)\s+(?:month|date|day)\b|.*\bmonth\s*[?!.]*\s*$|"  # "target month for the deal"
    # "deadline for answering the plan?", "what's the new deadline to reply?": a deadline asked is its day
    r"\s*(?:what(?:'s|’s|\s+is|\s+was)\s+)?(?:the\s+)?(?:(?:new|current|latest|final|original)\s+)?deadlines?\s+"
    r"(?:for|to|on)\b|"
    # ("ceasefire framework deadline?": a fragment of a thing's words and "deadline", no one's reaction or view)
    # (never "berezovska on new deadline": what someone said on it, the newsroom's shorthand)
    r"(?!.*\b(?:reaction|response|view|position|stance|take|comment|comments|on|about|over)\b)"
    r"\s*(?:the\s+)?(?:(?!(?:after|before|missed|miss|missing|met|meet|for|of|to|by|with|a|an|the)\b)"
    # (the thing's own words: no verb, no "after"; "now" after it asks the deadline as it stands: "framework deadline
    # now?")
    r"(?![a-z]+ed\b)[a-z][a-z-]*\s+){1,3}deadlines?(?:\s+(?:now|currently))?\s*[?!.]*\s*$)",
    re.I,
)
# A fragment that is only an event named by its place in time, after names at most: "Kesk's most recent Tarnia
# visit?", "first Oslo round", "latest Rubio Lavrov call"; "grain exports at the third round?" asks something else.
_ORDINAL_EVENT = re.compile(
    r"^\s*(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?:the\s+)?(?:first|last|latest|most\s+recent|previous|next|second|"
    rf"third)\s+(?:(?-i:[A-Z])[\w’'-]*\s+){{0,3}}(?:{EVENT_NOUNS})"
    r"(?:\s+of\s+talks)?\s*[?!.]*$",
    re.I,
)
_TIMELINE = re.compile(
    r"^timeline\b|\btimeline\s+of\b|\bwhat\s+(?:has\s+)?happened\s+(?:on|in|since|after|before|between|during|until)\b|"
    r"^\s*what\s+(?:followed|came\s+next\s+after)\b",  # ("what followed the Berlin talks?": what happened after them)
    re.I,
)
# "who's going to meet Lavrov?", "who was pushed out of the job?", "who was on the American side?": who did something,
# had something done or stood somewhere, not who someone is; a search for the sentence naming them.
_APPOINTED = re.compile(rf"^(?:(?:the\s+)?new(?:ly)?\s+)?(?:{APPOINTING_WORDS})\s+(?:as\s+)?")
_NOT_A_NAME = re.compile(
    rf"^(?!(?:{APPOINTING_WORDS})\b)"  # ... a post given is a role ("appointed ...")
    # "pushed out of ...", "going to meet ...": a participle and what follows it ("ahmed saar" is a name)
    r"(?-i:[a-z][a-z]*(?:ing|ed)\s+(?:out|up|off|down|away|by|from|to|into|of|for|with|in|on|at|as|the|a|an)\b|"
    r"(?:on|in|at|with|behind|among|from|against|for|to)\b)"
)
# "who is Budanov replacing?": a name and what they do is whom they act on, a search, not who Budanov is
_NAME_THEN_ACT = re.compile(r"^(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*\s+(?-i:[a-z]+(?:ing|ed))\b")
# "who heads/leads Ukraine's delegation?" asks for a role's holder: "head of Ukraine's delegation".
_NOW_BETWEEN = (
    r"(?:(?:currently|now|still)\s+)?"  # an adverb of time between: "who currently leads", "who is now heading"
)
_WHO_HOLDS = re.compile(
    rf"^who\s+{_NOW_BETWEEN}(?:heads|leads|led|headed|chairs|chaired|runs|ran|"
    rf"(?:is|['’]s)\s+{_NOW_BETWEEN}(?:heading|leading|running)|"
    r"(?:will|would|is\s+going\s+to)\s+(?:head|lead|chair|run))\s+(?P<what>.*?\w)"
    # (what follows "now", "when ...", "after ...", "once ..." says when, not what is headed: "who will lead Russia's
    # team when the plenary resumes?" asks for the head of Russia's team; "from Estonia" is whose)
    r"(?:\s+(?:now|(?:when|after|once)\b.*))?[?.!]*$",
    re.I,
)
_WHO_SPEAKS_FOR = re.compile(r"^who\s+(?:speaks|spoke|is\s+speaking)\s+for\s+(?P<what>.*\w.*?)[?.!]*$", re.I)
# "who's mediating?", "who is mediating the talks?", "who mediates?": the mediator's post
_WHO_MEDIATES = re.compile(
    r"^who(?:['’]s|\s+is|\s+was)?\s+(?:mediating|mediates|mediated|brokering|brokers)\b",
    re.I,
)
# "what's Umerov's job?", "what role does Rustem Umerov have?", "what does Umerov do?", "Budanov's new post?": who
# someone is, asked by the noun for a job or "what does X do".
# ("X's background?"; "Okafor affiliation?": where they work, which the profile gives; not "employer": "Ukraine's
# biggest employer" is a company)
_JOB_NOUN = r"(?:job|role|post|title|occupation|profession|background|bio|biography|career|affiliation)s?"
# "Polishchuk's position?", "what is Kesk's current position?": a person's post when no topic follows (a party's
# position, or one "on" something, is a stance)
_PERSONS_POSITION = re.compile(
    r"^\s*(?:what(?:'s|\s+is|\s+was)\s+)?(?P<who>[A-Za-z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,2}?)(?:['’]s)?\s+"
    r"(?:current\s+|new\s+|official\s+|exact\s+)?position"
    # (... then, at most, when: "Umerov position in December 2025?"; "position in the talks" is a stance)
    r"(?:\s+(?:in|as\s+of|since)\s+(?:(?:early|late|mid)\s+)?(?:" + MONTH_WORDS + r")?\s*(?:19|20)?\d{0,2})?"
    r"\s*[?!.]*\s*$",  # ("marco rubio position")
    re.I,
)
_JOB = re.compile(
    rf"(?:['’]s|[a-z]s)\s+(?:new|current|former|old|previous|present|official)?\s*{_JOB_NOUN}\b|"  # "X's job"
    rf"^\s*what\s+{_JOB_NOUN}\s+(?:does|did|do|has|had)\b|"  # "what role does X have?"
    r"^\s*what\s+does\s+[^?]+?\s+do\s*(?:for\s+a\s+living)?\s*[?!.]*$|"  # "what does X do?"
    rf"^(?!\s*who\b)[^?]*\b{_JOB_NOUN}\s*[?!.]*\s*$",  # a fragment ending in the noun: "Mike Waltz role?"
    re.I,
)
# A job question never quotes or asks what someone said or did: "What did Trump say in the Oval Office?".
# ... nor is a post on social media a post held ("the point of the call, per his social post").
# ... nor asks the part someone played in something ("Rubio's role in the summit preparations?"): a search
_NOT_A_JOB = re.compile(
    r"\bwhat\s+did\b|\b(?:say|said|says|tell|told|post\s+on|posted|wrote|statements?|comments?|remarks?|"
    r"reaction|response)\b|\brole\s+(?:in|at|during|on)\s+\w|"
    r"\bplay(?:s|ed|ing)?\s+(?:a\s+\w+\s+)?(?:in|at|during)\b|"
    r"\b(?:social(?:\s+media)?|media|blog|online|facebook|telegram|instagram)\s+posts?\b|"
    r"^\s*why\b|\breasons?\s+(?:for|behind)\b|\brationale\b|\bmotiv\w*",  # "reason for umerov new post": why
    re.I,
)
_SHORTHAND_WORD = re.compile(r"\b(?:" + "|".join(CHAT_SHORTHAND) + r")\b")  # as typed: "Wen", "BC" are names
# A role and whose it is, typed as a fragment with no question word or verb ("Belgian PM?", "Latvia's president"):
# a few words only; "what did the Russian president say?" is a search that names a role, not a role question.
_ROLE_FRAGMENT = re.compile(
    r"^(?!.*\b(?:what|why|how|when|where|which|whose|did|does|do|is|are|was|were|say|said|says|will|would)\b)"
    r"\W*(?:\S+\s+){0,5}\S+\s*[?!.]*$",
    re.I,
)
# Words that ask, not name: set aside to leave the name a who-question asks about.
_ASKING_WORDS = frozenset(
    """
    what what's whats who who's whose which is was are were does did do have has had the a an his her their its new
    current job jobs role roles post title office occupation profession function position for living now then
    background bio biography career affiliation affiliations
    tell me about
    """.split()
)
# Function words of other languages that English questions never use: two of them, and no English ones, mean
# the question is not in English. A short list on purpose: it must never refuse an English question.
_FOREIGN_WORDS = frozenset(
    """
    que qué el los las del por para cuándo cuando quién quien dónde donde cómo como está qui quand où est les des
    pour avec dans sont wer wann wie ist und der die das mit für nicht chi quando che il gli della per sono quem
    não os do da kto kiedy jest się nie czy gdzie wurde wurden fanden statt warum welche welcher sagte gespräche
    über gegen eine einen
    """.split()
)
_ENGLISH_WORDS = frozenset("the a of is are was were did does do what when who where which how and to in on".split())
NOT_ENGLISH = "I answer questions in English, for example: 'who is Peskov?' or '!timeline Istanbul'."
EMPTY = (
    "That was an empty question. Ask in words, for example: 'who is Peskov?', '!timeline Istanbul' or "
    "'!demands Russia'."
)


@dataclass(frozen=True)
class ParsedQuestion:
    """The intent, its argument, and the question as cleaned."""

    intent: Intent
    argument: str
    cleaned: str
    problem: str | None = None  # set when the question cannot be taken as asked
    command: bool = False  # typed as a command ("!timeline istanbul"): the argument is all topic
    is_when: bool = False  # a "when did ...?" question: one date is the answer
    job: bool = False  # "what's X's job?": the argument is the person asked about
    maybe_role: bool = False  # no cue for any intent: a role and whose ("Belgian PM?") may still be a who-question


def _names_someone(text: str) -> bool:
    """Whether a text holds a capitalised word past its first that no side's name accounts for (a person's name,
    most likely)."""
    sides = [(start, end) for start, end, _ in parties_in(text)]
    return any(
        not any(start <= m.start() < end for start, end in sides) for m in re.finditer(r"(?<=\s)[A-Z][a-z]+", text)
    )


def clean_question(text: str) -> str:
    """Discord mentions and markup removed, whitespace folded; the words themselves untouched."""
    text = _DISCORD_MARKUP.sub(" ", text)
    text = re.sub(r"[*_`~|>]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# "it'd", "who'd", "we'll", "they've", "don't": written out, so that the question reads as its words ("who would
# run ...") and the tokenizer never takes "it'd" for a word "itd" no article uses.
_CONTRACTION = re.compile(r"(?<=[^\W\d_])['’](d|ll|ve|re|m)\b|n['’]t\b", re.IGNORECASE)
_WRITTEN_OUT = {"d": " would", "ll": " will", "ve": " have", "re": " are", "m": " am"}


# Words quoted in a question are the article's words, as written: never rewritten ("who said 'Electricity doesn't
# care'?" looks for "doesn't"). A single quote opens after no letter and closes before none (not "doesn't").
_QUOTED_SPAN = re.compile(r"(\"[^\"]+\"|“[^”]+”|‘[^’]+’|(?<![\w])'.+?'(?![\w]))")


def without_contractions(text: str) -> str:
    """The text with contractions written out ("it'd" -> "it would", "don't" -> "do not", "won't" -> "will not"),
    outside what it quotes."""
    parts = _QUOTED_SPAN.split(text)
    return "".join(part if n % 2 else _written_out(part) for n, part in enumerate(parts))


# ... and typed without the apostrophe ("the sea doesnt care"): only after an auxiliary ("wont", "cant" are words)
_BARE_NOT = re.compile(r"\b(does|do|did|is|are|was|were|has|have|had|should|would|could|must|need)nt\b", re.IGNORECASE)


# ... and a question word typed without its apostrophe ("whos the defence minister?", "wheres the summit?"), or
# as "whose" before an article ("whose the envoy?", a slip no grammar allows): "who is", "where is"
# ("whos replaced Kesk?", "whos signed the deal?", "whats happened to the plan?": "has" before a verb with its
# object, or "happened"; "whos named as mediator?", "whos appointed Kenya's negotiator?", "whats planned for May?"
# stay "is")
_BARE_IS = re.compile(
    r"\b(who|what|where)s\b(?=\s+([\w’'-]+)(?:\s+([\w’'-]+))?)?|\b(who)se(?=\s+(?:the|a|an)\b)", re.IGNORECASE
)


def _bare_is(match: re.Match[str]) -> str:
    word, verb, then = match.group(1) or match.group(4), (match.group(2) or "").lower(), match.group(3) or ""
    # (a verb with its object after it: a name, "whos replaced Vesper?", or a determiner, "whos signed the deal?")
    with_object = (then[:1].isupper() and not then.endswith(("'s", "’s"))) or then.lower() in _DETERMINERS_AFTER
    done = (verb.endswith("ed") or verb in IRREGULAR_VERBS) and with_object
    return f"{word} has" if match.group(1) and (verb == "happened" or done) else f"{word} is"


_DETERMINERS_AFTER = frozenset("the a an its their this that these those".split())


def _written_out(text: str) -> str:
    text = _BARE_IS.sub(_bare_is, text)
    text = re.sub(r"\b(w)o(?=n['’]t\b)|\b(c)a(?=n['’]t\b)|\b(s)ha(?=n['’]t\b)", _modal, text, flags=re.IGNORECASE)
    text = _BARE_NOT.sub(r"\1 not", text)
    return _CONTRACTION.sub(lambda m: _WRITTEN_OUT[m.group(1).lower()] if m.group(1) else " not", text)


def _modal(match: re.Match[str]) -> str:
    first = (match.group(1) or match.group(2) or match.group(3)).lower()
    return {"w": "will", "c": "can", "s": "shall"}[first]


# "who is out as head of the office?": who left the post, as an article tells it ("X will replace Y as head")
_OUT_AS = re.compile(r"\b(?:is|was|are|were)\s+(?:now\s+)?out\s+as\s+(?!of\b)", re.I)
# "acc. to Sikorski", "acc to him": according to (the dot would otherwise end the question's first sentence)
_ACCORDING_TO = re.compile(r"\bacc(?:\.|\b)\s*(?=to\b)", re.I)


def _as_spelt(text: str) -> str:
    """The shorthand people type in chat written out ("wat did X say abt Y" -> "what did X say about Y"), so the
    question's cues read as the words they stand for."""
    text = _ACCORDING_TO.sub("according ", text)
    # (never inside a quotation: "who said 'we wont sign'" asks for the words as typed)
    parts = _QUOTED_SPAN.split(text)
    text = "".join(
        part if n % 2 else _SHORTHAND_WORD.sub(lambda m: CHAT_SHORTHAND[m.group()], part)
        for n, part in enumerate(parts)
    )
    return _OUT_AS.sub("was replaced as ", text)


# "Gerasimov - what's his position?", "what's his job, Umerov?": a name set before or after the question, which a
# pronoun in it stands for; read as "what's Gerasimov's position?". Capitalised words only, joined by "and" at most
# ("Russia and Ukraine: when did they meet?"), so that a phrase is never taken for a name.
_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}"
_NAME_FIRST = re.compile(rf"^(?P<name>{_NAME})\s*(?:[:–—]|\s-)\s*(?P<rest>.+)$")  # (a comma lists names)
_NAME_LAST = re.compile(rf"^(?P<rest>.+?),\s*(?P<name>{_NAME})\s*(?P<end>[?!.]*)$")
_PRONOUN = re.compile(
    r"\b(?P<whose>his|its|their|her(?=\s+(?!about|on|to|for|with|at|in|from|by|of)[a-z]))\b|"
    r"\b(?P<who>he|she|they|him|her|them)\b",
    re.I,
)


_QUESTION_OPENERS = frozenset(
    "what what's whats who who's whose which when where why how did does do is are was were has have had will would "
    "can could should".split()
)


def _with_name_set_apart(text: str) -> str:
    """A question whose pronoun stands for a name set apart before or after it, with the name in its place."""
    apart = _NAME_FIRST.match(text) or _NAME_LAST.match(text)
    if apart is None or text.startswith(("!", "/")) or apart.group("name").split()[0].lower() in STOPWORDS:
        return text
    # (the rest is a question of its own, "what's his ...", "did he ...": not "Ukraine talks: when did they ...";
    # and a name after a comma follows a word in lower case: "in Budapest, Hungary" is a place's country)
    rest_words = apart.group("rest").split()
    if not rest_words or rest_words[0].lower().strip("'’") not in _QUESTION_OPENERS:
        return text
    if "end" in apart.groupdict() and not rest_words[-1][:1].islower():
        return text
    name, rest = apart.group("name"), apart.group("rest")
    pronoun = _PRONOUN.search(rest)
    if pronoun is None:
        return text
    named = f"{name}'s" if pronoun.group("whose") else name
    end = apart.group("end") if "end" in apart.groupdict() and apart.group("end") else ""
    return f"{rest[: pronoun.start()]}{named}{rest[pronoun.end() :]}{end}"


def parse_question(text: str) -> ParsedQuestion:
    """Route a command or a free question to an intent."""
    if len(text) > MAX_QUESTION_CHARS:
        return ParsedQuestion(
            Intent.HELP,
            "",
            text[:80],
            problem=(f"That question is {len(text):,} characters long; please ask in under {MAX_QUESTION_CHARS:,}."),
        )
    cleaned = _with_name_set_apart(without_contractions(_as_spelt(clean_question(text))))
    if not cleaned:
        return ParsedQuestion(Intent.HELP, "", cleaned, problem=EMPTY)
    if not is_english(cleaned):
        return ParsedQuestion(Intent.HELP, "", cleaned, problem=NOT_ENGLISH)
    if not re.search(r"[^\W_]", cleaned):
        return ParsedQuestion(
            Intent.HELP,
            "",
            cleaned,
            problem="Ask a question in words, for example: "
            "'who is Peskov?', '!timeline Istanbul' or '!demands Russia'.",
        )
    command = _COMMAND.match(cleaned)
    if command:
        name, argument = command.group("name").lower(), command.group("arg").strip()
        if name == "ask":
            return parse_question(argument)
        intent = {
            "timeline": Intent.TIMELINE,
            "who": Intent.WHO,
            "demands": Intent.DEMANDS,
            "demand": Intent.DEMANDS,
            "said": Intent.SAID,
            "positions": Intent.POSITIONS,
            "position": Intent.POSITIONS,
            "since": Intent.SINCE,
            "help": Intent.HELP,
        }[name]
        return ParsedQuestion(intent, argument, cleaned, command=True)
    return read_free(cleaned)


def read_free(cleaned: str) -> ParsedQuestion:
    """A free question's intent from its cues, wherever they stand and with or without a verb: the speaker cue
    ("who said/called ..."), a role's holder, a person's job, what is new, a position, a date asked for, a demand;
    anything else is a search. The order settles questions with two cues: "who called for" is a demand, "what is
    Russia's position on the talks' date" a position."""
    said = _WHO_SAID.match(cleaned)
    if said and not _CALLED_SOMEONE.match(cleaned):
        return ParsedQuestion(Intent.SAID, said.group("arg").strip(), cleaned)
    source = _ACCORDING_TO_WHOM.match(cleaned)
    told = (source.group("arg") or source.group("arg2")).strip() if source else ""
    if told and not _names_someone(told):
        # (one naming a person, "according to whom was the draft leaked by Ilic?", asks for a source the sentence
        # about that person gives: the search answers it)
        return ParsedQuestion(Intent.SAID, told, cleaned)
    # ("according to Shmyhal" says who told it, not who heads; "who's going to run", "who's leading" are "who is
    # ...", before an -ing form: "who's met Putin" is "who has")
    holder = _WHO_HOLDS.match(
        re.sub(r"^who['’]s\s+(?=(?:going\s+to|[a-z]{2,}ing)\s)", "who is ", SOURCE_PHRASE.sub("", cleaned), flags=re.I)
    )
    if holder:
        return ParsedQuestion(Intent.WHO, "head of " + holder.group("what"), cleaned)
    mediates = _WHO_MEDIATES.match(cleaned)
    if mediates:  # (the talks mediated are the articles' own: "mediator" alone finds their one holder)
        return ParsedQuestion(Intent.WHO, "mediator", cleaned)
    speaks_for = _WHO_SPEAKS_FOR.match(cleaned)
    if speaks_for:  # "who speaks for the Kremlin?": its spokesman
        return ParsedQuestion(Intent.WHO, "spokesman for " + speaks_for.group("what"), cleaned)
    who = _WHO.match(cleaned)
    if (
        who
        and not DEMAND_CUE.search(who.group("arg"))
        and not _NOT_A_NAME.match(who.group("arg"))
        and not _NAME_THEN_ACT.match(who.group("arg"))
    ):
        # "who was appointed defence minister?": who holds the post given
        return ParsedQuestion(Intent.WHO, _APPOINTED.sub("", who.group("arg")).strip(), cleaned)
    new = _SINCE.match(cleaned)
    if new:
        return ParsedQuestion(Intent.SINCE, new.group("arg"), cleaned)
    if _NEW_SINCE.search(cleaned) and not re.match(r"^\s*when\b", cleaned, re.I):
        return ParsedQuestion(Intent.SINCE, cleaned, cleaned)  # "anything new on X since July 20?"
    post = _PERSONS_POSITION.match(cleaned)
    if post and not parties_in(post.group("who")):  # "Polishchuk's position?": a person's post, not a stance
        return ParsedQuestion(Intent.WHO, post.group("who"), cleaned, job=True)
    if _POSITIONS.search(cleaned):
        return ParsedQuestion(Intent.POSITIONS, cleaned, cleaned)
    side = _SIDE_REACTION.match(cleaned)
    if side and _is_side(side.group("who")):  # "china reaction to us sanctions": China's, typed without "'s"
        return ParsedQuestion(Intent.POSITIONS, cleaned, cleaned)
    reacted = _SIDE_REACTED.match(cleaned)
    if reacted and _is_side(reacted.group("who")):  # read as "Beijing's reaction to ...": whose it is, then on what
        return ParsedQuestion(
            Intent.POSITIONS, f"{reacted.group('who')}'s reaction to {cleaned[reacted.end() :].strip()}", cleaned
        )
    if _WHEN.search(cleaned) or _ORDINAL_EVENT.match(cleaned):
        return ParsedQuestion(Intent.TIMELINE, cleaned, cleaned, is_when=True)
    if _TIMELINE.search(cleaned):
        return ParsedQuestion(Intent.TIMELINE, cleaned, cleaned)
    if _JOB.search(cleaned) and not _NOT_A_JOB.search(cleaned) and not DEMAND_CUE.search(cleaned):
        name = job_subject(cleaned)
        if name:
            return ParsedQuestion(Intent.WHO, name, cleaned, job=True)
    if DEMAND_CUE.search(cleaned) and not _NOT_FOR_DEMANDS.match(cleaned):
        return ParsedQuestion(Intent.DEMANDS, cleaned, cleaned)
    # (never one asking what the holder said or how they reacted: "US envoy reaction to the deal")
    maybe_role = bool(_ROLE_FRAGMENT.match(cleaned)) and not _NOT_A_JOB.search(cleaned)
    return ParsedQuestion(Intent.SEARCH, cleaned, cleaned, maybe_role=maybe_role)


def job_subject(text: str) -> str:
    """Whose job a question asks about: its first run of capitalised words that do not ask ("Budanov's job before
    the President's Office?" -> "Budanov"), or, typed all in lower case, its words less those that ask."""
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[^\W\d_][\w.’'-]*", text)]
    kept = [w for w in words if w.lower() not in _ASKING_WORDS]
    run: list[str] = []
    for word in words:
        if word[:1].isupper() and word.lower() not in _ASKING_WORDS:
            run.append(word)
        elif run:
            break
    return " ".join(run) if run else " ".join(kept)


def is_english(text: str) -> bool:
    """False for a question mostly in another script, or plainly in another Latin-script language."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    if latin < len(letters) / 2:
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    foreign = sum(1 for w in words if w in _FOREIGN_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    # two foreign function words outweighing the English ones ("Wann fanden die Gespräche in Berlin statt?" has
    # one "in"): an English question has several English function words for any stray foreign one
    return not (foreign >= 2 and foreign > 2 * english) and not text.lstrip().startswith(("¿", "¡"))
