"""``--kiosk --demo`` as a real full-screen window under Xvfb, touched by X pointer clicks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.e2e.xvfb import OUTPUT, virtual_display

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

SCREENS = [
    "kiosk-01-attract",
    "kiosk-02-scanned-card",
    "kiosk-03-mobile-on-keypad",
    "kiosk-04-rule-refused",
    "kiosk-05-balance-and-points",
    "kiosk-06-value-and-verification",
    "kiosk-07-code",
    "kiosk-08-confirmation",
    "kiosk-09-missed-call-number",
    "kiosk-10-still-there",
    "kiosk-11-supervisor-pin",
    "kiosk-12-staff-menu",
    "kiosk-13-queue-inside-the-kiosk",
]


def test_kiosk_redemption_by_pointer_clicks_with_a_screenshot_of_every_screen(tmp_path) -> None:
    for name in SCREENS:
        (OUTPUT / f"{name}.png").unlink(missing_ok=True)
    with virtual_display(1024, 768) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, str(REPO / "tests/e2e/kiosk_driver.py"), "--home", str(tmp_path), "--out", str(OUTPUT)],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
    steps = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, f"{steps[-1:]}\n{done.stderr[-2000:]}"
    by_name = {step["step"]: step for step in steps}
    assert by_name["reference"]["text"].startswith("Redemption id ")  # as the slip beside it says
    assert by_name["phone-visible"]["ok"], "the demo phone is not on the screen"
    assert by_name["all-my-points"]["text"] == "200"  # the most one redemption may take, not the balance
    assert by_name["refusal"]["ok"], "the keypad moved when the refusal appeared"
    assert by_name["refusal"]["text"] == "You can use at most 200 points at a time. Choose 200 or fewer."
    assert by_name["phone-forgot"]["ok"], by_name["phone-forgot"]["text"]
    assert by_name["missed-call-number"]["text"] == "+91 80 4718 2200"
    assert by_name["queue-inside"]["ok"], "the queue opened as a window of its own"
    assert by_name["alt-f4"]["ok"], "Alt+F4 closed the kiosk"
    assert by_name["left"]["exit_code"] == 10  # systemd's RestartPreventExitStatus keeps it closed
    for name in SCREENS:
        assert (OUTPUT / f"{name}.png").stat().st_size > 5_000, name
