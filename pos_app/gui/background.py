"""The one way screens run slow work: on a worker thread, answer delivered on the GUI thread.

``Background.run(fn, on_success, on_failure)`` runs ``fn()`` on a thread of its own and calls
exactly one of the callbacks on the GUI thread. A thread per call, not a pool of one per core:
the calls wait on the network, and a replay of a long queue, a printer that does not answer
or a few lookups left to their timeout must never keep the cashier's next call waiting.

``cancel()`` on the returned handle drops the answer (the call itself runs to its timeout);
``forget_all()`` drops every answer still due, so a screen that was cleared never shows a
stale result.

No QObject is made per operation: one long-lived signal carries every answer back. (A
short-lived QObject caught in a reference cycle can be collected by Python's GC on any
thread, which Qt does not survive.)
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("pos_app.gui")

_all_calls: set[threading.Thread] = set()  # every call still running, of every Background
_all_calls_lock = threading.Lock()


def _join(threads: Iterable[threading.Thread], msecs: int) -> bool:
    deadline = time.monotonic() + msecs / 1000
    for thread in list(threads):
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in threads)


def wait_for_all_calls(msecs: int = 30_000) -> bool:
    """For shutdown: wait for every call still running (a print, a redemption on its way)."""
    with _all_calls_lock:
        running = set(_all_calls)
    return _join(running, msecs)


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._calls: set[threading.Thread] = set()
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
        calls = self._calls

        def work() -> None:
            try:
                try:
                    succeeded, value = True, fn()
                except Exception as error:  # every failure reaches the screen, none is lost in a thread
                    succeeded, value = False, error
                try:
                    answered.emit(op.id, succeeded, value)
                except RuntimeError:  # the screen that asked was closed meanwhile
                    log.debug("an answer came after its screen was closed")
            finally:
                with _all_calls_lock:
                    calls.discard(thread)
                    _all_calls.discard(thread)

        thread = threading.Thread(target=work, name=f"pos-app-call-{op.id}", daemon=True)
        with _all_calls_lock:
            calls.add(thread)
            _all_calls.add(thread)
        self.busy_changed.emit(True)
        thread.start()
        return op

    def _deliver(self, op_id: int, succeeded: bool, value: Any) -> None:
        op = self._running.pop(op_id, None)
        self.busy_changed.emit(self.busy)
        if op is None or not self._live(op):
            log.debug("dropped the answer of a cancelled operation")
            return
        (op.on_success if succeeded else op.on_failure)(value)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: wait for this one's calls to finish."""
        with _all_calls_lock:
            running = set(self._calls)
        return _join(running, msecs)
