"""The one replay worker of the window: sends what waits in the outbox, reports by signals.

It holds the replay lock for the window's lifetime (so a headless ``pos-app queue replay``
cannot run beside it) and runs one pass at a time in the background.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import QueueSummary
from pos_app.core.replay import ReplayBusy, Replayer, ReplayReport, replay_lock
from pos_app.gui.background import Background

PASS_INTERVAL_MS = 15_000


class ReplayWorker(QObject):
    queue_changed = Signal(object)  # QueueSummary
    needs_attention = Signal(int)  # how many items need a person
    status = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self.running = False
        self.owns_queue = False
        self._lock: contextlib.ExitStack | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PASS_INTERVAL_MS)
        self.timer.timeout.connect(self.replay_now)
        self.last_attention = 0

    def start(self) -> None:
        stack = contextlib.ExitStack()
        try:
            stack.enter_context(replay_lock(self.ctx.paths.data_dir / "replay.lock"))
        except ReplayBusy as busy:
            self.status.emit(str(busy))
        else:
            self._lock = stack
            self.owns_queue = True
            self.ctx.outbox.recover_interrupted()
        self.timer.start()
        self.refresh()
        self.replay_now()

    def stop(self) -> None:
        self.timer.stop()
        self.background.wait_idle(10_000)
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def refresh(self) -> QueueSummary:
        summary = self.ctx.outbox.summary()
        self.queue_changed.emit(summary)
        if summary.attention_count > self.last_attention:
            self.needs_attention.emit(summary.attention_count)
        self.last_attention = summary.attention_count
        return summary

    def replay_now(self) -> None:
        if self.running or not self.owns_queue:
            return
        summary = self.ctx.outbox.summary()
        if not summary.open_count:
            return
        self.running = True

        def run() -> ReplayReport:
            return Replayer(self.ctx.sender()).run(max_wait_s=0)

        self.background.run(run, self._finished, self._failed)

    def _finished(self, report: ReplayReport) -> None:
        self.running = False
        if report.sent:
            self.status.emit(f"Queue: {report.done} sent ({report.stopped_because}).")
        self.refresh()

    def _failed(self, error: Any) -> None:
        self.running = False
        self.status.emit(f"Queue replay stopped: {error}")
        self.refresh()


def age_text(summary: QueueSummary) -> str:
    minutes = summary.oldest_age_s(time.time()) / 60
    return f"{minutes:.0f} min" if minutes < 120 else f"{minutes / 60:.1f} h"
