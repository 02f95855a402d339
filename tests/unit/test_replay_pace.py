"""The replay's budget: no 60-second window ever holds more calls than allowed, late senders
catch up missed slots, and a Retry-After pauses everyone."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.replay import Replayer


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def replayer(budget: int, workers: int, time: FakeTime) -> Replayer:
    sender = SimpleNamespace(outbox=None, policy=OfflinePolicy(name="no-otp-under-cap", requests_per_minute=budget))
    return Replayer(sender, clock=time.clock, sleep=time.sleep, workers=workers)  # type: ignore[arg-type]


def most_in_any_minute(calls: list[float]) -> int:
    """The largest number of calls in a window (t - 60, t], as the service counts them."""
    most, first = 0, 0
    for last, at in enumerate(calls):
        while calls[first] <= at - 60:
            first += 1
        most = max(most, last - first + 1)
    return most


@pytest.mark.parametrize(("budget", "workers"), [(600, 4), (60_000, 4), (60, 8), (10, 4), (1, 1)])
def test_no_minute_holds_more_than_the_budget_even_when_senders_catch_up(budget: int, workers: int) -> None:
    time = FakeTime()
    pace = replayer(budget, workers, time)
    rng = random.Random(budget)
    calls: list[float] = []
    for _ in range(budget * 3 + 50):
        pace._pace()
        calls.append(time.now)
        if rng.random() < 0.2:  # a slow answer: the senders come back late, by up to several slots
            time.now += rng.random() * 8 * pace.min_interval_s
    assert most_in_any_minute(calls) <= budget


@pytest.mark.parametrize(("budget", "workers"), [(600, 4), (60_000, 4), (60, 8)])
def test_a_burst_of_catching_up_followed_by_a_steady_minute_stays_in_the_budget(budget: int, workers: int) -> None:
    # The worst case: one late spell, every missed slot taken at once, then a full minute at pace.
    time = FakeTime()
    pace = replayer(budget, workers, time)
    calls: list[float] = []
    for n in range(budget * 3):
        pace._pace()
        calls.append(time.now)
        if n == budget:
            time.now += pace.catch_up_slots * pace.min_interval_s * 1.0001
    assert most_in_any_minute(calls) <= budget


def test_senders_that_keep_up_use_nearly_the_whole_budget() -> None:
    time = FakeTime()
    pace = replayer(60_000, 4, time)
    started = time.now
    for _ in range(60_000):
        pace._pace()
    # Slots are spaced for the budget less the slots that may be caught up (1%).
    assert 60_000 / (time.now - started) * 60 >= 0.99 * 60_000


def test_late_senders_catch_up_missed_slots_but_no_more() -> None:
    time = FakeTime()
    pace = replayer(600, 4, time)  # a slot every ~0.1 s
    pace._pace()
    time.now += 10  # every sender waited ten seconds on answers
    before = time.now
    for _ in range(pace.catch_up_slots + 1):
        pace._pace()
    assert time.now == pytest.approx(before, abs=1e-9)  # the missed slots were taken at once
    pace._pace()
    assert time.now > before + 0.05  # then back to the budget's pace


def test_a_new_replayer_has_no_missed_slots_to_catch_up() -> None:
    # A replay that starts after another process's replay may not burst into its minute.
    time = FakeTime()
    pace = replayer(60_000, 4, time)
    assert pace.catch_up_slots == 600  # 1% of a large budget: a pause of the machine costs no calls
    started = time.now
    for _ in range(pace.catch_up_slots + 1):
        pace._pace()
    assert time.now - started >= pace.catch_up_slots * pace.min_interval_s * 0.999


def test_a_retry_after_pauses_every_sender() -> None:
    time = FakeTime()
    pace = replayer(600, 4, time)
    pace._pace()
    pace._pause(30)
    before = time.now
    pace._pace()
    assert time.now >= before + 30


# -- sharing the key with the customer at the till and with other tills -------------------


def test_a_429_halves_the_rate_and_answered_calls_bring_it_back_step_by_step() -> None:
    time = FakeTime()
    pace = replayer(60, 1, time)
    assert pace.budget == 60
    pace._pause(10)
    assert pace.budget == 30 and pace.share.paused_until >= time.now + 10
    pace._pause(10)
    assert pace.budget == 15  # multiplicative decrease
    for _ in range(5):
        pace.share.answered()
    assert pace.budget == 20  # additive increase: one call a minute per answer at this budget
    for _ in range(100):
        pace.share.answered()
    assert pace.budget == 60  # never past its share of the key


def test_after_a_429_the_calls_are_spaced_for_the_lower_rate() -> None:
    time = FakeTime()
    pace = replayer(60, 1, time)
    pace._pause(5)
    pace._pace()
    started = time.now
    for _ in range(10):
        pace._pace()
    assert time.now - started == pytest.approx(10 * 60 / 30, rel=0.05)  # 30 a minute, not 60


def test_tills_told_the_same_wait_resume_at_moments_of_their_own() -> None:
    resumed = set()
    for seed in range(6):
        time = FakeTime()
        pace = replayer(60, 1, time)
        pace.rng = random.Random(seed)
        pace._pause(30)
        pace._pace()
        resumed.add(round(time.now, 3))
    assert len(resumed) == 6 and max(resumed) - min(resumed) > 1


def test_the_replay_waits_while_a_customer_is_served_or_a_live_call_is_on_its_way() -> None:
    time = FakeTime()
    pace = replayer(600, 1, time)
    share = pace.share
    share.serving(True)
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        time.now += seconds
        if len(polls) == 3:
            share.serving(False)  # the cashier finished with the customer

    pace.sleep = sleep
    pace._pace()
    assert polls == [0.2, 0.2, 0.2]
    with share.live_call():
        assert share.holds_replay()
    assert not share.holds_replay()


def test_a_replay_threads_calls_are_not_the_customers() -> None:
    from pos_app.core.key_share import KeyShare

    share = KeyShare(50)
    assert not share.is_replay_thread()
    with share.replaying():
        assert share.is_replay_thread()
    assert not share.is_replay_thread()
