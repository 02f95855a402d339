"""Money as the till's people read it: the org's currency (ISO 4217) in their language's
format (Babel: symbol, separators, decimals), e.g. ``₹1,25,000.50`` in India, ``12,50 €`` in German.

Only for showing a value: what is sent to the service stays ``format_money``'s plain figure.
Points are not money and keep ``format_points``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

DEFAULT_CURRENCY = "INR"
# The code page a thermal printer falls back on; a symbol it lacks (₹, د.إ) prints as the ISO code.
PRINTER_CODE_PAGE = "cp858"


@cache
def known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@cache
def money_locale(language: str, country: str) -> str:
    """The most specific locale Babel knows for a language and region: ``en_IN``, else ``en``."""
    from babel import Locale, UnknownLocaleError

    for name in (f"{language}_{country.upper()}", language):
        try:
            Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            continue
        return name
    return "en"


@dataclass(frozen=True)
class Money:
    currency: str = DEFAULT_CURRENCY
    locale: str = "en_IN"
    printable: bool = False  # for a thermal printer: the ISO code where the symbol is not on its code page

    def __call__(self, value: Decimal | None) -> str:
        """``₹37.50``, ``JP¥125``: the currency's own decimals; ``-`` for a value not given."""
        return self._format(value, exact=False)

    def rate(self, value: Decimal | None) -> str:
        """What one point is worth: every decimal kept (``₹0.125``, never rounded to ``₹0.13``)."""
        return self._format(value, exact=True)

    def _format(self, value: Decimal | None, exact: bool) -> str:
        if value is None:
            return "-"
        from babel.numbers import format_currency

        text = str(format_currency(value, self.currency, locale=self.locale, decimal_quantization=not exact))
        if self.printable:
            from babel.numbers import get_currency_symbol

            symbol = get_currency_symbol(self.currency, locale=self.locale)
            try:
                symbol.encode(PRINTER_CODE_PAGE)
            except UnicodeEncodeError:
                text = text.replace(symbol, self.currency + "\N{NO-BREAK SPACE}").replace("\u200f", "").strip()
        return text


def money_for(currency: str, language: str, country: str, printable: bool = False) -> Money:
    return Money(currency.upper(), money_locale(language, country), printable)
