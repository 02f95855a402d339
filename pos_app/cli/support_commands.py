"""``pos-app support bundle``: one zip for support, with nothing secret in it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import emit, say_error
from pos_app.core.app_context import AppContext


def qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion  # the Qt the app runs on (no display needed)
    except ImportError as error:
        return f"not available ({error})"
    return str(qVersion())


def support_bundle(args: argparse.Namespace, ctx: AppContext) -> int:
    from pos_app.cli.self_test import self_test_report
    from pos_app.core.support_bundle import default_bundle_path, write_bundle

    output = Path(args.output) if args.output else default_bundle_path(ctx)
    try:
        written = write_bundle(ctx, output, lambda: self_test_report(args.home, ctx), qt_version(), days=args.days)
    except OSError as error:
        say_error(args, f"the support bundle could not be written to {output}: {error}")
        return exits.ERROR
    lines = [f"Support bundle written to {written.path} ({written.size / 1024:.0f} KB, {len(written.parts)} files)."]
    if written.failed:
        lines.append(f"Could not be gathered (a note says why in the bundle): {', '.join(written.failed)}")
    data = {"path": str(written.path), "bytes": written.size, "files": written.parts, "failed": written.failed}
    emit(args.json, data, lines)
    return exits.OK


def positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number of days (1 to 366), not {text!r}") from None
    if not 1 <= days <= 366:
        raise argparse.ArgumentTypeError("must be between 1 and 366")
    return days


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    support = sub.add_parser("support", help="gather what support needs from this till")
    support_sub = support.add_subparsers(dest="action", required=True)
    p = support_sub.add_parser(
        "bundle",
        parents=[common],
        help="a zip of the logs, queue, journal, self-test, versions and settings (nothing secret)",
        description="Logs, the offline queue, the journal of the last days, self-test, the versions of the app, "
        "Python, Qt and every dependency, and the settings with their sources. Customer numbers are masked; "
        "no password, token or code is included.",
    )
    p.add_argument("--output", help="the zip to write (default: support/ in the data folder)")
    p.add_argument("--days", type=positive_days, default=7, help="days of the journal to include (default 7)")
    p.set_defaults(handler=support_bundle)
