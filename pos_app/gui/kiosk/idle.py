"""Idle time at the kiosk: after a quiet spell, "still there?" counts down, then the customer is forgotten.

``IdleWatch`` sees every touch, click and key in the application (an event filter) and
restarts its timer. When the timer runs out it asks ``StillThere`` to count down; a touch
stops the count, its end calls ``on_timeout``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.gui.kiosk.touch import big_label, touch_button

ACTIVITY = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.TabletPress}
)


class StillThere(QWidget):
    """A veil over the whole kiosk with a countdown and one big button."""

    stay = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("still_there")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = big_label("", "still_there_question", "title")
        self.countdown = big_label("", "still_there_countdown", "figure")
        self.button = touch_button("", name="still_there_yes")
        self.retranslate()
        self.button.setProperty("role", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 120, 120, 120)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addWidget(self.countdown)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.button.clicked.connect(self.stay.emit)
        self.hide()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("Yes, I am still here"))
        self.button.setAccessibleName(self.button.text())

    def show_count(self, seconds: int) -> None:
        self.countdown.setText(self.tr("Starting over in {0} s").format(seconds))
        if self.isHidden():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.show()
            self.raise_()


class IdleWatch(QObject):
    def __init__(self, veil: StillThere, on_timeout: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.veil = veil
        self.on_timeout = on_timeout
        self.idle_s = 60.0
        self.warning_s = 15
        self.left = 0
        self.armed = False
        self.keep_waiting: Callable[[], bool] = lambda: False  # e.g. a redemption still answering
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._quiet_too_long)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        veil.stay.connect(self.poke)

    def arm(self, idle_s: float, warning_s: int) -> None:
        """Watch from now on with these times (a step such as the code may wait longer)."""
        self.idle_s, self.warning_s, self.armed = idle_s, warning_s, True
        self.poke()

    def disarm(self) -> None:
        self.armed = False
        self.quiet.stop()
        self.tick.stop()
        self.veil.hide()

    def poke(self) -> None:
        """Someone is there: hide the question and start the quiet time again."""
        self.tick.stop()
        self.veil.hide()
        if self.armed:
            self.quiet.start(int(self.idle_s * 1000))

    @property
    def counting(self) -> bool:
        return self.tick.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.armed:
            self.poke()
        return False

    def _quiet_too_long(self) -> None:
        if self.keep_waiting():
            self.quiet.start(int(self.idle_s * 1000))
            return
        self.left = self.warning_s
        self.veil.show_count(self.left)
        self.tick.start()

    def _count_down(self) -> None:
        self.left -= 1
        if self.left > 0:
            self.veil.show_count(self.left)
            return
        self.disarm()
        self.on_timeout()
