"""The kiosk as a customer reported it: the language they chose, a wrong code, the whole receipt,
the worth of the points as they are typed, the program to use, the most at a time, the staff's
queue and the demo's phone in the customer's language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication

from pos_app.core.app_context import AppContext
from pos_app.core.i18n import current_language
from pos_app.gui.kiosk.kiosk_window import KioskWindow
from pos_app.gui.kiosk.supervisor_pad import StaffMenu
from pos_app.gui.translations import install_language
from tests.conftest import SimAdmin
from tests.gui import test_kiosk, test_kiosk_screens
from tests.gui.test_kiosk import ASHA_MOBILE, tap_digits, to_code_screen, touch, until
from tests.gui.test_kiosk_screens import settle_on_points

kiosk = test_kiosk.kiosk  # the kiosk on the real simulator
demo_kiosk = test_kiosk_screens.demo_kiosk  # ``--kiosk --demo``, its phone beside it


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    install_language("en")


def calls(sim: SimAdmin) -> dict[str, int]:
    stats: dict[str, Any] = sim.http.get(f"{sim.url}/__sim/stats", timeout=5).json()
    return dict(stats["calls_by_endpoint"])


def scan_on(qtbot, widget, card: str) -> None:
    """A card typed by a wedge scanner into the screen, then Enter."""
    qtbot.keyClicks(widget, card)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_keeps_the_language_the_customer_chose(qtbot, kiosk: KioskWindow) -> None:
    touch(qtbot, kiosk.attract.languages["ar"])
    assert current_language() == "ar"
    scan_on(qtbot, kiosk.attract, "CARD0001")  # scanned on the attract screen
    until(qtbot, kiosk, kiosk.points)
    assert current_language() == "ar" and kiosk.isRightToLeft()
    assert "Asha" in kiosk.points.title.text() and not kiosk.points.title.text().startswith("Hello")
    touch(qtbot, kiosk.points.start_over_button)  # the same customer starts again: still Arabic
    until(qtbot, kiosk, kiosk.attract)
    assert current_language() == "ar" and kiosk.idle.armed  # left alone, the idle reset brings English
    touch(qtbot, kiosk.attract.button)
    until(qtbot, kiosk, kiosk.identify)
    kiosk.scan("CARD0001")  # scanned on the Arabic keypad screen (what the scanner filter calls)
    until(qtbot, kiosk, kiosk.points)
    qtbot.waitUntil(lambda: "Asha" in kiosk.points.title.text(), timeout=10_000)
    assert current_language() == "ar" and not kiosk.points.title.text().startswith("Hello")
    kiosk.go(kiosk.done)  # a redemption done: Finish greets the next customer in the store's language
    touch(qtbot, kiosk.done.finish_button)
    assert current_language() == "en" and kiosk.current() is kiosk.attract and not kiosk.isRightToLeft()
    assert not kiosk.idle.armed


def test_a_scan_in_german_stays_german_and_the_idle_reset_brings_english_back(qtbot, kiosk: KioskWindow) -> None:
    touch(qtbot, kiosk.attract.languages["de"])
    scan_on(qtbot, kiosk.attract, "CARD0001")
    until(qtbot, kiosk, kiosk.points)
    assert kiosk.points.title.text().startswith("Hallo Asha.")
    kiosk.idle.on_timeout()  # what the end of the countdown calls
    assert current_language() == "en" and kiosk.attract.button.text().startswith("Redeem your loyalty points")


def test_after_a_wrong_code_the_next_digit_starts_the_code_again(qtbot, kiosk: KioskWindow, sim: SimAdmin) -> None:
    to_code_screen(qtbot, kiosk)
    right = sim.otp(ASHA_MOBILE)
    wrong = "123456" if right != "123456" else "654321"
    tap_digits(qtbot, kiosk.code.keypad, wrong)
    touch(qtbot, kiosk.code.continue_button)
    qtbot.waitUntil(lambda: "not right" in kiosk.code.message.text(), timeout=10_000)
    tap_digits(qtbot, kiosk.code.keypad, right[0])
    assert kiosk.code.field.text() == right[0]  # not "1234568": the wrong code is replaced
    tap_digits(qtbot, kiosk.code.keypad, right[1:])
    touch(qtbot, kiosk.code.continue_button)
    until(qtbot, kiosk, kiosk.done)


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_whole_receipt_shows_large_without_scrolling(qtbot, kiosk: KioskWindow, sim: SimAdmin, width: int) -> None:
    kiosk.resize(width, 768)
    to_code_screen(qtbot, kiosk)
    tap_digits(qtbot, kiosk.code.keypad, sim.otp(ASHA_MOBILE))
    touch(qtbot, kiosk.code.continue_button)
    until(qtbot, kiosk, kiosk.done)
    qtbot.wait(50)
    preview = kiosk.done.preview
    assert not isinstance(preview, QAbstractScrollArea), "the receipt is a box that scrolls"
    assert_whole_and_large(kiosk, preview, sim)
    # A redemption confirmed from the history goes by the till's long reference: the slip stays as large.
    done = kiosk.done
    done.show_result(done.title.text(), done.summary.text(), "Reference POS-CYP78D37EDH4T8X3Y7", preview.text())
    qtbot.wait(50)
    assert_whole_and_large(kiosk, preview, sim)


def assert_whole_and_large(kiosk: KioskWindow, preview, sim: SimAdmin) -> None:
    lines = preview.text().splitlines()
    assert len(lines) >= 15 and sim.ledger()[0]["redemption_id"] in preview.text()
    assert "Balance after" in preview.text()
    font = preview.fitting_font()
    metrics, slip = QFontMetrics(font), preview.slip_rect(font)
    assert QFontInfo(font).fixedPitch() and QFontInfo(font).pointSizeF() >= 12, QFontInfo(font).pointSizeF()
    assert metrics.lineSpacing() * len(lines) <= slip.height()  # every line, the last one too
    assert max(metrics.horizontalAdvance(line) for line in lines) <= slip.width()
    assert preview.contentsRect().contains(slip) and slip.center() == preview.contentsRect().center()
    on_window = QRect(preview.mapTo(kiosk, QPoint(0, 0)), preview.size())
    assert kiosk.rect().contains(on_window) and preview.width() >= kiosk.width() // 3


def test_typed_points_show_their_worth_as_they_are_typed_without_a_call(
    qtbot, kiosk: KioskWindow, sim: SimAdmin
) -> None:
    settle_on_points(qtbot, kiosk)
    before = calls(sim)
    tap_digits(qtbot, kiosk.points.keypad, "1")
    assert kiosk.points.worth.text() == ""  # 1 point is no multiple of 10: not shown as a worth
    tap_digits(qtbot, kiosk.points.keypad, "00")
    qtbot.waitUntil(lambda: kiosk.points.worth.text() == "100 points = ₹25.00", timeout=5_000)
    tap_digits(qtbot, kiosk.points.keypad, "0")  # 1000: over the 200 the org allows at a time
    qtbot.waitUntil(lambda: "at most 200 points at a time" in kiosk.points.worth.text(), timeout=5_000)
    tap_digits(qtbot, kiosk.points.keypad, "0")  # 10000, over her 2000 too: the tighter limit is said
    assert "at most 200 points at a time" in kiosk.points.worth.text()
    touch(qtbot, kiosk.points.keypad.buttons["⌫"])
    touch(qtbot, kiosk.points.keypad.buttons["⌫"])
    qtbot.waitUntil(lambda: kiosk.points.worth.text() == "100 points = ₹25.00", timeout=5_000)
    qtbot.wait(200)  # any call a keypress made would have been counted by now
    assert calls(sim) == before  # the ratio came with the lookup: no call a keypress
    assert kiosk.points.message.text() == ""  # nothing refused before Continue


def test_a_refusal_on_continue_is_said_once(qtbot, kiosk: KioskWindow) -> None:
    settle_on_points(qtbot, kiosk)
    tap_digits(qtbot, kiosk.points.keypad, "255")  # over the 200 the org allows at a time
    qtbot.waitUntil(lambda: "at most 200 points at a time" in kiosk.points.worth.text(), timeout=5_000)
    touch(qtbot, kiosk.points.continue_button)
    assert "at most 200 points at a time" in kiosk.points.message.text()
    assert kiosk.points.worth.text() == ""  # not a second time above it


def test_a_customer_in_two_programs_chooses_one_on_the_points_screen(
    qtbot, kiosk: KioskWindow, sim: SimAdmin, ctx: AppContext
) -> None:
    ctx.settings.set("program_id", "973")  # the store's program
    kiosk.resize(1024 - 190, 768)  # the room a 1024-wide demo kiosk leaves beside its phone
    touch(qtbot, kiosk.attract.button)
    until(qtbot, kiosk, kiosk.identify)
    kiosk.scan("CARD0002")  # Vikram: 500 in Demo Rewards, 1200 in Partner Miles
    until(qtbot, kiosk, kiosk.points)
    buttons = kiosk.points.program_buttons
    assert set(buttons) == {"973", "974"}
    assert "Demo Rewards" in buttons["973"].text() and "500 points" in buttons["973"].text()
    assert "Partner Miles" in buttons["974"].text() and "1200 points" in buttons["974"].text()
    assert all(b.isVisible() and b.height() >= 72 for b in buttons.values())
    assert kiosk.points.minimumSizeHint().height() <= 768 - kiosk.status.sizeHint().height()  # fits 1024 x 768
    for button in buttons.values():  # each title whole, in type still readable, however narrow the button
        font, room = button.fitting_font(), button.text_room()
        wide = max(QFontMetrics(font).horizontalAdvance(line) for line in button.text().splitlines())
        assert wide <= room.width() and QFontInfo(font).pointSizeF() >= 12, (button.text(), room)
    assert buttons["973"].property("chosen") and not buttons["974"].property("chosen")  # the store's first
    assert "500 points" in kiosk.points.balance.text()
    touch(qtbot, buttons["974"])
    assert kiosk.flow.program_id() == "974" and buttons["974"].property("chosen")
    assert "1200 points" in kiosk.points.balance.text()
    qtbot.waitUntil(lambda: not kiosk.flow.background.busy and not kiosk.previewing_balance, timeout=10_000)
    touch(qtbot, kiosk.points.max_button)
    assert kiosk.points.field.text() == "200"
    touch(qtbot, kiosk.points.continue_button)
    until(qtbot, kiosk, kiosk.verify)
    assert "200 points" in kiosk.verify.summary.text()


def test_a_customer_in_one_program_gets_no_program_buttons(qtbot, kiosk: KioskWindow) -> None:
    settle_on_points(qtbot, kiosk)
    assert kiosk.points.program_buttons == {}


def test_the_most_at_a_time_is_said_beside_all_my_points(qtbot, kiosk: KioskWindow) -> None:
    settle_on_points(qtbot, kiosk)  # Asha: 2000 points, the org allows 200 at a time
    button, said = kiosk.points.max_button, kiosk.points.info_label
    qtbot.waitUntil(lambda: "at most 200 points at a time" in said.text().lower(), timeout=5_000)
    below = said.mapTo(kiosk, QPoint(0, 0)).y() - (button.mapTo(kiosk, QPoint(0, 0)).y() + button.height())
    assert 0 <= below <= 40, below  # right under the button, nothing between them
    left, right = button.mapTo(kiosk, QPoint(0, 0)).x(), button.mapTo(kiosk, QPoint(button.width(), 0)).x()
    assert said.mapTo(kiosk, QPoint(said.width() // 2, 0)).x() in range(left, right)
    touch(qtbot, button)
    assert kiosk.points.field.text() == "200"


def test_the_staffs_queue_has_headers_readable_at_kiosk_size(qtbot, kiosk: KioskWindow) -> None:
    menu = kiosk.staff_menu()
    touch(qtbot, menu.findChild(QAbstractButton, f"kiosk_staff_{StaffMenu.QUEUE}"))
    until(qtbot, kiosk, kiosk.staff_page)
    header = kiosk.staff_page.content.table.horizontalHeader()
    assert QFontInfo(header.font()).pointSizeF() >= 14, QFontInfo(header.font()).pointSizeF()
    assert header.height() >= 36
    assert QFontInfo(kiosk.staff_page.content.table.font()).pointSizeF() >= 14
    touch(qtbot, kiosk.staff_page.back)


def test_the_demo_phone_speaks_the_language_the_customer_chose(qtbot, demo_kiosk: KioskWindow) -> None:
    phone = demo_kiosk.demo_phone
    assert phone.call.text() == "Give a missed call"
    for language in ("de", "hi", "ar"):
        touch(qtbot, demo_kiosk.attract.languages[language])
        words = QCoreApplication.translate("PhonePanel", "Give a missed call")
        assert words != "Give a missed call"
        qtbot.waitUntil(lambda words=words: phone.call.text() == words, timeout=5_000)
        assert phone.sms.text() == QCoreApplication.translate(
            "PhonePanel", "No messages yet.\n\nTry card CARD0001 or mobile 9777788221."
        )
    demo_kiosk.clear_customer()  # the idle reset: English again, the phone too
    qtbot.waitUntil(lambda: phone.call.text() == "Give a missed call", timeout=5_000)
    assert QApplication.instance() is not None


def test_the_keypads_clear_key_keeps_its_word_inside_the_key_in_every_language(qtbot, kiosk: KioskWindow) -> None:
    for language in ("en", "de", "hi", "ar"):
        touch(qtbot, kiosk.attract.languages[language])
        touch(qtbot, kiosk.attract.button)
        until(qtbot, kiosk, kiosk.identify)
        key = kiosk.identify.keypad.buttons[kiosk.identify.keypad.clear_key]
        room = key.contentsRect().width() - 16  # a margin either side, as the digits have
        assert QFontMetrics(key.font()).horizontalAdvance(key.text()) <= room, (language, key.text())
        kiosk.go(kiosk.attract)
