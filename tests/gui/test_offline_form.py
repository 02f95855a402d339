"""The till's offline form on real widgets: its own words, the offline cap named, the learned rules applied."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Identifier, Rejected
from pos_app.core.outbox import NewRedemption
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[TillWindow]:
    win = TillWindow(ctx)
    win.force_close = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def offline_form(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    sim.server.stop()  # the network is gone
    window.start.field.setText("9777788221")
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer, timeout=10_000)


def queue(qtbot, window: TillWindow, points: str, bill: str) -> None:
    window.customer.bill.setText(bill)
    window.customer.quantity.setText(points)
    qtbot.keyClick(window.customer.quantity, Qt.Key.Key_Return)


def test_the_offline_form_says_what_it_allows_not_try_again(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    offline_form(qtbot, window, sim)
    said = window.customer.message.text()
    assert "cannot be reached" in said and "up to 200 points without a code" in said
    assert "Nothing was sent; try again" not in said


def test_over_the_offline_cap_names_the_cap_not_the_balance(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    offline_form(qtbot, window, sim)
    queue(qtbot, window, "250", "OFF-1")
    shown = lambda: window.customer.message.text() + window.customer.rule.text()  # noqa: E731
    qtbot.waitUntil(lambda: "offline cap" in shown(), timeout=5_000)
    assert "at most 200 points" in shown() and "has only" not in shown()
    assert window.ctx.outbox.items() == []


def test_accepted_offline_in_its_own_words(qtbot, window: TillWindow, sim: SimAdmin) -> None:
    offline_form(qtbot, window, sim)
    queue(qtbot, window, "20", "OFF-2")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.done, timeout=10_000)
    details = window.done.details.text()
    assert details.startswith("Accepted offline: 20 points on bill OFF-2") and "No answer" not in details


def test_a_step_learned_online_is_kept_offline(qtbot, window: TillWindow, ctx: AppContext, sim: SimAdmin) -> None:
    with pytest.raises(Rejected):
        ctx.client.is_redeemable(Identifier("mobile", "919777788221"), Decimal(15))
    ctx.client.close()  # its kept-alive connection would outlive the server's stop
    ctx.reset_client()
    offline_form(qtbot, window, sim)
    queue(qtbot, window, "15", "OFF-3")
    qtbot.waitUntil(lambda: "multiples of 10" in window.customer.message.text(), timeout=5_000)
    assert "Try 10 or 20" in window.customer.message.text() and ctx.outbox.items() == []


def test_the_queue_screen_names_each_waiting_items_approval_request(qtbot, ctx: AppContext) -> None:
    from pos_app.gui.queue_dialog import COLUMNS, QueueDialog

    item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(20), "A-9", offline=True, route="approval"))
    ctx.outbox.update(item.id, state="approval", workflow_request_id="7f3c-request-id")
    dialog = QueueDialog(ctx.outbox, lambda: None)
    qtbot.addWidget(dialog)
    column = COLUMNS.index("approval_request_id")
    assert dialog.table.horizontalHeaderItem(column).text() == "approval request"
    assert dialog.table.item(0, column).text() == "7f3c-request-id"
