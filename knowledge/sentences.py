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
from knowledge.vocabulary import RANK_ABBREVIATIONS

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
) | frozenset(RANK_ABBREVIATIONS)  # "Adm.", "Cmdr." before a name end no sentence
CREDIT_MARKERS = ("©", "Photo:", "Photograph:", "Credit:")
BANNER_MAX_WORDS = 4  # a line this short without final punctuation is a banner ("Read more", "tracking")
MAX_SENTENCE_CHARS = 800  # past this, split even inside an unclosed quotation
# Past this, a "sentence" (no boundary: names without a full stop, "Mr." after "Mr.") is cut at a space: every
# rule reads a sentence a few times, so a bound on it keeps extraction linear in the article's length. The
# longest sentence of the bundled and evaluation articles is under 450 characters; one that runs on through an
# unclosed quotation (up to MAX_SENTENCE_CHARS and the sentence after) may reach QUOTED_SENTENCE_CHARS.
HARD_SENTENCE_CHARS = 1000
QUOTED_SENTENCE_CHARS = 1500
LOOKBACK_CHARS = 200  # what a rule reads before a name or a cue (the last few words; every pattern needs fewer)
_FINAL = ".!?…"
_CLOSERS = "\"'”’)]"
# Possessive runs that start only at the first mark of a run: a run of 10,000 full stops is read once, not
# once from each of its marks with every shorter length tried (that was cubic). The mark comes first and the check
# that none is before it second, so that re looks only at the marks (a pattern opening with a look-behind is tried
# at every character).
# (with no space after the mark, only before a word of three letters or more: "said.The" splits, a site's name
# "News.Az reports" does not)
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9]|[A-Z][a-z]{2,})")
_SPACE = re.compile(r"\s")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def split_article(article_id: str, text: str, body_start: int = 0) -> list[Sentence]:
    """Every sentence of ``text[body_start:]``, headings flagged, captions and banners left out."""
    return [
        Sentence(article=article_id, index=index, start=start, end=end, text=text[start:end], heading=heading)
        for index, (start, end, heading) in enumerate(sentence_bounds(text, body_start))
    ]


def sentence_bounds(text: str, body_start: int = 0) -> list[tuple[int, int, bool]]:
    """Where each sentence of ``split_article`` is: (start, end, heading). Without the models: a worker finding
    names needs only the texts, and making a model costs about what finding a sentence does."""
    lines = list(_lines(text, body_start))
    stripped = [text[s:e] for s, e in lines]
    captions = _repeated_captions(stripped)
    bounds: list[tuple[int, int, bool]] = []
    for line_no, (start, end) in enumerate(lines):
        line = stripped[line_no]
        if line in captions:
            continue
        end = start + _credit_cut(line)
        line = text[start:end].rstrip()
        end = start + len(line)
        if not line:
            continue
        heading = not line.rstrip(_CLOSERS).endswith(tuple(_FINAL))
        if heading and len(line.split()) <= BANNER_MAX_WORDS and not LIST_ITEM.match(line):
            continue  # a banner ("Live updates"); a short list item ("- an annual review") is kept
        bounds += [(start + s, start + e, heading) for s, e in _split_line(line)]
    return bounds


# A list item: a mark or number, then words ("- an annual review"); "- Advertisement -" or "* * *" is no item.
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+(?=.*[^\W\d_]{2})(?!.*[-–—•*]\s*$)")


def before(text: str, at: int, limit: int = LOOKBACK_CHARS) -> str:
    """The last words of ``text[:at]``: at most ``limit`` characters, starting at a space, so a rule that looks
    back from every name reads a bounded window, not the whole sentence again each time."""
    start = at - limit
    if start <= 0:
        return text[:at]
    space = _SPACE.search(text, start, at)
    return text[space.start() if space else start : at]


