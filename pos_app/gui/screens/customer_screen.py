"""Customer: who they are, their points, and the redemption being set up (bill, points, check)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.capillary.inputs import GroupRef, ValidationType, format_points
from pos_app.core.capillary.models import Customer, FamilyPoints, Redeemability
from pos_app.core.masking import mask_mobile
from pos_app.core.money import Money
from pos_app.core.org_rules import OrgRules, max_redeemable
from pos_app.core.validation import InvalidInput, parse_amount, parse_bill, parse_points
from pos_app.core.worth import WORKED_OUT_AT_TILL, amount_refusal
from pos_app.gui.scanner import ACCEPTS_SCAN
from pos_app.gui.screens.common import Banner, busy_bar, card, heading, key_button, left_to_right, restyle
from pos_app.gui.screens.program_picker import ProgramPicker
from pos_app.gui.till_flow import WorthQuestion

# The points typed are looked at once typing pauses this long: a cashier types faster.
PREVIEW_AFTER_MS = 350
# What the points field takes: whole points; an amount digits and marks. A mark that is not the
# language's decimal mark is let through and refused in words: swallowed, "2.5" would be 25.
POINTS_TYPED = QRegularExpression(r"\d{0,9}")
# Three digits after a mark, so "1,000" is typed whole and refused in words (a thousands mark), never cut to "1,00"
AMOUNT_TYPED = QRegularExpression(r"\d{0,9}(?:[.,\x{066b}]\d{0,3}){0,3}")


class CustomerScreen(QWidget):
    check = Signal(object, bool, str, str)  # quantity, currency?, bill, validation type
    offline_redeem = Signal(object, str)  # points, bill
    chosen = Signal(str, object)  # program id, GroupRef or None: sent just before check/offline_redeem
    worth_wanted = Signal(object)  # WorthQuestion: the balance, or the points typed
    family_wanted = Signal(object)  # GroupRef: the family's points, to show and to cap Max

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer")
        self.customer: Customer | None = None
        self.offline = False
        self._family_shown = False  # the balance shown is the family's
        self._family: tuple[GroupRef, Decimal | None] | None = None  # the family's points, as answered
        self.groups_enabled = False  # the org has families and the till offers them (settings)
        self.money = Money()  # the org's currency in the till's language (settings)
        # The org's rules as learned for a program (the window passes them in): Max keeps to them.
        self.rules_for: Callable[[str], OrgRules] = lambda _program: OrgRules()
        self.name = heading("", "name")
        self.name.setObjectName("customer_name")
        self.details = heading("", "subtitle")
        self.details.setObjectName("customer_details")
        self.details.setAccessibleName(self.tr("Customer details"))
        self.balance_caption = heading(self.tr("Balance"), "caption")
        self.balance = heading("", "figure")
        self.balance.setObjectName("customer_balance")
        self.balance.setAccessibleName(self.tr("Points balance"))
        self.worth = heading("", "worth")  # what the balance is worth and the ratio, once the service says
        self.worth.setObjectName("customer_worth")
        self.worth.setAccessibleName(self.tr("Balance worth"))
        self.most = heading("", "hint")  # the most one redemption may take now, and its worth
        self.most.setObjectName("customer_most")
        self.most.setAccessibleName(self.tr("Most redeemable now"))
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
        self.quantity.setValidator(QRegularExpressionValidator(POINTS_TYPED, self.quantity))
        self.in_points = QRadioButton(self.tr("Points"))
        self.in_amount = QRadioButton(self.tr("Amount [F3]"))
        self.in_amount.setAccessibleName(self.tr("Amount in currency"))
        self.in_points.setChecked(True)
        self.max_button = key_button(self.tr("Max"), "F6", accessible=self.tr("The most this customer may redeem now"))
        self.program = ProgramPicker(self.bill)  # a program picked: on to the bill; a scan there is the bill
        self.program.setAccessibleName(self.tr("Loyalty program"))
        self.family = QCheckBox(self.tr("Family points"))
        self.family.setObjectName("family_points")
        self.family.setAccessibleName(self.tr("Redeem the family's points"))
        self.family_id = QLineEdit()
        self.family_id.setObjectName("family_id")
        self.family_id.setAccessibleName(self.tr("Family id"))
        self.family_id.setPlaceholderText(self.tr("family id"))  # short: a longer one was cut off
        self.family_id.setToolTip(self.tr("Leave it blank for the customer's own family."))
        self.family_id.setMaxLength(64)
        self.family_id.setProperty(ACCEPTS_SCAN, True)  # a family card may be scanned here
        self.by_sms = QRadioButton(self.tr("Code by SMS"))
        self.by_call = QRadioButton(self.tr("Missed call [Ctrl+M]"))
        self.by_call.setAccessibleName(self.tr("Missed call"))
        self.by_sms.setChecked(True)
        self.rule = QLabel()
        self.rule.setObjectName("rule_message")
        self.rule.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("check_result")
        self.result.setProperty("confirmed", True)  # False: worked out at the till, not yet the service's word
        self.result.setAccessibleName(self.tr("Redeemable value"))
        self.result.setWordWrap(True)
        self.check_button = key_button(self.tr("Check and send code"), "F5", primary=True)
        self.message = Banner()
        self.busy = busy_bar()
        for group in ((self.in_points, self.in_amount), (self.by_sms, self.by_call)):
            buttons = QButtonGroup(self)
            for button in group:
                buttons.addButton(button)
        unit = QHBoxLayout()
        unit.setSpacing(12)
        unit.addWidget(self.quantity, 1)
        unit.addWidget(self.max_button)
        kind = QHBoxLayout()
        kind.setSpacing(24)
        kind.addWidget(self.in_points)
        kind.addWidget(self.in_amount)
        kind.addStretch(1)
        how = QHBoxLayout()
        how.setSpacing(24)
        how.addWidget(self.by_sms)
        how.addWidget(self.by_call)
        how.addStretch(1)
        family = QHBoxLayout()
        family.setSpacing(12)
        family.addWidget(self.family)
        family.addWidget(self.family_id, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts: labels above fields
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Family [F4]"), family)
        form.addRow(self.tr("Bill number"), self.bill)
        form.addRow(self.tr("Redeem"), unit)
        form.addRow("", kind)
        form.addRow(self.tr("Confirm by"), how)
        who = card()  # the customer and their points, large, on the left
        about = QVBoxLayout(who)
        about.addWidget(self.name)
        about.addWidget(self.details)
        about.addSpacing(12)
        about.addWidget(self.balance_caption)
        about.addWidget(self.balance)
        about.addWidget(self.worth)
        about.addWidget(self.most)
        about.addStretch(1)
        sale = QVBoxLayout()  # the redemption being set up, on the right
        sale.addLayout(form)
        # Below the form: a rule or a result that appears moves no field or key under the cashier.
        sale.addWidget(self.rule)
        sale.addWidget(self.result)
        sale.addStretch(1)
        sale.addWidget(self.message)
        sale.addWidget(self.busy)
        sale.addWidget(self.check_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(20)
        layout.addWidget(who, 2)
        layout.addLayout(sale, 3)
        self.check_button.clicked.connect(self._submit)
        self.quantity.textChanged.connect(self._typed)
        self.in_amount.toggled.connect(self._typed)
        self.family.toggled.connect(self._typed)
        self.family_id.textChanged.connect(self._typed)
        self.max_button.clicked.connect(self._use_max)
        self.bill.returnPressed.connect(self.quantity.setFocus)
        self._asked_for_bill = False  # the banner says the bill is missing
        self.bill.textChanged.connect(self._bill_typed)
        self.family_id.returnPressed.connect(self._family_id_entered)
        self.family_id.editingFinished.connect(self._ask_family)
        self.family_id.textChanged.connect(self._family_id_changed)
        self.quantity.returnPressed.connect(self._submit)
        self.program.currentIndexChanged.connect(self._show_balance)
        self.family.toggled.connect(self._family_toggled)
        self.in_amount.toggled.connect(self._unit_changed)
        self.by_call.toggled.connect(self._name_check)
        QShortcut(QKeySequence("F4"), self, self._toggle_family)
        QShortcut(QKeySequence("F3"), self, self._toggle_amount)
        QShortcut(QKeySequence("Ctrl+M"), self, self._toggle_missed_call)
        self._form, self._family_row = form, family

    def show_customer(self, customer: Customer, max_each: Decimal | None = None, preferred_program: str = "") -> None:
        self.customer, self.offline, self._family_shown = customer, False, False
        self.balance.setProperty("role", "figure")
        restyle(self.balance)
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
        self._reset_form()
        self._name_check()
        self._show_balance()

    def show_offline(
        self, shown_identifier: str, max_each: Decimal, what_is_accepted: str, request_id: str = ""
    ) -> None:
        """The service cannot be reached: one message says so, and what may still be queued (policy)."""
        self.customer, self.offline, self.max_each = None, True, max_each
        self.name.setText(self.tr("Offline redemption"))
        self.details.setText(self.tr("Customer {0}").format(left_to_right(shown_identifier)))
        # No figure where the balance belongs: the cap is the till's, not the customer's.
        self.balance_caption.setText(self.tr("Balance"))
        self.balance.setText(self.tr("Not known offline"))
        self.balance.setProperty("role", "subtitle")
        restyle(self.balance)
        self.worth.clear()
        self.most.clear()
        self.check_button.setText(self.tr("Queue redemption") + "  [F5]")
        self._reset_form()
        self.message.warning(
            self.tr(
                "Offline: the loyalty service cannot be reached, so this customer's balance cannot be seen. {0}"
            ).format(what_is_accepted),
            request_id,
        )

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
        self._family = None
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
            return None  # offline: the balance is not known; the offline policy names its own cap
        group = self.selected_group()
        if group is not None:  # the family's points, once the service has given them
            return self._family[1] if self._family is not None and self._family[0] == group else None
        return self.customer.balance_in(self.selected_program())

    def show_worth(self, question: WorthQuestion, result: Redeemability) -> None:
        """An answer about the balance or the points typed, if it is still the question."""
        if question == self._asked.get("balance") and result.is_redeemable:
            self._show_worth(result.points_redeem_value, result.points_currency_ratio)
            if result.item_status is not WORKED_OUT_AT_TILL:  # the service said so, not only the rules known
                self._set_most(self.tr("All of it may be redeemed now [F6]"))
        balance = self._asked.get("balance")
        if question == self._asked.get("most") and result.is_redeemable and balance is not None:
            ratio = result.points_currency_ratio
            if ratio is not None:
                self._show_worth(balance.quantity * ratio, ratio)
            self._set_most(
                self.tr("At most {0} points ({1}) in one redemption [F6]").format(
                    format_points(result.points), self.money(result.points_redeem_value)
                )
            )
        if question == self._asked.get("typed"):
            if result.is_redeemable:
                self.show_check(result)
                ratio, balance = result.points_currency_ratio, self._asked.get("balance")
                if not self.worth.text() and ratio is not None and balance is not None and question.group is None:
                    # The whole balance was more than one redemption may take: its worth at
                    # the ratio the service just gave for the customer's own points.
                    self._show_worth(balance.quantity * ratio, ratio)
            self.rule.clear()

    def _set_most(self, text: str) -> None:
        """The most one redemption may take; beside the family's points, the customer's own too."""
        self.most.setText(text + ("\n" + self._own_balance_words() if self._family_shown else ""))

    def _show_worth(self, value: Decimal, ratio: Decimal | None) -> None:
        text = self.tr("Worth {0}").format(self.money(value))
        if ratio is not None:
            text += "\n" + self.tr("1 point = {0}").format(self.money.rate(ratio))
        self.worth.setText(text)

    def refuse_worth(self, question: WorthQuestion, why: str) -> None:
        """The points typed break an org rule: said beside them before the cashier checks. The
        whole balance refused (more than one redemption may take): the most it may be is asked."""
        if question == self._asked.get("typed"):
            self.result.clear()
            self.rule.setText(why)
        if question == self._asked.get("balance"):
            most = self.most_now()
            if most and most != question.quantity:
                self._asked["most"] = WorthQuestion(most, program_id=question.program_id, group=question.group)
                self.worth_wanted.emit(self._asked["most"])

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
        text = self.quantity.text()
        try:
            quantity = parse_amount(text, self.money.locale) if currency else parse_points(text, self._balance())
        except InvalidInput as error:
            if currency and text.strip()[-1:] not in ".,\u066b":  # an amount mistyped, said now; "2," is being typed
                self.rule.setText(str(error))
            return  # points: said when the cashier checks
        group = self.selected_group()
        if group is not None and not group.as_params():
            return
        if currency:  # the rules known, checked in money: the amount, its points, the nearest allowed
            broken = amount_refusal(quantity, self.rules_for(self.selected_program()), self.money)
            if broken is not None:
                self.rule.setText(broken.message)
                return
        question = WorthQuestion(quantity, currency, self.selected_program(), group)
        self._asked["typed"] = question
        self.worth_wanted.emit(question)

    def _show_balance(self) -> None:
        self.worth.clear()
        self.most.clear()
        self._asked.pop("balance", None)
        self._asked.pop("most", None)
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
            self.tr("Mobile {0}   Tier {1}").format(
                left_to_right(mask_mobile(self.customer.mobile)), self.customer.tier or "-"
            )
        )
        self.balance_caption.setText(self.tr("Balance{0}").format(where))
        self.balance.setText(self.tr("{0} points").format(format_points(balance)))

    def _toggle_family(self) -> None:
        """F4: the family's points, or back to the customer's own (at once, as every key here)."""
        if self.family.isVisibleTo(self):
            self.family.click()

    def _family_toggled(self, on: bool) -> None:
        had_focus = self.family_id.hasFocus()
        self.family_id.setEnabled(on)
        if on:
            self.family_id.setFocus()
        elif had_focus:  # a disabled field would hand the focus to the demo phone, or to nothing
            self.bill.setFocus()
        if self.customer is None or self.offline or on == self._family_shown:
            return
        self._family_shown = on
        if on:  # the family's points, not the customer's own, are what is redeemed now
            self._show_family_waiting()
            self._ask_family()
        else:
            self._show_balance()

    def _own_balance_words(self) -> str:
        own = self.customer.balance_in(self.selected_program()) if self.customer else Decimal(0)
        return self.tr("The customer's own balance is {0} points.").format(format_points(own))

    def _show_family_waiting(self) -> None:
        self.balance_caption.setText(self.tr("Family's points"))
        self.balance.setText("-")
        self.worth.clear()
        self._asked.pop("balance", None)  # the customer's own balance's worth is not the family's
        self._asked.pop("most", None)
        self.most.setText(self._own_balance_words())

    def _ask_family(self) -> None:
        """The family's points, asked once the family is known (blank id: the one they head)."""
        group = self.selected_group()
        if self.customer is None or self.offline or group is None or not group.as_params():
            return
        if self._family is None or self._family[0] != group:
            self.family_wanted.emit(group)

    def _family_id_entered(self) -> None:
        """Enter in the family id: on to the next field still empty (the bill, then the points)."""
        (self.quantity if self.bill.text().strip() else self.bill).setFocus()

    def _family_id_changed(self) -> None:
        if self._family is not None and self._family[0] != self.selected_group():
            self._family = None
            if self._family_shown:
                self._show_family_waiting()

    def show_family(self, group: GroupRef, family: FamilyPoints) -> None:
        """The family's points as the service gave them, if that family is still the one chosen."""
        if group != self.selected_group():
            return
        balance = family.balance_in(self.selected_program())
        self._family = (group, balance)
        self.balance_caption.setText(self.tr("Points of family {0}").format(family.shown_name or "-"))
        if balance is None:
            self.balance.setText("-")
            self.most.setText(
                self.tr("The loyalty service did not give this family's balance; it checks the points typed.")
                + "\n"
                + self._own_balance_words()
            )
            return
        self.balance.setText(self.tr("{0} points").format(format_points(balance)))
        self.most.setText(self._own_balance_words())
        if balance > 0:  # the family's points are worth something too, within the same limit
            self._asked["balance"] = WorthQuestion(balance, program_id=self.selected_program(), group=group)
            self.worth_wanted.emit(self._asked["balance"])

    def refuse_family(self, group: GroupRef, why: str) -> None:
        """The family's points could not be had: said, and the service still checks the points typed."""
        if group != self.selected_group():
            return
        self.balance.setText("-")
        reason = why or self.tr("The family's balance could not be fetched.")
        self.most.setText(reason + "\n" + self.tr("The loyalty service checks the points typed."))

    def most_now(self) -> Decimal | None:
        """What Max offers: the balance (or the offline cap) within the org's rules as learned."""
        limits = [limit for limit in (self._balance(), self.max_each) if limit is not None]
        if not limits:
            return None  # the family's points: only the service knows their balance
        return max_redeemable(min(limits), self.rules_for(self.selected_program()))

    def _use_max(self) -> None:
        most = self.most_now()
        if most is None:
            self.rule.setText(
                self.tr("The family's balance is not known yet: type the points; the loyalty service checks them.")
            )
            return
        self.in_points.setChecked(True)
        if most <= 0:
            self.quantity.clear()
            self.rule.setText(self.tr("This customer has too few points for the smallest redemption allowed."))
            return
        self.quantity.setText(format_points(most))
        self.quantity.setFocus()

    def _unit_changed(self, amount: bool) -> None:
        """Digits only for points; an amount also takes the decimal mark."""
        typed = AMOUNT_TYPED if amount else POINTS_TYPED
        self.quantity.setValidator(QRegularExpressionValidator(typed, self.quantity))
        if not self.quantity.hasAcceptableInput():
            self.quantity.clear()

    def _toggle_amount(self) -> None:
        """F3: points or a currency amount."""
        if self.in_amount.isEnabled():
            (self.in_points if self.in_amount.isChecked() else self.in_amount).setChecked(True)
            self.quantity.setFocus()

    def _name_check(self) -> None:
        """F5 says what it does: send a code, or ask for the missed call."""
        if self.offline:
            return
        what = (
            self.tr("Check and ask for a missed call") if self.by_call.isChecked() else self.tr("Check and send code")
        )
        self.check_button.setText(what + "  [F5]")

    def _toggle_missed_call(self) -> None:
        """Ctrl+M: confirm by a missed call (or back to the SMS code)."""
        if self.by_call.isEnabled():
            (self.by_sms if self.by_call.isChecked() else self.by_call).setChecked(True)

    def set_busy(self, text: str) -> None:
        """A check is on its way (``text``) or not (""): said on the screen, and no second check."""
        self.busy.setVisible(bool(text))
        self.check_button.setEnabled(not text)
        if text:
            self.message.busy(text)
        elif self.message.kind() == "busy":
            self.message.clear_message()

    def _submit(self) -> None:
        if not self.check_button.isEnabled():  # a check is already on its way
            return
        self.typing_pause.stop()  # the check answers what a preview would
        self.rule.clear()
        self.message.clear_message()
        try:
            bill = parse_bill(self.bill.text())
        except InvalidInput as error:
            self.message.error(str(error))
            self.bill.setFocus()
            self._asked_for_bill = True
            return
        try:
            if self.in_amount.isChecked():
                quantity = parse_amount(self.quantity.text(), self.money.locale)
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
            kind = ValidationType.MISSED_CALL if self.by_call.isChecked() else ValidationType.SMS
            self.check.emit(quantity, self.in_amount.isChecked(), bill, kind)

    def _bill_typed(self, _text: str) -> None:
        """The bill the error asked for is being typed (or scanned): the error goes."""
        if self._asked_for_bill and self.message.kind() == "error":
            self.message.clear_message()
        self._asked_for_bill = False

    def show_rule(self, text: str) -> None:
        """An org rule or a refusal, next to the points field; a preview that said otherwise goes."""
        self.result.clear()
        self.rule.setText(text)
        self.quantity.setFocus()

    def show_check(self, result: Redeemability) -> None:
        value, local = result.points_redeem_value, result.points_redeem_local_value
        worth = self.money(value)
        if local is not None and local != value:  # the local value only where it says something else
            worth = self.tr("{0} (local {1})").format(worth, self.money(local))
        figures = (format_points(result.points), worth, self.money.rate(result.points_currency_ratio))
        checked = result.item_status is not WORKED_OUT_AT_TILL  # else: no rule known refuses them; F5 decides
        if bool(self.result.property("confirmed")) != checked:
            self.result.setProperty("confirmed", checked)  # till.qss: green only once the service said so
            restyle(self.result)
        if not checked:
            self.result.setText(
                self.tr("{0} points = {1}, 1 point = {2}. The loyalty service checks them on F5.").format(*figures)
            )
            return
        self.result.setText(self.tr("Redeemable: {0} points = {1}, 1 point = {2}").format(*figures))
