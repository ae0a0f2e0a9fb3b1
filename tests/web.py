"""A local web server on 127.0.0.1 for the link tests: routes the test writes itself, nothing from the internet."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
SLOW_STEP_SECONDS = 0.3  # the slow route sends a byte this often; the tests give the fetch less than a second
SLOW_MAX_SECONDS = 3.0  # and it gives up by itself, so a server thread never outlives the test by much


@dataclass
class Route:
    """What one path answers: a status, headers and a body; ``slow`` trickles it, ``chunked`` sends no length,
    ``delay`` waits before answering at all."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    slow: bool = False
    chunked: bool = False
    delay: float = 0.0  # seconds before the status line: a server that accepts and then says nothing


@dataclass
class Site:
    """A running server: its base URL, its routes (change them at will) and the requests it received."""

    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@contextmanager
def serve(routes: dict[str, Route] | None = None) -> Iterator[Site]:
    """Serve ``routes`` on 127.0.0.1 (a free port) for the duration of the block."""
    site = Site(base="", routes=dict(routes or {}))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers.items())))
            route = site.routes.get(self.path.split("?", 1)[0])
            if route is None:
                route = Route(b"<html><body><h1>Not found</h1></body></html>", status=404)
            time.sleep(min(route.delay, SLOW_MAX_SECONDS))
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if route.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(route.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: too large, too slow
                self._body(route)

        def _body(self, route: Route) -> None:
            if route.slow:
                started = time.monotonic()
                for byte in route.body:
                    if time.monotonic() - started > SLOW_MAX_SECONDS:
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(SLOW_STEP_SECONDS)
            elif route.chunked:
                for start in range(0, len(route.body), 65536):
                    chunk = route.body[start : start + 65536]
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False  # type: ignore[misc]  # a slow route's thread is not waited for
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
