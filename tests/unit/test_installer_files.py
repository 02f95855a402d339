"""The installer's OS files say what the app relies on: checked by parsing them, not by eye."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib

import pytest

from pos_app.cli import exits
from tests.conftest import REPO

LINUX = REPO / "installer" / "linux"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read(LINUX / name)
    return parser


def test_kiosk_service_restarts_except_after_a_supervisor_left() -> None:
    service = unit("pos-app-kiosk.service")["Service"]
    assert service["Restart"] == "always"
    assert service["ExecStart"].endswith("pos-app --kiosk")
    assert service["RestartPreventExitStatus"] == str(exits.KIOSK_LEFT)


def test_desktop_entries_point_at_the_installed_program() -> None:
    menu = unit("pos-app.desktop")["Desktop Entry"]
    assert menu["Exec"] == "/opt/pos-app/pos-app" and menu["Icon"] == "pos-app"
    assert unit("pos-app.desktop")["Desktop Action Kiosk"]["Exec"].endswith("--kiosk")
    session = unit("pos-app-kiosk.desktop")["Desktop Entry"]
    assert session["Type"] == "XSession" and session["Exec"] == "/usr/local/bin/pos-app-kiosk-session"


@pytest.mark.parametrize("script", ["pos-app-kiosk-session", "install.sh", "install-kiosk.sh", "../build.sh"])
def test_shell_scripts_parse(script: str) -> None:
    shell = "sh" if script == "pos-app-kiosk-session" else "bash"
    assert subprocess.run([shell, "-n", str(LINUX / script)], capture_output=True).returncode == 0


def test_installers_and_spec_name_the_same_program() -> None:
    name = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["name"]
    spec = (REPO / "installer" / "pos_app.spec").read_text()
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert '(str(ROOT / "resources"), "pos_app/_resources")' in spec  # where pos_app.resources looks
    iss = (REPO / "installer" / "windows" / "pos-app.iss").read_text()
    assert f"{{app}}\\{name}.exe" in iss and 'Parameters: "--kiosk"' in iss
    assert "MB_DEFBUTTON2" in iss  # keeping the till's data is the default answer


def test_kiosk_session_starts_the_window_manager_and_the_service() -> None:
    text = (LINUX / "pos-app-kiosk-session").read_text()
    assert shutil.which("sh") and "openbox" in text and "systemctl --user start pos-app-kiosk.service" in text
