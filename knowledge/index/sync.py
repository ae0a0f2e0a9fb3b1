"""Bring an index in line with its corpus folder: add new articles, rebuild when one changed or went away."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.corpus import METADATA_FILE, article_paths, read_article, read_metadata
from knowledge.errors import CorpusError
from knowledge.index.hashing import content_hash
from knowledge.index.writer import AddedArticle, Progress
from knowledge.models import Article

if TYPE_CHECKING:
    from knowledge.index import Store

log = logging.getLogger(__name__)


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
    known = {r[0]: r for r in store.db.execute("SELECT id, hash, size, mtime_ns FROM articles")}
    unchanged: dict[str, os.stat_result] = {}
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
            store.db.execute(
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
        stamps |= {i: (str(known[i][1]), stat) for i, stat in unchanged.items()}
        articles = [fresh[i][0] if i in fresh else store.article(i) for i in sorted(stamps)]
        with store.transaction():
            store.reset()
            report.added = store.add(articles, stamps=stamps, progress=progress)
        report.rebuilt = True
    elif fresh:
        report.added = store.add([fresh[i][0] for i in sorted(fresh)], stamps=stamps, progress=progress)
    return report
