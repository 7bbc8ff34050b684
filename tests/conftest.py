"""Test configuration: hypothesis profiles chosen by the CI environment variable.

- ``dev`` (default): quick, random examples, a generous deadline.
- ``ci`` (when ``CI`` is set, as CI does): more examples, derandomized so a
  run is reproducible, and no deadline, since shared machines stall.

Pick one by hand with ``pytest --hypothesis-profile=ci``.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=timedelta(seconds=2))
settings.register_profile(
    "ci",
    max_examples=400,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
settings.load_profile("ci" if _ci else "dev")
