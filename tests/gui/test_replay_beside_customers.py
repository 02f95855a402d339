"""The window's replay beside the customer at the till: a customer on the screen holds it back,
and it starts after a random delay when the network returns."""

from __future__ import annotations

from decimal import Decimal

from pos_app.core.capillary import NotSent
from pos_app.core.outbox import NewRedemption
from pos_app.gui import replay_worker
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin
from tests.gui.test_till_window import look_up, until_screen


def test_a_customer_on_the_screen_holds_the_replay_back(qtbot, window: TillWindow) -> None:
    share = window.ctx.key_share
    assert not share.holds_replay()
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert share.holds_replay()
    qtbot.wait(1000)  # every call for this customer answered: still held, the customer is there
    assert share.holds_replay()
    window.go_start()
    qtbot.waitUntil(lambda: not share.holds_replay(), timeout=5_000)


def test_the_replay_starts_after_a_random_delay_when_the_network_returns(
    qtbot, window: TillWindow, sim: SimAdmin, monkeypatch
) -> None:
    monkeypatch.setattr(replay_worker, "start_delay_s", lambda rng: 1.0)
    worker = window.replay
    worker.timer.stop()  # only the return of the network starts a pass here
    window.ctx.outbox.add(
        NewRedemption("mobile", "919777788221", Decimal(10), "B-1", skip_validation=True, offline=True)
    )
    window.flow.connection.failed(NotSent("cannot connect"))  # the network is gone
    worker.pass_due()  # the 15-second timer: no pass while offline
    assert not worker.running
    window.flow.connection.succeeded()  # the probe reached the service again
    worker.pass_due()  # the 15-second timer during the delay: held
    assert not worker.running
    qtbot.wait(400)
    assert sim.ledger() == []
    qtbot.waitUntil(lambda: len(sim.ledger()) == 1, timeout=10_000)
