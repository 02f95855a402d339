"""The client with ``responses`` standing in for the service: the seeds' samples verbatim, every
answer form the client reads, and every failure as requests raises it, sorted by whether the
service may have applied the call."""

from __future__ import annotations

import gzip
import json
import ssl
from collections.abc import Iterator
from decimal import Decimal
from email.utils import format_datetime
from pathlib import Path

import pytest
import requests
import responses
from responses import matchers
from urllib3.exceptions import (
    ConnectTimeoutError,
    IncompleteRead,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)

from pos_app.core.capillary import (
    AuthFailed,
    BadResponse,
    CapillaryClient,
    CapillaryError,
    ConfigurationError,
    DuplicateReference,
    Identifier,
    NotSent,
    NotTrusted,
    OutcomeUnknown,
    RateLimited,
    RedeemRequest,
    Rejected,
    ServerError,
    WorkflowSettings,
)
from pos_app.core.capillary.auth import basic_header
from pos_app.core.capillary.transport import retry_after

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASE = "https://eu.api.capillarytech.com"
REDEEM = f"{BASE}/v1.1/points/redeem"
ISREDEEMABLE = f"{BASE}/v1.1/points/isredeemable"
CUSTOMER = f"{BASE}/v1.1/customer/get"
CRM = "https://eu.intouch.capillarytech.com"
WORKFLOW = f"{CRM}/api_gateway/v2/request-workflow/POINTS-REDEMPTION"
MOBILE = Identifier("mobile", "919777788221")


def seed_text(name: str) -> str:
    """A sample from the seeds, byte for byte as documented."""
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def api() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def client() -> CapillaryClient:
    return CapillaryClient.with_basic_auth(BASE, "till1", "123")


def redeem_request(**changes: object) -> RedeemRequest:
    fields: dict[str, object] = dict(
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
    return RedeemRequest(**fields)  # type: ignore[arg-type]


def failure(code: int, message: str, where: str = "responses", key: str = "points") -> dict:
    return {
        "response": {
            "status": {"success": "false", "code": 500, "message": "All requests have failed"},
            where: {key: {"item_status": {"success": "false", "code": code, "message": message}}},
        }
    }


# -- the seeds' samples, verbatim ----------------------------------------------------------


def test_seed_001_redeem_request_and_answer(api: responses.RequestsMock, client: CapillaryClient) -> None:
    sample = json.loads(seed_text("seed001_redeem_request.json"))["root"]["redeem"][0]
    api.post(
        REDEEM,
        body=seed_text("seed001_redeem_response.json"),
        content_type="application/json",
        headers={"X-Cap-Requestid": "rq-1"},
        match=[matchers.query_param_matcher({"format": "json", "program_id": "973", "skip_validation": "false"})],
    )
    done = client.redeem(redeem_request())
    assert (done.redemption_id, done.points_redeemed, done.balance) == ("7t4y2a", Decimal(1), Decimal(1990))
    assert done.side_effects[0].bill_number == "bilnum100000" and done.item_status.code == 800
    assert done.request_id == "rq-1"
    call = api.calls[0].request
    item = json.loads(call.body)["root"]["redeem"][0]
    for key in ("customer", "transaction_number", "notes", "validation_code", "custom_fields"):
        assert item[key] == sample[key]
    assert call.headers["Authorization"] == basic_header("till1", "123")
    assert call.headers["Content-Type"] == "application/json"
    assert call.headers["User-Agent"].startswith("pos-app/")
    assert "gzip" in call.headers["Accept-Encoding"]


def test_seed_003_isredeemable_sample(api: responses.RequestsMock, client: CapillaryClient) -> None:
    api.get(ISREDEEMABLE, body=seed_text("seed003_isredeemable_response.json"), content_type="application/json")
    result = client.is_redeemable(
        Identifier("mobile", "919777785205"), Decimal(10), issue_otp=True, validation_type="SMS", program_id="973"
    )
    assert result.is_redeemable is True
    assert result.points_redeem_value == Decimal(10) and result.points_currency_ratio == Decimal(1)
    url = api.calls[0].request.url
    assert "issue_otp=true" in url and "validation_type=SMS" in url and "points=10" in url


def test_seed_004_workflow_request_and_answer(api: responses.RequestsMock) -> None:
    api.post(WORKFLOW, body=seed_text("seed004_workflow_response.json"), content_type="application/json")
    entity = {"tillId": "50682289", "storeId": "50682288", "zoneId": "50682286", "conceptId": "50678331"}
    workflow = WorkflowSettings(CRM, "50672", "ui-jwt", entity, "jatin")
    client = CapillaryClient.with_basic_auth(BASE, "till1", "123", workflow=workflow)
    made = client.create_redemption_request(redeem_request(skip_validation=True, validation_code=""))
    assert made.request_id == "d9df3b65-62a7-11ee-aa6d-0aaee4e533d2" and made.state == "AdminTask"
    call = api.calls[0].request
    assert call.headers["X-CAP-API-AUTH-ORG-ID"] == "50672" and "Authorization" not in call.headers
    sample = json.loads(seed_text("seed004_workflow_request.json"))
    sent = json.loads(call.body)
    assert sent["entityInfo"] == sample["entityInfo"]
    assert set(sent["payload"]["IntouchAPITask-Payload"]) == set(sample["payload"]["IntouchAPITask-Payload"])


# -- every answer form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "error", "code"),
    [
        (failure(808, "Invalid validation code"), Rejected, 808),
        (failure(744, "Reference number already exists"), DuplicateReference, 744),
        (failure(818, "Current points are less than points requested"), Rejected, 818),
    ],
)
def test_a_200_that_says_no_is_a_rejection(
    api: responses.RequestsMock, client: CapillaryClient, body: dict, error: type[Rejected], code: int
) -> None:
    api.post(REDEEM, json=body)
    with pytest.raises(error) as caught:
        client.redeem(redeem_request())
    assert caught.value.code == code


