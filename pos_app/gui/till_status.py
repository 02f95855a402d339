"""The till's status bar: where it talks to, the last error, the queue's badge, online or not.

It only shows what it is told: the window passes on the flow's, the connection's and the
replay's signals. An error stays until its customer is cleared or the service answers again;
a notice goes by itself.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from pos_app.gui.screens.common import restyle
from pos_app.gui.status_words import WordFitLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from pos_app.core.outbox import QueueSummary

NOTICE_MS = 6_000  # a notice ("Queue: 1 redemption(s) sent.") goes by itself
ATTENTION_MS = 15_000


def clock_time(when: float) -> str:
    """``14:05`` today, ``2026-12-01 14:05`` another day (as receipts write times)."""
    moment = time.localtime(when)
    return time.strftime("%H:%M" if moment[:3] == time.localtime()[:3] else "%Y-%m-%d %H:%M", moment)


class TillStatusBar(QStatusBar):
    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QLabel(where)
        self.online = QLabel(self.tr("connecting..."))
        self.online.setObjectName("online_status")
        self.online.setProperty("state", "unknown")
        self.online.setAccessibleName(self.tr("Connection to the loyalty service"))
        self.queue_badge = QLabel(self.tr("Pending: 0"))
        self.queue_badge.setObjectName("queue_badge")
        self.queue_badge.setAccessibleName(self.tr("Pending offline redemptions"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setVisible(False)
        self.last_error = WordFitLabel()
        self.last_error.setObjectName("last_error")
        self.last_error.setMinimumWidth(1)  # it shortens by words, the status bar never widens for it
        self.addWidget(self.where)
        self.addWidget(self.last_error, 1)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.queue_badge)
        self.addPermanentWidget(self.online)
        self._summary: QueueSummary | None = None
        self._serving = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        said = self.currentMessage()
        if said:  # said before the bar was shown: Qt left the where and error labels drawn beneath it
            self.clearMessage()
            self.showMessage(said, NOTICE_MS)

    def show_online(self, online: bool | None) -> None:
        if online is None:  # not known yet: "connecting..." stays
            return
        self.online.setText(self.tr("online") if online else self.tr("OFFLINE"))
        self.online.setProperty("state", "online" if online else "offline")
        restyle(self.online)

    def show_queue(self, summary: QueueSummary) -> None:
        self._summary = summary
        self._show_badge()

    def show_serving(self, serving: bool) -> None:
        """A customer is on the screen: the queue waits for them (their calls go first)."""
        self._serving = serving
        self._show_badge()

    def _show_badge(self) -> None:
        summary = self._summary
        if summary is None:
            return
        text = self.tr("Pending: {0}").format(summary.open_count)
        if summary.open_count and summary.oldest_open_at is not None:
            # A clock time, not an age: it stays true without being redrawn
            text += self.tr(" (oldest from {0})").format(clock_time(summary.oldest_open_at))
            if self._serving:
                text += self.tr(", sent after this customer")
        if summary.attention_count:
            text += self.tr(" | attention: {0}").format(summary.attention_count)
        self.queue_badge.setText(text)
        state = "attention" if summary.attention_count else "waiting" if summary.open_count else ""
        self.queue_badge.setProperty("state", state)
        restyle(self.queue_badge)

    def show_error(self, message: str, request_id: str) -> None:
        """The error, whole words only; the whole of it as a tooltip. An older notice goes: it
        would stand in the error's place, and beside the screen's error."""
        self.clearMessage()
        self.last_error.set_whole_text(
            message, message + (f"\n(support request id {request_id})" if request_id else "")
        )

    def clear_error(self, *_args: object) -> None:
        """An error belongs to its customer and to a network that has since answered."""
        self.last_error.set_whole_text("")

    def notice(self, text: str) -> None:
        self.showMessage(text, NOTICE_MS)

    def attention(self, count: int) -> None:
        self.showMessage(self.tr("%n queued redemption(s) need attention: press F10", "", count), ATTENTION_MS)
