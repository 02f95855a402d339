"""Does every runtime dependency, at the versions pyproject.toml allows, have a Windows wheel?

    python installer/check_windows_wheels.py [--python-version 3.11] [--platform win_amd64] [REQUIREMENT ...]

A Windows build (installer/build.ps1) installs from wheels only: a dependency without one for
Windows and the supported Python would break it on the day a store needs it. This asks pip for
the wheels a Windows till would get (``pip download --only-binary=:all: --platform ...`` into a
scratch folder; nothing is installed), then reads each wheel's own requirements as Windows would
(pip judges ``sys_platform == "win32"`` markers by the machine it runs on, so a Windows-only
dependency such as keyring's pywin32-ctypes is asked for in a second round; the Linux-only
ones it fetches must have a Windows wheel too, which is stricter than needed). Pure-Python
packages count: their ``py3-none-any`` wheels install on Windows too. pip's cache keeps a second
run quick; pip's own settings (index, ``PIP_NO_INDEX``, ``PIP_FIND_LINKS``) apply. Exit 0 when
every package has its wheel, 1 naming the one that has none.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
MISSING = re.compile(
    r"(?:No matching distribution found for|Could not find a version that satisfies the requirement) (\S+)"
)
UNREACHABLE = ("NewConnectionError", "Max retries exceeded", "Temporary failure in name resolution", "timed out")


def windows_environment(python_version: str) -> dict[str, str]:
    """What packaging's markers see on a 64-bit Windows with that CPython."""
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{python_version}.0",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "platform_python_implementation": "CPython",
        "platform_release": "10",
        "platform_system": "Windows",
        "platform_version": "10.0.19045",
        "python_full_version": f"{python_version}.0",
        "python_version": python_version,
        "sys_platform": "win32",
        "extra": "",
    }


def runtime_requirements() -> list[str]:
    return list(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"])


def download(requirements: list[str], dest: Path, platform: str, python_version: str) -> None:
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--only-binary=:all:", "--platform", platform, "--python-version", python_version,
        "--implementation", "cp", "--dest", str(dest), *requirements,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode == 0:
        return
    said = done.stderr.strip() or done.stdout.strip()
    missing = MISSING.search(said)
    if missing:
        raise SystemExit(
            f"FAILED: {missing.group(1)} has no wheel for {platform} and CPython {python_version} at the versions "
            f"allowed (asked for: {', '.join(requirements)}); a Windows build would fail. Pin a version "
            f"that has one, or replace the package.\npip said:\n{said[-1500:]}"
        )
    if any(sign in said for sign in UNREACHABLE):
        raise SystemExit(f"FAILED: the package index could not be reached, so nothing was checked.\n{said[-800:]}")
    raise SystemExit(f"FAILED: pip download exited {done.returncode}:\n{said[-1500:]}")


def wheels(dest: Path) -> dict[str, Path]:
    return {str(canonicalize_name(parse_wheel_filename(p.name)[0])): p for p in dest.glob("*.whl")}


def windows_only_requirements(found: dict[str, Path], python_version: str) -> list[str]:
    """Requirements of the wheels found that apply on Windows but were not fetched."""
    environment = windows_environment(python_version)
    wanted: list[str] = []
    for wheel in found.values():
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            metadata = archive.read(name).decode("utf-8", errors="replace")
        for line in metadata.splitlines():
            if not line.startswith("Requires-Dist:"):
                continue
            requirement = Requirement(line.removeprefix("Requires-Dist:").strip())
            applies = requirement.marker is None or Marker(str(requirement.marker)).evaluate(environment)
            if applies and str(canonicalize_name(requirement.name)) not in found:
                wanted.append(str(requirement).split(";")[0].strip())
    return sorted(set(wanted))


def kind(wheel: Path) -> str:
    tags = parse_wheel_filename(wheel.name)[3]
    return "pure Python" if all(tag.platform == "any" for tag in tags) else "built for Windows"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", default="win_amd64")
    parser.add_argument("--python-version", default="3.11", help="the oldest Python pyproject.toml supports")
    parser.add_argument("requirements", nargs="*", help="instead of pyproject.toml's dependencies")
    args = parser.parse_args()
    started = time.monotonic()
    requirements = args.requirements or runtime_requirements()
    with tempfile.TemporaryDirectory(prefix="pos-app-windows-wheels-") as scratch:
        dest = Path(scratch)
        download(requirements, dest, args.platform, args.python_version)
        for _ in range(5):  # each round may bring wheels with Windows-only requirements of their own
            extra = windows_only_requirements(wheels(dest), args.python_version)
            if not extra:
                break
            download(extra, dest, args.platform, args.python_version)
        found = wheels(dest)
        lines = [f"  {name:28} {wheel.name}  ({kind(wheel)})" for name, wheel in sorted(found.items())]
    print(
        f"ok: every runtime dependency has a wheel for {args.platform} and CPython {args.python_version}: "
        f"{len(found)} packages in {time.monotonic() - started:.0f} s"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
