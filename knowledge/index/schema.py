"""The index's SQLite schema and its version; a file with another version is rebuilt, never migrated.

A rebuild with the same schema empties the tables and fills them again inside one write transaction, so readers
in other threads or processes keep reading the old rows until it commits; only a file with another schema is
dropped and created anew.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

SCHEMA_VERSION = "14"  # bump when the tables change
# The code that decides what is stored. Its digest is part of the version, so an index built by other
# extraction code is rebuilt on open: no stale facts after an upgrade, and no version to remember to bump.
_KNOWLEDGE = Path(__file__).resolve().parent.parent
EXTRACTION_SOURCES = (
    "corpus.py", "days.py", "sentences.py", "text.py", "actors.py", "facts.py", "models.py", "extract",
    "index/schema.py", "index/writer.py", "index/prepare.py", "issues.py", "vocabulary.py", "countries.py",
    "figures.py", "lexicon.py",
)  # fmt: skip


def _extraction_digest() -> str:
    digest = hashlib.sha256()
    for name in EXTRACTION_SOURCES:
        path = _KNOWLEDGE / name
        for source in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = f"{SCHEMA_VERSION}-{_extraction_digest()}"

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER, mtime_ns INTEGER, published TEXT NOT NULL,
    source TEXT, title TEXT, url TEXT, body_start INTEGER NOT NULL, text TEXT NOT NULL, title_stems TEXT NOT NULL);
CREATE INDEX articles_stamps ON articles(id, hash, size, mtime_ns);
CREATE INDEX articles_by_hash ON articles(hash);
CREATE TABLE bodies(hash TEXT PRIMARY KEY, article TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sentences(
    id INTEGER PRIMARY KEY, article TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
    end INTEGER NOT NULL, heading INTEGER NOT NULL, speaker INTEGER, text TEXT NOT NULL, stems TEXT NOT NULL,
    length INTEGER NOT NULL);
CREATE INDEX sentences_by_article ON sentences(article, idx);
CREATE INDEX sentences_by_speaker ON sentences(speaker);
CREATE VIRTUAL TABLE sentences_fts USING fts5(stems, content='sentences', content_rowid='id', tokenize='unicode61');
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');
CREATE TABLE people(key INTEGER PRIMARY KEY, name TEXT NOT NULL, person TEXT NOT NULL, draft TEXT NOT NULL);
CREATE TABLE mentions(person INTEGER NOT NULL, sentence INTEGER NOT NULL, spoken INTEGER NOT NULL,
    PRIMARY KEY(person, sentence)) WITHOUT ROWID;
CREATE INDEX mentions_by_person ON mentions(person, spoken DESC, sentence);
CREATE INDEX mentions_by_sentence ON mentions(sentence);
CREATE TABLE events(
    id INTEGER PRIMARY KEY, start TEXT NOT NULL, end TEXT NOT NULL, iso TEXT NOT NULL, precision TEXT NOT NULL,
    place TEXT, background INTEGER NOT NULL, planned INTEGER NOT NULL, data TEXT NOT NULL,
    focus_stems TEXT NOT NULL, stems TEXT NOT NULL);
CREATE INDEX events_by_date ON events(start, end);
CREATE INDEX events_by_order ON events(background, iso, start);
CREATE INDEX events_by_iso ON events(iso, start);
CREATE INDEX events_by_place ON events(place);
CREATE TABLE event_sentences(sentence INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY(sentence, event))
    WITHOUT ROWID;
CREATE INDEX event_sentences_by_event ON event_sentences(event);
CREATE TABLE demands(id INTEGER PRIMARY KEY, party TEXT NOT NULL, actor TEXT, article TEXT NOT NULL,
    sentence INTEGER NOT NULL, key TEXT NOT NULL, support INTEGER NOT NULL DEFAULT 1, data TEXT NOT NULL,
    stems TEXT NOT NULL);
CREATE INDEX demands_by_party ON demands(party, support DESC, id);
CREATE INDEX demands_by_key ON demands(party, key);
CREATE INDEX demands_by_sentence ON demands(sentence);
CREATE TABLE positions(id INTEGER PRIMARY KEY, party TEXT NOT NULL, issue TEXT NOT NULL, stance TEXT NOT NULL,
    article TEXT NOT NULL, sentence INTEGER NOT NULL, published TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX positions_by_stance ON positions(party, issue, stance, published DESC, id);
CREATE INDEX positions_by_article ON positions(party, issue, stance, article);
CREATE INDEX positions_by_issue ON positions(issue, party);
"""
TABLES = (  # dropped in this order on a rebuild: vocabularies before the tables they read
    "meta", "articles", "bodies", "sentences_vocab", "sentences", "sentences_fts", "people", "mentions", "events",
    "event_sentences", "demands", "positions",
)  # fmt: skip


def schema_version(db: sqlite3.Connection) -> str | None:
    """The schema part of the stored version ('11' of '11-3fa2...')."""
    stored = version(db)
    return stored.split("-", 1)[0] if stored else None


def has_schema(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone() is not None


def version(db: sqlite3.Connection) -> str | None:
    if not has_schema(db):
        return None
    row = db.execute("SELECT value FROM meta WHERE key='extractor_version'").fetchone()
    return str(row[0]) if row else None


def reset(db: sqlite3.Connection) -> None:
    """An empty index of this version, inside the caller's transaction: the tables emptied when the schema is the
    same (readers elsewhere keep their snapshot), dropped and created when it is not."""
    generation = current_generation(db) if has_schema(db) else 0
    if schema_version(db) == SCHEMA_VERSION:
        for table in TABLES:
            if table == "sentences_fts":
                db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('delete-all')")
            elif not table.endswith("_vocab"):
                db.execute(f"DELETE FROM {table}")
    else:
        for table in TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA.split(";"):  # not executescript: it would COMMIT the open transaction
            if statement.strip():
                db.execute(statement)
    db.execute("INSERT INTO meta VALUES('extractor_version', ?)", (EXTRACTOR_VERSION,))
    db.execute("INSERT INTO meta VALUES('generation', ?)", (str(generation),))


def current_generation(db: sqlite3.Connection) -> int:
    """How many write transactions the index has committed: readers compare it to know their caches are stale."""
    if not has_schema(db):
        return 0
    row = db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
    return int(row[0]) if row else 0


def bump_generation(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO meta VALUES('generation', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
    )
