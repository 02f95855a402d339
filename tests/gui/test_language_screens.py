"""Every till and kiosk screen, walked through a whole redemption offscreen in English and in
each shipped language: wherever English shows words, the translation shows words too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from pos_app.core.app_context import AppContext
from pos_app.gui.kiosk.kiosk_window import KioskWindow
from pos_app.gui.main_window import TillWindow
from pos_app.gui.translations import install_language
from tests.conftest import SimAdmin
from tests.gui.test_kiosk import PIN, tap_digits, touch, until
from tests.gui.test_till_window import ASHA_MOBILE, fill_and_check, look_up, until_screen

Screens = list[dict[str, str]]


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language("en")


def words_shown(root: QWidget) -> dict[str, str]:
    """What a person reads on the window now, by widget: labels, buttons, placeholders, titles."""
    shown = {}
    for number, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisibleTo(root):
            continue
        key = f"{number}:{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            shown[key] = widget.text()
        elif isinstance(widget, QLineEdit):
            shown[key + ":placeholder"] = widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            shown[key] = widget.title()
    return shown


def blanks(english: Screens, translated: Screens) -> list[str]:
    assert len(english) == len(translated)
    return [
        f"screen {number}: {key} (English {text!r})"
        for number, (seen, shown) in enumerate(zip(english, translated, strict=True))
        for key, text in seen.items()
        if text.strip() and not shown.get(key, "").strip()
    ]


def walk_till(qtbot, ctx: AppContext, sim: SimAdmin) -> Screens:
    window = TillWindow(ctx)
    window.force_close = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.flow.connection.online is not None, timeout=10_000)
    screens = [words_shown(window)]
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    qtbot.waitUntil(lambda: bool(window.customer.worth.text()), timeout=10_000)
    screens.append(words_shown(window))
    fill_and_check(qtbot, window, "100")
    until_screen(qtbot, window, window.otp)
    screens.append(words_shown(window))
    qtbot.keyClicks(window.otp.code, sim.otp(ASHA_MOBILE))
    qtbot.keyClick(window.otp.code, Qt.Key.Key_Return)
    until_screen(qtbot, window, window.done)
    screens.append(words_shown(window))
    window.close()
    return screens


def walk_kiosk(qtbot, ctx: AppContext, sim: SimAdmin) -> Screens:
    if not ctx.supervisor.is_set():
        ctx.supervisor.set_pin(PIN)
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1024, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    screens = [words_shown(kiosk)]
    touch(qtbot, kiosk.attract.button)
    until(qtbot, kiosk, kiosk.identify)
    tap_digits(qtbot, kiosk.identify.keypad, "9777788221")
    screens.append(words_shown(kiosk))
    touch(qtbot, kiosk.identify.continue_button)
    until(qtbot, kiosk, kiosk.points)
    qtbot.waitUntil(lambda: bool(kiosk.points.info_label.text()), timeout=10_000)  # the most allowed, its worth
    screens.append(words_shown(kiosk))
    tap_digits(qtbot, kiosk.points.keypad, "100")
    touch(qtbot, kiosk.points.continue_button)
    until(qtbot, kiosk, kiosk.verify)
    screens.append(words_shown(kiosk))
    touch(qtbot, kiosk.verify.sms_button)
    until(qtbot, kiosk, kiosk.code)
    screens.append(words_shown(kiosk))
    tap_digits(qtbot, kiosk.code.keypad, sim.otp(ASHA_MOBILE))
    touch(qtbot, kiosk.code.continue_button)
    until(qtbot, kiosk, kiosk.done)
    screens.append(words_shown(kiosk))
    touch(qtbot, kiosk.done.finish_button)
    until(qtbot, kiosk, kiosk.attract)
    kiosk.exit_allowed = True
    return screens


@pytest.mark.parametrize("language", ["de", "hi", "ar"])
def test_every_till_screen_has_words_where_english_has(qtbot, ctx: AppContext, sim: SimAdmin, language: str) -> None:
    english = walk_till(qtbot, ctx, sim)
    install_language(language)
    assert blanks(english, walk_till(qtbot, ctx, sim)) == []


@pytest.mark.parametrize("language", ["de", "hi", "ar"])
def test_every_kiosk_screen_has_words_where_english_has(qtbot, ctx: AppContext, sim: SimAdmin, language: str) -> None:
    english = walk_kiosk(qtbot, ctx, sim)
    install_language(language)
    assert blanks(english, walk_kiosk(qtbot, ctx, sim)) == []


def test_a_wrapped_arabic_rule_stays_inside_its_label_at_every_till_width(
    qtbot, ctx: AppContext, sim: SimAdmin
) -> None:
    """Qt measures some wrapped lines of bold Arabic a little narrower than it draws them: the
    line ran past the label's edge, and 'قلّل النقاط' was cut at some widths."""
    install_language("ar")
    window = TillWindow(ctx)
    window.force_close = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    look_up(qtbot, window, "CARD0001")
    until_screen(qtbot, window, window.customer)
    window.customer.quantity.setText("250")  # over the 200 a redemption allows: the rule is said
    rule = window.customer.rule
    qtbot.waitUntil(lambda: "200" in rule.text(), timeout=10_000)
    cut = []
    for width in range(1300, 1950, 15):
        window.resize(width, 900)
        qtbot.wait(30)
        image = rule.grab().toImage()
        edge = [image.pixelColor(x, y) for x in range(0, 3) for y in range(image.height())]
        if any(colour.red() > 100 and colour.green() < 60 for colour in edge):  # the rule's red text at the very edge
            cut.append(width)
    assert cut == [], f"the rule's text runs past its label at window widths {cut}"
