"""End-of-day report: redemptions, points and value by cashier; what waits or needs a person.

A PENDING receipt is counted as its queued redemption stands now: a redemption the queue has
since sent is counted with the day's redemptions (and as sent later), one a person cancelled
or the service refused is counted as not applied, one still waiting as pending.
"""

from __future__ import annotations

import csv
import io
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import Decimal

from pos_app.core.capillary.inputs import format_points
from pos_app.core.i18n import RIGHT_TO_LEFT, words
from pos_app.core.journal import Journal
from pos_app.core.outbox import OutboxItem, QueueSummary
from pos_app.core.receipt import Layout, Receipt, figure_left_to_right, label_and_value, settled


@dataclass
class CashierTotals:
    redemptions: int = 0
    points: Decimal = Decimal(0)
    value: Decimal = Decimal(0)
    pending: int = 0
    sent_later: int = 0  # PENDING receipts whose redemption the queue has sent since
    not_applied: int = 0  # PENDING receipts whose redemption was cancelled or refused
    voids: int = 0
    points_returned: Decimal = Decimal(0)
    value_returned: Decimal = Decimal(0)  # the voided redemptions' value, in proportion to the points

    @property
    def net_points(self) -> Decimal:
        return self.points - self.points_returned

    @property
    def net_value(self) -> Decimal:
        return self.value - self.value_returned


@dataclass
class DayReport:
    day: str
    by_cashier: dict[str, CashierTotals] = field(default_factory=dict)
    queue_waiting: int = 0
    queue_attention: int = 0
    store: str = ""
    made_at: float = field(default_factory=time.time)  # printed on the report

    @property
    def total(self) -> CashierTotals:
        total = CashierTotals()
        for t in self.by_cashier.values():
            for figure in fields(CashierTotals):
                setattr(total, figure.name, getattr(total, figure.name) + getattr(t, figure.name))
        return total


def day_report(
    journal: Journal,
    day: str,
    queue: QueueSummary,
    queued: Callable[[str], OutboxItem | None] = lambda reference: None,
    store: str = "",
) -> DayReport:
    """The day's figures; ``queued`` finds a PENDING receipt's redemption in the queue by reference.

    A void is netted out of the day's figures: its points, and the value they were redeemed for."""
    report = DayReport(day, queue_waiting=queue.open_count, queue_attention=queue.attention_count, store=store)
    for _id, receipt in journal.day(day):
        totals = report.by_cashier.setdefault(receipt.cashier or "-", CashierTotals())
        if receipt.void_of:
            totals.voids += 1
            totals.points_returned += receipt.points
            totals.value_returned += _value_returned(journal, receipt)
            continue
        if receipt.pending:  # as its receipt now says (see ``settled``)
            receipt = settled(receipt, queued(receipt.reference))
            if receipt.not_applied:
                totals.not_applied += 1
                continue
            if receipt.pending:
                totals.pending += 1
                continue
            totals.sent_later += 1
        value = receipt.value or Decimal(0)
        totals.redemptions += 1
        totals.points += receipt.points
        totals.value += value
    return report


def _value_returned(journal: Journal, void: Receipt) -> Decimal:
    """What the points a void gave back were worth when they were redeemed (0 if not known): the
    voided receipt is found by its reference, or by its redemption id (also once sent later)."""
    original = journal.by_reference(void.void_of_reference) or journal.redemption(void.void_of)
    if original is None or not original.value or not original.points:
        return Decimal(0)
    return (original.value * void.points / original.points).quantize(Decimal("0.01"))


def report_text(report: DayReport, layout: Layout | int = 42) -> str:
    """The report for the till's printer: one figure a line, so no width cuts a number off
    (``layout_for(settings)`` gives the till's columns, language and currency)."""
    layout = layout if isinstance(layout, Layout) else Layout(layout)
    width, money, _ = layout.width, layout.money, words(layout.language).gettext
    right_to_left = layout.language in RIGHT_TO_LEFT

    def pair(label: str, figure: str) -> list[str]:  # in Arabic a date or figure keeps its own order
        lines = label_and_value(label, figure, width)
        return [figure_left_to_right(line, figure) for line in lines] if right_to_left else lines

    lines = [line.center(width).rstrip() for line in textwrap.wrap(report.store, width)]
    title = _("END OF DAY {day}").format(day=report.day).center(width).rstrip()
    lines += [figure_left_to_right(title, report.day) if right_to_left else title]
    printed = time.strftime("%Y-%m-%d %H:%M", time.localtime(report.made_at))
    lines += [*pair(_("Printed"), printed), "-" * width]
    rows = [*sorted(report.by_cashier.items()), (_("TOTAL"), report.total)]
    for name, t in rows:
        lines.append(name[:width])
        figures = [
            (_("redemptions"), str(t.redemptions)),
            (_("points"), format_points(t.points)),
            (_("value"), money(t.value)),
            (_("pending"), str(t.pending)),
            (_("sent later"), str(t.sent_later)),
            (_("not applied"), str(t.not_applied)),
            (_("voids"), str(t.voids)),
            (_("points returned"), format_points(t.points_returned)),
            (_("value returned"), money(t.value_returned)),
            (_("net points"), format_points(t.net_points)),
            (_("net value"), money(t.net_value)),
        ]
        for label, figure in figures:
            lines += pair("  " + label, figure)
    lines += ["-" * width]
    lines += pair(_("Waiting in the queue"), str(report.queue_waiting))
    lines += pair(_("Need attention"), str(report.queue_attention))
    return "\n".join(lines) + "\n"


def report_csv(report: DayReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "day", "cashier", "redemptions", "points", "value", "pending", "voids", "points_returned",
            "sent_later", "not_applied", "value_returned", "net_points", "net_value",
        ]
    )  # fmt: skip
    for name, t in [*sorted(report.by_cashier.items()), ("TOTAL", report.total)]:
        writer.writerow(
            [
                report.day,
                name,
                t.redemptions,
                format_points(t.points),
                _csv_money(t.value),
                t.pending,
                t.voids,
                format_points(t.points_returned),
                t.sent_later,
                t.not_applied,
                _csv_money(t.value_returned),
                format_points(t.net_points),
                _csv_money(t.net_value),
            ]
        )
    blank = [""] * 10
    writer.writerow([report.day, "queue waiting", report.queue_waiting, *blank])
    writer.writerow([report.day, "queue needs attention", report.queue_attention, *blank])
    return buffer.getvalue()


def _csv_money(value: Decimal) -> str:
    """Money in the CSV: two decimals, no symbol (a spreadsheet sums it)."""
    return format(value.quantize(Decimal("0.01")), "f")
