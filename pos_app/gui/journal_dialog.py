"""The journal screen: a day's receipts (today, or a day picked); reprint any, save one as a PDF,
or void one (supervisor). Rows are numbered by their journal id, as ``pos-app receipt list``
and the messages ("VOID receipt 9") number them."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import CapillaryError
from pos_app.core.capillary.inputs import format_points
from pos_app.core.receipt import (
    APPLIED_ID_UNKNOWN,
    Receipt,
    as_reprint,
    redemption_shown,
    redemption_state,
    render_for,
)
from pos_app.core.reversal import reverse_journal_entry
from pos_app.gui.background import Background
from pos_app.gui.pdf import PdfNotWritten, write_pdf
from pos_app.gui.pin import supervisor_allows
from pos_app.gui.printing import print_receipt
from pos_app.gui.report_dialog import day_picker, day_row
from pos_app.gui.save_folder import remember_folder, suggested_path
from pos_app.gui.screens.common import left_to_right, references_left_to_right
from pos_app.gui.void_dialog import VoidDialog


class JournalDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, day: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("journal_dialog")
        self.setWindowTitle(self.tr("Receipts journal"))
        self.resize(860, 480)
        self.ctx = ctx
        self.background = Background(self)
        self.day = day or time.strftime("%Y-%m-%d")
        self.picker = day_picker(self.day)
        self.picker.setAccessibleName(self.tr("Day of the receipts"))
        self.rows: list[tuple[int, Receipt]] = []
        self.not_reversible: dict[int, str] = {}  # row -> why Reverse is off for it
        self.void_dialog: VoidDialog | None = None  # open while a supervisor says why and types the PIN
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("journal_table")
        self.table.setAccessibleName(self.tr("Receipts of the day"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("time"),
                self.tr("customer"),
                self.tr("bill"),
                self.tr("redemption"),
                self.tr("points"),
                self.tr("reference"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the slip's columns
        self.status = QLabel()
        self.status.setObjectName("journal_status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print again"))
        self.print_button.setProperty("role", "primary")  # the journal's one action, in colour (till.qss)
        self.pdf_button = QPushButton(self.tr("Save as PDF..."))
        self.void_button = QPushButton(self.tr("Reverse (void)..."))
        self.void_button.setAccessibleName(self.tr("Reverse the selected redemption (supervisor)"))
        close = QPushButton(self.tr("Close"))
        top = day_row(self, self.picker)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        row.addWidget(close)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.void_button.clicked.connect(self.void_selected)
        close.clicked.connect(self.accept)
        self.table.setFocus()  # arrow keys move through the receipts, not the day
        self.picker.dateChanged.connect(lambda _date: self.show_day(self.picker.date().toString("yyyy-MM-dd")))
        self.reload()

    def show_day(self, day: str) -> None:
        self.day = day
        self.preview.clear()
        self.status.clear()
        self.reload()

    def reload(self) -> None:
        self.rows = self.ctx.receipts_of(self.day)  # PENDING ones as the queue holds them now
        self.table.setRowCount(len(self.rows))
        voids = {receipt.void_of: i for i, receipt in self.rows if receipt.void_of}
        voided_refs = {receipt.void_of_reference: i for i, receipt in self.rows if receipt.void_of_reference}
        self.not_reversible = {}
        for r, (_id, receipt) in enumerate(self.rows):
            # A PENDING one: sent since, not applied, or still waiting.
            shown = self.tr("VOID {0}").format(receipt.void_of) if receipt.void_of else redemption_state(receipt)
            void_id = self._void_of(receipt, voids, voided_refs)
            if void_id is not None:
                shown = self.tr("{0} (voided)").format(shown)  # its reversal is further down
            why_not = self._why_not_reversible(receipt, void_id)
            if why_not:
                self.not_reversible[r] = why_not
            when = time.strftime("%H:%M:%S", time.localtime(receipt.when))
            who = receipt.customer_shown  # masked as on the slip (kept masked in the journal)
            # Figures keep their own order in a right-to-left till; the redemption may mix in words.
            row = (when, who, receipt.bill, format_points(receipt.points), receipt.reference)
            for c, text in zip((0, 1, 2, 4, 5), row, strict=True):
                self.table.setItem(r, c, QTableWidgetItem(left_to_right(text)))
            self.table.setItem(r, 3, QTableWidgetItem(references_left_to_right(shown)))
        # Numbered by journal id, not 1, 2, 3: the id the messages and pos-app receipt list use.
        self.table.setVerticalHeaderLabels([str(receipt_id) for receipt_id, _r in self.rows])
        self.table.verticalHeader().setToolTip(self.tr("Receipt number (as in pos-app receipt list)"))
        self.table.resizeColumnsToContents()
        if not self.rows:
            self.status.setText(self.tr("No receipts on {0}. Choose another day above.").format(self.day))
            self._update_buttons()
        else:
            self.table.setCurrentCell(len(self.rows) - 1, 0)  # current and selected: focus keeps it

    def _void_of(self, receipt: Receipt, voids: dict[str, int], voided_refs: dict[str, int]) -> int | None:
        """The VOID receipt of this redemption, on this day or any other (None if not voided)."""
        if receipt.void_of:
            return None
        if receipt.reference in voided_refs:
            return voided_refs[receipt.reference]
        if receipt.redemption_id and receipt.redemption_id in voids:
            return voids[receipt.redemption_id]
        code = "" if receipt.redemption_id == APPLIED_ID_UNKNOWN else receipt.redemption_id
        return self.ctx.journal.void_of(code, receipt.reference)

    def _why_not_reversible(self, receipt: Receipt, void_id: int | None) -> str:
        if receipt.void_of:
            return self.tr("This is a VOID receipt: its points were already returned.")
        if void_id is not None:
            return self.tr("Already reversed on this till: VOID receipt {0}.").format(void_id)
        if receipt.not_applied:
            return self.tr("Not applied: no points were taken, so there is nothing to reverse.")
        if receipt.pending:
            return self.tr("Not at the loyalty service yet: cancel it in the queue (F10) instead.")
        return ""

    def _update_buttons(self) -> None:
        index = self._selected()
        chosen = index is not None
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)
        why_not = self.not_reversible.get(index, "") if index is not None else ""
        self.void_button.setEnabled(chosen and not why_not)
        self.void_button.setToolTip(why_not)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_selected(self) -> None:
        index = self._selected()
        self._update_buttons()
        if index is not None:
            self.preview.setPlainText(render_for(self.rows[index][1], self.ctx.settings))

    def print_selected(self) -> None:
        index = self._selected()
        if index is not None:
            said = self.tr("Printed again, marked as a copy ({0}).")
            self._print(as_reprint(self.rows[index][1]), said.format)

    def _print(self, receipt: Receipt, done_text: Callable[[str], str]) -> None:
        """``done_text(where)``: what the status says once printed (where: the file, for a file or PDF printer)."""
        settings = self.ctx.settings
        self.status.setText(self.tr("Printing..."))
        self.background.run(
            lambda: print_receipt(receipt, settings),
            lambda where: self.status.setText(done_text(where)),
            lambda error: self.status.setText(str(error)),
        )

    def void_selected(self) -> None:
        """A supervisor reverses the selected redemption, with a reason; a VOID receipt is journaled."""
        index = self._selected()
        if index is None:
            return
        receipt_id, receipt = self.rows[index]
        if index in self.not_reversible:
            self.status.setText(self.not_reversible[index])
            return
        action = self.tr("void receipt {0}, {1} points").format(receipt_id, format_points(receipt.points))
        if not self.ctx.supervisor.is_set():
            supervisor_allows(self, self.ctx, action)  # says no PIN is set, and how a supervisor sets one
            return
        question = self.tr("Reverse {0} points of redemption {1}. Why, and the supervisor's PIN:").format(
            format_points(receipt.points), redemption_shown(receipt) or "-"
        )
        # Window-modal, not a nested loop: a missing reason or a wrong PIN is said inside it.
        dialog = self.void_dialog = VoidDialog(self.ctx.supervisor, action, question, self)
        dialog.accepted.connect(lambda: self._reverse(receipt_id, dialog.reason()))
        dialog.open()

    def _reverse(self, receipt_id: int, reason: str) -> None:
        ctx, cashier = self.ctx, str(self.ctx.settings.get("till"))
        self.status.setText(self.tr("Reversing..."))
        self.background.run(
            lambda: reverse_journal_entry(ctx, receipt_id, reason, cashier),
            self._voided,
            self._void_failed,
        )

    def _voided(self, result: tuple) -> None:  # type: ignore[type-arg]
        done, void_id, void = result
        self.reload()
        message = self.tr("Reversed {0} points of redemption {1}; VOID receipt {2} is in the journal.").format(
            format_points(done.points_reversed), done.redemption_id, void_id
        )
        self.status.setText(message)
        if self.ctx.settings.get("receipt.auto_print") and self.ctx.settings.get("printer.kind") != "none":
            self._print(void, lambda _where: message)

    def _void_failed(self, error: Exception) -> None:
        text = error.cashier_message if isinstance(error, CapillaryError) else str(error).strip("'")
        self.status.setText(self.tr("Not reversed: {0}").format(text))

    def save_pdf(self, path: str = "") -> Path | None:
        index = self._selected()
        if index is None:
            return None
        receipt_id, receipt = self.rows[index]
        if not path:
            day = time.strftime("%Y-%m-%d", time.localtime(receipt.when))
            name = suggested_path(f"receipt-{receipt_id}-{day}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), name, "PDF (*.pdf)")
        if not path:
            return None
        text = render_for(as_reprint(receipt), self.ctx.settings)
        try:
            written = write_pdf(text, Path(path))
        except PdfNotWritten as error:
            self.status.setText(str(error))
            return None
        remember_folder(written)
        self.status.setText(self.tr("Saved to {0}.").format(written))
        return written
