"""Positions: where a party stands on an issue of the talks, as one sentence states it.

A position is a party, an issue (``knowledge.issues``), a stance and the clause that states it:
- ``demands``: every extracted demand (``extract.demands``) that touches an issue;
- ``rejects``: reject, refuse, dismiss, rule out, oppose, denounce, condemn, "will not accept", "unacceptable";
- ``offers``: offer, propose, put forward, suggest;
- ``supports``: support, back, welcome, endorse, favour, agree to; abide by, comply with, adhere to, honour or
  stick to an accord (a truce, a deal, its terms);
- ``open``: "open to", "ready to", "willing to", "prepared to", "would consider", "not rule out".
Speculation ("he could reject the offer") is no stance.
A negation just before a supporting, offering or open cue makes it a rejection ("is not ready to", "did not
agree to"). The party is the actor right before the cue, as for demands, or the one after "by" in a passive ("the
plan was rejected by Kyiv"); a person stands for the party the articles give them. The issue must be in the
clause the cue governs, not just anywhere in the sentence, so "Russia rejected the claim, while Kyiv wants
sanctions" gives no Russian position on sanctions. Like the demand cues, these trade recall for precision: a
stance the cue words miss is left out, never guessed.
"""

from __future__ import annotations

import re

from knowledge.extract.demands import actor_ending_before, clause_after
from knowledge.extract.prefilter import Gated, Needing
from knowledge.extract.speakers import ASKED_LINE, Actor, ActorFinder
from knowledge.issues import issues_in_text
from knowledge.models import Article, Demand, Position, Sentence
from knowledge.vocabulary import MONTH_WORDS, WEEKDAYS

STANCES = ("demands", "rejects", "offers", "supports", "open")
# What a side keeps to when it abides by, honours or sticks to something: an accord, as one regex alternation
_ACCORDS = (
    r"truces?|ceasefires?|cease-fires?|deals?|agreements?|accords?|terms|commitments?|obligations?|pledges?|plans?|"
    r"moratori(?:um|a)|resolutions?|frameworks?|arrangements?|protocols?|memorand(?:um|a)|treat(?:y|ies)|rulings?|"
    r"deadlines?"
)
# One pattern per stance; "open" before "rejects" so that "does not rule out" is open, not a rejection.
_STANCE_CUES: tuple[tuple[str, Needing], ...] = tuple(
    (stance, Needing(pattern, needs))  # a sentence without a stance's words is not searched for its cues
    for stance, pattern, needs in (
        (
            "open",
            re.compile(
                r"\b(?:(?:is|are|was|were|remains?|remained|be|been)\s+)?(?:open\s+to|ready\s+to|willing\s+to|"
                r"prepared\s+to|(?:would|could|will|might)\s+consider|(?:not|never)\s+rul(?:e|ed|ing)\s+out|"
                r"do(?:es)?\s+not\s+exclude)\b",
                re.IGNORECASE,
            ),
            "open|ready|willing|prepared|consider|rul|exclude",
        ),
        (
            "rejects",
            re.compile(
                r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rul(?:e|es|ed|ing)\s+out|"
                r"denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|"
                r"oppos(?:e|es|ed|ing)|(?:will|would|could|can|do|does|did)\s*(?:not|n[’']t)\s+accept|never\s+accept|"
                r"(?:is|are|was|were)\s+unacceptable|(?:is|are|was|were)\s+against|"
                # ("Kyiv finds this proposal unacceptable", "Ukraine describes that demand as unacceptable")
                r"(?:finds?|found|describes?|described|calls?|called|deems?|deemed|considers?|considered)\s+"
                r"(?:(?!(?:nothing|no|not|never|little)\b)[\w’'-]+\s+){0,3}?(?:as\s+)?unacceptable)\b",
                re.IGNORECASE,
            ),
            "reject|refus|dismiss|rul|denounc|condemn|oppos|accept|against",  # ("unacceptable" holds "accept")
        ),
        (
            "offers",
            re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|put\s+forward|suggest(?:s|ed|ing)?)\b", re.I),
            "offer|propos|forward|suggest",
        ),
        (
            "supports",
            re.compile(
                r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|"
                r"favou?r(?:s|ed)?|agree(?:s|d)?\s+to|(?:is|are|was|were)\s+in\s+favou?r\s+of|"
                # ("Ukraine would abide by a truce so long as Russia did": to keep to an accord is to back it; only
                # an accord kept, never "stick to its refusal", "honour the dead"; not "respect" or "observe", as
                # often "respect for" and "observed that")
                rf"(?:abid(?:e|es|ed|ing)\s+by|compl(?:y|ies|ied|ying)\s+with|adher(?:e|es|ed|ing)\s+to|"
                rf"honou?r(?:s|ed|ing)?|stick(?:s|ing)?\s+to|stuck\s+to)(?=\s+(?:the|a|an|its|their|our|his|her|"
                rf"any|this|that|these|those|all|both)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_ACCORDS})\b))\b",
                re.IGNORECASE,
            ),
            "support|back|welcom|endors|favo|agree|abid|compl|adher|honor|honour|stick|stuck",
        ),
    )
)
# A cue's object that stands for what the sentence before told: "this proposal", "that demand", "the idea"
_ANAPHORIC_OBJECT = re.compile(
    r"\b(?:this|that|these|those|the)\s+(?:proposals?|demands?|plans?|ideas?|offers?|requests?|"
    # ("the idea of talks", "the offer from Minsk to mediate" name their own)
    # (... but "rejected that idea on Saturday" is dated, not about Saturday)
    rf"conditions?|terms|suggestions?)\b(?!\s+(?:of|to|that|for|about|from|by|put|made|which|who)\b)"
    rf"(?!\s+on\s+(?!(?:{'|'.join(WEEKDAYS)}|{MONTH_WORDS})\b))",
    re.IGNORECASE,
)

