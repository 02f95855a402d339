"""``family_points``: ``GET /v2/userGroup2`` with ``programDetails=true``, read leniently.

The shape is docs.capillarytech.com/reference/retrieve-user-group-member-details ("Retrieve user
group members list"): the group's ``id``, ``externalId``, ``groupStatus`` and ``fleetGroupUsers``;
the page's example stops before the points, so every plausible form of them is read: a
``loyaltyDetails`` (or ``programDetails``, ``programsDetails``, ``groupProgramDetails``) list per
program, or the points on the group itself; numbers as numbers or strings; inside ``data`` or not.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import responses
from responses import matchers

from pos_app.core.capillary import BadResponse, CapillaryClient, GroupRef, Rejected
from pos_app.core.config import Settings
from pos_app.core.outbox import NewRedemption, Outbox
from pos_app.core.receipt import ReceiptDraft, receipt_from_draft, render_text

BASE = "https://eu.api.capillarytech.com"
URL = f"{BASE}/v2/userGroup2"
GROUP = {
    "id": 3918893,
    "externalId": "uat_ug_10_txn",
    "groupStatus": "ACTIVE",
    "fleetGroupUsers": [
        {"userId": 566998132, "groupId": 3918893, "defaultGroup": True, "primaryMember": True, "active": True},
        {"userId": 567219877, "groupId": 3918893, "defaultGroup": True, "primaryMember": False, "active": True},
    ],
    "groupName": "uatUserGroup11",
    "maxGroupSize": 6,
}


def client() -> CapillaryClient:
    return CapillaryClient.with_basic_auth(BASE, "till", "secret")


@responses.activate
def test_the_documented_answer_gives_the_familys_points_per_program() -> None:
    answer = {
        **GROUP,
        "loyaltyDetails": [{"programId": 973, "loyaltyPoints": 3000.0}, {"programId": 974, "loyaltyPoints": 40}],
    }
    asked = matchers.query_param_matcher({"primaryUserId": "566998132", "programDetails": "true"})
    responses.get(URL, json=answer, match=[asked])
    family = client().family_points(GroupRef(primary_user_id="566998132"))
    assert (family.group_id, family.external_id, family.shown_name) == ("3918893", "uat_ug_10_txn", "uat_ug_10_txn")
    assert family.balance_in("973") == Decimal(3000) and family.balance_in("974") == Decimal(40)
    assert family.balance_in("") == Decimal(3000) and family.balance_in("999") is None


@pytest.mark.parametrize(
    "answer",
    [
        {"data": {**GROUP, "programDetails": [{"programId": "973", "currentPoints": "3000"}]}},
        {"data": [{**GROUP, "groupProgramDetails": {"program_id": "973", "totalAvailablePoints": 3000}}]},
        {**GROUP, "programsDetails": [{"programId": 973, "redeemablePoints": "3000.0"}]},
        {**GROUP, "loyaltyPoints": "3000"},  # on the group itself, for its one program
    ],
)
@responses.activate
def test_every_plausible_form_of_the_points_is_read(answer: dict) -> None:
    responses.get(URL, json=answer)
    assert client().family_points(GroupRef(external_id="uat_ug_10_txn")).balance_in("973") == Decimal(3000)


@responses.activate
def test_a_group_without_points_is_known_and_its_balance_is_not() -> None:
    responses.get(URL, json=GROUP)
    family = client().family_points(GroupRef(group_id="3918893"))
    assert not family.known and family.balance_in("973") is None and family.shown_name == "uat_ug_10_txn"
    assert responses.calls[0].request.params == {"id": "3918893", "programDetails": "true"}


@responses.activate
def test_an_unknown_group_and_an_empty_answer_fail_clearly() -> None:
    responses.get(URL, json={"errors": [{"code": 1632, "message": "Invalid or non-existent groupId"}]}, status=400)
    with pytest.raises(Rejected) as refused:
        client().family_points(GroupRef(external_id="NOPE"))
    assert refused.value.code == 1632 and "family group was not found" in refused.value.cashier_message
    responses.replace(responses.GET, URL, json={})
    with pytest.raises(BadResponse):
        client().family_points(GroupRef(external_id="NOPE"))


@pytest.mark.parametrize("width", [32, 42, 48])
def test_a_family_slip_names_the_family_and_its_balance_within_the_columns(tmp_path: Path, width: int) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(
        NewRedemption("mobile", "919777788221", Decimal(200), "B-1", group_ref={"user_group2_primary_user_id": "1"})
    )
    outbox.update(item.id, state="done", redemption_id="fam123", result={"balance": "2000"})
    settings = Settings(path=tmp_path / "settings.toml")
    # The family asked for by the customer's id: the slip names it as the service did.
    draft = ReceiptDraft.of(settings, "Asha Rao", family_balance=Decimal(3000), family_name="FAM-RAO")
    receipt = receipt_from_draft(outbox.get(item.id), draft)
    lines = render_text(receipt, width).splitlines()
    assert max(len(line) for line in lines) <= width
    assert any(line.startswith("Points from ") and line.endswith(" family FAM-RAO") for line in lines)
    assert "headed by" not in "\n".join(lines)
    assert any(line.startswith("Family balance") and line.endswith(" 2800") for line in lines)
    assert any(line.startswith("Own balance") and line.endswith(" 2000") for line in lines)
