"""Every module imports, and the queue's lock and atomic writes work, without POSIX-only modules.

Stores run Windows tills: there is no fcntl, termios, pwd, grp or resource there, and no
os.fchmod. A fresh interpreter is started with them made unavailable (``sys.modules[name] =
None`` makes every import of them fail), then imports every module of the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

WITHOUT_POSIX = textwrap.dedent(
    """
    import importlib, json, os, pkgutil, sys, warnings
    from pathlib import Path

    for name in ("fcntl", "termios", "pwd", "grp", "resource", "tty", "pty", "crypt", "syslog"):
        sys.modules[name] = None  # import fails, as on Windows
    for name in ("fchmod", "fchown", "getuid", "geteuid", "O_DIRECTORY"):
        if hasattr(os, name):
            delattr(os, name)
    warnings.simplefilter("ignore")  # filelock says it falls back to its portable lock

    import pos_app

    failed = {}
    imported = 0
    for info in pkgutil.walk_packages(pos_app.__path__, "pos_app."):
        if info.name == "pos_app.__main__":  # runs the app
            continue
        try:
            importlib.import_module(info.name)
            imported += 1
        except Exception as error:
            failed[info.name] = repr(error)

    from pos_app.core.atomic import write_atomic
    from pos_app.core.replay import ReplayBusy, replay_lock

    work = Path(sys.argv[1])
    write_atomic(work / "settings.toml", b"till = 't1'\\n")
    second_refused = False
    with replay_lock(work / "replay.lock"):
        try:
            with replay_lock(work / "replay.lock"):
                pass
        except ReplayBusy:
            second_refused = True
    with replay_lock(work / "replay.lock"):  # let go of: taken again
        pass
    print(json.dumps({
        "imported": imported, "failed": failed, "second_refused": second_refused,
        "written": (work / "settings.toml").read_text(),
    }))
    """
)


def test_every_module_imports_and_the_queue_lock_works_without_posix_modules(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_POSIX, str(tmp_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["failed"] == {}
    assert result["imported"] > 80  # every module of the app, the window's and the replay's among them
    assert result["second_refused"] and result["written"] == "till = 't1'\n"
