"""Rotating log files in the log dir, every record redacted before it is written."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pos_app.core.masking import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


class RotatingWhenUsed(logging.Handler):
    """A rotating log file, opened with the first record.

    ``logging.handlers`` (with socket and pickle) takes ~15 ms to import: the window's start
    does not wait for it, and a command that logs nothing never loads it.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called under this handler's lock
        if self.file is None:
            self.file = _private_rotating_file(self.path)
            self.file.setFormatter(self.formatter)
        self.file.emit(record)

    def close(self) -> None:
        self.acquire()
        try:
            if self.file is not None:
                self.file.close()
        finally:
            self.release()
        super().close()


def _private_rotating_file(path: Path) -> logging.Handler:
    import logging.handlers

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            # Owner-only, also each new file after a rotation (open() would follow the umask).
            descriptor = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
            return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

        def shouldRollover(self, record: logging.LogRecord) -> bool:
            # By the file's size so far: the base class formats every record a second time
            # and looks the file up twice to decide, a third of a record's cost. A file may
            # end one record over the size.
            if self.stream is None:
                self.stream = self._open()  # type: ignore[no-untyped-call]
            return bool(self.maxBytes > 0 and self.stream.tell() >= self.maxBytes)

    return PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def setup_logging(log_file: Path, level: int = logging.INFO, console: bool = False) -> None:
    root = logging.getLogger("pos_app")
    root.setLevel(level)
    # Ours only: a library that configures the root logger (python-escpos does) must not copy our
    # records to the terminal.
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(log_file, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    handlers: list[logging.Handler] = [RotatingWhenUsed(log_file)]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    log_file.chmod(0o600)
