"""The client against canned answers on a real loopback server: the seeds' samples verbatim, every
failure form, and what happens to its connections."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
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
    WorkflowSettings,
)
from pos_app.core.capillary.auth import basic_header
from pos_app.core.capillary.transport import Timeouts
from tests.support.canned_http import CannedServer, canned_server
from tests.support.ports import free_port

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASE = "https://eu.api.capillarytech.com"
REDEEM = "/v1.1/points/redeem"
ISREDEEMABLE = "/v1.1/points/isredeemable"
CUSTOMER = "/v1.1/customer/get"
MOBILE = Identifier("mobile", "919777788221")


def seed(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


@pytest.fixture
def canned() -> Iterator[CannedServer]:
    with canned_server() as server:
        yield server


@pytest.fixture
def client(canned: CannedServer) -> CapillaryClient:
    return CapillaryClient.with_basic_auth(canned.url, "till1", "123")


def redeem_request(**changes) -> RedeemRequest:
    fields = dict(
        identifier=MOBILE,
        points=Decimal(1),
        transaction_number="bilnum100000",
        external_reference_number="REF-1",
        validation_code="NS3U05",
        notes="Redeemed to transfer points to the friend",
        custom_fields={"point_transfered_to": "9777788221"},
        program_id="973",
    )
    fields.update(changes)
    return RedeemRequest(**fields)


def failure(code: int, message: str, where: str = "responses", key: str = "points") -> dict:
    return {
        "response": {
            "status": {"success": "false", "code": 500, "message": "All requests have failed"},
            where: {key: {"item_status": {"success": "false", "code": code, "message": message}}},
        }
    }


def test_basic_auth_header_is_till_code_and_md5_of_password() -> None:
    # CAPILLARY_API.md: till1 / 123 -> md5 202cb962ac59075b964b07152d234b70
    assert basic_header("till1", "123") == "Basic dGlsbDE6MjAyY2I5NjJhYzU5MDc1Yjk2NGIwNzE1MmQyMzRiNzA="


def test_seed_001_redeem_response_parses_as_is(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"), headers={"X-Cap-Requestid": "rq-1"})
    done = client.redeem(redeem_request())
    assert done.redemption_id == "7t4y2a"
    assert done.points_redeemed == Decimal(1)  # "1" as a string in the sample
    assert done.balance == Decimal(1990)
    assert done.side_effects[0].bill_number == "bilnum100000"
    assert done.item_status.code == 800
    assert done.request_id == "rq-1"


def test_redeem_sends_the_seed_body_and_query(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"))
    client.redeem(redeem_request())
    call = canned.calls[0]
    sent = json.loads(call.body)
    expected = seed("seed001_redeem_request.json")["root"]["redeem"][0]
    item = sent["root"]["redeem"][0]
    for key in ("customer", "transaction_number", "notes", "validation_code", "custom_fields"):
        assert item[key] == expected[key]
    assert item["points_redeemed"] == "1"
    assert item["external_reference_number"] == "REF-1"
    assert "format=json" in call.url and "program_id=973" in call.url
    assert "skip_validation=false" in call.url
    assert call.headers["Authorization"] == basic_header("till1", "123")
    assert call.headers["Content-Type"] == "application/json"
    assert call.headers["User-Agent"].startswith("pos-app/")


def test_redeem_with_every_optional_field(client: CapillaryClient, canned: CannedServer) -> None:
    from datetime import datetime

    from pos_app.core.capillary import GroupRef

    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"))
    client.redeem(
        redeem_request(
            redemption_time=datetime(2020, 4, 15, 23, 1, 46),
            redemption_purpose="gift",
            till_id="50682289",
            validation_type="MISSED_CALL",
            group=GroupRef(group_id="41"),
        )
    )
    call = canned.calls[0]
    item = json.loads(call.body)["root"]["redeem"][0]
    assert item["redemption_time"] == "2020-04-15 23:01:46"
    assert item["redemption_purpose"] == "gift" and item["till_id"] == "50682289"
    assert "validation_type=MISSED_CALL" in call.url and "user_group2_id=41" in call.url


def test_seed_003_isredeemable_sample_parses_as_is(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("GET", ISREDEEMABLE, json_body=seed("seed003_isredeemable_response.json"))
    result = client.is_redeemable(
        Identifier("mobile", "919777785205"), Decimal(10), issue_otp=True, validation_type="SMS", program_id="973"
    )
    assert result.is_redeemable is True
    assert result.points_redeem_value == Decimal(10)
    assert result.points_currency_ratio == Decimal(1)
    url = canned.calls[0].url
    assert "issue_otp=true" in url and "validation_type=SMS" in url and "points=10" in url


def test_isredeemable_876_is_an_answer_not_an_error(client: CapillaryClient, canned: CannedServer) -> None:
    body = seed("seed003_isredeemable_response.json")
    body["response"]["points"]["redeemable"]["item_status"] = {
        "success": "false",
        "code": 876,
        "message": "Points redeemable but OTP generation failed",
    }
    canned.add("GET", ISREDEEMABLE, json_body=body)
    result = client.is_redeemable(MOBILE, Decimal(10), issue_otp=True)
    assert result.is_redeemable and result.otp_not_sent


def test_http_200_carrying_a_failure_is_a_rejection_with_cashier_words(
    client: CapillaryClient, canned: CannedServer
) -> None:
    canned.add("POST", REDEEM, json_body=failure(808, "Invalid validation code"))
    with pytest.raises(Rejected) as caught:
        client.redeem(redeem_request())
    assert caught.value.code == 808
    assert "code is wrong" in caught.value.cashier_message
    assert not caught.value.transient


def test_744_means_the_reference_was_already_applied(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body=failure(744, "Reference number already exists"))
    with pytest.raises(DuplicateReference):
        client.redeem(redeem_request())


def test_strings_for_numbers_and_object_for_list_and_no_root(client: CapillaryClient, canned: CannedServer) -> None:
    body = {
        "status": {"success": True, "code": "200"},  # no "response" root, real booleans
        "customers": {
            "customer": {  # a lone object instead of a one-element list
                "firstname": "Asha",
                "lastname": "Rao",
                "mobile": "919777788221",
                "loyalty_points": "2000.5",
                "lifetime_points": 5200,
                "current_slab": {"name": "Gold"},
                "user_id": 564670755,
                "item_status": {"success": "true", "code": "1000", "message": ""},
            }
        },
    }
    canned.add("GET", CUSTOMER, json_body=body)
    customer = client.get_customer(MOBILE)
    assert customer.loyalty_points == Decimal("2000.5")
    assert customer.tier == "Gold" and customer.user_id == "564670755"


@pytest.mark.parametrize("code", [1011, 1012, 816, 1013, 618])
def test_lookup_failures_are_rejections(client: CapillaryClient, canned: CannedServer, code: int) -> None:
    canned.add("GET", CUSTOMER, json_body=failure(code, "nope", where="customers", key="customer"))
    with pytest.raises(Rejected) as caught:
        client.get_customer(MOBILE)
    assert caught.value.code == code


def test_401_as_http_status(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("GET", CUSTOMER, status=401, body="Unauthorized")
    with pytest.raises(AuthFailed):
        client.get_customer(MOBILE)


def test_401_inside_a_200_body(client: CapillaryClient, canned: CannedServer) -> None:
    body = {"response": {"status": {"success": "false", "code": 401, "message": "Unauthorized"}}}
    canned.add("GET", CUSTOMER, json_body=body)
    with pytest.raises(AuthFailed):
        client.get_customer(MOBILE)


@pytest.mark.parametrize(("header", "wait"), [("7", 7.0), (None, 30.0), ("soon", 30.0)])
def test_rate_limited_with_the_wait(
    client: CapillaryClient, canned: CannedServer, header: str | None, wait: float
) -> None:
    canned.add("GET", CUSTOMER, status=429, headers={"Retry-After": header} if header else {})
    with pytest.raises(RateLimited) as caught:
        client.get_customer(MOBILE)
    assert caught.value.retry_after == wait


def test_503_is_a_server_error_whose_outcome_is_unknown_not_a_rate_limit(
    client: CapillaryClient, canned: CannedServer
) -> None:
    # Capillary documents 503 as an access-control failure: the request arrived.
    canned.add("POST", REDEEM, status=503, headers={"Retry-After": "5"})
    with pytest.raises(ServerError) as caught:
        client.redeem(redeem_request())
    assert isinstance(caught.value, OutcomeUnknown) and not isinstance(caught.value, RateLimited)
    assert caught.value.status == 503


def test_http_500_is_outcome_unknown(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, status=500, body="Internal Server Error")
    with pytest.raises(ServerError) as caught:
        client.redeem(redeem_request())
    assert isinstance(caught.value, OutcomeUnknown)


def test_html_page_from_a_proxy_is_a_clear_error(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, status=200, body="<html><body>Gateway login</body></html>", content_type="text/html")
    with pytest.raises(BadResponse) as caught:
        client.redeem(redeem_request())
    assert "HTML" in str(caught.value)
    assert "may or may not" in caught.value.cashier_message


def test_truncated_json_is_a_clear_error(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, body='{"response": {"status": {"succ', content_type="application/json")
    with pytest.raises(BadResponse):
        client.redeem(redeem_request())


def test_huge_body_is_refused_not_read_whole(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("GET", CUSTOMER, body=b"[" + b"1," * 2_000_000 + b"1]", content_type="application/json")
    with pytest.raises(BadResponse) as caught:
        client.get_customer(MOBILE)
    assert "larger than" in str(caught.value)


def test_json_without_redemption_id_is_not_taken_as_success(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body={"response": {"status": {"success": "true", "code": 200}}})
    with pytest.raises(BadResponse):
        client.redeem(redeem_request())


def test_connection_refused_is_not_sent() -> None:
    client = CapillaryClient.with_basic_auth(f"http://127.0.0.1:{free_port()}", "till1", "123")
    with pytest.raises(NotSent):
        client.redeem(redeem_request())


def test_read_timeout_is_outcome_unknown(client: CapillaryClient, canned: CannedServer) -> None:
    client.transport.timeouts = Timeouts(connect=2, read=0.3)
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"), action="sleep", seconds=1.0)
    with pytest.raises(OutcomeUnknown) as caught:
        client.redeem(redeem_request())
    assert "no answer within 0.3s" in str(caught.value)
    assert len(canned.calls) == 1  # it did arrive


def test_connection_cut_after_sending_is_outcome_unknown(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, action="close")
    with pytest.raises(OutcomeUnknown) as caught:
        client.redeem(redeem_request())
    assert not isinstance(caught.value, NotSent)
    assert len(canned.calls) == 1


def test_a_connection_the_server_closed_while_idle_is_replaced_not_failed(
    client: CapillaryClient, canned: CannedServer
) -> None:
    # The answer says nothing about closing; the server hangs up afterwards anyway (as its idle
    # timeout would). The next call must notice and connect again, not fail as "no answer".
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"), action="close-after")
    client.redeem(redeem_request())
    time.sleep(0.1)
    assert client.redeem(redeem_request()).redemption_id == "7t4y2a"
    assert canned.connections == 2 and len(canned.calls) == 2


def test_an_answer_saying_close_is_not_reused(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"), headers={"Connection": "close"})
    for _ in range(2):
        client.redeem(redeem_request())
    assert canned.connections == 2


def test_kept_alive_connection_is_reused(client: CapillaryClient, canned: CannedServer) -> None:
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"))
    for _ in range(3):
        client.redeem(redeem_request())
    assert canned.connections == 1


def test_request_id_is_logged_and_secrets_are_not(
    client: CapillaryClient, canned: CannedServer, caplog: pytest.LogCaptureFixture
) -> None:
    canned.add("POST", REDEEM, json_body=seed("seed001_redeem_response.json"), headers={"X-Cap-Requestid": "rq-42"})
    with caplog.at_level(logging.DEBUG):
        client.redeem(redeem_request())
    text = caplog.text
    assert "rq-42" in text and "/v1.1/points/redeem" in text
    for secret in ("NS3U05", "Basic ", basic_header("till1", "123"), "919777788221", "202cb962"):
        assert secret not in text


def test_oauth_token_is_cached_and_renewed_on_expiry(canned: CannedServer) -> None:
    now = [1000.0]
    tokens = iter(["jwt-1", "jwt-2"])
    canned.add("POST", "/v3/oauth/token/generate", json_body={"data": {"accessToken": "unused", "ttlSeconds": 300}})
    client = CapillaryClient.with_oauth(canned.url, "key", "secret")
    client.transport.auth._clock = lambda: now[0]  # type: ignore[union-attr]
    client.transport.auth._fetch = lambda k, s: {"data": {"accessToken": next(tokens), "ttlSeconds": 300}}  # type: ignore[union-attr]
    canned.add("GET", CUSTOMER, json_body=failure(1012, "not found", where="customers", key="customer"))
    for _ in range(2):
        with pytest.raises(Rejected):
            client.get_customer(MOBILE)
    now[0] += 400
    with pytest.raises(Rejected):
        client.get_customer(MOBILE)
    sent = [c.headers.get("X-CAP-API-OAUTH-TOKEN") for c in canned.calls]
    assert sent == ["jwt-1", "jwt-1", "jwt-2"]
    assert all("Authorization" not in c.headers for c in canned.calls)


def test_oauth_token_refused_by_401_is_renewed_once(canned: CannedServer) -> None:
    canned.add(
        "POST",
        "/v3/oauth/token/generate",
        json_body={"data": {"accessToken": "jwt", "ttlSeconds": 300}, "errors": None},
    )
    canned.add("GET", CUSTOMER, status=401)
    client = CapillaryClient.with_oauth(canned.url, "key", "secret")
    with pytest.raises(AuthFailed):
        client.get_customer(MOBILE)
    token_calls = [c for c in canned.calls if c.url.endswith("/generate")]
    assert len(token_calls) == 2  # first token, then one renewal after the 401
    assert json.loads(token_calls[0].body) == {"key": "key", "secret": "secret"}


def test_seed_004_workflow_answer_parses_and_request_has_its_shape(canned: CannedServer) -> None:
    crm = canned.url  # the CRM host, apart from the API host
    canned.add(
        "POST", "/api_gateway/v2/request-workflow/POINTS-REDEMPTION", json_body=seed("seed004_workflow_response.json")
    )
    workflow = WorkflowSettings(
        crm,
        "50672",
        "ui-jwt",
        {"tillId": "50682289", "storeId": "50682288", "zoneId": "50682286", "conceptId": "50678331"},
        "jatin",
    )
    client = CapillaryClient.with_basic_auth(f"http://127.0.0.1:{free_port()}", "till1", "123", workflow=workflow)
    made = client.create_redemption_request(redeem_request(skip_validation=True, validation_code=""))
    assert made.request_id == "d9df3b65-62a7-11ee-aa6d-0aaee4e533d2"
    assert made.state == "AdminTask" and not made.is_final
    call = canned.calls[0]
    assert call.headers["X-CAP-API-AUTH-ORG-ID"] == "50672"
    assert call.headers["X-CAP-UI-AUTH-TOKEN"] == "ui-jwt"
    assert "Authorization" not in call.headers
    sent = json.loads(call.body)
    expected = seed("seed004_workflow_request.json")
    assert sent["entityInfo"] == expected["entityInfo"]
    task = sent["payload"]["IntouchAPITask-Payload"]
    assert set(task) == set(expected["payload"]["IntouchAPITask-Payload"])
    assert isinstance(task["body"]["root"]["redeem"], dict)  # an object here, not a list
    assert task["queryParams"]["skip_validation"] == "true"


def test_v2_reverse_errors_carry_their_code(client: CapillaryClient, canned: CannedServer) -> None:
    """Body as docs.capillarytech.com/reference/reverse-redeemed-points shows it: the identifier's
    type in capitals (``ID``, ``PHONE``, ``EMAIL``) and ``pointsToBeReversed`` a number."""
    canned.add(
        "POST",
        "/v2/points/reverse",
        status=400,
        json_body={"errors": [{"status": False, "code": 3802, "message": "already reversed"}]},
    )
    with pytest.raises(Rejected) as caught:
        client.reverse("54ZNkA", Decimal(10), MOBILE)
    assert caught.value.code == 3802
    body = json.loads(canned.calls[0].body)
    assert body == {
        "redemptionId": "54ZNkA",
        "pointsToBeReversed": 10,
        "identifier": {"type": "PHONE", "value": "919777788221"},
    }


def test_plain_http_is_refused_except_on_loopback() -> None:
    from pos_app.core.capillary import ConfigurationError
    from pos_app.core.capillary.hosts import base_url

    assert base_url(host="http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert base_url(host="http://localhost:1") == "http://localhost:1"
    assert base_url(cluster="eu") == "https://eu.api.capillarytech.com"
    assert base_url(host="api.private.example") == "https://api.private.example"
    with pytest.raises(ConfigurationError):
        base_url(host="http://api.private.example")
    with pytest.raises(ConfigurationError):
        base_url(cluster="mars")


def test_tls_verification_is_on_and_takes_a_ca_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    import certifi

    from pos_app.core.capillary import ConfigurationError

    assert CapillaryClient.with_basic_auth(BASE, "t", "p").transport.verify == certifi.where()
    site = tmp_path / "site-ca.pem"
    site.write_text("")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(site))  # honoured as other HTTP tools do
    assert CapillaryClient.with_basic_auth(BASE, "t", "p").transport.verify == str(site)
    bundle = tmp_path / "ca.pem"
    bundle.write_text("")
    client = CapillaryClient.with_basic_auth(BASE, "t", "p", ca_bundle=str(bundle))
    assert client.transport.verify == str(bundle)
    for missing in (str(tmp_path / "gone.pem"),):
        with pytest.raises(ConfigurationError) as refused:
            CapillaryClient.with_basic_auth(BASE, "t", "p", ca_bundle=missing)
        assert "gone.pem" in str(refused.value) and "ca_bundle" in str(refused.value)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "moved.pem"))
    with pytest.raises(ConfigurationError) as refused:
        CapillaryClient.with_basic_auth(BASE, "t", "p")
    assert "REQUESTS_CA_BUNDLE" in str(refused.value)


def test_a_token_with_a_line_break_is_refused_before_anything_is_sent(canned: CannedServer) -> None:
    from pos_app.core.capillary import ConfigurationError

    client = CapillaryClient.with_oauth(canned.url, "key", "secret")
    client.transport.auth._fetch = lambda k, s: {"data": {"accessToken": "jwt\r\nX-Injected: 1"}}  # type: ignore[union-attr]
    with pytest.raises(ConfigurationError):
        client.get_customer(MOBILE)
    assert canned.calls == []


def test_queries_are_written_as_given_call_after_call(canned: CannedServer) -> None:
    # Queries and URLs are remembered between calls; a value must still be written as it is.
    transport = CapillaryClient.with_basic_auth(canned.url, "till1", "123").transport
    for params in ({"flag": True}, {"flag": 1}, {"flag": "true"}, {"flag": True}, {"a": "x y", "b": None}):
        canned.add("GET", "/q", json_body={})
        transport.request("GET", "/q", params=params)
    assert [call.url.split("?", 1)[1] for call in canned.calls] == [
        "flag=True",
        "flag=1",
        "flag=true",
        "flag=True",
        "a=x+y",
    ]
    canned.add("GET", "/q", json_body={})
    transport.request("GET", "/q", params={"id": ["1", "2"]})  # several values for one name
    assert canned.calls[-1].url.endswith("?id=1&id=2")


def test_a_url_that_is_not_http_is_refused_every_time() -> None:
    from pos_app.core.capillary import ConfigurationError

    client = CapillaryClient.with_basic_auth("ftp://files.example", "till1", "123")
    for _ in range(2):
        with pytest.raises(ConfigurationError):
            client.get_customer(MOBILE)
