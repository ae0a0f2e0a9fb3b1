"""A web page (fetched or saved) to an article in the corpus's own format: header lines, then the paragraphs.

trafilatura finds the main text and the title, outlet and URL (it leaves navigation, cookie banners, related
links, comments, bylines and footers behind). The publication date is read here, not by trafilatura: its date
finder (htmldate) falls back to dates anywhere on the page ("Updated ..." in a footer, a copyright year), which
is a guess. Only the page's own statement of when it was published counts, in this order: JSON-LD
``datePublished``, publication meta tags (``article:published_time`` and kin), a ``<time>`` marked as the
publication time, then a dateline opening the article ("KYIV, June 7, 2025 —"). No date is a ``PageError``
asking for ``--date``; there is never a fallback to today.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from knowledge.corpus import parse_header
from knowledge.days import TEXT_DATE, parse_day, written_day
from knowledge.errors import KnowledgeError

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Publication-time meta tags (property, name or itemprop, lower case). Modified/updated times are left out on
# purpose: they say when a page changed, not when the article appeared.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "publication_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "date",  # Dublin Core's plain "date" (and "dc.date") is the date of issue by convention
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
ARTICLE_TYPES = ("article", "posting", "report")  # JSON-LD @type endings that are the article itself
DATELINE_BLOCKS = 3  # a dateline opens the article: only the first few blocks of the text are read for one
HEADER_ELEMENTS = 40  # elements read after the headline for its dateline: a story header is a few dozen at most
MIN_ARTICLE_CHARS = 150  # the shortest news brief is two sentences; less is a menu, a link list or an error page
SHORT_BLOCK = 80  # a block this short that is only a place and a date is the dateline line itself, not text
_SNIFF_BYTES = 4096  # where a page declares its charset (the HTML spec's prescan reads 1024 bytes; a bit more)
# Labels browsers decode as windows-1252 (WHATWG Encoding): pages that say latin-1 use its curly quotes anyway.
_BROWSER_DECODES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
# What may come before the date in a dateline: a place in capitals or title case, an agency in brackets, a
# "Published" label; then a dash, a colon or the end of the line.
_DATELINE = re.compile(
    r"^\s*(?!(?:last\s+)?(?:updated|modified|edited|revised)\b)"  # when a page changed is not when it appeared
    r"(?:By\s+[^|·•,\n]{1,60}?\s*[|·•]\s*)?"  # "By Mara Velin | June 7, 2025"
    r"(?:(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*\([A-Za-z .]{1,30}\))?\s*[,:]\s*)?"
    r"(?:(?:Published|Posted|First published)(?:\s+on)?:?\s+)?"
    rf"(?P<date>{TEXT_DATE.pattern})"
    r"(?P<rest>\s*(?:[,;]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?)?"
    r"(?:\s*\([A-Za-z .]{1,30}\))?\s*(?:[—–-]+|:|$))",  # "June 7, 2025 (Reuters) —"
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # an XHTML page's first line
_SKIP = frozenset({"script", "style", "noscript", "template"})
_HOSTLIKE = re.compile(r"[\w.-]+\.[a-z0-9-]+(?::\d+)?|[\d.]+(?::\d+)?|\[[\da-f:]+\](?::\d+)?", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ")
_BYLINE = re.compile(r"^(?:By|Words by|Written by)\s+[A-Z][^\n]{0,80}$")
# A line that sends the reader to another story ("Read more: Grain exports rise") is the site's, not the article's.
_PROMO = re.compile(r"^(?:read more|read also|also read|see also|related|more on this|watch|listen)\b\s*[:|»›>-]", re.I)
_CREDITS = re.compile(r"^(?:Reporting|Writing|Editing|Additional reporting) by\b[^\n]{0,200}$")


class PageError(KnowledgeError):
    """A page cannot become an article (no text, no date); the message is one line naming it and the reason."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class PageArticle:
    """What a page says about its article, and the article's paragraphs as they read on the page."""

    paragraphs: list[str]
    title: str | None = None
    published: dt.date | None = None
    date_from: str | None = None  # where the date was read (for the log): "JSON-LD datePublished", "dateline"...
    source: str | None = None
    url: str | None = None


