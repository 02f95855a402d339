"""The API key shared: a replay beside a cashier's customers, and a store's tills back online at once.

Run:  .venv/bin/python tests/perf/bench_shared_key.py [live|store|all]

- live: one till, 70 redemptions queued, a key allowed 60 calls a minute (the simulator's
  ``--rate-limit 60``), ``offline.replay_share`` 0.5. While the queue replays, a cashier serves a
  customer every 10 s (on the screen for 3 s: a lookup, then a check). Goals: every live call
  answered (0 refused for the rate limit), the queue drained, each item applied once.
- store: six tills with the same till code (one key, ``--rate-limit 120``), 30 queued each; the
  network returns for all at once and each starts after its random delay. Goals: all 180
  applied once within 4 minutes, at most 10% of the calls answered 429.

The simulator runs in its own process, as the service would; each till is a thread here with
its own outbox, client and share of the key, as a till of its own would be.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests

from pos_app.core.capillary import CapillaryClient, Identifier, RateLimited
from pos_app.core.key_share import KeyShare
from pos_app.core.offline_policy import OfflinePolicy
from pos_app.core.outbox import DONE, OPEN_STATES, NewRedemption, Outbox
from pos_app.core.replay import Replayer, start_delay_s
from pos_app.core.sending import Sender

CUSTOMERS = 200


def start_sim(folder: Path, limit: int) -> tuple[subprocess.Popen[str], str]:
    customers = [
        {
            "user_id": str(10_000 + n),
            "firstname": "C",
            "lastname": str(n),
            "mobile": f"9198{n:08d}",
            "cards": [],
            "points": 10**9,
            "tier": "",
        }
        for n in range(CUSTOMERS)
    ]
    data_file = folder / "org.json"
    data_file.write_text(json.dumps({"customers": customers, "rules": {"max_per_redemption": 10**6}}))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "pos_app", "sim", "--port", str(port), "--data", str(data_file)]
    sim = subprocess.Popen([*command, "--rate-limit", str(limit)], stdout=subprocess.PIPE, text=True)
    if sim.stdout:
        sim.stdout.readline()
    return sim, f"http://127.0.0.1:{port}"


def queued_till(folder: Path, url: str, items: int, first: int, budget: int) -> tuple[Replayer, Outbox]:
    """A till with ``items`` queued, its client on the shared till code, its own share of the key."""
    folder.mkdir(parents=True, exist_ok=True)
    outbox = Outbox(folder / "outbox.sqlite3")
    for n in range(first, first + items):
        who = f"9198{n % CUSTOMERS:08d}"
        outbox.add(NewRedemption("mobile", who, Decimal(10), f"B-{n}", skip_validation=True, offline=True))
    client = CapillaryClient.with_basic_auth(url, "demo.till", "demo")
    share = KeyShare(budget)
    client.transport.key_share = share
    sender = Sender(client, outbox, OfflinePolicy(name="no-otp-under-cap", requests_per_minute=budget))
    return Replayer(sender, share=share), outbox


def replay_until_empty(replayer: Replayer, outbox: Outbox, give_up_at: float) -> None:
    while outbox.summary().open_count and time.monotonic() < give_up_at:
        replayer.run(max_wait_s=60)


def applied_once(url: str, outboxes: list[Outbox]) -> tuple[int, bool]:
    ledger = requests.get(f"{url}/__sim/ledger", timeout=30).json()["redemptions"]
    applied = [row["external_reference_number"] for row in ledger]
    done = {row.reference for outbox in outboxes for row in outbox.items((DONE,), limit=10**9)}
    return len(applied), len(applied) == len(set(applied)) == len(done) and set(applied) == done


def stats(url: str) -> dict[str, Any]:
    return dict(requests.get(f"{url}/__sim/stats", timeout=5).json())


def bench_live(items: int = 70, limit: int = 60, share: float = 0.5) -> None:
    folder = Path(tempfile.mkdtemp())
    sim, url = start_sim(folder, limit)
    try:
        replayer, outbox = queued_till(folder / "till", url, items, 0, int(limit * share))
        key_share, client = replayer.share, replayer.sender.client
        started = time.monotonic()
        worker = threading.Thread(target=replay_until_empty, args=(replayer, outbox, started + 600))
        worker.start()
        live, refused, other_failures = 0, 0, 0
        while worker.is_alive():
            time.sleep(7)
            key_share.serving(True)  # the customer steps up: the lookup, then the check
            try:
                for call in ("lookup", "check"):
                    live += 1
                    try:
                        who = Identifier("mobile", f"9198{random.randrange(CUSTOMERS):08d}")
                        if call == "lookup":
                            client.get_customer(who)
                        else:
                            client.is_redeemable(who, Decimal(10))
                    except RateLimited:
                        refused += 1
                    except Exception:
                        other_failures += 1
                    time.sleep(1.5)
            finally:
                key_share.serving(False)
        elapsed = time.monotonic() - started
        count, once = applied_once(url, [outbox])
        seen = stats(url)
        print(f"live: {items} queued, key {limit}/min, replay share {share:.0%} ({int(limit * share)}/min):")
        print(
            f"  live calls during the replay: {live}, refused for the rate limit: {refused} (goal 0), "
            f"other failures: {other_failures}"
        )
        print(
            f"  queue drained: {'yes' if not outbox.summary().open_count else 'NO'} in {elapsed:.0f} s; "
            f"{count} applied, each once: {'yes' if once else 'NO'}; 429s at the simulator: {seen['rate_limited']}"
        )
    finally:
        sim.terminate()


def bench_store(tills: int = 6, each: int = 30, limit: int = 120, share: float = 0.5) -> None:
    folder = Path(tempfile.mkdtemp())
    sim, url = start_sim(folder, limit)
    try:
        made = [queued_till(folder / f"till{n}", url, each, n * each, int(limit * share)) for n in range(tills)]
        rng = random.Random()
        started = time.monotonic()

        def till(replayer: Replayer, outbox: Outbox) -> None:
            time.sleep(start_delay_s(rng))  # the network returned: each till waits its own moment
            replay_until_empty(replayer, outbox, started + 600)

        threads = [threading.Thread(target=till, args=pair) for pair in made]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        outboxes = [outbox for _, outbox in made]
        count, once = applied_once(url, outboxes)
        left = sum(len(outbox.items(OPEN_STATES)) for outbox in outboxes)
        seen = stats(url)
        key = seen["keys"].get("demo.till", {"answered": 0, "rate_limited": 0})
        calls = key["answered"] + key["rate_limited"]
        share_429 = key["rate_limited"] / calls if calls else 0.0
        print(f"store: {tills} tills on one key of {limit}/min, {each} queued each, each replay at most {share:.0%}:")
        print(
            f"  {count} applied in {elapsed:.0f} s (goal: all {tills * each} within 240 s), each once: "
            f"{'yes' if once else 'NO'}, left waiting: {left}"
        )
        print(
            f"  calls on the key: {calls}, answered 429: {key['rate_limited']} = {share_429:.1%} (goal <= 10%); "
            f"rate {count / elapsed * 60:.0f}/min applied"
        )
    finally:
        sim.terminate()


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    print(f"command: python {' '.join(sys.argv)}")
    if which in ("live", "all"):
        bench_live()
    if which in ("store", "all"):
        bench_store()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
