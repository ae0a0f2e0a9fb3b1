"""Timelines and "when" questions: dated events found through ranked sentences, told by their own clause.

- ``!timeline`` alone lists the events of the period the articles report dated to a day, in date order; dates
  told as history (``Event.background``) and news dated only to a week or month are left out and counted in the
  message. A month or year lists everything dated then, history marked.
- ``!timeline TOPIC`` ranks sentences for the topic (``ranking``), takes the events they state, weighs each by
  how much of the topic its own clause holds, and lists the good ones in date order, history marked.
- "when did X?" answers with the date of the clause that matches X best, best first; history ranks below news
  told in the same sentence; a sentence without the question's most telling word ("deadline") dates nothing.
  "the second round", "the last meeting", "when did the talks begin/end" pick by position in time. A matching
  sentence without a date of its own may take the date of the sentence just before it (a quote after "said
  late Tuesday:"), at a discount, and says so. With no dated event at all, the closest sentences answer,
  labelled.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from knowledge.actors import PLACE_ALIASES, parties_in, party_of
from knowledge.answering.conflicts import MAX_CHECKED, event_conflicts
from knowledge.answering.context import CLOSEST_LABEL, MAX_SOURCES_PER_ITEM, Context
from knowledge.answering.dating import (
    CALL_OFF_WORD,
    FIRST_PLAN_ASKED,
    SUPERSEDED_FACTOR,
    called_off,
    changed_after,
    date_part_stems,
    date_phrase,
    dated_items,
    dates_the_event,
    moved_from,
    moved_to,
    own_clause_stems,
    passing_clause,
    phrase_at,
    plan_in_past_perfect,
    replaced_by_new,
    said_on,
    set_for_before,
    superseded,
)
from knowledge.answering.question import (
    LATEST_ASKED,
    PAST_ASKED,
    Question,
    TermGroup,
    asker_verb,
    asks_for_change,
    asks_for_end,
    asks_for_start,
    asks_future,
    ordinals_counted,
    other_ordinals_only,
    party_stems,
)
from knowledge.answering.question_dates import DateFilter, EventBound, date_matches, event_bound
from knowledge.answering.ranking import IN_CONTEXT, IN_SENTENCE, Hit, key_group, key_groups
from knowledge.answering.search import closest_sentences, plain_search, with_acronyms_spelled
from knowledge.answering.since import REPORTED_LABEL  # (one label for an item dated by its article)
from knowledge.answering.subjects import (
    Subject,
    clause_subject,
    fits,
    is_done_to,
    passive_verbs,
    question_subject,
    question_verb,
    relative_subject,
    sides_of_an_event,
    subject_span,
)
from knowledge.extract.dates import find_dates, tense_before
from knowledge.extract.events import ANTECEDENT_WORDS, LEADING_PRONOUN, clause_around, is_readiness_day
from knowledge.extract.people import ROLE_HEADS, strip_possessive, surname_of
from knowledge.extract.speakers import ASKED_LINE
from knowledge.index import EventRow, SentenceRow
from knowledge.lexicon import RELATED_WEIGHT, family, related, without_phrasal_verbs
from knowledge.models import Answer, AnswerItem, Event, Intent, Person, Precision
from knowledge.text import fold, stem, stems, words
from knowledge.vocabulary import (
    FILLER_WORDS,
    LIGHT_VERBS,
    MONTH_WORDS,
    MONTHS,
    MOVING_VERBS,
    ORDINALS,
    PLAN_PARTICIPLES,
    PROPOSING_VERBS,
    SMALL_NUMBERS,
    WEEKDAYS,
)

MAX_TIMELINE_ITEMS = 50
READ_BATCH = 200  # events read at a time while a day or a bound filters them
WHEN_ITEMS = 3
TOPIC_RELATIVE_CUT = 0.25  # a topic timeline keeps events scoring at least this share of the best: a timeline
# wants every event of the story, and a sentence naming the place only in its headline scores lower
WHEN_RELATIVE_CUT = 0.6  # a "when" answer offers alternatives only this close to the best
# ... and, for "when is it now?", the newer plans this close: a plan moved is told in a clause of its own ("has been
# pushed back by three days to Monday"), weighing about half the first plan's full sentence
LATEST_CUT = 0.5
# "budanov head of GUR since when?", "how long has Yermak run the office?": the start of a state that goes on, told
# as history ("in August 2020, the head of GUR"), never the week's news about someone
SINCE_WHEN = re.compile(r"\bsince\s+when\b|\bhow\s+long\s+(?:has|have|had)\b", re.IGNORECASE)
SAID_DAY_FACTOR = 0.5
NO_CHANGE_TOLD_FACTOR = 0.5  # a change asked ("when was it cancelled?"), a sentence telling none: at most a closest one
# "Moscow was still open to peace talks": willing, no opening (the begin family's "open" read as an adjective)
_OPEN_TO_WORDS = re.compile(r"\bopen\s+to\b", re.IGNORECASE)
_OPEN_TO = {stem("open")}  # the day something was said, in a sentence telling another day: below it, still shown
ORDINAL_RELATIVE_CUT = 0.45  # "the last visit" chooses among events naming all the question names; a looser cut
# lets in one told in other words ("arrived in"), with the names' test keeping out those about something else
CLAUSE_WEIGHT = 0.5  # half an event's score is how much of the question its own clause holds
BACKGROUND_FACTOR = 0.45  # in a sentence telling news and history, "when did X?" is about the news
HISTORY_FACTOR = 0.6  # a date told as history, for a when-question naming no time: the articles' news comes first
# "... lists by Friday", "gave Latvia until Sept. 30 to reply"
_BY_A_DAY = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|gave\s+\S+(?:\s+\S+)?\s+until)\s+(?:the\s+)?$", re.I
)
_DAY_THINGS = frozenset({stem("deadline"), stem("expiry"), stem("cutoff")})  # nouns that are themselves a day
HISTORY_WORDS_HELD = 2  # a history clause holding two words (or their families) of the question tells its act and
# thing (one is as often a word in passing: "began", "talks")
NEWS_OVER_HISTORY = 0.5  # ... first outright when it scores at least half as well (the factor above only discounts)
PAST_FOR_FUTURE_FACTOR = 0.5  # "when will they meet again?" is about what was still planned
PLAN_FOR_PAST_FACTOR = 0.5  # "when did they speak?" is not answered by "said on Saturday they would speak"
# a plan for a day now past, for a question asking what happened: it may have happened, so only below a report of an
# act as close (a plan alone still answers)
UNCONFIRMED_PLAN_FACTOR = 0.75
INHERITED_DATE_LOOKBACK = 2  # sentences before a dateless match searched for its date
INHERITED_FACTOR = 0.85  # a date read off the sentence before is less sure than a sentence's own
INHERIT_FROM_HITS = 5  # the best few dateless matches may take a date from the sentence before
HITS_FOR_EVENTS = 80  # ranked sentences whose events are weighed: more than a page, a few pages at most
FIRST_ACTOR_CHARS = 60  # a party named this early in a clause is who acts in it ("Russian President Putin ...")
WHEN_COVERAGE = IN_CONTEXT  # a "when" answer names what the question names in its sentence, headline or the one before
# ... and one that does not ranks lower, never out: the best-matching sentence's date still answers when it is all
COMMON_KIN_RATIO = 8  # a family word this many times as common as the telling word it stands for holds nothing
OWN_WORD_IN_CLAUSE = 1.3  # the question's telling word itself (not a family word) in the event's own clause
KEY_MISSING_FACTOR = 0.4  # the question's most telling word missing from the sentence and its headline
FAR_NAME_FACTOR = 0.6  # a name the question gives found only elsewhere in the article
PLACE_IN_OTHER_CLAUSE = 0.5  # the place (or body) the question names stands in another clause of the sentence: that
# clause's date is more likely the one asked; a discount, as a clause's edges are guessed
OTHER_SUBJECT_FACTOR = 0.35  # the clause opens with someone other than who the question says acted
ANCHOR_LABEL = "the event the question is bounded by"
INHERITED_LABEL = "dated by the sentence before"
UNDATED_LABEL = "no date given"  # the sentence says when only in words no calendar holds ("in the near future")
# A time still to come that names no date: the answer to "when is the next round?" when that is all the articles
# say. Only these set phrases: "later" or "next" alone are dated (or not times) too often to be read as one.
_UNDATED_TIME = re.compile(
    r"\b(?:in\s+the\s+(?:near|foreseeable|very\s+near)\s+future|(?:very\s+)?soon|shortly|"
    r"in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months)|at\s+a\s+later\s+date|in\s+due\s+course)\b",
    re.I,
)
UNDATED_SEARCHED = 3  # only among the closest sentences' first few: further down, a "soon" is about something else
_QUOTES = ('"', "“", "”", "‘", "'")
_INTRODUCES_QUOTE = re.compile(r":\s*(?:[\"“‘']|$)")  # "... said late Tuesday:" or "... said on X late Tuesday: “...”"


@dataclass(frozen=True)
class _Scored:
    score: float
    row: EventRow
    hit: Hit
    dated_by: SentenceRow | None = None  # the sentence before that gave a dateless match its date
    sure: bool = True  # its sentence holds the question's telling word and names what it names nearby


def timeline(context: Context, text: str, *, is_when: bool = False, command: bool = True) -> Answer:
    """Dated events about a topic (a date, a place, a person, words), or the date a "when" question asks for."""
    followed = _WHAT_FOLLOWED.match(text.strip(" ?!."))
    if followed is not None:
        after = _what_followed(context, followed.group("anchor"), command=command)
        if after is not None:
            return after
    question = context.question(text.strip(" ?!."), command=command)
    bound = event_bound(question.text) if question.has_topic else None
    if bound is not None:
        bounded = _bounded_by_event(context, bound, is_when=is_when, command=command)
        if bounded is not None:
            return bounded
    return _answer(context, question, is_when=is_when)


# "what happened after the walkout?", "what followed the Berlin talks?": the next events the articles date, from
# the anchor's day on ("before" is read as a bound of a question of its own: ``event_bound``)
_WHAT_FOLLOWED = re.compile(
    r"^\s*(?:and\s+|so\s+)?what\s+(?:(?:happened|happens|came|occurred|was\s+done)(?:\s+next)?\s+"
    r"(?:after|following|since)|followed|came\s+next\s+after)\s+(?P<anchor>\S.*)$",
    re.IGNORECASE,
)
FOLLOWING_ITEMS = 5  # the next few events: what followed, not the rest of the timeline


def _what_followed(context: Context, anchor_text: str, *, command: bool) -> Answer | None:
    """The events dated to a day from the anchor's day on (the anchor's own left out, then cited last), first
    the nearest; None (the question is asked as written) when the anchor has no sure day."""
    anchor_question = context.question(anchor_text, command=command)
    if not anchor_question.has_topic or anchor_question.unknown:
        return None
    anchor = _when(context, anchor_question, _scored_events(context, anchor_question, is_when=True))
    first = anchor.items[0] if anchor.found and anchor.items else None
    if first is None or first.label is not None or first.date is None or len(first.date) != len("2025-01-01"):
        return None
    day = dt.date.fromisoformat(first.date)
    events = _events_read(
        context,
        (day.isoformat(), "\uffff"),
        lambda row: len(row.iso) == len("2025-01-01") and not row.background and not row.planned and row.start >= day,
        FOLLOWING_ITEMS,
    )
    events.sort(key=_chronological)
    items = [event_item(context, row) for row in events]
    items = [item for item in items if item.text != first.text][:FOLLOWING_ITEMS]
    if not items:
        return None
    items.append(first.model_copy(update={"label": ANCHOR_LABEL}))
    return Answer(
        intent=Intent.TIMELINE,
        query=f"what happened after {anchor_text}",
        found=True,
        items=tuple(items),
        message=f"What the articles date from {first.date} on, after {anchor_text}:",
    )


def _answer(context: Context, question: Question, *, is_when: bool) -> Answer:
    question = with_acronyms_spelled(context, question)
    if question.unknown:
        return context.not_mentioned(Intent.TIMELINE, question.text, question.unknown, f"'{question.unknown}'")
    if not question.has_topic:
        return _by_date(context, question)
    scored = _scored_events(context, question, is_when=is_when)
    if is_when:
        return _when(context, question, scored)
    at_place = _at_named_place(context, question)
    if not scored and not at_place:
        return _no_events(context, question)
    best = scored[0].score if scored else 0.0
    scored = _named_dates_only(question, [s for s in scored if s.score >= best * TOPIC_RELATIVE_CUT])
    if question.ordinal is not None and question.ordinal > 0:
        # "!timeline third round": an event its own clause tells of another round ("The first round ended last
        # Tuesday", "a second round is scheduled to begin on April 14") is another's; all of them when none is left
        scored = [s for s in scored if not other_ordinals_only(_focus_in(s.hit.row, s.row), question.ordinal)] or scored
    if len(question.named_people) >= 2:
        # "!timeline Witkoff Putin meeting": the events told where both are named (in the sentence, the one before,
        # the headline or the lead), not Putin's talks with Trump in an article that names Witkoff elsewhere; all of
        # them when none is
        together = [s for s in scored if s.hit.coverage >= IN_CONTEXT]
        scored = together or scored
    kept = [s.row for s in scored]
    kept += [row for row in at_place if row.id not in {k.id for k in kept}]
    kept.sort(key=_chronological)
    message = None
    if len(kept) > MAX_TIMELINE_ITEMS:
        message = f"Showing the first {MAX_TIMELINE_ITEMS} of {len(kept)} events; add words or a date to narrow it."
    items = [event_item(context, row, checked=n < MAX_CHECKED) for n, row in enumerate(kept[:MAX_TIMELINE_ITEMS])]
    reported = _person_leads(context, question, kept) if len(kept) < MAX_TIMELINE_ITEMS else []
    if reported:
        # ("!timeline Kellogg": his day in Minsk is told undated, "Kellogg met Lukashenko ...", and the one dated
        # event naming him is another's, "Kellogg was accompanied by Smith, who visited Belarus in February")
        items = sorted(items + reported, key=lambda item: item.date or "")[:MAX_TIMELINE_ITEMS]
        message = (
            f"Besides the dated events, the first sentence naming {question.named_people[0][0].name} in each article "
            f"that dates nothing of theirs, '{REPORTED_LABEL}' (its article's publication date) unless it states one."
        )
    return Answer(intent=Intent.TIMELINE, query=question.text, found=True, items=tuple(items), message=message)


def _person_leads(context: Context, question: Question, kept: list[EventRow]) -> list[AnswerItem]:
    """For "!timeline <one person>": the first sentence naming them in each article none of whose events in the
    timeline is theirs (their name in the event's own clause), dated as ``_person_reported`` dates them. News tells
    a person's day undated ("Kellogg met Lukashenko to seek his support ..."): a timeline of them would otherwise
    hold only what the articles date, which may be others' acts told in a clause beside their name."""
    if not _one_person_asked(question):
        return []
    people = question.named_people[0]
    names = {fold(word) for person in people for alias in (person.name, *person.aliases) for word in alias.split()}
    names = {name for name in names if len(name) > 2}
    theirs = {
        citation.article
        for row in kept
        for citation in row.event.citations
        if names & {fold(word) for word in re.findall(r"[\w’'-]+", row.event.focus or row.event.text)}
    }
    told = {citation.quote for row in kept for citation in row.event.citations}
    first: dict[str, SentenceRow] = {}
    for row in sorted(_sentences_naming(context, people), key=lambda row: row.id):
        if row.article not in theirs and row.article not in first and not row.heading and row.text not in told:
            first[row.article] = row
    published = context.store.published(set(first))
    return _reported_items(context, question, [row for row in first.values() if row.article in published], published)


def _one_person_asked(question: Question) -> bool:
    """ "!timeline Umerov": one person named, no other word asked."""
    return len(question.named_people) == 1 and all(g.word in FILLER_WORDS for g in question.groups)


def _sentences_naming(context: Context, people: Sequence[Person]) -> list[SentenceRow]:
    """The sentences naming (or spoken by) any of these people, each once."""
    rows = [row for person in people for row in context.store.sentences_mentioning(person.key, REPORTED_SENTENCES_READ)]
    return list({row.id: row for row in rows}.values())


def _reported_items(
    context: Context, question: Question, rows: list[SentenceRow], published: Mapping[str, dt.date]
) -> list[AnswerItem]:
    """The rows as items, each under the date it states or else its article's publication date, labelled so."""
    items = dated_items(context, question, rows, [context.sentence_item(row, label=None) for row in rows])
    return [
        item
        if item.date
        else item.model_copy(update={"date": published[row.article].isoformat(), "label": REPORTED_LABEL})
        for row, item in zip(rows, items, strict=True)
    ]


def _bounded_by_event(context: Context, bound: EventBound, *, is_when: bool, command: bool) -> Answer | None:
    """ "when had Kesk and Varo last spoken before the Tarn call?": the Tarn call is dated as a when-question of its
    own, and the rest is asked within that bound; "before" with no ordinal asks the last one before, "after" and
    "since" the first one after. None (the whole question is asked as written) when the anchor has no sure date or
    nothing within the bound answers: the bound re-ranks, it never turns an answer into "not covered"."""
    question = context.question(bound.main, command=command)
    if not question.has_topic or question.unknown:
        return None
    anchor_question = context.question(bound.anchor, command=command)
    if anchor_question.unknown:
        return None  # "before the Lumen summit" over articles that never name it: the question says so as asked
    if not anchor_question.people and question.named_people:
        # "when had Kesk last seen Varo before the August visit?": the visit is the first person's (who is asked about)
        anchor_question = context.question(f"{bound.anchor} {question.named_people[0][0].name}", command=command)
    if not anchor_question.has_topic or anchor_question.unknown:
        return None
    anchor = _when(context, anchor_question, _scored_events(context, anchor_question, is_when=True))
    first = anchor.items[0] if anchor.found and anchor.items else None
    if first is None or first.label == CLOSEST_LABEL or first.date is None or len(first.date) != len("2025-01-01"):
        # the bound has no date to go by: the rest of the question answers alone, and says so
        unbounded = _answer(context, question, is_when=is_when)
        if not unbounded.found or not unbounded.items or unbounded.items[0].label == CLOSEST_LABEL:
            return None
        note = f"The articles give no day for {bound.anchor}; answering without that bound:"
        return unbounded.model_copy(update={"message": note})
    day = dt.date.fromisoformat(first.date)
    if bound.side == "before":
        date = replace(question.date, before=day)
    else:  # "after the call" is the days after it; "since the call" counts its own day
        date = replace(question.date, after=day if bound.side == "since" else day + dt.timedelta(days=1))
    ordinal = question.ordinal if question.ordinal is not None else -1 if bound.side == "before" else 1
    answer = _answer(context, replace(question, date=date, ordinal=ordinal if is_when else None), is_when=is_when)
    if not answer.found or not answer.items or answer.items[0].label == CLOSEST_LABEL:
        return None
    # ... nor when what is left within the bound names not everyone asked ("when had Kesk last seen Varo before X?"
    # answered by a sentence about Kesk alone): the bound took the answer away, it did not find one
    shown = set(stems(answer.items[0].text))
    missing = sum(not any(set(stems(person.name)) & shown for person in group) for group in question.named_people)
    # (one person may stand as the pronoun the clause opens with: "She last met Kesk on April 25")
    if missing > (1 if re.match(r"\s*[\"“]?(?:He|She|They)\b", answer.items[0].text) else 0):
        return None
    # the bound's own sentence is cited last (once), so the date the answer is bounded by can be checked too
    items = answer.items
    if all(item.text != first.text for item in items):
        items += (first.model_copy(update={"label": ANCHOR_LABEL}),)
    note = f"{bound.side.capitalize()} {bound.anchor} ({first.date}):"
    return answer.model_copy(
        update={"query": f"{bound.main} {bound.side} {bound.anchor}", "message": note, "items": items}
    )


_PLAN_WORDS = frozenset(PLAN_PARTICIPLES.split("|"))  # "when is it scheduled?": the asker's words for a plan's day
_PLAN_ASKED = re.compile(rf"\b(?:{PLAN_PARTICIPLES}|supposed|announced|meant|going|plan|plans|agreed|promised)\b", re.I)
# A when-question asking what did happen, after plans that may not have: "when did the swap actually take place?"
_ACTUAL_ASKED = re.compile(r"\b(?:actually|really|finally|eventually|ultimately|in\s+the\s+end|at\s+last)\b", re.I)


HISTORY_DAYS = 45  # an event dated this long before its article's day is history the article recalls, not its news
# (a month and a half: "last month" is still news; a weekly or monthly story's own events fall inside it)


def _plans_called_off_in(hits: list[Hit], published: dict[str, dt.date]) -> tuple[set[dt.date], set[int]]:
    """The days a plan was set for that a found sentence says will not hold ("planned for Saturday has been
    postponed"), whatever day that sentence's own event is dated; and the ids of those sentences."""
    days, sentences = set(), set()
    for hit in hits:
        text, day = hit.row.text, published.get(hit.row.article)
        # ... or moved from ("the deadline had been moved from May 14 to May 21"): another article's plan for May 14
        # no longer holds (the sentence itself dates the new day, so it is not one calling a plan off)
        moving, calling = re.search(r"\bfrom\b", text) is not None, CALL_OFF_WORD.search(text) is not None
        if day is None or not (moving or calling):
            continue
        for mention in find_dates(text, day):
            if mention.date.precision is not Precision.DAY:
                continue
            if moving and moved_from(text, phrase_at(text, mention.date.phrase)):
                days.add(mention.date.start)
            if calling and called_off(text, mention.date.phrase):
                days.add(mention.date.start)
                sentences.add(hit.row.id)
    return days, sentences


def _named_first_days(context: Context, question: Question) -> set[dt.date]:
    """The days sentences name as the first plan of a thing the question asks by the same noun ("The original
    deadline was June 20."): a plan since replaced, wherever else it is told."""
    nouns = {match.group(1).lower() for match in _ASKED_PLAN_NOUN.finditer(question.text)}
    if not nouns:
        return set()
    # (the thing itself: the question's other words, which the sentence's article must hold, "framework" for "the
    # framework deadline"; "the original deadline for bids" in an article on bids is no tax deadline)
    thing = [g for g in question.groups if g.word.lower() not in nouns]
    days: set[dt.date] = set()
    hits = context.ranker.rank(question, limit=HITS_FOR_EVENTS)
    candidates = [hit for hit in hits if _NAMED_AS_FIRST_CUE.search(hit.row.text)]
    if not candidates or not thing:
        return set()
    published = context.store.published({hit.row.article for hit in candidates})
    held = context.store.article_stems({hit.row.article for hit in candidates})
    for hit in candidates:
        text, day = hit.row.text, published.get(hit.row.article)
        cue = _NAMED_AS_FIRST_CUE.search(text)
        if day is None or cue is None or not any(noun in cue.group().lower() for noun in nouns):
            continue
        if not all(held.get(hit.row.article, set()) & g.stems.keys() for g in thing):
            continue
        for mention in find_dates(text, day):
            if mention.date.precision is Precision.DAY and _named_as_first(text, mention.date.phrase):
                days.add(mention.date.start)
    return days


def _groups_held(question: Question, clause: set[str]) -> int:
    """How many of the question's words a clause's stems hold, each in any form of its family."""
    return sum(1 for group in question.groups if not group.stems.keys().isdisjoint(clause))


# a state something is kept in, named by a noun after "under" ("under house arrest", "under sanctions"): no act
_UNDER_STATE = re.compile(r"\bunder\s+(?:(?:a|an|the|house|strict|heavy|international)\s+)?(?P<noun>[a-z]+)\b", re.I)
# ... never after the verb putting someone under it: "police placed Dadiani under arrest on Saturday" is the arrest
_PUT_UNDER_BEFORE = re.compile(r"\b(?:placed|put|taken|brought)\b(?:\s+[\w’'-]+){0,5}\s+$", re.I)


def _only_as_a_state(text: str, group: TermGroup) -> bool:
    """Whether a sentence holds the question's act word only as a state it is under ("Lazic was released on Friday
    under house arrest" for "when was Lazic arrested?"), never as something done."""
    under = [
        m
        for m in _UNDER_STATE.finditer(text)
        if stem(m.group("noun").lower()) in group.stems and not _PUT_UNDER_BEFORE.search(text, 0, m.start())
    ]
    if not under:
        return False
    spans = [(m.start("noun"), m.end("noun")) for m in under]
    return all(
        any(start <= found.start() < end for start, end in spans)
        for found in re.finditer(r"[^\W\d_]+", text)
        if stem(found.group().lower()) in group.stems
    )


def _tells_act(question: Question, row: EventRow, headline: frozenset[str] = frozenset()) -> bool:
    """Whether an event's clause holds every word of the question or its family ("met on Tuesday" for "when did
    they meet?"; "exchanged fishermen, the first result of the talks" tells no "round" that "opened"), or, in an
    article's lead, its ``headline`` does (the lead tells the event the headline names: "negotiators sat down on
    Tuesday" under "Russia and Ukraine open Baku talks")."""
    told = set(row.focus_stems) | headline
    return bool(question.groups) and all(not told.isdisjoint(g.stems) for g in question.groups)


# (right before it, "proposed last month", "offered on Monday": a word between may be the proposal's object or a later
# verb of its own, "the swap Velmor requested was carried out on Thursday"; nor a hyphened adjective, "long-sought")
_PROPOSED_BEFORE = re.compile(rf"(?<![\w-])(?:{PROPOSING_VERBS})\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# (each verb's stem is its noun's too: "proposal", "offer", "request"; "idea" has no verb here)
_PROPOSING_STEMS = frozenset(stem(w) for w in [*PROPOSING_VERBS.split("|"), "idea"])


def _proposed_on(text: str, phrase: str) -> bool:
    """Whether a date is written right after a verb of proposing."""
    at = phrase_at(text, phrase)
    return at > 0 and _PROPOSED_BEFORE.search(text, max(0, at - 40), at) is not None


def _heads_a_body(word: str, text: str) -> bool:
    """Whether a question's word is a title before the body it heads ("head of the security council")."""
    return word.lower() in ROLE_HEADS and re.search(rf"\b{re.escape(word)}\s+of\s", text, re.I) is not None


# ", a day after ...", ", two weeks before ...": what follows happened on another day than the one written before it
_COUNTED_FROM = re.compile(
    rf",\s+(?:a|an|several|a\s+few|\d+|{'|'.join(SMALL_NUMBERS)})\s+(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+|"
    # ("named a new chief negotiator, days after a second round ended": the count left out, the comma too)
    r"[,\s]\s*(?:just\s+|only\s+|mere\s+)?(?:days|weeks|hours)\s+(?:after|before)\s+",
    re.IGNORECASE,
)


# "since talks in Nairobi began": a start before the day the sentence dates
_STARTED = r"(?:began|begun|started|opened|launched|commenced|resumed)"
_SINCE_STARTED = re.compile(
    # (... or counted after it: "closed on Thursday, more than two weeks after it opened")
    rf"\b(?:since|after)\s+[^,.;]{{0,60}}?\b{_STARTED}\b",
    re.IGNORECASE,
)
# "peace talks that began in the Kenyan capital earlier this month": a start the sentence tells in passing, in a
# relative clause, about the thing another clause dates ("agreed on Thursday to ..."); one that states its own day
# ("talks that began on Tuesday") tells the start, and is kept (`_passing_starts`)
_RELATIVE_STARTED = re.compile(
    rf"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?{_STARTED}\b[^,.;]{{0,80}}",
    re.IGNORECASE,
)


def _passing_starts(text: str, day: dt.date) -> set[str]:
    """The stems of the starts ``text`` tells only in passing: after "since"/"after", or in a relative clause stating
    no day of its own ("earlier this month" is no day a when-answer can give; ``day`` resolves it, any will do)."""
    passing = {token for m in _SINCE_STARTED.finditer(text) for token in stems(m.group())}
    for m in _RELATIVE_STARTED.finditer(text):
        if all(mention.date.precision is not Precision.DAY for mention in find_dates(m.group(), day)):
            passing |= set(stems(m.group()))
    return passing


# "since the talks began": an event before the one dated (never "since Monday", a date the sentence states)
_SINCE_AN_EVENT = re.compile(r"\bsince\s+(?=(?:the|its|their|his|her|this|that)\s)", re.IGNORECASE)


def _told_counted_from(text: str, row: EventRow, telling: list[TermGroup], aspect: frozenset[str]) -> bool:
    """Whether the words a question most asks for come only after ", a day after" (or before) past an event's date,
    or only in a phrase opening with "since" ("had visited 640 prisoners since the talks began"): "X said on
    Tuesday, a day after the mediators pushed back the deadline" dates no pushing back, nor "said on Monday that
    staff had visited ... since the talks began" (or "Prices have risen since the war began, the bank said on
    Monday") the start asked. ``aspect``: the stems of the start or end a question asks for, if it asks one."""
    at = phrase_at(text, date_phrase(row))
    if at < 0 or not telling:
        return False
    inside: list[tuple[int, int]] = []
    counted = _COUNTED_FROM.search(text, at)
    if counted is not None:
        # (the counted clause runs to its comma: "on Monday, a day after the vote, announced sanctions" announced them
        # on Monday)
        end = text.find(",", counted.end())
        inside.append((counted.end(), end if end >= 0 else len(text)))
    for since in _SINCE_AN_EVENT.finditer(text):
        end = text.find(",", since.end())
        inside.append((since.end(), end if end >= 0 else len(text)))
    if not inside:
        return False
    within = {token for start, end in inside for token in stems(text[start:end])}
    outside = set(stems(" ".join(text[a:b] for a, b in _gaps(inside, len(text)))))
    if all(outside.isdisjoint(g.stems) for g in telling) and any(not within.isdisjoint(g.stems) for g in telling):
        return True
    # (... in its own word, its kin outside naming something else: "named a negotiator in its talks with Russia, days
    # after a second round ended" dates no round)
    if all(g.own not in outside for g in telling) and any(g.own in within for g in telling):
        return True
    # ... or the start or end asked said only there: "negotiators exchanged a draft on Tuesday, the most progress since
    # the talks opened" holds the talks outside the phrase ("negotiators"), their opening only inside it
    return bool(aspect) and outside.isdisjoint(aspect) and not within.isdisjoint(aspect)


def _gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The parts of a text of ``length`` characters outside the (start, end) ``spans``."""
    gaps, at = [], 0
    for start, end in sorted(spans):
        if start > at:
            gaps.append((at, start))
        at = max(at, end)
    return [*gaps, (at, length)] if at < length else gaps


# A sentence telling a moving to a day ("had been moved to April 20"), wherever it stands (the day right before a
# date is ``dating.moved_to``'s, the day a plan was set for ``dating.set_for_before``'s)
# any verb of moving a plan ("pushed back", "rescheduled"), or stopping it ("suspended", "halted")
_MOVING = re.compile(rf"\b(?:{MOVING_VERBS}|suspend(?:ed|ing|s)?|halt(?:ed|ing|s)?)\b", re.I)
_CHANGE_ENDS = re.compile(rf"\b(?:{MOVING_VERBS}|suspended|halted)\s*[?!.]*\s*$", re.I)  # "... pushed back?"


def _tells_change(text: str, changes: frozenset[str]) -> bool:
    """Whether a sentence tells a plan changed: a word of ``changes`` ("cancelled", "postponed", in its phrasal
    verbs too: "were called off"), or a verb of moving or stopping it."""
    told = without_phrasal_verbs(text)
    return not changes.isdisjoint(stems(told)) or _MOVING.search(told) is not None


_MOVED_TO = re.compile(rf"\b(?:{MOVING_VERBS})\s+(?:[\w’'-]+\s+){{0,3}}?(?:to|until|till)\s+(?-i:[A-Z\d])", re.I)
# A date a state lasts until, right before its phrase ("for a week, until February 1"); and a question asking one
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_UNTIL = re.compile(r"\b(?:not|never|n['’]t)\b[^,.;]*\buntil\s+(?:the\s+)?$", re.IGNORECASE)
_UNTIL_ASKED = re.compile(r"\b(?:until|till|through|expire|expires|expiry|last|lasts)\b", re.IGNORECASE)
_UNTIL_WORD = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)  # "deferred until when?": the day after "until"


def _written_at(text: str, phrase: str) -> int:
    """Where a date is written in a sentence, after the "until" its phrase may open with ("until December")."""
    at = phrase_at(text, phrase)
    lead = _UNTIL_LEAD.match(phrase)
    return max(0, at) + (lead.end() if lead is not None and at >= 0 else 0)


_UNTIL_LEAD = re.compile(r"(?:until|till)\s+(?:the\s+)?", re.IGNORECASE)


def _after_until(text: str, phrase: str) -> bool:
    """Whether a date is written as the end of a state: "until December", "till the summit on May 2"."""
    return _UNTIL.search(text, 0, _written_at(text, phrase)) is not None


def _said_day(text: str, row: EventRow, stated: list[EventRow]) -> bool:
    """Whether an event's date is where its sentence says when something was said ("..., the ministry said on
    Monday"), read where its words stand alone, not inside another date's ("to Monday of next week")."""
    phrase = date_phrase(row)
    if not phrase:
        return False
    longer = [p for other in stated if phrase in (p := date_phrase(other)) and p != phrase]
    covered = [(m.start(), m.end()) for p in longer for m in re.finditer(re.escape(p), text)]
    for found in re.finditer(re.escape(phrase), text):
        if not any(start <= found.start() < end for start, end in covered):
            return said_on(text, found.start())
    return False


def _focus_in(sentence: SentenceRow, row: EventRow) -> tuple[str, ...]:
    """An event's dated clause as ``sentence`` tells it. An event two articles tell keeps one article's clause; the
    other article's sentence is weighed by its own ("and the foreign ministers are still expected in Coimbra on
    Friday" tells no "start", though the other's "since the start of the war, ... due on Friday" does)."""
    if set(sentence.stems).issuperset(row.focus_stems):
        return row.focus_stems
    at = phrase_at(sentence.text, date_phrase(row))
    if at < 0:
        # (... in the words this sentence writes the day in, when another telling's were kept: "will open on Tuesday
        # in Kell" told after "scheduled to begin on April 14 in Vell")
        at = _day_written_at(sentence.text, row)
    return row.focus_stems if at < 0 else tuple(stems(clause_around(sentence.text, at)))


_A_DAY = (
    rf"(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<month>{MONTH_WORDS})\s+(?P<day>\d{{1,2}})\b|"
    rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_WORDS})"
)
_DAY_WRITTEN = re.compile(rf"\b(?:{_A_DAY})\b", re.IGNORECASE)
# ... and as a plan's day is written ("for this Thursday", "for April 2")
_PLAN_DAY_WRITTEN = re.compile(rf"\b(?:(?:this|next)\s+)?(?:{_A_DAY})\b", re.IGNORECASE)


