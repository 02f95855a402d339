"""`pos-app queue replay` numbers each item once: a retry in the same run says so, not [2/1]."""

from __future__ import annotations

import re
from decimal import Decimal

from pos_app.core.outbox import NewRedemption, Outbox
from tests.conftest import SimAdmin


def test_a_retried_item_keeps_its_number_and_says_it_was_tried_again(configured_cli, sim: SimAdmin, app_home) -> None:
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    outbox.add(NewRedemption("mobile", "919777788221", Decimal(10), "R-1", skip_validation=True, offline=True))
    outbox.close()
    sim.fault("/v1.1/points/redeem", "refuse", count=1)  # the first try does not reach the service
    replay = configured_cli("queue", "replay", "--max-wait", "20")
    assert replay.code == 0, replay.out + replay.err
    numbers = re.findall(r"^\[(\d+)/(\d+)\]", replay.out, re.MULTILINE)
    assert len(numbers) == 2 and all(n == ("1", "1") for n in numbers), replay.out
    assert "(tried again)" in replay.out.splitlines()[1] and " done" in replay.out.splitlines()[1], replay.out
    assert replay.out.strip().splitlines()[-1] == "Replay finished: 1 done, 0 still waiting, 0 need attention."
