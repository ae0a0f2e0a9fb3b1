"""Ingest and the corpus folder take only regular text files, checked before reading (issue 14, item 8)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase, Upload
from knowledge.corpus import MAX_ARTICLE_BYTES
from knowledge.ingest import IngestError

BODY = "date: 2025-06-03\n\nLavrov said the talks in Istanbul were useful.\n"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return folder


def _cli_ingest(folder: Path, index: Path, path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(folder), "--index", str(index), "ingest", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")
def test_links_out_fifos_devices_and_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    outside = tmp_path / "secret.txt"
    outside.write_text(BODY, encoding="utf-8")
    (tmp_path / "loose").mkdir()
    (tmp_path / "loose" / "out.txt").symlink_to(outside)
    (tmp_path / "loose" / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "loose" / "fifo.txt")
    for name, reason in [("out", "outside its folder"), ("zero", "outside its folder"), ("fifo", "not a regular")]:
        done = _cli_ingest(folder, index, tmp_path / "loose" / f"{name}.txt")  # a FIFO would hang, zero fill memory
        assert done.returncode == 1 and reason in done.stderr and "Traceback" not in done.stderr
        assert not (folder / f"{name}.txt").exists()

    (folder / "out.txt").symlink_to(outside)
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "fifo.txt")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 1 GiB on paper, nothing on disk
        handle.truncate(1 << 30)
    (folder / "kept").mkdir()
    (folder / "kept" / "real.md").write_text(BODY, encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "kept" / "real.md")  # a link inside the folder is fine
    kb = KnowledgeBase.from_folder(folder, index)
    skipped = {p.path.name: p.reason for p in kb.problems}
    assert set(skipped) == {"out.txt", "zero.txt", "fifo.txt", "huge.txt"}
    assert "too large" in skipped["huge.txt"] and f"{MAX_ARTICLE_BYTES:,}" in skipped["huge.txt"]
    assert "inside" in kb.articles and kb.answer("who is Lavrov?").found


def test_a_header_without_a_body_is_refused(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    kb = KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")
    with pytest.raises(IngestError, match="no article text after the header"):
        kb.ingest([Upload("empty.txt", b"date: 2025-06-03\nsource: Wire\n\n   \n")])
    (folder / "empty.txt").write_text("date: 2025-06-03\ntitle: Nothing\n\n", encoding="utf-8")
    assert "no article text" in str(kb.reload().problems)
    assert "empty" not in kb.articles
