"""What the first lookup needs but the window does not: loaded in the background once it shows.

The API client (with requests) and phonenumbers take ~150 ms to import. Left to the first
lookup, that would be a pause at the first scan; loaded at start, a slower window.

Then everything loaded so far is moved out of the garbage collector's sight (``gc.freeze``):
modules and widgets live as long as the app, and a full collection on the GUI thread would
otherwise walk them all, a pause of tens of milliseconds each time.
"""

from __future__ import annotations

import gc
import importlib
import threading

from PySide6.QtCore import QTimer

MODULES = ("pos_app.core.capillary.client", "phonenumbers")
loaded = threading.Event()


def preload_soon() -> None:
    QTimer.singleShot(0, _start)  # once the event loop runs: after the window shows


def _start() -> None:
    threading.Thread(target=_load, name="pos-app-preload", daemon=True).start()


def _load() -> None:
    for name in MODULES:
        importlib.import_module(name)
    gc.freeze()
    loaded.set()
