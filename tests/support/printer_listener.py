"""A stand-in for a thermal printer's raw port (9100) on loopback."""

from __future__ import annotations

import socket
import threading


class PrinterListener:
    """A stand-in for a thermal printer's raw port: accepts one job and keeps its bytes."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.server.accept()
        with connection:
            connection.settimeout(5)
            while chunk := connection.recv(65536):
                self.received += chunk

    def wait(self) -> bytes:
        self.thread.join(timeout=10)
        self.server.close()
        return self.received


def network_printer(settings) -> PrinterListener:  # type: ignore[no-untyped-def]
    """A listener, with ``settings`` pointing the till's network printer at it."""
    listener = PrinterListener()
    settings.set("printer.kind", "network")
    settings.set("printer.host", "127.0.0.1")
    settings.set("printer.port", listener.port)
    return listener
