"""Rows as the index returns them: cheap to build, parsed into pydantic models only when an answer keeps them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from knowledge.models import Demand, Event, Sentence

_ARTICLE_FIELD = re.compile(r'"article":\s*"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
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
        return Event.model_validate_json(self.data)

    @property
    def sources(self) -> int:
        """How many distinct articles tell it, read off the JSON without parsing it (ranking asks of many rows)."""
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
        return Demand.model_validate_json(self.data)


@dataclass(frozen=True)
class PositionRow:
    """A position's party, issue, stance, article and day, without its text: a cell reads many, shows a few."""

    id: int
    party: str
    issue: str
    stance: str
    article: str
    published: dt.date