def decode_page(data: bytes, charset: str | None = None) -> str:
    """The page's text, decoded as a browser would: a byte-order mark, else the HTTP charset, else the page's
    own <meta charset>, else UTF-8, else what trafilatura's detector (charset_normalizer) makes of it."""
    for candidate in (_bom(data), charset, _meta_charset(data)):
        if candidate and _known(candidate):
            name = _BROWSER_DECODES.get(codecs.lookup(candidate).name, candidate)
            return data.decode(name, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        return str(decode_file(data))


def _bom(data: bytes) -> str | None:
    marks = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    return next((name for mark, name in marks if data.startswith(mark)), None)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def extract(
    data: bytes, *, where: str, content_type: str = "text/html", charset: str | None = None, url: str | None = None
) -> PageArticle:
    """The article on a page. ``where`` (the URL or file name) names it in errors; ``url`` is where it was
    fetched from, if it was."""
    text = decode_page(data, charset)
    if content_type == "text/plain":
        return _plain_article(text, where, url)
    return _html_article(text, where, url)


def _html_article(html: str, where: str, url: str | None) -> PageArticle:
    import trafilatura  # imported here: answering a question never pays for it
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))  # lxml refuses it in a str
    except (ParserError, ValueError) as exc:
        raise PageError(where, "not an article page (no HTML could be read)") from exc
    published, date_from = published_date(tree)  # before trafilatura, which prunes the tree it is given
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,  # a missing aside costs less than furniture quoted as the article
        )
    except Exception as exc:  # a page that trips the extractor is a page that cannot be added, not a crash
        log.exception("trafilatura failed on %s", where)
        raise PageError(where, "not an article page (the page could not be read)") from exc
    body = str(getattr(document, "text", None) or "") if document is not None else ""
    title = _one_line(getattr(document, "title", None))
    author = _one_line(getattr(document, "author", None))
    blocks = _article_blocks(_clean_blocks(body.split("\n"), title, author), where)
    if published is None:
        published, blocks = _dateline(blocks)
        date_from = "dateline" if published else None
    if published is None:
        published = _headline_dateline(tree, title, blocks[0])
        date_from = "dateline under the headline" if published else None
    declared = _one_line(getattr(document, "url", None)) or _json_ld_url(tree)
    page_url = _page_url(url, declared, html)
    source = _outlet(_one_line(getattr(document, "sitename", None)), tree, title) or _host(page_url)
    return PageArticle(
        paragraphs=blocks, title=title, published=published, date_from=date_from, source=source, url=page_url
    )


def _plain_article(text: str, where: str, url: str | None) -> PageArticle:
    """A plain-text page: paragraphs between blank lines; a talkbot header (``date: ...``) is read if it has one."""
    header, start = parse_header(text)
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text[start:]) if block.strip()]
    blocks = _article_blocks(blocks, where)
    published = parse_day(str(header["date"])) if "date" in header else None
    date_from = "date: header" if published else None
    if published is None:
        published, blocks = _dateline(blocks)
        date_from = "dateline" if published else None
    return PageArticle(
        paragraphs=blocks,
        title=_one_line(header.get("title")),
        published=published,
        date_from=date_from,
        source=_one_line(header.get("source")) or _host(url),
        url=_one_line(header.get("url")) or url,
    )


def _article_blocks(blocks: list[str], where: str) -> list[str]:
    """The blocks, or a ``PageError`` when they are too little text to be an article (a menu, a link list)."""
    size = sum(len(block) for block in blocks)
    if size < MIN_ARTICLE_CHARS:
        found = f"only {size} characters of text" if size else "no article text"
        raise PageError(where, f"not an article page ({found} found)")
    return blocks


