"""One window per app home: a second start asks the first to come forward, then exits.

The first start listens on a local socket named after its data directory; a later start
that reaches it sends ``raise`` and stops. A socket left by a crashed start is removed.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("pos_app.gui")
RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    # A checksum is enough to tell a few data folders apart (hashlib costs ~5 ms at start-up).
    digest = f"{zlib.crc32(str(data_dir.resolve()).encode()):08x}"
    return f"pos-app-{digest}"


def ask_running_to_raise(name: str, timeout_ms: int = 1000) -> bool:
    """True when another start is running here and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later starts; ``bring_forward`` is called for each."""

    def __init__(self, name: str, bring_forward: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bring_forward = bring_forward
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left over from a start that crashed
            if not self.server.listen(name):
                log.warning("cannot watch for a second start: %s", self.server.errorString())
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if bytes(socket.readAll().data()).startswith(RAISE.strip()):
                log.info("another start of the app: this window brought forward")
                self.bring_forward()
            socket.disconnectFromServer()

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
