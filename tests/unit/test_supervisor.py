from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.credentials import MemoryStore
from pos_app.core.supervisor import NoPinSet, PinRefused, Supervisor


def test_pin_is_stored_as_a_hash_and_checked(tmp_path: Path) -> None:
    store = MemoryStore()
    supervisor = Supervisor(store, tmp_path / "tries.json")
    assert not supervisor.is_set()
    with pytest.raises(NoPinSet, match=r"PIN is needed to reverse a redemption.*pos-app supervisor set-pin"):
        supervisor.verify("anything", "reverse a redemption")  # no PIN set: nothing guarded is allowed
    supervisor.set_pin("4821")
    stored = store.get(credentials.SUPERVISOR_PIN) or ""
    assert stored.startswith("scrypt$") and "4821" not in stored
    supervisor.verify("4821")
    with pytest.raises(PinRefused, match="4 to 12 digits"):
        supervisor.set_pin("12", current="4821")
    with pytest.raises(PinRefused, match="Wrong PIN"):
        supervisor.set_pin("9999", current="0000")
    supervisor.set_pin("9999", current="4821")
    supervisor.verify("9999")


def test_wrong_pins_lock_and_the_lock_survives_a_restart(tmp_path: Path) -> None:
    now = [1000.0]
    store = MemoryStore()
    supervisor = Supervisor(store, tmp_path / "tries.json", clock=lambda: now[0])
    supervisor.set_pin("4821")
    for left in (2, 1):
        with pytest.raises(PinRefused, match=f"{left} more"):
            supervisor.verify("0000")
    with pytest.raises(PinRefused) as caught:
        supervisor.verify("0000")
    assert caught.value.wait_s == pytest.approx(30)
    restarted = Supervisor(store, tmp_path / "tries.json", clock=lambda: now[0])
    with pytest.raises(PinRefused, match="Try again in 30"):
        restarted.verify("4821")  # even the right PIN waits out the lock
    now[0] += 31
    with pytest.raises(PinRefused) as caught:
        restarted.verify("1111")
    assert caught.value.wait_s == pytest.approx(60)  # doubled
    now[0] += 61
    restarted.verify("4821")
    for _ in range(2):
        with pytest.raises(PinRefused, match="more before a pause"):
            restarted.verify("0000")  # the count starts again after a right PIN


def test_an_empty_pin_is_not_a_wrong_try(tmp_path: Path) -> None:
    from pos_app.core.supervisor import EmptyPin

    supervisor = Supervisor(MemoryStore(), tmp_path / "tries.json")
    supervisor.set_pin("4821")
    for typed in ("", "   ", ""):
        with pytest.raises(EmptyPin, match="enter the supervisor PIN"):
            supervisor.verify(typed)
    with pytest.raises(PinRefused, match=r"Wrong PIN \(2 more before a pause\)"):
        supervisor.verify("0000")  # the first wrong try, after three empty ones


def test_the_supervisor_words_are_german_on_a_german_till(tmp_path: Path) -> None:
    from pos_app.core.i18n import use_language

    supervisor = Supervisor(MemoryStore(), tmp_path / "tries.json")
    use_language("de")
    try:
        with pytest.raises(NoPinSet) as no_pin:
            supervisor.verify("1234", "x")
        supervisor.set_pin("4821")
        with pytest.raises(PinRefused) as wrong:
            supervisor.verify("0000")
    finally:
        use_language("en")
    assert "Aufsichts-PIN" in str(no_pin.value) and "pos-app supervisor set-pin" in str(no_pin.value)
    assert "Falsche PIN" in str(wrong.value) and "2" in str(wrong.value)


def test_a_refused_void_is_explained_in_the_tills_language(tmp_path: Path) -> None:
    from pos_app.core.app_context import AppContext
    from pos_app.core.config import Settings
    from pos_app.core.i18n import use_language
    from pos_app.core.paths import app_paths
    from pos_app.core.reversal import NotReversible, reversible_receipt
    from tests.support.receipts import sample_receipt

    paths = app_paths(tmp_path / "home").ensure()
    ctx = AppContext(paths, Settings(path=paths.settings_file), MemoryStore())
    void_id = ctx.journal.add(sample_receipt(void_of="7t4y2a"))
    use_language("de")
    try:
        with pytest.raises(NotReversible) as refused:
            reversible_receipt(ctx, void_id)
    finally:
        use_language("en")
    assert str(refused.value) == "Das ist ein Stornobeleg; den Beleg der Einlösung selbst wählen."
