"""Where articles disagree about the same fact: said on the item, with the other article quoted, never silently
one of them picked.

- **Dates.** Two articles tell the same event (the same content words in its dated clause, at least
  ``SAME_EVENT`` of them shared, and the same names in it) on days at most ``NEAR_DAYS`` apart. A plan against
  what happened is a schedule not kept ("scheduled for Thursday" / "took place on Friday"); two accounts of what
  happened are a disagreement. An article that itself tells both days (a three-day exchange, day by day) is a
  sequence, not a conflict, and so is a story told as history.
- **Figures.** Two articles' sentences about the same thing (``SAME_EVENT`` of their content words shared) give
  different numbers for the same noun ("212 prisoners" / "221 prisoners"), neither hedged ("about", "more than",
  "in total").

- **Roles.** Two articles published within ``ROLE_DAYS`` of each other give one person two different ministries
  ("Foreign Minister" / "Defence Minister"), neither "former", "deputy" or "acting". Other pairs of roles are not
  compared: people hold several at once (a minister who heads a delegation), and a role that changed months
  apart is a change, which the profile shows with dates.

All trade recall for precision: a false "sources differ" would make a reader doubt a sound fact, so only close
matches count.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from knowledge.answering.context import Context
from knowledge.figures import REVISED_FIGURE, corrects, figures_differ, figures_in, magnitude_after, numbers_in
from knowledge.index import EventRow, SentenceRow
from knowledge.lexicon import related
from knowledge.models import Conflict, Event, Person
from knowledge.sources import source_label
from knowledge.text import fold, stem, stems
from knowledge.vocabulary import MINISTRIES, MONTHS, ORDINALS, WEEKDAYS

NEAR_DAYS = 3  # reports of one event seldom differ by more; rounds of talks are weeks apart
SAME_EVENT = 0.6  # Jaccard share of content words (dates and numbers aside) for "the same event" or thing
MAX_CHECKED = 5  # items per timeline checked for conflicts: the first page, what a reader sees first (each check
# reads the week around its date: a few ms at 10,000 articles)
NEAR_ROWS = 100  # candidates read per check: more than one story has accounts in a week
ROLE_DAYS = 30  # two ministries for one person in articles a month apart: a change is possible, a clash likely
_NOT_CURRENT = frozenset({"former", "deputy", "acting", "ex", "then", "first", "vice"})
_DATE_STEMS = frozenset(stem(word) for word in [*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "week"])
# Words that say that or when something happens, not what: a plan and its report differ in exactly these
# ("talks scheduled for Thursday" / "talks took place on Friday").
_FRAME_STEMS = frozenset(
    stem(word)
    for word in "take took place held hold scheduled expected planned due set begin start resume continue conclude "
    "report said say announced confirmed officials occur happen".split()
)
_NAME = re.compile(r"\b[A-Z][\w’'-]+")


def event_conflicts(context: Context, row: EventRow) -> tuple[Conflict, ...]:
    """Other articles that date this event differently, each quoted once."""
    if row.background or row.start != row.end:
        return ()
    event = row.event
    words = _content(row.focus_stems)
    if not words:
        return ()
    names = _names(event.focus or event.text)
    mine = {c.article for c in event.citations}
    window = dt.timedelta(days=NEAR_DAYS)
    rarity = context.store.frequencies({m for w in words for m in related(w) | {w}})
    near = context.store.events_between(
        row.start - window, row.end + window, NEAR_ROWS, containing_any=_must_share(words, rarity)
    )
    same_story = [
        other
        for other in near
        if other.id != row.id and not other.background and _similar(words, _content(other.focus_stems))
    ]
    told_days = {(c.article, o.start) for o in [row, *same_story] for c in o.event.citations}
    conflicts: dict[str, Conflict] = {}
    for other in same_story:
        theirs = other.event
        if other.start == row.start:
            # the same day told with another figure ("150 prisoners", not "120"): the accounts differ
            differ = figures_differ(event.text, theirs.text) if _names(theirs.focus or theirs.text) == names else None
            citation = theirs.citations[0]
            if differ is not None and citation.article not in mine and citation.article not in conflicts:
                number, phrase, own = differ
                note = f"another article gives {number} {phrase}, not {own}"
                conflicts[citation.article] = conflict(context, citation.article, citation.quote, note)
            continue
        if _names(theirs.focus or theirs.text) != names:
            continue
        if _ordinals(theirs.focus or theirs.text) != _ordinals(event.focus or event.text):
            continue  # "the first stage" and "the second stage" of one exchange are two events, not two dates
        for citation in theirs.citations:
            article = citation.article
            if article in mine or article in conflicts or (article, row.start) in told_days:
                continue  # an article that tells both days tells a sequence
            if any((a, other.start) in told_days for a in mine):
                continue
            conflicts[article] = conflict(context, article, citation.quote, _date_note(event, theirs, row, other))
    return tuple(conflicts.values())


def figure_conflicts(
    context: Context, first: SentenceRow, others: Iterable[SentenceRow], counted: str | None = None
) -> tuple[Conflict, ...]:
    """Sentences of other articles about the same thing that give another number for the same noun. ``counted``:
    what a how-many question counts; a sentence the question ranked that counts it too is about the same thing
    whatever else it says ("412 prisoners were freed" / "the sides exchanged 390 prisoners each")."""
    figures = figures_in(first.text)
    if not figures:
        return ()
    words = _content(first.stems)
    family = ({counted} | related(counted)) & set(figures) if counted else set()
    similar = [
        o
        for o in others
        if o.article != first.article
        and (family & set(figures_in(o.text)) if family else _similar(words, _content(o.stems)))
    ]
    days = context.store.events_of_sentences([first.id, *(o.id for o in similar)])
    conflicts: dict[str, Conflict] = {}
    for other in similar:
        if other.article in conflicts or _ordinals(other.text) != _ordinals(first.text):
            continue
        mine, theirs = _days(days.get(first.id, [])), _days(days.get(other.id, []))
        if mine and theirs and not mine & theirs:
            continue  # 390 on Friday and 307 on Saturday: two counts of two days
        if family and not mine & theirs and not _similar(words, _content(other.stems)):
            continue  # (a count found for what is counted is the same count only on the same day: "4,757 returned in
            # all" is a running total, not another count of Thursday's swap)
        for noun, (number, phrase) in figures_in(other.text).items():
            if family and noun not in family:
                continue  # (ranked for what is counted: only that count is compared)
            if noun in figures and figures[noun][0] != number:
                note = f"another article gives {number} {phrase}, not {figures[noun][0]}"
                conflicts[other.article] = conflict(context, other.article, other.text, note)
                break
    return tuple(conflicts.values())


CORRECTION_ROWS = 50  # sentences read per figure for a correction of it: a number is seldom in more that matter
FOLLOWING_READ = 2  # sentences after the first answer read for a revision of its figure: the next or the one after
CORRECTED_NUMBERS = 3  # figures of the first answer looked up, the first three: the rest of a sentence giving more
# is a table, whose corrections are seldom told


# words asking for a figure as agreed or first given, which a later count of what happened does not correct
_PLAN_STEMS = frozenset(
    stem(word)
    for word in "agree agreed announce announced plan planned original originally initial initially "
    "promise promised schedule scheduled supposed expect expected deal".split()
)


def figure_corrections(
    context: Context,
    first: SentenceRow,
    ranked: Iterable[SentenceRow],
    asked: frozenset[str],
    counted: str | None = None,
) -> list[SentenceRow]:
    """Sentences that correct a figure of ``first``, published no earlier: "397 were returned, not 412 as Kyiv had
    initially announced" for "Ukraine said 412 of its servicemen came home"; and, among ``ranked`` (those the
    question ranked), one revising a figure without repeating it ("Kyiv later revised the figure to 397").
    ``asked``: the question's stems, one of which a correction holds (it is about what was asked, not another
    count of the same number); ``counted``: what a how-many question counts, whose figure alone is looked up
    when ``first`` gives one ("412 Ukrainians and 380 Russian servicemen": the servicemen's, for soldiers)."""
    numbers = numbers_in(first.text)
    if not numbers:
        return []  # ("3 rounds of direct talks": no figure a later sentence would correct)
    if counted is not None:
        family = {counted} | related(counted)
        of_it = [number for noun, (number, _) in figures_in(first.text).items() if noun in family]
        numbers = [number for number in numbers if number in of_it] if of_it else numbers
    found: dict[int, SentenceRow] = {}
    happened = asked.isdisjoint(_PLAN_STEMS)  # ("how many did they agree to swap?": the agreed figure stands)
    for number in numbers[:CORRECTED_NUMBERS]:
        if corrects(first.text, number, happened=happened):
            continue  # (the first answer is itself the correction of this one)
        query = '"' + number.replace(",", "") + '"'
        scale = magnitude_after(first.text, number)
        correcting = [
            row
            for row in context.store.search_sentences(query, CORRECTION_ROWS, ranked=False)
            if row.id != first.id and corrects(row.text, number, scale, happened=happened)
        ]
        # (... about what was asked, in its own words or in the sentence it goes on from: "Ukraine also revised the
        # figure from last week's prisoner exchange. ... said that 214 Ukrainians, not 206, had been returned")
        before = context.ranker.previous_of(correcting)
        for row in correcting:
            told = set(row.stems) | (set(before[row.id].stems) if row.id in before else set())
            if asked & told:
                found.setdefault(row.id, row)
    # (the sentences right after the first answer go on about its figure: "On Friday Belgrade revised the figure
    # to 503" follows "Belgrade said 518 of its soldiers came home", sharing no word of the question)
    following = context.store.sentences(range(first.id + 1, first.id + 1 + FOLLOWING_READ)).values()
    for row in [*ranked, *(row for row in following if row.article == first.article)]:
        revised = REVISED_FIGURE.search(row.text) if row.id != first.id else None
        # ("updated the death toll to 12" revises a count of deaths: another count than one of soldiers)
        thing = revised.group("thing") if revised is not None else None
        # ("corrected the number of detainees ... to 288": a revision of the count the first answer gives, by its
        # own noun, never another of the question's family: 612 prisoners are not the detainees)
        counted_of = revised.group("of") if revised is not None else None
        if counted_of is not None:
            # (the count the question asks for, in its own word: "the number of civilians" revises no soldiers'
            # count, "the number of cases" no deaths)
            if happened and stem(counted_of.lower()) in ({counted} if counted else asked):
                found.setdefault(row.id, row)
            continue
        # (one naming no thing revises the first answer's count only when that count is what was asked)
        if revised is not None and (stem(thing.lower()) in asked if thing else counted is not None):
            found.setdefault(row.id, row)
    if not found:
        return []
    days = context.store.published({first.article, *(row.article for row in found.values())})
    since = days.get(first.article)
    return [row for row in found.values() if since is None or days.get(row.article, since) >= since]


def role_conflicts(context: Context, person: Person, shown: int) -> tuple[Conflict, ...]:
    """Articles of about the same time that give the person (as role ``shown`` says) another ministry."""
    mine = _portfolio(person.roles[shown])
    if mine is None:
        return ()
    cited = person.role_citations[shown]
    dates = context.store.published(c.article for c in person.role_citations)
    day = dates.get(cited.article)
    conflicts: dict[str, Conflict] = {}
    for role, citation in zip(person.roles, person.role_citations, strict=True):
        theirs = _portfolio(role)
        other_day = dates.get(citation.article)
        if theirs is None or theirs == mine or citation.article == cited.article or citation.article in conflicts:
            continue
        if day is None or other_day is None or abs((day - other_day).days) > ROLE_DAYS:
            continue
        note = f"another article of {other_day} calls {person.name} {role}"
        conflicts[citation.article] = conflict(context, citation.article, citation.quote, note)
    return tuple(conflicts.values())


def _portfolio(role: str) -> str | None:
    """The ministry a role names ("Ukrainian Defence Minister" -> "defence"), None for any other role or one that
    is not current ("former", "deputy", "acting")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", role)]
    if "minister" not in words or _NOT_CURRENT & set(words):
        return None
    return " ".join(sorted({stem(w) for w in words if w in MINISTRIES})) or None


def conflict(context: Context, article_id: str, quote: str, note: str) -> Conflict:
    article = context.articles.get(article_id)
    return Conflict(article=article_id, quote=quote, note=note, source=source_label(article) if article else None)


def _date_note(event: Event, theirs: Event, row: EventRow, other: EventRow) -> str:
    if event.planned and not theirs.planned:
        return f"scheduled for {row.iso}; another article says it took place on {other.iso}"
    if theirs.planned and not event.planned:
        return f"took place on {row.iso}; another article had it scheduled for {other.iso}"
    return f"another article dates it {other.iso}"


def _must_share(words: set[str], rarity: dict[str, int]) -> set[str]:
    """Stems one of which any clause similar enough to ``words`` must hold (with their paraphrase families): to
    share ``SAME_EVENT`` of k words it must hold ceil(SAME_EVENT * k) of them, so one of any k - that + 1. The
    rarest are chosen, so that the index skips most of the day's other events."""
    need = math.ceil(SAME_EVENT * len(words))

    def family(word: str) -> frozenset[str]:
        return related(word) | {word}

    by_rarity = sorted(words, key=lambda w: (sum(rarity.get(m, 0) for m in family(w)), w))
    return {member for word in by_rarity[: len(words) - need + 1] for member in family(word)}


def _ordinals(text: str) -> frozenset[str]:
    """The ordinal words of a text ("first", "second", "final"): a round or stage it names; never "last" or "next"
    of a date ("in last Wednesday's exchange" names no stage)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(
        w
        for w, after in zip(words, [*words[1:], ""], strict=True)
        if w in ORDINALS and not (w in ("last", "next", "this") and (after in WEEKDAYS or after in _DATE_UNITS))
    )


_DATE_UNITS = frozenset("week weekend month year night morning evening".split()) | frozenset(MONTHS)


def _days(rows: list[EventRow]) -> set[dt.date]:
    return {row.start for row in rows if row.start == row.end}


def _content(tokens: Iterable[str]) -> set[str]:
    """Content stems without dates, numbers and frame words, each as its paraphrase family's first member
    (``lexicon``: "swap" and "exchange" count as one word): what two accounts of one event share."""
    return {
        min(related(t) | {t}) for t in tokens if t not in _DATE_STEMS and t not in _FRAME_STEMS and not t[:1].isdigit()
    }


def _similar(one: set[str], other: set[str]) -> bool:
    return bool(one and other) and len(one & other) / len(one | other) >= SAME_EVENT


def _names(text: str) -> frozenset[str]:
    """Capitalised words inside the clause (not its first): the people and places it names."""
    words = [m for m in _NAME.finditer(text) if m.start() > 0]
    return frozenset(s for m in words for s in stems(m.group()) if s not in _DATE_STEMS)
