"""Each form Capillary's reference pages show, given to the client through ``responses``.

Pages: docs.capillarytech.com/reference/... (named in each test) and the v1.1 documentation
source, github.com/Capillary/v1.1-API-Documentation and github.com/Capillary/api-documentation
(``source/includes/_customer.md``, ``_points.md``, ``_otp.md``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import responses
from responses import matchers

from pos_app.core.capillary import (
    CapillaryClient,
    ConfigurationError,
    DuplicateReference,
    GroupRef,
    Identifier,
    RedeemRequest,
    Rejected,
    ServerError,
    WorkflowSettings,
)
from pos_app.core.capillary.auth import basic_header
from pos_app.core.capillary.codes import code_is, describe
from pos_app.core.capillary.hosts import base_url
from pos_app.core.capillary.models import Customer, HistoryEntry, Reversal, WorkflowRequest
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import DONE, UNKNOWN, NewRedemption, Outbox
from pos_app.core.sending import Sender

BASE = "https://eu.api.capillarytech.com"
CRM = "https://eucrm.cc.capillarytech.com"
REDEEM = f"{BASE}/v1.1/points/redeem"
CUSTOMER = f"{BASE}/v1.1/customer/get"
HISTORY = f"{BASE}/v1.1/customer/redemptions"
REVERSE = f"{BASE}/v2/points/reverse"
WORKFLOW = f"{CRM}/api_gateway/v2/request-workflow/POINTS-REDEMPTION"
STATUS = f"{CRM}/api_gateway/v2/request-workflow/requests/d9df3b65-62a7-11ee-aa6d-0aaee4e533d2"
MOBILE = Identifier("mobile", "919777788221")
ENTITY = {"tillId": "50682289", "storeId": "50682288", "zoneId": "50682286", "conceptId": "50678331"}


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def client() -> CapillaryClient:
    workflow = WorkflowSettings(CRM, "50672", "maker-jwt", ENTITY, "jatin", checker_token="checker-jwt")
    return CapillaryClient.with_basic_auth(BASE, "till1", "123", workflow=workflow)


def v1(**content: Any) -> dict[str, Any]:
    return {"response": {"status": {"success": "true", "code": 200, "message": "Success"}, **content}}


def refused(code: Any, message: str = "refused") -> dict[str, Any]:
    item = {"item_status": {"success": "false", "code": code, "message": message}}
    return {
        "response": {"status": {"success": "false", "code": 500.0, "message": "failed"}, "responses": {"points": item}}
    }


def request(**changes: Any) -> RedeemRequest:
    fields: dict[str, Any] = dict(
        identifier=MOBILE, points=Decimal(20), transaction_number="B-1", external_reference_number="REF-1"
    )
    fields.update(changes)
    return RedeemRequest(**fields)


# -- codes and numbers: int, string, float, a header's list -------------------------------


@pytest.mark.parametrize("written", [744, "744", 744.0, "744.0", ["744"]])
def test_a_code_reads_the_same_however_it_is_written(written: Any) -> None:
    """Numbers and codes arrive as ints, strings or floats anywhere (the sample on
    docs.capillarytech.com/reference/redeem-points has ``"points_redeemed": "1"`` beside
    ``"balance": 1990``; approvals write ``"status": 200.0`` and ``"status_code": ["200"]``,
    docs.capillarytech.com/reference/get-all-requests)."""
    assert code_is(written, 744) and not code_is(written, 74)
    assert describe(written).message == describe(744).message


@pytest.mark.parametrize(("code", "error"), [(744.0, DuplicateReference), ("818.0", Rejected), (808, Rejected)])
def test_item_codes_as_floats_are_read_as_codes(
    api: responses.RequestsMock, client: CapillaryClient, code: Any, error: type
) -> None:
    """The redeem's failure item (docs.capillarytech.com/reference/redeem-points) with its code as a float."""
    api.post(REDEEM, json=refused(code))
    with pytest.raises(error) as caught:
        client.redeem(request())
    assert caught.value.code == int(float(code))


# -- lone objects and lists, null strings ---------------------------------------------------


