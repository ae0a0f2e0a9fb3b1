"""Answer questions from the index: ``KnowledgeBase.answer(text) -> Answer`` and the intents beneath it.

Every item cites the article and the exact sentence it comes from. Candidates come from the index's full-text
search; rapidfuzz-based scores (``knowledge.text``, ``knowledge.matching``) re-rank them. When nothing matches
well enough the answer says so (``found=False``) with close suggestions; a weak match is never dressed up as an
answer.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from knowledge.actors import ALIAS_TO_PARTY
from knowledge.corpus import DEFAULT_CORPUS
from knowledge.errors import CorpusError, KnowledgeError
from knowledge.extract.people import surname_of
from knowledge.index import (
    MEMORY,
    DemandRow,
    EventRow,
    Progress,
    SentenceRow,
    Store,
    SyncReport,
    default_index_path,
)
from knowledge.ingest import IngestResult, Upload, ingest, recover
from knowledge.intents import parse_question
from knowledge.matching import PeopleLookup, match_role, parties_in_question, suggest_names
from knowledge.models import Answer, AnswerCitation, AnswerItem, Article, Citation, Demand, Event, Intent, Person
from knowledge.text import term_overlap, terms

MAX_ITEMS = 8  # a chat answer, not a report; the full timeline is the exception
MAX_TIMELINE_ITEMS = 50
MAX_SOURCES_PER_ITEM = 5  # an event told by many articles cites the first few and says how many
WHO_STATEMENTS = 4
CANDIDATES = 200  # full-text candidates re-ranked per question
COMMON_WORD_SHARE = 0.05  # a stem in more rows than this is left out of OR candidate queries (RESEARCH.md)
ENOUGH_CANDIDATES = 25  # an AND query with fewer hits than this falls back to OR
PERSON_CANDIDATES_WITH_TOPIC = 50
MAX_PEOPLE_IN_QUESTION = 8  # a surname many people bear: the first few, not all of them
SEARCH_MIN_SCORE = 0.5  # share of the question's content words a sentence must contain
EVENT_MIN_SCORE = 0.34
WHEN_RELATIVE_CUT = 0.8  # "when did X?": keep events scoring within 80% of the best
TOPIC_RELATIVE_CUT = 0.6
FILLER = frozenset(
    [
        "when",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "what",
        "which",
        "who",
        "how",
        "timeline",
        "happen",
        "happened",
        "happening",
        "date",
        "day",
        "time",
        "tell",
        "show",
        "give",
        "me",
        "about",
    ]
)
DEMAND_FILLER = FILLER | frozenset(
    [
        "demand",
        "demands",
        "demanded",
        "want",
        "wants",
        "wanted",
        "asking",
        "ask",
        "asks",
        "condition",
        "conditions",
        "precondition",
        "preconditions",
        "insist",
        "insists",
        "insisted",
        "terms",
        "call",
        "calls",
        "called",
        "for",
    ]
)
Row = TypeVar("Row")
# The words that name a party ("the United States", "Kyiv") are the filter of a demands question, not its topic.
_PARTY_WORDS = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(a) for a in sorted(ALIAS_TO_PARTY, key=len, reverse=True))
    + r")(?:'s|’s)?(?!\w)",
    re.IGNORECASE,
)
_MONTH_WORDS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH_WORDS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name and name != "May"}


@dataclass(frozen=True)
class CorpusStats:
    """What the knowledge base holds, for help screens."""

    articles: int
    first_date: str | None
    last_date: str | None
    people: int
    events: int
    demands: int
    skipped: tuple[str, ...]


class ArticleCatalog(Mapping[str, Article]):
    """Articles by id, read from the index when first asked for."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, Article] = {}

    def __getitem__(self, article_id: str) -> Article:
        if article_id not in self._cache:
            self._cache[article_id] = self._store.article(article_id)
        return self._cache[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.article_ids())

    def __len__(self) -> int:
        return self._store.counts()["articles"]


