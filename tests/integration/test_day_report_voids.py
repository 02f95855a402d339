"""The day report nets a void out at the value its points were redeemed for, on real voids."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import SimAdmin
from tests.support.ports import free_port


def _void_50_and_report(configured_cli, receipt_id: int) -> None:
    voided = configured_cli(
        "receipt", "void", str(receipt_id), "--reason", "returned", "--points", "50", "--pin-stdin", stdin="4821\n"
    )
    assert voided.code == 0, voided.out + voided.err
    report = configured_cli("report", "day", "--json").json()
    figures = tuple(Decimal(report[k]) for k in ("value", "value_returned", "net_value"))
    assert figures == (Decimal("37.50"), Decimal("12.50"), Decimal("25.00")), report
    text = configured_cli("report", "day").out
    lines = [line.split() for line in text.splitlines()]
    assert ["value", "returned", "₹12.50"] in lines and ["net", "value", "₹25.00"] in lines, text


def test_a_partial_void_returns_its_share_of_the_value(configured_cli, sim: SimAdmin) -> None:
    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    configured_cli("check", "--mobile", "9777788221", "--points", "150", "--send-otp")
    otp = sim.otp("919777788221")
    done = configured_cli("redeem", "--mobile", "9777788221", "--points", "150", "--bill", "R-1", "--otp", otp)
    assert done.code == 0, done.out + done.err
    _void_50_and_report(configured_cli, configured_cli("receipt", "list", "--json").json()[-1]["id"])


def test_a_void_of_a_redemption_sent_later_by_the_queue_returns_its_value(cli, sim: SimAdmin) -> None:
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")  # the service out of reach
    cli("config", "set", "offline.policy", "no-otp-under-cap")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    assert cli("redeem", "--mobile", "9777788221", "--bill", "L-1", "--points", "150").code == 8
    cli("config", "set", "host", sim.url)
    assert cli("queue", "replay").code == 0
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    _void_50_and_report(cli, cli("receipt", "list", "--json").json()[-1]["id"])
