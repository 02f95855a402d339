"""Supervision from the first day: the set-up asks for the PIN, and without one nothing guarded is allowed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui.kiosk.supervisor_pad import PinPad
from pos_app.gui.main_window import TillWindow
from pos_app.gui.settings_dialog import SettingsDialog
from tests.conftest import SimAdmin


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[TillWindow]:
    win = TillWindow(ctx)
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    return said


def first_run(qtbot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_save(qtbot, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_first_run_does_not_finish_without_a_supervisor_pin(qtbot, ctx: AppContext) -> None:
    dialog = first_run(qtbot, ctx)
    pin = dialog.findChild(QLineEdit, "supervisor_pin")
    again = dialog.findChild(QLineEdit, "supervisor_pin_again")
    assert pin is not None and again is not None and pin.isVisible()
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Choose a supervisor PIN" in dialog.feedback.text()
    qtbot.keyClicks(pin, "4821")
    qtbot.keyClicks(again, "4812")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and "differ" in dialog.feedback.text()
    again.clear()
    qtbot.keyClicks(again, "48")
    pin.clear()
    qtbot.keyClicks(pin, "48")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and "4 to 12 digits" in dialog.feedback.text()
    assert not ctx.supervisor.is_set()


def test_first_run_with_the_pin_typed_twice_stores_it_and_finishes(qtbot, ctx: AppContext) -> None:
    dialog = first_run(qtbot, ctx)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "supervisor_pin"), "4821")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "supervisor_pin_again"), "4821")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        press_save(qtbot, dialog)
    assert ctx.supervisor.is_set()
    ctx.supervisor.verify("4821")


def test_first_run_on_a_till_that_already_has_a_pin_does_not_ask_again(qtbot, ctx: AppContext) -> None:
    ctx.supervisor.set_pin("4821")
    dialog = first_run(qtbot, ctx)
    assert dialog.findChild(QLineEdit, "supervisor_pin") is None
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        press_save(qtbot, dialog)


def test_without_a_pin_settings_void_and_cancel_are_refused_saying_how_to_set_one(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin, warnings: list[str], monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("no PIN to ask for"))
    assert window.show_settings() is None
    assert window.findChild(SettingsDialog) is None
    item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "G-1", skip_validation=True))
    queue = window.show_queue()
    queue.table.selectRow(0)
    queue.cancel_selected()
    assert ctx.outbox.get(item.id).state == "pending"
    assert len(warnings) == 2
    assert "needed to change settings" in warnings[0] and "needed to cancel a queued item" in warnings[1]
    assert all("pos-app supervisor set-pin" in said for said in warnings)
    queue.reject()


def test_without_a_pin_the_journal_will_not_reverse(
    qtbot, window: TillWindow, ctx: AppContext, warnings: list[str], monkeypatch
) -> None:
    import time

    from pos_app.core.receipt import Receipt

    ctx.journal.add(
        Receipt(
            store="S",
            till="demo.till",
            cashier="anna",
            when=time.time(),
            customer_name="",
            customer_kind="mobile",
            customer_value="919777788221",
            bill="J-1",
            reference="R-1",
            redemption_id="aaa111",
            points=Decimal(10),
            value=None,
            local_value=None,
            ratio=None,
            balance_after=None,
            verified_by="OTP",
        )
    )
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("x", True))
    journal = window.show_journal()
    qtbot.waitUntil(lambda: journal.table.rowCount() == 1, timeout=5_000)
    journal.table.selectRow(0)
    journal.void_selected()
    assert asked == [] and "needed to void receipt 1, 10 points" in warnings[0]
    assert "pos-app supervisor set-pin" in warnings[0]
    assert journal.table.rowCount() == 1  # no VOID receipt
    journal.reject()


def test_leaving_kiosk_mode_is_refused_when_no_pin_exists(qtbot, ctx: AppContext) -> None:
    pad = PinPad(ctx.supervisor)
    qtbot.addWidget(pad)
    pad.show()
    pad.field.setText("1234")
    pad.check()
    assert pad.result() == 0 and "pos-app supervisor set-pin" in pad.message.text()


def test_the_settings_dialog_refuses_approval_without_what_a_request_needs(qtbot, ctx: AppContext) -> None:
    ctx.supervisor.set_pin("4821")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.policy.setCurrentIndex(dialog.policy.findData("approval"))
    press_save(qtbot, dialog)
    said = dialog.feedback.text()
    assert dialog.isVisible() and "workflow.crm_host" in said and "entity.till_id" in said
    assert "pos-app credentials set --workflow-token" in said
    assert ctx.settings.get("offline.policy") == "no-otp-under-cap"
