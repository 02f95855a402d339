"""The command line with wrong ids, bad dates, no terminal and a dead network: a clear message and
a non-zero exit, never a traceback; and the day report's money, voids and PDF."""

from __future__ import annotations

import shutil
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.outbox import NewRedemption, Outbox
from tests.conftest import SimAdmin
from tests.support.ports import free_port


def assert_clear(result, code: int, *words: str) -> None:
    assert result.code == code, result.out + result.err
    assert "Traceback" not in result.err and "KeyError" not in result.err and "EOFError" not in result.err
    for word in words:
        assert word in result.err, result.err


def test_unknown_ids_say_so_and_where_to_look(cli) -> None:
    assert_clear(cli("queue", "retry", "99"), 1, "no item 99 in the offline queue", "pos-app queue list")
    assert_clear(cli("queue", "cancel", "99", "--reason", "typo"), 1, "no item 99 in the offline queue")
    assert_clear(cli("receipt", "reprint", "99"), 1, "no receipt 99", "pos-app receipt list")
    assert_clear(cli("receipt", "pdf", "99", "--output", "x.pdf"), 1, "no receipt 99")


def test_an_id_that_is_not_a_number_is_a_bad_command_line(cli) -> None:
    for command in (
        ("receipt", "reprint", "abc"),
        ("receipt", "print", "1.5"),
        ("receipt", "pdf", "x1", "--output", "x.pdf"),
        ("receipt", "void", "abc", "--reason", "typo"),
        ("queue", "retry", "abc"),
        ("queue", "cancel", "-3", "--reason", "typo"),
    ):
        result = cli(*command)
        assert_clear(result, 2, f"not '{command[2]}'", "is a whole number", f"pos-app {command[0]} list")
        assert "ValueError" not in result.err


def test_what_does_not_exist_or_cannot_change_is_said_before_a_pin_is_asked_for(cli) -> None:
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="2468\n").code == 0
    # no terminal and no --pin-stdin: were the PIN asked for first, it would say "no terminal"
    for command, words in (
        (("queue", "cancel", "999", "--reason", "typo"), ("no item 999 in the offline queue",)),
        (("receipt", "void", "999", "--reason", "typo"), ("no receipt 999",)),
    ):
        result = cli(*command)
        assert_clear(result, 1, *words)
        assert "terminal" not in result.err and "PIN" not in result.err


def test_a_day_that_does_not_exist_is_refused(cli) -> None:
    assert_clear(cli("report", "day", "--date", "2026-13-01"), 2, "'2026-13-01' is not a day", "YYYY-MM-DD")
    assert_clear(cli("receipt", "list", "--date", "yesterday"), 2, "is not a day")


def test_a_pin_asked_for_with_no_terminal_says_how_to_give_it(cli, app_home: Path) -> None:
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="2468\n").code == 0
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "A-1"))  # item 1, may be cancelled
    outbox.close()
    # stdin is not a terminal (as with </dev/null): no prompt can be shown
    assert_clear(cli("queue", "cancel", "1", "--reason", "wrong bill"), 1, "no terminal", "--pin-stdin")
    assert_clear(cli("supervisor", "set-pin"), 1, "no terminal", "--pin-stdin")
    assert_clear(cli("queue", "cancel", "1", "--reason", "x", "--pin-stdin"), 1, "standard input ended")
    assert_clear(cli("credentials", "set", "--till", "t1"), 1, "no terminal", "--password-stdin")


def test_credentials_set_checks_them_with_the_service_when_it_can(cli, sim: SimAdmin) -> None:
    assert cli("config", "set", "host", sim.url).code == 0
    wrong = cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="wrong\n")
    assert_clear(wrong, 6, "refused these credentials")
    right = cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    assert right.code == 0 and "accepted them" in right.out
    assert cli("config", "set", "host", "http://127.0.0.1:1").code == 0
    unreachable = cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    assert unreachable.code == 0 and "Not checked with the service" in unreachable.err and "Stored" in unreachable.out


