"""Dated events: one per date a sentence states, told by the clause the date belongs to.

- The event's text (``focus``) is the clause holding the date, a verbatim slice of the sentence: quotes,
  semicolons, dashes, ", which/who/while/but/and" and "and" before a past verb bound it (RESEARCH.md: the
  clause is the usable stand-in for the verb a date anchors). The whole sentence stays the citation.
- A date told as history is ``background``: inside a "since ..." phrase, after "began with", "last met in",
  "back in", a year used as a modifier ("the 2022 invasion"), or more than ``BACKGROUND_AGE_DAYS`` before
  the article was published. Timelines show the period the articles report first.
- A date in a future-tense clause, or after publication, is ``planned``.
- Events from different articles merge when they fall on the same day and share their place or enough of
  their content words; the merged event keeps every citation. A sentence whose date cannot be resolved gives
  no event rather than a guessed one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable

from knowledge.actors import party_of
from knowledge.extract.dates import DateMention, days_counted_from, find_dates, tense_before
from knowledge.extract.people import find_names, surname_of
from knowledge.figures import figures_differ
from knowledge.models import Article, Event, Precision, Sentence
from knowledge.text import terms
from knowledge.vocabulary import (
    AUXILIARIES,
    MODALS,
    MONTH_WORDS,
    MONTHS,
    READINESS_WORDS,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    WEEKDAYS,
)

MERGE_TERM_OVERLAP = 0.3  # Jaccard of content words above which same-day events from two articles are one
MERGE_QUOTES_COMPARED = 5  # an event told by many articles is compared on its first few tellings
BACKGROUND_AGE_DAYS = 365  # a date ending more than a year before publication is history, not the news
BACKGROUND_CUE_WINDOW = 45  # characters before a date searched for a background cue
MIN_EVENT_WORDS = 5  # fewer words than this is a dateline or a caption, not a sentence telling an event
ATTRIBUTION_WORDS = 6  # so few words after a clause's speech verb: it only says who said it and when

_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:city|capital|town|region|resort)\s+of\s+)?"
    r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?(?:,\s+(?:DC|D\.C\.|[A-Z][a-z]+(?=[\s.,])))?)"
)
_DATE_WORD = re.compile(
    r"\b(?:" + "|".join(m.title() for m in MONTHS if len(m) > 3) + "|" + "|".join(d.title() for d in WEEKDAYS) + r")\b"
)
_NOT_PLACES = frozenset(m.title() for m in MONTHS) | frozenset(d.title() for d in WEEKDAYS) | {"The", "A", "An"}
# a named subject ("President Donald Trump", "Putin and Trump", "Ostria's president") and its past verb within two words
_NAMED_SUBJECT_ACTS = (
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+|(?:and|of)\s+(?=[A-Z])){1,6}(?:[a-z]+\s+){0,2}?"
    r"(?:[a-z]{2,}ed|spoke|met|said|told|held|began|flew|took|made|gave|went|came|left|sent|won|lost|was|were|had|did)\b"
)
# how long before or after ("months before Moscow launched ...", "two days after"): it goes with the clause it counts
_COUNTED_BEFORE = (
    rf"(?:(?:(?:a|an|{'|'.join(SMALL_NUMBERS)}|several|a\s+few|few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
    r"|shortly\s+|just\s+|soon\s+|long\s+)"
)
# Where a clause ends: quotation edges, semicolons, colons, dashes as asides, a comma before a relative or
# coordinating word, "and" before a past verb ("took place on December 14 and lasted five hours"), and a comma
# before a closing attribution ("..., the State Department said.").
_CLAUSE_BREAK = re.compile(
    r",[\"”]\s|[\"”],?\s(?=[A-Z])|;\s|:\s|\s[–—-]\s|,\s(?=(?:and|but|which|who|while|as|whose|where|although|"
    r"though|after|before|adding|saying)\s)|\s(?=and\s+[a-z]+ed\b)|"
    # "after"/"before" opening a clause with a named subject and its verb ("The talks come after President Trump last
    # week spoke to Putin"): its date is that act's ("last week"), not the main clause's; a noun alone after it
    # ("resumed after a break on Monday", "after Easter on April 22", "signed before UN chief Holt on Friday") may be
    # dated either way and stays in one clause
    rf"\s(?={_COUNTED_BEFORE}?(?:after|before)\s+{_NAMED_SUBJECT_ACTS})|"
    r",\s(?=(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}(?:[a-z]+\s+){0,2}"  # ", the State Department said."
    r"(?:said|says|told|reported|added|announced|confirmed)\b[^,;]*$)"
)
# "when" opening a clause with its own subject and past verb ("the 4,500 it cited when negotiations opened in Brasilia
# earlier this month"); never "when asked about the stalled talks" (no subject: a participle first), nor ", when"
# (which tells what happened at the date before it: "an incident on Sunday, when a shepherd was wounded"). It bounds
# a clause only where a date stands on each side of it (``_when_split``): one date before and none in the when-clause
# ("withdrew from Kell when the truce took hold on Tuesday") dates both acts alike.
_WHEN_OPENING = re.compile(
    r"(?<!,)\s(?=when\s+(?![a-z]+ed\b)(?:the\s+)?(?:[\w’'-]+\s+){1,3}?"
    r"(?:(?!(?:hundred|thousand)\b)[a-z]{2,}ed|spoke|met|began|held|took|made|gave|went|came|left|sent|won|lost|flew|"
    r"was|were)\b)"
)
_ANY_DAY = dt.date(2000, 1, 1)  # where a sentence's dates are written does not depend on the day they resolve against
_MONTHS_AND_DAYS = MONTH_WORDS + "|" + "|".join(WEEKDAYS)
# A clause that names a day and nothing that happened on it: "On May 13", "- Early on Tuesday", "In March 2025"
_ONLY_A_DATE = re.compile(
    rf"^[\s\-–—,]*(?:(?:on|in|by|early|late|since|until|from|last|next|this)\s+)*(?:the\s+)?"
    rf"(?:(?:{_MONTHS_AND_DAYS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|of|morning|evening|night|afternoon|,|\s)+$",
    re.IGNORECASE,
)
_BACKGROUND_CUE = re.compile(
    r"\b(?:since|ever since|began with|begun with|started with|began in|dating back to|dates back to|back in|"
    r"as far back as|anniversary of|last met(?: in| on)?|first \w+(?: \w+){0,3} since|prior to|"
    r"invasion (?:of \w+ )?in|annexed \w+ in)\s+(?:the\s+|early\s+|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)
# "VESSENGARD, March 12 (BWS) –", "BERLIN, December 17. /TASS/.", "KYIV/VIENNA, March 30 (CPA) -": where and
# when it was filed, not an event.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z ./'-]{2,}(?:,\s*[A-Z][\w .'-]*)?,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?\s*"
    r"(?:\([^)]{1,20}\)|/[^/]{1,20}/)?\.?\s*(?:[–—-]\s*)?"
)
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_SINCE_PHRASE = re.compile(r"\bsince\b[^,;:–—.]{0,70}$", re.IGNORECASE)
# A year or month naming a thing, not when the clause happens: "the 2022 invasion", "a 2022 draft agreement".
_YEAR_AS_MODIFIER = re.compile(r"(?:\b(?:the|a|an|its|their)|['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|for\b|with\b|by\b|when\b|as\b)[a-z][a-z-]+\b")


def place_in(text: str, near: int = 0, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The place named after 'in'/'at' closest to ``near`` that is not a whole country ('in Alaska'), in the same
    part of the sentence: semicolons join separate statements ("a truce starting on Monday; and the ministers are
    expected in Coimbra on Friday": Coimbra is Friday's place, not Monday's), and a clause another date of the
    sentence dates (``elsewhere``) is that date's ("accused Kesk on Thursday ... when the talks opened in Riga
    earlier this month": Riga is the opening's place, not the accusation's)."""
    low, high = text.rfind(";", 0, near) + 1, text.find(";", near)
    return _places_between(text, low, high if high >= 0 else len(text), near, elsewhere)


