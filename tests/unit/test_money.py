"""Money in the org's currency and the reader's format (Babel): receipts, the day report, settings."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.config import Settings
from pos_app.core.day_report import day_report, report_text
from pos_app.core.journal import Journal
from pos_app.core.money import money_for
from pos_app.core.outbox import Outbox, QueueSummary
from pos_app.core.receipt import Layout, layout_for, render_text
from pos_app.core.receipt_escpos import escpos_bytes
from tests.support.receipts import sample_receipt

RECEIPT = replace(sample_receipt(), value=Decimal("1250.5"), ratio=Decimal("0.125"))

# currency, language, country: the value 1250.5, the ratio 0.125 (never rounded)
CASES = [
    ("INR", "en", "IN", "₹1,250.50", "₹0.125"),
    ("AED", "en", "AE", "AED1,250.50", "AED0.125"),
    ("EUR", "de", "DE", "1.250,50\N{NO-BREAK SPACE}€", "0,125\N{NO-BREAK SPACE}€"),
    ("JPY", "en", "JP", "¥1,250", "¥0.125"),  # no decimals in yen
]


@pytest.mark.parametrize(("currency", "language", "country", "value", "ratio"), CASES)
def test_receipt_shows_the_currency_as_its_readers_write_it(
    currency: str, language: str, country: str, value: str, ratio: str
) -> None:
    text = render_text(RECEIPT, Layout(42, "en", money_for(currency, language, country)))
    assert value in text and f"1 pt = {ratio}" in text


@pytest.mark.parametrize(("currency", "language", "country", "value", "ratio"), CASES)
def test_day_report_totals_the_value_in_the_currency(
    tmp_path: Path, currency: str, language: str, country: str, value: str, ratio: str
) -> None:
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    journal.add(RECEIPT)
    report = day_report(journal, time.strftime("%Y-%m-%d"), QueueSummary(0, Decimal(0), 0, None))
    lines = report_text(report, Layout(42, "en", money_for(currency, language, country))).splitlines()
    assert sum(line.startswith("  value") and line.endswith(value) for line in lines) == 2  # the cashier, the total
    assert any(line.startswith("  points") and line.endswith("100") for line in lines)  # points are not money


def test_the_settings_choose_currency_and_a_thermal_printer_gets_a_symbol_it_can_print() -> None:
    settings = Settings()
    assert layout_for(settings).money(Decimal(5)) == "₹5.00"  # INR by default; the screen, PDF
    settings.set("printer.kind", "network")
    assert layout_for(settings).money(Decimal(5)) == "INR\N{NO-BREAK SPACE}5.00"  # no ₹ on code pages
    assert "INR" in escpos_bytes(RECEIPT, layout_for(settings)).decode("cp437", "replace")
    settings.set("currency", "eur")
    assert layout_for(settings).money(Decimal(5)) == "€5.00"  # € is on the printer's code page
    with pytest.raises(ValueError, match="ISO 4217"):
        settings.set("currency", "XYZ")


def test_a_value_the_service_did_not_give_is_a_dash() -> None:
    money = money_for("JPY", "en", "JP")
    assert money(None) == "-" and money.rate(None) == "-"
