"""Articles from links and saved pages: fetch or read each, extract it, and hand the corpus's own ``.txt``
format to the ordinary ingest (``knowledge.ingest``), all or nothing as ever.

A source is a URL (http/https), a saved page (``.html``/``.htm``) or an article file (``.txt``, passed on as
it is). Any source that cannot be used refuses the whole batch with one line naming it and why; nothing is
fetched twice and nothing is added. A URL already in the corpus (as asked for, after redirects, or by its
canonical form) is a no-op naming the article, without fetching anything.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from knowledge.index import Progress, Store
from knowledge.ingest import IngestError, IngestResult, Upload, article_id_for

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm")
MAX_NAME = 60  # characters of a URL's slug kept in the article's file name: enough to tell articles apart
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)  # never the article
_SLUG = re.compile(r"[^a-z0-9]+")

Ingest = Callable[[list[Upload]], list[IngestResult]]


@dataclass(frozen=True)
class Source:
    """One thing to add: a URL, or a file's name and bytes."""

    name: str
    data: bytes | None = None  # None for a URL


def is_url(text: str) -> bool:
    """Whether a command-line argument or a Discord word is a link rather than a file name."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text.strip()))


def is_page(name: str) -> bool:
    """Whether a source is read off a page (a link or a saved page), so its title and date were extracted."""
    return is_url(name) or name.lower().endswith(PAGE_SUFFIXES)


def normalise_url(url: str) -> str:
    """The form two links to one article share: lower-case scheme and host, no default port, no fragment, no
    tracking parameters, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": the fetch says what is wrong with it
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, query, ""))


def known_urls(store: Store) -> dict[str, str]:
    """Normalised URL -> article id of every article in the index that has a ``url:``."""
    rows = store.db.execute("SELECT id, url FROM articles WHERE url IS NOT NULL AND url != ''").fetchall()
    return {normalise_url(str(url)): str(article_id) for article_id, url in rows}


@dataclass(frozen=True)
class Batch:
    """Sources made ready to add: the uploads (in the corpus's format), the source each came from, and the
    links already in the corpus (no-ops)."""

    uploads: list[Upload]
    given: dict[str, str]  # upload name -> the source as the user gave it
    already: list[IngestResult]


def prepare(
    known: dict[str, str],
    sources: list[Source],
    *,
    folder: Path | None = None,
    allow_private: bool = False,
    date: str | None = None,
    source: str | None = None,
    title: str | None = None,
    timeout: float | None = None,
    progress: Progress | None = None,
) -> Batch:
    """Fetch and read every source (the slow part, and no write); ``known`` is ``known_urls`` of the corpus.
    Raises ``IngestError`` naming every source that cannot be used."""
    from knowledge.fetch import FetchError  # here, not at the top: answering a question never loads the fetcher
    from knowledge.pages import PageError

    uploads: list[Upload] = []
    given: dict[str, str] = {}
    already: list[IngestResult] = []
    problems: list[str] = []
    taken: set[str] = set()  # article ids given to this batch's pages so far
    for done, item in enumerate(sources):
        if progress is not None:
            progress(done, len(sources))
        try:
            upload = _upload(item, known, allow_private, date, source, title, timeout, taken, folder)
        except (FetchError, PageError) as exc:
            problems.append(str(exc))
            continue
        if isinstance(upload, IngestResult):
            already.append(upload)
            continue
        taken.add(article_id_for(upload.name))
        given[upload.name] = item.name
        uploads.append(upload)
    if progress is not None:
        progress(len(sources), len(sources))
    if problems:
        raise IngestError(problems)
    return Batch(uploads=uploads, given=given, already=already)


def finish(batch: Batch, ingest: Ingest) -> list[IngestResult]:
    """Add a prepared batch through ``ingest`` (all or nothing); the results name each source as it was given."""
    try:
        results = ingest(batch.uploads) if batch.uploads else []
    except IngestError as exc:
        raise IngestError([_named(problem, batch.given) for problem in exc.problems]) from exc
    return [replace(result, name=batch.given.get(result.name, result.name)) for result in results] + batch.already


def _upload(
    item: Source,
    known: dict[str, str],
    allow_private: bool,
    date: str | None,
    source: str | None,
    title: str | None,
    timeout: float | None,
    taken: set[str],
    folder: Path | None,
) -> Upload | IngestResult:
    """The upload for one source, or the no-op result when its URL is already in the corpus."""
    from knowledge.fetch import MAX_PAGE_BYTES, fetch
    from knowledge.pages import HTML_TYPES, PageError, article_text, extract

    if item.data is not None and not item.name.lower().endswith(PAGE_SUFFIXES):
        return Upload(name=item.name, data=item.data)  # an article file: the ordinary ingest checks it
    if item.data is not None:
        if len(item.data) > MAX_PAGE_BYTES:
            raise PageError(item.name, f"too large ({len(item.data):,} bytes; the limit is {MAX_PAGE_BYTES:,})")
        page = extract(item.data, where=item.name)
        name = PurePath(item.name).stem
    else:
        existing = known.get(normalise_url(item.name))
        if existing:
            return _present(item.name, existing)
        fetched = fetch(item.name, allow_private=allow_private, timeout=timeout)
        kind = fetched.content_type if fetched.content_type in HTML_TYPES else "text/plain"
        page = extract(fetched.data, where=item.name, content_type=kind, charset=fetched.charset, url=fetched.url)
        for url in (fetched.url, page.url):
            existing = known.get(normalise_url(url)) if url else None
            if existing:
                return _present(item.name, existing)
        name = _url_name(page.url or fetched.url)
    text = article_text(page, where=item.name, date=date, source=source, title=title)
    log.info("%s: %s, dated %s (%s)", item.name, page.title, page.published, page.date_from or "--date")
    article_id = article_id_for(name + ".txt")
    if item.data is None and (article_id in taken or (folder is not None and (folder / f"{article_id}.txt").exists())):
        # another article already has this slug (a new page, or two in one batch): the link cannot be renamed
        # by its sender, so it gets a name of its own; a saved page, like a .txt file, is refused by name instead
        article_id = f"{article_id}-{hashlib.sha256(item.name.encode()).hexdigest()[:6]}"
    return Upload(name=f"{article_id}.txt", data=text.encode("utf-8"))


def _present(name: str, existing: str) -> IngestResult:
    return IngestResult(
        name=name,
        article_id=existing,
        added=False,
        message=f"already present as {existing} (the same link): nothing to do",
    )


def _url_name(url: str) -> str:
    """A file name for a fetched article: its host and the last words of its path ("example.org-talks-resume")."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    slug = _SLUG.sub("-", PurePath(segments[-1]).stem.lower()).strip("-") if segments else ""
    if not slug or slug.isdigit():  # "/news/123456" says nothing: the whole path does
        slug = _SLUG.sub("-", parts.path.lower()).strip("-")
    slug = slug[:MAX_NAME].rstrip("-")
    return f"{host}-{slug}" if slug else host


def _named(problem: str, given: dict[str, str]) -> str:
    """An ingest problem about a generated file named by the source it came from."""
    for name, original in given.items():
        if name != original and problem.startswith(f"{name}:"):
            return f"{original} (as {name}){problem[len(name) :]}"
    return problem
