"""OTP: the code the customer read out (or their missed call), resend with a visible cooldown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.core.validation import InvalidInput, parse_otp
from pos_app.gui.screens.common import MessageLine, heading, key_button


class OtpScreen(QWidget):
    confirm = Signal(str)
    resend = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otp")
        self.summary = heading("", 1.4)
        self.summary.setObjectName("otp_summary")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.call_number = heading("", 2.0)  # the org's missed-call number, large enough to dial from
        self.call_number.setObjectName("otp_missed_call_number")
        self.missed_call_number: Callable[[], str] = lambda: ""
        self.code = QLineEdit()
        self.code.setObjectName("otp_field")
        self.code.setAccessibleName(self.tr("Code the customer received"))
        self.code.setMaxLength(10)
        self.code.setMinimumHeight(40)
        self.redeem_button = key_button(self.tr("Redeem"), "F9")
        self.resend_button = key_button(self.tr("Resend code"), "F7")
        self.cooldown = QLabel()
        self.cooldown.setObjectName("resend_cooldown")
        self.message = MessageLine()
        self.seconds_left: Callable[[], int] = lambda: 0
        self.missed_call = False
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.redeem_button)
        again = QHBoxLayout()
        again.addWidget(self.resend_button)
        again.addWidget(self.cooldown, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.call_number)
        layout.addLayout(row)
        layout.addLayout(again)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self.code.returnPressed.connect(self._submit)
        self.redeem_button.clicked.connect(self._submit)
        self.resend_button.clicked.connect(self.resend.emit)

    def start(self, summary: str, missed_call: bool) -> None:
        self.missed_call = missed_call
        self.summary.setText(summary)
        self.code.clear()
        self.code.setVisible(not missed_call)
        self.resend_button.setVisible(not missed_call)
        self.cooldown.setVisible(not missed_call)
        number = self.missed_call_number() if missed_call else ""
        self.call_number.setText(number)
        self.call_number.setVisible(bool(number))
        if number:
            self.hint.setText(
                self.tr("Ask the customer for a missed call to this number from their registered mobile, then Redeem.")
            )
        else:
            self.hint.setText(
                self.tr("Ask the customer to give a missed call from their registered mobile, then press Redeem.")
                if missed_call
                else self.tr("Ask the customer for the code sent to their mobile.")
            )
        self.message.clear_message()
        self.timer.start()
        self._tick()
        (self.redeem_button if missed_call else self.code).setFocus()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        left = self.seconds_left()
        self.resend_button.setEnabled(left == 0)
        self.cooldown.setText(self.tr("You can resend in {0} s").format(left) if left else "")

    def _submit(self) -> None:
        if self.missed_call:
            self.confirm.emit("")
            return
        try:
            code = parse_otp(self.code.text())
        except InvalidInput as error:
            self.message.error(str(error))
            return
        self.confirm.emit(code)
