"""What the window needs after its first screen, loaded in the background once it shows.

The rest of the window's own modules (the flow and the other screens), the API client and
phonenumbers, ~150 ms of imports, and the money formatter's locale data (Babel, ~40 ms the
first time an amount is formatted): left to the first customer, that would be a pause when
their balance and its worth arrive; loaded before the window, a slower start.

Then everything loaded so far is moved out of the garbage collector's sight (``gc.freeze``):
modules and widgets live as long as the app, and a full collection on the GUI thread would
otherwise walk them all, a pause of tens of milliseconds each time.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal

WINDOW_MODULES = (
    "pos_app.gui.till_flow",
    "pos_app.gui.replay_worker",
    "pos_app.gui.screens.customer_screen",
    "pos_app.gui.screens.otp_screen",
    "pos_app.gui.screens.done_screen",
)
LATER_MODULES = ("pos_app.core.capillary.client", "phonenumbers")
# Once the window has painted and can take its first keys: started at the loop's first turn,
# the loading thread would take the interpreter from the first paint.
AFTER_FIRST_FRAME_MS = 100


class Preload(QObject):
    # Delivered on the GUI thread once everything is in: the window then builds its rest
    # without this thread competing for the interpreter (which made it several times slower).
    done = Signal()

    def __init__(self, parent: QObject, money: Callable[[], Callable[[Decimal], str]]) -> None:
        super().__init__(parent)
        self.money = money  # the formatter the screens will use; one amount loads its locale data

    def start_soon(self) -> None:
        QTimer.singleShot(AFTER_FIRST_FRAME_MS, self._start)

    def _start(self) -> None:
        threading.Thread(target=self._load, name="pos-app-preload", daemon=True).start()

    def _load(self) -> None:
        for name in WINDOW_MODULES + LATER_MODULES:
            importlib.import_module(name)
        self.money()(Decimal(0))
        gc.freeze()
        self.done.emit()
