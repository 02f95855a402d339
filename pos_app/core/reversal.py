"""Reversing a redemption (v2/points/reverse) and its VOID receipt.

From the journal: the receipt names the redemption and its outbox reference; the outbox row
(kept on this till, unmasked) names the customer the service needs. A receipt already voided,
a void receipt, or a redemption still waiting in the queue cannot be reversed here.
"""

from __future__ import annotations

import time
from decimal import Decimal

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Identifier
from pos_app.core.capillary.models import Reversal
from pos_app.core.i18n import _
from pos_app.core.receipt import APPLIED_ID_UNKNOWN, Receipt, redemption_shown


class NotReversible(Exception):
    """``str()`` says why, in a supervisor's words."""


def void_receipt(
    ctx: AppContext, done: Reversal, who: Identifier, reason: str, cashier: str, original: Receipt | None = None
) -> Receipt:
    """The slip of a reversal: the customer and program of ``original`` (the redemption's own
    receipt, when the void starts from the journal), and no thanks in the footer."""
    settings = ctx.settings
    return Receipt(
        store=str(settings.get("store_name") or ""),
        till=str(settings.get("till")),
        cashier=cashier,
        when=time.time(),
        customer_name=original.customer_name if original else "",
        customer_kind=who.kind,
        customer_value=who.value,
        bill=original.bill if original else "-",
        reference=done.reversal_id,
        redemption_id=done.redemption_id,
        points=done.points_reversed,
        value=None,
        local_value=None,
        ratio=None,
        balance_after=None,
        verified_by="supervisor",
        void_of=done.redemption_id,
        reason=reason,
        header=str(settings.get("receipt.header") or ""),
        program=original.program if original else "",
        program_title=original.program_title if original else "",
        family=original.family if original else "",
        void_of_reference=original.reference if original else "",
    )


def reverse_and_journal(
    ctx: AppContext,
    redemption_id: str,
    points: Decimal,
    who: Identifier,
    reason: str,
    cashier: str,
    original: Receipt | None = None,
    reference: str = "",
) -> tuple[Reversal, int, Receipt]:
    """Reverse at the service (by the redemption's code, else by its reference), then keep the
    VOID receipt in the journal."""
    done = ctx.client.reverse(redemption_id, points, who, external_reference_number=reference)
    void = void_receipt(ctx, done, who, reason, cashier, original)
    return done, ctx.journal.add(void), void


def reverse_journal_entry(
    ctx: AppContext, receipt_id: int, reason: str, cashier: str, points: Decimal | None = None
) -> tuple[Reversal, int, Receipt]:
    """Reverse the redemption of one journal receipt (all its points unless fewer are given)."""
    receipt = reversible_receipt(ctx, receipt_id)
    code = "" if receipt.redemption_id == APPLIED_ID_UNKNOWN else receipt.redemption_id
    item = ctx.outbox.find_reference(receipt.reference)
    assert item is not None  # reversible_receipt found it
    asked = receipt.points if points is None else points
    if not Decimal(0) < asked <= receipt.points:
        raise NotReversible(
            _("Between 1 and {points} points can be reversed on that receipt.").format(points=receipt.points)
        )
    who = Identifier(item.customer_kind, item.customer_value)  # type: ignore[arg-type]
    return reverse_and_journal(
        ctx, code, asked, who, reason, cashier, receipt, reference="" if code else receipt.reference
    )


def reversible_receipt(ctx: AppContext, receipt_id: int) -> Receipt:
    """The journal's receipt if its redemption can be reversed, else why not (asked before a PIN is)."""
    receipt = ctx.receipt(receipt_id)  # one sent later by the queue has its redemption id now
    if receipt.void_of:
        raise NotReversible(_("That is a VOID receipt; choose the redemption's own receipt."))
    if receipt.pending:
        raise NotReversible(
            _("That redemption has not reached the loyalty service yet: cancel it in the queue instead.")
        )
    # Applied, but its code never came back (found in the history, which lists no codes): the
    # service reverses it by the reference it was made under.
    code = "" if receipt.redemption_id == APPLIED_ID_UNKNOWN else receipt.redemption_id
    void_id = ctx.journal.void_of(code, receipt.reference)
    if void_id is not None:
        raise NotReversible(
            _("Redemption {id} was already reversed on this till (VOID receipt {void}).").format(
                id=redemption_shown(receipt), void=void_id
            )
        )
    item = ctx.outbox.find_reference(receipt.reference)
    if item is None:
        raise NotReversible(
            _(
                "This till no longer knows the customer of that receipt; reverse it with "
                "pos-app reverse --mobile ... --redemption-id {id}"
            ).format(id=receipt.redemption_id)
        )
    return receipt
