"""Add articles to a corpus and its index, all or nothing.

Order of work, and what a crash at each point leaves:

1. Validate every file (UTF-8, not empty, a sane size, a publication date, a free name). Nothing is touched; a
   bad file refuses the whole batch, naming the file and saying how to fix it.
2. Stage the final texts in a folder beside the corpus (not in it).
3. Extract and write the index rows inside one open SQLite transaction (the slow part).
4. Commit point: write a journal naming the staged files (atomically, by rename).
5. Move the staged files into the corpus, then COMMIT, then delete the journal.

All of it runs inside the index's write transaction, so only one ingest (or rebuild) at a time touches the
staging folders, in this process or another; and while it runs the process holds a lock file beside the corpus
(``ingest_running``), so another process starting meanwhile tells this live ingest's staging folder and journal
from a crash's and leaves them alone.

A crash before step 4 leaves the corpus folder and the index exactly as they were (the transaction is rolled
back; the staging folder is outside the corpus and is cleared next time). A crash after it is rolled forward
on the next start (``recover``): the staged files are moved in and indexed like any new article.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.corpus import decode_article_bytes, parse_article, parse_header
from knowledge.errors import CorpusError, KnowledgeError
from knowledge.index import Progress, Store, content_hash
from knowledge.index.hashing import body_hash

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

JOURNAL_PREFIX = ".talkbot-ingest-"  # + the corpus folder's name and a hash of its path: one journal per corpus
STAGING_PREFIX = ".talkbot-staging-"  # likewise: two corpora in one parent folder never touch each other's
FAULT_VARIABLE = "TALKBOT_INGEST_FAULT"  # tests only: "kill:<point>" or "interrupt:<point>"
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]+")


class IngestError(KnowledgeError):
    """An ingest was refused; nothing was changed. ``problems`` names each file and what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("nothing was added:\n" + "\n".join(f"- {p}" for p in problems))


@dataclass(frozen=True)
class Upload:
    """One file to add: its name (the article id comes from it) and its bytes."""

    name: str
    data: bytes


@dataclass
class IngestResult:
    """What became of one file."""

    name: str
    article_id: str
    added: bool
    message: str
    new_people: list[str] = field(default_factory=list)
    events: int = 0
    demands: int = 0


def ingest(
    store: Store,
    folder: Path,
    uploads: list[Upload],
    *,
    date: str | None = None,
    source: str | None = None,
    title: str | None = None,
    progress: Progress | None = None,
) -> list[IngestResult]:
    """Validate, stage, index and move ``uploads`` into ``folder``: every one, or none. The whole of it is one
    write transaction, which holds the index's write lock (threads and processes alike): two ingests at once (two
    managers, a terminal and the bot) run one after the other, what was validated (a free name, new content) is
    still true when it is written, and no ingest clears another's staging folder."""
    folder = Path(folder).resolve()  # the journal names absolute paths: recovery works from any working folder
    with store.write_lock(), _alive(folder):
        with store.transaction():
            try:
                results, journal = _ingest(store, folder, uploads, date, source, title, progress)
            except OSError as exc:  # a read-only or full disk beside the corpus: nothing was added
                where = exc.filename or folder.parent
                raise IngestError([f"cannot write {where} ({exc.strerror or exc}); nothing was added"]) from exc
        if journal is not None:
            journal.unlink(missing_ok=True)  # after COMMIT: complete (another process may have finished it first)
    return results


