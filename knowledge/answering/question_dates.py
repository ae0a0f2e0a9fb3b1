"""The dates a question names: "in June", "on May 16", "in 2019", and bounds: "before August", "since June 1",
"after September 2025", "since 2024".

A date without a year means that day or month in any year (``!timeline june``); a bound without a year is taken
in the year of the latest article ("since June" is since the last June there is news of). A day that does not
exist ("February 30") is no date at all, never an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from knowledge.text import IRREGULAR_VERBS, fold
from knowledge.vocabulary import EVENT_NOUNS, MONTHS, PLAN_PARTICIPLES

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
# One date expression, fullest form first: "May 16, 2025", "16 May 2025", "September 2025", "May 16", "2024".
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MONTH})\.?(?:,?\s+(?:of\s+)?(?P<y3>{_YEAR}))?"
    rf"|(?P<y4>{_YEAR}))\b"
)
_BOUND_WORDS = {"before": "before", "until": "before", "till": "before", "by": "before", "prior to": "before"}
_BOUND_WORDS |= {"after": "after", "since": "after", "from": "after"}
# (an event's date is a bound too: "before his August visit", "after Kesk's May call")
_BOUND = re.compile(
    r"\b(?P<word>before|until|till|by|prior to|after|since|from)\s+"
    r"(?:(?P<owner>the|his|her|their|its|[a-z]+['’]s)\s+)?$"
)
# ("the May talks", "last May": the verb "may" never follows an article or "last"/"next"; "this may" is the verb)
_MAY_AS_MONTH = re.compile(r"(?:\b(?:in|of|since|before|after|until|by|from|early|late|mid|the|last|next)\s+)$")
# A bound set by an event rather than a date: "before the Kesk-Varo call", "after Kesk met Varo", "since the Tarn
# summit". Only these words: "by" names an agent ("called by Kesk"), "from" a source or a party ("from Tarnia"), and
# "ahead of" or "following" mostly say which event is meant ("the call ahead of the summit" is that call).
_EVENT_BOUND = re.compile(r"\b(?P<word>before|prior\s+to|after|since)\s+(?P<anchor>\S.*)$", re.I)
_EVENT_BOUND_SIDES = {"before": "before", "prior to": "before", "since": "since"}
# ... whose words tell an event: an event noun ("the call"), a past tense ("Kesk called Varo", "Kesk met Varo") or
# a gerund ("Kesk calling Varo"); "before Congress" or "after him" bound nothing
_PAST_FORMS = "|".join(sorted(IRREGULAR_VERBS, key=len, reverse=True))
_TELLS_EVENT = re.compile(  # (a lower-case -ed/-ing word only: "the United Nations", "Beijing", "during" tell none)
    rf"\b(?:(?i:{EVENT_NOUNS}|{_PAST_FORMS})|(?!(?:during|according|nothing|something|being)\b)[a-z]{{3,}}(?:ed|ing))\b"
)
# A bare year after "for" or "and" following a noun ("needs for 2026 and 2027", "the budget for 2026") in a question
# asking when: the period the thing is for, not the time of the act asked about (elsewhere, "plans for 2026" still
# names the year the asker wants: the cost is a when-question about such plans losing its year)
_ASKS_WHEN = re.compile(r"\b(?:when|(?:what|which)\s+(?:date|day|time))\b")
# (never after a plan's word: "when is the summit planned for 2027?" asks within 2027)
_FOR_YEAR = re.compile(
    rf"\b(?!(?:{PLAN_PARTICIPLES}|earmarked|targeted)\b)[a-z]+\s+for\s+"
    rf"(?:the\s+years?\s+|fiscal\s+(?:year\s+)?)?(?:{_YEAR}\s+and\s+)?$"
)
MONTH_TOLERANCE_DAYS = 62  # an event spanning longer than two months is not "in June"


@dataclass(frozen=True)
class DateFilter:
    """The date a question is about (a year, a month in every year if no year, a day) and its bounds."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    before: dt.date | None = None  # events starting before this day
    after: dt.date | None = None  # events ending on or after this day

    def __bool__(self) -> bool:
        return bool(self.year or self.month or self.before or self.after)

    @property
    def bounded(self) -> bool:
        return bool(self.before or self.after)


