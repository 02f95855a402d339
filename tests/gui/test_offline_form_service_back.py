"""The offline form once the loyalty service answers again, on real widgets and the real simulator.

Nothing is queued without a code while the till knows the service answers; the offline form
goes by itself (its customer looked up again, the bill and points kept); a PENDING receipt on
the done screen follows its row as the replay sends it; "try again" always names its key.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import DONE
from pos_app.core.receipt import render_text
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin

LOOKUP = "/v1.1/customer/get"


def offline_form(qtbot, window: TillWindow, sim: SimAdmin, bill: str = "B1008", points: str = "50") -> None:
    """A gateway's HTML page for every lookup (the redeem call itself still works), CARD0001
    scanned: the offline form, with a bill and points typed."""
    sim.fault(LOOKUP, "html-502", count=None)
    window.start.field.setText("CARD0001")
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer and window.customer.offline, timeout=10_000)
    assert window.flow.connection.online is False
    window.customer.bill.setText(bill)
    window.customer.quantity.setText(points)


def online_again(window: TillWindow) -> bool:
    screen = window.customer
    return window.stack.currentWidget() is screen and not screen.offline and screen.name.text() == "Asha Rao"


def test_the_offline_form_goes_by_itself_when_the_service_answers_again(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    offline_form(qtbot, window, sim)
    window.flow.connection.timer.setInterval(300)  # the probe's few seconds, shortened
    sim.clear_faults()
    qtbot.waitUntil(lambda: online_again(window), timeout=10_000)
    screen = window.customer
    assert (screen.bill.text(), screen.quantity.text()) == ("B1008", "50")  # nothing typed is lost
    assert screen.check_button.text().startswith("Check and send code")  # a code confirms it now
    assert screen.by_sms.isEnabled() and screen.by_call.isEnabled()
    assert "F5" in screen.message.text() and "Try again" not in screen.message.text()
    assert window.status.online.text() == "online" and ctx.outbox.items() == []


def test_no_redemption_without_a_code_is_queued_while_the_service_answers(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    offline_form(qtbot, window, sim)
    sim.clear_faults()
    window.flow.connection.online = True  # a call has just been answered; the form is still up
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)  # F5's Enter: queue without a code
    qtbot.waitUntil(lambda: online_again(window), timeout=10_000)
    assert ctx.outbox.items() == [] and sim.ledger() == []  # nothing queued, nothing applied
    assert (window.customer.bill.text(), window.customer.quantity.text()) == ("B1008", "50")


def test_the_lookup_failing_again_keeps_the_offline_form_and_what_was_typed(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    offline_form(qtbot, window, sim)
    window.flow.connection.succeeded()  # the replay reached the service; lookups still get the gateway's page
    screen = window.customer
    qtbot.waitUntil(lambda: not window.background.busy and window.flow.connection.online is False, timeout=10_000)
    assert window.stack.currentWidget() is screen and screen.offline
    assert (screen.bill.text(), screen.quantity.text()) == ("B1008", "50")
    assert screen.message.kind() == "warning" and screen.message.text().startswith("Offline:")
    assert ctx.outbox.items() == []


def test_a_pending_receipt_on_the_done_screen_follows_its_row_as_the_replay_sends_it(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos_app.gui import printing

    printed: list[str] = []
    monkeypatch.setattr(printing, "print_receipt", lambda receipt, _settings: printed.append(render_text(receipt)))
    offline_form(qtbot, window, sim, bill="B1009", points="20")
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)  # queued without a code: offline
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.done, timeout=10_000)
    assert window.done.title.text() == "Saved - PENDING"
    window.flow.connection.stop()  # the replay, not the probe, finds the service back
    sim.clear_faults()
    window.replay.replay_now()
    (item,) = ctx.outbox.items()
    qtbot.waitUntil(lambda: window.done.title.text() == "Points redeemed", timeout=15_000)
    item = ctx.outbox.find_reference(item.reference)
    assert item is not None and item.state == DONE
    assert f"Redemption id {item.redemption_id}" in window.done.reference.text()
    assert item.redemption_id in window.done.details.text() and "PENDING" not in window.done.preview.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(printed), timeout=5_000)
    assert item.redemption_id in printed[0] and "PENDING" not in printed[0] and "COPY" not in printed[0]
    assert "Saved on this till while offline and sent later" in " ".join(printed[0].split())  # it really was


def test_a_pending_receipt_whose_row_fails_in_the_queue_says_it_needs_attention(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin
) -> None:
    offline_form(qtbot, window, sim, bill="B1010", points="20")
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.done, timeout=10_000)
    (item,) = ctx.outbox.items()
    ctx.outbox.update(item.id, state="attention", reason="The customer's points were used elsewhere.")
    window.replay.refresh()  # what a pass does once it has settled the row
    qtbot.waitUntil(lambda: window.done.outcome.kind() == "error", timeout=5_000)
    assert "used elsewhere" in window.done.outcome.text() and "F10" in window.done.outcome.text()
    assert window.done.title.text() == "Not sent - needs attention"
    long_reason = "The loyalty service refused this redemption when it was sent. " * 4  # as queue reasons are
    ctx.outbox.update(item.id, reason=long_reason)
    window.replay.refresh()
    qtbot.waitUntil(lambda: "Press F10 to see why" in window.done.outcome.text(), timeout=5_000)  # never cut
    ctx.outbox.update(item.id, state="cancelled", reason="paid the difference")
    window.replay.refresh()  # cancelled on the queue screen
    qtbot.waitUntil(lambda: window.done.title.text() == "Cancelled - nothing redeemed", timeout=5_000)
    assert "NOT APPLIED" in window.done.preview.toPlainText() and "PENDING -" not in window.done.preview.toPlainText()


@pytest.fixture
def refusing_window(qtbot, ctx: AppContext) -> Iterator[TillWindow]:
    ctx.settings.set("offline.policy", "refuse")  # before the window: no offline form at all
    win = TillWindow(ctx)
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.flow.connection.online is not None, timeout=10_000)
    yield win


def test_try_again_names_the_key_that_does_it(qtbot, refusing_window: TillWindow, sim: SimAdmin) -> None:
    window = refusing_window
    sim.fault(LOOKUP, "refuse", count=None)
    window.start.field.setText("CARD0001")
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.start.message.kind() == "error", timeout=10_000)
    assert "Press Enter to look the customer up again" in window.start.message.text()
    window.flow.connection.timer.setInterval(300)
    sim.clear_faults()
    qtbot.waitUntil(lambda: window.start.message.kind() == "info", timeout=10_000)
    said = window.start.message.text()
    assert "answers again" in said and "press Enter" in said and "Try again" not in said


def test_a_receipt_sent_later_after_a_lost_answer_does_not_say_it_was_saved_offline(
    qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pos_app.gui import printing
    from tests.gui.test_till_window import ASHA_MOBILE, fill_and_check, look_up, until_screen

    printed: list[str] = []
    monkeypatch.setattr(printing, "print_receipt", lambda receipt, _settings: printed.append(render_text(receipt)))
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50", "B1011")
    until_screen(qtbot, window, window.otp)
    code = sim.otp(ASHA_MOBILE)
    sim.fault("*", "html-502", count=None)  # online, code typed; every answer lost from here on
    qtbot.keyClicks(window.otp.code, code)
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    assert window.done.title.text() == "Saved - PENDING"
    window.flow.connection.stop()
    sim.clear_faults()
    (item,) = ctx.outbox.items()
    assert item.state == "unknown" and item.offline  # kept after no clear answer, not taken offline
    ctx.outbox.update(item.id, next_attempt_at=0)  # its back-off over
    window.replay.replay_now()
    qtbot.waitUntil(lambda: window.done.title.text() == "Points redeemed", timeout=15_000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(printed), timeout=5_000)
    slip = " ".join(printed[0].split())
    assert "Sent later by this till's queue: applied once." in slip and "while offline" not in slip
    assert len(sim.ledger()) == 1  # applied once


def test_a_redemption_worth_trying_again_names_redeem_f9(qtbot, refusing_window: TillWindow, sim: SimAdmin) -> None:
    from tests.gui.test_till_window import ASHA_MOBILE, fill_and_check, look_up, until_screen

    window = refusing_window
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    fill_and_check(qtbot, window, "50", "B1012")
    until_screen(qtbot, window, window.otp)
    sim.fault("/v1.1/points/redeem", "rate-limit", count=1)  # busy: nothing redeemed, and this till queues nothing
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.otp.message.kind() == "error", timeout=10_000)
    said = window.otp.message.text()
    assert "busy" in said and said.endswith("Press Redeem [F9] to send it again.")
    assert said.count("[F9]") == 1 and sim.ledger() == []
    qtbot.keyClick(window, Qt.Key.Key_F9)  # as the banner says: sent again, and applied
    until_screen(qtbot, window, window.done)
    assert len(sim.ledger()) == 1