class KnowledgeBase:
    """Facts from a corpus of articles, and the questions they answer."""

    def __init__(
        self, articles: Iterable[Article] = (), problems: Iterable[CorpusError] = (), *, store: Store | None = None
    ) -> None:
        if store is None:
            store = Store(MEMORY)
            store.add(list(articles))
        self.store = store
        self.problems = list(problems)
        self.folder: Path | None = None
        self._load()

    @classmethod
    def from_folder(
        cls, folder: Path | str | None = None, index: Path | str | None = None, progress: Progress | None = None
    ) -> KnowledgeBase:
        """Open (or build) the index for a corpus folder and bring it up to date with the folder."""
        folder = Path(folder or DEFAULT_CORPUS)
        if not folder.is_dir():
            raise CorpusError(folder, "corpus folder not found")
        recover(folder)  # an ingest that passed its commit point before a crash is finished first
        store = Store(index or default_index_path(folder))
        report = store.sync(folder, progress)
        knowledge = cls(store=store, problems=report.problems)
        knowledge.folder = folder
        return knowledge

    def reload(self, progress: Progress | None = None) -> SyncReport:
        """Pick up articles added, changed or removed on disk since opening."""
        if self.folder is None:
            return SyncReport()
        report = self.store.sync(self.folder, progress)
        self.problems = report.problems
        self._load()
        return report

    def ingest(
        self,
        uploads: list[Upload],
        *,
        date: str | None = None,
        source: str | None = None,
        title: str | None = None,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Add articles to the corpus folder and the index, all or nothing (see ``knowledge.ingest``)."""
        if self.folder is None:
            raise KnowledgeError("this knowledge base has no corpus folder to add articles to")
        results = ingest(self.store, self.folder, uploads, date=date, source=source, title=title, progress=progress)
        self._load()
        return results

    def _load(self) -> None:
        self._people = self.store.people()
        self._lookup = PeopleLookup(self._people)
        self._topics: list[str] | None = None
        self.articles: Mapping[str, Article] = ArticleCatalog(self.store)

    # ----- public API -----------------------------------------------------------------------------------------

    @property
    def people(self) -> list[Person]:
        return self._people

    def answer(self, text: str) -> Answer:
        """Answer a command ("!who Peskov") or a free question ("what did Lavrov tell NBC?")."""
        parsed = parse_question(text)
        if parsed.problem:
            return Answer(intent=Intent.HELP, query=parsed.cleaned, found=False, message=parsed.problem)
        if parsed.intent is Intent.TIMELINE:
            return self.timeline(parsed.argument, question=parsed.cleaned)
        if parsed.intent is Intent.WHO:
            return self.who(parsed.argument)
        if parsed.intent is Intent.DEMANDS:
            return self.demands(parsed.argument)
        if parsed.intent is Intent.HELP:
            return self.help()
        return self.search(parsed.argument)

    def stats(self) -> CorpusStats:
        counts = self.store.counts()
        first, last = self.store.date_range()
        return CorpusStats(
            articles=counts["articles"],
            first_date=first,
            last_date=last,
            people=counts["people"],
            events=counts["events"],
            demands=counts["demands"],
            skipped=tuple(str(p) for p in self.problems),
        )

    def help(self) -> Answer:
        stats = self.stats()
        span = f"published {stats.first_date} to {stats.last_date}" if stats.first_date else "no articles"
        items = [
            AnswerItem(
                text=f"{stats.articles} articles ({span}); {stats.people} people, {stats.events} dated "
                f"events, {stats.demands} demands."
            ),
            AnswerItem(text="!timeline [topic] — dated events, e.g. '!timeline Istanbul' or '!timeline june'"),
            AnswerItem(text="!who NAME — who someone is and what they said, e.g. '!who Peskov'"),
            AnswerItem(text="!demands [party] — what a party demands, e.g. '!demands Russia'"),
            AnswerItem(text="Or ask in words, e.g. 'what did Lavrov tell NBC?'"),
        ]
        message = f"Skipped: {'; '.join(stats.skipped)}" if stats.skipped else None
        return Answer(intent=Intent.HELP, query="help", found=True, items=tuple(items), message=message)

    def who(self, name: str) -> Answer:
        """Who someone is (role, affiliation, aliases) and what they said or did, with citations."""
        query = name.strip(" ?!.")
        if not query:
            return Answer(
                intent=Intent.WHO,
                query=name,
                found=False,
                message="Whom should I look up? Try '!who Lavrov'.",
                suggestions=tuple(p.name for p in self.people[:5]),
            )
        person = self._lookup.match(query) or match_role(query, self.people)
        if person is None:
            return self._not_mentioned(Intent.WHO, query, query, f"anyone called '{query}'")
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(self._profile(person)))

    def demands(self, text: str = "") -> Answer:
        """What a party (or person) demands, best match to any topic first."""
        query = text.strip(" ?!.")
        people = self._lookup.in_question(query)
        parties = parties_in_question(query) or [p.affiliation for p in people if p.affiliation]
        without_parties = _PARTY_WORDS.sub(" ", query) if parties else query
        topic = [t for t in terms(without_parties) if t not in DEMAND_FILLER and not _names_party_or_person(t, people)]
        pool = _narrow_first(
            lambda q: self.store.demands(parties, q, limit=CANDIDATES),
            _fts_queries(topic, people, lambda stem: self.store.share_of_rows("demands", stem)),
        )
        if not pool:  # no topic, or no demand mentions it: the party's demands in order
            pool = self.store.demands(parties, limit=CANDIDATES)
        if not pool:
            known = self.store.parties_with_demands()
            who = ", ".join(parties) if parties else query
            return Answer(
                intent=Intent.DEMANDS,
                query=query,
                found=False,
                suggestions=tuple(known),
                message=f"The articles state no demands by {who}. Parties with demands: {', '.join(known)}.",
            )
        names = {p.name for p in people}
        scored = [(self._demand_score(row, topic, names), order, row) for order, row in enumerate(pool)]
        if topic:
            best = max(score for score, _, _ in scored)
            if best > 0:
                scored = [s for s in scored if s[0] >= best * TOPIC_RELATIVE_CUT]
        scored.sort(key=lambda s: (-s[0], s[1]))
        items = [self._demand_item(row.demand) for _, _, row in scored[:MAX_ITEMS]]
        return Answer(intent=Intent.DEMANDS, query=query, found=True, items=tuple(items))

    def timeline(self, topic: str = "", question: str | None = None) -> Answer:
        """Dated events about a topic (a date, a place, a person, words), in date order."""
        query = topic.strip(" ?!.")
        is_when = bool(question and re.match(r"^\s*(?:when|what date|which day|on what day)\b", question, re.I))
        year, month, day = _date_filter(query)
        people = self._lookup.in_question(query)
        topic_terms = [
            t for t in terms(query) if t not in FILLER and not _is_date_word(t) and not _names_person(t, people)
        ]
        queries = _fts_queries(topic_terms, people, lambda stem: self.store.share_of_rows("events", stem))
        message = None
        if queries:
            rows = _narrow_first(lambda q: self.store.events(q, limit=CANDIDATES), queries)
            scored = [(self._event_score(row, topic_terms, people), row) for row in rows]
            scored = [s for s in scored if s[0] >= EVENT_MIN_SCORE]
            if scored:
                best = max(score for score, _ in scored)
                cut = WHEN_RELATIVE_CUT if is_when else TOPIC_RELATIVE_CUT
                scored = [s for s in scored if s[0] >= best * cut]
            ranked = sorted(scored, key=lambda s: -s[0])
            events = [row for _, row in ranked if _date_matches(row, year, month, day)]
            if is_when:
                events = events[:3]
        else:
            events = []
            for iso_from, iso_to in _iso_ranges(year, month, day, self.store):
                rows = self.store.events_in_order(iso_from, iso_to, limit=MAX_TIMELINE_ITEMS + 1)
                events += [row for row in rows if _date_matches(row, year, month, day)]
                if len(events) > MAX_TIMELINE_ITEMS:
                    break
            if len(events) > MAX_TIMELINE_ITEMS:
                message = f"Showing the first {MAX_TIMELINE_ITEMS} events; add a topic or a date to narrow it."
        if not events:
            return Answer(
                intent=Intent.TIMELINE,
                query=query,
                found=False,
                suggestions=tuple(self.topic_suggestions(query)),
                message=f"The articles give no dated event about '{query}'.",
            )
        kept = [row.event for row in sorted(events, key=_chronological)[:MAX_TIMELINE_ITEMS]]
        items = [_event_item(event) for event in kept]
        return Answer(intent=Intent.TIMELINE, query=query, found=True, items=tuple(items), message=message)

    def search(self, question: str) -> Answer:
        """The sentences that best answer a free question, with the people it names weighing most."""
        query = question.strip()
        people = self._lookup.in_question(query)
        topic = [t for t in terms(query) if t not in FILLER and not _names_person(t, people)]
        unknown = self._unknown_names(query)
        if unknown:
            return self._not_mentioned(Intent.SEARCH, query, unknown, f"'{unknown}'")
        candidates: dict[int, SentenceRow] = {}
        queries = _fts_queries(topic, people, lambda stem: self.store.share_of_rows("sentences", stem))
        if people:  # every answer must involve them: their sentences, and those also on the topic
            narrow = queries[:1] if topic else []
            per_person = PERSON_CANDIDATES_WITH_TOPIC if topic else CANDIDATES  # the AND query brings the topic
            for person in people[:MAX_PEOPLE_IN_QUESTION]:
                candidates |= {r.id: r for r in self.store.sentences_mentioning(person.key, per_person)}
        else:
            narrow = queries
        rows = _narrow_first(lambda q: self.store.search_sentences(q, CANDIDATES), narrow)
        candidates |= {row.id: row for row in rows}
        scored = [(self._sentence_score(row, topic, people), row) for row in candidates.values()]
        scored = sorted((s for s in scored if s[0] >= SEARCH_MIN_SCORE), key=lambda s: (-s[0], s[1].id))
        if not scored:
            return Answer(
                intent=Intent.SEARCH,
                query=query,
                found=False,
                suggestions=tuple(self.topic_suggestions(query)),
                message="The articles do not seem to cover that. Try '!help' for what they do cover.",
            )
        items = [
            AnswerItem(text=row.sentence.text, citations=_cite([row.sentence.citation()])) for _, row in scored[:5]
        ]
        return Answer(intent=Intent.SEARCH, query=query, found=True, items=tuple(items))

    # ----- suggestions for autocomplete and "did you mean" ----------------------------------------------------

    def people_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        names = [p.name for p in self.people]
        if not prefix.strip():
            return names[:limit]
        return (
            suggest_names(prefix, self.people, limit=limit) or [n for n in names if prefix.lower() in n.lower()][:limit]
        )

    def party_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        parties = self.store.parties_with_demands()
        if prefix.strip():
            wanted = parties_in_question(prefix)
            parties = [p for p in parties if p in wanted or p.lower().startswith(prefix.lower())]
        return parties[:limit]

    def topic_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        if self._topics is None:  # two scans of the events: once per load, not once per miss
            months = [f"{calendar.month_name[int(m[5:7])]} {m[:4]}" for m in self.store.event_months()]
            self._topics = self.store.places() + [p.name for p in self.people[:10]] + months
        topics = self._topics
        if prefix.strip():
            wanted = prefix.lower()
            close = [t for t in topics if wanted in t.lower()]
            close += suggest_names(prefix, [p for p in self.people if p.name not in close], limit=3)
            topics = close
        return list(dict.fromkeys(topics))[:limit]

    # ----- scoring -----------------------------------------------------------------------------------------------

    def _not_mentioned(self, intent: Intent, query: str, name: str, what: str) -> Answer:
        """Not found, with the closest names the articles do mention."""
        suggestions = suggest_names(name, self.people)
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        return Answer(
            intent=intent,
            query=query,
            found=False,
            suggestions=tuple(suggestions),
            message=f"The articles do not mention {what}.{hint}",
        )

    def _profile(self, person: Person) -> list[AnswerItem]:
        role = person.roles[0] if person.roles else None
        parts = [person.name]
        if role:
            parts.append(f"— {role}")
        if person.affiliation and (not role or person.affiliation.lower() not in role.lower()):
            parts.append(f"({person.affiliation})")
        others = [a for a in person.aliases if a != person.name and len(a.split()) > 1]
        if others:
            parts.append(f"; also written {', '.join(others)}")
        mentions = [citation for citation, _ in self.store.mentions_of(person.key, WHO_STATEMENTS + 1)]
        source = person.role_citations[0] if person.role_citations else mentions[0]
        items = [AnswerItem(text=" ".join(parts).replace(" ;", ";"), citations=_cite([source]))]
        for citation in [c for c in mentions if c != source][:WHO_STATEMENTS]:
            items.append(AnswerItem(text=citation.quote, citations=_cite([citation])))
        return items

    def _demand_score(self, row: DemandRow, topic: list[str], names: set[str]) -> float:
        score = term_overlap(topic, row.terms)[0] if topic else 0.0
        return score + (0.5 if row.actor in names else 0.0)

    def _demand_item(self, demand: Demand) -> AnswerItem:
        who = demand.party + (f" (via {demand.actor})" if demand.actor else "")
        target = f" → {demand.target}" if demand.target else ""
        return AnswerItem(text=f"{who}{target}: {demand.text}", citations=_cite([demand.citation]))

    def _event_score(self, row: EventRow, topic: list[str], people: list[Person]) -> float:
        """Words near the date count most: in 'X said in an interview aired Sunday', Sunday is the interview."""
        score = 0.0
        if topic:
            score = 0.7 * term_overlap(topic, row.focus_terms)[0] + 0.3 * term_overlap(topic, row.terms)[0]
        if people:
            words = set(row.terms)
            share = sum(1 for p in people if _named_in(p, words)) / len(people)
            score = 0.65 * score + 0.35 * share if topic else share
        return score

    def _sentence_score(self, row: SentenceRow, topic: list[str], people: list[Person]) -> float:
        overlap, hits = term_overlap(topic, row.terms) if topic else (0.0, 0)
        if people:
            words = set(row.terms)
            if not any(row.speaker == p.key or _named_in(p, words) for p in people):
                return 0.0
            spoke = 0.25 if row.speaker in {p.key for p in people} else 0.0
            score = 0.5 + 0.5 * overlap + spoke
            return score if not topic or hits else score * 0.6
        return overlap if hits else 0.0 - (0.5 if row.heading else 0.0)

    def _unknown_names(self, question: str) -> str | None:
        """A capitalised name in the question that the articles never mention: not found, not a guess."""
        for match in re.finditer(r"(?<!^)(?<![.?!]\s)\b([A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*)", question):
            phrase = match.group(1)
            if all(self.store.contains_word(word.lower()) for word in phrase.split()):
                continue
            if self._lookup.match(phrase) or parties_in_question(phrase):
                continue
            return phrase
        return None


def _narrow_first(fetch: Callable[[str], list[Row]], queries: list[str]) -> list[Row]:
    """Candidates from the narrowest query that gives enough of them (AND before OR)."""
    found: list[Row] = []
    for query in queries:
        found = fetch(query)
        if len(found) >= ENOUGH_CANDIDATES:
            break
    return found


def _fts_queries(topic: list[str], people: list[Person], share: Callable[[str], float]) -> list[str]:
    """FTS5 queries for candidates, narrow first: every topic word AND (any surname of) every person; then any of
    them (OR), leaving out words so common that ranking every row holding them would be slow. If every topic word
    is that common, the AND query alone gives the candidates. Words match by stem (prefix); synonyms count in
    ranking, not here, since a family such as 'said/told/stated' would match most sentences and drown the rest."""
    stems = list(dict.fromkeys(_stem(w) for term in topic for w in re.findall(r"[^\W_]+", term)))
    groups: list[tuple[str, ...]] = [(f'"{stem}"*',) for stem in stems]
    groups += [tuple(f'"{s}"' for s in _surnames(person)) for person in people if _surnames(person)]
    groups = list(dict.fromkeys(groups))
    if not groups:
        return []
    rare = [stem for stem in stems if share(stem) <= COMMON_WORD_SHARE]
    common = {(f'"{stem}"*',) for stem in stems if stem not in rare}
    narrow = [group for group in groups if group not in common] or groups  # common words only slow it down
    every = " AND ".join("(" + " OR ".join(group) + ")" for group in narrow)
    if stems and not rare and not people and len(groups) == 1:
        rare = stems  # one common word and nothing else: it is the question
    parts = [f'"{stem}"*' for stem in rare] + [f'"{s}"' for person in people for s in _surnames(person)]
    any_ = " OR ".join(dict.fromkeys(parts))
    queries = [every] if len(narrow) > 1 else []
    return queries + ([any_] if any_ and any_ != every else [])


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 3)] if len(word) > 5 else word


def _named_in(person: Person, words: set[str]) -> bool:
    """Whether a text's content words include one of the person's surnames (as questions name people)."""
    return any(surname in words for surname in _surnames(person))


def _surnames(person: Person) -> tuple[str, ...]:
    """A person's surnames as content words ('zelensky', 'zelenskyy'), cached by their spellings."""
    return _surnames_of(person.aliases)


@functools.lru_cache(maxsize=65536)
def _surnames_of(aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for alias in aliases for w in terms(surname_of(alias))))


