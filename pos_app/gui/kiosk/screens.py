"""The kiosk's screens, in the order a customer meets them.

Each screen shows what it is given and says what was touched; ``reset()`` empties every
field and label that could hold something of a customer. The kiosk window drives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_app.gui.kiosk.receipt_view import ReceiptView
from pos_app.gui.kiosk.touch import FitLabel, Keypad, big_label, touch_button
from pos_app.gui.scanner import ACCEPTS_SCAN, MIN_LENGTH


class KioskScreen(QWidget):
    """A title, a message line, and a row of buttons at the bottom (Start over always there)."""

    start_over = Signal()

    def __init__(self, name: str, title: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.title = FitLabel(1, f"{name}_title", "title")  # one line, smaller if a language needs more
        self.title.setText(title)
        self.default_title = title
        self.message = FitLabel(2, f"{name}_message", "message")  # its room is kept: nothing moves under a finger
        self.message.setAccessibleName(self.tr("Message"))
        self.body = QVBoxLayout()
        self.buttons = QHBoxLayout()
        self.start_over_button = touch_button(self.tr("Start over"), name=f"{name}_start_over")
        self.start_over_button.setProperty("role", "secondary")
        self.start_over_button.clicked.connect(self.start_over.emit)
        self.buttons.addWidget(self.start_over_button)
        layout = QVBoxLayout(self)
        # Fits 1024 x 768 with the footer: every screen's least height stays under the window's.
        layout.setContentsMargins(48, 20, 48, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)

    def error(self, text: str) -> None:
        self.message.setProperty("failed", True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def info(self, text: str) -> None:
        self.message.setStyleSheet("color: #0b5394;")
        self.message.setText(text)

    def reset(self) -> None:
        self.message.clear()


class AttractScreen(QWidget):
    """What the kiosk shows between customers: one big invitation to touch."""

    touched = Signal()
    keyed = Signal(str)  # a card number (or mobile) typed here, then Enter, however slowly
    language_chosen = Signal(str)  # a customer's language, until the next customer

    def __init__(self, store_name: str = "", languages: dict[str, str] | None = None, current: str = "") -> None:
        super().__init__()
        self.setObjectName("attract")
        self.typed = ""
        self.button = QPushButton(
            self.tr("Redeem your loyalty points\n\nTouch here to start\nor scan your loyalty card")
        )
        self.button.setObjectName("attract_button")
        self.button.setProperty("role", "attract")
        self.button.setAccessibleName(self.tr("Start redeeming points"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.store = big_label(store_name, "attract_store", "subtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.store)
        layout.addWidget(self.button, 1)
        self.button.clicked.connect(self.touched.emit)
        self.languages: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for code, native in (languages or {}).items():  # each in its own words: a customer finds theirs
            button = touch_button(native, name=f"attract_language_{code}")
            button.setProperty("role", "primary" if code == current else "secondary")
            button.clicked.connect(lambda _checked=False, code=code: self.language_chosen.emit(code))
            self.languages[code] = button
            row.addWidget(button)
        if self.languages:
            layout.addLayout(row)
        # The screen itself takes the keys: a card scanned here (a fast burst of keys) starts the customer.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def reset(self) -> None:
        self.typed = ""  # nothing of a customer is ever shown here

    def enter(self) -> None:
        self.typed = ""
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A scan the scanner filter did not take as one (a slow wedge, Enter a beat late) is still
        a customer: nobody types on this screen for anything else."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed, self.typed = self.typed.strip(), ""
            if len(typed) >= MIN_LENGTH:
                self.keyed.emit(typed)
        elif event.key() == Qt.Key.Key_Escape:
            self.typed = ""
        elif event.text().isprintable() and len(event.text()) == 1:
            self.typed = (self.typed + event.text())[-40:]
        event.accept()


class PadScreen(KioskScreen):
    """A number typed on the keypad (or scanned), then Continue."""

    submitted = Signal(str)

    def __init__(self, name: str, title: str, max_length: int, hint: str = "") -> None:
        super().__init__(name, title)
        self.hint = big_label(hint, f"{name}_hint", "info")  # fixed text, never about a customer
        self.hint.setVisible(bool(hint))
        self.info_label = FitLabel(2, f"{name}_info", "info")
        self.field = QLineEdit()
        self.field.setObjectName(f"{name}_field")
        self.field.setAccessibleName(title)
        self.field.setMaxLength(max_length)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setProperty("role", "display")
        self.keypad = Keypad(self.field)
        self.extra = QHBoxLayout()
        self.continue_button = touch_button(self.tr("Continue"), name=f"{name}_continue")
        self.continue_button.setProperty("role", "primary")
        # What is typed on the left, the keypad on the right: fits a 1024 x 768 screen.
        self.column = QVBoxLayout()
        self.column.addWidget(self.hint)
        self.column.addWidget(self.info_label)
        self.column.addStretch(1)
        self.column.addWidget(self.field)
        self.column.addLayout(self.extra)  # the field's helper: "All my points", "Send the code again"
        self.column.addStretch(1)
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(32)
        side_by_side.addLayout(self.column, 1)
        side_by_side.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(side_by_side)
        self.buttons.addWidget(self.continue_button)
        self.continue_button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.keypad.pressed.connect(lambda _key: self.message.clear())

    def _submit(self) -> None:
        self.message.clear()
        self.submitted.emit(self.field.text())

    def error(self, text: str) -> None:
        """Said, and what was typed selected: the next digit (keypad or keys) starts it again."""
        super().error(text)
        self.field.selectAll()

    def reset(self) -> None:
        super().reset()
        self.field.clear()
        self.info_label.clear()

    def enter(self) -> None:
        self.field.setFocus()


class VerifyScreen(KioskScreen):
    """What the points are worth, and how the customer proves it is them."""

    by_sms = Signal()
    by_missed_call = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__("kiosk_verify", QCoreApplication.translate("Kiosk", "Confirm it is you"))
        self.summary = big_label("", "kiosk_verify_summary", "figure")
        self.ratio = big_label("", "kiosk_verify_ratio", "info")
        self.sms_button = touch_button(self.tr("Send me a code by SMS"), name="kiosk_by_sms")
        self.call_button = touch_button(self.tr("I will give a missed call"), name="kiosk_by_call")
        for button in (self.sms_button, self.call_button):
            button.setProperty("role", "primary")
            button.setMinimumHeight(96)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.ratio)
        self.body.addStretch(1)
        self.body.addWidget(self.sms_button)
        self.body.addWidget(self.call_button)
        self.body.addStretch(1)
        self.back_button = touch_button(self.tr("Change the points"), name="kiosk_verify_back")
        self.back_button.setProperty("role", "secondary")
        self.buttons.addWidget(self.back_button)
        self.back_button.clicked.connect(self.back.emit)
        self.sms_button.clicked.connect(self.by_sms.emit)
        self.call_button.clicked.connect(self.by_missed_call.emit)

    def show_check(self, points: str, value: str, ratio: str) -> None:
        self.summary.setText(self.tr("{0} points = {1}").format(points, value))
        self.ratio.setText(self.tr("1 point = {0}").format(ratio) if ratio else "")

    def reset(self) -> None:
        super().reset()
        self.summary.clear()
        self.ratio.clear()


class CodeScreen(PadScreen):
    """The code from the SMS, or the missed call; resend after a cooldown."""

    resend = Signal()

    def __init__(self) -> None:
        super().__init__("kiosk_code", QCoreApplication.translate("Kiosk", "Type the code we sent you"), 10)
        self.resend_button = touch_button(self.tr("Send the code again"), name="kiosk_resend")
        self.resend_button.setProperty("role", "secondary")
        self.extra.addWidget(self.resend_button)
        self.continue_button.setText(self.tr("Redeem"))
        self.missed_call = False
        self.call_number = big_label("", "kiosk_missed_call_number", "reference")  # large enough to dial from
        self.call_number.hide()
        self.column.insertWidget(self.column.indexOf(self.info_label) + 1, self.call_number)
        self.resend_button.clicked.connect(self.resend.emit)

    def start(self, missed_call: bool, where: str, number: str = "") -> None:
        """``number``: the org's missed-call number (the ``missed_call.number`` setting), if set."""
        self.missed_call = missed_call
        self.call_number.setText(number if missed_call else "")
        self.call_number.setVisible(missed_call and bool(number))
        self.field.clear()
        self.field.setVisible(not missed_call)
        self.keypad.setVisible(not missed_call)
        self.resend_button.setVisible(not missed_call)
        if missed_call:
            self.title.setText(self.tr("Give a missed call"))
            if number:
                self.info_label.setText(
                    self.tr(
                        "From your registered mobile {0}, call this number; it hangs up by itself. Then touch Redeem."
                    ).format(where)
                )
            else:
                self.info_label.setText(
                    self.tr("Give a missed call from your registered mobile {0}, then touch Redeem.").format(where)
                )
        else:
            self.title.setText(self.tr("Type the code we sent you"))
            self.info_label.setText(self.tr("We sent a code by SMS to {0}.").format(where))

    def show_cooldown(self, seconds: int) -> None:
        self.resend_button.setEnabled(seconds == 0)
        self.resend_button.setText(
            self.tr("Send the code again") if seconds == 0 else self.tr("Send again in {0} s").format(seconds)
        )