def test_window_words_name_the_command_on_the_command_line(cli, sim: SimAdmin) -> None:
    assert cli("config", "set", "host", sim.url).code == 0
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="wrong\n")
    refused = cli("lookup", "--card", "CARD0001")
    assert_clear(refused, 6, "credentials were refused", "pos-app credentials set --till")
    assert "in Settings" not in refused.err


def test_report_day_nets_voids_out_in_money_with_two_decimals_and_the_pdf_names_the_store(
    configured_cli, sim: SimAdmin, app_home: Path
) -> None:
    cli = configured_cli
    assert cli("config", "set", "store_name", "Koramangala 1st Block").code == 0
    sim.missed_call("919777788221")
    redeem = ("redeem", "--mobile", "9777788221", "--points", "100", "--bill", "R-1", "--missed-call")
    assert cli(*redeem, "--cashier", "anna").code == 0
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="2468\n").code == 0
    voided = cli(
        "receipt",
        "void",
        "1",
        "--reason",
        "wrong bill",
        "--points",
        "40",
        "--cashier",
        "anna",
        "--pin-stdin",
        stdin="2468\n",
    )
    assert voided.code == 0, voided.err
    pdf = app_home / "day.pdf"
    written = cli("report", "day", "--pdf", str(pdf))  # says where the PDF went, not the report again
    today = time.strftime("%Y-%m-%d")
    assert written.code == 0 and written.out == f"End-of-day report of {today} written to {pdf}.\n", written.out
    nowhere = app_home / "no-such-folder"
    for command in (
        ("report", "day", "--pdf", str(nowhere / "day.pdf")),
        ("receipt", "pdf", "1", "--output", str(nowhere / "r.pdf")),
    ):
        refused = cli(*command)  # never "written" when nothing was
        assert refused.code == 1 and "written to" not in refused.out, refused.out
        assert f"the folder {nowhere} does not exist" in refused.err and not nowhere.exists()
    report = cli("report", "day")
    lines = report.out.splitlines()
    assert "Koramangala 1st Block" in lines[0] and any(line.startswith("Printed") for line in lines)
    assert any(line.startswith("  value returned") and line.endswith("10.00") for line in lines)
    assert any(line.startswith("  net points") and line.endswith("60") for line in lines)
    assert any(line.startswith("  net value") and line.endswith("15.00") for line in lines)
    csv_text = cli("report", "day", "--csv").out
    assert ",TOTAL,1,100,25.00,0,1,40,0,0,10.00,60,15.00" in csv_text
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Koramangala 1st Block" in text and time.strftime("%Y-%m-%d") in text and "net value" in text
    else:
        pytest.skip("pdftotext is needed to read the PDF back")


def test_replay_does_not_say_queue_empty_while_items_need_attention(configured_cli, app_home: Path) -> None:
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "A-1"))
    outbox.update(item.id, state="attention", reason="rejected: wrong bill")
    outbox.close()
    replay = configured_cli("queue", "replay", "--max-wait", "0")
    assert replay.code == 9
    assert "queue empty" not in replay.out and "1 need attention" in replay.out and "pos-app queue list" in replay.out


def test_a_script_asking_for_json_gets_json_for_every_refusal(cli) -> None:
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    redeem = ("redeem", "--mobile", "9777788221", "--bill", "B-1", "--points")
    for command, code, kind, words in (
        (("receipt", "void", "99", "--reason", "typo"), 1, "Refused", "no receipt 99"),
        ((*redeem, "abc"), 1, "InvalidInput", "Enter the points as a number"),
        ((*redeem, "20"), 4, "Refused", "does not accept redemptions offline"),
    ):
        result = cli(*command, "--json")
        assert result.code == code, result.out + result.err
        data = result.json()  # on standard output, where the script reads the rest
        assert data["ok"] is False and data["error"] == kind and words in data["message"], data
        assert "error:" not in result.err


def test_an_empty_queue_says_plainly_that_nothing_waits(cli) -> None:
    listed = cli("queue", "list")
    assert listed.code == 0 and listed.out == "Nothing waits in the offline queue.\n", listed.out
    assert "0 waiting" not in listed.out and "state" not in listed.out  # no empty table, no zero counts
    assert cli("queue", "list", "--json").json() == {"items": [], "waiting": 0, "attention": 0}
