"""A real X display for end-to-end tests: Xvfb, a small window manager, xdotool, screenshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("Xvfb", "openbox", "xdotool", "import")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


def require_tools() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing on CI: {missing} (tests/run.sh installs them)")
        pytest.skip(f"needs {missing}")


@contextmanager
def virtual_display(width: int = 1024, height: int = 768) -> Iterator[str]:
    require_tools()
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = ":" + pipe.readline().strip()
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield display
    finally:
        wm.terminate()
        xvfb.terminate()
        for process in (wm, xvfb):
            process.wait(timeout=10)


def xdotool(display: str, *args: str, timeout: float = 20) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout.strip()


def screenshot(display: str, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    subprocess.run(
        ["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": display}, check=True, timeout=30
    )
    return path
