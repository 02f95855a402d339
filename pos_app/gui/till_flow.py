"""The redemption as the till window drives it: lookup → check and code → redeem.

Holds the customer being served and runs every call through ``Background``; screens call
its methods and listen to its signals. ``clear()`` forgets the customer and drops every
answer still on its way, so nothing of one customer reaches the next. A redemption's own
answer is never dropped: it arrives as ``finished`` for the customer still being served, or
as ``finished_unseen`` once the screen has moved on. What happens around the redemption
itself (outbox, journal, printing, queue) is ``RedemptionService``'s, as for the kiosk and
the command line.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos_app.core.app_context import AppContext
from pos_app.core.capillary import AuthFailed, CapillaryError, GroupRef, Identifier, Rejected
from pos_app.core.capillary.codes import POINTS_RULE_CODES
from pos_app.core.capillary.inputs import ValidationType
from pos_app.core.capillary.models import Customer, FamilyPoints, Redeemability
from pos_app.core.org_rules import RuleRefusal
from pos_app.core.outbox import NewRedemption
from pos_app.core.receipt import Receipt
from pos_app.core.redemption import OfflineRefused, OutcomeKind, TillOutcome
from pos_app.core.redemption_service import ReceiptFacts, Redeemed, RedemptionService
from pos_app.core.validation import InvalidInput, parse_customer
from pos_app.core.worth import (
    WORKED_OUT_AT_TILL,
    known_worth,
    learn_from_answer,
    learn_ratios,
    whole_balance_settled,
)
from pos_app.gui.background import Background
from pos_app.gui.connection_state import ConnectionState, probe_service
from pos_app.gui.failure_words import Call, failure_words

log = logging.getLogger("pos_app.gui")
OTP_COOLDOWN_S = 30


@dataclass
class Sale:
    """What the till knows about the customer being served. Cleared between customers."""

    identifier: Identifier | None = None
    customer: Customer | None = None
    check: Redeemability | None = None
    points: Decimal | None = None
    bill: str = ""
    validation_type: str = ValidationType.SMS
    otp_sent_at: float = 0.0
    program_id: str = ""  # chosen at the till (multi-program orgs); empty: the configured one
    group: GroupRef | None = None  # family points, when the customer asks for them
    family: FamilyPoints | None = None  # that family's points as the service gave them
    family_of: GroupRef | None = None  # the group ``family`` answers (asked once per family)


@dataclass(frozen=True)
class WorthQuestion:
    """Points (or an amount) of a program, the customer's own or their family's: worth what?"""

    quantity: Decimal
    currency: bool = False
    program_id: str = ""  # "": the till's program
    group: GroupRef | None = None


class TillFlow(QObject):
    customer_found = Signal(object)  # Customer
    checked = Signal(object)  # Redeemability
    code_sent = Signal(str)  # what to tell the customer
    finished = Signal(object)  # Redeemed (a TillOutcome with its receipt)
    finished_unseen = Signal(object, object)  # Redeemed, Receipt: the customer was already cleared
    print_requested = Signal(object)  # Receipt: receipt.auto_print is on
    queue_changed = Signal()  # a redemption was added to the outbox or changed there
    previewed = Signal(object)  # Redeemability, checked without sending a code
    worth_known = Signal(object, object)  # WorthQuestion, Redeemability
    worth_refused = Signal(object, str)  # WorthQuestion, why not (an org rule)
    family_known = Signal(object, object)  # GroupRef, FamilyPoints
    family_refused = Signal(object, str)  # GroupRef, why its points are not known
    failed = Signal(str, str)  # message for the cashier, support request id
    rule_broken = Signal(str)  # an org rule about the points (multiples, maximum, balance)
    credentials_refused = Signal()
    online_changed = Signal(bool)
    cleared = Signal()

    def __init__(self, ctx: AppContext, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = background
        self.sale = Sale()
        # Online or not: every call's outcome (and, while offline, a probe) decides.
        self.connection = ConnectionState(probe_service(lambda: ctx.client), self)
        self.connection.changed.connect(self._connection_changed)
        self.last_error: Exception | None = None  # what the last ``failed`` was about
        self.last_call: Call | None = None  # and which call it was
        # Redemptions run apart from lookups: clearing the screen must not lose their answer.
        self.commits = Background(self)
        # What a balance is worth is asked on the side: no busy sign, no error for the cashier.
        self.asides = Background(self)

    @property
    def online(self) -> bool:
        """Not known to be offline (a till that has not asked yet is taken to be online)."""
        return self.connection.online is not False

    def _connection_changed(self, online: bool | None) -> None:
        if online is not None:
            self.online_changed.emit(online)

    @property
    def committing(self) -> bool:
        return self.commits.busy

    # -- steps --------------------------------------------------------------------------

    def look_up(self, text: str) -> None:
        try:
            who = parse_customer(text, str(self.ctx.settings.get("country")))
        except InvalidInput as error:
            self._failing(error, Call.LOOKUP)
            self.failed.emit(str(error), "")
            return
        self._look_up(who)

    def _look_up(self, who: Identifier) -> None:
        self.clear()
        self.sale.identifier = who
        program = self.program_id()

        def call() -> Customer:
            customer = self.ctx.client.get_customer(who, program_id=program, mlp=True)
            learn_ratios(self.ctx.org_rules, customer)  # the worth of points needs no call of its own
            return customer

        self.background.run(
            call,
            self._customer_loaded,
            lambda error: self._call_failed(error, Call.LOOKUP),
        )

    def look_up_again(self) -> bool:
        """The same customer looked up once more (the service answers again); False: no one to look up."""
        who = self.sale.identifier
        if who is None or self.committing:
            return False
        self._look_up(who)
        return True

    def _customer_loaded(self, customer: Customer) -> None:
        self.connection.succeeded()
        self.sale.customer = customer
        self.customer_found.emit(customer)

    def choose(self, program_id: str, group: GroupRef | None) -> None:
        """The program the points come from, and whether they are the family's."""
        self.sale.program_id, self.sale.group = program_id, group

    def program_id(self) -> str:
        return self.sale.program_id or str(self.ctx.settings.get("program_id") or "")

    def check(self, quantity: Decimal, currency: bool, bill: str, validation_type: str) -> None:
        """Ask whether this can be redeemed, and send the code in the same call."""
        self.sale.bill, self.sale.validation_type = bill, validation_type
        how = ValidationType.of(validation_type) or ValidationType.SMS
        self._ask_redeemable(quantity, currency, self._checked, issue_otp=True, validation_type=how)

    def preview(self, quantity: Decimal, currency: bool = False) -> None:
        """What these points are worth, and whether they may be redeemed; no code is sent."""
        self._ask_redeemable(quantity, currency, self._previewed)

    def _ask_redeemable(
        self, quantity: Decimal, currency: bool, answered: Callable[[Redeemability], None], **code: Any
    ) -> None:
        """isredeemable for the sale's customer, program and family (``code``: send the OTP too)."""
        who, program, group = self._who(), self.program_id(), self.sale.group

        def call() -> Redeemability:
            result = self.ctx.client.is_redeemable(
                who,
                quantity,
                program_id=program,
                currency_input=currency,
                group_redemption=group is not None,
                group=group,
                **code,
            )
            learn_from_answer(self.ctx.org_rules, program, result)
            return result

        # A refusal of these points (or this amount) names the rule it broke.
        self.background.run(call, answered, lambda error: self._call_failed(error, Call.CHECK, quantity, currency))

    def ask_worth(self, question: WorthQuestion) -> None:
        """What points (or an amount) are worth for the customer: worked out from the ratio the
        service already gave and the org's rules as learned, else asked on the side (no code is
        sent, nothing shows busy). A refusal (an org rule) is passed on for the screen to show
        beside the points; any other failure is not the cashier's business until they check."""
        customer = self.sale.customer
        if customer is None:  # another lookup is on its way: the screen is about to change
            return
        sale, who = self.sale, self._who()
        program = question.program_id or str(self.ctx.settings.get("program_id") or "")
        balance = customer.balance_in(question.program_id) if question.group is None else None

        def call() -> Redeemability | RuleRefusal:
            rules = self.ctx.org_rules.for_program(program)
            known = known_worth(question.quantity, question.currency, rules)
            whole = not question.currency and question.quantity == balance
            if known is not None and (not whole or whole_balance_settled(question.quantity, rules)):
                return known
            result = self.ctx.client.is_redeemable(
                who,
                question.quantity,
                program_id=program,
                currency_input=question.currency,
                group_redemption=question.group is not None,
                group=question.group,
            )
            learn_from_answer(self.ctx.org_rules, program, result)
            return result

        def answered(result: Redeemability | RuleRefusal) -> None:
            if isinstance(result, RuleRefusal):
                if self.sale is sale:
                    self.worth_refused.emit(question, result.message)
                return
            if result.item_status is not WORKED_OUT_AT_TILL:
                self.connection.succeeded()
            if self.sale is sale:  # not an answer about an earlier customer
                self.worth_known.emit(question, result)

        def failed(error: Exception) -> None:
            self.connection.failed(error)
            if isinstance(error, Rejected) and self.sale is sale:
                self.worth_refused.emit(question, self._rule_words(error, question.quantity, question.currency))
            else:
                log.info("worth of points not known: %s", error)

        self.asides.run(call, answered, failed)

    def ask_family(self, group: GroupRef) -> None:
        """The family's points (one call, only for family points; asked again only for another
        family). Not known: the screen says so, and the service still checks what is typed."""
        sale = self.sale
        if sale.customer is None or not group.as_params():
            return
        if sale.family_of == group:  # answered already, or the answer is on its way
            if sale.family is not None:
                self.family_known.emit(group, sale.family)
            return
        sale.family_of, sale.family = group, None

        def answered(family: FamilyPoints) -> None:
            self.connection.succeeded()
            if self.sale is sale and sale.family_of == group:
                sale.family = family
                self.family_known.emit(group, family)

        def failed(error: Exception) -> None:
            if isinstance(error, CapillaryError):
                self.connection.failed(error)
            if self.sale is sale and sale.family_of == group:
                sale.family_of = None  # asked again when the cashier comes back to it
                words = error.cashier_message if isinstance(error, Rejected) else ""
                self.family_refused.emit(group, words)
            log.info("family points not known: %s", error)

        self.asides.run(lambda: self.ctx.client.family_points(group), answered, failed)

    def family_balance(self) -> Decimal | None:
        """The chosen family's points in the sale's program, when the service gave them."""
        sale = self.sale
        if sale.group is None or sale.family is None or sale.family_of != sale.group:
            return None
        return sale.family.balance_in(self.program_id())

    def _previewed(self, result: Redeemability) -> None:
        self.connection.succeeded()
        self.previewed.emit(result)

    def _checked(self, result: Redeemability) -> None:
        self.connection.succeeded()
        self.sale.check = result
        self.sale.points = result.points
        self.sale.otp_sent_at = time.monotonic()
        self.checked.emit(result)
        if result.otp_not_sent:
            self._failing(None, Call.CHECK)
            self.failed.emit(
                self.tr(
                    "The points can be redeemed, but the code could not be sent. Resend it or ask for a missed call."
                ),
                "",
            )
        elif self.sale.validation_type == ValidationType.MISSED_CALL:
            self.code_sent.emit(self.tr("Ask the customer to give a missed call from their registered mobile."))
        else:
            self.code_sent.emit(self.tr("Code sent by SMS to the customer's mobile."))

    def resend_in(self) -> int:
        """Seconds before another code may be asked for (0: now)."""
        waited = time.monotonic() - self.sale.otp_sent_at
        return max(0, int(OTP_COOLDOWN_S - waited + 0.999))

    def resend(self) -> None:
        if self.resend_in() or self.sale.points is None:
            return
        who, points = self._who(), self.sale.points
        self.sale.otp_sent_at = time.monotonic()

        def sent(_answer: object) -> None:
            self.connection.succeeded()
            self.code_sent.emit(self.tr("A code was sent again."))

        self.background.run(
            lambda: self.ctx.client.issue_validation_code(who, points),
            sent,
            lambda error: self._call_failed(error, Call.RESEND),
        )

    def redeem(self, code: str) -> None:
        """Confirm: written to the outbox, then sent (see ``RedemptionService.redeem``)."""
        if self.sale.points is None:
            return
        kind, shown = self.sale.validation_type, self._for_receipt()  # read now: the sale may be cleared
        self._commit(lambda service, new: service.redeem(new, shown), self.sale.points, kind, code)

    def redeem_offline(self, points: Decimal, bill: str) -> bool:
        """No network: queue it if the offline policy allows (no code can be checked). Only while
        the till knows the service cannot be reached: once it answers, the customer confirms with
        a code, and False says nothing was queued."""
        if self.connection.online is not False:
            log.info("an offline redemption was not queued: the loyalty service answers again")
            return False
        self.sale.points, self.sale.bill, self.sale.validation_type = points, bill, "none"
        shown = self._for_receipt()
        self._commit(lambda service, new: service.queue_offline(new, shown), points, "", "")
        return True

    def _for_receipt(self) -> ReceiptFacts:
        customer, program_id = self.sale.customer, self.program_id()
        program = customer.program_redeemed_in(program_id) if customer else None
        family = self.sale.family if self.family_balance() is not None else None
        return ReceiptFacts(
            customer.name if customer else "",
            self.sale.check,
            program_title=program.title if program else "",
            family_balance=self.family_balance(),
            family_name=family.shown_name if family else "",
        )

    def _commit(
        self,
        call: Callable[[RedemptionService, NewRedemption], Redeemed],
        points: Decimal,
        validation_type: str,
        code: str,
    ) -> None:
        sale = self.sale
        prints: list[Receipt] = []  # the service asks on the worker thread; printed here, in order
        changed: list[int] = []
        service = RedemptionService.of(self.ctx, print_receipt=prints.append, queue_changed=lambda: changed.append(1))
        new = service.new_redemption(
            self._who(),
            points,
            sale.bill,
            program_id=self.program_id(),
            group=sale.group,
            validation_type=validation_type,
            validation_code=code,
            cashier=str(self.ctx.settings.get("till")),
        )

        def answered(outcome: Redeemed) -> None:
            if changed:
                self.queue_changed.emit()
            if sale is self.sale:
                self._redeemed(outcome)
                for receipt in prints:  # after ``finished``: the screen shows the receipt being printed
                    self.print_requested.emit(receipt)
            elif outcome.kind == OutcomeKind.REJECTED:  # nothing was applied: nothing to keep
                log.warning("a redemption was refused after its screen was left")
            else:  # nobody is looking; its receipt is in the journal
                log.info("a redemption finished after its screen was left: %s", outcome.kind)
                self.finished_unseen.emit(outcome, outcome.receipt)

        def failed(error: Exception) -> None:
            if sale is self.sale:
                self._call_failed(error, Call.REDEEM)
            else:
                log.warning("a redemption failed after its screen was left: %s", type(error).__name__)

        self.commits.run(lambda: call(service, new), answered, failed)

    def _redeemed(self, outcome: TillOutcome) -> None:
        if outcome.error is not None:
            self.connection.failed(outcome.error)
        elif outcome.kind == OutcomeKind.DONE:
            self.connection.succeeded()
        if outcome.kind == OutcomeKind.REJECTED and isinstance(outcome.error, AuthFailed):
            self.credentials_refused.emit()
        if outcome.kind == OutcomeKind.REJECTED:
            self._failing(outcome.error, Call.REDEEM)
            request_id = outcome.error.request_id if outcome.error else ""
            self.failed.emit(outcome.message, request_id)
            return
        self.finished.emit(outcome)

    def _call_failed(self, error: Exception, call: Call, points: Decimal | None = None, currency: bool = False) -> None:
        self._failing(error, call)
        if isinstance(error, OfflineRefused | InvalidInput):
            self.failed.emit(str(error), "")
            return
        if not isinstance(error, CapillaryError):
            self.failed.emit(self.tr("Something went wrong on this till: {0}").format(error), "")
            return
        self.connection.failed(error)
        if isinstance(error, AuthFailed):
            self.credentials_refused.emit()
        if isinstance(error, Rejected) and error.code in POINTS_RULE_CODES:
            self.rule_broken.emit(self._rule_words(error, points, currency))
            return
        self.failed.emit(failure_words(error, call), error.request_id)

    def _failing(self, error: Exception | None, call: Call) -> None:
        """What the ``failed`` about to be sent is about: the window words it by error and call."""
        self.last_error, self.last_call = error, call

    def _rule_words(self, error: Rejected, points: Decimal | None, currency: bool = False) -> str:
        """A refusal about the points, naming the rule and its figure where the till knows them
        (core's words, as the command line says them)."""
        if points is None:
            return error.cashier_message
        from pos_app.core.worth import refusal_words

        return refusal_words(self.ctx.org_rules, self.program_id(), error, points, currency, self.ctx.money())

    # -- helpers ------------------------------------------------------------------------

    def _who(self) -> Identifier:
        if self.sale.identifier is None:
            raise RuntimeError("no customer")
        return self.sale.identifier

    def customer_mobile(self) -> str:
        """The customer's mobile as the service knows it (also when they were found by card)."""
        if self.sale.customer is not None and self.sale.customer.mobile:
            return self.sale.customer.mobile
        who = self.sale.identifier
        return who.value if who is not None and who.kind == "mobile" else ""

    def clear(self) -> None:
        """Forget the customer; answers still on their way are dropped."""
        self.background.forget_all()
        self.asides.forget_all()
        self.sale = Sale()
        self.cleared.emit()

    def receipt(self, outcome: TillOutcome) -> Receipt:
        """The receipt kept with a redemption that was done or queued."""
        if not isinstance(outcome, Redeemed) or outcome.receipt is None:
            raise ValueError("no receipt for a redemption that was refused")
        return outcome.receipt
