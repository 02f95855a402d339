"""Settings for a supervisor, and the first-run set-up: where the service is, the till's
credentials (into the keyring), the program, the store, the offline policy; Test connection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.approval_setup import APPROVAL_POLICY, approval_refusal
from pos_app.core.capillary import CapillaryError, ConfigurationError, Identifier, Rejected
from pos_app.core.capillary.hosts import CLUSTERS, base_url
from pos_app.core.config import SCHEMA
from pos_app.core.credentials import KeyringProblem
from pos_app.core.supervisor import PinRefused
from pos_app.gui.background import Background
from pos_app.gui.settings_form import (
    PRINTER_KINDS,
    WheelLeavesChoices,
    checked_value,
    choices,
    fit_to_screen,
    printer_address,
    printer_fields,
    scrolling,
    show_locked,
)
from pos_app.gui.translations import NATIVE_NAMES

# A number no customer has: the answer proves the host answers and the credentials work.
PROBE = Identifier("mobile", "910000000000")


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Set up this till") if first_run else self.tr("Settings"))
        self.ctx = ctx
        self.background = Background(self)
        settings = ctx.settings
        self.cluster = QComboBox()
        self.cluster.addItems(["", *sorted(CLUSTERS)])
        self.cluster.setCurrentText(str(settings.get("cluster")))
        self.host = QLineEdit(str(settings.get("host")))
        self.till = QLineEdit(str(settings.get("till")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged") if settings.get("till") else "")
        self.program = QLineEdit(str(settings.get("program_id")))
        self.country = QLineEdit(str(settings.get("country")))
        self.store = QLineEdit(str(settings.get("store_name")))
        self.language = choices(
            (("", self.tr("The computer's language")), *NATIVE_NAMES.items()), str(settings.get("language"))
        )
        self.currency = QLineEdit(str(settings.get("currency")))
        self.currency.setPlaceholderText(self.tr("ISO 4217 code, e.g. INR, AED, EUR"))
        self.key_limit = QLineEdit(str(settings.get("api.requests_per_minute")))
        self.key_limit.setToolTip(SCHEMA["api.requests_per_minute"].help)
        self.replay_share = QLineEdit(f"{float(settings.get('offline.replay_share')):g}")
        self.replay_share.setToolTip(SCHEMA["offline.replay_share"].help)
        self.policy = choices(
            (
                ("refuse", self.tr("Refuse: no redemption while offline")),
                ("no-otp-under-cap", self.tr("Queue without a code, up to the offline cap")),
                (APPROVAL_POLICY, self.tr("Queue for a supervisor's approval")),
            ),
            str(settings.get("offline.policy")),
        )
        printer_kinds = {
            "none": self.tr("No printer"),
            "network": self.tr("Network (ESC/POS)"),
            "usb": self.tr("USB (ESC/POS)"),
            "serial": self.tr("Serial port or device"),
            "file": self.tr("File"),
            "cups": self.tr("CUPS queue"),
            "system": self.tr("System printer"),
            "pdf": self.tr("PDF files in a folder"),
        }
        self.printer_kind = choices(
            tuple((kind, printer_kinds[kind]) for kind in PRINTER_KINDS), str(settings.get("printer.kind"))
        )
        self.printer_address = QComboBox()
        self.printer_address.setEditable(True)  # system printers are offered; any address can be typed
        self.printer_address.addItems(QPrinterInfo.availablePrinterNames())
        self.printer_address.setCurrentText(printer_address(settings))
        self.columns = QComboBox()
        self.columns.addItems(["32", "42", "48"])
        self.columns.setCurrentText(str(settings.get("printer.columns")))
        self.missed_call_number = QLineEdit(str(settings.get("missed_call.number")))
        self.missed_call_number.setPlaceholderText(self.tr("the number customers call, e.g. +91 80 4718 2200"))
        self.auto_print = QCheckBox(self.tr("Print every receipt at once"))
        self.auto_print.setChecked(bool(settings.get("receipt.auto_print")))
        self.feedback = QLabel()
        self.feedback.setObjectName("settings_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(3 * self.feedback.fontMetrics().lineSpacing())  # room for what it says
        self.test_button = QPushButton(self.tr("Test connection"))
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("Cluster"), self.cluster, "cluster"),
            (self.tr("or host"), self.host, "host"),
            (self.tr("Till code"), self.till, "till"),
            (self.tr("Till password"), self.password, "password"),
            (self.tr("Program id"), self.program, "program_id"),
            (self.tr("Country"), self.country, "country"),
            (self.tr("Store name"), self.store, "store_name"),
            (self.tr("Language"), self.language, "language"),
            (self.tr("Currency"), self.currency, "currency"),
            (self.tr("Calls a minute (API key)"), self.key_limit, "requests_per_minute"),
            (self.tr("Replay's share of them"), self.replay_share, "replay_share"),
            (self.tr("Offline"), self.policy, "policy"),
            (self.tr("Missed-call number"), self.missed_call_number, "missed_call_number"),
            (self.tr("Printer"), self.printer_kind, "printer_kind"),
            (self.tr("Printer address"), self.printer_address, "printer_address"),
            (self.tr("Columns"), self.columns, "printer_columns"),
            (self.tr("Receipts"), self.auto_print, "auto_print"),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.pin: QLineEdit | None = None
        self.pin_again: QLineEdit | None = None
        self.language_changed = False  # the window's words change at its next start
        asks_pin = first_run and not self._pin_exists()
        if asks_pin:
            self.pin, self.pin_again = self._add_pin_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for standard in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            buttons.button(standard).setIcon(QIcon())  # words only, as every button of the till
        buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")  # in colour (till.qss)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "This till is not set up yet. Enter the loyalty service and the "
                    "till's credentials, choose the supervisor PIN, then Test connection and Save."
                )
                if asks_pin
                else self.tr(
                    "This till is not set up yet. Enter the loyalty service and the "
                    "till's credentials, then Test connection and Save."
                )
            )
            intro.setObjectName("settings_intro")
            intro.setWordWrap(True)  # in the large type it would widen the dialog past the screen
            layout.addWidget(intro)
        form_area = scrolling(form)
        layout.addWidget(form_area)
        locked_note = show_locked(self, form)
        if locked_note is not None:
            layout.addWidget(locked_note)
        self.bundle_button = support_bundle_button(self)
        actions = QHBoxLayout()  # side by side: the form is tall enough
        actions.addWidget(self.test_button)
        actions.addWidget(self.bundle_button)
        layout.addLayout(actions)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        fit_to_screen(self, form_area)
        self.wheel_guard = WheelLeavesChoices(self)
        self.wheel_guard.guard(self)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def _pin_exists(self) -> bool:
        try:
            return self.ctx.supervisor.is_set()
        except KeyringProblem:
            return False  # saving will say what is wrong with the keyring

    def _add_pin_rows(self, form: QFormLayout) -> tuple[QLineEdit, QLineEdit]:
        """The set-up asks for the supervisor PIN twice: reversals and settings need one from day one."""
        note = QLabel(
            self.tr("A supervisor PIN (4 to 12 digits) guards reversals, cancelling queued items and settings.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        fields = []
        for label, name in (
            (self.tr("Supervisor PIN"), "supervisor_pin"),
            (self.tr("PIN again"), "supervisor_pin_again"),
        ):
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setObjectName(name)
            field.setAccessibleName(label)
            form.addRow(label, field)
            fields.append(field)
        return fields[0], fields[1]

    def _pin_problem(self) -> str | None:
        if self.pin is None or self.pin_again is None:
            return None
        first, again = self.pin.text(), self.pin_again.text()
        if not first:
            return self.tr(
                "Choose a supervisor PIN (4 to 12 digits) and type it twice: the till cannot be set up without one."
            )
        if first != again:
            return self.tr("The two supervisor PINs differ. Type the same PIN in both fields.")
        return None

    def _password(self) -> str:
        typed = self.password.text()
        if typed:
            return typed
        till = self.till.text().strip()
        try:
            return (self.ctx.secrets.get(credentials.till_password(till)) or "") if till else ""
        except KeyringProblem:
            return ""

    def test_connection(self) -> None:
        try:
            url = base_url(self.cluster.currentText(), self.host.text().strip())
        except ConfigurationError as error:
            self.feedback.setText(str(error))
            return
        till, password = self.till.text().strip(), self._password()
        if not till or not password:
            self.feedback.setText(self.tr("Enter the till code and its password."))
            return
        self.feedback.setText(self.tr("Testing..."))

        def probe() -> str:
            from pos_app.core.capillary import CapillaryClient

            client = CapillaryClient.with_basic_auth(url, till, password)
            try:
                client.get_customer(PROBE)
            except Rejected:
                pass  # "not found" is the expected answer: the service answered and let us in
            finally:
                client.close()
            return url

        self.background.run(
            probe, lambda where: self.feedback.setText(self.tr("Connected to {0}.").format(where)), self._test_failed
        )

    def _test_failed(self, error: Exception) -> None:
        text = error.cashier_message if isinstance(error, CapillaryError) else str(error)
        self.feedback.setText(self.tr("Test failed: {0}").format(text))

    def save(self) -> None:
        settings = self.ctx.settings
        pin_problem = self._pin_problem()
        if pin_problem:
            self.feedback.setText(pin_problem)
            return
        if self.policy.currentData() == APPROVAL_POLICY and settings.get("offline.policy") != APPROVAL_POLICY:
            refusal = approval_refusal(settings, self.ctx.secrets, short=True)
            if refusal:  # every queued item would end refused after the customer left
                self.feedback.setText(refusal)
                return
        language_before = settings.get("language")
        values = {
            "cluster": self.cluster.currentText(),
            "host": self.host.text().strip(),
            "till": self.till.text().strip(),
            "program_id": self.program.text().strip(),
            "country": self.country.text().strip() or "IN",
            "store_name": self.store.text().strip(),
            "language": self.language.currentData(),
            "currency": self.currency.text().strip() or "INR",
            "offline.policy": self.policy.currentData(),
            "missed_call.number": self.missed_call_number.text().strip(),
            "api.requests_per_minute": self.key_limit.text().strip(),
            "offline.replay_share": self.replay_share.text().strip(),
            "auth": "basic",
            "printer.kind": self.printer_kind.currentData(),
            "printer.columns": self.columns.currentText(),
            "receipt.auto_print": self.auto_print.isChecked(),
        }
        try:
            values.update(printer_fields(self.printer_kind.currentData(), self.printer_address.currentText()))
        except ValueError as error:
            self.feedback.setText(str(error))
            return
        values = {key: value for key, value in values.items() if key not in settings.locked}  # shown read-only
        try:
            checked = {key: checked_value(key, value) for key, value in values.items()}  # all before any is changed
            if self.pin is not None and self.pin_again is not None:
                self.ctx.supervisor.set_pin(self.pin.text())
                for field in (self.pin, self.pin_again):  # stored: a second Save must not set it again
                    field.setEnabled(False)
                self.pin = self.pin_again = None
            for key, value in checked.items():
                if value != settings.get(key):  # an unchanged field keeps its source: machine-wide stays so
                    settings.set(key, value)
            if self.password.text():
                self.ctx.secrets.set(credentials.till_password(self.till.text().strip()), self.password.text())
        except (KeyError, ValueError, ConfigurationError, KeyringProblem, PinRefused) as error:
            self.feedback.setText(str(error.args[0] if error.args else error))
            return
        if settings.path is not None:
            settings.save()
        self.ctx.reset_client()
        self.password.clear()
        self.language_changed = self.language.currentData() != language_before
        self.accept()


def support_bundle_button(dialog: SettingsDialog) -> QPushButton:
    """Writes a support bundle (as ``pos-app support bundle``) in the background; says where."""
    button = QPushButton(QCoreApplication.translate("SettingsDialog", "Support bundle"))
    button.setObjectName("support_bundle")
    button.setToolTip(
        QCoreApplication.translate(
            "SettingsDialog", "Logs, queue, journal, self-test, versions and settings in one zip, nothing secret"
        )
    )

    def gather() -> object:
        from PySide6.QtCore import qVersion

        from pos_app.cli.self_test import self_test_report
        from pos_app.core.support_bundle import default_bundle_path, home_of, write_bundle

        ctx = dialog.ctx
        return write_bundle(ctx, default_bundle_path(ctx), lambda: self_test_report(home_of(ctx), ctx), qVersion())

    def written(done: object) -> None:
        from pos_app.core.support_bundle import BundleWritten

        button.setEnabled(True)
        assert isinstance(done, BundleWritten)
        text = QCoreApplication.translate("SettingsDialog", "Support bundle written to {0} ({1} KB).").format(
            done.path, round(done.size / 1024)
        )
        if done.failed:
            text += " " + QCoreApplication.translate(
                "SettingsDialog", "Could not be gathered (a note in the bundle says why): {0}"
            ).format(", ".join(done.failed))
        dialog.feedback.setText(text)

    def failed(error: Exception) -> None:
        button.setEnabled(True)
        dialog.feedback.setText(
            QCoreApplication.translate("SettingsDialog", "The support bundle could not be written: {0}").format(error)
        )

    def start() -> None:
        button.setEnabled(False)
        dialog.feedback.setText(
            QCoreApplication.translate("SettingsDialog", "Gathering a support bundle (runs the self-test)...")
        )
        dialog.background.run(gather, written, failed)

    button.clicked.connect(start)
    return button