def test_a_401_status_and_a_401_inside_a_200(api: responses.RequestsMock, client: CapillaryClient) -> None:
    api.get(CUSTOMER, status=401, body="Unauthorized")
    api.get(CUSTOMER, json={"response": {"status": {"success": "false", "code": 401, "message": "Unauthorized"}}})
    for _ in range(2):
        with pytest.raises(AuthFailed):
            client.get_customer(MOBILE)


@pytest.mark.parametrize(
    ("header", "wait"),
    [("7", 7.0), ("0", 0.0), ("-3", 0.0), (None, 30.0), ("soon", 30.0), ("nan", 30.0), ("99999999", 3600.0)],
)
def test_429_is_rate_limited_with_its_wait_in_seconds(
    api: responses.RequestsMock, client: CapillaryClient, header: str | None, wait: float
) -> None:
    api.post(REDEEM, status=429, headers={"Retry-After": header} if header is not None else {})
    with pytest.raises(RateLimited) as caught:
        client.redeem(redeem_request())
    assert caught.value.retry_after == wait


def test_429_with_its_wait_as_an_http_date(api: responses.RequestsMock, client: CapillaryClient) -> None:
    import datetime
    import time

    when = datetime.datetime.fromtimestamp(time.time() + 120, datetime.UTC)
    api.post(REDEEM, status=429, headers={"Retry-After": format_datetime(when, usegmt=True)})
    with pytest.raises(RateLimited) as caught:
        client.redeem(redeem_request())
    assert 115 <= caught.value.retry_after <= 121
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date gone by: at once


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_a_server_error_whose_outcome_is_unknown(
    api: responses.RequestsMock, client: CapillaryClient, status: int
) -> None:
    api.post(REDEEM, status=status, body="<html>down</html>", content_type="text/html", headers={"Retry-After": "5"})
    with pytest.raises(ServerError) as caught:
        client.redeem(redeem_request())
    assert caught.value.status == status and not isinstance(caught.value, RateLimited | NotSent)


