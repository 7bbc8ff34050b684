"""Test configuration: hypothesis profiles chosen by the CI environment variable.

- ``dev`` (default): quick, random examples, a generous deadline.
- ``ci`` (when ``CI`` is set, as CI does): more examples, derandomized so a
  run is reproducible, and no deadline, since shared machines stall.

Pick one by hand with ``pytest --hypothesis-profile=ci``.

The tests that start processes or time growth are marked ``slow``: the
compiled build, the documentation site's build, the Dask cluster and every
test that calls :func:`tests._growth.growth`.  ``pytest -m "not slow"`` is
the quick subset for the edit loop; CI runs everything.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
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


#: Tests that start processes, by module and (None: all of it) name.
_SLOW_PROCESSES = {
    "test_compiled.py": "test_compiled_build_reads_as_the_pure_modules",
    "test_dask_example.py": None,
    "test_docs.py": "test_site_builds_strictly",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the slow tests (see the module docstring)."""
    for item in items:
        function = getattr(item, "function", None)
        name = getattr(function, "__name__", None)
        module = item.path.name
        slow_process = module in _SLOW_PROCESSES and _SLOW_PROCESSES[module] in (
            None,
            name,
        )
        times_growth = function is not None and "growth" in function.__code__.co_names
        if slow_process or times_growth:
            item.add_marker(pytest.mark.slow)
