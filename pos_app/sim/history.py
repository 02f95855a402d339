"""``customer/redemptions`` and ``v2/points/reverse`` as the reference pages show them.

History rows (docs.capillarytech.com/reference/get-customer-redemptions and the v1.1 source's
"Get Customer Redemptions"): a numeric ``id``, numbers as numbers, ``redeemed_store`` and
``redeemed_till`` as ``{code, name}``, ``reversals`` a bare list (only when there are some) with
``reversal_time`` and ``reversed_on_till_id``, and no ``external_reference_number`` (the
``history_reference`` quirk adds it; the filter of that name has no documented meaning and is
honoured only then). Reversal (docs.capillarytech.com/reference/reverse-redeemed-points):
``redemptionId`` or ``externalReferenceNumber``, ``pointsToBeReversed`` a number, and an
``identifier`` whose type is one the service knows.
"""

from __future__ import annotations

import zlib
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_app.sim.shapes import envelope, item_status
from pos_app.sim.state import Answer, LoyaltyState, Rejection, num

# v2 identifier types (capitals in the reference: ID, PHONE, EMAIL), read without regard to case.
V2_IDENTIFIER_TYPES = {
    "id": "id",
    "phone": "mobile",
    "mobile": "mobile",
    "email": "email",
    "external_id": "external_id",
    "card_number": "card_number",
    "cardnumber": "card_number",
    "card_external_id": "card_external_id",
}


def till_id(state: LoyaltyState, till: str) -> int:
    """A till's numeric id (the data file's ``id``, else one derived from its code)."""
    return int(state.data["tills"].get(till, {}).get("id") or 75000000 + zlib.crc32(till.encode()) % 1000000)


def _number(value: Any) -> int | float:
    return num(Decimal(str(value)))


def _point_row(state: LoyaltyState, row: dict[str, Any]) -> dict[str, Any]:
    store = state.data["tills"].get(row["till"], {}).get("store", "")
    program = int(row["program_id"]) if str(row["program_id"]).isdigit() else row["program_id"]
    point: dict[str, Any] = {
        "id": row["history_id"],
        "program_id": program,
        "points_redeemed": _number(row["points_redeemed"]),
        "transaction_number": row["transaction_number"],
        "validation_code": row["validation_code_used"],
        "redeemed_time": row["applied_at"],
        "redeemed_at": row["till"],
        "notes": row["notes"],
        "redeemed_store": {"code": store, "name": store},
        "redeemed_till": {"code": row["till"], "name": row["till"]},
        "redemption_breakup_by_program": [
            {"program_id": program, "points_redeemed": _number(row["points_redeemed"]), "program_name": ""}
        ],
    }
    if row["reversals"]:
        point["reversals"] = [dict(r) for r in row["reversals"]]
    if state.data["quirks"].get("history_reference"):
        point["external_reference_number"] = row["external_reference_number"]
    return point


def history(state: LoyaltyState, params: dict[str, Any]) -> Answer:
    with state.lock:
        try:
            customer = state.find(params)
        except Rejection as no:
            return Answer(200, envelope(False, customer={"item_status": item_status(no.code, no.message)}))
        rows = [r for r in state.ledger if r["user_id"] == customer["user_id"]]
        start, end = str(params.get("start_date", "")), str(params.get("end_date", ""))
        reference = str(params.get("external_reference_number", "") or "")
        by_reference = bool(state.data["quirks"].get("history_reference"))
        rows = [
            r
            for r in rows
            if (not start or r["applied_at"][:10] >= start)
            and (not end or r["applied_at"][:10] <= end)
            and (not (reference and by_reference) or r["external_reference_number"] == reference)
        ]
        rows.reverse()  # newest first
        offset, limit = int(params.get("points_offset", 0) or 0), int(params.get("points_limit", 20) or 20)
        points = [_point_row(state, r) for r in rows[offset : offset + limit]]
    content = {
        "mobile": customer["mobile"],
        "email": customer.get("email") or None,
        "external_id": customer.get("external_id") or None,
        "firstname": customer["firstname"],
        "lastname": customer["lastname"],
        "user_id": customer["user_id"],
        "rows": len(points),
        "points_count": len(points),
        "points_start_id": points[-1]["id"] if points else 0,
        "redemptions": {"points": {"point": points}},
        "item_status": item_status(1000, "Redemptions retrieved"),
    }
    return Answer(200, envelope(True, customer=content))


def _error(code: int, message: str, status: int = 400) -> Answer:
    return Answer(status, {"errors": [{"status": False, "code": code, "message": message}]}, v1=False)


def reverse(state: LoyaltyState, body: Any, till: str) -> Answer:
    body = body if isinstance(body, dict) else {}
    if not state.rules.get("reversal_enabled", True):
        return _error(905, "Reversal is disabled for the org")
    identifier = body.get("identifier") if isinstance(body.get("identifier"), dict) else {}
    kind = V2_IDENTIFIER_TYPES.get(str(identifier.get("type", "")).lower())
    if kind is None:
        return _error(802, f"Invalid identifier type {identifier.get('type')!r}")
    points = body.get("pointsToBeReversed")
    if points is not None and (isinstance(points, bool) or not isinstance(points, int | float)):
        return _error(801, "pointsToBeReversed must be a number")
    with state.lock:
        code, reference = str(body.get("redemptionId") or ""), str(body.get("externalReferenceNumber") or "")
        row = state.by_redemption_id.get(code) if code else state.by_reference.get(reference)
        try:
            customer = state.find({kind: identifier.get("value", "")})
        except Rejection:
            customer = None
        if row is None or customer is None or customer["user_id"] != row["user_id"]:
            return _error(902, "Redemption ID does not exist.")
        remaining = Decimal(row["points_redeemed"]) - sum(
            (Decimal(str(x["points_reversed"])) for x in row["reversals"]), Decimal(0)
        )
        if remaining <= 0:
            return _error(3802, "Points reversal redeemed points already reversed.")
        asked = remaining if points is None else Decimal(str(points))
        if asked <= 0 or asked > remaining:
            return _error(801, f"Points to reverse must be between 1 and {num(remaining)}")
        holder, key = state._wallet(customer, row["program_id"], state.groups.get(row["group_id"]))
        holder[key] += asked
        reversal_id = 1434300 + sum(len(r["reversals"]) for r in state.ledger) + 1
        row["reversals"].append(
            {
                "reversal_id": reversal_id,
                "points_reversed": num(asked),
                "reversal_time": datetime.fromtimestamp(state.clock()).strftime("%Y-%m-%d %H:%M:%S"),
                "reversed_on_till_id": till_id(state, till),
                "reversal_breakup_by_program": [
                    {"program_id": row["program_id"], "points_reversed": num(asked), "program_name": ""}
                ],
            }
        )
    answer = {
        "orgId": int(state.data["org_id"]),
        "identifier": identifier,
        "customerId": int(customer["user_id"]),
        "redemptionId": row["redemption_id"],
        "reversalId": str(reversal_id),
        "pointsToBeReversed": num(asked),
        "pointsReversed": num(asked),
        "pointsReversedDetails": {"available": num(asked), "expired": 0},
        "warnings": [],
    }
    return Answer(200, answer, v1=False)
