"""Every refusal a replay can meet, worded for the queue: what happened and how to settle it."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from pos_app.core.capillary import AuthFailed, CapillaryError, NotSent, OutcomeUnknown, RateLimited, Rejected
from pos_app.core.capillary.codes import CODES
from pos_app.core.org_rules import Learned, OrgRules
from pos_app.core.outbox_rows import OutboxItem
from pos_app.core.queue_reasons import _BY_CODE, refused_reason, waiting_reason

# What a redeem sent by the replay can be refused with: every code the till knows that is not an
# answer of success, a duplicate (applied), a temporary one (sent again later), a reversal's or the
# approval service's (worded by approval_setup), and one the till has never heard of.
NOT_A_REDEEM_REFUSAL = {200, 800, 1000, 744, 401, 902, 905, 3802}
REFUSALS = [
    *sorted(c for c, info in CODES.items() if not info.transient and c not in NOT_A_REDEEM_REFUSAL and c // 1000 != 2),
    9999,
]


def queued(offline: bool, kind: str = "mobile") -> OutboxItem:
    now = time.time()
    return OutboxItem(
        id=7, reference="POS-ABC", state="sending", created_at=now, updated_at=now, customer_kind=kind,
        customer_value="919777788221" if kind == "mobile" else "CARD0001", points=Decimal(15), bill="F-1",
        program_id="", notes="", validation_type="sms", validation_code="123456", skip_validation=False,
        offline=offline, cashier="", attempts=1, next_attempt_at=0, redemption_id="", result={}, reason="",
        route="direct", workflow_request_id="", group_ref={},
    )  # fmt: skip


@pytest.mark.parametrize("offline", [False, True])
@pytest.mark.parametrize("code", REFUSALS)
def test_every_refusal_says_it_was_refused_when_sent_that_nothing_was_redeemed_and_how_to_settle(
    code: int, offline: bool
) -> None:
    refused = Rejected(code, "as the service words it")
    reason = refused_reason(queued(offline), refused)
    assert "refused this redemption when it was sent" in reason
    assert "nothing was redeemed" in reason.lower()
    assert "cancel" in reason.lower()  # settled by cancelling it, or sent again once fixed
    assert "pos-app" not in reason and "F10" not in reason  # the screen or command says how
    if code in _BY_CODE:  # the cashier's live words are not the queue's
        assert refused.cashier_message not in reason
    assert ("PENDING slip for 15 points on bill F-1 (POS-ABC)" in reason) == offline


def test_a_rule_the_till_has_learned_is_named_with_its_figure() -> None:
    rules = OrgRules(multiple=Learned(Decimal(10), 0.0))
    reason = refused_reason(queued(True, "card_number"), Rejected(807, "not divisible"), rules)
    assert "15 points are not in the steps the program allows (only in multiples of 10 points)" in reason
    assert "(card ****0001)" in reason


@pytest.mark.parametrize(
    ("error", "state", "says"),
    [
        (NotSent("connection refused"), "pending", "could not be reached. The till sends it again by itself."),
        (RateLimited(5.0), "pending", "was busy. The till sends it again by itself"),
        (OutcomeUnknown("no answer within 10s"), "unknown", "it may have gone through"),
        (AuthFailed(), "pending", "credentials were refused"),
        (Rejected(815, "busy"), "pending", "could not do it just then (code 815)"),
    ],
)
def test_an_item_still_waiting_says_why_and_that_the_till_sends_it_by_itself(
    error: CapillaryError, state: str, says: str
) -> None:
    reason = waiting_reason(error, state)
    assert says in reason, reason
    assert "try again" not in reason.lower() and "pos-app" not in reason  # nobody at a till is asked to


def test_the_queues_refusals_are_in_the_words_language(tmp_path) -> None:
    from pos_app.core.i18n import use_language
    from pos_app.core.outbox import NewRedemption, Outbox
    from pos_app.core.queue_view import NotAllowed, cancel, retry

    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "A-1"))
    outbox.update(item.id, state="done")
    use_language("de")
    try:
        with pytest.raises(NotAllowed) as not_cancelled:
            cancel(outbox, item.id, "customer left")
        with pytest.raises(NotAllowed) as not_retried:
            retry(outbox, item.id)
    finally:
        use_language("en")
        outbox.close()
    assert str(not_cancelled.value) == f"Eintrag {item.id} ist erledigt und kann nicht storniert werden."
    assert str(not_retried.value).startswith(f"Eintrag {item.id} ist erledigt; nur Einträge")
