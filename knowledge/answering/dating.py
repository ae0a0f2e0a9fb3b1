"""The date a cited sentence states, put on its answer item: "He last met Putin on April 25." is dated 2025-04-25.

An answer found by search is a sentence, not an event, but a sentence stating a date carries it: a reader (and the
JSON's ``date``) should not have to read it out of the quote. The date is the one the extractor gave the sentence's
own dated clause (relative dates resolved against its article), never one borrowed from the sentence before; a
sentence stating several is dated by the clause holding most of the question's words and names ("On October 20, a
call was held between Lavrov and Rubio ... the October 16 call between Putin and Trump", asked about Lavrov and
Rubio: October 20), and a plan the sentence says was changed by its new date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answering.context import Context
from knowledge.answering.question import Question
from knowledge.answering.subjects import SHARED_EVENT
from knowledge.extract.events import since_dated
from knowledge.index import EventRow, SentenceRow
from knowledge.models import AnswerItem
from knowledge.text import fold, stem, stems
from knowledge.vocabulary import (
    CHANGED_PARTICIPLES,
    MONTH_WORDS,
    MOVING,
    MOVING_VERBS,
    NOW_GOING_AHEAD,
    NOW_REPLACING,
    PLAN_PARTICIPLES,
    SAID_ON_WORDS,
    SPEECH_VERBS,
    WEEKDAYS,
)

# A plan the sentence says was changed: "was initially expected to meet in Paris on Dec. 1 ..., is now scheduled to
# meet in Ireland on Dec. 2" - the first date is the one no longer planned (ranked below, never dropped).
SUPERSEDED_FACTOR = 0.5
_PLANNED_WORDS = r"(?:been\s+)?(?:expected|scheduled|planned|due|set|slated)\b"
_FIRST_PLAN = re.compile(rf"\b(?:initially|originally|previously|first)\s+{_PLANNED_WORDS}", re.I)
# ... or in the past perfect, changed only by a verb of moving after it ("which had been scheduled for Friday, has
# been postponed until April 4"; never "had been scheduled for May 3, went ahead as planned, ... now expected")
_HAD_PLAN = re.compile(rf"\bhad\s+{_PLANNED_WORDS}", re.I)
# "originally scheduled for what date?": the first plan of a changed one is asked
FIRST_PLAN_ASKED = re.compile(rf"\b(?:originally|initially|previously|first|at\s+first)\s+{_PLANNED_WORDS}", re.I)
_CHANGED_PLAN = re.compile(r"\b(?:now|instead|rescheduled|moved|pushed\s+back|postponed)\b", re.I)


# ... or a plan the sentence says will not happen on its day: "the second round, which had been set for March 24,
# would not go ahead on that date"; "talks scheduled for Monday were called off"
_SET_FOR_BEFORE = re.compile(
    r"\b(?:(?:had\s+been|was|were|originally|initially|previously)\s+)?(?:"
    # (a place may come between: "which had been due to open in Doha on Thursday")
    r"(?:set|scheduled|planned|due|slated|expected|fixed|pencilled\s+in|penciled\s+in)\s+(?:to\s+\w+\s+)?"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})?(?:for|on)|"
    # ("which Kesk had announced for May 12": a plan someone gave a day; "announced on Monday that ..." is the day
    # of the announcement)
    r"announced\s+for)\s+(?:the\s+)?$",
    re.I,
)


# A day something is moved to, right before its phrase ("had been moved to April 20", "postponed until April 4")
_MOVED_TO_BEFORE = re.compile(
    rf"\b(?:{MOVING_VERBS})\s+(?:[\w’'-]+\s+){{0,3}}?(?:to|until|till|for)\s+(?:the\s+)?$|"
    # (a deadline or a truce extended to a day: "originally set for June 8, had been extended to August 31"; only
    # here, the day it is moved to: "the extended truce" asks no change, "extended an invitation" moves nothing)
    r"\bextended\s+(?:[\w’'-]+\s+){0,3}?(?:to|until|till)\s+(?:the\s+)?$|"
    # (what was moved may be named at length between: "pushed back the deadline for a ceasefire framework by two
    # weeks, to Nov. 3"; never past a plan's own day, "pushed back the deadline, set for Oct. 6")
    # (... only before "to", past no relative clause: "postponed the trial of the mayor, who will remain in custody
    # until March 30" moves nothing to March 30)
    rf"\b(?:{MOVING_VERBS})\s+"
    r"(?:(?!(?:set|planned|scheduled|due|slated|fixed|who|which|that|will|would|remain|remains|until)\b)"
    r"[\w’'-]+,?\s+){4,14}?to\s+(?:the\s+)?$",
    re.I,
)


# the words that open a clause of its own, past which a verb of moving governs nothing
_CLAUSE_STOPS = (
    "set|planned|scheduled|due|slated|fixed|who|which|that|because|since|while|when|after|before|but|will|would"
)
# the nouns of a plan a verb of moving moves ("push back the deadline for ...", "moved the second round")
_MOVED_PLAN_NOUNS = (
    "deadline|deadlines|date|target|meeting|talks|summit|session|round|vote|election|exchange|swap|visit|signing|"
    "ceremony|trip|call|hearing|conference|plenary|framework|ultimatum|handover"
)
# a day as written after "to": "April 15", "15 April", "Friday", "Oct. 3"
_DAY_WRITTEN = r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)(?:,?\s+\d{4})?"
# ... and the day it is moved from ("the deadline had been moved from May 14 to May 21"): a plan since changed
_MOVED_FROM_BEFORE = re.compile(
    rf"\b(?:{MOVING_VERBS})\s+(?:[\w’'-]+\s+){{0,4}}?from\s+(?:the\s+)?$|"
    # (what was moved named at length between: "push back the deadline for a draft ceasefire framework from March 20
    # to March 31"; never past a plan's own day or a clause of its own, "moved the talks, set for May 2, from Riga")
    # (... nor past another clause: "will delay its reply because expert talks will run from May 11" moves nothing)
    # (... a plan's, named by its noun: "move their heavy weapons 15 kilometres back from June 1" starts a pullback)
    rf"\b(?:{MOVING_VERBS})\s+(?=(?:[\w’'-]+,?\s+){{0,6}}?(?:{_MOVED_PLAN_NOUNS})\b)"
    rf"(?:(?!(?:{_CLAUSE_STOPS})\b)[\w’'-]+,?\s+){{5,14}}?from\s+(?:the\s+)?$|"
    # ("move the deadline a second time, to April 15 from March 31": the day it is moved to, then the one it left;
    # never a place, "shift its staff to Mariupol from May 20")
    rf"\b(?:{MOVING_VERBS})\b(?:(?!\b(?:{_CLAUSE_STOPS})\b)[^.;]){{0,120}}?\bto\s+{_DAY_WRITTEN}\s+from\s+(?:the\s+)?$",
    re.I,
)


# A day named as the one a new day replaces, in a sentence naming the new one ("the new target was March 20, replacing
# the February 28 date"): the plan it named is no longer the plan
_REPLACED_BEFORE = re.compile(
    r"\b(?:replacing|replaced|instead\s+of|in\s+place\s+of)\s+(?:the|its|their|an?)?\s*"
    r"(?:(?:earlier|previous|original|initial|old|agreed)\s+)?$",
    re.I,
)
# A new day for a plan the sentence says was not met ("could not finish a framework by February 15 as planned and
# had agreed to a new target of February 28"): the day written before it, as a plan's, was the old one. Only after a
# word of failing in the same clause: a new deadline of another thing ("by April 9, and set a new deadline of May 30
# for a separate deal"), "as planned" alone, or "ruled out any new deadline" replace nothing.
_NEW_PLAN_AFTER = re.compile(
    r"(?<!\bno\s)(?<!\bany\s)\b(?:new|fresh|revised|updated)\s+(?:target|deadline|date|timetable|goal)s?\b", re.I
)
_FAILED_BEFORE = re.compile(
    r"\b(?:could\s+not|couldn['’]t|failed\s+to|unable\s+to|missed|would\s+not|will\s+not|won['’]t|abandoned)\b"
    r"[^.;:]{0,80}?\b(?:by|for|of)\s+(?:the\s+)?$",
    re.I,
)


def replaced_by_new(text: str, at: int, phrase: str) -> bool:
    """Whether the plan's day written at ``at`` is one a new day replaces in the same sentence: named as replaced
    ("a new target of March 20, replacing the February 28 date") or written as a plan's day not met before a new one
    ("could not finish it by February 15 as planned and agreed to a new target of February 28")."""
    end = at + len(phrase)
    if at <= 0 or text[end : end + 1].isdigit():  # ("May 2" found inside "May 20": not this day)
        return False
    if _REPLACED_BEFORE.search(text, 0, at) is not None and _NEW_PLAN_AFTER.search(text) is not None:
        return True
    return _FAILED_BEFORE.search(text, 0, at) is not None and _NEW_PLAN_AFTER.search(text, end) is not None


def moved_from(text: str, at: int) -> bool:
    """Whether the date written at ``at`` is a day a plan is moved from ("moved from May 14 to May 21")."""
    return at > 0 and _MOVED_FROM_BEFORE.search(text, 0, at) is not None


def moved_to(text: str, at: int) -> bool:
    """Whether the date written at ``at`` is a day a plan is moved to."""
    return at > 0 and _MOVED_TO_BEFORE.search(text, 0, at) is not None


def set_for_before(text: str, at: int) -> bool:
    """Whether the date written at ``at`` is the day a plan was set for ("initially set for March 31")."""
    return at > 0 and _SET_FOR_BEFORE.search(text, 0, at) is not None


_CALLED_OFF_AFTER = re.compile(  # (within the plan's own clause: no "even though", "but" or "while" between)
    r"^(?:(?!\b(?:even\s+though|although|though|but|while|whereas)\b)[^.;]){0,60}?\b(?:(?:would|will|did|does)\s+not\s+"
    r"(?:go\s+ahead|take\s+place|happen)|(?:(?:has|have|had)\s+(?:(?:now|since|already|again)\s+)?been|was|were)\s+"
    r"(?:(?:now|since|already|again)\s+)?(?:postponed|cancell?ed|called\s+off|"
    r"delayed|scrapped|put\s+off|rescheduled|pushed\s+back(?!\s+against)|brought\s+forward|moved\s+(?:to|up|back|forward))|"
    # ("which had been due to open on Monday in Havana, will instead begin on March 23": another day replaces it)
    r"(?:will|would|is|are|was|were)\s+(?:now\s+)?instead)\b",
    re.I,
)
# ... or "which had been scheduled for Thursday in Accra, would now take place on July 16": "now" and another day, in
# the plan's own clause, told as no going ahead (``NOW_REPLACING``); never only another place: "will now take place in
# Bern" keeps the day
_NOW_REPLACED_AFTER = re.compile(
    rf"^{NOW_REPLACING}"
    rf"(?=(?:\s+[\w’'.-]+){{0,4}}?\s+(?:on|in|until|from)\s+(?:(?:{MONTH_WORDS}|{'|'.join(WEEKDAYS)})\b|\d|next\b))",
    re.I,
)


def phrase_at(text: str, phrase: str) -> int:
    """Where a date's phrase is written in a sentence, or -1 (also for no phrase)."""
    return text.find(phrase) if phrase else -1