def _day_written_at(text: str, row: EventRow) -> int:
    """Where a sentence writes an event's one day as a weekday or a month's day of its own, or -1."""
    day = row.event.date
    if day is None or day.precision is not Precision.DAY:
        return -1
    return next((found.start() for found in _DAY_WRITTEN.finditer(text) if _written_day(found, day.start)), -1)


def _told_as_plan(text: str, row: EventRow) -> bool:
    """Whether the sentence tells the event in the future ("would open on November 9"), not as done ("met on
    March 25" in an article dated before it: its date, not its words, makes it a plan)."""
    at = phrase_at(text, row.event.date.phrase if row.event.date else "")
    return at >= 0 and tense_before(text, at) == "future"


def _names_everyone(question: Question, hit: Hit) -> bool:
    """``_names_all``, or all but one where the sentence opens with "He" or "She" ("He last met Putin": the pronoun
    stands for the one left)."""
    missing = _unnamed(question, hit.row.stems)
    return missing == 0 or (missing == 1 and LEADING_PRONOUN.match(hit.row.text) is not None)


def _long_before(row: EventRow, published: dt.date | None) -> bool:
    """Whether an event ended long before the day of the article telling it (told as history, unflagged)."""
    return published is not None and not row.planned and (published - row.end).days > HISTORY_DAYS


