"""Find date expressions in a sentence and resolve them against the article's publication date.

The rule is HeidelTime's for news: every relative expression is anchored to the publication date. A bare
weekday ("on Sunday", "aired Sunday") is the latest such day on or before publication; it moves forward only
with a future cue just before it ("scheduled for Thursday", "will ... on Friday", "next Monday"). A date with
no year takes the year that puts it closest to publication. "last week" and "over the weekend" are spans, so
they never pretend to a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from knowledge.extract.prefilter import Gated, lowered
from knowledge.models import FuzzyDate, Precision
from knowledge.vocabulary import (
    CHANGED_PARTICIPLES,
    DETERMINERS,
    ED_ADJECTIVES,
    MONTHS,
    NOW_REPLACING,
    PLAN_PARTICIPLES,
    SMALL_NUMBERS,
)

WEEKDAY_NAMES = {name: number for number, name in enumerate(calendar.day_name)}  # "Monday" -> 0, as written
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# The tense of the clause a weekday sits in decides which way it resolves. The nearest cue before the weekday
# wins: "said on Tuesday that talks will ..." is past, "will hold talks with officials, including X, on Tuesday"
# is future however far "will" stands from the day.
FUTURE_CUE = re.compile(
    # ("went ahead as planned on Thursday": done as it was planned, no plan)
    r"\b(?:will|shall|would(?!\s+(?:also\s+)?(?:like|love|have)\b)|(?<!\bas )scheduled|due|set (?:for|to)|"
    r"(?<!\bas )planned|plans?|"
    r"planning|upcoming|expects?|expecting|to be held|is to|are to|intends?|going to|next|on track for|"
    # ("a decision expected on Tuesday" is to come; "more than many people expected on Tuesday" is what they expected
    # then: "expected" after one who expects, or in a comparison, is a verb in the past: ``_EXPECTED_IN_THE_PAST``)
    r"(?<!\bthey )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bi )(?<!\bhad )(?<!\bas )expected|"  # (never "the expected vote")
    # "agreed to a ceasefire, to take effect on Thursday": what is to begin or end comes after the agreeing (a bare
    # "to begin" only after a comma: "began talks to end the war on Monday" is no end to come)
    r"to (?:take effect|come into (?:force|effect)|run until|run through)|,\s*to (?:begin|start|resume|expire|end)|"
    # ("agreed a 45-day truce, starting at midnight on Monday": what was agreed starts after the agreeing)
    r",\s*(?:starting|beginning|effective)|"
    # (... or right before its day: "agreed to a 72-hour halt to strikes on energy facilities starting on Wednesday",
    # "for 72 hours from midnight on Friday")
    # (read up to the day itself, which the window read ends before)
    r"(?:starting|beginning|effective|from\s+midnight)(?=\s+(?:on\s+|at\s+midnight\s+on\s+|from\s+)?"
    r"(?:$|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))|"
    # "the moratorium takes effect at midnight on Thursday", "the talks begin on Monday": a schedule told in the present
    r"takes effect|comes into (?:force|effect)|begins?|starts?|resumes?|expires)\b",
    re.IGNORECASE,
)  # "would like to thank" and "would have" are not the future
PAST_CUE = re.compile(
    r"\b(?:said|says|told|was|were|had|has|have|did|took place|announced|reported|held|met|spoke|"
    r"[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)  # "more than (many people) expected"
TENSE_WINDOW = 160  # characters before a weekday searched for a tense cue (the clause, not the paragraph)
# a tense cue beyond one of these belongs to another clause (a full stop after one letter is an abbreviation's:
# "will open at 8 a.m. on Saturday", "the U.S. will")
_CLAUSE_EDGE = re.compile(r"[;:!?]\s|(?<!\b[A-Za-z])\.\s|[“”\"]")
# Days joined by these are in order: "from Saturday evening through Sunday", "on Tuesday and Wednesday".
_DAY_SEQUENCE = re.compile(r"^(?:\s+\w+)?\s*(?:,|and|or|to|through|thru|till|until|-|–)\s+(?:on\s+)?$", re.I)

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day_range", re.compile(rf"\b{_MONTH} {_DAY}\s?[-–]\s?(?P<day2>[0-3]?\d)\b(?!\d)(?:,? {_YEAR})?")),
    ("month_day_year", re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY} {_MONTH},? {_YEAR}\b")),
    ("season_year", re.compile(rf"\b(?:the )?(?P<season>spring|summer|autumn|fall|winter),? (?:of )?{_YEAR}\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH},? (?:of )?{_YEAR}\b")),
    # "on March 24 last year", "on 3 June next year": the day in the year the phrase names, one expression
    ("month_day_relative_year", re.compile(rf"\b{_MONTH} {_DAY},? (?:of )?(?P<which>last|this|next) year\b")),
    ("day_month_relative_year", re.compile(rf"\b{_DAY} {_MONTH},? (?:of )?(?P<which>last|this|next) year\b")),
    # "in March last year", "by June next year": the month in the year the phrase names, one expression
    ("month_relative_year", re.compile(rf"\b{_MONTH},? (?:of )?(?P<which>last|this|next) year\b")),
    ("month_day", re.compile(rf"\b{_MONTH} {_DAY}\b(?![,.]?\d)")),
    ("day_month", re.compile(rf"\b{_DAY} {_MONTH}\b")),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:last|this|next|past) (?:week|weekend|month|year)|over the weekend|at the weekend|"
            r"earlier this (?:week|month|year)|later this (?:week|month|year)|yesterday|tomorrow|today|tonight|"
            r"this (?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<which>last|next|this) )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:'s)?\b"
        ),
    ),
    (
        "month_alone",
        re.compile(
            rf"\b(?P<prep>in|since|during|until|by|from|through|of|early|late|mid|last|next|this|end of|start of|"
            rf"beginning of)[\s-]{_MONTH}\b"
        ),
    ),
    # "an ambitious March goal", "the June summit": a month naming what is set for it, no preposition needed (a
    # noun after it says it is the month, not the verb "march")
    (
        "month_before_noun",
        re.compile(
            rf"\b{_MONTH}(?=\s+(?:goal|deadline|target|timeline|timetable|summit|meeting|elections?|vote|talks|"
            r"visit|round|session|conference|ceasefire|truce)\b)"
        ),
    ),
    ("year", re.compile(rf"(?<![\d,.$-]){_YEAR}(?![\d-]|,\d)")),
]


# Every pattern above needs one of these; most sentences have none, and skip the patterns.
_ANY_DATE_WORD = Gated(
    re.compile(
        r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|"
        r"\b(?:week|weekend|month|year|yesterday|tomorrow|today|spring|summer|autumn|fall|winter)\b",
        re.IGNORECASE,
    ),
    r"\d",
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|"
    r"tomorrow|today|spring|summer|autumn|fall|winter",
)
# What each pattern needs: a sentence without it is not searched with the pattern, which could not match there (a
# month's name, a weekday's "day", a year's digits; the words of "relative", looked for in the lowered sentence
# since that pattern ignores case: ``prefilter.lowered``).
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR_DIGITS = re.compile(r"19\d\d|20\d\d")
_RELATIVE_WORD = re.compile(r"week|month|year|yesterday|tomorrow|today|tonight|morning|afternoon|evening")
_NEEDS: dict[str, tuple[re.Pattern[str], bool]] = {  # kind -> (what it needs, whether in the lowered sentence)
    "month_day_range": (_MONTH_WORD, False),
    "month_day_year": (_MONTH_WORD, False),
    "day_month_year": (_MONTH_WORD, False),
    "season_year": (_YEAR_DIGITS, False),
    "month_year": (_MONTH_WORD, False),
    "month_day_relative_year": (_MONTH_WORD, False),
    "day_month_relative_year": (_MONTH_WORD, False),
    "month_relative_year": (_MONTH_WORD, False),
    "month_day": (_MONTH_WORD, False),
    "day_month": (_MONTH_WORD, False),
    "relative": (_RELATIVE_WORD, True),
    "weekday": (re.compile("day"), False),
    "month_alone": (_MONTH_WORD, False),
    "month_before_noun": (_MONTH_WORD, False),
    "year": (_YEAR_DIGITS, False),
}
_NEEDED = list(dict.fromkeys(_NEEDS.values()))


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence: where it is and what it means."""

    start: int
    end: int
    date: FuzzyDate


