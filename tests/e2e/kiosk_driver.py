"""Drives ``--kiosk --demo`` as a real full-screen window on an X display, by real pointer clicks.

Run by ``test_kiosk_xvfb.py`` with DISPLAY set. It builds the kiosk the way ``pos-app --kiosk
--demo`` does, then for each step finds the widget, moves the X pointer onto it with xdotool
and clicks (the click travels through the X server and the window manager like a finger on
a touch screen), waits for the next screen and takes a screenshot of the whole display.
Prints one JSON line per step; exits non-zero on the first step that does not happen.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from pos_app.gui.app import build_kiosk
from pos_app.gui.gc_guard import MainThreadCollector
from pos_app.gui.scanner import ScannerFilter


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.02)
    print(json.dumps({"step": what, "ok": False}), flush=True)
    sys.exit(1)


def click(widget: QWidget) -> None:
    centre = widget.mapToGlobal(widget.rect().center())
    subprocess.run(
        # No --sync: it waits for the pointer to move, forever when it is already there (a key pressed twice).
        ["xdotool", "mousemove", str(centre.x()), str(centre.y()), "click", "1"],
        check=True,
        timeout=20,
    )
    pump(0.15)


def scan(code: str) -> None:
    """A keyboard-wedge scanner through the X server: the code, fast, and Enter straight after."""
    subprocess.run(f"xdotool type --delay 10 {code} && xdotool key Return", shell=True, check=True, timeout=20)
    pump(0.3)


def shot(out: Path, name: str) -> None:
    pump(0.6)
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True, timeout=30)
    print(json.dumps({"step": name, "ok": True}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = Path(args.out)
    app = QApplication(sys.argv[:1])
    collector = MainThreadCollector(app)  # noqa: F841
    kiosk = build_kiosk(argparse.Namespace(demo=True, home=args.home, kiosk=True), app)
    app.installEventFilter(kiosk.idle)
    scanner = ScannerFilter(app)  # as run_gui does
    scanner.attach(app)
    scanner.scanned.connect(kiosk.scan)
    kiosk.showFullScreen()
    wait(lambda: kiosk.isVisible() and kiosk.isFullScreen(), "full screen")
    shot(out, "kiosk-01-attract")
    phone = kiosk.demo_phone
    screen = app.primaryScreen().geometry()
    top_left = phone.mapToGlobal(phone.rect().topLeft())
    seen = phone.isVisible() and screen.contains(top_left) and phone.window() is kiosk
    print(json.dumps({"step": "phone-visible", "ok": seen}), flush=True)
    # A card scanned on the attract screen (the scanner types fast, Shift before each capital).
    wait(lambda: kiosk.isActiveWindow() and QApplication.focusWidget() is kiosk.attract, "attract has the keys")
    scan("CARD0001")
    wait(lambda: kiosk.current() is kiosk.points, "scan on the attract screen")
    wait(lambda: "At most 200" in kiosk.points.info_label.text(), "the most offered")
    shot(out, "kiosk-02-scanned-card")
    click(kiosk.points.start_over_button)
    wait(lambda: kiosk.current() is kiosk.attract, "start over")
    click(kiosk.attract.button)
    wait(lambda: kiosk.current() is kiosk.identify, "identify")
    for digit in "9777788221":
        click(kiosk.identify.keypad.buttons[digit])
    shot(out, "kiosk-03-mobile-on-keypad")
    click(kiosk.identify.continue_button)
    wait(lambda: kiosk.current() is kiosk.points, "points")
    wait(lambda: "At most 200" in kiosk.points.info_label.text(), "the most offered")
    click(kiosk.points.max_button)
    wait(lambda: kiosk.points.field.text() == "200", "all my points")
    print(json.dumps({"step": "all-my-points", "ok": True, "text": kiosk.points.field.text()}), flush=True)
    click(kiosk.points.keypad.buttons["0"])  # 2000: more than a visit allows
    five = kiosk.points.keypad.buttons["5"]
    before = five.mapToGlobal(five.rect().center())
    click(kiosk.points.continue_button)
    wait(lambda: kiosk.points.message.text() != "", "refusal")
    after = five.mapToGlobal(five.rect().center())
    refusal = {"step": "refusal", "ok": before == after, "text": kiosk.points.message.text()}
    print(json.dumps(refusal), flush=True)
    shot(out, "kiosk-04-rule-refused")
    click(kiosk.points.keypad.buttons[kiosk.points.keypad.clear_key])
    for digit in "150":
        click(kiosk.points.keypad.buttons[digit])
    shot(out, "kiosk-05-balance-and-points")
    click(kiosk.points.continue_button)
    wait(lambda: kiosk.current() is kiosk.verify, "verify")
    shot(out, "kiosk-06-value-and-verification")
    click(kiosk.verify.sms_button)
    wait(lambda: kiosk.current() is kiosk.code, "code")
    wait(lambda: "redemption code is" in phone.sms.text(), "the SMS on the phone beside the kiosk")
    code = phone.sms.text().rsplit(" ", 1)[-1]  # read off the phone, as the customer does
    for digit in code:
        click(kiosk.code.keypad.buttons[digit])
    shot(out, "kiosk-07-code")
    click(kiosk.code.continue_button)
    wait(lambda: kiosk.current() is kiosk.done, "done")
    shot(out, "kiosk-08-confirmation")
    print(json.dumps({"step": "reference", "ok": True, "text": kiosk.done.reference.text()}), flush=True)
    click(kiosk.done.finish_button)
    wait(lambda: kiosk.current() is kiosk.attract, "back to attract")
    forgot = code not in phone.sms.text()
    print(json.dumps({"step": "phone-forgot", "ok": forgot, "text": phone.sms.text()}), flush=True)
    # The next customer by missed call, to the org's number shown on the code screen.
    scan("CARD0001")
    wait(lambda: kiosk.current() is kiosk.points and kiosk.points.max_points == "200", "second customer")
    for digit in "50":
        click(kiosk.points.keypad.buttons[digit])
    click(kiosk.points.continue_button)
    wait(lambda: kiosk.current() is kiosk.verify, "verify again")
    click(kiosk.verify.call_button)
    wait(lambda: kiosk.current() is kiosk.code and kiosk.code.call_number.isVisible(), "missed-call number")
    print(json.dumps({"step": "missed-call-number", "ok": True, "text": kiosk.code.call_number.text()}), flush=True)
    shot(out, "kiosk-09-missed-call-number")
    click(phone.call)
    click(kiosk.code.continue_button)
    wait(lambda: kiosk.current() is kiosk.done, "done by missed call")
    click(kiosk.done.finish_button)
    wait(lambda: kiosk.current() is kiosk.attract, "attract after the missed call")
    click(kiosk.attract.button)
    wait(lambda: kiosk.current() is kiosk.identify, "identify again")
    kiosk.idle.arm(0.5, 3)
    wait(lambda: kiosk.veil.isVisible(), "still there?")
    shot(out, "kiosk-10-still-there")
    wait(lambda: kiosk.current() is kiosk.attract, "idle back to attract")
    for _ in range(5):
        click(kiosk.corner)
    wait(lambda: getattr(kiosk, "pin_pad", None) is not None and kiosk.pin_pad.isVisible(), "PIN pad")
    shot(out, "kiosk-11-supervisor-pin")
    for digit in "1234":
        click(kiosk.pin_pad.keypad.buttons[digit])
    click(kiosk.pin_pad.ok)
    wait(lambda: getattr(kiosk, "menu", None) is not None and kiosk.menu.isVisible(), "staff menu")
    shot(out, "kiosk-12-staff-menu")
    click(kiosk.menu.findChild(QPushButton, "kiosk_staff_queue"))
    wait(lambda: kiosk.current() is getattr(kiosk, "staff_page", None), "queue inside the kiosk")
    inside = not kiosk.staff_page.content.isWindow() and kiosk.isFullScreen()
    print(json.dumps({"step": "queue-inside", "ok": inside}), flush=True)
    shot(out, "kiosk-13-queue-inside-the-kiosk")
    click(kiosk.staff_page.back)
    wait(lambda: kiosk.current() is kiosk.attract, "back from the queue")
    subprocess.run(["xdotool", "key", "alt+F4"], check=True, timeout=20)  # what a passer-by might try
    pump(0.5)
    print(json.dumps({"step": "alt-f4", "ok": kiosk.isVisible()}), flush=True)
    QTimer.singleShot(0, kiosk.leave)  # as the staff menu's "Leave kiosk mode" does
    code = app.exec()
    print(json.dumps({"step": "left", "ok": code == 10, "exit_code": code}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
