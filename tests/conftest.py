"""Shared fixtures. Tests never touch the real config, data or keyring."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from pos_app.sim.data import DEMO_PASSWORD, DEMO_TILL, load_data
from pos_app.sim.server import SimServer

REPO = Path(__file__).resolve().parent.parent
# Widget tests run offscreen unless a test starts a real X server itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEST_KEYRING = "tests.support.file_keyring.TestFileKeyring"


@pytest.fixture(autouse=True, scope="session")
def _collect_only_on_the_main_thread() -> Iterator[None]:
    """As in the app (pos_app.gui.gc_guard): Python's cyclic GC running in a worker thread may
    delete a Qt object there and crash Qt, so it runs only here, between tests."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app home and its own keyring file."""
    home = tmp_path / "pos-home"
    monkeypatch.setenv("POS_APP_HOME", str(home))
    monkeypatch.setenv("POS_APP_SITE_CONFIG", str(tmp_path / "machine-wide.toml"))  # none unless a test writes it
    monkeypatch.setenv("POS_APP_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", TEST_KEYRING)
    monkeypatch.setenv("LANGUAGE", "en")  # the words and money the tests expect, whatever the host's LANG
    return home


@pytest.fixture
def app_home(_isolated_home: Path) -> Path:
    return _isolated_home


class SimAdmin:
    """The simulator's ``/__sim/`` side, as a test uses it."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self.url = server.url
        self.http = requests.Session()

    def otp(self, mobile: str) -> str:
        response = self.http.get(f"{self.url}/__sim/otp", params={"mobile": mobile}, timeout=5)
        response.raise_for_status()
        return str(response.json()["otp"])

    def missed_call(self, mobile: str) -> None:
        self.http.post(f"{self.url}/__sim/missed-call", params={"mobile": mobile}, timeout=5).raise_for_status()

    def ledger(self) -> list[dict[str, Any]]:
        return list(self.http.get(f"{self.url}/__sim/ledger", timeout=5).json()["redemptions"])

    def fault(self, endpoint: str, kind: str, count: int | None = 1, **extra: Any) -> None:
        spec = {"endpoint": endpoint, "kind": kind, **extra}
        if count is not None:
            spec["count"] = count
        self.http.post(f"{self.url}/__sim/faults", json=spec, timeout=5).raise_for_status()

    def clear_faults(self) -> None:
        self.http.delete(f"{self.url}/__sim/faults", timeout=5).raise_for_status()


def make_sim(**overrides: Any) -> SimServer:
    data = load_data()
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    return SimServer(0, data).start()


@pytest.fixture
def sim() -> Iterator[SimAdmin]:
    server = make_sim()
    try:
        yield SimAdmin(server)
    finally:
        server.stop()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(app_home: Path) -> Any:
    """Run ``pos-app`` as a real process in the test's home."""

    def run(*args: str, stdin: str = "", timeout: float = 60) -> CliResult:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-m", "pos_app", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def configured_cli(cli: Any, sim: SimAdmin) -> Any:
    """The CLI set up for the simulator with the demo till's credentials."""
    host = cli("config", "set", "host", sim.url)
    assert host.code == 0, host.err
    stored = cli("credentials", "set", "--till", DEMO_TILL, "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert stored.code == 0, stored.err
    return cli