def test_a_redirect_is_not_followed(api: responses.RequestsMock, client: CapillaryClient) -> None:
    api.post(REDEEM, status=302, headers={"Location": "https://elsewhere.example/redeem"})
    with pytest.raises(BadResponse) as caught:
        client.redeem(redeem_request())
    assert "redirect" in str(caught.value) and len(api.calls) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        ("<html><body>Gateway login</body></html>", "text/html", "HTML"),
        ('{"response": {"status": {"succ', "application/json", "not JSON"),
        (b"\xff\xfe\x00", "application/json", "not JSON"),
    ],
)
def test_an_answer_that_is_not_the_services_json_is_a_bad_response(
    api: responses.RequestsMock, client: CapillaryClient, body: str | bytes, content_type: str, words: str
) -> None:
    api.post(REDEEM, body=body, content_type=content_type)
    with pytest.raises(BadResponse) as caught:
        client.redeem(redeem_request())
    assert words in str(caught.value) and "may or may not" in caught.value.cashier_message


def test_a_success_without_its_redemption_id_is_not_taken_as_done(
    api: responses.RequestsMock, client: CapillaryClient
) -> None:
    api.post(REDEEM, json={"response": {"status": {"success": "true", "code": 200}}})
    with pytest.raises(BadResponse):
        client.redeem(redeem_request())


def test_a_gzip_answer_is_unpacked(api: responses.RequestsMock, client: CapillaryClient) -> None:
    packed = gzip.compress(seed_text("seed001_redeem_response.json").encode())
    api.post(REDEEM, body=packed, content_type="application/json", headers={"Content-Encoding": "gzip"})
    assert client.redeem(redeem_request()).redemption_id == "7t4y2a"


def test_an_answer_larger_than_the_cap_is_refused(api: responses.RequestsMock, client: CapillaryClient) -> None:
    api.get(CUSTOMER, body=b"[" + b"1," * 1_100_000 + b"1]", content_type="application/json")
    with pytest.raises(BadResponse) as caught:
        client.get_customer(MOBILE)
    assert "larger than" in str(caught.value)


# -- every failure as requests raises it --------------------------------------------------


def _connect_failure() -> requests.ConnectionError:
    inner = NewConnectionError(None, "Failed to establish a new connection: [Errno 111] Connection refused")  # type: ignore[arg-type]
    return requests.ConnectionError(MaxRetryError(None, REDEEM, inner))  # type: ignore[arg-type]


def _name_failure() -> requests.ConnectionError:
    inner = NameResolutionError("eu.api.capillarytech.com", None, OSError("Name or service not known"))  # type: ignore[arg-type]
    return requests.ConnectionError(MaxRetryError(None, REDEEM, inner))  # type: ignore[arg-type]


def _cut_after_sending() -> requests.ConnectionError:
    inner = ProtocolError("Connection aborted.", ConnectionResetError(104, "Connection reset by peer"))
    return requests.ConnectionError(inner)


def _certificate_refused() -> requests.exceptions.SSLError:
    inner = ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed certificate")
    return requests.exceptions.SSLError(MaxRetryError(None, REDEEM, inner))  # type: ignore[arg-type]


def _tls_broken_while_reading() -> requests.exceptions.SSLError:
    return requests.exceptions.SSLError(ssl.SSLError(1, "[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC]"))


