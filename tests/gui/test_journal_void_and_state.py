"""The journal as a supervisor uses it: a void asks its reason and the PIN in one dialog that a
missing reason or a wrong PIN leaves open; a receipt shows what became of its queued redemption;
a receipt names the customer's only program."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.core.queue_view import cancel
from pos_app.gui.journal_dialog import JournalDialog
from pos_app.gui.void_dialog import VoidDialog
from tests.conftest import SimAdmin
from tests.support.receipts import sample_receipt


def _no_other_prompt(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refused(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("the void asked in a second prompt")

    monkeypatch.setattr(QInputDialog, "getText", refused)


def test_a_missing_reason_or_a_wrong_pin_is_corrected_in_the_same_dialog(
    qtbot, window, sim: SimAdmin, ctx: AppContext, monkeypatch
) -> None:
    from tests.gui.test_till_window import redeem_through_window

    ctx.supervisor.set_pin("4821")
    redeem_through_window(qtbot, window, sim, ctx, "40", "VOID-1")
    _no_other_prompt(monkeypatch)
    journal = window.show_journal()
    journal.table.selectRow(0)
    journal.void_selected()
    dialog = journal.void_dialog
    assert isinstance(dialog, VoidDialog) and dialog.isVisible()
    assert dialog.reason_field.hasFocus() or dialog.focusWidget() is dialog.reason_field  # the reason first
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)  # Enter on an empty reason
    assert dialog.isVisible() and "A reason is needed" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason_field, "returned the goods")
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)  # on to the PIN
    qtbot.keyClicks(dialog.pin_field, "1111")
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)  # a wrong PIN: said, typed again
    assert dialog.isVisible() and "Wrong PIN" in dialog.problem.text(), dialog.problem.text()
    assert dialog.reason_field.text() == "returned the goods" and dialog.pin_field.text() == ""
    assert len(sim.ledger()) == 1 and ctx.journal.last_id() == 1  # nothing reversed yet
    qtbot.keyClicks(dialog.pin_field, "4821")
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "VOID receipt" in journal.status.text(), timeout=10_000)
    assert "returned the goods" in ctx.journal.get(2).reason
    journal.reject()


def test_cancelling_the_void_dialog_reverses_nothing(qtbot, ctx: AppContext, monkeypatch) -> None:
    ctx.supervisor.set_pin("4821")
    item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "B-1"))
    ctx.outbox.update(item.id, state="done", redemption_id="r1", result={})
    ctx.journal.add(sample_receipt(reference=item.reference, redemption_id="r1"))
    _no_other_prompt(monkeypatch)
    journal = JournalDialog(ctx)
    qtbot.addWidget(journal)
    journal.table.selectRow(0)
    journal.void_selected()
    dialog = journal.void_dialog
    assert dialog is not None
    dialog.reason_field.setText("typo")
    dialog.reject()
    assert ctx.journal.last_id() == 1 and "Reversing" not in journal.status.text()


def test_a_cancelled_queued_redemption_reads_not_applied_in_the_journal(qtbot, ctx: AppContext) -> None:
    item = ctx.outbox.add(NewRedemption("mobile", "919800000618", Decimal(100), "B6001", offline=True))
    ctx.journal.add(sample_receipt(reference=item.reference, redemption_id="", bill="B6001", balance_after=None))
    ctx.outbox.update(item.id, state="attention", reason="The loyalty service refused it: customer not found.")
    cancel(ctx.outbox, item.id, "no such customer")
    journal = JournalDialog(ctx)
    qtbot.addWidget(journal)
    journal.table.selectRow(0)
    assert journal.table.item(0, 3).text() == "NOT APPLIED"
    shown = " ".join(journal.preview.toPlainText().split())
    assert "POINTS REDEMPTION - NOT APPLIED" in shown and "No points were taken" in shown, shown
    assert "PENDING" not in shown and "network allows" not in shown
    assert "no such customer" in shown
    assert not journal.void_button.isEnabled() and "nothing to reverse" in journal.void_button.toolTip()


def test_a_receipt_names_the_customers_only_program(qtbot, window, sim: SimAdmin, ctx: AppContext) -> None:
    from tests.gui.test_till_window import redeem_through_window

    redeem_through_window(qtbot, window, sim, ctx, "100", "B1001")  # Asha: one program, none chosen
    receipt = ctx.journal.get(ctx.journal.last_id() or 0)
    assert receipt.program_title == "Demo Rewards", receipt
    journal = window.show_journal()
    journal.table.selectRow(0)
    lines = [line.split() for line in journal.preview.toPlainText().splitlines()]
    assert ["Program", "Demo", "Rewards"] in lines
    journal.reject()


def test_the_table_shows_the_customer_as_the_slip_does(qtbot, ctx: AppContext) -> None:
    """A journal copy keeps the number masked: the row shows that, not a mask of the mask."""
    ctx.journal.add(sample_receipt(customer_kind="mobile", customer_value="919800000618"))
    ctx.journal.add(sample_receipt(customer_kind="card", customer_value="CARD0001"))
    journal = JournalDialog(ctx)
    qtbot.addWidget(journal)
    assert [journal.table.item(r, 1).text() for r in range(2)] == ["91******0618", "****0001"]
