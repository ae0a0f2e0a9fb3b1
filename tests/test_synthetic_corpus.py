"""The benchmark's synthetic corpus is deterministic and made of articles the loader and extractors accept."""

from __future__ import annotations

from pathlib import Path

from benchmarks.scale import make_questions
from benchmarks.synthetic import write_corpus
from knowledge import KnowledgeBase, load_articles


def test_same_arguments_same_bytes(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 5, seed=7)
    second = write_corpus(tmp_path / "b", 5, seed=7)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert make_questions(7, per_intent=5) == make_questions(7, per_intent=5)


def test_synthetic_articles_load_and_yield_facts(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 20, seed=3)
    loaded = load_articles(tmp_path / "c")
    assert len(loaded.articles) == 20 and loaded.problems == []
    kb = KnowledgeBase(loaded.articles)
    counts = kb.store.counts()
    assert counts["people"] > 5 and counts["events"] > 20 and counts["demands"] > 5
