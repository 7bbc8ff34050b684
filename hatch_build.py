"""Wheel build hook: the finders compiled with mypyc, on request.

``DEALRECORD_COMPILE=1 python -m pip install .`` (or ``pip wheel``; "true",
"yes" and "on" do as well as "1") builds
a wheel whose finder modules (:data:`COMPILED`) are C extensions made by
mypyc from the same, unchanged sources; the ``.py`` files ship beside them,
and Python imports the extension first.  Without the variable, and for
editable installs, the wheel is pure Python, as it always was.  The build
then needs a C compiler and the Python headers; pip fetches mypy for it.

tests/test_compiled.py builds such a wheel and checks that it reads every
test text exactly as the pure modules do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The variable that asks for the compiled build.
SWITCH = "DEALRECORD_COMPILE"
#: The modules compiled: the tokenizer, the number and money grammars and
#: the finders, where nearly all the time of find_money goes.
COMPILED = (
    "dealrecord/german/_tokens.py",
    "dealrecord/german/numbers.py",
    "dealrecord/german/_phrase.py",
    "dealrecord/german/_fast.py",
    "dealrecord/german/_magnitude.py",
    "dealrecord/german/money.py",
    "dealrecord/german/_starts.py",
    "dealrecord/german/_policy.py",
    "dealrecord/german/_money_policy.py",
    "dealrecord/german/_numbers_policy.py",
    "dealrecord/german/_scan.py",
    "dealrecord/german/find.py",
)


def _wanted() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() in ("1", "true", "yes", "on")


class MypycBuildHook(BuildHookInterface[BuilderConfig]):
    """Compile :data:`COMPILED` into the wheel when :data:`SWITCH` is set."""

    _work: Path | None = None  # where the compiled copy is made

    def dependencies(self) -> list[str]:
        if not _wanted():
            return []
        # mypyc type-checks the package, so it needs what the package imports.
        return ["mypy>=1.11", "setuptools>=77", *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not _wanted() or self.target_name != "wheel" or version == "editable":
            return
        work = self._work = Path(tempfile.mkdtemp(prefix="dealrecord-mypyc-"))
        try:
            self._compile(work, build_data)
        except BaseException:
            self._clean()
            raise

    def _compile(self, work: Path, build_data: dict[str, Any]) -> None:
        shutil.copytree(
            Path(self.root) / "dealrecord",
            work / "dealrecord",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        )
        # In a folder of its own: mypyc's setuptools run must not read this
        # project's configuration (mypy still reads a user's own).
        subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=work, check=True)
        # One extension for each module, beside its source, and one shared
        # library at the top (mypyc puts its build folder aside).
        built = {
            path.relative_to(work).as_posix(): path
            for path in work.rglob("*")
            if path.suffix in (".so", ".pyd") and path.parts[len(work.parts)] != "build"
        }
        stems = {name.split(".")[0] for name in built}
        missing = [m for m in COMPILED if m.removesuffix(".py") not in stems]
        if missing:
            msg = f"mypyc built no extension for {', '.join(missing)}"
            raise RuntimeError(msg)
        for name, path in built.items():
            build_data["force_include"][str(path)] = name
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        self._clean()

    def _clean(self) -> None:
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None
