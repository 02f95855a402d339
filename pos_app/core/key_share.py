"""One API key's calls, shared by the customer at the till and the replay of the queue.

Capillary limits calls per key and minute (``api.requests_per_minute``: 100 on demo and test
clusters; brands agree their own), and a store's tills often share one key. The customer at
the till comes first: their calls (lookup, check and code, redeem) are never held back. The
replay uses at most ``offline.replay_share`` of the key's limit, waits while a customer is
being served or a live call is on its way, and, since it shares the key with others it
cannot see, adapts its own rate: a little faster after each answered call, half as fast after
a 429 (additive increase, multiplicative decrease), pausing for the wait the service gave.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pos_app.core.config import Settings

# A customer screen left open with no call for this long no longer holds the queue back.
SERVING_HOLD_MAX_S = 120.0
SLOWEST_PER_MINUTE = 1.0
DECREASE = 0.5  # after a 429
INCREASE_SHARE = 0.01  # of the budget per answered call, at least one call a minute


def replay_budget(settings: Settings) -> int:
    """The replay's calls a minute: its share of the key's limit, within offline.requests_per_minute."""
    key_limit = int(settings.get("api.requests_per_minute"))
    share = float(settings.get("offline.replay_share"))
    return max(1, min(int(settings.get("offline.requests_per_minute")), int(key_limit * share)))


class KeyShare:
    """Who may spend the key now. Threads share one: the window's calls, the replay's."""

    def __init__(self, budget: int) -> None:
        self.budget = max(1, budget)
        self.rate = float(self.budget)  # calls a minute the replay allows itself now
        self.paused_until = 0.0  # (time.time) the service asked for a wait until then
        self._lock = threading.Lock()
        self._live = 0
        self._last_live = 0.0  # (monotonic)
        self._serving_since: float | None = None
        self._local = threading.local()

    # -- the customer's side ------------------------------------------------------------

    @contextmanager
    def live_call(self) -> Iterator[None]:
        """Around a call for the customer at the till: the replay waits until it is answered."""
        with self._lock:
            self._live += 1
        try:
            yield
        finally:
            with self._lock:
                self._live -= 1
                self._last_live = time.monotonic()

    def serving(self, present: bool) -> None:
        """A customer is on the till's screen (or no longer is)."""
        with self._lock:
            if not present:
                self._serving_since = None
            elif self._serving_since is None:
                self._serving_since = time.monotonic()

    def holds_replay(self) -> bool:
        """Whether the replay should wait: a live call is on its way, or a customer is being served."""
        with self._lock:
            if self._live:
                return True
            if self._serving_since is None:
                return False
            quiet = time.monotonic() - max(self._serving_since, self._last_live)
            return quiet < SERVING_HOLD_MAX_S

    # -- the replay's side --------------------------------------------------------------

    @contextmanager
    def replaying(self) -> Iterator[None]:
        """Calls on this thread are the replay's (not the customer's) while inside."""
        self._local.replay = True
        try:
            yield
        finally:
            self._local.replay = False

    def is_replay_thread(self) -> bool:
        return bool(getattr(self._local, "replay", False))

    def answered(self) -> None:
        """A replay call was answered: a little faster, up to the budget."""
        with self._lock:
            self.rate = min(float(self.budget), self.rate + max(1.0, self.budget * INCREASE_SHARE))

    def limited(self, wait_s: float, now: float | None = None) -> None:
        """A call was answered 429: half the rate, and no replay call before the wait is over."""
        with self._lock:
            self.rate = max(SLOWEST_PER_MINUTE, self.rate * DECREASE)
            self.paused_until = max(self.paused_until, (time.time() if now is None else now) + wait_s)
