"""The offline queue as people read it: masked rows, CSV export, and the actions allowed on a row."""

from __future__ import annotations

import csv
import io
import time
from typing import Any

from pos_app.core.capillary.inputs import format_points
from pos_app.core.masking import mask_card, mask_mobile
from pos_app.core.outbox import ALL_STATES, APPROVAL, ATTENTION, CANCELLED, DONE, PENDING, UNKNOWN, Outbox, OutboxItem
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


class NotAllowed(Exception):
    """``str()`` says why this row cannot be changed that way."""


def retry(outbox: Outbox, item_id: int) -> OutboxItem:
    """Send a row that needs attention again, with its own reference."""
    item = outbox.get(item_id)
    if item.state != ATTENTION:
        raise NotAllowed(f"Item {item.id} is {item.state}; only items that need attention can be retried.")
    if item.route == "approval":  # the request followed ended; a new one is asked for
        return outbox.update(
            item.id, state=PENDING, workflow_request_id="", next_attempt_at=0, reason="Retry asked for."
        )
    return outbox.update(item.id, state=PENDING, next_attempt_at=0, reason="Retry asked for.")


def cancel(outbox: Outbox, item_id: int, reason: str) -> OutboxItem:
    """Never send this row. Refused for a row that may already have been applied."""
    item = cancellable(outbox, item_id)
    return outbox.update(item.id, state=CANCELLED, reason=f"Cancelled: {reason}")


def cancellable(outbox: Outbox, item_id: int) -> OutboxItem:
    """The row, if it exists and may be cancelled (asked before a supervisor's PIN is)."""
    item = outbox.get(item_id)
    if item.state == UNKNOWN:
        raise NotAllowed(
            f"Item {item.id} may already have been applied (it was sent with no answer). "
            "Replay the queue to settle it first."
        )
    if item.state == APPROVAL:
        raise NotAllowed(
            f"Item {item.id} waits for a supervisor's approval, who could still approve it. "
            "Have the request rejected; the till then shows it as needing attention."
        )
    if item.state not in (PENDING, ATTENTION):
        raise NotAllowed(f"Item {item.id} is {item.state} and cannot be cancelled.")
    return item
