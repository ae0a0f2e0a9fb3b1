"""Fetch one web page for a chat channel, safely: the server-side request forgery rules in one place.

Only http and https. The host is resolved here and every address it resolves to is checked (loopback, private,
link-local, multicast and reserved addresses are refused unless ``allow_private``, which never opens link-local
or reserved ones); the connection then goes to the address that was checked, so a second DNS answer cannot
point it elsewhere (rebinding). Redirects are followed by hand, at most ``MAX_REDIRECTS``, each target checked
the same way. Time and size are capped while reading, not after; only HTML and plain text are read at all.
Every refusal is a ``FetchError`` whose message is one line naming the URL and the reason.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit

from knowledge.errors import KnowledgeError

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 15.0  # seconds for the whole fetch, redirects included: a channel waits for the reply
MAX_PAGE_BYTES = 5_000_000  # news pages are a few hundred kB; anything bigger is not an article
MAX_REDIRECTS = 5  # http -> https -> www -> canonical is three; more is a loop or a tracker chain
USER_AGENT = "talkbot/0.1 (fetches one news article a team member linked; no crawling)"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_URL_SAFE = (
    "/%:@!$&'()*+,;=-._~?"  # RFC 3986 reserved and unreserved characters: already-encoded links stay as they are
)

Resolver = Callable[[str, int], list[str]]


class FetchError(KnowledgeError):
    """A page could not be fetched, or was refused; the message is one line naming the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True)
class Page:
    """A fetched page: where it was asked for, where it ended up, what it says it is, and its bytes."""

    requested: str
    url: str
    content_type: str
    charset: str | None
    data: bytes


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), in the resolver's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
    resolver: Resolver = resolve,
) -> Page:
    """GET ``url`` under the rules above. ``timeout`` (default ``FETCH_TIMEOUT``) bounds the whole fetch."""
    limit = FETCH_TIMEOUT if timeout is None else timeout
    deadline = time.monotonic() + limit
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        try:
            location, page = _get(url, current, allow_private, deadline, limit, max_bytes, resolver)
        except TimeoutError as exc:
            raise FetchError(url, f"timed out after {limit:g} s") from exc
        except ssl.SSLError as exc:
            raise FetchError(url, f"secure connection failed ({exc.reason or exc})") from exc
        except (OSError, http.client.HTTPException, ValueError) as exc:  # ValueError: a link http.client rejects
            raise FetchError(url, f"cannot be fetched ({_reason(exc)})") from exc
        if page is not None:
            return page
        current = location
    raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")


def _get(
    url: str, current: str, allow_private: bool, deadline: float, limit: float, max_bytes: int, resolver: Resolver
) -> tuple[str, Page | None]:
    """One request: (the redirect target, None) or ("", the page)."""
    parts = urlsplit(current)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"only http and https links can be fetched, not {scheme or 'this'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(url, "the link names no host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(url, "the link's port is not a number from 0 to 65535") from exc
    addresses = _checked_addresses(url, host, port, allow_private, _bounded(resolver, _remaining(url, deadline, limit)))
    remaining = _remaining(url, deadline, limit)
    connection: http.client.HTTPConnection
    if scheme == "https":
        connection = _PinnedHTTPSConnection(host, port, addresses, remaining)
    else:
        connection = _PinnedHTTPConnection(host, port, addresses, remaining)
    target = quote(parts.path or "/", safe=_URL_SAFE)  # a pasted link may carry spaces or Cyrillic: send it encoded
    if parts.query:
        target += "?" + quote(parts.query, safe=_URL_SAFE)
    try:
        connection.request(
            "GET",
            target,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9"},
        )
        response = connection.getresponse()
        if response.status in _REDIRECTS:
            location = response.getheader("Location")
            if not location:
                raise FetchError(url, f"HTTP {response.status} redirect without a Location")
            log.info("%s redirects to %s", current, location)
            return urljoin(current, location.strip()), None
        if response.status != 200:
            raise FetchError(url, f"HTTP {response.status} {response.reason}".strip())
        content_type, charset = _content_type(response.msg)
        if content_type not in PAGE_TYPES:
            raise FetchError(url, f"not an article page (the content type is {content_type or 'not given'})")
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(url, f"too large ({int(declared):,} bytes; the limit is {max_bytes:,})")
        data = _read(url, connection, response, deadline, limit, max_bytes)
        return "", Page(requested=url, url=current, content_type=content_type, charset=charset, data=data)
    finally:
        connection.close()


