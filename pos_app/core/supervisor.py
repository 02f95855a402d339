"""The supervisor PIN: its hash lives in the keyring; wrong tries slow down, and stay slowed after a restart.

Until a PIN exists the guarded actions (reversals, cancelling queued items, settings after the
set-up, leaving kiosk mode) are refused: a new till must not hand out reversals by default.

Three wrong PINs lock it for 30 seconds, then each further wrong PIN doubles the wait, up to
15 minutes. The count is kept in the data directory (no secret in it) so a restart does not
reset it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets as random
import time
from collections.abc import Callable
from pathlib import Path

from pos_app.core import credentials
from pos_app.core.atomic import write_atomic
from pos_app.core.credentials import SecretStore
from pos_app.core.i18n import _, ngettext

FREE_TRIES = 3
FIRST_LOCK_S = 30.0
LONGEST_LOCK_S = 15 * 60.0
_PIN = re.compile(r"\d{4,12}")
SET_PIN_COMMAND = "pos-app supervisor set-pin"


class PinRefused(Exception):
    """``str()`` is the message; ``wait_s`` how long before the next try is heard."""

    def __init__(self, message: str, wait_s: float = 0.0) -> None:
        super().__init__(message)
        self.wait_s = wait_s


class EmptyPin(PinRefused):
    """Nothing was typed: asked again, never counted as a wrong PIN."""


class NoPinSet(PinRefused):
    """No supervisor PIN exists on this till yet, so nothing guarded is allowed."""


def no_pin_message(action: str = "do this") -> str:
    """What a person is told when a guarded action meets a till with no PIN."""
    return _(
        "A supervisor PIN is needed to {action}, and none is set on this till. "
        "A supervisor sets one with the command: {command}"
    ).format(action=action, command=SET_PIN_COMMAND)


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


class Supervisor:
    def __init__(self, secrets: SecretStore, state_file: Path, clock: Callable[[], float] = time.time) -> None:
        self.secrets = secrets
        self.state_file = state_file
        self.clock = clock

    def is_set(self) -> bool:
        return bool(self.secrets.get(credentials.SUPERVISOR_PIN))

    def set_pin(self, new: str, current: str = "") -> None:
        if self.is_set():
            self.verify(current)
        if not _PIN.fullmatch(new):
            raise PinRefused(_("A supervisor PIN has 4 to 12 digits."))
        salt = random.token_bytes(16)
        self.secrets.set(credentials.SUPERVISOR_PIN, f"scrypt${salt.hex()}${_hash(new, salt).hex()}")

    def verify(self, pin: str, action: str = "do this") -> None:
        """Return if the PIN is right; raise ``PinRefused`` (with the wait, once locked) if not,
        and ``NoPinSet`` when no PIN exists (what is guarded stays refused until one is set).
        Nothing typed is not a try: it is not counted against the PIN."""
        stored = self.secrets.get(credentials.SUPERVISOR_PIN)
        if not stored:
            raise NoPinSet(no_pin_message(action))
        if not pin.strip():
            raise EmptyPin(_("Nothing was typed: enter the supervisor PIN."))
        state = self._state()
        wait = state.get("locked_until", 0.0) - self.clock()
        if wait > 0:
            raise PinRefused(
                _("Too many wrong PINs. Try again in {seconds} seconds.").format(seconds=f"{wait:.0f}"), wait
            )
        _scheme, salt_hex, digest_hex = stored.split("$")
        if hmac.compare_digest(_hash(pin, bytes.fromhex(salt_hex)).hex(), digest_hex):
            self._save({"failures": 0, "locked_until": 0.0})
            return
        failures = int(state.get("failures", 0)) + 1
        locked_until = 0.0
        if failures >= FREE_TRIES:
            lock = min(LONGEST_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_TRIES))
            locked_until = self.clock() + lock
        self._save({"failures": failures, "locked_until": locked_until})
        if locked_until:
            wait = locked_until - self.clock()
            raise PinRefused(
                _("Wrong PIN. Too many wrong PINs: try again in {seconds} seconds.").format(seconds=f"{wait:.0f}"),
                wait,
            )
        left = FREE_TRIES - failures
        raise PinRefused(
            ngettext("Wrong PIN ({n} more before a pause).", "Wrong PIN ({n} more before a pause).", left).format(
                n=left
            )
        )

    def _state(self) -> dict[str, float]:
        try:
            data = json.loads(self.state_file.read_text())
            return {k: float(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, state: dict[str, float]) -> None:
        write_atomic(self.state_file, json.dumps(state).encode())
