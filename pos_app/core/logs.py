"""Rotating log files in the log dir, every record redacted before it is written."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pos_app.core.masking import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    log_file.chmod(0o600)
