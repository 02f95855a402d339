"""Start to a ready window: the frozen bundle beside the source install, same run, interleaved.

Run:  bash installer/build.sh && .venv/bin/python tests/perf/bench_frozen.py [--runs 10]
(offscreen Qt platform; ``--demo`` in a fresh home each run; POS_APP_EXIT_WHEN_READY makes
the app print ``ready`` once the window takes input, then quit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FROZEN = REPO / "build" / "dist" / "pos-app" / "pos-app"


def time_to_ready(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POS_APP_EXIT_WHEN_READY": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--home", tempfile.mkdtemp(), "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            break
    elapsed = time.perf_counter() - started
    process.wait(timeout=30)
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    if not FROZEN.exists():
        sys.exit(f"no bundle at {FROZEN}: run bash installer/build.sh first")
    frozen, source = [], []
    for _ in range(runs):
        frozen.append(time_to_ready([str(FROZEN)]))
        source.append(time_to_ready([sys.executable, "-m", "pos_app"]))
    f50, s50 = statistics.median(frozen), statistics.median(source)
    print(
        f"start to ready window, {runs} runs each, interleaved: frozen bundle p50 {f50:.0f} ms "
        f"(max {max(frozen):.0f}), source install p50 {s50:.0f} ms (max {max(source):.0f}), "
        f"frozen/source {f50 / s50:.2f}x"
    )


if __name__ == "__main__":
    main()