def _scored_events(context: Context, question: Question, *, is_when: bool) -> list[_Scored]:
    """Events stated by the relevant sentences, each weighed by its clause, best first."""
    hits = [hit for hit in context.ranker.rank(question, limit=HITS_FOR_EVENTS) if hit.relevant]
    if not hits:
        return []
    weights = context.ranker.group_weights(question)
    key = key_group(weights)
    # (a title before the body it heads is the asker's word for whatever post of it the articles name: "when did
    # Zelensky name Umerov head of the security council?" is told by "appointed Umerov as Secretary of the National
    # Security and Defense Council"; the body's words tell)
    # (... nor is a filler word, "now", which asks how things stand, ``LATEST_ASKED``, never what happened)
    titled = [_heads_a_body(g.word, question.text) or g.word in FILLER_WORDS for g in question.groups]
    telling = key_groups(
        [0.0 if title else w for w, title in zip(weights, titled, strict=True)] if not all(titled) else weights
    )
    by_sentence = context.store.events_of_sentences(hit.row.id for hit in hits)
    future = asks_future(question.text)
    actual = not future and _ACTUAL_ASKED.search(question.text) is not None
    # ("when did ... open?", never "when was it scheduled?", which asks for the plan)
    # ("when did Kesk and Varo meet again?" asks a past meeting, though "again" reads as a plan's word)
    # (nor "until when was the vote deferred?": the end of a state, which may be still to come)
    past_tense = (
        bool(PAST_ASKED.search(question.text))
        and not _PLAN_ASKED.search(question.text)
        and not _UNTIL_WORD.search(question.text)
    )
    past_asked = not future and past_tense
    newest = context.today if past_asked else None
    places = {token for _, place in question.places for token in place}
    rare_kin, common_kin = _kin_of_telling(context, question, telling)
    known_places = context.memo("one-word places", None, lambda: _one_word_places(context))
    best: dict[int, _Scored] = {}
    published = context.store.published({hit.row.article for hit in hits}) if is_when else {}
    off, calling_off = _plans_called_off_in(hits, published) if is_when else (set(), set())
    if is_when and not (FIRST_PLAN_ASKED.search(question.text) or _NAMED_AS_FIRST_CUE.search(question.text)):
        # ... and a day a later sentence names as the first plan of the thing asked ("The original deadline was June
        # 20." for "when is the framework deadline?"), read among all the ranked sentences (it may hold no other word
        # of the question)
        off |= _named_first_days(context, question)
    still_to_come = 0.0  # the best score of a plan ranked down as still to come (below)
    since_asked = SINCE_WHEN.search(question.text) is not None  # ("since when?" asks for the start: history)
    # ("when did the swap take place?" is not answered by "the swap planned for Tuesday has been postponed"; "when
    # was it postponed?" is)
    calling_off = set() if CALL_OFF_WORD.search(question.text) else calling_off
    # a lead's events are told under its headline's words too ("negotiators sat down on Tuesday" under "Russia and
    # Ukraine open Baku talks" tells when the talks opened)
    leads = context.store.lead_stems({hit.row.article for hit in hits}) if question.groups else {}
    lead_ids = {hit.row.id for hit in hits if leads.get(hit.row.article) == hit.row.stems}  # (each article's first)
    headlines = context.store.title_sets({hit.row.article for hit in hits if hit.row.id in lead_ids})
    changed_next = _next_of_past_perfect_plans(context, hits, by_sentence)
    surnames = [{token for p in group for token in stems(surname_of(p.name))} for group in question.named_people]
    asked_names = set().union(*surnames)
    stand_ins = _stand_ins(context, question, hits, surnames) if is_when else {}
    until_unasked = is_when and not asks_for_end(question.text) and not _UNTIL_ASKED.search(question.text)
    until_asked = is_when and _UNTIL_WORD.search(question.text) is not None
    # the stems of a start or an end asked for ("talks start date?"), which a since-phrase may hold on another day's
    aspect: frozenset[str] = frozenset()
    for asks, word in ((asks_for_start, "begin"), (asks_for_end, "end")):
        if asks(question.text):
            aspect |= family(word)
    change_asked = is_when and asks_for_change(question.text)
    change_family = family("postpone") if change_asked else frozenset()
    # (the change is the act asked when its verb ends the question, "when was the visit cancelled?"; not "what date
    # was the postponed round originally supposed to start?")
    asked_text = without_phrasal_verbs(question.text)
    last = words(asked_text)[-1:]
    change_told_asked = change_asked and (
        (bool(last) and stem(last[0]) in change_family) or _CHANGE_ENDS.search(asked_text) is not None
    )
    start_asked = asks_for_start(question.text)
    first_plan_asked = FIRST_PLAN_ASKED.search(question.text) is not None
    # ("when was the swap proposed?", "when did Kyiv make its offer?": the day of the proposal is asked)
    proposal_asked = not _PROPOSING_STEMS.isdisjoint(s for g in question.groups for s in g.stems)
    # (the question's words a verb's base may be: "reopen", never "talks", "signed", "meeting"; nor one the question
    # asks as an aim too: "when was the deal to reopen them signed?")
    bare_words = [
        g.word
        for g in question.groups
        if is_when
        and not g.word.endswith(("s", "ed", "ing"))
        and not re.search(rf"\bto\s+{re.escape(g.word)}\b", question.text, re.I)
    ]
    asked_acts = [question.groups[n] for n in telling] or list(question.groups)  # (one word: that one tells)
    under_asked = _UNDER_STATE.search(question.text) is not None  # ("when was he placed under house arrest?")
    for hit in hits:
        stated = by_sentence.get(hit.row.id, [])
        mixed = any(row.background for row in stated) and not all(row.background for row in stated)
        as_plan: bool | None = None  # the sentence's, read once for all its events
        above = headlines.get(hit.row.article, frozenset()) if hit.row.id in lead_ids else frozenset()
        for row in stated:
            if not _date_matches(row, question.date):
                continue
            focus = _focus_in(hit.row, row)
            score = hit.score * _clause_factor(question, focus + tuple(above), weights)
            if key is not None and question.groups[key].own in focus:
                score *= OWN_WORD_IN_CLAUSE  # "the talks, which began ..." over "negotiate" in another clause
            if places and not places & set(focus) and places & set(hit.row.stems):
                score *= PLACE_IN_OTHER_CLAUSE  # "... deputy director, and in August, the head of GUR": GUR's date
            sure = True
            if is_when and not proposal_asked and _proposed_on(hit.row.text, date_phrase(row)):
                # "the 1,000-for-1,000 first stage Kyiv had proposed last month" for "when did the first stage take
                # place?": the day it was put forward, not the day it happened
                score *= PLAN_FOR_PAST_FACTOR
                sure = False
            if is_when:
                people_here = hit.coverage < WHEN_COVERAGE and _people_here(question, hit, known_places)
                # (a question asking when something was moved is told by any verb of moving: "had been moved to")
                moved = change_asked and _MOVED_TO.search(hit.row.text) is not None
                factor = _when_factor(hit, frozenset() if moved else telling, people_here=people_here)
                if common_kin and common_kin & set(hit.row.stems) and not rare_kin & set(hit.row.stems):
                    factor *= KEY_MISSING_FACTOR  # "presidential" held only as "President Trump": not held
                if not under_asked and any(_only_as_a_state(hit.row.text, g) for g in asked_acts):
                    factor *= KEY_MISSING_FACTOR  # "released on Friday under house arrest": no arrest on Friday
                others = stand_ins.get(hit.row.id, frozenset())
                if others is ANYONE_ELSE or _named_first(others, asked_names, focus):
                    factor *= FAR_NAME_FACTOR  # "a meeting with Lukashenko in 2020, Pompeo ..." for Kellogg's
                score *= factor
                sure = factor == 1.0
                if any(_aimed_at_after_day(hit.row.text, date_phrase(row), word) for word in bare_words):
                    # "signed an agreement on Wednesday to reopen the crossings" for "when do the crossings reopen?":
                    # the day of the signing, the reopening only aimed at (nor "..., closed since March": the day
                    # they shut)
                    score *= PLAN_FOR_PAST_FACTOR
                    sure = False
                # history ranks below news: below the news told in the same sentence, and (a little less) below
                # any news when the question names no time ("Kellogg Lukashenko meeting date?" is not the 2020 one)
                if row.background:
                    score *= BACKGROUND_FACTOR if mixed else 1.0 if question.date or since_asked else HISTORY_FACTOR
                elif (
                    not question.date
                    and not (question.named_people and _names_everyone(question, hit))
                    and _long_before(row, published.get(hit.row.article))
                ):
                    # "took place in Istanbul in July 2025, producing prisoner exchanges" in an April 2026 article, for
                    # "when did the swap take place?": history (one naming everyone asked about may be the meeting
                    # asked for: "He last met Putin on April 25" for "when did Witkoff meet Putin in Moscow?")
                    score *= HISTORY_FACTOR
                # (... unless this sentence tells it as a plan, since held: "Aaltonen will brief the ministers on
                # Monday" answers "when will Aaltonen brief them?" though a later article reports the briefing)
                if future and not row.planned and not past_tense and not _told_as_plan(hit.row.text, row):
                    # "when are the strikes supposed to stop?" is not answered by "drones hit power plants last
                    # month": a done event may show, labelled, never as the day of a plan
                    score *= PAST_FOR_FUTURE_FACTOR
                    sure = False
                if actual and row.planned:
                    score *= PLAN_FOR_PAST_FACTOR  # "when did the swap actually take place?": not its set day
                if actual and _only_aimed_at(hit.row.text, question) and _committed_on(hit.row.text, date_phrase(row)):
                    # ... nor the day it was agreed: "agreed to exchange all detainees, negotiators said after talks
                    # ended on Wednesday" (the exchange only aimed at, the day another act's)
                    score *= PLAN_FOR_PAST_FACTOR
                    sure = False
                if (
                    past_asked
                    and row.planned
                    and newest is not None
                    and row.start > newest
                    and _told_as_plan(hit.row.text, row)
                ):
                    # "when did the Baku talks open?" is not answered by "the next round would open on November 9":
                    # a plan for after the newest article had not happened, as far as the articles know
                    still_to_come = max(still_to_come, score)
                    score *= PLAN_FOR_PAST_FACTOR
                    sure = False
                elif (
                    past_asked
                    and row.planned
                    and (start_asked or row.start != row.end)
                    and _told_as_plan(hit.row.text, row)
                ):
                    # "when did the talks kick off?" is told by "sat down on Monday" before "working groups will begin
                    # sessions on Tuesday": a plan whose day has passed may have happened, but no article says so
                    # (for a start asked, or a plan set for no one day; "will exchange 300 prisoners on Saturday"
                    # still answers "when was the swap?" over "exchanged lists of prisoners on Thursday")
                    score *= UNCONFIRMED_PLAN_FACTOR
                if as_plan is None:
                    modal = _MODAL_OBJECT_BEFORE if future else _MODAL_BEFORE
                    as_plan = _only_as_plan(hit.row.text, question, modal)
                if as_plan and future and not row.planned:
                    # "what date is the election set for?" is not the day someone said they were ready to hold it
                    score *= PLAN_FOR_PAST_FACTOR
                    sure = False
                if not future and as_plan:
                    score *= PLAN_FOR_PAST_FACTOR  # "reported on Saturday that he would speak": not when he spoke
                changed = row.planned and (
                    _changed(hit.row.text, date_phrase(row), changed_next.get(hit.row.id, ""))
                    # (... or by another article telling the same plan: "set Oct. 20 as the deadline" on the 3rd, "the
                    # original deadline had been Oct. 20" on the 17th)
                    # (... or by one naming a new day that replaces it: "could not finish it by February 15 as planned
                    # and had agreed to a new target of February 28")
                    or any(
                        c.quote != hit.row.text
                        and (
                            _named_as_first(c.quote, date_phrase(row))
                            or replaced_by_new(c.quote, phrase_at(c.quote, date_phrase(row)), date_phrase(row))
                        )
                        for c in row.event.citations
                    )
                    # (... or by a sentence moving the plan from its day: "move the deadline ... from Sept. 30 to Oct.
                    # 15" makes "a working deadline of Sept. 30" the first plan)
                    or (first_plan_asked and row.start in off)
                )
                if changed != first_plan_asked and (changed or (row.planned and first_plan_asked)):
                    # "initially expected in Paris on Dec. 1, is now to meet ... on Dec. 2": a plan since changed is
                    # never the date, only a closest sentence; and the other way round when the first plan is asked
                    # ("originally scheduled for what date?")
                    score *= SUPERSEDED_FACTOR
                    sure = False
                if hit.row.id in calling_off and not moved_to(
                    hit.row.text, _written_at(hit.row.text, date_phrase(row))
                ):
                    # the news that it was called off, not when it happened (the day it is put off to is the new
                    # plan: "which had been due on Thursday, has been postponed until May 14")
                    score *= SUPERSEDED_FACTOR
                if row.planned and row.start in off and not first_plan_asked:
                    # "The prisoner exchange planned for Saturday has been postponed": a later word calls it off
                    # (the day a plan was moved from is what "the original deadline" asks for)
                    score *= SUPERSEDED_FACTOR
                    sure = False
            written_at = _written_at(hit.row.text, date_phrase(row))
            if (
                until_unasked
                and _UNTIL.search(hit.row.text, 0, written_at)
                and not _NOT_UNTIL.search(hit.row.text, 0, written_at)  # ("did not reply until Thursday": it did then)
                and not moved_to(hit.row.text, written_at)  # ("postponed until April 2": a new day)
            ):
                # "asked Putin to refrain from striking Kyiv for a week, until February 1": the day a state ends, not
                # the day of an act ("when did Trump ask ...?"), unless the end is asked ("until what date ...?")
                score *= PAST_FOR_FUTURE_FACTOR
                sure = False
            elif (
                until_asked
                and not _after_until(hit.row.text, date_phrase(row))
                and any(_after_until(hit.row.text, date_phrase(other)) for other in stated if other is not row)
            ):
                # ... and "deferred until when?" asks the day written after "until" ("deferring the decision until
                # December"), not the sentence's other day ("on Thursday ... stopped short of approving")
                score *= SAID_DAY_FACTOR
            if is_when and _told_counted_from(hit.row.text, row, asked_acts, aspect):
                # "the presidential office said on Tuesday, a day after the mediators pushed back the deadline": the
                # act asked comes after "a day after", on another day than the one written
                score *= PAST_FOR_FUTURE_FACTOR
                sure = False
            if change_told_asked and not _tells_change(hit.row.text, change_family):
                # "when was the joint visit cancelled?" is not answered by "announced on Wednesday that they would
                # make a joint visit": a sentence telling no change (cancelled, postponed, moved) of what is asked
                score *= NO_CHANGE_TOLD_FACTOR
                sure = False
            if change_asked and (moved_to(hit.row.text, written_at) or set_for_before(hit.row.text, written_at)):
                # "when did the mediators push back the deadline?" is not answered by the deadline's old or new day
                # ("initially set for March 31, had been moved to April 20"): the day of the moving is asked
                score *= SUPERSEDED_FACTOR
                sure = False
            if (
                is_when
                and len(stated) > 1
                and question.kind != "said"
                and not change_asked  # (then the day it was said is the day of the moving, as far as is told)
                and _said_day(hit.row.text, row, stated)
            ):
                # "... has been pushed back to Monday of next week, the ministry said on Monday": the day of the
                # saying is not the day asked for, when the sentence tells another
                score *= SAID_DAY_FACTOR
            if ASKED_LINE.match(hit.row.text):
                sure = False  # an interviewer's line ("Q: The session was put off from March 22.") asks, not reports
            if row.id not in best or score > best[row.id].score:
                best[row.id] = _Scored(score, row, hit, sure=sure)
    scored = list(best.values())
    if is_when:
        scored += _inherited(
            context, question, [h for h in hits[:INHERIT_FROM_HITS] if h.row.id not in by_sentence], weights
        )
    # among equals, the date written nearest to what the question names ("On October 20, a call between Lavrov and
    # Rubio ... the October 16 call between Putin and Trump"), then more sources first
    names = {stem for group in question.named_people for person in group for stem in stems(person.name)}
    names |= {token for _, place in question.places for token in place}  # named things the articles do not
    wanted = names | {token for group in question.groups for token in group.stems}  # know as people count too

    starts = _date_starts(scored)  # where each sentence's dates are written: each owns the text up to the next

    # ... and first what the question's own clause names, before a relative clause's ("the date of the Putin-Trump
    # call whose understandings Lavrov and Rubio discussed" asks the Putin-Trump call's day)
    asked = own_clause_stems(question.text) & wanted

    def nearness(scored: _Scored) -> tuple[int, int, int]:
        if len(starts.get(scored.hit.row.id, ())) < 2:
            return 0, 0, 0  # one date in its sentence: nothing to choose between (and no reading of the text)
        text, at = scored.hit.row.text, _phrase_at(scored)
        phrase = scored.row.event.date.phrase if scored.row.event.date else ""
        held = date_part_stems(text, at, starts.get(scored.hit.row.id, [])) & wanted
        return -len(held & asked), -len(held), _distance(text, phrase, wanted)

    ranked = sorted(scored, key=lambda s: (-round(s.score, 6), nearness(s), -s.row.sources, s.row.iso))
    leading = next((s for s in ranked if s.sure), None)  # (what would answer: the sure ones go first)

    def tells(scored: _Scored) -> bool:
        above = headlines.get(scored.hit.row.article, frozenset()) if scored.hit.row.id in lead_ids else frozenset()
        return _tells_act(question, scored.row, above)

    if leading is not None and still_to_come > leading.score and not tells(leading):
        # the best match was a plan still to come, and what now leads matched less without telling the act asked
        # ("exchanged 214 fishermen on Thursday" for "when did the Riga round open?"): what tells the act answers,
        # when one does, and nothing answers for sure when none does
        ranked = [s if s.sure and tells(s) else replace(s, sure=False) for s in ranked]
    return ranked


