"""Customer: who they are, their points, and the redemption being set up (bill, points, check)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.capillary.inputs import GroupRef, format_points
from pos_app.core.capillary.models import Customer, Redeemability
from pos_app.core.masking import mask_mobile
from pos_app.core.money import Money
from pos_app.core.validation import InvalidInput, parse_amount, parse_bill, parse_points
from pos_app.gui.scanner import ACCEPTS_SCAN
from pos_app.gui.screens.common import MessageLine, heading, key_button
from pos_app.gui.till_flow import WorthQuestion

# The points typed are looked at once typing pauses this long: a cashier types faster.
PREVIEW_AFTER_MS = 350


class CustomerScreen(QWidget):
    check = Signal(object, bool, str, str)  # quantity, currency?, bill, validation type
    offline_redeem = Signal(object, str)  # points, bill
    chosen = Signal(str, object)  # program id, GroupRef or None: sent just before check/offline_redeem
    worth_wanted = Signal(object)  # WorthQuestion: the balance, or the points typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer")
        self.customer: Customer | None = None
        self.offline = False
        self.groups_enabled = False  # the org has families and the till offers them (settings)
        self.money = Money()  # the org's currency in the till's language (settings)
        self.name = heading("")
        self.name.setObjectName("customer_name")
        self.details = QLabel()
        self.details.setObjectName("customer_details")
        self.details.setAccessibleName(self.tr("Customer details"))
        self.worth = QLabel()  # what the balance is worth and the ratio, once the service says
        self.worth.setObjectName("customer_worth")
        self.worth.setAccessibleName(self.tr("Balance worth"))
        # What the balance and the points typed are worth is asked as soon as they are known
        # (the typed points after a pause in typing), so the cashier can tell the customer
        # before any code is sent.
        self._asked: dict[str, WorthQuestion] = {}  # "balance" / "typed" -> the question asked
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(PREVIEW_AFTER_MS)
        self.typing_pause.timeout.connect(self._preview_typed)
        self.bill = QLineEdit()
        self.bill.setObjectName("bill_field")
        self.bill.setAccessibleName(self.tr("Bill number"))
        self.bill.setMaxLength(50)
        self.bill.setProperty(ACCEPTS_SCAN, True)  # the bill's barcode may be scanned here
        self.quantity = QLineEdit()
        self.quantity.setObjectName("points_field")
        self.quantity.setAccessibleName(self.tr("Points to redeem"))
        self.in_points = QRadioButton(self.tr("Points"))
        self.in_amount = QRadioButton(self.tr("Amount"))
        self.in_points.setChecked(True)
        self.max_button = key_button(self.tr("Max"), "F6", accessible=self.tr("Use all redeemable points"))
        self.program = QComboBox()
        self.program.setObjectName("program_picker")
        self.program.setAccessibleName(self.tr("Loyalty program"))
        self.family = QCheckBox(self.tr("Family points"))
        self.family.setObjectName("family_points")
        self.family.setAccessibleName(self.tr("Redeem the family's points"))
        self.family.setShortcut("F4")
        self.family_id = QLineEdit()
        self.family_id.setObjectName("family_id")
        self.family_id.setAccessibleName(self.tr("Family id"))
        self.family_id.setPlaceholderText(self.tr("family id (blank: their own family)"))
        self.family_id.setMaxLength(64)
        self.family_id.setProperty(ACCEPTS_SCAN, True)  # a family card may be scanned here
        self.by_sms = QRadioButton(self.tr("Code by SMS"))
        self.by_call = QRadioButton(self.tr("Missed call"))
        self.by_sms.setChecked(True)
        self.rule = QLabel()
        self.rule.setObjectName("rule_message")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #b00020;")
        self.result = QLabel()
        self.result.setObjectName("check_result")
        self.result.setAccessibleName(self.tr("Redeemable value"))
        self.check_button = key_button(self.tr("Check and send code"), "F5")
        self.message = MessageLine()
        for group in ((self.in_points, self.in_amount), (self.by_sms, self.by_call)):
            buttons = QButtonGroup(self)
            for button in group:
                buttons.addButton(button)
        unit = QHBoxLayout()
        unit.addWidget(self.quantity, 1)
        unit.addWidget(self.in_points)
        unit.addWidget(self.in_amount)
        unit.addWidget(self.max_button)
        how = QHBoxLayout()
        how.addWidget(self.by_sms)
        how.addWidget(self.by_call)
        how.addStretch(1)
        family = QHBoxLayout()
        family.addWidget(self.family)
        family.addWidget(self.family_id, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts: labels above fields
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Family [F4]"), family)
        form.addRow(self.tr("Bill number"), self.bill)
        form.addRow(self.tr("Redeem"), unit)
        form.addRow("", self.rule)
        form.addRow(self.tr("Confirm by"), how)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.worth)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.check_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.check_button.clicked.connect(self._submit)
        self.quantity.textChanged.connect(self._typed)
        self.in_amount.toggled.connect(self._typed)
        self.family.toggled.connect(self._typed)
        self.family_id.textChanged.connect(self._typed)
        self.max_button.clicked.connect(self._use_max)
        self.bill.returnPressed.connect(self.quantity.setFocus)
        self.quantity.returnPressed.connect(self._submit)
        self.program.currentIndexChanged.connect(self._show_balance)
        self.family.toggled.connect(self._family_toggled)
        self._form, self._family_row = form, family

    def show_customer(self, customer: Customer, max_each: Decimal | None = None, preferred_program: str = "") -> None:
        self.customer, self.offline = customer, False
        self.max_each = max_each
        self.name.setText(customer.name or self.tr("(no name)"))
        self.program.blockSignals(True)
        self.program.clear()
        for program in customer.programs:
            self.program.addItem(
                self.tr("{0} ({1} points)").format(program.title or program.program_id, format_points(program.points)),
                program.program_id,
            )
        configured = self.program.findData(preferred_program)
        self.program.setCurrentIndex(max(0, configured))
        self.program.blockSignals(False)
        self.check_button.setText(self.tr("Check and send code") + "  [F5]")
        self._reset_form()
        self._show_balance()

    def show_offline(self, shown_identifier: str, max_each: Decimal) -> None:
        """The service cannot be reached: a redemption may be queued, as policy allows."""
        self.customer, self.offline, self.max_each = None, True, max_each
        self.name.setText(self.tr("Offline redemption"))
        self.details.setText(
            self.tr(
                "Customer {0}. The balance cannot be checked offline; at most {1} "
                "points, sent when the network returns."
            ).format(shown_identifier, format_points(max_each))
        )
        self.check_button.setText(self.tr("Queue redemption") + "  [F5]")
        self._reset_form()

    def _reset_form(self) -> None:
        self.bill.clear()
        self.quantity.clear()
        self.rule.clear()
        self.result.clear()
        self.message.clear_message()
        self.in_points.setChecked(True)
        self.by_sms.setChecked(True)
        self.family.setChecked(False)
        self.family_id.clear()
        for widget in (self.in_amount, self.by_sms, self.by_call):
            widget.setEnabled(not self.offline)
        # A program choice only where there is one to make; family points where the till offers them.
        self._form.setRowVisible(self.program, self.program.count() > 1 and not self.offline)
        self._form.setRowVisible(self._family_row, self.groups_enabled)
        self._family_toggled(False)
        self.bill.setFocus()

    def selected_program(self) -> str:
        return str(self.program.currentData() or "") if self.program.count() > 1 else ""

    def selected_group(self) -> GroupRef | None:
        """Family points: the family named, or the one the customer heads."""
        if not (self.groups_enabled and self.family.isChecked()):
            return None
        family_id = self.family_id.text().strip()
        if family_id:
            return GroupRef(external_id=family_id)
        return GroupRef(primary_user_id=self.customer.user_id if self.customer else "")

    def _balance(self) -> Decimal | None:
        """What may be redeemed as far as this screen knows (None: only the service knows)."""
        if self.customer is None:
            return self.max_each
        if self.selected_group() is not None:
            return None  # the family's points are checked by the service
        return self.customer.balance_in(self.selected_program())

    def show_worth(self, question: WorthQuestion, result: Redeemability) -> None:
        """An answer about the balance or the points typed, if it is still the question."""
        if question == self._asked.get("balance") and result.is_redeemable:
            self._show_worth(result.points_redeem_value, result.points_currency_ratio)
        if question == self._asked.get("typed"):
            if result.is_redeemable:
                self.show_check(result)
                ratio, balance = result.points_currency_ratio, self._asked.get("balance")
                if not self.worth.text() and ratio is not None and balance is not None and question.group is None:
                    # The whole balance was more than one redemption may take: its worth at
                    # the ratio the service just gave for the customer's own points.
                    self._show_worth(balance.quantity * ratio, ratio)
            self.rule.clear()

    def _show_worth(self, value: Decimal, ratio: Decimal | None) -> None:
        text = self.tr("Worth {0}").format(self.money(value))
        if ratio is not None:
            text += self.tr("   1 point = {0}").format(self.money.rate(ratio))
        self.worth.setText(text)

    def refuse_worth(self, question: WorthQuestion, why: str) -> None:
        """The points typed break an org rule: said beside them before the cashier checks."""
        if question == self._asked.get("typed"):
            self.result.clear()
            self.rule.setText(why)

    def _typed(self) -> None:
        self._asked.pop("typed", None)
        self.result.clear()
        self.rule.clear()
        if self.customer is not None and not self.offline and self.quantity.text().strip():
            self.typing_pause.start()

    def _preview_typed(self) -> None:
        if self.customer is None or self.offline:
            return
        currency = self.in_amount.isChecked()
        try:
            text = self.quantity.text()
            quantity = parse_amount(text) if currency else parse_points(text, self._balance())
        except InvalidInput:
            return  # said when the cashier checks
        group = self.selected_group()
        if group is not None and not group.as_params():
            return
        question = WorthQuestion(quantity, currency, self.selected_program(), group)
        self._asked["typed"] = question
        self.worth_wanted.emit(question)

    def _show_balance(self) -> None:
        self.worth.clear()
        self._asked.pop("balance", None)
        if self.customer is None:
            return
        balance = self.customer.balance_in(self.selected_program())
        if not self.offline and balance > 0:
            self._asked["balance"] = WorthQuestion(balance, program_id=self.selected_program())
            self.worth_wanted.emit(self._asked["balance"])
        self._typed()  # the points typed are worth something else in another program
        program = self.customer.program(self.selected_program())
        where = self.tr(" in {0}").format(program.title) if program and program.title else ""
        self.details.setText(
            self.tr("Mobile {0}   Tier {1}\nBalance {2} points{3}").format(
                mask_mobile(self.customer.mobile),
                self.customer.tier or "-",
                format_points(self.customer.balance_in(self.selected_program())),
                where,
            )
        )

    def _family_toggled(self, on: bool) -> None:
        self.family_id.setEnabled(on)
        if on:
            self.family_id.setFocus()

    def _use_max(self) -> None:
        limits = [limit for limit in (self._balance(), self.max_each) if limit is not None]
        if limits:
            self.in_points.setChecked(True)
            self.quantity.setText(format_points(min(limits)))

    def _submit(self) -> None:
        self.typing_pause.stop()  # the check answers what a preview would
        self.rule.clear()
        self.message.clear_message()
        try:
            bill = parse_bill(self.bill.text())
        except InvalidInput as error:
            self.message.error(str(error))
            self.bill.setFocus()
            return
        try:
            if self.in_amount.isChecked():
                quantity = parse_amount(self.quantity.text())
            else:
                quantity = parse_points(self.quantity.text(), self._balance())
        except InvalidInput as error:
            self.rule.setText(str(error))
            self.quantity.setFocus()
            return
        group = self.selected_group()
        if group is not None and not group.as_params():  # offline: the customer's own id is not known
            self.message.error(self.tr("Type or scan the family id."))
            self.family_id.setFocus()
            return
        self.chosen.emit(self.selected_program(), group)
        if self.offline:
            self.offline_redeem.emit(quantity, bill)
        else:
            kind = "MISSED_CALL" if self.by_call.isChecked() else "SMS"
            self.check.emit(quantity, self.in_amount.isChecked(), bill, kind)

    def show_rule(self, text: str) -> None:
        """An org rule or a refusal, next to the points field."""
        self.rule.setText(text)
        self.quantity.setFocus()

    def show_check(self, result: Redeemability) -> None:
        self.result.setText(
            self.tr("Redeemable: {0} points = {1} (local {2}); 1 point = {3}").format(
                format_points(result.points),
                self.money(result.points_redeem_value),
                self.money(result.points_redeem_local_value),
                self.money.rate(result.points_currency_ratio),
            )
        )
