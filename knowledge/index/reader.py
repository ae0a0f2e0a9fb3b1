"""Reading the index: every query answers need, none of which scans every fact.

Sentences are found through FTS5 (bm25 over the analyzer's stems, ``knowledge.text.stems``); people through
their mentions; events and demands through the sentences that state them, or in order off their own indexes.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable
from itertools import islice
from sys import intern
from typing import Any, TypeVar

from pydantic import TypeAdapter

from knowledge.index.bm25 import Bm25
from knowledge.index.rows import DemandRow, EventRow, PositionRow, SentenceRow, sentence_row
from knowledge.models import Article, Citation, Person, Position

_PEOPLE = TypeAdapter(list[Person])
_EVENT_COLUMNS = "e.id, e.start, e.end, e.iso, e.background, e.planned, e.focus_stems, e.stems, e.data"
_DEMAND_COLUMNS = "d.id, d.party, d.actor, d.sentence, d.support, d.stems, d.data, d.article, d.key"
_SENTENCE_COLUMNS = "s.id, s.article, s.idx, s.start, s.end, s.text, s.heading, s.speaker, s.stems"
T = TypeVar("T")
MAX_BOUND_VARIABLES = 900  # ids go in batches under 999, the limit of SQLite builds before 3.32
# Sentence rows kept per generation, by id: questions on a topic read the same candidates and the sentences
# before them again (a row costs ~10 us to read and build; 100,000 rows hold ~70 MiB; when full, the older half
# goes).
SENTENCE_ROWS_CACHED = 100000
# Event rows kept per generation, by id: the events of a topic's sentences are read again by every question on it
# (a row costs ~15 us to build, and its JSON is kept: 10,000 rows hold ~15 MiB with it; when full, the older half goes).
EVENT_ROWS_CACHED = 10000
# Demand lists kept per generation, by parties and limit (the oldest goes when full): up to 500 rows with their JSON,
# ~0.3 MiB a list at 10,000 articles (400 rows: 142 KiB of JSON and stems), so at most ~5 MiB.
DEMAND_LISTS_CACHED = 16
# Ranked FTS queries kept per generation, by query and limit (the ids found, in order): questions on one topic write
# the same query again (324 distinct among the benchmark's 490 ranked queries); ~2 KiB each; when full, the older
# half goes.
SEARCHES_CACHED = 2000


def _event_row(row: sqlite3.Row) -> EventRow:
    return EventRow(
        int(row[0]),
        dt.date.fromisoformat(row[1]),
        dt.date.fromisoformat(row[2]),
        row[3],
        bool(row[4]),
        bool(row[5]),
        tuple(map(intern, row[6].split())),  # interned, as a sentence row's: event rows are kept too
        tuple(map(intern, row[7].split())),
        row[8],
    )


def _demand_row(row: sqlite3.Row) -> DemandRow:
    return DemandRow(
        int(row[0]), row[1], row[2], int(row[3]), int(row[4]), tuple(row[5].split()), row[6], row[7], row[8]
    )


def _sentence_row(row: sqlite3.Row) -> SentenceRow:
    # the article id and the stems are interned: rows are cached, and each holds the same few thousand words
    return sentence_row(
        row[0], intern(row[1]), row[2], row[3], row[4], row[5], bool(row[6]), row[7], tuple(map(intern, row[8].split()))
    )


def read_article_row(db: sqlite3.Connection, article_id: str) -> Article:
    """An article as stored, read through any connection (the writer's, during a rebuild)."""
    row = db.execute(
        "SELECT id, text, body_start, published, source, title, url FROM articles WHERE id=?", (article_id,)
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    return _article(row)


def _article(row: tuple[Any, ...]) -> Article:
    """An article from its row: id, text, body_start, published, source, title, url."""
    return Article(
        id=row[0],
        text=row[1],
        body_start=row[2],
        published=dt.date.fromisoformat(row[3]),
        source=row[4],
        title=row[5],
        url=row[6],
    )


def _from_cache(known: dict[int, T], ids: Iterable[int]) -> tuple[dict[int, T], list[int]]:
    """The rows of these ids a per-generation cache holds, and the ids (each once, in order) it does not."""
    found: dict[int, T] = {}
    missing = []
    for i in dict.fromkeys(ids):
        row = known.get(i)
        if row is None:
            missing.append(i)
        else:
            found[i] = row
    return found, missing


LEAD_SEARCHED = 8  # sentence places an article's lead is looked for in (a headline and a dateline come before it)


def _batches(ids: Iterable[T]) -> Iterable[list[T]]:
    """Ids in batches that fit one statement's bound variables."""
    batch: list[T] = []
    for item in ids:
        batch.append(item)
        if len(batch) == MAX_BOUND_VARIABLES:
            yield batch
            batch = []
    if batch:
        yield batch


def _marks(values: list[object] | list[int] | list[str]) -> str:
    return ",".join("?" * len(values))


class Reader:
    """Queries over this thread's connection (``db``), with small caches kept per generation of the index, so a
    cache never outlives the rows it was read from."""

    CACHED_GENERATIONS = 2  # the one being read and the one before, for a thread still on its old snapshot

    @property
    def db(self) -> sqlite3.Connection:
        raise NotImplementedError  # the Store gives each thread its connection

    def generation(self) -> int:
        raise NotImplementedError  # the Store's: the generation this thread reads

    def _init_reader(self) -> None:
        self._caches: dict[int, dict[str, Any]] = {}

    def _cache(self) -> dict[str, Any]:
        generation = self.generation()
        found = self._caches.get(generation)
        if found is None:
            found = self._caches.setdefault(generation, {"frequencies": {}})
            for old in sorted(self._caches)[: -self.CACHED_GENERATIONS]:
                self._caches.pop(old, None)
        return found

    def _once(self, key: str, read: Callable[[], T]) -> T:
        """A query that does not depend on the question, read once per generation of the index."""
        cache = self._cache()
        if key not in cache:
            cache[key] = read()
        return cache[key]  # type: ignore[no-any-return]

    # ----- articles and counts ----------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, read in one validation and kept until the index changes."""
        cache = self._cache()
        if "people" not in cache:
            rows = self.db.execute("SELECT person FROM people ORDER BY key").fetchall()
            cache["people"] = _PEOPLE.validate_json("[" + ",".join(r[0] for r in rows) + "]")
        return list(cache["people"])

    def article(self, article_id: str) -> Article:
        return read_article_row(self.db, article_id)

    def article_heading(self, article_id: str) -> Article | None:
        """An article as stored but, when it has a headline, without its text (read for a citation's label: the
        text is ~100 times the rest); None when there is no such article."""
        row = self.db.execute(
            "SELECT id, CASE WHEN title IS NULL OR title = '' THEN text ELSE '' END, body_start, published, source, "
            "title, url FROM articles WHERE id=?",
            (article_id,),
        ).fetchone()
        return None if row is None else _article(row)

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def published(self, article_ids: Iterable[str]) -> dict[str, dt.date]:
        """Each article's publication date (those that exist), kept per generation: a who-answer asks it of every
        article citing the person's roles, a dated question of every candidate's article."""
        known: dict[str, dt.date | None] = self._cache().setdefault("published", {})  # None: no such article
        wanted = list(dict.fromkeys(article_ids))
        for batch in _batches([a for a in wanted if a not in known]):
            sql = f"SELECT id, published FROM articles WHERE id IN ({_marks(batch)})"
            read = {r[0]: dt.date.fromisoformat(r[1]) for r in self.db.execute(sql, batch)}
            known.update({article: read.get(article) for article in batch})
        return {a: day for a in wanted if (day := known.get(a)) is not None}

    def articles_since(self, day: dt.date, limit: int) -> list[str]:
        """The ids of the articles published on or after a day, newest first."""
        sql = "SELECT id FROM articles WHERE published >= ? ORDER BY published DESC, id LIMIT ?"
        return [r[0] for r in self.db.execute(sql, (day.isoformat(), limit))]

    def leads(self, article_ids: Iterable[str], count: int = 2) -> dict[str, list[SentenceRow]]:
        """Each article's first ``count`` sentences of body text (its lead, and the next in case the first is a bare
        dateline), by article, in order."""
        wanted = list(dict.fromkeys(article_ids))
        ids: dict[str, list[int]] = {}
        for batch in _batches(wanted):
            sql = (
                f"SELECT article, id FROM sentences WHERE article IN ({_marks(batch)}) AND heading = 0 AND idx < ? "
                "ORDER BY article, idx"
            )
            for article, sentence in self.db.execute(sql, [*batch, LEAD_SEARCHED]):
                if len(ids.setdefault(article, [])) < count:
                    ids[article].append(int(sentence))
        rows = self.sentences(i for found in ids.values() for i in found)
        return {article: [rows[i] for i in found if i in rows] for article, found in ids.items()}

    def title_stems(self, article_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Each article's headline as index tokens (empty when it has none), cached per generation."""

        def read(batch: list[str]) -> Iterable[tuple[str, str]]:
            return self.db.execute(f"SELECT id, title_stems FROM articles WHERE id IN ({_marks(batch)})", batch)

        return self._per_article("title_stems", article_ids, read)

    def lead_stems(self, article_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Each article's first sentence of body text (its lead) as index tokens, cached per generation."""

        def read(batch: list[str]) -> Iterable[tuple[str, str]]:
            # each article's sentences in order off (article, idx), stopping at the first that is not a heading: one
            # or two rows read per article, where a GROUP BY with MIN(idx) read all of them (~19)
            values = ",".join("(?)" for _ in batch)
            sql = (
                "SELECT a.column1, (SELECT s.stems FROM sentences s WHERE s.article = a.column1 AND s.heading = 0 "
                f"ORDER BY s.idx LIMIT 1) FROM (VALUES {values}) a"
            )
            return ((r[0], r[1]) for r in self.db.execute(sql, batch) if r[1] is not None)

        return self._per_article("lead_stems", article_ids, read)

    def title_sets(self, article_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """``title_stems`` as sets, kept per generation: whether a headline names a thing is asked of the same few
        hundred articles by question after question."""
        return self._as_sets("title_sets", article_ids, self.title_stems)

    def lead_sets(self, article_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """``lead_stems`` as sets, kept per generation (as ``title_sets``)."""
        return self._as_sets("lead_sets", article_ids, self.lead_stems)

    def _as_sets(
        self, kind: str, article_ids: Iterable[str], read: Callable[[list[str]], dict[str, tuple[str, ...]]]
    ) -> dict[str, frozenset[str]]:
        known: dict[str, frozenset[str] | None] = self._cache().setdefault(kind, {})  # None: none read
        wanted = list(dict.fromkeys(article_ids))
        missing = [a for a in wanted if a not in known]
        if missing:
            found = read(missing)
            known.update({a: frozenset(t) if (t := found.get(a)) is not None else None for a in missing})
        return {a: tokens for a in wanted if (tokens := known[a]) is not None}

    def _per_article(
        self, kind: str, article_ids: Iterable[str], read: Callable[[list[str]], Iterable[tuple[str, str]]]
    ) -> dict[str, tuple[str, ...]]:
        """Tokens kept per article and generation (a few per article: every article fits); None marks one the
        query found nothing for."""
        known: dict[str, tuple[str, ...] | None] = self._cache().setdefault(kind, {})
        wanted = list(dict.fromkeys(article_ids))
        for batch in _batches([a for a in wanted if a not in known]):
            found = {article: tuple(map(intern, stems.split())) for article, stems in read(batch)}
            known.update({article: found.get(article) for article in batch})
        return {a: stems for a in wanted if (stems := known[a]) is not None}

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "people", "events", "demands", "sentences")
        }

    def date_range(self) -> tuple[str | None, str | None]:
        def read() -> tuple[str | None, str | None]:
            row = self.db.execute("SELECT min(published), max(published) FROM articles").fetchone()
            return row[0], row[1]

        return self._once("date_range", read)

    # ----- sentences --------------------------------------------------------------------------------------------

    def statistics(self) -> tuple[int, float]:
        """(number of sentences, their average length in tokens), for BM25."""
        cache = self._cache()
        if "statistics" not in cache:
            rows = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('sentences', 'average_length')"))
            cache["statistics"] = (int(rows.get("sentences", 0)), float(rows.get("average_length", 1.0)) or 1.0)
        return cache["statistics"]  # type: ignore[no-any-return]

    def frequencies(self, stems: Iterable[str]) -> dict[str, int]:
        """How many sentences hold each stem (fts5vocab), cached until the index changes."""
        known: dict[str, int] = self._cache()["frequencies"]
        stems = list(stems)
        for batch in _batches(s for s in dict.fromkeys(stems) if s not in known):
            sql = f"SELECT term, doc FROM sentences_vocab WHERE term IN ({_marks(batch)})"
            found = dict(self.db.execute(sql, batch).fetchall())
            known.update({stem: int(found.get(stem, 0)) for stem in batch})
        return {stem: known[stem] for stem in stems}

    def search_sentences(self, query: str, limit: int, *, ranked: bool = True) -> list[SentenceRow]:
        """Sentences matching an FTS5 query over stems, best bm25 first (``ranked``), else the first found."""
        known: dict[tuple[str, int, bool], list[int]] = self._cache().setdefault("searches", {})
        ids = known.get((query, limit, ranked))
        if ids is None:
            ids = Bm25(self.db, self._cache(), self.frequencies).top(query, limit) if ranked else None
            if ids is None:
                order = " ORDER BY bm25(sentences_fts)" if ranked else ""
                sql = f"SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?{order} LIMIT ?"
                ids = [int(r[0]) for r in self.db.execute(sql, (query, limit))]  # the sort carries ids, not whole rows
            if len(known) >= SEARCHES_CACHED:
                for old in list(islice(known, len(known) // 2)):  # the older half goes
                    known.pop(old, None)  # another thread may have dropped it first
            known[(query, limit, ranked)] = ids
        found = self.sentences(ids)
        return [found[i] for i in ids]

    def sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        """The sentences with these ids (those that exist), read once per generation while the cache holds them."""
        known: dict[int, SentenceRow] = self._cache().setdefault("sentence_rows", {})
        found, missing = _from_cache(known, ids)
        for batch in _batches(missing):
            sql = f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.id IN ({_marks(batch)})"
            read = {r[0]: _sentence_row(r) for r in self.db.execute(sql, batch)}
            if len(known) + len(read) > SENTENCE_ROWS_CACHED:
                for old in list(islice(known, len(known) // 2 + len(read))):  # the older half goes
                    known.pop(old, None)  # another thread may have dropped it first
            known.update(read)
            found |= read
        return found

    def sentences_containing(self, phrase: str, limit: int) -> list[SentenceRow]:
        """Sentences holding ``phrase`` as written (any case for plain letters): for quoted words made only of
        stop words ("must be"), which the word index does not hold."""
        escaped = phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.text LIKE ? ESCAPE '\\' ORDER BY s.id LIMIT ?"
        return [_sentence_row(r) for r in self.db.execute(sql, (f"%{escaped}%", limit))]

    def sentences_mentioning(self, key: int, limit: int) -> list[SentenceRow]:
        """Sentences naming a person or spoken by them, the spoken ones first."""
        ids = self.mentioning_ids(key, limit)
        found = self.sentences(ids)
        return [found[i] for i in ids if i in found]

    def mentioning_ids(self, key: int, limit: int) -> list[int]:
        """The ids of ``sentences_mentioning``, in its order (read with others': a surname many people bear asks for
        the sentences of each, one read for all)."""

        def read() -> list[int]:
            sql = "SELECT m.sentence FROM mentions m WHERE m.person=? ORDER BY m.spoken DESC, m.sentence LIMIT ?"
            return [int(r[0]) for r in self.db.execute(sql, (key, limit))]

        # kept per generation (a few hundred ids for each person asked about): questions name the same people again
        return self._once(f"mentioning-{key}-{limit}", read)

    def mentions_in(self, sentence_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
        """Person keys named in (or speaking) each sentence (those naming someone), kept per generation like the
        sentence rows: every question naming a person asks it of its 200-300 candidates. Kept as tuples (in the
        order a set of them iterates): a tuple of ints is a quarter of a set's memory, and the garbage collector
        stops tracking it, where each of ~80,000 sets would be scanned again at every full collection."""
        known: dict[int, tuple[int, ...] | None] = self._cache().setdefault("mentions", {})  # None: names nobody
        wanted = list(dict.fromkeys(sentence_ids))
        missing = [i for i in wanted if i not in known]
        for batch in _batches(missing):
            found: dict[int, set[int]] = {}
            sql = f"SELECT sentence, person FROM mentions WHERE sentence IN ({_marks(batch)})"
            for sentence, person in self.db.execute(sql, batch):
                found.setdefault(sentence, set()).add(person)
            read: dict[int, tuple[int, ...] | None] = dict.fromkeys(batch)
            read.update((sentence, tuple(keys)) for sentence, keys in found.items())
            if len(known) + len(read) > SENTENCE_ROWS_CACHED:
                for old in list(islice(known, len(known) // 2 + len(read))):  # the older half goes
                    known.pop(old, None)
            known.update(read)
        return {i: keys for i in wanted if (keys := known.get(i)) is not None}

    def article_stems(self, article_ids: Iterable[str]) -> dict[str, set[str]]:
        """Every stem of each article (its sentences and headline), cached per generation: what an article is
        about, for the few articles a question's best sentences come from."""
        known: dict[str, set[str]] = self._cache().setdefault("article_stems", {})
        asked = list(dict.fromkeys(article_ids))  # read once: an iterator read twice gave nothing back
        for batch in _batches([a for a in asked if a not in known]):
            found: dict[str, set[str]] = {a: set() for a in batch}
            for article, stems in self.db.execute(  # one string per article: one split, not one per sentence
                f"SELECT article, group_concat(stems, ' ') FROM sentences WHERE article IN ({_marks(batch)}) "
                "GROUP BY article",
                batch,
            ):
                found[article].update(stems.split())
            for article, stems in self.db.execute(
                f"SELECT id, title_stems FROM articles WHERE id IN ({_marks(batch)})", batch
            ):
                found[article].update(stems.split())
            known.update(found)
        return {a: known[a] for a in asked if a in known}

    def mentions_of(self, key: int, limit: int | None = None) -> list[tuple[Citation, bool]]:
        """Sentences naming a person (or spoken by them), the ones they speak first."""
        sql = (
            "SELECT s.article, s.start, s.end, s.text, m.spoken FROM mentions m JOIN sentences s ON s.id = m.sentence "
            "WHERE m.person=? ORDER BY m.spoken DESC, s.id LIMIT ?"
        )
        rows = self.db.execute(sql, (key, -1 if limit is None else limit))
        return [(Citation(article=r[0], start=r[1], end=r[2], quote=r[3]), bool(r[4])) for r in rows]

    def all_sentences(self) -> list[SentenceRow]:
        return [_sentence_row(r) for r in self.db.execute(f"SELECT {_SENTENCE_COLUMNS} FROM sentences s ORDER BY id")]

    def terms_starting(self, letter: str) -> list[str]:
        """Every stem of the sentences starting with this letter, in the vocabulary's order (read once per
        generation: a typo's closest word is looked for among them, a scan of the vocabulary each time)."""

        def read() -> list[str]:
            sql = "SELECT term FROM sentences_vocab WHERE term >= ? AND term < ?"
            return [r[0] for r in self.db.execute(sql, (letter, letter + "\uffff"))]

        return self._once(f"terms-{letter}", read)

    def contains_stem(self, stem: str) -> bool:
        """Whether any sentence or headline holds the stem ("NPP" may be in a headline only)."""
        return self.frequencies([stem])[stem] > 0 or stem in self._title_vocabulary()

    def sources(self) -> tuple[str, ...]:
        """Every outlet the articles name as their source, cached until the index changes."""
        cache = self._cache()
        found: tuple[str, ...] | None = cache.get("sources")
        if found is None:
            rows = self.db.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source != ''")
            found = tuple(sorted(source for (source,) in rows))
            cache["sources"] = found
        return found

    def _title_vocabulary(self) -> frozenset[str]:
        """Every stem of every headline, cached until the index changes (read only when a stem is in no sentence)."""
        cache = self._cache()
        found: frozenset[str] | None = cache.get("title_vocabulary")
        if found is None:
            rows = self.db.execute("SELECT title_stems FROM articles")
            found = frozenset(s for (title,) in rows for s in title.split())
            cache["title_vocabulary"] = found
        return found

    # ----- events -----------------------------------------------------------------------------------------------

    def events(self, limit: int = 500) -> list[EventRow]:
        """Every event in date order."""
        return self.events_in_order("", "\uffff", limit)

    def events_in_order(
        self,
        iso_from: str,
        iso_to: str,
        limit: int,
        *,
        background: bool | None = None,
        days_only: bool = False,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events whose ISO date is in [iso_from, iso_to), in date order, read straight off the (iso, start) index:
        '2025' to '2025\uffff' is the year 2025 with all its months and days, in order. ``background`` False keeps
        the news of the period only; ``days_only`` the events dated to a day."""
        flag = "" if background is None else f" AND e.background={int(background)}"
        flag += " AND e.precision='day'" if days_only else ""
        sql = f"SELECT e.id FROM events e WHERE e.iso >= ? AND e.iso < ?{flag} ORDER BY e.iso, e.start LIMIT ? OFFSET ?"
        return self._events_listed(sql, (iso_from, iso_to, limit, offset))

    def events_between(
        self, first: dt.date, last: dt.date, limit: int = 400, *, containing_any: Iterable[str] = ()
    ) -> list[EventRow]:
        """Events dated to a day from ``first`` to ``last``, told as news (not history); with ``containing_any``,
        only those whose dated clause holds one of these stems."""
        stems = sorted(set(containing_any))
        words = " OR ".join("(' ' || e.focus_stems || ' ') LIKE ?" for _ in stems)
        sql = (
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.start >= ? AND e.start <= ? AND e.precision='day' "
            f"AND e.background=0{f' AND ({words})' if words else ''} ORDER BY e.start LIMIT ?"
        )
        patterns = [f"% {stem} %" for stem in stems]
        return [_event_row(r) for r in self.db.execute(sql, (first.isoformat(), last.isoformat(), *patterns, limit))]

    def events_since(self, day: dt.date, limit: int) -> list[EventRow]:
        """Events of the reported period starting on or after ``day``, newest first."""
        sql = (
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.start >= ? AND e.background=0 ORDER BY e.start DESC LIMIT ?"
        )
        return [_event_row(r) for r in self.db.execute(sql, (day.isoformat(), limit))]

    def demands_published_since(self, day: dt.date, limit: int) -> list[tuple[dt.date, DemandRow]]:
        """Demands stated in articles published on or after ``day``, newest article first."""
        sql = (
            f"SELECT a.published, {_DEMAND_COLUMNS} FROM demands d JOIN articles a ON a.id = d.article "
            "WHERE a.published >= ? ORDER BY a.published DESC, d.id LIMIT ?"
        )
        return [
            (dt.date.fromisoformat(r[0]), _demand_row(r[1:])) for r in self.db.execute(sql, (day.isoformat(), limit))
        ]

    def events_of_article(self, article_id: str, limit: int) -> list[EventRow]:
        """The events an article states, in date order."""
        sql = (
            f"SELECT DISTINCT {_EVENT_COLUMNS} FROM sentences s JOIN event_sentences es ON es.sentence = s.id "
            "JOIN events e ON e.id = es.event WHERE s.article = ? ORDER BY e.iso, e.start LIMIT ?"
        )
        return [_event_row(r) for r in self.db.execute(sql, (article_id, limit))]

    def demands_of_article(self, article_id: str, limit: int) -> list[DemandRow]:
        sql = f"SELECT {_DEMAND_COLUMNS} FROM demands d WHERE d.article = ? ORDER BY d.id LIMIT ?"
        return [_demand_row(r) for r in self.db.execute(sql, (article_id, limit))]

    def count_history(self) -> tuple[int, list[str]]:
        """How many dates are told as history, and their years: what a full timeline leaves out (read once per
        generation: a scan of every event)."""

        def read() -> tuple[int, list[str]]:
            sql = "SELECT count(*), group_concat(DISTINCT substr(iso, 1, 4)) FROM events WHERE background=1"
            count, found = self.db.execute(sql).fetchone()
            return int(count), sorted(set((found or "").split(",")) - {""})

        count, years = self._once("count_history", read)
        return count, list(years)

    def count_not_to_a_day(self) -> tuple[int, list[str]]:
        """How many events of the reported period are dated only to days, a week or a month, and those dates
        (read once per generation: a scan of every event)."""

        def read() -> tuple[int, list[str]]:
            sql = "SELECT count(*), group_concat(DISTINCT iso) FROM events WHERE background=0 AND precision!='day'"
            count, found = self.db.execute(sql).fetchone()
            return int(count), sorted(set((found or "").split(",")) - {""})

        count, dates = self._once("count_not_to_a_day", read)
        return count, list(dates)

    def events_of_sentences(self, sentence_ids: Iterable[int]) -> dict[int, list[EventRow]]:
        """The events each sentence states."""
        found: dict[int, list[EventRow]] = {}
        for batch in _batches(dict.fromkeys(sentence_ids)):
            sql = (
                "SELECT es.sentence, es.event FROM event_sentences es JOIN events e ON e.id = es.event "
                f"WHERE es.sentence IN ({_marks(batch)})"
            )
            pairs = [(int(sentence), int(event)) for sentence, event in self.db.execute(sql, batch)]
            rows = self.event_rows(event for _, event in pairs)
            for sentence, event in pairs:
                found.setdefault(sentence, []).append(rows[event])
        return found

    def event_rows(self, event_ids: Iterable[int]) -> dict[int, EventRow]:
        """The events with these ids (those that exist), read once per generation while the cache holds them."""
        known: dict[int, EventRow] = self._cache().setdefault("event_rows", {})
        rows, missing = _from_cache(known, event_ids)  # taken from the cache now: another thread may drop them
        read: dict[int, EventRow] = {}
        for events in _batches(missing):
            sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({_marks(events)})"
            read |= {int(r[0]): _event_row(r) for r in self.db.execute(sql, events)}
        if read and len(known) + len(read) > EVENT_ROWS_CACHED:
            for old in list(islice(known, len(known) // 2 + len(read))):  # the older half goes
                known.pop(old, None)  # another thread may have dropped it first
        known.update(read)
        return rows | read

    def _events_listed(self, sql: str, parameters: tuple[Any, ...]) -> list[EventRow]:
        """The events an ordered query of ids lists, in its order: the ids kept per generation (the query does not
        depend on the question: "!timeline Vienna" asks it again), the rows read through the row cache."""
        known: dict[tuple[str, tuple[Any, ...]], list[int]] = self._cache().setdefault("events_listed", {})
        ids = known.get((sql, parameters))
        if ids is None:
            ids = [int(r[0]) for r in self.db.execute(sql, parameters)]
            if len(known) >= SEARCHES_CACHED:  # bounded as the searches are: a bot asked of many places and months
                for old in list(islice(known, len(known) // 2)):
                    known.pop(old, None)
            known[(sql, parameters)] = ids
        rows = self.event_rows(ids)
        return [rows[i] for i in ids]

    def events_at(self, place: str, limit: int) -> list[EventRow]:
        """Events whose place is this one ("Sofia", "Sofia, Bulgaria"), in date order, off the place index."""
        sql = (
            "SELECT e.id FROM events e WHERE (e.place = ? OR (e.place >= ? AND e.place < ?)) "
            "ORDER BY e.iso, e.start LIMIT ?"
        )
        return self._events_listed(sql, (place, place + ",", place + ",\uffff", limit))

    def places(self, limit: int = 25) -> list[str]:
        def read() -> list[str]:
            sql = (
                "SELECT place FROM events WHERE place IS NOT NULL GROUP BY place ORDER BY count(*) DESC, place LIMIT ?"
            )
            return [re.split(r",", r[0])[0] for r in self.db.execute(sql, (limit,))]

        return list(self._once(f"places-{limit}", read))

    def event_years(self) -> list[int]:
        """Every year from the earliest event to the latest (cached until the next change)."""
        cache = self._cache()
        if "years" not in cache:
            first, last = self.db.execute("SELECT min(start), max(end) FROM events").fetchone()
            cache["years"] = list(range(int(first[:4]), int(last[:4]) + 1)) if first else []
        return list(cache["years"])

    def event_months(self, limit: int = 25) -> list[str]:
        """The first months ('2025-05') holding an event of the reported period dated to a day, days or a month."""

        def read() -> list[str]:
            sql = (
                "SELECT DISTINCT substr(start, 1, 7) AS month FROM events "
                "WHERE precision IN ('day', 'month', 'span') AND background = 0 ORDER BY month LIMIT ?"
            )
            return [r[0] for r in self.db.execute(sql, (limit,))]

        return list(self._once(f"event_months-{limit}", read))

    # ----- demands ----------------------------------------------------------------------------------------------

    def demands(self, parties: Iterable[str] = (), limit: int = 500) -> list[DemandRow]:
        """Demands of these parties (all if none), the most widely stated first."""
        wanted = list(parties)
        # kept per generation: the list does not depend on the question, and with no party or several SQLite
        # sorts every demand they state (19 ms for all 24,000 at 10,000 articles, 50 ms for two big parties)
        known: dict[tuple[tuple[str, ...], int], list[DemandRow]] = self._cache().setdefault("demand_lists", {})
        found = known.get((tuple(wanted), limit))
        if found is None:
            party_clause = f" AND d.party IN ({_marks(wanted)})" if wanted else ""
            sql = f"SELECT {_DEMAND_COLUMNS} FROM demands d WHERE 1{party_clause} ORDER BY d.support DESC, d.id LIMIT ?"
            found = [_demand_row(r) for r in self.db.execute(sql, (*wanted, limit))]
            if len(known) >= DEMAND_LISTS_CACHED:
                known.pop(next(iter(known)), None)  # the oldest goes; another thread may have dropped it first
            known[(tuple(wanted), limit)] = found
        return list(found)

    def demand_count(self, parties: Iterable[str] = ()) -> int:
        wanted = list(parties)
        party_clause = f" WHERE party IN ({_marks(wanted)})" if wanted else ""
        sql = f"SELECT count(*) FROM (SELECT 1 FROM demands{party_clause} GROUP BY party, key)"  # one per demand
        return int(self.db.execute(sql, wanted).fetchone()[0])

    def demands_of_sentences(self, sentence_ids: Iterable[int]) -> list[DemandRow]:
        found: list[DemandRow] = []
        for batch in _batches(dict.fromkeys(sentence_ids)):
            sql = f"SELECT {_DEMAND_COLUMNS} FROM demands d WHERE d.sentence IN ({_marks(batch)})"
            found += [_demand_row(r) for r in self.db.execute(sql, batch)]
        return found

    def positions(self, parties: Iterable[str] = (), issues: Iterable[str] = ()) -> list[Position]:
        """Positions of these parties on these issues (all when none given), the latest first."""
        rows = self.position_rows(parties, issues)
        found = self.positions_by_id(row.id for row in rows)
        return [found[row.id] for row in rows]

    def position_rows(
        self, parties: Iterable[str] = (), issues: Iterable[str] = (), per_stance: int | None = None
    ) -> list[PositionRow]:
        """The same, as light rows (no text), the latest first; ``per_stance`` keeps only the latest few of each
        party, issue and stance (what a cell can show), read off the index a stance at a time, so a matrix over
        10,000 articles reads hundreds of rows, not all of them."""
        columns = "id, party, issue, stance, article, published"
        if per_stance is None:
            where, values = self._position_filter(list(parties), list(issues))
            sql = f"SELECT {columns} FROM positions{where} ORDER BY published DESC, id"
            rows: list[sqlite3.Row] = self.db.execute(sql, values).fetchall()
        else:
            sql = (
                f"SELECT {columns} FROM positions WHERE party=? AND issue=? AND stance=? "
                "ORDER BY published DESC, id LIMIT ?"
            )
            rows = [
                row
                for triple in self.position_sources(parties, issues)
                for row in self.db.execute(sql, (*triple, per_stance))
            ]
        found = [PositionRow(r[0], r[1], r[2], r[3], r[4], dt.date.fromisoformat(r[5])) for r in rows]
        return sorted(found, key=lambda row: (-row.published.toordinal(), row.id))

    def position_sources(
        self, parties: Iterable[str] = (), issues: Iterable[str] = ()
    ) -> dict[tuple[str, str, str], int]:
        """How many articles state each (party, issue, stance)."""
        where, values = self._position_filter(list(parties), list(issues))
        sql = f"SELECT party, issue, stance, count(DISTINCT article) FROM positions{where} GROUP BY 1, 2, 3"
        return {(r[0], r[1], r[2]): int(r[3]) for r in self.db.execute(sql, values)}

    @staticmethod
    def _position_filter(parties: list[str], issues: list[str]) -> tuple[str, list[str]]:
        clauses = [f"party IN ({_marks(parties)})"] if parties else []
        clauses += [f"issue IN ({_marks(issues)})"] if issues else []
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), [*parties, *issues]

    def positions_by_id(self, ids: Iterable[int]) -> dict[int, Position]:
        found: dict[int, Position] = {}
        for batch in _batches(dict.fromkeys(ids)):
            sql = f"SELECT id, data FROM positions WHERE id IN ({_marks(batch)})"
            found |= {int(r[0]): Position.model_validate_json(r[1]) for r in self.db.execute(sql, batch)}
        return found

    def parties_with_positions(self) -> list[str]:
        """Parties by how many positions the articles give them, most first (once per generation)."""
        sql = "SELECT party FROM positions GROUP BY party ORDER BY count(*) DESC, party"
        return list(self._once("parties_with_positions", lambda: [r[0] for r in self.db.execute(sql)]))

    def parties_with_demands(self) -> list[str]:
        """Parties by how many demands they make, most first (once per generation: it counts every demand)."""
        sql = "SELECT party FROM demands GROUP BY party ORDER BY count(*) DESC"
        return list(self._once("parties_with_demands", lambda: [r[0] for r in self.db.execute(sql)]))

    def people_with_demands(self) -> frozenset[str]:
        """The parties of ``parties_with_demands`` that are a person whose side the articles do not give (the demand's
        party is its speaker's own name)."""
        sql = "SELECT DISTINCT party FROM demands WHERE actor = party"
        return self._once("people_with_demands", lambda: frozenset(r[0] for r in self.db.execute(sql)))
