"""The till window on real widgets (offscreen) against the real simulator."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Timeouts
from pos_app.core.config import Settings
from pos_app.core.credentials import MemoryStore
from pos_app.core.paths import app_paths
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin

ASHA_MOBILE = "919777788221"


def look_up(qtbot, window: TillWindow, text: str) -> None:
    window.start.field.setText(text)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)


def until_screen(qtbot, window: TillWindow, screen) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=10_000)


def fill_and_check(qtbot, window: TillWindow, points: str, bill: str = "BILL-9") -> None:
    qtbot.keyClicks(window.customer.bill, bill)
    qtbot.keyClicks(window.customer.quantity, points)
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)


def test_happy_path_by_card_with_sms_code(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert window.customer.name.text() == "Asha Rao"
    assert window.customer.balance.text() == "2000 points" and "91******8221" in window.customer.details.text()
    fill_and_check(qtbot, window, "100")
    until_screen(qtbot, window, window.otp)
    assert "100 points = ₹25" in window.otp.summary.text()
    assert "1 point = ₹0.25" in window.customer.result.text()
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    ledger = sim.ledger()
    assert len(ledger) == 1 and ledger[0]["transaction_number"] == "BILL-9"
    receipt = window.done.preview.toPlainText()
    assert ledger[0]["redemption_id"] in receipt and "1900" in receipt and "PENDING" not in receipt
    qtbot.keyClick(window, Qt.Key.Key_F12)
    until_screen(qtbot, window, window.start)
    assert window.flow.sale.customer is None


def test_invalid_mobile_is_refused_before_any_call(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.fault("*", "http-500", count=None)
    look_up(qtbot, window, "12345")
    assert "not a valid mobile number" in window.start.message.text()
    assert window.stack.currentWidget() is window.start


@pytest.mark.parametrize(
    ("mobile", "words"),
    [
        ("919000000001", "No loyalty customer found"),
        ("919800000618", "blocked for redemption"),
        ("919800001013", "not in the loyalty program"),
    ],
)
def test_unknown_fraud_and_unenrolled_customers_cannot_redeem(
    qtbot, window: TillWindow, mobile: str, words: str
) -> None:
    look_up(qtbot, window, mobile)
    qtbot.waitUntil(lambda: words in window.start.message.text(), timeout=10_000)
    assert window.stack.currentWidget() is window.start


def test_org_rule_is_shown_next_to_the_points(qtbot, window: TillWindow) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "105")
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.rule.text(), timeout=10_000)
    assert window.stack.currentWidget() is window.customer


def test_points_above_balance_refused_locally(qtbot, window: TillWindow) -> None:
    look_up(qtbot, window, "CARD0002")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "600")
    assert "only 500 points" in window.customer.rule.text()


def test_max_offers_the_balance_where_no_rule_caps_it(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.server.state.data["rules"]["max_per_redemption"] = 5000
    look_up(qtbot, window, "CARD0002")
    until_screen(qtbot, window, window.customer)
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.customer.quantity.text() == "500", timeout=2_000)


def test_wrong_otp_keeps_bill_and_points(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    real = sim.otp(ASHA_MOBILE)
    qtbot.keyClicks(window.otp.code, "000000" if real != "000000" else "111111")
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "code is wrong" in window.otp.message.text(), timeout=10_000)
    assert window.stack.currentWidget() is window.otp and sim.ledger() == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.customer.bill.text() == "BILL-9" and window.customer.quantity.text() == "50"
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)  # check again: same code re-sent
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, real)
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    assert len(sim.ledger()) == 1


def test_resend_has_a_visible_cooldown(qtbot, window: TillWindow) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    qtbot.waitUntil(lambda: "resend in" in window.otp.cooldown.text(), timeout=3_000)
    assert not window.otp.resend_button.isEnabled()


def test_missed_call_path(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    window.customer.by_call.setChecked(True)
    fill_and_check(qtbot, window, "20")
    until_screen(qtbot, window, window.otp)
    assert not window.otp.code.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "No missed call" in window.otp.message.text(), timeout=10_000)
    sim.missed_call(ASHA_MOBILE)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    until_screen(qtbot, window, window.done)
    assert sim.ledger()[0]["validation"] == "MISSED_CALL"
    assert "missed call" in window.done.preview.toPlainText()


def test_timeout_after_commit_ends_in_a_pending_receipt_and_no_double(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    ctx.client.transport.timeouts = Timeouts(connect=1, read=1)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "100")
    until_screen(qtbot, window, window.otp)
    sim.fault("/v1.1/points/redeem", "latency", count=2, ms=1500, phase="after")
    # The history cannot be asked either, so the re-ask is sent again (and its answer lost too).
    sim.fault("/v1.1/customer/redemptions", "http-500", count=1)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    assert "PENDING" in window.done.title.text()
    assert "PENDING" in window.done.preview.toPlainText()
    qtbot.waitUntil(lambda: "Pending: 1" in window.status.queue_badge.text(), timeout=5_000)
    assert len(sim.ledger()) == 1  # applied by the first attempt; the re-ask's answer was lost too

    def replayed() -> bool:  # the worker retries after its backoff; ask it to try meanwhile
        window.replay.replay_now()
        return "Pending: 0" in window.status.queue_badge.text()

    qtbot.waitUntil(replayed, timeout=20_000)
    assert len(sim.ledger()) == 1
    assert ctx.outbox.items()[0].state == "done"


def test_500_and_html_page_give_a_clear_message(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.fault("/v1.1/customer/get", "html-502")
    look_up(qtbot, window, "CARD0001")
    # A gateway's page counts as offline: the offline policy's screen, and why in lookup words below.
    qtbot.waitUntil(lambda: "answered with an error (HTTP 502)" in window.status.last_error.toolTip(), timeout=10_000)
    assert "could not be looked up" in window.status.last_error.toolTip() and window.status.online.text() == "OFFLINE"
    assert "may or may not" not in window.status.last_error.toolTip()  # a lookup redeems nothing
    assert shown_message(window).text().startswith("Offline:")
    assert shown_message(window).request_id and shown_message(window).details_button.isVisibleTo(window)
    sim.fault("/v1.1/customer/get", "bad-json")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    look_up(qtbot, window, "CARD0001")
    qtbot.waitUntil(lambda: "cannot read" in window.status.last_error.toolTip(), timeout=10_000)


def shown_message(window: TillWindow):  # type: ignore[no-untyped-def]
    """The banner of the screen on show."""
    return window.stack.currentWidget().message


def test_401_asks_for_credentials_again(
    qtbot, window: TillWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []  # the settings open behind the supervisor's PIN (a modal prompt a test cannot answer)
    monkeypatch.setattr("pos_app.gui.pin.supervisor_allows", lambda _parent, _ctx, action: asked.append(action))
    ctx.secrets.set(credentials.till_password("demo.till"), "wrong")
    ctx.reset_client()
    with qtbot.waitSignal(window.flow.credentials_refused, timeout=10_000):
        look_up(qtbot, window, "CARD0001")
    assert "credentials were refused" in window.start.message.text()
    assert asked == ["change settings"]


def test_offline_lookup_offers_a_queued_redemption_under_the_cap(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    sim.server.stop()  # the network is gone
    look_up(qtbot, window, "9777788221")
    until_screen(qtbot, window, window.customer)
    assert window.status.online.text() == "OFFLINE"
    assert "Offline redemption" in window.customer.name.text()
    fill_and_check(qtbot, window, "150")
    until_screen(qtbot, window, window.done)
    assert "PENDING" in window.done.preview.toPlainText()
    items = ctx.outbox.items()
    assert len(items) == 1 and items[0].skip_validation and items[0].points == Decimal(150)
    qtbot.waitUntil(lambda: "Pending: 1" in window.status.queue_badge.text(), timeout=5_000)


def test_scanner_burst_starts_a_lookup_from_any_screen(qtbot, window: TillWindow) -> None:
    from pos_app.gui.scanner import ScannerFilter

    scanner = ScannerFilter(window)
    scanner.attach(QApplication.instance())
    scanner.scanned.connect(window.scan)
    try:
        look_up(qtbot, window, "CARD0002")
        until_screen(qtbot, window, window.customer)
        window.customer.quantity.setFocus()
        qtbot.keyClicks(window.customer.quantity, "CARD0001")  # arrives in a few ms, as from a scanner
        qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.customer.name.text() == "Asha Rao", timeout=10_000)
        assert window.customer.quantity.text() == ""
        # The bill field keeps a scan: it is the bill's own barcode.
        qtbot.keyClicks(window.customer.bill, "INV-778899")
        qtbot.keyClick(window.customer.bill, Qt.Key.Key_Return)
        assert window.customer.bill.text() == "INV-778899" and window.customer.name.text() == "Asha Rao"
    finally:
        QApplication.instance().focusChanged.disconnect(scanner._focus_moved)


def test_every_control_has_an_accessible_name(qtbot, window: TillWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    missing = [
        w.objectName() or type(w).__name__
        for w in window.findChildren(QLineEdit) + window.findChildren(QAbstractButton)
        if not w.accessibleName() and w.isVisibleTo(window) and w.text() == ""
    ]
    assert missing == []


def test_closing_with_redemptions_waiting_asks_first(qtbot, window: TillWindow, ctx: AppContext, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pos_app.core.outbox import NewRedemption

    ctx.outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "B-1"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.force_close = False
    assert not window.close()
    assert "1 redemption is still waiting" in asked[0]
    assert window.isVisible()
    window.force_close = True


def test_demo_phone_shows_the_sms_for_a_card_customer(qtbot, sim: SimAdmin) -> None:
    import argparse

    from pos_app.gui.app import build_window
    from pos_app.gui.demo import PhonePanel

    win = build_window(argparse.Namespace(demo=True, home=None), QApplication.instance())
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    look_up(qtbot, win, "CARD0001")
    until_screen(qtbot, win, win.customer)
    phone = win.findChild(PhonePanel)
    screens_width = win.stack.width()
    fill_and_check(qtbot, win, "100")
    until_screen(qtbot, win, win.otp)
    qtbot.waitUntil(lambda: "Your redemption code is" in phone.sms.text(), timeout=5_000)
    code = phone.sms.text().rsplit(" ", 1)[-1]
    assert code == phone.sim.state.current_otp("919777788221")
    qtbot.wait(50)
    assert win.stack.width() == screens_width  # a longer message on the phone moves nothing on the till


def test_queue_screen_lists_retries_cancels_and_exports(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from pos_app.core.outbox import NewRedemption

    outbox = ctx.outbox
    waiting = outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "Q-1", skip_validation=True, offline=True))
    stuck = outbox.add(NewRedemption("mobile", "919777785205", Decimal(20), "Q-2", skip_validation=True, offline=True))
    outbox.update(stuck.id, state="attention", reason="A supervisor rejected this redemption.")
    unknown = outbox.add(NewRedemption("mobile", "919777700303", Decimal(30), "Q-3"))
    outbox.update(unknown.id, state="unknown")
    dialog = window.show_queue()
    assert dialog.table.rowCount() == 3
    assert "2 waiting" in dialog.summary.text() and "1 need attention" in dialog.summary.text()
    assert "91******8221" in [dialog.table.item(r, 3).text() for r in range(3)]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    ctx.supervisor.set_pin("4821")
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, _t, label, *a, **k: ("4821" if "PIN" in label else "customer left", True)
    )
    dialog.table.selectRow(2)  # the unknown one: may be applied, so it cannot be cancelled
    dialog.cancel_selected()
    assert "may already have been applied" in warnings[-1] and outbox.get(unknown.id).state == "unknown"
    dialog.table.selectRow(0)
    dialog.cancel_selected()
    assert outbox.get(waiting.id).state == "cancelled" and "customer left" in outbox.get(waiting.id).reason
    dialog.table.selectRow(1)
    dialog.retry_selected()
    qtbot.waitUntil(lambda: outbox.get(stuck.id).state == "done", timeout=10_000)
    qtbot.waitUntil(lambda: outbox.get(unknown.id).state == "attention", timeout=10_000)  # no code: refused
    assert [r["transaction_number"] for r in sim.ledger()] == ["Q-2"]  # Q-1 was cancelled: never sent
    exported = dialog.export(str(tmp_path / "queue.csv"))
    text = exported.read_text()
    assert "Q-1" in text and "cancelled" in text and ASHA_MOBILE not in text
    dialog.accept()


def test_queue_screen_shows_a_long_reason_whole_without_scrolling_sideways(qtbot, tmp_path) -> None:
    from pos_app.core.outbox import NewRedemption, Outbox
    from pos_app.gui.queue_dialog import COLUMNS, QueueDialog

    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "Q-1", offline=True))
    reason = (
        "A supervisor rejected this redemption. An earlier request for it may still wait for approval: "
        f"reject that one too, or check reference {item.reference} in the customer's redemptions before redoing it."
    )
    outbox.update(item.id, state="attention", reason=reason)
    dialog = QueueDialog(outbox, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cell = dialog.table.item(0, COLUMNS.index("reason"))
    assert cell.text() == reason and cell.toolTip() == reason
    assert dialog.table.horizontalScrollBar().maximum() == 0  # every column in view
    one_line = dialog.table.fontMetrics().height()
    assert dialog.table.rowHeight(0) >= 2 * one_line  # wrapped onto lines of its own, all of it shown


def test_first_run_settings_test_connection_and_save(qtbot, sim: SimAdmin, app_home) -> None:
    """An unconfigured till opens its set-up; Test connection tells good from bad; Save stores it."""
    from pos_app.gui.settings_dialog import SettingsDialog

    ctx = AppContext(app_paths(app_home).ensure(), Settings(path=app_paths(app_home).settings_file), MemoryStore())
    dialog = SettingsDialog(ctx, first_run=True)
    qtbot.addWidget(dialog)
    dialog.host.setText(sim.url)
    dialog.till.setText("demo.till")
    dialog.password.setText("wrong")
    dialog.test_connection()
    qtbot.waitUntil(lambda: "Test failed" in dialog.feedback.text(), timeout=10_000)
    assert "credentials were refused" in dialog.feedback.text()
    dialog.password.setText("demo")
    dialog.test_connection()
    qtbot.waitUntil(lambda: "Connected to" in dialog.feedback.text(), timeout=10_000)
    dialog.pin.setText("4821")
    dialog.pin_again.setText("4821")
    dialog.program.setText("abc")
    dialog.save()
    assert "digits" in dialog.feedback.text() and "supervisor PIN" not in dialog.feedback.text()
    assert dialog.result() == 0  # not saved, still open
    assert ctx.settings.get("host") == "" and not ctx.settings.path.exists()  # nothing half-changed
    assert not ctx.supervisor.is_set()
    dialog.program.setText("973")
    dialog.save()
    assert ctx.settings.path is not None and "demo.till" in ctx.settings.path.read_text()
    assert "demo" not in ctx.settings.path.read_text().replace("demo.till", "")  # no password in the file
    assert ctx.secrets.get(credentials.till_password("demo.till")) == "demo"
    assert ctx.supervisor.is_set()
    from pos_app.core.capillary import Identifier

    assert dialog.result() == 1
    assert ctx.client.get_customer(Identifier("card_number", "CARD0001")).name == "Asha Rao"


def test_unconfigured_window_opens_the_set_up(qtbot, app_home, monkeypatch) -> None:
    import argparse

    from pos_app.gui.app import build_window
    from pos_app.gui.settings_dialog import SettingsDialog

    window = build_window(argparse.Namespace(demo=False, home=str(app_home)), QApplication.instance())
    window.force_close = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None, timeout=5_000)
    assert window.findChild(SettingsDialog).windowTitle() == "Set up this till"


def test_esc_cancels_a_slow_lookup_but_never_a_redemption(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.fault("/v1.1/customer/get", "latency", count=1, ms=1500)
    look_up(qtbot, window, "CARD0001")
    qtbot.waitUntil(lambda: window.background.busy, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.start.message.text().startswith("Lookup cancelled.") and not window.background.busy
    qtbot.wait(1_800)  # the late answer arrives and is dropped
    assert window.stack.currentWidget() is window.start
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    sim.fault("/v1.1/points/redeem", "latency", count=1, ms=1200)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.committing, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert "cannot be cancelled" in window.otp.message.text()
    until_screen(qtbot, window, window.done)
    assert len(sim.ledger()) == 1 and "PENDING" not in window.done.preview.toPlainText()


def test_a_redemption_answering_after_the_screen_was_left_is_journaled(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50", bill="LATE-1")
    until_screen(qtbot, window, window.otp)
    sim.fault("/v1.1/points/redeem", "latency", count=1, ms=1200)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.committing, timeout=2_000)
    window.flow.clear()  # the screen is left before the answer (F2 refuses to: see the busy-state test)
    window.stack.setCurrentWidget(window.start)
    qtbot.waitUntil(lambda: "LATE-1" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.stack.currentWidget() is window.start  # nothing of it shown on the new screen
    qtbot.waitUntil(lambda: ctx.journal.last_id() is not None, timeout=5_000)
    assert ctx.journal.get(ctx.journal.last_id()).bill == "LATE-1" and len(sim.ledger()) == 1


def test_a_receipt_the_journal_could_not_keep_is_told_to_the_cashier(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext, monkeypatch
) -> None:
    import pos_app.core.journal as journal_module

    def cannot_make(*_args: object) -> None:
        raise ValueError("receipt cannot be made")

    monkeypatch.setattr(journal_module, "receipt_from_draft", cannot_make)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "30", bill="NOJ-1")
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    reference = ctx.outbox.items()[-1].reference
    shown = window.done.details.text()
    assert "could not be kept in this till's journal" in shown and reference in shown
    assert "NOJ-1" in window.done.preview.toPlainText() and len(sim.ledger()) == 1  # the redemption stands


def test_receipt_is_journaled_and_auto_printed_and_a_dead_printer_is_explained(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    from tests.support.printer_listener import network_printer

    listener = network_printer(ctx.settings)
    ctx.settings.set("receipt.auto_print", True)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "100")
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    printed_on = f"Receipt printed (network 127.0.0.1:{ctx.settings.get('printer.port')})."
    qtbot.waitUntil(lambda: window.done.print_status.text() == printed_on, timeout=10_000)
    redemption_id = sim.ledger()[0]["redemption_id"]
    original = listener.wait()
    assert redemption_id.encode() in original and b"COPY - REPRINT" not in original
    qtbot.waitUntil(lambda: ctx.journal.last_id() is not None, timeout=5_000)
    assert ctx.journal.get(ctx.journal.last_id()).redemption_id == redemption_id
    listener = network_printer(ctx.settings)
    window.done.print_status.clear_message()
    qtbot.keyClick(window, Qt.Key.Key_F11)  # printed once already: F11 prints a copy, marked
    qtbot.waitUntil(lambda: window.done.print_status.text().startswith("Printed again, marked"), timeout=10_000)
    again = listener.wait()
    assert redemption_id.encode() in again and b"COPY - REPRINT" in again
    ctx.settings.set("printer.port", 9)  # now the printer is off
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: "cannot be reached" in window.done.print_status.text(), timeout=10_000)
    assert window.stack.currentWidget() is window.done and len(sim.ledger()) == 1


def test_journal_screen_reprints_any_receipt_and_saves_a_pdf(
    qtbot, window: TillWindow, ctx: AppContext, tmp_path
) -> None:
    import shutil
    import subprocess
    import time as clock

    from pos_app.core.receipt import Receipt
    from tests.support.printer_listener import network_printer

    for n, rid in enumerate(("aaa111", "bbb222")):
        ctx.journal.add(
            Receipt(
                store="S",
                till="demo.till",
                cashier="anna",
                when=clock.time() + n,
                customer_name="",
                customer_kind="mobile",
                customer_value=ASHA_MOBILE,
                bill=f"J-{n}",
                reference=f"R-{n}",
                redemption_id=rid,
                points=Decimal(10 * (n + 1)),
                value=None,
                local_value=None,
                ratio=None,
                balance_after=None,
                verified_by="OTP",
            )
        )
    dialog = window.show_journal()
    assert dialog.table.rowCount() == 2 and "bbb222" in dialog.preview.toPlainText()  # newest selected
    dialog.table.selectRow(0)
    assert "aaa111" in dialog.preview.toPlainText() and ASHA_MOBILE not in dialog.preview.toPlainText()
    listener = network_printer(ctx.settings)
    dialog.print_selected()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Printed again, marked as a copy ("), timeout=10_000)
    assert "127.0.0.1" in dialog.status.text()  # where it went
    again = listener.wait()
    assert b"aaa111" in again and b"COPY - REPRINT" in again
    pdf = dialog.save_pdf(str(tmp_path / "r.pdf"))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "aaa111" in text and "J-0" in text
    assert dialog.save_pdf(str(tmp_path / "gone" / "r.pdf")) is None  # a folder that is not there
    assert "was not written" in dialog.status.text() and "Saved" not in dialog.status.text()
    dialog.accept()


def test_settings_need_the_supervisor_pin_once_one_is_set(
    qtbot, window: TillWindow, ctx: AppContext, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from pos_app.gui.settings_dialog import SettingsDialog

    ctx.supervisor.set_pin("4821")
    typed = iter(["1234", "4821"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(typed), True))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert window.show_settings() is None and "Wrong PIN" in warnings[0]
    assert window.findChild(SettingsDialog) is None
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.reject()


def redeem_through_window(qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext, points: str, bill: str) -> None:
    """Asha's card, points, bill and her SMS code, to the done screen and the journal."""
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, points, bill=bill)
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    qtbot.waitUntil(lambda: ctx.journal.last_id() is not None, timeout=5_000)


