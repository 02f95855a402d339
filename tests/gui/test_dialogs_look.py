"""The till's dialogs look like its screens (till.qss): the sheet's type sizes, one primary
action in colour and plain secondary buttons, tables with comfortable rows and a readable
header; sized to a 1366x768 and a 1920x1080 till with nothing cut off, in English, German
(longer words) and Arabic (right to left). The kiosk's own look is not theirs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import NewRedemption
from pos_app.gui import journal_dialog, queue_dialog, report_dialog, settings_dialog
from pos_app.gui.dialog_fit import FRAME, fit_till_dialog
from pos_app.gui.main_window import TillWindow
from pos_app.gui.pin import supervisor_allows
from pos_app.gui.translations import install_language
from tests.support.receipts import sample_receipt

# Loaded here, not while a test replaces the PIN prompt: a module first loaded then would keep
# the replacement (``from pos_app.gui.pin import supervisor_allows``) for every later test.
LOADED_BEFORE_ANY_PROMPT_IS_REPLACED = (journal_dialog, queue_dialog, report_dialog, settings_dialog)
PRIMARY = QColor("#1f6f43")  # till.qss's primary green
PLAIN = QColor("white")
DIALOGS = ("queue", "journal", "report", "settings")
SMALL, LARGE = QRect(0, 0, 1366, 768), QRect(0, 0, 1920, 1080)
LONG_REASON = (
    "The loyalty service refused it: the customer's balance (40 points) is less than the 110 points "
    "asked. Ask the customer, then cancel the item with what was agreed."
)


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language("en")


@pytest.fixture
def a_shift(ctx: AppContext) -> None:
    """Something in every dialog: a waiting item, one that needs attention (a long reason), receipts."""
    ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(12), "B-102", offline=True))
    stuck = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(110), "B-101", offline=True))
    ctx.outbox.update(stuck.id, state="attention", reason=LONG_REASON)
    for n in range(3):
        item = ctx.outbox.add(NewRedemption("mobile", "919777788221", Decimal(50), f"B-20{n}"))
        ctx.outbox.update(item.id, state="done", redemption_id=f"r{n}x", result={})
        ctx.journal.add(replace(sample_receipt(), when=time.time() - 60 * n, bill=f"B-20{n}", reference=item.reference))


def opener(window: TillWindow, name: str, monkeypatch: pytest.MonkeyPatch) -> Callable[[], QDialog]:
    monkeypatch.setattr("pos_app.gui.pin.supervisor_allows", lambda *_a: True)  # settings ask for the PIN
    return {
        "queue": window.show_queue,
        "journal": window.show_journal,
        "report": window.show_report,
        "settings": window.show_settings,
    }[name]  # type: ignore[return-value]


def share_of(widget: QWidget, colour: QColor) -> float:
    """How much of the widget, as drawn, is ``colour`` (near enough)."""
    image = widget.grab().toImage()
    near = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            total += 1
            near += all(
                abs(a - b) < 24
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)  # type: ignore[arg-type]
            )
    return near / max(total, 1)


def shown(dialog: QDialog, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in dialog.findChildren(kind) if w.isVisibleTo(dialog)]


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_reads_at_arms_length_with_one_action_in_colour(
    qtbot, window: TillWindow, a_shift: None, name: str, monkeypatch
) -> None:
    dialog = opener(window, name, monkeypatch)()
    qtbot.waitExposed(dialog)
    buttons = shown(dialog, QPushButton)
    assert buttons and all(b.font().pointSizeF() >= 15 for b in buttons), [
        (b.text(), b.font().pointSizeF()) for b in buttons
    ]
    labels = [label for label in shown(dialog, QLabel) if label.text()]
    assert all(label.font().pointSizeF() >= 14 for label in labels), [
        (label.text(), label.font().pointSizeF()) for label in labels
    ]
    primary = [b for b in buttons if b.property("role") == "primary"]
    assert len(primary) == 1, [b.text() for b in primary]
    assert share_of(primary[0], PRIMARY) > 0.5, f"{primary[0].text()!r} is not drawn in the primary colour"
    for plain in (b for b in buttons if b is not primary[0]):
        assert share_of(plain, PRIMARY) < 0.05 and share_of(plain, PLAIN) > 0.5, plain.text()
    for table in shown(dialog, QTableWidget):
        assert isinstance(table, QTableWidget)
        assert table.font().pointSizeF() >= 13
        header = table.horizontalHeader()
        assert header.font().pointSizeF() >= 12 and header.font().bold()
        line = QFontMetrics(table.font()).height()
        assert table.rowCount() and all(table.rowHeight(r) >= line + 12 for r in range(table.rowCount()))
    for preview in shown(dialog, QPlainTextEdit):
        assert preview.font().pointSizeF() >= 13 and QFontMetrics(preview.font()).horizontalAdvance("iM") == 2 * (
            QFontMetrics(preview.font()).horizontalAdvance("M")
        ), "the slip's columns need a fixed-pitch type"
    dialog.reject()


def cell_cut(table: QTableWidget, row: int, column: int) -> bool:
    """True when the cell's text, wrapped as drawn (the sheet's padding counted), needs more
    lines than its row has."""
    item = table.item(row, column)
    if item is None or not item.text():
        return False
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(table.indexFromItem(item))
    option.font = table.font()
    option.text = item.text()
    option.index = QModelIndex(table.indexFromItem(item))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay | QStyleOptionViewItem.ViewItemFeature.WrapText
    text_rect = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    needed = QFontMetrics(table.font()).boundingRect(
        QRect(0, 0, text_rect.width() - 4, 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
    )
    return needed.height() > text_rect.height() or needed.width() > text_rect.width()


@pytest.mark.parametrize("language", ["en", "de", "ar"])
@pytest.mark.parametrize("room", [SMALL, LARGE], ids=["1366x768", "1920x1080"])
def test_nothing_is_cut_off_and_nothing_tiny(
    qtbot, window: TillWindow, a_shift: None, language: str, room: QRect, monkeypatch, english_after: None
) -> None:
    install_language(language)
    for name in DIALOGS:
        dialog = opener(window, name, monkeypatch)()
        qtbot.waitExposed(dialog)
        fit_till_dialog(dialog, 42, room)
        qtbot.wait(20)  # the layout settles at the new size
        where = f"{name} ({language}, {room.width()}x{room.height()})"
        assert dialog.width() <= room.width() and dialog.height() <= room.height() - FRAME, where
        if name in ("queue", "journal"):  # a table of many columns: most of the screen
            assert dialog.width() >= 0.9 * min(room.width(), 1600), where
        whole = dialog.rect()
        for button in shown(dialog, QPushButton):
            assert button.width() >= button.sizeHint().width(), f"{where}: {button.text()!r} is cut"
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert whole.contains(corner), f"{where}: {button.text()!r} is past the dialog's edge"
        for label in shown(dialog, QLabel):
            assert isinstance(label, QLabel)
            if not label.text():
                continue
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), f"{where}: {label.text()!r}"
            else:
                assert label.width() >= label.minimumSizeHint().width(), f"{where}: {label.text()!r}"
        for table in shown(dialog, QTableWidget):
            assert isinstance(table, QTableWidget)
            assert table.horizontalScrollBar().maximum() == 0, f"{where}: columns are off the side"
            cut = [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if not table.isColumnHidden(c) and cell_cut(table, r, c)
            ]
            assert not cut, f"{where}: cut off: {cut}"
        if name == "report":
            preview = dialog.findChild(QPlainTextEdit)
            assert isinstance(preview, QPlainTextEdit)
            metrics = preview.fontMetrics()
            longest = max(metrics.horizontalAdvance(line) for line in preview.toPlainText().splitlines())
            assert preview.viewport().width() >= longest, f"{where}: the report's lines wrap"
        dialog.reject()


def answer_prompt(seen: dict[str, object]) -> None:
    """Looks at the modal prompt Qt built (the PIN, a warning), then closes it."""
    prompt = QApplication.activeModalWidget()
    assert isinstance(prompt, QDialog)
    box = prompt.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    field = prompt.findChild(QLineEdit)
    label = next(label for label in prompt.findChildren(QLabel) if len(label.text()) > 8)
    seen.update(
        kind=type(prompt).__name__,
        ok_primary=share_of(ok, PRIMARY),
        others_primary=max((share_of(b, PRIMARY) for b in box.buttons() if b is not ok), default=0.0),
        ok_icon=not ok.icon().isNull(),
        ok_size=ok.font().pointSizeF(),
        label_size=label.font().pointSizeF(),
        field_size=field.font().pointSizeF() if field is not None and field.isVisible() else None,
    )
    prompt.reject()


def test_the_supervisor_pin_prompt_is_large_and_its_ok_in_colour(qtbot, window: TillWindow, ctx) -> None:
    ctx.supervisor.set_pin("4821")
    seen: dict[str, object] = {}
    QTimer.singleShot(200, lambda: answer_prompt(seen))
    assert not supervisor_allows(window, ctx, "change settings")  # closed unanswered: refused
    assert seen["kind"] == "QInputDialog", seen
    assert seen["ok_primary"] > 0.5 and seen["others_primary"] < 0.05, seen  # type: ignore[operator]
    assert seen["field_size"] >= 24 and seen["label_size"] >= 15 and seen["ok_size"] >= 15, seen  # type: ignore[operator]
    assert not seen["ok_icon"], "buttons say what they do in words, as every button of the till"


def test_a_refusal_is_a_message_in_the_tills_type(qtbot, window: TillWindow, ctx) -> None:
    assert not ctx.supervisor.is_set()  # no PIN on this till: a warning says how one is set
    seen: dict[str, object] = {}
    QTimer.singleShot(200, lambda: answer_prompt(seen))
    assert not supervisor_allows(window, ctx, "change settings")
    assert seen["kind"] == QMessageBox.__name__, seen
    assert seen["ok_primary"] > 0.5 and seen["label_size"] >= 15, seen  # type: ignore[operator]


def test_the_kiosk_keeps_its_own_look_for_the_same_dialogs(qtbot, ctx: AppContext) -> None:
    """The queue the kiosk's supervisor opens inside the kiosk takes kiosk.qss, not the till's sheet."""
    from pos_app.gui.kiosk.kiosk_window import KioskWindow

    kiosk = KioskWindow(ctx)
    kiosk.exit_allowed = True  # pytest-qt closes it at teardown
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    page = kiosk.open_queue()
    dialog = page.findChild(QDialog, "queue_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QPushButton).font().pointSizeF() >= 20  # kiosk.qss's finger-sized buttons
    table = dialog.findChild(QTableWidget)
    assert table is not None and table.horizontalHeader().font().pointSizeF() != 12  # not the till's header
