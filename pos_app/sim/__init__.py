"""A Capillary-compatible server for demo, training and tests (no Qt)."""

from pos_app.sim.server import SimServer, start_simulator

__all__ = ["SimServer", "start_simulator"]