def _places_between(
    text: str, low: int, high: int, near: int, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str | None:
    places = []
    for match in _PLACE.finditer(text, low, high):
        if any(start <= match.start() < end for start, end in elsewhere):
            continue
        place = match.group("place")
        head = place.split(",")[0].split()[0]
        if head in _NOT_PLACES or re.match(r"^(?:19|20)\d\d$", head):
            continue
        if party_of(place.split(",")[0]) == place.split(",")[0]:
            continue
        places.append((abs(match.start() - near), place))
    return min(places)[1] if places else None


# The comma closing an aside "..., who/which ..., " when the main clause's verb follows it: an auxiliary or modal
# (the usual news form, "..., will attend"), never a plain word, which may go on listing inside the aside.
_ASIDE_CLOSED = re.compile(rf",\s(?=(?:{MODALS}|{AUXILIARIES})\s)")


def clause_span(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the clause holding ``position``, trimmed of spaces and stray punctuation; a clause that is its
    date and no more ("- On May 13, Peskov said that ...") goes on into the next one, which tells what happened."""
    start, end = 0, len(text)
    breaks = list(_CLAUSE_BREAK.finditer(text))
    for n, match in enumerate(breaks):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            if _ONLY_A_DATE.match(text[start:end]):
                end = next((later.start() for later in breaks[n + 1 :]), len(text))
            break
    if " when " in text[start:end]:
        start, end = _when_split(text, position, start, end)
    if _RELATIVE_OPENING.match(text, start) and text[:start].rstrip().endswith(","):
        # an aside set off by commas ends at the comma before the main clause's verb: in "Witkoff, who is set to
        # arrive on Monday, will be joining the talks" Monday is the arrival's day, not the talks'
        closing = _ASIDE_CLOSED.search(text, position, end)
        if closing is not None:
            end = closing.start()
        elif _ASIDE_CLOSED.search(text, start, position) is not None:
            # ... and a date after the aside is the main clause's, whose subject stands before it: "the third round,
            # which had been due on Thursday, has been postponed until May 14" is the round's new day
            start = max((m.end() for m in breaks if m.end() < start - 1), default=0)
    while start < end and text[start] in " ,;:–—-\"“”'’":
        start += 1
    while end > start and text[end - 1] in " ,;:–—-":
        end -= 1
    return start, end


@functools.lru_cache(maxsize=256)  # (each date of a sentence asks for its clause: the sentence is read once)
def _dates_written_at(text: str) -> tuple[int, ...]:
    """Where a sentence's dates are written."""
    return tuple(mention.start for mention in find_dates(text, _ANY_DAY))


def _when_split(text: str, position: int, start: int, end: int) -> tuple[int, int]:
    """The part of a clause holding ``position``, split at a "when" (``_WHEN_OPENING``) with a date on each side."""
    dates = _dates_written_at(text)
    for match in _WHEN_OPENING.finditer(text, start, end):
        at = match.end()
        if any(start <= d < at for d in dates) and any(at <= d < end for d in dates):
            start, end = (start, match.start()) if position < at else (at, end)
    return start, end


def clause_around(text: str, position: int) -> str:
    """The clause holding ``position``: quotes, dashes, semicolons and ', which/and/but' bound it. A clause that
    is only who said it and when ('Trump said on Wednesday.') tells nothing alone: then the whole sentence."""
    start, end = clause_span(text, position)
    start = _readable_start(text, start)
    end = _past_open_quote(text, start, end)
    clause = text[start:end]
    speech = _SPEECH.search(clause)
    if speech is not None:
        said = clause[speech.end() :].split()
        if len(said) <= ATTRIBUTION_WORDS and "that" not in said:  # the verb's content is in another clause
            return text.strip()
    return clause


def _past_open_quote(text: str, start: int, end: int) -> int:
    """A clause never ends inside a quotation it opens ('he had “personally asked'): it runs on to the quote's
    close, or to the sentence's end when the quote never closes."""
    clause = text[start:end]
    if clause.count("“") > clause.count("”"):
        close = text.find("”", end)
        return close + 1 if close >= 0 else len(text.rstrip())
    if clause.count('"') % 2:
        close = text.find('"', end)
        return close + 1 if close >= 0 else len(text.rstrip())
    return end


_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|whom|whose)\b", re.IGNORECASE)
_JOINING_OPENING = re.compile(r"\s*(?:and|but|or)\s+", re.IGNORECASE)
# ... and, inside a sentence, "after"/"before" (with how long) or "when" opening the clause of another act ("President
# Trump last week spoke to Putin" is read alone without the "after" that tied it to the talks)
_SUBORDINATE_OPENING = re.compile(rf"\s*(?:{_COUNTED_BEFORE}?(?:after|before)|when)\s+", re.IGNORECASE)
ANTECEDENT_WORDS = 8  # "the talks, which began on Friday": words taken back for what "which/who" stands for
# Words an antecedent does not run back past: the verb or preposition before the noun phrase.
_ANTECEDENT_STOP = frozenset(
    "that said says saying told and but as while when after before because if by with from to for in on at than".split()
)


def _readable_start(text: str, start: int) -> int:
    """Where a clause read alone should start: a leading "and"/"but" dropped, and a clause opening with "which" or
    "who" taken back to the noun it stands for ("the talks, which began on Friday night, ..."): a reader cannot
    read "which began ..." alone. Still a slice of the sentence."""
    joining = _JOINING_OPENING.match(text, start) or (_SUBORDINATE_OPENING.match(text, start) if start else None)
    if joining is not None:
        return joining.end()
    if not _RELATIVE_OPENING.match(text, start):
        return start
    before = text[:start].rstrip(" ,")
    words = list(re.finditer(r"[^\s,;:“”\"()]+", before))
    taken = start
    for word in reversed(words[-ANTECEDENT_WORDS:]):
        if word.group().lower() in _ANTECEDENT_STOP or before[word.end() : taken].strip(" ") not in ("", ","):
            break
        taken = word.start()
    return taken


def since_phrase(sentence: str, mention: DateMention) -> bool:
    """Whether a date is written in a "since ..." phrase ("since January", "since his return in January")."""
    return since_dated(sentence, mention.start, mention.date.phrase)


def since_dated(sentence: str, at: int, phrase: str) -> bool:
    """``since_phrase`` of a date's phrase written at ``at`` (where ``dating`` has no mention, only the phrase)."""
    return (
        re.match(r"(?:ever\s+)?since\b", phrase, re.I) is not None  # (the phrase may hold it)
        or _SINCE_PHRASE.search(sentence[:at]) is not None
    )


# A verb of its own in a since-clause: "Since the border posts reopened on February 20, trade has risen" tells the
# reopening, an act of that day, not only where a period starts
_SINCE_CLAUSE_VERB = re.compile(
    r"\b(?i:since)\b(?:\s+[\w’'-]+){0,8}?\s+(?:[a-z]{2,}ed|took|began|begun|came|went|broke|met|held|won|lost|fell|"
    r"rose|struck|left|signed|set)\b[^,;]*$"  # (lower case: "United Nations-brokered", "Ahmed's" are no verbs)
)


def is_background(sentence: str, mention: DateMention, published: dt.date) -> bool:
    """Whether a date is told as history rather than as news of the article's period."""
    if (published - mention.date.end).days > BACKGROUND_AGE_DAYS:
        return True
    before = sentence[max(0, mention.start - BACKGROUND_CUE_WINDOW) : mention.start]
    if _BACKGROUND_CUE.search(before):
        return True
    if since_phrase(sentence, mention):
        return True  # "Since his return to the White House in January": the date is inside a since-phrase
    if mention.date.precision in (Precision.YEAR, Precision.MONTH, Precision.SEASON):
        earlier = mention.date.end < published  # "the 2026 talks" in a 2026 article are this year's news
        return earlier and bool(_YEAR_AS_MODIFIER.search(before) and _NOUN_AFTER.match(sentence[mention.end :]))
    return False


_FOR_YEARS = re.compile(r"\b(?:for|through|budget|budgets|needs)\s+(?:(?:19|20)\d\d\s*(?:,|and|or|-|–|to)\s*)*$", re.I)


def _is_period_for(sentence: str, mention: DateMention) -> bool:
    """A year a plan or budget is for ("needs for 2026 and 2027"), named after "for": a period, not an event's date."""
    return mention.date.precision is Precision.YEAR and bool(_FOR_YEARS.search(sentence[: mention.start]))


# A side's readiness, "ready to sign ... tomorrow": rhetoric, not a day anything is set for. Only the nearest days
# (a readiness "on May 5" may be a real offer of a day) and only in the readiness's own clause (no comma between).
_READINESS_BEFORE = re.compile(rf"\b(?:{READINESS_WORDS})\s+to\b[^,;.]{{0,60}}$", re.IGNORECASE)
_NEAREST_DAY = re.compile(r"(?:tomorrow|today|tonight|right\s+now)\W*$", re.IGNORECASE)


def is_readiness_day(sentence: str, mention: DateMention) -> bool:
    """Whether the date is the "tomorrow" of a side's readiness in its own words (' "We are ready to sign a peace
    treaty tomorrow," he said'); a readiness reported ("the presidents are prepared to sign the accord tomorrow at a
    ceremony, the presidency said") is a plan."""
    before = sentence[: mention.start]
    quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    said = sentence[mention.start : mention.end]
    return quoted and bool(_NEAREST_DAY.match(said)) and bool(_READINESS_BEFORE.search(before))


def is_planned(sentence: str, mention: DateMention, published: dt.date) -> bool:
    """Whether the event was still to come when the article was written."""
    return mention.date.start > published or tense_before(sentence, mention.start) == "future"


DAYS_CARRIED = 2  # "the day before" counts from a day told at most this many sentences back (a quote between)
_CLOCK_ENTRY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\b")  # a live blog's entry: "12:30 - ..."


def extract_events(article: Article, sentences: Iterable[Sentence]) -> list[Event]:
    """One event per resolved date in each fact-bearing sentence of the article."""
    events = []
    previous_text = ""  # the sentence before: whom a "He"/"She" opening this one most likely stands for
    previous_days: list[dt.date] = []  # the days told last (a later "the day before" counts from one) ...
    since_days = 0  # ... this many sentences back
    previous_is_lead = False  # (and whether those are the lead's)
    lead_days: list[dt.date] | None = None  # the days the article's first dated-or-not body sentence tells
    for sentence in sentences:
        previous_text, before = sentence.text, previous_text
        if sentence.heading or len(sentence.text.split()) < MIN_EVENT_WORDS:
            continue  # a dateline ("BERLIN, December 17. /TASS/.") says when it was written, not what happened
        if _is_photo_caption(sentence.text):
            continue  # "X testifies before the committee on May 21, 2025 in Washington": a picture's date
        seen: set[str] = set()
        dateline = _DATELINE.match(sentence.text)
        after = dateline.end() if dateline else 0
        mentions = [m for m in find_dates(sentence.text, article.published) if m.start >= after]
        if not mentions and "day" in sentence.text:
            # ("... on Wednesday." - "The terms were settled the day before"): the one day told just before; two
            # there ("in Riga on Monday and in Gozo on Wednesday") leave it undated, a guess between them; none there,
            # the first day of the lead, the news the article goes on telling; none in the lead either, the day a
            # live blog's entry is written on ("12:30 - ... The day before, ...")
            anchor: dt.date | None = None
            if previous_days and since_days <= DAYS_CARRIED and not previous_is_lead:
                anchor = previous_days[0] if len(previous_days) == 1 else None
            elif lead_days:
                anchor = lead_days[0]
            elif _CLOCK_ENTRY.match(sentence.text) or _CLOCK_ENTRY.match(before):
                anchor = article.published
            mentions = days_counted_from(sentence.text, anchor) if anchor is not None else []
        days = [m.date.start for m in mentions if m.date.precision is Precision.DAY]
        if mentions:
            previous_days, since_days, previous_is_lead = days, 1, lead_days is None
        else:
            since_days += 1
        lead_days = days if lead_days is None else lead_days
        # (the dates that date an act: never "needs for 2027", nor "ready to sign tomorrow")
        dating = [
            m for m in mentions if not _is_period_for(sentence.text, m) and not is_readiness_day(sentence.text, m)
        ]
        for mention in mentions:
            if mention.date.precision is not Precision.DAY and any(
                day.date.precision is Precision.DAY
                and mention.date.start <= day.date.start <= mention.date.end
                and clause_span(sentence.text, day.start) == clause_span(sentence.text, mention.start)
                for day in mentions
            ):
                # "this weekend, on Saturday and Sunday", "on Wednesday in the largest exchange this year": the days say
                # it, the span adds nothing (a span in a clause of its own tells another act: "accused Kesk on
                # Thursday ... when the talks opened earlier this month")
                continue
            if _is_period_for(sentence.text, mention):
                continue  # "Ukraine's needs for 2026 and 2027": the years something is for, not when it happened
            if is_readiness_day(sentence.text, mention):
                continue  # "ready to sign a peace treaty tomorrow": how ready a side says it is, no day set
            if (
                since_phrase(sentence.text, mention)
                and not _SINCE_CLAUSE_VERB.search(sentence.text[: mention.start])
                and any(
                    day.date.precision is Precision.DAY and not since_phrase(sentence.text, day) for day in mentions
                )
            ):
                # "held their first talks on Sunday ... to cool a conflict that has killed dozens since January": the
                # day is the news; "since January" starts a period that goes on, no act of its own
                continue
            key = f"{mention.date.start}:{mention.date.end}"
            if key in seen:
                continue
            seen.add(key)
            focus = clause_around(sentence.text, mention.start)
            stands_for = _pronoun_for(sentence.text, focus, before)
            events.append(
                Event(
                    date=mention.date,
                    text=sentence.text,
                    focus=focus,
                    pronoun_for=stands_for,
                    place=place_in(sentence.text, mention.start, _other_clauses(sentence.text, mention, dating)),
                    background=is_background(sentence.text, mention, article.published),
                    planned=is_planned(sentence.text, mention, article.published),
                    citations=(sentence.citation(),),
                )
            )
    return events


# A photo caption: names, a verb in the present ("testifies", "speaks", "arrives"), then the full date with its
# year and the city: "X testifies before the committee on May 21, 2025 in Washington". News tells events in the
# past; a caption describes the picture in the present and dates it in full.
_CAPTION = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*|of|the|and|de|von|van)\s+){1,8}(?P<verb>[a-z]+s)\b[^.;:“”\"]{0,120}?\bon\s+(?:"
    + "|".join(calendar.month_name[1:])
    + r")\.?\s+\d{1,2},\s+\d{4},?\s+in\s+[A-Z]"
)
_NOT_CAPTION_VERBS = frozenset({"says", "is", "has", "was", "does", "plans", "wants", "hopes", "expects"})


