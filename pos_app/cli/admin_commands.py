"""``credentials``, ``config`` and ``sim``: setting a till up, and the simulator."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from pos_app.cli import exits
from pos_app.cli.output import emit, say_error
from pos_app.cli.service_setup import log_detail, service_url
from pos_app.cli.supervisor_commands import ask_secret
from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.approval_setup import APPROVAL_POLICY, approval_refusal
from pos_app.core.capillary import ConfigurationError
from pos_app.core.config import SCHEMA, LockedSetting
from pos_app.core.failure_words import sentence, service_failure
from pos_app.core.machine_settings import settings_with_sources


def _secret(from_stdin: bool, prompt: str) -> str:
    value = sys.stdin.readline().rstrip("\r\n") if from_stdin else ask_secret(prompt, "the secret", "--password-stdin")
    if not value:
        raise SystemExit("error: an empty secret was given; nothing was stored")
    return value


def credentials_set(args: argparse.Namespace, ctx: AppContext) -> int:
    secrets = ctx.secrets
    wanted = {"till": args.till, "auth": "basic"} if args.till else {}
    wanted = {"oauth_key": args.oauth_key, "auth": "oauth"} if args.oauth_key else wanted
    for key, value in wanted.items():  # before any secret is stored
        if key in ctx.settings.locked and ctx.settings.get(key) != value:
            say_error(args, f"{LockedSetting(key, ctx.settings.machine_wide_path)}; nothing was stored")
            return exits.ERROR
    if args.till:
        secrets.set(
            credentials.till_password(args.till), _secret(args.password_stdin, f"Password for till {args.till}: ")
        )
        ctx.settings.set("till", args.till)
        ctx.settings.set("auth", "basic")
    elif args.oauth_key:
        secrets.set(
            credentials.oauth_secret(args.oauth_key),
            _secret(args.password_stdin, f"Secret for OAuth key {args.oauth_key}: "),
        )
        ctx.settings.set("oauth_key", args.oauth_key)
        ctx.settings.set("auth", "oauth")
    elif args.workflow_token:
        secrets.set(credentials.WORKFLOW_TOKEN, _secret(args.password_stdin, "Request-workflow token: "))
    ctx.settings.save()
    print(f"Stored in the keyring ({secrets.describe()}).")
    return check_with_service(ctx) if args.till or args.oauth_key else exits.OK


def check_with_service(ctx: AppContext) -> int:
    """Try the stored credentials on the service (a lookup of a card no one holds) and say so."""
    from pos_app.core.capillary import AuthFailed, CapillaryError, Identifier, Rejected

    ctx.reset_client()
    try:
        ctx.client.get_customer(Identifier("card_number", "POS-APP-PROBE"))
    except Rejected:
        pass  # "no such customer": the service let the till in
    except AuthFailed:
        print(
            "error: the loyalty service refused these credentials (they are stored, but no call will work): "
            "check the till code and its password and set them again.",
            file=sys.stderr,
        )
        return exits.AUTH_FAILED
    except ConfigurationError as error:
        print(f"Not checked with the service: {sentence(error)}", file=sys.stderr)
        return exits.OK
    except CapillaryError as error:
        url = service_url(ctx)
        log_detail(error)
        said = service_failure(url, error) if url else sentence(error.cashier_message)
        print(f"Not checked with the service: {said} Run pos-app self-test once it answers.", file=sys.stderr)
        return exits.OK
    print("The loyalty service accepted them.")
    return exits.OK


def credentials_status(args: argparse.Namespace, ctx: AppContext) -> int:
    secrets = ctx.secrets
    till, key = str(ctx.settings.get("till")), str(ctx.settings.get("oauth_key"))
    status = {
        "keyring": secrets.describe(),
        "keyring_service": credentials.keyring_service(ctx.paths.home),  # this home's entries
        "auth": ctx.settings.get("auth"),
        "till": till,
        "till_password_stored": bool(till and secrets.get(credentials.till_password(till))),
        "oauth_key": key,
        "oauth_secret_stored": bool(key and secrets.get(credentials.oauth_secret(key))),
        "workflow_token_stored": bool(secrets.get(credentials.WORKFLOW_TOKEN)),
    }
    emit(args.json, status, [f"{name}: {value}" for name, value in status.items()])
    return exits.OK


def credentials_clear(args: argparse.Namespace, ctx: AppContext) -> int:
    till, key = str(ctx.settings.get("till")), str(ctx.settings.get("oauth_key"))
    for name in (
        credentials.till_password(till) if till else "",
        credentials.oauth_secret(key) if key else "",
        credentials.WORKFLOW_TOKEN,
    ):
        if name:
            ctx.secrets.delete(name)
    print("Till credentials removed from the keyring.")
    return exits.OK


def config_show(args: argparse.Namespace, ctx: AppContext) -> int:
    """Every setting with where its value comes from: default, machine-wide, this till."""
    settings = ctx.settings
    shown = settings_with_sources(settings)
    machine = settings.machine_wide_path
    lines = [
        f"this till's settings:   {settings.path}",
        f"machine-wide settings:  {machine}" + ("" if machine is not None and machine.exists() else " (none)"),
    ]
    for key, entry in shown.items():
        source = str(entry["source"]) + (", locked" if entry["locked"] else "")
        setting = f"{key} = {entry['value']!r}"
        lines.append(f"{setting:<56} {source}")
    data = {
        "settings": shown,
        "files": {"this till": str(settings.path), "machine-wide": str(machine)},
        "problems": settings.problems,
    }
    emit(args.json, data, lines)  # the problems went to stderr already, as for every command
    return exits.OK


def config_set(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        value = ctx.settings.set(args.key, args.value)
    except LockedSetting as error:
        say_error(args, str(error))
        return exits.ERROR
    except (KeyError, ValueError, ConfigurationError) as error:
        say_error(args, f"{args.key}: {error.args[0] if error.args else error}")
        return exits.ERROR
    if args.key == "ca_bundle" and value and not os.path.exists(str(value)):
        print(
            f"error: ca_bundle: {value} does not exist; give the CA file (PEM), or '' for the public CAs",
            file=sys.stderr,
        )
        return exits.ERROR
    if args.key == "offline.policy" and value == APPROVAL_POLICY:
        refusal = approval_refusal(ctx.settings, ctx.secrets)
        if refusal:
            say_error(args, f"offline.policy: {refusal}")
            return exits.ERROR
    ctx.settings.save()
    print(f"{args.key} = {value!r}")
    return exits.OK


def config_path(args: argparse.Namespace, ctx: AppContext) -> int:
    paths = ctx.paths
    data = {
        "settings": str(paths.settings_file),
        "machine-wide settings": str(ctx.settings.machine_wide_path),
        "data": str(paths.data_dir),
        "logs": str(paths.log_dir),
        "cache": str(paths.cache_dir),
    }
    emit(args.json, data, [f"{name}: {value}" for name, value in data.items()])
    return exits.OK


def sim(args: argparse.Namespace) -> int:
    from pos_app.sim.data import DEMO_PASSWORD, DEMO_TILL, load_data
    from pos_app.sim.server import SimServer

    data = load_data(args.data)
    if args.rate_limit:
        data["rate_limit_per_minute"] = args.rate_limit
    faults = [json.loads(spec) for spec in args.fault or []]
    server = SimServer(args.port, data, faults)
    print(
        f"Capillary simulator on {server.url}  (till {DEMO_TILL}, password {DEMO_PASSWORD}; "
        f"OTPs at {server.url}/__sim/otp?mobile=...)",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return exits.OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    creds = sub.add_parser("credentials", help="till credentials in the OS keyring")
    creds_sub = creds.add_subparsers(dest="action", required=True)
    p = creds_sub.add_parser("set", help="store till code + password, or an OAuth key + secret")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--till", help="till code (Basic auth); asks for the password")
    which.add_argument("--oauth-key", help="OAuth client key; asks for the secret")
    which.add_argument("--workflow-token", action="store_true", help="store the maker-checker (request workflow) token")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password/secret/token from standard input instead of a prompt",
    )
    p.set_defaults(handler=credentials_set)
    creds_sub.add_parser("status", parents=[common], help="what is stored").set_defaults(handler=credentials_status)
    creds_sub.add_parser("clear", help="remove this till's secrets from the keyring").set_defaults(
        handler=credentials_clear
    )

    config = sub.add_parser("config", help="show or change settings")
    config_sub = config.add_subparsers(dest="action", required=True)
    config_sub.add_parser(
        "show", parents=[common], help="every setting and where it comes from (default, machine-wide, this till)"
    ).set_defaults(handler=config_show)
    known = "\n".join(f"  {key:26} {setting.help}" for key, setting in SCHEMA.items())
    p = config_sub.add_parser(
        "set",
        help="change one setting",
        epilog=f"settings:\n{known}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=config_set)
    config_sub.add_parser("path", parents=[common], help="where settings, data and logs live").set_defaults(
        handler=config_path
    )

    p = sub.add_parser("sim", help="run the Capillary simulator on 127.0.0.1")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 = any free port)")
    p.add_argument("--data", help="JSON file changing the demo data (customers, rules, quirks)")
    p.add_argument("--rate-limit", type=int, help="calls per minute per till (default 1000)")
    p.add_argument(
        "--fault",
        action="append",
        help='fault to start with, as JSON: \'{"endpoint": "/v1.1/points/redeem", '
        '"kind": "http-500", "count": 2}\' (repeatable)',
    )
    p.set_defaults(handler=sim, needs_context=False)
