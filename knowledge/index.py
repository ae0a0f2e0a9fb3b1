"""The persisted index: one SQLite file with articles, sentences, people, facts and full-text search.

- Keyed by each article's content hash (its bytes and its metadata) and by ``EXTRACTOR_VERSION``: opening an
  index re-extracts nothing that did not change; a new article is added on its own; a changed or removed
  article, or a new extractor version, rebuilds everything.
- Every change is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): a crash leaves the index as it was.
- WAL mode, so the bot and the CLI can read it at once.
- Answering never scans every fact: FTS5 (bm25) gives candidates, which the caller re-ranks with rapidfuzz.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter

from knowledge.corpus import METADATA_FILE, article_paths, read_article, read_metadata
from knowledge.errors import CorpusError
from knowledge.extract.events import merge_into
from knowledge.extract.registry import PeopleRegistry, PersonDraft
from knowledge.extract.speakers import ActorFinder
from knowledge.facts import ArticleFacts, extract_article
from knowledge.models import Article, Citation, Demand, Event, Person, Precision, Sentence
from knowledge.sentences import split_article
from knowledge.text import terms

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "7"  # bump whenever extraction changes what it would store: indexes then rebuild
MEMORY = ":memory:"
Progress = Callable[[int, int], None]

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER, mtime_ns INTEGER, published TEXT NOT NULL,
    source TEXT, title TEXT, body_start INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX articles_stamps ON articles(id, hash, size, mtime_ns);
CREATE INDEX articles_by_hash ON articles(hash);
CREATE TABLE sentences(
    id INTEGER PRIMARY KEY, article TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
    end INTEGER NOT NULL, heading INTEGER NOT NULL, speaker INTEGER, text TEXT NOT NULL, terms TEXT NOT NULL);
CREATE INDEX sentences_by_article ON sentences(article, start);
CREATE INDEX sentences_by_speaker ON sentences(speaker);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');
CREATE TABLE people(key INTEGER PRIMARY KEY, name TEXT NOT NULL, person TEXT NOT NULL, draft TEXT NOT NULL);
CREATE TABLE mentions(person INTEGER NOT NULL, sentence INTEGER NOT NULL, spoken INTEGER NOT NULL,
    PRIMARY KEY(person, sentence)) WITHOUT ROWID;
CREATE TABLE events(
    id INTEGER PRIMARY KEY, start TEXT NOT NULL, end TEXT NOT NULL, iso TEXT NOT NULL, precision TEXT NOT NULL,
    place TEXT, data TEXT NOT NULL, search TEXT NOT NULL, focus_terms TEXT NOT NULL, terms TEXT NOT NULL);
CREATE INDEX events_by_date ON events(start, end);
CREATE INDEX events_by_order ON events(iso, start);
CREATE INDEX events_by_place ON events(place);
CREATE VIRTUAL TABLE events_fts USING fts5(
    search, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE demands(id INTEGER PRIMARY KEY, party TEXT NOT NULL, actor TEXT, article TEXT NOT NULL,
    data TEXT NOT NULL, search TEXT NOT NULL, terms TEXT NOT NULL);
CREATE INDEX demands_by_party ON demands(party, id);
CREATE VIRTUAL TABLE demands_fts USING fts5(
    search, content='demands', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_vocab USING fts5vocab(events_fts, 'row');
CREATE VIRTUAL TABLE demands_vocab USING fts5vocab(demands_fts, 'row');
CREATE INDEX mentions_by_person ON mentions(person, spoken DESC, sentence);
"""
_TABLES = (  # dropped in this order on a rebuild: vocabularies before the tables they read
    "meta", "articles", "sentences_vocab", "events_vocab", "demands_vocab", "sentences", "sentences_fts",
    "people", "mentions", "events", "events_fts", "demands", "demands_fts",
)  # fmt: skip
_FTS = {
    "sentences": ("sentences_vocab", "sentences"),
    "events": ("events_vocab", "events"),
    "demands": ("demands_vocab", "demands"),
}


