"""A static server that compresses text with gzip, as any real host does, and counts what it sends."""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")
LEVEL = 6  # what nginx and most hosts use


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    # Connections kept open between requests, as any host does (Python's server closes each one
    # after its response by default, HTTP/1.0): Lighthouse simulates the mobile network from the
    # connections it saw, and a script downloaded on a fresh one arrives later (Material's bundle,
    # 0.75 s simulated against 0.6 s on a connection already open, both sites alike).
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirects to the address with a slash
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or path.suffix not in COMPRESSED or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return _Body(body)


class _Body:
    """What send_head returns for a body already in memory (copyfile reads it like a file)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.done = data, False

    def read(self, size: int = -1) -> bytes:
        if self.done:
            return b""
        self.done = True
        return self.data

    def close(self) -> None:
        pass


class Site:
    """`directory` served on a free port of 127.0.0.1 until `close()`."""

    def __init__(self, directory: Path, port: int = 0) -> None:
        handler = functools.partial(_GzipHandler, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def compressed_size(data: bytes, name: str) -> int:
    """What the server sends for a file of this name and content."""
    return len(gzip.compress(data, compresslevel=LEVEL, mtime=0)) if name.endswith(COMPRESSED) else len(data)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
