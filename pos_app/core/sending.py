"""One attempt at sending one queued redemption, and what its answer means for the row.

Used by the till (right after the cashier confirms) and by the replay worker alike, so a
row is treated the same way wherever it is sent. Every attempt uses the row's own reference.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pos_app.core.approval_setup import refused_request_reason
from pos_app.core.capillary import (
    AuthFailed,
    CapillaryError,
    ConfigurationError,
    DuplicateReference,
    GroupRef,
    Identifier,
    NotSent,
    OutcomeUnknown,
    RateLimited,
    RedeemRequest,
    Rejected,
)
from pos_app.core.capillary.codes import DUPLICATE_REFERENCE, WORKFLOW_SET_UP_CODES, WRONG_OTP, code_is
from pos_app.core.capillary.inputs import ValidationType, format_points
from pos_app.core.capillary.models import Redemption, WorkflowRequest
from pos_app.core.i18n import _
from pos_app.core.offline_policy import APPROVAL, NO_OTP_UNDER_CAP, OfflinePolicy
from pos_app.core.outbox import (
    APPROVAL as APPROVAL_STATE,
)
from pos_app.core.outbox import (
    ATTENTION,
    DONE,
    PENDING,
    SENDING,
    UNKNOWN,
    Outbox,
    OutboxItem,
)
from pos_app.core.queue_reasons import REDO, not_applied_reason, refused_reason, waiting_reason
from pos_app.core.reconcile import Match, find_applied

if TYPE_CHECKING:
    from pos_app.core.capillary import CapillaryClient

# Records a row's change: (item, **changes) -> the row as changed.
_Write = Callable[..., OutboxItem]

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0
APPROVAL_POLL_S = 30.0
# In a row's result: a maker-checker request for it may exist besides the one it follows.
EARLIER_REQUEST_MAY_EXIST = "earlier_request_may_exist"


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: about 2, 4, 8 ... seconds, at most five minutes."""
    delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))
    return float(delay * (0.5 + rng()))


def redeem_request(item: OutboxItem, till_id: str = "") -> RedeemRequest:
    return RedeemRequest(
        identifier=Identifier(item.customer_kind, item.customer_value),  # type: ignore[arg-type]
        points=item.points,
        transaction_number=item.bill,
        external_reference_number=item.reference,
        validation_code="" if item.skip_validation else item.validation_code,
        validation_type=None if item.skip_validation else ValidationType.of(item.validation_type),
        skip_validation=item.skip_validation,
        notes=item.notes,
        program_id=item.program_id,
        till_id=till_id,
        group=GroupRef.from_params(item.group_ref),
    )


def redemption_result(done: Redemption) -> dict[str, Any]:
    return {
        "redemption_id": done.redemption_id,
        # Points as points are written (1900, not the 1900.0 a service may send).
        "points_redeemed": format_points(done.points_redeemed),
        "redeemed_value": str(done.redeemed_value),
        "redeemed_local_value": str(done.redeemed_local_value),
        "balance": None if done.balance is None else format_points(done.balance),
        "request_id": done.request_id,
    }


@dataclass(frozen=True)
class AttemptOutcome:
    item: OutboxItem
    error: CapillaryError | None = None
    retry_after: float = 0.0  # the service asked everyone to wait this long

    @property
    def stop_replay(self) -> bool:
        """Nothing else can go through now: network down or credentials refused."""
        return isinstance(self.error, NotSent | AuthFailed | ConfigurationError)


