"""The receipt on the kiosk's done screen: the whole slip at once, never scrolled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy

PADDING_PX = 12


class ReceiptView(QLabel):
    """The slip as it prints, line for line, in the largest monospaced type (the style sheet's size
    at most) in which every line fits the room the screen gives it, drawn as a white slip in the
    middle of that room. A customer shows it to the cashier: nothing of it may be out of sight."""

    SMALLEST_PT = 8.0

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk_receipt")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def lines(self) -> list[str]:
        return self.text().splitlines() or [""]

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def fitting_font(self) -> QFont:
        """The style sheet's font, or a smaller size of it, in which the whole slip fits."""
        font = QFont(self.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        lines = self.lines()
        room = self.contentsRect().adjusted(PADDING_PX, PADDING_PX, -PADDING_PX, -PADDING_PX)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 17.0
        while size > self.SMALLEST_PT:
            font.setPointSizeF(size)
            metrics = QFontMetrics(font)
            wide = max(metrics.horizontalAdvance(line) for line in lines)
            if metrics.lineSpacing() * len(lines) <= room.height() and wide <= room.width():
                break
            size -= 0.5
        return font

    def slip_rect(self, font: QFont | None = None) -> QRect:
        """Where the white slip is drawn: just round its lines, in the middle of the room."""
        metrics = QFontMetrics(font or self.fitting_font())
        lines = self.lines()
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * PADDING_PX
        height = metrics.lineSpacing() * len(lines) + 2 * PADDING_PX
        slip = QRect(0, 0, min(width, self.contentsRect().width()), min(height, self.contentsRect().height()))
        slip.moveCenter(self.contentsRect().center())
        return slip

    def paintEvent(self, _event: Any) -> None:
        if not self.text():
            return
        font = self.fitting_font()
        slip = self.slip_rect(font)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#9aa3ad"), 2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(slip, 6, 6)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # columns as the slip prints them
        spacing = QFontMetrics(font).lineSpacing()
        top = slip.top() + PADDING_PX
        for line in self.lines():
            row = QRect(slip.left() + PADDING_PX, top, slip.width() - 2 * PADDING_PX, spacing)
            painter.drawText(row, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            top += spacing
        painter.end()
