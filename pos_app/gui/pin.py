"""Asking for the supervisor PIN before a guarded action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.supervisor import PinRefused


def supervisor_allows(parent: QWidget, ctx: AppContext, action: str) -> bool:
    """True when no PIN is set, or the right one is typed; a refusal says why (and how long to wait)."""
    supervisor = ctx.supervisor
    if not supervisor.is_set():
        return True
    title = QCoreApplication.translate("Supervisor", "Supervisor")
    ask = QCoreApplication.translate("Supervisor", "Supervisor PIN to {0}:").format(action)
    pin, ok = QInputDialog.getText(parent, title, ask, QLineEdit.EchoMode.Password)
    if not ok:
        return False
    try:
        supervisor.verify(pin)
    except PinRefused as refused:
        QMessageBox.warning(parent, title, str(refused))
        return False
    return True
