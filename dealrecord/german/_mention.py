"""The mention the finders return, public as :class:`dealrecord.german.find.Mention`."""

from __future__ import annotations

import attrs

from dealrecord.values import Amount


@attrs.frozen
class Mention:
    """An amount found in a text: ``text[start:end] == self.text``.

    ``lenient`` is True where the reading needed a guess ("1.5 Mrd." read as
    1,5 Mrd.); ``note`` says what else a reader should know, such as the
    codes an ambiguous currency name ("Kronen") could be.
    """

    start: int
    end: int
    text: str
    amount: Amount
    lenient: bool = False
    note: str | None = None


# Its public home, where pickles and the API reference name it.
Mention.__module__ = "dealrecord.german.find"
