"""Measure how a function's cost grows with its input, without wall-clock limits.

Tests compare the time for an input against the time for one ten times as
large: linear code takes about ten times as long, quadratic code a hundred.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def growth(
    function: Callable[[str], object], make: Callable[[int], str], size: int
) -> float:
    """Time(``make(10 * size)``) / time(``make(size)``), best of three runs each."""

    def best(text: str) -> float:
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            function(text)
            timings.append(time.perf_counter() - start)
        return min(timings)

    small, large = make(size), make(10 * size)
    return best(large) / max(best(small), 1e-9)
