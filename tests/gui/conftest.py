"""A till context on the real simulator, shared by the window and kiosk tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.config import Settings
from pos_app.core.credentials import MemoryStore
from pos_app.core.paths import app_paths
from pos_app.gui.main_window import TillWindow
from tests.conftest import SimAdmin


@pytest.fixture(autouse=True)
def _english_as_the_app_starts(qapp) -> None:  # type: ignore[no-untyped-def]
    """The app installs its language before any window (English here: its plural forms too)."""
    from pos_app.gui.translations import install_language

    install_language("en")


MODAL_GRACE_S = 15.0  # longer than any test needs a modal it answers itself


@pytest.fixture(autouse=True)
def _no_modal_left_unanswered(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A modal dialog a test does not answer (a PIN prompt, a warning) would hang the whole suite:
    its own event loop runs where pytest-timeout cannot reach. One left open past the grace is
    closed and the test fails, naming it."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    opened: dict[int, float] = {}
    left: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        since = opened.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since > MODAL_GRACE_S:
            left.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    watch = QTimer()
    watch.setInterval(500)
    watch.timeout.connect(look)
    watch.start()
    yield
    watch.stop()
    if left:
        pytest.fail(f"a modal dialog was left unanswered (closed after {MODAL_GRACE_S:g} s): {', '.join(left)}")


@pytest.fixture
def ctx(sim: SimAdmin, app_home) -> AppContext:
    paths = app_paths(app_home).ensure()
    settings = Settings(path=paths.settings_file)
    settings.set("host", sim.url)
    settings.set("till", "demo.till")
    settings.set("offline.policy", "no-otp-under-cap")
    store = MemoryStore({credentials.till_password("demo.till"): "demo"})
    return AppContext(paths, settings, store)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[TillWindow]:
    win = TillWindow(ctx)
    win.force_close = True  # pytest-qt closes it at teardown; the close prompt has its own test
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)  # shortcuts (F-keys, Esc) reach only the active window
    qtbot.waitUntil(lambda: win.flow.connection.online is not None, timeout=10_000)  # its first probe answered
    yield win