def _other_clauses(text: str, mention: DateMention, mentions: list[DateMention]) -> tuple[tuple[int, int], ...]:
    """The parts of the sentence that other dates than ``mention`` date, outside ``mention``'s own clause (which
    may lie inside another's: "X, who was due in Paris on Monday, will meet Y on Tuesday")."""
    if len(mentions) < 2:
        return ()  # (one date: no other clause to leave out, and no clause to read)
    own_start, own_end = clause_span(text, mention.start)
    parts = []
    for start, end in {clause_span(text, other.start) for other in mentions if other.date != mention.date}:
        parts += [(start, min(end, own_start)), (max(start, own_end), end)]
    return tuple((start, end) for start, end in parts if start < end)


def _is_photo_caption(text: str) -> bool:
    """The caption's verb comes straight after a person's name ("... Marco Rubio testifies ..."): "Russian officials
    met ... on March 11, 2026, in Jeddah" is news ("officials" is no verb)."""
    match = _CAPTION.match(text)
    if match is None or match.group("verb") in _NOT_CAPTION_VERBS:
        return False
    before = text[: match.start("verb")].rstrip()
    return any(m.is_person and m.end == len(before) for m in find_names(before))


LEADING_PRONOUN = re.compile(r"^\s*(?:He|She)\b")


