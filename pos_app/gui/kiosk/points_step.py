"""The kiosk's points step: the customer's balance in the program they choose, the most they may
use now, and what the points typed are worth as they are typed (mixed into ``KioskWindow``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos_app.core.app_context import AppContext
from pos_app.core.capillary.inputs import format_points
from pos_app.core.capillary.models import Customer, Redeemability
from pos_app.core.org_rules import OrgRules, max_redeemable
from pos_app.core.org_rules import check as check_rules
from pos_app.core.validation import InvalidInput, parse_points
from pos_app.gui.kiosk.points_screen import PointsScreen
from pos_app.gui.kiosk.screens import PadScreen
from pos_app.gui.kiosk.words import rule_in_words
from pos_app.gui.till_flow import TillFlow, WorthQuestion


class PointsStep:
    ctx: AppContext
    flow: TillFlow
    points: PointsScreen
    identify: PadScreen
    chosen: Decimal | None
    most: Decimal
    previewing_balance: bool
    go: Callable[[QWidget], None]

    def _connect_points(self) -> None:
        self.points.submitted.connect(self._points_chosen)
        self.points.program_chosen.connect(self._program_chosen)
        self.points.typed.connect(self._typed)

    def _customer_found(self, customer: Customer) -> None:
        if customer.blocked:
            self.identify.error(
                QCoreApplication.translate(
                    "KioskWindow", "Points cannot be redeemed on this account. Please ask at the till."
                )
            )
            return
        self.points.reset()
        self._show_balance(customer)
        store = self.flow.program_id()  # the store's program first; the customer may choose another
        choices = [(p.program_id, p.title or p.program_id, format_points(p.points)) for p in customer.programs]
        known = [program_id for program_id, _title, _points in choices]
        self.points.show_programs(choices, store if store in known else (known[0] if known else ""))
        self.go(self.points)
        self._offer_most()

    def _show_balance(self, customer: Customer) -> None:
        self.points.show_customer(customer.firstname, format_points(self._balance()))

    def _program_chosen(self, program_id: str) -> None:
        """The customer's points in another program: its balance, its most, its worth."""
        customer = self.flow.sale.customer
        if customer is None or program_id == self.flow.sale.program_id:
            return
        self.flow.background.forget_all()  # the last program's answers are not about these points
        self.flow.choose(program_id, None)
        self.chosen, self.most, self.previewing_balance = None, Decimal(0), False
        self.points.field.clear()
        self.points.info_label.clear()
        self.points.message.clear()
        self.points.mark_program(program_id)
        self._show_balance(customer)
        self._offer_most()

    def _balance(self) -> Decimal:
        customer = self.flow.sale.customer
        return customer.balance_in(self.flow.program_id()) if customer else Decimal(0)

    def _rules(self) -> OrgRules:
        return self.ctx.org_rules.for_program(self.flow.program_id())

    def _offer_most(self) -> None:
        """The most this customer may use now (balance, the org's maximum and step), then what it is
        worth. A refusal of it teaches the rule (see ``_rule_broken``) and a smaller most is offered."""
        balance, rules = self._balance(), self._rules()
        most = max_redeemable(balance, rules)
        if most <= 0:
            floor = rules.floor()
            if balance > 0 and floor is not None:
                self.points.show_too_few(format_points(floor))
            self.previewing_balance = False
            return
        self.points.show_most(format_points(most))
        self.most = most
        self.previewing_balance = True
        self.flow.preview(most)

    def _typed_points(self) -> Decimal | None:
        try:
            points = parse_points(self.points.field.text(), None)
        except InvalidInput:
            return None
        return points if points > 0 else None

    def _typed(self, _text: str) -> None:
        """What the points typed are worth, shown as they are typed: worked out from the ratio the
        lookup gave (no call a keypress), or the rule they break, with its figure."""
        self.points.show_worth("")
        points = self._typed_points()
        if points is None or self.flow.sale.customer is None:
            return
        balance, refusal = self._balance(), check_rules(points, self._rules())
        cap = refusal.figure if refusal is not None and refusal.rule == "maximum" else None
        if points > balance and (cap is None or balance < cap):  # the tighter of the two limits is said
            too_many = QCoreApplication.translate("KioskWindow", "You have {0} points. Choose {0} or fewer.")
            self.points.show_worth(too_many.format(format_points(balance)))
            return
        if refusal is not None:
            self.points.show_worth(rule_in_words(refusal, points))
            return
        self.flow.ask_worth(WorthQuestion(points, program_id=self.flow.sale.program_id))

    def _still_typed(self, question: WorthQuestion) -> bool:
        return question.program_id == self.flow.sale.program_id and question.quantity == self._typed_points()

    def _worth_known(self, question: WorthQuestion, result: Redeemability) -> None:
        if self._still_typed(question) and result.is_redeemable:
            value = self.ctx.money()(result.points_redeem_value)
            self.points.show_worth(
                QCoreApplication.translate("KioskWindow", "{0} points = {1}").format(
                    format_points(result.points), value
                )
            )

    def _worth_refused(self, question: WorthQuestion, message: str) -> None:
        if not self._still_typed(question):
            return
        refusal = check_rules(question.quantity, self._rules())  # the answer has just taught the rule
        self.points.show_worth(rule_in_words(refusal, question.quantity) if refusal is not None else message)

    def _points_chosen(self, text: str) -> None:
        balance = self._balance()
        try:
            chosen = parse_points(text, None)
        except InvalidInput as error:
            self.points.error(str(error))
            return
        if chosen > balance:
            self.points.error(
                QCoreApplication.translate("KioskWindow", "You have {0} points. Choose {0} or fewer.").format(
                    format_points(balance)
                )
            )
            return
        refusal = check_rules(chosen, self._rules())
        if refusal is not None:  # known already: said at once, with the rule and its figure
            self.points.error(rule_in_words(refusal, chosen))
            return
        self.chosen = chosen
        if self.previewing_balance:  # its answer must not be taken for the answer about these points
            self.flow.background.forget_all()
            self.previewing_balance = False
        self.flow.preview(self.chosen)
