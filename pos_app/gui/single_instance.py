"""One window per app home: a second start asks the first to come forward, then exits.

The first start holds a lock file in the home's data directory for as long as it runs
(``QLockFile``: atomic, so two starts at the same moment cannot both win, and a lock left by a
crashed start is recognised by its process id and taken over). Once its window shows, the
holder also listens on a local socket named after that directory; a later start that finds
the lock held sends ``raise`` there and stops. Qt's network module is loaded only then: a
start that holds the lock does not wait for it.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread

log = logging.getLogger("pos_app.gui")
RAISE = b"raise\n"
LOCK_NAME = "window.lock"
# A start that has just taken the lock listens once its first frame is painted: a later start
# keeps trying to reach it for this long before it says the first one does not answer.
ANSWER_WITHIN_MS = 5_000


def server_name(data_dir: Path) -> str:
    # A checksum is enough to tell a few data folders apart (hashlib costs ~5 ms at start-up).
    digest = f"{zlib.crc32(str(data_dir.resolve()).encode()):08x}"
    return f"pos-app-{digest}"


def hold_window_lock(data_dir: Path) -> QLockFile | None:
    """The home's window lock, now held by this start (kept for as long as the app runs);
    None when another running start holds it."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # held for the whole shift: only a dead holder makes it stale
    return lock if lock.tryLock(0) else None


def holder_of(data_dir: Path) -> int | None:
    """The process id written in the home's window lock, if it can be read."""
    pid, _host, _app = QLockFile(str(data_dir / LOCK_NAME)).getLockInfo()  # 0 when it cannot
    return int(pid) or None


def ask_running_to_raise(name: str, within_ms: int = ANSWER_WITHIN_MS) -> bool:
    """True when the running start was reached and asked to come forward."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(within_ms)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, deadline.remainingTime())):
            socket.write(RAISE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return True
        if deadline.hasExpired():
            return False
        QThread.msleep(100)  # the holder is still starting: not listening yet


class SingleInstance(QObject):
    """Listens for later starts (the window lock is held); ``bring_forward`` is called for each."""

    def __init__(self, name: str, bring_forward: Callable[[], None], parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.bring_forward = bring_forward
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # left by a start that crashed: the lock says none runs
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
