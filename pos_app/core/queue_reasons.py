"""Why a queued redemption needs attention, in words for whoever settles it later.

A queue item's reason is read at the queue screen or on the command line, by a supervisor,
often hours after the customer left. The cashier's live words ("ask the customer to read it
again") were for the till while the customer stood there; here the reason says what became of
this redemption (the service refused it when it was sent; nothing was redeemed) and how to settle
it. It names no command or button: the queue screen and ``pos-app queue list`` each say how to
cancel or send an item again in their own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.capillary import (
    AuthFailed,
    CapillaryError,
    ConfigurationError,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    Rejected,
)
from pos_app.core.capillary.codes import (
    FRAUD_CODES,
    NO_SUCH_CUSTOMER_CODES,
    NOT_A_MULTIPLE,
    NOT_ENROLLED_CODES,
    NOT_WHOLE_POINTS_CODES,
    OVER_MAXIMUM,
    UNDER_MINIMUM,
    WRONG_OTP,
)
from pos_app.core.failure_words import sentence
from pos_app.core.i18n import N_, _
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.org_rules import OrgRules, describe_rule
from pos_app.core.outbox_rows import UNKNOWN, OutboxItem

# How a refused redemption is settled.
REDO = "redo"  # the customer may redeem again (another code, other points)
PAY = "pay"  # they cannot redeem now: the bill is paid without these points
FIX = "fix"  # the till's or the program's set-up refused it: fixed, it may be sent again


@dataclass(frozen=True)
class _Refused:
    what: str  # a clause: "the customer's code was wrong or had expired"
    settle: str
    care: bool = False  # the customer must contact customer care


_WRONG_CODE = _Refused(N_("the customer's code was wrong or had expired"), REDO)
_NOT_ENOUGH = _Refused(N_("the customer did not have enough points for it"), REDO)
_NOT_EARNED = _Refused(N_("the customer had not yet earned enough points to redeem at all"), PAY)
_BLOCKED = _Refused(N_("the customer's account is blocked for redemption"), PAY, care=True)
_NOT_FOUND = _Refused(N_("no loyalty customer has this mobile number or card"), PAY)
_NOT_ENROLLED = _Refused(N_("the customer is not in the loyalty program"), PAY)
_NOT_A_MULTIPLE = _Refused(N_("{points} points are not in the steps the program allows"), REDO)
_OVER = _Refused(N_("{points} points are more than one redemption allows"), REDO)
_UNDER = _Refused(N_("{points} points are fewer than the smallest redemption allowed"), REDO)
_NOT_POINTS = _Refused(N_("{points} is not a number of points the program takes"), REDO)

_BY_CODE: dict[int, _Refused] = {
    WRONG_OTP: _WRONG_CODE,
    803: _NOT_ENOUGH,
    804: _NOT_ENOUGH,
    813: _NOT_ENOUGH,
    818: _NOT_ENOUGH,
    805: _NOT_EARNED,
    806: _NOT_EARNED,
    686: _NOT_ENROLLED,
    NOT_A_MULTIPLE: _NOT_A_MULTIPLE,
    OVER_MAXIMUM: _OVER,
    UNDER_MINIMUM: _UNDER,
    822: _Refused(N_("no missed call had come from the customer's mobile"), REDO),
    823: _Refused(N_("missed-call confirmation is switched off for this program"), REDO),
    824: _Refused(N_("this program needs the customer's mobile confirmed with a code"), REDO),
    1632: _Refused(N_("the family group was not found"), REDO),
    **{code: _BLOCKED for code in FRAUD_CODES},
    **{code: _NOT_FOUND for code in NO_SUCH_CUSTOMER_CODES},
    **{code: _NOT_ENROLLED for code in NOT_ENROLLED_CODES},
    **{code: _NOT_POINTS for code in NOT_WHOLE_POINTS_CODES},
}
# The rule an org-rule refusal broke, named with its figure when the till has learned it.
_RULE_OF = {NOT_A_MULTIPLE: "multiple", OVER_MAXIMUM: "maximum", UNDER_MINIMUM: "minimum"}


def refused_reason(item: OutboxItem, refused: Rejected, rules: OrgRules | None = None) -> str:
    """The reason of an item the service refused when it was sent (``rules``: the program's, as learned)."""
    known = _BY_CODE.get(refused.code) if isinstance(refused.code, int) else None
    if known is None:  # the till's or the program's set-up, or a code the till has no words of its own for
        said = _(
            "The loyalty service refused this redemption when it was sent (code {code}); nothing was redeemed. "
            "{message}"
        ).format(code=refused.code, message=refused.cashier_message)
        return f"{said} {settle_words(item, FIX)}"
    what = _(known.what).format(points=_points(item.points))
    rule = _RULE_OF.get(refused.code) if isinstance(refused.code, int) else None
    figure = _rule_figure(rule, rules) if rule else None
    if rule and figure is not None:
        what = _("{what} ({rule})").format(what=what, rule=describe_rule(rule, figure))
    said = _("The loyalty service refused this redemption when it was sent: {what}. Nothing was redeemed.").format(
        what=what
    )
    return f"{said} {settle_words(item, known.settle, care=known.care)}"


def not_applied_reason(item: OutboxItem, what_happened: str, settle: str = REDO, before_settling: str = "") -> str:
    """The reason of an item that ended without being redeemed for another cause (an approval
    rejected, a row too old to send): ``what_happened`` is a sentence of its own, and
    ``before_settling`` one to read before settling it."""
    parts = [sentence(what_happened), _("Nothing was redeemed."), before_settling, settle_words(item, settle)]
    return " ".join(part for part in parts if part)


def settle_words(item: OutboxItem, settle: str, care: bool = False) -> str:
    """How to settle the item: with the customer who left with a PENDING slip (an offline
    redemption), or, for one that was being redeemed at the till, with them if it is still due."""
    if not settle:  # the reason already says how
        return ""
    if settle == FIX:
        again = _(
            "Once the cause is dealt with, send it again (it keeps its reference, so it cannot be applied twice); "
            "if it is no longer due, cancel it."
        )
        return f"{_pending_slip(item)} {again}" if item.offline else again
    if not item.offline:
        if settle == PAY:
            if care:
                return _(
                    "The customer must contact customer care about their account; redeeming again "
                    "will be refused until then. Cancel this one."
                )
            return _("Redeeming again will be refused as well. Cancel this one.")
        return _(
            "If the customer's redemption is still due (it was not redone since), redo it with them; "
            "then cancel this one."
        )
    slip = _pending_slip(item)
    if settle == PAY:
        if care:
            ask = _(
                "Ask them at their next visit (or call them) to pay the bill's difference and to contact "
                "customer care about their account; then cancel this one with what was agreed."
            )
        else:
            ask = _(
                "Ask them at their next visit (or call them) to pay the bill's difference; "
                "then cancel this one with what was agreed."
            )
    else:
        ask = _(
            "At their next visit (or by phone), redo the redemption with them within the program's rules, "
            "or ask them to pay the bill's difference; then cancel this one with what was agreed."
        )
    return f"{slip} {ask}"


def _pending_slip(item: OutboxItem) -> str:
    return _(
        "The customer ({kind} {who}) left with a PENDING slip for {points} points on bill {bill} ({reference})."
    ).format(
        kind=_customer_kind(item),
        who=mask_mobile(item.customer_value) if item.customer_kind == "mobile" else mask_card(item.customer_value),
        points=_points(item.points),
        bill=item.bill,
        reference=item.reference,
    )


def _customer_kind(item: OutboxItem) -> str:
    if item.customer_kind == "mobile":
        return _("mobile")
    if item.customer_kind in ("card", "card_number"):
        return _("card")
    return item.customer_kind


def _rule_figure(rule: str, rules: OrgRules | None) -> Decimal | None:
    if rules is None:
        return None
    return {"multiple": rules.step, "maximum": rules.cap, "minimum": rules.floor}[rule]()


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}"


