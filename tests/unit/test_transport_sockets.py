"""The transport on real loopback sockets, against what a hostile network sends.

A server that has read the whole redeem may have applied it: whatever it answers then
(broken status lines and framing, a 503 page, garbage, half a body, a reset, nothing) must
end as an unknown outcome, never as "not sent" or a set-up error. Failures before the
request left (refused, no such host, an untrusted certificate, a TLS handshake that never
ends) must be "not sent", with nothing read by the server.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.core.capillary import (
    BadResponse,
    CapillaryClient,
    CapillaryError,
    ConfigurationError,
    Identifier,
    NotSent,
    NotTrusted,
    OutcomeUnknown,
    RedeemRequest,
    ServerError,
    Timeouts,
)
from tests.support.canned_http import Raw, RawServer, http_answer, raw_server
from tests.support.ports import free_port
from tests.support.tls import self_signed_loopback

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
APPLIED = (FIXTURES / "seed001_redeem_response.json").read_bytes()  # redemption 7t4y2a
FAST = Timeouts(connect=0.5, read=1.0)


def answer_with_id(redemption_id: str) -> bytes:
    body = json.loads(APPLIED)
    body["response"]["responses"]["points"]["redemption_id"] = redemption_id
    return http_answer(json.dumps(body))


def redeem(client: CapillaryClient) -> str:
    request = RedeemRequest(
        identifier=Identifier("mobile", "919777788221"),
        points=Decimal(10),
        transaction_number="BILL-1",
        external_reference_number="REF-1",
        validation_code="123456",
    )
    return client.redeem(request).redemption_id


def client_for(url: str, **options: object) -> CapillaryClient:
    return CapillaryClient.with_basic_auth(url, "till1", "123", timeouts=FAST, **options)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


# What a server that read the whole redeem (and may have applied it) answers with. Where a
# body comes, it is the seed's answer of a redemption that went through: a lenient reader
# would take it as done; none of these can be trusted.
HOSTILE = {
    "non-ASCII status code (fullwidth digits)": Raw("HTTP/1.1 ２００ OK\r\nContent-Length: 0\r\n\r\n".encode()),
    "non-ASCII status code (Arabic-Indic digits)": Raw("HTTP/1.1 ٢٠٠ OK\r\nContent-Length: 0\r\n\r\n".encode()),
    "non-ASCII status code (superscripts)": Raw(b"HTTP/1.1 \xb2\xb0\xb0 OK\r\nContent-Length: 0\r\n\r\n"),
    "non-ASCII Content-Length": Raw(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ٣٠٠\r\n\r\n".encode() + APPLIED
    ),
    "negative chunk size": Raw(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n"
        + APPLIED
        + b"\r\n0\r\n\r\n"
    ),
    "503 HTML page": Raw(
        http_answer(
            "<html><body>503 Service Unavailable</body></html>",
            "503 Service Unavailable",
            {"Content-Type": "text/html"},
        )
    ),
    "garbage": Raw(b"\x00\xff\xfeSSH-2.0-OpenSSH\r\n\x16\x03\x01garbage\r\n\r\n"),
    "half a body": Raw(http_answer(APPLIED)[: len(http_answer(APPLIED)) - len(APPLIED) // 2]),
    "a reset": Raw(then="reset"),
    "nothing": Raw(then="close"),
}


@pytest.mark.parametrize("answer", list(HOSTILE.values()), ids=list(HOSTILE))
def test_whatever_comes_back_after_the_redeem_arrived_is_an_unknown_outcome(answer: Raw) -> None:
    with raw_server([answer]) as server:
        with pytest.raises(OutcomeUnknown) as caught:
            redeem(client_for(server.url))
        assert len(server.requests) == 1 and b"/v1.1/points/redeem" in server.requests[0]
    assert not isinstance(caught.value, NotSent)
    assert "may or may not" in caught.value.cashier_message


def test_a_503_after_the_redeem_arrived_is_a_server_error_not_a_rate_limit() -> None:
    with raw_server([HOSTILE["503 HTML page"]]) as server, pytest.raises(ServerError) as caught:
        redeem(client_for(server.url))
    assert caught.value.status == 503


def test_a_read_timeout_after_the_redeem_arrived_is_an_unknown_outcome(caplog: pytest.LogCaptureFixture) -> None:
    with raw_server([Raw(then="hang")]) as server, caplog.at_level(logging.INFO, "pos_app.api"):
        started = time.monotonic()
        with pytest.raises(OutcomeUnknown) as caught:
            redeem(client_for(server.url))
        assert len(server.requests) == 1
    assert "no answer within 1s" in str(caught.value) and time.monotonic() - started < 5
    assert "api POST /v1.1/points/redeem -> timeout in" in caplog.text


def test_a_refused_connection_is_not_sent(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(NotSent) as caught, caplog.at_level(logging.INFO, "pos_app.api"):
        redeem(client_for(f"http://127.0.0.1:{free_port()}"))
    assert "nothing sent" in str(caught.value)
    assert "api POST /v1.1/points/redeem -> not-sent in" in caplog.text


def test_a_host_name_that_does_not_resolve_is_not_sent() -> None:
    with pytest.raises(NotSent):
        redeem(client_for("https://capillary-host.invalid"))


def test_an_untrusted_certificate_is_not_sent_and_the_server_reads_nothing(tmp_path: Path) -> None:
    _, context = self_signed_loopback(tmp_path)
    with raw_server([Raw(answer_with_id("NEVER"))], tls=context) as server:
        with pytest.raises(NotTrusted):
            redeem(client_for(server.url))  # the public CAs only
        assert server.requests == [] and server.received == b""


def test_a_tls_handshake_that_never_ends_is_not_sent(tmp_path: Path) -> None:
    # urllib3 reports this as a *read* timeout; the connection knows the request never left.
    cert, context = self_signed_loopback(tmp_path)
    with raw_server([Raw(answer_with_id("NEVER"))], tls=context, handshake=False) as server:
        with pytest.raises(NotSent) as caught:
            redeem(client_for(server.url, ca_bundle=str(cert)))
        assert server.requests == []
        assert b"POST" not in bytes(server.received)  # only the TLS ClientHello came in
    assert "no connection within 0.5s" in str(caught.value)


@pytest.mark.parametrize(
    "first",
    [
        Raw(answer_with_id("FIRST") + answer_with_id("STRAY"), then="keep"),  # in the same write
        Raw(answer_with_id("FIRST"), then="keep", later=answer_with_id("STRAY"), later_s=0.1),  # a moment later
    ],
    ids=["with-the-answer", "after-the-answer"],
)
def test_a_stray_answer_on_a_kept_alive_connection_is_never_the_next_calls(first: Raw) -> None:
    with raw_server([first, Raw(answer_with_id("SECOND"), then="keep")]) as server:
        client = client_for(server.url)
        assert redeem(client) == "FIRST"
        time.sleep(0.3)
        assert redeem(client) == "SECOND"
        assert len(server.requests) == 2


def test_a_kept_alive_connection_is_reused_for_the_next_call() -> None:
    with raw_server([Raw(answer_with_id("FIRST"), then="keep")]) as server:
        client = client_for(server.url)
        for _ in range(3):
            assert redeem(client) == "FIRST"
        assert server.connections == 1


def test_a_gzip_answer_is_read() -> None:
    import gzip

    packed = gzip.compress(APPLIED)
    with raw_server([Raw(http_answer(packed, headers={"Content-Encoding": "gzip"}))]) as server:
        assert redeem(client_for(server.url)) == "7t4y2a"
        assert b"accept-encoding: gzip" in server.requests[0].lower()


def test_a_compressed_answer_too_large_once_unpacked_is_refused() -> None:
    import gzip

    bomb = gzip.compress(b" " * (3 * 1024 * 1024))  # 3 MB of spaces, a few KB packed
    answer = Raw(http_answer(bomb, headers={"Content-Encoding": "gzip"}))
    with raw_server([answer]) as server, pytest.raises(BadResponse) as caught:
        redeem(client_for(server.url))
    assert "larger than" in str(caught.value)


def test_a_socks_proxy_is_refused_as_a_set_up_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with raw_server([Raw(answer_with_id("NEVER"))]) as server:
        monkeypatch.setenv("HTTP_PROXY", "socks5://127.0.0.1:1080")
        with pytest.raises(ConfigurationError):
            redeem(client_for(server.url))
        assert server.requests == []


# -- arbitrary answers ----------------------------------------------------------------------

_status_lines = st.sampled_from(
    [b"HTTP/1.1 200 OK", b"HTTP/1.0 200 OK", b"HTTP/1.1 201 Created", b"HTTP/1.1 400 Bad", b"HTTP/1.1 503 No"]
) | st.binary(max_size=40)
_header_lines = st.lists(
    st.sampled_from(
        [
            b"Content-Length: 10",
            b"Content-Length: -1",
            b"Content-Length: 99999999999",
            b"Transfer-Encoding: chunked",
            b"Content-Encoding: gzip",
            b"Connection: close",
            b"Content-Type: application/json",
        ]
    )
    | st.binary(max_size=40),
    max_size=5,
)
_bodies = st.sampled_from([APPLIED, APPLIED[:50], b"0\r\n\r\n", b"-5\r\nabc\r\n", b""]) | st.binary(max_size=200)
_answers = st.binary(max_size=300) | st.builds(
    lambda status, headers, body: b"\r\n".join([status, *headers]) + b"\r\n\r\n" + body,
    _status_lines,
    _header_lines,
    _bodies,
)


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[RawServer]:
    with raw_server([Raw()]) as server:
        yield server


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=_answers)
def test_arbitrary_bytes_answering_a_redeem_leave_only_capillary_errors_never_not_sent(
    hostile_server: RawServer, answer: bytes
) -> None:
    hostile_server.answers = [Raw(answer, then="close")]
    client = client_for(hostile_server.url)
    try:
        redeem(client)
    except NotSent as error:  # the redeem was read whole by the server: it may have been applied
        raise AssertionError(f"{answer!r} was sorted as not sent: {error}") from error
    except CapillaryError:
        pass
    finally:
        client.close()


def test_what_a_failure_says_carries_no_query_string(tmp_path: Path) -> None:
    # requests names the URL in its errors; the lookup's query holds the customer's mobile number.
    _, context = self_signed_loopback(tmp_path)
    with raw_server([Raw()], tls=context) as server, pytest.raises(NotTrusted) as caught:
        client_for(server.url).get_customer(Identifier("mobile", "919777788221"))
    assert "/v1.1/customer/get" in str(caught.value) and "919777788221" not in str(caught.value)
    with raw_server([Raw(then="reset")]) as server, pytest.raises(OutcomeUnknown) as caught:
        client_for(server.url).get_customer(Identifier("mobile", "919777788221"))
    assert "919777788221" not in str(caught.value)