def test_a_supervisor_voids_a_redemption_from_the_journal(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext, monkeypatch
) -> None:
    from tests.support.voiding import void_selected

    ctx.supervisor.set_pin("4821")
    redeem_through_window(qtbot, window, sim, ctx, "40", "VOID-ME")
    redemption_id = sim.ledger()[0]["redemption_id"]
    dialog = window.show_journal()
    void_selected(dialog, "returned the goods", "1111")  # a wrong PIN first: nothing happens
    assert dialog.table.rowCount() == 1 and dialog.void_dialog is not None
    assert "Wrong PIN" in dialog.void_dialog.problem.text()
    dialog.void_dialog.reject()
    void_selected(dialog, "returned the goods", "4821")
    qtbot.waitUntil(lambda: "VOID receipt" in dialog.status.text(), timeout=10_000)
    assert f"Reversed 40 points of redemption {redemption_id}" in dialog.status.text()
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 3).text() == f"VOID {redemption_id}"
    # Each row says whose and which bill (masked), and the original reads as voided.
    assert dialog.table.item(0, 1).text() == "****0001" and dialog.table.item(0, 2).text() == "VOID-ME"
    assert dialog.table.item(0, 3).text() == f"{redemption_id} (voided)"
    void_slip = dialog.preview.toPlainText()
    assert "returned the goods" in void_slip and "Points returned" in void_slip and "Asha Rao" in void_slip
    assert "Thank you" not in void_slip and "Points redeemed" not in void_slip  # it reads as a void
    assert ctx.client.get_customer(_asha()).loyalty_points == Decimal(2000)  # the points are back
    dialog.table.selectRow(0)  # voided: Reverse is off, and says why
    assert not dialog.void_button.isEnabled() and "Already reversed on this till" in dialog.void_button.toolTip()


