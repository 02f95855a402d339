"""Keys and focus around the till's dialogs: a scan belongs to the window it was typed in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from pos_app.gui.main_window import TillWindow
from pos_app.gui.scanner import ScannerFilter


@pytest.fixture
def scanner(window: TillWindow) -> Iterator[ScannerFilter]:
    """Wired as the app wires it: following the focus, watching the till window."""
    app = QApplication.instance()
    filter_ = ScannerFilter(window)
    filter_.attach(app)
    filter_.watch(window)
    filter_.scanned.connect(window.scan)
    yield filter_
    app.focusChanged.disconnect(filter_._focus_moved)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_burst_typed_into_a_file_dialog_stays_in_it(qtbot, window: TillWindow, scanner: ScannerFilter) -> None:
    journal = window.show_journal()
    files = QFileDialog(journal, "Save receipt")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    files.open()
    qtbot.waitExposed(files)
    files.activateWindow()
    qtbot.waitActive(files)
    name = files.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    name.clear()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    qtbot.keyClicks(name, "receipt-bill-778899")  # a few ms a key, as fast as a scanner
    assert name.text() == "receipt-bill-778899"
    with qtbot.waitSignal(files.fileSelected, timeout=5_000) as chosen:
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert chosen.args[0].endswith("receipt-bill-778899")  # the whole name, in the dialog
    assert scans == [] and window.start.field.text() == ""
    journal.reject()


def test_a_scan_into_a_modal_dialog_never_starts_a_lookup(qtbot, window: TillWindow, scanner: ScannerFilter) -> None:
    journal = window.show_journal()
    qtbot.waitExposed(journal)
    journal.activateWindow()
    qtbot.waitActive(journal)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    field = QLineEdit(journal)  # any field of a dialog in front of the till
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "CARD0001")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scans == [] and field.text() == "CARD0001"
    assert window.stack.currentWidget() is window.start and window.start.field.text() == ""
    journal.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    # Back at the till, a scan is a scan again.
    window.activateWindow()
    qtbot.waitActive(window)
    window.start.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start.field)
    qtbot.keyClicks(window.start.field, "CARD0001")
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    assert scans == ["CARD0001"]


def typed_where_the_focus_is(qtbot, text: str) -> None:
    """As a scanner or a keyboard does: into whatever has the keys now, or nowhere."""
    field = QApplication.focusWidget()
    assert field is not None, f"{text!r} typed with nothing in focus is lost"
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_after_the_queue_screen_closes_with_esc_the_first_scan_counts(
    qtbot, window: TillWindow, scanner: ScannerFilter
) -> None:
    dialog = window.show_queue()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    typed_where_the_focus_is(qtbot, "CARD0003")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer, timeout=10_000)
    typed_where_the_focus_is(qtbot, "BILL-31")  # the bill, then the points, where they belong
    assert window.customer.bill.text() == "BILL-31" and QApplication.focusWidget() is window.customer.quantity


def test_after_the_journal_closes_the_customer_screen_keeps_the_keys(
    qtbot, window: TillWindow, scanner: ScannerFilter
) -> None:
    window.start.field.setText("CARD0001")
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.customer, timeout=10_000)
    window.customer.quantity.setFocus()
    journal = window.show_journal()
    qtbot.waitExposed(journal)
    journal.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.customer.quantity)
