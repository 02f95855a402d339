"""A chain's machine-wide settings file, as ``pos-app config`` and the other commands meet it."""

from __future__ import annotations

import os
from pathlib import Path

MACHINE = """
locked = ["host", "offline.policy", "till"]
host = "https://eu.api.capillarytech.com"
till = "store12.till1"
[offline]
policy = "no-otp-under-cap"
[receipt]
header = "Chain Stores Ltd"
"""


def machine_file(text: str) -> Path:
    path = Path(os.environ["POS_APP_SITE_CONFIG"])  # the test's own (tests/conftest.py)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_set_refuses_a_locked_setting_naming_the_file(cli) -> None:
    path = machine_file(MACHINE)
    refused = cli("config", "set", "offline.policy", "refuse")
    assert refused.code == 1
    assert "offline.policy is locked" in refused.err and str(path) in refused.err and "change it there" in refused.err
    assert cli("config", "set", "store_name", "Store 12").code == 0
    assert cli("config", "show", "--json").json()["settings"]["offline.policy"]["value"] == "no-otp-under-cap"


def test_config_show_says_where_each_value_comes_from(cli) -> None:
    path = machine_file(MACHINE)
    assert cli("config", "set", "country", "GB").code == 0
    shown = cli("config", "show")
    assert shown.code == 0 and str(path) in shown.out
    lines = {line.split(" = ")[0]: line for line in shown.out.splitlines() if " = " in line}
    assert lines["host"].endswith("machine-wide, locked") and "eu.api.capillarytech.com" in lines["host"]
    assert lines["receipt.header"].endswith("machine-wide") and lines["country"].endswith("this till")
    assert lines["receipt.footer"].endswith("default")
    data = cli("config", "show", "--json").json()
    assert data["files"]["machine-wide"] == str(path) and data["problems"] == []
    assert data["settings"]["till"] == {"value": "store12.till1", "source": "machine-wide", "locked": True}
    assert cli("config", "path", "--json").json()["machine-wide settings"] == str(path)


def test_credentials_for_another_till_are_refused_before_anything_is_stored(cli) -> None:
    machine_file(MACHINE)
    refused = cli("credentials", "set", "--till", "other.till", "--password-stdin", stdin="secret\n")
    assert refused.code == 1 and "till is locked" in refused.err and "nothing was stored" in refused.err
    assert cli("credentials", "status", "--json").json()["till_password_stored"] is False
    assert cli("credentials", "set", "--till", "store12.till1", "--password-stdin", stdin="secret\n").code == 0
    assert cli("credentials", "status", "--json").json()["till_password_stored"] is True


def test_a_broken_machine_wide_file_is_reported_and_the_till_keeps_working(cli) -> None:
    assert cli("config", "set", "offline.policy", "no-otp-under-cap").code == 0
    path = machine_file('locked = ["offline.policy"\nhost = ')
    shown = cli("config", "show", "--json")
    assert shown.code == 0 and str(path) in shown.err and "could not be read" in shown.err
    settings = shown.json()["settings"]
    assert settings["offline.policy"] == {"value": "no-otp-under-cap", "source": "this till", "locked": False}
    assert cli("config", "set", "offline.policy", "refuse").code == 0  # nothing is locked
    listed = cli("queue", "list", "--json")
    assert listed.code == 0 and "could not be read" in listed.err
