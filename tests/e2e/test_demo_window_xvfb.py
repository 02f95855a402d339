"""``pos-app --demo`` as a real window under Xvfb, typed into as a scanner and a cashier would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from tests.conftest import REPO
from tests.e2e.xvfb import screenshot, virtual_display, xdotool

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def window_whole(url: str) -> bool:
    """The window has built all its screens and asked the service once (its first probe): from
    then on every key reaches a screen that is there."""
    try:
        stats = requests.get(f"{url}/__sim/stats", timeout=5).json()
    except (requests.RequestException, ValueError):
        return False
    return bool(stats.get("calls_by_endpoint", {}).get("GET /v1.1/customer/get"))


def wait_for(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_demo_redemption_scanned_and_typed_in_a_real_window(tmp_path) -> None:
    with virtual_display(1024, 768) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        app = subprocess.Popen(
            [sys.executable, "-m", "pos_app", "--home", str(tmp_path / "home"), "--demo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            line = app.stdout.readline() if app.stdout else ""
            sim = re.search(r"http://127\.0\.0\.1:\d+", line)
            assert sim, f"no simulator address in {line!r}; stderr: {app.stderr.read() if app.poll() else ''}"
            url = sim.group(0)
            window = xdotool(display, "search", "--sync", "--name", "Loyalty redemption")
            xdotool(display, "windowactivate", "--sync", window.splitlines()[0])
            wait_for(lambda: window_whole(url), timeout=30)
            time.sleep(0.5)
            screenshot(display, "01-start")
            # A scanner: the card number in a few milliseconds, then Enter.
            xdotool(display, "type", "--delay", "4", "CARD0001")
            xdotool(display, "key", "Return")
            time.sleep(1.5)
            screenshot(display, "02-customer")
            xdotool(display, "type", "--delay", "4", "E2E-BILL-1")  # the bill's barcode, scanned
            xdotool(display, "key", "Return")
            xdotool(display, "type", "--delay", "90", "100")
            xdotool(display, "key", "Return")

            def otp() -> str:
                answer = requests.get(f"{url}/__sim/otp", params={"mobile": "919777788221"}, timeout=5)
                return str(answer.json().get("otp") or "") if answer.ok else ""

            wait_for(lambda: bool(otp()))
            time.sleep(0.8)
            screenshot(display, "03-otp")
            xdotool(display, "type", "--delay", "90", otp())
            xdotool(display, "key", "Return")

            def ledger() -> list[dict]:
                return list(requests.get(f"{url}/__sim/ledger", timeout=5).json()["redemptions"])

            wait_for(lambda: len(ledger()) == 1)
            time.sleep(1.0)
            shot = screenshot(display, "04-done")
            row = ledger()[0]
            assert row["transaction_number"] == "E2E-BILL-1" and row["points_redeemed"] == "100"
            assert row["external_reference_number"].startswith("POS-")
            assert shot.stat().st_size > 10_000
            # The demo's printer writes PDFs: the receipt printed at once, then again with F11.
            printed = tmp_path / "home" / "printed"
            wait_for(lambda: len(list(printed.glob("receipt-*.pdf"))) == 1)
            xdotool(display, "key", "F11")
            wait_for(lambda: len(list(printed.glob("receipt-*.pdf"))) == 2)
            time.sleep(0.5)
            screenshot(display, "05-printed-to-pdf")
            if shutil.which("pdftotext"):
                newest = max(printed.glob("receipt-*.pdf"), key=lambda path: path.stat().st_mtime)
                text = subprocess.run(["pdftotext", str(newest), "-"], capture_output=True, text=True).stdout
                assert row["redemption_id"] in text and "POINTS REDEMPTION" in text
            assert app.poll() is None, "the app must still be running"
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()


class Shift:
    """``pos-app --demo`` on a display, driven by a scanner (fast keys) and a cashier (slow ones)."""

    def __init__(self, display: str, home: str, size: str) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        self.display, self.size = display, size
        self.app = subprocess.Popen(
            [sys.executable, "-m", "pos_app", "--home", home, "--demo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.app.stdout.readline() if self.app.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, f"no simulator address in {line!r}"
        self.url = found.group(0)
        window = xdotool(display, "search", "--sync", "--name", "Loyalty redemption")
        xdotool(display, "windowactivate", "--sync", window.splitlines()[0])
        wait_for(lambda: window_whole(self.url), timeout=30)
        time.sleep(0.5)

    def scan(self, text: str) -> None:
        xdotool(self.display, "type", "--delay", "4", text)
        xdotool(self.display, "key", "Return")

    def type(self, text: str, enter: bool = True) -> None:
        xdotool(self.display, "type", "--delay", "120", text)
        if enter:
            xdotool(self.display, "key", "Return")

    def key(self, *keys: str) -> None:
        xdotool(self.display, "key", *keys)

    def shot(self, name: str) -> Path:
        time.sleep(0.6)
        return screenshot(self.display, f"shift-{self.size}-{name}")

    def otp(self, mobile: str) -> str:
        answer = requests.get(f"{self.url}/__sim/otp", params={"mobile": mobile}, timeout=5)
        return str(answer.json().get("otp") or "") if answer.ok else ""

    def ledger(self) -> list[dict]:
        return list(requests.get(f"{self.url}/__sim/ledger", timeout=5).json()["redemptions"])

    def fault(self, **spec: object) -> None:
        requests.post(f"{self.url}/__sim/faults", json=spec, timeout=5).raise_for_status()

    def mend(self) -> None:
        requests.delete(f"{self.url}/__sim/faults", timeout=5).raise_for_status()

    def close(self) -> None:
        self.app.terminate()
        try:
            self.app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.app.kill()


def read_text(shot: Path, status_bar: bool = False) -> str:
    """What a person reads on the screenshot (tesseract), for the words that matter; ``status_bar``:
    the bottom strip alone, enlarged (its small type is lost in a whole screen)."""
    if shutil.which("tesseract") is None or shutil.which("convert") is None:
        pytest.skip("needs tesseract and ImageMagick to read the screen")
    image = shot
    if status_bar:
        image = shot.with_name(shot.stem + "-status.png")
        size = subprocess.run(["identify", "-format", "%w %h", str(shot)], capture_output=True, text=True, check=True)
        width, height = (int(n) for n in size.stdout.split())
        strip = f"{width}x40+0+{height - 40}"
        subprocess.run(["convert", str(shot), "-crop", strip, "-resize", "200%", str(image)], check=True, timeout=60)
    done = subprocess.run(["tesseract", str(image), "-", "--psm", "11"], capture_output=True, text=True, timeout=60)
    if image != shot:
        image.unlink()
    return " ".join(done.stdout.split())


def offline_flag_shown(shot: Path) -> bool:
    """The status bar's OFFLINE flag is white on red (#b00020): is that red in the bottom strip?"""
    size = subprocess.run(["identify", "-format", "%w %h", str(shot)], capture_output=True, text=True, check=True)
    width, height = (int(n) for n in size.stdout.split())
    share = subprocess.run(
        ["convert", str(shot), "-crop", f"{width}x40+0+{height - 40}", "-fuzz", "8%", "-fill", "black",
         "+opaque", "#b00020", "-fill", "white", "-opaque", "#b00020", "-format", "%[fx:mean]", "info:"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return float(share.stdout) > 0.005


ASHA, VIKRAM = "919777788221", "919777785205"


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_a_whole_shift_as_a_scanner_and_a_keyboard_drive_it(tmp_path, size: str) -> None:
    width, height = (int(n) for n in size.split("x"))
    with virtual_display(width, height) as display:
        shift = Shift(display, str(tmp_path / "home"), size)
        try:
            shift.shot("01-start")
            geometry = xdotool(display, "getactivewindow", "getwindowgeometry", "--shell")
            shown = dict(line.split("=", 1) for line in geometry.splitlines())
            assert int(shown["WIDTH"]) >= width * 0.95 and int(shown["HEIGHT"]) >= height * 0.85  # maximized
            # 1. A card scanned; the bill typed; Max within the org's rules (at most 200 at once).
            shift.scan("CARD0001")
            time.sleep(1.5)
            shift.type("S-1001")
            shift.key("F6")
            shown = shift.shot("02-customer-max")
            assert "200" in read_text(shown)
            shift.key("F5")
            wait_for(lambda: bool(shift.otp(ASHA)))
            # 2. A wrong code, typed as a person types: said on the screen, the field ready for the next.
            real = shift.otp(ASHA)
            shift.type("000000" if real != "000000" else "111111")
            wrong = shift.shot("03-wrong-code")
            assert "wrong" in read_text(wrong).lower()
            shift.scan(real)  # as fast as a scanner: kept in the field, not sent (it may be the next card)
            held = shift.shot("03b-fast-code-held")
            assert "not sent" in read_text(held).lower() and shift.ledger() == []
            shift.key("F9")  # it was the code
            wait_for(lambda: len(shift.ledger()) == 1)
            shift.shot("04-done")
            assert shift.ledger()[0]["points_redeemed"] == "200"
            # 3. The next customer's card scanned on the done screen, no F12; amount mode by key.
            shift.scan("CARD0002")
            time.sleep(1.5)
            shift.type("S-1002")
            shift.key("F3")
            shift.type("10.00")
            wait_for(lambda: bool(shift.otp(VIKRAM)))
            shift.type(shift.otp(VIKRAM))  # as a person types it
            wait_for(lambda: len(shift.ledger()) == 2)
            assert shift.ledger()[1]["points_redeemed"] == "40"  # 10.00 at 0.25 a point
            shift.shot("05-amount-done")
            # 4. A 5 s answer: the screen shows it is busy and takes no second submit.
            shift.key("F12")
            shift.scan("CARD0001")
            time.sleep(1.5)
            shift.type("S-1003")
            shift.type("50")
            time.sleep(2.0)  # the check and the code (the same code again, while it is valid)
            shift.fault(endpoint="/v1.1/points/redeem", kind="latency", ms=5000, count=1)
            shift.type(shift.otp(ASHA))  # as a person types it
            time.sleep(1.0)
            shift.key("F9")  # a second submit while the first waits
            busy = shift.shot("06-slow-redeem-busy")
            assert "Redeeming" in read_text(busy)
            wait_for(lambda: len(shift.ledger()) == 3, timeout=20)
            time.sleep(1.0)
            assert len(shift.ledger()) == 3
            # 5. The network drops: the answer is lost after the redemption was applied.
            shift.scan("CARD0002")
            time.sleep(1.5)
            shift.type("S-1004")
            shift.type("20")
            wait_for(lambda: bool(shift.otp(VIKRAM)))
            shift.fault(endpoint="*", kind="reset", count=None)
            shift.type(shift.otp(VIKRAM))  # as a person types it
            time.sleep(6)
            offline = shift.shot("07-network-down-pending")
            assert "PENDING" in read_text(offline) and offline_flag_shown(offline)
            # 6. The network returns: the flag says so within a probe, and the queue empties.
            shift.mend()
            back = time.monotonic()
            wait_for(lambda: not offline_flag_shown(shift.shot("08-back-online")), timeout=30)
            assert "online" in read_text(shift.shot("08-back-online"), status_bar=True)
            came_back_s = time.monotonic() - back
            shift.key("F8")  # send what waits now
            wait_for(lambda: "Pending: 0" in read_text(shift.shot("09-queue-sent"), status_bar=True), timeout=30)
            assert len(shift.ledger()) == 4
            print(f"{size}: the window said online again {came_back_s:.1f} s after the network returned")
            assert shift.app.poll() is None, "the app must still be running"
        finally:
            shift.close()
