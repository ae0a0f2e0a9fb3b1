"""The bm25 order computed from cached postings is FTS5's own, row for row, so candidates (and answers) are the same."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.synthetic import write_corpus
from knowledge import KnowledgeBase, load_articles
from knowledge.index import Store
from knowledge.index.bm25 import Bm25, parse

FTS5_ORDER = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("bm25") / "corpus"
    write_corpus(folder, 60, seed=11)
    return KnowledgeBase(load_articles(folder).articles).store


def _queries(store: Store) -> list[str]:
    """Queries of every shape ranking writes, over words from the rarest to the most common."""
    terms = [r[0] for r in store.db.execute("SELECT term FROM sentences_vocab ORDER BY doc DESC, term")]
    common, rare = terms[:40], terms[40:]
    rng = random.Random(5)
    queries = []
    for _ in range(120):
        anchor = rng.choice(rare)
        words = rng.sample(common, 4) + rng.sample(rare, 2)
        quoted = [f'"{w}"' for w in words]
        queries += [
            f'"{anchor}"',
            f'"{rng.choice(common)}"',
            " OR ".join(quoted),
            " AND ".join(quoted[:2]),
            f'("{anchor}") AND ({" OR ".join(quoted)})',
            f'("{anchor}" OR "{rng.choice(rare)}") AND ({" OR ".join(quoted[:4])})',
            f'("{anchor}") AND ("{anchor}" OR {quoted[0]})',  # a word twice: two phrases, as FTS5 counts them
            " AND ".join(quoted[:3]),
        ]
    return list(dict.fromkeys(queries))


def test_same_rows_in_the_same_order_as_fts5(store: Store) -> None:
    with store.snapshot():
        queries = _queries(store)
        assert len(queries) > 500
        differing = []
        for query in queries:
            for limit in (5, 200):
                ours = Bm25(store.db, store._cache(), store.frequencies).top(query, limit)
                theirs = [int(r[0]) for r in store.db.execute(FTS5_ORDER, (query, limit))]
                if ours != theirs:
                    differing.append((query, limit, ours, theirs))
        assert not differing, differing[:3]


def test_the_bundled_articles_rank_as_fts5_does(kb: KnowledgeBase) -> None:
    store = kb.store
    with store.snapshot():
        for query in ('"talk"', '"ceasefir" OR "truce" OR "lavrov"', '("istanbul") AND ("talk" OR "meet")'):
            ours = Bm25(store.db, store._cache(), store.frequencies).top(query, 200)
            assert ours and ours == [int(r[0]) for r in store.db.execute(FTS5_ORDER, (query, 200))]


def test_a_sentences_length_is_what_fts5_counts(store: Store) -> None:
    """The scores read D from the ``length`` column: it must be FTS5's own count of the row's tokens."""

    def varint(data: bytes) -> int:
        value = 0
        for byte in data:
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        return value

    sizes = {int(r[0]): varint(r[1]) for r in store.db.execute("SELECT id, sz FROM sentences_fts_docsize")}
    lengths = {int(r[0]): int(r[1]) for r in store.db.execute("SELECT id, length FROM sentences")}
    assert sizes and sizes == lengths


@pytest.mark.parametrize(
    "query",
    [
        '"a" NOT "b"',
        "talk",
        '"a b"',
        '"a" "b"',
        '("a"',
        '"a" OR',
        "NEAR(a b)",
        '"a"*',
        'stems:"a"',
        '"a" OR "b" AND "c"',
    ],
)
def test_other_syntax_is_left_to_fts5(query: str) -> None:
    assert parse(query) is None


def test_a_query_too_broad_is_left_to_fts5(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import knowledge.index.bm25 as bm25

    monkeypatch.setattr(bm25, "MAX_SCORED", 3)
    common = store.db.execute("SELECT term FROM sentences_vocab ORDER BY doc DESC LIMIT 1").fetchone()[0]
    with store.snapshot():
        assert Bm25(store.db, store._cache(), store.frequencies).top(f'"{common}"', 10) is None
        assert len(store.search_sentences(f'"{common}"', 10)) == 10  # FTS5 ranks it


def test_postings_are_read_again_after_a_change(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 8, seed=2)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    store = kb.store
    word = store.db.execute("SELECT term FROM sentences_vocab ORDER BY doc DESC LIMIT 1").fetchone()[0]
    before = store.search_sentences(f'"{word}"', 1000)
    extra = tmp_path / "extra"
    write_corpus(extra, 1, seed=9)
    from knowledge import Upload

    (added,) = kb.ingest([Upload("more.txt", next(extra.glob("*.txt")).read_bytes())])
    assert added.added
    with store.snapshot():
        after = store.search_sentences(f'"{word}"', 1000)
        assert len(after) > len(before)
        assert [r.id for r in after] == [int(r[0]) for r in store.db.execute(FTS5_ORDER, (f'"{word}"', 1000))]


def test_a_connection_without_the_instance_table_ranks_through_fts5(store: Store) -> None:
    import sqlite3

    db = sqlite3.connect(store.path)  # a plain connection: no temp instance table
    try:
        word = db.execute("SELECT term FROM sentences_vocab ORDER BY doc DESC LIMIT 1").fetchone()[0]
        assert Bm25(db, {}, lambda stems: {s: 1 for s in stems}).top(f'"{word}"', 5) is None
    finally:
        db.close()