def _lines(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line from ``offset``, with surrounding whitespace trimmed."""
    for match in re.finditer(r"[^\n]+", text[offset:]):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = offset + match.start() + lead
            yield start, start + len(body)


def _repeated_captions(lines: list[str]) -> set[str]:
    """Photo captions printed twice, the second time with the credit glued on ("...PutinAFP."): a line is one
    when it is a prefix of another line, or another is a prefix of it, and the shorter of the two has at least
    two words and no final punctuation; a line of more than 8 words that ends a sentence never is.

    In sorted order the lines that start with a line follow it, and the lines that are prefixes of a line are
    the chain of prefixes of the line before it; so one pass over the sorted lines with a stack of that chain
    finds every pair, in time linear in the text (comparing every line with every other was quadratic)."""
    ordered = sorted(set(filter(None, lines)))
    found: set[str] = set()
    chain: list[tuple[str, bool]] = []  # the prefixes of the current line, shortest first; and whether any is short
    for number, line in enumerate(ordered):
        while chain and not line.startswith(chain[-1][0]):
            chain.pop()
        caption = _caption_like(line)
        if chain and chain[-1][1]:  # a caption-like line is a prefix of this one
            found.add(line)
        following = ordered[number + 1] if number + 1 < len(ordered) else ""
        if caption and following.startswith(line):  # this caption-like line is a prefix of another
            found.add(line)
        chain.append((line, caption or bool(chain and chain[-1][1])))
    return {line for line in found if not (line.endswith(tuple(_FINAL)) and len(line.split()) > 8)}


def _caption_like(line: str) -> bool:
    return len(line.split()) >= 2 and not line.endswith(tuple(_FINAL))


def _credit_cut(line: str) -> int:
    """Where a photo credit starts in the line (the line's length if it has none)."""
    cut = len(line)
    for marker in CREDIT_MARKERS:
        found = line.find(marker)
        if found != -1:
            cut = min(cut, found)
    return cut


def _split_line(line: str) -> Iterator[tuple[int, int]]:
    for start, end, quoted in _pieces(line):
        yield from _bounded(line, start, end, QUOTED_SENTENCE_CHARS if quoted else HARD_SENTENCE_CHARS)


def _pieces(line: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it runs on through a quotation) of each sentence of a line."""
    start = 0
    quoted = False
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if _is_abbreviation(line, match.start()):
            continue
        if end - start < MAX_SENTENCE_CHARS and inside_quotation(line[start:end]):
            quoted = True
            continue
        piece = line[start:end].strip()
        if piece:
            lead = len(line[start:end]) - len(line[start:end].lstrip())
            yield start + lead, start + lead + len(piece), quoted
        start = end
        quoted = False
    tail = line[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        yield start + lead, start + lead + len(tail.strip()), quoted


def _bounded(line: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``line[start:end]`` in pieces of at most ``limit`` characters, cut at the last space that fits (or
    anywhere, in a run with no space)."""
    while end - start > limit:
        cut = line.rfind(" ", start + 1, start + limit)
        if cut == -1:
            cut = start + limit
        piece = line[start:cut].rstrip()
        yield start, start + len(piece)
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _is_abbreviation(line: str, dot_at: int) -> bool:
    """Whether the full stop at ``dot_at`` ends an abbreviation, an initial or a letter-dot acronym. The word
    before it is read backwards from the dot (a search over the line before it would read the whole paragraph
    again at every full stop)."""
    if line[dot_at] != ".":
        return False
    begin = dot_at
    while begin > 0 and line[begin - 1] in _WORD_CHARS:
        begin -= 1
    while begin < dot_at and line[begin] == ".":  # the word starts with a letter
        begin += 1
    word = line[begin:dot_at]
    if not word:
        return False
    if "." in word or len(word) == 1:  # "J.D", "U.S", or an initial
        return True
    return word.lower() in ABBREVIATIONS


_QUOTE_MARK = re.compile('[“”"]')


def inside_quotation(piece: str) -> bool:
    """Whether a text ends inside a quotation it opens (curly marks nest, straight ones toggle)."""
    depth = 0
    straight_open = False
    for char in _QUOTE_MARK.findall(piece):  # only the quotation marks, not every character of the piece
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
        elif char == '"':
            straight_open = not straight_open
    return depth > 0 or straight_open
