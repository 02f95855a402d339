"""``GET /v2/userGroup2``: a user group (family) and, with ``programDetails=true``, its points.

Shaped as docs.capillarytech.com/reference/retrieve-user-group-member-details shows it: the
group's ``id`` (a number), ``externalId``, ``groupName``, ``groupStatus``, ``fleetGroupUsers``
(each member's ``userId``, ``groupId``, ``defaultGroup``, ``primaryMember``, ``active``), and the
points per program under ``loyaltyDetails`` (``programId``, ``loyaltyPoints``, ``lifetimePoints``,
``redeemed``), named as the customer's own ``loyaltyDetails`` names them (the page's example
stops before that block: the client reads the other names it may have too).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pos_app.sim.state import Answer, LoyaltyState, num

_FILTERS = {"id": "id", "externalId": "external_id", "primaryUserId": "primary_user_id"}


def _error(code: int, message: str, status: int = 400) -> Answer:
    return Answer(status, {"errors": [{"status": False, "code": code, "message": message}]}, v1=False)


def user_group(state: LoyaltyState, params: dict[str, Any]) -> Answer:
    wanted = {key: str(params[name]) for name, key in _FILTERS.items() if params.get(name)}
    if not wanted:
        return _error(1631, "Group id, externalId or primaryUserId is required")
    group = next(
        (g for g in state.groups.values() if all(str(g[key]) == value for key, value in wanted.items())),
        None,
    )
    if group is None:
        return _error(1632, "Invalid or non-existent groupId")
    members = [c for c in state.customers.values() if c["user_id"] == group["primary_user_id"]]
    members += [state.customers[str(u)] for u in group.get("members", []) if str(u) in state.customers]
    answer: dict[str, Any] = {
        "id": int(group["id"]) if str(group["id"]).isdigit() else group["id"],
        "externalId": group["external_id"],
        "groupName": group.get("name", group["external_id"]),
        "groupStatus": "ACTIVE",
        "fleetGroupUsers": [
            {
                "userId": int(c["user_id"]),
                "groupId": int(group["id"]),
                "defaultGroup": True,
                "primaryMember": c["user_id"] == group["primary_user_id"],
                "active": True,
            }
            for c in members
        ],
    }
    if str(params.get("programDetails", "")).lower() == "true":
        program = str(group.get("program_id") or state._default_program())
        redeemed = sum(
            (Decimal(r["points_redeemed"]) for r in state.ledger if r["group_id"] == group["id"]), Decimal(0)
        )
        answer["loyaltyDetails"] = [
            {
                "programId": int(program) if program.isdigit() else program,
                "loyaltyPoints": num(group["points"]),
                "lifetimePoints": num(group["points"] + redeemed),
                "redeemed": num(redeemed),
            }
        ]
    return Answer(200, answer, v1=False)
