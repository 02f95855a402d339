"""``pos-app self-test``: can this till work? One line per check, non-zero if any failed."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import Any

from pos_app import __version__
from pos_app.cli import exits
from pos_app.cli.output import emit
from pos_app.core.app_context import AppContext
from pos_app.core.self_check import Check, checks_without_qt

QT_TIMEOUT_S = 60


def own_command() -> list[str]:
    """How to start this program again: the bundle's executable, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "pos_app"]


def no_display() -> bool:
    """Linux with no screen to open a window on (a manager on SSH) and no Qt platform asked for."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


def qt_check(home: str | None) -> Check:
    """Qt in a child process: a missing display or library ends Qt's process, not this one."""
    if no_display():  # not a fault of the till: the window is checked where it is shown
        return Check("qt", None, "no display: the window is not checked; run it on the till's screen")
    command = [*own_command(), *(["--home", home] if home else []), "self-test", "--qt-only"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=QT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return Check("qt", False, f"Qt did not start within {QT_TIMEOUT_S} s")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return Check("qt", False, f"Qt could not start a window: {last}")
    return Check("qt", True, done.stdout.strip())


def start_qt() -> int:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.show()
    app.processEvents()
    window.close()
    print(f"Qt {qVersion()} started a window (platform {app.platformName()})")
    return exits.OK


def self_test(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.qt_only:
        return start_qt()
    data = self_test_report(args.home, ctx)
    failed = [check for check in data["checks"] if check["verdict"] == "FAILED"]
    lines = [f"pos-app {__version__}"]
    lines += [f"{check['verdict']:<6} {check['name']:<12}{check['detail']}" for check in data["checks"]]
    lines.append(f"{len(failed)} of {len(data['checks'])} checks failed" if failed else "all checks passed")
    emit(args.json, data, lines)
    return exits.ERROR if failed else exits.OK


def self_test_report(home: str | None, ctx: AppContext) -> dict[str, Any]:
    """What ``self-test --json`` prints (also put in a support bundle)."""
    checks = [qt_check(home), *checks_without_qt(ctx)]
    return {
        "version": __version__,
        "checks": [{"name": c.name, "verdict": c.verdict, "detail": c.detail} for c in checks],
        "passed": not any(check.ok is False for check in checks),
    }


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "self-test",
        parents=[common],
        help="check Qt, the settings, the keyring, the data folder, the credentials, the host and the printer",
        description="One line per check with its verdict (ok, FAILED, n/a, or skipped when what it needs failed); "
        "exits 1 if any check failed.",
    )
    p.add_argument("--qt-only", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=self_test)