# A negation right before a cue, one word apart at most ("does not support", "has never really opposed"): any more
# and it is likely another verb's ("did not say whether it supports").
_NEGATION = re.compile(
    r"\b(?:(?:(?:does|do|did|is|are|was|were|has|have|had|will|would)\s+)?(?:not|never|n[’']t|no\s+longer)\s+"
    r"(?:\w+\s+)?|(?:unwilling(?:ness)?|reluctan\w*|refus\w*|fail\w*)\s+to\s+)$",
    re.IGNORECASE,
)
# What may stand between the party and its cue: "Kyiv has long opposed", "Moscow is not ready to", "Russia's
# refusal" is a noun and has no cue. Anything else (a relative clause, another verb) means the party is not the
# one taking the stance ("a draft between Russia and Ukraine, which suggested ..."): no position.
_ADJACENT = re.compile(
    r"^\s*(?:(?:also|still|now|again|has|have|had|long|repeatedly|further|reportedly|previously|already|"
    r"continues\s+to|continued\s+to|continue\s+to|would|will|could|might|may|is|are|was|were|be|been|remains?|"
    r"remained|not|never|n[’']t|no\s+longer|does|do|did|firmly|strongly|publicly|openly|flatly|categorically)\s+)*$",
    re.IGNORECASE,
)
# Cue words that take no stance on what follows them: "backed away from", "backed Kyiv into a corner",
# "welcomed the end of the truce", "rejected claims that ...", "dismissed reports of ...", "condemned Latvia's
# refusal of the ceasefire" (someone else's act on the issue), "condemned the strikes on Kyiv".
_REVERSED = re.compile(
    r"^\s*(?:away|down|off|out|into)\b|^\s+[A-Z][\w’'-]*\s+into\b|^\s+(?:\w+['’]s\s+)?(?:the\s+)?(?:rejection|end|collapse|failure|suspension|"
    r"breakdown|violation|refusal|breach|abandonment)s?\s+of\b|^\s+(?:\w+['’]s\s+)?(?:the\s+)?(?:attacks?|strikes?)\s+on\b|^\s+(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|"
    r"rumou?rs?|speculation)\b",
    re.IGNORECASE,
)
# "ready to fight rather than accept a truce": the cue is what is turned down, not the stance.
_NOT_A_STANCE = re.compile(r"\brather\s+than\s+$|\binstead\s+of\s+$", re.IGNORECASE)
# "He could reject the offer", "Kyiv may back it": speculation about a stance, not one taken.
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A stance inside a condition another side sets: "would not sign until Nigeria agreed to joint patrols", "unless Kyiv
# accepts the plan" say what is asked of that side, not what it holds (the subject and a verb of its own between)
_CONDITION_BEFORE = re.compile(
    r"\b(?:until|unless|if|once|provided(?:\s+that)?|on\s+(?:the\s+)?condition\s+that)\s+(?:[\w’'.-]+\s+){1,4}$",
    re.IGNORECASE,
)
# "He said the country would not accept ...", "we are ready to": the speaker's own side takes the stance (only when
# nobody else is named before the cue: "X said Putin claims his country ..." is Putin's country). "his/their
# country" is left out: whose it is the words do not say.
_OWN_SIDE = re.compile(
    r"\b(?:we|our\s+country|our\s+government|the\s+country|the\s+government)"
    r"\s+(?:(?:would|will|could|does|do|did|is|are|was|were|not|never|n[’']t|also|still|now|remains?)\s+)*$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"(?P<other>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+and\s+$")
_QUOTE_MARKS = re.compile(r"[“”\"]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# The agent of a passive verb, right after it: "... succeeded by Ana Rusu", "rejected by the Kremlin"
BY_AGENT = re.compile(r"^\s+by\s+(?P<agent>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
# "the support of", "a proposal from": nouns, not a party taking a stance ("with the support of Paris").
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|such|any|with|without)\s+$", re.I)
_CUE_WORDS = (  # every cue above holds one of these: most sentences hold none and skip the patterns
    r"reject|refus|dismiss|rul|oppos|accept|against|offer|propos|forward|suggest|support|back|denounc|condemn|"
    r"welcom|endors|favo|agree|open|ready|willing|prepared|consider|exclude|abid|compl|adher|honor|honour|stick|stuck"
)
_ANY_CUE = Gated(re.compile(_CUE_WORDS, re.IGNORECASE), _CUE_WORDS)


def extract_positions(
    article: Article,
    sentences: list[Sentence],
    demands: list[Demand],
    speakers: dict[int, Actor],
    actors: ActorFinder,
) -> list[Position]:
    """Every position one article states: its demands on an issue, and its stance cues with an issue."""
    positions = [
        Position(
            party=demand.party,
            issue=issue,
            stance="demands",
            actor=demand.actor,
            text=demand.text,
            published=article.published,
            citation=demand.citation,
        )
        for demand in demands
        for issue in issues_in_text(demand.text)
    ]
    previous: Sentence | None = None
    for sentence in sentences:
        # (an interviewer's question or any question states no one's stance: "Q: Is the EU prepared to ease
        # sanctions?" is no EU position)
        asks = ASKED_LINE.match(sentence.text) is not None or sentence.text.rstrip(" \"”’'").endswith("?")
        if not sentence.heading and not asks and _ANY_CUE.search(sentence.text):
            positions += _from_sentence(article, sentence, previous, speakers.get(sentence.index), actors)
        previous = sentence
    return _unique(positions)


def _from_sentence(
    article: Article, sentence: Sentence, previous: Sentence | None, speaker: Actor | None, actors: ActorFinder
) -> list[Position]:
    text = sentence.text
    found: list[Position] = []
    taken: list[tuple[int, int]] = []
    for stance, pattern in _STANCE_CUES:
        for cue in pattern.finditer(text):
            if any(start <= cue.start() < end for start, end in taken):
                continue  # "not rule out" is open; its "rule out" is not a rejection too
            taken.append(cue.span())
            before = text[: cue.start()]
            if _NOUN_BEFORE.search(before) or (stance != "open" and _HYPOTHETICAL.search(before)):
                continue
            if _CONDITION_BEFORE.search(before):
                continue
            party = _party(text, cue, previous, speaker, actors)
            if party is None or not (party.party or party.person):
                continue
            clause = clause_after(text, cue.end())
            # a passive states its object first: "the truce plan was rejected by Moscow"
            passive = _PASSIVE.search(before) is not None
            issues = issues_in_text(before + " " + clause if passive else clause)
            # (the object may be inside the cue: "finds this proposal unacceptable")
            if not issues and previous is not None and _ANAPHORIC_OBJECT.search(text, cue.start(), cue.end() + 30):
                # "Ukraine describes that demand as unacceptable": the demand the sentence before told, on its issue
                # ("Russia is demanding control of the entire Donbas")
                issues = issues_in_text(previous.text)
            if not issues:
                continue
            if _NOT_A_STANCE.search(before) or _REVERSED.match(text[cue.end() :]):
                continue  # "rather than accept", "backed away from", "welcomed the end of", "rejected claims that"
            negation = _NEGATION.search(before)
            taken_stance = stance
            if negation is not None:  # "does not support" rejects; "does not oppose" is open to it
                taken_stance = "open" if stance == "rejects" else "rejects"
            start = negation.start() if negation is not None else cue.start()
            for side in [party, *_partners(text, party, actors)]:
                for issue in issues:
                    found.append(
                        Position(
                            party=side.party or side.name,
                            issue=issue,
                            stance=taken_stance,
                            actor=side.person,
                            text=_verbatim(text, start, cue.end(), clause),
                            published=article.published,
                            citation=sentence.citation(),
                        )
                    )
    return found


def _partners(text: str, party: Actor, actors: ActorFinder) -> list[Actor]:
    """'Kyiv and Moscow agreed ...': the actor joined to the subject by 'and' takes the stance too."""
    joined = _JOINED.search(text[: party.start])
    if joined is None:
        return []
    found = actors.actors_in(joined.group("other"), locations=False)
    return [actor for actor in found[-1:] if (actor.party or actor.person) and actor.party != party.party]


def _party(text: str, cue: re.Match[str], previous: Sentence | None, speaker: Actor | None, actors: ActorFinder) -> (
    Actor | None
):  # fmt: skip
    """The actor taking the stance: the agent of a passive, else the subject right before the cue."""
    before = text[: cue.start()]
    if _PASSIVE.search(before):
        agent = BY_AGENT.match(text[cue.end() :])
        if agent is None:
            return None  # "the plan was rejected": by whom the sentence does not say
        found = actors.actors_in(agent.group("agent"))
        return found[0] if found else None
    actor = actor_ending_before(text, cue.start(), previous, actors, speaker)
    if actor is not None and _ADJACENT.match(_QUOTE_MARKS.sub("", text[actor.end : cue.start()])):
        return actor  # 'Kyiv has long opposed', 'Rubio “welcomed'
    # "Guo Jiakun, a spokesman for the Chinese Foreign Ministry, denounced the sanctions": the person before the
    # appositive takes the stance, for the side the articles give them
    titled = next((a for a in actors.people_in(before) if _APPOSITIVE_TO_CUE.match(text[a.end : cue.start()])), None)
    if titled is not None:
        return titled
    # "Mr Putin agreed not to target energy infrastructure but refused to back a ceasefire": the subject of the
    # first verb, when it and its title ("Georgian President ...") are the only actors before the cue
    named = actors.actors_in(before, locations=False)
    subject = next((a for a in named if _COORDINATED.match(before[a.end :])), None)
    if subject is not None and all(a.start <= subject.start and a.party == subject.party for a in named):
        return subject
    if speaker is not None and _OWN_SIDE.search(before):
        named = [a for a in actors.actors_in(before, locations=False) if a.key != speaker.key]
        if not named or all(a.party == speaker.party for a in named):
            return speaker  # "'We are ready to discuss a truce,' he said"; "he said the country would not accept"
    return None


_APPOSITIVE_TO_CUE = re.compile(r"^,[^,;:“”\"]{1,90},\s*(?:(?:has|had|also|again|then|on\s+\w+)\s+)*$")
# The subject's second verb: "X agreed to A but refused B", one subject, no other actor between.
_COORDINATED = re.compile(
    r"^\s+(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b[^,;:.]{0,80}?\s+(?:but|and|yet)\s+(?:also\s+|then\s+)?$"
)


def _verbatim(text: str, start: int, end: int, clause: str) -> str:
    """The cue and the clause it governs as they stand in the sentence (a slice), else the clause alone."""
    at = text.find(clause, end)
    return text[start : at + len(clause)] if at >= 0 else clause


def _unique(positions: list[Position]) -> list[Position]:
    """One position per party, issue, stance and sentence: a demand and its cue may state the same one."""
    seen: dict[tuple[str, str, str, str, int], Position] = {}
    for position in positions:
        key = (position.party, position.issue, position.stance, position.citation.article, position.citation.start)
        seen.setdefault(key, position)
    return list(seen.values())
