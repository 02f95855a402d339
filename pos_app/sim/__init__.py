"""A Capillary-compatible server for demo, training and tests (no Qt).

``SimServer`` loads on first use: ``pos-app --demo`` reads the demo till's name from
``pos_app.sim.data`` before the window shows and starts the server after.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pos_app.sim.server import SimServer, start_simulator

__all__ = ["SimServer", "start_simulator"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pos_app.sim import server

    return getattr(server, name)