def test_customer_with_a_lone_custom_field_null_strings_and_its_fraud_status(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    """customer/get as the v1.1 source shows it (_customer.md, "Get Customer Details"):
    ``custom_fields.field`` a lone object, ``fraud_details.status`` inside, ``coupons`` a list, and
    (docs.capillarytech.com/reference/get-customer-redemptions) ``"external_id": null``."""
    customer = {
        "firstname": "Tom",
        "lastname": "Sawyer",
        "mobile": "91900000000",
        "email": None,
        "external_id": None,
        "lifetime_points": "2300",
        "loyalty_points": "500",
        "current_slab": "Silver",
        "fraud_details": {"status": "NONE", "marked_by": [], "modified_on": []},
        "custom_fields": {"field": {"name": "gender", "value": "value_308645"}},
        "coupons": [{"id": "44521519", "code": "4OZ1UDDA"}, {"id": "44521520", "code": "ZBW1S4QT"}],
        "item_status": {"success": "true", "code": "1000", "message": "Customer successfully retrieved"},
    }
    api.get(CUSTOMER, json=v1(customers={"customer": customer}))
    found = client.get_customer(MOBILE)
    assert (found.email, found.external_id, found.loyalty_points) == ("", "", Decimal(500))
    assert found.custom_fields == (("gender", "value_308645"),) and not found.blocked


@pytest.mark.parametrize(
    ("status", "blocked"),
    [
        ("MARKED", True),
        ("CONFIRMED", True),
        ("RECONFIRMED", True),
        ("INTERNAL", True),
        ("NOT_FRAUD", False),
        ("NONE", False),
        ("", False),
    ],
)
def test_fraud_statuses_found_with_code_1000(
    api: responses.RequestsMock, client: CapillaryClient, status: str, blocked: bool
) -> None:
    """Fraud statuses Marked, Confirmed, Reconfirmed, Not_Fraud, Internal
    (support.capillarytech.com "Fraud customer"; ``"status": "NOT_FRAUD"`` in api-documentation
    _customer.md). The customer is found (1000) with the status inside: anything but none or
    not-fraud may not redeem."""
    item = {"firstname": "A", "fraud_details": {"status": status}, "item_status": {"success": "true", "code": 1000}}
    api.get(CUSTOMER, json=v1(customers={"customer": [item]}))
    assert client.get_customer(MOBILE).blocked is blocked


def test_fraud_code_618_is_a_refusal_a_cashier_understands(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    """618 "Not allowed - customer is marked as fraud" (v1.1 source _customer.md, error codes)."""
    item = {"item_status": {"success": "false", "code": "618", "message": "Customer is marked as fraud"}}
    api.get(CUSTOMER, json={"response": {"status": {"success": "false", "code": 500}, "customers": {"customer": item}}})
    with pytest.raises(Rejected) as caught:
        client.get_customer(MOBILE)
    assert caught.value.code == 618 and "blocked for redemption" in caught.value.cashier_message


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (804, "current points"),  # Insufficient current points.
        (686, "campaign"),  # from a campaign, not enrolled in the loyalty program
        (3045, "blocked"),  # redemption not allowed: the status is fraud
        (826, "set-up"),  # invalid points category or configuration
        (827, "not switched on"),  # points redemption not enabled for the organisation
        (860, "resend"),  # unable to issue OTP
        (874, "resend"),  # unable to generate validation code (OTP) — _otp.md
        (875, "resend"),
        (888, "set-up"),  # configuration is invalid: report to Capillary support
        (899, "set-up"),
    ],
)
def test_item_codes_a_cashier_meets_say_what_to_do(
    api: responses.RequestsMock, client: CapillaryClient, code: int, words: str
) -> None:
    """Points error codes (docs.capillarytech.com/reference/points-1, api-documentation
    _points.md "Error Codes"; 874/875 in _otp.md): each gets the cashier's words, not the
    service's number alone."""
    api.post(REDEEM, json=refused(code, "service text"))
    with pytest.raises(Rejected) as caught:
        client.redeem(request())
    message = caught.value.cashier_message
    assert words in message and "Code " not in message, message


# -- history ---------------------------------------------------------------------------------

