"""A receipt issued PENDING whose redemption was then refused and cancelled says NOT APPLIED
wherever it is read again (list, PDF, reprint, day report), never "sent when the network allows";
with no printer, a reprint names every printer kind the settings accept."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pos_app.core.config import choices_of
from tests.conftest import SimAdmin
from tests.support.ports import free_port


def _refused_then_cancelled(cli, sim: SimAdmin) -> None:
    """The shift's case: 100 points queued offline, refused on replay, cancelled by a supervisor."""
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")
    cli("config", "set", "offline.policy", "no-otp-under-cap")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    # A number the service does not know: refused when the queue sends it.
    assert cli("redeem", "--mobile", "9800000618", "--bill", "B6001", "--points", "100").code == 8
    cli("config", "set", "host", sim.url)
    cli("queue", "replay")
    assert cli("queue", "list", "--json").json()["items"][0]["state"] == "attention"
    assert cli("supervisor", "set-pin", "--pin-stdin", stdin="1234\n").code == 0
    item_id = str(cli("queue", "list", "--json").json()["items"][0]["id"])
    cancelled = cli("queue", "cancel", item_id, "--reason", "customer left", "--pin-stdin", stdin="1234\n")
    assert cancelled.code == 0, cancelled.out + cancelled.err


def test_a_cancelled_redemption_reads_not_applied_on_every_copy(cli, sim: SimAdmin, tmp_path) -> None:
    _refused_then_cancelled(cli, sim)
    listed = cli("receipt", "list")
    assert "NOT APPLIED" in listed.out and "PENDING" not in listed.out, listed.out
    assert cli("report", "day", "--json").json()["not_applied"] == 1
    pdf = tmp_path / "receipt.pdf"
    assert cli("receipt", "pdf", "1", "--output", str(pdf)).code == 0
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (tests/run.sh installs poppler-utils)")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "POINTS REDEMPTION - NOT APPLIED" in text and "No points were taken" in text, text
    assert "PENDING" not in text and "network allows" not in text, text
    assert "customer left" in text  # why, as the queue keeps it
    paper = tmp_path / "paper.bin"
    cli("config", "set", "printer.kind", "file")
    cli("config", "set", "printer.device", str(paper))
    assert cli("receipt", "reprint", "1").code == 0
    printed = paper.read_bytes().decode("cp437", errors="replace")
    assert "NOT APPLIED" in printed and "PENDING" not in printed and "network allows" not in printed


def test_a_reprint_with_no_printer_names_every_kind_the_settings_accept(cli) -> None:
    cli("config", "set", "printer.kind", "none")
    cli("config", "set", "host", f"http://127.0.0.1:{free_port()}")
    cli("config", "set", "offline.policy", "no-otp-under-cap")
    cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n")
    assert cli("redeem", "--mobile", "9777788221", "--bill", "B1", "--points", "10").code == 8
    refused = cli("receipt", "reprint", "1")
    assert refused.code != 0
    kinds = [kind for kind in choices_of("printer.kind") if kind != "none"]
    assert "pdf" in kinds and all(kind in refused.err for kind in kinds), refused.err
    assert "pos-app config set printer.kind" in refused.err
