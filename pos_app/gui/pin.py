"""Asking for the supervisor PIN before a guarded action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.supervisor import SET_PIN_COMMAND, EmptyPin, PinRefused


def supervisor_allows(parent: QWidget, ctx: AppContext, action: str) -> bool:
    """True when the right PIN is typed; a refusal says why (and how long to wait).

    ``action`` names what the PIN guards ("void receipt 9, 50 points"), so the supervisor knows
    what they allow. Nothing typed is asked again, not counted as a wrong PIN. With no PIN set
    on this till the action is refused, saying how a supervisor sets one.
    """
    supervisor = ctx.supervisor
    if not supervisor.is_set():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Supervisor", "Supervisor"),
            QCoreApplication.translate(
                "Supervisor",
                "A supervisor PIN is needed to {0}, and none is set on this till. "
                "A supervisor sets one with the command: {1}",
            ).format(action, SET_PIN_COMMAND),
        )
        return False
    title = QCoreApplication.translate("Supervisor", "Supervisor")
    ask = QCoreApplication.translate("Supervisor", "Supervisor PIN to {0}:").format(action)
    while True:
        pin, ok = QInputDialog.getText(parent, title, ask, QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            supervisor.verify(pin, action)
        except EmptyPin:
            ask = QCoreApplication.translate(
                "Supervisor", "Nothing was typed. Enter the supervisor PIN to {0}:"
            ).format(action)
            continue
        except PinRefused as refused:
            QMessageBox.warning(parent, title, str(refused))
            return False
        return True
