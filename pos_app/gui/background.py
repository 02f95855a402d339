"""The one way screens run slow work: on a worker thread, answer delivered on the GUI thread.

``Background.run(fn, on_success, on_failure)`` runs ``fn()`` in Qt's thread pool and calls
exactly one of the callbacks on the GUI thread. ``cancel()`` on the returned handle drops the
answer (the call itself runs to its timeout); ``forget_all()`` drops every answer still due,
so a screen that was cleared never shows a stale result.

No QObject is made per operation: one long-lived signal carries every answer back. (A
short-lived QObject caught in a reference cycle can be collected by Python's GC on any
thread, which Qt does not survive.)
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger("pos_app.gui")


@dataclass
class Operation:
    id: int
    generation: int
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class Background(QObject):
    busy_changed = Signal(bool)
    _answered = Signal(int, bool, object)  # operation id, succeeded, result or error

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.generation = 0
        self._ids = itertools.count(1)
        self._running: dict[int, Operation] = {}
        self._answered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return any(self._live(op) for op in self._running.values())

    def _live(self, op: Operation) -> bool:
        return not op.cancelled and op.generation == self.generation

    def forget_all(self) -> None:
        """Answers of everything started so far will not be delivered."""
        self.generation += 1
        self.busy_changed.emit(self.busy)

    def run(
        self, fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[Exception], None]
    ) -> Operation:
        op = Operation(next(self._ids), self.generation, on_success, on_failure)
        self._running[op.id] = op
        answered = self._answered

        def work() -> None:
            try:
                result = fn()
            except Exception as error:  # every failure reaches the screen, none is lost in a thread
                answered.emit(op.id, False, error)
            else:
                answered.emit(op.id, True, result)

        self.busy_changed.emit(True)
        self.pool.start(work)
        return op

    def _deliver(self, op_id: int, succeeded: bool, value: Any) -> None:
        op = self._running.pop(op_id, None)
        self.busy_changed.emit(self.busy)
        if op is None or not self._live(op):
            log.debug("dropped the answer of a cancelled operation")
            return
        (op.on_success if succeeded else op.on_failure)(value)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: wait for the pool's threads to finish."""
        return bool(self.pool.waitForDone(msecs))
