"""Replaying the outbox: unknowns first, then pending rows in order, at a bounded rate.

One replayer at a time may send (a lock file says which process); it is the only writer of
rows it sends. Rows of one customer go in the order they were taken (FIFO per customer).
Rows older than the configured maximum age are not sent but handed to a person; an old
row whose outcome is unknown is looked up instead of being sent.

The key's calls are shared (``key_share``): the replay keeps to its share of the key's limit,
waits while the customer at the till is being served, slows down by half after a 429 and
speeds up a little after each answered call.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from pos_app.core.capillary import CapillaryError, NotSent
from pos_app.core.i18n import _
from pos_app.core.key_share import KeyShare
from pos_app.core.outbox import APPROVAL, ATTENTION, DONE, PENDING, UNKNOWN, OutboxItem
from pos_app.core.queue_reasons import not_applied_reason, waiting_reason
from pos_app.core.reconcile import find_applied
from pos_app.core.sending import AttemptOutcome, Sender

CLAIM_PER_SENDER = 8
LIVE_POLL_S = 0.2  # how often a replay held back by the customer at the till looks again
# Tills back online at once do not all start at once (nor all resume at once after a 429).
START_SPREAD_S = 30.0
RESUME_SPREAD_S = 5.0


def start_delay_s(rng: random.Random | None = None) -> float:
    """How long a till waits before replaying when the network returns: a random part of
    ``START_SPREAD_S``, so a store's tills coming back together do not replay together."""
    return (rng or random).uniform(0, START_SPREAD_S)


class ReplayBusy(Exception):
    """Another process is replaying this outbox."""


@contextmanager
def replay_lock(path: Path) -> Iterator[None]:
    """Held while replaying; a second replayer of the same outbox is refused, not run.

    A lock of the operating system's (flock, or Windows' file locking) on ``path``: a
    process that dies lets go of it."""
    lock = FileLock(path, blocking=False, thread_local=False)  # in the owner-only data folder
    try:
        lock.acquire()
    except Timeout:
        raise ReplayBusy(
            "The offline queue is being replayed by another process (the till window?). "
            "Close it or wait for it to finish."
        ) from None
    try:
        yield
    finally:
        lock.release()


@dataclass
class ReplayReport:
    sent: int = 0
    done: int = 0
    attention: int = 0
    stopped_because: str = ""
    errors: list[str] = field(default_factory=list)
    offline: bool = False  # stopped because the service could not be reached


