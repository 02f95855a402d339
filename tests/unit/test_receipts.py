"""Receipt layout at every width, ESC/POS bytes, the journal and the end-of-day report."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.day_report import day_report, report_csv, report_text
from pos_app.core.journal import Journal
from pos_app.core.outbox import Outbox, QueueSummary
from pos_app.core.receipt import as_reprint, render_text
from pos_app.core.receipt_escpos import escpos_bytes
from tests.support.receipts import sample_receipt

RECEIPT = sample_receipt()


@pytest.mark.parametrize("width", [32, 42, 48])
def test_no_line_overflows_with_long_names_and_large_numbers(width: int) -> None:
    long = replace(
        RECEIPT,
        customer_name="Maximiliana Alexandra " * 4,
        store="Hypermarket " * 6,
        bill="B" * 50,
        points=Decimal("123456789012.125"),
        value=Decimal("30864197253.03"),
        balance_after=Decimal("99999999999999"),
        header="H" * 120,
        footer="Visit again " * 10,
        reference="POS-" + "F" * 20,
    )
    for receipt in (long, replace(long, redemption_id=""), replace(long, void_of="7t4y2a", reason="wrong bill " * 8)):
        text = render_text(receipt, width)
        assert all(len(line) <= width for line in text.splitlines()), text
        assert "123456789012.125" in text.replace("\n ", "")


def test_text_has_what_the_customer_and_the_store_need() -> None:
    text = render_text(RECEIPT, 42)
    for expected in (
        "Demo Store 001",
        "demo.till",
        "anna",
        "Zoë Müller-Ñúñez",
        "91******0303",
        "INV-2026-0042",
        "7t4y2a",
        "100",
        "25",
        "₹25.00",
        "1 pt = ₹0.25",
        "650",
        "OTP",
        "Welcome",
        "Thank you!",
    ):
        assert expected in text
    assert "919777700303" not in text
    pending = render_text(replace(RECEIPT, redemption_id=""), 42)
    assert "PENDING" in pending and "POS-ABCDEF0123456789ABCD" in pending and "7t4y2a" not in pending


def test_escpos_bytes_have_alignment_emphasis_code_page_and_cut() -> None:
    data = escpos_bytes(RECEIPT, 42, qr=True)
    assert b"\x1ba\x01" in data  # centred header
    assert b"\x1ba\x00" in data  # then left aligned
    assert b"\x1bE\x01" in data and b"\x1bE\x00" in data  # bold on and off
    assert b"\x1bt" in data  # a code page chosen for the text
    assert "Zo\u00eb".encode("cp437") in data or "Zo\u00eb".encode("cp858") in data  # ë through the code page
    assert b"\x1dV" in data[-8:]  # cut at the end
    assert b"\x1d(k" in data  # QR code of the redemption id
    assert b"7t4y2a" in data and b"POINTS REDEMPTION" in data
    assert b"\x1d(k" not in escpos_bytes(RECEIPT, 42, qr=False)


def test_the_logo_is_a_raster_image_before_the_text_only_when_asked() -> None:
    with_logo = escpos_bytes(RECEIPT, 42, logo=True)
    assert b"\x1dv0" in with_logo  # GS v 0: raster bit image
    assert with_logo.index(b"\x1dv0") < with_logo.index(RECEIPT.store.encode())
    assert b"\x1dv0" not in escpos_bytes(RECEIPT, 42)


def test_journal_keeps_receipts_masked_and_reprints_them(tmp_path: Path) -> None:
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    first = journal.add(RECEIPT)
    second = journal.add(replace(RECEIPT, redemption_id="", reference="POS-PENDING"))
    assert journal.last_id() == second
    again = journal.get(first)
    assert again.redemption_id == "7t4y2a" and again.points == Decimal(100)
    assert again.customer_shown == "91******0303"
    journal.outbox.close()
    assert b"919777700303" not in (tmp_path / "outbox.sqlite3").read_bytes()
    assert render_text(again, 42) == render_text(RECEIPT, 42)


def test_day_report_by_cashier_with_voids_pending_and_queue(tmp_path: Path) -> None:
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    journal.add(RECEIPT)
    journal.add(replace(RECEIPT, cashier="ben", points=Decimal(40), value=Decimal(10)))
    journal.add(replace(RECEIPT, redemption_id="", cashier="ben"))
    journal.add(replace(RECEIPT, void_of="7t4y2a", points=Decimal(100)))
    day = time.strftime("%Y-%m-%d")
    report = day_report(journal, day, QueueSummary(3, Decimal(70), 1, None))
    assert report.by_cashier["anna"].redemptions == 1 and report.by_cashier["anna"].voids == 1
    assert report.by_cashier["ben"].points == Decimal(40) and report.by_cashier["ben"].pending == 1
    assert report.total.points == Decimal(140) and report.total.value == Decimal(35)
    text = report_text(report, 32)
    assert all(len(line) <= 32 for line in text.splitlines())
    assert "Need attention" + " " * 17 + "1" in text.splitlines()
    assert "  points" + " " * 21 + "140" in text.splitlines()  # whole, even on 58 mm paper
    csv_text = report_csv(report)
    assert f"{day},TOTAL,2,140,35.00,1,1,100,0,0" in csv_text and "queue waiting,3" in csv_text


def test_day_report_counts_a_pending_receipt_as_its_queued_redemption_stands_now(tmp_path: Path) -> None:
    from pos_app.core.outbox import NewRedemption, Outbox

    outbox = Outbox(tmp_path / "outbox.sqlite3")
    journal = Journal(outbox)
    rows = {}
    for bill, state in (("S-1", "done"), ("S-2", "cancelled"), ("S-3", "pending"), ("S-4", "attention")):
        item = outbox.add(NewRedemption("mobile", "919777700303", Decimal(20), bill, offline=True))
        outbox.update(item.id, state=state, result={"redeemed_value": "5"} if state == "done" else {})
        rows[state] = item
        journal.add(replace(RECEIPT, redemption_id="", reference=item.reference, points=Decimal(20), value=None))
    day = time.strftime("%Y-%m-%d")
    report = day_report(journal, day, outbox.summary(), outbox.find_reference)
    anna = report.by_cashier["anna"]
    assert (anna.redemptions, anna.points, anna.value) == (1, Decimal(20), Decimal(5))
    assert (anna.sent_later, anna.not_applied, anna.pending) == (1, 1, 2)
    before = day_report(journal, day, outbox.summary())  # without the queue: all still pending
    assert before.by_cashier["anna"].pending == 4 and before.by_cashier["anna"].redemptions == 0
    assert "  sent later" in report_text(report) and f"{day},anna,1,20,5.00,2,0,0,1,1" in report_csv(report)


def test_every_thermal_job_starts_by_resetting_the_printer() -> None:
    from pos_app.core.receipt_escpos import text_escpos

    # ESC @ first: a printer left in double height or another code page by the last program
    # prints this slip as designed, whatever came before.
    for data in (escpos_bytes(RECEIPT, 42), escpos_bytes(RECEIPT, 42, logo=True), text_escpos("Day report\n")):
        assert data.startswith(b"\x1b@"), data[:8]


def test_a_void_slip_reads_as_points_returned_to_the_customer() -> None:
    void = replace(
        RECEIPT, void_of="7t4y2a", reference="rv-881", reason="wrong bill", verified_by="supervisor", bill="INV-7"
    )
    text = render_text(void, 42)
    assert "VOID - POINTS RETURNED" in text and "Points returned" in text
    assert "Zoë Müller-Ñúñez" in text and "91******0303" in text and "7t4y2a" in text and "wrong bill" in text
    assert "100 points were returned" in text
    for not_on_a_void in ("Thank you!", "Points redeemed", "Verified by", "Balance after"):
        assert not_on_a_void not in text, not_on_a_void
    data = escpos_bytes(void, 42)
    assert b"Points returned" in data and b"Thank you!" not in data


def test_family_points_say_so_and_print_the_familys_balance(tmp_path: Path) -> None:
    from pos_app.core.config import Settings
    from pos_app.core.outbox import NewRedemption, Outbox
    from pos_app.core.receipt import receipt_for

    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(
        NewRedemption("mobile", "919777788221", Decimal(100), "B-1", group_ref={"user_group2_external_id": "FAM-RAO"})
    )
    outbox.update(item.id, state="done", redemption_id="fam123", result={"balance": "2000"})
    done = outbox.get(item.id)
    receipt = receipt_for(done, Settings(path=tmp_path / "settings.toml"), "Asha Rao", family_balance=Decimal(3000))
    text = render_text(receipt, 42)
    assert label_line("Points from", "family FAM-RAO") in text
    assert label_line("Family balance", "2900") in text and label_line("Own balance", "2000") in text
    own = render_text(replace(receipt, family="", family_balance=None), 42)
    assert "family" not in own.lower() and label_line("Balance after", "2000") in own


def test_receipts_name_the_program_by_its_title() -> None:
    text = render_text(replace(RECEIPT, program="974", program_title="Partner Miles"), 42)
    assert label_line("Program", "Partner Miles") in text and "974" not in text
    assert label_line("Program", "973") in render_text(RECEIPT, 42)  # an old copy knows only the id


def label_line(label: str, value: str, width: int = 42) -> str:
    return label + " " * (width - len(label) - len(value)) + value


def test_a_redemption_confirmed_in_the_history_says_so_and_an_unknown_balance_in_words(tmp_path: Path) -> None:
    confirmed = replace(sample_receipt(), redemption_id="(applied)", history_id="121600", balance_after=None)
    lines = render_text(confirmed, 42).splitlines()
    assert label_line("Redemption id", "history #121600") in lines  # one short line, never wrapped
    assert label_line("Reference", confirmed.reference) in lines  # the id the redemption was made under
    text = " ".join(lines)
    assert "found in the customer's history (history #121600), applied once" in " ".join(text.split())
    assert "(applied)" not in text
    text = " ".join(render_text(confirmed, 42).split())
    assert "Balance after not known" in text
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    kept = journal.get(journal.add(confirmed))
    assert " ".join(render_text(kept, 42).split()) == text  # the journal's copy says the same


def test_a_reprint_is_marked_as_a_copy_in_its_title_and_the_journal_keeps_the_original(tmp_path: Path) -> None:
    original = sample_receipt()
    copy = as_reprint(original)
    lines = render_text(copy, 42).splitlines()
    rules = [n for n, line in enumerate(lines) if line == "-" * 42]
    assert any("COPY - REPRINT" in line for line in lines[rules[0] : rules[1]])  # in the title block
    assert "COPY - REPRINT" not in render_text(original, 42)
    assert b"COPY - REPRINT" in escpos_bytes(copy, 42) and b"COPY - REPRINT" not in escpos_bytes(original, 42)
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    assert not journal.get(journal.add(copy)).reprint


def test_the_default_footer_is_printed_in_the_receipts_language_a_stores_own_as_written() -> None:
    from pos_app.core.money import money_for
    from pos_app.core.receipt import Layout

    german = Layout(42, "de", money_for("INR", "de", "IN"))
    assert render_text(RECEIPT, german).rstrip().splitlines()[-1].strip() == "Vielen Dank!"
    assert "Thank you" not in render_text(RECEIPT, german)
    own = render_text(replace(RECEIPT, footer="Danke, bis bald"), german)
    assert own.rstrip().splitlines()[-1].strip() == "Danke, bis bald"


def test_a_german_void_slip_names_who_authorised_it_in_german() -> None:
    from pos_app.core.money import money_for
    from pos_app.core.receipt import Layout

    void = replace(RECEIPT, void_of="7t4y2a", verified_by="supervisor", value=None, reason="Rückgabe")
    text = render_text(void, Layout(42, "de", money_for("INR", "de", "IN")))
    assert label_line("Freigegeben von", "Aufsicht") in text.splitlines() and "supervisor" not in text


def test_the_local_value_is_printed_only_when_it_differs_from_the_value() -> None:
    same = render_text(replace(RECEIPT, value=Decimal("25"), local_value=Decimal("25")), 42)
    assert "Local value" not in same and "₹25.00" in same
    other = render_text(replace(RECEIPT, value=Decimal("25"), local_value=Decimal("22.50")), 42)
    assert "Local value" in other and "₹22.50" in other
