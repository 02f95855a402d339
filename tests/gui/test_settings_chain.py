"""The settings dialog on a till of a chain: what the machine-wide file locks is read-only there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QScrollArea, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.credentials import MemoryStore
from pos_app.core.machine_settings import layered_settings
from pos_app.core.paths import app_paths

MACHINE = """
locked = ["host", "offline.policy", "printer.host"]
host = "https://eu.api.capillarytech.com"
[offline]
policy = "no-otp-under-cap"
[printer]
kind = "network"
host = "192.168.1.50"
"""


def chain_till(app_home: Path, tmp_path: Path) -> AppContext:
    machine = tmp_path / "machine-wide.toml"
    machine.write_text(MACHINE, encoding="utf-8")
    paths = app_paths(app_home).ensure()
    return AppContext(paths, layered_settings(paths.settings_file, machine), MemoryStore())


def test_locked_fields_are_read_only_and_say_where_they_are_set(qtbot, app_home, tmp_path) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    ctx = chain_till(app_home, tmp_path)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    host = dialog.findChild(QLineEdit, "host")
    assert not host.isEnabled() and host.text() == "https://eu.api.capillarytech.com"
    assert not dialog.findChild(QWidget, "policy").isEnabled()
    assert not dialog.findChild(QWidget, "printer_address").isEnabled()  # one of its settings is locked
    assert dialog.findChild(QWidget, "printer_kind").isEnabled()  # set machine-wide, but not locked
    assert dialog.findChild(QLineEdit, "store_name").isEnabled()
    note = dialog.findChild(QLabel, "settings_locked_note")
    assert note is not None and str(tmp_path / "machine-wide.toml") in note.text()
    assert str(tmp_path / "machine-wide.toml") in host.toolTip()
    form = dialog.findChild(QScrollArea, "settings_form_area").widget().layout()
    assert "(machine-wide)" in form.labelForField(host).text()


def test_save_keeps_the_locked_values_and_stores_the_rest(qtbot, app_home, tmp_path) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    ctx = chain_till(app_home, tmp_path)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.till.setText("store12.till1")
    dialog.store.setText("Store 12")
    dialog.save()
    assert dialog.result() == 1, dialog.feedback.text()
    written = ctx.settings.path.read_text()
    assert "Store 12" in written and "store12.till1" in written
    assert "eu.api" not in written and "policy" not in written  # the locked ones stay machine-wide
    assert "network" not in written and ctx.settings.source("printer.kind") == "machine-wide"  # unchanged: not copied
    assert ctx.settings.get("offline.policy") == "no-otp-under-cap"


def test_a_till_without_a_machine_wide_file_has_no_lock_note(qtbot, app_home) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    paths = app_paths(app_home).ensure()
    dialog = SettingsDialog(AppContext(paths, layered_settings(paths.settings_file), MemoryStore()))
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "settings_locked_note") is None
    assert dialog.findChild(QLineEdit, "host").isEnabled()


def test_the_support_bundle_button_writes_it_in_the_background_and_says_where(qtbot, ctx: AppContext) -> None:
    import zipfile

    from PySide6.QtCore import Qt

    from pos_app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "support_bundle")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled() and "Gathering" in dialog.feedback.text()  # the window is not held up
    qtbot.waitUntil(lambda: "written to" in dialog.feedback.text(), timeout=60_000)
    assert button.isEnabled()
    path = Path(dialog.feedback.text().split("written to ", 1)[1].split(" (", 1)[0])
    assert path.parent == ctx.paths.data_dir / "support"
    with zipfile.ZipFile(path) as archive:
        assert {"versions.json", "settings.json", "self-test.json", "queue.csv", "journal.json"} <= set(
            archive.namelist()
        )


def test_the_dialog_fits_the_screen_and_its_buttons_stay_in_view(qtbot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from pos_app.gui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet("QWidget { font-size: 40px; }")  # type this large needs more lines than the screen has
    try:
        dialog = SettingsDialog(ctx, first_run=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().height() <= screen.height(), (dialog.frameGeometry(), screen)
        area = dialog.findChild(QScrollArea, "settings_form_area")
        assert area.verticalScrollBar().maximum() > 0  # the form scrolls, in the room the screen has ...
        assert dialog.frameGeometry().height() >= 0.8 * screen.height()
        for widget in (dialog.findChild(QDialogButtonBox), dialog.findChild(QPushButton, "support_bundle")):
            bottom = widget.mapTo(dialog, widget.rect().bottomLeft()).y()
            assert widget.isVisible() and bottom <= dialog.height()  # ... and the buttons stay in view
    finally:
        app.setStyleSheet(before)
