"""What can go wrong talking to Capillary, sorted by what the caller can do about it.

- ``Rejected``: the service answered and said no (an item code). Nothing was applied.
- ``AuthFailed``: the credentials were refused. Nothing was applied.
- ``RateLimited``: too many calls; wait ``retry_after`` seconds. Nothing was applied.
- ``NotSent``: no byte of the request left the till (name lookup, refused, connect
  timeout, the TLS handshake, the proxy's tunnel refused). Safe to send again.
- ``OutcomeUnknown``: the request may have reached the service and been applied
  (read timeout, connection cut, a 5xx including 503, an answer that cannot be read).
  A redemption in this state must be reconciled, never re-sent under a new reference.
"""

from __future__ import annotations

from typing import Any

from pos_app.core.capillary.codes import DUPLICATE_REFERENCE, CodeInfo, describe, in_words
from pos_app.core.capillary.parse import as_code
from pos_app.core.i18n import N_, _


class CapillaryError(Exception):
    """Base for every failure of a call; ``cashier_message`` is what to show."""

    cashier_message = N_("The loyalty service could not be reached. Try again.")

    def __init__(self, detail: str = "", *, request_id: str = "") -> None:
        if "cashier_message" not in self.__dict__:  # the class's words, in the till's language
            self.cashier_message = _(type(self).cashier_message)
        super().__init__(detail or self.cashier_message)
        self.detail = detail
        self.request_id = request_id


class Rejected(CapillaryError):
    def __init__(self, code: Any, message: str = "", *, request_id: str = "", info: CodeInfo | None = None) -> None:
        self.code = as_code(code)
        self.service_message = message
        info = info or describe(code, message)
        self.cashier_message = in_words(info, code, message)
        self.transient = info.transient
        super().__init__(f"item code {code}: {message}", request_id=request_id)


class DuplicateReference(Rejected):
    """744: a redemption with this reference already exists, so the first attempt landed."""

    def __init__(self, message: str = "", *, request_id: str = "") -> None:
        super().__init__(DUPLICATE_REFERENCE, message, request_id=request_id)


class AuthFailed(CapillaryError):
    cashier_message = N_("The till's credentials were refused. A supervisor must enter them again in Settings.")


class RateLimited(CapillaryError):
    cashier_message = N_("The loyalty service is busy. Wait a moment and try again.")

    def __init__(self, retry_after: float, detail: str = "", *, request_id: str = "") -> None:
        self.retry_after = retry_after
        super().__init__(detail or f"rate limited; retry after {retry_after:g}s", request_id=request_id)


class NotSent(CapillaryError):
    cashier_message = N_("The loyalty service cannot be reached (network down?). Nothing was sent; try again.")


class NotTrusted(NotSent):
    """The host's TLS certificate was not trusted: nothing was sent to it."""

    cashier_message = N_(
        "The loyalty service's certificate is not trusted (check the till's date and time, or a store "
        "proxy). Nothing was sent. Ask a supervisor."
    )


# HTTP 503, which Capillary documents as "Authorization status is unavailable" (access control).
ACCESS_UNAVAILABLE = N_(
    "The loyalty service could not check this till's access just now (authorization status unavailable). "
    "The request may or may not have gone through; it is kept and asked again. Call support if it lasts."
)


class OutcomeUnknown(CapillaryError):
    cashier_message = N_("No clear answer from the loyalty service. The request may or may not have gone through.")


class BadResponse(OutcomeUnknown):
    """The service (or a proxy in front of it) answered with something that is not its JSON."""

    cashier_message = N_(
        "The loyalty service sent an answer the till cannot read. The request may or may not have gone through."
    )


class AnswerTooLarge(BadResponse):
    """The answer was bigger than the till reads; it was left unread."""


class ServerError(OutcomeUnknown):
    """HTTP 5xx: the service or a gateway failed while handling the request."""

    cashier_message = N_("The loyalty service had an internal error. The request may or may not have gone through.")

    def __init__(self, status: int, detail: str = "", *, request_id: str = "") -> None:
        self.status = status
        if status == 503:  # documented as access control, not an outage or a rate limit
            self.cashier_message = _(ACCESS_UNAVAILABLE)
        super().__init__(detail or f"HTTP {status}", request_id=request_id)


class ConfigurationError(CapillaryError):
    """The till is not set up well enough to make the call (host, credentials)."""

    cashier_message = N_("This till is not set up to reach the loyalty service. Ask a supervisor.")
