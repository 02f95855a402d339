"""Done: the redemption (or its PENDING reference) and the receipt, one key back to the start."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from pos_app.core.receipt import Layout, Receipt, render_text
from pos_app.gui.screens.common import heading, key_button


class DoneScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done")
        self.title = heading("")
        self.title.setObjectName("done_title")
        self.details = QLabel()
        self.details.setObjectName("done_details")
        self.details.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("receipt_preview")
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.next_button = key_button(self.tr("Next customer"), "F12")
        self.print_button = key_button(self.tr("Print receipt"), "F11")
        self.print_status = QLabel()
        self.print_status.setObjectName("print_status")
        self.print_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.print_status)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.next_button, 1)
        layout.addLayout(row)

    def show_print_result(self, text: str, failed: bool) -> None:
        self.print_status.setStyleSheet("color: #b00020; font-weight: bold;" if failed else "color: #38761d;")
        self.print_status.setText(text)

    def show_receipt(self, receipt: Receipt, message: str, width: Layout | int = 42) -> None:
        if receipt.pending:
            self.title.setText(self.tr("Saved - PENDING"))
            self.title.setStyleSheet("color: #b45f06;")
        else:
            self.title.setText(self.tr("Points redeemed"))
            self.title.setStyleSheet("color: #38761d;")
        self.details.setText(message)
        self.print_status.clear()
        self.preview.setPlainText(render_text(receipt, width))
        self.next_button.setFocus()
