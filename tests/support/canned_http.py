"""A loopback HTTP(S) server that gives canned answers and records every request it got.

For the client's unit tests: the seeds' samples verbatim and each odd answer, over a real
connection. Answers are looked up by method and path; several for one path are given in
turn, the last one again after that.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Canned:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # "close": read the request and hang up without a word; "close-after": answer, then hang up
    # without having said so; "sleep": answer after `seconds`.
    action: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class Recorded:
    method: str
    url: str  # path and query
    headers: Message  # names compare without case
    body: bytes


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PUT(self) -> None:
        self._answer()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.record(Recorded(self.command, self.path, self.headers, body))
        canned = self.server.take(self.command, urlsplit(self.path).path)
        if canned.action == "close":
            self.close_connection = True
            return
        if canned.action == "sleep":
            time.sleep(canned.seconds)
        self.send_response(canned.status)
        headers = {"Content-Length": str(len(canned.body)), **canned.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(canned.body)
        if canned.action == "close-after":
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: dict[tuple[str, str], list[Canned]] = {}
        self.calls: list[Recorded] = []
        self.connections = 0
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-answer is what some tests do

    def get_request(self) -> Any:
        with self.lock:
            self.connections += 1
        return super().get_request()

    def record(self, call: Recorded) -> None:
        with self.lock:
            self.calls.append(call)

    def take(self, method: str, path: str) -> Canned:
        with self.lock:
            queue = self.answers.get((method, path))
            if not queue:
                return Canned(404, b'{"error": "nothing canned for this path"}')
            return queue.pop(0) if len(queue) > 1 else queue[0]


class CannedServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._server = _Server()
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    @property
    def calls(self) -> list[Recorded]:
        return list(self._server.calls)

    @property
    def connections(self) -> int:
        """Connections accepted so far."""
        return self._server.connections

    def add(
        self,
        method: str,
        path: str,
        *,
        status: int = 200,
        json_body: Any = None,
        body: bytes | str = b"",
        headers: dict[str, str] | None = None,
        content_type: str = "",
        action: str = "",
        seconds: float = 0.0,
    ) -> None:
        raw = json.dumps(json_body).encode() if json_body is not None else body
        raw = raw.encode() if isinstance(raw, str) else raw
        all_headers = dict(headers or {})
        kind = content_type or ("application/json" if json_body is not None else "")
        if kind:
            all_headers.setdefault("Content-Type", kind)
        with self._server.lock:
            self._server.answers.setdefault((method, path), []).append(
                Canned(status, raw, all_headers, action, seconds)
            )

    def start(self) -> CannedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def canned_server(tls: ssl.SSLContext | None = None) -> Iterator[CannedServer]:
    server = CannedServer(tls).start()
    try:
        yield server
    finally:
        server.stop()
