"""Ingest time against an article's length: ``python -m benchmarks.extraction`` (not part of the test run).

For each shape of ``benchmarks.shapes`` (names with no full stop, prose as one paragraph, "Mr.", initials, an
unclosed quotation, dates, short caption-like lines) and each size, it ingests one article of that size into a
copy of the bundled articles (``KnowledgeBase.ingest``, in this process) and prints the time, the time per MB,
and whether the 2 MB article met the target. Time per MB that stays flat as the size grows is linear time.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.shapes import SHAPES, make
from knowledge import KnowledgeBase
from knowledge.corpus import DEFAULT_CORPUS, MAX_ARTICLE_BYTES
from knowledge.ingest import Upload

TARGET_S = 20.0  # for an article of the largest size the size check allows (2 MB)
SIZES = (250_000, 1_000_000, MAX_ARTICLE_BYTES - 10_000)  # the header takes a few bytes of the limit
OUT = Path(__file__).resolve().parent / "out"


def ingest_seconds(shape: str, size: int) -> tuple[float, float]:
    """Seconds to ingest one article of ``size`` bytes of ``shape`` into a copy of the bundled articles: wall
    clock and this process's CPU time (the second does not count other processes on a shared machine)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(DEFAULT_CORPUS, corpus, ignore=shutil.ignore_patterns("__*"))
        knowledge = KnowledgeBase.from_folder(corpus, Path(tmp) / "index.sqlite")
        data = make(shape, size).encode("utf-8")
        started, cpu = time.perf_counter(), time.process_time()
        results = knowledge.ingest([Upload(f"{shape}.txt", data)], date="2025-06-01")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        knowledge.store.close()
    if not results or not results[0].added:
        raise SystemExit(f"{shape}: not added ({results[0].message if results else 'no result'})")
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated, of: " + ", ".join(SHAPES))
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated sizes in bytes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    print("| shape | size | ingest (wall) | CPU | CPU per MB | target |")
    print("| --- | --- | --- | --- | --- | --- |")
    for shape in args.shapes.split(","):
        for size in sizes:
            seconds, cpu = ingest_seconds(shape, size)
            megabytes = size / 1_000_000
            met = ("yes" if seconds <= TARGET_S else "NO") if size == max(sizes) else ""
            rows.append({"shape": shape, "bytes": size, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2)})
            per_mb = cpu / megabytes
            line = f"| {shape} | {megabytes:.2f} MB | {seconds:.1f} s | {cpu:.1f} s | {per_mb:.1f} s | {met} |"
            print(line, flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "extraction.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
