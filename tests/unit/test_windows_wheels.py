"""installer/check_windows_wheels.py against a folder of made-up wheels (no index): a package
without a Windows wheel is named, also when only Windows asks for it, and pure Python passes."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO

SCRIPT = REPO / "installer" / "check_windows_wheels.py"


def make_wheel(folder: Path, name: str, tag: str, requires: tuple[str, ...] = ()) -> None:
    info = f"{name}-1.0.dist-info"
    metadata = "\n".join(["Metadata-Version: 2.1", f"Name: {name}", "Version: 1.0", *requires]) + "\n"
    with zipfile.ZipFile(folder / f"{name}-1.0-{tag}.whl", "w") as wheel:
        wheel.writestr(f"{name}/__init__.py", "")
        wheel.writestr(f"{info}/METADATA", metadata)
        wheel.writestr(f"{info}/WHEEL", f"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: {tag}\n")
        wheel.writestr(f"{info}/RECORD", "")


def check(folder: Path, *requirements: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(folder), "PIP_CONSTRAINT": ""}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *requirements], capture_output=True, text=True, env=env, timeout=120
    )


def test_pure_python_and_windows_builds_pass(tmp_path: Path) -> None:
    make_wheel(tmp_path, "purepkg", "py3-none-any", ('Requires-Dist: winbuilt; sys_platform == "win32"',))
    make_wheel(tmp_path, "winbuilt", "cp311-cp311-win_amd64")
    done = check(tmp_path, "purepkg")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 packages" in done.stdout and "(pure Python)" in done.stdout and "(built for Windows)" in done.stdout


def test_a_package_built_only_for_linux_is_named(tmp_path: Path) -> None:
    make_wheel(tmp_path, "linuxonly", "cp311-cp311-manylinux_2_17_x86_64")
    done = check(tmp_path, "linuxonly>=0.5")
    assert done.returncode == 1
    assert "FAILED: linuxonly>=0.5 has no wheel for win_amd64 and CPython 3.11" in done.stderr
    assert "a Windows build would fail" in done.stderr


def test_a_windows_only_requirement_is_checked_too(tmp_path: Path) -> None:
    # pip judges this marker on the machine it runs on (Linux) and would not ask for it
    make_wheel(tmp_path, "purepkg", "py3-none-any", ('Requires-Dist: winonly; platform_system == "Windows"',))
    make_wheel(tmp_path, "winonly", "cp311-cp311-manylinux_2_17_x86_64")
    done = check(tmp_path, "purepkg")
    assert done.returncode == 1 and "FAILED: winonly has no wheel for win_amd64" in done.stderr
