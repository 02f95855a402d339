"""``pos-app --demo`` as a real window under Xvfb, typed into as a scanner and a cashier would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
import requests

from tests.conftest import REPO
from tests.e2e.xvfb import screenshot, virtual_display, xdotool

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def wait_for(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_demo_redemption_scanned_and_typed_in_a_real_window(tmp_path) -> None:
    with virtual_display() as display:
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
            time.sleep(0.8)
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
