"""One bad article never stops the index (issue 14, item 3): it is skipped and named, the others answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase, Upload
from knowledge.ingest import IngestError
from knowledge.models import Article

BODY = "Lavrov said on Monday that the talks of last week were useful and would go on in Istanbul.\n"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return folder


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "1899-12-31", "2101-01-01"])
def test_a_date_past_the_sane_range_is_skipped_at_start_and_reload(tmp_path: Path, date: str) -> None:
    folder = _corpus(tmp_path)
    (folder / "odd.txt").write_text(f"date: {date}\n\n{BODY}", encoding="utf-8")
    kb = KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")
    assert any("odd.txt" in str(p) and "1900-2100" in str(p) for p in kb.problems)
    assert kb.answer("who is Lavrov?").found
    (folder / "good.txt").write_text(f"date: 2025-06-03\n\n{BODY}", encoding="utf-8")
    report = kb.reload()  # a later reload still picks up good files
    assert report.new == ["good"] and any("odd.txt" in str(p) for p in report.problems)
    assert "good" in kb.articles


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_ingest_refuses_a_date_past_the_sane_range(tmp_path: Path, date: str) -> None:
    kb = KnowledgeBase.from_folder(_corpus(tmp_path), tmp_path / "index.sqlite")
    with pytest.raises(IngestError, match="1900-2100"):
        kb.ingest([Upload("new.txt", BODY.encode())], date=date)
    assert "new" not in kb.articles


def test_an_article_whose_extraction_fails_is_skipped_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knowledge.index.prepare as writer  # where extraction is called from, in process or in a worker

    real = writer.extract_article

    def failing(article: Article, *args: object, **kwargs: object) -> object:
        if article.id.startswith("cursed"):
            raise OverflowError("date value out of range")
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "extract_article", failing)
    folder = _corpus(tmp_path)
    (folder / "cursed.txt").write_text(f"date: 2025-06-03\n\n{BODY}", encoding="utf-8")
    kb = KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")
    assert [p.path.name for p in kb.problems] == ["cursed"] and "OverflowError" in str(kb.problems[0])
    assert "cursed" not in kb.articles and len(kb.articles) == 5
    assert kb.answer("who is Peskov?").found
    with pytest.raises(IngestError, match=r"cursed2\.txt: cannot be indexed"):  # an ingest is all or nothing
        kb.ingest(
            [Upload("cursed2.txt", BODY.encode()), Upload("fine.txt", BODY.encode() + b"More.\n")], date="2025-06-04"
        )
    assert "fine" not in kb.articles
