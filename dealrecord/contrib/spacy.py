"""The ``dealrecord_money`` spaCy component: money phrases as ``MONEY`` entities.

Installed with ``pip install "dealrecord[spacy]"``, the component is
registered through the ``spacy_factories`` entry point, so any pipeline can
add it by name without importing this module first:

>>> import spacy
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("dealrecord_money")
>>> doc = nlp("Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren.")
>>> [(ent.text, ent.label_, ent._.amount.high) for ent in doc.ents]
[('bis zu 100 Milliarden Dollar', 'MONEY', Decimal('100000000000'))]

Each entity comes from a :class:`~dealrecord.Mention` of
:func:`~dealrecord.find_money` (and, with ``numbers=True``, of
:func:`~dealrecord.find_numbers`, labelled ``CARDINAL``), widened to whole
tokens, and carries the mention's :class:`~dealrecord.Amount` as
``span._.amount``.  The amount survives ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(texts, n_process=N)``: this module teaches spaCy's serialiser
(srsly's msgpack registries) to write an ``Amount`` as exact decimal strings.

Settings (``nlp.add_pipe("dealrecord_money", config={...})``):

``numbers`` (default False)
    Also label numbers that are not money ``CARDINAL``.
``overwrite`` (default False)
    Where an entity set earlier in the pipeline overlaps one of ours, keep
    the earlier one and drop ours (False), or keep ours and drop the earlier
    one (True).
``default_currency`` (default None)
    The ISO 4217 code for magnitude phrases without a currency, as in
    :func:`~dealrecord.find_money`.
``locale`` (default ``"de"``)
    ``"de"``, ``"de_DE"``, ``"de_AT"`` or ``"de_CH"``.
"""

# No ``from __future__ import annotations`` here: spaCy validates a factory's
# settings against the annotations of its signature at run time.

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Final

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from dealrecord.german.find import Mention, find_money, find_numbers
from dealrecord.values import Amount, Qualifier

__all__ = ["FACTORY", "MoneyRecognizer", "make_money_component"]

#: The name to give ``nlp.add_pipe``.
FACTORY: Final = "dealrecord_money"
MONEY: Final = "MONEY"
CARDINAL: Final = "CARDINAL"
_AMOUNT_KEY: Final = "__dealrecord_amount__"

if not Span.has_extension("amount"):
    Span.set_extension("amount", default=None)


class MoneyRecognizer:
    """Set ``MONEY`` (and ``CARDINAL``) entities with their amounts on a doc.

    Create it with ``nlp.add_pipe("dealrecord_money", config={...})``; the
    settings are those of the module.  It keeps no reference to the
    pipeline, so it pickles with it.
    """

    def __init__(
        self,
        name: str = FACTORY,
        *,
        numbers: bool = False,
        overwrite: bool = False,
        default_currency: str | None = None,
        locale: str = "de",
    ) -> None:
        # Refuse an unknown locale or currency now, not at the first doc.
        find_money("", locale=locale, default_currency=default_currency)
        self.name = name
        self.numbers = numbers
        self.overwrite = overwrite
        self.default_currency = default_currency
        self.locale = locale

    def __call__(self, doc: Doc) -> Doc:
        found = self._spans(doc)
        taken_by_ours = _tokens(span for span, _ in found)
        existing = list(doc.ents)
        if self.overwrite:
            kept = [ent for ent in existing if not _tokens([ent]) & taken_by_ours]
            dropped = [ent for ent in existing if _tokens([ent]) & taken_by_ours]
        else:
            taken = _tokens(existing)
            found = [(span, a) for span, a in found if not _tokens([span]) & taken]
            kept, dropped = existing, []
        ours = [span for span, _ in found]
        # Tokens of a dropped entity that no new one covers are outside any
        # entity now; every other token keeps what it had.
        freed = sorted(_tokens(dropped) - _tokens(ours))
        doc.set_ents(
            kept + ours,
            outside=[doc[i : i + 1] for i in freed],
            default="unmodified",
        )
        for span, amount in found:
            span._.amount = amount
        return doc

    def _spans(self, doc: Doc) -> list[tuple[Span, Amount]]:
        """Our spans on token boundaries, money first, none overlapping."""
        text = doc.text
        mentions = [
            (MONEY, m)
            for m in find_money(
                text, locale=self.locale, default_currency=self.default_currency
            )
        ]
        if self.numbers:
            mentions += [(CARDINAL, m) for m in find_numbers(text, locale=self.locale)]
        found: list[tuple[Span, Amount]] = []
        taken: set[int] = set()
        for label, mention in mentions:
            span = _span(doc, mention, label)
            if span is None or _tokens([span]) & taken:
                continue  # between tokens, or a number inside a money phrase
            found.append((span, mention.amount))
            taken |= _tokens([span])
        found.sort(key=lambda pair: pair[0].start)
        return found


def _span(doc: Doc, mention: Mention, label: str) -> Span | None:
    """The tokens that hold *mention*, or None where it is only whitespace."""
    span = doc.char_span(mention.start, mention.end, label, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span


def _tokens(spans: Iterable[Span]) -> set[int]:
    """The indices of the tokens of *spans*."""
    return {i for span in spans for i in range(span.start, span.end)}


def make_money_component(
    nlp: Language,
    name: str,
    numbers: bool,
    overwrite: bool,
    default_currency: str | None,
    locale: str,
) -> MoneyRecognizer:
    """The ``dealrecord_money`` factory (see the module for the settings)."""
    del nlp  # the component needs nothing from the pipeline
    return MoneyRecognizer(
        name,
        numbers=numbers,
        overwrite=overwrite,
        default_currency=default_currency,
        locale=locale,
    )


Language.factory(
    FACTORY,
    default_config={
        "numbers": False,
        "overwrite": False,
        "default_currency": None,
        "locale": "de",
    },
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "span._.amount"],
    func=make_money_component,
)


# --- Doc serialisation -----------------------------------------------------
# spaCy writes ``doc.user_data``, where span extensions keep their values,
# with srsly's msgpack; these hooks write an Amount as exact strings.


_Chain = Callable[[Any], object] | None


def _encode_amount(obj: object, chain: _Chain = None) -> object:
    if isinstance(obj, Amount):
        low, high = obj.low, obj.high
        return {
            _AMOUNT_KEY: [
                None if low is None else str(low),
                None if high is None else str(high),
                obj.currency,
                obj.qualifier.value,
            ]
        }
    return obj if chain is None else chain(obj)


def _decode_amount(obj: Any, chain: _Chain = None) -> object:
    if isinstance(obj, dict) and _AMOUNT_KEY in obj:
        low, high, currency, qualifier = obj[_AMOUNT_KEY]
        return Amount(
            None if low is None else Decimal(low),
            None if high is None else Decimal(high),
            currency,
            Qualifier(qualifier),
        )
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("dealrecord_amount", func=_encode_amount)
srsly.msgpack_decoders.register("dealrecord_amount", func=_decode_amount)
