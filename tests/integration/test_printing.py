"""Printing for real: a network printer on a loopback TCP port, a file device, PDFs read back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from pos_app.core.printers import PrinterConfig, PrinterUnavailable, send
from pos_app.core.receipt_escpos import escpos_bytes
from tests.conftest import SimAdmin
from tests.support.ports import free_port
from tests.support.printer_listener import PrinterListener
from tests.support.receipts import sample_receipt

RECEIPT = sample_receipt(customer_name="Asha Rao", customer_value="919777788221")


def test_network_print_job_arrives_byte_for_byte() -> None:
    listener = PrinterListener()
    data = escpos_bytes(RECEIPT, 42)
    send(PrinterConfig(kind="network", host="127.0.0.1", port=listener.port), data)
    assert listener.wait() == data


def test_unreachable_printer_gives_a_clear_message() -> None:
    port = free_port()
    with pytest.raises(PrinterUnavailable) as caught:
        send(PrinterConfig(kind="network", host="127.0.0.1", port=port, timeout_s=2), b"x")
    assert "cannot be reached" in str(caught.value) and "redemption is done" in str(caught.value)
    with pytest.raises(PrinterUnavailable, match="No receipt printer is set up"):
        send(PrinterConfig(kind="none"), b"x")


def test_file_device_receives_the_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    data = escpos_bytes(replace(RECEIPT, customer_name="Zoë"), 32)
    send(PrinterConfig(kind="file", device=str(device)), data)
    assert device.read_bytes() == data


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_redeem_then_print_and_pdf_from_the_journal(configured_cli, sim: SimAdmin, tmp_path: Path) -> None:
    sim.missed_call("919777788221")
    done = configured_cli(
        "redeem",
        "--card",
        "CARD0001",
        "--points",
        "100",
        "--bill",
        "PDF-1",
        "--missed-call",
        "--cashier",
        "anna",
        "--json",
    )
    assert done.code == 0, done.err
    redemption_id = done.json()["redemption_id"]
    pdf = tmp_path / "receipt.pdf"
    made = configured_cli("receipt", "pdf", "--last", "--output", str(pdf))
    assert made.code == 0, made.err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (redemption_id, "PDF-1", "100", "1900", "POINTS REDEMPTION", "missed call", "COPY - REPRINT"):
        assert expected in text, text  # a PDF of a journaled receipt is a copy, and says so
    listener = PrinterListener()
    configured_cli("config", "set", "printer.kind", "network")
    configured_cli("config", "set", "printer.host", "127.0.0.1")
    configured_cli("config", "set", "printer.port", str(listener.port))
    printed = configured_cli("receipt", "reprint")
    assert printed.code == 0, printed.err
    again = listener.wait()
    assert redemption_id.encode() in again and b"COPY - REPRINT" in again and "COPY - REPRINT" in printed.out
    listener = PrinterListener()
    configured_cli("config", "set", "printer.port", str(listener.port))
    assert configured_cli("receipt", "print").code == 0  # print (not reprint): as the original
    assert b"COPY - REPRINT" not in listener.wait()
    folder = tmp_path / "printed"  # the demo's printer: PDFs in a folder, made on the first print
    configured_cli("config", "set", "printer.kind", "pdf")
    configured_cli("config", "set", "printer.device", str(folder))
    checked = configured_cli("self-test", "--json").json()
    printer = next(check for check in checked["checks"] if check["name"] == "printer")
    assert printer["verdict"] == "ok", printer
    reprinted = configured_cli("receipt", "reprint")
    assert reprinted.code == 0 and str(folder) in reprinted.out, reprinted.out + reprinted.err
    (written,) = folder.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    assert redemption_id in text and "COPY - REPRINT" in text
    report = configured_cli("report", "day", "--csv")
    anna = next(row for row in csv.DictReader(io.StringIO(report.out)) if row["cashier"] == "anna")
    assert (anna["redemptions"], anna["points"], anna["value"], anna["pending"], anna["voids"]) == (
        "1",
        "100",
        "25.00",
        "0",
        "0",
    )
    listed = configured_cli("receipt", "list", "--json").json()
    assert listed[0]["redemption_id"] == redemption_id


def test_printer_off_at_reprint_is_a_clear_error_and_nothing_else_changes(configured_cli, sim: SimAdmin) -> None:
    sim.missed_call("919777788221")
    assert configured_cli("redeem", "--card", "CARD0001", "--points", "10", "--bill", "P", "--missed-call").code == 0
    configured_cli("config", "set", "printer.kind", "network")
    configured_cli("config", "set", "printer.host", "127.0.0.1")
    configured_cli("config", "set", "printer.port", "9")
    result = configured_cli("receipt", "print", "--last")
    assert result.code == 1 and "cannot be reached" in result.err
    assert len(sim.ledger()) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_void_read_back_from_its_pdf_and_its_bytes_says_points_returned(
    configured_cli, sim: SimAdmin, tmp_path: Path
) -> None:
    sim.missed_call("919777788221")
    done = configured_cli("redeem", "--card", "CARD0001", "--points", "30", "--bill", "V-1", "--missed-call", "--json")
    redemption_id = done.json()["redemption_id"]
    assert configured_cli("supervisor", "set-pin", "--pin-stdin", stdin="4821\n").code == 0
    reverse = ("reverse", "--card", "CARD0001", "--redemption-id", redemption_id, "--points", "30", "--pin-stdin")
    assert configured_cli(*reverse, stdin="4821\n").code == 0
    pdf = tmp_path / "void.pdf"
    assert configured_cli("receipt", "pdf", "--last", "--output", str(pdf)).code == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("VOID - POINTS RETURNED", "Points returned", redemption_id, "30 points were returned"):
        assert expected in text, text
    assert "Thank you" not in text and "Points redeemed" not in text
    listener = PrinterListener()
    configured_cli("config", "set", "printer.kind", "network")
    configured_cli("config", "set", "printer.host", "127.0.0.1")
    configured_cli("config", "set", "printer.port", str(listener.port))
    assert configured_cli("receipt", "print", "--last").code == 0
    printed = listener.wait()
    assert printed.startswith(b"\x1b@") and b"Points returned" in printed and b"Thank you" not in printed
