"""The one entry point: the till window (default), ``--kiosk``, ``--demo``, and headless commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pos_app.cli import exits

DESCRIPTION = """Loyalty points redemption at the till, on Capillary's loyalty API.

Without a command the till window opens. Try it with no setup at all:
  pos-app --demo            the window on a built-in demo server (till demo.till)
  pos-app --kiosk --demo    the self-service kiosk on it (supervisor PIN 1234)
Set a real till up:
  pos-app config set cluster eu
  pos-app credentials set --till TILLCODE
  pos-app self-test         checks Qt, keyring, data folder, credentials, host, printer
"""


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home", help="keep settings, data and logs under this directory (also $POS_APP_HOME)")
    parser.add_argument("--demo", action="store_true", help="run on the built-in demo server; nothing needs setting up")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="self-service kiosk: full screen, touch keypad, idle clearing; needs a supervisor PIN "
        "(five taps in the top-left corner ask for it); with --demo the PIN is 1234",
    )


class _Unsure(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[no-untyped-def]
        raise _Unsure(message)  # leave the message to the full parser


def window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` just opens a window, else None.

    Opening the window is the common start: it skips building every command's parser (and
    importing their modules), which would only delay the window.
    """
    parser = _QuietParser(add_help=False)
    add_window_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _Unsure:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    from pos_app import __version__
    from pos_app.cli import (
        admin_commands,
        api_commands,
        queue_commands,
        receipt_commands,
        self_test,
        supervisor_commands,
        support_commands,
    )

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="machine-readable output")
    parser = argparse.ArgumentParser(
        prog="pos-app",
        description=DESCRIPTION,
        epilog=exits.TABLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pos-app {__version__}")
    add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    api_commands.register(sub, common)
    queue_commands.register(sub, common)
    receipt_commands.register(sub, common)
    supervisor_commands.register(sub, common)
    self_test.register(sub, common)
    admin_commands.register(sub, common)
    support_commands.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = window_only(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from pos_app.gui.app import run_gui  # Qt is imported only for the window

        return run_gui(args)
    if not getattr(args, "needs_context", True):
        return int(args.handler(args))
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    from pos_app.cli.output import for_command_line, report_error, say_error
    from pos_app.cli.service_setup import require_service, service_url
    from pos_app.core.app_context import AppContext
    from pos_app.core.capillary import CapillaryError
    from pos_app.core.credentials import KeyringProblem
    from pos_app.core.i18n import use_language
    from pos_app.core.storage_error import NotFound, StorageDamaged
    from pos_app.core.validation import InvalidInput

    as_json = getattr(args, "json", False)
    ctx: AppContext | None = None
    try:
        ctx = AppContext.open(args.home)
        use_language(ctx.language())  # core's words (item codes, receipts, the report) and money
        for problem in ctx.settings.problems:
            print(f"warning: {for_command_line(problem)}", file=sys.stderr)
        if getattr(args, "needs_service", False):
            require_service(ctx)  # the host is named before the keyring or the credentials
        return int(args.handler(args, ctx))
    except InvalidInput as error:
        say_error(args, str(error), type(error).__name__)
        return exits.ERROR
    except (KeyringProblem, StorageDamaged, NotFound) as error:
        say_error(args, for_command_line(str(error)), type(error).__name__)
        return exits.ERROR
    except CapillaryError as error:
        report_error(as_json, error, service_url(ctx) if ctx is not None else "")
        return exits.for_error(error)
