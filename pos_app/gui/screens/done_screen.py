"""Done: the redemption (or its PENDING reference) and the receipt, one key back to the start.

A scan here starts the next customer at once (the window does it): the receipt stays in the
journal (Ctrl+J).
"""

from __future__ import annotations

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from pos_app.core.capillary.inputs import format_points
from pos_app.core.outbox import CANCELLED, DONE, FINAL_STATES, OutboxItem
from pos_app.core.receipt import Layout, Receipt, redemption_shown, render_text, settled
from pos_app.gui.screens.common import LONG_MESSAGE, Banner, card, heading, key_button, restyle


class DoneScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done")
        self.title = heading("")
        self.title.setObjectName("done_title")
        self.outcome = Banner()  # redeemed (green) or saved PENDING (amber), with what to do
        self.details = self.outcome  # what the cashier reads: the outcome, what to do
        self.points = heading("", "figure")  # the points redeemed and their worth, large
        self.points.setObjectName("done_points")
        self.reference = heading("", "subtitle")  # redemption id (or the till's reference) and the balance after
        self.reference.setObjectName("done_reference")
        self.reference.setAccessibleName(self.tr("Redemption id and balance"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("receipt_preview")
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.preview.setReadOnly(True)
        self.preview.setWordWrapMode(QTextOption.WrapMode.NoWrap)  # the slip's own columns
        self.next_button = key_button(self.tr("Next customer"), "F12", primary=True)
        self.print_button = key_button(self.tr("Print receipt"), "F11")
        self.print_status = Banner()
        self.print_status.setAccessibleName(self.tr("Printing"))
        self.next_hint = heading(self.tr("Scan the next customer's card, or press F12."), "hint")
        figures = card()
        shown = QVBoxLayout(figures)
        shown.addWidget(self.points)
        shown.addWidget(self.reference)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(figures)
        side.addWidget(self.outcome)
        side.addWidget(self.print_status)
        side.addStretch(1)
        side.addWidget(self.next_hint)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.next_button, 1)
        side.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(24)
        layout.addLayout(side, 3)
        layout.addWidget(self.preview, 2)

    def show_print_result(self, text: str, failed: bool) -> None:
        if failed:
            self.print_status.error(text)
        else:
            self.print_status.info(text)

    def show_row(self, shown: Receipt, item: OutboxItem, layout: Layout) -> Receipt:
        """What became of the queued row of the PENDING receipt shown: sent (the receipt as sent,
        returned), or not sent and why, with what to do. Still waiting: nothing changes."""
        if item.state == DONE:
            sent = settled(shown, item)
            self.show_receipt(
                sent,
                self.tr(
                    "Sent by this till's queue: the loyalty service applied it as redemption {0}. "
                    "Press F11 to print the receipt as sent."
                ).format(redemption_shown(sent)),
                layout,
            )
            return sent
        now = settled(shown, item)  # cancelled or refused: the slip says NOT APPLIED, as every copy of it does
        if now is not shown:
            self.preview.setPlainText(render_text(now, layout))
        if item.state == CANCELLED:
            self.title.setText(self.tr("Cancelled - nothing redeemed"))
            self.outcome.error(
                self.tr("Cancelled in the queue (F10): nothing was redeemed. The PENDING receipt is void.")
            )
        elif item.state in FINAL_STATES:
            self.title.setText(self.tr("Not sent - needs attention"))
            why = item.reason or self.tr("(no reason given)")
            if len(why) > LONG_MESSAGE:  # what happened and how to settle it: whole on the queue screen, not cut here
                self.outcome.error(
                    self.tr(
                        "The queue could not send it; it needs attention. Press F10 to see why and how to settle it."
                    )
                )
            else:
                self.outcome.error(
                    self.tr("The queue could not send it: {0} It needs attention: press F10.").format(why)
                )
        return now

    def show_receipt(self, receipt: Receipt, message: str, width: Layout | int = 42) -> None:
        if receipt.pending:
            self.title.setText(self.tr("Saved - PENDING"))
            self.outcome.warning(message)
        else:
            self.title.setText(self.tr("Points redeemed"))
            self.outcome.success(message)
        layout = width if isinstance(width, Layout) else Layout(width=width)
        value = self.tr(" = {0}").format(layout.money(receipt.value)) if receipt.value is not None else ""
        self.points.setText(self.tr("{0} points{1}").format(format_points(receipt.points), value))
        self.points.setProperty("pending", receipt.pending)  # amber until the service has it
        restyle(self.points)
        if receipt.pending:
            where = self.tr("Reference {0} (PENDING)").format(receipt.reference)
        else:
            where = self.tr("Redemption id {0}").format(redemption_shown(receipt))
        if receipt.family and receipt.family_balance is not None:  # worked out: the answer gives her own only
            where += "\n" + self.tr("Family {0}: {1} points now ({2} before, less {3})").format(
                receipt.family,
                format_points(receipt.family_balance),
                format_points(receipt.family_balance + receipt.points),
                format_points(receipt.points),
            )
        if receipt.balance_after is not None:
            own = self.tr("Own balance now {0} points") if receipt.family else self.tr("Balance now {0} points")
            where += "\n" + own.format(format_points(receipt.balance_after))
        self.reference.setText(where)
        self.print_status.clear_message()
        self.preview.setPlainText(render_text(receipt, width))
        self.preview.ensurePolished()  # the style sheet's font decides the slip's width
        slip = self.preview.fontMetrics().horizontalAdvance("M" * layout.width)
        self.preview.setMinimumWidth(slip + 2 * self.preview.frameWidth() + 24)
        self.next_button.setFocus()
