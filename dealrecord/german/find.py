"""Finding money and numbers in running German text, with their spans.

The finders are lenient: they return a list (empty when there is nothing)
and never raise on a ``str``.  They read phrases with the same grammar as
:func:`~dealrecord.german.parse_amount` (:func:`dealrecord.german.money.phrase_at`),
started only where a phrase can be: at digits, currency symbols and a short
list of scale and currency words (``_lexicon.MONEY_TRIGGERS``), after a look
back over the few words before them for a qualifier ("bis zu"), a range
("zwischen") or a number word the grammar reads ("siebenundachtzig").  Each
look reads a bounded number of words, so the cost grows linearly with the
text.

>>> text = "Amazon verhandelt über eine Investition von bis zu 50 Milliarden Dollar."
>>> [(m.text, m.amount.high, m.amount.currency) for m in find_money(text)]
[('bis zu 50 Milliarden Dollar', Decimal('50000000000'), 'USD')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dealrecord.german._mention import Mention
from dealrecord.german._money_policy import MoneyPolicy
from dealrecord.german._numbers_policy import NumbersPolicy
from dealrecord.german._scan import Scan
from dealrecord.german.numbers import check_default_currency, check_locale
from dealrecord.values import check_currency

__all__ = ["Mention", "find_money", "find_numbers", "iter_money"]


def _check(text: object, locale: str, default_currency: str | None) -> None:
    if not isinstance(text, str):
        msg = f"expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    check_locale(locale)
    check_default_currency(default_currency)
    if default_currency is not None:
        check_currency(default_currency, "default_currency")


def find_money(
    text: str, *, locale: str = "de", default_currency: str | None = None
) -> list[Mention]:
    """Every money mention in *text*, left to right, not overlapping.

    A mention names a currency ("100 Milliarden Dollar", "60 Cent") or is a
    magnitude phrase ("im zweistelligen Milliardenbereich", whose currency
    is *default_currency*).  Numbers without a currency ("7,9 Milliarden
    Verlust", "3 Millionen Menschen"), dates, times and percentages are not
    money.  Numbers joined by "und", "bzw." or commas share the currency and
    scale of the last ("15 bzw. 20 Mrd. Euro" are two mentions).

    Raises only for arguments that are not a text or not a known locale.

    >>> [(m.text, str(m.amount.low)) for m in find_money(
    ...     "Der Umsatz stieg von 26,9 Mrd. $ auf 60,9 Mrd. $.")]
    [('26,9 Mrd. $', '26900000000'), ('60,9 Mrd. $', '60900000000')]
    """
    _check(text, locale, default_currency)
    return Scan(MoneyPolicy(text, locale, default_currency)).run()


def find_numbers(text: str, *, locale: str = "de") -> list[Mention]:
    """Every number in *text* (digits or words, with scale words), left to right.

    "1.234.567" is one number; a money mention counts as a number too, with
    its currency.  The article "ein"/"eine" alone is not a number, nor are
    times and dates with a day, a month or a quarter ("14:30", "31. Januar
    2026", "am 3. März", "2. Quartal 2025"); a year alone ("im Jahr 2026")
    is a number, and a year and the next after a slash or a dash ("Winter
    2025/26") are one, a range from the first to the second.

    >>> [(m.text, m.amount.value) for m in find_numbers("drei Millionen und 1.234.567")]
    [('drei Millionen', Decimal('3000000')), ('1.234.567', Decimal('1234567'))]
    """
    _check(text, locale, None)
    return Scan(NumbersPolicy(text, locale, None)).run()


def iter_money(
    texts: Iterable[str], *, locale: str = "de", default_currency: str | None = None
) -> Iterator[list[Mention]]:
    """:func:`find_money` over many texts, one list per text, lazily.

    >>> [len(found) for found in iter_money(["5 Euro", "nichts", "1 $ und 2 €"])]
    [1, 0, 2]
    """
    check_locale(locale)
    for text in texts:
        yield find_money(text, locale=locale, default_currency=default_currency)
