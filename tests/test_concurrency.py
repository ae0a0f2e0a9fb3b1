"""One index shared by readers and writers: threads asking while another rebuilds, ingests from several threads
and from two processes at once. Every answer found, no exception, every article landed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from knowledge import DEFAULT_CORPUS, KnowledgeBase, Upload

QUESTIONS = ("who is Lavrov?", "!timeline Istanbul", "!demands russia", "what did Peskov say about diplomacy?")
READING_SECONDS = 2.0


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    return folder


def _article(n: int) -> Upload:
    text = f"date: 2026-04-{n + 1:02d}\n\nEnvoy Ilse Marrow{n} met delegations in Tallinn on Monday for round {n}.\n"
    return Upload(name=f"round_{n}.txt", data=text.encode())


def test_readers_never_see_a_half_built_index(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    errors: list[BaseException] = []
    missed: list[str] = []
    answered = [0]
    rebuilds = [0]
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            for question in QUESTIONS:
                try:
                    if not kb.answer(question).found:
                        missed.append(question)
                    answered[0] += 1
                except BaseException as exc:  # every exception is a failure of the test, reported below
                    errors.append(exc)

    def rebuild() -> None:
        target = next(folder.glob("003_*.txt"))
        original = target.read_bytes()
        n = 0
        while not stop.is_set():
            n += 1
            target.write_bytes(original + f"\nThe talks resumed on Friday, round {n}.\n".encode())
            try:
                report = kb.reload()
                rebuilds[0] += report.rebuilt
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(2)] + [threading.Thread(target=rebuild)]
    for thread in threads:
        thread.start()
    time.sleep(READING_SECONDS)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert missed == []
    assert rebuilds[0] >= 2 and answered[0] >= 20


def test_ingests_from_eight_threads_all_land(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    errors: list[BaseException] = []

    def add(n: int) -> None:
        try:
            (result,) = kb.ingest([_article(n)])
            assert result.added
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(p.name for p in folder.glob("round_*.txt")) == [f"round_{n}.txt" for n in range(8)]
    assert {f"round_{n}" for n in range(8)} <= set(kb.articles)
    assert kb.answer("who is Marrow7?").found


def test_two_processes_ingesting_at_once_both_land(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    KnowledgeBase.from_folder(folder, index=index)
    files = []
    for n in range(6):
        upload = _article(n)
        path = tmp_path / upload.name
        path.write_bytes(upload.data)
        files.append(path)
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(folder), "--index", str(index), "ingest"]
    first = subprocess.Popen([*command, *map(str, files[:3])], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen([*command, *map(str, files[3:])], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    kb = KnowledgeBase.from_folder(folder, index=index)
    assert {f"round_{n}" for n in range(6)} <= set(kb.articles)


def test_an_answer_reads_one_snapshot_even_when_a_write_commits_half_way(tmp_path: Path) -> None:
    """Deterministic: the writer commits exactly between two reads of one snapshot; both reads agree."""
    folder = _corpus(tmp_path)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    first_read, written = threading.Event(), threading.Event()
    seen: list[int] = []

    def reader() -> None:
        with kb.store.snapshot():
            seen.append(kb.store.counts()["articles"])
            first_read.set()
            written.wait(timeout=30)
            seen.append(kb.store.counts()["articles"])
        seen.append(kb.store.counts()["articles"])  # the next snapshot sees the write

    thread = threading.Thread(target=reader)
    thread.start()
    first_read.wait(timeout=30)
    kb.ingest([_article(1)])
    written.set()
    thread.join(timeout=30)
    assert seen == [5, 5, 6]


def test_two_processes_starting_on_a_fresh_index_both_answer(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(folder), "--index", str(index), "ask", "--json"]
    processes = [
        subprocess.Popen([*command, "who is Lavrov?"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and b"Traceback" not in err, err.decode()
        assert b'"found":true' in out.replace(b" ", b"")
    assert len(KnowledgeBase.from_folder(folder, index=index).articles) == 5


def test_a_start_with_nothing_to_write_never_waits_on_another_processes_write(tmp_path: Path) -> None:
    import sqlite3

    folder = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    KnowledgeBase.from_folder(folder, index=index).store.close()
    holder = sqlite3.connect(index, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        started = time.monotonic()
        kb = KnowledgeBase.from_folder(folder, index=index)
        assert kb.answer("who is Lavrov?").found
        assert time.monotonic() - started < 5  # not the 30 s a writer waits
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_connections_close_when_their_threads_end(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_folder(_corpus(tmp_path), index=tmp_path / "index.sqlite")
    for _ in range(50):
        thread = threading.Thread(target=kb.answer, args=("who is Lavrov?",))
        thread.start()
        thread.join(timeout=30)
    import gc

    gc.collect()
    assert len(kb.store._connections) <= 3  # the writer, this thread's reader; not one per finished thread
