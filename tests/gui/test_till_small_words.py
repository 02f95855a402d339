"""Small words on the till's screens: what a field wants, what F5 does, which program, a refusal gone stale."""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin


def looked_up(qtbot, window: TillWindow, card: str = "CARD0001") -> None:
    window.start.field.setText(card)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer, timeout=10_000)


def test_the_family_id_placeholder_fits_its_field(qtbot, window: TillWindow) -> None:
    window.ctx.settings.set("group_redemption", True)
    looked_up(qtbot, window)
    field = window.customer.family_id
    assert field.isVisible()
    room = field.contentsRect().width() - 16  # the frame's and text margins
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room
    assert "blank" in field.toolTip().lower()  # what a blank field means is still said


def test_f5_says_what_it_will_do(qtbot, window: TillWindow) -> None:
    looked_up(qtbot, window)
    button = window.customer.check_button
    assert button.text().startswith("Check and send code")
    qtbot.keyClick(window.customer.bill, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.customer.by_call.isChecked())
    assert button.text().startswith("Check and ask for a missed call") and "code" not in button.text()
    qtbot.keyClick(window.customer.bill, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: button.text().startswith("Check and send code"))


def test_the_code_screen_names_the_program(qtbot, window: TillWindow) -> None:
    looked_up(qtbot, window)
    program = window.customer.program.currentText().split(" (")[0]
    assert program
    qtbot.keyClicks(window.customer.bill, "BILL-61")
    qtbot.keyClicks(window.customer.quantity, "100")
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.otp, timeout=10_000)
    assert window.otp.summary.text().endswith(f"for bill BILL-61, from {program}")


def test_a_missed_call_refusal_goes_once_the_call_is_given(qtbot, sim: SimAdmin) -> None:
    from pos_app.gui.app import build_window
    from pos_app.gui.demo import PhonePanel

    win = build_window(argparse.Namespace(demo=True, home=None), QApplication.instance())
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    win.start.field.setText("CARD0002")
    qtbot.keyClick(win.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.customer, timeout=10_000)
    win.customer.by_call.setChecked(True)
    qtbot.keyClicks(win.customer.bill, "B2001")
    qtbot.keyClicks(win.customer.quantity, "100")
    qtbot.keyClick(win.customer.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.otp, timeout=10_000)
    win.otp.redeem_button.click()  # before the call
    qtbot.waitUntil(lambda: "No missed call" in win.otp.message.text(), timeout=10_000)
    phone = win.findChild(PhonePanel)
    phone.call.click()
    assert "Missed call given" in phone.sms.text()
    assert "No missed call" not in win.otp.message.text() and "Redeem" in win.otp.message.text()
    assert "No missed call" not in win.status.last_error.text()
    win.otp.redeem_button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.done, timeout=10_000)


def test_the_missing_bills_error_goes_once_the_bill_is_typed(qtbot, window: TillWindow) -> None:
    from tests.gui.test_till_window import look_up, until_screen

    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.keyClicks(window.customer.quantity, "100")
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)  # F5 with no bill
    assert window.customer.message.kind() == "error" and window.customer.bill.hasFocus()
    qtbot.keyClicks(window.customer.bill, "BILL-2002")  # scanned or typed: what the error asked for
    assert window.customer.message.kind() == "" and window.customer.message.text() == ""
