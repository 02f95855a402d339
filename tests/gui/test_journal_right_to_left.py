"""In an Arabic till the journal's masked mobiles, bills and references keep their own order."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.core.app_context import AppContext
from pos_app.gui.journal_dialog import JournalDialog
from tests.support.receipts import sample_receipt

LRI, PDI = "\u2066", "\u2069"


def test_an_arabic_journal_isolates_the_masked_mobile_and_the_bill(qtbot, ctx: AppContext) -> None:
    receipt = replace(sample_receipt(), when=time.time(), bill="B-701", customer_kind="mobile")
    ctx.journal.add(receipt)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = JournalDialog(ctx)
        qtbot.addWidget(dialog)
        cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    who = next(cell for cell in cells if cell.endswith(f"0303{PDI}"))
    assert who.startswith(LRI) and "*" in who, cells  # the masked customer, in its own order
    assert f"{LRI}B-701{PDI}" in cells, cells
    english = JournalDialog(ctx)
    qtbot.addWidget(english)
    shown = [english.table.item(0, c).text() for c in range(english.table.columnCount())]
    assert "B-701" in shown and not any(LRI in cell for cell in shown), shown
