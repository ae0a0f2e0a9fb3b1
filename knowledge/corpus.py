"""Load articles from a folder: verbatim text plus publication date, outlet and title.

Metadata comes from ``articles.toml`` beside the articles (keyed by file stem), from optional header lines at
the top of a file (``date: 2025-05-28``, ``source: ...``, ``title: ...`` ended by a blank line), or from an
inline ``date 2025-08-24`` marker opening the text. A file that cannot be used is reported as a
``CorpusError`` naming it; the other articles still load.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.days import parse_day
from knowledge.errors import CorpusError
from knowledge.locations import bundled_corpus
from knowledge.models import Article

log = logging.getLogger(__name__)

METADATA_FILE = "articles.toml"
ARTICLE_GLOB = "*.txt"
MAX_ARTICLE_BYTES = 2_000_000
# Publication years an article may have: news of these talks is recent, and a date near the calendar's ends
# ("9999-12-31", "0001-01-01") would overflow the moment "last week" or "next Monday" is resolved against it.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
HEADER_KEYS = frozenset({"date", "source", "title", "url"})  # the keys the loader uses; others are kept out of the body
DEFAULT_CORPUS = bundled_corpus()

# A header line is a short key and a value ("url: https://...", "Author: Jane Roe", "Publication date: ..."), in any
# case, with a space or two inside (a sentence's opening words before a colon are longer than three words). Keys
# nobody uses are still header lines, so a file with one loads; the block must name at least one key the loader uses.
_HEADER_LINE = re.compile(
    r"(?P<key>[A-Za-z][A-Za-z_-]{0,23}(?: [A-Za-z][A-Za-z_-]{0,23}){0,2}):[ \t]*(?P<value>[^\n]*)\r?\n"
)
# The names people and news tools give the keys the loader uses (folded to lower case and single spaces): a file
# saved as "Title: ... / Published: 2025-03-04 / URL: ..." loads as one with "title: / date: / url:" does. Only
# names that mean nothing else ("publication" may be the outlet or the day: left out); a key's own name wins.
# ("agency" is the wire service a story is filed by, "Agency: Xinhua"; "dateline date" the day a wire's dateline
# gives, which some archives save apart from the place)
HEADER_SYNONYMS = {
    "published": "date", "publication date": "date", "published on": "date", "date published": "date",
    "pubdate": "date", "dateline date": "date",
    "headline": "title",
    "publisher": "source", "outlet": "source", "agency": "source",
    "link": "url",
}  # fmt: skip
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)  # a "link:" line is a header only with one
_NAME_DATE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?![\d])")  # a file name opening with a date, then anything
_INLINE_DATE = re.compile(r"\s*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*")


@dataclass(frozen=True)
class CorpusLoad:
    """The articles that loaded and the problems with those that did not."""

    articles: list[Article]
    problems: list[CorpusError] = field(default_factory=list)


def load_articles(folder: Path | str) -> CorpusLoad:
    """Read every ``*.txt`` article in ``folder``, in file-name order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(folder, "corpus folder not found")
    metadata = read_metadata(folder / METADATA_FILE)
    articles: list[Article] = []
    problems: list[CorpusError] = []
    for path in article_paths(folder):
        try:
            articles.append(read_article(path, metadata.get(path.stem, {})))
        except CorpusError as exc:
            log.warning("skipped article %s", exc)
            problems.append(exc)
    return CorpusLoad(articles=articles, problems=problems)


def article_paths(folder: Path) -> list[Path]:
    """The ``*.txt`` entries of a folder in name order (``article_names``), as paths."""
    return [folder / name for name in article_names(folder)]


def article_names(folder: Path) -> list[str]:
    """The names of the ``*.txt`` entries of a folder in order (sorting names, not Path objects: 10,000 files add
    up). Folders are left out; anything else that is not a regular file (a link out of the folder, a FIFO, a
    device) is listed, so that reading it refuses it with a warning naming it."""
    suffix = ARTICLE_GLOB.lstrip("*")
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if e.name.endswith(suffix) and not e.is_dir(follow_symlinks=False))
    except OSError as exc:
        raise CorpusError(folder, f"the corpus folder cannot be read ({exc.strerror or exc})") from exc


def name_stem(name: str) -> str:
    """``Path(name).stem`` for a file name, without building a Path (a start compares 10,000 of them)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def read_metadata(path: Path) -> dict[str, dict[str, object]]:
    """The metadata table, or an empty one when the file does not exist."""
    if not path.exists():
        return {}
    import tomllib  # only for a folder that has the table: ~2 ms of every start otherwise

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(path, f"cannot read the metadata table: {exc}") from exc
    return {str(key): dict(value) for key, value in data.items() if isinstance(value, dict)}


def decode_article_bytes(path: Path, raw: bytes) -> str:
    """The article's text, or a CorpusError saying why these bytes are not a usable article."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise CorpusError(path, f"too large ({len(raw):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"not UTF-8 text (bad byte at position {exc.start})") from exc
    if not text.strip():
        raise CorpusError(path, "empty file")
    if "\x00" in text:
        raise CorpusError(path, "binary data, not text")
    return text


