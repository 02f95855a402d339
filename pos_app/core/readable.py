"""Codes a person reads out or copies by eye: no characters that look alike.

0/O/o, 1/I/l, 2/Z, 5/S, 8/B and 9/q are told apart badly on a screen, a receipt or over the
phone, so references made here use only the rest (Crockford-like, upper case).
"""

from __future__ import annotations

import secrets

# Digits and capitals without 0 O 1 I L 9 Q (and their kin 2/Z, 5/S, 8/B, U/V).
READABLE = "34678ACDEFGHJKMNPRTWXY"
LOOK_ALIKES = "0Oo1Il9qQ"


def readable_token(length: int) -> str:
    """``length`` random characters from ``READABLE`` (about 4.5 bits each)."""
    return "".join(secrets.choice(READABLE) for _ in range(length))
