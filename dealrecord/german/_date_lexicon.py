"""DATA ONLY: the words of German date expressions.

Month and weekday names come from CLDR through babel (see ``_date_words``
in :mod:`dealrecord.german.dates`); this module holds what CLDR does not
have.  Each table says where it came from.
"""

from __future__ import annotations

from typing import Final

from dealrecord.values import Part

#: Locales whose CLDR month names are read: "Jänner" and "Jän." are de_AT.
MONTH_LOCALES: Final = ("de", "de_AT", "de_CH")

#: Month abbreviations in press use that CLDR lacks (CLDR has "Sept." but not
#: "Sep." for de; de_AT has "Sep."). Source: Duden, "Abkürzungen der Monatsnamen".
EXTRA_MONTHS: Final = {"sep": 9, "sept": 9, "jänner": 1, "feber": 2}

#: Parts of a year or month. Source: Duden usage ("Anfang/Mitte/Ende 2026",
#: "zu Beginn des Jahres").
PERIOD_PARTS: Final = {
    "anfang": Part.EARLY,
    "beginn": Part.EARLY,
    "mitte": Part.MID,
    "ende": Part.LATE,
}

#: Seasons (meteorological, northern hemisphere). Source: Duden.
SEASONS: Final = {
    "frühjahr": Part.SPRING,
    "frühling": Part.SPRING,
    "sommer": Part.SUMMER,
    "herbst": Part.AUTUMN,
    "winter": Part.WINTER,
}

#: Ordinal stems of the quarters, inflected with -e/-en/-er/-es/-em
#: ("drittes Quartal", "im dritten Quartal"). Source: German grammar.
QUARTER_ORDINALS: Final = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4}

#: Prepositions that may stand before a date; a finder leaves them out of
#: the span, a strict parser accepts them. Source: German grammar.
PREPOSITIONS: Final = ("im", "am", "in", "zum", "bis", "seit", "ab", "vom", "für")
