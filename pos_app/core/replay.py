"""Replaying the outbox: unknowns first, then pending rows in order, at a bounded rate.

One replayer at a time may send (a lock file says which process); it is the only writer of
rows it sends. Rows of one customer go in the order they were taken (FIFO per customer).
Rows older than the configured maximum age are not sent but handed to a person; an old
row whose outcome is unknown is looked up instead of being sent.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pos_app.core.capillary import CapillaryError, Identifier
from pos_app.core.outbox import APPROVAL, ATTENTION, DONE, PENDING, UNKNOWN, OutboxItem
from pos_app.core.sending import AttemptOutcome, Sender


class ReplayBusy(Exception):
    """Another process is replaying this outbox."""


@contextmanager
def replay_lock(path: Path) -> Iterator[None]:
    """Held while replaying; a second replayer of the same outbox is refused, not run."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReplayBusy(
                "The offline queue is being replayed by another process (the till window?). "
                "Close it or wait for it to finish."
            ) from None
        yield
    finally:
        os.close(fd)


@dataclass
class ReplayReport:
    sent: int = 0
    done: int = 0
    attention: int = 0
    stopped_because: str = ""
    errors: list[str] = field(default_factory=list)


class Replayer:
    def __init__(
        self, sender: Sender, clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.sender = sender
        self.outbox = sender.outbox
        self.clock = clock
        self.sleep = sleep
        self._paused_until = 0.0
        self._last_send = 0.0

    @property
    def min_interval_s(self) -> float:
        return 60.0 / max(1, self.sender.policy.requests_per_minute)

    def step(self) -> AttemptOutcome | None:
        """Send one due row (or settle an old one); None when nothing is due now."""
        item = self.next_due()
        if item is None:
            return None
        if item.state != APPROVAL and item.age_hours(self.clock()) > self.sender.policy.max_age_hours:
            return AttemptOutcome(self._too_old(item))
        wait = max(self._paused_until, self._last_send + self.min_interval_s) - self.clock()
        if wait > 0:
            self.sleep(wait)
        self._last_send = self.clock()
        outcome = self.sender.attempt(item)
        if outcome.retry_after:
            self._paused_until = self.clock() + outcome.retry_after
        return outcome

    def candidates(self) -> list[OutboxItem]:
        """Rows whose turn it is, whenever their retry time comes: unknowns first, then pending
        rows (a customer's in the order taken), then requests waiting for approval."""
        seen: set[str] = set()
        turn: list[OutboxItem] = []
        for row in self.outbox.items((UNKNOWN, PENDING, APPROVAL)):  # oldest first
            if row.state == PENDING and row.customer_value in seen:
                continue
            if row.state in (PENDING, UNKNOWN):
                seen.add(row.customer_value)
            turn.append(row)
        order = {UNKNOWN: 0, PENDING: 1, APPROVAL: 2}
        return sorted(turn, key=lambda r: (order[r.state], r.id))

    def next_due(self) -> OutboxItem | None:
        now = self.clock()
        return next((row for row in self.candidates() if row.next_attempt_at <= now), None)

    def _too_old(self, item: OutboxItem) -> OutboxItem:
        hours = self.sender.policy.max_age_hours
        if item.state == PENDING:
            return self.outbox.update(
                item.id,
                state=ATTENTION,
                reason=f"Older than {hours:g} hours; not sent. Redo it with the customer if still due.",
            )
        try:  # unknown: never resend an old one blind; ask whether it went through
            rows = self.sender.client.redemption_history(
                Identifier(item.customer_kind, item.customer_value),  # type: ignore[arg-type]
                external_reference_number=item.reference,
                limit=5,
            )
        except CapillaryError as error:
            return self.outbox.update(item.id, next_attempt_at=self.clock() + 60, reason=error.cashier_message)
        match = next((r for r in rows if r.external_reference_number == item.reference), None)
        if match is not None:
            return self.outbox.update(
                item.id, state=DONE, redemption_id=match.redemption_id, result={"found_in_history": True}, reason=""
            )
        return self.outbox.update(
            item.id, state=ATTENTION, reason=f"Older than {hours:g} hours and not found at the loyalty service."
        )

    def run(
        self, on_progress: Callable[[AttemptOutcome], None] | None = None, max_wait_s: float = 60.0
    ) -> ReplayReport:
        """Replay until the queue is empty or nothing more can progress.

        Waits for rows whose retry time is near (at most ``max_wait_s``); stops at once when
        the network is down or the credentials are refused. The caller holds the replay lock
        and has called ``Outbox.recover_interrupted`` once when it took the lock.
        """
        report = ReplayReport()
        while True:
            outcome = self.step()
            if outcome is None:
                upcoming = [r.next_attempt_at for r in self.candidates() if r.state != APPROVAL]
                if not upcoming:
                    waiting = self.outbox.items((APPROVAL,))
                    report.stopped_because = f"{len(waiting)} waiting for approval" if waiting else "queue empty"
                    return report
                wait = min(upcoming) - self.clock()
                if wait > max_wait_s:
                    report.stopped_because = f"next retry in {wait:.0f}s"
                    return report
                self.sleep(max(0.0, wait))
                continue
            report.sent += 1
            report.done += outcome.item.state == DONE
            report.attention += outcome.item.state == ATTENTION
            if outcome.error is not None:
                report.errors.append(f"{outcome.item.reference}: {outcome.error.cashier_message}")
            if on_progress is not None:
                on_progress(outcome)
            if outcome.stop_replay:
                report.stopped_because = outcome.error.cashier_message if outcome.error else "stopped"
                return report