def _bounded(resolver: Resolver, seconds: float) -> Resolver:
    """``resolver`` with a time limit: getaddrinfo has none of its own, and a dead DNS server would hold the
    channel's reply past the fetch's deadline. The lookup left behind finishes on its own daemon thread."""

    def lookup(host: str, port: int) -> list[str]:
        result: list[list[str]] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                result.append(resolver(host, port))
            except BaseException as exc:  # handed to the caller's thread, which raises it
                failure.append(exc)

        worker = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
        worker.start()
        worker.join(seconds)
        if failure:
            raise failure[0]
        if not result:
            raise TimeoutError(f"looking up {host} took over {seconds:.1f} s")
        return result[0]

    return lookup


def _checked_addresses(url: str, host: str, port: int, allow_private: bool, resolver: Resolver) -> list[str]:
    """The addresses to connect to, in order; refused when any address of the host is one a channel may not
    reach (a name that also points inside is not trusted with its other addresses either)."""
    try:
        addresses = resolver(host.rstrip("."), port)
    except TimeoutError:
        raise  # the whole fetch's deadline: "timed out", not "cannot be found"
    except (OSError, UnicodeError) as exc:
        raise FetchError(url, f"the host {host} cannot be found") from exc
    if not addresses:
        raise FetchError(url, f"the host {host} cannot be found")
    for address in addresses:
        problem = address_problem(address, allow_private)
        if problem:
            raise FetchError(url, f"refused: {host} is {problem}")
    return addresses


def address_problem(address: str, allow_private: bool) -> str | None:
    """Why a channel may not make the bot connect to ``address``, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if ip.is_loopback:
        return None if allow_private else f"a loopback address ({ip})"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        return f"a reserved address ({ip})"
    if ip.is_link_local:  # 169.254.169.254 is the cloud metadata service: never, whatever the setting
        return f"a link-local address ({ip})"
    if not ip.is_global:
        return None if allow_private else f"a private address ({ip})"
    return None


def _remaining(url: str, deadline: float, limit: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(url, f"timed out after {limit:g} s")
    return left


def _content_type(headers: Message) -> tuple[str, str | None]:
    charset = headers.get_content_charset()
    kind = headers.get("Content-Type")
    return (headers.get_content_type() if kind else ""), charset


def _read(
    url: str,
    connection: http.client.HTTPConnection,
    response: http.client.HTTPResponse,
    deadline: float,
    limit: float,
    max_bytes: int,
) -> bytes:
    """The body, reading at most ``max_bytes`` (decompressed) and never past the deadline."""
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise FetchError(url, f"the page is sent in an encoding talkbot cannot read ({encoding})")
    inflate = None if encoding == "identity" else zlib.decompressobj(47 if "gzip" in encoding else zlib.MAX_WBITS)
    chunks: list[bytes] = []
    size = 0
    while True:
        if connection.sock is not None:
            connection.sock.settimeout(_remaining(url, deadline, limit))  # each wait is bounded by what is left
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)  # a small gzip cannot expand past the cap
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"too large (over {max_bytes:,} bytes)")
        chunks.append(chunk)
        _remaining(url, deadline, limit)
    return b"".join(chunks)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset"
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection closed before the page was complete"
    return str(getattr(exc, "strerror", None) or exc or type(exc).__name__)


def _connect(addresses: list[str], port: int, timeout: float | None) -> socket.socket:
    """A connection to the first of the checked addresses that answers ("localhost" is ::1 and 127.0.0.1, and a
    server may listen on one only); never to an address that was not checked."""
    failure: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout)
        except TimeoutError:
            raise
        except OSError as exc:
            failure = exc
    raise failure or OSError("no address to connect to")


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to the checked addresses; the Host header still names the host."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses

    def connect(self) -> None:
        self.sock = _connect(self._addresses, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to the checked addresses; the certificate is verified against the host name (SNI too)."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._addresses = addresses

    def connect(self) -> None:
        sock = _connect(self._addresses, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]
