"""What a command that calls the loyalty service needs, in the order a till is set up.

A till is set up host (or cluster) first, then its credentials (README "Setting up a real till"),
so a command names the first thing missing first: with no host, a broken keyring is not the news.
"""

from __future__ import annotations

import logging

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import CapillaryError, ConfigurationError, NotSent
from pos_app.core.capillary.hosts import CLUSTERS
from pos_app.core.connection import api_base_url
from pos_app.core.credentials import KeyringProblem
from pos_app.core.failure_words import NOTHING_SENT, sentence, service_failure
from pos_app.core.i18n import _
from pos_app.core.validation import InvalidInput

log = logging.getLogger("pos_app.cli")

NO_SERVICE = (
    "No loyalty service is set for this till. Set it first with pos-app config set cluster NAME "
    "({clusters}), or pos-app config set host URL for a private cluster; then store the till's "
    "credentials with pos-app credentials set --till TILLCODE."
)


class ServiceNotSetUp(InvalidInput):
    """The host is missing or unusable: the message says which command sets it."""


def require_service(ctx: AppContext) -> None:
    """Raise ``ServiceNotSetUp`` unless a host or cluster is set and usable (no keyring is touched)."""
    settings = ctx.settings
    if not str(settings.get("cluster") or "").strip() and not str(settings.get("host") or "").strip():
        message = NO_SERVICE.format(clusters=", ".join(sorted(CLUSTERS)))
        try:
            ctx.secrets.describe()
        except KeyringProblem as problem:  # the next thing to fix, said after the first
            message += f" The credentials cannot be stored yet either: {sentence(problem)}"
        raise ServiceNotSetUp(message)
    try:
        api_base_url(settings)
    except ConfigurationError as error:
        raise ServiceNotSetUp(
            f"The loyalty service's setting cannot be used: {sentence(error)} Set it again with "
            "pos-app config set host URL (or pos-app config set cluster NAME)."
        ) from None


def service_url(ctx: AppContext) -> str:
    """The service's address for a message ("" when it cannot be worked out)."""
    try:
        return api_base_url(ctx.settings)
    except ConfigurationError:
        return ""


def in_words(error: CapillaryError, url: str) -> str:
    """One line for a failed call: what happened and what to do. The detail goes to the log."""
    log_detail(error)
    if isinstance(error, NotSent) and url:
        return f"{service_failure(url, error)} {_(NOTHING_SENT)}"
    if isinstance(error, ConfigurationError) and error.detail:
        return sentence(error.detail)  # it says what is missing and the command that sets it
    return error.cashier_message


def log_detail(error: CapillaryError) -> None:
    """The technical side of a failure (the call, the exception), for support, not the screen."""
    if error.detail:
        log.warning("%s: %s", type(error).__name__, error.detail)
