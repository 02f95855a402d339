"""What a void needs, asked in one dialog: the reason first, then the supervisor's PIN.

A missing reason or a mistyped PIN is said inside the dialog, which stays open with what was
typed, so neither the reason nor the PIN has to be entered again from the start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.supervisor import EmptyPin, PinRefused, Supervisor


class VoidDialog(QDialog):
    """Accepted once a reason is typed and the PIN is right; ``reason()`` then says why."""

    def __init__(self, supervisor: Supervisor, action: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("void_dialog")
        self.setWindowTitle(self.tr("Reverse"))
        self.supervisor = supervisor
        self.action = action  # what the PIN allows: "void receipt 9, 50 points"
        self.reason_field = QLineEdit()
        self.reason_field.setObjectName("void_reason")
        self.reason_field.setAccessibleName(self.tr("Reason (printed on the VOID receipt)"))
        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("void_pin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setAccessibleName(self.tr("Supervisor PIN"))
        self.problem = QLabel()
        self.problem.setObjectName("void_problem")
        self.problem.setWordWrap(True)
        # Room kept for two lines: what is said appears without moving or squeezing the fields.
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())
        for line in (self.reason_field, self.pin_field):
            line.setMinimumWidth(280)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reverse"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason_field)
        form.addRow(self.tr("Supervisor PIN:"), self.pin_field)  # the question above names what it allows
        intro = QLabel(question)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason_field.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the reason moves on to the PIN; on the PIN it reverses."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.reason_field:
                self._reason_entered()
            else:
                self.try_accept()
            return
        super().keyPressEvent(event)

    def reason(self) -> str:
        return self.reason_field.text().strip()

    def _reason_entered(self) -> None:
        """Enter on the reason moves on to the PIN (an empty one is said, and waited for)."""
        if not self.reason():
            self._say(self.tr("A reason is needed: it is printed on the VOID receipt. Type it, then the PIN."))
            return
        self.problem.clear()
        self.pin_field.setFocus()

    def try_accept(self) -> None:
        if not self.reason():
            self._say(self.tr("A reason is needed: it is printed on the VOID receipt. Type it, then the PIN."))
            self.reason_field.setFocus()
            return
        try:
            self.supervisor.verify(self.pin_field.text(), self.action)
        except EmptyPin:
            self._say(self.tr("Enter the supervisor PIN to {0}.").format(self.action))
            self.pin_field.setFocus()
            return
        except PinRefused as refused:  # wrong, or locked for a while: the reason stays, the PIN is typed again
            self._say(str(refused))
            self.pin_field.clear()
            self.pin_field.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
