"""What one customer costs the key: a scanned redemption is three calls (lookup, check and
code, redeem), counted by the simulator per endpoint, in the real till window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from pos_app.gui.main_window import TillWindow
from pos_app.gui.screens.customer_screen import PREVIEW_AFTER_MS
from tests.conftest import SimAdmin
from tests.gui.test_till_window import ASHA_MOBILE, look_up, until_screen


def calls(sim: SimAdmin) -> dict[str, int]:
    stats: dict[str, Any] = sim.http.get(f"{sim.url}/__sim/stats", timeout=5).json()
    return dict(stats["calls_by_endpoint"])


def spent(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before.get(name, 0) for name in after if after[name] != before.get(name, 0)}


def redeem_100(qtbot, window: TillWindow, sim: SimAdmin, bill: str) -> None:
    look_up(qtbot, window, "CARD0001")  # as the scanner types it: digits and Enter
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: "Worth ₹" in window.customer.worth.text(), timeout=5_000)  # the balance x 0.25
    qtbot.waitUntil(lambda: "At most 200 points" in window.customer.most.text(), timeout=5_000)
    qtbot.keyClicks(window.customer.bill, bill)
    qtbot.keyClicks(window.customer.quantity, "100")
    qtbot.wait(PREVIEW_AFTER_MS * 3)  # the pause after typing that used to ask the points' worth
    assert "100 points = ₹25" in window.customer.result.text()  # worked out at the till
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    until_screen(qtbot, window, window.start)


def test_a_scanned_redemption_of_100_points_costs_three_calls(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    before = calls(sim)  # the window's first probe is behind us
    redeem_100(qtbot, window, sim, "BILL-1")
    # A till that has not yet learned the org's maximum asks once whether the whole balance may
    # go at once (the refusal teaches it: at most 200).
    first = spent(before, calls(sim))
    assert first == {"GET /v1.1/customer/get": 1, "GET /v1.1/points/isredeemable": 2, "POST /v1.1/points/redeem": 1}
    before = calls(sim)
    redeem_100(qtbot, window, sim, "BILL-2")
    assert spent(before, calls(sim)) == {
        "GET /v1.1/customer/get": 1,
        "GET /v1.1/points/isredeemable": 1,
        "POST /v1.1/points/redeem": 1,
    }
    assert len(sim.ledger()) == 2


def test_with_no_ratio_known_the_worth_is_asked_then_known(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    # An org whose lookup gives no ratio: the balance's worth is asked (the whole balance, over the
    # org's maximum, then the most one redemption may be); after that the ratio is known and the
    # points typed cost no call.
    sim.server.state.data["programs"] = []
    before = calls(sim)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: "Worth ₹500" in window.customer.worth.text(), timeout=5_000)
    qtbot.waitUntil(lambda: "At most 200 points" in window.customer.most.text(), timeout=5_000)
    asked = spent(before, calls(sim))
    assert asked == {"GET /v1.1/customer/get": 1, "GET /v1.1/points/isredeemable": 2}
    qtbot.keyClicks(window.customer.quantity, "100")
    qtbot.waitUntil(lambda: "100 points = ₹25" in window.customer.result.text(), timeout=5_000)
    assert spent(before, calls(sim)) == asked
