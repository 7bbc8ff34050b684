"""The sdist and the wheel hold what they promise, and the wheel installs.

``python -m build --no-isolation`` builds the sdist from this checkout and
the wheel from that sdist, with the hatchling of this environment, into a
temporary folder: offline, and leaving nothing in the checkout.  The tests
check both with ``twine check --strict``, list their members, then install
the wheel into a fresh virtual environment without an index (the runtime
dependencies come from this environment, through a ``.pth`` file) and run
the ``dealrecord`` command and an import there, from a folder outside the
checkout.
"""

from __future__ import annotations

import email.message
import email.parser
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from dealrecord import __version__

ROOT = Path(__file__).resolve().parent.parent
#: What a build must not leave in the checkout.
LEFTOVERS = ("dist", "build", "dealrecord.egg-info")
#: Folders the sdist carries whole (but for caches and build products).
SDIST_FOLDERS = ("dealrecord", "tests", "docs", "examples", "benchmarks")
#: Files at the top of the sdist.
SDIST_FILES = (
    "LICENSE",
    "THIRD_PARTY.md",
    "README.md",
    "CHANGELOG.md",
    "pyproject.toml",
    "hatch_build.py",
    "mkdocs.yml",
    "PKG-INFO",
)
_CACHES = frozenset(
    {"__pycache__", ".hypothesis", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
)
_BUILT = frozenset({".pyc", ".pyo", ".so", ".pyd"})


class Dists(NamedTuple):
    """What the build made, and what it left in the checkout."""

    sdist: Path
    wheel: Path
    leftovers: list[str]


def _run(
    command: list[str | Path], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, command))} exited {done.returncode}\n"
        f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    )
    return done


def _environment(**changes: str) -> dict[str, str]:
    """This process's environment without what would change a build or import."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "DEALRECORD_COMPILE")
    }
    env.update(changes)
    return env


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    out = tmp_path_factory.mktemp("dist")
    there = [name for name in LEFTOVERS if (ROOT / name).exists()]
    command: list[str | Path] = [
        sys.executable,
        "-m",
        "build",
        "--no-isolation",
        "--outdir",
        out,
        ROOT,
    ]
    _run(command, cwd=out, env=_environment())
    left = [n for n in LEFTOVERS if (ROOT / n).exists() and n not in there]
    (sdist,) = out.glob("dealrecord-*.tar.gz")
    (wheel,) = out.glob("dealrecord-*.whl")
    return Dists(sdist, wheel, left)


def _files(folder: Path) -> Iterator[str]:
    """The files under *folder* a distribution should hold, relative to ROOT."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(ROOT)
        cached = _CACHES.intersection(relative.parts)
        if path.is_file() and path.suffix not in _BUILT and not cached:
            yield relative.as_posix()


def _metadata(text: str) -> email.message.Message:
    return email.parser.Parser().parsestr(text)


def test_build_leaves_nothing_in_the_checkout(dists: Dists) -> None:
    assert dists.leftovers == []
    assert dists.sdist.name == f"dealrecord-{__version__}.tar.gz"
    assert dists.wheel.name == f"dealrecord-{__version__}-py3-none-any.whl"


def test_twine_check_passes(dists: Dists) -> None:
    done = _run(
        [sys.executable, "-m", "twine", "check", "--strict", dists.sdist, dists.wheel],
        cwd=dists.wheel.parent,
    )
    assert done.stdout.count("PASSED") == 2, done.stdout
    assert "WARNING" not in done.stdout + done.stderr


def test_wheel_holds_the_package_the_types_and_the_licence(dists: Dists) -> None:
    info = f"dealrecord-{__version__}.dist-info"
    with zipfile.ZipFile(dists.wheel) as wheel:
        names = set(wheel.namelist())
        licence = wheel.read(f"{info}/licenses/LICENSE")
        metadata = _metadata(wheel.read(f"{info}/METADATA").decode("utf-8"))
    assert "dealrecord/py.typed" in names
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert b"MIT License" in licence
    # The package and its metadata, and nothing else: no tests, no benchmarks.
    assert {name.split("/")[0] for name in names} == {"dealrecord", info}
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    missing = set(_files(ROOT / "dealrecord")) - names
    assert not missing, f"the wheel lacks {sorted(missing)}"
    assert metadata["Name"] == "dealrecord"
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"


def test_sdist_holds_the_tests_docs_examples_and_notices(dists: Dists) -> None:
    top = f"dealrecord-{__version__}"
    with tarfile.open(dists.sdist) as sdist:
        members = {
            name.removeprefix(f"{top}/")
            for name in sdist.getnames()
            if name.startswith(f"{top}/")
        }
        pkg_info = sdist.extractfile(f"{top}/PKG-INFO")
        assert pkg_info is not None
        metadata = _metadata(pkg_info.read().decode("utf-8"))
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "MIT"
    for name in SDIST_FILES:
        assert name in members, f"the sdist lacks {name}"
    for folder in SDIST_FOLDERS:
        expected = set(_files(ROOT / folder))
        assert expected, f"{folder} is empty"
        missing = expected - members
        assert not missing, f"the sdist lacks {sorted(missing)}"
    for name in (
        "dealrecord/py.typed",
        "tests/test_package.py",
        "tests/data/duckling_de_money.jsonl",
        "tests/data/cldr_de_snapshot.json",
        "docs/index.md",
        "examples/nvidia_openai.py",
        "examples/data/article_de.txt",
        "examples/data/README.md",
        "benchmarks/find.py",
    ):
        assert name in members, f"the sdist lacks {name}"
    assert not [m for m in members if m.startswith((".ci/", "site/", "dist/"))]
    assert not [m for m in members if "__pycache__" in m or m.endswith(".pyc")]


def test_wheel_installs_and_runs_in_a_fresh_environment(
    dists: Dists, tmp_path: Path
) -> None:
    home = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", home], cwd=tmp_path)
    bin_dir = home / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    script = bin_dir / ("dealrecord.exe" if os.name == "nt" else "dealrecord")
    env = _environment()
    # This environment's pip installs into the new one, without an index.
    install: list[str | Path] = [sys.executable, "-m", "pip", "--python", python]
    install += ["--disable-pip-version-check", "install", "--no-index", "--no-deps"]
    _run([*install, "--quiet", dists.wheel], cwd=tmp_path, env=env)
    # Only then the runtime dependencies: this environment's site-packages
    # after the new one's, so the installed wheel comes first.
    site = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=tmp_path,
        env=env,
    ).stdout.strip()
    paths = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(site) / "_dealrecord_test_deps.pth").write_text(
        "".join(f"{path}\n" for path in paths), encoding="utf-8"
    )

    version = _run([script, "--version"], cwd=tmp_path, env=env)
    assert version.stdout == f"dealrecord {__version__}\n"
    parsed = _run([script, "parse", "bis zu 50 Mrd. US-Dollar"], cwd=tmp_path, env=env)
    assert '"high":"50000000000","currency":"USD"' in parsed.stdout
    check = (
        "import importlib.metadata, dealrecord; "
        "print(dealrecord.__file__); print(dealrecord.__version__); "
        "print(importlib.metadata.version('dealrecord'))"
    )
    imported = _run([python, "-c", check], cwd=tmp_path, env=env)
    where, module_version, installed_version = imported.stdout.splitlines()
    assert Path(where).is_relative_to(Path(site)), where
    assert module_version == installed_version == __version__
