"""Extraction of a batch of articles, in worker processes when the batch is big enough to pay for them.

Extraction is CPU-bound Python, so threads would not help; worker processes do, while the one writer (the
caller, inside its write transaction) numbers and inserts the rows as they come back, in article order. Two
passes, as in a single process: the names of every article first (the people registry merges them, in order,
in the writer), then each article's facts with the people known (``prepare.prepare_article``). The rows are
the same either way; only where the work runs differs.

Workers are started with 'spawn' (a fresh interpreter: no copy of the writer's connection or threads, and the
same on every platform), and without the caller's main module: they need only this package, and a script that
opens a knowledge base at import time (no ``if __name__ == "__main__":``) must not run again in each worker.
Workers ignore Ctrl-C (the writer handles it and stops them, so a terminal sees one message, not a traceback per
process) and leave when the writer's process ends, however it ends. A pool that cannot start is logged and the
batch is extracted in this process instead.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, TypeVar

from pydantic import TypeAdapter

from knowledge.extract.people import NameMention
from knowledge.extract.registry import names_found, names_in_article
from knowledge.extract.speakers import ActorFinder
from knowledge.index.prepare import (
    EventValues,
    PreparedArticle,
    merge_day,
    prepare_article,
    sentence_at,
    sentences_from_bounds,
)
from knowledge.models import Article, Person, Sentence
from knowledge.sentences import sentence_bounds, split_article

log = logging.getLogger(__name__)
T = TypeVar("T")

# Below this many articles a batch is extracted in this process: starting the workers (fresh interpreters
# importing the extraction code) costs about 0.3 s, the time this process takes for ~60 articles; the margin
# keeps an ordinary ingest (one article, ~10 ms) and the five bundled articles far from it.
POOL_MIN_ARTICLES = 200
CHUNK_ARTICLES = 16  # per task: pickling overhead stays small, and results come back steadily for progress
DAYS_PER_TASK = 8  # a day's merge is quick: several days a task keep the pickling overhead small
IN_FLIGHT_PER_WORKER = 3  # chunks queued ahead per worker: workers never idle, results never pile up in memory
MAX_WORKERS = 8
WORKERS_VARIABLE = "TALKBOT_WORKERS"  # how many worker processes; 0 or 1 extracts in this process
NamesFound = tuple[Sentence, list[NameMention]]
Bounds = list[tuple[int, int, bool]]  # each sentence's (start, end, heading)
MergedDay = tuple[list[int], list[tuple[int, EventValues]]]  # where each new event went; the rows touched

_PEOPLE = TypeAdapter(list[Person])
_actors: tuple[str, ActorFinder] | None = None  # a worker's people (by file), read once per batch
# This thread's workers started ahead of their batch (``start_ahead``): how many, and the pool once it answers
_ahead = threading.local()


def worker_count(articles: int) -> int:
    """How many worker processes to extract ``articles`` with: 0 (in this process) for a small batch or a
    single core; else one per core this process may use, or ``TALKBOT_WORKERS``."""
    if articles < POOL_MIN_ARTICLES:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted:
        try:
            cores = int(wanted)
        except ValueError:
            log.warning("%s=%r is not a number of processes; using one per core", WORKERS_VARIABLE, wanted)
    return min(cores, MAX_WORKERS) if cores > 1 else 0


class Extraction:
    """One batch's extraction: ``names()`` first (all of it), then ``prepared(people)``. Use it as a context
    manager: leaving it stops the workers, whatever happened."""

    def __init__(self, articles: Sequence[Article], workers: int | None = None) -> None:
        self.articles = list(articles)
        self.workers = worker_count(len(self.articles)) if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None
        self._folder: Path | None = None
        self._split: dict[str, list[Sentence]] = {}  # in this process: the sentences, split once
        self._bounds: dict[str, Bounds] = {}  # with workers: where each sentence is, to send back for the facts

    def __enter__(self) -> Extraction:
        if self.workers:
            taken, pool = _take_ahead(self.workers)
            self._pool = pool if taken else _start_pool(self.workers)
            if self._pool is None:
                self.workers = 0
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def names(self) -> Iterator[NamesFound]:
        """Every article's people's names, sentence by sentence, in article order (``PeopleRegistry.add_found``)."""
        if self._pool is None:
            for article in self.articles:
                sentences = split_article(article.id, article.text, article.body_start)
                self._split[article.id] = sentences
                yield from names_found(sentences)
            return
        tasks = ([(a.id, a.text, a.body_start) for a in chunk] for chunk in _chunks(self.articles))
        chunks = iter(_chunks(self.articles))
        for found in self._ordered(_find_names, ((task,) for task in tasks)):
            for article, (bounds, named) in zip(next(chunks), found, strict=True):
                self._bounds[article.id] = bounds
                for index, mentions in named:  # only the sentences naming someone are built here
                    yield sentence_at(article, bounds, index), mentions

    def prepared(self, people: list[Person]) -> Iterator[tuple[Article, PreparedArticle]]:
        """Each article with its rows, in article order, the people known (after ``names()``)."""
        if self._pool is None:
            actors = ActorFinder(people)
            for article in self.articles:
                sentences = self._split.pop(article.id, None) or split_article(
                    article.id, article.text, article.body_start
                )
                yield article, prepare_article(article, sentences, actors)
            return
        self._folder = Path(tempfile.mkdtemp(prefix="talkbot-people-"))
        people_file = self._folder / "people.json"
        people_file.write_bytes(_PEOPLE.dump_json(people))
        chunks = _chunks(self.articles)
        tasks = ((str(people_file), [(a, self._bounds.pop(a.id)) for a in chunk]) for chunk in chunks)
        done = iter(self.articles)
        for found in self._ordered(_prepare, tasks):
            for prepared in found:
                yield next(done), prepared

    def merged_days(self, days: Iterable[tuple[list[str], list[str]]]) -> Iterator[MergedDay]:
        """``prepare.merge_day`` for each day (its stored and its new events' JSON), results in order. Days are
        independent of each other, so with workers they are merged in parallel, a few days a task."""
        if self._pool is None:
            yield from (merge_day(stored, new) for stored, new in days)
            return
        for merged in self._ordered(_merge_days, ((chunk,) for chunk in _batched(days, DAYS_PER_TASK))):
            yield from merged

    def _ordered(self, work: Callable[..., T], tasks: Iterable[tuple[Any, ...]]) -> Iterator[T]:
        """``work`` over ``tasks`` in the workers, results in order, a few chunks ahead at most."""
        assert self._pool is not None
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque[Future[T]] = deque()
        for task in tasks:
            pending.append(self._pool.submit(work, *task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def start_ahead(articles: int) -> None:
    """Start the workers in the background for a big batch still being read: a first build reads 10,000 files
    (~2 s) before it knows its batch, and the workers' start (~0.5 s, fresh interpreters importing the package)
    overlaps that reading instead of following it. The next ``Extraction`` of this thread with as many workers
    takes them; ``drop_ahead`` stops them if none did. Once per thread until then; ``articles`` is how many the
    batch has at least."""
    if getattr(_ahead, "started", None) is not None:
        return
    workers = worker_count(articles)
    if not workers:
        return
    started: Future[ProcessPoolExecutor | None] = Future()

    def start() -> None:
        try:
            started.set_result(_start_pool(workers))
        except BaseException as exc:  # handed to the thread that takes the pool (or drops it)
            started.set_exception(exc)

    threading.Thread(target=start, name="talkbot-workers-ahead", daemon=True).start()
    _ahead.started = (workers, started)


def drop_ahead() -> None:
    """Stop workers started ahead that no batch took (the batch was smaller after all, or failed)."""
    _, pool = _take_ahead(None)
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _take_ahead(workers: int | None) -> tuple[bool, ProcessPoolExecutor | None]:
    """(whether workers were started ahead for ``workers``, the pool or None if it could not start); workers
    started for another count are stopped. With ``workers=None``, whatever was started."""
    held = getattr(_ahead, "started", None)
    _ahead.started = None
    if held is None:
        return False, None
    count, started = held
    pool = started.result()
    if workers is not None and count != workers:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        return False, None
    return True, pool


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chunks(articles: list[Article]) -> list[list[Article]]:
    return [articles[i : i + CHUNK_ARTICLES] for i in range(0, len(articles), CHUNK_ARTICLES)]


def _start_pool(workers: int) -> ProcessPoolExecutor | None:
    """Start the workers and wait until each answers, so that a pool that cannot start (a platform without
    processes, a main module that fails to import) is known before any row is written."""
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)
        with _main_module_hidden():  # every worker starts here, one per task: none runs the caller's script
            started = [pool.submit(_ready) for _ in range(workers)]
        for ready in started:
            ready.result()
    except (OSError, BrokenProcessPool, RuntimeError) as exc:
        log.warning("extracting in this process: worker processes could not start (%s)", exc)
        return None
    log.info("extracting with %d worker processes", workers)
    return pool


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While workers start, ``__main__`` is a bare module: 'spawn' then gives them no script to import (it would
    run the caller's script again, which may open this very index and wait for our write lock)."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


# ----- in the workers ---------------------------------------------------------------------------------------


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle: it stops the workers
    gc.freeze()  # the code imported by now lives as long as the worker: the cycle collector need not walk it again
    parent = multiprocessing.parent_process()
    if parent is not None:  # the writer killed: leave too, rather than wait for work forever

        def leave_with_parent() -> None:
            parent.join()
            os._exit(0)

        threading.Thread(target=leave_with_parent, daemon=True).start()


def _ready() -> bool:
    return True


def _find_names(chunk: list[tuple[str, str, int]]) -> list[tuple[Bounds, list[tuple[int, list[NameMention]]]]]:
    """Each article's sentence bounds, and the names in each sentence naming people."""
    found = []
    for _, text, body_start in chunk:
        bounds = sentence_bounds(text, body_start)
        named = enumerate(names_in_article([(text[start:end], heading) for start, end, heading in bounds]))
        found.append((bounds, [(index, mentions) for index, mentions in named if mentions]))
    return found


def _prepare(people_file: str, chunk: list[tuple[Article, Bounds]]) -> list[PreparedArticle]:
    global _actors
    if _actors is None or _actors[0] != people_file:
        _actors = (people_file, ActorFinder(_PEOPLE.validate_json(Path(people_file).read_bytes())))
    actors = _actors[1]
    return [prepare_article(article, sentences_from_bounds(article, bounds), actors) for article, bounds in chunk]


def _merge_days(days: list[tuple[list[str], list[str]]]) -> list[MergedDay]:
    return [merge_day(stored, new) for stored, new in days]
