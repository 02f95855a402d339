"""Start: one field takes a mobile number or a card number; a scan starts a lookup at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from pos_app.gui.screens.common import Banner, busy_bar, heading, key_button


class StartScreen(QWidget):
    look_up = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start")
        self.field = QLineEdit()
        self.field.setObjectName("customer_field")
        self.field.setAccessibleName(self.tr("Customer mobile number or card number"))
        self.field.setPlaceholderText(self.tr("Mobile number or loyalty card"))
        self.field.setMaxLength(40)
        # Enter in the field does it; a shortcut would fire twice
        self.button = key_button(
            self.tr("Look up"), "Enter", accessible=self.tr("Look up customer"), answers=False, primary=True
        )
        self.message = Banner()
        self.busy = busy_bar()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Scan the loyalty card or type the customer's mobile number")))
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.field.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)

    def _submit(self) -> None:
        self.message.clear_message()
        self.look_up.emit(self.field.text())

    def set_busy(self, text: str) -> None:
        """A lookup is on its way (``text``) or not (""): said on the screen."""
        self.busy.setVisible(bool(text))
        self.button.setEnabled(not text)
        if text:
            self.message.busy(text)
        elif self.message.kind() == "busy":
            self.message.clear_message()

    def reset(self) -> None:
        self.field.clear()
        self.message.clear_message()
        self.busy.setVisible(False)
        self.button.setEnabled(True)
        self.field.setFocus()
