"""The simulator's HTTP side: routes, the ``/__sim/`` admin API, and fault injection."""

from __future__ import annotations

import contextlib
import json
import logging
import math
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pos_app.sim import groups, history
from pos_app.sim.data import load_data
from pos_app.sim.faults import Fault, FaultBook, parse_fault
from pos_app.sim.shapes import apply_quirks, envelope, item_status
from pos_app.sim.state import Answer, LoyaltyState
from pos_app.sim.workflow import Workflow

log = logging.getLogger("pos_app.sim")

HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>nginx</center></body></html>"
)
MAX_REQUEST_BYTES = 1024 * 1024
MAX_HEADER_LINES = 100


class _RequestHeaders(dict[str, str]):
    """A request's headers by lower-case name; ``get`` takes any case."""

    def get(self, name: str, default: str = "") -> str:  # type: ignore[override]
        return super().get(name.lower(), default)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per answer (flushed by the base class), no Nagle: no 40 ms ACK stalls.
    wbufsize = 64 * 1024
    disable_nagle_algorithm = True
    server: _SimHTTPServer
    raw_requestline: bytes

    def log_message(self, format: str, *args: Any) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("sim %s", format % args)

    def parse_request(self) -> bool:
        """The request line and headers, read without the e-mail parser the base class uses
        (a third of the simulator's time per call)."""
        self.command = ""  # as the base class leaves them for an error answer
        self.request_version = self.default_request_version
        self.close_connection = True
        self.requestline = line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        parts = line.split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            self.send_error(400, f"Bad request line {line[:40]!r}")
            return False
        self.command, self.path, self.request_version = parts
        headers = _RequestHeaders()
        for _ in range(MAX_HEADER_LINES):
            raw = self.rfile.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, colon, value = raw.decode("iso-8859-1").partition(":")
            if not colon or not name.strip():
                self.send_error(400, "Bad header line")
                return False
            headers[name.strip().lower()] = value.strip()
        else:
            self.send_error(431, "Too many headers")
            return False
        self.headers = headers  # type: ignore[assignment]
        connection = headers.get("connection").lower()
        self.close_connection = "close" in connection or (
            self.request_version == "HTTP/1.0" and "keep-alive" not in connection
        )
        return True

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    # -- plumbing -----------------------------------------------------------------------

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        params = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if path.startswith("/__sim/"):
            body = self._read_json()
            self._send(self.server.admin(method, path, params, body))
            return
        fault = self.server.faults.take(path)
        if fault and fault.kind == "refuse":
            self._reset()
            return
        body = self._read_json()
        if fault and self._fault_before(fault):
            return
        answer = self.server.dispatch(method, path, params, body, self.headers)
        if fault and fault.kind == "latency" and fault.phase == "after":
            time.sleep(fault.ms / 1000)
        if fault and fault.kind == "drop-after-commit":
            self._reset()
            return
        if fault and fault.kind == "bad-json":
            raw = json.dumps(answer.body).encode()
            self._write(200, raw[: max(1, len(raw) // 2)], "application/json")
            return
        self._send(answer)

    def _fault_before(self, fault: Fault) -> bool:
        """Apply a fault that strikes before the call is applied; True if it answered."""
        if fault.kind == "reset":
            self._reset()
        elif fault.kind == "http-500":
            self._write(500, b"Internal Server Error", "text/plain")
        elif fault.kind == "html-502":
            self._write(502, HTML_502, "text/html")
        elif fault.kind == "rate-limit":
            self._write(
                429, b'{"message": "Too many requests"}', "application/json", {"Retry-After": str(fault.retry_after)}
            )
        elif fault.kind == "latency" and fault.phase == "before":
            time.sleep(fault.ms / 1000)
            return False
        else:
            return False
        return True

    def _read_json(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0:
            return None
        raw = self.rfile.read(min(length, MAX_REQUEST_BYTES))
        try:
            return json.loads(raw)
        except ValueError:
            return {"__invalid__": True}

    def _send(self, answer: Answer) -> None:
        body = apply_quirks(answer.body, self.server.state.data["quirks"]) if answer.v1 else answer.body
        self._write(answer.status, json.dumps(body).encode(), "application/json", answer.headers)

    def _write(self, status: int, raw: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("X-Cap-Requestid", uuid.uuid4().hex)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _reset(self) -> None:
        """Cut the connection with a TCP reset, no answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


class _SimHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], state: LoyaltyState, faults: FaultBook, listener: socket.socket | None = None
    ) -> None:
        super().__init__(address, _Handler, bind_and_activate=listener is None)
        if listener is not None:  # a port taken earlier; calls may already wait in its backlog
            self.socket.close()
            self.socket = listener
            self.server_address = listener.getsockname()
        self.state = state
        self.workflow = Workflow(state)
        self.faults = faults
        self.open_connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """A stopped service keeps no kept-alive connection answering (as a dead host would not)."""
        with self._connections_lock:
            connections, self.open_connections = set(self.open_connections), set()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("sim: connection from %s ended abruptly", client_address)

    def dispatch(self, method: str, path: str, params: dict[str, Any], body: Any, headers: Any) -> Answer:
        state = self.state
        if isinstance(body, dict) and body.get("__invalid__"):
            return Answer(400, envelope(False, message="Request body is not valid JSON"))
        if (method, path) == ("POST", "/v3/oauth/token/generate"):
            return state.issue_token(body)
        if path.startswith("/api_gateway/"):
            return self.workflow.handle(method, path, body, headers)
        routes: dict[tuple[str, str], Callable[[str], Answer]] = {
            ("GET", "/v1.1/customer/get"): lambda till: state.get_customer(params),
            ("GET", "/v1.1/points/isredeemable"): lambda till: state.is_redeemable(params),
            ("GET", "/v1.1/points/validationcode"): lambda till: state.issue_validation_code(params),
            ("POST", "/v1.1/points/redeem"): lambda till: state.redeem(params, body, till),
            ("GET", "/v1.1/customer/redemptions"): lambda till: history.history(state, params),
            ("POST", "/v2/points/reverse"): lambda till: history.reverse(state, body, till),
            ("GET", "/v2/userGroup2"): lambda till: groups.user_group(state, params),
        }
        route = routes.get((method, path))
        if route is None:
            return Answer(404, envelope(False, message=f"No such API: {method} {path}"))
        till = state.authenticate(headers)
        if till is None:
            return state.unauthorized()
        wait = state.rate_limit(till, f"{method} {path}")
        if wait is not None:
            return Answer(429, {"message": "Rate limit exceeded"}, {"Retry-After": str(math.ceil(wait))}, v1=False)
        return route(till)

    def admin(self, method: str, path: str, params: dict[str, Any], body: Any) -> Answer:
        state = self.state
        if (method, path) == ("GET", "/__sim/otp"):
            otp = state.current_otp(str(params.get("mobile", "")))
            return Answer(200 if otp else 404, {"otp": otp}, v1=False)
        if (method, path) == ("POST", "/__sim/missed-call"):
            mobile = str(params.get("mobile") or (body or {}).get("mobile", ""))
            found = state.missed_call(mobile)
            return Answer(200 if found else 404, {"received": found}, v1=False)
        if (method, path) == ("GET", "/__sim/ledger"):
            with state.lock:
                rows = [{k: str(v) if k == "balance_after" else v for k, v in r.items()} for r in state.ledger]
            return Answer(200, {"redemptions": rows}, v1=False)
        if path == "/__sim/faults":
            if method == "DELETE":
                self.faults.clear()
            elif method == "POST":
                try:
                    for spec in body if isinstance(body, list) else [body]:
                        self.faults.add(parse_fault(spec))
                except ValueError as error:
                    return Answer(400, {"error": str(error)}, v1=False)
            return Answer(200, {"faults": self.faults.listing()}, v1=False)
        if (method, path) == ("GET", "/__sim/stats"):
            return Answer(200, state.stats(), v1=False)
        if (method, path) == ("GET", "/__sim/health"):
            return Answer(200, {"ok": True}, v1=False)
        return Answer(404, {"error": f"no admin call {method} {path}"}, v1=False)


class SimServer:
    """A running simulator on a loopback port, in a background thread."""

    def __init__(
        self,
        port: int = 0,
        data: dict[str, Any] | None = None,
        faults: Iterable[dict[str, Any]] = (),
        host: str = "127.0.0.1",
        listener: socket.socket | None = None,
    ) -> None:
        self.state = LoyaltyState(data if data is not None else load_data())
        self.faults = FaultBook()
        for spec in faults:
            self.faults.add(parse_fault(spec))
        self._server = _SimHTTPServer((host, port), self.state, self.faults, listener)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SimServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="pos-app-sim", kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._server.drop_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_simulator(
    port: int = 0, data: dict[str, Any] | None = None, faults: Iterable[dict[str, Any]] = ()
) -> SimServer:
    return SimServer(port, data, faults).start()


__all__ = ["SimServer", "item_status", "start_simulator"]
