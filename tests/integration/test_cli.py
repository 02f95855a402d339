"""``pos-app`` as a real process against the real simulator."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import SimAdmin
from tests.support.ports import free_port


def test_lookup_human_and_json(configured_cli, sim: SimAdmin) -> None:
    human = configured_cli("lookup", "--card", "CARD0001")
    assert human.code == 0, human.err
    assert "Asha Rao" in human.out and "2000 points" in human.out
    assert "919777788221" not in human.out  # masked
    data = configured_cli("lookup", "--mobile", "9777788221", "--json").json()
    assert data["loyalty_points"] == "2000" and data["firstname"] == "Asha"
    # a script's copy is masked as the screen's is: no full mobile, e-mail or card number
    assert data["mobile"] == "91******8221" and "9777788221" not in json.dumps(data)
    assert data["email"].startswith("a***@") and all(c.startswith("****") for c in data["card_numbers"])
    # 2000 is more than one redemption may take in the demo org; the balance is still worth ₹500,
    # as the till shows it, at the ratio the service gave for the most one redemption may take
    assert "Worth:     ₹500.00 (1 point = ₹0.25)" in human.out, human.out
    assert data["balance_worth"] == {"value": "500.00", "ratio": "0.25", "currency": "INR"}
    vikram = configured_cli("lookup", "--card", "CARD0002")
    assert "Worth:     ₹125.00 (1 point = ₹0.25)" in vikram.out, vikram.out
    assert configured_cli("lookup", "--card", "CARD0002", "--json").json()["balance_worth"] == {
        "value": "125.00",
        "ratio": "0.25",
        "currency": "INR",
    }
    assert sim.server.state.current_otp("919777785205") is None  # asking sent no code


def test_check_send_otp_redeem_history_reverse(configured_cli, sim: SimAdmin) -> None:
    check = configured_cli("check", "--mobile", "9777788221", "--points", "100", "--send-otp")
    assert check.code == 0 and "Redeemable: yes" in check.out and "Code sent" in check.out
    otp = sim.otp("919777788221")
    done = configured_cli(
        "redeem", "--mobile", "9777788221", "--points", "100", "--bill", "B-77", "--otp", otp, "--json"
    )
    assert done.code == 0, done.err
    redemption = done.json()
    assert redemption["outcome"] == "done" and redemption["result"]["balance"] == "1900"
    ledger = sim.ledger()
    assert len(ledger) == 1 and ledger[0]["transaction_number"] == "B-77"
    assert ledger[0]["external_reference_number"] == redemption["reference"]
    history = configured_cli("history", "--card", "CARD0001")
    # The history's rows carry their numeric id, not the redeem's code (get-customer-redemptions).
    assert f"#{ledger[0]['history_id']}" in history.out and "B-77" in history.out
    reverse_args = ("reverse", "--card", "CARD0001", "--redemption-id", redemption["redemption_id"], "--points", "100")
    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    reverse = configured_cli(*reverse_args, "--pin-stdin", stdin="4821\n")
    assert reverse.code == 0 and "Reversed 100 points" in reverse.out and "VOID receipt" in reverse.out
    listed = configured_cli("receipt", "list", "--json").json()
    assert listed[-1]["void_of"] == redemption["redemption_id"]
    assert ",TOTAL,1,100,25.00,0,1,100,0,0,25.00,0,0.00" in configured_cli("report", "day", "--csv").out
    assert configured_cli("send-otp", "--card", "CARD0001", "--points", "10").code == 0


def test_lookup_worth_asks_nothing_once_the_ratio_is_known(configured_cli, sim: SimAdmin) -> None:
    assert "Worth:     ₹500.00" in configured_cli("lookup", "--card", "CARD0001").out
    counted = sim.server.state.calls_by_endpoint
    asked = sum(n for endpoint, n in counted.items() if "isredeemable" in endpoint)
    again = configured_cli("lookup", "--card", "CARD0002")
    assert "Worth:     ₹125.00 (1 point = ₹0.25)" in again.out
    assert sum(n for endpoint, n in counted.items() if "isredeemable" in endpoint) == asked  # worked out


def test_check_and_redeem_name_the_rule_with_the_figures_the_till_gives(configured_cli, sim: SimAdmin) -> None:
    refused = configured_cli("check", "--card", "CARD0001", "--points", "15")
    assert refused.code == 3 and "only in multiples of 10 points. Try 10 or 20." in refused.err, refused.err
    assert "for example" not in refused.err
    over = configured_cli("check", "--card", "CARD0001", "--points", "250")
    assert "at most 200 points per redemption. Lower the points to 200 or fewer." in over.err, over.err
    configured_cli("lookup", "--card", "CARD0001")  # the ratio, as the till knows it before any amount
    amount = configured_cli("check", "--card", "CARD0001", "--amount", "3.30")
    assert "Try ₹2.50 or ₹5.00." in amount.err, amount.err
    redeem = configured_cli("redeem", "--card", "CARD0001", "--points", "25", "--bill", "R-1", "--otp", "123456")
    assert redeem.code == 3 and "Try 20 or 30." in redeem.err, redeem.err
    assert sim.ledger() == []


def test_redeem_says_what_the_points_were_worth_in_money(configured_cli, sim: SimAdmin) -> None:
    configured_cli("check", "--card", "CARD0001", "--points", "100", "--send-otp")
    done = configured_cli(
        "redeem", "--card", "CARD0001", "--points", "100", "--bill", "V-1", "--otp", sim.otp("919777788221")
    )
    assert done.code == 0 and "Redeemed:  100 points (worth ₹25.00)" in done.out, done.out


def test_check_in_currency(configured_cli, sim: SimAdmin) -> None:
    data = configured_cli("check", "--card", "CARD0001", "--amount", "5.00", "--json").json()
    assert data["points"] == "20" and data["input_type"] == "currency"


def test_exit_code_rejected(configured_cli, sim: SimAdmin) -> None:
    result = configured_cli("redeem", "--card", "CARD0001", "--points", "100", "--bill", "B", "--otp", "999999")
    assert result.code == 3
    assert "code is wrong" in result.err
    assert sim.ledger() == []


def test_exit_code_rejected_json(configured_cli, sim: SimAdmin) -> None:
    result = configured_cli("check", "--card", "CARD0001", "--points", "105", "--json")
    assert result.code == 3
    assert result.json()["code"] == 807 and result.json()["request_id"]


def test_exit_code_unreachable(cli) -> None:
    port = free_port()
    cli("config", "set", "host", f"http://127.0.0.1:{port}")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    result = cli("lookup", "--card", "CARD0001")
    assert result.code == 4 and "cannot be reached" in result.err


def test_redeem_without_a_code_while_offline_follows_the_policy_and_says_why(cli) -> None:
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    redeem = ("redeem", "--mobile", "9777788221", "--bill", "B-1", "--points")
    refused = cli(*redeem, "20")  # the default policy: refuse
    assert refused.code == 4 and refused.err.count("cannot be reached") == 1, refused.err
    assert "does not accept redemptions offline" in refused.err
    cli("config", "set", "offline.policy", "no-otp-under-cap")
    over = cli(*redeem, "100000")
    assert over.code == 4 and "Offline, at most" in over.err and "points can be redeemed at once" in over.err
    queued = cli(*redeem, "20")
    assert queued.code == 8 and "PENDING" in queued.out, queued.out + queued.err
    assert cli("queue", "list", "--json").json()["waiting"] == 1
    assert "PENDING" in cli("receipt", "list").out


def test_a_pending_receipt_shows_what_became_of_it_after_replay(cli, sim: SimAdmin, tmp_path) -> None:
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")
    cli("config", "set", "offline.policy", "no-otp-under-cap")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    assert cli("redeem", "--mobile", "9777788221", "--bill", "L-1", "--points", "20").code == 8
    assert cli("report", "day", "--json").json()["pending"] == 1
    cli("config", "set", "host", sim.url)
    assert cli("queue", "replay").code == 0
    redemption_id = sim.ledger()[0]["redemption_id"]
    listed = cli("receipt", "list")
    assert f"{redemption_id} (later)" in listed.out, listed.out
    assert cli("receipt", "list", "--json").json()[0]["queue_state"] == "done"
    report = cli("report", "day", "--json").json()
    assert (report["redemptions"], report["pending"], report["sent_later"]) == (1, 0, 1)
    # A reprint tells the truth of now: the redemption id, no longer PENDING.
    pdf = tmp_path / "receipt.pdf"
    assert cli("receipt", "pdf", "--output", str(pdf)).code == 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        words = " ".join(text.split())
        assert redemption_id in words and "sent later" in words and "PENDING" not in words, text
    elif os.environ.get("CI"):
        pytest.fail("pdftotext missing on CI (tests/run.sh installs poppler-utils)")
    # ... and it can be voided like any other.
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    voided = cli("receipt", "void", "1", "--reason", "returned", "--pin-stdin", stdin="4821\n")
    assert voided.code == 0 and f"redemption {redemption_id}" in voided.out, voided.out + voided.err


def test_exit_code_outcome_unknown_then_replay_settles_it(configured_cli, sim: SimAdmin) -> None:
    sim.fault("/v1.1/points/redeem", "drop-after-commit", count=2)  # the answer and the re-ask both lost
    sim.fault("/v1.1/customer/redemptions", "http-500", count=1)  # and the history cannot be asked
    sim.missed_call("919777788221")
    result = configured_cli("redeem", "--mobile", "9777788221", "--points", "10", "--bill", "B", "--missed-call")
    assert result.code == 5 and "PENDING" in result.out and "cannot be applied twice" in result.out
    assert len(sim.ledger()) == 1
    listed = configured_cli("queue", "list", "--json").json()
    assert [i["state"] for i in listed["items"]] == ["unknown"]
    replay = configured_cli("queue", "replay")
    assert replay.code == 0, replay.out + replay.err
    assert len(sim.ledger()) == 1  # found by its bill in the history, not applied again
    assert configured_cli("queue", "list", "--json").json()["waiting"] == 0


def test_lost_answer_is_reconciled_at_once_while_the_cashier_waits(configured_cli, sim: SimAdmin, tmp_path) -> None:
    sim.fault("/v1.1/points/redeem", "drop-after-commit", count=1)
    sim.missed_call("919777788221")
    result = configured_cli("redeem", "--mobile", "9777788221", "--points", "10", "--bill", "B", "--missed-call")
    assert result.code == 0, result.out + result.err
    # Found by its bill in the history, whose rows do not carry the redeem's code: it says so, with
    # the history row's numeric id, and that the balance after is not known (no answer gave it)
    (row,) = configured_cli("history", "--mobile", "9777788221", "--json").json()
    confirmed = f"confirmed in the customer's history (history #{row['history_id']})"
    assert f"Redemption id: {confirmed}" in result.out and "already applied" not in result.out, result.out
    assert "Balance:   not known" in result.out
    assert len(sim.ledger()) == 1
    # In the id columns a short id; the receipt says what happened on a line of its own.
    short = f"history #{row['history_id']}"
    listed = configured_cli("receipt", "list", "--json").json()
    assert [r["redemption_id"] for r in listed] == [short]
    (line,) = configured_cli("receipt", "list").out.splitlines()
    assert line.split()[2:4] == ["history", f"#{row['history_id']}"] and line.split()[4] == "10", line
    exported = configured_cli("queue", "export").out
    assert next(csv.DictReader(io.StringIO(exported)))["redemption_id"] == short
    configured_cli("config", "set", "language", "ar")  # a till in Arabic: its data stays data
    assert [r["redemption_id"] for r in configured_cli("receipt", "list", "--json").json()] == [short]
    configured_cli("config", "set", "language", "")
    slip = configured_cli("receipt", "pdf", "1", "--output", str(tmp_path / "slip.pdf"))
    assert slip.code == 0, slip.err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "slip.pdf"), "-"], capture_output=True, text=True).stdout
        assert listed[0]["reference"] in text and short in text and "answer was lost" in " ".join(text.split())
    # Without its code it is voided by its reference (reverse-redeemed-points, externalReferenceNumber),
    # from the journal and by hand alike.
    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    voided = configured_cli(
        "receipt", "void", "1", "--reason", "returned", "--points", "4", "--pin-stdin", stdin="4821\n"
    )
    assert voided.code == 0 and sim.ledger()[0]["redemption_id"] in voided.out, voided.out + voided.err
    reference = sim.ledger()[0]["external_reference_number"]
    by_hand = configured_cli(
        "reverse", "--mobile", "9777788221", "--reference", reference, "--points", "6", "--pin-stdin", stdin="4821\n"
    )
    assert by_hand.code == 0 and "Reversed 6 points" in by_hand.out, by_hand.out + by_hand.err
    assert sum(r["points_reversed"] for r in sim.ledger()[0]["reversals"]) == 10


def test_exit_code_auth_failed(cli, sim: SimAdmin) -> None:
    cli("config", "set", "host", sim.url)
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="wrong\n")
    result = cli("lookup", "--card", "CARD0001")
    assert result.code == 6 and "credentials were refused" in result.err


def test_exit_code_rate_limited(configured_cli, sim: SimAdmin) -> None:
    sim.fault("/v1.1/customer/get", "rate-limit", retry_after=9)
    result = configured_cli("lookup", "--card", "CARD0001", "--json")
    assert result.code == 7 and result.json()["error"] == "RateLimited"


def test_invalid_mobile_never_calls(configured_cli, sim: SimAdmin) -> None:
    sim.fault("*", "http-500", count=None)  # any call would fail differently
    result = configured_cli("lookup", "--mobile", "12345")
    assert result.code == 1 and "12345 is not a valid mobile number for India." in result.err, result.err


def test_missing_credentials_says_what_to_do(cli, sim: SimAdmin) -> None:
    cli("config", "set", "host", sim.url)
    result = cli("lookup", "--card", "CARD0001")
    assert result.code == 1 and "pos-app credentials set --till" in result.err


def test_credentials_status_and_clear_never_print_the_secret(configured_cli) -> None:
    status = configured_cli("credentials", "status", "--json")
    assert status.json()["till_password_stored"] is True
    assert "demo\n" not in status.out and '"demo"' not in status.out
    assert configured_cli("credentials", "clear").code == 0
    assert configured_cli("credentials", "status", "--json").json()["till_password_stored"] is False


def test_config_set_validates_and_show_path(cli, app_home) -> None:
    bad = cli("config", "set", "host", "http://api.example.com")
    assert bad.code == 1 and "https" in bad.err
    assert cli("config", "set", "offline.policy", "sometimes").code == 1
    assert cli("config", "set", "cluster", "eu").code == 0
    assert cli("config", "set", "program_id", "973").code == 0
    shown = json.loads(cli("config", "show", "--json").out)["settings"]
    assert shown["cluster"] == {"value": "eu", "source": "this till", "locked": False}
    assert shown["program_id"]["value"] == "973" and shown["country"]["source"] == "default"
    paths = json.loads(cli("config", "path", "--json").out)
    assert paths["settings"].startswith(str(app_home))


def test_home_option_moves_everything(cli, tmp_path) -> None:
    other = tmp_path / "elsewhere"
    assert cli("--home", str(other), "config", "set", "country", "GB").code == 0
    assert (other / "config" / "settings.toml").exists()
    assert "country" in (other / "config" / "settings.toml").read_text()


def test_help_texts(cli) -> None:
    top = cli("--help")
    assert top.code == 0 and "--demo" in top.out and "exit codes" in top.out
    for command in ("lookup", "check", "redeem", "history", "reverse", "sim", "send-otp"):
        result = cli(command, "--help")
        assert result.code == 0 and "usage: pos-app " + command in result.out
    assert "offline.policy" in cli("config", "set", "--help").out
    assert cli("--version").out.startswith("pos-app ")


def test_sim_command_serves_until_stopped(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    import requests

    from tests.conftest import REPO

    port = free_port()
    data = tmp_path / "org.json"
    data.write_text(json.dumps({"rules": {"multiple_of": 5}}))
    process = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "sim", "--port", str(port), "--data", str(data)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert f"127.0.0.1:{port}" in (process.stdout.readline() if process.stdout else "")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                assert requests.get(f"http://127.0.0.1:{port}/__sim/health", timeout=1).ok
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        from decimal import Decimal

        from pos_app.core.capillary import CapillaryClient, Identifier

        client = CapillaryClient.with_basic_auth(f"http://127.0.0.1:{port}", "demo.till", "demo")
        assert client.is_redeemable(Identifier("card_number", "CARD0001"), Decimal(15)).is_redeemable
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def test_without_a_supervisor_pin_void_reverse_and_cancel_are_refused(configured_cli, sim: SimAdmin, app_home) -> None:
    from decimal import Decimal

    from pos_app.core.outbox import NewRedemption, Outbox

    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "N-1", skip_validation=True))
    sim.missed_call("919777788221")
    sold = configured_cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "N-2", "--missed-call")
    assert sold.code == 0, sold.err  # a real receipt, so its void is refused for the PIN, not for its id
    for command, action in (
        (("queue", "cancel", str(item.id), "--reason", "left"), "cancel a queued item"),
        (("reverse", "--card", "CARD0001", "--redemption-id", "x", "--points", "1"), "reverse a redemption"),
        (("receipt", "void", "1", "--reason", "returned"), "void a receipt"),
    ):
        refused = configured_cli(*command, "--pin-stdin", stdin="1234\n")
        assert refused.code == 1, (command, refused.out, refused.err)
        assert f"A supervisor PIN is needed to {action}" in refused.err
        assert "pos-app supervisor set-pin" in refused.err
    assert outbox.get(item.id).state == "pending"


def test_supervisor_pin_guards_cancel_and_reverse(configured_cli, sim: SimAdmin, app_home) -> None:
    import sqlite3

    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    changed = configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="0000\n5555\n")
    assert changed.code == 1 and "Wrong PIN" in changed.err
    queued = configured_cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "C-1")  # needs a code
    assert queued.code == 1
    from pos_app.core.outbox import NewRedemption, Outbox

    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    from decimal import Decimal

    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "C-2", skip_validation=True))
    refused = configured_cli("queue", "cancel", str(item.id), "--reason", "left", "--pin-stdin", stdin="1234\n")
    assert refused.code == 1 and "Wrong PIN" in refused.err
    assert outbox.get(item.id).state == "pending"
    done = configured_cli("queue", "cancel", str(item.id), "--reason", "left", "--pin-stdin", stdin="4821\n")
    assert done.code == 0 and outbox.get(item.id).state == "cancelled"
    wrong = configured_cli(
        "reverse", "--card", "CARD0001", "--redemption-id", "x", "--points", "1", "--pin-stdin", stdin="0000\n"
    )
    assert wrong.code == 1 and "Wrong PIN" in wrong.err
    with sqlite3.connect(app_home / "data" / "outbox.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 1


def test_a_journal_receipt_is_voided_once_by_a_supervisor(configured_cli, sim: SimAdmin) -> None:
    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    configured_cli("check", "--mobile", "9777788221", "--points", "60", "--send-otp")
    otp = sim.otp("919777788221")
    done = configured_cli("redeem", "--mobile", "9777788221", "--points", "60", "--bill", "V-1", "--otp", otp, "--json")
    redemption_id = done.json()["redemption_id"]
    receipt_id = configured_cli("receipt", "list", "--json").json()[-1]["id"]
    wrong = configured_cli("receipt", "void", str(receipt_id), "--reason", "x", "--pin-stdin", stdin="1111\n")
    assert wrong.code == 1 and "Wrong PIN" in wrong.err
    too_many = configured_cli(
        "receipt", "void", str(receipt_id), "--reason", "x", "--points", "61", "--pin-stdin", stdin="4821\n"
    )
    assert too_many.code == 1 and "Between 1 and 60 points" in too_many.err
    voided = configured_cli(
        "receipt", "void", str(receipt_id), "--reason", "customer changed mind", "--pin-stdin", stdin="4821\n"
    )
    assert voided.code == 0, voided.err
    assert f"Reversed 60 points of redemption {redemption_id}" in voided.out
    listed = configured_cli("receipt", "list", "--json").json()
    assert listed[-1]["void_of"] == redemption_id and listed[-1]["reason"] == "customer changed mind"
    again = configured_cli("receipt", "void", str(receipt_id), "--reason", "x", "--pin-stdin", stdin="4821\n")
    assert again.code == 1 and "already reversed on this till" in again.err
    void_of_void = configured_cli(
        "receipt", "void", str(listed[-1]["id"]), "--reason", "x", "--pin-stdin", stdin="4821\n"
    )
    assert void_of_void.code == 1 and "VOID receipt" in void_of_void.err
    balance = configured_cli("lookup", "--mobile", "9777788221", "--json").json()
    assert balance["loyalty_points"] == "2000"  # the 60 points are back


def test_lookup_and_check_show_money_in_the_configured_currency(configured_cli, sim: SimAdmin) -> None:
    sim.server.state.data["rules"]["max_per_redemption"] = 5000  # Vikram's 500 points: worth 125 at 0.25
    for currency, country, worth in (
        ("INR", "IN", "₹125.00 (1 point = ₹0.25)"),
        ("AED", "AE", "AED125.00 (1 point = AED0.25)"),
        ("EUR", "DE", "125,00\N{NO-BREAK SPACE}€ (1 point = 0,25\N{NO-BREAK SPACE}€)"),  # English as written in Germany
        ("JPY", "JP", "¥125 (1 point = ¥0.25)"),  # yen have no decimals; the ratio keeps its own
    ):
        assert configured_cli("config", "set", "currency", currency).code == 0
        assert configured_cli("config", "set", "country", country).code == 0
        lookup = configured_cli("lookup", "--card", "CARD0002")
        assert f"Worth:     {worth}" in lookup.out, lookup.out
    check = configured_cli("check", "--card", "CARD0002", "--points", "100")
    assert "Value:      ¥25\n" in check.out and "local" not in check.out, check.out  # the same figure once
    sim.server.state.data["rules"]["local_currency_ratio"] = "2"
    check = configured_cli("check", "--card", "CARD0002", "--points", "100")
    assert "Value:      ¥25  (local ¥50)" in check.out, check.out
    refused = configured_cli("config", "set", "currency", "RUPEES")
    assert refused.code != 0 and "ISO 4217" in refused.err + refused.out
