"""Round trip per call against the simulator on loopback, and the client's overhead.

Run:  .venv/bin/python tests/perf/bench_client.py [--calls 500]

For each call the app's client is timed, and a bare ``requests.Session`` doing the same
HTTP request (same URL, query, headers) is timed in the same run, interleaved, so both
meet the same machine noise. Goal: client median <= 1.1x the bare call.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal

import requests

from pos_app.core.capillary import CapillaryClient, Identifier
from pos_app.core.capillary.auth import basic_header
from pos_app.sim.data import load_data
from pos_app.sim.server import SimServer


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()
    data = load_data()
    data["rate_limit_per_minute"] = 10**9
    sim = SimServer(0, data).start()
    client = CapillaryClient.with_basic_auth(sim.url, "demo.till", "demo")
    bare = requests.Session()
    headers = {"Authorization": basic_header("demo.till", "demo"), "Accept": "application/json"}
    who = Identifier("card_number", "CARD0001")
    cases: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "customer/get": (
            lambda: client.get_customer(who),
            lambda: bare.get(
                f"{sim.url}/v1.1/customer/get",
                headers=headers,
                timeout=(3.05, 15),
                params={"format": "json", "card_number": "CARD0001", "user_id": "true", "card_details": "true"},
            ).json(),
        ),
        "points/isredeemable": (
            lambda: client.is_redeemable(who, Decimal(100)),
            lambda: bare.get(
                f"{sim.url}/v1.1/points/isredeemable",
                headers=headers,
                timeout=(3.05, 15),
                params={"format": "json", "card_number": "CARD0001", "points": "100"},
            ).json(),
        ),
    }
    print(f"command: {' '.join([sys.executable.split('/')[-1], *sys.argv])}")
    print(f"{'call':22} {'client p50':>11} {'p99':>8} {'bare p50':>9} {'p99':>8} {'ratio p50':>10}")
    worst = 0.0
    try:
        for name, (ours, theirs) in cases.items():
            for _ in range(50):  # warm up connections and caches
                ours()
                theirs()
            mine: list[float] = []
            base: list[float] = []
            for _ in range(args.calls):
                mine.append(timed(ours))
                base.append(timed(theirs))
            ratio = statistics.median(mine) / statistics.median(base)
            worst = max(worst, ratio)
            print(
                f"{name:22} {statistics.median(mine):9.2f}ms {percentile(mine, 0.99):6.2f}ms "
                f"{statistics.median(base):7.2f}ms {percentile(base, 0.99):6.2f}ms {ratio:9.2f}x"
            )
    finally:
        sim.stop()
    print(f"worst median ratio client/bare: {worst:.2f}x (goal <= 1.10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
