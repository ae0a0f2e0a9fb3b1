"""A new process never waits on another process's write (issue 14, item 2): a live ingest's staging folder is
not a crash, and a start that finds the folder changed while another process writes answers from the index as
committed. The other process is played by a second SQLite connection holding the write lock and by the ingest
lock file held on another descriptor (both conflict within one process as across two)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase
from knowledge.ingest import STAGING_PREFIX, _alive, _folder_hash, ingest_running, needs_recovery

WITHIN_S = 5.0  # a reader's normal time, generously; the old code waited 30 s for the writer, then failed


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return folder


@contextmanager
def _writer_holding(index: Path) -> Iterator[None]:
    """Another writer, mid-transaction: SQLite's write lock is taken."""
    db = sqlite3.connect(index, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT OR REPLACE INTO meta VALUES('probe', 'x')")
    try:
        yield
    finally:
        db.execute("ROLLBACK")
        db.close()


def test_a_live_ingests_staging_folder_is_not_taken_for_a_crash(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    KnowledgeBase.from_folder(folder, index).store.close()
    staging = tmp_path / f"{STAGING_PREFIX}{folder.name}-{_folder_hash(folder.resolve())}-live"
    staging.mkdir()
    (staging / "new.txt").write_text("date: 2025-06-01\n\nStaged.\n", encoding="utf-8")
    with _alive(folder.resolve()), _writer_holding(index):
        assert ingest_running(folder) and not needs_recovery(folder)
        started = time.monotonic()
        kb = KnowledgeBase.from_folder(folder, index)
        assert kb.answer("who is Lavrov?").found
        assert time.monotonic() - started < WITHIN_S
        assert staging.exists()  # the live ingest's own work is left alone
    assert not ingest_running(folder) and needs_recovery(folder)  # once its writer is gone, it is a crash's


def test_a_start_that_finds_the_folder_changed_answers_while_another_process_writes(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    KnowledgeBase.from_folder(folder, index).store.close()
    target = next(folder.glob("003_*.txt"))
    target.write_text(target.read_text(encoding="utf-8") + "\nThe envoys met again on Friday.\n", encoding="utf-8")
    (folder / "fresh.txt").write_text("date: 2025-06-05\n\nLavrov met Rubio in Ankara.\n", encoding="utf-8")
    with _writer_holding(index):  # another process is rebuilding
        started = time.monotonic()
        kb = KnowledgeBase.from_folder(folder, index)
        assert kb.opened.deferred and kb.answer("who is Lavrov?").found
        assert "fresh" not in kb.articles  # the committed index, as it was
        assert time.monotonic() - started < WITHIN_S
    report = kb.reload()  # the writer gone, a reload (or the next start) brings it up to date
    assert report.rebuilt and "fresh" in kb.articles


def test_a_write_that_may_wait_still_waits_its_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import knowledge.index as index_module
    from knowledge.errors import IndexBusyError

    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    kb = KnowledgeBase.from_folder(folder, index)
    (folder / "fresh.txt").write_text("date: 2025-06-05\n\nLavrov met Rubio in Ankara.\n", encoding="utf-8")
    monkeypatch.setattr(index_module, "WRITE_WAIT_SECONDS", 0.2)
    kb.store.close()  # the writer connection is made again with the short wait
    with _writer_holding(index), pytest.raises(IndexBusyError):
        kb.reload()