def read_article_bytes(path: Path, *, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of an article file, checked before a byte is read: a regular file (not a FIFO, a device or a
    folder), not a link to a file outside its own folder, no larger than ``limit`` (a saved web page may be
    larger than ``MAX_ARTICLE_BYTES``). A file that grows meanwhile is read only up to the limit."""
    try:
        target = path
        if path.is_symlink():
            target = path.resolve(strict=True)
            if not target.is_relative_to(path.parent.resolve()):
                raise CorpusError(path, "a link to a file outside its folder; copy the file in instead")
        status = target.stat()
        if not stat.S_ISREG(status.st_mode):
            raise CorpusError(path, "not a regular file (a folder, FIFO, device or socket)")
        if status.st_size > limit:
            raise CorpusError(path, f"too large ({status.st_size:,} bytes; the limit is {limit:,})")
        descriptor = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped for something else meanwhile
                raise CorpusError(path, "not a regular file (a folder, FIFO, device or socket)")
            return handle.read(limit + 1)
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from exc


def read_article(path: Path, metadata: dict[str, object] | None = None) -> Article:
    """One article; ``metadata`` (from the table) wins over the file's own header."""
    text = decode_article_bytes(path, read_article_bytes(path))
    return parse_article(path.stem, text, metadata or {}, origin=path)


def parse_article(article_id: str, text: str, metadata: dict[str, object], origin: Path | None = None) -> Article:
    """Build an Article from verbatim text; the header, if any, is skipped, never rewritten."""
    header, body_start = parse_header(text)
    fields: dict[str, object] = {**header, **{k: v for k, v in metadata.items() if v not in (None, "")}}
    written = fields.get("date")
    published = _as_date(written)
    if published is None and (published := _date_in_name(article_id)) is not None:
        # (a header date that cannot be read is said louder: the name's date is a guess the header contradicts)
        log.log(
            logging.WARNING if written not in (None, "") else logging.INFO,
            "dated %s by its file name: %s%s",
            (origin or Path(article_id)).name,
            published.isoformat(),
            f" (its header's date {written!r} cannot be read)" if written not in (None, "") else "",
        )
    if published is None and written not in (None, ""):
        raise CorpusError(
            origin or Path(article_id),
            f"publication date {written!r} is not a date I can read: write it YYYY-MM-DD (or 'June 3, 2025')",
        )
    if published is None:
        raise CorpusError(
            origin or Path(article_id),
            "no publication date: start the file with a line 'date: YYYY-MM-DD' followed by a blank line, "
            f'add it under ["{article_id}"] in {METADATA_FILE}, or begin the file name with it '
            "(2025-05-16_talks.txt)",
        )
    if not text[body_start:].strip():
        raise CorpusError(origin or Path(article_id), "no article text after the header")
    if not EARLIEST_YEAR <= published.year <= LATEST_YEAR:
        raise CorpusError(
            origin or Path(article_id),
            f"publication date {published.isoformat()} is outside {EARLIEST_YEAR}-{LATEST_YEAR}; give the real date",
        )
    return Article(
        id=article_id,
        text=text,
        body_start=body_start,
        published=published,
        source=_as_text(fields.get("source")),
        title=_as_text(fields.get("title")),
        url=_as_text(fields.get("url")),
    )


def parse_header(text: str) -> tuple[dict[str, object], int]:
    """Header fields (date/source/title lines, or the inline date marker) and where the body starts. The block may
    follow a headline line (a saved story's "Talks open in Geneva / Published: 2031-03-04 / ..."), which is then
    its title."""
    inline = _INLINE_DATE.match(text)
    if inline:
        return {"date": inline.group("date")}, inline.end()
    used, position = _header_block(text, 0)
    if used:
        return used, position
    headline = _HEADLINE.match(text)
    if headline is not None:
        used, position = _header_block(text, headline.end())
        if used:
            return {"title": headline.group("headline").strip(), **used}, position
    return {}, 0


# A headline: one short line of its own, no key of a header, then the header block (blank lines between allowed).
# (200 characters: longer lines are paragraphs; a paragraph opening a body is never taken for the title, since
# the block after it must name a key the loader uses)
_HEADLINE = re.compile(r"[ \t]*(?P<headline>[^\n:]{3,200}?)[ \t]*\r?\n(?:[ \t]*\r?\n)*")


def _header_block(text: str, start: int) -> tuple[dict[str, object], int]:
    """The keys the loader uses in the header block at ``start`` and where the body after it starts; nothing when
    the block names none of them or runs into the body without a blank line (a body line "Note: ..." is no header)
    unless it gives a date that reads (a saved story's "Published: 2031-03-04" with the body on the next line)."""
    header: dict[str, object] = {}
    position = start
    while True:
        match = _HEADER_LINE.match(text, position)
        if not match:
            break
        header[" ".join(match.group("key").lower().split())] = match.group("value").strip()
        position = match.end()
    for name, key in HEADER_SYNONYMS.items():  # (the key's own name, anywhere in the block, wins over another)
        value = header.get(name)
        if value is not None and key not in header and (key != "url" or _WEB_ADDRESS.match(str(value))):
            header[key] = value  # ("Link: the talks resumed ..." opening a body names no page: no header)
    used = {key: value for key, value in header.items() if key in HEADER_KEYS}
    if used and (text[position : position + 2].lstrip("\r")[:1] in ("\n", "") or _as_date(used.get("date"))):
        return used, position
    return {}, start


def _as_date(value: object) -> dt.date | None:
    """The day a header or the table gives, or None when it gives none it can be read as (``days.parse_day``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_day(str(value)) if value is not None else None


def _date_in_name(name: str) -> dt.date | None:
    """The date a file name opens with ("2028-04-11_dublin-talks.txt"), as people save dated articles: the last
    place a date is looked for (a header or the table wins); None when there is none or it is no real day."""
    match = _NAME_DATE.match(name)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group("date"))
    except ValueError:
        return None


def _as_text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