def dates_the_event(text: str, phrase: str) -> bool:
    """Whether a date phrase is written on an event noun ("Friday's summit", "the meeting on March 3", "the
    March 3 talks"), dating the event whoever the clause's subject is; not "who visited Belarus in February"."""
    at = phrase_at(text, phrase)
    if at < 0:
        return False
    near = text[max(0, at - 40) : at + len(phrase) + 30]
    start = min(at, 40)
    before, after = near[:start], near[start + len(phrase) :]
    return bool(
        re.match(r"^(?:['’]s)?\s+(?:[\w’'-]+\s+){0,2}?" + SHARED_EVENT.pattern, after, re.I)
        or re.search(SHARED_EVENT.pattern + r"\s+(?:[\w’'-]+\s+){0,3}?(?:on|in|of)\s+$", before, re.I)
    )


# A word that may call a plan off: only sentences holding one are read for a day called off (``called_off`` decides)
CALL_OFF_WORD = re.compile(
    r"postpon|cancel|call(?:s|ed)?\s+off|push(?:es|ed)?\s+back|delay|reschedul|put\s+off|scrap|"
    r"not\s+(?:go\s+ahead|take\s+place|happen)|brought\s+forward|moved\s+(?:to|up|back|forward)",
    re.I,
)


def called_off(text: str, phrase: str) -> bool:
    """Whether a sentence says the plan dated by ``phrase`` will not happen on that day."""
    at = phrase_at(text, phrase)
    bare = re.sub(r"^(?:on|for)\s+", "", phrase, flags=re.I)  # ("due to open on Monday": the "on" is the plan's)
    if at > 0 and bare != phrase:
        at, phrase = at + len(phrase) - len(bare), bare
    after = text[at + len(phrase) :]
    return (
        at > 0
        and bool(_SET_FOR_BEFORE.search(text, 0, at))
        and bool(_CALLED_OFF_AFTER.match(after) or _NOW_REPLACED_AFTER.match(after))
    )


