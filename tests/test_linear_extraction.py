"""Extraction time grows linearly with an article's length (issue 14, item 1).

Timings belong in ``benchmarks/extraction.py``; here the mechanisms are checked: no sentence is longer than the
bound every rule relies on, the caption check agrees with the pairwise definition it replaced, and inputs that
took the old code tens of seconds (a quadratic or cubic cost) finish within a bound it was far beyond.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from benchmarks.shapes import SHAPES, make
from knowledge import KnowledgeBase
from knowledge.corpus import DEFAULT_CORPUS
from knowledge.ingest import Upload
from knowledge.sentences import (
    _FINAL,
    HARD_SENTENCE_CHARS,
    QUOTED_SENTENCE_CHARS,
    _repeated_captions,
    before,
    split_article,
)

GENEROUS_S = 5.0  # the inputs below took the old code 10 s to minutes; linear code takes well under a second


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_sentence_exceeds_the_bound(shape: str) -> None:
    text = make(shape, 30_000)
    sentences = split_article("a", text)
    assert sentences
    assert max(len(s.text) for s in sentences) <= QUOTED_SENTENCE_CHARS
    assert all(text[s.start : s.end] == s.text for s in sentences)  # still exact substrings
    if shape in ("names", "mr", "initials", "dates"):  # no quotation: the plain bound
        assert max(len(s.text) for s in sentences) <= HARD_SENTENCE_CHARS


def _pairwise_captions(lines: list[str]) -> set[str]:
    """The old definition, comparing every line with every other."""
    found = set()
    for index, line in enumerate(lines):
        if line.endswith(tuple(_FINAL)) and len(line.split()) > 8:
            continue
        for other_index, other in enumerate(lines):
            if other_index == index or not other or other == line:
                continue
            if other.startswith(line) or line.startswith(other):
                shorter = min(other, line, key=len)
                if len(shorter.split()) >= 2 and not shorter.endswith(tuple(_FINAL)):
                    found.add(line)
    return found


def test_caption_check_agrees_with_the_pairwise_definition() -> None:
    rng = random.Random(14)
    words = ["Putin", "meets", "Trump", "AFP", ".", "in", "Alaska", "Reuters", "a", "b"]
    for _ in range(300):
        lines = []
        for _ in range(rng.randint(1, 12)):
            base = rng.choice(lines) if lines and rng.random() < 0.5 else ""
            extra = "".join(rng.choice(words) + rng.choice([" ", ""]) for _ in range(rng.randint(0, 5)))
            lines.append((base + extra).strip() or "x y")
        assert _repeated_captions(lines) == _pairwise_captions(lines), lines
    assert _repeated_captions(["Putin meets Trump in Alaska", "Putin meets Trump in AlaskaAFP."]) == {
        "Putin meets Trump in Alaska",
        "Putin meets Trump in AlaskaAFP.",
    }


def test_lookback_window_starts_at_a_word() -> None:
    text = "x" * 50 + " " + "word " * 100 + "Putin"
    window = before(text, len(text) - 5)
    assert window.startswith(" ") and len(window) <= 200 and window.endswith("word ")
    assert before("short text", 5) == "short"


def test_runs_of_marks_and_abbreviations_split_in_linear_time() -> None:
    text = "date: 2025-06-01\n\n" + "." * 20_000 + " " + "Mr. Putin told Mr. Lavrov " * 2_000 + "."
    started = time.perf_counter()
    sentences = split_article("a", text, 18)
    assert time.perf_counter() - started < GENEROUS_S  # the old boundary pattern was cubic in a run of dots
    assert all(len(s.text) <= HARD_SENTENCE_CHARS for s in sentences)


@pytest.mark.parametrize(("shape", "size"), [("names", 150_000), ("dates", 150_000), ("lines", 400_000)])
def test_ingest_of_a_long_paragraph_is_not_quadratic(tmp_path: Path, shape: str, size: int) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, corpus, ignore=shutil.ignore_patterns("__*"))
    knowledge = KnowledgeBase.from_folder(corpus, tmp_path / "index.sqlite")
    data = make(shape, size).encode()
    started = time.perf_counter()
    [result] = knowledge.ingest([Upload(f"{shape}.txt", data)], date="2025-06-01")
    assert result.added
    assert time.perf_counter() - started < GENEROUS_S  # before: names ~25 s, dates 17 s, lines 25 s