def _named_dates_only(question: Question, scored: list[_Scored]) -> list[_Scored]:
    """A sentence stating two dates is listed under the one whose part of it names the people asked about: "On
    October 20, a call was held between Lavrov and Rubio ... the October 16 call between Putin and Trump", on a
    timeline of Lavrov and Rubio, is October 20 only (each date owns the text up to the next one)."""
    names = {stem for group in question.named_people for person in group for stem in stems(person.name)}
    if not names:
        return scored
    by_sentence: dict[int, list[_Scored]] = {}
    for each in scored:
        by_sentence.setdefault(each.hit.row.id, []).append(each)
    held: dict[int, int] = {}
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        text = group[0].hit.row.text
        starts = sorted(at for at in (_phrase_at(each) for each in group) if at >= 0)
        for each in group:
            at = _phrase_at(each)
            if at < 0:
                continue
            held[each.row.id] = len(date_part_stems(text, at, starts) & names)
    most = {
        row_id: max(held.get(each.row.id, 0) for each in group)
        for row_id, group in by_sentence.items()
        if len(group) > 1
    }
    return [s for s in scored if held.get(s.row.id, 0) >= most.get(s.hit.row.id, 0)]


def _phrase_at(scored: _Scored) -> int:
    return phrase_at(scored.hit.row.text, date_phrase(scored.row))


_MODAL_BEFORE = re.compile(r"\b(?:would|will|shall|to|going\s+to|plans?\s+to|expected\s+to)\s+(?:\w+\s+)?$", re.I)
# ... and, for a question about what is to come, its object too: "ready to hold presidential elections"
_MODAL_OBJECT_BEFORE = re.compile(
    r"\b(?:would|will|shall|to|going\s+to|plans?\s+to|expected\s+to)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _committed_on(text: str, phrase: str) -> bool:
    """Whether a date is the day of a commitment ("decided on Monday to withdraw", "agreed to exchange ..., negotiators
    said after talks ended on Wednesday"), not of a clause telling the act done ("... and the last soldiers crossed
    the border on Thursday")."""
    at = phrase_at(text, phrase)
    if at < 0:
        return False
    if re.match(r"(?:a|one|two|three|the)\s+days?\s+(?:after|before)\b", phrase, re.I):
        return True  # (a day counted from the sentence's own: "signed on Wednesday ..., a day after X was freed")
    commitment = _COMMITMENT.search(text, 0, at)
    reported = re.search(r"\b(?:said|says|told|announced)\b[^.;]{0,100}$", text[:at])
    return reported is not None or (commitment is not None and not _CLAUSE_BREAK.search(text[commitment.end() : at]))


_COMMITMENT_VERBS = (
    r"signed|agreed|agree|agrees|decided|voted|pledged|promised|approved|committed|vowed|resolved|undertook"
)
_COMMITMENT = re.compile(rf"\b(?:{_COMMITMENT_VERBS})\b", re.I)


def _only_aimed_at(text: str, question: Question) -> bool:
    """Whether a word of the question (or of its family) is in a sentence only as what a commitment commits to:
    "agreed to exchange" for "the swap", never as a thing done ("the exchange took place")."""
    if _COMMITMENT.search(text) is None:
        return False  # (the cheap test first: most sentences a when-question reads commit to nothing)
    for group in question.groups:
        found = [m for m in re.finditer(r"[^\W\d_]+", text) if stem(fold(m.group())) in group.stems]
        if found and all(_COMMITTED_TO.search(text[: m.start()]) for m in found):
            return True
    return False


# A commitment and what it commits to: "signed an agreement on Wednesday to reopen", "agreed to exchange" - what is
# committed to comes later (a journey's aim is the same occasion: "flew to Khartoum on Tuesday to meet Osman", "gathered
# in Addis Ababa on Friday to sign the accord" are the meeting's and the signing's days)
_COMMITTED_TO = re.compile(rf"\b(?:{_COMMITMENT_VERBS})\b[^.;:]{{0,80}}?\bto\s+$", re.I)


def _aimed_at_after_day(text: str, phrase: str, verb: str) -> bool:
    """Whether a sentence holds a word of the question only as what a commitment commits to ("signed on Wednesday to
    reopen"), its day outside the aim's clause: the day is the commitment's ("agreed to resume talks on Monday" is
    the resumption's)."""
    if _COMMITMENT.search(text) is None:
        return False  # (the cheap test first, as in ``_only_aimed_at``)
    at = phrase_at(text, phrase)
    wanted = stem(fold(verb))
    found = [m for m in re.finditer(r"[^\W\d_]+", text) if stem(fold(m.group())) == wanted]
    return (
        at >= 0
        and bool(found)
        # (the commitment's own day, or a state's start, "..., closed since March"; never a clause telling the act
        # done, "... to withdraw its troops, and the last soldiers crossed the border on Thursday")
        and (
            (_committed_on(text, phrase) and all(not _in_its_clause(text, m.end(), at) for m in found))
            or phrase.lower().startswith("since ")
        )
        and all(_COMMITTED_TO.search(text[: m.start()]) for m in found)
    )


def _in_its_clause(text: str, end: int, at: int) -> bool:
    """Whether a date at ``at`` follows the words ending at ``end`` in their own clause ("agreed to resume talks in
    Addis Ababa, the Ethiopian capital, on June 3"), not past a clause's start ("to reopen the crossings and restart
    talks, a day after ...", "..., closed since March")."""
    between = text[end:at]
    return at >= end and len(between) <= IN_CLAUSE_CHARS and not _CLAUSE_BREAK.search(between)


IN_CLAUSE_CHARS = 150  # an aim's own date is told within a line of it, appositions and all
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:and|but|after|before|since|while|when|which|who|following|said|says)\b|,\s+(?:a|an)\s+\w+\s+after\b",
    re.I,
)


def _only_as_plan(text: str, question: Question, modal: re.Pattern[str] = _MODAL_BEFORE) -> bool:
    """Whether every word of the question's found in a sentence is a plan ("would speak", "is to meet", "plans to
    sign"): the sentence tells of an intention, and its date is when it was told, not when it happened."""
    wanted = {group.own for group in question.groups}  # the question's own words: its verb as asked
    found = [m for m in re.finditer(r"[^\W\d_]+", text) if stem(fold(m.group())) in wanted]
    return bool(found) and all(modal.search(text[max(0, m.start() - 40) : m.start()]) for m in found)


def _kin_of_telling(context: Context, question: Question, telling: frozenset[int]) -> tuple[set[str], set[str]]:
    """The telling words' own stems with the family words about as rare as they are, and the family words far more
    common: "presidential" is held by "presidency", not by every "President X" (a family word many times as common
    says little of what the question asks)."""
    own = {question.groups[n].own for n in telling}
    kin = {s for n in telling for s in question.groups[n].stems} - own
    if not kin:
        return own, set()
    counts = context.store.frequencies(own | kin)
    most = max((counts.get(s, 0) for s in own), default=0)
    if most == 0:
        return own | kin, set()  # ("POW swap" over articles writing "prisoners of war": the family is the word)
    # (a form of the same word only, "president" for "presidential": a synonym far more common is no weaker for it,
    # "exchange" for "swap")
    common = {s for s in kin if counts.get(s, 0) > COMMON_KIN_RATIO * most and any(_same_root(s, word) for word in own)}
    return (own | kin) - common, common


SAME_ROOT = 4  # letters two stems share at their start when one is a form of the other ("presid", "presidenti")


def _same_root(one: str, other: str) -> bool:
    return one[:SAME_ROOT] == other[:SAME_ROOT]


def _one_word_places(context: Context) -> frozenset[str]:
    """The places the articles name and the seats of government, those of one word, as stems."""
    return frozenset(found[0] for place in (*context.places, *PLACE_ALIASES) if len(found := stems(place)) == 1)


def _people_here(question: Question, hit: Hit, known_places: frozenset[str]) -> bool:
    """Whether a sentence names, in itself, every person the question names (by a word of their name) and the
    question names people and places only: then a place named elsewhere in its article is where it happened
    ("Erdogan Zelensky Ankara meeting date?": "Following his meeting with Zelensky on Thursday, Erdogan said ...")."""
    if not question.named_people or set(question.parties) - set(question.by_seat_only):  # (a capital is a place)
        return False
    held = set(hit.row.stems)
    if not all(any(set(stems(person.name)) & held for person in group) for group in question.named_people):
        return False
    # ... and no other place: "Kessler will visit Kyiv on Thursday" does not date his visit to Moscow
    asked = {token for _, place in question.places for token in place}
    return not (held & known_places) - asked


ANYONE_ELSE: frozenset[str] = frozenset({"\0"})  # ``_stand_ins``: a sentence naming none of the people asked about


def _stand_ins(
    context: Context, question: Question, hits: list[Hit], surnames: list[set[str]]
) -> dict[int, frozenset[str]]:
    """The sentences naming some of the people a question asks about, not all, and someone else besides (its speaker
    aside), by sentence: the name stems of those others. "When did Kellogg meet Putin?" is not answered by "during a
    meeting with Lukashenko in 2020, Pompeo aimed to weaken Lukashenko's partnership with Putin" in an article whose
    lead names Kellogg when another opens the dated clause (``_focus_in``, ``_named_first``): the lead's man is its
    story's, but there another acts in his place (never one named after: "Brannock, accompanied by Senator Calder,
    met the president"). A clause naming no one else leaves the lead's ("the talks, which began on Friday
    night, lasted six hours", quoted from a spokeswoman, in an article on Kellogg's visit), when the sentence names
    one of them at least ("Lukashenko's press secretary") or when the lead names them all: one naming none
    (``ANYONE_ELSE``), with the lead naming one and the sentence before another, leans on two guesses. ``surnames``:
    the name stems of each group of people asked about."""
    if len(question.named_people) < 2:
        return {}
    asked = [{person.key for person in group} for group in question.named_people]
    every = set().union(*asked)
    partial = [hit for hit in hits if hit.coverage < IN_SENTENCE]
    named = context.store.mentions_in(hit.row.id for hit in partial)
    leads = context.store.lead_sets({hit.row.article for hit in partial})
    found = {}
    for hit in partial:
        here = set(named.get(hit.row.id, ()))
        others = here - every - ({hit.row.speaker} if hit.row.speaker is not None else set())
        named_asked = sum(1 for keys in asked if keys & here)
        lead = leads.get(hit.row.article, frozenset())
        in_lead = all(not lead.isdisjoint(names) for names in surnames)  # (the story of them all: its sentences are)
        if not named_asked and not in_lead and not LEADING_PRONOUN.match(hit.row.text):
            found[hit.row.id] = ANYONE_ELSE  # none of them in it: the lead's and the sentence before's are two guesses
        elif named_asked < len(asked) and others:
            found[hit.row.id] = frozenset(
                token
                for key in others
                if (person := context.person(key)) is not None
                for token in stems(surname_of(person.name))
            )
    return found


def _named_first(others: frozenset[str], asked: set[str], clause: tuple[str, ...]) -> bool:
    """Whether one of ``others`` (name stems) comes in a clause's stems before any of the people asked about."""
    first_other = next((n for n, token in enumerate(clause) if token in others), None)
    if first_other is None:
        return False
    return not any(token in asked for token in clause[:first_other])


def _when_factor(hit: Hit, telling: frozenset[int], *, people_here: bool = False) -> float:
    """How much a sentence's event loses as the answer to "when ...?" for what it lacks: facts re-rank, never veto.
    "when was Trump's deadline?": a sentence without "deadline" (or with it only in the sentence before) more likely
    dates something else; "when will Tovald visit Moscow?": so does one whose article alone names Moscow."""
    factor = 1.0
    if telling and not telling & hit.matched_here:
        factor *= KEY_MISSING_FACTOR
    elif not telling and hit.matched and not hit.matched_here:
        factor *= KEY_MISSING_FACTOR  # its one word only in the sentence before: that sentence's event, not this one
    if hit.coverage < WHEN_COVERAGE and not (people_here and hit.coverage > 0):
        factor *= FAR_NAME_FACTOR
    return factor


