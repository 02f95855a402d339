"""A barcode scanner in keyboard-wedge mode: characters arriving faster than anyone types, then Enter.

It watches the widget that has focus, moving with the focus, and sees its keys first. When
a fast burst ends in Enter it takes the burst out of whatever field received it and reports
it as one scan, whatever has focus (except in a field that takes scans itself, such as the
bill number, and keeping the characters in one that asks to, the code); slower typing passes
through untouched.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

MAX_GAP_S = 0.035  # people type at 100-300 ms a key; scanners at a few ms
MIN_LENGTH = 6
# A field with this property set keeps a scan as its own input instead of starting a lookup.
ACCEPTS_SCAN = "acceptsScan"
# A field with this one set reports a scan as a scan but keeps its characters: the code field,
# where the next customer's card must not be sent as the code, and a code typed as fast as a
# scanner stays typed, to be confirmed with its key.
KEEPS_SCANNED_TEXT = "keepsScannedText"
KEY_PRESS = QEvent.Type.KeyPress


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.burst = ""
        self.last = 0.0
        self.windows: list[QWidget] = []  # the windows whose keys count (all, if none is named)

    def attach(self, app: QApplication) -> None:
        """Follow the focus. (A filter on the whole application would also see every paint and
        layout event of every widget; taking each into Python made the window ~70 ms slower to
        show and every later repaint slower too.)"""
        app.focusChanged.connect(self._focus_moved)
        self._focus_moved(None, app.focusWidget())

    def watch(self, window: QWidget) -> None:
        """Keys that reach a window with no widget in focus (a screen just changed) count too."""
        window.installEventFilter(self)
        self.windows.append(window)

    def _counts(self, watched: QWidget) -> bool:
        """Only keys meant for a watched window: never those typed into a dialog, a file dialog, a
        PIN prompt or a message box in front of it (they belong to what is open there)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        return not self.windows or watched.window() in self.windows

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            with contextlib.suppress(RuntimeError):  # the widget that had focus may be gone
                old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != KEY_PRESS or not isinstance(event, QKeyEvent):
            return False
        # A key counts once, at the widget that has focus (a key it passes on is seen again).
        if not isinstance(watched, QWidget) or watched is not (QApplication.focusWidget() or watched):
            return False
        if not self._counts(watched):
            self.burst = ""
            return False
        from PySide6.QtCore import Qt  # loaded with the first key, not with the window

        key = Qt.Key
        if event.key() in (key.Key_Shift, key.Key_Control, key.Key_Alt, key.Key_AltGr, key.Key_Meta):
            return False  # the Shift a scanner sends before a capital letter does not break its burst
        now = time.monotonic()
        fast = now - self.last <= MAX_GAP_S
        self.last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst, self.burst = self.burst, ""
            if watched.property(ACCEPTS_SCAN):  # e.g. the bill's barcode scanned into the bill field
                return False
            if fast and len(burst) >= MIN_LENGTH:
                if not watched.property(KEEPS_SCANNED_TEXT):
                    self._take_back(burst)
                self.scanned.emit(burst)
                return True
            return False
        text = event.text()
        if text and text.isprintable() and len(text) == 1:
            self.burst = self.burst + text if fast or not self.burst else text
        else:
            self.burst = ""
        return False

    @staticmethod
    def _take_back(burst: str) -> None:
        field = QApplication.focusWidget()
        if isinstance(field, QLineEdit) and field.text().endswith(burst):
            field.setText(field.text()[: -len(burst)])
