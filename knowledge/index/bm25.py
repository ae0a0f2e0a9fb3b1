"""FTS5's own bm25 order (``ORDER BY bm25(sentences_fts)``), computed here from postings kept per generation.

FTS5 ranks a query by counting, at every query, every row of each of its words' lists (the idf), then reading
the positions of every match: "geneva AND (talk OR meet OR ...)" costs 12-19 ms at 10,000 articles, most of
it counting the 30,000 rows of "talk" and "meet" again. The counts are in ``sentences_vocab``; the postings
(row id -> times the word occurs) are read once per index generation (through an ``fts5vocab`` instance
table); the rows' lengths once too. The score is FTS5's formula, with its constants, in its order of floating
point operations, so the order is the same to the last bit; ties go by row id, as SQLite's sort keeps FTS5's
row order. Queries of the shape ``ranking`` writes ("a" OR "b", "a" AND "b", "(a) AND (b OR c)") are computed here;
anything else, or a query matching too many rows for Python to score quickly, returns None and FTS5 ranks it.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
import sqlite3
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, KeysView
from dataclasses import dataclass
from itertools import islice
from typing import Any

K1 = 1.2  # FTS5's bm25 constants (fts5_aux.c)
B = 0.75
MAX_SCORED = 20000  # a query matching more rows than this is left to FTS5 (scoring in C beats Python there)
POSTINGS_CACHED = 4000  # words whose postings are kept per generation; the older half goes when full
INSTANCES_TABLE = "temp.sentences_instances"
INSTANCES_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INSTANCES_TABLE} USING fts5vocab(main, 'sentences_fts', 'instance')"
)
log = logging.getLogger(__name__)
_TOKEN = re.compile(r'\s*(?:"([a-z0-9]+)"|(AND|OR)(?![\w"])|(\()|(\)))')


@dataclass(frozen=True)
class _Term:
    stem: str
    phrase: int  # its place among the query's phrases (FTS5 sums their scores in this order)


@dataclass(frozen=True)
class _Node:
    op: str  # "and", "or"
    children: tuple[_Term | _Node, ...]


Query = _Term | _Node


@dataclass(frozen=True)
class Postings:
    """The rows holding a word and how often it occurs in each: a dict for a word in few rows; for a word in many, a
    set of rows and a bytearray of counts by row id (1 byte a row instead of ~100 for a dict entry)."""

    rows: frozenset[int] | KeysView[int]
    counts: dict[int, int] | bytearray


def parse(query: str) -> Query | None:
    """The query as a tree of quoted words under AND/OR (AND binding tighter, as in FTS5), or None for any other
    syntax."""
    tokens: list[str] = []
    at = 0
    while at < len(query):
        match = _TOKEN.match(query, at)
        if match is None or match.end() == at:
            if query[at:].strip():
                return None
            break
        word, operator, opening, closing = match.groups()
        tokens.append(f'"{word}' if word else operator or opening or closing)
        at = match.end()
    phrases = [0]
    position = [0]

    def peek() -> str | None:
        return tokens[position[0]] if position[0] < len(tokens) else None

    def primary() -> Query | None:
        token = peek()
        position[0] += 1
        if token is None:
            return None
        if token.startswith('"'):
            phrases[0] += 1
            return _Term(token[1:], phrases[0] - 1)
        if token == "(":
            inner = either()
            if inner is None or peek() != ")":
                return None
            position[0] += 1
            return inner
        return None

    def both() -> Query | None:
        children = [primary()]
        while peek() == "AND":
            position[0] += 1
            children.append(primary())
        if any(child is None for child in children):
            return None
        return children[0] if len(children) == 1 else _Node("and", tuple(c for c in children if c is not None))

    def either() -> Query | None:
        children = [both()]
        while peek() == "OR":
            position[0] += 1
            children.append(both())
        if any(child is None for child in children):
            return None
        return children[0] if len(children) == 1 else _Node("or", tuple(c for c in children if c is not None))

    tree = either()
    if tree is None or position[0] != len(tokens) or _and_under_or(tree, False):
        return None
    return tree


def _and_under_or(node: Query, under_or: bool) -> bool:
    """Whether an AND sits inside an OR: FTS5 then leaves out of the score the words of an AND that did not match
    a row (found otherwise), which this module does not follow; ranking never writes such a query."""
    if isinstance(node, _Term):
        return False
    if node.op == "and" and under_or:
        return True
    return any(_and_under_or(child, under_or or node.op == "or") for child in node.children)


class Bm25:
    """Ranks FTS5 queries over one connection's snapshot, with what it reads kept in ``cache`` (the reader's
    per-generation cache, so nothing outlives the rows it was read from)."""

    def __init__(
        self, db: sqlite3.Connection, cache: dict[str, Any], frequencies: Callable[[list[str]], dict[str, int]]
    ) -> None:
        self.db = db
        self.cache = cache
        self.frequencies = frequencies

    def top(self, query: str, limit: int) -> list[int] | None:
        """The ids of the ``limit`` best rows for ``query`` in FTS5's bm25 order, or None to let FTS5 rank it."""
        tree = parse(query)
        if tree is None:
            return None
        terms = _terms(tree)
        if _estimate(tree, self.frequencies([t.stem for t in terms])) > MAX_SCORED:
            return None
        try:
            postings = {t.stem: self._postings(t.stem) for t in terms}
            rows, _ = self._totals()
            norms = self._norms()
        except sqlite3.OperationalError as exc:  # no instance table on this connection: FTS5 ranks as before (and
            log.debug("bm25 from postings unavailable (%s); FTS5 ranks %r", exc, query)  # says if the file is bad)
            return None
        matched = _matches(tree, postings, None)
        scores = dict.fromkeys(matched, 0.0)
        k1_plus_one = K1 + 1.0  # the same double as written in the loop, computed once
        for term in terms:  # phrase by phrase, as FTS5 adds them up
            where = postings[term.stem]
            hits = len(where.rows)
            idf = math.log((rows - hits + 0.5) / (hits + 0.5))
            idf = idf if idf > 0.0 else 1e-6
            counts = where.counts
            for row in matched & where.rows if len(where.rows) > len(matched) else where.rows & matched:
                f = float(counts[row])
                scores[row] += idf * ((f * k1_plus_one) / (f + norms[row]))
        if len(scores) > limit:  # the ``limit``-th best score first (floats compare fast), then only rows up to it
            cut = heapq.nlargest(limit, scores.values())[-1]
            scores = {row: score for row, score in scores.items() if score >= cut}
        best = heapq.nsmallest(limit, ((-1.0 * score, row) for row, score in scores.items()))
        return [row for _, row in best]

    # ----- pieces -------------------------------------------------------------------------------------------------

    def _postings(self, stem: str) -> Postings:
        known: dict[str, Postings] = self.cache.setdefault("postings", {})
        found = known.get(stem)
        if found is not None:
            return found
        # one string of every instance's row id: a tenth of the time of a Python tuple per instance
        listed = self.db.execute(f"SELECT group_concat(doc) FROM {INSTANCES_TABLE} WHERE term = ?", (stem,)).fetchone()
        counts: dict[int, int] = Counter(map(int, listed[0].split(","))) if listed and listed[0] else {}
        size = len(self._norms())
        if len(counts) * 64 > size:  # a byte a row costs less than the dict
            table = bytearray(size)
            values: Iterable[int] = counts.values()
            if max(values, default=0) > 255:
                values = [min(count, 255) for count in values]
            # each count set by ``map`` in C: the first question of an index state reads tens of such lists (~30,000
            # rows each at 10,000 articles), a Python loop took ~9 ms a list, this ~5
            deque(map(table.__setitem__, counts.keys(), values), maxlen=0)
            found = Postings(frozenset(counts), table)
        else:
            found = Postings(counts.keys(), counts)
        if len(known) >= POSTINGS_CACHED:
            for old in list(islice(known, len(known) // 2)):
                known.pop(old, None)  # another thread may have dropped it first
        known[stem] = found
        return found

    def _totals(self) -> tuple[int, int]:
        """FTS5's own row count and token total (its averages record), from which it takes avgdl."""
        if "fts_totals" not in self.cache:
            block = self.db.execute("SELECT block FROM sentences_fts_data WHERE id = 1").fetchone()
            if block is None or not block[0]:  # (an index of no sentences has an empty averages record)
                self.cache["fts_totals"] = (0, 0)
            else:
                rows, at = _varint(block[0], 0)
                tokens, _ = _varint(block[0], at)
                self.cache["fts_totals"] = (rows, tokens)
        return self.cache["fts_totals"]  # type: ignore[no-any-return]

    def _norms(self) -> array[float]:
        """Each row's length term of the formula, ``k1 * (1 - b + b * D / avgdl)``, by id: D from the ``length``
        column (the number of its stems, as FTS5 counts them), avgdl FTS5's own (its token total over its rows)."""
        if "norms" not in self.cache:
            rows, tokens = self._totals()
            average = tokens / rows if rows else 1.0
            ids, lengths = self.db.execute("SELECT group_concat(id), group_concat(length) FROM sentences").fetchone()
            rows_ids = list(map(int, ids.split(","))) if ids else []
            norms = array("d", bytes(8 * (max(rows_ids, default=0) + 1)))
            row_lengths = list(map(int, lengths.split(","))) if lengths else []
            # a hundred distinct lengths: each computed once
            by_length = {length: K1 * (1 - B + B * float(length) / average) for length in set(row_lengths)}
            if rows_ids == list(range(1, len(rows_ids) + 1)):  # ids 1..n, as a build numbers them: one copy in C
                norms[1:] = array("d", map(by_length.__getitem__, row_lengths))
            else:
                for row, length in zip(rows_ids, row_lengths, strict=True):
                    norms[row] = by_length[length]
            self.cache["norms"] = norms
        return self.cache["norms"]  # type: ignore[no-any-return]


def _terms(node: Query) -> list[_Term]:
    if isinstance(node, _Term):
        return [node]
    return [term for child in node.children for term in _terms(child)]


def _estimate(node: Query, frequencies: dict[str, int]) -> int:
    """How many rows a query may match, from the words' counts (an AND no more than its smallest part)."""
    if isinstance(node, _Term):
        return frequencies.get(node.stem, 0)
    sizes = [_estimate(child, frequencies) for child in node.children]
    return min(sizes) if node.op == "and" else sum(sizes)


def _size(node: Query, postings: dict[str, Postings]) -> int:
    if isinstance(node, _Term):
        return len(postings[node.stem].rows)
    sizes = [_size(child, postings) for child in node.children]
    return min(sizes) if node.op == "and" else sum(sizes)


def _matches(node: Query, postings: dict[str, Postings], within: set[int] | None) -> set[int]:
    """The rows matching a query (among ``within``, when given), by set operations with the smallest part of an
    AND first: "geneva AND (talk OR meet)" intersects Geneva's rows with each long list, never joins the lists."""
    if isinstance(node, _Term):
        rows = postings[node.stem].rows
        if within is None:
            return set(rows)
        return within & rows if len(within) <= len(rows) else set(rows) & within
    if node.op == "or":
        found: set[int] = set()
        for child in node.children:
            found |= _matches(child, postings, within)
        return found
    for child in sorted(node.children, key=lambda child: _size(child, postings)):
        within = _matches(child, postings, within)
        if not within:
            break
    return within if within is not None else set()


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer (as FTS5 stores its totals): the value and where the next one starts."""
    value = 0
    for n in range(9):
        byte = data[at]
        at += 1
        if n == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    return value, at
