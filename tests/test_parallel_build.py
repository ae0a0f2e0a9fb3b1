"""Extraction in worker processes writes the very rows extraction in one process writes, and leaves no process
behind: not after a build, and not after the writer is killed half-way."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from benchmarks.scale import make_questions
from benchmarks.synthetic import write_corpus
from knowledge import KnowledgeBase
from knowledge.index import parallel, sync
from knowledge.index.sync import FAULT_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("sentences", "people", "mentions", "events", "event_sentences", "demands", "positions")


def _rows(index: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(index)
    found = {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}
    found["articles"] = db.execute("SELECT id, hash, published, text, title_stems FROM articles ORDER BY id").fetchall()
    found["meta"] = db.execute("SELECT * FROM meta WHERE key IN ('sentences', 'average_length')").fetchall()
    db.close()
    return found


def pool_for_small_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Workers for any batch of two articles or more from now on; records the worker count of each pool started."""
    started: list[int] = []
    real_start = parallel._start_pool

    def start(workers: int) -> object:
        started.append(workers)
        return real_start(workers)

    monkeypatch.setattr(parallel, "POOL_MIN_ARTICLES", 2)
    monkeypatch.setattr(parallel, "_start_pool", start)
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    return started


def test_workers_write_the_same_index_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = tmp_path / "all"
    write_corpus(everything, 40, seed=11)
    started = pool_for_small_batches(monkeypatch)
    names = sorted(p.name for p in everything.glob("*.txt"))
    built: dict[str, Path] = {}
    for mode in ("one", "workers"):
        monkeypatch.setenv(parallel.WORKERS_VARIABLE, "1" if mode == "one" else "2")
        folder = tmp_path / mode
        folder.mkdir()
        for name in names[:25]:  # a first build, then 15 more added to it: both passes, and merging with stored rows
            shutil.copy(everything / name, folder / name)
        KnowledgeBase.from_folder(folder, index=tmp_path / f"{mode}.sqlite").store.close()
        for name in names[25:]:
            shutil.copy(everything / name, folder / name)
        KnowledgeBase.from_folder(folder, index=tmp_path / f"{mode}.sqlite").store.close()
        built[mode] = tmp_path / f"{mode}.sqlite"
    assert started == [2, 2]  # the second mode really used workers, for both writes
    one, workers = _rows(built["one"]), _rows(built["workers"])
    assert len(one["sentences"]) > 500 and len(one["events"]) > 50 and len(one["people"]) > 10
    assert one == workers
    assert not multiprocessing.active_children()  # the workers stopped with the build
    db = sqlite3.connect(built["workers"])  # the totals the second write added to are those of every sentence
    count, total = db.execute("SELECT count(*), sum(length) FROM sentences").fetchone()
    assert dict(workers["meta"]) == {"sentences": str(count), "average_length": str(total / count)}
    db.close()


def test_answers_from_an_index_built_by_workers_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "corpus", 30, seed=5)
    started = pool_for_small_batches(monkeypatch)
    with_workers = KnowledgeBase.from_folder(tmp_path / "corpus", index=tmp_path / "workers.sqlite")
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "1")
    in_process = KnowledgeBase.from_folder(tmp_path / "corpus", index=tmp_path / "one.sqlite")
    assert started == [2]
    questions = [question for _, question in make_questions(9, per_intent=8)]
    assert [with_workers.answer(q) for q in questions] == [in_process.answer(q) for q in questions]


