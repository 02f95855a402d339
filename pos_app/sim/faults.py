"""Faults the simulator can inject into the next calls of an endpoint.

kinds, and whether the call is applied before the fault strikes:
- ``latency`` (``ms``; ``"phase": "after"`` to sleep after applying): slow answer.
- ``refuse``: the connection is reset before the request is read. Not applied.
- ``reset``: the request is read, then the connection is reset. Not applied.
- ``drop-after-commit``: applied, then the connection is cut before any answer.
- ``http-500``: an HTTP 500 with no JSON. Not applied.
- ``html-502``: a proxy's HTML error page. Not applied.
- ``bad-json``: applied, then a truncated JSON body is sent.
- ``rate-limit``: HTTP 429 with ``Retry-After`` (``retry_after``, default 1). Not applied.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

KINDS = frozenset({"latency", "refuse", "reset", "drop-after-commit", "http-500", "html-502", "bad-json", "rate-limit"})
ANY_ENDPOINT = "*"


@dataclass
class Fault:
    endpoint: str
    kind: str
    remaining: int | None  # None: until cleared
    ms: int = 0
    phase: str = "before"
    retry_after: int = 1

    def as_json(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "kind": self.kind,
            "count": self.remaining,
            "ms": self.ms,
            "phase": self.phase,
            "retry_after": self.retry_after,
        }


def parse_fault(spec: Any) -> Fault:
    if not isinstance(spec, dict):
        raise ValueError("a fault is a JSON object")
    kind = str(spec.get("kind", ""))
    if kind not in KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(KINDS)}")
    count = spec.get("count")
    if count is not None and (not isinstance(count, int) or count < 1):
        raise ValueError("count must be a positive whole number")
    phase = str(spec.get("phase", "before"))
    if phase not in ("before", "after"):
        raise ValueError("phase is 'before' or 'after'")
    return Fault(
        endpoint=str(spec.get("endpoint", ANY_ENDPOINT)),
        kind=kind,
        remaining=count,
        ms=int(spec.get("ms", 0)),
        phase=phase,
        retry_after=int(spec.get("retry_after", 1)),
    )


class FaultBook:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def listing(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.as_json() for f in self._faults]

    def take(self, path: str) -> Fault | None:
        """The first fault for ``path``, counted as used once."""
        with self._lock:
            for fault in self._faults:
                if fault.endpoint in (path, ANY_ENDPOINT):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._faults.remove(fault)
                    return fault
        return None
