"""The till behind a store's proxy: HTTP_PROXY / NO_PROXY are honoured, read once per host."""

from __future__ import annotations

import json
import socket
import threading

import pytest

from pos_app.core.capillary import CapillaryClient, Identifier, NotSent, Rejected

NOT_FOUND = {
    "response": {
        "status": {"success": "false", "code": 500, "message": "All requests have failed"},
        "customers": {"customer": [{"item_status": {"success": "false", "code": 1012, "message": "not found"}}]},
    }
}


def one_shot_proxy() -> tuple[int, list[str]]:
    """A loopback 'proxy' that answers one request and records its request line."""
    listener = socket.create_server(("127.0.0.1", 0))
    seen: list[str] = []

    def serve() -> None:
        connection, _ = listener.accept()
        with connection, listener:
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(4096)
            seen.append(head.split(b"\r\n", 1)[0].decode())
            body = json.dumps(NOT_FOUND).encode()
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], seen


def test_requests_go_through_the_proxy_named_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    port, seen = one_shot_proxy()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = CapillaryClient.with_basic_auth("http://127.0.0.2:9", "till", "pw")  # nothing listens there
    with pytest.raises(Rejected) as refused:  # the proxy's answer came back: customer not found
        client.get_customer(Identifier("mobile", "919777788221"))
    assert refused.value.code == 1012
    assert seen and seen[0].startswith("GET http://127.0.0.2:9/v1.1/customer/get?")


def test_no_proxy_sends_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    port, seen = one_shot_proxy()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.2")
    client = CapillaryClient.with_basic_auth("http://127.0.0.2:9", "till", "pw")
    with pytest.raises(NotSent):
        client.get_customer(Identifier("mobile", "919777788221"))
    assert seen == []