# The sample of the v1.1 source (_customer.md, "Get Customer Redemptions"); its reversal_time is
# unquoted there, quoted here to be JSON.
HISTORY_SAMPLE = {
    "response": {
        "status": {"success": "true", "code": "200", "message": "SUCCESS"},
        "customer": {
            "mobile": "44700900000",
            "external_id": "1234",
            "rows": "3",
            "redemptions": {
                "coupons": {"coupon": {"id": "3", "code": "832-pghhi6u1", "transaction_number": "TestBill-1234"}},
                "points": {
                    "point": [
                        {
                            "id": 1,
                            "program_id": 469,
                            "points_redeemed": 20,
                            "transaction_number": "txnre6",
                            "validation_code": "SI8380",
                            "redeemed_time": "2020-03-31 00:00:00",
                            "redeemed_at": "bukl.till",
                            "notes": "redeemed 20 points",
                            "redeemed_store": {"code": "international_business_park", "name": "IBP"},
                            "redeemed_till": {"code": "bukl.till", "name": "bukl.till"},
                            "reversals": [
                                {
                                    "reversal_id": 1434301,
                                    "points_reversed": 20,
                                    "reversal_time": "2020-03-13 18:02:34",
                                    "reversed_on_till_id": 75040399,
                                }
                            ],
                        },
                        {
                            "id": 121656,
                            "program_id": 1234,
                            "points_redeemed": 30,
                            "transaction_number": "bill-121",
                            "redeemed_time": "2011-03-17 16:05:22",
                            "redeemed_till": {"code": "bukl.till", "name": "bukl.till"},
                        },
                    ]
                },
            },
        },
    }
}


def test_history_rows_as_documented(api: responses.RequestsMock, client: CapillaryClient) -> None:
    """customer/redemptions (v1.1 source _customer.md; docs.capillarytech.com/reference/get-customer-redemptions):
    a numeric ``id`` that is not the redeem's code, no reference, ``reversals`` a bare list with
    ``reversal_time`` and ``reversed_on_till_id``, ``coupons.coupon`` a lone object."""
    api.get(HISTORY, json=HISTORY_SAMPLE)
    first, second = client.redemption_history(MOBILE)
    assert (first.history_id, first.redemption_code, first.external_reference_number) == ("1", "", "")
    assert (first.program_id, first.points_redeemed, first.redeemed_till) == ("469", Decimal(20), "bukl.till")
    assert [(r.reversal_id, r.reversal_time, r.till_id) for r in first.reversals] == [
        ("1434301", "2020-03-13 18:02:34", "75040399")
    ]
    assert first.reversed_points == Decimal(20) and second.reversals == () and second.history_id == "121656"


def test_reversal_warnings_as_an_empty_list_or_a_lone_warning() -> None:
    """``warnings`` is ``[]`` on docs.capillarytech.com/reference/reverse-redeemed-points; the
    v1.1 envelope writes one element as ``{"warning": ["1017"]}``."""
    assert Reversal.from_json({"redemptionId": "gWpna6", "warnings": []}).warnings == ()
    assert Reversal.from_json({"warnings": {"warning": ["1017"]}}).warnings == ("1017",)
    assert Reversal.from_json({"warnings": {"warning": "1017"}}).warnings == ("1017",)
    assert HistoryEntry.from_json({"id": 5, "reversals": {"reversal": {"points_reversed": 2}}}).reversed_points == 2


# -- reconciliation of an unknown outcome ---------------------------------------------------


def unknown_row(tmp_path: Path, client: CapillaryClient, bill: str = "bill-121") -> tuple[Sender, Any]:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(30), bill, skip_validation=True))
    outbox.update(item.id, state=UNKNOWN, created_at=time.time() - 60)
    return Sender(client, outbox, OfflinePolicy(name="refuse"), rng=lambda: 0.0), outbox.get(item.id)


def history_with(bill: str, points: int = 30, when: float | None = None) -> dict[str, Any]:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() if when is None else when))
    row = {
        "id": 121656,
        "program_id": 973,
        "points_redeemed": points,
        "transaction_number": bill,
        "redeemed_time": stamp,
    }
    other = {
        "id": 121600,
        "program_id": 973,
        "points_redeemed": 30,
        "transaction_number": "B-0",
        "redeemed_time": stamp,
    }
    return v1(customer={"redemptions": {"points": {"point": [row, other]}}, "item_status": {"code": 1000}})


