"""Capillary item codes, in words a cashier can act on.

Each code says what happened and what to do next, and whether trying the same thing
again later can work (``transient``) or a person must change something first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pos_app.core.capillary.parse import as_code
from pos_app.core.i18n import N_, _

OK_CODES = frozenset({800, 200, 1000})
DUPLICATE_REFERENCE = 744
WRONG_OTP = 808
# Redeemable, but the code asked for could not be sent (860 points, 874/875 the OTP service, 876).
OTP_NOT_SENT_CODES = frozenset({860, 874, 875, 876})
FRAUD_CODES = frozenset({618, 809, 820, 3045})
# The points asked for break an org rule: not a multiple of its step, over the per-redemption
# maximum, under the minimum (the rules the till learns from these answers: org_rules).
NOT_A_MULTIPLE, OVER_MAXIMUM, UNDER_MINIMUM = 807, 819, 821
NOT_ENOUGH_POINTS = 803
NOT_WHOLE_POINTS_CODES = frozenset({801, 878})  # not a number of points the org takes
# No loyalty account for the number or card given; a number not in the program.
NO_SUCH_CUSTOMER_CODES = frozenset({816, 1011, 1012, 802})
NOT_ENROLLED_CODES = frozenset({881, 1013, 1020})
MISSED_CALL_NOT_ARRIVED = 822
# About the points asked for (shown next to the points field).
POINTS_RULE_CODES = frozenset({801, 803, 804, 805, 806, 807, 813, 818, 819, 821, 878})
# ``fraud_details.status``: MARKED, CONFIRMED, RECONFIRMED, NOT_FRAUD, INTERNAL (and NONE). Only
# these let a customer redeem at the till; anything else (a status added later too) does not.
REDEEMABLE_FRAUD_STATUSES = frozenset({"", "NONE", "NOT_FRAUD"})
# Request-workflow (maker-checker) errors.
WORKFLOW_ALREADY_COMPLETED = 2002
WORKFLOW_BAD_ORG = frozenset({2005, 2026})
WORKFLOW_NO_SUCH_REQUEST = 2007
WORKFLOW_CREDENTIALS_REFUSED = 2013
# The till's own set-up for the approval service is wrong: a request made still waits for its checker.
WORKFLOW_SET_UP_CODES = frozenset({WORKFLOW_CREDENTIALS_REFUSED, *WORKFLOW_BAD_ORG})


def code_is(value: Any, *codes: int) -> bool:
    """Whether a code as the service wrote it (int, string, float, one-element list) is one of ``codes``."""
    return as_code(value) in codes


def fraud_blocks(status: str) -> bool:
    """A customer with this ``fraud_details.status`` may not redeem."""
    return status.strip().upper() not in REDEEMABLE_FRAUD_STATUSES


@dataclass(frozen=True)
class CodeInfo:
    message: str
    transient: bool = False


_TEMPORARY = CodeInfo("The loyalty service is temporarily unable to do this. Try again in a moment.", True)
_NOT_ENOUGH = CodeInfo("The customer does not have enough points for this redemption. Lower the points.")
_FRAUD = CodeInfo("This customer's account is blocked for redemption. Ask them to contact customer care.")
_NOT_FOUND = CodeInfo(
    "No loyalty customer found with this mobile number or card. Check the number or enrol the customer."
)
_NOT_ENROLLED = CodeInfo("This customer is not in the loyalty program, so points cannot be redeemed.")
_OTP_NOT_SENT = CodeInfo(
    "The points can be redeemed, but the code could not be sent. Resend the code or try a missed call.", True
)
_CODE_NOT_MADE = CodeInfo(
    "The loyalty service could not create or send the customer's code just now. Wait a moment and "
    "resend it (F7), or ask for a missed call instead.",
    True,
)
_BAD_CONFIGURATION = CodeInfo(
    "The loyalty program's set-up at the service is invalid, so nothing was redeemed. Call support "
    "(Capillary must fix the configuration); the customer keeps their points."
)
_WORKFLOW_BAD_ORG = CodeInfo(
    "The approval service refused the organisation id this till sends. A supervisor must correct "
    "workflow.org_id in Settings."
)

CODES: dict[int, CodeInfo] = {
    200: CodeInfo("Done."),
    800: CodeInfo("Done."),
    1000: CodeInfo("Customer found."),
    401: CodeInfo("The till's credentials were refused. A supervisor must enter them again in Settings."),
    801: CodeInfo("That number of points is not valid. Enter a positive number of points."),
    802: CodeInfo("The mobile number or card is not valid. Check it and try again."),
    803: _NOT_ENOUGH,
    813: _NOT_ENOUGH,
    818: _NOT_ENOUGH,
    805: CodeInfo("The customer has not yet earned enough points in total to redeem."),
    806: CodeInfo("The customer has not yet reached the lifetime points needed to redeem."),
    807: CodeInfo("Points must be redeemed in the steps the program allows (for example multiples of 10)."),
    808: CodeInfo("The code is wrong or has expired. Ask the customer to read it again, or resend it."),
    809: _FRAUD,
    820: _FRAUD,
    618: _FRAUD,
    3045: _FRAUD,
    804: CodeInfo(
        "The customer's current points are not enough (or the service could not process this). "
        "Check the balance and lower the points."
    ),
    686: CodeInfo(
        "This customer came from a campaign and has not joined the loyalty program, so points cannot be "
        "redeemed. Offer to enrol them first."
    ),
    826: _BAD_CONFIGURATION,
    827: CodeInfo(
        "Points redemption is not switched on for this organisation at the service. Call support; do not retry."
    ),
    888: _BAD_CONFIGURATION,
    899: _BAD_CONFIGURATION,
    815: _TEMPORARY,
    886: _TEMPORARY,
    887: _TEMPORARY,
    889: _TEMPORARY,
    894: _TEMPORARY,
    896: _TEMPORARY,
    898: _TEMPORARY,
    816: _NOT_FOUND,
    1011: _NOT_FOUND,
    1012: _NOT_FOUND,
    817: CodeInfo("The redemption failed at the loyalty service. Try again; if it fails again, call support.", True),
    819: CodeInfo("That is more points than one redemption allows. Lower the points."),
    821: CodeInfo("That is fewer points than the smallest redemption allowed. Raise the points."),
    822: CodeInfo(
        "No missed call has been received from the customer's mobile yet. "
        "Ask them to call the missed-call number, then confirm again."
    ),
    823: CodeInfo("Missed-call validation is switched off for this program. Send the code by SMS instead."),
    824: CodeInfo("This program requires the customer's mobile to be validated with a code."),
    825: CodeInfo("The loyalty service requires a client signature for this till. Call support."),
    859: CodeInfo("The redemption time was refused. Check the till's clock."),
    860: _CODE_NOT_MADE,
    874: _CODE_NOT_MADE,
    875: _CODE_NOT_MADE,
    876: _OTP_NOT_SENT,
    878: CodeInfo("Points can have at most three decimals."),
    881: _NOT_ENROLLED,
    1013: _NOT_ENROLLED,
    1020: _NOT_ENROLLED,
    895: CodeInfo("The loyalty program is not configured for redemption. Call support."),
    1101: CodeInfo("The program set on this till does not exist. A supervisor must fix it in Settings."),
    1632: CodeInfo("The family group was not found. Check the group or redeem the customer's own points."),
    828: CodeInfo("Points redemption is not set up for this group."),
    3316: CodeInfo("Group redemption is misconfigured at the loyalty service. Call support."),
    744: CodeInfo("This redemption was already applied; it will not be applied again."),
    521: CodeInfo("Another operation for this customer is still running. Try again in a moment.", True),
    902: CodeInfo("That redemption was not found, so it cannot be reversed."),
    905: CodeInfo("Reversing redemptions is switched off for this organisation."),
    3802: CodeInfo("That redemption has already been reversed."),
    2001: CodeInfo("The approval account lacks permission to make requests. Call support."),
    2002: CodeInfo("That approval request was already completed (approved or rejected); nothing more to do."),
    2005: _WORKFLOW_BAD_ORG,
    2026: _WORKFLOW_BAD_ORG,
    2007: CodeInfo(
        "The approval service does not know that request id or action. Check the request in the "
        "queue screen; call support if it repeats."
    ),
    2008: CodeInfo("The approval request was refused as invalid. Call support."),
    2013: CodeInfo(
        "The approval service refused the workflow token (expired or wrong). A supervisor must paste a "
        "new token: pos-app credentials set --workflow-token."
    ),
    2020: CodeInfo("The approval request is not in a state that allows this."),
    2021: CodeInfo("The approval request is not in a state that allows this."),
}


# The same number means something else on v2/points/reverse.
_REVERSAL_CODES: dict[int, CodeInfo] = {
    804: CodeInfo(
        "The loyalty service could not process the reversal just now. Try again later; call support if it repeats.",
        True,
    ),
}


def describe_reversal(code: Any, fallback: str = "") -> CodeInfo:
    """What a supervisor should read for a code answered by a reversal."""
    return _REVERSAL_CODES.get(as_code(code) or 0) or describe(code, fallback)


def describe(code: Any, fallback: str = "") -> CodeInfo:
    """What a cashier should read for ``code``; unknown codes keep the service's own text."""
    code = as_code(code)
    if code is not None and code in CODES:
        return CODES[code]
    return CodeInfo(UNKNOWN_CODE.format(detail=f" ({fallback})" if fallback else "", code=code))


UNKNOWN_CODE = N_("The loyalty service refused this{detail}. Code {code}. Call support if it repeats.")


def in_words(info: CodeInfo, code: Any, fallback: str = "") -> str:
    """``info.message`` in the till's language (the messages above are in core.pot)."""
    detail, code = f" ({fallback})" if fallback else "", as_code(code)
    if info.message == UNKNOWN_CODE.format(detail=detail, code=code):  # the service's own words kept
        return _(UNKNOWN_CODE).format(detail=detail, code=code)
    return _(info.message)
