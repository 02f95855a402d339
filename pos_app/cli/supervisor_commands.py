"""``pos-app supervisor set-pin``, and the PIN check that guards cancel and reversal."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import say_error
from pos_app.core.app_context import AppContext
from pos_app.core.supervisor import PinRefused, no_pin_message
from pos_app.core.validation import InvalidInput


def _read(args: argparse.Namespace, prompt: str) -> str:
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput("--pin-stdin: standard input ended before the supervisor PIN; give it on a line.")
        return line.strip()
    return ask_secret(prompt, "the supervisor PIN", "--pin-stdin")


def ask_secret(prompt: str, what: str, option: str) -> str:
    """Asked on the terminal; with none (a script, a service), says how to give it instead."""
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"There is no terminal to ask for {what} on: give it on standard input with {option}.")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise InvalidInput(f"No {what} was typed: give it on standard input with {option}.") from None


def require_pin(args: argparse.Namespace, ctx: AppContext, action: str) -> bool:
    """True when the right PIN was given; says why not otherwise (no PIN set on this till, too)."""
    supervisor = ctx.supervisor
    if not supervisor.is_set():
        say_error(args, no_pin_message(action))
        return False
    try:
        supervisor.verify(_read(args, "Supervisor PIN: "), action)
    except PinRefused as refused:
        say_error(args, str(refused))
        return False
    return True


def set_pin(args: argparse.Namespace, ctx: AppContext) -> int:
    supervisor = ctx.supervisor
    current = _read(args, "Current supervisor PIN: ") if supervisor.is_set() else ""
    new = _read(args, "New supervisor PIN (4-12 digits): ")
    try:
        supervisor.set_pin(new, current)
    except PinRefused as refused:
        say_error(args, str(refused))
        return exits.ERROR
    print("Supervisor PIN stored in the keyring (as a hash).")
    return exits.OK


def add_pin_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-stdin", action="store_true", help="read the supervisor PIN from standard input instead of a prompt"
    )


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    supervisor = sub.add_parser("supervisor", help="the supervisor PIN that guards cancel, reversal and settings")
    supervisor_sub = supervisor.add_subparsers(dest="action", required=True)
    p = supervisor_sub.add_parser("set-pin", help="set or change the PIN (asks for the current one first)")
    add_pin_argument(p)
    p.set_defaults(handler=set_pin)
