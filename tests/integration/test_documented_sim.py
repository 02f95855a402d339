"""The simulator answers in the forms of Capillary's reference pages, and the client copes.

Pages as in tests/unit/test_documented_forms.py: docs.capillarytech.com/reference/... and the
v1.1 documentation source (github.com/Capillary/v1.1-API-Documentation).
"""

from __future__ import annotations

import logging
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.capillary import (
    CapillaryClient,
    DuplicateReference,
    GroupRef,
    Identifier,
    RedeemRequest,
    Rejected,
    WorkflowSettings,
)
from pos_app.core.capillary.auth import basic_header
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import DONE, UNKNOWN, NewRedemption, Outbox
from pos_app.core.sending import Sender
from pos_app.sim.data import (
    DEMO_CHECKER_TOKEN,
    DEMO_OAUTH_KEY,
    DEMO_OAUTH_SECRET,
    DEMO_ORG_ID,
    DEMO_WORKFLOW_TOKEN,
)
from tests.conftest import SimAdmin, make_sim

ASHA = Identifier("mobile", "919777788221")
RECONFIRMED = Identifier("mobile", "919800000619")
WORKFLOW = "/api_gateway/v2/request-workflow/POINTS-REDEMPTION"
ENTITY = {"tillId": "1", "storeId": "2", "zoneId": "3", "conceptId": "4"}


def client_for(sim: SimAdmin, **kwargs) -> CapillaryClient:
    return CapillaryClient.with_basic_auth(sim.url, "demo.till", "demo", **kwargs)


def redeem_skipping(ref: str, points: int = 100, bill: str = "BILL-1") -> RedeemRequest:
    return RedeemRequest(ASHA, Decimal(points), bill, ref, skip_validation=True)


def raw(sim: SimAdmin, method: str, path: str, **kwargs) -> dict:
    headers = {"Authorization": basic_header("demo.till", "demo"), **kwargs.pop("headers", {})}
    return sim.http.request(method, f"{sim.url}{path}", headers=headers, timeout=5, **kwargs).json()


def test_history_rows_are_the_documented_ones(sim: SimAdmin) -> None:
    """get-customer-redemptions: numeric ``id``, numbers as numbers, no reference, ``reversals`` a
    bare list with ``reversal_time`` and ``reversed_on_till_id`` once there is one."""
    client = client_for(sim)
    done = client.redeem(redeem_skipping("REF-1"))
    client.reverse(done.redemption_id, Decimal(40), ASHA)
    body = raw(sim, "GET", "/v1.1/customer/redemptions", params={"mobile": ASHA.value, "format": "json"})
    (row,) = body["response"]["customer"]["redemptions"]["points"]["point"]
    assert isinstance(row["id"], int) and isinstance(row["program_id"], int) and row["points_redeemed"] == 100
    assert "external_reference_number" not in row and row["redeemed_till"] == {"code": "demo.till", "name": "demo.till"}
    (reversal,) = row["reversals"]
    assert reversal["points_reversed"] == 40 and reversal["reversed_on_till_id"] == 75040399
    assert set(reversal) >= {"reversal_id", "reversal_time"}
    (entry,) = client.redemption_history(ASHA)
    assert entry.history_id == str(row["id"]) and entry.redemption_code == "" and entry.reversed_points == 40


def test_every_number_as_a_float_still_reads(tmp_path: Path) -> None:
    """Numbers arrive as floats anywhere (``"code": 744.0``, ``"status": 200.0``)."""
    server = make_sim(quirks={"float_numbers": True})
    sim = SimAdmin(server)
    try:
        client = client_for(sim)
        assert client.get_customer(ASHA).loyalty_points == Decimal(2000)
        assert (
            raw(sim, "GET", "/v1.1/customer/get", params={"mobile": ASHA.value})["response"]["status"]["code"] == 200.0
        )
        done = client.redeem(redeem_skipping("REF-F"))
        assert done.balance == Decimal(1900)
        with pytest.raises(DuplicateReference):  # 744.0
            client.redeem(redeem_skipping("REF-F"))
        with pytest.raises(Rejected) as caught:
            client.is_redeemable(ASHA, Decimal(105))
        assert caught.value.code == 807
    finally:
        server.stop()


