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
