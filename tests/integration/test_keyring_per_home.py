"""Secrets belong to their app home: a scratch home (--home / POS_APP_HOME) never reads or
changes the till's own PIN or credentials, and the till's own home keeps the entry names it
always had, so credentials stored before still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.integration.test_secret_service import POS, clean_env, in_keyring_session, require_secret_service

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def run(tmp_path: Path, home: Path | None, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``pos-app`` in ``home``, or (None) in the OS's own folders of a user whose HOME is in tmp_path."""
    env = {k: v for k, v in os.environ.items() if k not in ("POS_APP_HOME", *XDG)}
    env.update(PYTHONPATH=str(REPO), HOME=str(tmp_path / "user"))
    if home is not None:
        env["POS_APP_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "pos_app", *args], input=stdin, env=env, capture_output=True, text=True, timeout=60
    )


def set_pin(tmp_path: Path, home: Path | None, stdin: str) -> subprocess.CompletedProcess[str]:
    return run(tmp_path, home, "supervisor", "set-pin", "--pin-stdin", stdin=stdin)


def test_a_pin_set_under_a_scratch_home_is_not_asked_for_under_the_tills_own_and_back(tmp_path: Path) -> None:
    (tmp_path / "user").mkdir()
    scratch = tmp_path / "scratch"
    assert set_pin(tmp_path, scratch, "4321\n").returncode == 0
    # The till's own home has no PIN yet: setting one asks for no current PIN (one line is enough).
    own = set_pin(tmp_path, None, "1357\n")
    assert own.returncode == 0, own.stderr
    # And the scratch home's PIN is still its own: changing it takes 4321, not the till's 1357.
    assert set_pin(tmp_path, scratch, "1357\n2468\n").returncode != 0
    assert set_pin(tmp_path, scratch, "4321\n2468\n").returncode == 0
    assert set_pin(tmp_path, None, "1357\n9753\n").returncode == 0  # the till's own, untouched by either
    stored = json.loads((tmp_path / "keyring.json").read_text())
    assert "pos-app/supervisor-pin-hash" in stored  # the till's own entry keeps its old name
    assert f"pos-app@{scratch.resolve()}/supervisor-pin-hash" in stored


def test_credentials_stored_before_still_work_in_the_tills_own_home_and_a_scratch_home_sees_none(
    tmp_path: Path,
) -> None:
    (tmp_path / "user").mkdir()
    keyring = tmp_path / "keyring.json"  # as an earlier version left it: the plain service name
    keyring.write_text(json.dumps({"pos-app/till-password:demo.till": "demo"}))
    assert run(tmp_path, None, "config", "set", "till", "demo.till").returncode == 0
    own = run(tmp_path, None, "credentials", "status", "--json")
    assert own.returncode == 0 and json.loads(own.stdout)["till_password_stored"] is True
    scratch = tmp_path / "scratch"
    assert run(tmp_path, scratch, "config", "set", "till", "demo.till").returncode == 0
    other = json.loads(run(tmp_path, scratch, "credentials", "status", "--json").stdout)
    assert other["till_password_stored"] is False and other["keyring_service"] == f"pos-app@{scratch.resolve()}"
    assert run(tmp_path, scratch, "credentials", "clear").returncode == 0
    assert json.loads(keyring.read_text()) == {"pos-app/till-password:demo.till": "demo"}  # the till's survive


def test_homes_keep_their_own_pins_in_gnome_keyring(tmp_path: Path) -> None:
    require_secret_service()
    scratch = tmp_path / "till"
    (scratch / "user").mkdir(parents=True)
    own = f"env -u POS_APP_HOME {POS}"  # the same user's own home (its HOME is in tmp_path)
    script = f"""
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
printf '4321\\n' | {POS} supervisor set-pin --pin-stdin; echo "scratch set $?"
printf '1357\\n' | {own} supervisor set-pin --pin-stdin; echo "own set without the scratch PIN $?"
printf '1357\\n2468\\n' | {POS} supervisor set-pin --pin-stdin; echo "scratch with the own PIN $?"
printf '4321\\n2468\\n' | {POS} supervisor set-pin --pin-stdin; echo "scratch with its PIN $?"
printf '1357\\n9753\\n' | {own} supervisor set-pin --pin-stdin; echo "own with its PIN $?"
"""
    env = clean_env(scratch)
    assert env["HOME"] == str(scratch / "user")
    done = in_keyring_session(script, scratch)
    out = done.stdout + done.stderr
    assert "scratch set 0" in out and "own set without the scratch PIN 0" in out, out
    assert "scratch with the own PIN 0" not in out and "scratch with its PIN 0" in out, out
    assert "own with its PIN 0" in out, out
