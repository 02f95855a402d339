"""The keyring's failures as messages for a person: locked, failing, and an item already gone."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.config import Settings
from pos_app.core.credentials import KeyringFailed, KeyringLocked, KeyringProblem, KeyringStore
from pos_app.core.paths import app_paths


class FailingBackend(KeyringBackend):
    """A keyring backend whose every call fails as ``failure`` says."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, failure: Exception) -> None:
        super().__init__()
        self.failure = failure

    def get_password(self, service: str, username: str) -> str | None:
        raise self.failure

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.failure

    def delete_password(self, service: str, username: str) -> None:
        raise self.failure


@pytest.mark.parametrize("use", ["get", "set", "delete"])
def test_a_locked_keyring_says_so_and_what_to_do(use: str) -> None:
    store = KeyringStore(FailingBackend(keyring.errors.KeyringLocked("Failed to unlock the collection!")))
    call = {"get": lambda: store.get("x"), "set": lambda: store.set("x", "y"), "delete": lambda: store.delete("x")}
    with pytest.raises(KeyringLocked, match=r"The keyring is locked.*Unlock it"):
        call[use]()


def test_a_failing_keyring_names_the_failure() -> None:
    store = KeyringStore(FailingBackend(keyring.errors.InitError("no D-Bus session")))
    with pytest.raises(KeyringFailed, match=r"reading the till's credentials \(no D-Bus session\)"):
        store.get("x")


def test_deleting_what_is_already_gone_is_not_an_error() -> None:
    KeyringStore(FailingBackend(keyring.errors.PasswordDeleteError("not found"))).delete("x")


class LockedStore:
    def get(self, name: str) -> str | None:
        raise KeyringLocked(credentials.LOCKED_MESSAGE)

    def set(self, name: str, value: str) -> None:
        raise KeyringLocked(credentials.LOCKED_MESSAGE)

    def delete(self, name: str) -> None:
        raise KeyringLocked(credentials.LOCKED_MESSAGE)

    def describe(self) -> str:
        return "locked"


def test_the_window_says_why_it_opens_its_set_up(tmp_path: Path) -> None:
    from pos_app.gui.app import setup_problem

    paths = app_paths(tmp_path).ensure()
    settings = Settings(path=paths.settings_file)
    assert setup_problem(AppContext(paths, settings, LockedStore())) == ""  # no host yet: just not set up
    settings.set("host", "http://127.0.0.1:9")
    settings.set("till", "demo.till")
    problem = setup_problem(AppContext(paths, settings, LockedStore()))
    assert problem is not None and problem.startswith("The keyring is locked")
    assert issubclass(KeyringLocked, KeyringProblem)