def test_workers_started_ahead_are_taken_by_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big first build starts its workers while it still reads the folder; the build takes those, starting no
    others, and writes the rows one process writes."""
    write_corpus(tmp_path / "corpus", 12, seed=6)
    threads: list[str] = []
    started = pool_for_small_batches(monkeypatch)
    counted = parallel._start_pool

    def start(workers: int) -> object:
        threads.append(threading.current_thread().name)
        return counted(workers)

    monkeypatch.setattr(parallel, "_start_pool", start)
    monkeypatch.setattr(sync, "WORKERS_AHEAD_AT", 3)
    KnowledgeBase.from_folder(tmp_path / "corpus", index=tmp_path / "workers.sqlite").store.close()
    assert started == [2] and threads == ["talkbot-workers-ahead"]
    assert not multiprocessing.active_children()
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "1")
    KnowledgeBase.from_folder(tmp_path / "corpus", index=tmp_path / "one.sqlite").store.close()
    assert _rows(tmp_path / "workers.sqlite") == _rows(tmp_path / "one.sqlite")


def test_workers_started_ahead_for_nothing_are_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many new files that turn out to be one article (copies): the workers started ahead are not needed, and stop."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(5):
        (folder / f"copy{number}.txt").write_text("date: 2025-05-01\n\nLavrov met Rubio in Geneva on Friday.\n")
    started = pool_for_small_batches(monkeypatch)
    monkeypatch.setattr(sync, "WORKERS_AHEAD_AT", 3)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "i.sqlite")
    assert started == [2]
    assert kb.store.counts()["articles"] == 1
    assert not multiprocessing.active_children()


def test_small_batches_and_one_core_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parallel.WORKERS_VARIABLE, raising=False)
    assert parallel.worker_count(1) == 0  # an ordinary ingest never pays for starting workers
    assert parallel.worker_count(parallel.POOL_MIN_ARTICLES - 1) == 0
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "1")
    assert parallel.worker_count(10 * parallel.POOL_MIN_ARTICLES) == 0
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "3")
    assert parallel.worker_count(10 * parallel.POOL_MIN_ARTICLES) == 3
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "many")
    assert parallel.worker_count(10 * parallel.POOL_MIN_ARTICLES) in (0, *range(2, parallel.MAX_WORKERS + 1))


_KILLED_BUILD = """
import multiprocessing, sys
from pathlib import Path
from knowledge.index import Store, parallel

parallel.POOL_MIN_ARTICLES = 2

def progress(done, total):
    Path(sys.argv[3]).write_text(" ".join(str(p.pid) for p in multiprocessing.active_children()))

if __name__ == "__main__":
    Store(sys.argv[2]).sync(Path(sys.argv[1]), progress)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended; only its exit status is left


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc")
def test_workers_leave_when_the_writer_is_killed(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 24, seed=2)
    script = tmp_path / "build.py"
    script.write_text(_KILLED_BUILD)
    pids = tmp_path / "pids"
    env = dict(os.environ, **{FAULT_VARIABLE: "kill:rebuild", parallel.WORKERS_VARIABLE: "2", "PYTHONPATH": str(ROOT)})
    env["TMPDIR"] = str(tmp_path)  # what a killed writer cannot clean up (the people file) stays in the test's folder
    command = [sys.executable, str(script), str(tmp_path / "corpus"), str(tmp_path / "i.sqlite"), str(pids)]
    killed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    workers = [int(pid) for pid in pids.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in workers)
    assert "Traceback" not in killed.stderr


_UNGUARDED_SCRIPT = """
import logging, sys
from pathlib import Path
from knowledge import KnowledgeBase
from knowledge.index import parallel

logging.basicConfig(level=logging.INFO)
parallel.POOL_MIN_ARTICLES = 2
kb = KnowledgeBase.from_folder(Path(sys.argv[1]), index=Path(sys.argv[2]))  # no main guard: workers must not rerun it
print(kb.store.counts()["articles"])
"""


def test_a_script_without_a_main_guard_builds_with_workers(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 12, seed=4)
    script = tmp_path / "unguarded.py"
    script.write_text(_UNGUARDED_SCRIPT)
    env = dict(os.environ, **{parallel.WORKERS_VARIABLE: "2", "PYTHONPATH": str(ROOT)})
    command = [sys.executable, str(script), str(tmp_path / "corpus"), str(tmp_path / "i.sqlite")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["12"]
    assert "extracting with 2 worker processes" in done.stderr and "could not start" not in done.stderr
    assert "Traceback" not in done.stderr  # no worker ran the script again (and waited on the write lock)
