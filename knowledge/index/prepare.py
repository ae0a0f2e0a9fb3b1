"""An article's rows made ready for the index without touching it: its facts, their tokens and their JSON.

Pure (no database), so it runs in worker processes as well as in the writer's (``knowledge.index.parallel``)
and gives the same rows either way; the writer only numbers the sentences, merges events and inserts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from knowledge.extract.events import merge_into
from knowledge.extract.speakers import ActorFinder
from knowledge.facts import extract_article
from knowledge.models import Article, Event, Precision, Sentence
from knowledge.text import stems

SentenceValues = tuple[int, int, int, int, int | None, str, str, int]  # index, start, end, heading, speaker...
DemandValues = tuple[str, str | None, int, str, str, str]  # party, actor, sentence index, key, JSON, stems
PositionValues = tuple[str, str, str, int, str, str]  # party, issue, stance, sentence index, published, JSON
EventValues = tuple[str, str, str, str, str | None, int, int, str, str, str]  # an events row but its id
EventEntry = tuple[str | None, str, int]  # an event's day, its JSON, its first sentence's index


@dataclass
class PreparedArticle:
    """One article's rows, sentences by their index in the article (the writer gives them their ids)."""

    article_id: str
    title_stems: str
    sentences: list[SentenceValues] = field(default_factory=list)  # ..., speaker key, text, stems, length
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # person key, sentence index, spoken
    demands: list[DemandValues] = field(default_factory=list)
    positions: list[PositionValues] = field(default_factory=list)
    # not yet merged: each event's day (``day_of``), its JSON and its first sentence's index. JSON, not the model:
    # the writer only passes an event on to be merged, and a model costs ~50 us to unpickle there and again in the
    # worker merging its day (a JSON string next to nothing), where it is read once
    events: list[EventEntry] = field(default_factory=list)
    # the rows of the events not dated to a day, which are never merged: made here rather than in the writer
    unmerged: dict[int, EventValues] = field(default_factory=dict)  # by position in ``events``
    people: set[int] = field(default_factory=set)  # every person key the article names


def sentences_from_bounds(article: Article, bounds: list[tuple[int, int, bool]]) -> list[Sentence]:
    """The sentences ``split_article`` gave, rebuilt from their (start, end, heading): the text is the slice."""
    return [sentence_at(article, bounds, index) for index in range(len(bounds))]


def sentence_at(article: Article, bounds: list[tuple[int, int, bool]], index: int) -> Sentence:
    start, end, heading = bounds[index]
    text = article.text[start:end]
    return Sentence(article=article.id, index=index, start=start, end=end, text=text, heading=heading)


def prepare_article(article: Article, sentences: list[Sentence], actors: ActorFinder) -> PreparedArticle:
    """Extract one article's facts (the people known) and turn them into rows."""
    facts = extract_article(article, sentences, actors)
    index_of = {sentence.start: sentence.index for sentence in sentences}
    prepared = PreparedArticle(article.id, " ".join(stems(article.title or "")))
    for sentence in sentences:
        speaker = facts.speakers.get(sentence.index)
        tokens = stems(sentence.text)
        prepared.sentences.append(
            (
                sentence.index,
                sentence.start,
                sentence.end,
                int(sentence.heading),
                speaker.key if speaker else None,
                sentence.text,
                " ".join(tokens),
                len(tokens),
            )
        )
    prepared.mentions = [
        (key, index, int(index in facts.speakers and facts.speakers[index].key == key)) for key, index in facts.mentions
    ]
    prepared.people = {key for key, _ in facts.mentions}
    for demand in facts.demands:
        tokens = stems(demand.text)
        key = " ".join(sorted(set(tokens)))  # stated in the same content words: one demand
        prepared.demands.append(
            (
                demand.party,
                demand.actor,
                index_of[demand.citation.start],
                key,
                demand.model_dump_json(),
                " ".join(tokens),
            )
        )
    prepared.positions = [
        (
            position.party,
            position.issue,
            position.stance,
            index_of[position.citation.start],
            position.published.isoformat(),
            position.model_dump_json(),
        )
        for position in facts.positions
    ]
    prepared.events = [
        (day_of(event), event.model_dump_json(), index_of[event.citations[0].start]) for event in facts.events
    ]
    prepared.unmerged = {n: event_values(event) for n, event in enumerate(facts.events) if day_of(event) is None}
    return prepared


def day_of(event: Event) -> str | None:
    """The day an event is dated to (events of one day may be one story told twice), or None."""
    return event.date.start.isoformat() if event.date and event.date.precision is Precision.DAY else None


def event_values(event: Event) -> EventValues:
    """An event's row (all but its id): dates, flags, JSON, and the tokens of its dated clause and of its text."""
    assert event.date is not None  # only dated events are extracted
    parts = [event.focus, event.place or "", *(c.quote for c in event.citations)]
    focus = f"{event.focus or event.text} {event.place or ''}"
    return (
        event.date.start.isoformat(),
        event.date.end.isoformat(),
        event.date.iso,
        event.date.precision.value,
        event.place,
        int(event.background),
        int(event.planned),
        event.model_dump_json(),
        " ".join(_part_stems(focus)),
        " ".join(word for part in parts for word in _part_stems(part)),  # as stems(" ".join(parts))
    )


def merge_day(stored: list[str], new: list[str]) -> tuple[list[int], list[tuple[int, EventValues]]]:
    """One day's new events merged, in order, into the day's stored ones (all as JSON): where each new event went
    (its index in the day's group), and the rows of every event of the group they touched, in index order. An
    article's events come together and never merge with each other."""
    group = [Event.model_validate_json(data) for data in stored]
    placed = []
    article, first_own = None, 0
    resume: dict[tuple[object, ...], int] = {}
    for event in map(Event.model_validate_json, new):
        if event.citations[0].article != article:
            article, first_own = event.citations[0].article, len(group)
            resume = {}
        placed.append(_merge(group, event, first_own, resume))
    return placed, [(index, event_values(group[index])) for index in sorted(set(placed))]


def _merge(group: list[Event], event: Event, first_own: int, resume: dict[tuple[object, ...], int]) -> int:
    """``merge_into(group, event, first_own)``, without comparing again what is known. A same-day event of the
    same article telling the same words at the same place ("signature") compares alike with every stored event
    its article has not merged into; those before the last one compared are known not to match (or hold the
    article now, which never matches), so the search resumes after it. An article repeating a dated sentence a
    thousand times costs a thousand comparisons, not a thousand times the day's events."""
    signature = (event.date, event.place, event.text)
    start = resume.get(signature, 0)
    candidates = group[start:first_own]
    compared = len(candidates)
    found = merge_into(candidates, event, compared)  # appends to the copy when nothing matches
    if found < compared:
        group[start + found] = candidates[found]
        resume[signature] = start + found + 1
        return start + found
    group.append(event)
    resume[signature] = first_own
    return len(group) - 1


@functools.lru_cache(maxsize=4096)
def _part_stems(text: str) -> tuple[str, ...]:
    """Stems of a part of an event's text, kept: a sentence telling several dates is the quote of each of its
    events (stemming it again for each made a sentence full of dates cost its square)."""
    return tuple(stems(text))
