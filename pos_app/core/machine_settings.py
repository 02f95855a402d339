"""The machine-wide settings a chain ships to every till, read under the till's own settings.

The file is TOML like the till's (``pos-app config path`` shows both) with one more key,
``locked = ["host", "offline.policy", ...]``: settings the till cannot change. It lives in the
platform's site configuration folder (``/etc/xdg/pos-app/settings.toml`` on Linux,
``C:\\ProgramData\\pos-app\\settings.toml`` on Windows); ``POS_APP_SITE_CONFIG=FILE`` names
another file, for tests and support work. The app only reads it: device management writes it.

A file that cannot be read is reported and left out whole (nothing locked), so the till keeps
working on its own settings; a bad value or an unknown name is reported and left out alone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pos_app import APP_NAME
from pos_app.core.capillary.errors import ConfigurationError
from pos_app.core.config import MACHINE_WIDE, SCHEMA, Settings, Value, load_settings, missing_ca_bundle
from pos_app.core.config import _flatten as flatten_tables

SITE_CONFIG_ENV = "POS_APP_SITE_CONFIG"
LOCKED_KEY = "locked"


def machine_settings_file() -> Path:
    chosen = os.environ.get(SITE_CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs  # only for the OS's own folder

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def layered_settings(till_file: Path, machine_file: Path | None = None) -> Settings:
    """This till's settings over the machine-wide ones over the defaults."""
    settings = load_settings(till_file)
    apply_machine_wide(settings, machine_file or machine_settings_file())
    missing = missing_ca_bundle(settings) if settings.source("ca_bundle") == MACHINE_WIDE else ""
    if missing:  # a private cluster's CA file that device management has not placed yet
        settings.problems.append(
            missing.replace("(setting 'ca_bundle')", f"(setting 'ca_bundle' in {settings.machine_wide_path})")
        )
    return settings


def settings_with_sources(settings: Settings) -> dict[str, dict[str, Any]]:
    """Every setting's value, its layer (default, machine-wide, this till) and whether it is locked."""
    return {
        key: {"value": settings.get(key), "source": settings.source(key), "locked": key in settings.locked}
        for key in SCHEMA
    }


def apply_machine_wide(settings: Settings, path: Path) -> None:
    settings.machine_wide_path = path
    values, locked, problems = read_machine_wide(path)
    settings.machine_wide, settings.locked = values, locked
    settings.problems.extend(problems)


def read_machine_wide(path: Path) -> tuple[dict[str, Value], frozenset[str], list[str]]:
    """The file's valid values, its valid locks, and what was wrong with the rest."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, frozenset(), []  # most tills have none
    except (OSError, UnicodeDecodeError) as error:
        return {}, frozenset(), [_unreadable(path, error)]
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return {}, frozenset(), [_unreadable(path, error)]
    problems: list[str] = []
    wanted_locks = _lock_list(data.pop(LOCKED_KEY, []), path, problems)
    given = flatten_tables(data)
    values: dict[str, Value] = {}
    for key, raw in given.items():
        if key not in SCHEMA:
            problems.append(f"The machine-wide settings file {path} sets {key!r}, which is not a setting; ignored.")
            continue
        try:
            values[key] = SCHEMA[key].check(raw)
        except (ValueError, ConfigurationError) as error:
            reason = error.args[0] if error.args else str(error)
            problems.append(f"Machine-wide setting {key!r} in {path} ignored ({reason}); this till's value is used.")
    locked = set()
    for key in wanted_locks:
        if key not in SCHEMA:
            problems.append(f"The machine-wide settings file {path} locks {key!r}, which is not a setting; ignored.")
        elif key in given and key not in values:
            continue  # its value was refused above: this till's own value stands, unlocked
        else:
            locked.add(key)
    return values, frozenset(locked), problems


def _lock_list(raw: Any, path: Path, problems: list[str]) -> list[str]:
    if isinstance(raw, list) and all(isinstance(key, str) for key in raw):
        return [key.strip() for key in raw]
    problems.append(
        f'The machine-wide settings file {path} has "{LOCKED_KEY}" that is not a list of setting names '
        '(e.g. locked = ["host", "offline.policy"]); nothing is locked.'
    )
    return []


def _unreadable(path: Path, error: Exception) -> str:
    return (
        f"The machine-wide settings file {path} could not be read ({error}); this till works on its own "
        "settings and the defaults until it is fixed, with nothing locked. Ask whoever manages the tills."
    )
