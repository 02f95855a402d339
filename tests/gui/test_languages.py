"""The window in each shipped language: Qt's compiled translations, English where a word has
none (never a blank), plurals, Arabic right to left, and core's words in the same language."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Rejected
from pos_app.core.i18n import current_language
from pos_app.core.validation import InvalidInput, parse_points
from pos_app.gui.main_window import TillWindow
from pos_app.gui.translations import install_language
from pos_app.resources import resource

LRELEASE = Path(__import__("sys").executable).parent / "pyside6-lrelease"


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language("en")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every word a person reads on a widget tree, by widget (in a fixed order)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append((name + ":placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        if widget.isWindow():
            texts.append((name + ":title", widget.windowTitle()))
        texts.append((name + ":accessible", widget.accessibleName()))
    return texts


def test_a_word_without_a_finished_translation_shows_in_english_never_blank(qapp: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "words_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Words</name>
    <message><source>Points</source><translation>Punkte</translation></message>
    <message><source>Max</source><translation type="unfinished"></translation></message>
    <message><source>Journal</source><translation type="unfinished">Journ</translation></message>
    <message><source>Reprint</source><translation></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), "-silent", "-nounfinished", str(ts)], check=True)  # as the build does
    translator = QTranslator()
    assert translator.load(str(tmp_path / "words_de.qm"))
    qapp.installTranslator(translator)
    try:
        translate = QCoreApplication.translate
        assert translate("Words", "Points") == "Punkte"
        assert translate("Words", "Max") == "Max"  # unfinished and empty: English
        assert translate("Words", "Journal") == "Journal"  # a draft is not shown
        assert translate("Words", "Reprint") == "Reprint"  # an empty translation is not a blank
        assert translate("Words", "Not in the file") == "Not in the file"
    finally:
        qapp.removeTranslator(translator)


def test_shipped_german_is_used_and_english_returns(qtbot, english_after: None) -> None:
    from pos_app.gui.screens.start_screen import StartScreen

    assert install_language("de") == "de"
    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.field.placeholderText() == "Handynummer oder Kundenkarte"
    install_language("en")
    assert StartScreen().field.placeholderText() == "Mobile number or loyalty card"


@pytest.mark.parametrize("language", ["de", "hi", "ar"])
def test_no_label_of_the_till_is_blank_where_english_has_words(
    qtbot, ctx: AppContext, language: str, english_after: None
) -> None:
    english = TillWindow(ctx)
    qtbot.addWidget(english)
    install_language(language)
    translated = TillWindow(ctx)
    qtbot.addWidget(translated)
    pairs = list(zip(shown_texts(english), shown_texts(translated), strict=True))
    assert sum(bool(text.strip()) for (_, text), _shown in pairs) > 40  # a whole window, not an empty one
    blanks = [name for (name, text), (_, shown) in pairs if text.strip() and not shown.strip()]
    assert blanks == []


def test_plurals_follow_the_count(qtbot, ctx: AppContext, english_after: None) -> None:
    window = TillWindow(ctx)
    qtbot.addWidget(window)
    window.status.attention(1)
    assert window.statusBar().currentMessage() == "1 queued redemption needs attention: press F10"
    window.status.attention(3)
    assert window.statusBar().currentMessage() == "3 queued redemptions need attention: press F10"


def test_arabic_mirrors_the_layout(qtbot, ctx: AppContext, english_after: None) -> None:
    install_language("ar")
    window = TillWindow(ctx)
    qtbot.addWidget(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and window.isRightToLeft()
    install_language("de")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight and not window.isRightToLeft()


def test_core_words_follow_the_window_language(english_after: None) -> None:
    install_language("de")
    with pytest.raises(InvalidInput) as error:
        parse_points("0")
    german = str(error.value)
    install_language("en")
    with pytest.raises(InvalidInput) as error:
        parse_points("0")
    assert str(error.value) == "Points must be more than zero."
    assert german and german != str(error.value)
    assert Rejected(803).cashier_message.startswith("The customer does not have enough points")


def test_the_build_ships_the_compiled_translations() -> None:
    folder = resource("translations")
    for language in ("en", "de", "hi", "ar"):
        assert (folder / f"pos_app_{language}.qm").stat().st_size > 0
    for language in ("de", "hi", "ar"):
        assert (folder / f"core_{language}.mo").stat().st_size > 0


def test_the_kiosk_speaks_the_customers_language_until_the_idle_reset(
    qtbot, ctx: AppContext, english_after: None
) -> None:
    from pos_app.gui.kiosk.kiosk_window import KioskWindow

    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.show()
    english = shown_texts(kiosk)
    choices = kiosk.attract.languages
    assert [button.text() for button in choices.values()] == ["English", "Deutsch", "हिन्दी", "العربية"]
    assert min(button.height() for button in choices.values()) >= 72  # a finger's target
    qtbot.mouseClick(choices["de"], Qt.MouseButton.LeftButton)
    assert kiosk.current() is kiosk.attract and current_language() == "de"
    assert kiosk.attract.button.text().startswith("Punkte einlösen")
    assert kiosk.attract.languages["de"].property("role") == "primary"  # the one in use stands out
    german = shown_texts(kiosk)
    assert [name for (name, text), (_, shown) in zip(english, german, strict=True) if text and not shown] == []
    qtbot.mouseClick(kiosk.attract.languages["ar"], Qt.MouseButton.LeftButton)
    assert kiosk.isRightToLeft()
    qtbot.mouseClick(kiosk.attract.button, Qt.MouseButton.LeftButton)  # the customer starts, then walks away
    assert kiosk.current() is kiosk.identify
    kiosk.clear_customer()  # what the idle reset does
    assert kiosk.current() is kiosk.attract and not kiosk.isRightToLeft()
    assert kiosk.attract.button.text().startswith("Redeem your loyalty points")
    qtbot.mouseClick(kiosk.attract.button, Qt.MouseButton.LeftButton)  # the new screens work
    assert kiosk.current() is kiosk.identify


def test_arabic_kiosk_mirrors_but_its_keypad_reads_like_a_phone(qtbot, ctx: AppContext, english_after: None) -> None:
    from pos_app.gui.kiosk.kiosk_window import KioskWindow

    install_language("ar")
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1024, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.go(kiosk.identify)
    keys = kiosk.identify.keypad.buttons
    assert kiosk.isRightToLeft() and not kiosk.identify.keypad.isRightToLeft()
    assert (
        keys["1"].mapTo(kiosk, keys["1"].rect().topLeft()).x() < keys["3"].mapTo(kiosk, keys["3"].rect().topLeft()).x()
    )
    title = kiosk.identify.title
    assert title.text() == "رقم جوالك"
