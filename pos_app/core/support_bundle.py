"""A support bundle: one zip with what support asks a till for, and never a secret.

Inside: the logs, the offline queue (CSV), the journal of the last days, the self-test, the
versions of the app, Python, Qt and every dependency, and the settings with their sources.
Every text passes ``redact`` on its way in (the logs and the journal are masked when written;
this is the second look; in JSON each text value, so the numbers and the shape stay):
passwords, tokens and codes become ``***``, and long digit runs (a mobile or card number) keep
their last four digits — a long numeric bill number does too. A part that cannot be read (a
damaged journal, say) is replaced by a note saying why: a broken till is when the bundle is
needed most.
"""

from __future__ import annotations

import io
import json
import logging
import platform
import re
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from pos_app import __version__
from pos_app.core.app_context import AppContext
from pos_app.core.atomic import write_atomic
from pos_app.core.machine_settings import settings_with_sources
from pos_app.core.masking import redact

DEFAULT_DAYS = 7
DISTRIBUTION = "pos-app"
log = logging.getLogger("pos_app.support")


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    size: int
    parts: list[str]
    failed: list[str]  # parts replaced by a note saying why


def home_of(ctx: AppContext) -> str | None:
    """The ``--home`` the app runs under (its folders share one parent), None for the OS's folders."""
    paths = ctx.paths
    return str(paths.data_dir.parent) if paths.config_dir.parent == paths.data_dir.parent else None


def default_bundle_path(ctx: AppContext) -> Path:
    till = re.sub(r"[^\w.-]", "_", str(ctx.settings.get("till")) or "till")
    return ctx.paths.data_dir / "support" / f"pos-app-support-{till}-{time.strftime('%Y%m%d-%H%M%S')}.zip"


def write_bundle(
    ctx: AppContext,
    output: Path,
    self_test: Callable[[], dict[str, Any]],
    qt_version: str,
    days: int = DEFAULT_DAYS,
) -> BundleWritten:
    """Gather every part (each on its own: one failing does not stop the rest), write the zip."""
    parts: dict[str, Callable[[], str]] = {
        "versions.json": lambda: _json(versions(qt_version)),
        "settings.json": lambda: _json(_settings(ctx)),
        "self-test.json": lambda: _json(self_test()),
        "queue.csv": lambda: _queue(ctx),
        "journal.json": lambda: _json(journal(ctx, days)),
    }
    contents: dict[str, str] = {}
    failed: list[str] = []
    for name, gather in parts.items():
        try:
            contents[name] = gather()
        except Exception as error:  # any failure becomes a note in the bundle
            failed.append(name)
            contents[f"{name}.error.txt"] = f"{name} could not be gathered: {type(error).__name__}: {error}\n"
    contents.update(_logs(ctx))
    contents["README.txt"] = _readme(ctx, days, sorted(contents), failed)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(contents.items()):
            archive.writestr(name, text if name.endswith(".json") else redact_text(text))  # JSON: value by value
    data = buffer.getvalue()
    write_atomic(output, data)  # owner-only: masked, but still the till's business
    log.info("support bundle written to %s (%d bytes, %d parts)", output, len(data), len(contents))
    return BundleWritten(output, len(data), sorted(contents), failed)


def redact_text(text: str) -> str:
    return "\n".join(redact(line) for line in text.split("\n"))


def redact_values(data: Any) -> Any:
    """Every text in ``data`` redacted, keys and numbers as they are (a time stays a number)."""
    if isinstance(data, dict):
        return {key: redact_values(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [redact_values(value) for value in data]
    return redact(data) if isinstance(data, str) else data


def versions(qt_version: str) -> dict[str, Any]:
    return {
        "pos-app": __version__,
        "python": sys.version.split()[0],
        "python_build": platform.python_implementation() + " " + " ".join(platform.python_build()),
        "qt": qt_version,
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "dependencies": dependency_versions(),
    }


def dependency_versions() -> dict[str, str]:
    """Every package the app depends on, directly or through another, with its installed version."""
    found: dict[str, str] = {}
    waiting = _requirements(DISTRIBUTION)
    while waiting:
        name, marker = waiting.pop()
        key = _normal(name)
        if key in found:
            continue
        try:
            found[key] = metadata.version(name)
        except metadata.PackageNotFoundError:
            if marker:
                found[key] = f"not installed (needed only where {marker})"
            else:
                found[key] = "bundled (no metadata)" if getattr(sys, "frozen", False) else "NOT INSTALLED"
            continue
        waiting.extend(_requirements(name))
    return dict(sorted(found.items()))


def _requirements(distribution: str) -> list[tuple[str, str]]:
    """(name, marker) of each requirement; the marker says where it applies ("" everywhere)."""
    try:
        requires = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:
        return []
    found = []
    for requirement in requires:
        _, _, marker = requirement.partition(";")
        if "extra ==" in marker.replace('"', "").replace("'", ""):
            continue  # an optional part not asked for
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match:
            found.append((match.group(1), marker.strip()))
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _settings(ctx: AppContext) -> dict[str, Any]:
    settings = ctx.settings
    return {
        "settings": settings_with_sources(settings),
        "files": {"this till": str(settings.path), "machine-wide": str(settings.machine_wide_path)},
        "problems": settings.problems,
    }


def _queue(ctx: AppContext) -> str:
    from pos_app.core.queue_view import export_csv

    return export_csv(ctx.outbox)


def journal(ctx: AppContext, days: int) -> dict[str, Any]:
    """The receipts of today and the ``days - 1`` days before, as the journal keeps them (masked)."""
    today = time.time()
    by_day: dict[str, list[dict[str, Any]]] = {}
    for back in range(days):
        day = time.strftime("%Y-%m-%d", time.localtime(today - back * 86_400))
        by_day[day] = [
            {
                "id": receipt_id,
                "time": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(receipt.when)),
                **asdict(receipt),
            }
            for receipt_id, receipt in ctx.receipts_of(day)
        ]
    return {"days": days, "receipts": by_day}


def _logs(ctx: AppContext) -> dict[str, str]:
    for handler in logging.getLogger("pos_app").handlers:
        handler.flush()  # what this run logged so far is in the files
    found = sorted(ctx.paths.log_dir.glob(ctx.paths.log_file.name + "*"))
    contents = {}
    for path in found:
        try:
            contents[f"logs/{path.name}"] = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            contents[f"logs/{path.name}.error.txt"] = f"{path} could not be read: {error}\n"
    return contents


def _readme(ctx: AppContext, days: int, names: list[str], failed: list[str]) -> str:
    lines = [
        f"pos-app {__version__} support bundle, written {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"till {ctx.settings.get('till') or '(not set up)'}, store {ctx.settings.get('store_name') or '-'}",
        "",
        "versions.json   the app, Python, Qt and every dependency",
        "settings.json   every setting, where it comes from (default, machine-wide, this till), problems",
        "self-test.json  pos-app self-test --json",
        "queue.csv       the offline queue (pos-app queue export)",
        f"journal.json    the receipts of the last {days} days",
        "logs/           the log files",
        "",
        "Customer numbers are masked and no password, token or code is included.",
    ]
    if failed:
        lines += ["", "Could not be gathered (see the .error.txt files): " + ", ".join(failed)]
    return "\n".join([*lines, "", "files: " + ", ".join(names), ""])


def _json(data: Any) -> str:
    plain = json.loads(json.dumps(data, default=str))  # Decimals and paths as text, then redacted as text
    return json.dumps(redact_values(plain), indent=2, ensure_ascii=False) + "\n"
