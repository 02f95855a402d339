"""A replay process killed with SIGKILL at random moments, 200 times: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.outbox import DONE, OPEN_STATES, NewRedemption, Outbox
from tests.conftest import REPO, SimAdmin

# 200 kills after 0.25-0.9 s each are ~2 min of waiting alone: more than the suite's 120 s per test.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

KILLS = 200
CUSTOMERS = {"919777788221": "564670755", "919777785205": "564670801", "919777700303": "564670990"}
MOBILES = list(CUSTOMERS)


def test_replay_killed_200_times_loses_and_doubles_nothing(sim: SimAdmin, cli, app_home: Path) -> None:
    assert cli("config", "set", "host", sim.url).code == 0
    assert cli("config", "set", "offline.requests_per_minute", "100000").code == 0
    assert cli("config", "set", "api.requests_per_minute", "100000").code == 0  # a key of its own, no one else's
    assert cli("config", "set", "offline.replay_share", "1").code == 0
    assert cli("credentials", "set", "--till", "demo.till", "--password-stdin", stdin="demo\n").code == 0
    sim.server.state.data["rate_limit_per_minute"] = 10**9
    for user_id in CUSTOMERS.values():  # three customers: the replay claims several rows at a time
        sim.server.state.customers[user_id]["points"] = Decimal(10**9)
    sim.fault("/v1.1/points/redeem", "latency", count=None, ms=8)  # slow enough to be killed mid-send
    outbox = Outbox(app_home / "data" / "outbox.sqlite3")
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    added = 0
    kills_mid_replay = 0
    for _ in range(KILLS):
        if len(outbox.items(OPEN_STATES)) < 45:
            for _ in range(90):
                added += 1
                outbox.add(
                    NewRedemption(
                        "mobile", MOBILES[added % 3], Decimal(10), f"CRASH-{added}", skip_validation=True, offline=True
                    )
                )
        if rng.random() < 0.2:  # now and then the answer is lost too: the row must be reconciled
            sim.fault("/v1.1/points/redeem", "drop-after-commit", count=1)
        process = subprocess.Popen(
            [sys.executable, "-m", "pos_app", "queue", "replay", "--max-wait", "0"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.25, 0.9))
        if process.poll() is None:
            kills_mid_replay += 1
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    sim.clear_faults()
    final = cli("queue", "replay", "--max-wait", "120", timeout=600)
    assert final.code == 0, final.out[-2000:] + final.err[-2000:]
    rows = outbox.items()
    references = [row["external_reference_number"] for row in sim.ledger()]
    assert len(rows) == added
    assert all(row.state == DONE for row in rows), "a row was lost"
    assert len(references) == len(set(references)), "a row was applied twice"
    assert set(references) == {row.reference for row in rows}
    for mobile in MOBILES:  # and each customer's rows applied in the order they were taken
        taken = [int(r["transaction_number"].split("-")[1]) for r in sim.ledger() if r["mobile"] == mobile]
        assert taken == sorted(taken), f"{mobile}: out of order"
    assert kills_mid_replay > KILLS * 0.8, f"only {kills_mid_replay} kills landed mid-replay"
    print(f"{KILLS} kills ({kills_mid_replay} mid-replay), {added} rows, {len(references)} applied once each")
