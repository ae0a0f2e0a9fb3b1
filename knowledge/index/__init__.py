"""The persisted index: one SQLite file with articles, sentences, people, facts and full-text search.

- ``schema``: the tables and the version; ``writer``: adding articles; ``reader``: the queries; ``sync``:
  bringing an index in line with its corpus folder; ``prepare``: an article's rows, made without the database;
  ``parallel``: extraction of a big batch in worker processes while the writer inserts.
- Keyed by each article's content hash and by ``EXTRACTOR_VERSION``: opening an index re-extracts nothing that
  did not change; a new article is added on its own; a changed or removed article, or a new version, rebuilds.

How readers and writers share it (WAL mode):
- Readers: every thread has its own connection, and each answer is read inside one read transaction, so it sees
  one consistent snapshot: the index as it was before a write, or after it, never half of one.
- Writers: one writer connection per process, taken under a lock (threads queue for it) and ``BEGIN IMMEDIATE``
  (processes queue for SQLite's write lock, up to ``WRITE_WAIT_SECONDS``, then a clear refusal). Every write is
  one transaction, a rebuild included (the tables are emptied and filled again), so a crash or a kill leaves the
  old state or the new one, and readers are never stalled by it.
- Every write bumps a generation number; readers compare it to know when their caches are stale.
- A start never waits on another process's write: a sync that finds the folder changed while another process
  writes (``wait=False``) leaves the index as committed (``SyncReport.deferred``).
- A file that is not a sound index (not a database, damaged pages, text that is not UTF-8, tables or columns
  missing, rows that do not read back: ``is_damage``, ``verify``) is moved aside (kept, named in a warning) and
  rebuilt from the articles.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from knowledge.errors import IndexBusyError, IndexUnavailableError, KnowledgeError
from knowledge.index import bm25, schema
from knowledge.index.hashing import content_hash
from knowledge.index.reader import Reader
from knowledge.index.rows import DemandRow, EventRow, PositionRow, SentenceRow
from knowledge.index.sync import SyncReport, rebuild, sync_folder
from knowledge.index.writer import AddedArticle, Progress, Writer
from knowledge.locations import default_index_path
from knowledge.models import Demand, Event, Person, Position

log = logging.getLogger(__name__)

MEMORY = ":memory:"
EXTRACTOR_VERSION = schema.EXTRACTOR_VERSION
WRITE_WAIT_SECONDS = 30.0  # how long a write waits for another process's write to finish before refusing
READ_WAIT_MS = 5000  # SQLite's busy timeout for readers (WAL readers seldom wait at all)
_DISK_ERRORS = {  # what SQLite says, and what a person should read
    "readonly": "the file or its folder is read-only",
    "disk is full": "the disk is full",
    "unable to open": "the file or its folder cannot be opened (does the folder exist, may we write to it?)",
    "disk i/o error": "the disk reported an I/O error",
    "file exists": "a file stands where its folder should be",
    "not a directory": "a file stands where its folder should be",
    "permission denied": "permission denied",
}

__all__ = [
    "EXTRACTOR_VERSION",
    "MEMORY",
    "AddedArticle",
    "DemandRow",
    "EventRow",
    "PositionRow",
    "Progress",
    "SentenceRow",
    "Store",
    "SyncReport",
    "content_hash",
    "default_index_path",
    "is_damage",
]


class Store(Reader, Writer):
    """The index, shared by every thread of a process. ``Store(MEMORY)`` lives in a temporary file as long as the
    object (a file, not SQLite's memory database, so that threads can each have a connection)."""

    def __init__(self, path: Path | str = MEMORY) -> None:
        if str(path) == MEMORY:
            folder = tempfile.mkdtemp(prefix="talkbot-index-")
            weakref.finalize(self, shutil.rmtree, folder, True)
            path = Path(folder) / "index.sqlite"
        self.path = Path(path)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._connections: dict[int, sqlite3.Connection] = {}  # every connection open, to close them all
        self._connections_lock = threading.Lock()
        self._writer: sqlite3.Connection | None = None
        self._writer_generation = -1
        self._init_reader()
        self._init_writer()
        self._open()

    # ----- connections ------------------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=READ_WAIT_MS / 1000)
        except (sqlite3.OperationalError, OSError) as exc:
            raise IndexUnavailableError(self.path, _reason(exc)) from exc
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            db.close()
            if is_damage(exc):
                raise  # not a database: the caller sets the file aside
            raise _unavailable(self.path, exc) from exc
        db.row_factory = sqlite3.Row
        with self._connections_lock:
            self._connections[id(db)] = db
        return db

    def _forget(self, db: sqlite3.Connection) -> None:
        with self._connections_lock:
            self._connections.pop(id(db), None)
        db.close()

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection for reading; closed when the thread ends (the bot's worker threads come and
        go), so connections never pile up."""
        held: _ThreadConnection | None = getattr(self._local, "held", None)
        if held is None:
            db = self._connect()
            db.execute(bm25.INSTANCES_SQL)  # a view of the word index by word, in this connection's temp schema
            db.execute("PRAGMA query_only=ON")  # reads only: every write goes through the writer
            held = _ThreadConnection(db, self._forget)
            self._local.held = held
        return held.db

    @property
    def wdb(self) -> sqlite3.Connection:
        """The writer's connection; only used under the write lock."""
        if self._writer is None:
            self._writer = self._connect()
            self._writer.execute(f"PRAGMA busy_timeout={int(WRITE_WAIT_SECONDS * 1000)}")
        return self._writer

    def _open(self) -> None:
        """Open the file, set aside one that is not a readable database, and create or upgrade the schema."""
        try:
            version = schema.version(self.wdb)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                self.close()
                raise _unavailable(self.path, exc) from exc
            self._set_aside(exc)
            version = schema.version(self.wdb)
        if version == EXTRACTOR_VERSION:
            return
        with self.transaction():  # checked again under the lock: another process may have done it meanwhile
            version = schema.version(self.wdb)
            if version == EXTRACTOR_VERSION:
                return
            if version is not None and version.split("-", 1)[0] == schema.SCHEMA_VERSION:
                log.info("the extraction changed since the index was built: extracting every article again")
                rebuild(self)  # one transaction: readers keep the old facts until the new ones are in
                return
            self.reset()

    def repair(self, error: Exception) -> None:
        """A read found the file damaged (a page that does not read back): set it aside and start a new one,
        which the caller fills from the articles (``sync``)."""
        with self._write_lock:
            self._set_aside(error)
            self._caches.clear()  # the new file starts its generations again: nothing read from the old one holds
            self._open()

    def _set_aside(self, error: Exception) -> None:
        """Move a damaged file (and its WAL files) aside, named in the warning, so that a new index is built."""
        self.close()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # to the microsecond: never over one kept before
        kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            for suffix in ("-wal", "-shm"):  # first: a kill after them leaves no stale WAL beside a new file
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.replace(kept.with_name(kept.name + suffix))
            self.path.replace(kept)
        except OSError as exc:
            raise IndexUnavailableError(self.path, f"it is damaged ({error}) and cannot be moved aside") from exc
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]  # one line, whatever the error
        log.warning(
            "the index %s could not be read (%s); kept it as %s and building a new one", self.path, reason, kept
        )

    def verify(self) -> Exception | None:
        """Read every row back as the queries do (text as UTF-8, dates, numbers, facts as models); the first
        problem found, or None for a sound index. Used when a read failed in a way that is either damage or a
        bug: only damage is repaired."""
        try:
            with self.snapshot():
                db = self.db
                check = db.execute("PRAGMA quick_check(1)").fetchone()
                if check is None or check[0] != "ok":
                    return sqlite3.DatabaseError(f"the integrity check failed ({check[0] if check else 'no answer'})")
                schema.version(db)  # another version's index is not damage: only whether it reads back counts
                schema.current_generation(db)
                for table in schema.TABLES:
                    if not table.endswith(("_vocab", "_fts")):
                        for _ in db.execute(f"SELECT * FROM {table}"):  # every text column decoded
                            pass
                for (published,) in db.execute("SELECT published FROM articles"):
                    dt.date.fromisoformat(published)
                for (person,) in db.execute("SELECT person FROM people"):
                    Person.model_validate_json(person)
                for model, table in ((Event, "events"), (Demand, "demands"), (Position, "positions")):
                    for (data,) in db.execute(f"SELECT data FROM {table}"):
                        model.model_validate_json(data)
                offsets = " OR ".join(f"typeof({c}) != 'integer'" for c in ("id", "idx", "start", "end"))
                if db.execute(f"SELECT 1 FROM sentences WHERE {offsets} LIMIT 1").fetchone():
                    return sqlite3.DatabaseError("a sentence's offsets are not numbers")
        except Exception as exc:  # whatever reading it raises: the file does not read back as an index
            return exc
        return None

    def close(self) -> None:
        with self._connections_lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for db in connections:
            db.close()
        self._local = threading.local()
        self._writer = None

    # ----- snapshots and transactions ---------------------------------------------------------------------------

    @contextmanager
    def snapshot(self) -> Iterator[int]:
        """Read inside one read transaction: everything read sees the same committed state. Yields its
        generation. Nested use joins the outer snapshot."""
        db = self.db
        if db.in_transaction:
            yield self._local.generation
            return
        db.execute("BEGIN")
        try:
            self._local.generation = schema.current_generation(db)  # the first read fixes the snapshot
            yield self._local.generation
        finally:
            if db.in_transaction:
                with suppress(sqlite3.Error):  # a read transaction: nothing to keep, and no second error to raise
                    db.execute("ROLLBACK")

    def generation(self) -> int:
        """The generation this thread reads: its snapshot's, or the latest committed."""
        if self.db.in_transaction:
            return int(self._local.generation)
        return schema.current_generation(self.db)

    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """Hold the process's writer; what is validated under it stays true for the write that follows."""
        with self._write_lock:
            yield

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[None]:
        """One write, all or nothing; nested use joins the outer transaction. Waits for other writers: threads
        of this process without limit, other processes up to ``WRITE_WAIT_SECONDS``; with ``wait=False`` not at
        all (``IndexBusyError`` at once when another writer holds the lock)."""
        if not self._write_lock.acquire(blocking=wait):
            raise IndexBusyError(self.path, 0.0)
        try:
            with self._transaction(wait):
                yield
        finally:
            self._write_lock.release()

    @contextmanager
    def _transaction(self, wait: bool) -> Iterator[None]:
        db = self.wdb
        if db.in_transaction:
            yield
            return
        started = time.monotonic()
        try:
            if not wait:
                db.execute("PRAGMA busy_timeout=0")
            try:
                db.execute("BEGIN IMMEDIATE")
            finally:
                if not wait:
                    db.execute(f"PRAGMA busy_timeout={int(WRITE_WAIT_SECONDS * 1000)}")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise IndexBusyError(self.path, time.monotonic() - started) from exc
            raise IndexUnavailableError(self.path, _reason(exc)) from exc
        try:
            generation = schema.current_generation(db)
            if generation != self._writer_generation:
                self._forget_drafts()  # another process wrote since: the people in memory may be stale
            changes = db.total_changes
            yield
            if db.total_changes != changes:
                schema.bump_generation(db)
                generation += 1
            db.execute("COMMIT")
            self._writer_generation = generation
        except BaseException as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._forget_drafts()  # drafts in memory may hold what was rolled back
            self._writer_generation = -1
            if isinstance(exc, sqlite3.OperationalError) and _is_disk_error(exc):
                raise IndexUnavailableError(self.path, _reason(exc)) from exc
            raise

    def sync(self, folder: Path, progress: Progress | None = None, *, wait: bool = True) -> SyncReport:
        """Bring the index in line with the articles in ``folder``: add new ones, rebuild if any changed. With
        ``wait=False``, when another process is writing the index, leave it as committed (``report.deferred``)."""
        return sync_folder(self, Path(folder), progress, wait=wait)


