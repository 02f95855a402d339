"""The settings form's parts: each field's setting, the fields a machine-wide file locks, the
printer's one address field, and a form that fits the till's screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from pos_app.core.config import SCHEMA, Settings

if TYPE_CHECKING:
    from pos_app.gui.settings_dialog import SettingsDialog


def checked_value(key: str, value: object) -> object:
    """A field's value as its setting takes it; a refusal names the setting."""
    try:
        return SCHEMA[key].check(value)
    except ValueError as error:
        raise ValueError(f"{key} {error}") from None


def scrolling(form: QFormLayout) -> QScrollArea:
    inner = QWidget()
    inner.setLayout(form)
    area = QScrollArea()
    area.setObjectName("settings_form_area")
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def fit_to_screen(dialog: QDialog, area: QScrollArea, room: QRect | None = None) -> None:
    """The whole form where the screen (or ``room``) has room; else it scrolls, and the buttons
    and the message under it stay on the screen (a 768-line till in the large type has no room
    for every field)."""
    dialog.ensurePolished()  # the style's type sizes count
    inner = area.widget()
    if inner is None:
        return
    screen = room or dialog.screen().availableGeometry()
    around = dialog.sizeHint().height() - area.sizeHint().height()
    free = screen.height() - around - 48  # the window's title bar and frame
    area.setMinimumHeight(max(120, min(inner.sizeHint().height(), free)))
    area.setMinimumWidth(inner.sizeHint().width() + area.verticalScrollBar().sizeHint().width())


class WheelLeavesChoices(QObject):
    """A drop-down the pointer only passes over while the form is scrolled keeps its value (the
    wheel turned Language to Arabic unseen); one that has the keys still takes the wheel."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox) and not watched.hasFocus()

    def guard(self, form: QWidget) -> None:
        for combo in form.findChildren(QComboBox):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not the wheel's focus either
            combo.installEventFilter(self)


def choices(options: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    """A drop-down of settings values shown in words (``currentData()`` is the value saved)."""
    combo = QComboBox()
    for value, label in options:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


PRINTER_KINDS = ("none", "network", "usb", "serial", "file", "cups", "system", "pdf")
PRINTER_ADDRESS_KEYS = (
    "printer.host",
    "printer.port",
    "printer.usb_vendor",
    "printer.usb_product",
    "printer.device",
    "printer.cups_name",
    "printer.system_name",
)
# The settings each field of the form edits (by the field's object name).
FIELD_SETTINGS: dict[str, tuple[str, ...]] = {
    "cluster": ("cluster",),
    "host": ("host",),
    "till": ("till",),
    "program_id": ("program_id",),
    "country": ("country",),
    "store_name": ("store_name",),
    "language": ("language",),
    "currency": ("currency",),
    "policy": ("offline.policy",),
    "printer_kind": ("printer.kind",),
    "printer_address": PRINTER_ADDRESS_KEYS,
    "printer_columns": ("printer.columns",),
    "auto_print": ("receipt.auto_print",),
    "missed_call_number": ("missed_call.number",),
}


def show_locked(dialog: SettingsDialog, form: QFormLayout) -> QLabel | None:
    """Fields whose settings the machine-wide file locks are shown read-only, marked as such;
    the note under the form names the file. None when nothing on the form is locked."""
    settings = dialog.ctx.settings
    where = str(settings.machine_wide_path)
    locked_fields = [name for name, keys in FIELD_SETTINGS.items() if any(key in settings.locked for key in keys)]
    for name in locked_fields:
        widget = dialog.findChild(QWidget, name)
        if widget is None:
            continue
        widget.setEnabled(False)  # greyed, as a read-only text field would not be
        widget.setProperty("locked", True)
        widget.setToolTip(
            QCoreApplication.translate("SettingsDialog", "Set for every till on this machine in {0}").format(where)
        )
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            label.setText(QCoreApplication.translate("SettingsDialog", "{0} (machine-wide)").format(label.text()))
    if not locked_fields:
        return None
    note = QLabel(
        QCoreApplication.translate(
            "SettingsDialog",
            "Fields marked (machine-wide) are set for every till on this machine in {0}; change them there.",
        ).format(where)
    )
    note.setObjectName("settings_locked_note")
    note.setWordWrap(True)
    return note


def printer_address(settings: Settings) -> str:
    """The one address field of the settings screen, as the printer kind reads it."""
    kind = settings.get("printer.kind")
    if kind == "network":
        port = int(settings.get("printer.port"))
        return str(settings.get("printer.host")) + ("" if port == 9100 else f":{port}")
    if kind == "usb":
        return f"{settings.get('printer.usb_vendor')}:{settings.get('printer.usb_product')}"
    key = {
        "file": "printer.device",
        "serial": "printer.device",
        "pdf": "printer.device",
        "cups": "printer.cups_name",
    }.get(kind)
    return str(settings.get(key or "printer.system_name")) if kind != "none" else ""


def printer_fields(kind: str, address: str) -> dict[str, str]:
    """Settings for ``kind`` from the address typed; ``ValueError`` says what is expected."""
    address = address.strip()
    if kind == "network":
        host, _, port = address.partition(":")
        if not host:
            raise ValueError("A network printer needs its address, e.g. 192.168.1.50 or 192.168.1.50:9100.")
        return {"printer.host": host, "printer.port": port or "9100"}
    if kind == "usb":
        vendor, _, product = address.partition(":")
        if not (vendor and product):
            raise ValueError("A USB printer is given as vendor:product in hex, e.g. 04b8:0202.")
        return {"printer.usb_vendor": vendor, "printer.usb_product": product}
    if kind in ("file", "serial"):
        if not address:
            raise ValueError("Give the device or file, e.g. /dev/usb/lp0 or COM3.")
        return {"printer.device": address}
    if kind == "pdf":
        if not address:
            raise ValueError("Give the folder the PDF receipts go to, e.g. /srv/receipts.")
        return {"printer.device": address}
    if kind == "cups":
        return {"printer.cups_name": address}
    if kind == "system":
        return {"printer.system_name": address}
    return {}