def _asha():  # type: ignore[no-untyped-def]
    from pos_app.core.capillary import Identifier

    return Identifier("mobile", ASHA_MOBILE)


def test_end_of_day_report_on_screen_printed_and_saved(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext, tmp_path
) -> None:
    from pos_app.gui.report_dialog import ReportDialog
    from tests.support.printer_listener import network_printer

    redeem_through_window(qtbot, window, sim, ctx, "70", "EOD-1")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None, timeout=5_000)
    dialog = window.findChild(ReportDialog)
    text = dialog.preview.toPlainText()
    assert (
        "END OF DAY" in text
        and "demo.till" in text
        and any(line.split() == ["points", "70"] for line in text.splitlines())
    )
    csv_text = dialog.save_csv(str(tmp_path / "day.csv")).read_text()
    assert ",demo.till,1,70,17.50,0,0,0,0,0" in csv_text and ",TOTAL,1,70," in csv_text
    listener = network_printer(ctx.settings)
    dialog.print_report()
    qtbot.waitUntil(lambda: dialog.status.text() == "Printed.", timeout=10_000)
    printed = listener.wait()
    assert b"END OF DAY" in printed and b"TOTAL" in printed and b"\x1dV" in printed[-8:]  # cut at the end


def test_settings_set_the_printer_and_a_missing_system_printer_is_explained(
    qtbot, window: TillWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pos_app.gui.pin.supervisor_allows", lambda *_: True)  # the PIN prompt is tested on its own
    from PySide6.QtPrintSupport import QPrinterInfo

    from pos_app.core.printers import PrinterUnavailable
    from pos_app.gui.printing import print_receipt
    from tests.support.receipts import sample_receipt

    dialog = window.show_settings()
    dialog.printer_kind.setCurrentIndex(dialog.printer_kind.findData("network"))
    dialog.printer_address.setCurrentText("")
    dialog.save()
    assert "needs its address" in dialog.feedback.text() and ctx.settings.get("printer.kind") == "none"
    dialog.printer_address.setCurrentText("10.0.0.7:9101")
    dialog.columns.setCurrentText("32")
    dialog.auto_print.setChecked(False)
    dialog.save()
    assert ctx.settings.get("printer.kind") == "network" and ctx.settings.get("printer.host") == "10.0.0.7"
    assert ctx.settings.get("printer.port") == 9101 and ctx.settings.get("printer.columns") == 32
    assert ctx.settings.get("receipt.auto_print") is False
    ctx.settings.set("printer.kind", "system")
    ctx.settings.set("printer.system_name", "No-Such-Printer")
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has system printers; the refusal below is for a till without one")
    with pytest.raises(PrinterUnavailable, match="No system printer is installed"):
        print_receipt(sample_receipt(), ctx.settings)


def confirm_with_code(qtbot, window: TillWindow, sim: SimAdmin, mobile: str) -> None:
    until_screen(qtbot, window, window.otp)
    qtbot.keyClicks(window.otp.code, sim.otp(mobile), delay=50)  # as a person types it: not a scan
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return, delay=50)
    until_screen(qtbot, window, window.done)


