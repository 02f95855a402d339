"""HTTPS on loopback with a real certificate: trusted through the site's CA bundle, refused
without it (and nothing sent), and carried through a store proxy's CONNECT tunnel."""

from __future__ import annotations

import json
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.capillary import CapillaryClient, Identifier, NotSent, NotTrusted, RedeemRequest
from tests.support.canned_http import CannedServer, canned_server
from tests.support.tls import self_signed_loopback

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REDEEM = "/v1.1/points/redeem"
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


def redeem(client: CapillaryClient) -> str:
    request = RedeemRequest(
        identifier=Identifier("mobile", "919777788221"),
        points=Decimal(10),
        transaction_number="BILL-1",
        external_reference_number="REF-1",
        skip_validation=True,
    )
    return client.redeem(request).redemption_id


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*PROXY_VARIABLES, "NO_PROXY", "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[CannedServer, Path]]:
    cert, context = self_signed_loopback(tmp_path)
    with canned_server(tls=context) as server:
        server.add("POST", REDEEM, json_body=json.loads((FIXTURES / "seed001_redeem_response.json").read_text()))
        yield server, cert


@pytest.mark.usefixtures("no_proxy")
def test_https_trusted_through_the_sites_ca_bundle(https_server: tuple[CannedServer, Path]) -> None:
    server, cert = https_server
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    assert redeem(client) == "7t4y2a"
    assert redeem(client) == "7t4y2a"
    assert server.connections == 1  # one TLS handshake, then the connection is kept


@pytest.mark.usefixtures("no_proxy")
def test_an_untrusted_certificate_sends_nothing_and_says_so(https_server: tuple[CannedServer, Path]) -> None:
    server, _ = https_server
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123")  # the public CAs only
    with pytest.raises(NotTrusted) as refused:
        redeem(client)
    assert isinstance(refused.value, NotSent)  # safe to send again once trusted
    assert "certificate is not trusted" in refused.value.cashier_message
    assert server.calls == []


class ConnectProxy:
    """A store proxy on loopback: opens CONNECT tunnels and records each CONNECT's head.

    With ``tls``, the proxy itself speaks TLS (an ``https://`` proxy): a client that talked to
    it in clear would fail the handshake, and the CONNECT and its credentials travel encrypted.
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.tls = tls
        self.heads: list[str] = []
        self.handshakes = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://shop:s%40cret@127.0.0.1:{self.listener.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        try:
            if self.tls is not None:
                client = self.tls.wrap_socket(client, server_side=True)
                self.handshakes += 1
            head = b""
            while b"\r\n\r\n" not in head:
                data = client.recv(4096)
                if not data:
                    return
                head += data
        except (OSError, ssl.SSLError):
            client.close()
            return
        self.heads.append(head.decode())
        host, port = head.split(b" ", 2)[1].decode().rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self._pipe(client, upstream)

    @staticmethod
    def _pipe(client: socket.socket, upstream: socket.socket) -> None:
        """Both ways in one thread (a TLS socket is not read and written from two threads)."""
        ends = {client: upstream, upstream: client}
        try:
            while True:
                pending = [client] if isinstance(client, ssl.SSLSocket) and client.pending() else []
                ready = pending or select.select(list(ends), [], [], 5)[0]
                if not ready:
                    return
                for source in ready:
                    data = source.recv(65536)
                    if not data:
                        return
                    ends[source].sendall(data)
        except OSError:
            pass
        finally:
            for end in ends:
                end.close()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    server = ConnectProxy()
    yield server
    server.close()


@pytest.mark.usefixtures("no_proxy")
def test_https_goes_through_the_proxys_tunnel_with_its_credentials(
    https_server: tuple[CannedServer, Path], proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    assert redeem(client) == "7t4y2a"
    assert len(proxy.heads) == 1
    head = proxy.heads[0]
    assert head.startswith(f"CONNECT 127.0.0.1:{server.port} HTTP/1.")
    assert "Proxy-Authorization: Basic c2hvcDpzQGNyZXQ=" in head  # shop:s@cret
    assert REDEEM not in head  # the request itself went inside TLS, unseen by the proxy
    assert len(server.calls) == 1


@pytest.mark.usefixtures("no_proxy")
def test_no_proxy_names_hosts_reached_directly(
    https_server: tuple[CannedServer, Path], proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    assert redeem(client) == "7t4y2a"
    assert proxy.heads == []


@pytest.mark.usefixtures("no_proxy")
def test_an_https_proxy_is_spoken_to_over_tls(
    https_server: tuple[CannedServer, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    proxy_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # the proxy on 127.0.0.1 shows the same certificate
    proxy_context.load_cert_chain(cert, cert.with_name("loopback-key.pem"))
    proxy = ConnectProxy(tls=proxy_context)
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
        assert redeem(client) == "7t4y2a"
        assert proxy.handshakes == 1 and len(proxy.heads) == 1  # the CONNECT came inside TLS
        assert "Proxy-Authorization: Basic c2hvcDpzQGNyZXQ=" in proxy.heads[0]
        assert len(server.calls) == 1
    finally:
        proxy.close()


@pytest.mark.usefixtures("no_proxy")
def test_an_https_proxy_whose_certificate_is_not_trusted_sends_nothing(
    https_server: tuple[CannedServer, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    (tmp_path / "proxy").mkdir()
    _, proxy_context = self_signed_loopback(tmp_path / "proxy")
    proxy = ConnectProxy(tls=proxy_context)
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
        with pytest.raises(NotTrusted):
            redeem(client)
        assert proxy.heads == [] and server.calls == []
    finally:
        proxy.close()


@pytest.mark.usefixtures("no_proxy")
def test_no_proxy_with_a_cidr_range_reaches_those_hosts_directly(
    https_server: tuple[CannedServer, Path], proxy: ConnectProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "10.0.0.0/8,127.0.0.0/8")
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    assert redeem(client) == "7t4y2a"
    assert proxy.heads == []
    monkeypatch.setenv("NO_PROXY", "192.168.0.0/16")  # a range the host is not in: through the proxy
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    assert redeem(client) == "7t4y2a"
    assert len(proxy.heads) == 1


@pytest.mark.usefixtures("no_proxy")
def test_a_proxy_that_refuses_the_tunnel_sends_nothing(
    https_server: tuple[CannedServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert = https_server
    listener = socket.create_server(("127.0.0.1", 0))

    def refuse() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(4096)
            connection.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")

    threading.Thread(target=refuse, daemon=True).start()
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{listener.getsockname()[1]}")
    client = CapillaryClient.with_basic_auth(server.url, "till1", "123", ca_bundle=str(cert))
    with pytest.raises(NotSent) as refused:
        redeem(client)
    listener.close()
    assert "proxy" in str(refused.value) and server.calls == []
