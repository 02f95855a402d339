"""``pos-app support bundle``: what support asks a till for, in one zip, also from a broken till."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

from tests.conftest import SimAdmin


def members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_a_bundle_after_a_redemption_has_every_part(configured_cli, sim: SimAdmin, app_home: Path) -> None:
    Path(os.environ["POS_APP_SITE_CONFIG"]).write_text('locked = ["offline.policy"]\n[receipt]\nheader = "Chain"\n')
    assert configured_cli("check", "--mobile", "9777788221", "--points", "100", "--send-otp").code == 0
    otp = sim.otp("919777788221")
    done = configured_cli("redeem", "--mobile", "9777788221", "--points", "100", "--bill", "B-7", "--otp", otp)
    assert done.code == 0, done.err
    output = app_home / "bundle.zip"
    made = configured_cli("support", "bundle", "--output", str(output), "--days", "3")
    assert made.code == 0, made.err
    assert f"Support bundle written to {output}" in made.out and "KB" in made.out
    parts = members(output)
    assert {"README.txt", "versions.json", "settings.json", "self-test.json", "queue.csv", "journal.json"} <= set(parts)
    assert any(name.startswith("logs/pos-app.log") for name in parts)
    versions = json.loads(parts["versions.json"])
    assert versions["pos-app"] and versions["python"].startswith("3.") and versions["qt"].startswith("6.")
    for dependency in ("keyring", "platformdirs", "pyside6-essentials", "phonenumbers", "python-escpos"):
        assert versions["dependencies"][dependency][0].isdigit(), (dependency, versions["dependencies"])
    settings = json.loads(parts["settings.json"])["settings"]
    assert settings["host"] == {"value": sim.url, "source": "this till", "locked": False}
    assert settings["receipt.header"]["source"] == "machine-wide" and settings["offline.policy"]["locked"]
    checks = {check["name"]: check["verdict"] for check in json.loads(parts["self-test.json"])["checks"]}
    assert checks["host"] == "ok" and checks["credentials"] == "ok" and "qt" in checks
    (queued,) = csv.DictReader(io.StringIO(parts["queue.csv"]))
    assert queued["bill"] == "B-7" and queued["state"] == "done"
    journal = json.loads(parts["journal.json"])
    assert journal["days"] == 3 and len(journal["receipts"]) == 3
    (receipt,) = [r for day in journal["receipts"].values() for r in day]
    assert receipt["bill"] == "B-7" and receipt["points"] == "100" and receipt["customer_value"].endswith("8221")
    assert "9777788221" not in output.read_bytes().decode("latin-1")  # compressed: checked by member below
    assert not any("9777788221" in text or otp in text for text in parts.values())
    assert "support bundle written" in (app_home / "logs" / "pos-app.log").read_text()


def test_a_damaged_journal_leaves_a_note_and_the_rest_is_written(configured_cli, app_home: Path) -> None:
    journal = app_home / "data" / "journal.sqlite3"
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_bytes(b"this is not a database\x00\xff" * 64)
    output = app_home / "bundle.zip"
    made = configured_cli("support", "bundle", "--output", str(output), "--json")
    assert made.code == 0, made.err
    assert made.json()["failed"] == ["journal.json"]
    parts = members(output)
    assert "journal.json" not in parts and "damaged" in parts["journal.json.error.txt"]
    assert "queue.csv" in parts and "settings.json" in parts and "journal.json" in parts["README.txt"]


def test_a_bundle_where_it_cannot_be_written_says_so(cli, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    made = cli("support", "bundle", "--output", str(blocker / "bundle.zip"))
    assert made.code == 1 and "could not be written" in made.err and str(blocker) in made.err


def test_the_default_place_is_the_data_folder(cli, app_home: Path) -> None:
    made = cli("support", "bundle", "--json")
    assert made.code == 0, made.err
    path = Path(made.json()["path"])
    assert path.parent == (app_home / "data" / "support").resolve() and zipfile.is_zipfile(path)
    assert cli("support", "bundle", "--days", "0").code == 2
    wrong = cli("support", "bundle", "--days", "a week")
    assert wrong.code == 2 and "must be a whole number of days" in wrong.err