def _at_named_place(context: Context, question: Question) -> list[EventRow]:
    """ "!timeline Sofia": the events held there, in date order off the place index (with a topic or a person,
    the ranked sentences decide alone)."""
    if question.groups or question.people or not question.places:
        return []
    found: list[EventRow] = []
    for name, _ in question.places:
        found += [
            row for row in context.store.events_at(name, MAX_TIMELINE_ITEMS + 1) if _date_matches(row, question.date)
        ]
    return found


def _clause_factor(question: Question, clause: tuple[str, ...], weights: list[float]) -> float:
    """How much of the question (by word weight) a clause holds, as a factor on its sentence's score."""
    if not question.groups or not sum(weights):
        return 1.0
    have = set(clause)
    # (a light verb weighs nothing here when other words are asked: "when did Budanov become head of GUR?" is told
    # by "and in August of the same year, the head of GUR", not by "In 2020, he became the Deputy Director ...")
    light = [g.word in LIGHT_VERBS and len(question.groups) > 1 for g in question.groups]
    weights = [0.0 if skip else w for w, skip in zip(weights, light, strict=True)]
    if not sum(weights):
        return 1.0
    # a word of the question's own counts whole, one of its family ("negotiate" for "talks") at the family's weight
    share = sum(
        w * (1.0 if g.own in have else RELATED_WEIGHT if have & g.stems.keys() else 0.0)
        for g, w in zip(question.groups, weights, strict=True)
    ) / sum(weights)
    return (1 - CLAUSE_WEIGHT) + CLAUSE_WEIGHT * share


