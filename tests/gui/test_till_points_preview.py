"""The points preview on the customer screen keeps to the org's rules as the till knows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_app.core.app_context import AppContext
from pos_app.gui.main_window import TillWindow


def looked_up(qtbot, window: TillWindow, card: str = "CARD0001") -> None:
    window.start.field.setText(card)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer, timeout=10_000)


def preview_of(qtbot, window: TillWindow, typed: str) -> None:
    window.customer.quantity.clear()
    qtbot.keyClicks(window.customer.quantity, typed)
    qtbot.waitUntil(lambda: bool(window.customer.result.text() or window.customer.rule.text()), timeout=5_000)


def test_a_refusal_on_f5_takes_the_preview_away(qtbot, window: TillWindow) -> None:
    looked_up(qtbot, window)
    qtbot.keyClicks(window.customer.bill, "BILL-1")
    preview_of(qtbot, window, "55")
    # Nothing known refuses 55 yet: its worth, without a promise the service has not made.
    assert window.customer.result.text().startswith("55 points = ₹13.75")
    assert "Redeemable" not in window.customer.result.text() and "F5" in window.customer.result.text()
    shown = window.customer.result.palette().color(window.customer.result.foregroundRole())
    assert shown.green() - max(shown.red(), shown.blue()) < 30, "worked out at the till: not said in success green"
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)  # F5: the service refuses, the org's step is learned
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.rule.text(), timeout=10_000)
    assert "Try 50 or 60." in window.customer.rule.text()
    assert window.customer.result.text() == ""


def test_the_preview_keeps_to_the_rules_learned(qtbot, window: TillWindow, ctx: AppContext) -> None:
    from decimal import Decimal

    from pos_app.core.capillary.codes import NOT_A_MULTIPLE

    ctx.org_rules.heard("", Decimal(55), NOT_A_MULTIPLE, "Points should be in multiples of 10", False)
    looked_up(qtbot, window)
    preview_of(qtbot, window, "55")
    assert window.customer.result.text() == ""
    assert "only in multiples of 10 points. Try 50 or 60." in window.customer.rule.text()
    qtbot.keyClick(window.customer, Qt.Key.Key_F3)  # the amount instead
    qtbot.waitUntil(lambda: window.customer.in_amount.isChecked())
    preview_of(qtbot, window, "12.30")  # 49.2 points at 1 point = 0.25
    assert window.customer.result.text() == ""
    # Said in money: the amount, the points it is, the rule and the nearest amounts allowed.
    assert "₹12.30 is 49.2 points" in window.customer.rule.text()
    assert "only in multiples of 10 points. Try ₹10.00 or ₹12.50." in window.customer.rule.text()
    preview_of(qtbot, window, "12.50")
    assert window.customer.result.text().startswith("50 points = ₹12.50") and window.customer.rule.text() == ""
