"""Checks of what a cashier types or scans, before any call, in words a cashier can act on."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pos_app.core.capillary.inputs import Identifier
from pos_app.core.i18n import _, current_language

MAX_POINTS_DECIMALS = 3
_CARD = re.compile(r"[A-Za-z0-9-]{4,32}")
_BILL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_./-]{0,49}")
_OTP = re.compile(r"[A-Za-z0-9]{4,10}")
_SEPARATORS = re.compile(r"[\s().-]")
# A scanned barcode of digits only is a card when it is longer than any phone number.
BARCODE_MIN_DIGITS = 13


class InvalidInput(ValueError):
    """``str(error)`` is the message for the cashier, in the till's language: the message is
    translated, then its ``{figures}`` filled in."""

    def __init__(self, message: str, **figures: object) -> None:
        super().__init__(_(message).format(**figures) if figures else _(message))


def parse_mobile(text: str, country: str) -> str:
    """A mobile number as the API stores it: country code + national number, digits only."""
    raw = _SEPARATORS.sub("", text.strip())
    if not raw or not re.fullmatch(r"\+?\d+", raw):
        raise InvalidInput("Enter the customer's mobile number (digits only).")
    import phonenumbers  # its metadata takes a while to load: not at start-up

    candidates = [raw] if raw.startswith("+") else [raw, "+" + raw]
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, country.upper())
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return f"{number.country_code}{number.national_number}"
    raise InvalidInput(
        "{number} is not a valid mobile number for {country}. Check the digits and try again.",
        number=text.strip(),
        country=country_name(country),
    )


def country_name(code: str) -> str:
    """The country of an ISO code in the language the words are in ("India", "Indien", "भारत"),
    from Babel's territory names; the code itself for one Babel does not name."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(current_language()).territories
    except (UnknownLocaleError, ValueError):
        return code.upper()
    return str(names.get(code.upper(), code.upper()))


def parse_card(text: str) -> str:
    card = text.strip()
    if not _CARD.fullmatch(card):
        raise InvalidInput("A loyalty card number has 4 to 32 letters or digits.")
    return card


def parse_customer(text: str, country: str) -> Identifier:
    """Mobile or card from one field, the way a cashier types or a scanner sends it."""
    value = text.strip()
    if not value:
        raise InvalidInput("Scan the loyalty card or type the customer's mobile number.")
    compact = _SEPARATORS.sub("", value)
    if re.fullmatch(r"\d+", compact) and len(compact) >= BARCODE_MIN_DIGITS:
        return Identifier("card_number", compact)
    if re.fullmatch(r"\+?\d+", compact):
        return Identifier("mobile", parse_mobile(value, country))
    return Identifier("card_number", parse_card(value))


def parse_points(text: str, balance: Decimal | None = None) -> Decimal:
    try:
        points = Decimal(text.strip().replace(",", ""))
    except (InvalidOperation, AttributeError):
        raise InvalidInput("Enter the points as a number, for example 100.") from None
    if not points.is_finite() or points <= 0:
        raise InvalidInput("Points must be more than zero.")
    exponent = points.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_POINTS_DECIMALS:
        raise InvalidInput("Points can have at most three decimals.")
    if balance is not None and points > balance:
        raise InvalidInput("The customer has only {points} points.", points=format(balance.normalize(), "f"))
    return points


# Marks a cashier may take for the decimal mark: a point, a comma, the Arabic decimal separator.
_MARKS = ".,\u066b"


def parse_amount(text: str, locale: str = "en") -> Decimal:
    """An amount of money written as the till's language writes it (``2,50`` in German,
    ``2.50`` in English), read by Babel. Only that language's decimal mark is taken: a point in
    German (or a comma in English) could be a decimal mark or a thousands mark, so it is refused
    with the right way to write it, never dropped (``2.5`` read as 25 is ten times the points)."""
    from babel.numbers import NumberFormatError, format_decimal, get_decimal_symbol, parse_decimal

    typed = text.strip() if isinstance(text, str) else ""
    mark = get_decimal_symbol(locale)
    example = format_decimal(Decimal("2.50"), format="0.00", locale=locale)
    if not typed:
        raise InvalidInput("Enter the amount as a number, for example {example}.", example=example)
    others = sorted({c for c in typed if c in _MARKS and c != mark})
    if others or typed.count(mark) > 1:
        raise InvalidInput(
            "{typed} is not clear as an amount: this till writes amounts with \u201c{mark}\u201d as the decimal "
            "mark and no thousands mark, for example {example}. Type the amount again.",  # each language its quotes
            typed=typed,
            mark=mark,
            example=example,
        )
    try:
        amount = parse_decimal(typed, locale=locale, strict=True)
    except (NumberFormatError, ValueError):
        raise InvalidInput("Enter the amount as a number, for example {example}.", example=example) from None
    if not amount.is_finite() or amount <= 0:
        raise InvalidInput("The amount must be more than zero.")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > 2:
        raise InvalidInput("An amount has at most two decimals.")
    return amount


def parse_bill(text: str) -> str:
    bill = text.strip()
    if not bill:
        raise InvalidInput("Enter or scan the bill number.")
    if not _BILL.fullmatch(bill):
        raise InvalidInput("A bill number has up to 50 letters, digits or - _ . / and starts with a letter or digit.")
    return bill


def parse_otp(text: str) -> str:
    code = text.strip().upper()
    if not _OTP.fullmatch(code):
        raise InvalidInput("The code has 4 to 10 letters or digits. Ask the customer to read it again.")
    return code


def parse_day(text: str) -> str:
    """A calendar day as YYYY-MM-DD (the journal's days)."""
    import datetime

    try:
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InvalidInput("{day} is not a day: give it as YYYY-MM-DD, e.g. 2026-01-31.", day=repr(text)) from None
