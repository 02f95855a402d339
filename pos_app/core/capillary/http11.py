"""HTTP/1.1 messages as bytes: one request written, one answer read.

What the till meets: a JSON request with a length, and an answer framed by Content-Length,
by chunks, or by the server closing the connection; interim 1xx answers are skipped. The
standard library's reader parses every answer's headers as an e-mail message, the larger
part of a call's cost for a one-line JSON answer; this one reads just what it needs.
"""

from __future__ import annotations

from typing import Protocol


class Reader(Protocol):
    """A buffered reader of the connection (``socket.makefile("rb")``)."""

    def peek(self, size: int = 0, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


MAX_LINE = 65_536
MAX_HEADERS = 100
NO_BODY_STATUSES = (204, 304)


class Malformed(Exception):
    """The bytes that came back are not an HTTP/1.x answer (or the answer stopped short)."""


class TooLarge(Exception):
    """The answer's body is bigger than the limit."""


class Headers(dict[str, str]):
    """An answer's headers by lower-case name; ``get`` takes any case."""

    def get(self, name: str, default: str = "") -> str:  # type: ignore[override]
        return super().get(name.lower(), default)


def request_bytes(method: str, target: str, host: str, headers: dict[str, str], body: bytes | None) -> bytes:
    """The request's head and body. A CR or LF in any part is refused (header injection)."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body is not None or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body or b'')}")
    for line in lines:
        if "\r" in line or "\n" in line:
            raise ValueError(f"line break inside a request header: {line.split(':', 1)[0]!r}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


def read_answer(reader: Reader, method: str, max_body: int) -> tuple[int, Headers, bytes, bool]:
    """Status, headers, body, and whether the connection may carry another request."""
    while True:
        lines = _head_lines(reader)
        version, status = _status_line(lines[0])
        headers = _headers(lines[1:])
        if not 100 <= status < 200:
            break
    tokens = {token.strip().lower() for token in headers.get("connection").split(",")}
    keep_alive = "keep-alive" in tokens if version == "HTTP/1.0" else "close" not in tokens
    if method == "HEAD" or status in NO_BODY_STATUSES:
        return status, headers, b"", keep_alive
    if "chunked" in headers.get("transfer-encoding").lower():
        return status, headers, _chunked_body(reader, max_body), keep_alive
    length = headers.get("content-length")
    if length:
        return status, headers, _sized_body(reader, _length(length), max_body), keep_alive
    return status, headers, _body_until_close(reader, max_body), False


def _head_lines(reader: Reader) -> list[str]:
    """The status line and the header lines of one answer, without their line ends.

    A small answer arrives whole in one read: its head is then split in one go instead of
    line by line (most of the cost of reading it). A head that arrives in pieces, or ends
    its lines with a bare LF, is read line by line.
    """
    arrived = reader.peek(MAX_LINE)
    end = arrived.find(b"\r\n\r\n")
    if end >= 0 and arrived.count(b"\n", 0, end) == arrived.count(b"\r\n", 0, end):
        head = reader.read(end + 4)[:end].decode("latin-1").split("\r\n")
        if len(head) > MAX_HEADERS + 1:
            raise Malformed(f"more than {MAX_HEADERS} headers")
        return head
    lines: list[str] = []
    for _ in range(MAX_HEADERS + 2):
        line = _line(reader)
        if line and not lines:
            _status_line(line.decode("latin-1"))  # what is not HTTP is refused as that
        if not line.endswith(b"\n"):
            raise Malformed(
                "the connection closed " + ("inside the answer's headers" if lines else "without an answer")
            )
        if line in (b"\r\n", b"\n"):
            return lines
        lines.append(line.decode("latin-1").rstrip("\r\n"))
    raise Malformed(f"more than {MAX_HEADERS} headers")


def _line(reader: Reader) -> bytes:
    line = reader.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE:
        raise Malformed("a line of the answer is too long")
    return line


def _status_line(line: str) -> tuple[str, int]:
    parts = line.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit() or len(parts[1]) != 3:
        raise Malformed(f"not an HTTP answer: {line[:40]!r}")
    return parts[0], int(parts[1])


def _headers(lines: list[str]) -> Headers:
    headers = Headers()
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon:
            continue  # not a header line (an obsolete folded line): skipped, as browsers do
        key, value = name.strip().lower(), value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _length(text: str) -> int:
    values = {value.strip() for value in text.split(",")}  # repeated, equal values are allowed
    if len(values) != 1 or not next(iter(values)).isdigit():
        raise Malformed(f"bad Content-Length {text!r}")
    return int(values.pop())


def _exactly(reader: Reader, size: int) -> bytes:
    data = reader.read(size)
    if len(data) < size:
        raise Malformed(f"the answer stopped after {len(data)} of {size} bytes")
    return data


def _sized_body(reader: Reader, size: int, max_body: int) -> bytes:
    if size > max_body:
        raise TooLarge(f"an answer of {size} bytes")
    return _exactly(reader, size)


def _chunked_body(reader: Reader, max_body: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_text = _line(reader).split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise Malformed(f"bad chunk size {size_text[:20]!r}") from None
        if size == 0:
            break
        total += size
        if total > max_body:
            raise TooLarge(f"an answer over {max_body} bytes")
        chunks.append(_exactly(reader, size))
        _exactly(reader, 2)  # the CRLF after each chunk
    while _line(reader) not in (b"\r\n", b"\n", b""):  # trailers, not used
        pass
    return b"".join(chunks)


def _body_until_close(reader: Reader, max_body: int) -> bytes:
    data = reader.read(max_body + 1)
    if len(data) > max_body:
        raise TooLarge(f"an answer over {max_body} bytes")
    return data