def find_dates(sentence: str, published: dt.date) -> list[DateMention]:
    """Every date expression in ``sentence``, resolved, in reading order; overlaps go to the fuller form."""
    present = {
        needs: needs.search(lowered(sentence) if in_lowered else sentence) is not None for needs, in_lowered in _NEEDED
    }
    if not any(present.values()) or not _ANY_DATE_WORD.search(sentence):
        return []
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        if not present[_NEEDS[kind][0]]:
            continue
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            resolved = _resolve(kind, match, sentence, published)
            if resolved is None:
                continue
            taken.append(span)
            mentions.append(DateMention(span[0], span[1], resolved))
    mentions.sort(key=lambda mention: mention.start)
    mentions = _days_in_sequence(sentence, _same_year(sentence, _weekday_with_its_date(sentence, mentions)))
    return _days_from_another(sentence, _weekdays_in_the_week_named(sentence, _weekday_of_a_week(sentence, mentions)))


_NEXT_TO = re.compile(r"^\s*(?:on\s+)?$", re.IGNORECASE)  # "Friday next week", "last week on Tuesday"


def _weekdays_in_the_week_named(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """A weekday written next to the week it falls in ("on Friday next week", "on Tuesday last week", "last week on
    Tuesday") is that week's, not the nearest one to publication. Only next to it: "said last week that ..., and a
    spokesman repeated on Wednesday" is this week's Wednesday (so it is in three of the four such sentences of the
    invented sets where the week is elsewhere in the sentence)."""
    # (never a week's thing: "on Tuesday next week's summit would go ahead" is this Tuesday)
    weeks = [
        m
        for m in mentions
        if m.date.precision is Precision.SPAN
        and m.date.phrase.lower().endswith(" week")
        and not re.match(r"['’]s\b", sentence[m.end :])
    ]
    if len(weeks) != 1 or any(m.date.precision is Precision.MONTH for m in mentions):
        return mentions
    week = weeks[0]
    monday = week.date.start - dt.timedelta(days=week.date.start.weekday())
    resolved = []
    for mention in mentions:
        words = mention.date.phrase.split()
        weekday = words[-1].capitalize() if words else ""
        if (
            mention.date.precision is Precision.DAY
            and weekday in WEEKDAY_NAMES
            and len(words) <= 2  # ("on Tuesday"; never "last Tuesday", "next Tuesday", "Tuesday, March 3")
            and (len(words) == 1 or words[0].lower() == "on")
            and not monday <= mention.date.start <= monday + dt.timedelta(days=6)
            and _NEXT_TO.match(sentence[min(week.end, mention.end) : max(week.start, mention.start)])
        ):
            day = monday + dt.timedelta(days=WEEKDAY_NAMES[weekday])
            mention = DateMention(mention.start, mention.end, _day(day, mention.date.phrase))
        resolved.append(mention)
    return resolved


_OF_A_WEEK = re.compile(r"^\s+of\s+$", re.IGNORECASE)


def _weekday_of_a_week(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Friday of next week": the Friday in the week named after it, one date (a weekday read alone from the
    publication day was the coming Friday, a week early)."""
    kept: list[DateMention] = []
    skip = False
    for n, mention in enumerate(mentions):
        if skip:
            skip = False
            continue
        following = mentions[n + 1] if n + 1 < len(mentions) else None
        weekday = (mention.date.phrase.split() or [""])[-1].capitalize()
        if (
            following is not None
            and weekday in WEEKDAY_NAMES
            and following.date.precision is Precision.SPAN
            and following.date.phrase.lower().endswith("week")
            and _OF_A_WEEK.match(sentence[mention.end : following.start])
        ):
            offset = (WEEKDAY_NAMES[weekday] - following.date.start.weekday()) % 7
            day = following.date.start + dt.timedelta(days=offset)
            date = FuzzyDate(
                start=day, end=day, precision=Precision.DAY, phrase=sentence[mention.start : following.end]
            )
            kept.append(DateMention(mention.start, following.end, date))
            skip = True
            continue
        kept.append(mention)
    return kept


_NAMED_DAY_GAP = re.compile(r"^,?\s*(?:the\s+)?$")


def _weekday_with_its_date(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Tuesday, March 17": the weekday names the date written right after it, one expression, never a second
    date of its own (resolved from the publication day, it was the Tuesday before)."""
    kept = []
    for n, mention in enumerate(mentions):
        following = mentions[n + 1] if n + 1 < len(mentions) else None
        if (
            following is not None
            # (with its "this", "next" or "last": "this Friday, March 19" is March 19)
            and (mention.date.phrase.split() or [""])[-1].rstrip("s").capitalize() in WEEKDAY_NAMES
            and following.date.precision is Precision.DAY
            and _NAMED_DAY_GAP.match(sentence[mention.end : following.start])
        ):
            continue
        kept.append(mention)
    return kept


_SAME_YEAR = re.compile(r"^,?\s+(?:of\s+)?(?:the\s+same\s+year|that\s+(?:same\s+)?year)\b", re.IGNORECASE)


def _same_year(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "In 2020, he became deputy director, and in August of the same year, the head": the month is in the year
    the sentence named before it, not the one closest to publication."""
    for n in range(1, len(mentions)):
        month = mentions[n]
        if month.date.precision is not Precision.MONTH or not _SAME_YEAR.match(sentence[month.end :]):
            continue
        year = mentions[n - 1].date.start.year
        span = _month_span(year, month.date.start.month, month.date.phrase)
        mentions[n] = DateMention(month.start, month.end, span)
    return mentions


def _days_in_sequence(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day named after another and joined to it ("Saturday evening through Sunday") is not before it."""
    for n in range(1, len(mentions)):
        first, second = mentions[n - 1], mentions[n]
        if second.date.precision is not Precision.DAY or first.date.precision is not Precision.DAY:
            continue
        if not _DAY_SEQUENCE.match(sentence[first.end : second.start]):
            continue
        if second.date.start < first.date.start and (first.date.start - second.date.start).days < 7:
            day = second.date.start + dt.timedelta(days=7)
            mentions[n] = DateMention(second.start, second.end, _day(day, second.date.phrase))
    return mentions


# A day counted from another the sentence states: "said on Wednesday that she had written the day before", "the day
# before the July 15 deadline", "two days later". Counted from the day written right after it (its object) or else
# from the nearest day stated before it in the sentence; with neither, no date (the sentence before may hold it).
_COUNTED_DAY = re.compile(
    r"\b(?:the\s+(?:day|night)\s+(?P<dir1>before|after)|(?P<n>a|one|two|three|four|five|six)\s+days?\s+"
    r"(?P<dir2>earlier|later|before|after)|the\s+(?P<dir3>previous|next|following)\s+day)\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, **SMALL_NUMBERS}
_OBJECT_GAP = re.compile(r"^\s+(?:the\s+|a\s+|an\s+)?$")  # "the day before [the] July 15 deadline"
# (an event after the phrase: "the day before the talks", "a day after naming X", "two days after he told a radio")
_HAS_OBJECT = re.compile(r"^\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|[a-z]+ing|[A-Z])\b")


def _days_from_another(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each day counted from another stated day ("the day before") added, in reading order."""
    if not mentions or "day" not in sentence.lower():
        return mentions
    added = []
    for found in _COUNTED_DAY.finditer(sentence):
        if any(m.start < found.end() and found.start() < m.end for m in mentions):
            continue  # (part of a date already read)
        if re.match(r"\s+than\b", sentence[found.end() :]):
            continue  # "came two days later than planned": how late, no day
        way = (found.group("dir1") or found.group("dir2") or found.group("dir3")).lower()
        days = _COUNTS[found.group("n").lower()] if found.group("n") else 1
        step = -days if way in ("before", "earlier", "previous") else days
        after = [m for m in mentions if m.start >= found.end() and _OBJECT_GAP.match(sentence[found.end() : m.start])]
        if after and way in ("before", "after"):
            anchor: DateMention | None = after[0]
        elif way in ("before", "after") and _HAS_OBJECT.match(sentence[found.end() :]):  # ("two days later the ...")
            # "on Monday evening, the day before the opening session", "on Friday, a day after naming X": the phrase
            # tells the day before it again, by another event; it dates nothing new
            anchor = None
        else:
            before = [m for m in mentions if m.end <= found.start()]
            anchor = before[-1] if before else None
        if anchor is None or anchor.date.precision is not Precision.DAY:
            continue
        day = anchor.date.start + dt.timedelta(days=step)
        added.append(DateMention(found.start(), found.end(), _day(day, found.group())))
    return sorted(mentions + added, key=lambda mention: mention.start) if added else mentions


# What a day is counted from when it follows the phrase: "two days before Trump's deadline", "the day after the talks"
_EVENT_AFTER = re.compile(
    r"^\s+(?:(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we)\b|[a-z]+ing\b|(?-i:[A-Z]))"
)


def days_counted_from(sentence: str, anchor: dt.date) -> list[DateMention]:
    """The days a sentence with no date of its own counts from the day the sentence before it told ("Ukraine brought
    home 287 soldiers on Wednesday." - "The terms were settled the day before in the working group": Tuesday); never
    one counted from an event it names ("the day before the talks began")."""
    found = []
    for match in _COUNTED_DAY.finditer(sentence):
        way = (match.group("dir1") or match.group("dir2") or match.group("dir3")).lower()
        if re.match(r"\s+than\b", sentence[match.end() :]):
            continue
        if way in ("before", "after") and _EVENT_AFTER.match(sentence[match.end() :]):
            continue
        days = _COUNTS[match.group("n").lower()] if match.group("n") else 1
        step = -days if way in ("before", "earlier", "previous") else days
        found.append(DateMention(match.start(), match.end(), _day(anchor + dt.timedelta(days=step), match.group())))
    return found


# A plan told as past: its weekday is one already gone ("The talks, originally scheduled to open on Tuesday, began on
# Wednesday": that week's Tuesday), though the plan is still a plan (one since changed: ``events``)
_PLAN_CHANGED_AFTER = re.compile(
    r"\b(?:will|now|moved|postponed|brought\s+forward|rescheduled|pushed\s+back|delayed|instead)\b", re.IGNORECASE
)
_PLAN_TOLD_AS_PAST = re.compile(
    r"\b(?:originally|initially|previously)\s+(?:scheduled|planned|set|due|expected)\b", re.I
)
# ... and one in the past perfect, whatever follows: "The exchange had been scheduled for Saturday ... when it was
# postponed" is the Saturday gone (a plan since changed is still the day it was set for)
_PLAN_IN_PAST_PERFECT = re.compile(rf"\bhad\s+been\s+(?:{PLAN_PARTICIPLES})\b", re.I)
# ... unless the change is told as news of now, after the day: "the round, which had been due to open in Doha on
# Thursday, has been postponed until May 14" is announced before that Thursday, the coming one (a change told in the
# past, "was postponed", still leaves the day gone)
# (read up to the next clause of its own: "had been scheduled for Saturday but did not happen, and the summit has been
# postponed" tells another plan's change)
_OTHER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s|\s+but\s", re.IGNORECASE)
# "its refugee plan", "the peace plans", "Kenya's new plan": a plan named as a thing (a determiner or an owner, and
# at most one word, before it)
_NOUN_AFTER_OWNER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|[\w’'-]+['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_CHANGED_NOW_AFTER = re.compile(
    rf"\b(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:{CHANGED_PARTICIPLES})\b|"
    # ("... would now take place on July 16", never after it went ahead: "met as planned and will now resume")
    rf"^{NOW_REPLACING}",
    re.IGNORECASE,
)


# An -ed word right after a determiner is an adjective, no verb in the past: "was expected to greet the freed men
# on Friday" is still to come (a determiner before a past verb is rare: "the talks that the envoy postponed")
# ("that" is as often a relative pronoun: "the truce that collapsed on Sunday" is gone)
_PARTICIPLE_AS_ADJECTIVE = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS - {'that'}))})\s+$", re.IGNORECASE)


def tense_before(sentence: str, at: int, *, of_a_day: bool = False) -> str | None:
    """'future' or 'past' from the nearest tense cue before ``at`` in the same clause, or None. ``of_a_day``: the
    tense that decides which way a weekday resolves (a plan told as past is past)."""
    window = sentence[max(0, at - TENSE_WINDOW) : at]
    edges = list(_CLAUSE_EDGE.finditer(window))
    if edges:
        window = window[edges[-1].end() :]
    future = [
        m.end()
        for m in FUTURE_CUE.finditer(window)
        if not (m.group(0).lower() == "expected" and _COMPARED_BEFORE.search(window, 0, m.start()))
        # (a plan as a noun, "tabled its refugee plan on Friday", is done; "Kenya plans a swap on Thursday" is to come)
        and not (m.group(0).lower() in ("plan", "plans") and _NOUN_AFTER_OWNER.search(window, 0, m.start()))
    ]
    past = [
        m.end()
        for m in PAST_CUE.finditer(window)
        if m.group(0).lower() not in ED_ADJECTIVES and not _PARTICIPLE_AS_ADJECTIVE.search(window, 0, m.start())
    ]
    if of_a_day and not _PLAN_CHANGED_AFTER.search(sentence, at):
        # (unless the sentence goes on to the plan's change: "initially planned for Thursday, will now take place
        # on Friday" is the coming Thursday)
        past += [m.end() for m in _PLAN_TOLD_AS_PAST.finditer(window)]
    if of_a_day and not _CHANGED_NOW_AFTER.search(_OTHER_CLAUSE.split(sentence[at:], maxsplit=1)[0]):
        past += [m.end() for m in _PLAN_IN_PAST_PERFECT.finditer(window)]
    if not future and not past:
        return None
    return "future" if max(future, default=-1) > max(past, default=-1) else "past"


def _resolve(kind: str, match: re.Match[str], sentence: str, published: dt.date) -> FuzzyDate | None:
    phrase = match.group(0)
    groups = match.groupdict()
    try:
        if kind == "month_day_range":
            month, first, last = _month(groups["month"]), int(groups["day"]), int(groups["day2"])
            if last <= first:
                return None
            year = (
                int(groups["year"])
                if groups.get("year")
                else _closest_year(published, lambda y: dt.date(y, month, first))
            )
            start, end = dt.date(year, month, first), dt.date(year, month, last)
            return FuzzyDate(start=start, end=end, precision=Precision.SPAN, phrase=phrase)
        if kind in ("month_day_year", "day_month_year"):
            day = dt.date(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
            return _day(day, phrase)
        if kind == "season_year":
            return _season(groups["season"].lower(), int(groups["year"]), phrase)
        if kind == "month_year":
            return _month_span(int(groups["year"]), _month(groups["month"]), phrase)
        if kind in ("month_day", "day_month"):
            month, day_of_month = _month(groups["month"]), int(groups["day"])
            year = _closest_year(published, lambda y: dt.date(y, month, day_of_month))
            return _day(dt.date(year, month, day_of_month), phrase)
        if kind == "relative":
            return _relative(groups["rel"].lower(), sentence[: match.start()], published, phrase)
        if kind == "weekday":
            future = tense_before(sentence, match.start(), of_a_day=True) == "future"
            return _weekday(WEEKDAY_NAMES[groups["weekday"]], groups["which"], future, published, phrase)
        if kind in ("month_day_relative_year", "day_month_relative_year"):
            year = published.year + {"last": -1, "this": 0, "next": 1}[groups["which"].lower()]
            return _day(dt.date(year, _month(groups["month"]), int(groups["day"])), phrase)
        if kind == "month_relative_year":
            year = published.year + {"last": -1, "this": 0, "next": 1}[groups["which"].lower()]
            return _month_span(year, _month(groups["month"]), phrase)
        if kind == "month_alone":
            return _month_alone(groups["prep"], _month(groups["month"]), published, phrase)
        if kind == "month_before_noun":
            return _month_alone("", _month(groups["month"]), published, phrase)
        if kind == "year":
            year = int(groups["year"])
            return FuzzyDate(
                start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR, phrase=phrase
            )
    except ValueError:  # "February 30" and the like: not a date
        return None
    return None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(day: dt.date, phrase: str) -> FuzzyDate:
    return FuzzyDate(start=day, end=day, precision=Precision.DAY, phrase=phrase)


def _month_span(year: int, month: int, phrase: str) -> FuzzyDate:
    last = calendar.monthrange(year, month)[1]
    return FuzzyDate(
        start=dt.date(year, month, 1), end=dt.date(year, month, last), precision=Precision.MONTH, phrase=phrase
    )


def _season(season: str, year: int, phrase: str) -> FuzzyDate:
    first, last = SEASONS[season]
    end_year = year + 1 if last < first else year
    end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
    return FuzzyDate(start=dt.date(year, first, 1), end=end, precision=Precision.SEASON, phrase=phrase)


def _closest_year(published: dt.date, build: object) -> int:
    """The year (publication year or either neighbour) that puts the date closest to publication."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append((abs((build(year) - published).days), year))  # type: ignore[operator]
        except ValueError:  # February 29 in a year without it
            continue
    if not candidates:
        raise ValueError("no year fits")
    return min(candidates)[1]


def _month_alone(prep: str, month: int, published: dt.date, phrase: str) -> FuzzyDate:
    if prep == "last":
        year = published.year if month < published.month else published.year - 1
    elif prep == "since":  # "since March" in a November story: this March, never next year's (a since is past)
        year = published.year if month <= published.month else published.year - 1
    elif prep == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = _closest_year(published, lambda y: dt.date(y, month, 15))
    return _month_span(year, month, phrase)


NEXT_WEEKDAY_COMING_DAYS = 4  # "next <weekday>" this many days on or more, in the week of publication: that one


def _weekday(weekday: int, which: str | None, future: bool, published: dt.date, phrase: str) -> FuzzyDate:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which == "next":
        # the weekday of the next calendar week: news writes "on Friday" for the coming one and "next Friday" for the
        # one after ("still planned for next Friday" on a Thursday is eight days on, as the later articles date it;
        # in all four phrases of the invented sets where the readings differ: a weekday still to come in the week of
        # publication)
        day = published + dt.timedelta(days=7 - published.weekday() + weekday)
        if ahead >= NEXT_WEEKDAY_COMING_DAYS:
            # ... but one at least four days on in the week of publication is that one ("next Sunday" in a Monday
            # story is six days on, as the later articles of both sets of fresh users' invented stories that say
            # so date it; the other would be thirteen)
            day = published + dt.timedelta(days=ahead)
    elif which == "last":
        # ... and "last Thursday" the one before publication, never the day before it in the same calendar week, which
        # news calls "on Thursday" ("last Thursday" in a Friday story is eight days back; "last Monday" in a Sunday
        # story six; "last Sunday" in a Monday story, the week before's, the day before)
        same_week_eve = back == 1 and published.weekday() > 0
        day = published - dt.timedelta(days=back + 7 if back == 0 or same_week_eve else back)
    elif future:
        day = published + dt.timedelta(days=ahead)
    else:
        day = published - dt.timedelta(days=back)
    return _day(day, phrase)


def _relative(rel: str, before: str, published: dt.date, phrase: str) -> FuzzyDate | None:
    monday = published - dt.timedelta(days=published.weekday())
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return _day(published, phrase)
    if rel == "yesterday":
        return _day(published - dt.timedelta(days=1), phrase)
    if rel == "tomorrow":
        return _day(published + dt.timedelta(days=1), phrase)
    unit = rel.split()[-1]
    if rel.split()[0] == "later" and unit in ("week", "month", "year"):
        # "later this month" in a May 4 story is after May 4: never May 1-3 (a plan told so is no earlier event)
        whole = _relative(f"this {unit}", before, published, phrase)
        after = published + dt.timedelta(days=1)
        # (told on the period's last day, its last day: never the whole period, days before the story)
        return None if whole is None else whole.model_copy(update={"start": min(after, whole.end)})
    if unit == "week":
        shift = {"last": -7, "past": -7, "next": 7}.get(rel.split()[0], 0)
        start = monday + dt.timedelta(days=shift)
        return FuzzyDate(start=start, end=start + dt.timedelta(days=6), precision=Precision.SPAN, phrase=phrase)
    if unit == "weekend":
        future = rel.startswith("next") or tense_before(before, len(before)) == "future"
        saturday = _weekday(5, "next" if rel.startswith("next") else None, future, published, phrase).start
        return FuzzyDate(start=saturday, end=saturday + dt.timedelta(days=1), precision=Precision.SPAN, phrase=phrase)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1
        month_index += {"last": -1, "past": -1, "next": 1}.get(rel.split()[0], 0)
        return _month_span(month_index // 12, month_index % 12 + 1, phrase)
    if unit == "year":
        year = published.year + {"last": -1, "past": -1, "next": 1}.get(rel.split()[0], 0)
        return FuzzyDate(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision=Precision.YEAR, phrase=phrase)
    return None
