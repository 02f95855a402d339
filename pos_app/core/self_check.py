"""What ``pos-app self-test`` checks on a till: each check says ok, failed or not applicable, and why.

Nothing here changes the till's data: the data check writes and removes a scratch file,
the printer check opens a connection and closes it without printing.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import ConfigurationError
from pos_app.core.connection import api_base_url
from pos_app.core.credentials import KeyringProblem, MemoryStore, SecretStore
from pos_app.core.failure_words import clause, sentence, service_failure
from pos_app.core.i18n import N_, _
from pos_app.core.outbox import OutboxError
from pos_app.core.printers import PrinterConfig

log = logging.getLogger("pos_app.self_test")

HOST_PAGE_MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool | None  # None: does not apply to this till (e.g. no printer set up), or skipped
    detail: str
    skipped: bool = False  # not run: what it needs failed its own check (the keyring)

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "skipped"
        return {True: "ok", False: "FAILED", None: "n/a"}[self.ok]


def skipped(name: str, because: str) -> Check:
    return Check(name, None, because, skipped=True)


def keyring_check(ctx: AppContext) -> Check:
    """This home's keyring entries can be read: every check that needs a secret depends on it."""
    try:
        store = ctx.secrets
        store.get(credentials.WORKFLOW_TOKEN)  # a read: a locked keyring says so only when used
    except KeyringProblem as error:
        return Check("keyring", False, sentence(error))
    except Exception as error:  # a backend that cannot even start
        log.warning("self-test: the keyring could not be opened: %r", error)
        return Check(
            "keyring",
            False,
            _(
                "The keyring could not be opened ({detail}). Check that the desktop's keyring service is running."
            ).format(detail=clause(error)),
        )
    return Check("keyring", True, f"secure backend {store.describe()}")


NO_KEYRING = N_(
    "not checked: it needs the keyring, which cannot be used (see above); fix that, then run pos-app self-test again"
)


def data_dir_check(ctx: AppContext) -> Check:
    data = ctx.paths.data_dir
    scratch = data / f".self-test-{os.getpid()}"
    try:
        with open(scratch, "wb") as handle:
            handle.write(b"self-test")
            handle.flush()
            os.fsync(handle.fileno())
        scratch.unlink()
        summary = ctx.outbox.summary()
    except OSError as error:
        return Check("data", False, f"{data} is not writable: {error}")
    except OutboxError as error:
        return Check("data", False, str(error))
    return Check("data", True, f"{data} writable; queue readable, {summary.open_count} waiting")


def credentials_check(ctx: AppContext, keyring_ok: bool = True) -> Check:
    settings = ctx.settings
    if not keyring_ok:
        return skipped("credentials", _(NO_KEYRING))
    if settings.get("auth") == "oauth":
        key, name = str(settings.get("oauth_key")), credentials.oauth_secret(str(settings.get("oauth_key")))
        what = f"OAuth key {key or '(none set)'}"
    else:
        till = str(settings.get("till"))
        name, what = credentials.till_password(till), f"till {till or '(none set)'}"
    try:
        stored = bool(ctx.secrets.get(name))
    except KeyringProblem as error:
        return Check("credentials", False, f"cannot be read: {sentence(error)}")
    if not stored:
        return Check("credentials", False, f"no secret stored for {what}: pos-app credentials set")
    return Check("credentials", True, f"secret stored for {what}")


def host_check(ctx: AppContext) -> Check:
    from pos_app.core.capillary.errors import AnswerTooLarge, CapillaryError
    from pos_app.core.capillary.transport import Timeouts, Transport

    settings = ctx.settings
    try:
        url = api_base_url(settings)
    except ConfigurationError as error:
        return Check("host", False, f"{error}: pos-app config set cluster NAME (or host URL)")
    timeouts = Timeouts(float(settings.get("timeout_connect")), 10.0)
    try:
        transport = Transport(url, None, timeouts=timeouts, ca_bundle=settings.get("ca_bundle"))
    except ConfigurationError as error:  # the CA bundle named is not there
        return Check("host", False, str(error))
    started = time.perf_counter()
    try:
        answer = f"HTTP {transport.exchange('GET', url + '/', {'Accept': '*/*'}, None, HOST_PAGE_MAX_BYTES).status}"
    except AnswerTooLarge:
        answer = "a page of over 256 KB"
    except CapillaryError as error:  # the person reads plain words; the log keeps the detail
        log.warning("self-test: %s did not answer: %s: %s", url, type(error).__name__, error.detail)
        return Check("host", False, service_failure(url, error))
    finally:
        transport.close()
    ms = (time.perf_counter() - started) * 1000
    return Check("host", True, f"{url} answered ({answer}) in {ms:.0f} ms")


def printer_check(ctx: AppContext) -> Check:
    config = PrinterConfig.from_settings(ctx.settings)
    where = config.describe()
    if config.kind == "none":
        return Check("printer", None, "no receipt printer set up (printer.kind none)")
    if config.kind == "network":
        try:
            with socket.create_connection((config.host, config.port), timeout=config.timeout_s):
                pass
        except OSError as error:
            return Check("printer", False, f"{where} cannot be reached: {error.strerror or error}")
        return Check("printer", True, f"{where} accepts connections")
    if config.kind in ("file", "serial", "pdf"):  # pdf: the folder the PDFs go to (made on the first print)
        return _device_check(config, Path(config.device))
    if config.kind == "usb":
        return _usb_check(config)
    if config.kind == "system":
        return _system_check(str(ctx.settings.get("printer.system_name")))
    return _cups_check(config)


