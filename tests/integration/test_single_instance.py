"""One window per app home: a second start brings the first forward; a kiosk needs its PIN."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from pos_app.core.paths import app_paths
from pos_app.gui.single_instance import LOCK_NAME, hold_window_lock, holder_of
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


def test_two_starts_at_the_same_moment_open_one_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    starts = [start(home, "--demo"), start(home, "--demo")]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and all(s.poll() is None for s in starts):
            time.sleep(0.1)
        left = [s for s in starts if s.poll() is not None]
        assert len(left) == 1, "one of the two must have stepped aside"
        out, _err = left[0].communicate(timeout=10)
        assert left[0].returncode == 0 and "already running" in out
        time.sleep(0.5)
        assert sum(s.poll() is None for s in starts) == 1, "the other keeps its window"
    finally:
        for s in starts:
            stop(s)


def test_a_start_after_a_crash_takes_the_lock_over(tmp_path: Path) -> None:
    home = tmp_path / "home"
    crashed = start(home, "--demo")
    assert "simulator on" in (crashed.stdout.readline() if crashed.stdout else "")
    stop(crashed)  # killed: its lock file stays behind, naming a process that is gone
    assert (app_paths(home).data_dir / LOCK_NAME).exists()
    again = start(home, "--demo")
    try:
        assert "simulator on" in (again.stdout.readline() if again.stdout else "")
        time.sleep(1.0)
        assert again.poll() is None, "a dead start's lock must not keep the till closed"
    finally:
        stop(again)


def test_a_start_whose_first_does_not_answer_says_which_process_holds_the_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    held = hold_window_lock(app_paths(home).data_dir)  # this process: alive, but never listening
    assert held is not None
    try:
        assert hold_window_lock(app_paths(home).data_dir) is None
        assert holder_of(app_paths(home).data_dir) == os.getpid()
        second = start(home, "--demo")
        try:
            refusal = ""
            for _ in range(20):  # Qt may warn first
                line = second.stderr.readline() if second.stderr else ""
                if "does not answer" in line:
                    refusal = line
                    break
            assert f"(process {os.getpid()})" in refusal and f"end process {os.getpid()}" in refusal
        finally:
            stop(second)
    finally:
        held.unlock()
    assert isinstance(hold_window_lock(app_paths(home).data_dir), QLockFile), "free again once unlocked"


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