def waiting_reason(error: CapillaryError, state: str) -> str:
    """The reason of an item still waiting after an attempt: why it is not sent yet, and that the
    till sends it again by itself (nobody needs to act unless the reason says who must)."""
    if state == UNKNOWN or isinstance(error, OutcomeUnknown):
        return _(
            "No clear answer when it was sent: it may have gone through. The till asks the loyalty service "
            "before sending it again (with the same reference, so it is never applied twice); do not redo it "
            "with the customer meanwhile."
        )
    if isinstance(error, RateLimited):
        return _("Not sent yet: the loyalty service was busy. The till sends it again by itself in a moment.")
    if isinstance(error, NotSent):
        return _("Not sent yet: the loyalty service could not be reached. The till sends it again by itself.")
    if isinstance(error, AuthFailed | ConfigurationError):
        return _("Not sent yet: {problem} It is sent by itself once that is done.").format(
            problem=sentence(error.cashier_message)
        )
    if isinstance(error, Rejected):  # a temporary refusal: nothing was applied
        return _(
            "Not redeemed yet: the loyalty service could not do it just then (code {code}). "
            "The till sends it again by itself."
        ).format(code=error.code)
    return _("Not sent yet: {problem} The till sends it again by itself.").format(
        problem=sentence(error.cashier_message)
    )
