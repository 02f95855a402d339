"""Machine-wide settings under the till's own: layering, locks, and a broken or odd file."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from pos_app.core.config import DEFAULT, MACHINE_WIDE, THIS_TILL, LockedSetting
from pos_app.core.machine_settings import layered_settings, machine_settings_file

CHAIN = """
locked = ["host", "offline.policy"]
host = "https://eu.api.capillarytech.com"
country = "GB"
[offline]
policy = "no-otp-under-cap"
max_points_each = 100
[receipt]
header = "Chain Stores Ltd"
"""


def files(tmp_path: Path, machine: str, till: str = "") -> tuple[Path, Path]:
    (tmp_path / "machine.toml").write_text(machine, encoding="utf-8")
    (tmp_path / "till.toml").write_text(till, encoding="utf-8")
    return tmp_path / "till.toml", tmp_path / "machine.toml"


def test_the_till_over_the_machine_over_the_defaults(tmp_path: Path) -> None:
    settings = layered_settings(*files(tmp_path, CHAIN, 'country = "IN"\n[offline]\nmax_points_each = 50\n'))
    assert settings.problems == []
    assert (settings.get("country"), settings.source("country")) == ("IN", THIS_TILL)
    assert (settings.get("offline.max_points_each"), settings.source("offline.max_points_each")) == (50, THIS_TILL)
    assert (settings.get("receipt.header"), settings.source("receipt.header")) == ("Chain Stores Ltd", MACHINE_WIDE)
    assert (settings.get("receipt.footer"), settings.source("receipt.footer")) == ("Thank you!", DEFAULT)


def test_a_locked_setting_cannot_be_changed_and_names_the_file(tmp_path: Path) -> None:
    till_file, machine_file = files(tmp_path, CHAIN, 'host = "https://old.example.com"\n')
    settings = layered_settings(till_file, machine_file)
    # a value the till had before the lock is kept in its file but no longer used
    assert settings.get("host") == "https://eu.api.capillarytech.com" and settings.source("host") == MACHINE_WIDE
    with pytest.raises(LockedSetting, match=str(machine_file)):
        settings.set("offline.policy", "refuse")
    assert settings.get("offline.policy") == "no-otp-under-cap"
    assert settings.set("host", "https://eu.api.capillarytech.com") == "https://eu.api.capillarytech.com"
    settings.set("store_name", "Store 12")  # what is not locked still changes
    settings.save()
    again = layered_settings(till_file, machine_file)
    assert again.get("store_name") == "Store 12" and again.get("host") == "https://eu.api.capillarytech.com"
    assert "Chain Stores" not in till_file.read_text()  # the machine-wide values stay in their own file


def test_a_lock_without_a_value_keeps_the_default(tmp_path: Path) -> None:
    settings = layered_settings(*files(tmp_path, 'locked = ["receipt.qr"]\n', "[receipt]\nqr = true\n"))
    assert settings.get("receipt.qr") is False and settings.source("receipt.qr") == DEFAULT
    with pytest.raises(LockedSetting):
        settings.set("receipt.qr", True)


@pytest.mark.parametrize(
    "broken", ['host = "https://x\n', b"host = '\xff'\n", "locked = [\n"], ids=["toml", "encoding", "unfinished"]
)
def test_a_broken_file_is_reported_and_the_till_works_on_its_own(tmp_path: Path, broken: str | bytes) -> None:
    till_file, machine_file = files(tmp_path, "", 'host = "https://till.example.com"\n')
    if isinstance(broken, bytes):
        machine_file.write_bytes(broken)
    else:
        machine_file.write_text(broken)
    settings = layered_settings(till_file, machine_file)
    assert settings.get("host") == "https://till.example.com" and settings.locked == frozenset()
    (problem,) = settings.problems
    assert str(machine_file) in problem and "could not be read" in problem and "its own settings" in problem
    assert machine_file.exists()  # not ours to move: device management owns it


def test_bad_values_unknown_names_and_a_bad_lock_list_are_each_reported(tmp_path: Path) -> None:
    machine = 'locked = "host"\nhost = "http://plain.example.com"\nsurprise = 1\ncountry = "GB"\n'
    settings = layered_settings(*files(tmp_path, machine, 'host = "https://till.example.com"\n'))
    text = "\n".join(settings.problems)
    assert len(settings.problems) == 3 and "'host'" in text and "'surprise'" in text and "nothing is locked" in text
    assert settings.get("host") == "https://till.example.com" and settings.get("country") == "GB"
    assert settings.locked == frozenset()


def test_a_lock_on_a_refused_value_or_an_unknown_name_locks_nothing(tmp_path: Path) -> None:
    machine = 'locked = ["host", "nonsense"]\nhost = "http://plain.example.com"\n'
    settings = layered_settings(*files(tmp_path, machine, 'host = "https://till.example.com"\n'))
    assert settings.locked == frozenset() and settings.get("host") == "https://till.example.com"
    assert any("'nonsense'" in problem for problem in settings.problems)


def test_where_the_machine_wide_file_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POS_APP_SITE_CONFIG", str(tmp_path / "chain.toml"))
    assert machine_settings_file() == tmp_path / "chain.toml"
    monkeypatch.delenv("POS_APP_SITE_CONFIG")
    site = Path(platformdirs.site_config_dir("pos-app", appauthor=False))
    assert machine_settings_file() == site / "settings.toml"


def test_a_machine_wide_ca_bundle_that_is_not_there_is_reported(tmp_path: Path) -> None:
    till_file, machine_file = files(tmp_path, f'ca_bundle = "{tmp_path / "site-ca.pem"}"\n')
    (problem,) = layered_settings(till_file, machine_file).problems
    assert "site-ca.pem" in problem and "does not exist" in problem and str(machine_file) in problem
    (tmp_path / "site-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    assert layered_settings(till_file, machine_file).problems == []
