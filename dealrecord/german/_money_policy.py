"""What :func:`~dealrecord.german.find.find_money` keeps: amounts with a currency.

A number without one is kept aside: the amount after it may share its
currency and scale with it ("250, 400 und 600 Euro", "15 bzw. 20 Mrd.
Euro", "von 5 auf 7 Mio. Euro").
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._mention import Mention
from dealrecord.german._policy import Policy, is_year
from dealrecord.german._starts import (
    AFTER_DIGITS,
    LOOK_BACK_CHARS,
    may_follow_digits,
    money_hits,
)
from dealrecord.german.money import Phrase
from dealrecord.german.numbers import EXACT, Number, number_at
from dealrecord.values import Amount, Qualifier

#: How many times the last amount a number of a coordination or a change
#: may be once it takes the last amount's scale: "von 750.000 auf 1,1 Mio.
#: Euro" is 750.000 Euro, not 750.000 Mio.; "von 1.500 auf 2.000 Mio. Euro"
#: and "15 bzw. 20 Mrd. Euro" share the scale.
_NEAR: Final = 1000


def _scaled_if_near(value: Decimal | None, scale: int, last: Decimal | None) -> Decimal:
    """*value* with the shared *scale*, unless that makes it more than
    :data:`_NEAR` times the *last* amount (then it was whole as written)."""
    assert value is not None
    scaled = value.scaleb(scale, EXACT)
    if last is not None and abs(scaled) > EXACT.multiply(abs(last), _NEAR):
        return value
    return scaled


class MoneyPolicy(Policy):
    """:func:`~dealrecord.german.find.find_money`: amounts with a currency.

    A number without one is kept aside (``numbers``): the amount after it
    may share its currency and scale with it ("15 bzw. 20 Mrd. Euro").
    """

    def __init__(self, text: str, locale: str, default_currency: str | None) -> None:
        super().__init__(text, locale, default_currency)
        self.numbers: list[Phrase] = []  # numbers without a currency, for coordination

    def hits(self) -> Iterable[int]:
        return money_hits(self.text)

    def may_go_on(self, pos: int) -> bool:
        # Conservative: only a word that no phrase has after a number says no.
        m = AFTER_DIGITS.match(self.text, pos)
        if m is None:
            return True
        following = m["next"]
        if not following or not following[0].isalpha():
            return following != "%"
        return may_follow_digits(following)

    def number_before_digits(self, number: Number, pos: int) -> Phrase | None:
        return None  # "2024 USD 10-12 Mrd.": a year before a range, no amount

    def _keep(self, phrase: Phrase) -> None:
        if not (
            phrase.has_currency
            or (phrase.qualifier is Qualifier.MAGNITUDE and not phrase.vague_count)
        ):
            self.floor = phrase.end
            self.numbers.append(phrase)
            return
        amount = phrase.amount()
        note = None
        mentions = self.mentions
        if mentions and phrase.start - mentions[-1].end < LOOK_BACK_CHARS:
            amount, note = self._bound_from_bracket(phrase, amount)
        numbers = self.numbers
        if (
            numbers
            and phrase.has_currency
            and phrase.start - numbers[-1].end <= LOOK_BACK_CHARS
        ):
            self._coordinated(phrase, amount)
        self._add(phrase, amount, note)
        self.floor = phrase.end

    def _counts(self, read: Phrase) -> bool:
        return read.has_currency

    def _numbers_shared(self) -> None:
        self.numbers.clear()

    def _coordinated(self, phrase: Phrase, amount: Amount) -> None:
        """ "250, 400 und 600 Euro": the numbers before share currency and scale."""
        if amount.qualifier is not Qualifier.EXACT:
            return
        chain: list[Phrase] = []
        end = phrase.start
        for number in reversed(self.numbers):
            if end - number.end > LOOK_BACK_CHARS:
                break  # far apart: folding the gap would cost its whole length
            gap = tok.fold(self.text[number.end : end].strip())
            # "von 5 auf 7 Mio. Euro", "um 3 auf 20 Mio. Euro": a change.
            change = (
                not chain
                and gap == lex.CHANGE_TO
                and self._word_before(number.start) in lex.CHANGE_FROM
            )
            if (
                not change
                and gap not in lex.COORDINATORS
                and not (gap.startswith(",") and gap[1:].strip() in lex.COORDINATORS)
            ):
                break
            if number.qualifier is not Qualifier.EXACT or number.low is None:
                break
            if is_year(self.text, number) or (not change and self._range_start(number)):
                break
            chain.append(number)
            end = number.start
            if change:
                break  # a change has two ends
        if not chain:
            return
        scale = self._shared_scale(phrase)
        source = self.text[phrase.start : phrase.end]
        inserted = []
        for number in reversed(chain):
            value = number.low
            digits = number_at(self.text, number.start, self.locale, strict=False)
            if digits is not None and not digits.scaled and scale:
                value = _scaled_if_near(value, scale, amount.low)
            shared = Amount(value, value, amount.currency, Qualifier.EXACT)
            text = self.text[number.start : number.end]
            note = f"currency and scale shared with {source!r}"
            inserted.append(
                Mention(number.start, number.end, text, shared, number.lenient, note)
            )
        self.mentions.extend(inserted)
        self.numbers.clear()

    def _range_start(self, number: Phrase) -> bool:
        """ "zwischen 90 und 80 Mrd.": the start of a range shares nothing."""
        return self._word_before(number.start) in lex.RANGE_START

    def _word_before(self, pos: int) -> str:
        """The folded word just before *pos* ("" if none)."""
        before = self.text[max(0, pos - 20) : pos].split()
        return tok.fold(before[-1]) if before else ""

    def _shared_scale(self, phrase: Phrase) -> int:
        """The power of ten the scale word of *phrase* stands for: 6 in
        "7 Mio. Euro" and in "sieben Millionen Euro"; 0 if it has none."""
        text = self.text
        number = number_at(text, phrase.start, self.locale, strict=False)
        if number is None or not number.scaled:
            return 0
        if not number.spelled:
            return number.exponent
        # Words carry no exponent: their last word is the scale word.
        last = text[phrase.start : number.end].rsplit(None, 1)[-1]
        return tok.scale_words().get(tok.fold(last).rstrip("."), 0)