# a plan in the past perfect, right before its date ("had been scheduled for this Friday, March 19"): changed when
# the next sentence says so of it (``changed_after``); reported speech writes standing plans so too ("said the
# meeting had been set for March 20 and would go ahead")
_HAD_BEEN_PLANNED = re.compile(
    rf"\bhad\s+(?:been\s+)?(?:{PLAN_PARTICIPLES})\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:for|on|in)\s+"
    r"(?:(?:this|next|last)\s+)?(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)


# a sentence telling that the plan just named was changed, naming it by a pronoun or its noun ("it had been
# postponed to April 8", "The meeting was moved to Vilnius"), never another plan ("parliament postponed the vote")
_CHANGED_BACK = re.compile(
    r"\b(?:it|they|the\s+(?:meeting|talks|summit|visit|signing|vote|session|round|exchange|ceremony|trip|call))\s+"
    r"(?:(?:had|has|have|was|were|is|are|will|would)\s+(?:\w+\s+){0,2}?"
    # (... or its new going ahead: "The talks had been due to open on October 5. The ministry said they would now
    # begin on October 12")
    rf"(?:{CHANGED_PARTICIPLES})|{NOW_GOING_AHEAD})\b",
    re.IGNORECASE,
)


def plan_in_past_perfect(text: str, phrase: str) -> bool:
    """Whether the plan dated by ``phrase`` is told in the past perfect ("had been scheduled for Friday")."""
    at = phrase_at(text, phrase)
    return at > 0 and _HAD_BEEN_PLANNED.search(text, 0, at) is not None


def changed_after(next_text: str) -> bool:
    """Whether the sentence after a plan says that plan was changed (``_CHANGED_BACK``)."""
    return _CHANGED_BACK.search(next_text) is not None


def superseded(text: str, phrase: str) -> bool:
    """Whether the plan dated by ``phrase`` is the first of two a sentence tells, the one since changed."""
    at = phrase_at(text, phrase)
    if at < 0:
        return False
    if moved_from(text, at):
        return True  # "moved from May 14 to May 21": May 14 is no longer the plan
    if replaced_by_new(text, at, phrase):
        return True  # "a new target of March 20, replacing the February 28 date"
    first = next(reversed(list(_FIRST_PLAN.finditer(text, 0, at))), None)  # the nearest before it
    changes = _CHANGED_PLAN
    if first is None:
        first, changes = next(reversed(list(_HAD_PLAN.finditer(text, 0, at))), None), MOVING
    # (the change told after this date, not between the first plan and it: "... Dec. 1 ..., is now ... on Dec. 2")
    return first is not None and changes.search(text, first.end(), at) is None and changes.search(text, at) is not None


def dated_items(
    context: Context, question: Question, rows: Sequence[SentenceRow], items: list[AnswerItem]
) -> list[AnswerItem]:
    """``items`` (one per row of ``rows``, in order), each undated one given the date its sentence states."""
    undated = [row for row, item in zip(rows, items, strict=True) if item.date is None]
    if not undated:
        return items
    events = context.store.events_of_sentences(row.id for row in undated)
    if not events:
        return items
    wanted = {s for group in question.named_people for person in group for s in stems(person.name)}
    wanted |= {token for group in question.groups for token in group.stems}
    asks_when = question.kind == "when" or bool(_WHEN_WORD.search(question.text))  # ("tell me when ...")
    dated = []
    for row, item in zip(rows, items, strict=True):
        # a date that only tells when something the sentence mentions in passing happened ("12 civilians,
        # including two journalists detained in 2023") is not when what the sentence tells happened
        # (a when-question may ask for just that date: "when were the journalists detained?")
        # (nor a "since" date, where a period began: "killed since January to 25" was told in April, not January)
        told = [
            e
            for e in events.get(row.id, [])
            if asks_when or not (in_passing(row.text, date_phrase(e)) or _since_dated(row.text, date_phrase(e)))
        ]
        if item.date is None and told:
            best = _best(
                told,
                wanted,
                row.text,
                asks_when=asks_when,
                asked=own_clause_stems(question.text) & wanted,
                first_plan_asked=FIRST_PLAN_ASKED.search(question.text) is not None,
            )
            item = item.model_copy(update={"date": best.iso})
        dated.append(item)
    return dated


# A date right after a past participle in a noun phrase that "including" or "such as" opens ("12 civilians, including
# two journalists detained in 2023"): the participle's, said in passing, not the clause's verb ("negotiators agreed
# on Tuesday", "Latvia agreed on Tuesday" are the clause's own, and look the same without the opener)
_PARTICIPLE_BEFORE = re.compile(
    # (after a comma: "European leaders including Macron arrived on Saturday" is the clause's own arrival)
    r",\s+(?:including|such\s+as|among\s+them|among\s+whom)\s+(?:[\w’'-]+\s+){0,4}?(?P<before>[\w’'-]+)\s+"
    r"(?:[a-z]+ed|held|taken|seized|captured|signed|built|made|born)\s+(?:in|since|on|last|early|late)\s*$"
)
_AUXILIARIES = frozenset(
    "was were is are be been being had has have who which that and or also not never just already".split()
)


# ... or in a relative clause on someone's past ("accompanied by Christopher Smith, who visited Belarus in February to
# negotiate ..."): the clause's, not what the sentence tells
# (a person's past, told in the past tense: not "the talks, which began on Friday night, lasted ...", the same
# event, nor "Witkoff, who is set to arrive on Monday, will join")
_RELATIVE_BEFORE = re.compile(
    # (a thing's too: "the first results of the talks that opened in Windhoek last Sunday", "the round, which began
    # on Monday"; never "said that ...", whose clause is what was said)
    r"(?:,\s+(?:who|which)|(?<!said)(?<!says)(?<!say)(?<!told)\s+that)\s+"
    r"(?:already\s+|previously\s+|also\s+|had\s+|once\s+)?(?:[a-z]+ed|was|were|led|met|served|held|took|"
    r"went|spent|ran|became|won|lost)\b(?<!expected)(?!\s+(?:expected|due|set|scheduled|to)\b)[^,;:“”\"]*$"  # ("who was
    # expected to arrive on Monday": the plan of what the sentence tells)
)


def in_passing(text: str, phrase: str) -> bool:
    """Whether a date's phrase dates a noun's participle ("journalists detained in 2023") or a relative clause
    ("Smith, who visited Belarus in February"), not its sentence."""
    return passing_clause(text, phrase) is not None


def passing_clause(text: str, phrase: str) -> str | None:
    """The words of the participle or relative clause a date's phrase dates in passing, up to the date ("who
    visited Belarus", "detained"), or None when it dates its sentence."""
    at = phrase_at(text, phrase)
    relative = _RELATIVE_BEFORE.search(text, 0, at) if at > 0 else None
    if relative is not None:
        return text[relative.start() : at]
    found = _PARTICIPLE_BEFORE.search(text, 0, at) if at > 0 else None
    if found is None or re.match(r"['’]s\b", text[at + len(phrase) :]):
        return None  # (none; or "commented on Friday's summit": the date names the summit, the clause's object)
    before = found.group("before").lower()
    if before in _AUXILIARIES or before.endswith("ly"):  # ("Kyiv reportedly signed in May")
        return None
    return text[found.start() : at]


def date_phrase(event: EventRow) -> str:
    """The words an event's date is written in ("on Tuesday", "March 24"), or ""."""
    date = event.event.date
    return date.phrase if date else ""


_WHEN_WORD = re.compile(r"\b(?:when|date|dates|day)\b", re.IGNORECASE)


def _since_dated(text: str, phrase: str) -> bool:
    """Whether a date's phrase is written in a since-phrase of the sentence ("since January", "since his return in
    January"): where a period began, not when the sentence's fact happened."""
    at = phrase_at(text, phrase)
    return at >= 0 and since_dated(text, at, phrase)


def _best(
    events: list[EventRow],
    wanted: set[str],
    text: str,
    *,
    asks_when: bool,
    asked: set[str],
    first_plan_asked: bool = False,
) -> EventRow:
    """The event whose dated clause holds most of what the question asks, a plan since changed last (first, when the
    first plan is asked: "originally scheduled for what date?"); among equals the first stated in the sentence
    ("has been postponed until April 4 ..., the ministry announced Tuesday": April 4), unless the question asks when
    (then the first stored: a date a when-question asks for may stand anywhere in its sentence, "committed on
    Thursday ..., deferring the decision until December")."""

    starts = sorted(at for event in events if (at := phrase_at(text, date_phrase(event))) >= 0)
    changed = {event.id for event in events if event.planned and superseded(text, date_phrase(event))}
    moved_to_told = any(moved_to(text, phrase_at(text, date_phrase(event))) for event in events)
    return max(
        events,
        key=lambda event: (
            (event.id in changed) == first_plan_asked,  # ("originally scheduled for what date?": the first plan)
            # (the day of a saying gives way to a day the sentence moves a plan to: "has been postponed until April 4
            # ..., the ministry announced Tuesday"; never to another day it tells, "said on Thursday that the count in
            # Saturday's exchange was 406", "announced on Tuesday that 40 had been freed and that the next exchange
            # would take place on June 2")
            not (moved_to_told and said_on(text, phrase_at(text, date_phrase(event)))),
            len(wanted & set(event.focus_stems)),
            # ... the one whose part of the sentence holds most of what the question's own clause names
            len(asked & date_part_stems(text, phrase_at(text, date_phrase(event)), starts)) if len(starts) > 1 else 0,
            # first stated in the sentence ("agreed on Thursday to a halt ... and to meet again next month": the
            # agreement's day), not first stored (an event merged with another article's may be stored earlier)
            0 if asks_when else -_stated_at(text, date_phrase(event)),
            -event.id,
        ),
    )


def said_on(text: str, at: int) -> bool:
    """Whether the date written at ``at`` says when something was said ("the ministry said on Monday")."""
    return at > 0 and _SPOKEN_ON.search(text, 0, at) is not None


def date_part_stems(text: str, at: int, starts: list[int]) -> set[str]:
    """The stems of the part of a sentence a date written at ``at`` owns: up to the next date (``starts``)."""
    if at < 0 or (at > 0 and _SPOKEN_ON.search(text, 0, at)):
        # (a date whose words are not found owns nothing; "said on Monday that a drone had hit it the previous day":
        # the day of the saying, no more)
        return set()
    following = [n for n in starts if n > at]
    counted = None
    own = text[at : min(following)] if following else text[at:]
    final = _CLAUSE_FINAL_DATE.search(own) if following else None
    if final is not None and (
        final.group().startswith("and")
        or _CLAUSE_END.match(text, _date_end(text, min(following)))
        or not _OPENING_DATE.match(text[:at])
    ):
        # (or when "and" joins the two: "with Bondarenko on Tuesday of last week and with Lapshin on Wednesday of last
        # week to agree the agenda": Lapshin is Wednesday's)
        # (only when that date does close its clause: "On May 11, Putin suggested that Ukraine resume talks on May 15
        # in Istanbul" keeps the suggesting on May 11)
        # "... met in 2021, months before Moscow launched its invasion of Ukraine in February 2022": a date that
        # closes its clause after "in" or "on" owns that clause, back to its comma or "and" ("officials in Tallinn
        # on March 29 and Latvian officials in Riga on April 1"); the date before stops there
        own = own[: final.start()]
    elif (
        following
        and (later := _COUNTED_DAY_AT.match(text, min(following)))
        and _CLAUSE_END_PAST_TAIL.match(text, later.end())
    ):
        # ("arrived on Thursday after a stop in Kyiv the day before": the day before owns its clause, back to
        # "after", a comma or "and"; Thursday stops there)
        joints = list(_JOINT.finditer(own))
        own = own[: joints[-1].start()] if joints else own
    elif not following and (joined := _joined_to_the_date_before(text, at, starts)) is not None:
        own = text[joined:]  # ("... on Tuesday and with Lapshin on Wednesday of last week": Lapshin is Wednesday's)
    elif (
        not following
        and at > 0
        and (_IN_BEFORE.search(text, 0, at) or (counted := _COUNTED_DAY_AT.match(text, at)) is not None)
        and (
            _CLAUSE_END.match(text, _date_end(text, at))
            if counted is None
            else _CLAUSE_END_PAST_TAIL.match(text, counted.end())
        )
    ):
        # (back to its comma, or to the end of the date before it: "in Tallinn on March 29 and ... in Riga on April 1")
        before = [n for n in starts if n < at]
        back = max(text.rfind(",", 0, at), _date_end(text, max(before)) - 1 if before else -1)
        own = text[back + 1 :] if back >= 0 else own
    return {stem(fold(word)) for word in re.findall(r"[^\W\d_]+", own)}


def _joined_to_the_date_before(text: str, at: int, starts: list[int]) -> int | None:
    """Where the clause of the last date starts when "and" joins it to the date before ("with Bondarenko on Tuesday
    and with Lapshin on Wednesday"): at that "and"; None when no "and" does."""
    before = [n for n in starts if n < at]
    if not before:
        return None
    start = _date_end(text, max(before))
    found = _CLAUSE_FINAL_DATE.search(text[start:at])
    return start + found.start() if found is not None and found.group().startswith("and") else None


# a date written last in its clause, after "in" or "on" ("... launched its invasion of Ukraine in February 2022."):
# the text before it, back to the clause's comma, tells what happened then
_CLAUSE_FINAL_DATE = re.compile(r"(?:,|\band\b)(?:(?!\band\b)[^,])*\b(?:in|on)\s+$")
_IN_BEFORE = re.compile(r"\b(?:in|on)\s+$")
# A date opening its sentence ("On May 11, ...", "- On May 13, ..."): it keeps the main clause it introduces
_OPENING_DATE = re.compile(r"^\W*(?:on|in|by|late\s+on|early\s+on)?\s*$", re.IGNORECASE)
_JOINT = re.compile(r",|\b(?:and|after|before|following|while|when)\b")  # where a clause joins another
# ... or a day counted from another, which needs no "on" ("after a stop in Kyiv the day before": Kyiv's day)
_COUNTED_DAY_AT = re.compile(r"(?:the|a|one|two|three)\s+(?:day|days|night)\s+(?:before|after|earlier|later)\b", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?,]|$)")
# ... or a counted day's, past a phrase of circumstance ("talks that opened in the capital a day earlier under UN
# auspices.": the day earlier owns the opening)
_CLAUSE_END_PAST_TAIL = re.compile(r"(?:\s+(?:under|with|amid|for|by|during)\s+[^,;.!?]*)?\s*(?:[.;!?,]|$)")