def test_an_unknown_outcome_is_settled_by_the_bill_when_rows_carry_no_reference(
    api: responses.RequestsMock, client: CapillaryClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Rows of docs.capillarytech.com/reference/get-customer-redemptions carry no reference: the
    row with the bill, points and program, in the attempt's time window, is ours; nothing is resent."""
    sender, item = unknown_row(tmp_path, client)
    api.get(HISTORY, json=history_with("bill-121"))
    with caplog.at_level(logging.INFO, logger="pos_app.core.reconcile"):
        outcome = sender.attempt(item)
    assert outcome.item.state == DONE
    assert outcome.item.result["matched_by"] == "bill, points, program and time"
    assert outcome.item.result["history_id"] == "121656" and outcome.item.redemption_id == ""
    assert [c.request.method for c in api.calls] == ["GET"]  # not sent again
    assert "matched by bill, points, program and time" in caplog.text


@pytest.mark.parametrize(
    "history",
    [
        history_with("other-bill"),  # another bill
        history_with("bill-121", points=40),  # other points
        history_with("bill-121", when=time.time() - 3 * 86400),  # long before the attempt
    ],
)
def test_no_matching_row_resends_under_the_same_reference_and_744_settles_it(
    api: responses.RequestsMock, client: CapillaryClient, tmp_path: Path, history: dict[str, Any]
) -> None:
    """When no row is ours the row is sent again under its reference; 744 ("Reference number
    already exists", docs.capillarytech.com/reference/redeem-points) means it was applied."""
    sender, item = unknown_row(tmp_path, client)
    api.get(HISTORY, json=history)
    api.post(REDEEM, json=refused(744.0, "Reference number already exists"))
    outcome = sender.attempt(item)
    assert outcome.item.state == DONE and outcome.item.result["already_applied"] is True
    sent = json.loads(next(c.request.body for c in api.calls if c.request.method == "POST"))
    assert sent["root"]["redeem"][0]["external_reference_number"] == item.reference


# -- approval: list headers, float statuses --------------------------------------------------


def approval_answer(state: str, code: Any, body_code: Any = None) -> dict[str, Any]:
    """A request as docs.capillarytech.com/reference/get-all-requests shows an approved one."""
    points = {"item_status": {"success": "false", "code": body_code, "message": "Reference number already exists"}}
    output = {
        "status": 200.0,
        "headers": {"Content-Type": ["application/json; charset=UTF-8"], "status_code": [str(code)], "success": ["0"]},
        "body": {"response": {"status": {"success": "false", "code": 500.0}, "responses": {"points": points}}}
        if body_code is not None
        else {"warnings": []},
    }
    details = {"AdminTask_Output": "approved", "IntouchAPITask_Output": output, "ValidateCheckerAccess_Output": True}
    return {"data": {"requestId": "d9df3b65-62a7-11ee-aa6d-0aaee4e533d2", "state": state, "details": details}}


def test_the_approvals_output_with_list_headers_and_float_statuses() -> None:
    """``IntouchAPITask_Output``: ``"status": 200.0`` and every header a list (get-all-requests)."""
    request = WorkflowRequest.from_json(approval_answer("failed", "744", body_code=744.0)["data"])
    assert (request.output.status, request.output.code, request.output.header("Status_Code")) == (200, 744, "744")
    by_header = WorkflowRequest.from_json(approval_answer("failed", "744")["data"])
    assert by_header.output.code == 744  # no item in the body: the header says it


@pytest.mark.parametrize("body_code", [744.0, None])
def test_a_failed_approval_whose_inner_answer_says_744_is_already_applied(
    api: responses.RequestsMock, client: CapillaryClient, tmp_path: Path, body_code: Any
) -> None:
    """Approved, but the wrapped redeem met the used reference (744.0 in the body or ["744"] in
    the headers): the redemption exists, so the row is done, not a failure."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(30), "bill-121", route="approval"))
    item = outbox.update(item.id, state="approval", workflow_request_id="d9df3b65-62a7-11ee-aa6d-0aaee4e533d2")
    api.get(STATUS, json=approval_answer("failed", "744", body_code))
    api.get(HISTORY, json=history_with("bill-121"))
    outcome = Sender(client, outbox, OfflinePolicy(name="approval")).attempt(item)
    assert outcome.item.state == DONE and outcome.item.result["already_applied"] is True


# -- reversal -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "kind"), [(MOBILE, "PHONE"), (Identifier("id", "564847023"), "ID"), (Identifier("email", "a@b"), "EMAIL")]
)
def test_reverse_names_the_identifier_and_points_as_documented(
    api: responses.RequestsMock, client: CapillaryClient, who: Identifier, kind: str
) -> None:
    """docs.capillarytech.com/reference/reverse-redeemed-points: ``identifier.type`` ID, PHONE,
    EMAIL; ``pointsToBeReversed`` a number; the answer's ``customerId`` a number."""
    expected = {"redemptionId": "gWpna6", "pointsToBeReversed": 2.5, "identifier": {"type": kind, "value": who.value}}
    answer = {"redemptionId": "gWpna6", "reversalId": "1434301", "customerId": 564847023, "pointsReversed": 2.5}
    api.post(REVERSE, json=answer, match=[matchers.json_params_matcher(expected)])
    done = client.reverse("gWpna6", Decimal("2.5"), who)
    assert (done.points_reversed, done.customer_id, done.reversal_id) == (Decimal("2.5"), "564847023", "1434301")


def test_reverse_by_the_reference_when_the_code_is_unknown(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    """The reference page's second example reverses by ``externalReferenceNumber``."""
    expected = {
        "externalReferenceNumber": "ORD-2024-98765",
        "pointsToBeReversed": 2,
        "identifier": {"type": "PHONE", "value": MOBILE.value},
    }
    api.post(
        REVERSE, json={"redemptionId": "gWpna6", "pointsReversed": 2}, match=[matchers.json_params_matcher(expected)]
    )
    assert client.reverse("", Decimal(2), MOBILE, external_reference_number="ORD-2024-98765").redemption_id == "gWpna6"
    with pytest.raises(ConfigurationError):
        client.reverse("", Decimal(2), MOBILE)


def test_reverse_804_means_the_reversal_could_not_be_processed(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    """804 on reverse-redeemed-points: "Unable to process points reversal request" (not the points
    code's "insufficient current points")."""
    api.post(REVERSE, status=400, json={"errors": [{"status": False, "code": 804.0, "message": "Unable to process"}]})
    with pytest.raises(Rejected) as caught:
        client.reverse("gWpna6", Decimal(2), MOBILE)
    assert caught.value.code == 804 and "reversal" in caught.value.cashier_message and caught.value.transient


# -- isredeemable parameters ----------------------------------------------------------------


def test_isredeemable_asks_with_the_default_group_and_invalid_validation_when_skipping(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    """v1.1 source _points.md, "Check If Points are Redeemable": ``use_default_user_group2``, and
    ``validation_type`` ``INVALID`` "if you want to skip_validation"."""
    item = {"is_redeemable": "true", "points": "20", "item_status": {"success": "true", "code": 800.0}}
    expected = {"mobile": MOBILE.value, "points": "20", "format": "json", "skip_validation": "true",
                "validation_type": "INVALID", "use_default_user_group2": "true"}  # fmt: skip
    api.get(f"{BASE}/v1.1/points/isredeemable", json=v1(points={"redeemable": item}),
            match=[matchers.query_param_matcher(expected)])  # fmt: skip
    answer = client.is_redeemable(MOBILE, Decimal(20), skip_validation=True, group=GroupRef(use_default=True))
    assert answer.is_redeemable and answer.item_status.code == 800
    assert GroupRef.from_params(GroupRef(use_default=True).as_params()) == GroupRef(use_default=True)


# -- request workflow -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (2002, "already completed"),
        (2005, "organisation id"),
        (2026, "organisation id"),
        (2007, "does not know that request"),
        (2013, "token"),
    ],
)
def test_request_workflow_errors_say_what_happened(
    api: responses.RequestsMock, client: CapillaryClient, code: int, words: str
) -> None:
    """Request-workflow errors (docs.capillarytech.com/reference/approve-or-reject-a-request,
    /get-request-info): 2002 completed, 2005/2026 the org header, 2007 request id or action,
    2013 the token."""
    api.get(STATUS, status=400, json={"data": None, "errors": [{"code": float(code), "message": "x"}]})
    with pytest.raises(Rejected) as caught:
        client.redemption_request("d9df3b65-62a7-11ee-aa6d-0aaee4e533d2")
    assert caught.value.code == code and words in caught.value.cashier_message


def test_maker_and_checker_tokens_stay_apart(api: responses.RequestsMock, client: CapillaryClient) -> None:
    """The maker's token (CanMakeRequest) creates (seed 004, /points-redemption); approving takes
    a checker's (CanCheckRequest, /approve-or-reject-a-request)."""
    made = {"data": {"requestId": "d9df3b65-62a7-11ee-aa6d-0aaee4e533d2", "state": "AdminTask"}}
    api.post(WORKFLOW, json=made, match=[matchers.header_matcher({"X-CAP-UI-AUTH-TOKEN": "maker-jwt"})])
    api.put(WORKFLOW, json=approval_answer("approved", "200"),
            match=[matchers.header_matcher({"X-CAP-UI-AUTH-TOKEN": "checker-jwt"})])  # fmt: skip
    client.create_redemption_request(request(skip_validation=True))
    assert client.decide_redemption_request(made["data"]["requestId"], True, "ok").state == "approved"
    lone = CapillaryClient.with_basic_auth(BASE, "t", "p", workflow=WorkflowSettings(CRM, "1", "maker-jwt", ENTITY))
    with pytest.raises(ConfigurationError, match="checker"):
        lone.decide_redemption_request("d9df3b65", True)


def test_the_stored_request_carries_basic_credentials_even_on_an_oauth_till(api: responses.RequestsMock) -> None:
    """Seed 004 stores ``"Authorization": "Basic ..."`` in the request a checker approves later;
    an OAuth token (300 s) would have expired by then."""
    api.post(f"{BASE}/v3/oauth/token/generate", json={"data": {"accessToken": "jwt", "ttlSeconds": 300}})
    made = {"data": {"requestId": "r-1", "state": "AdminTask"}}
    api.post(WORKFLOW, json=made)
    inner = basic_header("ind.1", "123")
    workflow = WorkflowSettings(CRM, "50672", "maker-jwt", ENTITY, inner_authorization=inner)
    CapillaryClient.with_oauth(BASE, "key", "secret", workflow=workflow).create_redemption_request(
        request(skip_validation=True)
    )
    sent = json.loads(api.calls[-1].request.body)
    headers = sent["payload"]["IntouchAPITask-Payload"]["headers"]
    assert headers["Authorization"] == inner and "X-CAP-API-OAUTH-TOKEN" not in headers
    bare = WorkflowSettings(CRM, "50672", "maker-jwt", ENTITY)
    with pytest.raises(ConfigurationError, match="Basic"):
        CapillaryClient.with_oauth(BASE, "key", "secret", workflow=bare).create_redemption_request(request())


# -- hosts and 503 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cluster", "host"),
    [
        ("india", "apac.api.capillarytech.com"),
        ("apac", "apac.api.capillarytech.com"),
        ("apac2", "apac2.api.capillarytech.com"),
        ("eu", "eu.api.capillarytech.com"),
        ("us", "us.api.capillarytech.com"),
        ("china", "api.capillarytech.cn.com"),
    ],
)
def test_the_documented_clusters(cluster: str, host: str) -> None:
    """Hosts of docs.capillarytech.com/reference/apioverview ("Host URLs"), India and China beside
    eu, us, apac and apac2."""
    assert base_url(cluster) == f"https://{host}"


def test_503_says_the_access_could_not_be_checked(api: responses.RequestsMock, client: CapillaryClient) -> None:
    """503 "Authorization status is unavailable" (access control, docs.capillarytech.com/reference/redeem-points
    prerequisites): not a rate limit, the outcome unknown, and a message that says so."""
    api.get(CUSTOMER, status=503, body="")
    with pytest.raises(ServerError) as caught:
        client.get_customer(MOBILE)
    assert caught.value.status == 503 and "authorization status unavailable" in caught.value.cashier_message


def test_customer_model_reads_the_v2_fraud_block() -> None:
    """api-documentation _customer.md (v2 lookup): ``"fraudDetails": {"status": "NOT_FRAUD"}``."""
    assert not Customer.from_json({"fraudDetails": {"status": "NOT_FRAUD"}}).blocked


@pytest.mark.parametrize("code", [2013, 2005, 2026])
def test_a_refused_token_or_org_while_following_an_approval_keeps_it_waiting(
    api: responses.RequestsMock, client: CapillaryClient, tmp_path: Path, code: int
) -> None:
    """2013 (the token) or 2005/2026 (the org header) say the till's own set-up is wrong; the
    request itself still waits for its checker, so the row keeps following it once fixed."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(30), "bill-121", route="approval"))
    item = outbox.update(item.id, state="approval", workflow_request_id="d9df3b65-62a7-11ee-aa6d-0aaee4e533d2")
    api.get(STATUS, status=403, json={"data": None, "errors": [{"code": code, "message": "x"}]})
    outcome = Sender(client, outbox, OfflinePolicy(name="approval"), rng=lambda: 0.0).attempt(item)
    assert outcome.item.state == "approval" and outcome.item.next_attempt_at > time.time()
    assert outcome.item.reason == describe(code).message
