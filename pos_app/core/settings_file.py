"""The till's settings file on disk: written with tomli-w, read with tomllib, a last good copy kept.

``write_settings`` writes nothing it cannot read back to the same values, and keeps a copy
beside it (``settings.toml.last-good``). ``read_settings`` reads the file; one that cannot be
read is kept aside (``.broken-<time>``) and the settings are rebuilt from the last good copy and
every line of the broken file that still reads, naming the values that were lost.
"""

from __future__ import annotations

import re
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from pos_app.core.atomic import write_atomic

LAST_GOOD = ".last-good"
_KEY_LINE = re.compile(r"\s*([A-Za-z0-9_.-]+)\s*=")
_TABLE_LINE = re.compile(r"\s*\[\s*([A-Za-z0-9_.-]*)")


def last_good_copy(path: Path) -> Path:
    return path.with_name(path.name + LAST_GOOD)


def nested(values: dict[str, Any]) -> dict[str, Any]:
    """``{"offline.policy": v}`` as TOML tables: ``{"offline": {"policy": v}}``."""
    tables: dict[str, Any] = {}
    for key, value in sorted(values.items()):
        *parents, name = key.split(".")
        table = tables
        for parent in parents:
            table = table.setdefault(parent, {})
        table[name] = value
    return tables


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def dump_toml(values: dict[str, Any]) -> str:
    return tomli_w.dumps(nested(values))


def write_settings(path: Path, values: dict[str, Any]) -> None:
    """Write the settings, and the same as the last good copy; refuse what would not read back."""
    text = dump_toml(values)
    if flatten(tomllib.loads(text)) != values:  # a value TOML cannot hold: keep the file as it was
        raise ValueError("these settings cannot be written so that they read back the same; nothing was changed")
    data = text.encode("utf-8")
    write_atomic(path, data)
    write_atomic(last_good_copy(path), data)


@dataclass
class SettingsRead:
    values: dict[str, Any] = field(default_factory=dict)  # flattened, not yet validated
    problems: list[str] = field(default_factory=list)
    rebuilt: bool = False  # the file could not be read: ``values`` should be written back


def read_settings(path: Path, defaults: dict[str, Any]) -> SettingsRead:
    """The file's values. ``defaults``: what a lost value falls back to when no copy has it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SettingsRead()
    try:
        values = flatten(tomllib.loads(raw.decode("utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return _rebuilt(path, raw, error, defaults)
    copy = last_good_copy(path)
    if not copy.exists() or copy.read_bytes() != raw:
        write_atomic(copy, raw)
    return SettingsRead(values)


def _rebuilt(path: Path, raw: bytes, error: Exception, defaults: dict[str, Any]) -> SettingsRead:
    kept = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(kept)
    good, when = _last_good(path)
    readable, lost = _readable_lines(raw.decode("utf-8", errors="replace"))
    values = {**good, **readable}
    start = (
        f"the till uses its last good copy (saved {when}) and every line that still reads"
        if good
        else "the till uses every line that still reads, and default settings for the rest"
    )
    problem = f"The settings file could not be read ({error}); it was kept as {kept.name} and {start}."
    if lost:
        now = ", ".join(f"{key} (now {_shown(values.get(key, defaults.get(key)))})" for key in sorted(lost))
        problem += (
            f" These values were lost: {now}. A supervisor should set them again in Settings"
            " (or with pos-app config set NAME VALUE)."
        )
    else:
        problem += " No value was lost. A supervisor should check Settings (pos-app config show)."
    return SettingsRead(values, [problem], rebuilt=True)


def _last_good(path: Path) -> tuple[dict[str, Any], str]:
    copy = last_good_copy(path)
    try:
        values = flatten(tomllib.loads(copy.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}, ""
    return values, time.strftime("%Y-%m-%d %H:%M", time.localtime(copy.stat().st_mtime))


def _readable_lines(text: str) -> tuple[dict[str, Any], set[str]]:
    """What each ``key = value`` line says on its own (in its table), and the keys that do not read."""
    values: dict[str, Any] = {}
    lost: set[str] = set()
    table = ""
    for line in text.splitlines():
        header = _TABLE_LINE.match(line)
        if header and not _KEY_LINE.match(line):
            table = header.group(1)
            continue
        named = _KEY_LINE.match(line)
        if not named:
            continue
        key = f"{table}.{named.group(1)}" if table else named.group(1)
        try:
            if "\ufffd" in line:  # bytes that were not UTF-8: the value is not what was written
                raise ValueError(line)
            values.update(flatten(tomllib.loads(line.strip()), f"{table}." if table else ""))
        except (tomllib.TOMLDecodeError, ValueError):
            lost.add(key)
    return values, lost


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    return repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