def test_a_multi_program_customer_redeems_from_the_program_picked(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")  # one program: nothing to pick
    until_screen(qtbot, window, window.customer)
    assert not window.customer.program.isVisibleTo(window)
    look_up(qtbot, window, "CARD0002")  # Vikram: 500 in Demo Rewards, 1200 in Partner Miles
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: window.customer.name.text() == "Vikram Shah", timeout=10_000)
    picker = window.customer.program
    assert picker.isVisibleTo(window) and picker.count() == 2
    assert window.customer.balance.text() == "500 points"
    picker.setCurrentIndex(picker.findData("974"))
    assert window.customer.balance.text() == "1200 points"
    assert "Partner Miles" in window.customer.balance_caption.text()
    qtbot.waitUntil(lambda: window.ctx.org_rules.for_program("974").cap() is not None, timeout=10_000)
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_F6)  # Max: this program's balance, within its rules
    qtbot.waitUntil(lambda: window.customer.quantity.text() == "200", timeout=2_000)
    window.customer.quantity.clear()
    fill_and_check(qtbot, window, "150", bill="BILL-P")
    confirm_with_code(qtbot, window, sim, "919777785205")
    [row] = sim.ledger()
    assert (row["program_id"], row["points_redeemed"]) == ("974", "150")
    assert sim.server.state.customers["564670801"]["points"] == 500  # the other program untouched