def _clean_blocks(lines: list[str], title: str | None, author: str | None) -> list[str]:
    """The text's blocks without the headline repeated, a byline, a "Read more:" line or closing credits
    (trafilatura keeps them when they sit inside the article's own element)."""
    blocks = [" ".join(line.split()) for line in lines]
    blocks = [block for block in blocks if block]
    if blocks and title and blocks[0].casefold() == title.casefold():
        blocks = blocks[1:]
    kept = []
    for block in blocks:
        if _BYLINE.match(block) and (len(block) <= SHORT_BLOCK or (author and author in block)):
            continue
        if author and block.casefold() in {author.casefold(), f"by {author}".casefold()}:
            continue
        if _PROMO.match(block) and len(block) <= 2 * SHORT_BLOCK:
            continue
        kept.append(block)
    while kept and _CREDITS.match(kept[-1]):
        kept.pop()
    return kept


def published_date(tree: object) -> tuple[dt.date | None, str | None]:
    """The publication date the page states in its markup, and where it was found; (None, None) if none."""
    for found, where in _date_candidates(tree):
        day = parse_day(found)
        if day is not None:
            return day, where
    return None, None


def _date_candidates(tree: object) -> Iterator[tuple[str, str]]:
    xpath = getattr(tree, "xpath")  # noqa: B009 - an lxml element; typed loosely to keep lxml out of the signature
    ranked: list[tuple[int, str]] = []
    for data in _json_ld(tree):
        for kind, value in _json_ld_dates(data):
            ranked.append((0 if kind.endswith(ARTICLE_TYPES) else 1, value))
    for _, value in sorted(ranked, key=lambda item: item[0]):
        yield value, "JSON-LD datePublished"
    for meta in xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META:
            yield meta.get("content"), f"<meta {key}>"
    for element in xpath("//*[@itemprop='datePublished'][@datetime or @content]"):
        yield element.get("datetime") or element.get("content"), "itemprop datePublished"
    for element in xpath("//time[@pubdate][@datetime]"):
        yield element.get("datetime"), "<time pubdate>"


def _json_ld_dates(data: object) -> Iterator[tuple[str, str]]:
    """(lower-case @type, datePublished) of every object in a JSON-LD block, @graph and nesting included."""
    for item in _json_ld_objects(data):
        published = item.get("datePublished")
        if isinstance(published, str):
            yield _json_ld_type(item), published


def _json_ld(tree: object) -> Iterator[object]:
    """Each JSON-LD block of the page, parsed; a block that is not JSON is skipped."""
    for script in getattr(tree, "xpath")("//script[@type='application/ld+json']/text()"):  # noqa: B009
        try:
            yield json.loads(str(script), strict=False)
        except ValueError:
            continue


def _json_ld_type(item: dict[str, object]) -> str:
    kinds = item.get("@type")
    return (" ".join(str(k) for k in kinds) if isinstance(kinds, list) else str(kinds or "")).lower()


def _json_ld_url(tree: object) -> str | None:
    """The article's own URL from its JSON-LD (``url`` or ``mainEntityOfPage``), when no canonical link gives it."""
    for data in _json_ld(tree):
        for item in _json_ld_objects(data):
            if not _json_ld_type(item).endswith(ARTICLE_TYPES):
                continue
            for key in ("url", "mainEntityOfPage"):
                value = item.get(key)
                value = value.get("@id") if isinstance(value, dict) else value
                if isinstance(value, str) and urlsplit(value).scheme in ("http", "https"):
                    return value
    return None


