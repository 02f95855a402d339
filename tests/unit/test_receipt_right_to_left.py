"""An Arabic receipt as a preview or PDF lays it out: the ratio's amount in its place inside
the Arabic phrase, centred lines that stay centred, every value flush with the right edge."""

from __future__ import annotations

from decimal import Decimal

from pos_app.core.money import money_for
from pos_app.core.receipt import Layout, render_text, shown_width, without_direction_marks
from tests.support.receipts import sample_receipt

LRI, PDI, LRM = "\N{LEFT-TO-RIGHT ISOLATE}", "\N{POP DIRECTIONAL ISOLATE}", "\N{LEFT-TO-RIGHT MARK}"
FSI = "\N{FIRST STRONG ISOLATE}"
ARABIC = Layout(42, "ar", money_for("INR", "ar", "IN"))


def _line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


def test_the_ratio_isolates_its_amount_not_the_arabic_phrase() -> None:
    text = render_text(sample_receipt(), ARABIC)
    ratio = _line(text, "السعر")
    rate = money_for("INR", "ar", "IN").rate(sample_receipt().ratio)
    assert f"النقطة = {LRI}{rate}{PDI}" in ratio, repr(ratio)  # "النقطة = ₹0.25", the rupee beside its figure
    assert f"{LRI}النقطة" not in ratio  # the phrase itself reads right to left


def test_centred_lines_start_left_to_right_so_their_spaces_stay_in_front() -> None:
    lines = render_text(sample_receipt(), ARABIC).splitlines()
    title = next(line for line in lines if "استبدال النقاط" in line)
    thanks = next(line for line in lines if "شكر" in line)
    for centred in (title, thanks):
        assert centred.startswith(LRM + " "), repr(centred)
        text = without_direction_marks(centred).strip()
        left = len(without_direction_marks(centred)) - len(text)
        assert abs(left - (42 - len(text)) // 2) <= 1, repr(centred)
        assert f"{FSI}{text}{PDI}" in centred  # the words in their own direction: the "!" ends the thanks
    english = render_text(sample_receipt(), Layout(42)).splitlines()
    assert not any(LRM in line for line in english)


def test_every_labelled_line_fills_the_width_whatever_its_direction_marks() -> None:
    text = render_text(sample_receipt(), ARABIC)
    labelled = [line for line in text.splitlines() if "  " in line.strip() and not line.startswith(LRM)]
    assert labelled and all(shown_width(line) == 42 for line in labelled), [
        (shown_width(line), line) for line in labelled
    ]


def test_the_arabic_day_report_keeps_its_dates_and_figures_in_order_and_the_printer_gets_no_marks() -> None:
    from pos_app.core.day_report import CashierTotals, DayReport, report_text
    from pos_app.core.receipt_escpos import text_escpos

    report = DayReport("2026-12-02", {"anna": CashierTotals(redemptions=1, points=Decimal(100))}, made_at=0)
    text = report_text(report, ARABIC)
    assert "\N{LEFT-TO-RIGHT ISOLATE}2026-12-02\N{POP DIRECTIONAL ISOLATE}" in text  # not "02-12-2026"
    assert "\N{LEFT-TO-RIGHT ISOLATE}100\N{POP DIRECTIONAL ISOLATE}" in text
    assert all(shown_width(line) <= 42 for line in text.splitlines())  # the marks take no column
    assert "\N{LEFT-TO-RIGHT ISOLATE}".encode() not in text_escpos(text)
