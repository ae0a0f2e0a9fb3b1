"""Bring an index in line with its corpus folder: add new articles, rebuild when one changed or went away.

The whole comparison and the write that follows run under the writer, so two syncs (a ``!reload`` and a start)
never add the same file twice, and a rebuild is one transaction: readers keep the old index until it commits.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.corpus import METADATA_FILE, article_paths, read_article, read_metadata
from knowledge.errors import CorpusError
from knowledge.index.hashing import content_hash
from knowledge.index.reader import read_article_row
from knowledge.index.writer import AddedArticle, Progress
from knowledge.models import Article

if TYPE_CHECKING:
    from knowledge.index import Store

log = logging.getLogger(__name__)
FAULT_VARIABLE = "TALKBOT_INDEX_FAULT"  # tests only: "kill:rebuild" kills the process half-way through a build


@dataclass
class SyncReport:
    """What opening (or reloading) an index did."""

    added: list[AddedArticle] = field(default_factory=list)
    rebuilt: bool = False
    unchanged: int = 0
    problems: list[CorpusError] = field(default_factory=list)


def sync_folder(store: Store, folder: Path, progress: Progress | None = None) -> SyncReport:
    """Add what is new in ``folder``; rebuild everything if an article changed or went away."""
    report = SyncReport()
    metadata = read_metadata(folder / METADATA_FILE)
    with store.write_lock():
        db = store.wdb
        known = {r[0]: r for r in db.execute("SELECT id, hash, size, mtime_ns FROM articles")}
        unchanged: dict[str, os.stat_result] = {}
        touched: list[tuple[int, int, str]] = []  # (size, mtime, id) of unchanged files whose stamp moved
        fresh: dict[str, tuple[Article, str, os.stat_result]] = {}
        for path in article_paths(folder):
            meta = metadata.get(path.stem, {})
            stat = path.stat()
            row = known.get(path.stem)
            if row is not None and (row[2], row[3]) == (stat.st_size, stat.st_mtime_ns):
                unchanged[path.stem] = stat  # same size and time: not even read
                continue
            try:
                article = read_article(path, meta)
            except CorpusError as exc:
                log.warning("skipped article %s", exc)
                report.problems.append(exc)
                continue
            digest = content_hash(path.read_bytes(), meta)
            if row is not None and row[1] == digest:
                unchanged[path.stem] = stat
                touched.append((stat.st_size, stat.st_mtime_ns, path.stem))
                continue
            fresh[path.stem] = (article, digest, stat)
        gone = set(known) - set(unchanged) - set(fresh)
        changed = [article_id for article_id in fresh if article_id in known]
        report.unchanged = len(unchanged)
        stamps: dict[str, tuple[str, os.stat_result | None]] = {i: (d, st) for i, (_, d, st) in fresh.items()}
        if not (gone or changed or fresh or touched):
            return report
        with store.transaction():
            db.executemany("UPDATE articles SET size=?, mtime_ns=? WHERE id=?", touched)
            if gone or changed:
                log.info("%d articles changed and %d went away: rebuilding the index", len(changed), len(gone))
                stamps |= {i: (str(known[i][1]), stat) for i, stat in unchanged.items()}
                articles = [fresh[i][0] if i in fresh else read_article_row(db, i) for i in sorted(stamps)]
                store.reset()
                report.added = store.add(articles, stamps=stamps, progress=_with_fault(progress))
                report.rebuilt = True
            elif fresh:
                articles = [fresh[i][0] for i in sorted(fresh)]
                report.added = store.add(articles, stamps=stamps, progress=_with_fault(progress))
    return report


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
        db.executemany("UPDATE articles SET size=?, mtime_ns=? WHERE id=?", [(*sizes[i], i) for i in sizes])
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