def test_the_balance_and_the_points_typed_show_their_worth_before_any_code_is_sent(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    sim.server.state.data["rules"]["max_per_redemption"] = 5000  # the whole balance may be redeemed
    look_up(qtbot, window, "CARD0001")  # Asha: 2000 points at 0.25
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: window.customer.worth.text() != "", timeout=10_000)
    assert window.customer.worth.text() == "Worth ₹500.00\n1 point = ₹0.25"
    qtbot.keyClicks(window.customer.quantity, "120")
    qtbot.waitUntil(lambda: "120 points = ₹30.00, 1 point = ₹0.25" in window.customer.result.text(), timeout=10_000)
    window.customer.quantity.clear()
    fill_and_check(qtbot, window, "125")  # the org redeems multiples of 10 only: the check says so
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.rule.text(), timeout=10_000)
    window.customer.quantity.clear()
    qtbot.keyClicks(window.customer.quantity, "135")  # now known at the till: said before any check
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.rule.text(), timeout=10_000)
    assert window.customer.result.text() == ""
    look_up(qtbot, window, "CARD0002")  # Vikram: two programs, each its own worth
    qtbot.waitUntil(lambda: window.customer.name.text() == "Vikram Shah", timeout=10_000)
    assert "₹500.00" not in window.customer.worth.text()  # never the earlier customer's
    qtbot.waitUntil(lambda: window.customer.worth.text() == "Worth ₹125.00\n1 point = ₹0.25", timeout=10_000)
    picker = window.customer.program
    picker.setCurrentIndex(picker.findData("974"))
    qtbot.waitUntil(lambda: window.customer.worth.text() == "Worth ₹300.00\n1 point = ₹0.25", timeout=10_000)
    assert sim.ledger() == []  # nothing redeemed
    assert sim.server.state.current_otp("919777785205") is None  # no code sent to either
    assert sim.server.state.current_otp(ASHA_MOBILE) is None


