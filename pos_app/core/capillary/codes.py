"""Capillary item codes, in words a cashier can act on.

Each code says what happened and what to do next, and whether trying the same thing
again later can work (``transient``) or a person must change something first.
"""

from __future__ import annotations

from dataclasses import dataclass

OK_CODES = frozenset({800, 200, 1000})
DUPLICATE_REFERENCE = 744
WRONG_OTP = 808


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
    822: CodeInfo("No missed call has been received from the customer's mobile yet. Ask them to call again."),
    823: CodeInfo("Missed-call validation is switched off for this program. Send the code by SMS instead."),
    824: CodeInfo("This program requires the customer's mobile to be validated with a code."),
    825: CodeInfo("The loyalty service requires a client signature for this till. Call support."),
    859: CodeInfo("The redemption time was refused. Check the till's clock."),
    860: _OTP_NOT_SENT,
    874: _OTP_NOT_SENT,
    875: _OTP_NOT_SENT,
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
    2007: CodeInfo("The approval request was refused as invalid. Call support."),
    2008: CodeInfo("The approval request was refused as invalid. Call support."),
    2013: CodeInfo("The approval request could not be found."),
    2020: CodeInfo("The approval request is not in a state that allows this."),
    2021: CodeInfo("The approval request is not in a state that allows this."),
}


def describe(code: int | None, fallback: str = "") -> CodeInfo:
    """What a cashier should read for ``code``; unknown codes keep the service's own text."""
    if code is not None and code in CODES:
        return CODES[code]
    detail = f" ({fallback})" if fallback else ""
    return CodeInfo(f"The loyalty service refused this{detail}. Code {code}. Call support if it repeats.")
