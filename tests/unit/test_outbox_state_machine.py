"""A hypothesis state machine over the outbox, the sender and crashes, against a model service.

The model service applies a reference at most once (744 after that) and can lose answers,
refuse connections or reject. Whatever the interleaving, after every step: no row is lost,
no reference is applied twice, every done row was applied, every pending row was not.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pos_app.core.capillary import DuplicateReference, NotSent, OutcomeUnknown, Rejected
from pos_app.core.capillary.models import ItemStatus, Redemption
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import ATTENTION, DONE, OPEN_STATES, PENDING, SENDING, NewRedemption, Outbox
from pos_app.core.replay import Replayer
from pos_app.core.sending import Sender

BEHAVIOURS = ("ok", "lost-after-apply", "lost-before-apply", "not-sent", "rejected", "transient")


class ModelService:
    def __init__(self) -> None:
        self.applied: dict[str, int] = {}
        self.next = "ok"

    def redeem(self, request) -> Redemption:
        behaviour, self.next = self.next, "ok"
        reference = request.external_reference_number
        if behaviour == "not-sent":
            raise NotSent("refused")
        if behaviour == "lost-before-apply":
            raise OutcomeUnknown("reset")
        if reference in self.applied:
            raise DuplicateReference("Reference number already exists")
        if behaviour == "rejected":
            raise Rejected(818, "not enough points")
        if behaviour == "transient":
            raise Rejected(521, "busy")
        self.applied[reference] = self.applied.get(reference, 0) + 1
        if behaviour == "lost-after-apply":
            raise OutcomeUnknown("timeout")
        return Redemption(
            reference[-6:],
            request.points,
            request.points,
            request.points,
            Decimal(0),
            "",
            "",
            (),
            ItemStatus(True, 800, "ok"),
        )

    def redemption_history(self, *args, **kwargs):
        return []


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp())
        self.service = ModelService()
        self.outbox = Outbox(self.dir / "outbox.sqlite3")
        self.sender = Sender(
            self.service,
            self.outbox,
            OfflinePolicy(name="no-otp-under-cap"),  # type: ignore[arg-type]
            clock=lambda: 0.0,
            rng=lambda: 0.0,
        )
        self.rows_written = 0
        self.ever_rejected: set[str] = set()

    @rule(points=st.integers(min_value=1, max_value=50), customer=st.sampled_from(["9190000001", "9190000002"]))
    def add(self, points: int, customer: str) -> None:
        self.outbox.add(NewRedemption("mobile", customer, Decimal(points), "B", skip_validation=True, offline=True))
        self.rows_written += 1

    @rule(behaviour=st.sampled_from(BEHAVIOURS))
    def service_behaves(self, behaviour: str) -> None:
        self.service.next = behaviour

    @precondition(lambda self: bool(self.outbox.items(OPEN_STATES)))
    @rule()
    def send_one(self) -> None:
        replayer = Replayer(self.sender, clock=lambda: 10**9, sleep=lambda s: None)
        item = replayer.next_due()
        if item is not None:
            outcome = self.sender.attempt(item)
            if outcome.item.state == ATTENTION:
                self.ever_rejected.add(outcome.item.reference)

    @precondition(lambda self: bool(self.outbox.items((PENDING,))))
    @rule()
    def crash_mid_send(self) -> None:
        """The process dies after marking a row as sending, before (or after) the service saw it."""
        item = self.outbox.items((PENDING,))[0]
        self.outbox.update(item.id, state=SENDING)
        if self.service.next == "ok":
            self.service.applied[item.reference] = 1  # it did reach the service
        self.restart()

    @rule()
    def restart(self) -> None:
        self.outbox.close()
        self.outbox = Outbox(self.dir / "outbox.sqlite3")
        self.sender.outbox = self.outbox
        self.outbox.recover_interrupted()

    @invariant()
    def nothing_lost_nothing_doubled(self) -> None:
        rows = self.outbox.items()
        assert len(rows) == self.rows_written
        assert len({r.reference for r in rows}) == len(rows)
        assert all(count == 1 for count in self.service.applied.values())
        for row in rows:
            if row.state == DONE:
                assert row.reference in self.service.applied
            if row.state == PENDING:
                assert row.reference not in self.service.applied, "a pending row must be known not applied"
            if row.state in (DONE, ATTENTION):
                assert row.validation_code == ""

    def teardown(self) -> None:
        self.outbox.close()


OutboxMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
# 150 runs of 40 steps, each at full durability (an fsync a write): long on a slow disk.
TestOutboxStateMachine = pytest.mark.timeout(600)(OutboxMachine.TestCase)
