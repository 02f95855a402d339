"""The program picker of a customer with several loyalty programs.

Once a program is picked the bill is next, and what is typed or scanned at the picker is the
bill's: a picker would take the characters as a search among its programs, and the bill's
barcode would be lost.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget


class ProgramPicker(QComboBox):
    def __init__(self, bill: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_picker")
        self.bill = bill
        self._browsing = False  # an arrow key is moving through the programs: not yet a choice
        self.activated.connect(self._chosen)
        # Rows drawn as items, so till.qss colours the one under the pointer (the menu-like rows a
        # styled picker draws by default showed it white on white).
        self.setItemDelegate(QStyledItemDelegate(self))

    def _chosen(self) -> None:
        """Picked from the list (or by Enter): on to the bill. Arrow keys on the closed picker only
        browse, so the focus stays for the next arrow."""
        if not self._browsing:
            self.bill.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # loaded with the first key, not with the screen

        text = event.text()
        if len(text) == 1 and text.isprintable() and not text.isspace():
            self.bill.clear()  # a scan here is a new bill number
            self.bill.setFocus()
            self.bill.insert(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bill.setFocus()
            return
        self._browsing = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        try:
            super().keyPressEvent(event)
        finally:
            self._browsing = False
