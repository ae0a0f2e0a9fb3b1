"""Bring an index in line with its corpus folder: add new articles, rebuild when one changed or went away.

The whole comparison and the write that follows run under the writer, so two syncs (a ``!reload`` and a start)
never add the same file twice, and a rebuild is one transaction: readers keep the old index until it commits.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.corpus import (
    METADATA_FILE,
    article_names,
    decode_article_bytes,
    name_stem,
    parse_article,
    read_article_bytes,
    read_metadata,
)
from knowledge.errors import CorpusError, IndexBusyError
from knowledge.index.hashing import content_hash
from knowledge.index.reader import read_article_row
from knowledge.index.writer import AddedArticle, Progress
from knowledge.models import Article

if TYPE_CHECKING:
    from knowledge.index import Store

log = logging.getLogger(__name__)
# New files read before the extraction workers are started ahead of the batch (``parallel.start_ahead``): its
# POOL_MIN_ARTICLES, the batch worth workers, not imported here (every start would import the extraction code).
WORKERS_AHEAD_AT = 200
FAULT_VARIABLE = "TALKBOT_INDEX_FAULT"  # tests only: "kill:rebuild" kills the process half-way through a build


@dataclass
class SyncReport:
    """What opening (or reloading) an index did."""

    added: list[AddedArticle] = field(default_factory=list)  # every article extracted (all of them on a rebuild)
    new: list[str] = field(default_factory=list)  # the ids of articles the index did not hold before (or changed)
    rebuilt: bool = False
    unchanged: int = 0
    problems: list[CorpusError] = field(default_factory=list)
    deferred: bool = False  # the folder changed, but another process was writing: left for it (or a reload)


@dataclass
class _Plan:
    """What a folder needs done to its index, against the articles the index holds."""

    known: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # id -> (hash, size, mtime)
    unchanged: dict[str, os.stat_result] = field(default_factory=dict)
    touched: list[tuple[int, int, str]] = field(default_factory=list)  # (size, mtime, id): same text, new stamp
    fresh: dict[str, tuple[Article, str, os.stat_result]] = field(default_factory=dict)
    problems: list[CorpusError] = field(default_factory=list)

    @property
    def gone(self) -> set[str]:
        return set(self.known) - set(self.unchanged) - set(self.fresh)

    @property
    def changed(self) -> list[str]:
        return [article_id for article_id in self.fresh if article_id in self.known]

    @property
    def empty(self) -> bool:
        return not (self.gone or self.changed or self.fresh or self.touched)


def sync_folder(store: Store, folder: Path, progress: Progress | None = None, *, wait: bool = True) -> SyncReport:
    """Add what is new in ``folder``; rebuild everything if an article changed or went away.

    The folder is compared with the index as a reader first: when nothing changed (every start of a second
    process, most reloads) no write lock is taken at all, so questions elsewhere never wait on it. Otherwise the
    comparison is made again under the write transaction, against what the index holds then (another process
    may have added the same files meanwhile), reusing the files already read."""
    metadata = read_metadata(folder / METADATA_FILE)
    parsed: dict[str, tuple[os.stat_result, Article | CorpusError, str]] = {}
    try:
        with store.snapshot():
            plan = _plan(store.db, folder, metadata, parsed)
        report = SyncReport(unchanged=len(plan.unchanged), problems=plan.problems)
        if plan.empty:
            return report
        wait = wait or not plan.known  # an index never built has nothing to answer from: wait for the first build
        try:
            return _write(store, folder, metadata, parsed, progress, wait)
        except IndexBusyError:
            if wait:
                raise
            log.info("another process is writing the index; answering from it as committed until it has finished")
            report.deferred = True
            return report
    finally:
        if len(parsed) >= WORKERS_AHEAD_AT:  # workers may have been started ahead: stopped unless a batch took them
            from knowledge.index.parallel import drop_ahead

            drop_ahead()


def _write(
    store: Store,
    folder: Path,
    metadata: dict[str, dict[str, object]],
    parsed: dict[str, tuple[os.stat_result, Article | CorpusError, str]],
    progress: Progress | None,
    wait: bool,
) -> SyncReport:
    """The comparison made again under the write transaction, and the write it calls for."""
    with store.transaction(wait=wait):
        db = store.wdb
        plan = _plan(db, folder, metadata, parsed)
        report = SyncReport(unchanged=len(plan.unchanged), problems=plan.problems)
        if plan.empty:
            return report
        db.executemany("UPDATE articles SET size=?, mtime_ns=? WHERE id=?", plan.touched)
        report.new = sorted(plan.fresh)
        stamps: dict[str, tuple[str, os.stat_result | None]] = {i: (d, st) for i, (_, d, st) in plan.fresh.items()}
        if plan.gone or plan.changed:
            log.info("%d articles changed and %d went away: rebuilding the index", len(plan.changed), len(plan.gone))
            stamps |= {i: (plan.known[i][0], stat) for i, stat in plan.unchanged.items()}
            articles = [plan.fresh[i][0] if i in plan.fresh else read_article_row(db, i) for i in sorted(stamps)]
            store.reset()
            report.added = store.add(articles, stamps=stamps, progress=_with_fault(progress), problems=report.problems)
            report.rebuilt = True
        elif plan.fresh:
            articles = [plan.fresh[i][0] for i in sorted(plan.fresh)]
            report.added = store.add(articles, stamps=stamps, progress=_with_fault(progress), problems=report.problems)
        indexed = {added.id for added in report.added}
        report.new = [article_id for article_id in report.new if article_id in indexed]  # not those left out
    return report


def _plan(
    db: sqlite3.Connection,
    folder: Path,
    metadata: dict[str, dict[str, object]],
    parsed: dict[str, tuple[os.stat_result, Article | CorpusError, str]],
) -> _Plan:
    """Compare the folder with the index ``db`` reads. ``parsed`` keeps each file read (by stamp), so a second
    comparison reads nothing again."""
    plan = _Plan(
        known={r[0]: (str(r[1]), r[2], r[3]) for r in db.execute("SELECT id, hash, size, mtime_ns FROM articles")}
    )
    directory = os.fspath(folder)
    for name in article_names(folder):  # names and os.stat, not Path objects: a start compares every file
        stem = name_stem(name)
        try:
            stat = os.stat(os.path.join(directory, name))
        except OSError as exc:
            plan.problems.append(CorpusError(folder / name, f"cannot be read ({exc.strerror or exc})"))
            continue
        row = plan.known.get(stem)
        if row is not None and (row[1], row[2]) == (stat.st_size, stat.st_mtime_ns):
            plan.unchanged[stem] = stat  # same size and time: not even read
            continue
        seen = parsed.get(stem)
        if seen is None or (seen[0].st_size, seen[0].st_mtime_ns) != (stat.st_size, stat.st_mtime_ns):
            seen = (stat, *_read(folder / name, metadata.get(stem, {})))
            parsed[stem] = seen
        _, article, digest = seen
        if isinstance(article, CorpusError):
            plan.problems.append(article)
            continue
        if row is not None and row[0] == digest:
            plan.unchanged[stem] = stat
            plan.touched.append((stat.st_size, stat.st_mtime_ns, stem))
            continue
        plan.fresh[stem] = (article, digest, stat)
        if len(plan.fresh) == WORKERS_AHEAD_AT:  # a big batch: its workers start while the rest is read
            from knowledge.index.parallel import start_ahead

            start_ahead(len(plan.fresh))
    return plan


def _read(path: Path, meta: dict[str, object]) -> tuple[Article | CorpusError, str]:
    """The article and the hash of the very bytes it was parsed from (read once: never a hash of other text)."""
    try:
        data = read_article_bytes(path)
        article = parse_article(path.stem, decode_article_bytes(path, data), meta, origin=path)
    except CorpusError as exc:
        log.warning("skipped article %s", exc)
        return exc, ""
    return article, content_hash(data, meta)


def rebuild(store: Store, progress: Progress | None = None) -> list[AddedArticle]:
    """Extract every stored article again (a new version of the extraction), in one transaction."""
    with store.transaction():
        db = store.wdb
        rows = db.execute("SELECT id, hash, size, mtime_ns FROM articles ORDER BY id").fetchall()
        articles = [read_article_row(db, row[0]) for row in rows]
        stamps = {row[0]: (str(row[1]), None) for row in rows}
        sizes = {row[0]: (row[2], row[3]) for row in rows}
        store.reset()
        added = store.add(articles, stamps=stamps, progress=_with_fault(progress))
        kept = {article.id for article in added}
        db.executemany(
            "UPDATE articles SET size=?, mtime_ns=? WHERE id=?", [(*sizes[i], i) for i in sizes if i in kept]
        )
    return added


def _with_fault(progress: Progress | None) -> Progress | None:
    """Fault injection for the crash tests: die half-way through a build or rebuild."""
    if os.environ.get(FAULT_VARIABLE) != "kill:rebuild":
        return progress

    def dying(done: int, total: int) -> None:
        if progress:
            progress(done, total)
        if done * 2 >= total:
            os.kill(os.getpid(), 9)

    return dying
