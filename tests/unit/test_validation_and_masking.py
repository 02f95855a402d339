from __future__ import annotations

import contextlib
import logging
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.masking import RedactingFilter, mask_email, mask_mobile, redact
from pos_app.core.validation import (
    InvalidInput,
    parse_bill,
    parse_customer,
    parse_mobile,
    parse_otp,
    parse_points,
)


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("919777788221", "mobile", "919777788221"),
        ("97777 88221", "mobile", "919777788221"),
        ("+91-97777-88221", "mobile", "919777788221"),
        ("CARD0001", "card_number", "CARD0001"),
        (" 4006381333931 ", "card_number", "4006381333931"),
    ],
)
def test_customer_field_takes_mobile_or_card(typed: str, kind: str, value: str) -> None:
    who = parse_customer(typed, "IN")
    assert (who.kind, who.value) == (kind, value)


@pytest.mark.parametrize("typed", ["12345", "0000000000", "", "CARD 0001!", "+44 20 7946 0018"])
def test_invalid_customer_input_is_refused_with_a_message(typed: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_customer(typed, "IN")
    assert str(caught.value)


@pytest.mark.parametrize(
    ("language", "country", "named"),
    [
        ("en", "IN", "for India."),
        ("en", "gb", "for United Kingdom."),
        ("de", "IN", "für Indien."),
        ("hi", "IN", "भारत"),
    ],
)
def test_a_wrong_mobile_number_names_the_country_in_the_words_language(language: str, country: str, named: str) -> None:
    from pos_app.core.i18n import use_language

    use_language(language)
    try:
        with pytest.raises(InvalidInput) as caught:
            parse_mobile("97777", country)
    finally:
        use_language("en")
    assert named in str(caught.value) and f" {country.upper()}" not in str(caught.value), str(caught.value)


def test_uk_mobile_with_gb_country() -> None:
    assert parse_customer("07911 123456", "GB").value == "447911123456"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "more than zero"),
        ("-5", "more than zero"),
        ("1.2345", "three decimals"),
        ("abc", "as a number"),
        ("300", "only 200"),
    ],
)
def test_points_messages(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_points(typed, balance=Decimal(200))


def test_points_and_bill_and_otp_accept_good_input() -> None:
    assert parse_points("1,000.5") == Decimal("1000.5")
    assert parse_bill(" INV-2026/0042 ") == "INV-2026/0042"
    assert parse_otp(" ns3u05 ") == "NS3U05"
    for bad in ("", "-lead", "x" * 51, "bill number"):
        with pytest.raises(InvalidInput):
            parse_bill(bad)


def test_mask_mobile_keeps_country_and_last_four() -> None:
    assert mask_mobile("919777788221") == "91******8221"


def test_redact_hides_secrets_and_numbers() -> None:
    text = redact('Authorization: Basic abc123== otp=123456 "password": "hunter2" mobile 919777788221')
    for secret in ("abc123", "123456", "hunter2", "919777788221"):
        assert secret not in text
    assert "8221" in text


def test_redact_leaves_timestamps_and_decimals_but_masks_numbers_in_text() -> None:
    text = redact("{'learned_at': 1764601868.1, 'ratio': 0.2500000001} card CARD0001 mobile=919777788221, ok")
    assert "'learned_at': 1764601868.1" in text and "0.2500000001" in text
    assert "919777788221" not in text and "mobile=91******8221, ok" in text
    assert "919777788221" not in redact("sent to +919777788221. Then") and "x9197777882215y" in redact(
        "x9197777882215y"
    )


def test_mask_email_keeps_first_letter_and_domain() -> None:
    assert mask_email("asha.rao@example.com") == "a***@example.com"
    assert mask_email("nobody") == "******"


def test_redacting_filter_applies_to_formatted_records() -> None:
    record = logging.LogRecord(
        "pos_app", logging.INFO, __file__, 1, "customer %s token=%s", ("919777788221", "sekrit"), None
    )
    RedactingFilter().filter(record)
    assert "919777788221" not in record.getMessage() and "sekrit" not in record.getMessage()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_validators_never_raise_anything_but_invalid_input(text: str) -> None:
    for parse in (lambda t: parse_customer(t, "IN"), parse_points, parse_bill, parse_otp):
        with contextlib.suppress(InvalidInput):
            parse(text)


def test_an_amount_is_read_in_the_tills_language_and_an_unclear_mark_is_refused() -> None:
    from pos_app.core.validation import parse_amount

    assert parse_amount("2,5", "de") == Decimal("2.5")
    assert parse_amount("12,50", "de") == Decimal("12.50")
    assert parse_amount("12.5", "en_IN") == Decimal("12.5")
    assert parse_amount("12.5", "ar") == Decimal("12.5")
    for typed, locale, right in (
        ("12.5", "de", "2,50"),
        ("1.250", "de", "2,50"),
        ("12,5", "en", "2.50"),
        ("1,250.00", "en_IN", "2.50"),
        ("2,5,0", "de", "2,50"),
    ):
        with pytest.raises(InvalidInput) as refused:
            parse_amount(typed, locale)
        assert typed in str(refused.value) and right in str(refused.value), str(refused.value)
    with pytest.raises(InvalidInput, match="at most two decimals"):
        parse_amount("2,505", "de")
