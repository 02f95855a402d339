"""One HTTP session to the service, and the sorting of every failure into an error class.

Connection reuse, explicit connect/read timeouts, a User-Agent naming the app, a bounded
body size, and a log line per call with its request id. The query string and the headers
are never logged: they carry mobile numbers, OTPs and credentials.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests
from urllib3.exceptions import NameResolutionError, NewConnectionError

from pos_app import APP_NAME, __version__
from pos_app.core.capillary.auth import Auth
from pos_app.core.capillary.errors import (
    AuthFailed,
    BadResponse,
    CapillaryError,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    ServerError,
)

log = logging.getLogger("pos_app.api")

REQUEST_ID_HEADER = "X-Cap-Requestid"
MAX_BODY_BYTES = 2 * 1024 * 1024
DEFAULT_RETRY_AFTER_S = 30.0


@dataclass(frozen=True)
class Timeouts:
    connect: float = 3.05
    read: float = 15.0


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    request_id: str


def _retry_after(response: requests.Response) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return DEFAULT_RETRY_AFTER_S


def _never_sent(error: requests.exceptions.ConnectionError) -> bool:
    """True when the failure happened while connecting, so no byte of the request left.

    requests wraps urllib3's errors in several layers (``args``, ``reason``, chaining);
    every layer is looked at.
    """
    if isinstance(error, requests.exceptions.ConnectTimeout | requests.exceptions.SSLError):
        return True
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        cause = pending.pop()
        if not isinstance(cause, BaseException) or id(cause) in seen:
            continue
        seen.add(id(cause))
        if isinstance(cause, NewConnectionError | NameResolutionError | ConnectionRefusedError):
            return True
        pending += [*cause.args, getattr(cause, "reason", None), cause.__cause__, cause.__context__]
    return False


def _query(params: dict[str, Any] | None) -> str:
    """The query string as requests would make it (None values left out)."""
    pairs = [(key, value) for key, value in (params or {}).items() if value is not None]
    return "?" + urlencode(pairs, doseq=True) if pairs else ""


def _ca_bundle_from_environment() -> str | None:
    """The CA bundle variables requests honours, read here since the session no longer does."""
    return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or None


class Transport:
    def __init__(
        self,
        base_url: str,
        auth: Auth | None,
        *,
        timeouts: Timeouts | None = None,
        ca_bundle: str | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeouts = timeouts or Timeouts()
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "User-Agent": f"{APP_NAME}/{__version__}",
                "Accept": "application/json",
            }
        )
        # TLS verification is always on; a private cluster may bring its own CA bundle.
        self.session.verify = ca_bundle or _ca_bundle_from_environment() or True
        # requests reads the proxy variables again on every call (about half a millisecond
        # each, most of a replayed item's cost); the till talks to one or two hosts, so
        # they are read once per host instead.
        self.session.trust_env = False
        self._proxies: dict[str, dict[str, str]] = {}

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        base_url: str | None = None,
        authenticate: bool = True,
    ) -> Reply:
        """Send one request; return a readable JSON reply or raise a ``CapillaryError``.

        A 401 with renewable credentials (OAuth) is retried once with a fresh token: the
        refusal means nothing was applied.
        """
        try:
            return self._send(method, path, params, json_body, headers, base_url, authenticate)
        except AuthFailed:
            if not (authenticate and self.auth is not None and self.auth.renewable):
                raise
            self.auth.invalidate()
            return self._send(method, path, params, json_body, headers, base_url, authenticate)

    def _send(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        base_url: str | None,
        authenticate: bool,
    ) -> Reply:
        all_headers = dict(headers or {})
        if authenticate and self.auth is not None:
            all_headers.update(self.auth.headers())
        if json_body is not None:
            all_headers["Content-Type"] = "application/json"
        base = (base_url or self.base_url).rstrip("/")
        url = base + path + _query(params)
        started = time.perf_counter()
        outcome = "error"
        request_id = ""
        try:
            response = self._exchange(
                method, base, url, all_headers, None if json_body is None else json.dumps(json_body)
            )
            request_id = response.headers.get(REQUEST_ID_HEADER, "")
            with response:
                reply = self._read(response, request_id)
            outcome = str(reply.status)
            return reply
        except requests.exceptions.ConnectionError as error:
            if _never_sent(error):
                outcome = "not-sent"
                raise NotSent(f"{method} {path}: {type(error).__name__}") from error
            outcome = "no-answer"
            raise OutcomeUnknown(
                f"{method} {path}: connection lost: {type(error).__name__}", request_id=request_id
            ) from error
        except requests.exceptions.Timeout as error:
            outcome = "timeout"
            raise OutcomeUnknown(
                f"{method} {path}: no answer within {self.timeouts.read:g}s", request_id=request_id
            ) from error
        except requests.exceptions.RequestException as error:
            outcome = "no-answer"
            raise OutcomeUnknown(f"{method} {path}: {type(error).__name__}", request_id=request_id) from error
        except CapillaryError as error:
            outcome = type(error).__name__
            raise
        finally:
            log.info(
                "api %s %s -> %s in %.0f ms request_id=%s",
                method,
                path,
                outcome,
                (time.perf_counter() - started) * 1000,
                request_id or "-",
            )

    def _exchange(
        self, method: str, base: str, url: str, headers: dict[str, str], body: str | None
    ) -> requests.Response:
        """One request through the session's connection pool, without the session's extras.

        ``Session.request`` merges cookies, hooks and environment settings on every call,
        about half the client's time per call; none of it applies here (no cookies, no
        redirects, proxies read once). Errors are requests' own, as before.
        """
        prepared = requests.PreparedRequest()
        prepared.prepare(method=method, url=url, headers={**self.session.headers, **headers}, data=body)
        return self.session.get_adapter(url).send(
            prepared,
            stream=True,
            timeout=(self.timeouts.connect, self.timeouts.read),
            verify=self.session.verify if self.session.verify is not None else True,
            cert=None,
            proxies=self._proxies_for(base),
        )

    def _proxies_for(self, base: str) -> dict[str, str]:
        """The proxy for this host from HTTP(S)_PROXY / NO_PROXY, read once per host."""
        if base not in self._proxies:
            self._proxies[base] = dict(requests.utils.get_environ_proxies(base))
        return self._proxies[base]

    def _read(self, response: requests.Response, request_id: str) -> Reply:
        status = response.status_code
        if status == 401:
            raise AuthFailed(f"HTTP 401 from {response.request.path_url.split('?')[0]}", request_id=request_id)
        if status in (429, 503):
            raise RateLimited(_retry_after(response), request_id=request_id)
        raw = self._bounded_body(response, request_id)
        if status >= 500:
            raise ServerError(status, f"HTTP {status}", request_id=request_id)
        content_type = response.headers.get("Content-Type", "")
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            kind = "an HTML page" if "html" in content_type or raw.lstrip()[:1] == b"<" else "not JSON"
            raise BadResponse(f"HTTP {status} answer was {kind}", request_id=request_id) from None
        if 300 <= status < 400:
            raise BadResponse(f"unexpected redirect (HTTP {status})", request_id=request_id)
        return Reply(status, body, request_id)

    @staticmethod
    def _bounded_body(response: requests.Response, request_id: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise BadResponse(f"answer larger than {MAX_BODY_BYTES} bytes", request_id=request_id)
            chunks.append(chunk)
        return b"".join(chunks)