def test_a_reconfirmed_fraud_is_found_and_cannot_redeem(sim: SimAdmin) -> None:
    """Found with code 1000 and ``fraud_details.status`` RECONFIRMED inside; the redemption is
    refused with 3045 (api-documentation _points.md)."""
    client = client_for(sim)
    customer = client.get_customer(RECONFIRMED)
    assert customer.item_status.code == 1000 and customer.fraud_status == "RECONFIRMED" and customer.blocked
    with pytest.raises(Rejected) as caught:
        client.redeem(RedeemRequest(RECONFIRMED, Decimal(10), "B", "REF-R", skip_validation=True))
    assert caught.value.code == 3045 and "blocked for redemption" in caught.value.cashier_message
    found = raw(sim, "GET", "/v1.1/customer/get", params={"mobile": ASHA.value})["response"]["customers"]["customer"]
    assert found[0]["custom_fields"]["field"] == {"name": "preferred_language", "value": "en"}  # a lone object


def test_reversal_identifier_types_and_numbers_as_the_service_checks_them(sim: SimAdmin) -> None:
    """reverse-redeemed-points: type ``ID``/``PHONE``/``EMAIL``; ``pointsToBeReversed`` a number;
    ``externalReferenceNumber`` instead of the code."""
    client = client_for(sim)
    done = client.redeem(redeem_skipping("REF-V"))
    by_id = client.reverse(done.redemption_id, Decimal(10), Identifier("id", "564670755"))
    assert by_id.points_reversed == 10 and by_id.customer_id == "564670755"
    by_reference = client.reverse("", Decimal(10), ASHA, external_reference_number="REF-V")
    assert by_reference.redemption_id == done.redemption_id
    base = {"redemptionId": done.redemption_id, "identifier": {"type": "PHONE", "value": ASHA.value}}
    assert raw(sim, "POST", "/v2/points/reverse", json={**base, "pointsToBeReversed": "10"})["errors"][0]["code"] == 801
    wrong_type = {**base, "pointsToBeReversed": 1, "identifier": {"type": "PASSPORT", "value": "x"}}
    assert raw(sim, "POST", "/v2/points/reverse", json=wrong_type)["errors"][0]["code"] == 802


def workflow_client(sim: SimAdmin, **kwargs) -> CapillaryClient:
    settings = WorkflowSettings(sim.url, DEMO_ORG_ID, DEMO_WORKFLOW_TOKEN, ENTITY, "till", **kwargs)
    return client_for(sim, workflow=settings)


def test_an_approval_answers_with_list_headers_and_float_statuses(sim: SimAdmin, tmp_path: Path) -> None:
    """get-all-requests: ``IntouchAPITask_Output`` with ``"status": 200.0`` and ``"status_code":
    ["744"]``; a failed approval whose redeem met the used reference is already applied."""
    client = workflow_client(sim, checker_token=DEMO_CHECKER_TOKEN)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", ASHA.value, Decimal(100), "BILL-1", route="approval"))
    sender = Sender(client, outbox, OfflinePolicy(name="approval"), rng=lambda: 0.0)
    waiting = sender.attempt(item).item
    client.redeem(redeem_skipping(item.reference))  # the same redemption made another way first
    decided = client.decide_redemption_request(waiting.workflow_request_id, True, "ok")
    assert decided.state == "failed" and decided.output.code == 744 and decided.output.status == 200
    maker_headers = {"X-CAP-API-AUTH-ORG-ID": DEMO_ORG_ID, "X-CAP-UI-AUTH-TOKEN": DEMO_WORKFLOW_TOKEN}
    path = f"/api_gateway/v2/request-workflow/requests/{waiting.workflow_request_id}"
    details = raw(sim, "GET", path, headers=maker_headers)["data"]["details"]
    output = details["IntouchAPITask_Output"]
    assert output["status"] == 200.0 and output["headers"]["status_code"] == ["744"]
    assert output["body"]["response"]["responses"]["points"]["item_status"]["code"] == 744.0
    assert details["AdminTask_Output"] == "approved" and details["ValidateCheckerAccess_Output"] is True
    done = sender.attempt(outbox.get(item.id)).item
    assert done.state == DONE and done.result["already_applied"] is True and len(sim.ledger()) == 1


