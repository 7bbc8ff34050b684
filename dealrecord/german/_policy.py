"""What the finders keep of the phrases the scanner reads: the common part.

The scanner (:mod:`dealrecord.german._scan`) finds the phrases; it is given
a policy that says what each phrase is.  :class:`Policy` holds what both
finders read alike around a phrase: "über" after a noun, a prior period's
figure in brackets ("8,2 (Vorjahr: 7,7) Mrd. Euro"), a bound converted in
brackets, articles, dates and times in digits, and the end of a range read
alone.  :class:`~dealrecord.german._money_policy.MoneyPolicy` and
:class:`~dealrecord.german._numbers_policy.NumbersPolicy` add what each
finder keeps.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import Final

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._mention import Mention
from dealrecord.german._starts import (
    LOOK_BACK_CHARS,
    WORD,
)
from dealrecord.german.dates import (
    DATE_YEARS,
    YEAR_LIKE,
    year_pattern,
)
from dealrecord.german.money import Phrase, phrase_at, qualifier_at
from dealrecord.german.numbers import EXACT, Number, number_at
from dealrecord.values import Amount, Qualifier, bounds_of

_SENTENCE_END: Final = ".!?:;\n"
_JOINERS: Final = frozenset(lex.RANGE_JOINERS)
#: How many characters of the text before a phrase are a range joiner.
_JOINER_LEN: Final = max(map(len, lex.RANGE_JOINERS))
#: A joiner that is no coordinator makes a range alone ("5 bis 3"); another
#: only after its range start ("zwischen 90 und 80", not "90 und 80").
_JOINERS_ALONE: Final = frozenset(_JOINERS - set(lex.COORDINATORS))
_STARTS_OF_JOINERS: Final = {joiner: start for start, joiner in lex.RANGE_START.items()}
_BOUND_FROM_CONTEXT: Final = frozenset(
    {
        Qualifier.APPROX,
        Qualifier.AT_MOST,
        Qualifier.LESS_THAN,
        Qualifier.AT_LEAST,
        Qualifier.MORE_THAN,
    }
)
#: A date or a time in digits ("31.01.2026", "14:30", "9:05:30") holds no number.
_DATE_OR_TIME: Final = re.compile(
    r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)
DIGITS: Final = re.compile(r"\d++")
YEARS_NOTE: Final = "a span of years"
DASHES: Final = f"[{re.escape(lex.RANGE_DASHES)}]"
#: A dash between two numbers, with no space before it or spaces on either
#: side: a joiner ("10-5", "20- 15", "10 - 5"), not a minus sign (" -5").
DASH: Final = (
    rf"(?:{DASHES}[\s\u00ad]{{0,3}}|[\s\u00ad]{{1,3}}{DASHES}[\s\u00ad]{{1,3}})"
)
DASH_BEFORE_DIGIT: Final = re.compile(rf"{DASH}(?=\d)")
#: What joins the ends of a range ("bis", "und", a dash not inside a word).
JOINER: Final = re.compile(
    rf"[\s\u00ad]{{1,3}}(?i:{tok.alternation(lex.RANGE_JOINERS)})(?=\s)"
    rf"|{DASHES}(?![^\W\d_])"
)
#: The first and the last of :data:`~dealrecord.german.dates.YEAR_LIKE` as
#: written, to compare four characters with.
_YEAR_LIKE_FIRST: Final = str(YEAR_LIKE[0])
_YEAR_LIKE_LAST: Final = str(YEAR_LIKE[-1])


@functools.cache
def _prior_period() -> re.Pattern[str]:
    """ " (Vorjahr: ", "(2019: ", "(Vj. ": a bracket opening a prior-period
    figure, its label in the group ``label``."""
    labels = tok.alternation(lex.PRIOR_PERIODS)
    return re.compile(
        rf"[\s\u00ad]{{0,3}}\((?P<label>{labels}|{year_pattern(DATE_YEARS)})"
        r"(?![^\W\d_])[\s\u00ad]{0,3}:?[\s\u00ad]{0,3}(?=[\d\-\u2212])",
        re.IGNORECASE,
    )


_CLOSE_BRACKET: Final = re.compile(r"[\s\u00ad]{0,3}\)")


def is_year(text: str, number: Phrase) -> bool:
    """ "im Jahr 2024 und 5 Mio. Euro": a year shares nothing."""
    written = text[number.start : number.end]
    return (
        len(written) == 4
        and written.isdigit()
        and _YEAR_LIKE_FIRST <= written <= _YEAR_LIKE_LAST
    )


class Policy:
    """What a scan keeps of the phrases it reads, and how far it has read.

    The scanner asks a policy for the starts to look at (:meth:`hits`),
    whether digits may go on as a phrase (:meth:`may_go_on`), and hands it
    each phrase it reads (:meth:`found`), once.
    """

    def __init__(self, text: str, locale: str, default_currency: str | None) -> None:
        self.text = text
        self.locale = locale
        self.default_currency = default_currency
        self.floor = 0  # nothing before this is read again
        self.mentions: list[Mention] = []
        #: Spans whose numbers are no numbers (see _date_spans): none but
        #: for find_numbers.
        self.dates: list[tuple[int, int]] = []

    def hits(self) -> Iterable[int]:
        """Where in the text a phrase may be, left to right."""
        raise NotImplementedError

    def may_go_on(self, pos: int) -> bool:
        """Whether what follows the digits at *pos* could continue a phrase."""
        raise NotImplementedError

    def number_before_digits(self, number: Number, pos: int) -> Phrase | None:
        """What the first end of a range is where more digits follow its
        *number* at *pos* ("2024 USD 10-12 Mrd."); None for nothing."""
        raise NotImplementedError

    def found(self, phrase: Phrase) -> None:
        """Keep *phrase*, or what it is part of, and move the floor past it."""
        # The checks that rule out most phrases are made here, before a call.
        if phrase.qualifier is Qualifier.MORE_THAN:
            phrase = self._over_after_noun(phrase)
        if self.text.find("(", phrase.end, phrase.end + 4) != -1 and (
            self._figure_and_prior(phrase)
        ):
            return
        self._keep(phrase)

    def _keep(self, phrase: Phrase) -> None:
        """What :meth:`found` does with a phrase that is no figure before a
        prior period's: this finder's part."""
        raise NotImplementedError

    def _counts(self, read: Phrase) -> bool:
        """Whether *read*, a figure with a scale and currency shared from
        after a bracket, is a mention of its own."""
        raise NotImplementedError

    def article_or_date_end(self, phrase: Phrase) -> int | None:
        """Where to go on from when *phrase* is an article, or its number is
        part of a date or a time; None if it is none of them.

        "eine Firma" (an article, not the number one); "31.01.2026", "ab
        14:30" (all of it, not "30" after it) and "31. Januar 2026" (see
        _date_spans): the scan goes on after the date or time.
        """
        text = self.text
        if tok.fold(text[phrase.start : phrase.end]) in lex.MAGNITUDE_ARTICLES:
            return phrase.end
        digit = DIGITS.search(text, phrase.start, phrase.end)
        if digit is None:
            return None  # a number in words
        at = digit.start()
        date_or_time = _DATE_OR_TIME.match(text, at)
        if date_or_time is not None:
            return date_or_time.end()
        if phrase.has_currency:
            return None
        i = bisect.bisect_right(self.dates, (at, len(text)))
        if i and at < self.dates[i - 1][1]:
            return self.dates[i - 1][1]  # a date holds the number
        return None

    def _figure_and_prior(self, phrase: Phrase) -> bool:
        """ "8,2 (Vorjahr: 7,7) Mrd. Euro": a figure and, in brackets, the
        prior period's, both with the scale and currency after the bracket;
        "8,2 Mrd. Euro (Vorjahr: 7,7)": the bracket after the whole amount.

        Adds the mentions and returns True, or returns False where the
        text after *phrase* is no such bracket.  The prior figure's note is
        its period as written ("Vorjahr", "2019", "Vj.").
        """
        text = self.text
        opening = _prior_period().match(text, phrase.end)
        if opening is None or bounds_of(phrase.qualifier).figures != 1:
            return False  # a range or a magnitude has no one figure
        if is_year(text, phrase):
            return False  # "Der Umsatz 2020 (2019: 7,7) Mrd. Euro"
        # The figure's number, after its qualifier ("rund 8,2 (Vorjahr: …").
        number_start = phrase.start
        if phrase.qualifier is not Qualifier.EXACT:
            qualified = qualifier_at(text, phrase.start)
            if qualified is None:
                return False
            number_start = qualified[1]
        first = number_at(text, number_start, self.locale, strict=False)
        inner_start = opening.end()
        inner = number_at(text, inner_start, self.locale, strict=False, scales=False)
        if first is None or inner is None or phrase.compound:
            return False
        closing = _CLOSE_BRACKET.match(text, inner.end)
        if closing is None:
            return False
        label = opening["label"]
        prior = text[inner_start : inner.end]
        if phrase.has_currency:
            # The whole amount first: the prior figure shares its scale.
            if first.end == phrase.end or phrase.candidates:
                return False  # nothing after the number to share
            value = inner.value
            if first.scaled:
                value = value.scaleb(first.exponent, EXACT)
            amount = phrase.amount()
            self._add(phrase, amount)
            shared = Amount(value, value, amount.currency, Qualifier.EXACT)
            self.mentions.append(
                Mention(inner_start, inner.end, prior, shared, inner.lenient, label)
            )
            self.floor = closing.end()
            return True
        if first.scaled or first.end != phrase.end:
            return False
        # The scale and currency come after the bracket: read each number
        # with them, as if it stood right before them.
        tail = tok.skip(text, closing.end())
        rest = text[tail : tail + LOOK_BACK_CHARS]
        figure = text[phrase.start : phrase.end]
        readings = []
        # The figure keeps its qualifier; the prior one is as written.
        for written, qualifier in (
            (figure, phrase.qualifier),
            (prior, Qualifier.EXACT),
        ):
            joined = f"{written} {rest}"
            read = phrase_at(joined, 0, self.locale, self.default_currency)
            if (
                read is None
                or read.end <= len(written) + 1
                or not self._counts(read)
                or read.candidates
                or read.qualifier is not qualifier
            ):
                return False
            readings.append(read)
        end = tail + readings[0].end - len(figure) - 1
        shared_from = text[tail:end]
        note = f"scale and currency shared with {shared_from!r}"
        spans = ((phrase.start, phrase.end, note), (inner_start, inner.end, label))
        for (start, stop, why), read in zip(spans, readings, strict=True):
            self.mentions.append(
                Mention(start, stop, text[start:stop], read.amount(), read.lenient, why)
            )
        self._numbers_shared()
        self.floor = end
        return True

    def _numbers_shared(self) -> None:
        """Forget the numbers kept for an amount to share its currency: an
        amount after them has shared it."""

    def _add(self, phrase: Phrase, amount: Amount, note: str | None = None) -> None:
        lenient = phrase.lenient
        if phrase.candidates:
            name = self.text[phrase.currency_span[0] : phrase.currency_span[1]]  # type: ignore[index]
            note = f"currency {name!r} is ambiguous: {', '.join(phrase.candidates)}"
        elif self._ends_a_backward_range(phrase):
            lenient = True
            note = "the end of a range whose lower end comes second; read alone"
        elif phrase.rounded and note is None:
            lenient = True
            note = (
                f"rounded to {lex.FRACTION_DIGITS} significant digits: a "
                "fraction with no exact decimal value"
            )
        text = self.text[phrase.start : phrase.end]
        self.mentions.append(
            Mention(phrase.start, phrase.end, text, amount, lenient, note)
        )

    def _ends_a_backward_range(self, phrase: Phrase) -> bool:
        """ "von 5 bis 3 Mio. Euro", "zwischen 90 und 80 Mrd.": the grammar refused."""
        tail = self.text[max(0, phrase.start - 5) : phrase.start].rstrip()
        if not (
            tail[-1:] in lex.RANGE_DASHES or tail[-_JOINER_LEN:].casefold() in _JOINERS
        ):
            return False  # the common case: no joiner right before the phrase
        before = self.text[max(0, phrase.start - LOOK_BACK_CHARS) : phrase.start]
        words = before.rsplit(None, 3)[-3:]
        if len(words) < 2 or not words[-2][-1:].isdigit():
            return False
        last = self.mentions[-1] if self.mentions else None
        if (
            last is not None
            and last.note == YEARS_NOTE
            and len(self.text[last.end : phrase.start].split()) == 1
        ):
            return False  # "2024/25 bis 2027": a span of years is no lower end
        joiner = tok.fold(words[-1])
        if joiner in _JOINERS_ALONE or joiner in lex.RANGE_DASHES:
            return True
        return len(words) == 3 and _STARTS_OF_JOINERS.get(joiner) == tok.fold(words[0])

    def _over_after_noun(self, phrase: Phrase) -> Phrase:
        """ "ein Kredit über 5 Mio. Euro": "über" after a noun names the amount."""
        text = self.text
        word = WORD.match(text, phrase.start)
        if word is None or tok.fold(word[0]) != lex.AMOUNT_AFTER_NOUN:
            return phrase
        # The noun is not part of what was read before ("3 Mio. Dollar über
        # 5 Mio. Euro"), but what comes before the noun may be: it tells
        # whether the noun starts a sentence ("5 Euro Kredite über …" does not).
        window = max(0, phrase.start - LOOK_BACK_CHARS)
        context = text[window : phrase.start].rstrip()
        before = context[max(self.floor - window, 0) :]
        previous = before.rsplit(None, 1)[-1] if before else ""
        ahead = context[: len(context) - len(previous)].rstrip()
        is_noun = previous[:1].isupper() and previous.isalpha()
        sentence_start = not ahead or ahead[-1] in _SENTENCE_END
        if not is_noun or sentence_start:
            return phrase
        again = phrase_at(text, word.end(), self.locale, self.default_currency)
        if again is None or again.end != phrase.end:
            return phrase
        return again

    def _bound_from_bracket(
        self, phrase: Phrase, amount: Amount
    ) -> tuple[Amount, str | None]:
        """ "bis zu 1,5 Mrd. Dollar (1,34 Mrd. Euro)": the bracket takes the
        bound; the amount and the note that says so, or *amount* and None."""
        if amount.qualifier is not Qualifier.EXACT or not self.mentions:
            return amount, None
        previous = self.mentions[-1]
        gap = self.text[previous.end : phrase.start]
        if gap.strip() != "(" or previous.amount.qualifier not in _BOUND_FROM_CONTEXT:
            return amount, None
        if self.text[phrase.end : phrase.end + LOOK_BACK_CHARS].lstrip()[:1] != ")":
            return amount, None  # "(3 Mio. Euro im Vorjahr)" converts nothing
        assert amount.low is not None  # an EXACT amount
        note = f"the bound of {previous.text!r}, which it converts"
        return Amount.of(amount.low, previous.amount.qualifier, amount.currency), note