def _system_check(name: str) -> Check:
    """The system printer as CUPS knows it (Linux, macOS); Windows tills check by printing a test page."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return Check("printer", None, "system printer: not checked here (no lpstat); print a receipt to check")
    args = ["-p", name] if name else ["-d"]
    done = subprocess.run([lpstat, *args], capture_output=True, text=True, timeout=10)
    output = done.stdout.strip()
    if done.returncode != 0 or not output or "no system default" in output:
        return Check(
            "printer", False, f"system printer {name or '(default)'}: {done.stderr.strip() or output or 'none'}"
        )
    return Check("printer", True, output.splitlines()[0])


def _device_check(config: PrinterConfig, device: Path) -> Check:
    where = config.describe()
    if config.kind == "serial" and not device.exists():
        return Check("printer", False, f"{where}: no such device")
    target = device if device.exists() else device.parent
    if not os.access(target, os.W_OK):
        return Check("printer", False, f"{where}: not writable by this user")
    return Check("printer", True, f"{where} writable")


def _usb_check(config: PrinterConfig) -> Check:
    where = config.describe()
    try:
        import usb.core  # pyusb: only tills with a USB printer need it
    except ImportError:
        return Check("printer", False, f"{where}: USB printing needs pyusb and libusb")
    try:
        found = usb.core.find(idVendor=config.usb_vendor, idProduct=config.usb_product)
    except Exception as error:  # no libusb backend on this system
        return Check("printer", False, f"{where}: USB cannot be searched ({error})")
    if found is None:
        return Check("printer", False, f"{where}: not connected")
    return Check("printer", True, f"{where} connected")


def _cups_check(config: PrinterConfig) -> Check:
    where = config.describe()
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return Check("printer", False, f"{where}: CUPS is not installed (no lpstat)")
    done = subprocess.run([lpstat, "-p", config.cups_name], capture_output=True, text=True, timeout=10)
    if done.returncode != 0:
        return Check("printer", False, f"{where}: {done.stderr.strip() or 'unknown queue'}")
    return Check("printer", True, done.stdout.strip().splitlines()[0] if done.stdout.strip() else where)


def settings_check(ctx: AppContext) -> Check:
    """The till's settings file and the machine-wide one read without a problem."""
    settings = ctx.settings
    if settings.problems:
        more = f" (and {len(settings.problems) - 1} more: pos-app config show)" if len(settings.problems) > 1 else ""
        return Check("settings", False, settings.problems[0] + more)
    machine = settings.machine_wide_path
    if machine is None or not machine.exists():
        return Check("settings", True, f"{settings.path}; no machine-wide file ({machine})")
    shared = f"{len(settings.machine_wide)} set there, {len(settings.locked)} locked"
    return Check("settings", True, f"{settings.path} over the machine-wide {machine} ({shared})")


def rate_check(ctx: AppContext) -> Check:
    """The key's calls a minute as set, and what of them the replay may use."""
    from pos_app.core.key_share import replay_budget

    settings = ctx.settings
    limit, share = int(settings.get("api.requests_per_minute")), float(settings.get("offline.replay_share"))
    return Check(
        "rate",
        True,
        f"{limit} calls a minute on the API key (api.requests_per_minute); the replay uses at most "
        f"{replay_budget(settings)} of them ({share:.0%}, offline.replay_share), customers at the till first",
    )


def approval_check(ctx: AppContext, keyring_ok: bool = True) -> Check:
    """The approval service, when offline redemptions go to it: set up, and accepting this till."""
    from pos_app.core.approval_setup import APPROVAL_POLICY, approval_service_check

    if ctx.settings.get("offline.policy") != APPROVAL_POLICY:
        secrets: SecretStore = MemoryStore()  # not read: no approval service is used
    elif not keyring_ok:  # its token is in the keyring
        return skipped("approval", _(NO_KEYRING))
    else:
        secrets = ctx.secrets
    ok, detail = approval_service_check(ctx.settings, secrets)
    return Check("approval", ok, detail)


def checks_without_qt(ctx: AppContext) -> list[Check]:
    """Every check runs; one that needs the keyring says it was skipped when the keyring failed."""
    keyring = _guarded("keyring", lambda: keyring_check(ctx))
    keyring_ok = keyring.ok is True
    return [
        _guarded("settings", lambda: settings_check(ctx)),
        _guarded("rate", lambda: rate_check(ctx)),
        keyring,
        _guarded("data", lambda: data_dir_check(ctx)),
        _guarded("credentials", lambda: credentials_check(ctx, keyring_ok)),
        _guarded("host", lambda: host_check(ctx)),
        _guarded("approval", lambda: approval_check(ctx, keyring_ok)),
        _guarded("printer", lambda: printer_check(ctx)),
    ]


def _guarded(name: str, check: Callable[[], Check]) -> Check:
    """A check that fails in a way of its own is a FAILED line, never the end of the table."""
    try:
        return check()
    except Exception as error:
        log.exception("self-test: the %s check failed", name)
        return Check(name, False, _(CHECK_BROKE).format(detail=clause(error) or type(error).__name__))


CHECK_BROKE = N_("this check could not be made ({detail}); the log has the details")
