"""The journal in an Arabic till: the day in Western digits as on every other screen, a card
in its own order, and the receipt preview's title and thanks centred as on the PDF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from pos_app.core.app_context import AppContext
from pos_app.gui.journal_dialog import JournalDialog
from tests.support.receipts import sample_receipt

LRI, PDI = "\N{LEFT-TO-RIGHT ISOLATE}", "\N{POP DIRECTIONAL ISOLATE}"


@pytest.fixture
def arabic(ctx: AppContext) -> Iterator[AppContext]:
    QLocale.setDefault(QLocale("ar_EG"))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    ctx.settings.set("receipt.language", "ar")
    try:
        yield ctx
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _journal(qtbot, ctx: AppContext) -> JournalDialog:  # type: ignore[no-untyped-def]
    ctx.journal.add(sample_receipt(customer_kind="card", customer_value="CARD0001"))
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(0)
    return dialog


def test_the_day_picker_shows_western_digits(qtbot, arabic: AppContext) -> None:
    dialog = _journal(qtbot, arabic)
    assert dialog.picker.text() == dialog.day, dialog.picker.text()  # 2026-12-02, not ٢٠٢٦-١٢-٠٢
    assert dialog.picker.calendarWidget().locale().language() == QLocale.Language.Arabic  # its months


def test_a_card_keeps_its_order_in_the_table(qtbot, arabic: AppContext) -> None:
    dialog = _journal(qtbot, arabic)
    assert dialog.table.item(0, 1).text() == f"{LRI}****0001{PDI}"


def _span(edit: QPlainTextEdit, block_text: str) -> tuple[float, float]:
    """The left and right edges on screen of a line's letters (not its spaces)."""
    block = edit.document().begin()
    while block.isValid() and block_text not in block.text():
        block = block.next()
    assert block.isValid(), block_text
    start = block.text().index(block_text)
    xs = []
    for offset in range(start, start + len(block_text) + 1):
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        xs.append(edit.cursorRect(cursor).center().x())
    return min(xs), max(xs)


def test_the_preview_centres_the_title_and_the_thanks(qtbot, arabic: AppContext) -> None:
    dialog = _journal(qtbot, arabic)
    rule_left, rule_right = _span(dialog.preview, "-" * 42)
    middle = (rule_left + rule_right) / 2
    char = (rule_right - rule_left) / 42
    for words in ("استبدال النقاط", "شكرًا لك!"):
        left, right = _span(dialog.preview, words)
        assert abs((left + right) / 2 - middle) < 2 * char, (words, left, right, rule_left, rule_right)
