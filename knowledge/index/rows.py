"""Rows as the index returns them: cheap to build, parsed into pydantic models only when an answer keeps them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from knowledge.models import Demand, Event, Sentence

_ARTICLE_FIELD = re.compile(r'"article":\s*"((?:[^"\\]|\\.)*)"')
# Parsed facts by their stored JSON: an answer reads an event's model several times (its date phrase, its item,
# its conflicts) and questions on a topic meet the same events; the models are frozen, so one copy serves all.
# Keyed by the JSON itself, a changed fact is a new key. Emptied when full (a few MiB).
FACTS_CACHED = 8192
_EVENTS: dict[str, Event] = {}
_DEMANDS: dict[str, Demand] = {}


def parse_event(data: str) -> Event:
    found = _EVENTS.get(data)
    if found is None:
        found = Event.model_validate_json(data)
        if len(_EVENTS) >= FACTS_CACHED:
            _EVENTS.clear()
        _EVENTS[data] = found
    return found


def parse_demand(data: str) -> Demand:
    found = _DEMANDS.get(data)
    if found is None:
        found = Demand.model_validate_json(data)
        if len(_DEMANDS) >= FACTS_CACHED:
            _DEMANDS.clear()
        _DEMANDS[data] = found
    return found


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """A sentence row: id, speaker key (if known), its index tokens; the Sentence model is built only when kept."""

    id: int
    article: str
    index: int
    start: int
    end: int
    text: str
    heading: bool
    speaker: int | None
    stems: tuple[str, ...]

    @property
    def sentence(self) -> Sentence:
        return Sentence(
            article=self.article, index=self.index, start=self.start, end=self.end, text=self.text, heading=self.heading
        )


_NEW = object.__new__
# the slots' own setters: a frozen dataclass's __init__ goes through object.__setattr__ once per field (2.4 us a row
# against 1.0 us), and the index builds tens of thousands of rows as questions come (73,000 over the benchmark's
# 1,200 questions at 10,000 articles); built once, a row stays as frozen as any other
_SET_ID, _SET_ARTICLE, _SET_INDEX, _SET_START, _SET_END, _SET_TEXT, _SET_HEADING, _SET_SPEAKER, _SET_STEMS = (
    vars(SentenceRow)[name].__set__
    for name in ("id", "article", "index", "start", "end", "text", "heading", "speaker", "stems")
)


def sentence_row(
    id: int,
    article: str,
    index: int,
    start: int,
    end: int,
    text: str,
    heading: bool,
    speaker: int | None,
    stems: tuple[str, ...],
) -> SentenceRow:
    """``SentenceRow(...)``, the same row, built without the frozen dataclass's per-field checks."""
    row: SentenceRow = _NEW(SentenceRow)
    _SET_ID(row, id)
    _SET_ARTICLE(row, article)
    _SET_INDEX(row, index)
    _SET_START(row, start)
    _SET_END(row, end)
    _SET_TEXT(row, text)
    _SET_HEADING(row, heading)
    _SET_SPEAKER(row, speaker)
    _SET_STEMS(row, stems)
    return row


@dataclass(frozen=True)
class EventRow:
    """An event's dates, flags and tokens (of its dated clause, and of its sentences) for ranking."""

    id: int
    start: dt.date
    end: dt.date
    iso: str
    background: bool
    planned: bool
    focus_stems: tuple[str, ...]
    stems: tuple[str, ...]
    data: str

    @property
    def event(self) -> Event:
        return parse_event(self.data)

    @functools.cached_property
    def sources(self) -> int:
        """How many distinct articles tell it, read off the JSON without parsing it (ranking asks of many rows; once
        per row, and rows are kept per index state)."""
        return len(set(_ARTICLE_FIELD.findall(self.data)))


@dataclass(frozen=True)
class DemandRow:
    """A demand's party, sentence, support (articles stating it) and tokens for ranking; parsed when kept."""

    id: int
    party: str
    actor: str | None
    sentence: int
    support: int
    stems: tuple[str, ...]
    data: str
    article: str = ""
    key: str = ""  # its content words, sorted: the same demand stated by several articles shares it

    @property
    def demand(self) -> Demand:
        return parse_demand(self.data)


@dataclass(frozen=True)
class PositionRow:
    """A position's party, issue, stance, article and day, without its text: a cell reads many, shows a few."""

    id: int
    party: str
    issue: str
    stance: str
    article: str
    published: dt.date
