"""The receipt on the till's done screen: shown with its outcome, followed while it is PENDING
(what became of its queued row), and printed with F11 (a copy, marked as such, once it has printed).
A printer problem is said on the done screen and never touches the redemption."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from pos_app.core.app_context import AppContext
from pos_app.gui.background import Background
from pos_app.gui.screens.common import left_to_right

if TYPE_CHECKING:
    from pos_app.core.outbox import OutboxItem
    from pos_app.core.receipt import Receipt
    from pos_app.gui.screens.done_screen import DoneScreen


class ShownReceipt(QObject):
    def __init__(self, ctx: AppContext, done: DoneScreen, on_screen: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done = done
        self.on_screen = on_screen  # the done screen is the one showing
        self.receipt: Receipt | None = None
        self.printed = False
        self.printing = Background(self)  # not cleared with the customer: a print finishes regardless
        self.following = Background(self)  # the row of a PENDING receipt, read aside
        self.follow_again = False  # the queue changed while that row was being read

    def show(self, receipt: Receipt, message: str) -> None:
        from pos_app.core.receipt import layout_for  # with the rest of the flow (preload), not at start

        self.receipt, self.printed = receipt, False
        self.done.show_receipt(receipt, message, layout_for(self.ctx.settings))

    def follow(self, *_args: object) -> None:
        """The queue changed: a PENDING receipt on the done screen shows what became of its row
        (read on a worker thread: the replay holds the queue while it writes)."""
        shown = self.receipt
        if shown is None or not shown.pending or not self.on_screen():
            return
        if self.following.busy:
            self.follow_again = True
            return
        self.following.run(
            lambda: self.ctx.queued_for(shown),
            lambda item: self._settled(shown, item),
            lambda error: self._settled(shown, None),
        )

    def _settled(self, shown: Receipt, item: OutboxItem | None) -> None:
        if self.follow_again:
            self.follow_again = False
            QTimer.singleShot(0, self.follow)
        if item is None or self.receipt is not shown or not self.on_screen():
            return
        from pos_app.core.receipt import layout_for

        now = self.done.show_row(shown, item, layout_for(self.ctx.settings))
        if now is not shown:  # sent: F11 prints the receipt as sent, a first print of it
            self.receipt, self.printed = now, False

    def print(self, *_args: object) -> None:
        """F11: print the receipt shown."""
        receipt = self.receipt
        if receipt is None:
            return
        from pos_app.core.receipt import as_reprint
        from pos_app.gui import printing

        settings = self.ctx.settings
        shown, copy = receipt, self.printed
        if copy:
            receipt = as_reprint(receipt)
        self.done.show_print_result(self.tr("Printing..."), False)

        def printed(where: str) -> None:
            if self.receipt is shown:
                self.printed = True
            words = self.tr("Printed again, marked as a copy ({0}).") if copy else self.tr("Receipt printed ({0}).")
            self.done.show_print_result(words.format(left_to_right(where)), False)  # "PDF /tmp/..." in its order

        self.printing.run(
            lambda: printing.print_receipt(receipt, settings),
            printed,
            lambda error: self.done.show_print_result(str(error), True),
        )
