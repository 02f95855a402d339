"""Receipts and the day report in the receipt's language (core's gettext catalogues)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.config import Settings
from pos_app.core.day_report import day_report, report_text
from pos_app.core.i18n import use_language
from pos_app.core.journal import Journal
from pos_app.core.money import money_for
from pos_app.core.outbox import Outbox, QueueSummary
from pos_app.core.receipt import Layout, layout_for, render_text, shown_width
from tests.support.receipts import sample_receipt

RECEIPT = sample_receipt()


@pytest.fixture(autouse=True)
def english_after():
    yield
    use_language("en")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["PUNKTEEINLÖSUNG", "Eingelöste Punkte", "Guthaben danach", "Bestätigt per"]),
        ("hi", ["पॉइंट रिडेम्पशन", "रिडीम किए पॉइंट", "बाद का बैलेंस"]),
        ("ar", ["استبدال النقاط", "النقاط المستبدلة", "الرصيد بعدها"]),
    ],
)
def test_receipt_speaks_its_language_and_fits_the_paper(language: str, words: list[str]) -> None:
    for width in (32, 42, 48):
        text = render_text(RECEIPT, Layout(width, language, money_for("INR", language, "IN")))
        assert all(word in text for word in words), text
        assert all(shown_width(line) <= width for line in text.splitlines())  # direction marks take no column


def test_an_arabic_receipt_keeps_dates_and_ids_left_to_right() -> None:
    text = render_text(RECEIPT, Layout(42, "ar", money_for("AED", "ar", "AE")))
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(RECEIPT.when))
    assert f"\N{LEFT-TO-RIGHT ISOLATE}{stamp}\N{POP DIRECTIONAL ISOLATE}" in text
    assert "\N{LEFT-TO-RIGHT ISOLATE}91******0303\N{POP DIRECTIONAL ISOLATE}" in text


def test_receipt_language_follows_the_till_unless_the_printer_cannot_print_it() -> None:
    settings = Settings()
    use_language("hi")
    assert layout_for(settings).language == "hi"  # screen, PDF, system printer
    settings.set("printer.kind", "network")
    assert layout_for(settings).language == "en"  # no Devanagari on a thermal code page
    settings.set("receipt.language", "hi")
    assert layout_for(settings).language == "hi"  # the store knows its printer can
    settings.set("receipt.language", "de")
    assert "PUNKTEEINLÖSUNG" in render_text(RECEIPT, layout_for(settings))


def test_day_report_in_german(tmp_path: Path) -> None:
    journal = Journal(Outbox(tmp_path / "outbox.sqlite3"))
    journal.add(RECEIPT)
    report = day_report(journal, time.strftime("%Y-%m-%d"), QueueSummary(2, Decimal(40), 1, None))
    text = report_text(report, Layout(42, "de", money_for("EUR", "de", "DE")))
    assert "TAGESABSCHLUSS" in text and "SUMME" in text and "In der Warteschlange" in text
    assert any(line.startswith("  Wert") and line.endswith("25,00\N{NO-BREAK SPACE}€") for line in text.splitlines())
