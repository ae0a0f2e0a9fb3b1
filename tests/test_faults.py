"""Faults survived: a damaged index file is set aside and rebuilt, a killed rebuild leaves the old index, a full
disk is a clear error naming the file and changes nothing."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase, KnowledgeError, Upload
from knowledge.index.sync import FAULT_VARIABLE


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return folder


def _ask(
    folder: Path, index: Path, question: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(folder), "--index", str(index), "ask", "--json"]
    return subprocess.run(
        [*command, question], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


def test_a_damaged_index_is_set_aside_named_and_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    index.write_bytes(b"this is not a database at all" * 100)
    with caplog.at_level(logging.WARNING):
        kb = KnowledgeBase.from_folder(folder, index=index)
    assert kb.answer("who is Lavrov?").found
    kept = list(tmp_path.glob("index.sqlite.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert any(kept[0].name in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("first_build", [True, False])
def test_a_rebuild_killed_half_way_leaves_an_index_that_answers(tmp_path: Path, first_build: bool) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    if not first_build:
        assert _ask(folder, index, "who is Lavrov?").returncode == 0
        target = next(folder.glob("003_*.txt"))
        target.write_bytes(target.read_bytes() + b"\nThe envoys met again on Friday in Ankara.\n")  # forces a rebuild
    killed = _ask(folder, index, "who is Lavrov?", env={FAULT_VARIABLE: "kill:rebuild"})
    assert killed.returncode == -signal.SIGKILL
    after = _ask(folder, index, "who is Lavrov?")
    assert after.returncode == 0 and '"found":true' in after.stdout.replace(" ", "")
    kb = KnowledgeBase.from_folder(folder, index=index)
    assert len(kb.articles) == 5 and kb.answer("!timeline Ankara").found == (not first_build)


def test_a_full_disk_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    kb = KnowledgeBase.from_folder(folder, index=index)
    pages = kb.store.wdb.execute("PRAGMA page_count").fetchone()[0]
    kb.store.wdb.execute(f"PRAGMA max_page_count={pages}")  # the file may not grow: SQLite's "disk is full"
    text = "date: 2026-05-01\n\n" + "Envoy Tova Lind met the delegations in Oslo on Monday. " * 400
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(KnowledgeError) as raised:
        kb.ingest([Upload("full.txt", text.encode())])
    assert "the disk is full" in str(raised.value) and str(index) in str(raised.value)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert kb.answer("who is Lavrov?").found and "full" not in kb.articles


def test_a_damaged_page_behind_a_good_header_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    kb = KnowledgeBase.from_folder(folder, index=index)
    kb.store.wdb.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = kb.store.wdb.execute("PRAGMA page_size").fetchone()[0]
    pages = kb.store.wdb.execute("PRAGMA page_count").fetchone()[0]
    kb.store.close()
    with open(index, "r+b") as handle:  # garbage over every page but the first: the header still reads
        for page in range(1, pages):
            handle.seek(page * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    reopened = KnowledgeBase.from_folder(folder, index=index)
    assert reopened.answer("who is Lavrov?").found
    assert len(reopened.articles) == 5 and list(tmp_path.glob("index.sqlite.damaged-*"))


def test_a_locked_index_is_busy_not_damaged(tmp_path: Path) -> None:
    import sqlite3

    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    KnowledgeBase.from_folder(folder, index=index).store.close()
    holder = sqlite3.connect(index, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(KnowledgeError):
            KnowledgeBase.from_folder(folder, index=index)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("index.sqlite.damaged-*")), "a healthy file must never be set aside"
    assert KnowledgeBase.from_folder(folder, index=index).answer("who is Lavrov?").found


def test_a_rebuild_killed_half_way_leaves_the_old_index_as_it_was(tmp_path: Path) -> None:
    import sqlite3

    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    assert _ask(folder, index, "who is Lavrov?").returncode == 0
    before = _rows(sqlite3.connect(index))
    target = next(folder.glob("003_*.txt"))
    target.write_bytes(target.read_bytes() + b"\nThe envoys met again on Friday in Ankara.\n")
    assert _ask(folder, index, "who is Lavrov?", env={FAULT_VARIABLE: "kill:rebuild"}).returncode == -signal.SIGKILL
    assert _rows(sqlite3.connect(index)) == before  # read straight after the kill, before any start repairs it


def _rows(db: object) -> dict[str, int]:
    import sqlite3

    assert isinstance(db, sqlite3.Connection)
    tables = ("articles", "sentences", "events", "demands", "positions", "people")
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    db.close()
    return counts


def test_damage_met_while_answering_is_repaired_and_the_question_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    kb = KnowledgeBase.from_folder(folder, index=index)
    original = type(kb.store).people
    failures = [0]

    def damaged_once(self: object) -> object:
        if not failures[0]:
            failures[0] += 1
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
            raise error
        return original(self)  # type: ignore[arg-type]

    monkeypatch.setattr(type(kb.store), "people", damaged_once)
    kb._contexts.clear()
    assert kb.answer("who is Lavrov?").found
    assert failures == [1] and len(list(tmp_path.glob("index.sqlite.damaged-*"))) == 1


@pytest.mark.parametrize(
    "question",
    [
        "when did kesk become head of the coast guard",
        "what happened after the walkout",
        "who is kesk",
        "what does estonia want",
        "why was the second round postponed?",
        "how many fishermen were freed",
        "!timeline",
    ],
)
def test_a_corpus_with_no_article_answers_every_kind_of_question(tmp_path: Path, question: str) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "header-only.txt").write_text("date: 2026-05-01\n\n", encoding="utf-8")  # skipped: no text
    knowledge = KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")
    answer = knowledge.answer(question)  # (the bm25 totals of an index of no sentences raised IndexError)
    assert not answer.found and not answer.items and answer.message
