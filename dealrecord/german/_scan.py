"""The finders' scanner: reading phrases from the places they may start.

:class:`Scan` goes through the hits (:mod:`dealrecord.german._starts`) left
to right.  At each it looks back over the few words before it for where a
phrase may start ("bis zu", "zwischen", a number word), leaves out
addresses and telephone numbers, and reads a phrase with the grammar of
:func:`~dealrecord.german.money.phrase_at` from the first start that gives
one.  What a phrase is, an amount or a number or neither, its policy says
(:mod:`dealrecord.german._policy`): the scan hands it each phrase, once.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from typing import Final

from dealrecord.german import _lexicon as lex
from dealrecord.german import _tokens as tok
from dealrecord.german._mention import Mention
from dealrecord.german._policy import DASH_BEFORE_DIGIT, DIGITS, JOINER, Policy
from dealrecord.german._starts import (
    CLOSING,
    LOOK_BACK_CHARS,
    SEPARATORS,
    WORD,
    could_lead,
    inside_phrase,
    lead_kind,
)
from dealrecord.german.money import (
    Phrase,
    grammar_phrase_at,
    phrase_at,
    range_start_may_read,
    simple_phrase_at,
)
from dealrecord.german.numbers import number_at

_LOOK_BACK_WORDS: Final = 5
#: How many failed starts a scan remembers before it forgets the far ones.
_FAILED_KEPT: Final = 256
#: What may open a quote or a bracket before the first word of a phrase.
_OPENING: Final = "([{„“‚‘»«\"'"
_NUMBER_RUN: Final = re.compile(rf"[\d{SEPARATORS}]*+")
#: Singular scale words an article may lead ("die Milliarde Euro").
_SINGULARS: Final = frozenset(
    w for w, e in lex.SCALE_WORDS.items() if e >= 6 and w not in lex.SCALE_PLURALS
)


#: A word of running text up to its end: addresses and e-mail addresses
#: are one word.  Bounded, as a word the scan looks back over is.
_WORD_END: Final = re.compile(r"\S{0,2000}+")
#: A telephone number from its first character: "+1-222-2222/2222", "+49
#: 221 123456", "+49 (0)221 123456", "+49 221 12 34 56", "0221 123456-0",
#: "0221/98765-12", "0221 / 12 34 56", "(030) 1234567".  After "+", a group
#: of four digits or more, or three groups after the country code:
#: "+5 000 000 Euro" is none.
_PHONE: Final = re.compile(
    r"(?:\+(?=[\d\s\-/()]{0,30}\d{4}|\d{1,4}(?:[\s\-/]\d{2,8}){3})"
    r"\d{1,4}+(?:\s?\(0\)\s?(?=\d))?(?:[\s\-/]?\(?\d{2,8}+\)?){2,6}+"
    r"|\(?0\d{2,5}+\)?(?:\s?[\-/]\s?|\s)\d{2,10}+(?:[ \-]\d{2,6}+){0,4}+(?:-\d{1,6}+)?)"
    r"(?![.,]?\d)"
)
_PHONE_STARTS: Final = "+0("
#: A character an address shows before a number in the same word.
_ADDRESS_HINT: Final = re.compile(f"[{re.escape(lex.ADDRESS_HINTS)}]")
#: How far after a hit an e-mail address's "@" may be (its local part).
_EMAIL_LOCAL: Final = 64


@functools.cache
def _address_marks() -> tuple[str, ...]:
    """What an address or an e-mail address holds: the e-mail sign, a
    scheme, "www." (folded), and the percent-encoded "://"."""
    marks = {lex.EMAIL_SIGN, *(s.casefold() for s in lex.URL_STARTS)}
    marks |= {urllib.parse.quote(s, safe="").casefold() for s in lex.URL_STARTS}
    return tuple(sorted(m for m in marks if m))


def _shifted(phrase: Phrase, by: int) -> Phrase:
    """*phrase*, read in a part of a text that starts at *by*, in the text."""
    span = phrase.currency_span
    return phrase._replace(
        start=phrase.start + by,
        end=phrase.end + by,
        currency_span=None if span is None else (span[0] + by, span[1] + by),
    )


class Scan:
    """One pass over a text: where phrases may start and where to go on from.

    The *policy* keeps what is found, and the floor: nothing before
    ``policy.floor`` is read again.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.text = policy.text
        self.locale = policy.locale
        self.default_currency = policy.default_currency
        #: Starts read before that gave no phrase reaching the current hit.
        #: Hits only move forward, so none of them can give one later.
        self.failed: set[int] = set()
        #: Whether the text holds an "@" at all: most hold none, and then no
        #: hit needs a look for an e-mail address.
        self.at_sign = lex.EMAIL_SIGN in policy.text

    def run(self) -> list[Mention]:
        policy = self.policy
        for pos in policy.hits():
            if pos >= policy.floor:
                self.at(pos)
        return policy.mentions

    def at(self, pos: int) -> None:
        text = self.text
        policy = self.policy
        floor = policy.floor
        word_start = pos
        while word_start > floor and not text[word_start - 1].isspace():
            word_start -= 1
            if pos - word_start > LOOK_BACK_CHARS:
                return  # inside an endless word: nothing to find here
        if (
            word_start != pos
            or text[pos] in _PHONE_STARTS
            or (
                self.at_sign
                and text.find(lex.EMAIL_SIGN, pos, pos + _EMAIL_LOCAL) != -1
            )
        ) and self._noise(word_start, pos):
            return  # an address or a telephone number
        digit = text[pos].isdigit()
        glued = digit and pos > word_start and text[pos - 1].isalpha()
        if glued and (
            text[word_start].isdigit() or not could_lead(text[word_start:pos])
        ):
            return  # digits inside a word: "B2B", "A380", "1e5", whatever is before
        if (
            digit
            and pos > 1
            and text[pos - 1] in SEPARATORS
            and text[pos - 2].isdigit()
        ):
            return  # the rest of a number the parser did not read: "1,234,567"
        leads = self._leads_before(word_start)
        read = phrase_at
        if not leads and digit and not glued:
            if not policy.may_go_on(pos):
                return  # a plain number: "2026 werden", "10 Gigawatt"
            if pos == word_start:
                # The common shape, read in one step; phrase_at would read
                # the same from here.
                phrase = simple_phrase_at(text, pos, self.locale, self.default_currency)
                if phrase is not None:
                    policy.found(phrase)
                    return
                read = grammar_phrase_at  # the one start, tried above
        candidates = [start for start, worth_reading in leads if worth_reading]
        candidates.append(word_start)
        if pos != word_start:
            # "(-5 Euro)", "„−5 Euro“": the sign after an opening bracket or
            # quote starts the phrase, not the bracket nor the digits.
            bare = word_start
            while bare < pos and text[bare] in _OPENING:
                bare += 1
            if bare != word_start and bare < pos:
                candidates.append(bare)
            candidates.append(pos)
        failed = self.failed
        if len(failed) > _FAILED_KEPT:
            # Starts are near the hit: forget those far behind it.
            near = pos - 2 * LOOK_BACK_CHARS - 2
            failed = self.failed = {start for start in failed if start >= near}
        for start in candidates:
            if start in failed:
                continue  # "Milliarden Milliarden …": each start is read once
            phrase = read(text, start, self.locale, self.default_currency)
            if phrase is None or phrase.end <= pos:
                failed.add(start)
                continue
            if text[phrase.end : phrase.end + 1].isdigit():
                # It stops inside a number ("1" * 400): none of it is read.
                policy.floor = _NUMBER_RUN.match(text, phrase.end).end()  # type: ignore[union-attr]
                return
            policy.found(phrase)
            return
        if digit:
            self._first_end(pos, candidates)

    def _noise(self, word_start: int, pos: int) -> bool:
        """Whether the word at *word_start* is an address, an e-mail address
        or a telephone number (whose digits are no numbers); if it is, the
        scan goes on after it."""
        text = self.text
        if text[word_start] in _PHONE_STARTS and (
            word_start == 0 or text[word_start - 1].isspace()
        ):
            phone = _PHONE.match(text, word_start)
            if phone is not None and phone.end() > pos:
                self.policy.floor = phone.end()
                return True
        # An address has a scheme, "www." or "/" before the hit, an e-mail
        # address its "@" before or after it.
        before = text[word_start:pos]  # mostly empty: the hit starts a word
        if (not before or _ADDRESS_HINT.search(before) is None) and text.find(
            lex.EMAIL_SIGN, pos, pos + _EMAIL_LOCAL
        ) == -1:
            return False  # the common case: no address, no scheme, no "www."
        end = _WORD_END.match(text, pos).end()  # type: ignore[union-attr]
        folded = text[word_start:end].casefold()
        if any(mark in folded for mark in _address_marks()):
            self.policy.floor = end
            return True
        return False

    def _first_end(self, pos: int, candidates: list[int]) -> None:
        """The first end of a range the grammar refused whole because its
        lower end comes second ("von 5 bis 3", "-3 bis -8 Grad", "10€-5€",
        "ab 2025-26"): read from the same starts up to the joiner.
        """
        text = self.text
        policy = self.policy
        joiner = JOINER.search(text, pos, pos + LOOK_BACK_CHARS)
        if joiner is None:
            return
        # A window from a little before the first start: the grammar sees
        # the character before a start, and copying the text before it
        # would cost its whole length at every hit.
        number = number_at(text, pos, self.locale, strict=False)
        if number is None:
            return
        base = max(0, candidates[0] - 1)
        window = text[base : joiner.start()]
        for start in candidates:
            phrase = phrase_at(window, start - base, self.locale, self.default_currency)
            if phrase is None or phrase.end + base <= pos:
                continue
            phrase = _shifted(phrase, base)
            if DIGITS.search(text, number.end, phrase.end) is not None:
                # More digits after the number: "2024 USD 10-12 Mrd." is a
                # year before a range, not 2024,10 USD.
                alone = policy.number_before_digits(number, pos)
                if alone is None:
                    return
                phrase = alone
            if policy.article_or_date_end(phrase) is not None:
                return  # "2026-01-31": read on as before
            policy.found(phrase)
            dash = DASH_BEFORE_DIGIT.match(text, phrase.end)
            if dash is not None and policy.floor == phrase.end:
                policy.floor = dash.end()  # "10-5", "3 – 1": no minus sign after it
            return

    def _leads_before(self, word_start: int) -> list[tuple[int, bool]]:
        """Where a phrase could start among the words just before *word_start*.

        The words are the runs of non-space characters in the
        ``LOOK_BACK_CHARS`` before *word_start* (not before the floor), the
        nearest ``_LOOK_BACK_WORDS`` of them, taken nearest first while each
        may stand inside a phrase.  Each start comes with whether it is worth
        reading: a range start followed by a word no amount starts with
        ("von bis zu 5 Euro") reads nothing, but still counts as a lead.
        """
        text = self.text
        window = max(self.policy.floor, word_start - LOOK_BACK_CHARS)
        plain = self._plain_chain(word_start, window)
        if plain is not None:
            return self._leads_of(plain)
        # str.split splits at the characters str.isspace names, as \s does.
        before = text[window:word_start]
        nearest = before.rsplit(None, 1)
        bare = nearest[-1].lstrip(_OPENING) if nearest else ""
        if not bare or not inside_phrase(bare):
            return []  # the chain below stops at once
        words = before.rsplit(None, _LOOK_BACK_WORDS)
        if window > self.policy.floor and not text[window - 1].isspace() and words:
            cut = words[0].split(None, 1)
            words[0] = cut[1] if len(cut) > 1 else ""  # the window cut a word
        chain: list[tuple[int, int]] = []
        end = word_start
        for word in reversed(words[-_LOOK_BACK_WORDS:]):
            bare = word.lstrip(_OPENING)
            if not bare or not inside_phrase(bare):
                break
            # Only whitespace follows the word up to *end*: this is where it is.
            start = text.rfind(word, window, end)
            end = start + len(word)
            chain.append((end - len(bare), end))
            end = start
            if bare != word:
                break  # "(rund 6 Mio. Dollar)": the bracket opens the phrase
        return self._leads_of(chain)

    def _plain_chain(
        self, word_start: int, window: int
    ) -> list[tuple[int, int]] | None:
        """The chain :meth:`_leads_before` takes, found the quick way where
        the words before *word_start* are parted by single spaces and open
        no bracket or quote; None where that is not so, for the full look.
        """
        text = self.text
        chain: list[tuple[int, int]] = []
        end = word_start - 1  # the whitespace before the word, if any
        if end <= window:
            return None  # nothing before the word, or the window's edge
        while len(chain) < _LOOK_BACK_WORDS:
            space = text.rfind(" ", window, end)
            if space == -1:
                return None  # the window's edge: the full look knows it
            word = text[space + 1 : end]
            # Printable: no whitespace but the space, so one word.
            if not word or not word.isprintable() or word[0] in _OPENING:
                return None
            if not inside_phrase(word):
                break
            chain.append((space + 1, end))
            end = space
        return chain

    def _leads_of(self, chain: list[tuple[int, int]]) -> list[tuple[int, bool]]:
        """The leads among the words of *chain* (nearest first), first first."""
        leads = []
        for start, end in reversed(chain):
            lead = self._lead(start, end)
            if lead is not None:
                leads.append((start, lead))
        return leads

    def _lead(self, start: int, end: int) -> bool | None:
        """Whether a phrase could start at the word text[start:end] (None if
        not), and if so whether reading there is worth it.

        "von" starts one only with a "bis" ahead.
        """
        kind = lead_kind(self.text[start:end])
        if kind is None or kind is True:
            return kind
        if not kind:
            # "die Milliarde Euro": an article leads only a singular scale.
            following = WORD.match(self.text, tok.skip(self.text, end))
            if (
                following is None
                or tok.fold(following[0]).rstrip(CLOSING + ".") not in _SINGULARS
            ):
                return None
            return True
        ahead = self.text[end : end + LOOK_BACK_CHARS].casefold()
        if f" {kind} " not in ahead:
            return None
        return range_start_may_read(self.text, start)
