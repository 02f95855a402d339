"""What the till's screen says offline, and how long a notice stays."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin


def looked_up(qtbot, window: TillWindow, card: str = "CARD0001") -> None:
    window.start.field.setText(card)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)


def test_offline_the_screen_says_one_thing_and_shows_no_cap_as_a_balance(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    screen = window.customer
    looked_up(qtbot, window)
    qtbot.waitUntil(lambda: screen.balance.text() == "2000 points", timeout=15_000)
    assert screen.balance.property("role") == "figure"
    window.go_start()
    sim.server.stop()  # the network is gone; the demo's policy queues up to 200 points without a code
    looked_up(qtbot, window)
    qtbot.waitUntil(lambda: screen.isVisible() and screen.offline, timeout=15_000)
    assert "200" not in screen.balance.text() and screen.balance.text() == "Not known offline"
    assert screen.balance.property("role") != "figure"  # not big and green as a balance is
    said = screen.message.text()
    assert screen.message.kind() == "warning"
    assert said.startswith("Offline: the loyalty service cannot be reached")
    assert "balance cannot be seen" in said and "up to 200 points without a code" in said
    assert "could not be looked up" not in said and "Try again" not in said
    assert "200" not in screen.details.text()  # the cap is said once, in the message


def test_a_queue_notice_goes_by_itself_and_never_stays_beside_a_newer_error(
    qtbot, window: TillWindow, ctx: AppContext
) -> None:
    bar = window.statusBar()
    ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "B-71", skip_validation=True, offline=True))
    window.replay.replay_now()
    qtbot.waitUntil(lambda: bar.currentMessage() == "Queue: 1 redemption sent.", timeout=15_000)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=15_000)  # a few seconds, not minutes
    ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "B-72", skip_validation=True, offline=True))
    window.replay.replay_now()
    qtbot.waitUntil(lambda: bar.currentMessage() == "Queue: 1 redemption sent.", timeout=15_000)
    looked_up(qtbot, window, "CARD9999")  # no such customer: an error on the screen
    qtbot.waitUntil(lambda: window.start.message.kind() == "error", timeout=10_000)
    assert bar.currentMessage() == ""
    assert window.status.last_error.text() != ""  # the error's own copy is what the status bar shows


def test_a_notice_said_before_the_window_shows_is_not_drawn_over_the_status_bars_labels(qtbot, ctx: AppContext) -> None:
    window = TillWindow(ctx)
    window.force_close = True
    qtbot.addWidget(window)
    window.status.attention(1)  # e.g. the queue read as the window is built
    window.show()
    qtbot.waitExposed(window)
    assert "need" in window.statusBar().currentMessage()
    assert not window.status.where.isVisible() and not window.status.last_error.isVisible()  # one text at a time
