"""Touch pieces: big buttons and the numeric keypad that stands in for a keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# At least 48 px for a fingertip (WCAG 2.5.5 asks 44); a kiosk is used standing, so more.
MIN_TOUCH_PX = 72
BACKSPACE = "⌫"


def touch_button(text: str, accessible: str = "", name: str = "", fit: bool = False) -> QPushButton:
    """``fit``: the words drawn smaller when the button is narrower than they are."""
    button = FitTextButton(text) if fit else QPushButton(text)
    button.setMinimumSize(MIN_TOUCH_PX * 2, MIN_TOUCH_PX)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(accessible or text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the field a scanner types into
    if name:
        button.setObjectName(name)
    return button


def big_label(text: str = "", name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)  # styled by kiosk.qss
    return label


class FitLabel(QLabel):
    """A label that keeps the same height whatever it says: room for ``lines`` lines of its font,
    the text drawn smaller when it needs more. A message appearing never moves a button."""

    SMALLEST_PT = 10.0

    def __init__(self, lines: int, name: str = "", role: str = "") -> None:
        super().__init__()
        self.lines = lines  # wrapped when drawn; no word wrap for the layout, whose height would follow the text
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if name:
            self.setObjectName(name)
        if role:
            self.setProperty("role", role)

    def _height(self) -> int:
        margins = self.contentsMargins()
        return self.lines * QFontMetrics(self.font()).lineSpacing() + margins.top() + margins.bottom() + 4

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(120, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self._height())

    def fitting_font(self) -> QFont:
        """The label's font, or a smaller one, in which the whole text fits its rectangle."""
        font = QFont(self.font())
        rect = self.contentsRect()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        size = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize()) * 0.75
        while size > self.SMALLEST_PT:
            bound = QFontMetrics(font).boundingRect(rect, flags, self.text())
            if bound.height() <= rect.height() and bound.width() <= rect.width():
                break
            size -= 1
            font.setPointSizeF(size)
        return font

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setFont(self.fitting_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.contentsRect(), flags, self.text())
        painter.end()


class Keypad(QWidget):
    """Digits 0-9, backspace and clear, typing into one field."""

    pressed = Signal(str)

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("keypad")
        # Digits read 1 2 3 from the left in every language, as on a phone: not mirrored for Arabic.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", BACKSPACE, "0", self.tr("Clear")]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setMinimumSize(MIN_TOUCH_PX + 40, MIN_TOUCH_PX)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", "key" if key != keys[-1] else "word-key")  # "Löschen" at 28 pt overflows
            button.setAccessibleName(
                {BACKSPACE: self.tr("Delete last digit"), keys[-1]: self.tr("Clear all")}.get(key, key)
            )
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        self.clear_key = keys[-1]

    def press(self, key: str) -> None:
        """As keys on a keyboard: what is selected (a wrong code, just refused) is replaced."""
        field = self.target
        if key == self.clear_key:
            field.clear()
        elif field.hasSelectedText() and key == BACKSPACE:
            field.del_()
        elif field.hasSelectedText():
            field.insert(key)
        elif key == BACKSPACE:
            field.setText(field.text()[:-1])
        elif len(field.text()) < field.maxLength():
            field.setText(field.text() + key)
        self.pressed.emit(key)


class FitTextButton(QPushButton):
    """A touch button whose words are drawn smaller when its room is narrower than they are (a
    program's long title on a 1024-wide kiosk); its size, and so every target, stays put."""

    SMALLEST_PT = 10.0

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def text_room(self) -> QRect:
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, self._option(), self)

    def fitting_font(self) -> QFont:
        font = QFont(self.font())
        room = self.text_room()
        size = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize()) * 0.75
        while size > self.SMALLEST_PT:
            bound = QFontMetrics(font).boundingRect(room, int(Qt.AlignmentFlag.AlignCenter), self.text())
            if bound.width() <= room.width() and bound.height() <= room.height():
                break
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def paintEvent(self, _event: Any) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""  # the frame as the style sheet has it; the words drawn to fit
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.setFont(self.fitting_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(self.text_room(), int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()
