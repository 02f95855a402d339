"""HTTP/1.1 on the standard library: kept-alive connections per host, and what a failure means.

The till sends one small JSON request at a time to one or two hosts, so a pool of idle
connections per host, TLS with verification, a CONNECT tunnel for a proxy and a bounded
answer are all it needs. Every failure is sorted by the one question that matters for a
redemption: could any byte of the request have reached the service?

- ``NeverSent``: it failed while connecting (name lookup, refused, connect timeout, the
  TLS handshake, the proxy's tunnel). Nothing left this machine for the service.
- ``NoAnswer``: the connection was up and the request (or part of it) went out, but no
  whole answer came back. The service may have applied it.
"""

from __future__ import annotations

import base64
import functools
import http.client
import os
import select
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import cast
from urllib.parse import unquote, urlsplit
from urllib.request import getproxies_environment, proxy_bypass_environment  # type: ignore[attr-defined]

from pos_app.core.capillary.http11 import Headers, Malformed, Reader, TooLarge, read_answer, request_bytes

MAX_IDLE_PER_HOST = 10
READ_CHUNK = 16 * 1024


@dataclass(frozen=True)
class Limits:
    connect_s: float
    read_s: float
    max_body_bytes: int


class NeverSent(Exception):
    """Failed before any byte of the request left: safe to send again."""


class TlsRefused(NeverSent):
    """The host's certificate was not trusted (or the TLS handshake failed)."""


class NoAnswer(Exception):
    """The request went out (maybe in part) and no whole answer came back."""


class AnswerTimeout(NoAnswer):
    """The request went out and the answer took longer than the read timeout."""


class AnswerTooLarge(Exception):
    """The answer is bigger than the limit; it was not read."""


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Headers  # by lower-case name
    body: bytes


# A proxy's host, port, and the headers that carry its credentials.
_Proxy = tuple[str, int, dict[str, str]]


@dataclass(frozen=True)
class _Origin:
    scheme: str
    host: str
    port: int


def ca_bundle_from_environment() -> str | None:
    """The CA bundle variables other HTTP tools honour; a site may already set them."""
    return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or None


def _default_ca_file() -> str | None:
    try:
        import certifi
    except ImportError:  # the system's store
        return None
    return str(certifi.where())