# A day modifying the asked noun names its date more surely than a clause naming the noun in passing: a telling that
# only names the thing ("the attack in El Wak") may score twice as much on words (it is ranked as one sentence, the
# day's merged tellings by their first), so the modifier's day is weighed 2.5x; a reaction's own day stays below it
DATED_NOUN_FACTOR = 2.5
# "the April 11 attack", "the 11 April attack", "Saturday's clash": a day written as a noun's modifier
_DATED_NOUN = re.compile(
    rf"\b(?:the\s+(?:(?P<month>{MONTH_WORDS})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_WORDS}))|"
    rf"(?P<weekday>{'|'.join(WEEKDAYS)})['’]s)\s+(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)


# ... never a noun that is itself a time ("the April 30 deadline" is one of the deadlines, which a later one replaces)
_TIME_NOUNS = frozenset(stem(w) for w in "deadline target goal date limit timetable schedule timeline cutoff".split())


def _dates_the_noun(scored: _Scored, nouns: set[str]) -> bool:
    """Whether a telling of the event writes its day as a modifier of a noun the question asks about, and that day
    is the event's ("the April 11 attack" for the event of April 11)."""
    day = scored.row.event.date
    if day is None or day.precision is not Precision.DAY:
        return False
    for citation in scored.row.event.citations:
        for found in _DATED_NOUN.finditer(citation.quote):
            noun = stem(found.group("noun").lower())
            if noun in nouns and noun not in _TIME_NOUNS and _written_day(found, day.start):
                return True
    return False


def _written_day(found: re.Match[str], day: dt.date) -> bool:
    """Whether a modifier ``_DATED_NOUN`` found writes ``day`` ("the April 11", "the 11 April", "Saturday's")."""
    if found.group("weekday"):
        return WEEKDAYS[found.group("weekday").lower()] == day.weekday()
    month, number = found.group("month") or found.group("month2"), found.group("day") or found.group("day2")
    return MONTHS[month.lower()] == day.month and int(number) == day.day


def _when(context: Context, question: Question, scored: list[_Scored]) -> Answer:
    subject = question_subject(question.text, context.lookup, context.affiliations)
    if subject is not None:  # "when did Russia accept ...?": the day someone else did ranks below
        # ("Trump Putin Alaska summit date?": the summit's sides, told by a sentence naming them both, whoever acts)
        sides = len(subject.people) >= 2 and sides_of_an_event(question.text)
        # ("When is Brazil's foreign minister expected?": the one the question names by the role is its subject too)
        by_role = question.by_office
        # ("when was Kesk replaced?": a clause doing it to Kesk tells it, "Varo, who replaced Kesk earlier this month")
        done_to = passive_verbs(question.text)
        scored = [  # never sure: it may show, labelled, as a closest sentence, never as the answer
            s
            if fits(subject, (clause := _clause_subject(context, s)))
            or bool(by_role & clause.people)
            or (sides and _names_all(s, question) and dates_the_event(s.hit.row.text, date_phrase(s.row)))
            or (
                bool(done_to)
                and is_done_to(s.row.event.focus or s.hit.row.text, done_to, subject.people, context.lookup)
            )
            else replace(s, score=s.score * OTHER_SUBJECT_FACTOR, sure=False)
            for s in scored
        ]
        # stable: among equals, the order ``_scored_events`` gave (the date written nearest to what is asked)
        scored.sort(key=lambda s: -round(s.score, 6))
    # "el wak attack when?": a day written as the asked thing's modifier ("the April 11 attack on the El Wak post",
    # "Saturday's clash") dates that very thing, over a clause's own act naming it in passing ("condemned the attack
    # in El Wak" on Sunday); read in every telling of the event (one day's tellings are one event)
    nouns = {group.own for group in question.groups}
    dated = {id(s) for s in scored if nouns and _dates_the_noun(s, nouns)}
    if dated:
        scored = [replace(s, score=s.score * DATED_NOUN_FACTOR) if id(s) in dated else s for s in scored]
        scored.sort(key=lambda s: -round(s.score, 6))
    # a date told in passing in a relative clause ("Smith, who visited Belarus in February, ...") dates that clause's
    # subject's act, not what the question asks: never sure, unless the question names its time
    # (... unless that clause tells the act asked: "Whitcombe, who arrived in Bergen on Sunday" for "when did the
    # envoy arrive in Bergen?")
    if not question.date:
        # (any word of the question tells an act: "starting" the start asked, though "truce" is its telling word)
        scored = [
            replace(s, sure=False) if s.sure and not _passing_tells(s, list(question.groups), question) else s
            for s in scored
        ]
    # a date told as history answers a question that names a time, or one whose telling word its own clause says
    # ("when did Russia start its offensive?": "On February 24, 2022, Russia launched a military offensive");
    # otherwise it may show, labelled, below the news ("Medinsky delegation approved when" is not his 2022 talks)
    # (in a question of one word, that word tells)
    telling = [question.groups[n] for n in context.ranker.telling(question)] or list(question.groups)

    places = {token for _, place in question.places for token in place}

    def told_here(row: EventRow) -> bool:
        clause = set(row.focus_stems)
        if any(clause & group.stems.keys() for group in telling):
            return True
        # ... or most of what it asks, in other words ("when did Russia begin its full-scale invasion?": "Russia
        # launched a military offensive", its act and its thing, though not the rare "full-scale")
        held = _groups_held(question, clause)
        if held >= HISTORY_WORDS_HELD and held * 2 >= len(question.groups):
            return True
        # ... or a clause that names the place asked and another of its words, its verb left to the clause before
        # ("he became deputy director, and in August of the same year, the head of GUR")
        return bool(places) and places <= clause and any(clause & group.stems.keys() for group in question.groups)

    scored = [
        s if s.sure and (question.date or not s.row.background or told_here(s.row)) else replace(s, sure=False)
        for s in scored
    ]
    # "trump zelensky call date?": a day told in a sentence naming them all, when one does, not Trump's call with
    # Putin the day before (Zelensky only in its headline); the others show, labelled
    # (... or, when one of several is asked for, "the previous meeting", all but the one a leading "He" or "She"
    # stands for: "He last met Putin on April 25" is the meeting before the one the article reports)
    if len(question.named_people) >= 2 and any(s.sure and _names_all(s, question) for s in scored):
        counted = question.ordinal is not None
        scored = [
            s if _names_all(s, question) or (counted and _names_everyone(question, s.hit)) else replace(s, sure=False)
            for s in scored
        ]
    scored = _owned_by_the_names(question, scored)
    # "deadline for answering the plan?": a thing that is itself a day is told only by a sentence naming it (the day
    # the plan was presented, or the talks' head replaced, is no deadline)
    # (or by the words that make a day one: "agreed to exchange lists by Friday of next week")
    day_things = [g for g in question.groups if g.own in _DAY_THINGS]
    if day_things:
        scored = [
            s
            if all(not g.stems.keys().isdisjoint(s.hit.row.stems) for g in day_things)
            or _BY_A_DAY.search(s.hit.row.text, 0, max(0, phrase_at(s.hit.row.text, date_phrase(s.row))))
            else replace(s, sure=False)
            for s in scored
        ]
        if not asks_for_change(question.text) and not _NAMED_AS_FIRST_CUE.search(question.text):
            # ... and of one sentence's days, the one it is moved to, not the day of the moving ("on Monday pushed
            # back the deadline ... to Nov. 3": the deadline is Nov. 3); "when was it pushed back?" asks the other
            holding = {s.hit.row.id for s in scored if _moved_here(s)}
            scored = [replace(s, sure=False) if s.hit.row.id in holding and not _moved_here(s) else s for s in scored]
    sure = [s for s in scored if s.sure]
    unsure = [s for s in scored if not s.sure]
    history = max((s.score for s in sure if s.row.background), default=0.0)
    news = max((s.score for s in sure if not s.row.background), default=0.0)

    def held(rows: list[_Scored]) -> int:
        """How many of the question's words (or their families) the best of these clauses holds."""
        best = max(rows, key=lambda s: s.score, default=None)
        return _groups_held(question, set(best.row.focus_stems)) if best is not None else 0

    # (... unless the history tells more of what is asked: "when did Russia begin its full-scale invasion?" is
    # "Russia launched a military offensive", not a swap that "would take effect")
    tells_more = history and held([s for s in sure if s.row.background]) > held(
        [s for s in sure if not s.row.background]
    )
    if (
        not question.date
        and not SINCE_WHEN.search(question.text)
        and history
        and news >= history * NEWS_OVER_HISTORY
        and not tells_more
    ):
        # a question naming no time asks for the articles' news: the Friday talks before "a meeting in 2020", when
        # the news matches nearly as well (history is there when it matches far better, or was asked for by a date)
        sure.sort(key=lambda s: s.row.background)  # (stable: by score within each)
    if sure and LATEST_ASKED.search(question.text):
        # "when is the leaders' summit now?": of the days that match nearly as well, the newest article's first (a
        # plan moved in a later article is asked for as it stands)
        top = max(s.score for s in sure)
        close = [s for s in sure if s.score >= top * LATEST_CUT]
        days = context.store.published({s.hit.row.article for s in close})
        close.sort(key=lambda s: -(days.get(s.hit.row.article) or dt.date.min).toordinal())  # (stable)
        sure = close + [s for s in sure if s not in close]
    if not sure:
        # no dated event holds what the question asks: the best-ranked sentences answer, labelled, each with the
        # date it states (a fact filter never turns what search found into "not covered")
        fallback = _closest_dated(context, question, scored) or _no_events(context, question)
        return _with_new_date(context, scored, fallback)
    # (the rarest word in its own form: "talks" may weigh as its rarest kin, "consultations", over "trilateral")
    own = context.store.frequencies([g.own for g in question.groups]) if question.ordinal is not None else {}
    rarest = min((g for g in question.groups if own.get(g.own)), key=lambda g: own[g.own], default=None)
    chosen = _by_position(
        question,
        sure,
        [rarest] if rarest is not None and len(question.groups) > 1 else None,
        today=context.today,
        read_leads=context.store.lead_stems,
        read_titles=context.store.title_sets,
    )
    if not any(s.sure for s in chosen):
        return _with_new_date(
            context, scored, _closest_dated(context, question, scored) or _no_events(context, question)
        )
    if question.ordinal == -1 and (asks_for_start(question.text) or asks_for_end(question.text)):
        # "when did the latest round begin?": "latest" picks the round, "begin" its day: of the days one sentence
        # tells of the round picked ("opened on Tuesday and ended late on Wednesday"), the first or the last
        first = chosen[0]
        same = [s for s in chosen if s.sure and s.hit.row.id == first.hit.row.id and not s.row.background]
        if len(same) > 1:
            pick = min if asks_for_start(question.text) else max
            lead = pick(same, key=lambda s: s.row.start)
            chosen = [lead] + [s for s in chosen if s is not lead]
    best = chosen[0].score
    picked = [chosen[0]] + [s for s in chosen[1:] if s.score >= best * WHEN_RELATIVE_CUT]
    # one sentence answers once, under the date that fits best: "from Saturday evening through Sunday" is one truce
    picked = [s for n, s in enumerate(picked) if all(s.hit.row.id != t.hit.row.id for t in picked[:n])]
    items = [_when_item(context, s, checked=n == 0) for n, s in enumerate(picked[:WHEN_ITEMS])]  # the answer
    # ... then, labelled, the dated sentences that scored as well but tell someone else's act or lack a telling
    # word: the fact test re-ranks them, it does not hide them
    shown = {s.hit.row.id for s in picked}
    for s in sorted(unsure, key=lambda s: -s.score):
        if len(items) >= WHEN_ITEMS or s.score < best * WHEN_RELATIVE_CUT:
            break
        if s.hit.row.id not in shown and s.dated_by is None:
            shown.add(s.hit.row.id)
            items.append(event_item(context, s.row, checked=False).model_copy(update={"label": CLOSEST_LABEL}))
    # (the question's own verb is its word for what a sentence tells: "when did the delegation stage its walkout?",
    # a word with its object after it, is told by "walked out")
    verb = question_verb(question.text)
    absent = [
        word
        for word in context.ranker.absent_words(question)
        if (verb is None or stem(word) != stem(verb))
        and not re.search(rf"\b{re.escape(word)}\s+(?:its|their|his|her|a|an|the)\b", question.text, re.I)
        # ("when is the decision expected?", "... due?": the asker's word for a plan, which a planned day answers)
        and not (word.lower() in _PLAN_WORDS and picked and picked[0].row.planned)
    ]
    if absent:
        # "witkoff putin meeting when?" over articles that never name Witkoff (typed in lower case, so no capital
        # marked a name): a date for the rest of the question is no answer to it, only the closest one
        missing = ", ".join(f"'{word}'" for word in absent)
        # ... unless the first sentence holds all the rest of it, as search reads it: the missing word is the asker's
        # own for what it says ("when did Tamm sign off on the delegation lineup?": "Tamm approved the composition of
        # the delegation on May 4")
        heads = all(asker_verb(word, question.text) or _after_a_word_held(question, word, absent) for word in absent)
        whole = heads and context.ranker.holds_the_rest(question, picked[0].hit, absent)
        closest = tuple(
            item if whole and n == 0 else item.model_copy(update={"label": item.label or CLOSEST_LABEL})
            for n, item in enumerate(items)
        )
        noun = "word" if len(absent) == 1 else "words"
        message = (
            f"No article uses the {noun} {missing}; the first sentence says all the rest of the question."
            if whole
            else f"No article mentions {missing}; these are the closest dated sentences on the rest of the question."
        )
        return Answer(intent=Intent.TIMELINE, query=question.text, found=True, items=closest, message=message)
    return Answer(intent=Intent.TIMELINE, query=question.text, found=True, items=tuple(items))


RESCHEDULED_LABEL = "new date of a changed plan"


def _next_of_past_perfect_plans(
    context: Context, hits: list[Hit], by_sentence: dict[int, list[EventRow]]
) -> dict[int, str]:
    """The sentence after each hit stating a plan in the past perfect, by the hit's id (read only for those few)."""
    wanted = [
        hit.row
        for hit in hits
        if any(
            row.planned and plan_in_past_perfect(hit.row.text, date_phrase(row))
            for row in by_sentence.get(hit.row.id, [])
        )
    ]
    return {row_id: after.text for row_id, after in context.ranker.next_of(wanted).items()}


# a plan its own sentence names as the first of several: "the original deadline ... had been", "the initial date was"
# (never one it says still holds: "the original deadline was Oct. 20 and would not be extended")
_PLAN_NOUNS = r"deadline|date|target|schedule|timetable"  # the nouns a plan's day is asked and told by
_FIRST_OF_A_PLAN = rf"\b(?:original|initial|old|previous)\s+(?:{_PLAN_NOUNS})\b"
_NAMED_AS_FIRST = re.compile(
    _FIRST_OF_A_PLAN + r"[^.;]{0,80}?\b(?:had\s+been|was|were)\s+(?:[\w’'-]+,?\s+){0,2}$|"
    # ... or the day a plan was first set for, in an aside before its new day ("the Vienna round, originally planned
    # for April 14, would now open on April 28")
    r"\b(?:originally|initially|first)\s+(?:planned|set|scheduled|due|slated|expected)\s+(?:to\s+\w+\s+)?"
    r"(?:for|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAMED_AS_FIRST_CUE = re.compile(_FIRST_OF_A_PLAN, re.IGNORECASE)
_ASKED_PLAN_NOUN = re.compile(rf"\b({_PLAN_NOUNS})s?\b", re.I)
_STILL_HOLDS = re.compile(
    r"\b(?:still|unchanged|remains?|remained|not\s+be\s+(?:extended|changed|moved)|as\s+(?:planned|scheduled))\b", re.I
)


def _moved_here(s: _Scored) -> bool:
    """Whether an event's date is where its sentence moves a plan to."""
    return moved_to(s.hit.row.text, phrase_at(s.hit.row.text, date_phrase(s.row)))


def _named_as_first(text: str, phrase: str) -> bool:
    """Whether a sentence names the plan dated by ``phrase`` as the first of several, since replaced."""
    at = phrase_at(text, phrase)
    return at > 0 and _NAMED_AS_FIRST.search(text, 0, at) is not None and not _STILL_HOLDS.search(text)


def _changed(text: str, phrase: str, next_text: str) -> bool:
    """Whether a plan was since changed: by its own sentence ("initially expected on Dec. 1, is now ... Dec. 2"), or,
    told in the past perfect, by the sentence after it ("had been scheduled for Friday." - "It was postponed")."""
    if superseded(text, phrase):
        return True
    if _named_as_first(text, phrase):
        return True  # "The original deadline for a framework had been Friday, Oct. 20": a plan since replaced
    if not plan_in_past_perfect(text, phrase):
        return False
    # ... or by the rest of its own sentence ("which had been due to take place on Friday, has been postponed until
    # April 2")
    at = phrase_at(text, phrase)
    return (at >= 0 and CALL_OFF_WORD.search(text, at + len(phrase)) is not None) or (
        bool(next_text) and changed_after(next_text)
    )


def _with_new_date(context: Context, scored: list[_Scored], fallback: Answer) -> Answer:
    """A fallback led by a plan since changed ("had been scheduled for this Friday, March 19"), with the new date
    the next sentence gives it ("it had been postponed to April 8") first: the answer to when it is now."""
    best = max(scored, key=lambda s: s.score, default=None)
    if best is None or not best.row.planned:
        return fallback
    if changed_after(best.hit.row.text) and fallback.items and fallback.items[0].date == best.row.iso:
        # the best is itself the new date ("The talks had been due to open on October 5." - "... said they would now
        # begin on October 12"): said so, never a closest sentence
        first = fallback.items[0].model_copy(update={"label": RESCHEDULED_LABEL})
        message = "The plan was changed; the new date comes first, then the closest sentences in the articles."
        return fallback.model_copy(update={"items": (first, *fallback.items[1:]), "message": message, "found": True})
    after = context.ranker.next_of([best.hit.row]).get(best.hit.row.id)
    if after is None or not changed_after(after.text):
        return fallback  # (the next sentence must say the plan named was changed: not "parliament postponed the vote")
    if not _changed(best.hit.row.text, date_phrase(best.row), after.text):
        return fallback
    later = [
        row
        for row in context.store.events_of_sentences([after.id]).get(after.id, [])
        if row.planned and row.start > best.row.start and not called_off(after.text, date_phrase(row))
    ]
    if not later:
        return fallback
    item = event_item(context, later[0], checked=False).model_copy(update={"label": RESCHEDULED_LABEL})
    message = "The plan was changed; the new date comes first, then the closest sentences in the articles."
    return fallback.model_copy(update={"items": (item, *fallback.items), "message": message, "found": True})


def _date_starts(scored: list[_Scored]) -> dict[int, list[int]]:
    """Where each sentence's own dates are written, by sentence id (a date inherited from the sentence before is
    written there, not here)."""
    starts: dict[int, list[int]] = {}
    for each in scored:
        at = _phrase_at(each)
        if at >= 0 and each.dated_by is None:
            starts.setdefault(each.hit.row.id, []).append(at)
    return starts


def _owned_by_the_names(question: Question, scored: list[_Scored]) -> list[_Scored]:
    """Of two dates in one sentence, the one whose part of it names everyone asked about answers; the other is not
    sure ("On October 20, a call was held between Lavrov and Rubio ... during the October 16 call between Putin and
    Trump": Putin and Trump's call is October 16, whatever "last" or the ranking would pick)."""
    if len(question.named_people) < 2:
        return scored
    names = [{stem for person in group for stem in stems(person.name)} for group in question.named_people]
    starts = _date_starts(scored)
    owning: dict[int, set[int]] = {}  # sentence -> the places of the dates whose own part names them all
    for row_id, ats in starts.items():
        if len(set(ats)) < 2:
            continue
        text = next(s.hit.row.text for s in scored if s.hit.row.id == row_id)
        owned = {at for at in ats if all(group & date_part_stems(text, at, ats) for group in names)}
        if owned and len(owned) < len(set(ats)):
            owning[row_id] = owned
    if not owning:
        return scored
    return [
        replace(s, sure=False) if s.sure and s.hit.row.id in owning and _phrase_at(s) not in owning[s.hit.row.id] else s
        for s in scored
    ]


def _passing_tells(scored: _Scored, acts: list[TermGroup], question: Question) -> bool:
    """Whether an event's date dates its sentence, or a clause in passing that tells an act the question asks of the
    thing it asks about: a telling word in the clause (``acts``), and, when the question says more, another of its
    words in the clause or in the words it hangs on ("a 20-day truce, starting at midnight on Monday" tells the
    truce's start; "the first results of the talks that opened last Sunday" tells no truce's start). A question of
    names alone ("when had Smith been to Belarus?") is told by a clause naming its places that hangs on its person
    ("Christopher Smith, who visited Belarus in February")."""
    groups = question.groups
    text = scored.hit.row.text
    clause = passing_clause(text, date_phrase(scored.row))
    if clause is None:
        return True
    said = set(stems(clause))
    if not groups and (question.places or question.parties) and question.named_people:
        before = text[: text.find(clause)].rstrip(" ,") if clause in text else ""
        hangs_on = set(stems(" ".join(before.split(",")[-1].split()[-ANTECEDENT_WORDS:])))
        people = {token for group in question.named_people for p in group for token in stems(surname_of(p.name))}
        return (
            all(set(place) <= said for _, place in question.places)
            and all(not said.isdisjoint(party_stems(party)) for party in question.parties)
            and not hangs_on.isdisjoint(people)
        )
    held = [g for g in groups if not said.isdisjoint(g.stems)]
    if not any(g in held for g in acts):
        return False
    others = [g for g in groups if g not in held]
    if not others:
        return True
    before = text[: text.find(clause)].rstrip(" ,") if clause in text else ""
    # (the noun phrase it hangs on, back to a comma: "..., the first results of the talks" names no truce)
    antecedent = set(stems(" ".join(before.split(",")[-1].split()[-ANTECEDENT_WORDS:])))
    return any(not antecedent.isdisjoint(g.stems) for g in others)


# The nouns that name an aspect of the thing before them, in the asker's words ("the delegation lineup" is its
# composition): only these heads of a compound may be missing; any other names another thing ("the exchange
# memorandum" is no exchange)
_ASPECT_HEADS = frozenset(
    "lineup line-up makeup make-up roster composition membership list date timing schedule venue location".split()
)


def _after_a_word_held(question: Question, word: str, absent: list[str]) -> bool:
    """Whether a word no article uses heads a compound whose first word they do ("the delegation lineup", "the
    two-week comment"): the asker's noun for what the sentence names in its own ("composition of the delegation").
    Not a word after "with" or "and" ("meeting with lindqvist": a name typed in lower case, missing), nor one
    before the word it qualifies ("the minerals deal": which deal)."""
    if word.lower() not in _ASPECT_HEADS:
        return False
    held = {g.word.lower() for g in question.groups if g.word not in absent}
    before = re.search(rf"([\w'-]+)[\s-]+{re.escape(word)}\b", question.text, re.I)
    return before is not None and before.group(1).lower().split("-")[-1] in held


def _closest_dated(context: Context, question: Question, scored: list[_Scored]) -> Answer | None:
    """The closest sentences, labelled, each dated by the best event it states (when it states one)."""
    fallback = closest_sentences(context, question, Intent.TIMELINE, "No dated event matches that exactly.")
    if fallback is None:
        return None
    names = {stem for group in question.named_people for person in group for stem in stems(person.name)}
    wanted = names | {token for group in question.groups for token in group.stems}
    future = asks_future(question.text)
    # per sentence, the event to date it by: the one whose clause names most of the people, and so on
    best: dict[str, tuple[int, float, int, int, str]] = {}
    for s in scored:
        if s.dated_by is None and not s.row.background:
            # the clause naming most of the people, then the best score, then the date written nearest to what the
            # question names ("On October 20, a call between Lavrov and Rubio ... the October 16 call between ...")
            phrase = s.row.event.date.phrase if s.row.event.date else ""
            near = -_distance(s.hit.row.text, phrase, wanted)
            # "when will they decide?": the soonest date still to come when the article was written
            soon = -s.row.start.toordinal() if future and s.row.planned else -dt.date.max.toordinal()
            key = (len(names & set(s.row.focus_stems)), round(s.score, 6), soon, near, s.row.iso)
            if s.hit.row.text not in best or key[:4] > best[s.hit.row.text][:4]:
                best[s.hit.row.text] = key
    best_date = {text: key[4] for text, key in best.items()}
    items = tuple(
        item.model_copy(update={"date": best_date.get(item.text) or _stated_date(context, item)})
        for item in fallback.items
    )
    if future:  # "when is the next round?": a sentence saying "in the near future" is the answer, and says no date
        for n, item in enumerate(items[:UNDATED_SEARCHED]):
            undated = _UNDATED_TIME.search(item.text)
            if undated and item.date is None:
                first = item.model_copy(update={"label": UNDATED_LABEL})
                message = f"The articles give no date for that, only “{undated.group()}”."
                items = (first, *items[:n], *items[n + 1 :])
                return fallback.model_copy(update={"items": items, "message": message})
    return fallback.model_copy(update={"items": items})


def _stated_date(context: Context, item: AnswerItem) -> str | None:
    """The first date a sentence states, resolved against its article (a caption's "on May 21, 2025" is no event,
    but it is the date the sentence gives)."""
    citation = item.citations[0] if item.citations else None
    article = context.articles.get(citation.article) if citation else None
    if article is None:
        return None
    found = [
        m.date
        for m in find_dates(item.text, article.published)
        if m.date.precision is not Precision.SPAN and not is_readiness_day(item.text, m)
    ]
    return found[0].iso if found else None


def _distance(text: str, phrase: str, wanted: set[str]) -> int:
    """How far, in characters, a date phrase stands from the words a question names, summed over those words."""
    at = phrase_at(text, phrase)
    if at < 0:
        return len(text) * max(len(wanted), 1)
    where: dict[str, int] = {}
    for match in re.finditer(r"[^\W\d_]+", text):
        token = stem(fold(match.group()))
        if token in wanted:
            where[token] = min(where.get(token, len(text)), abs(match.start() - at))
    return sum(where.values()) + len(text) * (len(wanted) - len(where))


def _clause_subject(context: Context, scored: _Scored) -> Subject:
    event = scored.row.event if scored.dated_by is None else None
    if event is not None and event.date is not None and event.date.phrase:
        at = event.text.find(event.date.phrase)
        relative = relative_subject(event.text, at, context.lookup, context.affiliations) if at > 0 else None
        if relative is not None:
            return relative
    text = (event.focus or event.text) if event is not None else scored.hit.row.text
    return clause_subject(text, context.lookup, context.affiliations)


def _when_item(context: Context, scored: _Scored, *, checked: bool) -> AnswerItem:
    if scored.dated_by is None:
        return event_item(context, scored.row, checked=checked)
    return AnswerItem(
        text=scored.hit.row.text,
        date=scored.row.iso,
        citations=context.cite([scored.dated_by.sentence.citation(), scored.hit.row.sentence.citation()]),
        label=INHERITED_LABEL,
        sources=1,
    )


_LATER_ORDINALS = "second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|next|new"
_SESSION_NOUNS = r"(?:sessions?|rounds?|meetings?|talks|negotiations|phase|stage)"
_LATER_SESSION = re.compile(rf"\b(?:{_LATER_ORDINALS})\s+(?:[\w-]+\s+){{0,2}}?{_SESSION_NOUNS}\b", re.IGNORECASE)
_BEGIN = stem("begin")
_STARTING = frozenset({_BEGIN} | related(_BEGIN))  # a start in any of its words: "began", "opened", "kicked off"
_FIRST_SESSION = re.compile(rf"\b(?:first|opening)\s+(?:[\w-]+\s+){{0,2}}?{_SESSION_NOUNS}\b", re.IGNORECASE)


def _starts_alike(group: TermGroup, row_stems: set[str]) -> bool:
    """Whether a question's start word ("start") and a sentence's ("begin", "open") both tell a start."""
    return not _STARTING.isdisjoint(group.stems) and not _STARTING.isdisjoint(row_stems)


def _calls_it_later(scored: _Scored) -> bool:
    """Whether a clause's sentence calls an event of the talks by a later ordinal ("the second session opened on
    Monday", "... as the second round of talks opened"); never another thing ("the second-largest city", "their second
    prisoner exchange", "a second bus"), nor a first for someone ("leading the team for the first time")."""
    text = scored.hit.row.text
    return _LATER_SESSION.search(text) is not None and _FIRST_SESSION.search(text) is None


def _tells_first_session(scored: _Scored) -> bool:
    """Whether a clause's sentence tells the start of the talks in other words ("sat down for their first
    face-to-face talks", "the opening session"), calling nothing of them by a later ordinal."""
    return _FIRST_SESSION.search(scored.hit.row.text) is not None and _LATER_SESSION.search(scored.hit.row.text) is None


# the talks' own names, either for the other ("opened their first direct peace negotiations" tells the talks' start);
# their wider family ("round", "session", "meeting") names a part of them, which may start later
_TALKS = frozenset({stem("talks"), stem("negotiations")})


def _tells_start_of_talks(scored: _Scored, question: Question) -> bool:
    """Whether a clause tells the start the question asks of, as done: its start in any words ("began", "opened",
    "sat down ... for their first talks"), the rest of the question in its own words ("talks", not "group"; the talks
    may be "negotiations"), its places named, and no later ordinal ("the second session")."""
    starting = _STARTING
    rest = [g for g in question.groups if starting.isdisjoint(g.stems)]
    row_stems = set(scored.hit.row.stems)
    told = row_stems - _passing_starts(scored.hit.row.text, scored.row.start)
    return (
        bool(rest)
        and not scored.row.planned
        and not _calls_it_later(scored)
        and (not starting.isdisjoint(told) or _FIRST_SESSION.search(scored.hit.row.text) is not None)
        and all(g.own in row_stems or (g.own in _TALKS and not _TALKS.isdisjoint(row_stems)) for g in rest)
        and all(not set(place).isdisjoint(row_stems) for _, place in question.places)
    )


# Talks on a topic of their own ("Expert talks on grazing began on March 20"): a track of the talks, not their start
_TALKS_ON = re.compile(
    r"\b(?:talks|negotiations|sessions?|consultations)\s+(?:on|about|over)\s+(?:the\s+)?([\w’'-]+)", re.I
)


def _on_another_topic(text: str, question: Question) -> bool:
    """Whether a sentence's talks are on a topic the question does not name ("talks on grazing" for "the talks")."""
    asked = {token for group in question.groups for token in group.stems}
    return any(stem(fold(m.group(1))) not in asked for m in _TALKS_ON.finditer(text))


START_NEAR = 3  # words between a start word and the talks it starts: "opening a round of talks", "talks began"


def _starts_them(scored: _Scored, question: Question) -> bool:
    """Whether the clause's start word is the talks' own ("opening a round of talks", "the talks began", "sat down
    for their first talks"), never another thing's ("launched a new proposal on grain shipping at the talks")."""
    if _FIRST_SESSION.search(scored.hit.row.text) is not None:
        return True
    starting = _STARTING
    own = {g.own for g in question.groups if starting.isdisjoint(g.stems)}
    own |= _TALKS if not own.isdisjoint(_TALKS) else set()
    row = scored.hit.row.stems
    starts = [n for n, token in enumerate(row) if token in starting]
    things = [n for n, token in enumerate(row) if token in own]
    return any(abs(a - b) <= START_NEAR for a in starts for b in things)


_HELD_AS_AN_OCCASION = re.compile(r"\b(?:was|were|be|been|being|is|are)\s+(?:[\w'’-]+\s+){0,5}?held\b", re.I)


def _by_position(
    question: Question,
    scored: list[_Scored],
    telling: list[TermGroup] | None = None,
    *,
    today: dt.date | None = None,
    read_leads: Callable[[Iterable[str]], Mapping[str, tuple[str, ...]]] | None = None,
    read_titles: Callable[[Iterable[str]], Mapping[str, frozenset[str]]] | None = None,
) -> list[_Scored]:
    """Put first the event an ordinal or a begin/end word points at; otherwise leave the ranking alone. ``telling``:
    the question's most telling words, which the events counted must say when any does; ``read_leads``: the tokens of
    articles' leads (``Store.lead_stems``), read only when a start told by its week asks for them."""
    top = scored[0]
    # the words naming what is asked, which a clause must say to be counted: not those asking when it stands ("when
    # is the third round now scheduled?" is told by "the third round ... has been postponed until May 12")
    # (nor "held" of "when was the second round held?": the round taking place, in whatever words its day is told)
    occasion = _HELD_AS_AN_OCCASION.search(question.text) is not None
    naming = [
        g
        for g in question.groups
        if g.word not in FILLER_WORDS and g.word not in _PLAN_WORDS and not (occasion and g.word == "held")
    ] or list(question.groups)
    ordinal = question.ordinal
    if ordinal is None and asks_for_start(question.text):
        ordinal = 1
    if ordinal is None and asks_for_end(question.text):
        ordinal = -1
    if ordinal is None:
        return scored
    named = _named_things(question)
    # an ordinal over what the question names may pick an event its own words tell less closely ("arrived in" for
    # "visit"): the sentences must then name all of it (below)
    cut = ORDINAL_RELATIVE_CUT if named and question.ordinal is not None else WHEN_RELATIVE_CUT
    # a sentence writing the question's own ordinal word ("Kesk first visited ...") is a candidate whatever it scores
    # (counting ones only: "last" is as often "last week")
    # (any way of writing it: "2nd" is "second")
    said = (
        {w for w, n in ORDINALS.items() if n == question.ordinal}
        if question.ordinal and question.ordinal > 0
        else set()
    )
    if said and ordinal == question.ordinal:
        off = _called_off_days(scored)  # (the third round "set for April 14" and since pushed back is not then)
        read: dict[str, frozenset[str]] = {}

        def titles() -> dict[str, frozenset[str]]:
            """The headlines' stems of the articles scored, read once when first needed."""
            if not read and read_titles is not None:
                read.update(read_titles({s.hit.row.article for s in scored}))
            return read

        places = {frozenset(place) for _, place in question.places}
        read_lead: dict[str, tuple[str, ...]] = {}

        def set_in(s: _Scored, place: frozenset[str]) -> bool:
            """Whether the article is set in the place, its lead naming it ("ABU DHABI - Armenia and Azerbaijan
            agreed ..."): a round its clause tells is held there ("The first round, held on Saturday and Sunday")."""
            if place not in places or read_leads is None:
                return False
            if not read_lead:
                read_lead.update(read_leads({s.hit.row.article for s in scored}))
            return not place.isdisjoint(read_lead.get(s.hit.row.article, ()))

        def calls_it(s: _Scored, *, still_on: bool = True) -> bool:
            """The clause calls it the asked ordinal, with every word (its own form, not kin: "a second round of
            talks" is no "second round of consultations") and name the question gives it; ``still_on``: on a day
            no article calls off."""
            row_stems = set(s.hit.row.stems)
            # (... or its headline or the sentence before does, the clause pointing back to it: "That round was held
            # last Thursday in Bergen" under "... after second round of talks moves to Bergen"; "The meeting on
            # Thursday was relocated ..." after "... after a second round of talks that was moved ...", whose words
            # name it too)
            back = set[str]()
            if _POINTS_BACK_TO_IT.match(s.hit.row.text):
                back = set(titles().get(s.hit.row.article, set()))
                back |= set(s.hit.previous.stems) if s.hit.previous is not None else set()
            called = said & {fold(w) for w in s.row.focus_stems} or said & back
            row_stems |= back if called and not said & {fold(w) for w in s.row.focus_stems} else set()
            return (
                (s.row.start not in off or not still_on)
                and bool(called)
                and not _counted_otherwise(s, question, said)
                # (a start in any of its words: "scheduled to begin" is the second round's start asked)
                and all(g.own in row_stems or _starts_alike(g, row_stems) for g in naming)
                and all(thing & row_stems or set_in(s, thing) for thing in named)
            )

        def about_first(called: list[_Scored]) -> list[_Scored]:
            """Those whose clause is about the round asked before those naming it in passing: "The first round, held
            on Saturday and Sunday", not "prisoners whose release was agreed in the first round were flown home"."""
            return sorted(called, key=lambda s: _ordinal_in_passing(s.hit.row.text, said))

        if (
            other_ordinals_only(top.row.focus_stems, question.ordinal)
            or _called_last(top, question)
            or _counted_otherwise(top, question, said)
        ):
            # a clause that calls it by another ordinal ("the third round will be held on May 18" for "the second
            # round") tells another event: one calling it by the question's comes first; with none, nothing is sure
            called_so = about_first([s for s in scored if calls_it(s)])
            if not called_so:
                return [replace(s, sure=False) for s in scored]
            return called_so + [s for s in scored if s not in called_so]
        if said & {fold(w) for w in top.row.focus_stems}:
            if top.row.start in off:
                # "a second round on April 9", which a later article says "has now been pushed back": the plan is
                # told, not sure; one still on for that ordinal comes first
                called_so = [s for s in scored if calls_it(s)]
                return called_so + [replace(s, sure=False) for s in scored if s not in called_so]
            if _ordinal_in_passing(top.hit.row.text, said):
                # (... unless it names it in passing and another is about it, ``about_first``)
                about = next((s for s in scored if calls_it(s) and not _ordinal_in_passing(s.hit.row.text, said)), None)
                if about is not None:
                    return [about] + [s for s in scored if s is not about]
            return scored  # "when did the second round end?": the clause that calls it the second round tells it
        # ... and when a lower-ranked clause calls it that, it tells it before any count of events ("third round
        # date?": "agreed to hold a third round on April 14", never the third dated meeting of all)
        calling = None  # (the first calling it so and about it, else the first calling it so: read lazily)
        for s in scored:
            if calls_it(s):
                if not _ordinal_in_passing(s.hit.row.text, said):
                    calling = s
                    break
                calling = calling or s
        if calling is None:
            # ... or, the day of the one called so put off, the new day the sentence putting it off gives ("the
            # round, which had been scheduled for Thursday in Accra, would now take place on July 16")
            # (any telling of it may call it so: "the fourth round is scheduled for Thursday, May 7", merged with the
            # later "the round, which had been scheduled for this Thursday")
            put_off = [
                s
                for s in scored
                if s.row.start in off
                and (
                    calls_it(s, still_on=False) or any(_calls_so(c.quote, said, naming) for c in s.row.event.citations)
                )
            ]
            days_off = {plan.row.start for plan in put_off}
            calling = next((s for s in scored if _moved_on(s, days_off, scored)), None)
        if calling is not None:
            return [calling] + [s for s in scored if s is not calling]
    # "when was the last time Kesk visited Tarnia?": the last visit that had happened, history included (the article
    # that says "last set foot there in 2015"), never one still planned
    last_done = question.ordinal is not None and question.ordinal < 0 and not asks_future(question.text)
    eligible = [s for s in scored if not s.row.planned] if last_done else [s for s in scored if not s.row.background]
    moved_from = False
    if question.ordinal is None:
        # "when does the Mexico round start?": a day some article says the plan was moved from ("which had been due to
        # open on Monday in Havana, will instead begin on March 23") starts nothing, when another day is left
        off = _called_off_days(eligible)
        kept = [s for s in eligible if s.row.start not in off]
        moved_from = bool(kept) and top.row.start in off
        eligible = kept or eligible
    if not eligible:
        return scored
    top = eligible[0] if last_done or moved_from else top
    if ordinal in (1, -1) and question.ordinal is None and len(question.groups) > 1:
        # "lisbon talks start date?": the story whose days are read is one whose sentence tells all that is asked
        # (talks and their start), when the best-scoring one does not ("the start date for the truce has moved to
        # July 1"); never one telling a start in passing ("the first swap since talks in Nairobi began")

        def tells_all(s: _Scored) -> bool:
            said = set(s.hit.row.stems) - _passing_starts(s.hit.row.text, s.row.start)
            if ordinal == 1 and _tells_first_session(s):
                said.add(_BEGIN)  # (a start in other words: "sat down on Monday for their first talks")
            # (... and names the places asked: "the talks in Lisbon" did not open on "Monday, the opening day" of a
            # sentence on the later round somewhere else)
            return all(not g.stems.keys().isdisjoint(said) for g in naming) and all(
                not said.isdisjoint(place) for _, place in question.places
            )

        whole = (
            []
            if tells_all(top)
            else [
                s
                for s in eligible
                # (or, within the ordinal's looser cut, one whose start word is the talks' own: the best-scoring
                # sentence lacks the start asked, which one a little further down tells in its own words, "formally
                # opened peace negotiations in the Cuban capital on Monday" under "the talks will move from Havana to
                # Mexico City, the government said Monday"; never "launched a new proposal ... at the Riga talks")
                if (
                    s.score >= top.score * cut
                    or (s.score >= top.score * ORDINAL_RELATIVE_CUT and ordinal == 1 and _starts_them(s, question))
                )
                and not s.row.planned  # (a round planned to open later is no start the articles tell)
                and tells_all(s)
            ]
        )
        top = whole[0] if whole else top
    if ordinal == 1 and question.ordinal is None and _calls_it_later(top):
        # "when did the Podgorica talks begin?" is not told by "the second session of the talks opened on Monday":
        # the best clause telling the start of the talks in their own words is the story whose days are read
        top = next((s for s in eligible if _tells_start_of_talks(s, question)), top)
    if ordinal == 1 and question.ordinal is None and top.row.start != top.row.end:
        # ... nor by "the working groups set up at the opening of the talks earlier this week", which tells it by its
        # week, when a sentence close behind tells it by its day ("sat across the table on Monday, opening a round of
        # talks")
        # (... or, at any score, the lead of a story telling it to a day inside the vaguer one's week: the same start
        # told to the day, as news leads do: "when the talks opened last week" in a later story, "negotiators sat down
        # on Tuesday for their first talks" opening the first; never a sentence further down, which may tell other
        # talks' start: "cattle ranchers sat down with mediators on Wednesday for their first talks")
        week = top.row.end - top.row.start <= dt.timedelta(days=6)
        leads = read_leads({s.hit.row.article for s in eligible}) if week and read_leads else {}
        top = next(
            (
                s
                for s in eligible
                if (
                    s.score >= top.score * ORDINAL_RELATIVE_CUT
                    or (
                        week
                        and top.row.start <= s.row.start <= top.row.end
                        and leads.get(s.hit.row.article) == s.hit.row.stems
                    )
                )
                and s.row.start == s.row.end
                and _tells_start_of_talks(s, question)
                and _starts_them(s, question)
            ),
            top,
        )
    close = [
        s
        for s in eligible
        if s.score >= top.score * cut or (said and said & set(re.findall(r"[a-z0-9]+", fold(s.hit.row.text))))
    ]
    same_sentence = [s for s in close if s.hit.row.id == top.hit.row.id]
    if len(same_sentence) >= 2 or (ordinal in (1, -1) and question.ordinal is None):
        # an enumeration ("on May 16, June 2 and July 23"), or the days of one story's talks
        pool = (
            same_sentence if len(same_sentence) >= 2 else [s for s in close if s.hit.row.article == top.hit.row.article]
        )
    else:
        pool = close
    # "when was Kesk last in Tarnia?": the last of the events whose own sentence names what the question names, not
    # a later one that names it only in its headline ("A spokesman for Kesk said on Wednesday ...")
    if named and pool:
        held = {id(s): sum(1 for thing in named if thing & set(s.hit.row.stems)) for s in pool}
        most = max(held.values())
        pool = [s for s in pool if held[id(s)] == most]
    # "when did Tarnia, Varo and Kesk first hold three-way talks?": the first of the events told as three-way talks,
    # not an earlier meeting of two of them that only shares "talks" and "first"
    saying = [s for s in pool if any(g.own in s.hit.row.stems for g in telling or ())]  # (its own form, not kin)
    pool = saying or pool
    # ... and of those, the ones whose own clause says a word of the question: "a truce starting on Monday; a ferry
    # swap on Sunday; and the ministers are expected on Friday" starts no truce on Friday, the first day it names
    telling_clause = [
        s for s in pool if any(not g.stems.keys().isdisjoint(_focus_in(s.hit.row, s.row)) for g in question.groups)
    ]
    pool = telling_clause or pool
    if question.ordinal is None and ordinal in (1, -1):
        # ... and, for the start or end asked, the day whose own part of its sentence says it ("announced late on
        # Wednesday, ... for 30 days, starting on Saturday": the truce starts on Saturday, however early Wednesday is)
        family = {stem("begin" if ordinal == 1 else "end")} | related(stem("begin" if ordinal == 1 else "end"))
        starts = _date_starts(pool)
        saying_it = [
            s
            for s in pool
            if not family.isdisjoint(
                (
                    date_part_stems(s.hit.row.text, _phrase_at(s), starts.get(s.hit.row.id, []))
                    if len(starts.get(s.hit.row.id, [])) > 1
                    else set(_focus_in(s.hit.row, s.row))
                )
                - (_OPEN_TO if _OPEN_TO_WORDS.search(s.hit.row.text) else set())
                # ("the first swap since talks in Nairobi began last week": an earlier start, not this day's)
                - _passing_starts(s.hit.row.text, s.row.start)
            )
            # (a start in other words, in a sentence telling one day: "sat down on Monday for their first talks")
            or (ordinal == 1 and len(starts.get(s.hit.row.id, [])) <= 1 and _tells_first_session(s))
        ]
        pool = saying_it or pool
        # a week or month that holds a day the pool tells the start of the talks on ("welcomed the opening ...
        # earlier this week" beside "opened ... on Tuesday") is that day told vaguer: its first day is no start (a
        # day starting something else, "technical talks on water began on Thursday", leaves the week alone)
        days = {
            s.row.start
            for s in pool
            if ordinal == 1
            and s.row.start == s.row.end
            and _tells_start_of_talks(s, question)
            and _starts_them(s, question)
            and not _on_another_topic(s.hit.row.text, question)
        }
        pool = [s for s in pool if s.row.start == s.row.end or not any(s.row.start <= d <= s.row.end for d in days)]
    by_day: dict[str, _Scored] = {}
    for s in sorted(pool, key=lambda s: (s.row.start, -s.score)):
        by_day.setdefault(s.row.start.isoformat(), s)
    ordered = list(by_day.values())
    if not ordered:
        return scored
    if ordinal == 0:
        # "the next round of trilateral talks": a planned event whose sentence holds every word the question names
        # it by (a planned meeting to report on the talks is no next round of them)
        # ... never a day some article says it will not happen on ("the second round, which had been set for
        # March 24, would not go ahead on that date"): plans change, and the articles after say so
        off = _called_off_days(scored)
        planned = [
            s
            for s in ordered
            if s.row.planned and s.row.start not in off and all(set(g.stems) & set(s.hit.row.stems) for g in naming)
        ]
        if not planned:  # "the next round": nothing still to come is dated, and the latest past one is not it
            return [replace(s, sure=False) for s in scored]
        # ... the first still to come on the newest article's day, when one is: an earlier article's "next week"
        # round has been held since ("a second round is expected next week" under a later "next round on April 7")
        # (those whose own clause says the question's own words first, however they rank: "a new date would be
        # announced next week" is no round, though "consultations" is of its family)
        own = sorted(
            (
                s
                for s in eligible
                if s.row.planned and s.row.start not in off and all(g.own in s.row.focus_stems for g in naming)
            ),
            key=lambda s: (s.row.start, -s.score),
        )
        planned = own or planned
        pick = next((s for s in planned if today is not None and s.row.end >= today), planned[0])
        # ... and a day within a vaguer plan's span tells it better ("the April round": "from April 14 to 16"), when
        # its clause shares more with that plan's than the question's words (a separate round with the IAEA on
        # April 9 is not "the next round of talks, expected in April")
        asked = {stem for g in question.groups for stem in g.stems}
        vague = set(pick.row.focus_stems) - asked - _DATE_WORD_STEMS
        pick = next(
            (
                s
                for s in planned
                if s.row.start == s.row.end
                and pick.row.start <= s.row.start <= pick.row.end
                and vague & set(s.row.focus_stems)
            ),
            pick,
        )
    elif ordinal < 0:
        if len(ordered) < -ordinal:
            return scored  # ("the previous meeting": the one the pool holds may be it, the latest left out above)
        pick = ordered[ordinal]
    elif ordinal <= len(ordered):
        pick = ordered[ordinal - 1]
    else:
        return _none_counted(question, scored)
    return [pick] + [s for s in scored if s is not pick]


# a clause pointing back to the occasion named before it ("That round was held ...", "The talks ended ..."): what it
# tells is of the one its article's headline names
_POINTS_BACK_TO_IT = re.compile(
    r"^\s*(?:That|This|The)\s+(?:round|meeting|session|summit|talks|visit|call)\b"
    # (never one naming its own subject, "The meeting on security"; its day is no subject: "The meeting on Thursday")
    rf"(?!\s+(?:of|in|at|between)\b|\s+on\s+(?!(?i:{'|'.join(WEEKDAYS)})\b))"
)


_IN_PASSING = re.compile(
    r"\b(?:in|at|during|after|before|since|from|of|for|until|by)\s+(?:the|a|an|its|their)\s+$", re.I
)


def _ordinal_in_passing(text: str, said: set[str]) -> bool:
    """Whether every place a sentence writes the asked ordinal is after a preposition ("agreed in the first round"):
    the round named in passing, another thing's occasion."""
    found = [m for m in re.finditer(r"[\w-]+", text) if fold(m.group()) in said]
    return bool(found) and all(_IN_PASSING.search(text[: m.start()]) for m in found)


def _calls_so(quote: str, said: set[str], naming: list[TermGroup]) -> bool:
    """Whether a sentence writes the asked ordinal and every word naming the thing asked (its own form)."""
    quoted = set(stems(quote))
    return bool(said & set(re.findall(r"[a-z0-9]+", fold(quote)))) and all(g.own in quoted for g in naming)


def _moved_on(s: _Scored, days_off: set[dt.date], scored: list[_Scored]) -> bool:
    """Whether ``s`` is the later day a sentence gives a plan it calls off on one of ``days_off``: the sentence also
    states that day, and writes a day it calls off."""
    text = s.hit.row.text
    told = {other.row.start for other in scored if other.hit.row.id == s.hit.row.id}
    return (
        s.row.planned
        and any(day < s.row.start for day in told & days_off)
        and any(called_off(text, day.group()) for day in _PLAN_DAY_WRITTEN.finditer(text))
    )


def _counted_otherwise(s: _Scored, question: Question, said: set[str]) -> bool:
    """Whether the event's clause counts it by another ordinal and says the asked one only of something else ("The
    third round will be held on June 9 in Cucuta, the first time the talks will be held on Colombian soil" for "when
    did the first round take place?")."""
    if not ordinals_counted(s.row.focus_stems) - {question.ordinal}:
        return False
    clause, nouns = _dated_clause(s), _own_words(question)
    words = "|".join(re.escape(w) for w in sorted(said))
    # (a word or two may stand between, "the first formal talks", never "the first time the talks")
    on_noun = rf"\b(?:{words})\s+(?:(?!time\b)[\w’'-]+\s+){{0,2}}?(?:{nouns})\w*"
    return bool(nouns and words) and re.search(on_noun, fold(clause)) is None


def _called_last(s: _Scored, question: Question) -> bool:
    """Whether the event's clause calls what a "first" question asks about the last of them ("the release last Tuesday
    of the last 22 fishermen" for "when were the first fishermen released?"): another of the count, never the first."""
    if question.ordinal != 1:
        return False
    clause, nouns = _dated_clause(s), _own_words(question)
    last = rf"\bthe\s+(?:last|final)\s+(?:[\w’'-]+\s+){{0,2}}(?:{nouns})\w*"
    return bool(nouns) and re.search(last, fold(clause)) is not None


def _dated_clause(s: _Scored) -> str:
    """The clause of the event's sentence its date is written in (the whole sentence when the phrase is not found)."""
    at = phrase_at(s.hit.row.text, date_phrase(s.row))
    return clause_around(s.hit.row.text, at) if at >= 0 else s.hit.row.text


def _own_words(question: Question) -> str:
    """The question's words as stems, as one pattern's alternation."""
    return "|".join(re.escape(g.own) for g in question.groups if g.own)


def _none_counted(question: Question, scored: list[_Scored]) -> list[_Scored]:
    """The ranking when fewer events are told than the ordinal counts: "date of the second prisoner exchange?" over
    articles telling one has no sure answer (an ordinal the question only implies, a start, leaves it as it was)."""
    if question.ordinal is None or question.ordinal < 2:
        return scored
    return [replace(s, sure=False) for s in scored]


def _names_all(s: _Scored, question: Question) -> bool:
    """Whether the event's sentence names every person the question names (any of those a name may mean)."""
    return _unnamed(question, s.hit.row.stems) == 0


def _unnamed(question: Question, sentence_stems: Sequence[str]) -> int:
    """How many of the people the question names a sentence names by no word of their name (any of those a name
    may mean)."""
    here = set(sentence_stems)
    return sum(1 for group in question.named_people if not any(set(stems(p.name)) & here for p in group))


def _called_off_days(scored: list[_Scored]) -> set[dt.date]:
    """The days some article says a plan will not happen on (every article's telling of each event). A telling merged
    into the event that writes its day otherwise ("had been due to open on Monday ...", under "scheduled to begin on
    March 9") is read by the weekdays it writes."""

    def off(quote: str, phrase: str) -> bool:
        if phrase.lower() in quote.lower():
            return called_off(quote, phrase)
        return any(called_off(quote, day.group()) for day in _WEEKDAY_WORD.finditer(quote))

    return {s.row.start for s in scored if any(off(c.quote, date_phrase(s.row)) for c in s.row.event.citations)}


_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def _named_things(question: Question) -> list[frozenset[str]]:
    """Each person (any of the people a name may mean, by any word of their name) and place a question names, as
    the stems that show it in a sentence."""
    people = [frozenset(stem for person in group for stem in stems(person.name)) for group in question.named_people]
    return people + [frozenset(place) for _, place in question.places]


def _inherited(context: Context, question: Question, hits: list[Hit], weights: list[float]) -> list[_Scored]:
    """Quoted sentences with no date of their own, dated by the sentence just before them in the same article when
    it introduces the quote ('said late Tuesday:' then '"After 9 hours ..."'); they weigh ``INHERITED_FACTOR`` of a
    sentence with its own date. Any other sentence may tell another time than the one before it."""
    found = []
    for hit in hits:
        if not hit.row.text.lstrip().startswith(_QUOTES):
            continue
        before = [hit.row.id - n for n in range(1, INHERITED_DATE_LOOKBACK + 1) if hit.row.index - n >= 0]
        rows = context.store.sentences(before)
        events = context.store.events_of_sentences(before)
        for sentence_id in before:
            row = rows.get(sentence_id)
            dated = [e for e in events.get(sentence_id, []) if not e.background and _precise(e)]
            if row is None or row.article != hit.row.article or not dated:
                continue
            if not _INTRODUCES_QUOTE.search(row.text):
                break  # only a sentence introducing a quotation ("said late Tuesday: ...") dates the quote after it;
                # one telling its own news may be about another time (a summit the quote is not about)
            if not _date_matches(dated[0], question.date):
                break
            score = hit.score * INHERITED_FACTOR * _clause_factor(question, hit.row.stems, weights)
            found.append(_Scored(score, dated[0], hit, dated_by=row))
            break
    return found


def _precise(row: EventRow) -> bool:
    return (row.end - row.start).days <= 7


REPORTED_SENTENCES_READ = 200  # a person's sentences read for that list: all of them in any real corpus, bounded


def _person_reported(context: Context, question: Question) -> Answer | None:
    """ "!timeline Umerov" when no dated event names him: the sentences naming him in the order the articles were
    published, each under the date it states or else its article's publication date, labelled so ("Umerov said on
    the talks in Istanbul ..." is news of the day it was published). None unless the question is one person alone."""
    if not _one_person_asked(question):
        return None
    rows = _sentences_naming(context, question.named_people[0])
    published = context.store.published({row.article for row in rows})
    rows = [row for row in rows if row.article in published]
    if not rows:
        return None
    rows.sort(key=lambda row: (published[row.article], row.id))
    items = _reported_items(context, question, rows[:MAX_TIMELINE_ITEMS], published)
    items.sort(key=lambda item: item.date or "")  # (stable) a date a sentence states may be before its article's
    name = question.named_people[0][0].name
    message = (
        f"The articles give no dated event about '{question.text}'; these sentences name {name}, each under the date "
        f"it states or, '{REPORTED_LABEL}', its article's publication date."
    )
    return Answer(intent=Intent.TIMELINE, query=question.text, found=True, items=tuple(items), message=message)


def _no_events(context: Context, question: Question) -> Answer:
    """No dated event, with what plain search ranks first, labelled (``search.not_covered``: never less than search)."""
    reported = _person_reported(context, question)
    if reported is not None:
        return reported
    shown = plain_search(context, question.text) if question.has_topic else []
    message = f"The articles give no dated event about '{question.text}'."
    if shown:
        message += " The sentences plain search ranks first are below, for you to check."
    return Answer(
        intent=Intent.TIMELINE,
        query=question.text,
        found=False,
        items=tuple(dated_items(context, question, shown, [context.sentence_item(row) for row in shown])),
        suggestions=tuple(context.topic_suggestions(question.text)),
        message=message,
    )


def _by_date(context: Context, question: Question) -> Answer:
    """Every event in a month or year, history marked; or, with no date, the reported period only."""
    date = question.date
    events: list[EventRow] = []
    message = None
    if date:
        for iso_range in _iso_ranges(date, context.store.event_years()):
            events += _events_read(
                context, iso_range, lambda row: _date_matches(row, date), MAX_TIMELINE_ITEMS - len(events)
            )
            if len(events) > MAX_TIMELINE_ITEMS:
                break
    else:
        events = context.store.events_in_order("", "\uffff", MAX_TIMELINE_ITEMS + 1, background=False, days_only=True)
        message = _left_out(context)
    if len(events) > MAX_TIMELINE_ITEMS:
        shown = f"Showing the first {MAX_TIMELINE_ITEMS} events; add a topic or a date to narrow it."
        message = f"{shown} {message}" if message else shown
    if not events:
        return _no_events(context, question)
    events.sort(key=_chronological)
    items = [event_item(context, row, checked=n < MAX_CHECKED) for n, row in enumerate(events[:MAX_TIMELINE_ITEMS])]
    return Answer(intent=Intent.TIMELINE, query=question.text, found=True, items=tuple(items), message=message)


def _events_read(
    context: Context, iso_range: tuple[str, str], keep: Callable[[EventRow], bool], enough: int
) -> list[EventRow]:
    """The events of an ISO range, in order, that ``keep`` keeps: read a batch at a time until more than ``enough``
    are kept (past the rows a bound or a day leaves out) or the range ends."""
    kept: list[EventRow] = []
    offset = 0
    while len(kept) <= enough:
        rows = context.store.events_in_order(iso_range[0], iso_range[1], limit=READ_BATCH, offset=offset)
        kept += [row for row in rows if keep(row)]
        offset += READ_BATCH
        if len(rows) < READ_BATCH:
            break
    return kept


def _left_out(context: Context) -> str | None:
    """What the full timeline leaves out, and how to see it: history, and news dated only to a week or month
    (a timeline in date order would put "last week" before every day of the month)."""
    notes = []
    history, years = context.store.count_history()
    if history:
        notes.append(f"{history} dates told as history ({', '.join(years[:6])}); ask e.g. '!timeline {years[0]}'")
    vague, months = context.store.count_not_to_a_day()
    if vague:
        month = calendar.month_name[int(months[0][5:7])].lower() if len(months[0]) >= 7 else months[0]
        notes.append(f"{vague} events dated only to days, a week or a month; ask e.g. '!timeline {month}'")
    return "Left out: " + "; ".join(notes) + "." if notes else None


def event_item(context: Context, row: EventRow, *, checked: bool = True) -> AnswerItem:
    """An event as an item: its clause, date, label, sources, and (``checked``) the articles that date it otherwise;
    built once per state of the index (an event's item depends on nothing else)."""
    return context.item(("event", row.id, checked), lambda: _event_item(context, row, checked=checked))


def _event_item(context: Context, row: EventRow, *, checked: bool) -> AnswerItem:
    """``event_item``, built."""
    event = row.event
    citations = context.cite(event.citations)
    text = readable(event)
    sources = len({c.article for c in event.citations})
    if len(citations) > MAX_SOURCES_PER_ITEM:
        text += f" (the first {MAX_SOURCES_PER_ITEM} of {len(citations)} citations)"
    label = "background" if event.background else "planned" if event.planned else None
    return AnswerItem(
        text=text,
        date=event.date.iso if event.date else None,
        citations=citations[:MAX_SOURCES_PER_ITEM],
        label=label,
        sources=sources,
        conflicts=context.memo("conflicts", row.id, lambda: event_conflicts(context, row)) if checked else (),
        party=context.memo(
            "party", event.focus or event.text, lambda: acting_party(context, event.focus or event.text)
        ),
    )


# the words of dates, which every dated clause shares ("April", "next", "month"): no sign of the same event
_DATE_WORD_STEMS = frozenset(stem(w) for w in [*MONTHS, *WEEKDAYS, "next", "last", "week", "month", "year", "day"])
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


# a clause cut from the person its "who" stands for, opening with a side's name ("... the special envoy for
# Ukraine, who arrived"): a side is no "who" ("Smith, who visited Belarus" and "the talks, which began" are whole)
_CUT_FROM_ANTECEDENT = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+who\b")


def readable(event: Event) -> str:
    """The event's clause as an item shows it: a leading "He"/"She" with the person it stands for in brackets
    ("[Witkoff] last met Putin on April 25"); the citation stays the verbatim sentence."""
    text = event.focus or event.text
    if event.focus and event.date and len(_CONTENT_WORD.findall(event.focus.replace(event.date.phrase, ""))) < 2:
        text = event.text  # a clause that is its date and no more ("On May 13"): the sentence tells what happened
    cut = _CUT_FROM_ANTECEDENT.match(text)
    if cut is not None and party_of(cut.group("name")) is not None:
        text = event.text  # "Ukraine, who arrived in Bergen on Sunday": a relative clause whose "who" is not Ukraine
    if event.pronoun_for:
        return re.sub(r"^(\s*)(?:He|She)\b", lambda m: f"{m.group(1)}[{event.pronoun_for}]", text, count=1)
    return text


def acting_party(context: Context, text: str) -> str | None:
    """The party that acts in a clause: the one its opening names say (a country or institution, else a person's
    party), else one named early in it. The lane a timeline picture draws the event in."""
    span = subject_span(text)
    named = parties_in(span)
    if named:
        return named[0][2]
    for person in context.lookup.in_question(span) if span else []:
        if person.affiliation:
            return person.affiliation
    # else the first who acts early in it: a country or person named, never the city it happened in ("the meeting
    # in Paris between Zelensky and Macron" is no French event)
    early = [
        (start, party)
        for start, end, party in parties_in(text)
        if start < FIRST_ACTOR_CHARS and fold(strip_possessive(text[start:end])) not in PLACE_ALIASES
    ]
    early += [
        (at, person.affiliation)
        for at, person in context.lookup.named_exactly(text[: FIRST_ACTOR_CHARS * 2])
        if person.affiliation
    ]
    return min(early)[1] if early else None


def _chronological(row: EventRow) -> tuple[str, str]:
    """ISO text first, so a year ('2022') precedes its months ('2022-02') as string order expects; then start."""
    return row.iso, row.start.isoformat()


def _iso_ranges(date: DateFilter, years: list[int]) -> list[tuple[str, str]]:
    """ISO-date prefixes to read, in order: '2025' is the year with its months and days; a month without a year
    is read in every year there is; bounds read from the month they start in to the day they end before."""
    if date.month is None and date.year is None and date.bounded:
        start = date.after.isoformat()[:7] if date.after else ""
        return [(start, date.before.isoformat() if date.before else "\uffff")]
    if date.month is None:
        return [(str(date.year), f"{date.year}\uffff")] if date.year else [("", "\uffff")]
    prefixes = [
        f"{y}-{date.month:02d}" + (f"-{date.day:02d}" if date.day else "")
        for y in ([date.year] if date.year else years)
    ]
    return [(prefix, prefix + "\uffff") for prefix in prefixes]


def _date_matches(row: EventRow, date: DateFilter) -> bool:
    return date_matches(row.start, row.end, date)
