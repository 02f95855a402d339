"""Lenient readers for Capillary's JSON.

The service answers with ``"true"`` or ``true``, ``"200"`` or ``200``, a list of one
element or the element itself, with or without the ``response`` root. These helpers
turn each of those into one Python shape and never raise on an odd value: a value that
cannot be read becomes the default.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

JsonDict = dict[str, Any]

_TRUE = {"true", "1", "yes", "y"}


def as_bool(value: Any, default: bool = False) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in {"false", "0", "no", "n", ""}:
            return False
    return default


# No code, point balance or amount the service sends is anywhere near this; a value that is
# ("1E4300") would only become a number too large to print or compute with.
MAX_MAGNITUDE_DIGITS = 30


def as_int(value: Any, default: int | None = None) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value if abs(value) < 10**MAX_MAGNITUDE_DIGITS else default
    number = as_decimal(value)
    if number is None or number != number.to_integral_value():
        return default
    return int(number)


def as_code(value: Any) -> int | None:
    """A status or item code however it arrives: ``744``, ``"744"``, ``744.0``, ``"744.0"``, or a
    header's one-element list ``["744"]``. The one reader every code comparison goes through."""
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if isinstance(value, bool):
        return None
    return as_int(value)


def as_decimal(value: Any, default: Decimal | None = None) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except (InvalidOperation, ValueError):
            return default
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(str(value))  # as written (0.1, not its binary expansion)
    else:
        return default
    if not number.is_finite() or (number and abs(number.adjusted()) > MAX_MAGNITUDE_DIGITS):
        return default
    return number


def as_str(value: Any, default: str = "") -> str:
    if value is None or isinstance(value, dict | list):
        return default
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def as_list(value: Any) -> list[Any]:
    """A list for a list, ``[x]`` for a lone object, ``[]`` for nothing."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [value]


def as_dict(value: Any) -> JsonDict:
    return value if isinstance(value, dict) else {}


def dig(data: Any, *keys: str) -> Any:
    """``data[k1][k2]...`` where every level may be missing or a one-element list."""
    current = data
    for key in keys:
        if isinstance(current, list):
            current = current[0] if current else None
        if not isinstance(current, dict):
            return None
        current = current.get(key)
    return current


def unwrap_response(body: Any) -> JsonDict:
    """The v1.1 envelope's inside, whether or not the ``response`` root is there."""
    body = as_dict(body)
    inner = body.get("response")
    return inner if isinstance(inner, dict) else body
