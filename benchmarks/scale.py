"""How cost grows with the corpus: ``python -m benchmarks.scale --articles N`` (not part of the test run).

On a deterministic synthetic corpus of N articles (``benchmarks/synthetic.py``) it measures, in one run:

- talkbot: cold build of the index (with every core, as ``talkbot`` builds: extraction in worker processes),
  then, pinned to one core, ingest of one more article and query latency p50/p95/p99 per intent over the
  questions; warm start (a new process opening the index, imports included); peak RSS of the writer and of
  its largest worker;
- ``talkbot --corpus C ask --json -`` with every question on stdin, as a user would run it: the time per
  question beyond the warm start;
- the reference a user might pick instead, plain BM25 sentence search with ``bm25s``, pinned to one core: build
  and query latency, and the ratio of talkbot's mean time per question to bm25s's;
- with the bundled seeds, ``talkbot ask "who is Lavrov?"`` from process start to answer.

It prints a table and writes ``benchmarks/out/scale-N.json``. Needs the ``bench`` extra (bm25s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.collector import tune_collector
from bot.progress import ProgressLine
from knowledge.actors import PARTY_ALIASES

TARGETS = {  # at 10,000 articles on a 2-core machine (issue 16)
    "cold_build_s": 30.0,
    "ingest_one_ms": 150.0,
    "warm_start_s": 0.5,
    "query_p95_ms": 10.0,
    "bm25s_ratio": 1.0,  # talkbot's mean time per question over bm25s's, same corpus and questions
    "peak_rss_mib": 500.0,
    "seed_ask_s": 0.3,
}
QUESTIONS_PER_INTENT = 300
TOPICS = ("ceasefire", "sanctions", "prisoners", "NATO", "Crimea", "diplomacy", "talks", "memorandum", "troops")
OUT = Path(__file__).resolve().parent / "out"


def make_questions(seed: int, per_intent: int = QUESTIONS_PER_INTENT) -> list[tuple[str, str]]:
    """(intent, question) pairs as users would type them; some name people the corpus lacks."""
    from benchmarks.synthetic import CITIES, FIRST_NAMES, SURNAMES

    rng = random.Random(seed)
    months = ("january", "march", "may", "june", "july", "august", "october", "2025", "2022")
    parties = [aliases[0] for aliases in PARTY_ALIASES.values()] + ["Moscow", "Kyiv", "the Kremlin"]

    def person() -> str:
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        name = rng.choice((f"{first} {last}", last))
        if rng.random() < 0.15 and len(name) > 5:  # a typo
            i = rng.randrange(1, len(name) - 2)
            name = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        return name

    questions: list[tuple[str, str]] = []
    for _ in range(per_intent):
        questions.append(("who", rng.choice((f"!who {person()}", f"who is {person()}?"))))
        questions.append(
            (
                "timeline",
                rng.choice(
                    (
                        f"!timeline {rng.choice(CITIES)}",
                        f"!timeline {rng.choice(months)}",
                        f"when did {person()} call {person()}?",
                        f"when were the talks in {rng.choice(CITIES)}?",
                    )
                ),
            )
        )
        questions.append(
            (
                "demands",
                rng.choice(
                    (
                        f"!demands {rng.choice(parties)}",
                        f"what does {rng.choice(parties)} demand about {rng.choice(TOPICS)}?",
                    )
                ),
            )
        )
        questions.append(
            (
                "search",
                rng.choice(
                    (
                        f"what did {person()} say about {rng.choice(TOPICS)}?",
                        f"what was said about {rng.choice(TOPICS)} in {rng.choice(CITIES)}?",
                    )
                ),
            )
        )
    return questions


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux; for children, the largest one's


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

    return {
        "p50": at(0.50) * 1000,
        "p95": at(0.95) * 1000,
        "p99": at(0.99) * 1000,
        "mean": sum(ordered) / len(ordered) * 1000,
        "n": len(ordered),
    }


def worker_talkbot(corpus: Path, index: Path, extra: Path, questions: list[tuple[str, str]]) -> dict[str, Any]:
    from knowledge import KnowledgeBase, Upload

    tune_collector()  # as the CLI and the bot run
    started, cpu = time.perf_counter(), time.process_time()
    kb = KnowledgeBase.from_folder(corpus, index=index, progress=ProgressLine("talkbot: cold build"))
    cold = time.perf_counter() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cold_cpu = (time.process_time() - cpu, workers.ru_utime + workers.ru_stime)  # the writer's, the workers'
    build_rss = _peak_rss_mib()
    _pin_to_one_core()
    started = time.perf_counter()
    (result,) = kb.ingest([Upload(extra.name, extra.read_bytes())])
    ingest_ms = (time.perf_counter() - started) * 1000
    assert result.added, result.message
    latencies: dict[str, list[float]] = {}
    found = 0
    progress = ProgressLine("talkbot: questions")
    for number, (intent, question) in enumerate(questions, start=1):
        started = time.perf_counter()
        answer = kb.answer(question)
        latencies.setdefault(intent, []).append(time.perf_counter() - started)
        found += answer.found
        progress(number, len(questions))
    counts = kb.store.counts()
    kb.store.close()
    every = [x for samples in latencies.values() for x in samples]
    return {
        "cold_build_s": cold,
        "cold_build_cpu_s": cold_cpu,
        "ingest_one_ms": ingest_ms,
        "queries": {intent: _percentiles(samples) for intent, samples in latencies.items()}
        | {"all": _percentiles(every)},
        "found_share": found / len(questions),
        "peak_rss_mib": _peak_rss_mib(),
        "build_rss_mib": build_rss,
        "worker_rss_mib": _peak_rss_mib(resource.RUSAGE_CHILDREN),
        "counts": counts,
        "index_mib": index.stat().st_size / 2**20,
    }


def worker_bm25s(corpus: Path, questions: list[tuple[str, str]]) -> dict[str, Any]:
    import bm25s  # type: ignore[import-untyped]

    from knowledge import load_articles
    from knowledge.sentences import split_article

    _pin_to_one_core()
    loaded = load_articles(corpus)
    started = time.perf_counter()
    sentences = [s.text for a in loaded.articles for s in split_article(a.id, a.text, a.body_start)]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(sentences, stopwords="en", show_progress=False), show_progress=False)
    build = time.perf_counter() - started
    latencies = []
    for _, question in questions:
        started = time.perf_counter()
        tokens = bm25s.tokenize([question], stopwords="en", show_progress=False)
        if tokens.vocab:
            retriever.retrieve(tokens, k=5, show_progress=False)
        latencies.append(time.perf_counter() - started)
    return {
        "build_s": build,
        "queries": _percentiles(latencies),
        "peak_rss_mib": _peak_rss_mib(),
        "sentences": len(sentences),
    }


def _run_worker(kind: str, **paths: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.scale", "--worker", kind]
    for name, value in paths.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    result = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _timed_process(command: list[str], stdin: str = "") -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, input=stdin.encode())
    return time.perf_counter() - started


def cli_per_question_ms(corpus: Path, index: Path, questions: list[tuple[str, str]]) -> dict[str, float]:
    """``talkbot --corpus C ask --json -`` on a built index, one core: the time for all the questions on stdin
    beyond a run with none (the warm start), per question; best of two."""
    command = [sys.executable, "-m", "bot.cli", "--corpus", str(corpus), "--index", str(index), "ask", "--json", "-"]
    pinned = ["taskset", "-c", str(sorted(os.sched_getaffinity(0))[0])] if hasattr(os, "sched_getaffinity") else []
    command = pinned + command if pinned and shutil.which("taskset") else command
    empty = min(_timed_process(command, "") for _ in range(3))
    first = min(_timed_process(command, questions[0][1] + "\n") for _ in range(3))  # what the index holds, loaded
    asked = "\n".join(question for _, question in questions) + "\n"
    full = min(_timed_process(command, asked) for _ in range(2))
    return {"start_s": empty, "first_answer_s": first, "per_question_ms": (full - empty) / len(questions) * 1000}


def compile_bytecode() -> None:
    """Every module's bytecode written before a start is timed, as an installed copy has it (pip compiles on
    install; Python writes ``__pycache__`` on a first run): where ``PYTHONDONTWRITEBYTECODE`` is set and none was
    ever written, every timed start would compile the whole package again (~80 ms of the seeds' ``talkbot ask``
    on the 2-core machine), which no user's start does."""
    import compileall
    import importlib.util

    for package in ("knowledge", "bot"):
        spec = importlib.util.find_spec(package)
        folders = (spec.submodule_search_locations if spec else None) or []
        for folder in folders:
            compileall.compile_dir(folder, quiet=1)


