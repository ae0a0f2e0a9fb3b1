"""Who did it: the named subject of a "when did X do Y?" question, and whether an event's clause has X as its
subject, so that "when did Russia accept the ceasefire?" is never answered with the day Ukraine accepted it.

The question's subject is the run of names right after its auxiliary ("when did Russia and the US ...",
"when will Witkoff ..."). A clause's subject is the names it opens with, up to its first lower-case word other
than a joining word ("US Secretary of State Marco Rubio and Ukrainian Foreign Minister Andrii Sybiha met").
A clause that opens with other names does not answer; one that opens with no name (a pronoun, "the talks", a
passive) is not judged: the rule only refuses what it can see is someone else's act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.actors import parties_in, party_of
from knowledge.extract.people import ROLE_HEADS, ROLE_MODIFIERS
from knowledge.extract.positions import BY_AGENT
from knowledge.extract.speakers import attributed_to_another
from knowledge.lexicon import family, related, without_phrasal_verbs
from knowledge.matching import PeopleLookup
from knowledge.text import IRREGULAR_VERBS, fold, stem
from knowledge.vocabulary import EVENT_NOUNS, SOURCE_PHRASE, SPEECH_VERBS

# The subject then the verb after an auxiliary; the verb is lower case ("Varzaru" is no verb) and no joining word.
# (a passive's "been"/"being" is no verb: "has Kesk been briefed?" asks about being briefed; nor an adverb before the
# verb: "did Russia actually stop?", "who else attended?")
_ADVERBS = r"first|later|also|else|exactly|actually|never|personally|really|still|just|ever|then|now|finally|already"
_SUBJECT_THEN_VERB = (
    r"\s+(?P<subject>.+?)\s+(?:(?:" + _ADVERBS + r")\s+)*"
    r"(?P<verb>(?!(?:and|or|of|the|de|al|bin|von|van|been|being|any|some|there|a|an|" + _ADVERBS + r")\b)"
    r"(?-i:[a-z])[\w’'-]*)\b"
)
_QUESTION_SUBJECT = re.compile(
    r"^\s*(?:when|(?:on\s+)?what\s+(?:day|date)|which\s+day)\s+(?:did|does|do|will|would|has|have|had|was|were|is|are)"
    + _SUBJECT_THEN_VERB,
    re.IGNORECASE,
)
# "the Minsk meeting between X and Y", "the call with X": an event named by its sides
_EVENT_BETWEEN = re.compile(r"the\s+(?:\w+\s+){1,3}?(?:between|with)\s+(?P<sides>[^?]+)", re.IGNORECASE)
# Verbs two sides do together: "when did Witkoff meet Putin?" is answered by "Putin met Witkoff" too, so every
# name in such a question counts as its subject.
# "supposed to meet", "expected to sign": the act is the verb after "to"
_PLAN_WORDS = frozenset("supposed expected going set due scheduled planning planned likely about slated".split())
_TO_VERB = re.compile(r"\s+to\s+(\w+)")
_MUTUAL_VERBS = frozenset(
    "meet met meeting talk talked speak spoke spoken call called phone phoned negotiate negotiated discuss discussed "
    "hold held sign signed exchange exchanged agree agreed".split()
)
# A clause that opens with a phrase of time or circumstance ("After nine hours of talks, Ukraine agreed ..."):
# its subject comes after the comma.
_LEADING_PHRASE = re.compile(
    r"^[\s\"“”‘’']*(?:After|Following|Before|During|On|In|At|Earlier|Later|Meanwhile|Since|Upon|Despite|However|"
    r"Also|Then|Last|This|Next|While|Whilst|Although|Though|As|When|If|Because|With|Without|Amid|Under|"
    r"According)\b[^,]{0,120},\s*"
)
# ... and the same phrase opening a reported clause, in lower case: "The NYT says that during a meeting with Kesk in
# 2020, then-Secretary of State Ott Tamm aimed to ..." tells Tamm's act, not Kesk's
_LEADING_PHRASE_ANY_CASE = re.compile(_LEADING_PHRASE.pattern, re.IGNORECASE)
# a title held before ("then-Secretary of State", "ex-President") opens a run of names as the title does
_FORMERLY = re.compile(r"^(?:then|ex)-(?=[A-Z])")
# Words a run of names may hold: "Secretary of State", "Putin and Trump", "the United States", "bin Farhan".
_JOINING = frozenset("and of the de al bin von van der la le".split())
_TITLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS


@dataclass(frozen=True)
class Subject:
    """The people (by key) and parties a question or clause names as who acts."""

    people: frozenset[int]
    parties: frozenset[str]

    @property
    def empty(self) -> bool:
        return not (self.people or self.parties)

    def shares(self, other: Subject) -> bool:
        return bool(self.people & other.people or self.parties & other.parties)


def question_subject(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject | None:
    """The named subject of a "when did X ...?" question, or None when it names none up front."""
    match = _QUESTION_SUBJECT.match(text)
    if match is None and not re.match(r"^\s*(?:when|what|which|on\s+what)\b", text, re.IGNORECASE):
        # a fragment ("Kellogg Minsk visit date?"): every person it names may be who acted, as with "meet"; a
        # country or city it names may as well be where or what ("pause on Kyiv strikes until when?")
        subject = _names(text, lookup, affiliations)
        return None if not subject.people else subject
    sides = _EVENT_BETWEEN.match(text, match.start("subject")) if match is not None else None
    if sides is not None:
        # "what day did the Minsk meeting between Trump's envoy and Lukashenko begin?": the meeting's sides
        subject = _names(sides.group("sides"), lookup, affiliations)
        return None if subject.empty else subject
    if match is None or not match.group("subject")[:1].isupper():
        return None
    verb = match.group("verb").lower()
    then = _TO_VERB.match(without_phrasal_verbs(text[match.end("verb") :])) if verb in _PLAN_WORDS else None
    if then is not None:  # "when is Trump supposed to sit down with Putin?": the act is meeting
        verb = then.group(1).lower()
    mutual = verb in _MUTUAL_VERBS
    subject = _names(text if mutual else match.group("subject"), lookup, affiliations)
    return None if subject.empty else subject


# A when-question in the passive ("when was Kesk replaced?", "what day were the envoys expelled?"): its subject is
# what the act was done to, the verb a past participle (an "-ed" form or an irregular one: "chosen", "held")
# Nouns of acts done to a person, and their verbs: "Lazic arrest date?" asks when Lazic was arrested
_DONE_TO_NOUNS = {
    "arrest": "arrest",
    "detention": "detain",
    "release": "release",
    "dismissal": "dismiss",
    "sacking": "sack",
    "appointment": "appoint",
    "expulsion": "expel",
    "abduction": "abduct",
    "kidnapping": "kidnap",
    "killing": "kill",
    "replacement": "replace",
}
_DONE_TO_NOUN = re.compile(
    rf"(?-i:[A-Z])[\w’'-]+(?:['’]s)?\s+(?P<noun>{'|'.join(_DONE_TO_NOUNS)})\b|"
    rf"\b(?P<noun2>{'|'.join(_DONE_TO_NOUNS)})\s+of\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_PASSIVE_QUESTION = re.compile(
    r"^\s*(?:when|(?:on\s+)?what\s+(?:day|date)|which\s+day)\s+(?:was|were|is|are)\s+(?P<subject>.+?)\s+"
    r"(?P<verb>(?-i:[a-z])[\w’'-]*)\s*(?:[?!.]\s*)*$",
    re.IGNORECASE,
)


def passive_verbs(text: str) -> frozenset[str]:
    """The stems of a passive when-question's verb and its family ("when was Kesk replaced?": replace, succeed, ...),
    none for another question: a clause in which its subject is done to ("Varo, who replaced Kesk earlier this
    month") tells the act asked, though someone else opens it."""
    match = _PASSIVE_QUESTION.match(text)
    done = _DONE_TO_NOUN.search(text)
    if match is None and done is not None:
        # "Lazic arrest date?", "when was the arrest of Lazic?": a noun of an act done to the one named
        return family(_DONE_TO_NOUNS[fold(done.group("noun") or done.group("noun2"))])
    if match is None:
        return frozenset()
    verb = match.group("verb").lower()
    if not (verb.endswith("ed") or verb in IRREGULAR_VERBS):
        return frozenset()  # "when is Kesk due?": no act done to him
    return family(IRREGULAR_VERBS.get(verb, verb))


_WH_SUBJECT = re.compile(
    r"^\s*(?:what|how|why|where|which\s+\w+)\s+(?:did|does|do|will|would|has|have|had|was|were|is|are)"
    + _SUBJECT_THEN_VERB,
    re.IGNORECASE,
)


def wh_subject(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject | None:
    """Who acts in a "what/how/why did X ...?" question ("what did Kesk call the offer?" -> Kesk), or None when it
    names nobody up front."""
    match = _WH_SUBJECT.match(text)
    if match is None:
        return None  # (a subject typed in lower case is still looked up: "where did lavrov ...")
    if _EVENT_NOUN.fullmatch(match.group("verb")) and _DETERMINER.match(match.group("subject")):
        return None  # "what did the Kesk-Varo talks cover?": the talks are the subject, the people only name them
    subject = _names(match.group("subject"), lookup, affiliations)
    return None if subject.empty else subject


_EVENT_NOUN = re.compile(EVENT_NOUNS, re.IGNORECASE)  # after "the ...": a noun ("what did Trump call it?": a verb)
# Events two sides hold together (a visit or a trip is one side's act): named people only say whose it was.
SHARED_EVENT = re.compile(
    r"\b(?:" + "|".join(n for n in EVENT_NOUNS.split("|") if not n.startswith(("visit", "trip"))) + r")\b", re.I
)


def sides_of_an_event(text: str) -> bool:
    """Whether a fragment names people as the sides of an event they hold together ("Trump Putin Alaska summit
    date?"), not as who acts: a clause telling the event fits it when its sentence names them all."""
    return _QUESTION_SUBJECT.match(text) is None and bool(SHARED_EVENT.search(text))


_DETERMINER = re.compile(r"(?:the|their|this|that|these|those|last|latest)\b", re.IGNORECASE)
_YES_NO_SUBJECT = re.compile(
    r"^\s*(?:did|does|do|will|would|has|have|had|was|were|is|are|can|could)" + _SUBJECT_THEN_VERB, re.IGNORECASE
)


# an event named by who took part: "the Kesk-Varo meeting", "the Erdogan Zelensky talks in Ankara"
_NAMED_EVENT = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w’'.]*(?:[\s–—-]+|\s+and\s+)){{1,4}}(?:{EVENT_NOUNS})\b")
_WHO_DID = re.compile(
    r"^\s*who\s+(?:(?:will|would|did|does|has|had|could|might|is\s+going\s+to|was\s+going\s+to)\s+)?"
    r"(?P<verb>(?!(?:will|would|did|does|has|had|could|might|is|was|are|were)\b)(?-i:[a-z])[\w’'-]*)\s+(?P<object>.+)",
    re.IGNORECASE,
)


def who_did_object(text: str, lookup: PeopleLookup) -> tuple[str, frozenset[int]] | None:
    """The verb's stem and whom a "who did it to X?" question names as its object: "who will replace Budanov?" is
    not answered by "Budanov will replace Yermak", where Budanov acts. None for a verb two sides do together ("who
    met Putin?")."""
    match = _WHO_DID.match(SOURCE_PHRASE.sub("", text))  # ("... according to Sikorski": who told it, not whom)
    if match is None or match.group("verb").lower() in _MUTUAL_VERBS | {"is", "was", "are", "were", "said"}:
        return None
    if _NAMED_EVENT.match(match.group("object")):
        return None  # "who attended the Kesk-Varo meeting?": the meeting is what was attended, not Kesk or Varo
    if _WITH_OR_POSSESSED.match(match.group("object")):
        # "who travelled with Kesk?" is done with him, by both ("Kesk was accompanied by Varo" answers it); and in
        # "who replaced Kesk's envoy?" the envoy is the object, never Kesk
        return None
    # (names as the articles spell them: a place in the object, "the Alaska summit", is never read as a misspelt name)
    people = frozenset(person.key for _, person in lookup.named_exactly(match.group("object")))
    return (stem(match.group("verb").lower()), people) if people else None


# The object of "who did X" opening with "with" ("travelled with Kesk"), or a possessor and the noun it owns
# ("Kesk's envoy", "Trump's special envoy"): not the one the verb is done to
_WITH_OR_POSSESSED = re.compile(
    r"^(?:with|alongside|together\s+with)\b|^(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?['’]s?\s+(?-i:[a-z])", re.IGNORECASE
)


ACTOR_WINDOW_WORDS = 3  # "Budanov will replace": the name this close before the verb is who does it
_TURN_VERBS = frozenset({"replac", "succeed"})  # one taking another's post: either verb tells it


# "Kesk was accompanied by Varo", "Kesk will be replaced": the verb in the passive, its subject the one it is done to
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


def acts_in(text: str, verb: str, people: frozenset[int], lookup: PeopleLookup) -> bool:
    """Whether one of these people stands right before the question's verb in a sentence, as who does it (not as
    the subject of a passive: "Kesk was accompanied by Varo")."""
    verbs = _TURN_VERBS if verb in _TURN_VERBS else {verb}  # ("who replaced Rusu?": "... succeeded by Rusu")
    for match in re.finditer(r"[^\W\d_][\w’'-]*", text):
        if stem(match.group().lower()) not in verbs:
            continue
        if not match.group().lower().endswith("ing") and _PASSIVE_BEFORE.search(text[: match.start()]):
            # "Kesk will be succeeded by Varo": Varo, the agent after "by", does it
            agent = BY_AGENT.match(text[match.end() :])
            if agent is not None and {p.key for _, p in lookup.named_exactly(agent.group("agent"))} & people:
                return True
            continue
        before = " ".join(re.findall(r"[\w’'-]+", text[: match.start()])[-ACTOR_WINDOW_WORDS:])
        if {person.key for _, person in lookup.named_exactly(before)} & people:
            return True
    return False


def whom_did_subject(text: str, lookup: PeopleLookup) -> tuple[frozenset[str], frozenset[int]] | None:
    """The verb (its stem and family: "succeed" is "replace") and whom a "who did X do it to?" question names as
    its subject; None for a verb two sides do together ("who did Kesk meet?")."""
    match = _WHOM_DID.match(text)
    if match is None or match.group("verb").lower() in _MUTUAL_VERBS | {"say", "tell", "think", "want"}:
        return None
    people = frozenset(person.key for _, person in lookup.named_exactly(match.group("subject")))
    own = stem(match.group("verb").lower())
    return (frozenset({own}) | related(own), people) if people else None


_POSSESSOR = re.compile(r"\S+['’]s\b")  # "Sharkawy's": whose the thing after it is


def is_done_to(text: str, verbs: frozenset[str], people: frozenset[int], lookup: PeopleLookup) -> bool:
    """Whether one of these people is what one of the verbs is done to in a sentence: named right after it
    ("Budanov will replace Yermak"), or right before it in the passive ("Yermak was replaced by Budanov")."""
    for match in re.finditer(r"[^\W\d_][\w’'-]*", text):
        if stem(match.group().lower()) not in verbs:
            continue
        if _PASSIVE_BEFORE.search(text[: match.start()]):
            near = " ".join(re.findall(r"[\w’'-]+", text[: match.start()])[-ACTOR_WINDOW_WORDS - 2 :])
        else:
            near = " ".join(re.findall(r"[\w’'-]+", text[match.end() :])[:ACTOR_WINDOW_WORDS])
            # (a possessor is not what the verb is done to: "dismissed Sharkawy's proposal")
            near = _POSSESSOR.split(near, maxsplit=1)[0]
        if {person.key for _, person in lookup.named_exactly(near)} & people:
            return True
    return False


def yes_no_subject(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject | None:
    """Who a yes/no question asks about ("did Russia accept the ceasefire?" -> Russia), or None."""
    match = _YES_NO_SUBJECT.match(text)
    if match is None:
        return None
    by_role = lookup.by_possessive_role(match.group("subject"))  # "did Trump's envoy meet ...?": the envoy
    if by_role:
        holder = by_role[0][0]
        party = affiliations.get(holder.key)
        return Subject(frozenset({holder.key}), frozenset({party} if party else set()))
    subject = _names(match.group("subject"), lookup, affiliations)
    return None if subject.empty else subject


def yes_no_verb(text: str) -> str | None:
    """The verb a yes/no question asks about ("did Russia accept the plan?" -> "accept"), or None."""
    match = _YES_NO_SUBJECT.match(text)
    return match.group("verb").lower() if match is not None else None


_WHO_VERB = re.compile(  # (adverbs before the verb are not it: "who else attended", "who actually signed")
    r"^\s*who\s+(?:(?:has|had|have|will|would|" + _ADVERBS + r")\s+)*(?P<verb>[a-z][\w’'-]*)\b",
    re.I,
)
_NOT_ACTS = frozenset("is was are were be been did does do 's s".split())


_WHOM_DID = re.compile(r"^\s*whom?\s+(?:did|does|do|will|would|has|have|had)" + _SUBJECT_THEN_VERB, re.I)


def question_verb(text: str) -> str | None:
    """The act a question asks about, whatever its kind ("what did Budanov predict ...?" -> "predict", "did Kesk
    accept ...?" -> "accept", "who announced ...?" -> "announced"), or None."""
    match = _WH_SUBJECT.match(text)
    if match is not None:
        return match.group("verb").lower()
    return yes_no_verb(text) or who_verb(text)


def who_verb(text: str) -> str | None:
    """The act a who-question asks the doer, or the one done to, of ("who announced the summit date?" ->
    "announced", "who did Kesk meet in Oslo?" -> "meet"); None for "who is/was ..." (who someone is)."""
    match = _WHO_VERB.match(text)
    # (a capitalised word after "who" names a thing, no act: "who Jeddah talks attendees")
    if match is not None and match.group("verb").lower() not in _NOT_ACTS and not match.group("verb")[:1].isupper():
        return match.group("verb").lower()
    whom = _WHOM_DID.match(text)
    return whom.group("verb").lower() if whom is not None else None


def subject_span(text: str) -> str:
    """The run of names a clause opens with, after any leading phrase of time ("" when it opens otherwise)."""
    words = re.findall(r"[\w’'.-]+", _LEADING_PHRASE.sub("", text, count=1))
    span: list[str] = []
    for n, word in enumerate(words):
        # (a title's words go on to the name: "Harbour envoy Aldo Tamm accused ...", unless the title is someone's:
        # "Lukashenko's spokesperson said" is not Lukashenko)
        # (... and a title's "for" a country: "The US special envoy for Ukraine, Daniel Whitcombe, ..." opens with
        # him; "A spokesman for Kesk" is the spokesman)
        for_a_side = bool(span) and span[-1].lower() in ROLE_HEADS and n + 1 < len(words) and party_of(words[n + 1])
        joining = _JOINING | _TITLE_WORDS | ({"for"} if for_a_side else set())
        bare = _FORMERLY.sub("", word)
        if (bare[:1].islower() or bare[:1].isdigit()) and (
            word.lower() not in joining or any(w.endswith(("'s", "’s")) for w in span)
        ):
            break
        span.append(word)
    return " ".join(span)


# the name after a possessive and the role it owns: "... Trump's special envoy Keith Kellogg"
_HOLDER_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")


def clause_subject(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject:
    """The names a clause opens with (empty when it opens with anything else); in reported speech, those the
    reported clause opens with too: "Meloni said on Tuesday that Pope Leo had confirmed ..." tells Pope Leo's act
    as much as Meloni's words."""
    span = subject_span(text)
    if not span:
        return Subject(frozenset(), frozenset())
    at = text.find(span)
    # "US President Donald Trump's special envoy Keith Kellogg accused ...": the envoy acts, Trump only says whose
    agent_only = False
    if re.search(r"['’]s$", span) and at >= 0:
        holder = _HOLDER_AFTER.match(text, at + len(span))
        if holder is not None:
            span = holder.group("name")
        else:  # "Kivisild's (press) spokesman said ...": the spokesman acts, for Kivisild's side, not Kivisild
            after = re.match(r"(?:\s+[a-z][\w-]*){1,3}", text[at + len(span) :])
            agent_only = after is not None and any(word in ROLE_HEADS for word in after.group().split())
    subject = _names(span, lookup, affiliations)
    if agent_only:
        subject = Subject(frozenset(), subject.parties)
    reported = _REPORTED.match(text, at + len(span)) if at >= 0 else None
    if reported is not None:
        inner = subject_span(_LEADING_PHRASE_ANY_CASE.sub("", text[reported.end() :], count=1))
        if inner:
            other = _names(inner, lookup, affiliations)
            subject = Subject(subject.people | other.people, subject.parties | other.parties)
    return subject


_CAPITALISED_RUN = re.compile(r"^\W*(?:[A-Z][\w’'.-]*\s*)+")


def opening_person(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> int | None:
    """The one person a sentence opens with, as who speaks in it when no verb of saying says ("Lavrov, speaking in
    Moscow, played down ..."); None after a leading phrase ("According to him, Umerov ..." is someone else's word)
    or when it opens with several."""
    if _LEADING_PHRASE.match(text) or re.search(r"\baccording\s+to\b", text, re.IGNORECASE):
        return None
    span = subject_span(text)
    if not span or re.search(r"['’]s$", span):
        return None  # "Kiprop's spokesperson said": the spokesperson speaks
    opening = _CAPITALISED_RUN.match(text)
    if opening is not None and attributed_to_another(text[opening.end() :]):
        return None  # "Kiprop, the report said, proposed ...": the report speaks
    people = _names(span, lookup, affiliations).people  # not who a reported clause names ("Russia said Lavrov will")
    return next(iter(people)) if len(people) == 1 else None


# A verb of saying after a clause's subject, a phrase of time at most, then "that" or the reported clause itself.
_REPORTED = re.compile(
    rf"\s*(?:has\s+|had\s+)?(?:{SPEECH_VERBS})(?:\s+(?:on|last|this|late|early)\s+[\w’'-]+(?:\s+\d{{1,2}})?)?"
    r",?\s+(?:that\s+)?(?=(?:(?i:during|after|before|following|at|in|on|when|while|as)\b[^,]{0,120},\s*)?"
    r"(?:(?:then|ex)-)?[A-Z])"
)


def fits(question: Subject, clause: Subject) -> bool:
    """A clause answers unless it plainly opens with someone else. When both name people, the people decide: an
    American deputy's visit is not the American envoy's, though both act for the United States."""
    if question.people and clause.people:
        return bool(question.people & clause.people)
    return clause.empty or question.shares(clause)


def _names(text: str, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject:
    people = lookup.in_question(text)
    parties = {party for _, _, party in parties_in(text)}
    parties |= {affiliation for person in people if (affiliation := affiliations.get(person.key))}
    return Subject(frozenset(person.key for person in people), frozenset(parties))


_RELATIVE_WHO = re.compile(r",\s+who\s")


# an apposition before a relative "who" ("Ilze Varna, the special envoy for Estonia, who arrived"): the "who" is the
# name it describes, unless it holds a full name of its own ("his adviser, the diplomat Ilze Varna, who visited")
_APPOSITION_BEFORE = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+(?![^,]*\b[A-Z][a-z]+\s+[A-Z][a-z]+)[^,]+$")


def relative_subject(text: str, at: int, lookup: PeopleLookup, affiliations: dict[int, str | None]) -> Subject | None:
    """Who acts in a relative clause holding position ``at``: "..., accompanied by Christopher Smith, who visited
    Belarus in February" is Smith's visit, not the sentence subject's. None when ``at`` is in no such clause."""
    found = None
    for match in _RELATIVE_WHO.finditer(text, 0, at):
        if "," not in text[match.end() : at]:
            found = match
    if found is None:
        return None
    end = found.start()
    # "Ilze Varna, the special envoy for Estonia, who arrived": the "who" is the name the apposition describes
    apposition = _APPOSITION_BEFORE.search(text, 0, end)
    if apposition is not None:
        end = apposition.start()
    words = re.findall(r"[\w’'.-]+", text[:end])
    run: list[str] = []
    for word in reversed(words):
        if (word[:1].islower() or word[:1].isdigit()) and word.lower() not in _JOINING:
            break
        run.append(word)
    subject = _names(" ".join(reversed(run)), lookup, affiliations) if run else None
    return None if subject is None or subject.empty else subject
