"""The kiosk's screens as a customer meets them: what "All my points" offers, what a refusal says,
nothing moving under a finger, the receipt, the footer, the staff's queue and the demo's phone."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.outbox import new_reference
from pos_app.core.readable import LOOK_ALIKES
from pos_app.gui.kiosk.kiosk_window import KioskWindow, generated_bill_number
from pos_app.gui.kiosk.supervisor_pad import StaffMenu
from pos_app.gui.kiosk.touch import FitLabel
from pos_app.gui.queue_dialog import QueueDialog
from tests.conftest import SimAdmin
from tests.gui import test_kiosk
from tests.gui.test_kiosk import ASHA_MOBILE, identify, tap_digits, to_code_screen, touch, until

kiosk = test_kiosk.kiosk  # the kiosk on the real simulator, as the other kiosk tests have it


def settle_on_points(qtbot, kiosk: KioskWindow) -> None:
    identify(qtbot, kiosk)
    until(qtbot, kiosk, kiosk.points)
    qtbot.waitUntil(lambda: not kiosk.flow.background.busy and not kiosk.previewing_balance, timeout=10_000)


def test_all_my_points_is_the_most_the_org_allows_now(qtbot, kiosk: KioskWindow, sim: SimAdmin) -> None:
    # Asha has 2000; this org takes at most 250 at a time, in multiples of 30: 240 is the most.
    sim.server.state.rules.update(max_per_redemption=250, multiple_of=30, min_per_redemption=30)
    settle_on_points(qtbot, kiosk)
    assert "2000 points" in kiosk.points.balance.text()
    assert "At most 240 points at a time, worth ₹60.00" in kiosk.points.info_label.text()
    touch(qtbot, kiosk.points.max_button)
    assert kiosk.points.field.text() == "240"
    touch(qtbot, kiosk.points.continue_button)
    until(qtbot, kiosk, kiosk.verify)
    assert kiosk.verify.summary.text() == "240 points = ₹60.00"


def test_a_refusal_names_the_rule_and_its_figure(qtbot, kiosk: KioskWindow, sim: SimAdmin) -> None:
    settle_on_points(qtbot, kiosk)
    tap_digits(qtbot, kiosk.points.keypad, "300")
    touch(qtbot, kiosk.points.continue_button)
    qtbot.waitUntil(lambda: kiosk.points.message.text() != "", timeout=5_000)
    assert kiosk.points.message.text() == "You can use at most 200 points at a time. Choose 200 or fewer."
    touch(qtbot, kiosk.points.keypad.buttons[kiosk.points.keypad.clear_key])
    tap_digits(qtbot, kiosk.points.keypad, "155")
    touch(qtbot, kiosk.points.continue_button)
    qtbot.waitUntil(lambda: "multiples" in kiosk.points.message.text(), timeout=5_000)
    assert kiosk.points.message.text() == "Points can be used in multiples of 10 only. Try 150."
    assert kiosk.current() is kiosk.points and sim.ledger() == []


def test_nothing_is_refused_before_anything_is_typed(qtbot, kiosk: KioskWindow) -> None:
    settle_on_points(qtbot, kiosk)
    shown = [label.text() for label in kiosk.points.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in shown if "more points" in text or "cannot" in text or "Choose" in text], shown
    assert kiosk.points.message.text() == ""


def test_a_card_scanned_on_the_attract_screen_starts_the_customer(qtbot, kiosk: KioskWindow) -> None:
    from pos_app.gui.scanner import ScannerFilter

    scanner = ScannerFilter()
    scanner.attach(QApplication.instance())
    scanner.scanned.connect(kiosk.scan)
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    assert kiosk.current() is kiosk.attract
    target = QApplication.focusWidget()
    for char in "CARD0002":  # a scanner: a burst of keys (Shift before each capital), then Enter
        if char.isupper():
            qtbot.keyPress(target, Qt.Key.Key_Shift)
        qtbot.keyClick(target, char)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    until(qtbot, kiosk, kiosk.points)
    assert "500 points" in kiosk.points.balance.text()


def targets(screen: QWidget) -> dict[str, QRect]:
    """Where every visible button and field of a screen is, in the window's coordinates."""
    found = {}
    for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
        if widget.isVisible():
            top_left = widget.mapTo(screen.window(), QPoint(0, 0))
            found[widget.objectName() or widget.text()] = QRect(top_left, widget.size())
    return found