def _only_person(text: str, *, count: bool = False) -> str:
    """The surname of the one person a text names ("" when it names none or several); with ``count``, "" only when
    it names none (a non-empty text when it names any)."""
    people = list(dict.fromkeys(surname_of(m.name) for m in find_names(text) if m.is_person))
    if count:
        return people[0] if people else ""
    return people[0] if len(people) == 1 else ""


def _pronoun_for(text: str, focus: str, previous: str) -> str:
    """Who a clause's leading "He"/"She" is: the one person named earlier in the sentence, else the one person the
    sentence before names ("Witkoff flew to Moscow in April. He last met Putin on April 25." -> "Witkoff"). With two
    people named ("Rubio met Kallas. She said ..."), who is meant is not guessed."""
    if not LEADING_PRONOUN.match(focus):
        return ""
    before = text[: text.find(focus)] if focus in text else ""
    found = _only_person(before) or ("" if _only_person(before, count=True) else _only_person(previous))
    # never someone the clause itself names: "She last met Kesk" is not Kesk meeting Kesk
    return "" if found and re.search(rf"\b{re.escape(found)}\b", focus) else found


def merge_into(group: list[Event], event: Event, compared: int | None = None) -> int:
    """Merge ``event`` into the first event of ``group`` it is the same as, or append it; return its index.
    Only the first ``compared`` events are looked at when given: the events after them come from the event's
    own article, which is never the same event (and comparing with each would be quadratic in its length)."""
    for index, kept in enumerate(group[:compared]):
        if _same_event(kept, event):
            best = min((kept, event), key=lambda e: (e.background, _date_words(e.text), len(e.text)))
            group[index] = kept.model_copy(
                update={
                    "citations": kept.citations + event.citations,
                    "place": kept.place or event.place,
                    "text": best.text,
                    "focus": best.focus,
                    "background": kept.background and event.background,  # news anywhere makes it news
                    "planned": kept.planned and event.planned,  # reported as done anywhere makes it done
                }
            )
            return index
    group.append(event)
    return len(group) - 1


