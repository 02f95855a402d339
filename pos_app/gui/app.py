"""Starting the window: the Qt application, the demo or the configured till."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app import __version__
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import ConfigurationError
from pos_app.core.credentials import NoSecureKeyring
from pos_app.core.outbox import StorageDamaged
from pos_app.gui.gc_guard import MainThreadCollector
from pos_app.gui.translations import TsTranslator, translation_file

# The top-level resources/ folder of the source tree (an editable install runs from it).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
READY_ENV = "POS_APP_EXIT_WHEN_READY"


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """The app's own strings and Qt's, in the system's language where one is shipped."""
    locale = locale or QLocale()
    kept: list[QTranslator] = []
    ours = translation_file(RESOURCES / "translations", locale)
    if ours is not None:
        kept.append(TsTranslator(ours, app))
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        kept.append(qt)
    for translator in kept:
        app.installTranslator(translator)
    return kept


def build_window(args: argparse.Namespace, app: QApplication):  # type: ignore[no-untyped-def]
    from pos_app.gui.main_window import TillWindow

    if args.demo:
        from pos_app.gui.demo import PhonePanel, demo_context

        ctx, sim = demo_context(args.home)
        print(
            f"pos-app demo: simulator on {sim.url} (OTPs at {sim.url}/__sim/otp?mobile=...); "
            f"files under {ctx.paths.data_dir.parent}",
            flush=True,
        )
        window = TillWindow(ctx)
        phone = PhonePanel(sim, window.flow, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, phone)
        window.setWindowTitle(window.windowTitle() + " [DEMO]")
        app.aboutToQuit.connect(sim.stop)
        return window
    ctx = AppContext.open(args.home)
    window = TillWindow(ctx)
    for problem in ctx.settings.problems:
        QMessageBox.warning(window, window.tr("Settings"), problem)
    if not needs_no_setup(ctx):
        QTimer.singleShot(0, lambda: window.show_settings(first_run=True))
    return window


def needs_no_setup(ctx: AppContext) -> bool:
    """True when the till knows where to go and has its credentials."""
    try:
        ctx.client  # noqa: B018 - building the client checks host and credentials
    except (ConfigurationError, NoSecureKeyring):
        return False
    return True


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = MainThreadCollector(app)  # noqa: F841 - lives with the app
    app.setApplicationName("pos-app")
    app.setApplicationVersion(__version__)
    install_translations(app)
    try:
        window = build_window(args, app)
    except (NoSecureKeyring, StorageDamaged) as error:
        QMessageBox.critical(None, "pos-app", str(error))
        return 1
    from pos_app.gui.scanner import ScannerFilter

    scanner = ScannerFilter(app)
    app.installEventFilter(scanner)
    scanner.scanned.connect(window.scan)
    window.show()
    if os.environ.get(READY_ENV):  # benchmarks: say when the window takes input, then quit
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return int(app.exec())
