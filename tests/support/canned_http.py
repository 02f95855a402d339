"""Loopback HTTP(S) servers that give canned answers and record every request they got.

``CannedServer``, for the client's tests: the seeds' samples verbatim and each odd answer,
over a real connection. Answers are looked up by method and path; several for one path are
given in turn, the last one again after that. ``RawServer`` answers with exact bytes, for
what a hostile network sends.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import struct
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


# -- answers byte for byte -------------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """What the raw server does once it has read a whole request.

    ``data`` is written as given; then ``then``: "keep" (wait for the next request on the
    connection), "close" (hang up), "reset" (a TCP reset) or "hang" (say nothing more).
    ``later`` is written ``later_s`` seconds after ``data`` (a stray answer nobody asked for).
    """

    data: bytes = b""
    then: str = "close"
    later: bytes = b""
    later_s: float = 0.0


def http_answer(body: bytes | str, status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    """A well-formed answer with a Content-Length, as bytes."""
    raw = body.encode() if isinstance(body, str) else body
    head = {"Content-Type": "application/json", "Content-Length": str(len(raw)), **(headers or {})}
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in head.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + raw


class RawServer:
    """A loopback TCP server that reads each request whole and answers with exact bytes.

    For answers no HTTP server library would write: broken status lines and framing, resets,
    silence, stray extra answers. ``requests`` holds every whole request read; ``received``
    every byte that came in on any connection, so a test can show that nothing was sent.
    With ``tls``, each connection is wrapped first (``handshake=False``: TCP only, never TLS).
    """

    def __init__(self, answers: list[Raw], tls: ssl.SSLContext | None = None, handshake: bool = True) -> None:
        self.answers = list(answers)
        self.tls = tls if handshake else None
        self.scheme = "https" if tls is not None else "http"
        self.requests: list[bytes] = []
        self.received = bytearray()
        self.connections = 0
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.listener.getsockname()[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.listener.close()
        with self.lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.close()

    def _next(self) -> Raw:
        with self.lock:
            return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                self._open.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        try:
            if self.tls is not None:
                connection = self.tls.wrap_socket(connection, server_side=True)
                with self.lock:
                    self._open.append(connection)
            buffer = b""
            while True:
                request, buffer = self._read_request(connection, buffer)
                if request is None:
                    return
                with self.lock:
                    self.requests.append(request)
                raw = self._next()
                connection.sendall(raw.data)
                if raw.later:
                    time.sleep(raw.later_s)
                    connection.sendall(raw.later)
                if raw.then == "keep":
                    continue
                if raw.then == "reset":
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                if raw.then == "hang":
                    time.sleep(30)
                return
        except (OSError, ssl.SSLError):
            return
        finally:
            with contextlib.suppress(OSError):
                connection.close()

    def _read_request(self, connection: socket.socket, buffer: bytes) -> tuple[bytes | None, bytes]:
        """One whole request (head and Content-Length body), or None if the client went away first."""
        while b"\r\n\r\n" not in buffer:
            data = self._receive(connection)
            if not data:
                return None, b""
            buffer += data
        head, _, rest = buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            data = self._receive(connection)
            if not data:
                return None, b""
            rest += data
        return head + b"\r\n\r\n" + rest[:length], rest[length:]

    def _receive(self, connection: socket.socket) -> bytes:
        data = connection.recv(65536)
        with self.lock:
            self.received += data
        return data


@contextmanager
def raw_server(answers: list[Raw], tls: ssl.SSLContext | None = None, handshake: bool = True) -> Iterator[RawServer]:
    server = RawServer(answers, tls, handshake)
    try:
        yield server
    finally:
        server.close()
