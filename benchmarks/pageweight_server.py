"""The wire, for benchmarks/pages.py: a built site served on the loopback as GitHub Pages
serves it, and the requests a browser makes to it as Chromium counts them.

    with SiteServer(site) as server:
        server.url              # http://127.0.0.1:<port>
        server.served           # what was sent: path, status, bytes on the wire, gzipped or not
    traffic = Traffic(context)  # a Playwright browser context's requests, their bytes

A folder is served as its `index.html` (a folder asked without its final "/" is redirected
to it, 301); a missing file gets `404.html` with status 404. Text (HTML, CSS, JavaScript,
JSON, SVG, XML, plain text) is sent gzipped when the request accepts gzip, as GitHub Pages
does, with `Vary: Accept-Encoding`; the compressed bytes are made once per file and kept.
Other files go as they are. Every response has a Content-Length and the connection is kept
alive (HTTP/1.1). It differs from GitHub Pages in what a benchmark of bytes does not see:
no TLS, HTTP/1.1 rather than HTTP/2 (so headers are a few hundred bytes larger here), no
ETag or Cache-Control (each measurement uses a fresh browser profile, nothing cached).
"""

from __future__ import annotations

import gzip
import mimetypes
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "application/rss+xml",
    "application/manifest+json",
    "image/svg+xml",
)
IDLE_S = 0.5  # Playwright's "networkidle": no request for 500 ms
GZIP_LEVEL = 6  # what nginx-like front ends use; GitHub Pages' exact level is not published


@dataclass(frozen=True)
class Served:
    """One response as it left the server."""

    at: float  # time.monotonic() when it was sent
    path: str
    status: int
    wire_bytes: int  # status line, headers and body
    gzipped: bool


def content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind == "application/x-javascript":
        kind = "text/javascript"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") else kind


def compressible(kind: str) -> bool:
    return kind.startswith(COMPRESSIBLE)


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Path) -> None:
        self.site = site.resolve()
        self.served: list[Served] = []
        self._lock = threading.Lock()
        self._gzipped: dict[Path, bytes] = {}
        super().__init__(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()

    def record(self, entry: Served) -> None:
        with self._lock:
            self.served.append(entry)

    def since(self, moment: float) -> list[Served]:
        with self._lock:
            return [entry for entry in self.served if entry.at >= moment]

    def gzipped(self, file: Path) -> bytes:
        with self._lock:
            data = self._gzipped.get(file)
        if data is None:
            data = gzip.compress(file.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
            with self._lock:
                self._gzipped[file] = data
        return data

    def resolve(self, url_path: str) -> tuple[int, Path | None, str | None]:
        """(status, file to send, redirect location) for a request's path."""
        path = unquote(urlsplit(url_path).path)
        target = (self.site / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.site):
            return 404, self.site / "404.html", None
        if target.is_dir():
            if not path.endswith("/"):
                return 301, None, path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target, None
        return 404, self.site / "404.html", None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SiteServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._respond(body=False)

    def do_GET(self) -> None:
        self._respond(body=True)

    def _respond(self, body: bool) -> None:
        status, file, location = self.server.resolve(self.path)
        data, gzipped, headers = b"", False, {}
        if location:
            headers["Location"] = location
        elif file is not None and file.is_file():
            kind = content_type(file)
            headers["Content-Type"] = kind
            if compressible(kind):
                headers["Vary"] = "Accept-Encoding"
                gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
            data = self.server.gzipped(file) if gzipped else file.read_bytes()
            if gzipped:
                headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(data))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self._header_bytes = sum(map(len, self._headers_buffer)) + 2  # with the blank line
        self.end_headers()
        if body:
            self.wfile.write(data)
        sent = self._header_bytes + (len(data) if body else 0)
        self.server.record(Served(time.monotonic(), self.path, status, sent, gzipped))


class Traffic:
    """The requests of a browser context as they finish (a dedicated worker's too)."""

    def __init__(self, context) -> None:
        self.started: list = []
        self.finished: list = []
        self.failed: list = []
        # Playwright marks its handlers, so they must be functions, not bound builtins.
        context.on("request", lambda request: self.started.append(request))
        context.on("requestfinished", lambda request: self.finished.append(request))
        context.on("requestfailed", lambda request: self.failed.append(request))

    def in_flight(self) -> int:
        return len(self.started) - len(self.finished) - len(self.failed)

    def wait_idle(self, page, limit_s: float = 30.0) -> None:
        """Until no request has been open for IDLE_S (page.wait_for_load_state('networkidle')
        says nothing once the page's load is over)."""
        deadline, quiet_since, seen = time.monotonic() + limit_s, time.monotonic(), -1
        while time.monotonic() < deadline:
            page.wait_for_timeout(100)
            if self.in_flight() or len(self.started) != seen:
                quiet_since, seen = time.monotonic(), len(self.started)
            elif time.monotonic() - quiet_since >= IDLE_S:
                return

    @staticmethod
    def transferred(request) -> tuple[str, int, int]:
        """(URL, status, bytes): response headers and encoded body, as Chromium counts them."""
        sizes = request.sizes()
        body = sizes["responseBodySize"]
        response = request.response()
        if body <= 0 and response is not None:
            # Chromium gives no body size for a worker's own script.
            body = int(response.headers.get("content-length", 0))
        status = response.status if response is not None else 0
        return request.url, status, sizes["responseHeadersSize"] + body

    def summary(self, since: int = 0) -> dict:
        """Bytes and requests of the requests started after the `since`th."""
        started = set(map(id, self.started[since:]))
        done = [self.transferred(r) for r in self.finished if id(r) in started]
        return {
            "bytes": sum(size for _, _, size in done),
            "requests": len(started),
            "failed": sum(id(r) in started for r in self.failed),
            "errors": [url for url, status, _ in done if status >= 400],
            "each": done,
        }
