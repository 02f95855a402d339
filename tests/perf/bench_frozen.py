"""Start to a ready window: the frozen bundle beside the source install, same run, interleaved.

Run:  bash installer/build.sh && .venv/bin/python tests/perf/bench_frozen.py [--runs 10]
(offscreen Qt platform; ``--demo`` in a fresh home each run; POS_APP_EXIT_WHEN_READY makes
the app print ``ready`` once the window takes input, then quit).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_window import REPO, time_to_ready

FROZEN = REPO / "build" / "dist" / "pos-app" / "pos-app"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    if not FROZEN.exists():
        sys.exit(f"no bundle at {FROZEN}: run bash installer/build.sh first")
    frozen, source = [], []
    for _ in range(runs):
        frozen.append(time_to_ready(["--home", tempfile.mkdtemp(), "--demo"], [str(FROZEN)]))
        source.append(time_to_ready(["-m", "pos_app", "--home", tempfile.mkdtemp(), "--demo"]))
    f50, s50 = statistics.median(frozen), statistics.median(source)
    print(
        f"start to ready window, {runs} runs each, interleaved: frozen bundle p50 {f50:.0f} ms "
        f"(max {max(frozen):.0f}), source install p50 {s50:.0f} ms (max {max(source):.0f}), "
        f"frozen/source {f50 / s50:.2f}x"
    )


if __name__ == "__main__":
    main()