def date_filter(text: str, today: dt.date | None = None) -> DateFilter:
    """What ``text`` names; ``today`` (the latest article's date) gives a bound without a year its year."""
    low = fold(text)
    plain: tuple[int | None, int | None, int | None] = (None, None, None)
    bounds: dict[str, dt.date] = {}
    asks_when = _ASKS_WHEN.search(low) is not None
    for match in _DATE.finditer(low):
        parts = _parts(match, low)
        if parts is None:
            continue
        if asks_when and match.group("y4") and _FOR_YEAR.search(low[: match.start()]):
            continue  # "when did they commit to Ukraine's needs for 2026?": what the needs are for, not when
        bound = _BOUND.search(low[: match.start()])
        if bound is not None and bound.group("owner") and bound.group("word") in ("by", "until", "till", "from"):
            bound = None  # "by his August trip" counts up to and with that trip: its month, as named
        if bound is not None:
            side = _BOUND_WORDS[bound.group("word")]
            # (an event's month is one already past, whatever the side: "before his August visit" in January is
            # last August's)
            day = _bound_day(parts, today, "after" if bound.group("owner") else side)
            if day is not None:
                bounds[side] = day
        elif plain == (None, None, None):
            plain = parts
    return DateFilter(*plain, before=bounds.get("before"), after=bounds.get("after"))


def without_dates(text: str) -> str:
    """``text`` (folded) with its dates taken out, each with the preposition before it ("kesk varo meeting place nov
    30?" -> "kesk varo meeting place?"): a cue asking the kind of answer may stand before a date. A month alone is a
    date only after "in" or "on" ("in june"): "may" and "march" are as often words."""
    low = re.sub(r"(?:\s+(?:on|in|of)\b)?\s*\b\d{4}-\d{2}-\d{2}\b", "", fold(text))  # (an ISO date too)

    def dropped(match: re.Match[str]) -> str:
        # (a figure makes it a date, "nov 30", "june 2048"; so does "in" or "on" before a month: "in june")
        told = match.group()
        return "" if any(char.isdigit() for char in told) or re.match(r"\s+(?:on|in)\s", told) else told

    return re.sub(rf"(?:\s+(?:on|in|of)\b)?\s*{_DATE.pattern}", dropped, low).strip()


@dataclass(frozen=True)
class EventBound:
    """A question bounded by another event: what it asks (``main``), on which side (``side``: "before", "after"
    or "since"), of which event (``anchor``, a question of its own)."""

    main: str
    side: str
    anchor: str


def event_bound(text: str) -> EventBound | None:
    """ "when had Kesk and Varo last spoken before the Tarn call?": the Tarn call bounds the answer. None when the
    bound is a date (``date_filter`` reads it) or tells no event, or when nothing is asked before it."""
    match = _EVENT_BOUND.search(text)
    if match is None:
        return None
    anchor = match.group("anchor").strip(" ?!.")
    main = text[: match.start()].strip(" ,?!.")
    if not main or len(main.split()) < 2 or not _TELLS_EVENT.search(anchor):
        return None
    if _DATE.search(fold(anchor)) and not re.search(rf"\b(?:{EVENT_NOUNS})\b", anchor, re.I):
        return None  # "before August 3": a date, read by ``date_filter``; "before the August visit" is an event
    word = re.sub(r"\s+", " ", match.group("word").lower())
    return EventBound(main=main, side=_EVENT_BOUND_SIDES.get(word, "after"), anchor=anchor)


def date_matches(start: dt.date, end: dt.date, date: DateFilter) -> bool:
    """Whether a span of days falls in the year, month and day a question names, and within its bounds."""
    if date.before is not None and not start < date.before:
        return False
    if date.after is not None and not end >= date.after:
        return False
    if date.year and not (start.year <= date.year <= end.year):
        return False
    if date.month and (
        not (start.month == date.month or end.month == date.month) or (end - start).days > MONTH_TOLERANCE_DAYS
    ):
        return False
    return not date.day or start.day <= date.day <= end.day


def _parts(match: re.Match[str], low: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a match; None for "may" the verb or a day that does not exist."""
    groups = match.groupdict()
    month_name = groups["m1"] or groups["m2"] or groups["m3"]
    year_text = groups["y1"] or groups["y2"] or groups["y3"] or groups["y4"]
    day_text = groups["d1"] or groups["d2"]
    if month_name == "may" and not (day_text or year_text or _MAY_AS_MONTH.search(low[: match.start()])):
        return None  # "may" the verb: "what may happen"
    month = MONTHS[month_name] if month_name else None
    year = int(year_text) if year_text else None
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
        return None  # "February 30": no such day (a leap year when none is named, so "February 29" stands)
    return year, month, day


def _bound_day(parts: tuple[int | None, int | None, int | None], today: dt.date | None, side: str) -> dt.date | None:
    """The first day a bound names: "since 2024" January 1st 2024; "before August" August 1st of the year of
    ``today``, or of the year before when August is still to come."""
    year, month, day = parts
    if month is None:
        return dt.date(year, 1, 1) if year else None
    if year is None:
        if today is None:
            return None
        year = today.year if (month, day or 1) <= (today.month, today.day) or side == "before" else today.year - 1
    try:
        return dt.date(year, month, day or 1)
    except ValueError:  # February 29 of a year without one
        return None