def test_request_workflow_errors_and_tokens_apart(sim: SimAdmin) -> None:
    """2001 a maker approving, 2002 completed, 2005 no org header, 2026 another org, 2007 an
    unknown request, 2013 a token not accepted."""
    maker = workflow_client(sim, checker_token=DEMO_WORKFLOW_TOKEN)  # the maker's token where a checker's goes
    made = maker.create_redemption_request(redeem_skipping("REF-W"))
    codes = []
    for call in (
        lambda: maker.decide_redemption_request(made.request_id, True),
        lambda: maker.redemption_request("no-such-request"),
        lambda: client_for(
            sim, workflow=WorkflowSettings(sim.url, "99999", DEMO_WORKFLOW_TOKEN, ENTITY)
        ).redemption_request(made.request_id),
        lambda: client_for(sim, workflow=WorkflowSettings(sim.url, DEMO_ORG_ID, "stale", ENTITY)).redemption_request(
            made.request_id
        ),
    ):
        with pytest.raises(Rejected) as caught:
            call()
        codes.append(caught.value.code)
    assert codes == [2001, 2007, 2026, 2013]
    checker = workflow_client(sim, checker_token=DEMO_CHECKER_TOKEN)
    assert checker.decide_redemption_request(made.request_id, False, "no").state == "rejected"
    with pytest.raises(Rejected) as caught:
        checker.decide_redemption_request(made.request_id, True)
    assert caught.value.code == 2002
    no_org = sim.http.get(f"{sim.url}/api_gateway/v2/request-workflow/requests/{made.request_id}", timeout=5)
    assert no_org.json()["errors"][0]["code"] == 2005


def test_an_oauth_till_stores_basic_credentials_that_work_when_approved_later() -> None:
    """Seed 004's stored request carries Basic credentials: the OAuth token is long expired by the
    time a checker approves, and the redemption still goes through."""
    server = make_sim(oauth_ttl_seconds=1)
    sim = SimAdmin(server)
    try:
        settings = WorkflowSettings(
            sim.url,
            DEMO_ORG_ID,
            DEMO_WORKFLOW_TOKEN,
            ENTITY,
            checker_token=DEMO_CHECKER_TOKEN,
            inner_authorization=basic_header("demo.till", "demo"),
        )
        client = CapillaryClient.with_oauth(sim.url, DEMO_OAUTH_KEY, DEMO_OAUTH_SECRET, workflow=settings)
        made = client.create_redemption_request(redeem_skipping("REF-O"))
        time.sleep(1.2)  # the till's token has expired
        assert client.decide_redemption_request(made.request_id, True, "ok").state == "approved"
        assert len(sim.ledger()) == 1
    finally:
        server.stop()


