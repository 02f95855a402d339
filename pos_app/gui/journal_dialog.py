"""The journal screen: a day's receipts; reprint any of them, or save one as a PDF."""

from __future__ import annotations

import time
from pathlib import Path

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
from pos_app.core.capillary.inputs import format_points
from pos_app.core.printers import print_receipt
from pos_app.core.receipt import render_text
from pos_app.gui.background import Background
from pos_app.gui.pdf import write_pdf


class JournalDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, day: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("journal_dialog")
        self.setWindowTitle(self.tr("Receipts journal"))
        self.resize(860, 480)
        self.ctx = ctx
        self.background = Background(self)
        self.rows = ctx.journal.day(day or time.strftime("%Y-%m-%d"))
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setObjectName("journal_table")
        self.table.setAccessibleName(self.tr("Receipts of the day"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("time"), self.tr("redemption"), self.tr("points"), self.tr("reference")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (_id, receipt) in enumerate(self.rows):
            shown = ("VOID " + receipt.void_of) if receipt.void_of else (receipt.redemption_id or "PENDING")
            for c, text in enumerate(
                (
                    time.strftime("%H:%M:%S", time.localtime(receipt.when)),
                    shown,
                    format_points(receipt.points),
                    receipt.reference,
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.status = QLabel()
        self.status.setObjectName("journal_status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print again"))
        self.pdf_button = QPushButton(self.tr("Save as PDF..."))
        close = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(close)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close.clicked.connect(self.accept)
        if self.rows:
            self.table.selectRow(len(self.rows) - 1)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_selected(self) -> None:
        index = self._selected()
        if index is not None:
            self.preview.setPlainText(render_text(self.rows[index][1], int(self.ctx.settings.get("printer.columns"))))

    def print_selected(self) -> None:
        index = self._selected()
        if index is None:
            return
        receipt, settings = self.rows[index][1], self.ctx.settings
        self.status.setText(self.tr("Printing..."))
        self.background.run(
            lambda: print_receipt(receipt, settings),
            lambda _none: self.status.setText(self.tr("Printed.")),
            lambda error: self.status.setText(str(error)),
        )

    def save_pdf(self, path: str = "") -> Path | None:
        index = self._selected()
        if index is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), "receipt.pdf", "PDF (*.pdf)")
        if not path:
            return None
        text = render_text(self.rows[index][1], int(self.ctx.settings.get("printer.columns")))
        written = write_pdf(text, Path(path))
        self.status.setText(self.tr("Saved to {0}.").format(written))
        return written
