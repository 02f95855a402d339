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
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.gui.app import build_kiosk
from pos_app.gui.gc_guard import MainThreadCollector


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
    kiosk.showFullScreen()
    wait(lambda: kiosk.isVisible() and kiosk.isFullScreen(), "full screen")
    shot(out, "kiosk-01-attract")
    click(kiosk.attract.button)
    wait(lambda: kiosk.current() is kiosk.identify, "identify")
    for digit in "9777788221":
        click(kiosk.identify.keypad.buttons[digit])
    shot(out, "kiosk-02-mobile-on-keypad")
    click(kiosk.identify.continue_button)
    wait(lambda: kiosk.current() is kiosk.points, "points")
    for digit in "150":
        click(kiosk.points.keypad.buttons[digit])
    shot(out, "kiosk-03-balance-and-points")
    click(kiosk.points.continue_button)
    wait(lambda: kiosk.current() is kiosk.verify, "verify")
    shot(out, "kiosk-04-value-and-verification")
    click(kiosk.verify.sms_button)
    wait(lambda: kiosk.current() is kiosk.code, "code")
    sim = kiosk.flow.ctx.settings.get("host")
    code = kiosk_otp(sim)
    for digit in code:
        click(kiosk.code.keypad.buttons[digit])
    shot(out, "kiosk-05-code")
    click(kiosk.code.continue_button)
    wait(lambda: kiosk.current() is kiosk.done, "done")
    shot(out, "kiosk-06-confirmation")
    print(json.dumps({"step": "reference", "ok": True, "text": kiosk.done.reference.text()}), flush=True)
    click(kiosk.done.finish_button)
    wait(lambda: kiosk.current() is kiosk.attract, "back to attract")
    click(kiosk.attract.button)
    wait(lambda: kiosk.current() is kiosk.identify, "identify again")
    kiosk.idle.arm(0.5, 3)
    wait(lambda: kiosk.veil.isVisible(), "still there?")
    shot(out, "kiosk-07-still-there")
    wait(lambda: kiosk.current() is kiosk.attract, "idle back to attract")
    for _ in range(5):
        click(kiosk.corner)
    wait(lambda: getattr(kiosk, "pin_pad", None) is not None and kiosk.pin_pad.isVisible(), "PIN pad")
    shot(out, "kiosk-08-supervisor-pin")
    for digit in "1234":
        click(kiosk.pin_pad.keypad.buttons[digit])
    click(kiosk.pin_pad.ok)
    wait(lambda: getattr(kiosk, "menu", None) is not None and kiosk.menu.isVisible(), "staff menu")
    shot(out, "kiosk-09-staff-menu")
    subprocess.run(["xdotool", "key", "alt+F4"], check=True, timeout=20)  # what a passer-by might try
    pump(0.5)
    print(json.dumps({"step": "alt-f4", "ok": kiosk.isVisible()}), flush=True)
    QTimer.singleShot(0, kiosk.leave)  # as the staff menu's "Leave kiosk mode" does
    code = app.exec()
    print(json.dumps({"step": "left", "ok": code == 10, "exit_code": code}), flush=True)
    return 0


def kiosk_otp(sim_url: str) -> str:
    import requests

    answer = requests.get(f"{sim_url}/__sim/otp", params={"mobile": "919777788221"}, timeout=5)
    return str(answer.json()["otp"])


if __name__ == "__main__":
    sys.exit(main())
