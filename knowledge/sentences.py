"""Split an article into sentences that keep their exact character offsets.

Works line by line (a line is a paragraph in these files). A line with no sentence-final punctuation is a
heading; very short ones and repeated caption lines are dropped as banners or photo captions, and photo
credits ("© John McDonnell / Getty Images") are cut off. Boundaries are never placed after an abbreviation
("Aug.", "Mr."), an initial or a letter-dot acronym ("J.D.", "U.S."), nor inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.models import Sentence

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "approx",
        "est",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)
CREDIT_MARKERS = ("©", "Photo:", "Photograph:", "Credit:")
BANNER_MAX_WORDS = 4  # a line this short without final punctuation is a banner ("Read more", "tracking")
MAX_SENTENCE_CHARS = 800  # past this, split even inside an unclosed quotation
_FINAL = ".!?…"
_CLOSERS = "\"'”’)]"
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_article(article_id: str, text: str, body_start: int = 0) -> list[Sentence]:
    """Every sentence of ``text[body_start:]``, headings flagged, captions and banners left out."""
    lines = list(_lines(text, body_start))
    stripped = [text[s:e] for s, e in lines]
    sentences: list[Sentence] = []
    for line_no, (start, end) in enumerate(lines):
        line = stripped[line_no]
        if _is_repeated_caption(line, stripped, line_no):
            continue
        end = start + _credit_cut(line)
        line = text[start:end].rstrip()
        end = start + len(line)
        if not line:
            continue
        heading = not line.rstrip(_CLOSERS).endswith(tuple(_FINAL))
        if heading and len(line.split()) <= BANNER_MAX_WORDS:
            continue
        for s, e in _split_line(line):
            sentences.append(
                Sentence(
                    article=article_id,
                    index=len(sentences),
                    start=start + s,
                    end=start + e,
                    text=text[start + s : start + e],
                    heading=heading,
                )
            )
    return sentences


def _lines(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line from ``offset``, with surrounding whitespace trimmed."""
    for match in re.finditer(r"[^\n]+", text[offset:]):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = offset + match.start() + lead
            yield start, start + len(body)


def _is_repeated_caption(line: str, lines: list[str], index: int) -> bool:
    """A photo caption printed twice, the second time with the credit glued on ("...PutinAFP.")."""
    if line.endswith(tuple(_FINAL)) and len(line.split()) > 8:
        return False
    for other_index, other in enumerate(lines):
        if other_index == index or not other:
            continue
        if other != line and (other.startswith(line) or line.startswith(other)):
            shorter = min(other, line, key=len)
            if len(shorter.split()) >= 2 and not shorter.endswith(tuple(_FINAL)):
                return True
    return False


def _credit_cut(line: str) -> int:
    """Where a photo credit starts in the line (the line's length if it has none)."""
    cut = len(line)
    for marker in CREDIT_MARKERS:
        found = line.find(marker)
        if found != -1:
            cut = min(cut, found)
    return cut


def _split_line(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if _is_abbreviation(line, match.start()):
            continue
        if _inside_quotation(line[start:end]) and end - start < MAX_SENTENCE_CHARS:
            continue
        piece = line[start:end].strip()
        if piece:
            lead = len(line[start:end]) - len(line[start:end].lstrip())
            yield start + lead, start + lead + len(piece)
        start = end
    tail = line[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        yield start + lead, start + lead + len(tail.strip())


def _is_abbreviation(line: str, dot_at: int) -> bool:
    if line[dot_at] != ".":
        return False
    match = _WORD_BEFORE.search(line[:dot_at])
    if not match:
        return False
    word = match.group(1)
    if "." in word or len(word) == 1:  # "J.D", "U.S", or an initial
        return True
    return word.lower() in ABBREVIATIONS


def _inside_quotation(piece: str) -> bool:
    depth = 0
    straight_open = False
    for char in piece:
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
        elif char == '"':
            straight_open = not straight_open
    return depth > 0 or straight_open
