"""The log file: opened with the first record, redacted, owner-only also after rotating."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from pathlib import Path

from pos_app.core.logs import MAX_BYTES, setup_logging


def test_rotated_files_stay_owner_only_and_redacted(tmp_path: Path) -> None:
    setup_logging(tmp_path / "pos-app.log")
    try:
        log = logging.getLogger("pos_app.test")
        for n in range(MAX_BYTES // 40):  # past one rotation
            log.info("call %d for mobile 919777788221 with password=hunter2", n)
    finally:
        setup_logging(tmp_path / "other.log")  # closes the files above
    files = sorted(tmp_path.glob("pos-app.log*"))
    assert len(files) >= 2
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    assert "919777788221" not in text and "hunter2" not in text and "91******8221" in text


def test_the_file_handler_loads_with_the_first_record(tmp_path: Path) -> None:
    probe = (
        "import logging, sys; from pathlib import Path; from pos_app.core.logs import setup_logging;"
        f"setup_logging(Path({str(tmp_path / 'x.log')!r}));"
        "before = 'logging.handlers' in sys.modules; logging.getLogger('pos_app').warning('hello');"
        "print(before, 'logging.handlers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
    assert stat.S_IMODE((tmp_path / "x.log").stat().st_mode) == 0o600
    assert "hello" in (tmp_path / "x.log").read_text(encoding="utf-8")
