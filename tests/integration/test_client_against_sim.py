"""The real client against the real simulator on loopback."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.capillary import (
    AuthFailed,
    BadResponse,
    CapillaryClient,
    DuplicateReference,
    Identifier,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    RedeemRequest,
    Rejected,
    ServerError,
    Timeouts,
    WorkflowSettings,
)
from pos_app.sim.data import (
    DEMO_CHECKER_TOKEN,
    DEMO_OAUTH_KEY,
    DEMO_OAUTH_SECRET,
    DEMO_ORG_ID,
    DEMO_WORKFLOW_TOKEN,
)
from tests.conftest import SimAdmin, make_sim
from tests.support.ports import free_port

ASHA = Identifier("mobile", "919777788221")
REDEEM = "/v1.1/points/redeem"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def client_for(sim: SimAdmin, **kwargs) -> CapillaryClient:
    return CapillaryClient.with_basic_auth(sim.url, "demo.till", "demo", **kwargs)


def otp_for(sim: SimAdmin, client: CapillaryClient, who: Identifier = ASHA, points: int = 100) -> str:
    client.is_redeemable(who, Decimal(points), issue_otp=True, validation_type="SMS")
    return sim.otp(who.value)


def request(otp: str, ref: str = "REF-1", points: int = 100, **extra) -> RedeemRequest:
    return RedeemRequest(ASHA, Decimal(points), "BILL-1", ref, validation_code=otp, validation_type="SMS", **extra)


def test_whole_redemption_lookup_check_otp_redeem_history(sim: SimAdmin) -> None:
    client = client_for(sim)
    customer = client.get_customer(Identifier("card_number", "CARD0001"))
    assert (customer.name, customer.loyalty_points, customer.tier) == ("Asha Rao", Decimal(2000), "Gold")
    check = client.is_redeemable(ASHA, Decimal(100), issue_otp=True, validation_type="SMS")
    assert check.is_redeemable and check.points_redeem_value == Decimal(25)
    assert check.points_currency_ratio == Decimal("0.25")
    done = client.redeem(request(sim.otp(ASHA.value)))
    assert done.balance == Decimal(1900) and len(done.redemption_id) == 6
    rows = client.redemption_history(ASHA, external_reference_number="REF-1")
    # As documented: a numeric id, no reference, not the redeem's code.
    assert [(r.transaction_number, r.points_redeemed, r.external_reference_number) for r in rows] == [
        ("BILL-1", Decimal(100), "")
    ]
    assert rows[0].history_id.isdigit() and rows[0].redemption_code == ""
    assert rows[0].redeemed_till == "demo.till"
    assert [r["external_reference_number"] for r in sim.ledger()] == ["REF-1"]


def test_currency_input_converts_with_the_ratio(sim: SimAdmin) -> None:
    result = client_for(sim).is_redeemable(ASHA, Decimal("5.00"), currency_input=True)
    assert result.points == Decimal(20) and result.input_type == "currency"
    assert result.points_redeem_value == Decimal(5)


@pytest.mark.parametrize(("points", "code"), [(105, 807), (250, 819), (5, 821), ("1.2345", 878), (-10, 801)])
def test_org_rules_arrive_as_item_codes(sim: SimAdmin, points, code: int) -> None:
    with pytest.raises(Rejected) as caught:
        client_for(sim).is_redeemable(ASHA, Decimal(points))
    assert caught.value.code == code


def test_not_enough_points_for_the_balance() -> None:
    server = make_sim(rules={"max_per_redemption": 5000})
    try:
        client = CapillaryClient.with_basic_auth(server.url, "demo.till", "demo")
        with pytest.raises(Rejected) as caught:
            client.is_redeemable(Identifier("mobile", "919777785205"), Decimal(600))
        assert caught.value.code == 818
    finally:
        server.stop()


@pytest.mark.parametrize(("mobile", "code"), [("919000000001", 1012), ("919800000618", 618), ("919800001013", 1013)])
def test_lookup_of_missing_fraud_and_unenrolled_customers(sim: SimAdmin, mobile: str, code: int) -> None:
    with pytest.raises(Rejected) as caught:
        client_for(sim).get_customer(Identifier("mobile", mobile))
    assert caught.value.code == code


def test_wrong_otp_is_808_and_nothing_is_applied(sim: SimAdmin) -> None:
    client = client_for(sim)
    real = otp_for(sim, client)
    wrong = "000000" if real != "000000" else "111111"
    with pytest.raises(Rejected) as caught:
        client.redeem(request(wrong))
    assert caught.value.code == 808
    assert sim.ledger() == []


def test_otp_reissued_inside_its_window_is_the_same_code(sim: SimAdmin) -> None:
    client = client_for(sim)
    first = otp_for(sim, client)
    client.issue_validation_code(ASHA, Decimal(100))
    assert sim.otp(ASHA.value) == first


def test_otp_expires(sim: SimAdmin) -> None:
    client = client_for(sim)
    code = otp_for(sim, client)
    sim.server.state.otps["564670755"].issued_at -= 10_000
    with pytest.raises(Rejected) as caught:
        client.redeem(request(code))
    assert caught.value.code == 808


def test_otp_daily_cap_gives_876_redeemable_but_not_sent() -> None:
    server = make_sim(otp={"max_per_day": 1, "validity_seconds": 0})
    try:
        client = CapillaryClient.with_basic_auth(server.url, "demo.till", "demo")
        assert not client.is_redeemable(ASHA, Decimal(10), issue_otp=True).otp_not_sent
        second = client.is_redeemable(ASHA, Decimal(10), issue_otp=True)
        assert second.is_redeemable and second.otp_not_sent
    finally:
        server.stop()


def test_missed_call_validation(sim: SimAdmin) -> None:
    client = client_for(sim)
    req = RedeemRequest(ASHA, Decimal(50), "BILL-2", "REF-MC", validation_type="MISSED_CALL")
    with pytest.raises(Rejected) as caught:
        client.redeem(req)
    assert caught.value.code == 822
    sim.missed_call(ASHA.value)
    assert client.redeem(req).points_redeemed == Decimal(50)
    assert sim.ledger()[0]["validation"] == "MISSED_CALL"


def test_same_reference_twice_is_744_even_after_the_balance_changed(sim: SimAdmin) -> None:
    client = client_for(sim)
    client.redeem(request(otp_for(sim, client)))
    with pytest.raises(DuplicateReference):
        client.redeem(request("WRONG1"))
    assert len(sim.ledger()) == 1


def test_group_redemption_uses_the_group_points(sim: SimAdmin) -> None:
    from pos_app.core.capillary import GroupRef

    client = client_for(sim)
    done = client.redeem(request(otp_for(sim, client), group=GroupRef(group_id="41")))
    assert sim.server.state.groups["41"]["points"] == Decimal(2900)
    assert done.balance == Decimal(2000)
    with pytest.raises(Rejected) as caught:
        client.redeem(request("X", ref="REF-2", group=GroupRef(group_id="99")))
    assert caught.value.code == 1632


def test_wrong_password_is_auth_failed(sim: SimAdmin) -> None:
    with pytest.raises(AuthFailed):
        CapillaryClient.with_basic_auth(sim.url, "demo.till", "wrong").get_customer(ASHA)


def test_auth_failure_inside_a_200_body() -> None:
    server = make_sim(quirks={"auth_in_body": True})
    try:
        with pytest.raises(AuthFailed):
            CapillaryClient.with_basic_auth(server.url, "demo.till", "wrong").get_customer(ASHA)
    finally:
        server.stop()


def test_every_quirk_at_once_still_parses() -> None:
    server = make_sim(quirks={"string_numbers": True, "single_as_object": True, "no_root": True})
    try:
        client = CapillaryClient.with_basic_auth(server.url, "demo.till", "demo")
        assert client.get_customer(ASHA).loyalty_points == Decimal(2000)
        client.is_redeemable(ASHA, Decimal(100), issue_otp=True)
        code = server.state.current_otp(ASHA.value)
        done = client.redeem(request(code))
        assert done.balance == Decimal(1900) and done.side_effects[0].num_points == Decimal(100)
        assert len(client.redemption_history(ASHA)) == 1
        with pytest.raises(Rejected) as caught:
            client.is_redeemable(ASHA, Decimal(105))
        assert caught.value.code == 807
    finally:
        server.stop()


def test_oauth_against_the_simulator() -> None:
    server = make_sim(oauth_ttl_seconds=1)
    try:
        client = CapillaryClient.with_oauth(server.url, DEMO_OAUTH_KEY, DEMO_OAUTH_SECRET)
        assert client.get_customer(ASHA).name == "Asha Rao"
        server.state.tokens.clear()  # the server forgot the token: a 401, then one renewal
        assert client.get_customer(ASHA).name == "Asha Rao"
        with pytest.raises(AuthFailed):
            CapillaryClient.with_oauth(server.url, DEMO_OAUTH_KEY, "bad").get_customer(ASHA)
    finally:
        server.stop()


def test_rate_limit_answers_429_with_retry_after() -> None:
    server = make_sim(rate_limit_per_minute=3)
    try:
        client = CapillaryClient.with_basic_auth(server.url, "demo.till", "demo")
        for _ in range(3):
            client.get_customer(ASHA)
        with pytest.raises(RateLimited) as caught:
            client.get_customer(ASHA)
        assert 1 <= caught.value.retry_after <= 60
    finally:
        server.stop()


def test_reversal_and_its_errors(sim: SimAdmin) -> None:
    client = client_for(sim)
    done = client.redeem(request(otp_for(sim, client)))
    first = client.reverse(done.redemption_id, Decimal(40), ASHA)
    assert first.points_reversed == Decimal(40) and first.reversal_id
    client.reverse(done.redemption_id, Decimal(60), ASHA)
    with pytest.raises(Rejected) as caught:
        client.reverse(done.redemption_id, Decimal(1), ASHA)
    assert caught.value.code == 3802
    with pytest.raises(Rejected) as caught:
        client.reverse("nosuch", Decimal(1), ASHA)
    assert caught.value.code == 902
    assert client.get_customer(ASHA).loyalty_points == Decimal(2000)
    assert client.redemption_history(ASHA)[0].reversed_points == Decimal(100)
    sim.server.state.rules["reversal_enabled"] = False
    with pytest.raises(Rejected) as caught:
        client.reverse(done.redemption_id, Decimal(1), ASHA)
    assert caught.value.code == 905


def workflow_client(sim: SimAdmin, token: str = DEMO_WORKFLOW_TOKEN) -> CapillaryClient:
    workflow = WorkflowSettings(
        sim.url,
        DEMO_ORG_ID,
        token,
        {"tillId": "1", "storeId": "2", "zoneId": "3", "conceptId": "4"},
        "till",
        checker_token=DEMO_CHECKER_TOKEN,
    )
    return client_for(sim, workflow=workflow)


@pytest.mark.parametrize(
    ("approve", "points", "state", "applied"),
    [(True, 100, "approved", 1), (False, 100, "rejected", 0), (True, 105, "failed", 0)],
)
def test_maker_checker_request_states(sim: SimAdmin, approve: bool, points: int, state: str, applied: int) -> None:
    client = workflow_client(sim)
    made = client.create_redemption_request(request("", points=points, skip_validation=True))
    assert made.state == "AdminTask"
    assert client.redemption_request(made.request_id).state == "AdminTask"
    decided = client.decide_redemption_request(made.request_id, approve, "checked")
    assert decided.state == state and decided.is_final
    assert len(sim.ledger()) == applied
    if state == "failed":
        assert decided.output.status == 200 and decided.output.code == 807
    with pytest.raises(Rejected) as caught:
        client.decide_redemption_request(made.request_id, True)
    assert caught.value.code == 2002  # already completed


def test_maker_checker_with_a_token_that_is_not_accepted(sim: SimAdmin) -> None:
    """2013: the token failed (docs.capillarytech.com/reference/points-redemption, seed 004)."""
    with pytest.raises(Rejected) as caught:
        workflow_client(sim, token="nope").create_redemption_request(request("", skip_validation=True))
    assert caught.value.code == 2013 and "token" in caught.value.cashier_message


# -- faults -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "error", "applied"),
    [
        ("refuse", OutcomeUnknown, 0),
        ("reset", OutcomeUnknown, 0),
        ("drop-after-commit", OutcomeUnknown, 1),
        ("http-500", ServerError, 0),
        ("html-502", ServerError, 0),
        ("bad-json", BadResponse, 1),
        ("rate-limit", RateLimited, 0),
    ],
)
def test_each_fault_on_redeem_is_sorted_right_and_a_retry_never_doubles(
    sim: SimAdmin, kind: str, error: type, applied: int
) -> None:
    client = client_for(sim)
    code = otp_for(sim, client)
    sim.fault(REDEEM, kind)
    with pytest.raises(error):
        client.redeem(request(code))
    assert len(sim.ledger()) == applied
    # The retry with the same reference lands exactly once, whichever way the first went.
    if applied:
        with pytest.raises(DuplicateReference):
            client.redeem(request(code))
    else:
        client.redeem(request(code))
    assert len(sim.ledger()) == 1


def test_timeout_after_commit_is_outcome_unknown_and_applied(sim: SimAdmin) -> None:
    client = client_for(sim, timeouts=Timeouts(connect=1, read=1))
    code = otp_for(sim, client)
    sim.fault(REDEEM, "latency", ms=1500, phase="after")
    with pytest.raises(OutcomeUnknown):
        client.redeem(request(code))
    assert len(sim.ledger()) == 1


def test_timeout_before_commit_is_outcome_unknown(sim: SimAdmin) -> None:
    client = client_for(sim, timeouts=Timeouts(connect=1, read=1))
    sim.fault("/v1.1/customer/get", "latency", ms=1500)
    with pytest.raises(OutcomeUnknown):
        client.get_customer(ASHA)


def test_faults_by_count_then_clear(sim: SimAdmin) -> None:
    client = client_for(sim)
    sim.fault("/v1.1/customer/get", "http-500", count=2)
    for _ in range(2):
        with pytest.raises(ServerError):
            client.get_customer(ASHA)
    assert client.get_customer(ASHA).name == "Asha Rao"
    sim.fault("/v1.1/customer/get", "html-502", count=None)
    for _ in range(3):
        with pytest.raises(ServerError):
            client.get_customer(ASHA)
    sim.clear_faults()
    assert client.get_customer(ASHA).name == "Asha Rao"


def test_faults_given_at_start() -> None:
    from pos_app.sim.server import SimServer

    server = SimServer(0, None, [{"endpoint": "/v1.1/customer/get", "kind": "http-500", "count": 1}]).start()
    try:
        client = CapillaryClient.with_basic_auth(server.url, "demo.till", "demo")
        with pytest.raises(ServerError):
            client.get_customer(ASHA)
        assert client.get_customer(ASHA).name == "Asha Rao"
    finally:
        server.stop()


def test_nothing_listening_is_not_sent() -> None:
    port = free_port()
    with pytest.raises(NotSent):
        CapillaryClient.with_basic_auth(f"http://127.0.0.1:{port}", "t", "p").get_customer(ASHA)


def seed_request_body(otp: str) -> dict:
    body = json.loads((FIXTURES / "seed001_redeem_request.json").read_text())
    item = body["root"]["redeem"][0]
    item["validation_code"] = otp
    item["points_redeemed"] = 10  # the sample's 1 point breaks the demo org's multiples-of-10 rule
    return body


def assert_seed_shape(answer: dict) -> None:
    points = answer["response"]["responses"]["points"]
    assert answer["response"]["status"] == {"success": "true", "code": 200, "message": "Success"}
    assert points["item_status"]["code"] == 800 and points["item_status"]["success"] == "true"
    assert points["redemption_id"] and isinstance(points["points_redeemed"], str)
    assert isinstance(points["balance"], int)
    effect = points["side_effects"]["effect"][0]
    expected = json.loads((FIXTURES / "seed001_redeem_response.json").read_text())
    assert set(points) == set(expected["response"]["responses"]["points"])
    assert set(effect) == set(expected["response"]["responses"]["points"]["side_effects"]["effect"][0])
    assert effect["redeemed_on_bill_number"] == "bilnum100000"


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_seed_001_curl_example_against_the_simulator(sim: SimAdmin) -> None:
    client = client_for(sim)
    otp = otp_for(sim, client, points=10)
    body = json.dumps(seed_request_body(otp))
    out = subprocess.run(
        [
            "curl",
            "-sS",
            "--location",
            f"{sim.url}/v1.1/points/redeem?skip_validation=false&program_id=973&format=json",
            "--header",
            "Content-Type: application/json",
            "--header",
            "Authorization: Basic ZGVtby50aWxsOmZlMDFjZTJhN2ZiYWM4ZmFmYWVkN2M5ODJhMDRlMjI5",
            "--data",
            body,
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert_seed_shape(json.loads(out.stdout))


def test_seed_001_example_through_the_app_client(sim: SimAdmin) -> None:
    client = client_for(sim)
    otp = otp_for(sim, client, points=10)
    item = seed_request_body(otp)["root"]["redeem"][0]
    reply = client.transport.request(
        "POST",
        REDEEM,
        params={"skip_validation": "false", "program_id": "973", "format": "json"},
        json_body={"root": {"redeem": [item]}},
    )
    assert_seed_shape(reply.body)
    fresh = otp_for(sim, client, points=10)  # the first code was used up by the redemption
    done = client.redeem(
        RedeemRequest(
            ASHA,
            Decimal(10),
            "bilnum100001",
            "REF-SEED",
            validation_code=fresh,
            custom_fields={"point_transfered_to": "9777788221"},
            program_id="973",
        )
    )
    assert done.balance == Decimal(1980)
    assert sim.ledger()[1]["custom_fields"] == [{"name": "point_transfered_to", "value": "9777788221"}]