def _chronological(row: EventRow) -> tuple[str, str]:
    """ISO text first, so a year ('2022') precedes its months ('2022-02') as string order expects; then start."""
    return row.iso, row.start.isoformat()


def _iso_ranges(year: int | None, month: int | None, day: int | None, store: Store) -> list[tuple[str, str]]:
    """ISO-date prefixes to read, in order: '2025' is the year with its months and days; a month without a year
    is read in every year there is."""
    if month is None:
        return [(str(year), f"{year}\uffff")] if year else [("", "\uffff")]
    prefixes = [f"{y}-{month:02d}" + (f"-{day:02d}" if day else "") for y in ([year] if year else store.event_years())]
    return [(prefix, prefix + "\uffff") for prefix in prefixes]


def _event_item(event: Event) -> AnswerItem:
    citations = _cite(event.citations)
    text = event.text
    if len(citations) > MAX_SOURCES_PER_ITEM:
        text += f" (told by {len(citations)} articles; the first {MAX_SOURCES_PER_ITEM} are cited)"
    return AnswerItem(
        text=text, date=event.date.iso if event.date else None, citations=citations[:MAX_SOURCES_PER_ITEM]
    )


def _cite(citations: Iterable[Citation]) -> tuple[AnswerCitation, ...]:
    unique = dict.fromkeys((c.article, c.quote) for c in citations)
    return tuple(AnswerCitation(article=a, quote=q) for a, q in unique)


