"""OTP: the code the customer read out (or their missed call), resend with a visible cooldown.

The code field keeps what is typed into it, however fast, but what arrives as fast as a scanner
is not sent as the code: it may be the next customer's card (no one is served next while this
one is confirming). The window says so, and Redeem sends it if it was the code after all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.core.validation import InvalidInput, parse_otp
from pos_app.gui.scanner import KEEPS_SCANNED_TEXT
from pos_app.gui.screens.common import Banner, busy_bar, card, heading, key_button, references_left_to_right


class OtpScreen(QWidget):
    confirm = Signal(str)
    resend = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otp")
        self.customer = heading("", "name")
        self.customer.setObjectName("otp_customer")
        self.customer.setAccessibleName(self.tr("Customer"))
        self.summary = heading("", "worth")
        self.summary.setObjectName("otp_summary")
        self.hint = heading("", "subtitle")
        self.call_number = heading("", "big-number")  # the org's missed-call number, large enough to dial from
        self.call_number.setObjectName("otp_missed_call_number")
        self.missed_call_number: Callable[[], str] = lambda: ""
        self.code = QLineEdit()
        self.code.setObjectName("otp_field")
        self.code.setProperty("role", "code")
        self.code.setAccessibleName(self.tr("Code the customer received"))
        self.code.setMaxLength(10)
        self.code.setProperty(KEEPS_SCANNED_TEXT, True)  # a card scanned here is not sent as the code
        self.redeem_button = key_button(self.tr("Redeem"), "F9", primary=True)
        self.resend_button = key_button(self.tr("Resend code"), "F7")
        self.cooldown = QLabel()
        self.cooldown.setObjectName("resend_cooldown")
        self.cooldown.setProperty("role", "hint")
        self.message = Banner()
        self.busy = busy_bar()
        self.seconds_left: Callable[[], int] = lambda: 0
        self.missed_call = False
        sale = card()
        about = QVBoxLayout(sale)
        about.addWidget(self.customer)
        about.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.redeem_button)
        again = QHBoxLayout()
        again.addWidget(self.resend_button)
        again.addWidget(self.cooldown, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(sale)
        layout.addWidget(self.hint)
        layout.addWidget(self.call_number)
        layout.addLayout(row)
        layout.addLayout(again)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self.code.returnPressed.connect(self._submit)
        self.redeem_button.clicked.connect(self._submit)
        self.resend_button.clicked.connect(self.resend.emit)

    def start(self, customer: str, summary: str, missed_call: bool) -> None:
        self.missed_call = missed_call
        self.customer.setText(customer)
        self.summary.setText(references_left_to_right(summary))
        self.code.clear()
        self.code.setVisible(not missed_call)
        self.resend_button.setVisible(not missed_call)
        self.cooldown.setVisible(not missed_call)
        number = self.missed_call_number() if missed_call else ""
        self.call_number.setText(references_left_to_right(number))
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
        self.set_busy("")
        self.timer.start()
        self._tick()
        (self.redeem_button if missed_call else self.code).setFocus()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        left = self.seconds_left()
        self.resend_button.setEnabled(left == 0 and not self.busy.isVisible())
        self.cooldown.setText(self.tr("You can resend in {0} s").format(left) if left else "")

    def set_busy(self, text: str) -> None:
        """The redemption is on its way (``text``) or not (""): said on the screen, no second submit.
        The screen keeps the focus meanwhile: a disabled control would hand it to another window part."""
        was_busy = self.busy.isVisible()
        self.busy.setVisible(bool(text))
        if text and self.isVisible():
            from PySide6.QtCore import Qt

            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setFocus()
        self.redeem_button.setEnabled(not text)
        self.code.setReadOnly(bool(text))
        if was_busy and not text:
            if self.isVisible() and self.hasFocus():
                (self.redeem_button if self.missed_call else self.code).setFocus()
            from PySide6.QtCore import Qt

            # Not again: a click beside a control (Details) would hand the screen the code field's keys
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._tick()
        if text:
            self.message.busy(text)
        elif self.message.kind() == "busy":
            self.message.clear_message()

    def call_given(self) -> None:
        """The customer gave the missed call: an earlier "no missed call received" is out of date."""
        if self.missed_call and self.message.kind() == "error":
            self.message.info(self.tr("The missed call was given: press Redeem [F9]."))

    def scan_held(self, text: str) -> None:
        """Something arrived as fast as a scanner while this redemption is confirmed: not sent."""
        if self.busy.isVisible():  # the redemption's answer is awaited: nothing can be cancelled now
            self.message.warning(
                self.tr("The redemption's answer is awaited: scan the next customer's card once it is in.")
            )
            return
        typed = self.code.text()
        if not self.missed_call and typed and (typed.endswith(text) or text.endswith(typed)):
            self.message.warning(
                self.tr(
                    "That came in as fast as a card scan, so it was not sent as the code. If it is the "
                    "customer's code, press Redeem [F9]; if it was the next customer's card, finish this "
                    "redemption (or press Esc) first."
                )
            )
            self.code.setFocus()
            self.code.selectAll()  # the code typed next replaces it
            return
        self.message.warning(
            self.tr("A redemption is being confirmed: finish it, or press Esc, before the next customer's card.")
        )

    def wrong_code(self, text: str, request_id: str = "") -> None:
        """The code was refused: said, and the code selected so the next one replaces it."""
        self.message.error(text, request_id)
        self.code.setFocus()
        self.code.selectAll()

    def _submit(self) -> None:
        if self.busy.isVisible():  # the redemption is already on its way
            return
        if self.missed_call:
            self.confirm.emit("")
            return
        try:
            code = parse_otp(self.code.text())
        except InvalidInput as error:
            self.wrong_code(str(error))
            return
        self.confirm.emit(code)
