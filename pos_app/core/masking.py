"""Masking of customer identifiers and redaction of secrets in anything written down."""

from __future__ import annotations

import logging
import re

# 8+ digits in a row: a mobile or card number; not the whole or the fraction of a decimal number
# (a timestamp such as 1764601868.1 is not a phone number).
_LONG_NUMBER = re.compile(r"(?<![\w])(?<!\d\.)(\+?\d{2,})(\d{4})(?![\w])(?!\.\d)")
_SECRETS = re.compile(
    r"(?i)(authorization|x-cap-api-oauth-token|x-cap-ui-auth-token|password|secret|token|"
    r"validation_code|otp)([\"']?\s*[:=]\s*[\"']?)(basic\s+)?[^\s,\"'&}]+"
)
# Each secret's name contains one of these (checked first: a plain substring test is ten times
# cheaper than the expression, and most lines name no secret).
_SECRET_HINTS = ("auth", "password", "secret", "token", "validation_code", "otp")
_DIGIT_RUN = re.compile(r"\d{6}")


def mask_mobile(value: str) -> str:
    """``919777788221`` → ``91******8221``: enough for a cashier to confirm, not to reuse."""
    digits = value.strip()
    if len(digits) <= 4:
        return "*" * len(digits)
    keep_front = 2 if len(digits) >= 10 else 0
    return digits[:keep_front] + "*" * (len(digits) - keep_front - 4) + digits[-4:]


def mask_email(value: str) -> str:
    """``asha.rao@example.com`` → ``a***@example.com``: the domain, the first letter, no more."""
    name, at, domain = value.strip().partition("@")
    if not at:
        return "*" * len(name)
    return (name[:1] + "***" if name else "") + "@" + domain


def mask_card(value: str) -> str:
    text = value.strip()
    if len(text) <= 4:
        return "*" * len(text)
    return "*" * (len(text) - 4) + text[-4:]


def redact(text: str) -> str:
    """Secrets replaced by ``***``; long digit runs masked but for the last four digits."""
    lower = text.lower()
    if any(hint in lower for hint in _SECRET_HINTS):
        text = _SECRETS.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    if _DIGIT_RUN.search(text) is None:  # no run long enough to be a mobile or card number
        return text

    def mask(match: re.Match[str]) -> str:
        whole = match.group(1) + match.group(2)
        if len(whole.lstrip("+")) < 8:
            return whole
        return mask_mobile(whole)

    return _LONG_NUMBER.sub(mask, text)


class RedactingFilter(logging.Filter):
    """Applied to every log record before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