def test_every_screen_fits_a_1024_by_768_kiosk_with_its_footer(qtbot, kiosk: KioskWindow) -> None:
    room = 768 - kiosk.status.sizeHint().height()
    for screen in kiosk.screens():
        assert screen.minimumSizeHint().height() <= room, screen.objectName()
        assert screen.minimumSizeHint().width() <= 1024, screen.objectName()


LONG = (
    "We could not find a loyalty account for this number. Check it, or ask at the till to join. "
    "If you have just joined, your account may take a few minutes to appear here."
)


def test_messages_move_no_button_and_cover_none(qtbot, kiosk: KioskWindow) -> None:
    settle_on_points(qtbot, kiosk)
    for screen in (kiosk.points, kiosk.identify, kiosk.code, kiosk.verify):
        kiosk.go(screen)
        qtbot.wait(50)
        before = targets(screen)
        assert len(before) >= 3, before
        screen.error(LONG)
        if hasattr(screen, "info_label"):
            screen.info_label.setText(LONG)
        qtbot.wait(50)
        assert targets(screen) == before, screen.objectName()  # nothing jumped under a finger
        for label in (screen.message, getattr(screen, "info_label", screen.message)):
            assert isinstance(label, FitLabel)
            area = QRect(label.mapTo(kiosk, QPoint(0, 0)), label.size())
            assert not [name for name, rect in before.items() if rect.intersects(area)], screen.objectName()
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            drawn = QFontMetrics(label.fitting_font()).boundingRect(label.contentsRect(), flags, label.text())
            assert drawn.height() <= label.contentsRect().height(), "the message is cut off"
        screen.reset()


def test_references_have_no_look_alike_characters(qtbot, kiosk: KioskWindow) -> None:
    for _ in range(300):
        suffix = generated_bill_number().rsplit("-", 1)[1]
        reference = new_reference().removeprefix("POS-")
        assert not set(suffix + reference) & set(LOOK_ALIKES), (suffix, reference)
    # The service's own ids (letters and digits) show in a type that tells 0/O and 1/l apart.
    assert QFontInfo(kiosk.done.reference.font()).fixedPitch()


def test_a_kiosk_started_with_the_service_down_says_offline_at_once(qtbot, ctx: AppContext, sim: SimAdmin) -> None:
    ctx.supervisor.set_pin("2468")
    sim.server.stop()
    win = KioskWindow(ctx)
    qtbot.addWidget(win)
    assert "online" not in win.status.text() and "offline" not in win.status.text()  # nothing asked yet
    win.show()
    qtbot.waitUntil(lambda: win.status.text().endswith("offline"), timeout=10_000)  # no customer needed
    win.exit_allowed = True


def test_the_footer_says_offline_when_the_screen_does(qtbot, kiosk: KioskWindow, sim: SimAdmin) -> None:
    sim.fault("/v1.1/customer/get", "html-502", count=1)
    identify(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.identify.message.text() != "", timeout=10_000)
    assert "not available" in kiosk.identify.message.text() and "offline" in kiosk.status.text()
    kiosk.flow.connection.probe()  # what its timer does while offline: the service answers again
    qtbot.waitUntil(lambda: kiosk.status.text().endswith("online"), timeout=10_000)
    assert "works again" in kiosk.identify.message.text()  # the screen no longer says "not available"
    touch(qtbot, kiosk.identify.continue_button)
    until(qtbot, kiosk, kiosk.points)
    assert kiosk.status.text().endswith("online")
    kiosk.clear_customer()
    to_code_screen(qtbot, kiosk)
    sim.fault("/v1.1/points/redeem", "refuse", count=None)  # the code is typed; the network drops
    tap_digits(qtbot, kiosk.code.keypad, sim.otp(ASHA_MOBILE))
    touch(qtbot, kiosk.code.continue_button)
    until(qtbot, kiosk, kiosk.done)
    assert "cashier will confirm" in kiosk.done.title.text() and "offline" in kiosk.status.text()