def _proxy_authorization(user: str | None, password: str | None) -> dict[str, str]:
    if not user:
        return {}
    raw = f"{unquote(user)}:{unquote(password or '')}".encode()
    return {"Proxy-Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}


class _Connection:
    """One open socket (TLS already set up) and its buffered reader.

    Through a plain-HTTP proxy, requests name the whole URL (``url_prefix``) and carry the
    proxy's credentials (``proxy_headers``); through a tunnel they are as without a proxy.
    """

    def __init__(
        self, sock: socket.socket, host_header: str, url_prefix: str = "", proxy_headers: dict[str, str] | None = None
    ) -> None:
        self.sock = sock
        self.host_header = host_header
        self.url_prefix = url_prefix
        self.proxy_headers = proxy_headers or {}
        self.reader = cast(Reader, sock.makefile("rb", buffering=READ_CHUNK))  # a BufferedReader

    def closed_while_idle(self) -> bool:
        """True if the idle connection has something to read: the server closed it (or sent junk)."""
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(self.sock, select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([self.sock], [], [], 0)[0])

    def close(self) -> None:
        self.reader.close()
        self.sock.close()


@functools.lru_cache(maxsize=512)  # the same few URLs recur call after call
def _origin_and_target(url: str) -> tuple[_Origin, str]:
    """Where to connect, and what to ask for there."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {scheme}://{parts.hostname}")
    origin = _Origin(scheme, parts.hostname, parts.port or (443 if scheme == "https" else 80))
    return origin, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class ConnectionPool:
    """Idle kept-alive connections per host, shared by threads; one call per connection at a time.

    Proxies come from ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` unless ``NO_PROXY``
    names the host, read once per host. HTTPS goes through a CONNECT tunnel, so the proxy
    never sees the request; plain HTTP (loopback only) is forwarded by the proxy.
    """

    def __init__(self, ca_bundle: str | None = None) -> None:
        self.ca_bundle = ca_bundle or ca_bundle_from_environment()
        self._tls: ssl.SSLContext | None = None
        self._idle: dict[_Origin, list[_Connection]] = {}
        self._proxies: dict[_Origin, _Proxy | None] = {}
        self._lock = threading.Lock()

    @property
    def verify_file(self) -> str | None:
        """The file of trusted CAs for HTTPS (None: the system's store)."""
        return self.ca_bundle or _default_ca_file()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()

    def exchange(self, method: str, url: str, headers: dict[str, str], body: bytes | None, limits: Limits) -> Answer:
        """Send one request and read its whole answer (at most ``limits.max_body_bytes``)."""
        origin, target = _origin_and_target(url)
        connection = self._take(origin, limits)
        try:
            if connection.url_prefix:
                target, headers = connection.url_prefix + target, {**headers, **connection.proxy_headers}
            data = request_bytes(method, target, connection.host_header, headers, body)
            connection.sock.sendall(data)
            status, answer_headers, answer_body, keep_alive = read_answer(
                connection.reader, method, limits.max_body_bytes
            )
        except BaseException as error:
            connection.close()
            if isinstance(error, TimeoutError):
                raise AnswerTimeout(f"no answer within {limits.read_s:g}s") from error
            if isinstance(error, OSError | Malformed):
                raise NoAnswer(str(error) or type(error).__name__) from error
            if isinstance(error, TooLarge):
                raise AnswerTooLarge(str(error)) from error
            raise
        if keep_alive:
            self._give_back(origin, connection)
        else:
            connection.close()
        return Answer(status, answer_headers, answer_body)

    # -- connections ----------------------------------------------------------------------

    def _take(self, origin: _Origin, limits: Limits) -> _Connection:
        """An idle connection still open, or a new one, connected (so a failure is NeverSent)."""
        while True:
            with self._lock:
                idle = self._idle.get(origin)
                connection = idle.pop() if idle else None
            if connection is None:
                break
            if not connection.closed_while_idle():
                connection.sock.settimeout(limits.read_s)
                return connection
            connection.close()
        proxy = self._proxy_for(origin)
        sock = self._connect(origin, proxy, limits.connect_s)
        sock.settimeout(limits.read_s)
        default_port = 443 if origin.scheme == "https" else 80
        host = f"[{origin.host}]" if ":" in origin.host else origin.host
        host_header = host if origin.port == default_port else f"{host}:{origin.port}"
        if origin.scheme == "http" and proxy is not None:
            return _Connection(sock, host_header, f"http://{host_header}", proxy[2])
        return _Connection(sock, host_header)

    def _give_back(self, origin: _Origin, connection: _Connection) -> None:
        with self._lock:
            idle = self._idle.setdefault(origin, [])
            if len(idle) < MAX_IDLE_PER_HOST:
                idle.append(connection)
                return
        connection.close()

    def _connect(self, origin: _Origin, proxy: _Proxy | None, connect_s: float) -> socket.socket:
        """A connected socket: TCP (to the proxy if any), the proxy's tunnel for HTTPS, TLS.

        The standard library's connection does the tunnel and the TLS handshake; its socket
        is then used directly.
        """
        host, port = (origin.host, origin.port) if proxy is None else proxy[:2]
        connection: http.client.HTTPConnection
        if origin.scheme == "http":
            connection = http.client.HTTPConnection(host, port, timeout=connect_s)
        else:
            connection = http.client.HTTPSConnection(host, port, timeout=connect_s, context=self._tls_context())
            if proxy is not None:
                connection.set_tunnel(origin.host, origin.port, headers=proxy[2])
        try:
            connection.connect()
        except ssl.SSLError as error:
            connection.close()
            raise TlsRefused(f"TLS with {origin.host} failed: {error.reason or type(error).__name__}") from error
        except (OSError, http.client.HTTPException) as error:  # DNS, refused, timeout, the proxy's tunnel
            connection.close()
            raise NeverSent(f"cannot connect to {origin.host}:{origin.port}: {type(error).__name__}") from error
        assert connection.sock is not None
        return connection.sock

    def _tls_context(self) -> ssl.SSLContext:
        """Certificate and host name always checked; made once (reading the CA file takes ~20 ms)."""
        with self._lock:
            if self._tls is None:
                self._tls = ssl.create_default_context(cafile=self.verify_file)
            return self._tls

    def _proxy_for(self, origin: _Origin) -> _Proxy | None:
        with self._lock:
            if origin not in self._proxies:
                self._proxies[origin] = self._proxy_from_environment(origin)
            return self._proxies[origin]

    @staticmethod
    def _proxy_from_environment(origin: _Origin) -> _Proxy | None:
        proxies = getproxies_environment()
        url = proxies.get(origin.scheme) or proxies.get("all")
        if not url or proxy_bypass_environment(origin.host, proxies):
            return None
        proxy = urlsplit(url if "://" in url else f"http://{url}")
        if not proxy.hostname:
            return None
        return proxy.hostname, proxy.port or 8080, _proxy_authorization(proxy.username, proxy.password)
