"""End-of-day report: redemptions, points and value by cashier; what waits or needs a person."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from pos_app.core.capillary.inputs import format_points
from pos_app.core.journal import Journal
from pos_app.core.outbox import QueueSummary


@dataclass
class CashierTotals:
    redemptions: int = 0
    points: Decimal = Decimal(0)
    value: Decimal = Decimal(0)
    pending: int = 0
    voids: int = 0
    points_returned: Decimal = Decimal(0)


@dataclass
class DayReport:
    day: str
    by_cashier: dict[str, CashierTotals] = field(default_factory=dict)
    queue_waiting: int = 0
    queue_attention: int = 0

    @property
    def total(self) -> CashierTotals:
        total = CashierTotals()
        for t in self.by_cashier.values():
            total.redemptions += t.redemptions
            total.points += t.points
            total.value += t.value
            total.pending += t.pending
            total.voids += t.voids
            total.points_returned += t.points_returned
        return total


def day_report(journal: Journal, day: str, queue: QueueSummary) -> DayReport:
    report = DayReport(day, queue_waiting=queue.open_count, queue_attention=queue.attention_count)
    for _id, receipt in journal.day(day):
        totals = report.by_cashier.setdefault(receipt.cashier or "-", CashierTotals())
        if receipt.void_of:
            totals.voids += 1
            totals.points_returned += receipt.points
        elif receipt.pending:
            totals.pending += 1
        else:
            totals.redemptions += 1
            totals.points += receipt.points
            totals.value += receipt.value or Decimal(0)
    return report


def report_text(report: DayReport, width: int = 42) -> str:
    lines = [f"END OF DAY {report.day}".center(width).rstrip(), "-" * width]
    rows = [*sorted(report.by_cashier.items()), ("TOTAL", report.total)]
    for name, t in rows:
        lines += [
            name[:width],
            f"  redemptions {t.redemptions:>5}  points {format_points(t.points):>10}",
            f"  value {format_points(t.value):>11}  pending {t.pending:>4}",
            f"  voids {t.voids:>5}  returned {format_points(t.points_returned):>8}",
        ]
    lines += [
        "-" * width,
        f"Waiting in the queue: {report.queue_waiting}",
        f"Need attention:       {report.queue_attention}",
    ]
    return "\n".join(line[:width] for line in lines) + "\n"


def report_csv(report: DayReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["day", "cashier", "redemptions", "points", "value", "pending", "voids", "points_returned"])
    for name, t in [*sorted(report.by_cashier.items()), ("TOTAL", report.total)]:
        writer.writerow(
            [
                report.day,
                name,
                t.redemptions,
                format_points(t.points),
                format_points(t.value),
                t.pending,
                t.voids,
                format_points(t.points_returned),
            ]
        )
    writer.writerow([report.day, "queue waiting", report.queue_waiting, "", "", "", "", ""])
    writer.writerow([report.day, "queue needs attention", report.queue_attention, "", "", "", "", ""])
    return buffer.getvalue()
