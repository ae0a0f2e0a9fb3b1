"""Any damage to the index is repaired (issue 14, item 5): every error that means "not a sound index" sets the
file aside and rebuilds it, at start, on a question and on a reload; never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase

DAMAGE = {
    "text that is not UTF-8 (hash)": "UPDATE articles SET hash = CAST(X'FFFE41' AS TEXT) WHERE rowid = 1",
    "text that is not UTF-8 (generation)": "UPDATE meta SET value = CAST(X'FF' AS TEXT) WHERE key = 'generation'",
    "text that is not UTF-8 (sentences)": "UPDATE sentences SET text = CAST(X'FFFE41' AS TEXT)",
    "a generation that is no number": "UPDATE meta SET value = 'abc' WHERE key = 'generation'",
    "people that are not JSON": "UPDATE people SET person = '{not json'",
    "events that are not JSON": "UPDATE events SET data = '{not json'",
    "a publication date that is no date": "UPDATE articles SET published = 'notadate'",
    "a table missing": "DROP TABLE events",
    "the search table missing": "DROP TABLE sentences_fts",
    "offsets that are not numbers": "UPDATE sentences SET start = 'x'",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("built")
    folder = base / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    KnowledgeBase.from_folder(folder, base / "index.sqlite").store.close()
    return folder, base / "index.sqlite"


def _damaged(built: tuple[Path, Path], tmp_path: Path, sql: str) -> Path:
    index = tmp_path / "index.sqlite"
    shutil.copy(built[1], index)
    db = sqlite3.connect(index)
    db.executescript(sql + ";")
    db.close()
    return index


@pytest.mark.parametrize("sql", DAMAGE.values(), ids=DAMAGE.keys())
def test_damage_found_at_start_or_on_a_question_is_set_aside_and_rebuilt(
    built: tuple[Path, Path], tmp_path: Path, sql: str
) -> None:
    index = _damaged(built, tmp_path, sql)
    kb = KnowledgeBase.from_folder(built[0], index)
    for question in ("who is Lavrov?", "!timeline", "!demands Russia", "what did Lavrov tell NBC?"):
        assert kb.answer(question).found, question
    kept = [p for p in tmp_path.glob("index.sqlite.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1
    assert kb.store.verify() is None


def test_damage_found_on_a_reload_is_repaired(built: tuple[Path, Path], tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite"
    shutil.copy(built[1], index)
    kb = KnowledgeBase.from_folder(built[0], index)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE articles SET hash = CAST(X'FFFE41' AS TEXT)")
    kb.reload()
    assert kb.answer("who is Lavrov?").found and list(tmp_path.glob("index.sqlite.damaged-*"))


def test_a_bug_is_not_taken_for_damage(built: tuple[Path, Path], tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite"
    shutil.copy(built[1], index)
    kb = KnowledgeBase.from_folder(built[0], index)

    def broken() -> None:
        raise ValueError("a bug in a rule")

    with pytest.raises(ValueError, match="a bug"):
        kb._reading(broken)
    assert not list(tmp_path.glob("index.sqlite.damaged-*"))


def test_damage_found_by_an_ingest_is_repaired_and_the_ingest_done(built: tuple[Path, Path], tmp_path: Path) -> None:
    from knowledge import Upload

    folder = tmp_path / "corpus"
    shutil.copytree(built[0], folder)
    index = _damaged(built, tmp_path, "DROP TABLE bodies")
    kb = KnowledgeBase.from_folder(folder, index)
    [result] = kb.ingest([Upload("new.txt", b"date: 2025-06-03\n\nEnvoy Tova Lind met the delegations in Oslo.\n")])
    assert result.added and "new" in kb.articles and kb.answer("who is Lavrov?").found
    assert [p for p in tmp_path.glob("index.sqlite.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
