"""Secrets in the OS keyring, and nowhere else.

If the keyring has no secure backend (no Secret Service, a plaintext file backend) the
store refuses to work: there is no plaintext fallback. ``MemoryStore`` holds secrets for
the length of a process only (the demo).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from pos_app import APP_NAME
from pos_app.core.failure_words import clause
from pos_app.core.i18n import N_, _

SERVICE = APP_NAME  # the keyring's service name for the till's own (default) home


def keyring_service(home: Path | None) -> str:
    """The keyring entries of one app home: a scratch home (``--home``) never reads or changes
    the till's own credentials or PIN. The default home keeps the plain name it always had."""
    return SERVICE if home is None else f"{SERVICE}@{home}"


INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringProblem(Exception):
    """The keyring cannot be used for the till's secrets; the message says what to do."""


class NoSecureKeyring(KeyringProblem):
    """No secure keyring backend: secrets cannot be stored on this machine."""


class KeyringLocked(KeyringProblem):
    """The keyring is there but locked (a till that logs in by itself often has it so)."""


class KeyringFailed(KeyringProblem):
    """The keyring service failed while it was being used."""


LOCKED_MESSAGE = (
    "The keyring is locked, so the till's credentials cannot be read or stored. Unlock it "
    "(log in to the desktop, or unlock the login keyring in the desktop's password manager) "
    "and try again. A till that logs in by itself needs its keyring unlocked at login."
)


KEYRING_FAILED = N_(
    "The keyring failed while {doing} ({detail}). Check that the desktop's keyring service is running and try again."
)
# The Secret Service asks for the keyring's password on the desktop; with no one at the screen (a
# till over SSH, a kiosk before its login) the prompt is dismissed and nothing can be read.
PROMPT_DISMISSED = N_(
    "The keyring asked for its password on the till's screen, and the prompt was dismissed or could not "
    "be shown, so nothing could be done while {doing} ({detail}). Log in to the till's desktop, unlock "
    "(or create) the login keyring in its password manager, and try again."
)


@contextlib.contextmanager
def _keyring_errors(keyring_module: Any, doing: str) -> Iterator[None]:
    """The keyring's own errors, as a message for a person."""
    errors = keyring_module.errors
    try:
        yield
    except errors.KeyringLocked:
        raise KeyringLocked(LOCKED_MESSAGE) from None
    except errors.KeyringError as error:
        detail = clause(error) or type(error).__name__  # its own full stops end inside the brackets
        if "prompt dismissed" in detail.lower():  # a keyring that asked for its password on a screen
            raise KeyringLocked(_(PROMPT_DISMISSED).format(doing=_(doing), detail=detail)) from error
        raise KeyringFailed(_(KEYRING_FAILED).format(doing=_(doing), detail=detail)) from error


def till_password(till: str) -> str:
    return f"till-password:{till}"


def oauth_secret(key: str) -> str:
    return f"oauth-secret:{key}"


WORKFLOW_TOKEN = "workflow-token"
SUPERVISOR_PIN = "supervisor-pin-hash"


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def describe(self) -> str: ...


def _is_secure(backend: Any) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # the chainer: secure only if every backend it may use is
        return bool(children) and all(_is_secure(child) for child in children)
    module = type(backend).__module__
    return not module.startswith(INSECURE_MODULES)


class KeyringStore:
    def __init__(self, backend: Any = None, service: str = SERVICE) -> None:
        import keyring

        self.service = service
        self._keyring = keyring
        self._backend = backend if backend is not None else keyring.get_keyring()
        if not _is_secure(self._backend):
            raise NoSecureKeyring(
                "No secure keyring is available on this computer (found: "
                f"{self.describe()}). Till credentials are never stored in plain text: "
                "start the desktop's keyring service (for example GNOME Keyring or KWallet) "
                "and try again."
            )

    def describe(self) -> str:
        backend = self._backend
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self, name: str) -> str | None:
        with _keyring_errors(self._keyring, N_("reading the till's credentials")):
            value: str | None = self._backend.get_password(self.service, name)
        return value

    def set(self, name: str, value: str) -> None:
        with _keyring_errors(self._keyring, N_("storing the till's credentials")):
            self._backend.set_password(self.service, name, value)

    def delete(self, name: str) -> None:
        with (
            _keyring_errors(self._keyring, N_("removing the till's credentials")),
            contextlib.suppress(self._keyring.errors.PasswordDeleteError),  # already gone
        ):
            self._backend.delete_password(self.service, name)


class MemoryStore:
    """Secrets held only in this process (the demo; never written anywhere)."""

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self._values = dict(initial or {})
        self._lock = threading.Lock()

    def describe(self) -> str:
        return "in-memory (this process only)"

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)
