"""Whether the loyalty service answers: one object the status bar and the kiosk's footer read.

The flag follows the outcome of the last call, whoever made it (a lookup, a check, a
redemption, the replay): any answer of the service counts as online, even a refusal; a call
that never got an answer (no route, a connection reset, a timeout, a gateway's HTML page)
counts as offline. While offline, a light call every few seconds finds out when the service
is back, so the flag clears without waiting for a customer. A window starts by asking once,
so a till opened with the service down says so from the start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.core.capillary import CapillaryError, ConfigurationError, Identifier, NotSent, OutcomeUnknown
from pos_app.gui.background import Background

log = logging.getLogger("pos_app.gui")
PROBE_EVERY_MS = 5_000
# A card no one holds: the service answers "no such customer", which is all the probe wants.
PROBE_CARD = Identifier("card_number", "POS-APP-PROBE")


def means_offline(error: BaseException) -> bool:
    """True when a call got no answer from the service itself (not a refusal, not a bug here)."""
    return isinstance(error, NotSent | OutcomeUnknown)


class ConnectionState(QObject):
    changed = Signal(object)  # True online, False offline, None not known yet
    recovered = Signal()  # a call succeeded after a failure: errors shown for it are stale

    def __init__(self, probe: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online: bool | None = None
        self._probe_call = probe
        self.background = Background(self)
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_EVERY_MS)
        self.timer.timeout.connect(self.probe)

    def start(self) -> None:
        """Ask once now (the first call decides the flag), and go on asking while offline."""
        self.probe()

    def stop(self) -> None:
        self.timer.stop()

    def probe(self) -> None:
        if self.background.busy:  # one probe at a time; a slow one decides when it answers
            return
        self.background.run(self._probe_call, lambda _answer: self.succeeded(), self.failed)

    def succeeded(self) -> None:
        """A call was answered by the service."""
        self._set(True)

    def failed(self, error: BaseException) -> None:
        """A call failed: offline if the service did not answer, online if it did (it refused)."""
        if means_offline(error):
            self._set(False)
        elif isinstance(error, CapillaryError) and not isinstance(error, ConfigurationError):
            self._set(True)
        else:  # a problem on this till (settings, a bug): says nothing about the network
            log.info("connection unchanged by a failure on this till: %s", type(error).__name__)

    def _set(self, online: bool) -> None:
        was = self.online
        if online:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        if online == was:
            return
        self.online = online
        self.changed.emit(online)
        if online and was is False:
            self.recovered.emit()


def probe_service(client_of: Callable[[], Any]) -> Callable[[], Any]:
    """The light call: look up a card no one holds (any answer means the service is there)."""

    def probe() -> Any:
        try:
            return client_of().get_customer(PROBE_CARD)
        except CapillaryError as error:
            if means_offline(error) or isinstance(error, ConfigurationError):
                raise
            return None  # "no such customer", or a refusal: the service answered

    return probe
