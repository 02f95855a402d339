"""One window per app home: a second start brings the first forward; a kiosk needs its PIN."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pos_app.core.paths import app_paths
from tests.conftest import REPO


def start(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "pos_app", "--home", str(home), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait(timeout=10)


def test_a_second_start_brings_the_first_forward_and_exits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = start(home, "--kiosk", "--demo")
    try:
        assert "supervisor PIN" in (first.stdout.readline() if first.stdout else "")
        time.sleep(1.0)  # the window is up and listening
        second = start(home, "--kiosk", "--demo")
        out, _err = second.communicate(timeout=60)
        assert second.returncode == 0 and "already running" in out
        log = app_paths(home).log_file
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "brought forward" not in log.read_text():
            time.sleep(0.1)
        assert "brought forward" in log.read_text()
        assert first.poll() is None, "the first start must still be running"
    finally:
        stop(first)


def test_a_start_in_another_home_is_not_blocked(tmp_path: Path) -> None:
    first = start(tmp_path / "a", "--demo")
    try:
        assert "simulator on" in (first.stdout.readline() if first.stdout else "")
        second = start(tmp_path / "b", "--demo")
        try:
            assert "simulator on" in (second.stdout.readline() if second.stdout else "")
            assert second.poll() is None
        finally:
            stop(second)
    finally:
        stop(first)


def test_kiosk_mode_refuses_to_start_without_a_supervisor_pin(tmp_path: Path) -> None:
    kiosk = start(tmp_path / "home", "--kiosk")
    try:
        refusal = ""
        for _ in range(20):  # Qt may warn first
            line = kiosk.stderr.readline() if kiosk.stderr else ""
            if "Kiosk mode needs a supervisor PIN" in line:
                refusal = line
                break
        assert "pos-app supervisor set-pin" in refusal
    finally:
        stop(kiosk)