@functools.lru_cache(maxsize=4096)  # a kept event's text is weighed again at each merge into it
def _date_words(text: str) -> int:
    """How many dates a sentence tells: the one telling fewest says most about each."""
    return len(_DATE_WORD.findall(text))


_DATE_TERMS = frozenset(terms(" ".join([*calendar.day_name, *calendar.month_name[1:], "day", "week", "month", "year"])))


@functools.lru_cache(maxsize=16384)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def _same_event(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or a.date.start != b.date.start:
        return False
    if a.date.precision is not Precision.DAY or b.date.precision is not Precision.DAY:
        return False
    if {c.article for c in a.citations} & {c.article for c in b.citations}:
        return False
    quotes_a = [c.quote for c in a.citations[:MERGE_QUOTES_COMPARED]]
    if any(figures_differ(quote, b.text) for quote in quotes_a):
        return False  # "120 prisoners each" and "150 prisoners each": two accounts that disagree, not two sources
    # (a place both dated clauses name, not one named anywhere in a sentence: "Ukraine brought home 287 soldiers on
    # Wednesday ..., the results of the talks that opened in Windhoek" is no envoy's arrival in Windhoek)
    # ... and their sentences another word besides ("Families gathered in Kyiv on Wednesday" and "a stop in Kyiv the
    # day before" are two things that day in Kyiv)
    for place in {p for p in (a.place, b.place) if p}:
        if _names_place(place, a.focus or a.text) and _names_place(place, b.focus or b.text):
            shared = _content_words(a.text) & _content_words(b.text)
            if shared - set(terms(place)) - _DATE_TERMS:
                return True
    if a.place and b.place:
        return False  # each names its own place, and not the other's: two events
    words_a = frozenset().union(*(_content_words(quote) for quote in quotes_a))
    words_b = _content_words(b.text)
    union = words_a | words_b
    return bool(union) and len(words_a & words_b) / len(union) >= MERGE_TERM_OVERLAP


@functools.lru_cache(maxsize=4096)
def _place_pattern(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(place.split(',')[0])}\b")


@functools.lru_cache(maxsize=65536)  # merging compares each new event with every stored one of its day
def _names_place(place: str, text: str) -> bool:
    return bool(_place_pattern(place).search(text))
