"""The org's missed-call number on the till's and the kiosk's code screens, and closing the till
with redemptions that need a person."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QFontInfo

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui.kiosk.kiosk_window import KioskWindow
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin
from tests.gui import test_kiosk
from tests.gui.test_kiosk import to_code_screen
from tests.gui.test_till_window import ASHA_MOBILE, fill_and_check, look_up, until_screen

kiosk = test_kiosk.kiosk
NUMBER = "+91 80 4718 2200"


def test_the_tills_code_screen_shows_the_missed_call_number_large(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    ctx.settings.set("missed_call.number", NUMBER)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    window.customer.by_call.setChecked(True)
    fill_and_check(qtbot, window, "20")
    until_screen(qtbot, window, window.otp)
    shown = window.otp.call_number
    assert shown.isVisible() and shown.text() == NUMBER
    assert QFontInfo(shown.font()).pointSizeF() >= 1.8 * QFontInfo(window.otp.hint.font()).pointSizeF()
    assert "this number" in window.otp.hint.text()
    sim.missed_call(ASHA_MOBILE)
    window.otp.redeem_button.click()
    until_screen(qtbot, window, window.done)


def test_without_a_number_the_code_screen_asks_for_the_call_as_before(
    qtbot, window: TillWindow, ctx: AppContext
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    window.customer.by_call.setChecked(True)
    fill_and_check(qtbot, window, "20")
    until_screen(qtbot, window, window.otp)
    assert not window.otp.call_number.isVisible() and "registered mobile" in window.otp.hint.text()


def test_the_kiosks_code_screen_shows_the_missed_call_number(
    qtbot, kiosk: KioskWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    ctx.settings.set("missed_call.number", NUMBER)
    to_code_screen(qtbot, kiosk, sms=False)
    shown = kiosk.code.call_number
    assert shown.isVisible() and shown.text() == NUMBER
    assert "call this number" in kiosk.code.info_label.text()
    qtbot.wait(50)
    assert shown.height() < 2 * shown.fontMetrics().lineSpacing()  # the number on one line, to dial from
    assert kiosk.code.info_label.width() >= kiosk.code.width() // 2  # the words have the room the keypad left
    kiosk.clear_customer()
    to_code_screen(qtbot, kiosk)  # an SMS code: no number to call
    assert not kiosk.code.call_number.isVisible()


def test_a_bad_missed_call_number_is_refused_with_the_reason(ctx: AppContext) -> None:
    with pytest.raises(ValueError, match="a phone number"):
        ctx.settings.set("missed_call.number", "call us!")
    assert ctx.settings.set("missed_call.number", "1800-123-4567") == "1800-123-4567"


def test_closing_with_items_needing_attention_asks_first(
    qtbot, window: TillWindow, ctx: AppContext, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    item = ctx.outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "B-1"))
    ctx.outbox.update(item.id, state="attention", reason="the service refused the code")
    assert ctx.outbox.summary().open_count == 0  # nothing waits: only a person can move it
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    defaults: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or defaults.append(a[4]) or answer)
    window.force_close = False
    assert not window.close() and window.isVisible()
    assert "1 redemption needs attention" in asked[0] and "queue (F10)" in asked[0]
    assert defaults[0] == QMessageBox.StandardButton.No  # Enter out of habit keeps the till open
    answer = QMessageBox.StandardButton.Yes
    assert window.close()


def test_a_supervisor_sets_the_missed_call_number_and_a_pdf_folder_in_settings(
    qtbot, ctx: AppContext, tmp_path
) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.missed_call_number.setText(NUMBER)
    dialog.printer_kind.setCurrentIndex(dialog.printer_kind.findData("pdf"))
    dialog.printer_address.setCurrentText(str(tmp_path / "slips"))
    dialog.save()
    assert ctx.settings.get("missed_call.number") == NUMBER
    assert (ctx.settings.get("printer.kind"), ctx.settings.get("printer.device")) == ("pdf", str(tmp_path / "slips"))
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.printer_address.currentText() == str(tmp_path / "slips")  # the folder, not a system printer
    again.missed_call_number.setText("call us!")
    again.save()
    assert "a phone number" in again.feedback.text() and ctx.settings.get("missed_call.number") == NUMBER
