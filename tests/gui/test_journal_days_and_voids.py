"""The journal and report dialogs as a manager uses them: a day picker, what can still be
reversed, the receipt ids the command line uses, the PIN prompt, and where a PDF is saved."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QInputDialog

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui.journal_dialog import JournalDialog
from pos_app.gui.report_dialog import ReportDialog
from tests.support.receipts import sample_receipt
from tests.support.voiding import void_selected

MIDNIGHT = time.mktime((*time.localtime()[:3], 0, 0, 0, 0, 0, -1))


def _journal_with_a_shift_over_midnight(ctx: AppContext) -> list[int]:
    """Six receipts at 23:55-23:59 yesterday, two after midnight; each one's customer in the queue."""
    ids = []
    for n in range(8):
        when = MIDNIGHT - 5 * 60 + n * 50 if n < 6 else MIDNIGHT + n  # 23:55 to 23:59:10, then 00:00
        item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), f"B-{n}"))
        ctx.outbox.update(item.id, state="done", redemption_id=f"r{n}", result={})
        receipt = replace(
            sample_receipt(), when=when, bill=f"B-{n}", reference=item.reference, redemption_id=f"r{n}",
            points=Decimal(10), value=Decimal("2.50"),
        )  # fmt: skip
        ids.append(ctx.journal.add(receipt))
    return ids


def test_the_journal_has_a_day_picker_and_yesterday_is_one_step_away(qtbot, ctx: AppContext) -> None:
    ids = _journal_with_a_shift_over_midnight(ctx)
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    picker = dialog.findChild(QDateEdit)
    assert picker is not None and picker.date() == QDate.currentDate()
    assert dialog.table.rowCount() == 2
    picker.setFocus()
    picker.setCurrentSection(QDateEdit.Section.YearSection)  # where the cursor lands on focus
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # one step back: yesterday, not last year
    assert picker.date() == QDate.currentDate().addDays(-1)
    assert dialog.table.rowCount() == 6
    assert [dialog.table.verticalHeaderItem(r).text() for r in range(6)] == [str(i) for i in ids[:6]]
    dialog.table.selectRow(0)
    assert dialog.void_button.isEnabled() and dialog.print_button.isEnabled()  # yesterday's can be voided
    assert "B-0" in dialog.preview.toPlainText()


def test_reverse_is_off_for_a_voided_row_and_a_void_slip(qtbot, ctx: AppContext, monkeypatch) -> None:
    ids = _journal_with_a_shift_over_midnight(ctx)
    original = ctx.journal.get(ids[6])
    void_id = ctx.journal.add(
        replace(original, void_of="r6", reference="1434301", void_of_reference=original.reference, value=None)
    )
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr("pos_app.gui.journal_dialog.supervisor_allows", lambda _p, _c, action: asked.append(action))
    dialog.table.selectRow(0)  # ids[6], voided by the slip below it
    assert dialog.table.item(0, 3).text() == "r6 (voided)"
    assert not dialog.void_button.isEnabled()
    assert f"VOID receipt {void_id}" in dialog.void_button.toolTip()
    dialog.void_selected()
    assert asked == []  # no PIN asked for what cannot be done
    dialog.table.selectRow(2)
    assert dialog.table.verticalHeaderItem(2).text() == str(void_id)
    assert not dialog.void_button.isEnabled() and "VOID receipt" in dialog.void_button.toolTip()
    dialog.table.selectRow(1)
    assert dialog.void_button.isEnabled() and dialog.void_button.toolTip() == ""
    dialog.void_selected()
    assert asked == [f"void receipt {ids[7]}, 10 points"]  # the prompt names what it guards


def test_an_empty_pin_is_asked_again_not_counted(qtbot, ctx: AppContext, monkeypatch) -> None:
    from pos_app.gui.pin import supervisor_allows

    ctx.supervisor.set_pin("4821")
    prompts: list[str] = []
    typed = iter(["", "", "4821"])

    def get_text(_parent, _title, label, *_a, **_k):  # type: ignore[no-untyped-def]
        prompts.append(label)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr("pos_app.gui.pin.QMessageBox.warning", lambda *a: pytest.fail(f"warned: {a[2]}"))
    assert supervisor_allows(None, ctx, "void receipt 9, 50 points")  # type: ignore[arg-type]
    assert prompts[0] == "Supervisor PIN to void receipt 9, 50 points:"
    assert "Nothing was typed" in prompts[1] and "void receipt 9, 50 points" in prompts[1]
    assert ctx.supervisor._state().get("failures", 0) == 0


