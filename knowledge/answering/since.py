"""What is new: ``!since DATE``, ``!since 3 days``, "what happened since June 1?".

The events dated on or after the day (news, not history), and the demands stated in articles published since
then, newest first, each cited. A day without a year is the latest such day there is news of ("since June 1");
a span ("3 days", "2 weeks") counts back from today's date, so on old articles the answer is honestly empty and
says when the latest article is from.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.answering.context import CLOSEST_LABEL, MAX_SOURCES_PER_ITEM, Context
from knowledge.answering.question import Question
from knowledge.answering.question_dates import date_filter
from knowledge.answering.search import says_nothing
from knowledge.extract.dates import find_dates
from knowledge.models import Answer, AnswerItem, Intent
from knowledge.vocabulary import WEEKDAYS

MAX_SINCE_ITEMS = 40  # a page or two in Discord; "what is new" is read from the top
TOPIC_HITS = 60  # ranked sentences read for news on a topic: a few pages, newest first after
REPORTED_LABEL = "reported that day"  # a sentence stating no date of its own, dated by its article
# Words that ask what is new rather than about what ("anything new on", "what happened with", "since").
_ASKING = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+has)?|anything|any|news|new|latest|happened|happening|changed|updates?|"
    r"developments?|since|with|on|about|regarding|for|the|there|been|days?|weeks?|months?|last|past|ago)\b",
    re.I,
)
_SPAN = re.compile(r"^\s*(?:the\s+)?(?:last|past)?\s*(?P<count>\d{1,3}|a|an|one)?\s*(?P<unit>day|week|month)s?\b", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}  # "a month" back is 30 days: near enough for "what is new"
ASK = "Say since when, for example '!since 2025-06-01', '!since June 1' or '!since 3 days'."


def since_day(text: str, today: dt.date, latest: dt.date | None) -> dt.date | None:
    """The first day ``text`` means: an ISO day, a date ("June 1", "June 1, 2025"), a span back from ``today``
    ("3 days", "a week", "yesterday"); None when it names none."""
    words = text.strip(" ?!.").lower()
    words = re.sub(r"^(?:what(?:'s|\s+is|\s+has)?\s+(?:happened|new|changed)\s+)?since\s+", "", words)
    if re.match(r"^\d{4}-\d{2}-\d{2}$", words):
        try:
            return dt.date.fromisoformat(words)
        except ValueError:
            return None  # "2025-02-30": no such day, never another one
    if words in WEEKDAYS:  # "since Monday": the last one before today
        return today - dt.timedelta(days=(today.weekday() - WEEKDAYS[words]) % 7 or 7)
    if words in ("yesterday", "today"):
        return today - dt.timedelta(days=1 if words == "yesterday" else 0)
    span = _SPAN.match(words)
    if span is not None:
        count = span.group("count") or "1"
        number = 1 if count in ("a", "an", "one") else int(count)
        return today - dt.timedelta(days=number * _UNIT_DAYS[span.group("unit").lower()])
    return date_filter(f"since {words}", today=latest).after


def since(context: Context, text: str, *, today: dt.date | None = None) -> Answer:
    """Events dated on or after a day and demands from articles published since, newest first."""
    query = text.strip(" ?!.")
    day = since_day(query, today or dt.date.today(), context.today)
    if day is None:
        return Answer(intent=Intent.SINCE, query=query, found=False, message=ASK)
    topic = _topic(context, query, day)
    if topic is not None:
        on_it = _since_on(context, query, day, topic)
        if on_it.found:
            return on_it
        # "what's happened in the peace process since January 1?": nothing ranked for the topic's words is dated
        # since; everything dated since is still the news asked for, said so (a topic re-ranks, never empties it)
        # (labelled: they are the news since, not news on that, which the articles may tell before the day only)
        everything = _since_all(context, query, day)
        if not everything.found:
            return on_it
        told = f"Nothing on that is dated since {day}; everything dated since, for you to check:"
        items = tuple(item.model_copy(update={"label": CLOSEST_LABEL}) for item in everything.items)
        return everything.model_copy(update={"message": f"{told} {everything.message}", "items": items})
    return _since_all(context, query, day)


def _since_all(context: Context, query: str, day: dt.date) -> Answer:
    """Every event dated on or after a day and the demands of articles published since, newest first."""
    events = context.store.events_since(day, MAX_SINCE_ITEMS)
    demands = context.store.demands_published_since(day, MAX_SINCE_ITEMS)
    items: list[tuple[str, AnswerItem]] = []
    for row in events:
        event = row.event
        citations = context.cite(event.citations)[:MAX_SOURCES_PER_ITEM]
        label = "planned" if event.planned else None
        sources = len({c.article for c in event.citations})
        item = AnswerItem(
            text=event.focus or event.text, date=row.iso, citations=citations, label=label, sources=sources
        )
        items.append((row.start.isoformat(), item))
    for published, demand_row in demands:
        demand = demand_row.demand
        who = demand.party + (f" (via {demand.actor})" if demand.actor else "")
        text_item = AnswerItem(
            text=f"{who} demands: {demand.text}",
            date=published.isoformat(),
            citations=context.cite([demand.citation]),
            label="demand",
            sources=1,
        )
        items.append((published.isoformat(), text_item))
    # an article published since is news of its day, its lead first ("Zelensky reported that Budanov will replace
    # Yermak ...", dated nothing of its own): the lead, labelled, unless an event or demand above already quotes it
    told = {c.quote for _, item in items for c in item.citations}
    recent = context.store.articles_since(day, MAX_SINCE_ITEMS)
    days = context.store.published(recent)
    reports = 0
    for article, opening in context.store.leads(recent).items():
        lead = next((row for row in opening if not says_nothing(row.text)), None)  # (never a bare dateline)
        if lead is None or lead.text in told:
            continue
        when = days[article].isoformat()
        lead_item = AnswerItem(
            text=lead.text, date=when, citations=context.cite([lead.sentence.citation()]), label=REPORTED_LABEL
        )
        items.append((when, lead_item))
        reports += 1
    items.sort(key=lambda pair: pair[0], reverse=True)
    # one sentence once, under its newest date: a sentence stating two days, or a demand, is one piece of news
    seen: set[str] = set()
    unique = []
    for when, item in items:
        quote = item.citations[0].quote if item.citations else item.text
        if quote not in seen:
            seen.add(quote)
            unique.append((when, item))
    chosen = [item for _, item in unique[:MAX_SINCE_ITEMS]]
    if not chosen:
        latest = f" The latest article is from {context.today}." if context.today else ""
        return Answer(intent=Intent.SINCE, query=query, found=False, message=f"Nothing dated since {day}.{latest}")
    events_count = f"{len(events)}{'+' if len(events) == MAX_SINCE_ITEMS else ''}"  # read no more than a page
    demands_count = f"{len(demands)}{'+' if len(demands) == MAX_SINCE_ITEMS else ''}"
    shown = f"the newest {len(chosen)}" if len(chosen) < len(items) else "newest first"
    reported = f", and the leads of {reports} articles published since" if reports else ""
    message = f"Since {day}: {events_count} events and {demands_count} demands{reported}; {shown}."
    return Answer(intent=Intent.SINCE, query=query, found=True, items=tuple(chosen), message=message)


def _topic(context: Context, query: str, day: dt.date) -> Question | None:
    """What a since-question is about beyond the day ("since May 13 with the Istanbul talks", "anything new on
    Umerov since July 20"): the question without its date and asking words; None when nothing is left."""
    words = re.sub(r"^(?:what(?:'s|\s+is|\s+has)?\s+(?:happened|new|changed)\s+)?since\s+", "", query.lower()).strip()
    span = bool(_SPAN.match(words)) and not _SPAN.sub("", words).strip()
    if span or words in ("yesterday", "today") or words in WEEKDAYS:
        return None  # "!since 3 days", "since Monday": a span, no topic
    mentions = find_dates(query, day)
    # (the question's words after "since", or all of them when the router kept only those)
    anchor = re.search(r"\bsince\s+", query, re.IGNORECASE)
    after = anchor.end() if anchor is not None else 0
    first = next((m for m in mentions if m.start >= after), None)
    if first is not None and re.search(r"[^\W\d_]{2,}", _ASKING.sub(" ", query[after : first.start])):
        # "what has happened since Putin's May 11 offer of direct talks?": the words around the day name the event
        # the news is counted from, never what it is about (a topic stands apart: "since May 13 with the talks")
        return None
    text = query
    for mention in reversed(mentions):
        text = text[: mention.start] + " " + text[mention.end :]
    text = _ASKING.sub(" ", text)
    if not re.search(r"[^\W\d_]", text):
        return None
    topic = context.question(text.strip(), command=True)
    if topic.unknown or not topic.has_topic:
        return None
    return topic


def _since_on(context: Context, query: str, day: dt.date, topic: Question) -> Answer:
    """News on a topic since a day: the sentences ranked for the topic that state an event on or after the day, or
    that an article published since reports, newest first; dated by their event, else by their article's date."""
    hits = [hit for hit in context.ranker.rank(topic, limit=TOPIC_HITS) if hit.relevant]
    events = context.store.events_of_sentences(hit.row.id for hit in hits)
    published = context.store.published({hit.row.article for hit in hits})
    dated: list[tuple[str, float, AnswerItem]] = []
    for hit in hits:
        own = [row for row in events.get(hit.row.id, []) if not row.event.background]
        on = max((row.start for row in own), default=None)
        article_day = published.get(hit.row.article)
        if on is not None and on >= day:
            when, label = on.isoformat(), ("planned" if any(r.event.planned for r in own) else None)
        elif on is None and article_day is not None and article_day >= day:
            when, label = article_day.isoformat(), REPORTED_LABEL
        else:
            continue
        item = AnswerItem(text=hit.row.text, date=when, citations=context.cite([hit.row.sentence.citation()]))
        dated.append((when, hit.score, item.model_copy(update={"label": label})))
    if not dated:
        latest = f" The latest article is from {context.today}." if context.today else ""
        return Answer(
            intent=Intent.SINCE, query=query, found=False, message=f"Nothing on that is dated since {day}.{latest}"
        )
    dated.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    items = tuple(item for _, _, item in dated[:MAX_SINCE_ITEMS])
    return Answer(
        intent=Intent.SINCE,
        query=query,
        found=True,
        items=items,
        message=f"Since {day}, on that: {len(items)} sentences, newest first.",
    )
