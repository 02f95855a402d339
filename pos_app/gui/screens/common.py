"""Small pieces every screen uses: big labels, key-labelled buttons, the message line.

The start screen is built before the window shows, so nothing here touches Qt's ``Qt``
namespace at construction: loading it (all its enums) takes some 40 ms.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def heading(text: str, scale: float = 1.8) -> QLabel:
    """A title that grows with the system font (large-font settings keep it larger than the text)."""
    label = QLabel(text)
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def key_button(
    text: str, key: str, parent: QWidget | None = None, accessible: str = "", answers: bool = True
) -> QPushButton:
    """A button that shows its key (``Check  [F5]``) and answers to it (unless ``answers`` is off:
    a field's own Enter does it). Setting a shortcut loads the Qt namespace (~40 ms)."""
    button = QPushButton(f"{text}  [{key}]", parent)
    if answers:
        button.setShortcut(QKeySequence(key))
    button.setAccessibleName(accessible or text)
    button.setMinimumHeight(36)
    return button


class MessageLine(QLabel):
    """One line that tells the cashier what happened and what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Message")
        self.selectable = False
        self.clear_message()

    def error(self, text: str, request_id: str = "") -> None:
        suffix = f"\n(support request id {request_id})" if request_id else ""
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self._show(text + suffix)

    def info(self, text: str) -> None:
        self.setStyleSheet("color: #0b5394;")
        self._show(text)

    def _show(self, text: str) -> None:
        if not self.selectable:  # so a request id can be copied; set with the first message
            from PySide6.QtCore import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.selectable = True
        self.setText(text)

    def clear_message(self) -> None:
        self.setText("")