def test_the_supervisors_queue_opens_inside_the_kiosk(qtbot, kiosk: KioskWindow) -> None:
    menu = kiosk.staff_menu()
    touch(qtbot, menu.findChild(QAbstractButton, f"kiosk_staff_{StaffMenu.QUEUE}"))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in QApplication.allWidgets() if isinstance(d, QueueDialog)))
    shown = [d for d in QApplication.allWidgets() if isinstance(d, QueueDialog) and d.isVisible()]
    assert len(shown) == 1 and not shown[0].isWindow() and shown[0].window() is kiosk
    assert kiosk.isFullScreen() or kiosk.isVisible()
    touch(qtbot, kiosk.staff_page.back)
    until(qtbot, kiosk, kiosk.attract)


@pytest.fixture
def demo_kiosk(qtbot, tmp_path) -> Iterator[KioskWindow]:
    from pos_app.gui.app import build_kiosk

    win = build_kiosk(argparse.Namespace(demo=True, home=str(tmp_path / "demo"), kiosk=True), QApplication.instance())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.demo_phone.sim.stop()
    win.exit_allowed = True


def test_the_demo_phone_shows_beside_the_kiosk_and_forgets_the_last_code(
    qtbot, demo_kiosk: KioskWindow, ctx: AppContext
) -> None:
    kiosk, phone = demo_kiosk, demo_kiosk.demo_phone
    assert phone.isVisible() and not phone.isWindow() and phone.window() is kiosk  # not under the kiosk
    assert kiosk.rect().contains(QRect(phone.mapTo(kiosk, QPoint(0, 0)), phone.size()))
    to_code_screen(qtbot, kiosk)
    code = phone.sim.state.current_otp(ASHA_MOBILE)
    qtbot.waitUntil(lambda: code in phone.sms.text(), timeout=5_000)
    touch(qtbot, kiosk.code.start_over_button)
    until(qtbot, kiosk, kiosk.attract)
    assert code not in phone.sms.text() and "91******8221" not in phone.sms.text()


def test_the_demo_kiosk_fits_a_1024_wide_screen_with_its_phone(qtbot, demo_kiosk: KioskWindow) -> None:
    room = 1024 - 190  # the phone's column on a screen narrower than 1280
    for screen in demo_kiosk.screens():
        assert screen.minimumSizeHint().width() <= room, screen.objectName()


def test_the_receipt_names_the_program_by_its_title(qtbot, kiosk: KioskWindow, sim: SimAdmin, ctx) -> None:
    ctx.settings.set("program_id", "974")  # Vikram's points in Partner Miles
    kiosk.scan("CARD0002")
    until(qtbot, kiosk, kiosk.points)
    assert "1200 points" in kiosk.points.balance.text()
    tap_digits(qtbot, kiosk.points.keypad, "100")
    touch(qtbot, kiosk.points.continue_button)
    until(qtbot, kiosk, kiosk.verify)
    touch(qtbot, kiosk.verify.sms_button)
    until(qtbot, kiosk, kiosk.code)
    tap_digits(qtbot, kiosk.code.keypad, sim.otp("919777785205"))
    touch(qtbot, kiosk.code.continue_button)
    until(qtbot, kiosk, kiosk.done)
    slip = kiosk.done.preview.text()
    assert "Partner Miles" in slip and "974" not in slip


def test_a_card_number_typed_slowly_on_the_attract_screen_starts_the_customer_too(qtbot, kiosk: KioskWindow) -> None:
    # A wedge scanner slowed by a busy machine, or Enter a beat late: still a customer, not lost keys.
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.attract, timeout=2_000)
    qtbot.keyClicks(kiosk.attract, "CARD0002", delay=60)
    qtbot.wait(200)
    qtbot.keyClick(kiosk.attract, Qt.Key.Key_Return)
    until(qtbot, kiosk, kiosk.points)
    assert "500 points" in kiosk.points.balance.text()
    kiosk.clear_customer()
    qtbot.keyClicks(kiosk.attract, "12", delay=60)  # a stray key or two is nobody
    qtbot.keyClick(kiosk.attract, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert kiosk.current() is kiosk.attract and kiosk.flow.sale.identifier is None
