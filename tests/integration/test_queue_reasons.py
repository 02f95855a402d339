"""A queued item's reason is read later by a supervisor: what became of it, and how to settle it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos_app.core.outbox import ATTENTION, SENDING, NewRedemption
from pos_app.core.redemption import queue_offline
from pos_app.core.replay import Replayer
from tests.conftest import SimAdmin
from tests.integration.test_offline_rules import ASHA, network_back, network_down, till

# The cashier's live words: right while the customer stands at the till, wrong in the queue.
LIVE_WORDS = ("Ask the customer to read it again", "or resend it", "Lower the points", "Check the number")


def test_a_redemption_sent_again_after_a_crash_and_refused_says_what_happened_not_what_the_cashier_does(
    sim: SimAdmin, app_home: Path, cli
) -> None:
    ctx = till(sim, app_home)
    ctx.settings.save()
    # The till was killed while the redeem's answer was awaited: its row was left "sending".
    new = NewRedemption("mobile", ASHA.value, Decimal(100), "B2001", validation_type="sms", validation_code="000000")
    item = ctx.outbox.add(new, state=SENDING)
    assert ctx.outbox.recover_interrupted() == 1  # the restart: outcome unknown, asked and sent again
    Replayer(ctx.sender()).run(max_wait_s=0)
    refused = ctx.outbox.get(item.id)
    assert refused.state == ATTENTION and sim.ledger() == []
    reason = refused.reason
    assert "refused this redemption when it was sent" in reason and "code was wrong or had expired" in reason
    assert "Nothing was redeemed." in reason
    assert "redo it with them; then cancel this one" in reason
    assert not any(words in reason for words in LIVE_WORDS), reason
    assert "pos-app" not in reason
    listed = cli("queue", "list")
    assert "code was wrong or had expired" in listed.out
    assert f"pos-app queue cancel {item.id} --reason" in listed.out  # the command line says its own way


def test_a_blocked_customer_refused_in_replay_is_sent_to_customer_care_not_to_redeem_again(
    sim: SimAdmin, app_home: Path
) -> None:
    ctx = till(sim, app_home)
    network_down(ctx)
    item = queue_offline(ctx.sender(), NewRedemption("mobile", "919800000618", Decimal(100), "B6001")).item
    network_back(ctx, sim)
    Replayer(ctx.sender()).run(max_wait_s=0)
    reason = ctx.outbox.get(item.id).reason
    assert ctx.outbox.get(item.id).state == ATTENTION
    assert "account is blocked for redemption" in reason and "Nothing was redeemed." in reason
    assert "PENDING slip for 100 points on bill B6001" in reason and "mobile 91******0618" in reason
    assert "pay the bill's difference and to contact customer care" in reason
    assert "redeem again with a code" not in reason and "redo the redemption" not in reason
    assert reason.count("customer care") == 1 and "pos-app" not in reason, reason