class Replayer:
    def __init__(
        self,
        sender: Sender,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        workers: int = 1,
        share: KeyShare | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.sender = sender
        # The key's calls as shared with the customer at the till; a replay with no window
        # around it (a command, a test) has a share of its own at the policy's budget.
        self.share = share or KeyShare(sender.policy.requests_per_minute)
        self.rng = rng or random.Random()
        self.outbox = sender.outbox
        self.clock = clock
        self.sleep = sleep
        self.workers = max(1, workers)
        # Several senders claim rows a few at a time (one transaction for many); one sender
        # claims one row at a time, so the queue screen never shows rows waiting as sending.
        self.claim_batch = 1 if self.workers == 1 else CLAIM_PER_SENDER * self.workers
        # Several senders claim more while a few claimed rows are left, so none waits for a
        # claim's sync to disk with nothing to send.
        self.claim_ahead = 0 if self.workers == 1 else self.workers
        self._claimed: deque[OutboxItem] = deque()
        self._claim_lock = threading.Lock()
        self._pace_lock = threading.Lock()
        self._next_slot: float | None = None  # none yet: no missed slots to catch up at the start
        self._stop: AttemptOutcome | None = None

    @property
    def budget(self) -> int:
        """Calls a minute the replay allows itself now (its rate after any 429s)."""
        return max(1, int(self.share.rate))

    @property
    def catch_up_slots(self) -> int:
        """Missed slots late senders may still use: one per sender (at most 5% of the budget),
        or 1% of the budget if that is more, so a pause of the machine costs no calls."""
        budget = self.budget
        return max(min(self.workers, budget // 20), budget // 100)

    @property
    def min_interval_s(self) -> float:
        """Between call slots: a minute over the budget less the slots that may be caught up.

        A nanosecond more, so rounding in thousands of added slots never fits one call too many
        into a minute."""
        return 60.0 / max(1, self.budget - self.catch_up_slots) + 1e-9

    def _pace(self) -> None:
        """Keep to the budget, to a Retry-After the service gave, and behind the customer at the till.

        Calls take evenly spaced slots. A sender that comes late may take a slot missed
        while every sender was busy (``catch_up_slots``), so time lost waiting on answers is
        not lost to the budget too; the slots are spaced for as many calls fewer, so no
        60-second window holds more calls than the budget.
        """
        while self.share.holds_replay():  # the customer's calls go first
            self.sleep(LIVE_POLL_S)
        with self._pace_lock:
            now = self.clock()
            interval = self.min_interval_s
            slot = now if self._next_slot is None else max(self._next_slot, now - self.catch_up_slots * interval)
            slot = max(slot, self.share.paused_until)  # a 429 met by anyone on this till
            self._next_slot = slot + interval
        wait = slot - now
        if wait > 0:
            self.sleep(wait)

    def _pause(self, seconds: float) -> None:
        """The service said to wait: everyone waits, then resumes at half the rate, at a moment
        of its own (tills sharing the key were all told the same wait)."""
        self.share.limited(seconds + self.rng.uniform(0, RESUME_SPREAD_S), now=self.clock())
        with self._pace_lock:
            self._next_slot = max(self._next_slot or 0.0, self.share.paused_until)

    def next_due(self) -> OutboxItem | None:
        """The row that would be sent next (nothing is claimed)."""
        return self.outbox.peek_next(self.clock())

    def step(self) -> AttemptOutcome | None:
        """Send one due row (or settle an old one); None when nothing is due now."""
        self._pace()
        item = self._next_claimed()
        if item is None:
            approval = self.outbox.next_approval_due(self.clock())
            return None if approval is None else self.sender.attempt(approval)
        if item.age_hours(self.clock()) > self.sender.policy.max_age_hours:
            return AttemptOutcome(self._too_old(item))
        # Several senders leave their outcomes to the next claim to write (one sync for many).
        outcome = self.sender.attempt(item, claimed=True, write_soon=self.workers > 1)
        if outcome.retry_after:
            self._pause(outcome.retry_after)
        elif outcome.error is None:
            self.share.answered()
        return outcome

    def _next_claimed(self) -> OutboxItem | None:
        """The next claimed row. Whoever notices few are left claims more, unless another sender
        already is: that one carries on with the row it has."""
        item = self._pop_claimed()
        if item is not None:
            if len(self._claimed) < self.claim_ahead and self._claim_lock.acquire(blocking=False):
                try:
                    self._claimed.extend(self.outbox.claim_due(self.clock(), self.claim_batch))
                finally:
                    self._claim_lock.release()
            return item
        with self._claim_lock:
            item = self._pop_claimed()  # another sender may have claimed meanwhile
            if item is None:
                self._claimed.extend(self.outbox.claim_due(self.clock(), self.claim_batch))
                item = self._pop_claimed()
        return item

    def _pop_claimed(self) -> OutboxItem | None:
        try:
            return self._claimed.popleft()  # atomic: no lock needed to take one
        except IndexError:
            return None

    def _release_unsent(self) -> None:
        """Rows claimed and not sent go back; outcomes not yet written are written."""
        with self._claim_lock:
            if self._claimed:
                self.outbox.release(list(self._claimed))
                self._claimed.clear()
            self.outbox.commit_waiting()

    def _too_old(self, item: OutboxItem) -> OutboxItem:
        hours = self.sender.policy.max_age_hours
        if item.state == PENDING:
            too_old = _(
                "Not sent: it waited more than {hours} hours, the longest this till keeps a redemption to send "
                "(offline.max_age_hours)."
            ).format(hours=f"{hours:g}")
            return self.outbox.update(item.id, state=ATTENTION, reason=not_applied_reason(item, too_old))
        try:  # unknown: never resend an old one blind; ask whether it went through
            match = find_applied(self.sender.client, item, self.clock(), self.sender.till_code)
        except CapillaryError as error:
            return self.outbox.update(
                item.id, state=UNKNOWN, next_attempt_at=self.clock() + 60, reason=waiting_reason(error, UNKNOWN)
            )
        if match is not None:
            return self.sender.found_applied(item, match)
        lost = _(
            "Its answer was lost, and after {hours} hours the customer's redemptions at the loyalty service "
            "still do not list it."
        ).format(hours=f"{hours:g}")
        return self.outbox.update(item.id, state=ATTENTION, reason=not_applied_reason(item, lost))

    def _drain(self, report: ReplayReport, on_progress: Callable[[AttemptOutcome], None] | None) -> None:
        """Send until nothing is due now or something stops the replay (one worker's loop)."""
        with self.share.replaying():  # this thread's calls are not the customer's
            self._drain_here(report, on_progress)

    def _drain_here(self, report: ReplayReport, on_progress: Callable[[AttemptOutcome], None] | None) -> None:
        while self._stop is None:
            outcome = self.step()
            if outcome is None:
                return
            with self._pace_lock:
                report.sent += 1
                report.done += outcome.item.state == DONE
                report.attention += outcome.item.state == ATTENTION
                if outcome.error is not None:
                    report.errors.append(f"{outcome.item.reference}: {outcome.error.cashier_message}")
                if outcome.stop_replay:
                    self._stop = outcome
                if on_progress is not None:  # one at a time: callers need no lock of their own
                    on_progress(outcome)

    def run(
        self, on_progress: Callable[[AttemptOutcome], None] | None = None, max_wait_s: float = 60.0
    ) -> ReplayReport:
        """Replay until the queue is empty or nothing more can progress.

        Waits for rows whose retry time is near (at most ``max_wait_s``); stops at once when
        the network is down or the credentials are refused. The caller holds the replay lock
        and has called ``Outbox.recover_interrupted`` once when it took the lock.
        """
        report = ReplayReport()
        self._stop = None
        while True:
            if self.workers == 1:
                self._drain(report, on_progress)
            else:
                threads = [
                    threading.Thread(target=self._drain, args=(report, on_progress), daemon=True)
                    for _ in range(self.workers)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            self._release_unsent()
            if self._stop is not None:
                error = self._stop.error
                report.stopped_because = error.cashier_message if error else "stopped"
                report.offline = isinstance(error, NotSent)
                return report
            retry_at = self.outbox.next_retry_at()
            if retry_at is None:
                waiting = self.outbox.items((APPROVAL,))
                report.stopped_because = f"{len(waiting)} waiting for approval" if waiting else "queue empty"
                return report
            wait = retry_at - self.clock()
            if wait > max_wait_s:
                report.stopped_because = f"next retry in {wait:.0f}s"
                return report
            self.sleep(max(0.0, wait))
