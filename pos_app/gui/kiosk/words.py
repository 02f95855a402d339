"""What the kiosk tells a customer when something goes wrong: their words, not a cashier's."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pos_app.core.capillary import CapillaryError, Rejected
from pos_app.core.capillary.codes import (
    FRAUD_CODES,
    MISSED_CALL_NOT_ARRIVED,
    NO_SUCH_CUSTOMER_CODES,
    NOT_ENOUGH_POINTS,
    NOT_ENROLLED_CODES,
    NOT_WHOLE_POINTS_CODES,
    OVER_MAXIMUM,
    UNDER_MINIMUM,
    WRONG_OTP,
)
from pos_app.core.capillary.inputs import format_points
from pos_app.core.org_rules import RuleRefusal

NOT_AVAILABLE = QT_TRANSLATE_NOOP(
    "Kiosk", "Redeeming points is not available at this kiosk right now. Please ask at the till."
)

_BY_CODE = {
    NO_SUCH_CUSTOMER_CODES: QT_TRANSLATE_NOOP(
        "Kiosk", "We could not find a loyalty account for this number. Check it, or ask at the till to join."
    ),
    NOT_ENROLLED_CODES: QT_TRANSLATE_NOOP(
        "Kiosk", "This number is not in our loyalty program. Ask at the till to join."
    ),
    FRAUD_CODES: "Points cannot be redeemed on this account here. Please ask at the till.",
    frozenset({NOT_ENOUGH_POINTS}): QT_TRANSLATE_NOOP(
        "Kiosk", "You do not have enough points for that. Choose fewer points."
    ),
    frozenset({OVER_MAXIMUM}): QT_TRANSLATE_NOOP(
        "Kiosk", "That is more points than can be used in one go. Choose fewer points."
    ),
    frozenset({UNDER_MINIMUM}): QT_TRANSLATE_NOOP(
        "Kiosk", "That is fewer points than the smallest amount allowed. Choose more points."
    ),
    NOT_WHOLE_POINTS_CODES: QT_TRANSLATE_NOOP("Kiosk", "Choose a whole number of points."),
    frozenset({WRONG_OTP}): QT_TRANSLATE_NOOP("Kiosk", "That code is not right. Check the SMS and type it again."),
    frozenset({MISSED_CALL_NOT_ARRIVED}): QT_TRANSLATE_NOOP(
        "Kiosk", "Your missed call has not arrived yet. Call again, then touch Redeem."
    ),
}


def for_customer(error: Exception | None, fallback: str) -> str:
    """The customer's words for ``error``; ``fallback`` (the till's words) when none fit better."""
    if isinstance(error, Rejected):
        for codes, text in _BY_CODE.items():
            if error.code in codes:
                return QCoreApplication.translate("Kiosk", str(text))
        return fallback
    if isinstance(error, CapillaryError):  # no answer, refused credentials, rate limits: staff matters
        return not_available()
    return fallback


def not_available() -> str:
    return QCoreApplication.translate("Kiosk", str(NOT_AVAILABLE))


def rule_in_words(refusal: RuleRefusal, chosen: Decimal) -> str:
    """The org's rule the chosen points break, with its figure, and what to choose instead.
    (Each sentence whole in ``translate`` so that lupdate finds it.)"""
    figure = format_points(refusal.figure)
    if refusal.rule == "maximum":
        return QCoreApplication.translate(
            "Kiosk", "You can use at most {0} points at a time. Choose {0} or fewer."
        ).format(figure)
    if refusal.rule == "minimum":
        return QCoreApplication.translate(
            "Kiosk", "You need to use at least {0} points at a time. Choose {0} or more."
        ).format(figure)
    lower = (chosen / refusal.figure).to_integral_value(ROUND_DOWN) * refusal.figure if refusal.figure else chosen
    if lower <= 0 or lower == chosen:
        return QCoreApplication.translate(
            "Kiosk", "Points can be used in multiples of {0} only. Choose {0}, or a multiple of it."
        ).format(figure)
    return QCoreApplication.translate("Kiosk", "Points can be used in multiples of {0} only. Try {1}.").format(
        figure, format_points(lower)
    )