class _ThreadConnection:
    """A thread's read connection, closed (and forgotten) when the thread ends and its locals go."""

    def __init__(self, db: sqlite3.Connection, forget: Callable[[sqlite3.Connection], None]) -> None:
        self.db = db
        self._forget = forget

    def __del__(self) -> None:
        with suppress(Exception):  # at interpreter exit the lock or the module may be gone: nothing to keep then
            self._forget(self.db)


# What SQLite says when a file is not a sound index: its pages, its text or its tables are not what was written.
_DAMAGE_TEXTS = (
    "not a database", "malformed", "corrupt", "could not decode", "no such table", "no such column",
    "no such fts5 table", "has no column", "columns but", "datatype mismatch", "vtable constructor failed",
    "invalid fts5", "no such index",
)  # fmt: skip


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """The file is not a sound index: not a database, a page that does not read back, text that is not UTF-8, a
    table or column missing. Set it aside and rebuild. A busy or locked file, a read-only folder or a full disk
    is not damage: the file is kept as it is."""
    name = getattr(exc, "sqlite_errorname", "")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or name.startswith(("SQLITE_CORRUPT_", "SQLITE_NOTADB_")):
        return True
    if _is_busy(exc) or _is_disk_error(exc):  # type: ignore[arg-type]
        return False
    text = str(exc).lower()
    return any(key in text for key in _DAMAGE_TEXTS)


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


def _unavailable(path: Path, exc: sqlite3.Error) -> KnowledgeError:
    if _is_busy(exc):
        return IndexBusyError(path, READ_WAIT_MS / 1000)
    return IndexUnavailableError(path, _reason(exc))


def _is_disk_error(exc: sqlite3.OperationalError) -> bool:
    return any(key in str(exc).lower() for key in _DISK_ERRORS)


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    return next((reason for key, reason in _DISK_ERRORS.items() if key in text), str(exc))
