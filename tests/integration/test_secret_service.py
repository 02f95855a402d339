"""Till credentials in a real Secret Service (gnome-keyring in a private D-Bus session), and the
refusal to store them anywhere when there is no secure keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SimAdmin

PASSWORD = "demo"  # the simulator's demo till password
NEEDED = ("dbus-run-session", "gnome-keyring-daemon")


def require_secret_service() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing on CI: {missing} (tests/run.sh installs them)")
        pytest.skip(f"needs {missing}")


def clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "POS_APP_TEST_KEYRING")
    }
    return {**env, "POS_APP_HOME": str(home), "PYTHONPATH": str(REPO), "HOME": str(home / "user")}


POS = f"{sys.executable} -m pos_app"


def stored_credentials_script(sim: SimAdmin) -> str:
    """A fresh keyring unlocked with a password, the host set and the till's password stored."""
    return f"""
set -e
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
{POS} config set host {sim.url}
printf '{PASSWORD}\\n' | {POS} credentials set --till demo.till --password-stdin
"""


def in_keyring_session(script: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``script`` in a private D-Bus session of its own (a keyring daemon starts in it)."""
    return subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def files_containing(root: Path, secret: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret in p.read_bytes()]


def test_round_trip_through_gnome_keyring(sim: SimAdmin, tmp_path: Path) -> None:
    require_secret_service()
    home = tmp_path / "till"
    (home / "user").mkdir(parents=True)
    script = (
        stored_credentials_script(sim)
        + f"""
{POS} credentials status --json
{POS} lookup --card CARD0001
"""
    )
    done = in_keyring_session(script, home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SecretService" in done.stdout and '"till_password_stored": true' in done.stdout
    assert "Asha Rao" in done.stdout  # the stored password authenticated the lookup
    secret = f"demo.till:{PASSWORD}".encode()
    assert files_containing(home, PASSWORD.encode() + b"\n") == [] and files_containing(home, secret) == []
    settings = (home / "config" / "settings.toml").read_text()
    assert 'till = "demo.till"' in settings and "password" not in settings


def test_no_secure_keyring_refuses_and_stores_nothing(tmp_path: Path) -> None:
    home = tmp_path / "till"
    (home / "user").mkdir(parents=True)
    env = clean_env(home)
    done = subprocess.run(
        [sys.executable, "-m", "pos_app", "credentials", "set", "--till", "demo.till", "--password-stdin"],
        input="hunter2-secret\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "No secure keyring" in done.stderr and "never stored in plain text" in done.stderr
    assert files_containing(home, b"hunter2-secret") == []
    assert files_containing(tmp_path, b"hunter2-secret") == []


def test_a_locked_keyring_is_said_plainly_not_as_a_crash(sim: SimAdmin, tmp_path: Path) -> None:
    """A till that logs in by itself may meet its keyring locked: every command says so and what
    to do, and self-test fails the keyring check."""
    require_secret_service()
    home = tmp_path / "till"
    (home / "user").mkdir(parents=True)
    assert in_keyring_session(stored_credentials_script(sim), home).returncode == 0
    locked = f"""
gnome-keyring-daemon --components=secrets --daemonize >/dev/null  # the login keyring, not unlocked
{POS} lookup --card CARD0001; echo "lookup exit $?"
printf 'x\\n' | {POS} credentials set --till demo.till --password-stdin; echo "set exit $?"
{POS} self-test; echo "self-test exit $?"
"""
    done = in_keyring_session(locked, home)
    out = done.stdout + done.stderr
    assert "Traceback" not in out, out
    assert "lookup exit 1" in out and "set exit 1" in out and "self-test exit 1" in out, out
    assert out.count("The keyring is locked") >= 3, out
    keyring_line = next(line for line in done.stdout.splitlines() if line.split()[1:2] == ["keyring"])
    assert keyring_line.startswith("FAILED") and "locked" in keyring_line
