"""The calls to the service, and the sorting of every failure into an error class.

Connection reuse, explicit connect/read timeouts, a User-Agent naming the app, a bounded
body size, and a log line per call with its request id. The query string and the headers
are never logged: they carry mobile numbers, OTPs and credentials.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from pos_app import APP_NAME, __version__
from pos_app.core.capillary.auth import Auth
from pos_app.core.capillary.errors import (
    AuthFailed,
    BadResponse,
    CapillaryError,
    ConfigurationError,
    NotSent,
    NotTrusted,
    OutcomeUnknown,
    RateLimited,
    ServerError,
)
from pos_app.core.capillary.wire import (
    Answer,
    AnswerTimeout,
    AnswerTooLarge,
    ConnectionPool,
    Limits,
    NeverSent,
    NoAnswer,
    TlsRefused,
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


def _retry_after(answer: Answer) -> float:
    value = answer.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return DEFAULT_RETRY_AFTER_S


def _query(params: dict[str, Any] | None) -> str:
    """The query string (None values left out; booleans and numbers as given)."""
    pairs = tuple((key, value) for key, value in (params or {}).items() if value is not None)
    if not pairs:
        return ""
    try:  # the same few queries recur call after call (a replay sends one thousands of times)
        return _encoded_query(pairs, tuple(type(value) for _, value in pairs))
    except TypeError:  # a list of values for one name cannot be a cache key
        return "?" + urlencode(pairs, doseq=True)


@functools.lru_cache(maxsize=512)
def _encoded_query(pairs: tuple[tuple[str, Any], ...], types: tuple[type, ...]) -> str:
    # ``types`` is part of the key: True and 1 are equal keys but are written differently.
    return "?" + urlencode(pairs, doseq=True)


class Transport:
    def __init__(
        self,
        base_url: str,
        auth: Auth | None,
        *,
        timeouts: Timeouts | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeouts = timeouts or Timeouts()
        # TLS verification is always on; a private cluster may bring its own CA bundle.
        self.pool = ConnectionPool(ca_bundle)
        self._fixed_headers = {"User-Agent": f"{APP_NAME}/{__version__}", "Accept": "application/json"}

    def close(self) -> None:
        self.pool.close()

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
        all_headers = {**self._fixed_headers, **(headers or {})}
        if authenticate and self.auth is not None:
            all_headers.update(self.auth.headers())
        body = None
        if json_body is not None:
            all_headers["Content-Type"] = "application/json"
            body = json.dumps(json_body).encode("utf-8")
        url = (base_url or self.base_url).rstrip("/") + path + _query(params)
        limits = Limits(self.timeouts.connect, self.timeouts.read, MAX_BODY_BYTES)
        started = time.perf_counter()
        outcome = "error"
        request_id = ""
        try:
            answer = self.pool.exchange(method, url, all_headers, body, limits)
            request_id = answer.headers.get(REQUEST_ID_HEADER, "")
            reply = self._read(answer, path, request_id)
            outcome = str(reply.status)
            return reply
        except TlsRefused as error:
            outcome = "not-trusted"
            raise NotTrusted(f"{method} {path}: {error}") from error
        except NeverSent as error:
            outcome = "not-sent"
            raise NotSent(f"{method} {path}: {error}") from error
        except AnswerTimeout as error:
            outcome = "timeout"
            raise OutcomeUnknown(f"{method} {path}: {error}") from error
        except NoAnswer as error:
            outcome = "no-answer"
            raise OutcomeUnknown(f"{method} {path}: connection lost: {error}") from error
        except ValueError as error:  # a header with a line break, a URL that is not http(s): nothing sent
            outcome = "refused-locally"
            raise ConfigurationError(f"{method} {path}: {error}") from error
        except AnswerTooLarge as error:
            outcome = "too-large"
            raise BadResponse(f"answer larger than {MAX_BODY_BYTES} bytes") from error
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

    @staticmethod
    def _read(answer: Answer, path: str, request_id: str) -> Reply:
        status = answer.status
        if status == 401:
            raise AuthFailed(f"HTTP 401 from {path}", request_id=request_id)
        if status in (429, 503):
            raise RateLimited(_retry_after(answer), request_id=request_id)
        if status >= 500:
            raise ServerError(status, f"HTTP {status}", request_id=request_id)
        try:
            body = json.loads(answer.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            content_type = answer.headers.get("Content-Type", "")
            looks_html = "html" in content_type or answer.body.lstrip()[:1] == b"<"
            kind = "an HTML page" if looks_html else "not JSON"
            raise BadResponse(f"HTTP {status} answer was {kind}", request_id=request_id) from None
        if 300 <= status < 400:
            raise BadResponse(f"unexpected redirect (HTTP {status})", request_id=request_id)
        return Reply(status, body, request_id)
