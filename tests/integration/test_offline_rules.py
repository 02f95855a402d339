"""Offline redemptions held to the rules the till learned online, against the real simulator."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.app_context import AppContext
from pos_app.core.capillary import Identifier, Rejected
from pos_app.core.credentials import MemoryStore
from pos_app.core.outbox import ATTENTION, NewRedemption
from pos_app.core.redemption import OfflineRefused, queue_offline, redeem_at_till
from pos_app.core.replay import Replayer
from pos_app.sim.data import DEMO_PASSWORD, DEMO_TILL
from tests.conftest import SimAdmin
from tests.support.ports import free_port

ASHA = Identifier("mobile", "919777788221")


def till(sim: SimAdmin, home: Path, policy: str = "no-otp-under-cap") -> AppContext:
    ctx = AppContext.open(str(home), MemoryStore({credentials.till_password(DEMO_TILL): DEMO_PASSWORD}))
    for key, value in (("host", sim.url), ("till", DEMO_TILL), ("offline.policy", policy)):
        ctx.settings.set(key, value)
    return ctx


def network_down(ctx: AppContext) -> None:
    ctx.settings.set("host", f"http://127.0.0.1:{free_port()}")
    ctx.reset_client()


def network_back(ctx: AppContext, sim: SimAdmin) -> None:
    ctx.settings.set("host", sim.url)
    ctx.reset_client()


def offline(points: int | str, bill: str) -> NewRedemption:
    return NewRedemption("mobile", ASHA.value, Decimal(points), bill)


def test_a_step_learned_online_refuses_15_points_offline(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    with pytest.raises(Rejected):
        ctx.client.is_redeemable(ASHA, Decimal(15))  # online: the service says multiples of 10
    network_down(ctx)
    restarted = till(sim, app_home)  # the rules outlive the process
    network_down(restarted)
    with pytest.raises(OfflineRefused) as refused:
        queue_offline(restarted.sender(), offline(15, "R-1"))
    assert "only in multiples of 10 points" in str(refused.value) and "Try 10 or 20" in str(refused.value)
    assert restarted.outbox.items() == []
    assert queue_offline(restarted.sender(), offline(20, "R-1")).kind == "queued"


def test_a_maximum_learned_online_refuses_more_offline_naming_it(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    ctx.settings.set("offline.max_points_each", "500")
    ctx.reset_client()
    with pytest.raises(Rejected):
        ctx.client.is_redeemable(ASHA, Decimal(250))
    with pytest.raises(OfflineRefused, match="at most 200 points per redemption"):
        queue_offline(ctx.sender(), offline(250, "M-1"))


def test_a_second_redemption_on_one_bill_is_refused_offline(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    first = queue_offline(ctx.sender(), offline(20, "B-1"))
    assert first.kind == "queued"
    with pytest.raises(OfflineRefused) as refused:
        queue_offline(ctx.sender(), offline(30, "B-1"))
    assert "Bill B-1 already has a redemption on this till" in str(refused.value)
    assert first.item.reference in str(refused.value)
    assert len(ctx.outbox.items()) == 1


def test_a_bill_redeemed_online_is_refused_offline(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    ctx.client.is_redeemable(ASHA, Decimal(100), issue_otp=True, validation_type="SMS")
    online = NewRedemption(
        "mobile", ASHA.value, Decimal(100), "B-9", validation_type="SMS", validation_code=sim.otp(ASHA.value)
    )
    assert redeem_at_till(ctx.sender(), online).kind == "done"
    network_down(ctx)
    with pytest.raises(OfflineRefused, match=r"Bill B-9 already has a redemption on this till .*done"):
        queue_offline(ctx.sender(), offline(20, "B-9"))


def test_refusals_name_the_offline_cap_and_the_total_waiting(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    ctx.settings.set("offline.max_points_total", "250")
    ctx.reset_client()
    with pytest.raises(OfflineRefused) as over_cap:
        queue_offline(ctx.sender(), offline(250, "C-1"))
    said = str(over_cap.value)
    assert "at most 200 points" in said and "offline cap" in said and "250 were asked for" in said
    assert "has only" not in said
    queue_offline(ctx.sender(), offline(200, "C-2"))
    with pytest.raises(OfflineRefused) as over_total:
        queue_offline(ctx.sender(), offline(100, "C-3"))
    said = str(over_total.value)
    assert "200 points are already waiting" in said and "300" in said and "limit of 250" in said
    assert "At most 50 more" in said


def test_a_deliberately_queued_redemption_has_its_own_words(sim: SimAdmin, app_home: Path) -> None:
    ctx = till(sim, app_home)
    network_down(ctx)
    outcome = queue_offline(ctx.sender(), offline(20, "W-1"))
    assert outcome.message.startswith("Accepted offline: 20 points on bill W-1")
    assert "No answer" not in outcome.message and outcome.item.reference in outcome.message
    assert "without a code" in outcome.message and "PENDING receipt" in outcome.message


def test_an_item_refused_in_replay_says_who_what_to_ask_and_how_to_settle(sim: SimAdmin, app_home: Path, cli) -> None:
    ctx = till(sim, app_home)
    ctx.settings.save()
    network_down(ctx)
    item = queue_offline(ctx.sender(), offline(15, "F-1")).item  # nothing learned yet: accepted
    network_back(ctx, sim)
    Replayer(ctx.sender()).run(max_wait_s=0)
    failed = ctx.outbox.get(item.id)
    assert failed.state == ATTENTION
    reason = failed.reason
    assert reason.startswith("The loyalty service refused this redemption when it was sent:")
    assert "15 points are not in the steps the program allows (only in multiples of 10 points)" in reason
    assert "mobile 91******8221" in reason
    assert ASHA.value not in reason
    assert "PENDING slip for 15 points on bill F-1" in reason and "redo the redemption with them" in reason
    assert "pos-app" not in reason  # the queue screen and the command line each say how to cancel
    listed = cli("queue", "list")
    assert "PENDING slip for 15 points on bill F-1" in listed.out and ASHA.value not in listed.out
    assert f"pos-app queue cancel {item.id} --reason" in listed.out
    assert ctx.org_rules.for_program("").step() == 10  # and the replay's answer taught the rule
