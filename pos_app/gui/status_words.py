"""Text for a narrow place (the status bar): shortened at a word, never in the middle of one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def fit_words(text: str, most: int, width_of: Callable[[str], int] = len) -> str:
    """``text`` on one line, at most ``most`` wide (characters, or what ``width_of`` measures),
    cut after a whole word with "..."."""
    line = " ".join(text.split())
    if width_of(line) <= most:
        return line
    words = line.split(" ")
    while len(words) > 1:
        words.pop()
        shown = " ".join(words).rstrip(" ,;:.") + "..."
        if width_of(shown) <= most:
            return shown
    return ""  # not even the first word fits: nothing, rather than part of one


class WordFitLabel(QLabel):
    """A one-line label that shows as many whole words as its width holds (all of it as a tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = ""

    def set_whole_text(self, text: str, tooltip: str = "") -> None:
        self.whole = text
        self.setToolTip(tooltip or text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        if room <= 0:  # not laid out yet: a generous line, refitted once it has a width
            self.setText(fit_words(self.whole, 90))
            return
        metrics = self.fontMetrics()
        self.setText(fit_words(self.whole, room, metrics.horizontalAdvance))
