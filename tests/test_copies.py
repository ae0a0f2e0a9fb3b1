"""Copies are one source (issue 14, item 4): identity is the article's normalised body, whatever its name or header."""

from __future__ import annotations

import shutil
from pathlib import Path

from knowledge import DEFAULT_CORPUS, KnowledgeBase, Upload

SEED = "001_18a0f10b80f8794a"


def _kb(tmp_path: Path) -> KnowledgeBase:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")


def test_a_copy_under_any_name_or_header_is_a_no_op_naming_the_article(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    text = (DEFAULT_CORPUS / f"{SEED}.txt").read_bytes()
    events_before = kb.store.counts()["events"]
    copies = [
        (Upload("copy.txt", text), {}),  # another name; the date comes from articles.toml, which names the seed only
        (Upload(f"{SEED}.txt", text), {"date": "2025-05-28", "source": "Elsewhere"}),  # own name, new header
        (Upload("spaced.txt", b"date: 2025-01-01\ntitle: Other\n\n" + b"  ".join(text.split(b" "))), {}),
    ]
    for upload, options in copies:
        [result] = kb.ingest([upload], **options)
        assert not result.added and result.article_id == SEED and SEED in result.message, result.message
    assert len(kb.articles) == 5 and kb.store.counts()["events"] == events_before
    assert sorted(p.name for p in kb.folder.iterdir() if p.suffix == ".txt") == sorted(  # type: ignore[union-attr]
        p.name for p in DEFAULT_CORPUS.glob("*.txt")
    )


def test_a_copy_dropped_in_the_folder_is_skipped_and_named(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    assert kb.folder is not None
    text = (DEFAULT_CORPUS / f"{SEED}.txt").read_text(encoding="utf-8")
    (kb.folder / "zz_copy.txt").write_text("date: 2025-05-28\nsource: Mirror\n\n" + text, encoding="utf-8")
    report = kb.reload()
    assert report.added == [] and [str(p) for p in report.problems] == [
        f"zz_copy: the same text as {SEED}; not indexed twice"
    ]
    assert "zz_copy" not in kb.articles and len(kb.articles) == 5
    generation = kb.store.generation()
    assert kb.reload().problems and kb.store.generation() == generation  # skipping it again writes nothing


def test_two_copies_in_one_ingest_are_one_article(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    body = b"date: 2025-06-03\n\nLavrov said the talks in Istanbul were useful and would go on.\n"
    results = kb.ingest([Upload("one.txt", body), Upload("two.txt", body.replace(b"06-03", b"06-04"))])
    assert [r.added for r in results] == [True, False] and results[1].article_id == "one"
