"""``--demo``: the simulator in this process, credentials in memory, the customer's phone beside the till."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.config import load_settings
from pos_app.core.credentials import MemoryStore
from pos_app.core.masking import mask_mobile
from pos_app.core.paths import HOME_ENV, app_paths
from pos_app.gui.preload import AFTER_FIRST_FRAME_MS
from pos_app.gui.screens.common import left_to_right
from pos_app.sim.data import DEMO_PASSWORD, DEMO_SUPERVISOR_PIN, DEMO_TILL

if TYPE_CHECKING:
    from pos_app.gui.till_flow import TillFlow
    from pos_app.sim.server import SimServer
    from pos_app.sim.state import LoyaltyState


class DemoServer:
    """The simulator behind ``--demo``.

    Its loopback port is taken at once, so the till can be pointed at it; the simulator itself
    (some tens of milliseconds of imports and demo data) is loaded by ``start_in_background``
    once the window shows. A call made before then waits in the port's backlog. ``first`` runs
    just before, on the same thread: set-up the window does not need to show.
    """

    def __init__(self, first: Callable[[], None] = lambda: None) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self._sim: SimServer | None = None
        self._stopped = False
        self.first = first

    def run_with(self, app: QCoreApplication) -> None:
        """Started once the app's event loop runs (after the window shows), stopped as it quits."""
        app.aboutToQuit.connect(self.stop)
        QTimer.singleShot(AFTER_FIRST_FRAME_MS, self.start_in_background)  # as the window's own loading

    def start_in_background(self) -> None:
        threading.Thread(target=self._start_unless_stopped, name="pos-app-demo-start", daemon=True).start()

    def _start_unless_stopped(self) -> None:
        with self._lock:
            if not self._stopped:  # an app that quit before its first frames: nothing to start
                self._started()

    def start(self) -> SimServer:
        """The running simulator, started now if it is not yet."""
        with self._lock:
            if self._stopped:
                raise RuntimeError("the demo's simulator has stopped")
            return self._started()

    def _started(self) -> SimServer:
        if self._sim is None:  # (the lock is held)
            self.first()
            from pos_app.sim.server import SimServer

            self._sim = SimServer(listener=self.listener).start()
        return self._sim

    @property
    def state(self) -> LoyaltyState:
        return self.start().state

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._sim is not None:
                self._sim.stop()
            else:
                self.listener.close()


def demo_home(home: str | None) -> str:
    """Where the demo keeps its files: ``--home``, else ``$POS_APP_HOME``, else a temporary
    directory removed when the program ends."""
    chosen = home or os.environ.get(HOME_ENV)
    if chosen:
        return chosen
    root = tempfile.mkdtemp(prefix="pos-app-demo-")
    atexit.register(shutil.rmtree, root, True)  # after every file in it is closed
    return root


def demo_context(home: str | None) -> tuple[AppContext, DemoServer]:
    """A till on a fresh simulator; its files under ``demo_home(home)``; receipts printed as PDFs."""
    # The demo's known PIN, so reversals and settings can be shown; hashed (scrypt, ~40 ms) as the
    # simulator starts, not before the window shows.
    sim = DemoServer(first=lambda: ctx.supervisor.set_pin(DEMO_SUPERVISOR_PIN))
    root = demo_home(home)
    paths = app_paths(root).ensure()
    from pos_app.core.logs import setup_logging

    setup_logging(paths.log_file)
    settings = load_settings(paths.settings_file)  # the home's own (its language, kiosk times, ...)
    for key, value in {  # over them, what the demo needs (not saved: the home keeps its own)
        "host": sim.url,
        "till": DEMO_TILL,
        "store_name": "Demo Store 001",
        "offline.policy": "no-otp-under-cap",
        "group_redemption": True,  # the demo org has a family: show the choice
        "missed_call.number": "+91 80 4718 2200",  # the demo org's (made-up) missed-call number
    }.items():
        settings.set(key, value)
    if settings.get("printer.kind") == "none":  # F11 makes something a person can open
        settings.set("printer.kind", "pdf")
        settings.set("printer.device", str(Path(root) / "printed"))
    store = MemoryStore({credentials.till_password(DEMO_TILL): DEMO_PASSWORD})
    ctx = AppContext(paths, settings, store)
    return ctx, sim


NO_MESSAGES = QT_TRANSLATE_NOOP("PhonePanel", "No messages yet.\n\nTry card CARD0001 or mobile 9777788221.")


class PhonePanel(QDockWidget):
    """What the customer's phone would show: the SMS code; a button for the missed call."""

    call_given = Signal()  # the service has the missed call now: as a customer saying "I called"

    def __init__(self, sim: DemoServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_phone")
        self.sim = sim
        self.mobile = ""
        self.code = ""  # the SMS shown, if any
        self.called = False  # a missed call given (and shown)
        body = QWidget()
        self.sms = QLabel()
        self.sms.setObjectName("demo_sms")
        self.sms.setWordWrap(True)
        self.call = QPushButton()
        layout = QVBoxLayout(body)
        layout.addWidget(self.sms)
        layout.addWidget(self.call)
        layout.addStretch(1)
        self.setWidget(body)
        self.setFixedWidth(240)  # its text wraps: the till's screens beside it do not move as messages come
        self.call.clicked.connect(self._missed_call)
        self.flow: TillFlow | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """A kiosk customer chose another language (a translator came or went): the phone follows."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("PhonePanel", "Customer's phone (demo)"))
        self.sms.setAccessibleName(self.tr("Simulated SMS"))
        self.call.setText(self.tr("Give a missed call"))
        self.call.setAccessibleName(self.tr("Give a missed call from the customer's phone"))
        self._show_sms()

    def _show_sms(self) -> None:
        if self.called:
            self.sms.setText(self.tr("Missed call given from {0}.").format(left_to_right(mask_mobile(self.mobile))))
        elif self.code:  # the masked mobile in its own order in Arabic too
            text = self.tr("SMS to {0}:\n\nYour redemption code is {1}")
            self.sms.setText(text.format(left_to_right(mask_mobile(self.mobile)), self.code))
        else:
            self.sms.setText(self.tr(str(NO_MESSAGES)))

    def watch(self, flow: TillFlow) -> None:
        """Show the code each time the till sends one."""
        self.flow = flow
        flow.code_sent.connect(self._code_sent)
        flow.cleared.connect(self.forget)  # the next customer never sees the last one's code

    def forget(self) -> None:
        self.mobile, self.code, self.called = "", "", False
        self._show_sms()

    def _code_sent(self, _message: str) -> None:
        if self.flow is not None:
            self.show_code_for(self.flow.customer_mobile())

    def show_code_for(self, mobile: str) -> None:
        self.mobile = mobile
        code = self.sim.state.current_otp(mobile)
        if code:
            self.code, self.called = code, False
            self._show_sms()

    def _missed_call(self) -> None:
        self.mobile = (self.flow.customer_mobile() if self.flow else "") or self.mobile
        if self.mobile and self.sim.state.missed_call(self.mobile):
            self.called = True
            self._show_sms()
            self.call_given.emit()
