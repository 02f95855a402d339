"""How a till proves who it is: Basic (till code + md5 of the password) or OAuth tokens."""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from pos_app.core.capillary.errors import AuthFailed, BadResponse
from pos_app.core.capillary.parse import as_dict, as_int, as_str

# The token is renewed this long before it says it expires, so a call never races the expiry.
OAUTH_RENEW_MARGIN_S = 15.0


class Auth(Protocol):
    """Produces the headers that authenticate one call; forgets them after a refusal."""

    renewable: bool

    def headers(self) -> dict[str, str]: ...

    def invalidate(self) -> None: ...


def md5_hex(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def basic_header(till_code: str, password: str) -> str:
    raw = f"{till_code}:{md5_hex(password)}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


class BasicAuth:
    renewable = False

    def __init__(self, till_code: str, password: str) -> None:
        self.till_code = till_code
        self._header = basic_header(till_code, password)

    def headers(self) -> dict[str, str]:
        return {"Authorization": self._header}

    def invalidate(self) -> None:
        """Basic credentials cannot be renewed; a refusal needs a person."""

    def __repr__(self) -> str:  # never show the credentials
        return f"BasicAuth(till_code={self.till_code!r})"


TokenFetcher = Callable[[str, str], Any]


class OAuthAuth:
    """Fetches a JWT with key and secret, caches it for its lifetime, renews it on expiry.

    ``fetch(key, secret)`` posts to ``/v3/oauth/token/generate`` and returns the JSON body;
    the client injects it so this class never touches the network itself.
    """

    renewable = True

    def __init__(self, key: str, secret: str, fetch: TokenFetcher, clock: Callable[[], float] = time.monotonic) -> None:
        self.key = key
        self._secret = secret
        self._fetch = fetch
        self._clock = clock
        self._token = ""
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def headers(self) -> dict[str, str]:
        with self._lock:
            if not self._token or self._clock() >= self._expires_at - OAUTH_RENEW_MARGIN_S:
                self._renew()
            return {"X-CAP-API-OAUTH-TOKEN": self._token}

    def invalidate(self) -> None:
        with self._lock:
            self._token = ""

    def _renew(self) -> None:
        body = as_dict(self._fetch(self.key, self._secret))
        data = as_dict(body.get("data"))
        token = as_str(data.get("accessToken"))
        if not token:
            errors = body.get("errors")
            if errors:
                raise AuthFailed(f"OAuth token refused: {errors}")
            raise BadResponse("OAuth token answer had no accessToken")
        ttl = as_int(data.get("ttlSeconds"), 300) or 300
        self._token = token
        self._expires_at = self._clock() + ttl

    def __repr__(self) -> str:
        return f"OAuthAuth(key={self.key!r})"