_PEOPLE = TypeAdapter(list[Person])
_EVENT_COLUMNS = "e.start, e.end, e.iso, e.focus_terms, e.terms, e.data"


def _event_row(row: sqlite3.Row) -> EventRow:
    return EventRow(
        dt.date.fromisoformat(row[0]),
        dt.date.fromisoformat(row[1]),
        row[2],
        tuple(row[3].split()),
        tuple(row[4].split()),
        row[5],
    )


def default_index_path(corpus: Path) -> Path:
    """Beside the corpus folder: ``seeds/`` -> ``seeds.index.sqlite`` (git-ignored)."""
    corpus = Path(corpus).resolve()
    return corpus.parent / f"{corpus.name}.index.sqlite"


def content_hash(raw: bytes, metadata: Mapping[str, object]) -> str:
    digest = hashlib.sha256(raw)
    digest.update(json.dumps(metadata, sort_keys=True, default=str).encode())
    return digest.hexdigest()


@dataclass
class AddedArticle:
    """What one added article brought: for a reply such as 'added 3 people, 4 events, 2 demands'."""

    id: str
    new_people: list[str] = field(default_factory=list)
    events: int = 0
    demands: int = 0


@dataclass
class SyncReport:
    """What opening (or reloading) an index did."""

    added: list[AddedArticle] = field(default_factory=list)
    rebuilt: bool = False
    unchanged: int = 0
    problems: list[CorpusError] = field(default_factory=list)


@dataclass(frozen=True)
class SentenceRow:
    """A sentence row: id, speaker key (if known), content words; the Sentence model is built only when kept."""

    id: int
    article: str
    index: int
    start: int
    end: int
    text: str
    heading: bool
    speaker: int | None
    terms: tuple[str, ...]

    @property
    def sentence(self) -> Sentence:
        return Sentence(
            article=self.article, index=self.index, start=self.start, end=self.end, text=self.text, heading=self.heading
        )


@dataclass(frozen=True)
class EventRow:
    """An event's dates and content words (of its dated clause, and of everything) for ranking; parsed when kept."""

    start: dt.date
    end: dt.date
    iso: str
    focus_terms: tuple[str, ...]
    terms: tuple[str, ...]
    data: str

    @property
    def event(self) -> Event:
        return Event.model_validate_json(self.data)


@dataclass(frozen=True)
class DemandRow:
    """A demand's content words and speaking person for ranking; parsed only when kept."""

    actor: str | None
    terms: tuple[str, ...]
    data: str

    @property
    def demand(self) -> Demand:
        return Demand.model_validate_json(self.data)


