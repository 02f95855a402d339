"""The redemption as the till does it: written to the outbox first, then sent.

``redeem_at_till`` is what happens when the cashier confirms: the row is made durable, sent
once, and if the answer is lost it is reconciled once more at once (same reference). What
cannot be settled while the customer waits stays queued, and the cashier is told so.
``queue_offline`` accepts a redemption while the service is known to be unreachable, as the
offline policy allows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from pos_app.core.capillary import CapillaryError, NotSent, RateLimited
from pos_app.core.i18n import N_, _
from pos_app.core.outbox import DONE, PENDING, REJECTED, SENDING, UNKNOWN, NewRedemption, OutboxItem
from pos_app.core.sending import Sender


class OutcomeKind(StrEnum):
    """What became of a redemption the cashier confirmed."""

    DONE = "done"  # applied; its redemption id is known or looked up
    QUEUED = "queued"  # kept in the outbox, sent later (PENDING receipt)
    REJECTED = "rejected"  # not applied, not kept


@dataclass(frozen=True)
class TillOutcome:
    kind: OutcomeKind
    item: OutboxItem
    message: str
    error: CapillaryError | None = None


QUEUED_MESSAGE = N_(
    "No answer from the loyalty service. The redemption is saved on this till as "
    "{reference} and will be sent when the network allows; it cannot be applied twice. "
    "Give the customer the PENDING receipt."
)


KEPT_OFFLINE_MESSAGE = N_(
    "{why}; nothing was redeemed yet. The redemption is saved on this till as {reference} and "
    "will be sent when the network allows; it cannot be applied twice. Give the customer the PENDING receipt."
)


def _offline_route(sender: Sender, item: OutboxItem) -> dict[str, object]:
    """How a redemption kept offline is sent later, as ``queue_offline`` stores it."""
    return {
        "route": "approval" if sender.policy.name == "approval" else "direct",
        "skip_validation": 1 if item.skip_validation or not item.validation_code else 0,
    }


def redeem_at_till(sender: Sender, new: NewRedemption) -> TillOutcome:
    outbox = sender.outbox
    # Durable before anything is sent; stored as "sending" so a replayer never picks it up meanwhile.
    item = outbox.add(new, state=SENDING)
    outcome = sender.attempt(item)
    if outcome.item.state == UNKNOWN:  # the answer was lost: ask again with the same reference
        outcome = sender.attempt(outcome.item)
    item, error = outcome.item, outcome.error
    if item.state == DONE:
        return TillOutcome(OutcomeKind.DONE, item, _("Points redeemed."))
    if item.state == UNKNOWN:
        return TillOutcome(
            OutcomeKind.QUEUED,
            outbox.update(item.id, offline=1),
            _(QUEUED_MESSAGE).format(reference=item.reference),
            error,
        )
    # Known not applied: nothing left the till (a first attempt's row is still "sending"), or
    # the service said wait. Keep it only if the offline policy would accept it.
    if item.state in (PENDING, SENDING) and isinstance(error, NotSent | RateLimited):
        refusal = sender.policy.refusal_for(item, outbox, excluding=item.id)
        if refusal is None:
            kept = outbox.update(item.id, state=PENDING, offline=1, **_offline_route(sender, item))
            busy = isinstance(error, RateLimited)
            why = _("The loyalty service is busy") if busy else _("The loyalty service cannot be reached")
            return TillOutcome(
                OutcomeKind.QUEUED, kept, _(KEPT_OFFLINE_MESSAGE).format(why=why, reference=item.reference), error
            )
        # The policy's refusal already says the service cannot be reached; a busy one is said as such.
        said = refusal if isinstance(error, NotSent) else error.cashier_message
        message = f"{said} " + _("Nothing was redeemed.")
        return TillOutcome(OutcomeKind.REJECTED, outbox.update(item.id, state=REJECTED, reason=message), message, error)
    # A rejection, an expired or wrong code, refused credentials, a transient refusal: known
    # not applied, and the cashier is right here to act on it.
    message = error.cashier_message if error else item.reason
    return TillOutcome(OutcomeKind.REJECTED, outbox.update(item.id, state=REJECTED, reason=message), message, error)


def queue_offline(sender: Sender, new: NewRedemption) -> TillOutcome:
    """Accept a redemption while the service cannot be reached, if the policy allows it."""
    policy = sender.policy
    refusal = policy.refusal_for(new, sender.outbox)
    if refusal is not None:
        raise OfflineRefused(refusal)
    route = "approval" if policy.name == "approval" else "direct"
    skip = not new.validation_code
    stored = replace(new, offline=True, skip_validation=skip, route=route)
    item = sender.outbox.add(stored)
    return TillOutcome(OutcomeKind.QUEUED, item, policy.accepted_message(item))


class OfflineRefused(Exception):
    """``str()`` tells the cashier why this redemption cannot be taken offline."""