def _names_person(term: str, people: list[Person]) -> bool:
    return any(term in a.lower().split() for p in people for a in p.aliases)


def _names_party_or_person(term: str, people: list[Person]) -> bool:
    return bool(parties_in_question(term)) or _names_person(term, people)


def _is_date_word(term: str) -> bool:
    return term in _MONTH_WORDS or term == "may" or bool(re.fullmatch(r"(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?", term))


def _date_filter(query: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) a topic names: 'june', '2019', 'May 16', 'august 2025'."""
    low = query.lower()
    year_match = re.search(r"\b((?:19|20)\d\d)\b", low)
    year = int(year_match.group(1)) if year_match else None
    month = day = None
    for word in re.findall(r"[a-z]+", low):
        if word in _MONTH_WORDS:
            month = _MONTH_WORDS[word]
            break
        if word == "may" and re.search(r"\bmay\b(?:\s+\d|\s*$|\s+(?:19|20)\d\d)|^\s*may\b|\bin may\b", low):
            month = 5
            break
    if month:
        day_match = re.search(
            r"\b(?:[a-z]+\.?)\s+([0-3]?\d)\b(?!\d)", low[low.find(calendar.month_name[month].lower()[:3]) :]
        )
        day = int(day_match.group(1)) if day_match else None
    return year, month, day


def _date_matches(row: EventRow, year: int | None, month: int | None, day: int | None) -> bool:
    start, end = row.start, row.end
    if year and not (start.year <= year <= end.year):
        return False
    if (month and not (start.month == month or end.month == month)) or (month and (end - start).days > 62):
        return False
    return not day or start.day <= day <= end.day
