"""The compiled build reads every text exactly as the pure modules do.

``DEALRECORD_COMPILE=1`` builds a wheel whose finder modules are compiled
with mypyc (hatch_build.py).  This test builds one, installs it into a
folder of its own, reads the test texts with it in a second process and
compares every mention and every parse with what the pure modules give
here, and the errors that arguments of a wrong type or value raise.
"""

from __future__ import annotations

import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import pytest

from dealrecord import Mention, find_money, find_numbers, iter_money, parse_number
from dealrecord.errors import ParseError
from dealrecord.german import find as find_module
from dealrecord.german import parse_amount
from dealrecord.serialization import to_dict
from tests.test_find import DESIGN, NOT_MONEY, SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
COMPILED = (
    "_tokens",
    "numbers",
    "money",
    "_starts",
    "_policy",
    "_money_policy",
    "_numbers_policy",
    "_scan",
    "find",
)

#: Read in the second process, from the installed wheel; prints JSON.
_READ = """
import importlib, json, sys
from tests.test_compiled import errors, readings
for name in {modules!r}:
    module = importlib.import_module("dealrecord.german." + name)
    if module.__file__.endswith(".py"):
        sys.exit(f"{{module.__name__}} is not compiled: {{module.__file__}}")
texts = json.load(sys.stdin)
json.dump([readings(texts), errors()], sys.stdout)
"""


def _why_not_built() -> str | None:
    """Why no extension can be built here, or None if one can."""
    command = shlex.split(sysconfig.get_config_var("CC") or "cc")
    if not command or shutil.which(command[0]) is None:
        return "no C compiler to build with"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers to build with"
    return None


#: Calls with an argument of a wrong type or value.  A compiled function
#: checks the types of its arguments before its own checks run: the pure
#: ones raise the same errors for them.
INVALID: list[tuple[Callable[..., object], tuple[object, ...], dict[str, object]]] = [
    (find_money, (None,), {}),
    (find_money, ("5 Euro",), {"locale": None}),
    (find_money, ("5 Euro",), {"locale": "xx"}),
    (find_money, ("5 Euro",), {"default_currency": 5}),
    (find_money, ("5 Euro",), {"default_currency": "XXY"}),
    (find_numbers, (b"5",), {}),
    (lambda *a, **k: list(iter_money(*a, **k)), ([None],), {}),
    (lambda *a, **k: list(iter_money(*a, **k)), (["5"],), {"locale": 5}),
    (parse_amount, (None,), {"locale": "xx"}),
    (parse_amount, ("5 Euro",), {"default_currency": 5}),
    (parse_amount, ("5 Euro",), {"default_currency": "XXY"}),
    (parse_number, (5,), {}),
    (parse_number, ("5",), {"locale": 5}),
]


def errors() -> list[str]:
    """The name of the error each of INVALID raises."""
    names = []
    for function, args, kwargs in INVALID:
        try:
            function(*args, **kwargs)
        except Exception as error:  # its class is the result
            names.append(type(error).__name__)
        else:
            names.append("no error")
    return names


def _row(m: Mention) -> list[object]:
    return [m.start, m.end, m.text, to_dict(m.amount), m.lenient, m.note]


def readings(texts: list[str]) -> list[list[object]]:
    """What the finders and parse_amount make of each text, as JSON values."""
    out: list[list[object]] = []
    for text in texts:
        try:
            parsed: object = to_dict(parse_amount(text))
        except ParseError as error:
            parsed = str(error)
        out.append(
            [
                [_row(m) for m in find_money(text)],
                [_row(m) for m in find_money(text, default_currency="EUR")],
                [_row(m) for m in find_numbers(text)],
                parsed,
            ]
        )
    return out


def _texts() -> list[str]:
    """The sentence tables, the corpora, and texts put together from their words."""
    texts = [text for text, _ in DESIGN] + list(NOT_MONEY) + [SEED_ARTICLE]
    for name in sorted(DATA.glob("duckling_*.jsonl")):
        for line in name.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    words = " ".join(texts).split()
    # The other way to the trigger words: a Kelvin sign, a letter whose
    # lower case is two; letters outside ASCII before them.
    words += ["\u212aEuro", "5\u212a", "İ", "MİLLİARDEN", "Spaßeuro", "5Mrd.", "Md."]
    rng = random.Random(4)
    for _ in range(3000):
        texts.append(rng.choice(" -").join(rng.choices(words, k=rng.randint(1, 12))))
    return texts


def test_pure_modules_raise_type_errors_for_wrong_types() -> None:
    assert errors() == [
        "TypeError",
        "TypeError",
        "ValueError",
        "TypeError",
        "RecordError",
        "TypeError",
        "TypeError",
        "TypeError",
        "TypeError",
        "TypeError",
        "ValueError",
        "TypeError",
        "TypeError",
    ]


@pytest.mark.skipif(_why_not_built() is not None, reason=str(_why_not_built()))
def test_compiled_build_reads_as_the_pure_modules(tmp_path: Path) -> None:
    assert find_module.__file__ is not None
    assert find_module.__file__.endswith(".py"), "this process must run pure"
    env = {**os.environ, "DEALRECORD_COMPILE": "1"}
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)]
    subprocess.run(build, env=env, check=True)
    (wheel,) = wheels.glob("dealrecord-*.whl")
    assert "-none-any" not in wheel.name, f"{wheel.name} is a pure wheel"
    install = [*pip, "install", "--no-deps", "--target", str(site), str(wheel)]
    subprocess.run(install, check=True)

    texts = _texts()
    # The installed wheel first, then this checkout for the tests package.
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    completed = subprocess.run(
        [sys.executable, "-c", _READ.format(modules=COMPILED)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    compiled, compiled_errors = json.loads(completed.stdout)
    assert compiled_errors == errors()
    pure = readings(texts)
    differ = [t for t, c, p in zip(texts, compiled, pure, strict=True) if c != p]
    assert not differ, f"{len(differ)} texts read differently, first: {differ[0]!r}"
    assert len(texts) > 3000
