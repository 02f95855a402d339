"""Printing results for people (default) or scripts (``--json``)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from decimal import Decimal
from typing import Any

from pos_app.core.capillary import CapillaryError, Rejected

# Messages written for the window name its Settings; on the command line they name the command.
_IN_SETTINGS = (
    ("No receipt printer is set up on this till. A supervisor can set one in Settings.",
     "No receipt printer is set up on this till. Set one with pos-app config set printer.kind KIND "
     "({kinds}) and its printer.host or printer.device (pdf: the folder for the PDFs)."),
    ("A supervisor must enter them again in Settings.",
     "Store them again with pos-app credentials set --till TILLCODE (or --oauth-key KEY)."),
    ("A supervisor must fix it in Settings.", "Fix it with pos-app config set program_id ID."),
    ("A supervisor must correct workflow.org_id in Settings.",
     "Correct it with pos-app config set workflow.org_id ID."),
    ("A supervisor can pick one in Settings.", "Pick one with pos-app config set printer.system_name NAME."),
    ("A supervisor can set one in Settings (printer.device).",
     "Set one with pos-app config set printer.device FOLDER."),
    ("set them again in Settings (or with pos-app config set NAME VALUE)",
     "set them again with pos-app config set NAME VALUE"),
)  # fmt: skip


def printer_kinds() -> str:
    """Every printer kind the settings accept, in words: "network, usb, ... or pdf"."""
    from pos_app.core.config import choices_of

    kinds = [kind for kind in choices_of("printer.kind") if kind != "none"]
    return f"{', '.join(kinds[:-1])} or {kinds[-1]}"


def for_command_line(message: str) -> str:
    """A message written for the window, with the command to use instead of the Settings window."""
    for window, command in _IN_SETTINGS:
        if window in message:
            message = message.replace(window, command.replace("{kinds}", printer_kinds()))
    return message.replace(" in Settings", " with pos-app config set (or in the window's Settings)")


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def emit(as_json: bool, data: Any, lines: list[str]) -> None:
    if as_json:
        print(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines))


def error_data(error: CapillaryError) -> dict[str, Any]:
    data: dict[str, Any] = {
        "error": type(error).__name__,
        "message": for_command_line(error.cashier_message),
        "detail": error.detail,
        "request_id": error.request_id,
    }
    if isinstance(error, Rejected):
        data["code"] = error.code
    return data


def report_error(as_json: bool, error: CapillaryError, url: str = "") -> None:
    """One line for a person (the detail goes to the log), or the whole error for a script."""
    from pos_app.cli.service_setup import in_words

    message = for_command_line(in_words(error, url))
    if as_json:
        print(json.dumps({"ok": False, **error_data(error), "message": message}, indent=2))
        return
    request = f" [support request id {error.request_id}]" if error.request_id else ""
    code = f" (code {error.code})" if isinstance(error, Rejected) else ""
    print(f"error{code}: {message}{request}", file=sys.stderr)


def say_error(args: argparse.Namespace, message: str, kind: str = "Refused") -> None:
    """``error: ...`` for a person; for a script (``--json``) the same shape as the service's
    errors (``report_error``), on standard output where it reads the rest."""
    if getattr(args, "json", False):
        print(json.dumps({"ok": False, "error": kind, "message": message}, indent=2, ensure_ascii=False))
    else:
        print(f"error: {message}", file=sys.stderr)


def report_reversal(as_json: bool, done: Any, receipt_id: int) -> None:
    """What ``reverse`` and ``receipt void`` print: the reversal and where its VOID receipt is."""
    emit(
        as_json,
        {"reversal": done, "receipt_id": receipt_id},
        [
            f"Reversed {format(done.points_reversed.normalize(), 'f')} points of redemption {done.redemption_id} "
            f"(reversal {done.reversal_id}).",
            f"VOID receipt {receipt_id} is in the journal: pos-app receipt print {receipt_id}",
        ],
    )


def id_of(what: str, listed_by: str) -> Any:
    """An argparse type for a receipt's or a queue item's id: a whole number, else a clear refusal (exit 2)."""

    def parse(text: str) -> int:
        if not text.strip().isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(f"{what} is a whole number such as 12 (see {listed_by}), not {text!r}")
        return int(text)

    parse.__name__ = what  # argparse names the type in some of its messages
    return parse
