"""A publication day as machines and people write it: ISO dates and timestamps, e-mail dates, written dates.

One reader for the header of a saved file (``corpus``) and the metadata of a fetched page (``pages``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from knowledge.vocabulary import MONTHS, WEEKDAYS

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
TEXT_DATE = re.compile(
    rf"{_WEEKDAY}(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')},?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b",
    re.IGNORECASE,
)
# What may follow a written date in a header: its time and zone ("May 20, 2031 10:45 GMT", "..., 08:15 +0800")
_TIME_AFTER = re.compile(
    r"(?:[,\s]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{4})?)?\s*"
)


def parse_day(value: str | None) -> dt.date | None:
    """A day from a machine date ("2025-06-04T09:30:00Z", "Wed, 04 Jun 2025 09:30:00 GMT") or a written one
    ("June 4, 2025", "4 June 2025", with its time after it or not); the day as written, in its own time zone. None if
    it is neither (a day written with numbers only, "04/06/2025", is read either way round in the world: none)."""
    if not value:
        return None
    iso = _ISO_DATE.match(value)
    if iso:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):  # (a year past any calendar: no day)
        pass
    written = TEXT_DATE.match(value.strip())
    if written is None or not _TIME_AFTER.fullmatch(value.strip()[written.end() :]):
        return None
    return written_day(written)


def written_day(match: re.Match[str]) -> dt.date | None:
    """The day a ``TEXT_DATE`` match writes."""
    if match.group("iso"):
        return parse_day(match.group("iso"))
    month = (match.group("month") or match.group("month2") or "").lower()
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    return _day(int(year), MONTHS[month], int(day))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
