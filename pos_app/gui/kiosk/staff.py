"""The staff side of the kiosk: five quick taps in the corner, the supervisor's PIN, then settings,
the offline queue (a screen of the kiosk itself) or leaving kiosk mode."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from pos_app.core.app_context import AppContext
from pos_app.gui.kiosk.supervisor_pad import PinPad, StaffMenu, StaffPage
from pos_app.gui.queue_dialog import QueueDialog
from pos_app.gui.replay_worker import ReplayWorker
from pos_app.gui.settings_dialog import SettingsDialog

CORNER_PX = 90
CORNER_TAPS = 5
CORNER_WINDOW_S = 4.0


class CornerTap(QWidget):
    """An invisible square in the top-left corner: five quick taps open the staff side."""

    opened = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_corner")
        self.setGeometry(0, 0, CORNER_PX, CORNER_PX)
        self.taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self.taps = [t for t in self.taps if now - t < CORNER_WINDOW_S] + [now]
        if len(self.taps) >= CORNER_TAPS:
            self.taps.clear()
            self.opened.emit()
        event.accept()


class StaffSide:
    """What the kiosk window does for a supervisor (mixed into ``KioskWindow``)."""

    ctx: AppContext
    replay: ReplayWorker
    stack: QStackedWidget
    tr: Callable[[str], str]
    go: Callable[[QWidget], None]
    clear_customer: Callable[[], None]
    leave: Callable[[], None]

    def window_widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def ask_for_pin(self) -> PinPad:
        pad = PinPad(self.ctx.supervisor, self.window_widget())
        pad.accepted.connect(self.staff_menu)
        pad.open()
        self.pin_pad = pad
        return pad

    def staff_menu(self) -> StaffMenu:
        menu = StaffMenu(self.window_widget())
        menu.accepted.connect(lambda: self._staff_choice(menu.choice))
        menu.open()
        self.menu = menu
        return menu

    def _staff_choice(self, choice: str) -> None:
        if choice == StaffMenu.EXIT:
            self.leave()
        elif choice == StaffMenu.SETTINGS:
            SettingsDialog(self.ctx, self.window_widget()).open()
        elif choice == StaffMenu.QUEUE:
            self.open_queue()

    def open_queue(self) -> StaffPage:
        """The offline queue as a screen of the kiosk (the supervisor's PIN was given)."""
        dialog = QueueDialog(self.ctx.outbox, self.replay.replay_now, None, allow_cancel=lambda: True)
        page = StaffPage(self.tr("Offline queue"), dialog)
        self.stack.addWidget(page)
        self.go(page)

        def refresh(_summary: object) -> None:
            dialog.refresh()

        self.replay.queue_changed.connect(refresh)

        def back() -> None:
            if self.stack.indexOf(page) < 0:
                return
            self.replay.queue_changed.disconnect(refresh)
            self.stack.removeWidget(page)
            page.deleteLater()
            self.replay.refresh()
            self.clear_customer()

        page.closed.connect(back)
        self.staff_page = page
        return page
