"""The v1.1 envelope as the real service writes it, and the quirks it is known for."""

from __future__ import annotations

from typing import Any

from pos_app.core.capillary.codes import OK_CODES

OK_STATUS = {"success": "true", "code": 200, "message": "Success"}
FAILED_STATUS = {"success": "false", "code": 500, "message": "All requests have failed due to errors"}


def item_status(code: int, message: str) -> dict[str, Any]:
    ok = code in OK_CODES
    return {"success": "true" if ok else "false", "code": code, "message": message}


def envelope(ok: bool, **content: Any) -> dict[str, Any]:
    return {"response": {"status": dict(OK_STATUS if ok else FAILED_STATUS), **content}}


def apply_quirks(body: Any, quirks: dict[str, bool]) -> Any:
    """Rewrite an answer into the odd forms the data file asks for."""
    if quirks.get("string_numbers"):
        body = _stringify_numbers(body)
    elif quirks.get("float_numbers"):
        body = float_numbers(body)
    if quirks.get("single_as_object"):
        body = _collapse_single_lists(body)
    if quirks.get("no_root") and isinstance(body, dict) and set(body) == {"response"}:
        body = body["response"]
    return body


def _stringify_numbers(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return {k: _stringify_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_numbers(v) for v in value]
    return value


def float_numbers(value: Any) -> Any:
    """Every whole number as a float (``744`` -> ``744.0``), as a Java gateway re-writes JSON."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, dict):
        return {k: float_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [float_numbers(v) for v in value]
    return value


def _collapse_single_lists(value: Any) -> Any:
    if isinstance(value, list):
        items = [_collapse_single_lists(v) for v in value]
        return items[0] if len(items) == 1 and isinstance(items[0], dict) else items
    if isinstance(value, dict):
        return {k: _collapse_single_lists(v) for k, v in value.items()}
    return value