def _json_ld_objects(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_objects(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _json_ld_objects(value)


def _dateline(blocks: list[str]) -> tuple[dt.date | None, list[str]]:
    """The date of a dateline opening one of the first blocks, and the blocks without a dateline that stands
    on a line of its own (the header carries it now). The text of a block that goes on is kept verbatim."""
    for index, block in enumerate(blocks[:DATELINE_BLOCKS]):
        day, alone = _dateline_day(block)
        if day is not None:
            return day, (blocks[:index] + blocks[index + 1 :]) if alone else blocks
        if len(block) > SHORT_BLOCK or block.endswith((".", '"', "”")):
            break  # the text has started: a date further on is one the story mentions, not its dateline
    return None, blocks


def _dateline_day(text: str) -> tuple[dt.date | None, bool]:
    """The day a dateline opening ``text`` gives, and whether the text is nothing but that dateline."""
    match = _DATELINE.match(text)
    written = TEXT_DATE.search(match.group("date")) if match else None
    day = written_day(written) if written else None
    if match is None or day is None:
        return None, False
    return day, match.end() >= len(text.rstrip()) and len(text) <= SHORT_BLOCK


def _headline_dateline(tree: object, title: str | None, first_block: str) -> dt.date | None:
    """A dateline standing between the headline and the article's first paragraph ("Published 7 June 2025" in
    the story's header, which the extractor leaves out with the byline). Only that stretch is read: a date
    before the headline is the site's (today's date in a masthead), one after the text starts is the story's."""
    if not title:
        return None
    body = getattr(tree, "body", None)
    elements = [e for e in (body.iter() if body is not None else []) if isinstance(e.tag, str) and e.tag not in _SKIP]
    texts = [" ".join(str(e.text_content()).split()) for e in elements]
    start = next(
        (i for i, e in enumerate(elements) if e.tag in ("h1", "h2") and texts[i].casefold() == title.casefold()), None
    )
    if start is None:
        return None
    opening = first_block[:60]
    for index in range(start + 1, min(len(elements), start + 1 + HEADER_ELEMENTS)):
        if opening in texts[index]:
            break
        if 0 < len(texts[index]) <= SHORT_BLOCK:
            day, alone = _dateline_day(texts[index])
            if day is not None and alone:
                return day
    return None


def _page_url(fetched: str | None, declared: str | None, html: str) -> str | None:
    """The article's URL: the canonical one when it is on the host the page was fetched from (it drops tracking
    parameters), else the fetched one; for a saved page, its canonical URL or the browser's "saved from" note."""
    if fetched:
        if declared and _host(declared) == _host(fetched) and urlsplit(declared).scheme in ("http", "https"):
            return declared
        return fetched
    if declared and urlsplit(declared).scheme in ("http", "https"):
        return declared
    saved = _SAVED_FROM.search(html[:_SNIFF_BYTES])
    return saved.group(1) if saved else None


def _outlet(sitename: str | None, tree: object, title: str | None) -> str | None:
    """The outlet: the page's site name (og:site_name, JSON-LD publisher), else the part of its <title> beside the
    headline ("Headline - Eastern Wire"). trafilatura names the host when a page names no site; that is no name."""
    if sitename and not _HOSTLIKE.fullmatch(sitename):
        return sitename
    texts = getattr(tree, "xpath")("//head/title/text()")  # noqa: B009 - an lxml element
    full = _one_line(str(texts[0])) if texts else None
    if full and title:
        for separator in _TITLE_SEPARATORS:
            head, found, tail = full.rpartition(separator)
            if found and head.strip().casefold() == title.casefold() and 0 < len(tail.strip()) <= SHORT_BLOCK:
                return tail.strip()
    return None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _one_line(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def article_text(
    article: PageArticle, *, where: str, date: str | None = None, source: str | None = None, title: str | None = None
) -> str:
    """The article as the corpus stores it: ``date:``, ``source:``, ``title:``, ``url:`` lines, a blank line,
    then one paragraph per block with blank lines between. ``date``/``source``/``title`` override the page's."""
    day = date or (article.published.isoformat() if article.published else None)
    if not day:
        raise PageError(
            where,
            "no publication date found on the page (no datePublished, published-time meta tag or dateline); "
            "give it with --date YYYY-MM-DD",
        )
    fields = {"date": day, "source": source or article.source, "title": title or article.title, "url": article.url}
    header = "".join(f"{key}: {_one_line(value)}\n" for key, value in fields.items() if _one_line(value))
    return header + "\n" + "\n\n".join(article.paragraphs) + "\n"
