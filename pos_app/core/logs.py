"""Rotating log files in the log dir, every record redacted before it is written."""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from pos_app.core.masking import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5
WRITER_WAIT_S = 5.0
GATHER_S = 0.1


class RotatingWhenUsed(logging.Handler):
    """A rotating log file, opened with the first record and written by a thread of its own.

    ``logging.handlers`` (with socket and pickle) takes ~15 ms to import: the window's start
    does not wait for it, and a command that logs nothing never loads it. A caller only
    queues its record (already redacted by the filter): when four replay senders each wrote
    and flushed their own line under the handler's lock, a line cost three times as much
    as alone. The writer wakes with the first record of a quiet spell, lets others gather for
    a tenth of a second (not woken by each), writes them and flushes once. ``flush`` and
    ``close`` (also at exit) hurry it and return once the queue is written; a killed process
    loses at most the lines of its last tenth of a second.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: Any = None
        self._queue: queue.SimpleQueue[logging.LogRecord | threading.Event | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._hurry = threading.Event()

    def handle(self, record: logging.LogRecord) -> bool:
        # Without the handler's lock: the queue is safe between threads.
        keep = bool(self.filter(record))
        if keep:
            self.emit(record)
        return keep

    def emit(self, record: logging.LogRecord) -> None:
        if self._writer is None:
            self._start()
        self._queue.put(record)

    def flush(self) -> None:
        if self._writer is not None and self._writer.is_alive():
            written = threading.Event()
            self._queue.put(written)
            self._hurry.set()
            written.wait(timeout=WRITER_WAIT_S)

    def close(self) -> None:
        if self._writer is not None and self._writer.is_alive():
            self._queue.put(None)
            self._hurry.set()
            self._writer.join(timeout=WRITER_WAIT_S)
        if self.file is not None:
            self.file.close()
        super().close()

    def _start(self) -> None:
        with self.lock:  # type: ignore[union-attr]
            if self._writer is None:
                self.file = _private_rotating_file(self.path)
                self.file.setFormatter(self.formatter)
                self._writer = threading.Thread(target=self._write_queued, name="pos-app-log", daemon=True)
                self._writer.start()

    def _write_queued(self) -> None:
        while True:
            batch = [self._queue.get()]
            self._hurry.wait(GATHER_S)
            self._hurry.clear()
            with contextlib.suppress(queue.Empty):
                while True:
                    batch.append(self._queue.get_nowait())
            try:
                for entry in batch:
                    if isinstance(entry, logging.LogRecord):
                        self.file.write_unflushed(entry)
                self.file.flush()
            except Exception:  # a full disk, say: the app goes on, and so does this thread
                traceback.print_exc(file=sys.stderr)
            for entry in batch:
                if isinstance(entry, threading.Event):
                    entry.set()
            if None in batch:
                return


def _private_rotating_file(path: Path) -> logging.Handler:
    import logging.handlers

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            # Owner-only, also each new file after a rotation (open() would follow the umask).
            descriptor = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
            return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

        def write_unflushed(self, record: logging.LogRecord) -> None:
            try:
                if self.shouldRollover(record):
                    self.doRollover()
                if self.stream is None:
                    self.stream = self._open()  # type: ignore[no-untyped-call]
                self.stream.write(self.format(record) + self.terminator)
            except Exception:
                self.handleError(record)

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
