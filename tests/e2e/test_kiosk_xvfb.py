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
    "kiosk-02-mobile-on-keypad",
    "kiosk-03-balance-and-points",
    "kiosk-04-value-and-verification",
    "kiosk-05-code",
    "kiosk-06-confirmation",
    "kiosk-07-still-there",
    "kiosk-08-supervisor-pin",
    "kiosk-09-staff-menu",
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
    assert by_name["reference"]["text"].startswith("Reference ")
    assert by_name["alt-f4"]["ok"], "Alt+F4 closed the kiosk"
    assert by_name["left"]["exit_code"] == 10  # systemd's RestartPreventExitStatus keeps it closed
    for name in SCREENS:
        assert (OUTPUT / f"{name}.png").stat().st_size > 5_000, name