def test_a_long_replay_or_a_stuck_printer_never_keeps_a_lookup_waiting(qtbot, window: TillWindow) -> None:
    """More slow calls than the till has cores (a replay of a long queue, a printer that does
    not answer, lookups left to their timeout): the next lookup still goes at once."""
    import os
    import threading

    from pos_app.gui.background import Background

    release = threading.Event()
    try:
        slow = Background(window)
        for _ in range((os.cpu_count() or 1) + 2):
            slow.run(lambda: release.wait(30), lambda _: None, lambda _: None)
        look_up(qtbot, window, "CARD0001")
        until_screen(qtbot, window, window.customer)
        assert window.customer.name.text() == "Asha Rao"
    finally:
        release.set()
        assert slow.wait_idle(10_000)


def test_a_balance_over_the_maximum_shows_its_worth_and_the_most_one_redemption_takes(
    qtbot, window: TillWindow
) -> None:
    look_up(qtbot, window, "CARD0001")  # 2000 points; at most 200 at once in the demo org
    until_screen(qtbot, window, window.customer)
    # No typing needed: the refusal of the whole balance taught the maximum, whose worth gives the ratio.
    qtbot.waitUntil(lambda: window.customer.worth.text() == "Worth ₹500.00\n1 point = ₹0.25", timeout=10_000)
    assert "At most 200 points" in window.customer.most.text()
    assert window.customer.rule.text() == "" and window.customer.message.text() == ""  # no error for it


