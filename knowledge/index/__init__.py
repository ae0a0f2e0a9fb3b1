"""The persisted index: one SQLite file with articles, sentences, people, facts and full-text search.

- ``schema``: the tables and the extractor version; ``writer``: adding articles; ``reader``: the queries;
  ``sync``: bringing an index in line with its corpus folder.
- Keyed by each article's content hash (its bytes and its metadata) and by ``EXTRACTOR_VERSION``: opening an
  index re-extracts nothing that did not change; a new article is added on its own; a changed or removed
  article, or a new extractor version, rebuilds everything.
- Every change is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): a crash leaves the index as it was.
- WAL mode, so the bot and the CLI can read it at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from knowledge.index import schema
from knowledge.index.hashing import content_hash
from knowledge.index.reader import Reader
from knowledge.index.rows import DemandRow, EventRow, SentenceRow
from knowledge.index.sync import SyncReport, sync_folder
from knowledge.index.writer import AddedArticle, Progress, Writer

MEMORY = ":memory:"
EXTRACTOR_VERSION = schema.EXTRACTOR_VERSION

__all__ = [
    "EXTRACTOR_VERSION",
    "MEMORY",
    "AddedArticle",
    "DemandRow",
    "EventRow",
    "Progress",
    "SentenceRow",
    "Store",
    "SyncReport",
    "content_hash",
    "default_index_path",
]


def default_index_path(corpus: Path) -> Path:
    """Beside the corpus folder: ``seeds/`` -> ``seeds.index.sqlite`` (git-ignored)."""
    corpus = Path(corpus).resolve()
    return corpus.parent / f"{corpus.name}.index.sqlite"


class Store(Reader, Writer):
    """The index. ``Store(MEMORY)`` is an index that lives only as long as the object."""

    def __init__(self, path: Path | str = MEMORY) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if self.path != MEMORY:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.db.row_factory = sqlite3.Row
        self._init_reader()
        self._init_writer()
        if schema.version(self.db) != EXTRACTOR_VERSION:
            with self.transaction():
                self.reset()

    def _on_change(self) -> None:
        self._clear_reader_caches()

    def sync(self, folder: Path, progress: Progress | None = None) -> SyncReport:
        """Bring the index in line with the articles in ``folder``: add new ones, rebuild if any changed."""
        return sync_folder(self, Path(folder), progress)

    def close(self) -> None:
        self.db.close()
