"""Ingest is all or nothing; the index persists, rebuilds only when needed, and is read in WAL mode."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, IngestError, KnowledgeBase, Upload, default_index_path
from knowledge import index as index_module
from knowledge.ingest import FAULT_VARIABLE, journal_path

UMEROV = b"date: 2025-06-02\n\nRustem Umerov, Ukraine's defence minister, said on Monday that talks would resume.\n"
FIDAN = b"Turkish Foreign Minister Hakan Fidan said on Tuesday that Istanbul was ready to host the talks.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*"))
    return folder


def snapshot(folder: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every corpus file's bytes, and the index's committed content as SQL."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    db = sqlite3.connect(f"file:{default_index_path(folder)}?mode=ro", uri=True)
    try:
        dump = list(db.iterdump())
    finally:
        db.close()
    return files, dump


def test_ingest_adds_the_article_and_its_facts(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    (result,) = kb.ingest([Upload("umerov.txt", UMEROV)])
    assert result.added and result.article_id == "umerov" and "Rustem Umerov" in result.new_people
    assert (corpus / "umerov.txt").read_bytes() == UMEROV
    assert kb.answer("who is Umerov?").items[0].text.startswith("Rustem Umerov — Ukraine's defence minister")
    reopened = KnowledgeBase.from_folder(corpus)
    assert reopened.answer("who is Umerov?").found


def test_options_give_the_date_as_a_header(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    (result,) = kb.ingest([Upload("fidan.txt", FIDAN)], date="2025-06-03", source="Daily Sabah")
    assert result.added
    text = (corpus / "fidan.txt").read_text()
    assert text.startswith("date: 2025-06-03\nsource: Daily Sabah\n\n") and text.endswith(FIDAN.decode())
    assert kb.articles["fidan"].source == "Daily Sabah"
    timeline = kb.answer("when did Fidan say Istanbul was ready?")
    assert timeline.items and timeline.items[0].date == "2025-06-03"


def test_the_same_content_again_is_a_no_op(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    kb.ingest([Upload("umerov.txt", UMEROV)])
    before = snapshot(corpus)
    (again,) = kb.ingest([Upload("umerov-copy.txt", UMEROV)])
    assert not again.added and "already present as umerov" in again.message
    assert snapshot(corpus) == before


@pytest.mark.parametrize(
    ("upload", "reason"),
    [
        (Upload("latin1.txt", "date: 2025-06-01\n\nCaf\xe9".encode("latin-1")), "not UTF-8"),
        (Upload("empty.txt", b"  \n"), "empty"),
        (Upload("nodate.txt", FIDAN), "no publication date"),
        (Upload("huge.txt", b"date: 2025-06-01\n\n" + b"x" * 3_000_000), "too large"),
        (Upload("notes.pdf", UMEROV), "only .txt"),
        (Upload("000_6a689f7c590b7738.txt", b"date: 2025-06-01\n\n" + FIDAN), "already in the corpus with other text"),
    ],
)
def test_one_bad_file_refuses_the_batch_and_changes_nothing(corpus: Path, upload: Upload, reason: str) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    before = snapshot(corpus)
    with pytest.raises(IngestError) as refused:
        kb.ingest([Upload("umerov.txt", UMEROV), upload])
    assert any(p.startswith(upload.name) and reason in p for p in refused.value.problems), refused.value.problems
    assert snapshot(corpus) == before
    assert not kb.answer("who is Umerov?").found


def test_an_interrupted_ingest_changes_nothing(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    before = snapshot(corpus)
    monkeypatch.setenv(FAULT_VARIABLE, "interrupt:extracted")
    with pytest.raises(KeyboardInterrupt):
        kb.ingest([Upload("umerov.txt", UMEROV), Upload("fidan.txt", FIDAN)], date="2025-06-03")
    assert snapshot(corpus) == before
    monkeypatch.delenv(FAULT_VARIABLE)
    assert not kb.answer("who is Umerov?").found
    assert kb.ingest([Upload("umerov.txt", UMEROV)])[0].added, "the index is usable after the rollback"


def _ingest_in_a_process_that_is_killed(corpus: Path, tmp_path: Path, point: str) -> int:
    (tmp_path / "umerov.txt").write_bytes(UMEROV)
    (tmp_path / "fidan.txt").write_bytes(FIDAN)
    env = {**os.environ, FAULT_VARIABLE: f"kill:{point}"}
    command = [
        sys.executable,
        "-m",
        "bot.cli",
        "--corpus",
        str(corpus),
        "ingest",
        "--date",
        "2025-06-03",
        str(tmp_path / "umerov.txt"),
        str(tmp_path / "fidan.txt"),
    ]
    return subprocess.run(command, env=env, capture_output=True, timeout=120).returncode


def test_a_kill_before_the_commit_point_leaves_corpus_and_index_as_they_were(corpus: Path, tmp_path: Path) -> None:
    KnowledgeBase.from_folder(corpus).store.close()
    before = snapshot(corpus)
    assert _ingest_in_a_process_that_is_killed(corpus, tmp_path, "extracted") == -9
    assert snapshot(corpus) == before
    kb = KnowledgeBase.from_folder(corpus)
    assert not kb.answer("who is Umerov?").found and not list(corpus.parent.glob(".talkbot-staging-*"))


def test_a_kill_after_the_commit_point_is_finished_on_the_next_start(corpus: Path, tmp_path: Path) -> None:
    KnowledgeBase.from_folder(corpus).store.close()
    assert _ingest_in_a_process_that_is_killed(corpus, tmp_path, "journaled") == -9
    assert journal_path(corpus).exists()
    kb = KnowledgeBase.from_folder(corpus)
    assert kb.answer("who is Umerov?").found and kb.answer("who is Hakan Fidan?").found
    assert not journal_path(corpus).exists()


def test_a_restart_re_extracts_nothing_that_did_not_change(corpus: Path) -> None:
    first = KnowledgeBase.from_folder(corpus)
    assert len(first.store.sync(corpus).added) == 0
    second = KnowledgeBase.from_folder(corpus)
    report = second.store.sync(corpus)
    assert report.added == [] and not report.rebuilt and report.unchanged == 5


def test_a_new_file_on_disk_is_added_on_reload_and_a_changed_one_rebuilds(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    (corpus / "umerov.txt").write_bytes(UMEROV)
    report = kb.reload()
    assert [a.id for a in report.added] == ["umerov"] and not report.rebuilt
    assert kb.answer("who is Umerov?").found
    (corpus / "umerov.txt").write_bytes(UMEROV.replace(b"Monday", b"Tuesday"))
    assert kb.reload().rebuilt
    (corpus / "umerov.txt").unlink()
    assert kb.reload().rebuilt and not kb.answer("who is Umerov?").found


def test_a_new_extractor_version_rebuilds(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    KnowledgeBase.from_folder(corpus).store.close()
    monkeypatch.setattr(index_module, "EXTRACTOR_VERSION", "test-next")
    kb = KnowledgeBase.from_folder(corpus)
    assert kb.store.counts()["articles"] == 5
    assert kb.answer("who is Peskov?").found


def test_the_index_is_in_wal_mode_and_readable_while_open(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    assert kb.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other = sqlite3.connect(default_index_path(corpus))
    assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    other.close()


def test_index_location_can_be_moved(corpus: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "talkbot.sqlite"
    KnowledgeBase.from_folder(corpus, index=elsewhere)
    assert elsewhere.exists() and not default_index_path(corpus).exists()
    env = {**os.environ, "TALKBOT_INDEX": str(tmp_path / "env.sqlite")}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--corpus", str(corpus), "ask", "--json", "who is Lavrov"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and (tmp_path / "env.sqlite").exists()


def test_cli_ingest_refuses_with_a_message_naming_the_file(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "nodate.txt").write_bytes(FIDAN)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--corpus", str(corpus), "ingest", str(tmp_path / "nodate.txt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "nodate.txt: no publication date" in result.stderr and "--date" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_ingest_killed_after_its_commit_point_is_finished_from_another_working_folder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    KnowledgeBase.from_folder(corpus).store.close()
    relative = Path(os.path.relpath(corpus, tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "umerov.txt").write_bytes(UMEROV)
    env = {**os.environ, FAULT_VARIABLE: "kill:journaled"}
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(relative), "ingest", "--date", "2025-06-03"]
    assert subprocess.run([*command, "umerov.txt"], env=env, capture_output=True, timeout=120).returncode == -9
    monkeypatch.chdir("/")
    kb = KnowledgeBase.from_folder(corpus)
    assert kb.answer("who is Umerov?").found and (corpus / "umerov.txt").exists()
    assert not journal_path(corpus).exists()


def test_two_corpora_in_one_folder_keep_separate_journals(corpus: Path, tmp_path: Path) -> None:
    other = corpus.parent / "other"
    other.mkdir()
    assert journal_path(corpus) != journal_path(other) and journal_path(corpus).parent == journal_path(other).parent
