"""Starting the window: the Qt application, the demo or the configured till."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.cli import exits
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import ConfigurationError
from pos_app.core.credentials import KeyringProblem
from pos_app.core.paths import HOME_ENV, app_paths
from pos_app.core.storage_error import StorageDamaged
from pos_app.gui.gc_guard import MainThreadCollector
from pos_app.gui.preload import AFTER_FIRST_FRAME_MS
from pos_app.gui.translations import install_language
from pos_app.resources import resource

if TYPE_CHECKING:  # imported when the window is built: the first screen shows sooner
    from pos_app.gui.main_window import TillWindow

READY_ENV = "POS_APP_EXIT_WHEN_READY"


def store_language(args: argparse.Namespace) -> str:
    """The ``language`` setting of the app home (empty: the system's). A demo in a fresh
    temporary home has no settings yet."""
    if args.demo and not (args.home or os.environ.get(HOME_ENV)):
        return ""
    from pos_app.core.config import load_settings

    return str(load_settings(app_paths(args.home).settings_file).get("language"))


class KioskNeedsPin(Exception):
    pass


def build_kiosk(args: argparse.Namespace, app: QApplication):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDockWidget

    from pos_app.gui.kiosk.kiosk_window import KioskWindow

    if args.demo:
        from pos_app.gui.demo import PhonePanel, demo_context
        from pos_app.sim.data import DEMO_SUPERVISOR_PIN

        ctx, sim = demo_context(args.home)
        print(
            f"pos-app kiosk demo: simulator on {sim.url}; supervisor PIN {DEMO_SUPERVISOR_PIN} "
            "(five taps in the top-left corner, or Ctrl+Alt+Shift+K)",
            flush=True,
        )
        kiosk = KioskWindow(ctx)
        phone = PhonePanel(sim, kiosk)
        phone.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)  # part of the kiosk's screen
        wide = app.primaryScreen().availableGeometry().width() >= 1280
        phone.setFixedWidth(300 if wide else 190)  # a 1024-wide kiosk keeps ~830 px for its screens
        phone.watch(kiosk.flow)
        kiosk.add_demo_phone(phone)
        sim.run_with(app)
    else:
        ctx = AppContext.open(args.home)
        if not ctx.supervisor.is_set():
            raise KioskNeedsPin(
                "Kiosk mode needs a supervisor PIN (it guards settings and leaving kiosk mode). "
                "Set one first: pos-app supervisor set-pin"
            )
        kiosk = KioskWindow(ctx)
    kiosk.left.connect(lambda: app.exit(exits.KIOSK_LEFT))
    return kiosk


def build_window(args: argparse.Namespace, app: QApplication, whole_at_once: bool = True):  # type: ignore[no-untyped-def]
    """The kiosk, or the till window: ``whole_at_once=False`` shows its first screen sooner."""
    from pos_app.gui.main_window import TillWindow

    if getattr(args, "kiosk", False):
        return build_kiosk(args, app)
    if args.demo:
        from pos_app.gui.demo import PhonePanel, demo_context
        from pos_app.sim.data import DEMO_SUPERVISOR_PIN

        ctx, sim = demo_context(args.home)
        print(
            f"pos-app demo: simulator on {sim.url} (OTPs at {sim.url}/__sim/otp?mobile=...); "
            f"supervisor PIN {DEMO_SUPERVISOR_PIN}; "
            f"files under {ctx.paths.data_dir.parent}",
            flush=True,
        )
        window = TillWindow(ctx, whole_at_once=whole_at_once)

        def add_phone() -> None:
            # With the rest of the window: the Qt namespace its dock area needs takes ~40 ms to load.
            from PySide6.QtCore import Qt

            phone = PhonePanel(sim, window)
            phone.watch(window.flow)
            phone.call_given.connect(window.otp.call_given)
            phone.call_given.connect(window.status.clear_error)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, phone)

        window.when_built(add_phone)
        window.setWindowTitle(window.windowTitle() + " [DEMO]")
        sim.run_with(app)
        return window
    ctx = AppContext.open(args.home)
    window = TillWindow(ctx, whole_at_once=whole_at_once)
    for settings_problem in ctx.settings.problems:
        from PySide6.QtWidgets import QMessageBox  # rarely needed: not loaded before the window

        QMessageBox.warning(window, QCoreApplication.translate("TillWindow", "Settings"), settings_problem)
    problem = setup_problem(ctx)
    if problem is not None:
        QTimer.singleShot(0, lambda: open_setup(window, problem))
    return window


def open_setup(window: TillWindow, problem: str) -> None:
    if problem:  # e.g. a locked keyring: the set-up alone would not say why it opened
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, QCoreApplication.translate("TillWindow", "Credentials"), problem)
    window.show_settings(first_run=True)


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def setup_problem(ctx: AppContext) -> str | None:
    """None when the till knows where to go and has its credentials; else what stops it
    ("" when it is simply not set up yet)."""
    try:
        ctx.client  # noqa: B018 - building the client checks host and credentials
    except ConfigurationError:
        return ""
    except KeyringProblem as error:
        return str(error)
    return None


def bring_running_forward(data_dir: Path) -> int:
    """Another start holds this home's window: ask it to come forward (a start of its own
    would be a second till on the same queue)."""
    from pos_app.gui.single_instance import ask_running_to_raise, holder_of, server_name

    if ask_running_to_raise(server_name(data_dir)):
        print("pos-app is already running here; its window was brought forward.", flush=True)
        return 0
    holder = holder_of(data_dir)
    problem = QCoreApplication.translate(
        "TillWindow",
        "pos-app is already open on this till (process {0}) but does not answer. "
        "Close that window, or end process {0}, then start pos-app again.",
    ).format(holder if holder is not None else "?")
    print(f"error: {problem}", file=sys.stderr, flush=True)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "pos-app", problem)
    return exits.ERROR


def listen_for_later_starts(data_dir: Path, window: QWidget, app: QApplication) -> None:
    from pos_app.gui.single_instance import SingleInstance, server_name

    SingleInstance(server_name(data_dir), lambda: bring_forward(window), app)  # lives with the app


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = MainThreadCollector(app)  # noqa: F841 - lives with the app
    app.setApplicationName("pos-app")
    app.setWindowIcon(QIcon(str(resource("icons", "pos-app-256.png"))))
    install_language(store_language(args))
    window_lock = None  # held for as long as this runs: the home's one window
    if args.home or os.environ.get(HOME_ENV) or not args.demo:  # a demo in a new temporary home meets no other
        from pos_app.gui.single_instance import hold_window_lock

        data_dir = app_paths(args.home).data_dir
        window_lock = hold_window_lock(data_dir)
        if window_lock is None:
            return bring_running_forward(data_dir)
    try:
        window = build_window(args, app, whole_at_once=False)
    except (KeyringProblem, StorageDamaged, KioskNeedsPin) as error:
        print(f"error: {error}", file=sys.stderr, flush=True)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "pos-app", str(error))
        return 1
    from pos_app.gui.scanner import ScannerFilter

    if window_lock is not None:
        QTimer.singleShot(AFTER_FIRST_FRAME_MS, lambda: listen_for_later_starts(data_dir, window, app))
    scanner = ScannerFilter(app)
    scanner.attach(app)
    scanner.watch(window)
    scanner.scanned.connect(window.scan)
    if args.kiosk:
        app.installEventFilter(window.idle)
        window.showFullScreen()
    else:
        window.showMaximized()  # a till's screen is the till's: nothing else shares it
    if os.environ.get(READY_ENV):  # benchmarks: say when the window takes input, then quit
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return int(app.exec())