def test_points_typed_while_the_next_customer_loads_are_not_priced_for_them(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    sim.fault("/v1.1/customer/get", "latency", ms=1500, phase="before")
    window.flow.look_up("CARD0002")  # Asha's screen stays until Vikram's answer arrives
    qtbot.keyClicks(window.customer.quantity, "100")
    qtbot.wait(1000)  # past the pause in typing, before Vikram is shown
    assert window.customer.name.text() == "Asha Rao" and window.customer.result.text() == ""
    qtbot.waitUntil(lambda: window.customer.name.text() == "Vikram Shah", timeout=10_000)


def test_a_failed_worth_question_leaves_the_balance_and_bothers_no_one(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    sim.fault("/v1.1/points/isredeemable", "http-500")
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.wait(300)
    assert window.customer.worth.text() == "" and window.customer.balance.text() == "2000 points"
    assert window.customer.message.text() == "" and window.customer.rule.text() == ""
    fill_and_check(qtbot, window, "100")  # the cashier's own check still works
    until_screen(qtbot, window, window.otp)


def test_family_points_are_offered_where_configured_and_used(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert not window.customer.family.isVisibleTo(window)  # not configured: not offered
    ctx.settings.set("group_redemption", True)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: window.customer.family.isVisibleTo(window), timeout=10_000)
    qtbot.keyClick(window.customer.bill, Qt.Key.Key_F4)  # family points; blank id: Asha heads the family
    qtbot.waitUntil(window.customer.family.isChecked, timeout=2_000)  # a button's key clicks after a moment
    assert window.customer.family_id.isEnabled()
    window.customer.bill.setFocus()
    fill_and_check(qtbot, window, "200", bill="BILL-F")
    confirm_with_code(qtbot, window, sim, ASHA_MOBILE)
    [row] = sim.ledger()
    assert row["group_id"] == "41"
    assert sim.server.state.groups["41"]["points"] == 2800
    assert sim.server.state.customers["564670755"]["points"] == 2000
    assert "family's points" in window.done.details.text()


def test_screens_survive_a_large_system_font(qtbot, ctx: AppContext, sim: SimAdmin) -> None:
    """At 20 pt every screen still fits 1024x768 and no control is squeezed below its size."""
    app = QApplication.instance()
    normal = app.font()
    large = QFont(normal)
    large.setPointSize(20)
    app.setFont(large)
    try:
        ctx.settings.set("group_redemption", True)
        win = TillWindow(ctx)
        win.force_close = True
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        qtbot.waitExposed(win)
        win.flow.look_up("CARD0002")  # the fullest screen: program picker and family row
        qtbot.waitUntil(lambda: window_shows(win, win.customer) and win.customer.program.count() == 2, timeout=10_000)
        assert win.customer.name.font().pointSizeF() > 20  # the title stays above the text
        # The balance's worth and the most one redemption takes come on the side, a moment later.
        qtbot.waitUntil(lambda: win.customer.most.text() != "", timeout=10_000)
        for screen in (win.start, win.customer, win.otp, win.done):
            win.stack.setCurrentWidget(screen)
            qtbot.wait(20)
            assert win.minimumSizeHint().width() <= 1024 and win.minimumSizeHint().height() <= 768, screen
            squeezed = [
                child.objectName() or type(child).__name__
                for child in screen.findChildren(QWidget)
                if child.isVisible()
                and (
                    child.width() < child.minimumSizeHint().width() or child.height() < child.minimumSizeHint().height()
                )
            ]
            assert squeezed == [], (screen.objectName(), squeezed)
    finally:
        app.setFont(normal)


def window_shows(win: TillWindow, screen) -> bool:
    return win.stack.currentWidget() is screen


def test_offline_family_points_need_the_family_id(qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext) -> None:
    ctx.settings.set("group_redemption", True)
    sim.server.stop()  # the network is gone
    look_up(qtbot, window, "9777788221")
    until_screen(qtbot, window, window.customer)
    window.customer.family.setChecked(True)  # blank id: offline, whose family is not known
    window.customer.bill.setFocus()
    fill_and_check(qtbot, window, "20", bill="BILL-OFF")
    assert "family id" in window.customer.message.text() and window.ctx.outbox.items() == []
    qtbot.keyClicks(window.customer.family_id, "FAM-RAO")
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    [item] = window.ctx.outbox.items()
    assert item.group_ref == {"user_group2_external_id": "FAM-RAO"} and item.offline


def test_started_by_the_app_the_window_takes_a_lookup_before_it_has_finished_building(
    qtbot, ctx: AppContext, sim: SimAdmin
) -> None:
    win = TillWindow(ctx, whole_at_once=False)
    win.force_close = True
    qtbot.addWidget(win)
    built: list[bool] = []
    win.when_built(lambda: built.append(True))
    assert not win.is_built and not hasattr(win, "flow") and built == []
    win.show()
    look_up(qtbot, win, "CARD0001")  # at once, before the background loading could say it is done
    assert win.is_built and built == [True]
    until_screen(qtbot, win, win.customer)
    assert win.customer.name.text() == "Asha Rao"


def test_started_by_the_app_the_window_finishes_building_by_itself(qtbot, ctx: AppContext) -> None:
    win = TillWindow(ctx, whole_at_once=False)
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_built, timeout=10_000)
    qtbot.waitUntil(win.replay.timer.isActive, timeout=5_000)  # the queue is watched from then on
    assert win.stack.count() == 4 and win.stack.currentWidget() is win.start