class Sender:
    def __init__(
        self,
        client: CapillaryClient,
        outbox: Outbox,
        policy: OfflinePolicy,
        clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        till_id: str = "",
        till_code: str = "",
    ) -> None:
        self.client = client
        self.outbox = outbox
        self.policy = policy
        self.clock = clock
        self.rng = rng
        self.till_id = till_id
        self.till_code = till_code  # the history names the till that redeemed by this code

    def attempt(self, item: OutboxItem, claimed: bool = False, write_soon: bool = False) -> AttemptOutcome:
        """Send (or reconcile, or poll) one row once, and record what the answer means.

        ``claimed``: the row was already marked sending by ``Outbox.claim_due``; ``item``
        is as it was before, so its state still says whether it may have been applied.
        ``write_soon``: the outcome is written with the outbox's next transaction
        (``Outbox.update_soon``) instead of before returning.
        """
        if item.route == "approval":
            return self._attempt_approval(item)
        before = item.state  # pending: known not applied; unknown: may have been applied
        if claimed:
            item = item.changed(state=SENDING, attempts=item.attempts + 1)
        else:
            item = self.outbox.update(item.id, state=SENDING, attempts=item.attempts + 1)
        write = self._write_soon if write_soon else self._write
        if before == UNKNOWN:  # the last answer was lost: ask the history before sending again
            match = self._reconcile(item)
            if match is not None:
                return AttemptOutcome(self._done_by_match(item, match, write))
        try:
            done = self.client.redeem(redeem_request(item, self.till_id))
        except DuplicateReference:
            return AttemptOutcome(self._already_applied(item, write))
        except Rejected as no:
            return self._rejected(item, no, write)
        except RateLimited as slow:
            return AttemptOutcome(self._later(item, before, slow, slow.retry_after, write), slow, slow.retry_after)
        except (NotSent, AuthFailed, ConfigurationError) as error:
            return AttemptOutcome(self._later(item, before, error, backoff(item.attempts, self.rng), write), error)
        except OutcomeUnknown as error:
            return AttemptOutcome(self._later(item, UNKNOWN, error, backoff(item.attempts, self.rng), write), error)
        return AttemptOutcome(
            write(item, state=DONE, redemption_id=done.redemption_id, result=redemption_result(done), reason="")
        )

    def _write(self, item: OutboxItem, **changes: Any) -> OutboxItem:
        return self.outbox.update(item.id, **changes)

    def _write_soon(self, item: OutboxItem, **changes: Any) -> OutboxItem:
        return self.outbox.update_soon(item, **changes)

    def _later(self, item: OutboxItem, state: str, error: CapillaryError, wait: float, write: _Write) -> OutboxItem:
        return write(item, state=state, reason=waiting_reason(error, state), next_attempt_at=self.clock() + wait)

    def _reconcile(self, item: OutboxItem) -> Match | None:
        """The history's row for ``item``, or None (also when the history cannot be asked)."""
        try:
            return find_applied(self.client, item, self.clock(), self.till_code)
        except CapillaryError:
            return None  # sending again under the same reference is safe: 744 if it was applied

    def _done_by_match(self, item: OutboxItem, match: Match, write: _Write, **how: bool) -> OutboxItem:
        # The history's numeric id is not the code a reversal takes; only a row that carries the
        # code names the redemption (else a reversal goes by the row's reference).
        result: dict[str, Any] = {"found_in_history": True, **match.result, **how}
        return write(item, state=DONE, redemption_id=match.entry.redemption_code, result=result, reason="")

    def _already_applied(self, item: OutboxItem, write: _Write | None = None) -> OutboxItem:
        """744: an earlier attempt went through. Find its history row if the service will say."""
        result: dict[str, Any] = {"already_applied": True}
        match = self._reconcile(item)
        if match is not None:
            result.update(match.result)
        code = match.entry.redemption_code if match is not None else ""
        return (write or self._write)(item, state=DONE, redemption_id=code, result=result, reason="")

    def found_applied(self, item: OutboxItem, match: Match, **how: bool) -> OutboxItem:
        """The customer's redemptions list the row's redemption: it is done, whatever we sent."""
        return self._done_by_match(item, match, self._write, **how)

    def _rejected(self, item: OutboxItem, no: Rejected, write: _Write) -> AttemptOutcome:
        if no.transient:
            wait = backoff(item.attempts, self.rng)
            return AttemptOutcome(
                write(item, state=PENDING, reason=waiting_reason(no, PENDING), next_attempt_at=self.clock() + wait), no
            )
        if no.code == WRONG_OTP and item.offline and not item.skip_validation:
            fallen = self._fallback_without_code(item, write)
            if fallen is not None:
                return AttemptOutcome(fallen, no)
        # Read later at the queue, not by the cashier who sent it (the till shows its own words).
        reason = refused_reason(item, no, self.policy.rules(item.program_id))
        return AttemptOutcome(write(item, state=ATTENTION, reason=reason), no)

    def _fallback_without_code(self, item: OutboxItem, write: _Write) -> OutboxItem | None:
        """The queued code expired before it could be sent: carry on as the policy allows."""
        if self.policy.name == NO_OTP_UNDER_CAP and item.points <= self.policy.max_points_each:
            return write(
                item,
                state=PENDING,
                skip_validation=1,
                validation_code="",
                next_attempt_at=0,
                reason=_("Code expired; sent without a code (offline policy)."),
            )
        if self.policy.name == APPROVAL:
            return write(
                item,
                state=PENDING,
                route="approval",
                validation_code="",
                next_attempt_at=0,
                reason=_("Code expired; sent for approval (offline policy)."),
            )
        return None

    # -- maker-checker ------------------------------------------------------------------

    def _attempt_approval(self, item: OutboxItem) -> AttemptOutcome:
        if not item.workflow_request_id:
            return self._request_approval(item)
        try:
            status = self.client.redemption_request(item.workflow_request_id)
        except Rejected as no:
            if no.code not in WORKFLOW_SET_UP_CODES:
                reason = refused_reason(item, no, self.policy.rules(item.program_id))
                return AttemptOutcome(self.outbox.update(item.id, state=ATTENTION, reason=reason), no)
            wait = backoff(item.attempts + 1, self.rng)  # the till's token or org id: the request still waits
            return AttemptOutcome(
                self.outbox.update(
                    item.id, attempts=item.attempts + 1, reason=no.cashier_message, next_attempt_at=self.clock() + wait
                ),
                no,
            )
        except CapillaryError as error:
            wait = error.retry_after if isinstance(error, RateLimited) else backoff(item.attempts + 1, self.rng)
            return AttemptOutcome(
                self.outbox.update(
                    item.id,
                    attempts=item.attempts + 1,
                    reason=error.cashier_message,
                    next_attempt_at=self.clock() + wait,
                ),
                error,
            )
        return self._follow_approval(item, status)

    def _request_approval(self, item: OutboxItem) -> AttemptOutcome:
        """Ask a supervisor to approve the row (a maker-checker request).

        A request whose answer never came (or whose process died) may exist without our
        knowing its id, and the service cannot list requests: the new one is marked so.
        Approving both applies it once (the second meets the used reference, 744); rejecting
        ours while approving the other is caught when ours is rejected.
        """
        earlier_may_exist = item.state == UNKNOWN or bool(item.result.get(EARLIER_REQUEST_MAY_EXIST))
        request = replace(
            redeem_request(item, self.till_id), skip_validation=True, validation_code="", validation_type=None
        )
        try:
            made = self.client.create_redemption_request(request)
        except Rejected as no:
            entity = self.client.workflow.entity if self.client.workflow else {}
            reason = refused_request_reason(no, entity)  # names what was refused, what to set and to retry
            return AttemptOutcome(self._not_applied_by_this_request(item, reason, earlier_may_exist, settle=""), no)
        except CapillaryError as error:
            wait = error.retry_after if isinstance(error, RateLimited) else backoff(item.attempts + 1, self.rng)
            state = UNKNOWN if earlier_may_exist or isinstance(error, OutcomeUnknown) else PENDING
            return AttemptOutcome(
                self.outbox.update(
                    item.id,
                    state=state,
                    attempts=item.attempts + 1,
                    reason=waiting_reason(error, state),
                    next_attempt_at=self.clock() + wait,
                ),
                error,
            )
        reason = _("Waiting for a supervisor's approval.")
        if earlier_may_exist:
            reason += " " + _("An earlier request for it may also be listed (its answer never came): approve only one.")
        return AttemptOutcome(
            self.outbox.update(
                item.id,
                state=APPROVAL_STATE,
                workflow_request_id=made.request_id,
                result={EARLIER_REQUEST_MAY_EXIST: True} if earlier_may_exist else {},
                reason=reason,
                next_attempt_at=self.clock() + APPROVAL_POLL_S,
            )
        )

    def _follow_approval(self, item: OutboxItem, status: WorkflowRequest) -> AttemptOutcome:
        state = status.state.lower()
        if state == "approved":
            return AttemptOutcome(
                self.outbox.update(
                    item.id,
                    state=DONE,
                    redemption_id=status.output.redemption_id,
                    result={"approved": True, "request_id": status.request_id},
                    reason="",
                )
            )
        if state == "rejected":
            return AttemptOutcome(self._not_applied_by_this_request(item, _("A supervisor rejected this redemption.")))
        if state == "failed":
            if code_is(status.output.code, DUPLICATE_REFERENCE):  # 744 however written: applied before
                return AttemptOutcome(self._already_applied(item))
            message = status.output.message or _("the redemption failed (code {code})").format(code=status.output.code)
            failed = _("Approved, but the redemption failed: {message}").format(message=message)
            return AttemptOutcome(self._not_applied_by_this_request(item, failed))
        return AttemptOutcome(self.outbox.update(item.id, next_attempt_at=self.clock() + APPROVAL_POLL_S))

    def _not_applied_by_this_request(
        self, item: OutboxItem, reason: str, earlier_may_exist: bool | None = None, settle: str = REDO
    ) -> OutboxItem:
        """The request (followed or being made) ended without the redemption. If another
        request for the row may exist, the service is asked whether it went through that way."""
        if earlier_may_exist is None:
            earlier_may_exist = bool(item.result.get(EARLIER_REQUEST_MAY_EXIST))
        if not earlier_may_exist:
            return self.outbox.update(item.id, state=ATTENTION, reason=not_applied_reason(item, reason, settle))
        match = self._reconcile(item)
        if match is not None:
            return self.found_applied(item, match, approved_by_another_request=True)
        earlier = _(
            "An earlier request for it may still wait for approval: reject that one too, "
            "or check reference {reference} in the customer's redemptions before redoing it."
        ).format(reference=item.reference)
        return self.outbox.update(
            item.id, state=ATTENTION, reason=not_applied_reason(item, reason, settle, before_settling=earlier)
        )
