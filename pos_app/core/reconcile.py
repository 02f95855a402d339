"""Did a redemption whose answer was lost go through? Asked of the customer's redemption history.

The documented ``customer/redemptions`` rows carry no ``external_reference_number``: a row is
ours when it carries our reference, or, when rows carry none, when its bill (transaction number),
points and program are ours, it was redeemed on this till (where the row names one: another
till's bill of the same number and points is not ours) and its time falls inside the window the
attempt was made in. Only
one such row settles it; none (or several alike) leaves the outcome open, and the row is sent
again under the same reference, which the service refuses with 744 if it was applied.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from pos_app.core.capillary import Identifier
from pos_app.core.capillary.models import HistoryEntry
from pos_app.core.outbox import OutboxItem

if TYPE_CHECKING:
    from pos_app.core.capillary import CapillaryClient

log = logging.getLogger(__name__)

BY_REFERENCE = "reference"
BY_BILL = "bill, points, program and time"
# The service writes times in its cluster's zone, which the till does not know: a row may be up to
# this far either side of the till's clock (UTC-12 .. UTC+14), plus some clock drift.
ZONE_SLACK = timedelta(hours=14, minutes=15)
HISTORY_ROWS = 50


@dataclass(frozen=True)
class Match:
    entry: HistoryEntry
    how: str  # BY_REFERENCE or BY_BILL

    @property
    def result(self) -> dict[str, str]:
        """What a done row keeps of it: the history's numeric id and how it was matched."""
        return {"history_id": self.entry.history_id, "matched_by": self.how}


def _when(text: str) -> datetime | None:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _same_redemption(item: OutboxItem, row: HistoryEntry, until: float, till: str) -> bool:
    if row.transaction_number != item.bill or row.points_redeemed != item.points:
        return False
    if till and row.redeemed_till and row.redeemed_till.casefold() != till.casefold():
        return False
    if item.program_id and row.program_id and row.program_id != item.program_id:
        return False
    when = _when(row.redeemed_time)
    if when is None:
        return False
    earliest = datetime.fromtimestamp(item.created_at, UTC) - ZONE_SLACK
    latest = datetime.fromtimestamp(until, UTC) + ZONE_SLACK
    return earliest <= when <= latest


def match_row(item: OutboxItem, rows: list[HistoryEntry], now: float, till: str = "") -> Match | None:
    """The row among ``rows`` that is ``item``'s redemption, if exactly one can be (``till``: this
    till's code, as rows name the till that redeemed)."""
    by_reference = [row for row in rows if row.external_reference_number == item.reference]
    if by_reference:
        return Match(by_reference[0], BY_REFERENCE)
    if any(row.external_reference_number for row in rows):
        return None  # rows that name their references, none ours: not applied (as far as listed)
    alike = [row for row in rows if _same_redemption(item, row, now, till)]
    return Match(alike[0], BY_BILL) if len(alike) == 1 else None


def find_applied(client: CapillaryClient, item: OutboxItem, now: float, till: str = "") -> Match | None:
    """The customer's redemption that is ``item``'s, if the history shows one; says in the log
    what settled it. Raises ``CapillaryError`` when the service cannot be asked."""
    since = datetime.fromtimestamp(item.created_at, UTC) - ZONE_SLACK
    rows = client.redemption_history(
        Identifier(item.customer_kind, item.customer_value),  # type: ignore[arg-type]
        start_date=since.strftime("%Y-%m-%d"),
        external_reference_number=item.reference,
        limit=HISTORY_ROWS,
    )
    match = match_row(item, rows, now, till)
    if match is None:
        log.info(
            "reconcile %s: none of %d history rows is this redemption (bill %s, %s points); "
            "it stays open and is sent again under the same reference",
            item.reference,
            len(rows),
            item.bill,
            item.points,
        )
    else:
        log.info("reconcile %s: history row %s matched by %s", item.reference, match.entry.history_id, match.how)
    return match
