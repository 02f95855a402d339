"""HTTP/1.1 answers as the client reads them: every framing, interim answers, and what is refused."""

from __future__ import annotations

import io

import pytest

from pos_app.core.capillary.http11 import Malformed, TooLarge, read_answer, request_bytes


class Trickle(io.RawIOBase):
    """A connection that hands over one byte per read, as a slow network may."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if not self.data:
            return 0
        buffer[0], self.data = self.data[0], self.data[1:]
        return 1


@pytest.fixture(params=["whole", "trickled"])
def arrival(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def reader_of(raw: bytes, arrival: str) -> io.BufferedReader:
    return io.BufferedReader(io.BytesIO(raw) if arrival == "whole" else Trickle(raw))


def read(raw: bytes, method: str = "POST", max_body: int = 1000) -> tuple[int, dict[str, str], bytes, bool]:
    """The answer read whole and read as it trickles in, which must agree."""
    whole = read_answer(reader_of(raw, "whole"), method, max_body)  # type: ignore[arg-type]
    trickled = read_answer(reader_of(raw, "trickled"), method, max_body)  # type: ignore[arg-type]
    assert whole == trickled
    status, headers, body, keep_alive = whole
    return status, dict(headers), body, keep_alive


def test_a_sized_answer_and_its_headers_by_any_case() -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Cap-RequestId: rq-1\r\nContent-Length: 2\r\n\r\n{}"
    status, headers, body, keep_alive = read(raw)
    assert (status, body, keep_alive) == (200, b"{}", True)
    assert headers["x-cap-requestid"] == "rq-1"
    answer_headers = read_answer(io.BufferedReader(io.BytesIO(raw)), "GET", 10)[1]  # type: ignore[arg-type]
    assert answer_headers.get("X-CAP-REQUESTID") == "rq-1" and answer_headers.get("Missing") == ""


def test_a_chunked_answer_with_extensions_and_trailers() -> None:
    raw = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'4;name=value\r\n{"a"\r\n3\r\n: 1\r\n1\r\n}\r\n0\r\nX-Trailer: yes\r\n\r\n'
    )
    assert read(raw)[2] == b'{"a": 1}'


def test_an_answer_ended_by_closing_is_read_to_the_end_and_not_reused() -> None:
    _, _, body, keep_alive = read(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it")
    assert (body, keep_alive) == (b"all of it", False)


@pytest.mark.parametrize(
    ("head", "keep_alive"),
    [
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\n", False),
        (b"HTTP/1.1 200 OK\r\nConnection: Keep-Alive, Close\r\n", False),
        (b"HTTP/1.0 200 OK\r\n", False),
        (b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n", True),
    ],
)
def test_whether_the_connection_may_be_reused(head: bytes, keep_alive: bool) -> None:
    assert read(head + b"Content-Length: 0\r\n\r\n")[3] is keep_alive


def test_interim_answers_are_skipped_and_204_has_no_body() -> None:
    raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"
    assert read(raw)[:3] == (204, {}, b"")


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + b"x" * 2048 + b"\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * 1001,
    ],
)
def test_a_body_over_the_limit_is_refused_before_it_is_read(raw: bytes, arrival: str) -> None:
    with pytest.raises(TooLarge):
        read_answer(reader_of(raw, arrival), "POST", 1000)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        b"",  # closed before a word
        b"<html>502 Bad Gateway</html>",  # not HTTP at all
        b"HTTP/1.1 2OO OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",  # stopped short
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n{}",  # two lengths
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n",  # closed inside the headers
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X-Long: " + b"a" * 70_000 + b"\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n",
    ],
)
def test_answers_that_are_not_whole_http_are_malformed(raw: bytes, arrival: str) -> None:
    with pytest.raises(Malformed):
        read_answer(reader_of(raw, arrival), "POST", 1000)  # type: ignore[arg-type]


def test_a_head_with_bare_line_feeds_is_read_line_by_line() -> None:
    raw = b"HTTP/1.1 200 OK\nContent-Length: 8\n\nab\r\n\r\ncd"
    assert read(raw)[1:3] == ({"content-length": "8"}, b"ab\r\n\r\ncd")


def test_what_is_not_http_is_named_as_such_whether_whole_or_trickled(arrival: str) -> None:
    with pytest.raises(Malformed, match="not an HTTP answer"):
        read_answer(reader_of(b"<html>502 Bad Gateway</html>", arrival), "GET", 1000)  # type: ignore[arg-type]


def test_a_request_has_its_length_and_no_line_break_can_be_smuggled_in() -> None:
    data = request_bytes("POST", "/v1.1/points/redeem?format=json", "api.example:8443", {"A": "b"}, b"{}")
    assert data == (
        b"POST /v1.1/points/redeem?format=json HTTP/1.1\r\nHost: api.example:8443\r\nA: b\r\n"
        b"Content-Length: 2\r\n\r\n{}"
    )
    assert b"Content-Length" not in request_bytes("GET", "/", "h", {}, None)
    with pytest.raises(ValueError):
        request_bytes("GET", "/", "h", {"Authorization": "Basic x\r\nX-Injected: 1"}, None)
    with pytest.raises(ValueError):
        request_bytes("GET", "/ HTTP/1.1\r\nX: y", "h", {}, None)
