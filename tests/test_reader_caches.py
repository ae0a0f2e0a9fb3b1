"""The reader's per-generation caches give what the index holds, however full they get and however many threads
read at once, and nothing read before a change is served after it."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from benchmarks.synthetic import write_corpus
from knowledge import KnowledgeBase, Upload
from knowledge.index import SentenceRow, Store
from knowledge.index.reader import _SENTENCE_COLUMNS, _sentence_row


def _fresh(store: Store, ids: list[int]) -> dict[int, SentenceRow]:
    marks = ",".join("?" * len(ids))
    sql = f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.id IN ({marks})"
    return {r[0]: _sentence_row(r) for r in store.db.execute(sql, ids)}


def test_rows_stay_right_while_threads_fill_and_empty_a_small_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knowledge.index.reader as reader

    monkeypatch.setattr(reader, "SENTENCE_ROWS_CACHED", 50)  # every few reads drop the older half
    folder = tmp_path / "corpus"
    write_corpus(folder, 6, seed=4)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    store = kb.store
    every = [int(r[0]) for r in store.db.execute("SELECT id FROM sentences")]
    problems: list[str] = []

    def read(seed: int) -> None:
        rng = random.Random(seed)
        try:
            with store.snapshot():
                for _ in range(200):
                    ids = rng.sample(every, 30)
                    if store.sentences(ids) != _fresh(store, ids):
                        problems.append(f"wrong rows for {ids[:3]}...")
        except Exception as exc:  # any error in a thread is a failure of the test, reported below
            problems.append(repr(exc))

    threads = [threading.Thread(target=read, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not problems, problems[:3]
    assert len(store._cache()["sentence_rows"]) <= 50 + 30


def test_cached_rows_and_headlines_follow_an_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 4, seed=6)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    store = kb.store
    with store.snapshot():
        before = store.counts()["sentences"]
        store.sentences(range(1, before + 1))  # everything cached
    extra = tmp_path / "extra"
    write_corpus(extra, 1, seed=8)
    (added,) = kb.ingest([Upload("more.txt", next(extra.glob("*.txt")).read_bytes())])
    assert added.added
    with store.snapshot():
        ids = [int(r[0]) for r in store.db.execute("SELECT id FROM sentences")]
        assert len(ids) > before
        assert store.sentences(ids) == _fresh(store, ids)
        articles = [r[0] for r in store.db.execute("SELECT id FROM articles")]
        titles = {r[0]: tuple(r[1].split()) for r in store.db.execute("SELECT id, title_stems FROM articles")}
        assert store.title_stems(articles) == titles


def test_the_event_lists_kept_per_index_state_are_bounded(monkeypatch: pytest.MonkeyPatch, kb: KnowledgeBase) -> None:
    from knowledge.index import reader

    monkeypatch.setattr(reader, "SEARCHES_CACHED", 4)
    for n in range(12):
        kb.store.events_at(f"Nowhere{n}", 5)
    assert len(kb.store._cache()["events_listed"]) <= 4


def test_the_words_of_articles_asked_for_by_an_iterator_are_given(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 4, seed=9)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    store = kb.store
    with store.snapshot():
        articles = store.article_ids()
        given = store.article_stems(article for article in articles)  # read for the first time
        assert sorted(given) == sorted(articles) and all(given.values())
        assert store.article_stems(iter(articles)) == store.article_stems(articles) == given  # and when kept