def _ingest(
    store: Store,
    folder: Path,
    uploads: list[Upload],
    date: str | None,
    source: str | None,
    title: str | None,
    progress: Progress | None,
) -> tuple[list[IngestResult], Path | None]:
    recover(folder)
    prepared, duplicates, problems = _prepare(store, folder, uploads, date, source, title)
    if problems:
        raise IngestError(problems)
    if not prepared:
        return duplicates, None
    staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(folder), dir=folder.parent))
    try:
        staged = []
        for _, article_id, text in prepared:
            path = staging / f"{article_id}.txt"
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            staged.append((article_id, text, path))
        articles = [parse_article(article_id, text, {}, origin=path) for article_id, text, path in staged]
        stamps = {a: (content_hash(text.encode("utf-8"), {}), path.stat()) for a, text, path in staged}
        failed: list[CorpusError] = []
        added = store.add(articles, stamps=stamps, progress=progress, problems=failed)
        if failed:  # all or nothing: the transaction is rolled back
            names = {article_id: name for name, article_id, _ in prepared}
            raise IngestError([f"{names.get(p.path.name, p.path.name)}: {p.reason}" for p in failed])
        _fault("extracted")
        journal = _write_journal(folder, [(path, folder / path.name) for _, _, path in staged])
        _fault("journaled")
        _move_staged(journal)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    results = [
        IngestResult(
            name=name,
            article_id=report.id,
            added=True,
            message=f"added as {report.id}",
            new_people=report.new_people,
            events=report.events,
            demands=report.demands,
        )
        for (name, _, _), report in zip(prepared, added, strict=True)
    ]
    return results + duplicates, journal


def article_id_for(name: str) -> str:
    """The article id a file name gives: its stem, with anything but letters, digits, '_', '-', '.' made '_'."""
    return _SAFE_ID.sub("_", Path(name).stem).strip("._") or "article"


def _prepare(
    store: Store, folder: Path, uploads: list[Upload], date: str | None, source: str | None, title: str | None
) -> tuple[list[tuple[str, str, str]], list[IngestResult], list[str]]:
    """(name, id, final text) of each file to add, the duplicates (no-ops), and every problem found."""
    prepared: list[tuple[str, str, str]] = []
    duplicates: list[IngestResult] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for upload in uploads:
        article_id = article_id_for(upload.name)
        if not upload.name.lower().endswith(".txt"):
            problems.append(f"{upload.name}: only .txt files can be added")
            continue
        try:
            text = decode_article_bytes(Path(upload.name), upload.data)
        except KnowledgeError as exc:
            problems.append(str(exc))
            continue
        text = _with_header(text, date, source, title)
        # One article is its body, whatever its name or header: a copy is a no-op naming the one kept.
        digest = body_hash(text, parse_header(text)[1])
        row = store.wdb.execute("SELECT article FROM bodies WHERE hash=?", (digest,)).fetchone()
        existing = (str(row[0]) if row else None) or seen.get(digest)
        if existing:
            duplicates.append(
                IngestResult(
                    name=upload.name,
                    article_id=existing,
                    added=False,
                    message=f"already present as {existing} (the same text): nothing to do",
                )
            )
            continue
        try:
            parse_article(article_id, text, {}, origin=Path(upload.name))
        except KnowledgeError as exc:
            hint = " (or pass --date YYYY-MM-DD)" if date is None and "no publication date" in str(exc) else ""
            problems.append(f"{exc}{hint}")
            continue
        if (folder / f"{article_id}.txt").exists() or article_id in {i for _, i, _ in prepared}:
            problems.append(
                f"{upload.name}: an article named {article_id} is already in the corpus with other "
                "text; rename the file to add it as a new article"
            )
            continue
        seen[digest] = article_id
        prepared.append((upload.name, article_id, text))
    return prepared, duplicates, problems