FAILURES: dict[str, tuple[Exception, type[CapillaryError]]] = {
    "ConnectionError with a refused connect inside": (_connect_failure(), NotSent),
    "ConnectionError with a failed name lookup inside": (_name_failure(), NotSent),
    "ConnectTimeout": (requests.ConnectTimeout(ConnectTimeoutError("connect timed out")), NotSent),
    "ProxyError (the proxy's CONNECT refused)": (
        requests.exceptions.ProxyError("Tunnel connection failed: 403"),
        NotSent,
    ),
    "SSLError: certificate not trusted": (_certificate_refused(), NotTrusted),
    "ReadTimeout": (requests.ReadTimeout(ReadTimeoutError(None, REDEEM, "read timed out")), OutcomeUnknown),  # type: ignore[arg-type]
    "ConnectionError: reset after sending": (_cut_after_sending(), OutcomeUnknown),
    "ConnectionError with nothing inside": (requests.ConnectionError("connection lost"), OutcomeUnknown),
    "ChunkedEncodingError": (
        requests.exceptions.ChunkedEncodingError(ProtocolError("Invalid chunk length", b"-1")),
        OutcomeUnknown,
    ),
    "ProtocolError (urllib3, unwrapped)": (
        ProtocolError("Connection aborted.", IncompleteRead(10, 90)),
        OutcomeUnknown,
    ),
    "SSLError while reading": (_tls_broken_while_reading(), OutcomeUnknown),
    "ContentDecodingError": (requests.exceptions.ContentDecodingError("bad gzip"), OutcomeUnknown),
    "an OSError": (ConnectionResetError(104, "Connection reset by peer"), OutcomeUnknown),
    "a RuntimeError from anywhere": (RuntimeError("something odd"), OutcomeUnknown),
}


@pytest.mark.parametrize(("raised", "expected"), list(FAILURES.values()), ids=list(FAILURES))
def test_every_failure_of_requests_is_sorted_by_whether_it_may_have_landed(
    api: responses.RequestsMock, client: CapillaryClient, raised: Exception, expected: type[CapillaryError]
) -> None:
    api.post(REDEEM, body=raised)
    with pytest.raises(CapillaryError) as caught:
        client.redeem(redeem_request())
    assert type(caught.value) is expected  # exactly: an unknown outcome is never a kind of "not sent"
    assert caught.value.__cause__ is raised  # what requests said is kept for the log


@pytest.mark.parametrize(
    "raised",
    [
        requests.exceptions.InvalidURL("bad"),
        requests.exceptions.InvalidHeader("line break"),
        requests.exceptions.InvalidSchema("No connection adapters were found"),
    ],
    ids=["InvalidURL", "InvalidHeader", "InvalidSchema"],
)
def test_a_refusal_before_any_connection_is_a_set_up_error(
    api: responses.RequestsMock, client: CapillaryClient, raised: Exception
) -> None:
    api.post(REDEEM, body=raised)
    with pytest.raises(ConfigurationError):
        client.redeem(redeem_request())


def test_a_ca_bundle_removed_after_start_is_a_set_up_error(tmp_path: Path) -> None:
    bundle = tmp_path / "site-ca.pem"
    bundle.write_text("")
    client = CapillaryClient.with_basic_auth(BASE, "till1", "123", ca_bundle=str(bundle))
    bundle.unlink()
    with pytest.raises(ConfigurationError) as caught:
        client.redeem(redeem_request())
    assert "site-ca.pem" in str(caught.value) and "does not exist" in str(caught.value)


@responses.activate
def test_a_call_for_the_customer_holds_the_replay_and_its_429_pauses_the_replay() -> None:
    import time

    from pos_app.core.key_share import KeyShare

    share = KeyShare(50)
    client = CapillaryClient.with_basic_auth(BASE, "till", "pw")
    client.transport.key_share = share
    held: list[bool] = []

    def answer(_request: object) -> tuple[int, dict[str, str], str]:
        held.append(share.holds_replay())
        return 429, {"Retry-After": "7"}, '{"message": "slow down"}'

    responses.add_callback(responses.GET, f"{BASE}/v1.1/customer/get", callback=answer)
    with pytest.raises(RateLimited):
        client.get_customer(Identifier("mobile", "919777788221"))
    assert held == [True] and not share.holds_replay()
    assert share.paused_until >= time.time() + 6 and share.rate == 25  # the key is spent: the replay waits
    with share.replaying(), pytest.raises(RateLimited):  # the replay's own 429s are the replay's to handle
        client.get_customer(Identifier("mobile", "919777788221"))
    assert held == [True, False] and share.rate == 25
