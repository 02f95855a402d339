"""The offline queue as people read it: masked rows, CSV export, and the actions allowed on a row."""

from __future__ import annotations

import csv
import io
import time
from typing import Any

from pos_app.core.capillary.inputs import format_points
from pos_app.core.i18n import N_, _
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.outbox import (
    ALL_STATES,
    APPROVAL,
    ATTENTION,
    CANCELLED,
    DONE,
    PENDING,
    REJECTED,
    SENDING,
    UNKNOWN,
    Outbox,
    OutboxItem,
)
from pos_app.core.receipt import history_id_of, short_applied_id

EXPORT_COLUMNS = (
    "id",
    "reference",
    "state",
    "created",
    "updated",
    "customer",
    "points",
    "bill",
    "program_id",
    "validation",
    "offline",
    "attempts",
    "redemption_id",
    "approval_request_id",
    "reason",
    "cashier",
)


def masked_customer(item: OutboxItem) -> str:
    return mask_mobile(item.customer_value) if item.customer_kind == "mobile" else mask_card(item.customer_value)


def stamp(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(epoch))


def row(item: OutboxItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "reference": item.reference,
        "state": item.state,
        "created": stamp(item.created_at),
        "updated": stamp(item.updated_at),
        "customer": masked_customer(item),
        "points": format_points(item.points),
        "bill": item.bill,
        "program_id": item.program_id,
        "validation": "none" if item.skip_validation else (item.validation_type or "-"),
        "offline": item.offline,
        "attempts": item.attempts,
        "redemption_id": item.redemption_id
        or (short_applied_id(history_id_of(item.result), "en") if item.state == DONE else ""),
        "approval_request_id": item.workflow_request_id,  # what a supervisor looks for in InTouch
        "reason": item.reason,
        "cashier": item.cashier,
    }


def export_csv(outbox: Outbox) -> str:
    """Every row, mobile numbers masked, as CSV text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for item in outbox.items(ALL_STATES, limit=10**9):
        writer.writerow(row(item))
    return buffer.getvalue()


SENT_AGAIN_AS_ASKED = N_("To be sent again, as asked, with its own reference (it cannot be applied twice).")
# A row's state in words, in messages about it (the list shows the state as stored).
_STATE_WORDS: dict[str, str] = {
    PENDING: N_("waiting"),
    SENDING: N_("being sent"),
    UNKNOWN: N_("waiting for its outcome"),
    APPROVAL: N_("waiting for approval"),
    DONE: N_("done"),
    ATTENTION: N_("in need of attention"),
    CANCELLED: N_("cancelled"),
    REJECTED: N_("refused"),
}


def state_words(state: str) -> str:
    return _(_STATE_WORDS[state]) if state in _STATE_WORDS else state


class NotAllowed(Exception):
    """``str()`` says why this row cannot be changed that way."""


def retry(outbox: Outbox, item_id: int) -> OutboxItem:
    """Send a row that needs attention again, with its own reference."""
    item = outbox.get(item_id)
    if item.state != ATTENTION:
        raise NotAllowed(
            _("Item {id} is {state}; only items that need attention can be retried.").format(
                id=item.id, state=state_words(item.state)
            )
        )
    if item.route == "approval":  # the request followed ended; a new one is asked for
        return outbox.update(
            item.id, state=PENDING, workflow_request_id="", next_attempt_at=0, reason=_(SENT_AGAIN_AS_ASKED)
        )
    return outbox.update(item.id, state=PENDING, next_attempt_at=0, reason=_(SENT_AGAIN_AS_ASKED))


def cancel(outbox: Outbox, item_id: int, reason: str) -> OutboxItem:
    """Never send this row. Refused for a row that may already have been applied."""
    item = cancellable(outbox, item_id)
    return outbox.update(item.id, state=CANCELLED, reason=_("Cancelled: {reason}").format(reason=reason))


def cancellable(outbox: Outbox, item_id: int) -> OutboxItem:
    """The row, if it exists and may be cancelled (asked before a supervisor's PIN is)."""
    item = outbox.get(item_id)
    if item.state == UNKNOWN:
        raise NotAllowed(
            _(
                "Item {id} may already have been applied (it was sent with no answer). "
                "Replay the queue to settle it first."
            ).format(id=item.id)
        )
    if item.state == APPROVAL:
        raise NotAllowed(
            _(
                "Item {id} waits for a supervisor's approval, who could still approve it. "
                "Have the request rejected; the till then shows it as needing attention."
            ).format(id=item.id)
        )
    if item.state not in (PENDING, ATTENTION):
        raise NotAllowed(
            _("Item {id} is {state} and cannot be cancelled.").format(id=item.id, state=state_words(item.state))
        )
    return item