def _with_header(text: str, date: str | None, source: str | None, title: str | None) -> str:
    """The text with the options written as header lines (options win over the file's own header)."""
    if not any((date, source, title)):
        return text
    header, body_start = parse_header(text)
    fields = {
        **{k: str(v) for k, v in header.items()},
        **{k: v for k, v in (("date", date), ("source", source), ("title", title)) if v},
    }
    lines = [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n\n" + text[body_start:].lstrip("\n")


def journal_path(folder: Path) -> Path:
    """The journal of ingests into ``folder``: beside it, named for it (name and a hash of its full path)."""
    folder = Path(folder).resolve()
    return folder.parent / f"{JOURNAL_PREFIX}{folder.name}-{_folder_hash(folder)}.journal"


def _staging_prefix(folder: Path) -> str:
    return f"{STAGING_PREFIX}{folder.name}-{_folder_hash(folder)}-"


def _folder_hash(folder: Path) -> str:
    return hashlib.sha256(str(folder).encode("utf-8")).hexdigest()[:10]


def needs_recovery(folder: Path) -> bool:
    """Whether an ingest into ``folder`` was interrupted: a journal or a staging folder is left and no live
    ingest holds them. Cheap and without waiting, so that a start never waits on another process's write: a
    live ingest's staging folder is its own business, not a crash."""
    folder = Path(folder).resolve()
    if not (journal_path(folder).exists() or any(folder.parent.glob(_staging_prefix(folder) + "*"))):
        return False
    return not ingest_running(folder)


def ingest_running(folder: Path) -> bool:
    """Whether a live process is ingesting into ``folder`` right now (it holds the folder's ingest lock file;
    the lock goes with the process, however it ends, so a crash never looks alive)."""
    if fcntl is None:  # no advisory locks here: take what is left for a crash's, as before
        return False
    try:
        descriptor = os.open(_lock_path(Path(folder).resolve()), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)  # closing releases a lock taken
    return False


@contextmanager
def _alive(folder: Path) -> Iterator[None]:
    """Hold the folder's ingest lock file for the whole ingest: other processes see a live writer."""
    if fcntl is None:
        yield
        return
    try:
        descriptor: int | None = os.open(_lock_path(folder), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a read-only parent: the ingest itself will say so; nobody can stage there either
        descriptor = None
    try:
        if descriptor is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)  # this process already holds the index's write lock: no wait
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)


def _lock_path(folder: Path) -> Path:
    return folder.parent / f"{JOURNAL_PREFIX}{folder.name}-{_folder_hash(folder)}.lock"


def _write_journal(folder: Path, moves: list[tuple[Path, Path]]) -> Path:
    journal = journal_path(folder)
    partial = journal.with_suffix(".partial")
    partial.write_text(
        json.dumps({"corpus": str(folder), "moves": [[str(a.resolve()), str(b.resolve())] for a, b in moves]}),
        encoding="utf-8",
    )
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, journal)
    return journal


def _move_staged(journal: Path) -> list[str]:
    """Carry out the journal's moves; safe to repeat (a move already done is skipped). Returns the files that
    are neither staged nor in place: lost, so the journal must be kept for a person to look at."""
    data = json.loads(journal.read_text(encoding="utf-8"))
    missing = []
    for staged, final in data["moves"]:
        if Path(staged).exists():
            os.replace(staged, final)
        elif not Path(final).exists():
            missing.append(final)
    return missing


def recover(folder: Path) -> bool:
    """Finish an ingest that passed its commit point before a crash; clear staging left by one that did not."""
    folder = Path(folder).resolve()
    journal = journal_path(folder)
    recovered = False
    if journal.exists():
        log.warning("finishing an interrupted ingest into %s", folder)
        missing = _move_staged(journal)
        if missing:
            log.error("cannot finish the interrupted ingest: %s are missing; kept %s", ", ".join(missing), journal)
            return False
        journal.unlink(missing_ok=True)
        recovered = True
    for leftover in folder.parent.glob(_staging_prefix(folder) + "*"):
        shutil.rmtree(leftover, ignore_errors=True)
    return recovered


def _fault(point: str) -> None:
    """Fault injection for the crash tests: die or be interrupted at a named point."""
    wanted = os.environ.get(FAULT_VARIABLE, "")
    if not wanted.endswith(f":{point}"):
        return
    if wanted.startswith("kill:"):
        os.kill(os.getpid(), signal.SIGKILL)
    if wanted.startswith("interrupt:"):
        raise KeyboardInterrupt(f"fault injected at {point}")
