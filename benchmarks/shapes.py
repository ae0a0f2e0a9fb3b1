"""Article shapes that used to make extraction time grow with the square of a paragraph's length.

Each ``make(shape, size)`` returns the body of one article of about ``size`` bytes (no header): names with no full
stop, the seeds' prose written as one paragraph, "Mr." and initials that never end a sentence, an unclosed
quotation, dates, and many short caption-like lines. Used by ``benchmarks.extraction`` and, small, by the tests.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.corpus import DEFAULT_CORPUS, load_articles
from knowledge.sentences import CREDIT_MARKERS


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit.encode("utf-8")) + 1))[:size]


def _prose(size: int) -> str:
    loaded = load_articles(DEFAULT_CORPUS)
    paragraph = " ".join(" ".join(a.text[a.body_start :].split()) for a in loaded.articles)
    for marker in CREDIT_MARKERS:  # a credit ends a line's text: keep the whole paragraph readable
        paragraph = paragraph.replace(marker, "")
    return _repeat(paragraph + " ", size)


def _lines(size: int) -> str:
    out, total, number = [], 0, 0
    while total < size:
        line = f"Delegates arrive in Istanbul for round {number} of talks\n"
        out.append(line)
        total += len(line)
        number += 1
    return "".join(out)


SHAPES: dict[str, Callable[[int], str]] = {
    "names": lambda size: _repeat("Vladimir Putin Sergey ", size),
    "prose": _prose,
    "mr": lambda size: _repeat("Mr. Putin told Mr. Lavrov and Mr. Rubio ", size),
    "initials": lambda size: _repeat("J. D. Vance and U.S. envoy S. Witkoff met V. V. Putin ", size),
    "quotes": lambda size: "“" + _repeat("Peace is near, Lavrov said. We will talk. ", size - 3),
    "dates": lambda size: _repeat("On May 16, 2025 and last week and on Monday, June 2, Putin said talks began ", size),
    "lines": _lines,
}


def make(shape: str, size: int) -> str:
    """About ``size`` bytes of the named shape; all but "names" end with a full stop (a paragraph, not a
    heading)."""
    text = SHAPES[shape](size)
    return text if shape == "names" else text.rstrip() + "."
