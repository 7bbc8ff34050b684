"""Measure how a function's cost grows with its input, without wall-clock limits.

Tests compare the time for an input against the time for one ten times as
large: linear code takes about ten times as long, quadratic code a hundred.

The machine may be shared, so the measure is made robust against noise
that is not the function's own cost: CPU time of this process (not wall
time), the garbage collector paused (its passes grow with the whole heap,
not with the input), measurements of the two sizes that take about as
long, taken in turn, the best of each, and more of them when the first
look superlinear.  A quadratic function fails every time.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def _time(function: Callable[[str], object], text: str, runs: int = 1) -> float:
    """CPU seconds of one run of *function* on *text*, the mean over *runs*."""
    start = time.process_time()
    for _ in range(runs):
        function(text)
    return (time.process_time() - start) / runs


def growth(
    function: Callable[[str], object],
    make: Callable[[int], str],
    size: int,
    *,
    limit: float = 15.0,
) -> float:
    """Time(``make(10 * size)``) / time(``make(size)``), the best of runs.

    The small input is timed ten runs at a time, so that each measurement
    of either input takes about as long and is as likely to be slowed by
    other work on the machine; the two alternate.  When the ratio is
    *limit* or more, more runs are made, up to three rounds; each input's
    best measurement so far counts.
    """
    small, large = make(size), make(10 * size)
    small_time = large_time = float("inf")
    ratio = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            for _ in range(2):
                small_time = min(small_time, _time(function, small, 10))
                large_time = min(large_time, _time(function, large))
            ratio = large_time / max(small_time, 1e-9)
            if ratio < limit:
                break
    finally:
        if enabled:
            gc.enable()
    return ratio
