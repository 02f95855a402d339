"""Failures said in plain words for a store manager: what happened and what to do.

The technical detail (the call, the exception) goes to the log; a person reads why the service
could not be reached ("connection refused"), never a class name. Messages that embed another
one (a keyring's, a library's) join it through ``clause`` so no sentence ends in two full stops.
"""

from __future__ import annotations

import errno
import re
import socket

from pos_app.core.capillary.errors import CapillaryError, NotSent, NotTrusted, OutcomeUnknown, ServerError
from pos_app.core.i18n import N_, _

_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # two full stops, not an ellipsis

UNREACHABLE = N_("The loyalty service at {url} cannot be reached ({why}). Check the network and the host setting.")
NOT_TRUSTED = N_(
    "The loyalty service at {url} cannot be trusted: its certificate was not accepted. Check the till's date "
    "and time, the store proxy and the ca_bundle setting."
)
NO_CLEAR_ANSWER = N_(
    "The loyalty service at {url} did not answer properly ({why}). Try again; call support if it lasts."
)
NOTHING_SENT = N_("Nothing was sent.")

REFUSED = N_("connection refused")
NAME_UNKNOWN = N_("its name cannot be found")
NO_ROUTE = N_("no route to it")
CONNECT_TIMEOUT = N_("no answer to the connection within {seconds} s")
PROXY_REFUSED = N_("the store proxy refused the connection")
NO_CONNECTION = N_("no connection")
READ_TIMEOUT = N_("no answer in time")
SERVER_FAILED = N_("it failed with HTTP {status}")
CUT = N_("the connection was cut or the answer could not be read")


def clause(text: object) -> str:
    """Another message as part of a sentence: doubled full stops made one, the last one dropped."""
    words = _DOUBLED_STOP.sub(".", str(text).strip())
    return words[:-1] if words.endswith(".") and not words.endswith("...") else words


def sentence(text: object) -> str:
    """Another message as a sentence of its own: one full stop at the end."""
    words = clause(text)
    return words if words.endswith(("?", "!", "...", ".")) or not words else words + "."


def why_not_reached(error: CapillaryError) -> str:
    """Why a call did not reach the service, in a few plain words (from what the failure wraps)."""
    if isinstance(error, NotTrusted):
        return _("its certificate was not accepted")
    if isinstance(error, NotSent):
        return _not_sent_reason(error)
    if isinstance(error, ServerError):
        return _(SERVER_FAILED).format(status=error.status)
    if isinstance(error, OutcomeUnknown):
        return _(READ_TIMEOUT) if "no answer within" in error.detail else _(CUT)
    return _(NO_CONNECTION)


def _not_sent_reason(error: NotSent) -> str:
    causes = list(_causes(error))
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return _(REFUSED)
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        return _(NAME_UNKNOWN)
    if any(isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH) for cause in causes):
        return _(NO_ROUTE)
    if "proxy refused" in error.detail:
        return _(PROXY_REFUSED)
    within = re.search(r"no connection within ([0-9.]+)s", error.detail)
    if within:
        return _(CONNECT_TIMEOUT).format(seconds=within.group(1))
    return _(NO_CONNECTION)


def _causes(error: BaseException) -> list[BaseException]:
    """The error and every error it carries (cause, context, arguments, urllib3's reason)."""
    seen: dict[int, BaseException] = {}
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen[id(current)] = current
        inner = [*current.args, getattr(current, "reason", None), current.__cause__, current.__context__]
        pending += [item for item in inner if isinstance(item, BaseException)]
    return list(seen.values())


def service_failure(url: str, error: CapillaryError) -> str:
    """One sentence for a call to ``url`` that got no answer: what happened, and what to check."""
    if isinstance(error, NotTrusted):
        return _(NOT_TRUSTED).format(url=url)
    if isinstance(error, NotSent):
        return _(UNREACHABLE).format(url=url, why=why_not_reached(error))
    return _(NO_CLEAR_ANSWER).format(url=url, why=why_not_reached(error))