def test_the_report_has_a_day_picker(qtbot, ctx: AppContext) -> None:
    _journal_with_a_shift_over_midnight(ctx)
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.report.total.redemptions == 2
    from PySide6.QtWidgets import QPushButton

    (earlier,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "< Previous day"]
    earlier.click()
    yesterday = QDate.currentDate().addDays(-1).toString("yyyy-MM-dd")
    assert dialog.report.total.redemptions == 6 and f"END OF DAY {yesterday}" in dialog.preview.toPlainText()
    assert yesterday in dialog.windowTitle()
    (today,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Today"]
    today.click()
    assert dialog.report.total.redemptions == 2


def test_save_as_pdf_opens_in_documents_with_the_receipts_name(qtbot, ctx: AppContext, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from pos_app.gui import save_folder

    monkeypatch.setattr(save_folder, "_last_folder", None)
    ids = _journal_with_a_shift_over_midnight(ctx)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(documents))
    offered: list[str] = []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(elsewhere / Path(suggested).name), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    written = dialog.save_pdf()
    today = time.strftime("%Y-%m-%d")
    assert offered[0] == str(documents / f"receipt-{ids[7]}-{today}.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    dialog.table.selectRow(0)
    dialog.save_pdf()
    assert offered[1] == str(elsewhere.resolve() / f"receipt-{ids[6]}-{today}.pdf")  # the last folder used


def test_with_no_documents_folder_save_opens_in_the_home_folder(monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QStandardPaths

    from pos_app.gui import save_folder

    monkeypatch.setattr(save_folder, "_last_folder", None)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "no-such-Documents"))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert save_folder.suggested_path("receipt-1-2026-12-02.pdf") == str(tmp_path / "receipt-1-2026-12-02.pdf")


def test_the_queue_screen_speaks_the_tills_language_and_its_export_stays_english(qtbot, ctx: AppContext) -> None:
    from pos_app.core.queue_view import export_csv
    from pos_app.gui.queue_dialog import COLUMNS, QueueDialog
    from pos_app.gui.translations import install_language

    item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(20), "Q-1", offline=True))
    ctx.outbox.update(item.id, state="attention", reason="refused")
    install_language("de")
    try:
        dialog = QueueDialog(ctx.outbox, None)
        qtbot.addWidget(dialog)
        headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(len(COLUMNS))]
        state = dialog.table.item(0, COLUMNS.index("state")).text()
    finally:
        install_language("en")
    assert headers[:6] == ["Nr.", "Status", "Erstellt", "Kunde", "Punkte", "Bon"], headers
    assert state == "braucht Aufmerksamkeit"
    assert dialog.table.item(0, 0).text() == str(item.id)
    assert export_csv(ctx.outbox).splitlines()[0].startswith("id,") and ",attention," in export_csv(ctx.outbox)


def test_a_void_of_a_redemption_whose_answer_was_lost_is_netted_out_at_its_value(
    qtbot, window, sim, ctx: AppContext, monkeypatch
) -> None:
    """The shift's case: 100 points, then 50 whose answer was lost (found in the history); the 50 voided."""
    from tests.gui.test_till_window import redeem_through_window

    redeem_through_window(qtbot, window, sim, ctx, "100", "R-1")
    sim.fault("/v1.1/points/redeem", "drop-after-commit", count=1)
    before = ctx.journal.last_id()
    redeem_through_window(qtbot, window, sim, ctx, "50", "R-2")
    qtbot.waitUntil(lambda: ctx.journal.last_id() != before, timeout=10_000)
    journal = window.show_journal()
    assert journal.table.item(1, 3).text().startswith("history #")
    ctx.supervisor.set_pin("4821")
    journal.table.selectRow(1)
    void_selected(journal, "returned", "4821")
    qtbot.waitUntil(lambda: "VOID receipt" in journal.status.text(), timeout=10_000)
    assert journal.table.item(1, 3).text().endswith("(voided)")
    journal.table.selectRow(1)
    assert not journal.void_button.isEnabled()
    report = ReportDialog(ctx, window)
    qtbot.addWidget(report)
    total = report.report.total
    assert (total.value, total.value_returned, total.net_value) == (Decimal("37.50"), Decimal("12.50"), Decimal(25))
    lines = [line.split() for line in report.preview.toPlainText().splitlines()]
    assert ["value", "returned", "₹12.50"] in lines and ["net", "value", "₹25.00"] in lines
    journal.reject()