class Store:
    """The index. ``Store(MEMORY)`` is an index that lives only as long as the object."""

    def __init__(self, path: Path | str = MEMORY) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        if self.path != MEMORY:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        if not self._has_schema() or self._meta("extractor_version") != EXTRACTOR_VERSION:
            with self.transaction():
                self._reset()
        self._registry: PeopleRegistry | None = None
        self._people_cache: dict[int, Person] = {}  # key -> person, as of the last add
        self._shares: dict[tuple[str, str], float] = {}  # (table, stem) -> share of rows holding it
        self._years: list[int] | None = None

    # ----- schema and transactions -------------------------------------------------------------------------

    def _has_schema(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone() is not None

    def _meta(self, key: str) -> str | None:
        if not self._has_schema():
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else None

    def _reset(self) -> None:
        for table in _TABLES:
            self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in _SCHEMA.split(";"):  # not executescript: it would COMMIT the open transaction
            if statement.strip():
                self.db.execute(statement)
        self.db.execute("INSERT INTO meta VALUES('extractor_version', ?)", (EXTRACTOR_VERSION,))
        self._registry = None
        self._people_cache = {}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; nested use joins the outer transaction."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._registry = None  # drafts in memory may hold what was rolled back
            self._people_cache = {}
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # ----- building ---------------------------------------------------------------------------------------------

    @property
    def registry(self) -> PeopleRegistry:
        if self._registry is None:
            drafts = [PersonDraft.from_json(json.loads(r[0])) for r in self.db.execute("SELECT draft FROM people")]
            self._registry = PeopleRegistry(drafts)
        return self._registry

    def sync(self, folder: Path, progress: Progress | None = None) -> SyncReport:
        """Bring the index in line with the articles in ``folder``: add new ones, rebuild if any changed."""
        report = SyncReport()
        metadata = read_metadata(Path(folder) / METADATA_FILE)
        known = {r["id"]: r for r in self.db.execute("SELECT id, hash, size, mtime_ns FROM articles")}
        unchanged: dict[str, os.stat_result] = {}
        fresh: dict[str, tuple[Article, str, os.stat_result]] = {}
        for path in article_paths(Path(folder)):
            meta = metadata.get(path.stem, {})
            stat = path.stat()
            row = known.get(path.stem)
            if row is not None and (row["size"], row["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns):
                unchanged[path.stem] = stat  # same size and time: not even read
                continue
            try:
                article = read_article(path, meta)
            except CorpusError as exc:
                log.warning("skipped article %s", exc)
                report.problems.append(exc)
                continue
            digest = content_hash(path.read_bytes(), meta)
            if row is not None and row["hash"] == digest:
                unchanged[path.stem] = stat
                self.db.execute(
                    "UPDATE articles SET size=?, mtime_ns=? WHERE id=?", (stat.st_size, stat.st_mtime_ns, path.stem)
                )
                continue
            fresh[path.stem] = (article, digest, stat)
        gone = set(known) - set(unchanged) - set(fresh)
        changed = [article_id for article_id in fresh if article_id in known]
        report.unchanged = len(unchanged)
        stamps: dict[str, tuple[str, os.stat_result | None]] = {i: (d, st) for i, (_, d, st) in fresh.items()}
        if gone or changed:
            log.info("%d articles changed and %d went away: rebuilding the index", len(changed), len(gone))
            stamps |= {i: (str(known[i]["hash"]), stat) for i, stat in unchanged.items()}
            articles = [fresh[i][0] if i in fresh else self.article(i) for i in sorted(stamps)]
            with self.transaction():
                self._reset()
                report.added = self.add(articles, stamps=stamps, progress=progress)
            report.rebuilt = True
        elif fresh:
            report.added = self.add([fresh[i][0] for i in sorted(fresh)], stamps=stamps, progress=progress)
        return report

    def add(
        self,
        articles: Sequence[Article],
        stamps: Mapping[str, tuple[str, os.stat_result | None]] | None = None,
        progress: Progress | None = None,
    ) -> list[AddedArticle]:
        """Extract and store new articles in one transaction; people first, since the rest needs them."""
        stamps = stamps or {}
        self._shares.clear()
        self._years = None
        with self.transaction():
            registry = self.registry
            known_keys = set(registry.drafts)
            split = {a.id: split_article(a.id, a.text, a.body_start) for a in articles}
            registry.add(s for sentences in split.values() for s in sentences)
            actors = ActorFinder(self._current_people(registry))
            added = []
            events: list[tuple[str, Event]] = []
            for done, article in enumerate(articles, start=1):
                facts = extract_article(article, split[article.id], actors)
                digest, stat = stamps.get(article.id) or (content_hash(article.text.encode(), {}), None)
                self._write_article(facts, digest, stat)
                events += [(article.id, event) for event in facts.events]
                new_people = {key for key, _ in facts.mentions} - known_keys
                added.append(
                    AddedArticle(
                        id=article.id,
                        new_people=sorted(registry.drafts[k].name for k in new_people if k in registry.drafts),
                        events=len(facts.events),
                        demands=len(facts.demands),
                    )
                )
                if progress:
                    progress(done, len(articles))
            self._write_events([event for _, event in events])
            self._write_people(registry)
        return added

    def _current_people(self, registry: PeopleRegistry) -> list[Person]:
        """Every person, rebuilding only those whose drafts changed since last asked (an ingest touches few)."""
        stale = registry.changed if self._people_cache else set(registry.drafts)
        for key in stale:
            if registry.drafts[key].variants:
                self._people_cache[key] = registry.drafts[key].person()
        return list(self._people_cache.values())

    def _write_article(self, facts: ArticleFacts, digest: str, stat: os.stat_result | None) -> None:
        """One article's rows; sentence ids are given here so each table takes one batch."""
        article = facts.article
        self.db.execute(
            "INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                digest,
                stat.st_size if stat else None,
                stat.st_mtime_ns if stat else None,
                article.published.isoformat(),
                article.source,
                article.title,
                article.body_start,
                article.text,
            ),
        )
        first = (self.db.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1
        ids = {sentence.index: first + n for n, sentence in enumerate(facts.sentences)}
        rows = []
        for sentence in facts.sentences:
            speaker = facts.speakers.get(sentence.index)
            rows.append(
                (
                    ids[sentence.index],
                    article.id,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    int(sentence.heading),
                    speaker.key if speaker else None,
                    sentence.text,
                    " ".join(terms(sentence.text)),
                )
            )
        self.db.executemany("INSERT INTO sentences VALUES(?,?,?,?,?,?,?,?,?)", rows)
        self.db.executemany("INSERT INTO sentences_fts(rowid, text) VALUES(?, ?)", [(r[0], r[7]) for r in rows])
        self.db.executemany(
            "INSERT OR IGNORE INTO mentions VALUES(?,?,?)",
            [
                (key, ids[index], int(index in facts.speakers and facts.speakers[index].key == key))
                for key, index in facts.mentions
            ],
        )
        for demand in facts.demands:
            search = f"{demand.party} {demand.actor or ''} {demand.target or ''} {demand.text} {demand.citation.quote}"
            cursor = self.db.execute(
                "INSERT INTO demands(party, actor, article, data, search, terms) VALUES(?,?,?,?,?,?)",
                (
                    demand.party,
                    demand.actor,
                    article.id,
                    demand.model_dump_json(),
                    search,
                    " ".join(terms(demand.text + " " + demand.citation.quote)),
                ),
            )
            self.db.execute("INSERT INTO demands_fts(rowid, search) VALUES(?,?)", (cursor.lastrowid, search))

    def _write_events(self, events: list[Event]) -> None:
        """Merge with stored same-day events (another article telling the same thing), then store."""
        by_day: dict[str, list[Event]] = {}
        for event in events:
            day = event.date.start.isoformat() if event.date and event.date.precision is Precision.DAY else None
            if day is None:
                self._insert_event(event)
            else:
                by_day.setdefault(day, []).append(event)
        for day, new in by_day.items():
            rows = self.db.execute(
                "SELECT id, data FROM events WHERE start=? AND end=? AND precision='day'", (day, day)
            ).fetchall()
            group = [Event.model_validate_json(r["data"]) for r in rows]
            ids: list[int | None] = [int(r["id"]) for r in rows]
            touched: set[int] = set()
            for event in new:
                index = merge_into(group, event)
                if index == len(ids):
                    ids.append(None)
                touched.add(index)
            for index in sorted(touched):
                if ids[index] is not None:
                    self._delete_event(int(ids[index]))  # type: ignore[arg-type]
                self._insert_event(group[index], ids[index])

    def _insert_event(self, event: Event, event_id: int | None = None) -> None:
        assert event.date is not None  # only dated events are extracted
        search = " ".join([event.focus, event.place or "", *(c.quote for c in event.citations)])
        focus = f"{event.focus or event.text} {event.place or ''}"
        cursor = self.db.execute(
            "INSERT INTO events(id, start, end, iso, precision, place, data, search, focus_terms, terms) "
            "VALUES(?,?,?,?,?,?,?,?,?,?)",
            (
                event_id,
                event.date.start.isoformat(),
                event.date.end.isoformat(),
                event.date.iso,
                event.date.precision.value,
                event.place,
                event.model_dump_json(),
                search,
                " ".join(terms(focus)),
                " ".join(terms(search)),
            ),
        )
        self.db.execute("INSERT INTO events_fts(rowid, search) VALUES(?,?)", (cursor.lastrowid, search))

    def _delete_event(self, event_id: int) -> None:
        row = self.db.execute("SELECT search FROM events WHERE id=?", (event_id,)).fetchone()
        self.db.execute(
            "INSERT INTO events_fts(events_fts, rowid, search) VALUES('delete', ?, ?)", (event_id, row["search"])
        )
        self.db.execute("DELETE FROM events WHERE id=?", (event_id,))

    def _write_people(self, registry: PeopleRegistry) -> None:
        for key in sorted(registry.changed):
            draft = registry.drafts[key]
            person = draft.person()
            self.db.execute(
                "INSERT OR REPLACE INTO people VALUES(?,?,?,?)",
                (key, person.name, person.model_dump_json(), json.dumps(draft.to_json())),
            )
        registry.changed.clear()

    # ----- reading ----------------------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, as of the last add (kept in memory after one, read in one validation otherwise)."""
        if not self._people_cache:
            rows = self.db.execute("SELECT key, person FROM people ORDER BY key").fetchall()
            people = _PEOPLE.validate_json("[" + ",".join(r[1] for r in rows) + "]")
            self._people_cache = {person.key: person for person in people}
        return list(self._people_cache.values())

    def article(self, article_id: str) -> Article:
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        return Article(
            id=row["id"],
            text=row["text"],
            body_start=row["body_start"],
            published=dt.date.fromisoformat(row["published"]),
            source=row["source"],
            title=row["title"],
        )

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def has_content(self, digest: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE hash=?", (digest,)).fetchone()
        return str(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "people", "events", "demands", "sentences")
        }

    def date_range(self) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return row[0], row[1]

    def share_of_rows(self, table: str, stem: str) -> float:
        """The share of a searchable table's rows that hold a word starting with ``stem`` (0..1)."""
        key = (table, stem)
        if key not in self._shares:
            vocab, rows_table = _FTS[table]
            rows = self.db.execute(f"SELECT max(id) FROM {rows_table}").fetchone()[0] or 1
            docs = self.db.execute(
                f"SELECT coalesce(sum(doc), 0) FROM {vocab} WHERE term >= ? AND term < ?", (stem, stem + "\uffff")
            ).fetchone()[0]
            self._shares[key] = docs / rows
        return self._shares[key]

    def sentences_mentioning(self, key: int, limit: int) -> list[SentenceRow]:
        """Sentences naming a person or spoken by them, the spoken ones first."""
        sql = (
            "SELECT s.* FROM mentions m JOIN sentences s ON s.id = m.sentence WHERE m.person=? "
            "ORDER BY m.spoken DESC, m.sentence LIMIT ?"
        )
        return [self._sentence_row(r) for r in self.db.execute(sql, (key, limit))]

    def search_sentences(self, query: str, limit: int) -> list[SentenceRow]:
        sql = (
            "SELECT s.* FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?"
        )
        return [self._sentence_row(r) for r in self.db.execute(sql, (query, limit))]

    def mentions_of(self, key: int, limit: int | None = None) -> list[tuple[Citation, bool]]:
        """Sentences naming a person (or spoken by them), the ones they speak first."""
        sql = (
            "SELECT s.article, s.start, s.end, s.text, m.spoken FROM mentions m JOIN sentences s ON s.id = m.sentence "
            "WHERE m.person=? ORDER BY m.spoken DESC, s.id LIMIT ?"
        )
        rows = self.db.execute(sql, (key, -1 if limit is None else limit))
        return [(Citation(article=r[0], start=r[1], end=r[2], quote=r[3]), bool(r[4])) for r in rows]

    def all_sentences(self) -> list[SentenceRow]:
        return [self._sentence_row(r) for r in self.db.execute("SELECT * FROM sentences ORDER BY id")]

    def contains_word(self, word: str) -> bool:
        query = '"' + word.replace('"', "") + '"'
        return (
            self.db.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1", (query,)).fetchone()
            is not None
        )

    def events(self, query: str | None = None, limit: int = 500) -> list[EventRow]:
        """Events matching an FTS query, best first; without one, every event in date order."""
        if query is None:
            return self.events_in_order("", "\uffff", limit)
        sql = (
            f"SELECT {_EVENT_COLUMNS} FROM events_fts JOIN events e ON e.id = events_fts.rowid "
            "WHERE events_fts MATCH ? ORDER BY bm25(events_fts) LIMIT ?"
        )
        return [_event_row(r) for r in self.db.execute(sql, (query, limit))]

    def events_in_order(self, iso_from: str, iso_to: str, limit: int) -> list[EventRow]:
        """Events whose ISO date is in [iso_from, iso_to), in date order, read straight off the (iso, start) index:
        '2025' to '2025\uffff' is the year 2025 with all its months and days, in order."""
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.iso >= ? AND e.iso < ? ORDER BY e.iso, e.start LIMIT ?"
        return [_event_row(r) for r in self.db.execute(sql, (iso_from, iso_to, limit))]

    def demands(self, parties: Iterable[str] = (), query: str | None = None, limit: int = 500) -> list[DemandRow]:
        """Demands of these parties (all if none), matching an FTS query if given (best first), else in order."""
        wanted = list(parties)
        party_clause = f" AND d.party IN ({','.join('?' * len(wanted))})" if wanted else ""
        columns = "d.actor, d.terms, d.data"
        if query:
            sql = (
                f"SELECT {columns} FROM demands_fts JOIN demands d ON d.id = demands_fts.rowid "
                f"WHERE demands_fts MATCH ?{party_clause} ORDER BY bm25(demands_fts) LIMIT ?"
            )
            rows = self.db.execute(sql, (query, *wanted, limit))
        else:
            sql = f"SELECT {columns} FROM demands d WHERE 1{party_clause} ORDER BY d.id LIMIT ?"
            rows = self.db.execute(sql, (*wanted, limit))
        return [DemandRow(r[0], tuple(r[1].split()), r[2]) for r in rows]

    def parties_with_demands(self) -> list[str]:
        sql = "SELECT party FROM demands GROUP BY party ORDER BY count(*) DESC"
        return [r[0] for r in self.db.execute(sql)]

    def places(self, limit: int = 25) -> list[str]:
        sql = "SELECT place FROM events WHERE place IS NOT NULL GROUP BY place ORDER BY count(*) DESC, place LIMIT ?"
        return [re.split(r",", r[0])[0] for r in self.db.execute(sql, (limit,))]

    def event_years(self) -> list[int]:
        """Every year from the earliest event to the latest (cached until the next add)."""
        if self._years is None:
            first, last = self.db.execute("SELECT min(start), max(end) FROM events").fetchone()
            self._years = list(range(int(first[:4]), int(last[:4]) + 1)) if first else []
        return self._years

    def event_months(self, limit: int = 25) -> list[str]:
        """The first months ('2025-05') holding an event dated to a day, a few days or a month."""
        months: list[str] = []
        for year in self.event_years():
            for month in range(1, 13):
                first = f"{year}-{month:02d}-01"
                after = f"{year + (month == 12)}-{month % 12 + 1:02d}-01"
                sql = (
                    "SELECT 1 FROM events WHERE start >= ? AND start < ? AND precision IN ('day', 'month', 'span') "
                    "LIMIT 1"
                )
                if self.db.execute(sql, (first, after)).fetchone():
                    months.append(first[:7])
                    if len(months) >= limit:
                        return months
        return months

    @staticmethod
    def _sentence_row(row: sqlite3.Row) -> SentenceRow:
        return SentenceRow(
            id=row["id"],
            article=row["article"],
            index=row["idx"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            heading=bool(row["heading"]),
            speaker=row["speaker"],
            terms=tuple(row["terms"].split()),
        )
