"""Show the doctests of docstrings as code in the API reference.

Docstrings here hold plain doctests (``>>>`` sessions), which pytest runs;
Markdown would read them as quotes.  This extension fences each session as
``pycon`` code before the docstring is rendered.  Used by ``mkdocs.yml``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

#: A doctest session: a ">>>" line and every line after it up to a blank one.
_SESSION = re.compile(r"^(?P<indent>[ ]{0,8})>>> .*+(?:\n(?P=indent)\S.*+)*+", re.M)


def fence(text: str) -> str:
    """*text* with every doctest session in a ``pycon`` code fence."""

    def wrap(match: re.Match[str]) -> str:
        indent = match["indent"]
        return f"{indent}```pycon\n{match[0]}\n{indent}```"

    return _SESSION.sub(wrap, text)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe reads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence(obj.docstring.value)
