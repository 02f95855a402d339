"""Damaged files end in a clear message and a state the user can recover from, with nothing else lost."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SimAdmin

GARBAGE = b"this is not a database\x00\xff" * 64


def test_damaged_queue_database_is_reported_and_left_untouched(configured_cli, sim: SimAdmin, app_home: Path) -> None:
    sim.missed_call("919777788221")
    assert configured_cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "D-1", "--missed-call").code == 0
    outbox = app_home / "data" / "outbox.sqlite3"
    for extra in app_home.glob("data/outbox.sqlite3-*"):
        extra.unlink()
    outbox.write_bytes(GARBAGE)
    result = configured_cli("queue", "list")
    assert result.code == 1
    assert "offline queue file" in result.err and "damaged" in result.err and "move it aside" in result.err
    assert outbox.read_bytes() == GARBAGE  # kept for support, not "repaired" away
    settings = configured_cli("config", "show", "--json").json()["settings"]
    assert settings["host"]["value"] == sim.url and settings["till"]["value"] == "demo.till"  # the rest survives
    receipts = configured_cli("receipt", "list", "--json")  # the journal shares the queue's file
    said = receipts.json()  # asked for JSON: the refusal is JSON too
    assert receipts.code == 1 and "offline queue file" in said["message"] and "damaged" in said["message"]
    outbox.rename(outbox.with_name("outbox.damaged"))  # what the message says to do
    assert configured_cli("queue", "list").code == 0


def test_damaged_journal_is_reported_and_the_queue_still_works(configured_cli, app_home: Path) -> None:
    journal = app_home / "data" / "journal.sqlite3"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_bytes(GARBAGE)
    result = configured_cli("receipt", "list")
    assert result.code == 1 and "receipts journal" in result.err and "damaged" in result.err
    assert journal.read_bytes() == GARBAGE
    assert configured_cli("queue", "list").code == 0


def test_damaged_settings_file_is_set_aside_and_the_till_starts(cli, app_home: Path) -> None:
    settings = app_home / "config" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('host = "http://127.0.0.1:1"\n[offline\npolicy = ')
    result = cli("config", "show", "--json")
    assert result.code == 0 and "could not be read" in result.err
    kept = list(settings.parent.glob("settings.toml.broken-*"))
    assert len(kept) == 1 and "[offline" in kept[0].read_text()
    assert cli("config", "set", "cluster", "eu").code == 0
    assert "cluster" in settings.read_text()
