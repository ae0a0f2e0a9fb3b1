"""Writing the index: extract articles and store their rows, people, events and demands, one transaction a batch.

People come first, since everything else needs them. Events merge with stored events of the same day that tell
the same thing; demands stated in the same words by a party in several articles count each other's support.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from knowledge.errors import CorpusError
from knowledge.index import schema
from knowledge.index.hashing import body_hash, content_hash
from knowledge.models import Article, Event, Person

if TYPE_CHECKING:  # the extraction code is imported when a write needs it: a start that only reads never does
    from knowledge.extract.registry import PeopleRegistry
    from knowledge.index.parallel import Extraction
    from knowledge.index.prepare import EventEntry, EventValues, PreparedArticle

log = logging.getLogger(__name__)
_PEOPLE = TypeAdapter(list[Person])

Progress = Callable[[int, int], None]
BULK_SUPPORT_KEYS = 1000  # past this many demands touched in one write, recount them all in one statement


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while a batch is extracted and written (then left as it was). The batch
    keeps what it builds (people, events, rows) to its end and makes no reference cycles, yet each full collection
    walks all of it: 12% of the writer's CPU at 2,000 articles. Cycles made meanwhile are collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class AddedArticle:
    """What one added article brought: for a reply such as 'added 3 people, 4 events, 2 demands'."""

    id: str
    new_people: list[str] = field(default_factory=list)
    events: int = 0
    demands: int = 0


class Writer:
    """Adds articles to the index through the writer connection (``wdb``), inside the Store's transactions."""

    @property
    def wdb(self) -> sqlite3.Connection:
        raise NotImplementedError  # the Store gives its writer connection

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # the Store's: one write at a time, all or nothing

    def _init_writer(self) -> None:
        self._registry: PeopleRegistry | None = None
        self._people_cache: dict[int, Person] = {}  # key -> person, as of the last add

    def _forget_drafts(self) -> None:
        """Drop the people kept in memory between writes; they are read again from the index when needed."""
        self._registry = None
        self._people_cache = {}

    def reset(self) -> None:
        """An empty index, inside the current transaction."""
        schema.reset(self.wdb)
        self._forget_drafts()

    @property
    def registry(self) -> PeopleRegistry:
        from knowledge.extract.registry import PeopleRegistry, PersonDraft

        if self._registry is None:
            rows = self.wdb.execute("SELECT draft, person FROM people").fetchall()
            self._registry = PeopleRegistry(PersonDraft.from_json(json.loads(r[0])) for r in rows)
            # Each person as the last write stored it (what draft.person() gives for an unchanged draft), read in
            # one validation: a first ingest into a big index rebuilds only the people its article changes.
            people = _PEOPLE.validate_json("[" + ",".join(r[1] for r in rows) + "]")
            self._people_cache = {person.key: person for person in people}
        return self._registry

    def add(
        self,
        articles: Sequence[Article],
        stamps: Mapping[str, tuple[str, os.stat_result | None]] | None = None,
        progress: Progress | None = None,
        problems: list[CorpusError] | None = None,
    ) -> list[AddedArticle]:
        """Extract and store new articles in one transaction; people first, since the rest needs them.

        An article that cannot be extracted or stored, for whatever reason (an error in a rule, a date past the
        calendar), is left out, named in a warning and in ``problems``; the others are added as if it were not
        there. Errors of the index itself (a full disk) still end the whole write."""
        with self.transaction():
            bodies: dict[str, str] = {}  # article id -> body hash, made once (~40 us an article)
            articles = self._distinct(articles, problems, bodies)
            added = None
            try:
                with self._savepoint():
                    added = self._add(articles, stamps or {}, progress)
            except sqlite3.Error:
                raise
            except Exception:  # any error in one article's extraction: find that article and leave it out
                self._forget_drafts()  # the people in memory may hold what was rolled back
            if added is None:
                good = []
                for article in articles:
                    try:
                        with self._savepoint(keep=False):
                            self._add([article], stamps or {}, None)
                        good.append(article)
                    except sqlite3.Error:
                        raise
                    except Exception as exc:  # the article is the problem: it is named, not fatal
                        reason = f"cannot be indexed ({type(exc).__name__}: {exc}); skipped"
                        self._skip(CorpusError(article.id, reason), problems)
                    finally:
                        self._forget_drafts()
                added = self._add(good, stamps or {}, progress)
            kept = {a.id for a in added}
            self.wdb.executemany(
                "INSERT OR REPLACE INTO bodies VALUES(?,?)",
                [(bodies[a.id], a.id) for a in articles if a.id in kept],
            )
            return added

    def _distinct(
        self, articles: Sequence[Article], problems: list[CorpusError] | None, bodies: dict[str, str]
    ) -> list[Article]:
        """The articles whose body the index does not hold yet: a copy (the same text under another name or
        header) is one source, not two; it is left out and named. Each distinct article's body hash goes into
        ``bodies``."""
        distinct: list[Article] = []
        seen: dict[str, str] = {}
        for article in articles:
            digest = body_hash(article.text, article.body_start)
            row = self.wdb.execute("SELECT article FROM bodies WHERE hash=?", (digest,)).fetchone()
            same = seen.get(digest) or (str(row[0]) if row else None)
            if same is not None and same != article.id:
                self._skip(CorpusError(article.id, f"the same text as {same}; not indexed twice"), problems)
                continue
            seen[digest] = article.id
            bodies[article.id] = digest
            distinct.append(article)
        return distinct

    @staticmethod
    def _skip(problem: CorpusError, problems: list[CorpusError] | None) -> None:
        log.warning("skipped article %s", problem)
        if problems is not None:
            problems.append(problem)

    @contextmanager
    def _savepoint(self, *, keep: bool = True) -> Iterator[None]:
        """A nested write that is rolled back on an error (and always, with ``keep=False``: a trial run)."""
        self.wdb.execute("SAVEPOINT article_batch")
        try:
            yield
        except BaseException:
            if self.wdb.in_transaction:  # SQLite may have rolled it all back itself (a full disk)
                with suppress(sqlite3.Error):  # the first error is the one to report
                    self.wdb.execute("ROLLBACK TO article_batch")
                    self.wdb.execute("RELEASE article_batch")
            raise
        if not keep:
            self.wdb.execute("ROLLBACK TO article_batch")
        self.wdb.execute("RELEASE article_batch")

    def _add(
        self,
        articles: Sequence[Article],
        stamps: Mapping[str, tuple[str, os.stat_result | None]],
        progress: Progress | None,
    ) -> list[AddedArticle]:
        """Extract and write articles (inside the caller's transaction). A big batch is extracted in worker
        processes (``parallel``) while this one writes what they send back, in order."""
        from knowledge.index.parallel import Extraction

        if not articles:
            return []  # nothing to add writes nothing: the generation (and every reader's cache) stays
        registry = self.registry
        known_keys = set(registry.drafts)
        added = []
        events: list[tuple[EventEntry, list[int], EventValues | None]] = []
        keys: set[tuple[str, str]] = set()
        sentences = length = 0
        with Extraction(articles) as extraction, _collection_paused():
            registry.add_found(extraction.names())
            people = self._current_people(registry)
            for done, (article, prepared) in enumerate(extraction.prepared(people), start=1):
                digest, stat = stamps.get(article.id) or (content_hash(article.text.encode(), {}), None)
                ids = self._write_article(article, prepared, digest, stat)
                sentences += len(prepared.sentences)
                length += sum(values[7] for values in prepared.sentences)
                keys |= self._write_demands(article, prepared, ids)
                self._write_positions(article, prepared, ids)
                events += [
                    (entry, [ids[entry[2]]], prepared.unmerged.get(n)) for n, entry in enumerate(prepared.events)
                ]
                new_people = prepared.people - known_keys
                added.append(
                    AddedArticle(
                        id=article.id,
                        new_people=sorted(registry.drafts[k].name for k in new_people if k in registry.drafts),
                        events=len(prepared.events),
                        demands=len(prepared.demands),
                    )
                )
                if progress:
                    progress(done, len(articles))
            self._write_events(events, extraction)
        self._count_support(keys)
        self._write_people(registry)
        self._write_statistics(sentences, length)
        return added

    def _current_people(self, registry: PeopleRegistry) -> list[Person]:
        """Every person, rebuilding only those whose drafts changed since last asked (an ingest touches few)."""
        stale = registry.changed if self._people_cache else set(registry.drafts)  # in set order: order is no matter
        for key in stale:
            if registry.drafts[key].variants:
                self._people_cache[key] = registry.drafts[key].person()
        return list(self._people_cache.values())

    def _write_article(
        self, article: Article, prepared: PreparedArticle, digest: str, stat: os.stat_result | None
    ) -> dict[int, int]:
        """One article's rows; sentence ids are given here so each table takes one batch. Returns index -> id."""
        self.wdb.execute(
            "INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                digest,
                stat.st_size if stat else None,
                stat.st_mtime_ns if stat else None,
                article.published.isoformat(),
                article.source,
                article.title,
                article.url,
                article.body_start,
                article.text,
                prepared.title_stems,
            ),
        )
        first = (self.wdb.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1
        ids = {values[0]: first + n for n, values in enumerate(prepared.sentences)}
        rows = [(ids[values[0]], article.id, *values) for values in prepared.sentences]
        self.wdb.executemany("INSERT INTO sentences VALUES(?,?,?,?,?,?,?,?,?,?)", rows)
        self.wdb.executemany("INSERT INTO sentences_fts(rowid, stems) VALUES(?, ?)", [(r[0], r[8]) for r in rows])
        self.wdb.executemany(
            "INSERT OR IGNORE INTO mentions VALUES(?,?,?)",
            [(key, ids[index], spoken) for key, index, spoken in prepared.mentions],
        )
        return ids

    def _write_demands(self, article: Article, prepared: PreparedArticle, ids: dict[int, int]) -> set[tuple[str, str]]:
        rows = [
            (party, actor, article.id, ids[index], key, data, tokens)
            for party, actor, index, key, data, tokens in prepared.demands
        ]
        self.wdb.executemany(
            "INSERT INTO demands(party, actor, article, sentence, key, data, stems) VALUES(?,?,?,?,?,?,?)", rows
        )
        return {(party, key) for party, _, _, key, _, _ in prepared.demands}

    def _write_positions(self, article: Article, prepared: PreparedArticle, ids: dict[int, int]) -> None:
        rows = [
            (party, issue, stance, article.id, ids[index], published, data)
            for party, issue, stance, index, published, data in prepared.positions
        ]
        self.wdb.executemany(
            "INSERT INTO positions(party, issue, stance, article, sentence, published, data) VALUES(?,?,?,?,?,?,?)",
            rows,
        )

    def _count_support(self, keys: set[tuple[str, str]]) -> None:
        """How many articles state each touched demand (all at once in one statement for a big batch)."""
        if len(keys) > BULK_SUPPORT_KEYS:
            self.wdb.execute(
                "UPDATE demands SET support = (SELECT count(DISTINCT d.article) FROM demands d "
                "WHERE d.party = demands.party AND d.key = demands.key)"
            )
            return
        for party, key in keys:
            self.wdb.execute(
                "UPDATE demands SET support = (SELECT count(DISTINCT article) FROM demands WHERE party=? AND key=?) "
                "WHERE party=? AND key=?",
                (party, key, party, key),
            )

    def _write_events(
        self, events: list[tuple[EventEntry, list[int], EventValues | None]], extraction: Extraction
    ) -> None:
        """Merge with stored same-day events (another article telling the same thing), then store. Each day is
        merged on its own (in the workers, if any); the rows are written here, day by day in the order the days
        first came, so ids are given as in one process."""
        from knowledge.index.prepare import event_values

        by_day: dict[str, list[tuple[str, list[int]]]] = {}
        for (day, data, _), sentence_ids, values in events:
            if day is None:
                self._insert_event(values or event_values(Event.model_validate_json(data)), sentence_ids)
            else:
                by_day.setdefault(day, []).append((data, sentence_ids))
        stored: dict[str, list[sqlite3.Row]] = {}

        def days() -> Iterator[tuple[list[str], list[str]]]:
            for day, new in by_day.items():
                stored[day] = self.wdb.execute(
                    "SELECT id, data FROM events WHERE start=? AND end=? AND precision='day'", (day, day)
                ).fetchall()
                yield [r["data"] for r in stored[day]], [data for data, _ in new]

        for (day, new), (placed, rows) in zip(by_day.items(), extraction.merged_days(days()), strict=True):
            ids: list[int | None] = [int(r["id"]) for r in stored.pop(day)]
            kept = self._event_sentences([i for i in ids if i is not None])
            sentences: list[list[int]] = [kept.get(i, []) if i is not None else [] for i in ids]
            for index, (_, sentence_ids) in zip(placed, new, strict=True):
                if index == len(ids):  # a new event of its own
                    ids.append(None)
                    sentences.append([])
                sentences[index] += sentence_ids
            for index, values in rows:
                old = ids[index]
                if old is not None:
                    self._delete_event(old)
                self._insert_event(values, sentences[index], old)

    def _event_sentences(self, event_ids: list[int]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        if event_ids:
            marks = ",".join("?" * len(event_ids))
            sql = f"SELECT event, sentence FROM event_sentences WHERE event IN ({marks})"
            for event, sentence in self.wdb.execute(sql, event_ids):
                found.setdefault(int(event), []).append(int(sentence))
        return found

    def _insert_event(self, values: EventValues, sentence_ids: list[int], event_id: int | None = None) -> None:
        cursor = self.wdb.execute(
            "INSERT INTO events(id, start, end, iso, precision, place, background, planned, data, focus_stems, stems) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, *values),
        )
        self.wdb.executemany(
            "INSERT OR IGNORE INTO event_sentences VALUES(?,?)", [(s, cursor.lastrowid) for s in sentence_ids]
        )

    def _delete_event(self, event_id: int) -> None:
        self.wdb.execute("DELETE FROM event_sentences WHERE event=?", (event_id,))
        self.wdb.execute("DELETE FROM events WHERE id=?", (event_id,))

    def _write_people(self, registry: PeopleRegistry) -> None:
        for key in sorted(registry.changed):
            draft = registry.drafts[key]
            person = draft.person()
            self.wdb.execute(
                "INSERT OR REPLACE INTO people VALUES(?,?,?,?)",
                (key, person.name, person.model_dump_json(), json.dumps(draft.to_json())),
            )
        registry.changed.clear()

    def _write_statistics(self, added: int, added_length: int) -> None:
        """What BM25 needs besides the vocabulary: how many sentences, and their average length. The last write's
        totals plus this one's (counting every sentence again cost an ingest ~40 ms at 10,000 articles); all of
        them counted when there are none (a new or emptied index, or one written before the totals were kept)."""
        kept = dict(self.wdb.execute("SELECT key, value FROM meta WHERE key IN ('sentences', 'length_total')"))
        if "sentences" in kept and "length_total" in kept:
            count, total = int(kept["sentences"]) + added, int(kept["length_total"]) + added_length
        else:
            count, total = self.wdb.execute("SELECT count(*), coalesce(sum(length), 0) FROM sentences").fetchone()
        self.wdb.execute("INSERT OR REPLACE INTO meta VALUES('sentences', ?)", (str(count),))
        self.wdb.execute("INSERT OR REPLACE INTO meta VALUES('average_length', ?)", (str(total / max(count, 1)),))
        self.wdb.execute("INSERT OR REPLACE INTO meta VALUES('length_total', ?)", (str(total),))
