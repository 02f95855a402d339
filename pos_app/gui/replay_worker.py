"""The one replay worker of the window: sends what waits in the outbox, reports by signals.

It holds the replay lock for the window's lifetime (so a headless ``pos-app queue replay``
cannot run beside it) and runs one pass at a time in the background. ``queue_changed`` is the
one source of the queue's counts: the badge and the queue screen both follow it, and it is
sent as items are sent (a few at most per refresh interval), not only when a pass ends.

When the network returns, the replay starts after a random delay (``start_delay_s``): a
store's tills coming back together do not replay together. A pass stopped by the network
being down holds the next passes until then (the window's probe says when it is back).
"""

from __future__ import annotations

import contextlib
import random
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import QueueSummary
from pos_app.core.replay import ReplayBusy, Replayer, ReplayReport, replay_lock, start_delay_s
from pos_app.gui.background import Background

PASS_INTERVAL_MS = 15_000
# Items sent in a burst refresh the counts once: a long replay never floods the GUI thread.
REFRESH_AFTER_MS = 150
# Passes held after the network was found down: until it is back, or this long at most.
OFFLINE_HOLD_S = 120.0


class ReplayWorker(QObject):
    queue_changed = Signal(object)  # QueueSummary
    needs_attention = Signal(int)  # how many items need a person
    status = Signal(str)
    attempted = Signal(object)  # AttemptOutcome of one item (sent from the replay's thread)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self.running = False
        self.owns_queue = False
        self._lock: contextlib.ExitStack | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PASS_INTERVAL_MS)
        self.timer.timeout.connect(self.pass_due)
        self.last_attention = 0
        self.rng = random.Random()
        self.held_until = 0.0  # (monotonic) no pass before then: offline, or the start delay
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(self._start_after_delay)
        self.refresh_soon = QTimer(self)
        self.refresh_soon.setSingleShot(True)
        self.refresh_soon.setInterval(REFRESH_AFTER_MS)
        self.refresh_soon.timeout.connect(self._refresh_aside)
        self.counting = Background(self)  # the counts read while the replay writes: never on the GUI thread
        self.attempted.connect(lambda _outcome: self.refresh_soon.start() if not self.refresh_soon.isActive() else None)

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
        self.refresh_soon.stop()
        self.counting.forget_all()  # a count read earlier on the side is older than this one
        summary = self.ctx.outbox.summary()
        self._counted(summary)
        return summary

    def _refresh_aside(self) -> None:
        """The counts as items are sent: read on a worker thread (the replay holds the queue's
        lock while it writes to disk), shown when read."""
        if not self.counting.busy:
            self.counting.run(self.ctx.outbox.summary, self._counted, lambda error: None)

    def _counted(self, summary: QueueSummary) -> None:
        self.queue_changed.emit(summary)
        if summary.attention_count > self.last_attention:
            self.needs_attention.emit(summary.attention_count)
        self.last_attention = summary.attention_count

    def network_lost(self) -> None:
        """The service cannot be reached: no new pass until it answers again (see ``network_returned``)."""
        self.start_timer.stop()
        self.held_until = time.monotonic() + OFFLINE_HOLD_S

    def network_returned(self) -> None:
        """The service answers again: replay after a random delay (no store-wide stampede)."""
        delay = start_delay_s(self.rng)
        self.held_until = time.monotonic() + delay
        self.start_timer.start(int(delay * 1000))

    def _start_after_delay(self) -> None:
        self.held_until = 0.0
        self.replay_now()

    def pass_due(self) -> None:
        """The timer's pass, unless the network is down or has just returned (its delay runs)."""
        if time.monotonic() >= self.held_until:
            self.replay_now()

    def replay_now(self) -> None:
        """A pass now (at start, F8, the queue screen's retry), unless one runs."""
        if self.running or not self.owns_queue:
            return
        summary = self.ctx.outbox.summary()
        if not summary.open_count:
            return
        self.running = True

        attempted = self.attempted

        def run() -> ReplayReport:
            sender = self.ctx.sender()
            return Replayer(sender, share=self.ctx.key_share).run(on_progress=attempted.emit, max_wait_s=0)

        self.background.run(run, self._finished, self._failed)

    def _finished(self, report: ReplayReport) -> None:
        self.running = False
        if report.offline:
            self.held_until = time.monotonic() + OFFLINE_HOLD_S
        if report.done:
            self.status.emit(self.tr("Queue: %n redemption(s) sent.", "", report.done))
        self.refresh()

    def _failed(self, error: Any) -> None:
        self.running = False
        self.status.emit(self.tr("The queue could not be sent: {0}").format(error))
        self.refresh()
