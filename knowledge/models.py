"""Validated, immutable facts and answers.

Invariants every model keeps:
- A ``Citation`` quote is a verbatim slice ``article.text[start:end]`` of its article file.
- A ``FuzzyDate`` spans ``start``..``end`` inclusive; ``iso`` is the longest ``YYYY[-MM[-DD]]`` prefix true of
  every day in the span, so a week inside May 2025 is ``2025-05`` and never a guessed day.
- Facts carry at least one citation; an ``Answer`` with ``found=True`` has at least one item.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Precision(StrEnum):
    """How exactly a date is known."""

    DAY = "day"
    SPAN = "span"  # a few days: a week, a weekend
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class FuzzyDate(_Frozen):
    """A date as precise as the text allows, with the span of days it may mean."""

    start: dt.date
    end: dt.date
    precision: Precision
    phrase: str = ""  # the words it was resolved from, e.g. "last week"

    @model_validator(mode="after")
    def _ordered(self) -> FuzzyDate:
        if self.end < self.start:
            raise ValueError("end before start")
        return self

    @property
    def iso(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return self.start.isoformat()[:7]
        if self.start.year == self.end.year:
            return str(self.start.year)
        return self.start.isoformat()[:4]

    def label(self) -> str:
        """A reader-facing description: '2025-05-16', 'week of 2025-05-12', 'spring 2022'."""
        if self.precision is Precision.SPAN:
            return f"{self.start.isoformat()} to {self.end.isoformat()}"
        if self.precision is Precision.SEASON:
            return f"{self.phrase} ({self.iso})" if self.phrase else self.iso
        return self.iso


class Article(_Frozen):
    """One news article: its verbatim text and where its body starts."""

    id: str
    text: str
    body_start: int = 0
    published: dt.date
    source: str | None = None
    title: str | None = None
    url: str | None = None


class Citation(_Frozen):
    """The article and the exact sentence a fact comes from."""

    article: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Sentence(_Frozen):
    """A sentence of an article, with its character offsets in the article text."""

    article: str
    index: int
    start: int
    end: int
    text: str
    heading: bool = False  # a headline, banner or sub-heading: searchable, never a source of facts

    def citation(self) -> Citation:
        return Citation(article=self.article, quote=self.text, start=self.start, end=self.end)


class Event(_Frozen):
    """Something that happened (or is scheduled) on a date, possibly told by several articles."""

    date: FuzzyDate | None
    text: str
    focus: str = ""  # the clause of ``text`` that holds the date: what happened on it (a verbatim slice)
    place: str | None = None
    background: bool = False  # a date told as history ("since the 2022 invasion"), not news of the period
    planned: bool = False  # scheduled or expected when the article was written ("talks will resume on Thursday")
    pronoun_for: str = ""  # the person a clause's leading "He"/"She" stands for ("Witkoff"), shown in brackets
    citations: tuple[Citation, ...] = Field(min_length=1)


class Person(_Frozen):
    """A person the articles name, with the roles they give and every alias seen.

    Where they are mentioned is kept by the index (it grows with the corpus); ``key`` finds it there.
    """

    key: int = 0
    name: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    role_citations: tuple[Citation, ...] = ()


class Demand(_Frozen):
    """One thing a party demands, insists on or calls for, of whom, as one sentence states it."""

    party: str
    actor: str | None = None  # the person speaking for the party, where named
    target: str | None = None
    text: str
    citation: Citation


class Position(_Frozen):
    """Where a party stands on an issue of the talks, as one sentence of one article states it."""

    party: str
    issue: str  # a short name from ``knowledge.issues``: "ceasefire", "territory", "NATO", ...
    stance: str  # demands, rejects, offers, supports or open
    actor: str | None = None  # the person who stated it for the party, where named
    text: str  # the clause that states it, as the sentence words it
    published: dt.date  # when the article stated it: positions change, the latest counts
    citation: Citation


class AnswerCitation(_Frozen):
    """A citation as the JSON contract shows it: the article id, the verbatim sentence, and whom to credit."""

    article: str
    quote: str
    source: str | None = None  # outlet, title and date a reader can look up: 'Dawn, “Rubio arrives…”, 2025-02-17'
    url: str | None = None


class Conflict(_Frozen):
    """Another article that tells the item's fact differently, quoted, and how it differs."""

    article: str
    quote: str
    note: str  # "another article dates it 2025-05-16", "another article gives 307, not 390"
    source: str | None = None


class AnswerItem(_Frozen):
    """One line of an answer."""

    text: str
    date: str | None = None
    citations: tuple[AnswerCitation, ...] = ()
    label: str | None = None  # how to read it: "background", "planned", "closest sentence", "dated by ..."
    sources: int | None = None  # events and demands: how many distinct articles state it
    conflicts: tuple[Conflict, ...] = ()  # articles that state it differently: never silently one picked
    party: str | None = None  # positions: whose position
    issue: str | None = None  # positions: on which issue of the talks
    stance: str | None = None  # positions: demands, rejects, supports, offers or open


class Intent(StrEnum):
    TIMELINE = "timeline"
    WHO = "who"
    DEMANDS = "demands"
    SEARCH = "search"
    SAID = "said"
    POSITIONS = "positions"
    SINCE = "since"
    HELP = "help"


class Answer(_Frozen):
    """What every adapter renders. Its JSON is the CLI's stable contract."""

    intent: Intent
    query: str
    found: bool
    items: tuple[AnswerItem, ...] = ()
    suggestions: tuple[str, ...] = ()
    message: str | None = None  # a reader-facing note: why nothing was found, or what was trimmed

    @model_validator(mode="after")
    def _found_has_items(self) -> Answer:
        if self.found and not self.items:
            raise ValueError("a found answer needs at least one item")
        return self
