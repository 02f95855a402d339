"""The staff side of the kiosk: a PIN on the keypad, then settings, the queue, or leaving kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from pos_app.core.supervisor import PinRefused, Supervisor
from pos_app.gui.kiosk.touch import FitLabel, Keypad, big_label, touch_button


class PinPad(QDialog):
    """Accepted only with the right supervisor PIN; wrong ones count towards the lock-out."""

    def __init__(self, supervisor: Supervisor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_pin")
        self.setWindowTitle(self.tr("Supervisor"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.supervisor = supervisor
        self.field = QLineEdit()
        self.field.setObjectName("kiosk_pin_field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setAccessibleName(self.tr("Supervisor PIN"))
        self.field.setProperty("role", "display")
        self.keypad = Keypad(self.field)
        # Its room is kept from the start (two lines, smaller type when more): a wrong PIN's
        # message neither grows the pad nor moves it off the centre under the supervisor's finger.
        self.message = FitLabel(2, "kiosk_pin_message", "message")
        self.ok = touch_button(self.tr("OK"), name="kiosk_pin_ok")
        self.cancel = touch_button(self.tr("Cancel"), name="kiosk_pin_cancel")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # no close box to aim at
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # one size, whatever is said
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(big_label(self.tr("Supervisor PIN"), role="title"))
        layout.addWidget(self.field)
        layout.addWidget(self.keypad)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.ok.clicked.connect(self.check)
        self.field.returnPressed.connect(self.check)
        self.cancel.clicked.connect(self.reject)

    def check(self) -> None:
        pin = self.field.text()
        self.field.clear()
        try:
            self.supervisor.verify(pin)
        except PinRefused as refused:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(str(refused))
            self.message.update()
            return
        self.accept()


class StaffMenu(QDialog):
    """What a supervisor may do at the kiosk. ``choice`` says which button was touched."""

    SETTINGS, QUEUE, EXIT = "settings", "queue", "exit"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_staff_menu")
        self.setWindowTitle(self.tr("Kiosk"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.choice = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for choice, text in (
            (self.SETTINGS, self.tr("Settings")),
            (self.QUEUE, self.tr("Offline queue")),
            (self.EXIT, self.tr("Leave kiosk mode")),
        ):
            button = touch_button(text, name=f"kiosk_staff_{choice}")
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            layout.addWidget(button)
        back = touch_button(self.tr("Back to the kiosk"), name="kiosk_staff_back")
        back.clicked.connect(self.reject)
        layout.addWidget(back)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class StaffPage(QWidget):
    """A staff screen (the offline queue) shown inside the kiosk, never as a desktop window:
    the kiosk stays full screen and on top, and the way back is one big button."""

    closed = Signal()

    def __init__(self, title: str, content: QDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_staff_page")
        self.content = content
        content.setParent(self)
        content.setWindowFlags(Qt.WindowType.Widget)  # a part of this screen, not a window of its own
        self.back = touch_button(self.tr("Back to the kiosk"), name="kiosk_staff_page_back")
        self.back.setProperty("role", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(big_label(title, "kiosk_staff_page_title", "title"))
        layout.addWidget(content, 1)
        layout.addWidget(self.back)
        self.back.clicked.connect(self.closed.emit)
        content.finished.connect(lambda _result: self.closed.emit())
        content.show()
