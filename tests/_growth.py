"""Measure how a function's cost grows with its input, without wall-clock limits.

Tests compare the time for an input against the time for one ten times as
large: linear code takes about ten times as long, quadratic code a hundred.

The machine may be shared, so the measure is made robust against noise
that is not the function's own cost: CPU time of this process (not wall
time), the garbage collector paused (its passes grow with the whole heap,
not with the input), the best of several runs, and one fresh measurement
when the first looks superlinear.  A quadratic function fails every time.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def _best(function: Callable[[str], object], text: str, runs: int) -> float:
    timings = []
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            function(text)
            timings.append(time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return min(timings)


def growth(
    function: Callable[[str], object],
    make: Callable[[int], str],
    size: int,
    *,
    limit: float = 15.0,
) -> float:
    """Time(``make(10 * size)``) / time(``make(size)``), the best of runs.

    Measured again once when the ratio is *limit* or more; the lower ratio
    is returned.
    """
    small, large = make(size), make(10 * size)
    ratio = float("inf")
    for _ in range(2):
        small_time = max(_best(function, small, 5), 1e-6)
        ratio = min(ratio, _best(function, large, 3) / small_time)
        if ratio < limit:
            break
    return ratio
