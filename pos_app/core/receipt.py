"""The receipt: one model, laid out as fixed-width text (thermal printers, previews)."""

from __future__ import annotations

import textwrap
import time
from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.masking import mask_card, mask_mobile

WIDTHS = (32, 42, 48)


@dataclass(frozen=True)
class Receipt:
    store: str
    till: str
    cashier: str
    when: float
    customer_name: str
    customer_kind: str
    customer_value: str
    bill: str
    reference: str
    redemption_id: str  # empty while the redemption waits in the queue
    points: Decimal
    value: Decimal | None
    local_value: Decimal | None
    ratio: Decimal | None
    balance_after: Decimal | None
    verified_by: str  # "OTP", "missed call", "none"
    program: str = ""
    header: str = ""
    footer: str = ""

    @property
    def pending(self) -> bool:
        return not self.redemption_id

    @property
    def customer_shown(self) -> str:
        if self.customer_kind == "mobile":
            return mask_mobile(self.customer_value)
        return mask_card(self.customer_value)


def _number(value: Decimal | None) -> str:
    return "-" if value is None else format(value.normalize(), "f")


def _pair(label: str, value: str, width: int) -> list[str]:
    """``label ....... value``, wrapping the value under the label when it does not fit."""
    space = width - len(label) - 1
    if len(value) <= space:
        return [label + " " * (width - len(label) - len(value)) + value]
    return [label] + [" " + part for part in textwrap.wrap(value, width - 1, break_long_words=True)]


def render_text(receipt: Receipt, width: int = 42) -> str:
    if width < 24:
        raise ValueError("a receipt needs at least 24 columns")
    rule = "-" * width
    lines: list[str] = []
    for block in (receipt.header, receipt.store):
        for part in block.splitlines():
            lines += [line.center(width).rstrip() for line in textwrap.wrap(part, width) or [""]]
    title = "POINTS REDEMPTION - PENDING" if receipt.pending else "POINTS REDEMPTION"
    lines += [rule, *(t.center(width).rstrip() for t in textwrap.wrap(title, width)), rule]
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(receipt.when))
    pairs = [
        ("Date", stamp),
        ("Till", receipt.till),
        ("Cashier", receipt.cashier or "-"),
        ("Customer", receipt.customer_name or "-"),
        ("Mobile/card", receipt.customer_shown),
        ("Bill", receipt.bill),
    ]
    if receipt.program:
        pairs.append(("Program", receipt.program))
    if receipt.pending:
        pairs.append(("Reference", receipt.reference))
    else:
        pairs.append(("Redemption id", receipt.redemption_id))
    pairs += [
        ("Points redeemed", _number(receipt.points)),
        ("Value", _number(receipt.value)),
        ("Local value", _number(receipt.local_value)),
    ]
    if receipt.ratio is not None:
        pairs.append(("Ratio", f"1 pt = {_number(receipt.ratio)}"))
    pairs += [("Balance after", _number(receipt.balance_after)), ("Verified by", receipt.verified_by)]
    for label, value in pairs:
        lines += _pair(label, value, width)
    lines.append(rule)
    if receipt.pending:
        note = (
            "Saved on this till and sent when the network allows. Keep this receipt: "
            "the reference above identifies the redemption."
        )
        lines += textwrap.wrap(note, width)
    for part in receipt.footer.splitlines():
        lines += [line.center(width).rstrip() for line in textwrap.wrap(part, width) or [""]]
    return "\n".join(lines) + "\n"