def _date_end(text: str, at: int) -> int:
    """Where the date written at ``at`` ends: after its words and figures ("February 2022", "May 23")."""
    found = re.match(r"[\w ,]*?\d{1,4}\b|[A-Z][a-z]+(?:\s+of\s+(?:last|next|this)\s+week)?", text[at:])
    return at + (found.end() if found else 0)


# (as ``said.spoken_on`` reads it; and "said during a Cabinet meeting on Thursday": the occasion of the saying
# between, a few words of a phrase that opens with "during", "at" or "in" and says no "that"; never "after", whose
# day is another event's: "said after the Alaska summit on August 15 that ...")
_SPOKEN_ON = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:(?:during|at|in)\s+(?:(?!that\b)[\w’'-]+\s+){{1,4}}?)?{SAID_ON_WORDS}$", re.I
)
# Where a question's own clause ends and a relative clause about what it names begins ("... call whose ...")
# (never "that" after a verb, which opens what was said: "when did Russia say that talks would resume?")
_RELATIVE_CLAUSE = re.compile(r"\s(?:whose|which|who|whom)\s", re.I)


def own_clause_stems(question_text: str) -> set[str]:
    """The stems of a question's own clause, before a relative clause ("the date of the Putin-Trump call whose
    understandings Lavrov and Rubio discussed": the call asked about is Putin and Trump's)."""
    return set(stems(_RELATIVE_CLAUSE.split(question_text, maxsplit=1)[0]))


def _stated_at(text: str, phrase: str) -> int:
    """Where a date's phrase stands in a sentence (its end when not found as written)."""
    at = phrase_at(text, phrase)
    return at if at >= 0 else len(text)
