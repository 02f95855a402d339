"""The settings dialog sets the till's language and the org's currency, checked as the settings are."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit

from pos_app.core.app_context import AppContext
from pos_app.core.config import Settings, load_settings
from pos_app.core.credentials import MemoryStore
from pos_app.core.paths import app_paths


def till(app_home: Path) -> AppContext:
    paths = app_paths(app_home).ensure()
    settings = Settings(path=paths.settings_file)
    settings.set("host", "http://127.0.0.1:9")
    settings.set("till", "demo.till")
    return AppContext(paths, settings, MemoryStore())


def test_language_and_currency_are_saved_and_money_follows_at_once(qtbot, app_home) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    ctx = till(app_home)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    language = dialog.findChild(QComboBox, "language")
    assert language.currentData() == "" and language.findText("Deutsch") > 0  # each in its own words
    language.setCurrentIndex(language.findData("de"))
    dialog.findChild(QLineEdit, "currency").setText("aed")
    dialog.save()
    assert dialog.result() == 1, dialog.feedback.text()
    assert dialog.language_changed
    saved = load_settings(ctx.paths.settings_file)  # as the next start reads it
    assert saved.get("language") == "de" and saved.get("currency") == "AED"
    assert "AED" in ctx.money()(Decimal("12.5")) or "د.إ" in ctx.money()(Decimal("12.5"))


def test_an_unknown_currency_is_refused_with_what_it_must_be(qtbot, app_home) -> None:
    from pos_app.gui.settings_dialog import SettingsDialog

    ctx = till(app_home)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.currency.setText("RUPEES")
    dialog.save()
    assert dialog.result() == 0
    assert "ISO 4217" in dialog.feedback.text() and "INR" in dialog.feedback.text()
    assert ctx.settings.get("currency") == "INR"


def test_the_till_says_its_new_language_comes_with_its_next_start(qtbot, app_home) -> None:
    from pos_app.gui.main_window import TillWindow

    window = TillWindow(till(app_home))
    window.force_close = True
    qtbot.addWidget(window)
    window._settings_changed(language_changed=True)
    assert "next start" in window.start.message.text()
    assert "next start" in window.statusBar().currentMessage()  # seen from any screen, not only the start
    window._settings_changed(language_changed=False)
    assert window.start.message.text() == "Settings saved."


def test_the_wheel_passing_over_a_drop_down_leaves_its_value(qtbot, ctx: AppContext) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from pos_app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.language.currentIndex()
    centre = QPointF(dialog.language.rect().center())
    turn = QWheelEvent(
        centre,
        QPointF(dialog.language.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(dialog.language, turn)  # scrolling the form, the pointer over Language
    assert dialog.language.currentIndex() == before
    dialog.language.removeEventFilter(dialog.wheel_guard)  # the same turn, unguarded, would have changed it
    QApplication.sendEvent(dialog.language, turn)
    assert dialog.language.currentIndex() != before
