"""The calls to the service on one ``requests.Session``, and the sorting of every failure.

Kept-alive connections, explicit (connect, read) timeouts, TLS always checked (certifi or the
configured CA bundle), proxies as requests reads them from the environment (``HTTPS_PROXY``,
``NO_PROXY`` with host names or CIDR ranges, the system's settings), a User-Agent naming the
app, no redirects followed, nothing ever resent, a capped read of the body, and a log line
per call with its request id. The query string and the headers are never logged: they carry
mobile numbers, codes and credentials.

A failure is ``NotSent`` only when the connection says the request's first byte never left
(``connections.phase``); from then on, whatever goes wrong, the outcome is unknown.
"""

from __future__ import annotations

import email.utils
import functools
import json
import logging
import math
import re
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
import requests.utils
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from pos_app import APP_NAME, __version__
from pos_app.core.capillary import connections
from pos_app.core.capillary.auth import Auth
from pos_app.core.capillary.errors import (
    AnswerTooLarge,
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
from pos_app.core.key_share import KeyShare

log = logging.getLogger("pos_app.api")

REQUEST_ID_HEADER = "X-Cap-Requestid"
MAX_BODY_BYTES = 2 * 1024 * 1024
READ_CHUNK = 64 * 1024
DEFAULT_RETRY_AFTER_S = 30.0
MAX_RETRY_AFTER_S = 3600.0
_LENGTH = re.compile(r"[0-9]+(?:[ \t]*,[ \t]*[0-9]+)*")
_QUERY = re.compile(r"\?[^\s)'\"]*")


@dataclass(frozen=True)
class Timeouts:
    connect: float = 3.05
    read: float = 15.0


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    request_id: str


@dataclass(frozen=True)
class Answer:
    """An HTTP answer read whole: status, headers (any case), body (decoded if compressed)."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def retry_after(value: str | None, now: float | None = None) -> float:
    """Seconds to wait from a Retry-After header: seconds, or an HTTP date; 30 if unreadable."""
    text = (value or "").strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return DEFAULT_RETRY_AFTER_S
        if when.tzinfo is None:  # an HTTP date is always GMT
            return DEFAULT_RETRY_AFTER_S
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return DEFAULT_RETRY_AFTER_S
    return min(MAX_RETRY_AFTER_S, max(0.0, seconds))


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


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


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
        # TLS is always checked; a private cluster may bring its own CA bundle. Missing: set-up error.
        self.verify = connections.ca_bundle_path(ca_bundle)
        self.session = requests.Session()
        self.session.trust_env = False  # proxies are read below once per host; never ~/.netrc credentials
        self.session.mount("https://", connections.MarkingAdapter())
        self.session.mount("http://", connections.MarkingAdapter())
        self._fixed_headers = {
            "User-Agent": f"{APP_NAME}/{__version__}",
            "Accept": "application/json",
            "Accept-Encoding": requests.utils.DEFAULT_ACCEPT_ENCODING,
        }
        self._proxies: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()
        # The key's calls shared with the replay: a call not on a replay thread is the customer's.
        self.key_share: KeyShare | None = None

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
        refusal means nothing was applied. A call for the customer at the till holds the replay
        back until it is answered; a 429 it meets pauses the replay too (the key is spent).
        """
        share = self.key_share
        if share is None or share.is_replay_thread():
            return self._renewing(method, path, params, json_body, headers, base_url, authenticate)
        with share.live_call():
            try:
                return self._renewing(method, path, params, json_body, headers, base_url, authenticate)
            except RateLimited as slow:
                share.limited(slow.retry_after)
                raise

    def _renewing(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        base_url: str | None,
        authenticate: bool,
    ) -> Reply:
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
        body = None
        if json_body is not None:
            all_headers["Content-Type"] = "application/json"
            body = json.dumps(json_body).encode("utf-8")
        url = (base_url or self.base_url).rstrip("/") + path + _query(params)
        started = time.perf_counter()
        outcome = "error"
        request_id = ""
        try:
            answer = self.exchange(method, url, all_headers, body, where=f"{method} {path}")
            request_id = answer.headers.get(REQUEST_ID_HEADER, "")
            reply = self._read(answer, path, request_id)
            outcome = str(reply.status)
            return reply
        except CapillaryError as error:
            outcome = _outcome_word(error)
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

    def exchange(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        max_body: int = MAX_BODY_BYTES,
        *,
        where: str = "",
    ) -> Answer:
        """One request and its whole answer, or a ``CapillaryError`` saying whether it may have landed.

        No exception of another type leaves: what cannot be sorted is an unknown outcome.
        """
        where = where or f"{method} {urlsplit(url).path}"
        connections.start_call()
        try:  # nothing is connected while the request is written down
            prepared = requests.PreparedRequest()
            prepared.prepare(method=method, url=url, headers={**self._fixed_headers, **headers}, data=body)
            adapter = self.session.get_adapter(url)
            proxies = self._proxies_for(url)
        except Exception as error:  # a header with a line break, a URL that is not http(s)
            raise ConfigurationError(f"{where}: cannot be sent: {_said(error)}") from error
        try:
            # The session's adapter, called directly: Session.send would read a redirect's whole
            # body (past the cap) to look for where it points, and merge cookies the till never uses.
            response = adapter.send(
                prepared,
                stream=True,
                timeout=(self.timeouts.connect, self.timeouts.read),
                verify=self.verify,
                proxies=proxies,
            )
            try:
                return Answer(response.status_code, response.headers, _body(response, max_body, where))
            finally:
                response.close()  # an answer not read to its end takes its connection with it
        except CapillaryError as error:
            if connections.phase() == connections.SENT and not isinstance(error, OutcomeUnknown):
                raise OutcomeUnknown(f"{where}: {error}") from error
            raise
        except Exception as error:
            if connections.phase() is None:
                connections.ca_bundle_path(self.verify)  # a CA file removed since: the set-up error says so
            raise _sorted(error, where, self.timeouts) from error

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The proxy for this URL's scheme, as requests resolves it, read once per host."""
        origin = _origin(url)
        with self._lock:
            found = self._proxies.get(origin)
        if found is None:
            found = requests.utils.get_environ_proxies(url)
            with self._lock:
                self._proxies[origin] = found
        return found

    @staticmethod
    def _read(answer: Answer, path: str, request_id: str) -> Reply:
        status = answer.status
        if status == 401:
            raise AuthFailed(f"HTTP 401 from {path}", request_id=request_id)
        if status == 429:
            raise RateLimited(retry_after(answer.headers.get("Retry-After")), request_id=request_id)
        if status >= 500:  # 503 too: Capillary's access-control failure, after the request arrived
            raise ServerError(status, f"HTTP {status}", request_id=request_id)
        if 300 <= status < 400:
            raise BadResponse(f"unexpected redirect (HTTP {status})", request_id=request_id)
        try:
            body = json.loads(answer.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            content_type = answer.headers.get("Content-Type", "")
            looks_html = "html" in content_type or answer.body.lstrip()[:1] == b"<"
            kind = "an HTML page" if looks_html else "not JSON"
            raise BadResponse(f"HTTP {status} answer was {kind}", request_id=request_id) from None
        return Reply(status, body, request_id)


def _body(response: requests.Response, max_body: int, where: str) -> bytes:
    """The body, decoded if compressed, at most ``max_body`` bytes; a framing that lies is refused."""
    length = response.headers.get("Content-Length")
    if length is not None:
        if not _LENGTH.fullmatch(length.strip()) or len({part.strip() for part in length.split(",")}) != 1:
            raise BadResponse(f"{where}: answer with a bad Content-Length {length[:40]!r}")
        if int(length.split(",")[0]) > max_body:
            raise AnswerTooLarge(f"{where}: answer of {int(length.split(',')[0])} bytes, larger than {max_body}")
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_content(READ_CHUNK):
        total += len(chunk)
        if total > max_body:
            raise AnswerTooLarge(f"{where}: answer larger than {max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _sorted(error: Exception, where: str, timeouts: Timeouts) -> CapillaryError:
    """What a failure from requests (or anything under it) means for the request.

    The connection's mark decides. Without one (no connection was touched, or requests' adapter
    was replaced), only a failure that carries its own proof of happening while connecting is
    "not sent", and requests' own refusals of a URL or header are set-up errors; anything else
    is unknown.
    """
    reached = connections.phase()
    if reached == connections.SENT:
        if isinstance(error, requests.Timeout):
            return OutcomeUnknown(f"{where}: no answer within {timeouts.read:g}s")
        return OutcomeUnknown(f"{where}: {type(error).__name__}: {_said(error)}")
    if reached == connections.CONNECTING or (reached is None and _while_connecting(error)):
        if isinstance(error, requests.exceptions.SSLError) or _wraps(error, (ssl.SSLError,)):
            return NotTrusted(f"{where}: TLS with the host or its proxy failed, nothing sent: {_said(error)}")
        if isinstance(error, requests.exceptions.ProxyError):
            return NotSent(f"{where}: the proxy refused the connection, nothing sent: {_said(error)}")
        if isinstance(error, requests.Timeout):  # a TLS handshake that stalls arrives as a read timeout
            return NotSent(f"{where}: no connection within {timeouts.connect:g}s, nothing sent")
        return NotSent(f"{where}: cannot connect, nothing sent: {type(error).__name__}")
    if reached is None and isinstance(error, _REFUSED_LOCALLY):
        return ConfigurationError(f"{where}: cannot be sent: {_said(error)}")
    return OutcomeUnknown(f"{where}: {type(error).__name__}: {_said(error)}")  # no proof that nothing left


# requests' refusals before it touches a connection: a URL, a header or a proxy setting.
_REFUSED_LOCALLY = (
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidHeader,
)
_CONNECT_FAILURES = (NewConnectionError, ConnectTimeoutError, ssl.SSLCertVerificationError)


def _while_connecting(error: BaseException) -> bool:
    """Whether the error, or one it wraps, says it happened while connecting."""
    if isinstance(error, requests.ConnectTimeout | requests.exceptions.ProxyError):
        return True
    return _wraps(error, _CONNECT_FAILURES)


def _wraps(error: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    """Whether the error is, or carries inside it (arguments, reason, cause), one of ``kinds``."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kinds):
            return True
        wrapped = [*current.args, getattr(current, "reason", None), current.__cause__, current.__context__]
        pending += [inner for inner in wrapped if isinstance(inner, BaseException)]
    return False


def _said(error: BaseException) -> str:
    """What an error says, without the query strings its URLs carry (mobile numbers, codes)."""
    return _QUERY.sub("?...", str(error))


def _outcome_word(error: CapillaryError) -> str:
    """The log line's word for a failure."""
    if isinstance(error, NotTrusted):
        return "not-trusted"
    if isinstance(error, NotSent):
        return "not-sent"
    if isinstance(error, ConfigurationError):
        return "refused-locally"
    if isinstance(error, AnswerTooLarge):
        return "too-large"
    if isinstance(error, RateLimited | AuthFailed | ServerError | BadResponse):
        return type(error).__name__
    if isinstance(error, OutcomeUnknown):
        return "timeout" if isinstance(error.__cause__, requests.Timeout) else "no-answer"
    return type(error).__name__