class ConfirmationScreen(KioskScreen):
    """Done: what to show the cashier, and the receipt."""

    finish = Signal()

    def __init__(self) -> None:
        super().__init__("kiosk_done", QCoreApplication.translate("Kiosk", "Points redeemed"))
        self.summary = big_label("", "kiosk_done_summary", "figure")
        # Two lines' room, smaller type when a long reference needs it: it never narrows the receipt.
        self.reference = FitLabel(2, "kiosk_done_reference", "reference")
        self.reference.setAccessibleName(self.tr("Redemption reference for the cashier"))
        self.instruction = big_label(self.tr("Show this screen or the receipt to the cashier."), role="info")
        self.preview = ReceiptView()
        self.preview.setAccessibleName(self.tr("Receipt"))
        self.print_status = self.message  # what the printer did: the screen's message line, its room kept
        self.finish_button = touch_button(self.tr("Finish"), name="kiosk_finish")
        self.finish_button.setProperty("role", "primary")
        self.start_over_button.hide()
        # What to show the cashier on one side, the whole slip on the other, as large as the room allows.
        # The message line (what the printer did) joins that side: its row's height goes to the slip.
        told = QVBoxLayout()
        told.addStretch(1)
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(self.message)
        for label in (self.summary, self.reference, self.instruction, self.message):
            told.addWidget(label)
        told.addStretch(1)
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(24)
        side_by_side.addLayout(told, 2)
        side_by_side.addWidget(self.preview, 3)
        self.body.addLayout(side_by_side, 1)
        self.buttons.addWidget(self.finish_button)
        self.finish_button.clicked.connect(self.finish.emit)

    def show_result(self, title: str, summary: str, reference: str, receipt_text: str) -> None:
        self.title.setText(title)
        self.summary.setText(summary)
        self.reference.setText(reference)
        self.preview.setText(receipt_text)
        self.print_status.clear()

    def reset(self) -> None:
        super().reset()
        for label in (self.summary, self.reference, self.preview):
            label.clear()


def bill_screen() -> PadScreen:
    screen = PadScreen("kiosk_bill", QCoreApplication.translate("Kiosk", "Scan your bill or type its number"), 50)
    screen.field.setProperty(ACCEPTS_SCAN, True)  # the bill's barcode lands here, not in a lookup
    return screen


def identify_screen() -> PadScreen:
    return PadScreen(
        "kiosk_identify",
        QCoreApplication.translate("Kiosk", "Your mobile number"),
        40,
        QCoreApplication.translate("Kiosk", "Type it on the keypad, or scan your loyalty card."),
    )


__all__ = [
    "AttractScreen",
    "CodeScreen",
    "ConfirmationScreen",
    "KioskScreen",
    "PadScreen",
    "VerifyScreen",
    "bill_screen",
    "identify_screen",
]
