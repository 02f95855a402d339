"""Settings: TOML in the config dir, validated key by key, written atomically.

A bad value is reported by name and replaced by its default; the other settings survive.
A file that cannot be parsed at all is kept aside (never overwritten silently) and the
settings are rebuilt from its last good copy and the lines that still read, naming the values
lost (``settings_file``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pos_app.core.capillary.errors import ConfigurationError
from pos_app.core.capillary.hosts import CLUSTERS, base_url
from pos_app.core.settings_file import dump_toml as dump_toml
from pos_app.core.settings_file import read_settings, write_settings

Value = str | int | float | bool


@dataclass(frozen=True)
class Setting:
    default: Value
    help: str
    check: Callable[[Any], Value]


def _text(pattern: str = r".*", what: str = "text") -> Callable[[Any], Value]:
    compiled = re.compile(pattern)

    def check(value: Any) -> Value:
        text = str(value).strip()
        if not compiled.fullmatch(text):
            raise ValueError(f"must be {what}")
        return text

    return check


@dataclass(frozen=True)
class _Choice:
    """One of a few words; ``choices`` lets a message name them all (``choices_of``)."""

    choices: tuple[str, ...]

    def __call__(self, value: Any) -> Value:
        text = str(value).strip().lower()
        if text not in self.choices:
            raise ValueError(f"must be one of: {', '.join(c or '(empty)' for c in self.choices)}")
        return text


def _choice(*choices: str) -> Callable[[Any], Value]:
    return _Choice(choices)


def choices_of(name: str) -> tuple[str, ...]:
    """The words a setting accepts (``printer.kind``: none, network, ...); empty for a free one."""
    check = SCHEMA[name].check
    return check.choices if isinstance(check, _Choice) else ()


def _number(low: float, high: float, integer: bool = True) -> Callable[[Any], Value]:
    def check(value: Any) -> Value:
        if isinstance(value, bool):
            raise ValueError("must be a number")
        try:
            number = int(str(value)) if integer else float(str(value))
        except ValueError:
            raise ValueError("must be a whole number" if integer else "must be a number") from None
        if not low <= number <= high:
            raise ValueError(f"must be between {low:g} and {high:g}")
        return number

    return check


def _choice_int(*choices: int) -> Callable[[Any], Value]:
    def check(value: Any) -> Value:
        try:
            number = int(str(value))
        except ValueError:
            raise ValueError(f"must be one of {choices}") from None
        if number not in choices:
            raise ValueError(f"must be one of {choices}")
        return number

    return check


def _flag(value: Any) -> Value:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "yes", "on", "1"}:
        return True
    if text in {"false", "no", "off", "0"}:
        return False
    raise ValueError("must be true or false")


def _currency(value: Any) -> Value:
    from pos_app.core.money import known_currencies  # Babel's list, loaded with the first check

    text = str(value).strip().upper()
    if text not in known_currencies():
        raise ValueError("must be an ISO 4217 currency code, e.g. INR, AED, SGD, EUR, JPY")
    return text


def _language(value: Any) -> Value:
    from pos_app.core.i18n import LANGUAGES

    text = str(value).strip().lower()
    if text and text not in LANGUAGES:
        raise ValueError(f"must be one of: {', '.join(LANGUAGES)} (or empty for the system's language)")
    return text


def _host(value: Any) -> Value:
    text = str(value).strip()
    if text:
        base_url(host=text)  # raises a ConfigurationError with the reason
    return text


SCHEMA: dict[str, Setting] = {
    "cluster": Setting("", "Capillary cluster: " + ", ".join(sorted(CLUSTERS)), _choice("", *CLUSTERS)),
    "host": Setting("", "custom API host (overrides cluster), e.g. https://api.example.com", _host),
    "auth": Setting("basic", "basic (till code + password) or oauth (key + secret)", _choice("basic", "oauth")),
    "till": Setting("", "till code used for Basic auth", _text(r"[\w.@-]{0,64}", "a till code")),
    "oauth_key": Setting("", "OAuth client key (its secret goes to the keyring)", _text(r"[\w.@-]{0,128}", "a key")),
    "program_id": Setting("", "loyalty program id (multi-program orgs)", _text(r"\d{0,19}", "digits")),
    "group_redemption": Setting(False, "offer family (group) points at the till, where the org has groups", _flag),
    "country": Setting(
        "IN", "region for mobile numbers (ISO code, e.g. IN, GB)", _text(r"[A-Za-z]{2}", "a two-letter country code")
    ),
    "currency": Setting("INR", "the org's currency (ISO 4217: INR, AED, SGD, EUR, JPY...)", _currency),
    "language": Setting("", "language of the till, kiosk, commands: en, de, hi, ar (empty: the system's)", _language),
    "ca_bundle": Setting("", "CA bundle file for a private cluster's TLS", _text(r".*", "a path")),
    "api.requests_per_minute": Setting(
        100, "the API key's calls per minute, as agreed with Capillary (100 on demo clusters)", _number(1, 100_000)
    ),
    "timeout_connect": Setting(3.05, "seconds to wait for a connection", _number(0.1, 60, integer=False)),
    "timeout_read": Setting(15.0, "seconds to wait for an answer", _number(1, 300, integer=False)),
    "store_name": Setting("", "store name printed on receipts", _text(r".{0,64}", "at most 64 characters")),
    "entity.till_id": Setting("", "till id (maker-checker requests)", _text(r"\w{0,32}", "an id")),
    "entity.store_id": Setting("", "store id (maker-checker requests)", _text(r"\w{0,32}", "an id")),
    "entity.zone_id": Setting("", "zone id (maker-checker requests)", _text(r"\w{0,32}", "an id")),
    "entity.concept_id": Setting("", "concept id (maker-checker requests)", _text(r"\w{0,32}", "an id")),
    "workflow.crm_host": Setting("", "CRM host for maker-checker requests", _host),
    "workflow.org_id": Setting("", "organisation id for maker-checker requests", _text(r"\d{0,19}", "digits")),
    "printer.kind": Setting(
        "none",
        "receipt printer: none, network, usb, serial, file, cups (raw ESC/POS), system (any printer, via Qt) "
        "or pdf (each receipt a PDF in the folder printer.device)",
        _choice("none", "network", "usb", "serial", "file", "cups", "system", "pdf"),
    ),
    "printer.host": Setting("", "network printer host", _text(r"[\w.:-]{0,253}", "a host name or address")),
    "printer.port": Setting(9100, "network printer port", _number(1, 65535)),
    "printer.device": Setting("", "device or file for file/serial printers", _text(r".{0,255}", "a path")),
    "printer.usb_vendor": Setting("", "USB vendor id (hex)", _text(r"[0-9A-Fa-f]{0,4}", "hex digits")),
    "printer.usb_product": Setting("", "USB product id (hex)", _text(r"[0-9A-Fa-f]{0,4}", "hex digits")),
    "printer.system_name": Setting(
        "", "system printer name for printer.kind system (empty: the default)", _text(r".{0,127}", "a printer name")
    ),
    "printer.cups_name": Setting("", "CUPS queue name", _text(r"[\w.@-]{0,127}", "a queue name")),
    "printer.columns": Setting(42, "characters per line: 32, 42 or 48", _choice_int(32, 42, 48)),
    "receipt.header": Setting("", "text printed above every receipt", _text(r".{0,200}", "at most 200 characters")),
    "receipt.footer": Setting(
        "Thank you!", "text printed below every receipt", _text(r".{0,200}", "at most 200 characters")
    ),
    "receipt.qr": Setting(False, "print a QR code of the redemption id", _flag),
    "receipt.logo": Setting(False, "print the logo (resources/icons/receipt-logo.png) at the top", _flag),
    "receipt.language": Setting(
        "",
        "language of receipts and reports (empty: the till's); a thermal printer prints what its code page has",
        _language,
    ),
    "receipt.auto_print": Setting(True, "print the receipt as soon as a redemption is done", _flag),
    "offline.policy": Setting(
        "refuse",
        "offline redemptions: refuse, no-otp-under-cap or approval",
        _choice("refuse", "no-otp-under-cap", "approval"),
    ),
    "offline.max_points_each": Setting(200, "largest offline redemption (points)", _number(0, 10**9)),
    "offline.max_points_total": Setting(1000, "most points waiting offline in total", _number(0, 10**9)),
    "offline.max_items": Setting(50, "most redemptions waiting offline", _number(0, 10**6)),
    "offline.max_age_hours": Setting(72, "oldest offline redemption that may still be sent", _number(1, 24 * 365)),
    "offline.requests_per_minute": Setting(
        600, "replay ceiling, calls per minute (the replay also keeps to offline.replay_share)", _number(1, 100_000)
    ),
    "offline.replay_share": Setting(
        0.5, "share of api.requests_per_minute the replay may use (the rest is the customers')", _number(0.05, 1, False)
    ),
    "kiosk.idle_seconds": Setting(60, "kiosk: seconds without a touch before 'still there?'", _number(10, 3600)),
    "kiosk.otp_idle_seconds": Setting(180, "kiosk: the same while waiting for a code", _number(10, 3600)),
    "kiosk.warning_seconds": Setting(15, "kiosk: how long 'still there?' counts down", _number(3, 120)),
    "missed_call.number": Setting(
        "",
        "the org's number a customer gives a missed call to (shown large on the code screens)",
        _text(r"(\+?\d[\d -]{2,22}\d)?", "a phone number: digits, spaces or dashes, an optional leading +"),
    ),
    "kiosk.bill": Setting(
        "generate",
        "kiosk: generate a transaction number, or ask for the bill's (ask)",
        _choice("generate", "ask"),
    ),
}


# Where a value comes from, weakest first: the built-in default, the machine-wide file a chain
# ships to every till (core/machine_settings.py), this till's own file (the one ``save`` writes).
DEFAULT, MACHINE_WIDE, THIS_TILL = "default", "machine-wide", "this till"


class LockedSetting(ValueError):
    """A setting the machine-wide file locks: the till cannot change it."""

    def __init__(self, key: str, where: Path | None) -> None:
        super().__init__(
            f"{key} is locked by the machine-wide settings file {where} (it applies to every till "
            "on this machine); change it there"
        )


@dataclass
class Settings:
    values: dict[str, Value] = field(default_factory=dict)  # this till's own: what save() writes
    problems: list[str] = field(default_factory=list)
    path: Path | None = None
    machine_wide: dict[str, Value] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    machine_wide_path: Path | None = None

    def get(self, key: str) -> Any:
        if key in self.values and key not in self.locked:
            return self.values[key]
        if key in self.machine_wide:
            return self.machine_wide[key]
        return SCHEMA[key].default

    def source(self, key: str) -> str:
        """DEFAULT, MACHINE_WIDE or THIS_TILL: which layer ``get(key)`` answers from."""
        if key in self.values and key not in self.locked:
            return THIS_TILL
        return MACHINE_WIDE if key in self.machine_wide else DEFAULT

    def set(self, key: str, raw: Any) -> Value:
        """Validate and set one value; raises ``KeyError``/``ValueError`` with the reason
        (``LockedSetting`` for a locked one, unless ``raw`` is the value it is locked at)."""
        if key not in SCHEMA:
            raise KeyError(f"unknown setting {key!r}; known: {', '.join(SCHEMA)}")
        value = SCHEMA[key].check(raw)
        if key in self.locked:
            if value != self.get(key):
                raise LockedSetting(key, self.machine_wide_path)
            return value
        self.values[key] = value
        return value

    def as_dict(self) -> dict[str, Value]:
        return {key: self.get(key) for key in SCHEMA}

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ValueError("no settings file to save to")
        write_settings(target, self.values)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def load_settings(path: Path) -> Settings:
    settings = Settings(path=path)
    read = read_settings(path, {key: setting.default for key, setting in SCHEMA.items()})
    settings.problems.extend(read.problems)
    for key, raw in read.values.items():
        try:
            settings.set(key, raw)
        except (KeyError, ValueError, ConfigurationError) as error:
            reason = error.args[0] if error.args else str(error)
            settings.problems.append(f"Setting {key!r} ignored: {reason}")
    if read.rebuilt:  # what could be saved from the unreadable file, readable again
        settings.save()
    missing = missing_ca_bundle(settings)
    if missing:
        settings.problems.append(missing)
    return settings


def missing_ca_bundle(settings: Settings) -> str:
    """The client refuses to start on a CA bundle that is not there: say so at once ("" if fine)."""
    bundle = str(settings.get("ca_bundle"))
    if bundle and not os.path.exists(bundle):  # (False, not an error, for a name too long)
        return (
            f"The CA bundle {bundle} (setting 'ca_bundle') does not exist: nothing can be sent to the "
            "service until it is fixed (pos-app config set ca_bundle PATH, or clear it for the public CAs)."
        )
    return ""
