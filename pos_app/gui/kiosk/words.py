"""What the kiosk tells a customer when something goes wrong: their words, not a cashier's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_app.core.capillary import CapillaryError, Rejected
from pos_app.core.capillary.codes import WRONG_OTP

NOT_AVAILABLE = "Redeeming points is not available at this kiosk right now. Please ask at the till."

_BY_CODE = {
    frozenset({816, 1011, 1012, 802}): "We could not find a loyalty account for this number. "
    "Check it, or ask at the till to join.",
    frozenset({881, 1013, 1020}): "This number is not in our loyalty program. Ask at the till to join.",
    frozenset({618, 820}): "Points cannot be redeemed on this account here. Please ask at the till.",
    frozenset({803}): "You do not have enough points for that. Choose fewer points.",
    frozenset({819}): "That is more points than can be used in one go. Choose fewer points.",
    frozenset({821}): "That is fewer points than the smallest amount allowed. Choose more points.",
    frozenset({801, 878}): "Choose a whole number of points.",
    frozenset({WRONG_OTP}): "That code is not right. Check the SMS and type it again.",
    frozenset({822}): "Your missed call has not arrived yet. Call again, then touch Redeem.",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def for_customer(error: Exception | None, fallback: str) -> str:
    """The customer's words for ``error``; ``fallback`` (the till's words) when none fit better."""
    if isinstance(error, Rejected):
        for codes, text in _BY_CODE.items():
            if error.code in codes:
                return tr(text)
        return fallback
    if isinstance(error, CapillaryError):  # no answer, refused credentials, rate limits: staff matters
        return tr(NOT_AVAILABLE)
    return fallback
