"""Where config, data, logs and cache live.

One place decides. ``POS_APP_HOME`` (or ``--home``) moves all of them under one
directory so that tests, demos and support work never touch a real till's files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pos_app import APP_NAME

HOME_ENV = "POS_APP_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path
    home: Path | None = None  # the one folder given with --home / POS_APP_HOME; None: the OS's folders

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def outbox_file(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def journal_file(self) -> Path:
        """Where older versions kept the receipts journal (now in the outbox's database)."""
        return self.data_dir / "journal.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "pos-app.log"

    def ensure(self) -> AppPaths:
        """Create the directories, readable by the owner only."""
        for directory in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def app_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """The app's directories: under ``home`` (or ``$POS_APP_HOME``) if given, else the OS's."""
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root / "config", root / "data", root / "logs", root / "cache", home=root)
    import platformdirs  # only for the OS's own folders

    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
