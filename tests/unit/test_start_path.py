"""Opening the window takes the short way: no command parsers, no client, no simulator yet."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pos_app.cli import main, window_only


def test_window_options_alone_open_the_window() -> None:
    args = window_only(["--home", "/tmp/x", "--demo"])
    assert args is not None and args.command is None and args.demo and args.home == "/tmp/x" and not args.kiosk


@pytest.mark.parametrize(
    "argv", [["--home", "/tmp/x", "queue", "list"], ["--version"], ["-h"], ["--home"], ["--demo", "--bogus"]]
)
def test_anything_else_goes_to_the_full_parser(argv: list[str], capsys) -> None:
    assert window_only(argv) is None
    assert capsys.readouterr().err == ""  # the full parser is the one that explains a mistake


def test_a_mistake_next_to_window_options_is_still_reported(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--demo", "--bogus"])
    assert stopped.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_the_window_modules_leave_the_client_and_the_simulator_for_later() -> None:
    probe = (
        "import sys; import pos_app.cli, pos_app.gui.app, pos_app.gui.main_window, pos_app.gui.demo;"
        "print(sorted(m for m in ('pos_app.core.capillary.transport', 'requests', 'urllib3', 'phonenumbers',"
        " 'pos_app.sim.server', 'importlib.metadata', 'PySide6.QtPrintSupport') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
