"""A till context on the real simulator, shared by the window and kiosk tests."""

from __future__ import annotations

import pytest

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.config import Settings
from pos_app.core.credentials import MemoryStore
from pos_app.core.paths import app_paths
from tests.conftest import SimAdmin


@pytest.fixture
def ctx(sim: SimAdmin, app_home) -> AppContext:
    paths = app_paths(app_home).ensure()
    settings = Settings(path=paths.settings_file)
    settings.set("host", sim.url)
    settings.set("till", "demo.till")
    settings.set("offline.policy", "no-otp-under-cap")
    store = MemoryStore({credentials.till_password("demo.till"): "demo"})
    return AppContext(paths, settings, store)
