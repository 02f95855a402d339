"""What the cashier reads when a call fails, by what the call was.

A lookup or a check changes nothing at the service, so their failures never speak of a
redemption that "may or may not have gone through": that is a redemption's own wording
(``core.redemption``). A refusal by the service keeps the service's reason.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from pos_app.core.capillary import (
    AuthFailed,
    BadResponse,
    CapillaryError,
    NotSent,
    NotTrusted,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
)


class Call(StrEnum):
    LOOKUP = "lookup"
    CHECK = "check"
    RESEND = "resend"
    REDEEM = "redeem"  # worded by the redemption itself (core.redemption)


def _what(call: Call) -> str:
    return {
        Call.LOOKUP: QCoreApplication.translate("failure_words", "The customer could not be looked up"),
        Call.CHECK: QCoreApplication.translate("failure_words", "The points could not be checked"),
        Call.RESEND: QCoreApplication.translate("failure_words", "The code could not be sent again"),
    }.get(call, "")


def again_words(call: Call) -> str:
    """The key that does the call again: a "try again" always names it."""
    return {
        Call.LOOKUP: QCoreApplication.translate("failure_words", "Press Enter to look the customer up again."),
        Call.CHECK: QCoreApplication.translate("failure_words", "Press F5 to check again."),
        Call.RESEND: QCoreApplication.translate("failure_words", "Press Resend code [F7] to send it again."),
        Call.REDEEM: QCoreApplication.translate("failure_words", "Press Redeem [F9] to send it again."),
    }[call]


def worth_again(error: BaseException) -> bool:
    """A failure the same call may get past a moment later (no answer, busy, a passing refusal)."""
    if isinstance(error, Rejected):
        return error.transient
    return isinstance(error, NotSent | OutcomeUnknown | RateLimited | ServerError | BadResponse)


def failure_words(error: CapillaryError, call: Call) -> str:
    """The cashier's words for a failed lookup, check or resend: what happened, what to do."""
    if call is Call.REDEEM or isinstance(error, Rejected | AuthFailed | RateLimited | NotTrusted):
        return error.cashier_message  # the service's reason (or the till's set-up) says it best
    what = _what(call)
    nothing = "" if call is Call.LOOKUP else QCoreApplication.translate("failure_words", "Nothing was redeemed.") + " "
    if isinstance(error, NotSent):
        why = QCoreApplication.translate("failure_words", "the loyalty service cannot be reached (network down?)")
        todo = QCoreApplication.translate("failure_words", "Check the network. {0}").format(again_words(call))
    elif isinstance(error, ServerError):
        why = QCoreApplication.translate(
            "failure_words", "the loyalty service answered with an error (HTTP {0})"
        ).format(error.status)
        todo = QCoreApplication.translate("failure_words", "Wait a moment. {0}").format(again_words(call))
    elif isinstance(error, BadResponse):
        why = QCoreApplication.translate("failure_words", "the loyalty service sent an answer the till cannot read")
        todo = QCoreApplication.translate("failure_words", "Wait a moment. {0}").format(again_words(call))
    elif isinstance(error, OutcomeUnknown):
        why = QCoreApplication.translate(
            "failure_words", "no clear answer from the loyalty service (the connection was cut or timed out)"
        )
        todo = again_words(call)
    else:
        return error.cashier_message
    if call is Call.CHECK:
        todo += " " + QCoreApplication.translate(
            "failure_words", "If the customer gets a code meanwhile, it is not needed: the next check sends a new one."
        )
    return QCoreApplication.translate("failure_words", "{0}: {1}. {2}{3}").format(what, why, nothing, todo)
