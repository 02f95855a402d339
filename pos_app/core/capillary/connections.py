"""requests' adapter with connections that tell how far a call got before it failed.

The one question that matters for a redemption is whether any byte of the request could
have reached the service. Exception types cannot answer it: urllib3 reports a TLS handshake
that timed out as a read timeout, and a connection refused and a connection cut after the
request both arrive as ``requests.ConnectionError``. So the connections mark, per thread,
where the call is: ``CONNECTING`` while the socket, a proxy's tunnel and TLS are set up (the
proxy's CONNECT is written then too, and is not the request), ``SENT`` as soon as the first
byte of the request is handed to the socket. ``phase()`` is read after a failure.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from pos_app.core.capillary.errors import ConfigurationError

CONNECTING, SENT = "connecting", "sent"

_where = threading.local()


def start_call() -> None:
    """A new call on this thread: nothing connected or sent yet."""
    _where.phase = None


def phase() -> str | None:
    """How far this thread's call got: None (no connection touched), CONNECTING or SENT."""
    return getattr(_where, "phase", None)


class _MarksTheRequest:
    """Mixed into urllib3's connections: ``connect`` is connect-phase, any other write is the request."""

    _connecting = False
    sock: Any

    def connect(self) -> None:
        _where.phase = CONNECTING
        self._connecting = True
        try:
            super().connect()  # type: ignore[misc]
        finally:
            self._connecting = False

    def send(self, data: Any) -> None:
        if self.sock is None:  # http.client would connect inside send(); do it first, as connect-phase
            self.connect()
        if not self._connecting:  # a proxy's CONNECT is written from inside connect()
            _where.phase = SENT
        super().send(data)  # type: ignore[misc]


class MarkedHTTPConnection(_MarksTheRequest, HTTPConnection):
    pass


class MarkedHTTPSConnection(_MarksTheRequest, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = MarkedHTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = MarkedHTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}

# Never resend: a request that may have reached the service is reconciled, not repeated.
NO_RETRIES = Retry(total=0, read=False, redirect=False, status=False)


class MarkingAdapter(HTTPAdapter):
    """requests' HTTPAdapter on the marking connections, directly and through proxies; no retries."""

    def __init__(self) -> None:
        super().__init__(max_retries=NO_RETRIES)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if not proxy.lower().startswith(("http://", "https://")):
            # A SOCKS proxy's connections could not say whether the request left.
            raise ConfigurationError(f"only http:// and https:// proxies are supported, not {proxy.split(':')[0]}")
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def ca_bundle_path(configured: str | None) -> str:
    """The CA file (or folder) that HTTPS answers are checked against; raises if it is missing.

    The till's own setting first, then the variables other HTTP tools honour, then certifi's
    public CAs. Checked before anything is sent: a missing file is a set-up error.
    """
    chosen, source = configured, "the ca_bundle setting"
    if not chosen:
        for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            if os.environ.get(variable):
                chosen, source = os.environ[variable], variable
                break
    if not chosen:
        import certifi

        chosen, source = certifi.where(), "certifi"
    if not os.path.exists(chosen):
        raise ConfigurationError(
            f"The CA bundle {chosen} named by {source} does not exist; HTTPS answers cannot be checked. "
            "Fix it with: pos-app config set ca_bundle PATH (or clear it for the public CAs)."
        )
    return chosen