def test_a_lost_answer_is_settled_by_the_bill_in_a_history_without_references(
    sim: SimAdmin, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The answer to a redeem is lost; the history (no references, as documented) lists a row with
    the bill, points and program: it is ours, the log says so, and nothing is sent again."""
    client = client_for(sim)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    client.redeem(redeem_skipping("REF-OTHER", points=50, bill="BILL-0"))  # another redemption, same customer
    item = outbox.add(NewRedemption("mobile", ASHA.value, Decimal(100), "BILL-7", skip_validation=True))
    sender = Sender(client, outbox, OfflinePolicy(name="refuse"), rng=lambda: 0.0)
    sim.fault("/v1.1/points/redeem", "drop-after-commit")
    assert sender.attempt(item).item.state == UNKNOWN
    with caplog.at_level(logging.INFO, logger="pos_app.core.reconcile"):
        settled = sender.attempt(outbox.get(item.id)).item
    assert settled.state == DONE and settled.result["matched_by"] == "bill, points, program and time"
    assert settled.result["history_id"] == str(sim.ledger()[1]["history_id"])
    assert "matched by bill, points, program and time" in caplog.text
    assert len(sim.ledger()) == 2  # applied once


def test_another_tills_redemption_of_the_same_bill_is_not_taken_for_ours(sim: SimAdmin, tmp_path: Path) -> None:
    """Two tills number their bills alike: the history lists the other till's BILL-7 of 100 points
    (documented rows name ``redeemed_till``). Ours, whose answer was lost before it was applied,
    is not settled by that row (it would never be applied): it is sent again, and applied once."""
    sim.server.state.data["tills"]["demo.till2"] = {"password": "demo2", "store": "Demo Store 001", "id": 75040400}
    CapillaryClient.with_basic_auth(sim.url, "demo.till2", "demo2").redeem(redeem_skipping("REF-TILL2", bill="BILL-7"))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", ASHA.value, Decimal(100), "BILL-7", skip_validation=True))
    outbox.update(item.id, state=UNKNOWN)  # sent, no answer: it may or may not have been applied
    sender = Sender(client_for(sim), outbox, OfflinePolicy(name="refuse"), rng=lambda: 0.0, till_code="demo.till")
    settled = sender.attempt(outbox.get(item.id)).item
    assert settled.state == DONE and settled.result.get("matched_by") is None  # sent, not matched
    assert [(r["till"], r["external_reference_number"]) for r in sim.ledger()] == [
        ("demo.till2", "REF-TILL2"),
        ("demo.till", item.reference),
    ]


def test_the_history_can_carry_references_where_a_service_adds_them(sim: SimAdmin, tmp_path: Path) -> None:
    """Where rows do carry ``external_reference_number`` (the ``history_reference`` quirk), the
    reference settles it and a row of the same bill under another reference is not taken."""
    sim.server.state.data["quirks"]["history_reference"] = True
    client = client_for(sim)
    client.redeem(redeem_skipping("REF-ELSE", bill="BILL-7"))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", ASHA.value, Decimal(100), "BILL-7", skip_validation=True))
    outbox.update(item.id, state=UNKNOWN)
    resent = Sender(client, outbox, OfflinePolicy(name="refuse"), rng=lambda: 0.0).attempt(outbox.get(item.id)).item
    assert resent.state == DONE and resent.result.get("matched_by") is None  # sent, not matched
    assert [r["external_reference_number"] for r in sim.ledger()] == ["REF-ELSE", item.reference]


def test_the_default_group_redeems_the_family_the_customer_heads(sim: SimAdmin) -> None:
    """``use_default_user_group2=true`` (v1.1 source _points.md) takes the points of the customer's
    default group: Asha Rao heads FAM-RAO."""
    client = client_for(sim)
    default = GroupRef(use_default=True)
    assert client.is_redeemable(ASHA, Decimal(100), skip_validation=True, group=default).is_redeemable
    client.redeem(RedeemRequest(ASHA, Decimal(100), "BILL-G", "REF-G", skip_validation=True, group=default))
    assert sim.server.state.groups["41"]["points"] == Decimal(2900)
    assert client.get_customer(ASHA).loyalty_points == Decimal(2000)  # her own points untouched


def test_the_till_writes_points_as_points_when_they_arrive_as_floats(cli) -> None:
    """``"balance": 1900.0`` from the service is still 1900 points on the till's answer."""
    server = make_sim(quirks={"float_numbers": True})
    try:
        assert cli("config", "set", "host", SimAdmin(server).url).code == 0
        assert cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n").code == 0
        assert cli("check", "--mobile", "9777788221", "--points", "100", "--send-otp").code == 0
        otp = server.state.current_otp(ASHA.value)
        done = cli("redeem", "--mobile", "9777788221", "--points", "100", "--bill", "B-F", "--otp", str(otp))
        assert done.code == 0 and "Balance:   1900 points" in done.out, done.out + done.err
    finally:
        server.stop()
