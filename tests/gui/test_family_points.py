"""Family (group) points at the till: the family's balance shown, Max within it, Enter in the
family id moving on, and the done screen and slip naming the family and its balance after."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from pos_app.core.app_context import AppContext
from pos_app.core.receipt import render_text
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin
from tests.gui.test_calls_per_redemption import calls, spent
from tests.gui.test_till_window import ASHA_MOBILE, confirm_with_code, look_up, until_screen


def test_the_till_shows_and_redeems_the_familys_points(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    ctx.settings.set("group_redemption", True)
    sim.server.state.groups["41"]["points"] = Decimal(150)  # less than Asha's own 2000
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    screen = window.customer
    qtbot.waitUntil(lambda: screen.family.isVisibleTo(window), timeout=10_000)
    before = calls(sim)
    qtbot.keyClick(screen.bill, Qt.Key.Key_F4)  # blank id: the family Asha heads
    qtbot.waitUntil(lambda: screen.balance.text() == "150 points", timeout=5_000)
    assert screen.balance_caption.text() == "Points of family FAM-RAO"
    assert "own balance is 2000 points" in screen.most.text()
    qtbot.keyClicks(screen.family_id, "FAM-RAO")  # named: the same family, asked once more
    qtbot.keyClick(screen.family_id, Qt.Key.Key_Return)
    assert screen.bill.hasFocus()  # Enter in the family id moves on: the bill, empty yet
    qtbot.keyClicks(screen.bill, "BILL-FAM")
    screen.family_id.setFocus()
    qtbot.keyClick(screen.family_id, Qt.Key.Key_Return)
    assert screen.quantity.hasFocus()  # the bill given: on to the points
    qtbot.waitUntil(lambda: screen.balance.text() == "150 points", timeout=5_000)
    qtbot.keyClick(screen.quantity, Qt.Key.Key_F6)  # Max: the family's 150, not her own 2000
    assert screen.quantity.text() == "150"
    assert spent(before, calls(sim)) == {"GET /v2/userGroup2": 2}  # one per family named, nothing else
    qtbot.keyClick(screen.quantity, Qt.Key.Key_Return)
    confirm_with_code(qtbot, window, sim, ASHA_MOBILE)
    assert sim.server.state.groups["41"]["points"] == 0
    shown = window.done.reference.text()
    assert "Family FAM-RAO: 0 points now (150 before, less 150)" in shown
    assert "Own balance now 2000 points" in shown
    slip = render_text(window.shown.receipt, 32)
    assert "family FAM-RAO" in slip and "headed by" not in slip
    assert any(line.startswith("Family balance") and line.endswith(" 0") for line in slip.splitlines())
    assert max(len(line) for line in slip.splitlines()) <= 32


def test_a_family_the_service_does_not_know_is_said_and_max_waits(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    ctx.settings.set("group_redemption", True)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    screen = window.customer
    qtbot.waitUntil(lambda: screen.family.isVisibleTo(window), timeout=10_000)
    qtbot.keyClick(screen.bill, Qt.Key.Key_F4)
    qtbot.keyClicks(screen.family_id, "FAM-NONE")
    qtbot.keyClick(screen.family_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "group was not found" in screen.most.text(), timeout=5_000)
    assert screen.balance.text() == "-"
    qtbot.keyClick(screen.quantity, Qt.Key.Key_F6)
    assert screen.quantity.text() == "" and "not known" in screen.rule.text()