def run(articles: int, seed: int) -> dict[str, Any]:
    from benchmarks.synthetic import write_corpus

    compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="talkbot-bench-"))
    corpus, index = work / "corpus", work / "index.sqlite"
    write_corpus(corpus, articles, seed=seed)
    extra_folder = work / "extra"
    write_corpus(extra_folder, 1, seed=seed + 1)
    extra = work / "one-more.txt"
    extra.write_bytes(next(extra_folder.glob("*.txt")).read_bytes())
    questions_file = work / "questions.json"
    questions_file.write_text(json.dumps(make_questions(seed)))

    talkbot = _run_worker("talkbot", corpus=corpus, index=index, extra=extra, questions=questions_file)
    open_code = (
        "import time; t = time.perf_counter(); from knowledge import KnowledgeBase; "
        f"KnowledgeBase.from_folder({str(corpus)!r}, index={str(index)!r})"
    )
    talkbot["warm_start_s"] = min(_timed_process([sys.executable, "-c", open_code]) for _ in range(3))
    talkbot["seed_ask_s"] = min(
        _timed_process(
            [sys.executable, "-m", "bot.cli", "--index", str(work / "seeds.sqlite"), "ask", "who is Lavrov?"]
        )
        for _ in range(3)
    )
    talkbot["cli"] = cli_per_question_ms(corpus, index, make_questions(seed))
    reference = _run_worker("bm25s", corpus=corpus, questions=questions_file)
    return {"articles": articles, "seed": seed, "talkbot": talkbot, "bm25s": reference, "work": str(work)}


