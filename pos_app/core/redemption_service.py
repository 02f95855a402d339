"""Everything around one redemption, the same for the till window, the kiosk and the command line.

``RedemptionService.redeem`` writes the redemption to the outbox, sends it, settles an unknown
outcome once (``redeem_at_till``), keeps its receipt in the journal, asks for the receipt to be
printed and says the queue changed. The row carries its receipt's draft, and the outbox writes
the receipt in the same transaction as the outcome: a crash leaves both or neither.
``queue_offline`` does the same for a redemption taken while the service cannot be reached.
``new_redemption`` is the one place an outbox row is made.

No Qt and no threads here: the window runs ``redeem`` on a worker thread and passes ports
(plain callables) for printing and the queue's change; a test passes a fake client.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from pos_app.core.capillary import GroupRef, Identifier
from pos_app.core.capillary.inputs import ValidationType
from pos_app.core.capillary.models import Redeemability
from pos_app.core.i18n import N_, _
from pos_app.core.outbox import NewRedemption
from pos_app.core.receipt import Receipt, ReceiptDraft, receipt_from_draft
from pos_app.core.redemption import OutcomeKind, TillOutcome, queue_offline, redeem_at_till
from pos_app.core.storage_error import NotRecorded
from pos_app.core.worth import known_worth

if TYPE_CHECKING:
    from pos_app.core.app_context import AppContext
    from pos_app.core.config import Settings
    from pos_app.core.journal import Journal
    from pos_app.core.org_rules import LearnedRules
    from pos_app.core.sending import Sender

log = logging.getLogger("pos_app.redemption")

PrintPort = Callable[[Receipt], None]
QueuePort = Callable[[], None]

JOURNAL_FAILED = N_(
    "The receipt could not be kept in this till's journal (see the log). The redemption stands: "
    "print the receipt now, or write down reference {reference}, and tell support."
)
NOT_RECORDED = (
    "This till could not write to its offline queue ({error}). The redemption may have been applied: "
    "do not redo it. It stays in the queue and is checked with the loyalty service when the app next "
    "starts; free disk space and restart the app."
)


@dataclass(frozen=True)
class ReceiptFacts:
    """What the caller knows for the receipt beyond the outbox row."""

    customer_name: str = ""
    check: Redeemability | None = None  # the isredeemable answer: value and ratio
    program_title: str = ""
    family_balance: Decimal | None = None  # the family's points before, for family redemptions
    family_name: str = ""  # the family's external id as the service gave it


NO_FACTS = ReceiptFacts()


@dataclass(frozen=True)
class Redeemed(TillOutcome):
    """A redemption's outcome with its receipt (none when nothing was redeemed or queued)."""

    receipt: Receipt | None = None
    journal_id: int | None = None
    journal_error: str = ""  # for the cashier: the receipt was not kept (the redemption stands)


