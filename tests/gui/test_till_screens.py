"""The till's screens as a cashier meets them: Max within the org's rules, scans that are never
lost, a flag that tells the truth about the network, a status bar without stale errors, a
busy state for a slow answer, words that fit the call that failed, and the keys and fields."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui.main_window import TillWindow
from pos_app.gui.scanner import ScannerFilter
from tests.conftest import SimAdmin
from tests.gui.test_till_window import ASHA_MOBILE, confirm_with_code, fill_and_check, look_up, until_screen


@pytest.fixture
def scanner(window: TillWindow) -> Iterator[ScannerFilter]:
    """The app's scanner, as ``run_gui`` attaches it."""
    scanning = ScannerFilter(window)
    scanning.attach(QApplication.instance())
    scanning.watch(window)
    scanning.scanned.connect(window.scan)
    yield scanning
    QApplication.instance().focusChanged.disconnect(scanning._focus_moved)


def scan(qtbot, text: str) -> None:
    """A scanner: the characters a few ms apart, then Enter, into whatever has the focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_Return)


def redeem(qtbot, window: TillWindow, sim: SimAdmin, points: str = "50", bill: str = "BILL-9") -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, points, bill)
    confirm_with_code(qtbot, window, sim, ASHA_MOBILE)


# -- Max and the org's rules --------------------------------------------------------------


def test_max_is_the_most_this_customer_may_redeem_now_and_a_refusal_names_the_rule(qtbot, window: TillWindow) -> None:
    look_up(qtbot, window, "CARD0001")  # 2000 points; the demo org: at most 200 at once, multiples of 10
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: "At most 200 points (₹50.00)" in window.customer.most.text(), timeout=10_000)
    assert window.customer.worth.text() == "Worth ₹500.00\n1 point = ₹0.25"  # the whole balance, at the ratio
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.customer.quantity.text() == "200", timeout=2_000)
    window.customer.quantity.clear()
    fill_and_check(qtbot, window, "300")
    qtbot.waitUntil(lambda: window.customer.rule.text() != "", timeout=10_000)
    assert "at most 200 points per redemption" in window.customer.rule.text()
    assert window.stack.currentWidget() is window.customer


def test_max_keeps_to_the_allowed_multiple(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.server.state.data["rules"]["max_per_redemption"] = 5000
    sim.server.state.customers["564670755"]["points"] = Decimal(1234)  # Asha, not a multiple of 10
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "105")  # refused: the step is learned from the answer
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.rule.text(), timeout=10_000)
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.customer.quantity.text() == "1230", timeout=2_000)


# -- scans -------------------------------------------------------------------------------


def test_a_scan_on_the_done_screen_starts_the_next_customer(
    qtbot, window: TillWindow, sim: SimAdmin, scanner: ScannerFilter
) -> None:
    redeem(qtbot, window, sim)
    until_screen(qtbot, window, window.done)
    scan(qtbot, "CARD0002")  # no F12 first
    qtbot.waitUntil(lambda: window.customer.name.text() == "Vikram Shah", timeout=10_000)
    assert window.stack.currentWidget() is window.customer


def test_a_scan_right_after_f12_is_not_lost(qtbot, window: TillWindow, sim: SimAdmin, scanner: ScannerFilter) -> None:
    redeem(qtbot, window, sim)
    until_screen(qtbot, window, window.done)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    scan(qtbot, "CARD0002")  # at once: a key's click must not come late and clear the lookup
    qtbot.waitUntil(lambda: window.customer.name.text() == "Vikram Shah", timeout=10_000)
    qtbot.wait(300)
    assert window.stack.currentWidget() is window.customer


def test_a_code_typed_fast_on_the_code_screen_is_the_code_not_a_scan(
    qtbot, window: TillWindow, sim: SimAdmin, scanner: ScannerFilter
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    code = sim.otp(ASHA_MOBILE)
    scan(qtbot, code)  # six digits a few ms apart: as fast as a scanner
    assert window.stack.currentWidget() is window.otp and window.otp.code.text() == code  # kept, not a lookup
    assert "Redeem [F9]" in window.otp.message.text() and sim.ledger() == []  # not sent: it may be a card
    qtbot.keyClick(window, Qt.Key.Key_F9)  # it was the code
    until_screen(qtbot, window, window.done)
    assert len(sim.ledger()) == 1 and window.flow.sale.customer.name == "Asha Rao"


def test_a_card_scanned_on_the_code_screen_is_not_sent_as_the_code(
    qtbot, window: TillWindow, sim: SimAdmin, scanner: ScannerFilter
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    scan(qtbot, "CARD0002")  # the next customer's card, while this one reads out the code
    assert window.stack.currentWidget() is window.otp and window.flow.sale.customer.name == "Asha Rao"
    assert "not sent as the code" in window.otp.message.text()
    assert window.otp.code.selectedText() == "CARD0002"  # the code typed next replaces it
    assert window.ctx.outbox.items() == []  # nothing was tried with it
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE), delay=60)  # as a person types it
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return, delay=60)
    until_screen(qtbot, window, window.done)
    assert len(sim.ledger()) == 1


def test_a_scan_while_a_redemption_is_confirmed_does_not_drop_it(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    window.customer.by_call.setChecked(True)
    fill_and_check(qtbot, window, "20")
    until_screen(qtbot, window, window.otp)
    window.scan("CARD0002")  # the next customer's card, while this one gives the missed call
    assert window.stack.currentWidget() is window.otp and "being confirmed" in window.otp.message.text()
    assert window.flow.sale.customer.name == "Asha Rao"


# -- online / offline --------------------------------------------------------------------


def test_a_till_started_with_the_service_down_says_offline(qtbot, ctx: AppContext, sim: SimAdmin) -> None:
    sim.server.stop()
    win = TillWindow(ctx)
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status.online.text() == "OFFLINE", timeout=10_000)  # no customer needed


def test_the_offline_flag_follows_the_last_call_and_a_probe_clears_it(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    assert window.status.online.text() == "online"
    window.flow.connection.timer.setInterval(300)  # the probe's few seconds, shortened
    sim.fault("/v1.1/customer/get", "reset", count=None)  # connections cut: no answer
    look_up(qtbot, window, "CARD0001")
    qtbot.waitUntil(lambda: window.status.online.text() == "OFFLINE", timeout=10_000)
    assert window.status.last_error.text() != ""
    sim.clear_faults()
    # Back: the probe says so, and the error of the cut goes with it, before any customer.
    qtbot.waitUntil(lambda: window.status.online.text() == "online", timeout=10_000)
    assert window.status.last_error.text() == ""
    # The offline form goes by itself: the same customer, looked up again, on the online screen.
    qtbot.waitUntil(lambda: window.customer.name.text() == "Asha Rao" and not window.customer.offline, timeout=10_000)
    assert window.customer.message.kind() == "info" and "answers again" in window.customer.message.text()
    sim.fault("*", "html-502", count=None)  # a gateway's page is not the service
    qtbot.keyClick(window, Qt.Key.Key_F2)
    look_up(qtbot, window, "CARD0001")
    qtbot.waitUntil(lambda: window.status.online.text() == "OFFLINE", timeout=10_000)
    sim.clear_faults()
    qtbot.waitUntil(lambda: window.status.online.text() == "online", timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert window.customer.name.text() == "Asha Rao" and window.status.last_error.text() == ""


def test_the_probe_is_a_light_call_that_never_redeems(sim: SimAdmin, ctx: AppContext) -> None:
    from pos_app.gui import connection_state

    probe = connection_state.probe_service(lambda: ctx.client)
    probe()  # answered "no such customer": that is online
    assert sim.ledger() == []
    sim.server.stop()
    with pytest.raises(connection_state.NotSent):
        probe()


# -- the status bar and the queue's counts -----------------------------------------------


def test_an_error_belongs_to_its_customer_and_is_never_cut_mid_word(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "919000000001")  # no such customer
    qtbot.waitUntil(lambda: window.status.last_error.text() != "", timeout=10_000)
    whole = window.status.last_error.toolTip()
    assert whole.startswith("No loyalty customer found")
    window.resize(640, window.height())  # a narrow status bar: fewer words, none cut
    qtbot.waitUntil(lambda: window.status.last_error.text().endswith("..."), timeout=2_000)
    shown = window.status.last_error.text()[:-3]
    assert whole.startswith(shown) and whole[len(shown)] in " ,.;:"  # ends where a word ends
    assert (
        window.status.last_error.fontMetrics().horizontalAdvance(window.status.last_error.text())
        <= window.status.last_error.width()
    )
    look_up(qtbot, window, "CARD0001")  # the next customer: the error was the last one's
    until_screen(qtbot, window, window.customer)
    assert window.status.last_error.text() == ""


def test_the_badge_and_the_queue_screen_follow_the_replay_as_it_sends(
    qtbot, window: TillWindow, ctx: AppContext
) -> None:
    for bill in ("Q-1", "Q-2"):
        ctx.outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), bill, skip_validation=True, offline=True))
    stuck = ctx.outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "Q-3", skip_validation=True, offline=True))
    ctx.outbox.update(stuck.id, state="attention", reason="A supervisor rejected this redemption.")
    window.replay.refresh()
    dialog = window.show_queue()
    assert "Pending: 2" in window.status.queue_badge.text() and dialog.table.rowCount() == 3
    dialog.table.selectRow(2)  # the supervisor is about to act on the one that needs attention
    window.replay.replay_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)  # no reopening, no key
    assert "0 waiting" in dialog.summary.text() and "Pending: 0" in window.status.queue_badge.text()
    assert dialog._selected_item_id() == stuck.id  # still the same item, though its row moved up


def test_the_badge_says_since_when_items_wait_and_that_a_customer_on_screen_goes_first(
    qtbot, window: TillWindow, ctx: AppContext
) -> None:
    import time

    item = ctx.outbox.add(NewRedemption("mobile", ASHA_MOBILE, Decimal(10), "Q-1", skip_validation=True, offline=True))
    ctx.outbox.update(item.id, next_attempt_at=time.time() + 3600)  # waiting for its next attempt
    window.replay.refresh()
    since = time.strftime("%H:%M", time.localtime(ctx.outbox.get(item.id).created_at))
    assert window.status.queue_badge.text() == f"Pending: 1 (oldest from {since})"  # a time: never stale
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert window.status.queue_badge.text().endswith(", sent after this customer")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    until_screen(qtbot, window, window.start)
    assert "after this customer" not in window.status.queue_badge.text()


# -- a slow answer -----------------------------------------------------------------------


def test_a_slow_redemption_shows_busy_on_the_screen_takes_no_second_submit_and_f2_waits(
    qtbot, window: TillWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    sim.fault("/v1.1/points/redeem", "latency", count=1, ms=2000)
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.committing, timeout=2_000)
    assert window.otp.busy.isVisibleTo(window) and not window.otp.redeem_button.isEnabled()
    assert window.otp.message.kind() == "busy" and "Redeeming" in window.otp.message.text()
    qtbot.keyClick(window, Qt.Key.Key_F9)  # a second submit
    window.otp.code.returnPressed.emit()
    qtbot.keyClick(window, Qt.Key.Key_F2)  # and the next customer: refused while the answer is awaited
    assert window.stack.currentWidget() is window.otp
    window.scan("CARD0002")  # a card now: said when to scan it, never "press Esc" (nothing can be cancelled)
    assert "once it is in" in window.otp.message.text() and "Esc" not in window.otp.message.text()
    until_screen(qtbot, window, window.done)
    assert window.done.outcome.kind() == "success"  # the outcome where the cashier looks
    assert len(sim.ledger()) == 1 and len(ctx.outbox.items()) == 1


def test_a_slow_check_shows_busy_on_the_customer_screen_and_takes_no_second_check(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.wait(400)  # the balance's worth asked and answered
    sim.fault("/v1.1/points/isredeemable", "latency", count=1, ms=1500)
    fill_and_check(qtbot, window, "50")
    assert window.customer.busy.isVisibleTo(window) and not window.customer.check_button.isEnabled()
    assert "Checking" in window.customer.message.text()
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.otp)
    assert window.customer.message.kind() != "busy"


# -- words -------------------------------------------------------------------------------


def test_a_failed_check_speaks_of_a_check_not_of_a_redemption(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.wait(400)
    sim.fault("/v1.1/points/isredeemable", "http-500", count=1)
    fill_and_check(qtbot, window, "50")
    qtbot.waitUntil(lambda: window.customer.message.kind() == "error", timeout=10_000)
    text = window.customer.message.text()
    assert "points could not be checked" in text and "Nothing was redeemed" in text
    assert "may or may not" not in text


def test_a_wrong_code_is_selected_for_retyping_and_its_request_id_is_behind_details(
    qtbot, window: TillWindow, sim: SimAdmin
) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    assert window.otp.customer.text() == "Asha Rao"  # the code screen names the customer
    wrong = "000000" if sim.otp(ASHA_MOBILE) != "000000" else "111111"
    qtbot.keyClicks(window.otp.code, wrong)
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "code is wrong" in window.otp.message.text(), timeout=10_000)
    assert window.otp.code.selectedText() == wrong and window.otp.code.hasFocus()
    banner = window.otp.message
    assert banner.request_id and banner.request_id not in banner.text()  # no 32 characters for a typo
    assert banner.request_id not in window.status.last_error.text()
    assert not banner.details.isVisibleTo(window)
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.details.isVisibleTo(window) and banner.request_id in banner.details.text()
    assert window.otp.code.hasFocus() and window.otp.code.selectedText() == wrong  # the next code still replaces it
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))  # typed over the selection
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)


# -- keys and fields ---------------------------------------------------------------------


def test_amount_and_missed_call_have_keys_and_the_points_field_takes_digits_only(qtbot, window: TillWindow) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    field = window.customer.quantity
    qtbot.keyClicks(field, "1a2.5-x")
    assert field.text() == "125"
    qtbot.keyClick(field, Qt.Key.Key_F3)  # Amount
    assert window.customer.in_amount.isChecked()
    field.clear()
    qtbot.keyClicks(field, "12.505e")
    assert field.text() == "12.505"  # a letter never; a third decimal is kept as typed and refused in words
    qtbot.waitUntil(lambda: "at most two decimals" in window.customer.rule.text(), timeout=5_000)
    qtbot.keyClick(field, Qt.Key.Key_F3)  # back to points: an amount's decimals are not points
    assert window.customer.in_points.isChecked() and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.customer.by_call.isChecked()
    qtbot.keyClick(field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.customer.by_sms.isChecked()


def test_family_points_do_not_show_the_customers_own_balance(qtbot, window: TillWindow, ctx: AppContext) -> None:
    ctx.settings.set("group_redemption", True)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    assert window.customer.balance.text() == "2000 points"
    qtbot.keyClick(window.customer.bill, Qt.Key.Key_F4)  # at once, with the focus in the family id
    assert window.customer.family.isChecked() and window.customer.family_id.hasFocus()
    assert "Family" in window.customer.balance_caption.text() and "2000" not in window.customer.balance.text()
    assert "own balance is 2000 points" in window.customer.most.text()
    qtbot.keyClick(window.customer.family_id, Qt.Key.Key_F4)  # back: the focus goes on to the bill
    assert not window.customer.family.isChecked() and window.customer.bill.hasFocus()
    assert window.customer.balance.text() == "2000 points"


# -- the look ----------------------------------------------------------------------------


def test_one_visual_language_one_primary_action_a_screen(qtbot, window: TillWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    assert window.objectName() == "till" and "#till" in window.styleSheet()  # till.qss
    for screen in (window.start, window.customer, window.otp, window.done):
        primary = [b for b in screen.findChildren(QPushButton) if b.property("role") == "primary"]
        assert len(primary) == 1, screen.objectName()
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    big = window.customer.balance.font().pointSizeF()
    assert big >= 2 * QApplication.font().pointSizeF()  # the balance in large type


def test_fit_words_cuts_after_a_whole_word() -> None:
    from pos_app.gui.status_words import fit_words

    text = "The loyalty service cannot be reached (network down?). Nothing was sent; try again."
    assert fit_words(text, 200) == text
    assert fit_words(text, 30) == "The loyalty service cannot..."
    assert fit_words("  spaced\n  out  ", 20) == "spaced out"
    assert fit_words("Unbreakable", 5) == ""


def test_a_word_the_shipped_language_lacks_shows_in_english_never_blank(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from pos_app.gui.translations import install_language

    install_language("de")
    try:
        assert QCoreApplication.translate("CustomerScreen", "Points") == "Punkte"  # shipped
        assert QCoreApplication.translate("CustomerScreen", "No such words anywhere") == "No such words anywhere"
    finally:
        install_language("en")


def test_a_code_sent_again_clears_the_wrong_codes_error(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50")
    until_screen(qtbot, window, window.otp)
    wrong = "000000" if sim.otp(ASHA_MOBILE) != "000000" else "111111"
    qtbot.keyClicks(window.otp.code, wrong)
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "code is wrong" in window.status.last_error.text(), timeout=10_000)
    window.flow.sale.otp_sent_at -= 120  # the resend cooldown has passed
    qtbot.waitUntil(window.otp.resend_button.isEnabled, timeout=3_000)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: "sent again" in window.otp.message.text(), timeout=10_000)
    assert window.status.last_error.text() == ""  # the call succeeded: the old error is gone