def _against(name: str, key: str, value: float, shown: str, unit: str) -> tuple[str, str, str, bool | None]:
    """A table row for a measure with a target: its name, the value shown, the target, and whether it is met."""
    return name, shown, f"<= {TARGETS[key]:g}{'' if unit == 'x' else ' '}{unit}", value <= TARGETS[key]


def slowest_intent(result: dict[str, Any]) -> tuple[str, float]:
    """The intent with the highest p95, and that p95 (ms)."""
    queries = {k: v for k, v in result["talkbot"]["queries"].items() if k != "all"}
    intent = max(queries, key=lambda k: queries[k]["p95"])
    return intent, float(queries[intent]["p95"])


def bm25s_ratio(result: dict[str, Any]) -> float:
    """talkbot's mean time per question over bm25s's (below 1: talkbot answers faster than plain search)."""
    return float(result["talkbot"]["queries"]["all"]["mean"] / result["bm25s"]["queries"]["mean"])


def table(result: dict[str, Any]) -> str:
    t, b = result["talkbot"], result["bm25s"]
    p95 = t["queries"]["all"]["p95"]
    slowest, slowest_p95 = slowest_intent(result)
    ratio = bm25s_ratio(result)
    rows = [
        _against("cold build (all cores)", "cold_build_s", t["cold_build_s"], f"{t['cold_build_s']:.1f} s", "s"),
        (
            "  its CPU time: writer + workers",
            f"{t['cold_build_cpu_s'][0]:.1f} + {t['cold_build_cpu_s'][1]:.1f} s",
            "",
            None,
        ),
        _against("ingest one article", "ingest_one_ms", t["ingest_one_ms"], f"{t['ingest_one_ms']:.0f} ms", "ms"),
        _against("warm start (new process)", "warm_start_s", t["warm_start_s"], f"{t['warm_start_s']:.2f} s", "s"),
        _against("query p95, all intents", "query_p95_ms", p95, f"{p95:.1f} ms", "ms"),
        (f"  slowest intent: {slowest} p95", f"{slowest_p95:.1f} ms", "", None),
    ]
    rows += [
        (
            f"  {intent} p50/p95/p99 (mean)",
            f"{q['p50']:.1f}/{q['p95']:.1f}/{q['p99']:.1f} ({q['mean']:.1f}) ms",
            "",
            None,
        )
        for intent, q in t["queries"].items()
        if intent != "all"
    ]
    rows += [
        _against(
            "mean per question vs bm25s",
            "bm25s_ratio",
            ratio,
            f"{t['queries']['all']['mean']:.2f} vs {b['queries']['mean']:.2f} ms ({ratio:.2f}x)",
            "x",
        ),
        ("  talkbot ask --json - per question (CLI)", f"{t['cli']['per_question_ms']:.2f} ms", "", None),
        (
            "talkbot ask --json -, start to first answer",
            f"{t['cli']['first_answer_s']:.2f} s (no question: {t['cli']['start_s']:.2f} s)",
            "",
            None,
        ),
        _against("peak RSS (writer)", "peak_rss_mib", t["peak_rss_mib"], f"{t['peak_rss_mib']:.0f} MiB", "MiB"),
        ("  peak RSS (largest worker)", f"{t['worker_rss_mib']:.0f} MiB", "", None),
        _against("seeds: talkbot ask, start to answer", "seed_ask_s", t["seed_ask_s"], f"{t['seed_ask_s']:.2f} s", "s"),
        ("bm25s build (reference, one core)", f"{b['build_s']:.1f} s", "", None),
        (
            "bm25s query p50/p95/p99 (mean) (reference)",
            f"{b['queries']['p50']:.1f}/{b['queries']['p95']:.1f}/{b['queries']['p99']:.1f} "
            f"({b['queries']['mean']:.2f}) ms",
            "",
            None,
        ),
    ]
    counts = t["counts"]
    header = (
        f"N = {result['articles']:,} articles ({counts['sentences']:,} sentences, {counts['people']:,} people, "
        f"{counts['events']:,} events, {counts['demands']:,} demands; index {t['index_mib']:.0f} MiB)"
    )
    lines = [header, "", "| measure | value | target | met |", "| --- | --- | --- | --- |"]
    for name, value, target, met in rows:
        lines.append(f"| {name} | {value} | {target} | {'' if met is None else ('yes' if met else 'NO')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--worker", choices=("talkbot", "bm25s"), help=argparse.SUPPRESS)
    for name in ("corpus", "index", "extra", "questions"):
        parser.add_argument(f"--{name}", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        questions = [tuple(q) for q in json.loads(args.questions.read_text())]
        if args.worker == "talkbot":
            print(json.dumps(worker_talkbot(args.corpus, args.index, args.extra, questions)))
        else:
            print(json.dumps(worker_bm25s(args.corpus, questions)))
        return 0
    result = run(args.articles, args.seed)
    OUT.mkdir(exist_ok=True)
    (OUT / f"scale-{args.articles}.json").write_text(json.dumps(result, indent=2))
    print(table(result))
    print(f"\nwritten to {OUT / f'scale-{args.articles}.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