class RedemptionService:
    def __init__(
        self,
        sender: Sender,
        journal: Journal,
        settings: Settings,
        print_receipt: PrintPort | None = None,
        queue_changed: QueuePort | None = None,
        rules: LearnedRules | None = None,
    ) -> None:
        if journal.outbox is not sender.outbox:
            raise ValueError("the journal must be the outbox's: a receipt is written with its outcome")
        self.sender = sender
        self.journal = journal
        self.settings = settings
        self.print_receipt = print_receipt
        self.queue_changed = queue_changed
        self.rules = rules  # what the till learned: the ratio and the programs' titles, for offline slips

    @classmethod
    def of(
        cls, ctx: AppContext, print_receipt: PrintPort | None = None, queue_changed: QueuePort | None = None
    ) -> RedemptionService:
        return cls(ctx.sender(), ctx.journal, ctx.settings, print_receipt, queue_changed, ctx.org_rules)

    def new_redemption(
        self,
        who: Identifier,
        points: Decimal,
        bill: str,
        *,
        program_id: str = "",
        group: GroupRef | None = None,
        validation_type: str = "",
        validation_code: str = "",
        skip_validation: bool = False,
        notes: str = "",
        cashier: str = "",
    ) -> NewRedemption:
        """The outbox row: customer, points, bill, program, family, how it was confirmed, who."""
        return NewRedemption(
            customer_kind=who.kind,
            customer_value=who.value,
            points=points,
            bill=bill,
            program_id=program_id,
            group_ref=group.as_params() if group else {},
            validation_type=validation_type,
            # A missed call confirms by itself: only an SMS code travels with the row.
            validation_code=validation_code if validation_type == ValidationType.SMS else "",
            skip_validation=skip_validation,
            notes=notes,
            cashier=cashier,
        )

    def redeem(self, new: NewRedemption, facts: ReceiptFacts = NO_FACTS) -> Redeemed:
        """Confirmed by the customer: written to the outbox, sent, and its receipt kept."""
        new, draft = self._with_draft(new, facts)
        return self._finish(self._recorded(lambda: redeem_at_till(self.sender, new)), draft)

    def queue_offline(self, new: NewRedemption, facts: ReceiptFacts = NO_FACTS) -> Redeemed:
        """The service cannot be reached: queued if the offline policy allows (else ``OfflineRefused``)."""
        new, draft = self._with_draft(new, self._known_offline(new, facts))
        return self._finish(self._recorded(lambda: queue_offline(self.sender, new)), draft)

    def _known_offline(self, new: NewRedemption, facts: ReceiptFacts) -> ReceiptFacts:
        """The slip's value from the ratio the till learned, its program by the title a lookup gave."""
        if self.rules is None:
            return facts
        if facts.check is None:
            known = known_worth(new.points, False, self.rules.for_program(new.program_id))
            if isinstance(known, Redeemability):
                facts = replace(facts, check=known)
        return facts

    def _with_draft(self, new: NewRedemption, facts: ReceiptFacts) -> tuple[NewRedemption, ReceiptDraft]:
        """The row carries its receipt's draft: the outbox journals the receipt with the outcome.
        A program named by id alone (the command line, an offline slip) gets the title a lookup gave."""
        if not facts.program_title and new.program_id and self.rules is not None:
            facts = replace(facts, program_title=self.rules.titles().get(new.program_id, ""))
        draft = ReceiptDraft.of(
            self.settings,
            facts.customer_name,
            facts.check,
            program_title=facts.program_title,
            family_balance=facts.family_balance,
            family_name=facts.family_name,
        )
        return replace(new, receipt_draft=draft.to_json()), draft

    def _recorded(self, redemption: Callable[[], TillOutcome]) -> TillOutcome:
        try:
            return redemption()
        except sqlite3.Error as error:  # a full disk, a file gone read-only
            log.error("the queue could not be written during a redemption: %s", error)
            raise NotRecorded(NOT_RECORDED.format(error=error)) from error

    def _finish(self, outcome: TillOutcome, draft: ReceiptDraft) -> Redeemed:
        if self.queue_changed is not None:
            self.queue_changed()
        done = {f.name: getattr(outcome, f.name) for f in fields(TillOutcome)}
        if outcome.kind == OutcomeKind.REJECTED:  # nothing applied, nothing queued: no receipt
            return Redeemed(**done)
        receipt = receipt_from_draft(outcome.item, draft)
        journal_id = self.sender.outbox.receipt_id(outcome.item.id)  # written with the outcome
        journal_error = ""
        if not journal_id:
            log.error("receipt of %s not journaled with its outcome", outcome.item.reference)
            journal_error = _(JOURNAL_FAILED).format(reference=outcome.item.reference)
        if self.print_receipt is not None and self.auto_print:
            self.print_receipt(receipt)
        return Redeemed(**done, receipt=receipt, journal_id=journal_id or None, journal_error=journal_error)

    @property
    def auto_print(self) -> bool:
        return bool(self.settings.get("receipt.auto_print")) and self.settings.get("printer.kind") != "none"
