"""Deals from German news: :func:`extract_deals` reads a text for a watch list.

The reading is rules over the finders, not a statistical model.  The cue
words are data (:mod:`dealrecord.german._deal_lexicon`); this module holds
the rules that combine them:

1. The text is cut into sentences (an abbreviation, an ordinal number or a
   date does not end one; a line break does) and each sentence into
   clauses (at commas, colons, semicolons, dashes and brackets).
2. In each sentence it finds the watched parties (by name or alias, in the
   genitive, or as the first part of a compound: "Nvidias", "Nvidia-Chef"),
   the status cues, the commitment cues, the money mentions
   (:func:`~dealrecord.german.find.find_money`) and the dates
   (:func:`~dealrecord.german.dates.find_dates` and relative dates such as
   "am Montag" or "im vergangenen Jahr", read against the publication date).
3. The sentence's deal is the set of parties it names.  One party alone is
   paired with the party the text is about: of the other watched parties,
   the one in most deals the text names, then the one it names most.  A
   sentence with no party but a deal word ("der Deal", "die Übernahme")
   speaks of the deal named last.
4. A commitment cue takes the nearest money mention of its sentence (first
   in its clause); its roles come from the words before each party: "durch"
   and "von" name the agent ("Übernahme von Y durch X", "Y erhält von X"),
   "in", "bei", "an" and "für" the target ("investiert in Y"), else the
   party named first is the agent.  A cue with no amount in its sentence
   takes one from another sentence of the same deal; with none anywhere it
   gives no commitment.  One commitment per (agent, targets, kind).
5. A status cue is a change, dated by a date of its clause (or of a clause
   of its sentence without a cue of its own) that is not after the
   publication date, else by the publication date.  A cue in a clause with
   a plan ("soll", "erwartet") or a denial ("nicht") is no change; a rumour
   cue beside another status cue gives way to it.  The same status twice
   is one change.

>>> from dealrecord import PartialDate, Party, PartyKind
>>> watch = [Party("Allvia", PartyKind.COMPANY), Party("Rheinfonds", PartyKind.FUND)]
>>> text = ("Allvia will den Vermögensverwalter Rheinfonds übernehmen. "
...         "Allvia bietet bis zu 1,8 Milliarden Euro, teilte der Konzern mit.")
>>> [deal] = extract_deals(text, parties=watch, published=PartialDate(2026, 3, 16))
>>> deal.id, deal.title, deal.status
('allvia-rheinfonds', 'Allvia übernimmt Rheinfonds', <Status.ANNOUNCED: 'announced'>)
>>> commitment = deal.commitments[0]
>>> commitment.by, commitment.to, commitment.amount
('Allvia', ('Rheinfonds',), Amount(low=None, high=Decimal('1800000000'), currency='EUR', qualifier=AT_MOST))
"""  # noqa: E501

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

import attrs

from dealrecord.errors import ParseError
from dealrecord.german import _deal_lexicon as lex
from dealrecord.german._deal_sentences import (
    AGENT,
    OVER_BEFORE,
    Cue,
    PartyIndex,
    Sentence,
    bucket,
    patterns,
    read_sentence,
    relative_dates,
    sentences,
    watch_list,
)
from dealrecord.german.dates import find_dates
from dealrecord.german.find import Mention, find_money, find_numbers
from dealrecord.german.money import parse_amount
from dealrecord.records import (
    Commitment,
    CommitmentKind,
    Deal,
    Party,
    Source,
    Status,
    StatusChange,
)
from dealrecord.values import PartialDate, Qualifier, Quantity

__all__ = ["extract_deals"]

# --- the text ----------------------------------------------------------------------


class _Found(NamedTuple):
    """A commitment read in one sentence."""

    by: str
    to: tuple[str, ...]
    kind: CommitmentKind
    amount: Mention | None
    sentence: int


@attrs.define
class _DealDraft:
    parties: list[str]
    sentences: list[int] = attrs.Factory(list)
    commitments: list[_Found] = attrs.Factory(list)
    #: The roles of the first commitment of each kind.
    roles: dict[CommitmentKind, tuple[str, tuple[str, ...]]] = attrs.Factory(dict)
    changes: dict[Status, tuple[PartialDate, bool, int]] = attrs.Factory(dict)


class _Reader:
    def __init__(
        self,
        text: str,
        index: PartyIndex,
        published: PartialDate,
        source: Source | None,
    ) -> None:
        self.text = text
        self.index = index
        self.published = published
        self.latest = _last_day(published)
        self.source = source
        reference = _dt.date(published.year, published.month or 1, published.day or 1)
        money = [self._over_after_name(m) for m in find_money(text)]
        dates = [
            (m.start, m.end, m.date) for m in find_dates(text, reference=reference)
        ]
        dates += relative_dates(text, published)
        dates.sort(key=lambda d: d[0])
        spans = sentences(text)
        money_in = bucket(spans, [(m.start, m.end, m) for m in money])
        dates_in = bucket(spans, [(d[0], d[1], d) for d in dates])
        self.sentences = [
            read_sentence(text, span, index, inside, when)
            for span, inside, when in zip(spans, money_in, dates_in, strict=True)
        ]
        self.drafts: dict[frozenset[str], _DealDraft] = {}
        self.used: set[tuple[int, int]] = set()

    def _over_after_name(self, mention: Mention) -> Mention:
        """ "über" after a watched name bounds the amount ("bietet Allvia über
        2 Mrd. Euro"): a finder reads it after a capitalised word as the
        amount of a noun ("ein Kredit über 5 Mio. Euro"), but a name that is
        the subject is no such noun.  A name after a preposition belongs to
        a noun's phrase ("ein Angebot für Rheinfonds über 3 Mrd. Euro"),
        whose amount "über" names."""
        window = max(0, mention.start - 80)
        over = OVER_BEFORE.search(self.text, window, mention.start)
        if over is None or mention.amount.qualifier is not Qualifier.EXACT:
            return mention
        names = self.index.find(self.text, window, over.start())
        if not names or self.text[names[-1][2] : over.start()].strip():
            return mention
        before = self.text[window : names[-1][1]].split()[-1:]
        if before and before[0].lower() in lex.IN_PHRASE:
            return mention
        start = over.start("over")
        try:
            amount = parse_amount(self.text[start : mention.end])
        except ParseError:
            return mention
        return attrs.evolve(
            mention, start=start, text=self.text[start : mention.end], amount=amount
        )

    # -- who the text is about

    @functools.cached_property
    def _weights(self) -> dict[str, tuple[int, int]]:
        deals: Counter[str] = Counter()
        seen: set[frozenset[str]] = set()
        mentions: Counter[str] = Counter()
        for sentence in self.sentences:
            names = sentence.parties
            mentions.update(n.name for n in sentence.named)
            key = frozenset(names)
            has_cue = bool(sentence.statuses or sentence.commitments)
            if len(key) > 1 and has_cue and key not in seen:
                seen.add(key)
                deals.update(key)
        return {name: (deals[name], mentions[name]) for name in mentions}

    @functools.cached_property
    def _ranking(self) -> list[str]:
        """The parties the text names, the one it is most about first."""
        weights = self._weights
        return sorted(weights, key=weights.__getitem__, reverse=True)

    def partner(self, name: str) -> str | None:
        """The party the text is about, other than *name*."""
        return next((other for other in self._ranking[:2] if other != name), None)

    # -- reading

    def read(self) -> list[Deal]:
        last: frozenset[str] | None = None
        for number, sentence in enumerate(self.sentences):
            names = sentence.parties
            cues = bool(sentence.statuses or sentence.commitments)
            if len(names) > 1:
                key: frozenset[str] | None = frozenset(names)
            elif len(names) == 1 and cues:
                other = self.partner(names[0])
                key = None if other is None else frozenset((names[0], other))
            elif not names and sentence.deal_word:
                key = last
            else:
                key = None
            if key is None:
                continue
            last = key
            if not cues:
                # No cue, but the deal's parties or the deal: an amount of a
                # commitment may stand here ("Der Deal hat ein Volumen von …").
                if key in self.drafts and sentence.money:
                    self.drafts[key].sentences.append(number)
                continue
            if key not in self.drafts:
                self.drafts[key] = _DealDraft([])
            draft = self.drafts[key]
            new = [*names, *sorted(key - set(names))]
            draft.parties += [name for name in new if name not in draft.parties]
            draft.sentences.append(number)
            self._commitments(number, sentence, draft)
            self._changes(number, sentence, draft)
        return self._deals()

    def _roles(
        self, sentence: Sentence, draft: _DealDraft, kind: CommitmentKind, cue: Cue
    ) -> tuple[str, tuple[str, ...]]:
        """Who commits to whom: by the words before each party (see
        :func:`~dealrecord.german._deal_sentences.role_before`), else the
        party named first commits; the parties of the cue's own clause
        first, where it names two.  A sentence that names one party, or
        none, keeps the roles the deal's commitment of this kind has."""
        mentions = [
            n for n in sentence.named if sentence.clause_of(n.start) == cue.clause
        ]
        if len({n.name for n in mentions}) < 2:
            mentions = []
        named: dict[str, str | None] = {}
        for n in [*mentions, *sentence.named]:
            named.setdefault(n.name, n.role)
        known = draft.roles.get(kind)
        if len(named) < 2 and known is not None and set(named) <= {known[0], *known[1]}:
            return known
        if not named:
            first = next(iter(draft.roles.values()), None)
            return first or (draft.parties[0], tuple(draft.parties[1:]))
        order = list(named)
        others = [p for p in draft.parties if p not in named]
        agents = [p for p in order if named[p] == AGENT]
        unmarked = [p for p in order if named[p] is None]
        if agents:
            by = agents[0]
        elif sentence.receive and unmarked:
            receiver = unmarked[0]
            rest = [p for p in order if p != receiver] + others
            by = rest[0]
        elif unmarked:
            by = unmarked[0]
        else:
            by = others[0] if others else order[0]
        to = tuple(p for p in [*order, *others] if p != by)
        return by, to

    def _commitments(self, number: int, sentence: Sentence, draft: _DealDraft) -> None:
        if not sentence.commitments:
            return
        pairs = []
        candidates = [m for m in sentence.money if not self._is_figure(m)]
        for kind, cue in sentence.commitments:
            for mention in candidates:
                other_clause = sentence.clause_of(mention.start) != cue.clause
                distance = min(
                    abs(mention.start - cue.end), abs(cue.start - mention.end)
                )
                pairs.append((other_clause, distance, id(cue), kind, cue, mention))
        pairs.sort(key=lambda p: (p[0], p[1]))
        taken: set[int] = set()
        amounts: dict[int, Mention] = {}
        for _, _, cue_id, _, _, mention in pairs:
            if cue_id in amounts or mention.start in taken:
                continue
            amounts[cue_id] = mention
            taken.add(mention.start)
        seen: set[tuple[str, tuple[str, ...], CommitmentKind]] = set()
        for kind, cue in sentence.commitments:
            by, to = self._roles(sentence, draft, kind, cue)
            if not to:
                continue
            amount = amounts.get(id(cue))
            if amount is None and (by, to, kind) in seen:
                continue
            seen.add((by, to, kind))
            if amount is not None:
                self.used.add((amount.start, amount.end))
            draft.commitments.append(_Found(by, to, kind, amount, number))
            draft.roles.setdefault(kind, (by, to))

    def _is_figure(self, mention: Mention) -> bool:
        before = self.text[max(0, mention.start - 40) : mention.start].split()[-2:]
        after = self.text[mention.end : mention.end + 40].split()[:2]
        near = " ".join([*before, *after])
        return patterns()["figure"].search(near) is not None

    def _clause_text(self, sentence: Sentence, clause: int) -> str:
        start = sentence.clauses[clause]
        end = (
            sentence.clauses[clause + 1]
            if clause + 1 < len(sentence.clauses)
            else sentence.end
        )
        return self.text[start:end]

    def _changes(self, number: int, sentence: Sentence, draft: _DealDraft) -> None:
        table = patterns()
        kept: list[tuple[Status, Cue]] = []
        for status, cue in sentence.statuses:
            if status is lex.HEDGED:
                kept.append((status, cue))
                continue  # a hedge names the source, whatever the tense
            clause_start = sentence.clauses[cue.clause]
            clause = self._clause_text(sentence, cue.clause)
            if table["plan"].search(clause):
                continue
            before = self.text[clause_start : cue.start].split()[-4:]
            after = self.text[cue.end : clause_start + len(clause)].split()[:4]
            if table["negation"].search(" ".join([*before, *after])):
                continue
            kept.append((status, cue))
        hedges = [c for c in kept if c[0] is lex.HEDGED]
        others = [c for c in kept if c[0] is not lex.HEDGED]
        yields = {
            m.end()
            for m in table["give_way"].finditer(self.text, sentence.start, sentence.end)
        }
        weak = [c for c in others if c[1].end in yields]
        if len(weak) < len(others):
            others = [c for c in others if c not in weak]
        for status, cue in others or hedges[:1]:
            date, explicit = self._date_for(sentence, cue)
            previous = draft.changes.get(status)
            if previous is None or (explicit and not previous[1]):
                draft.changes[status] = (date, explicit, number)

    def _date_for(self, sentence: Sentence, cue: Cue) -> tuple[PartialDate, bool]:
        """The date the sentence gives for the cue, or the publication date."""
        cued = {c.clause for _, c in sentence.statuses} - {cue.clause}
        best: tuple[bool, int, PartialDate] | None = None
        for start, end, date in sentence.dates:
            if date > self.latest:
                continue  # a plan or a forecast, not a change
            clause = sentence.clause_of(start)
            if clause != cue.clause and clause in cued:
                continue
            distance = min(abs(start - cue.end), abs(cue.start - end))
            candidate = (clause != cue.clause, distance, date)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
        if best is None:
            return self.published, False
        return best[2], True

    # -- the deals

    def _quote(self, number: int) -> Source:
        sentence = self.sentences[number]
        return Source(
            publisher=None if self.source is None else self.source.publisher,
            url=None if self.source is None else self.source.url,
            published=self.published,
            quote=self.text[sentence.start : sentence.end],
        )

    def _spare_amount(self, draft: _DealDraft) -> tuple[Mention, int] | None:
        """A money mention of the deal's sentences that no commitment took."""
        for number in draft.sentences:
            for mention in self.sentences[number].money:
                if (mention.start, mention.end) in self.used:
                    continue
                if not self._is_figure(mention):
                    self.used.add((mention.start, mention.end))
                    return mention, number
        return None

    def _capacity(self, number: int) -> Quantity | None:
        sentence = self.sentences[number]
        for mention in find_numbers(self.text[sentence.start : sentence.end]):
            rest = self.text[sentence.start + mention.end : sentence.end].split()[:1]
            unit = lex.CAPACITY_UNITS.get(rest[0].rstrip(".,;:!?)")) if rest else None
            value = mention.amount.value
            if unit is not None and value is not None and value > 0:
                return Quantity(value, unit)
        return None

    def _deals(self) -> list[Deal]:
        deals: list[Deal] = []
        ids: Counter[str] = Counter()
        for draft in self.drafts.values():
            commitments = self._merge(draft)
            history = [
                StatusChange(date, status, self._quote(number))
                for status, (date, _, number) in draft.changes.items()
            ]
            order = list(draft.parties)
            if commitments:
                first = commitments[0]
                head = [first.by, *first.to]
                order = head + [p for p in order if p not in head]
            deal_id = _unique(_slug(order), ids)
            deals.append(
                Deal(
                    id=deal_id,
                    title=_title(order, commitments),
                    parties=[self.index.parties[name] for name in order],
                    commitments=commitments,
                    history=history,
                )
            )
        return deals

    def _merge(self, draft: _DealDraft) -> list[Commitment]:
        groups: dict[tuple[str, frozenset[str], CommitmentKind], list[_Found]] = {}
        for found in draft.commitments:
            groups.setdefault((found.by, frozenset(found.to), found.kind), []).append(
                found
            )
        commitments = []
        for group in groups.values():
            with_amount = [(f.amount, f.sentence) for f in group if f.amount]
            spare = with_amount[-1] if with_amount else self._spare_amount(draft)
            if spare is None:
                continue
            mention, number = spare
            first = group[0]
            commitments.append(
                Commitment(
                    first.by,
                    first.to,
                    first.kind,
                    mention.amount,
                    capacity=self._capacity(number),
                    source=self._quote(number),
                )
            )
        return commitments


def _names(names: Sequence[str]) -> str:
    """German enumeration: "A", "A und B", "A, B und C"."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " und " + names[-1]


def _title(order: list[str], commitments: list[Commitment]) -> str:
    if commitments:
        first = commitments[0]
        return lex.TITLES[first.kind].format(by=first.by, to=_names(first.to))
    return _names(order)


_UMLAUTS: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")
_MAX_ID: Final = 128


def _slug(names: Sequence[str]) -> str:
    """A deal id from its party names, the same whatever their order:
    lower-case ASCII words joined by '-' ("nvidia-openai"), a name with no
    such letters by a digest of it."""
    parts = []
    for name in names:
        text = name.lower().translate(_UMLAUTS)
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
        part = _NOT_SLUG.sub("-", ascii_text.decode()).strip("-")
        parts.append(part or _digest(name))
    slug = "-".join(sorted(parts))
    if len(slug) > _MAX_ID:
        slug = slug[: _MAX_ID - 9].rstrip("-") + "-" + _digest(slug)
    return slug


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:8]


def _unique(slug: str, taken: Counter[str]) -> str:
    """*slug*, or with a number after it where another deal has it."""
    taken[slug] += 1
    if taken[slug] == 1:
        return slug
    suffix = f"-{taken[slug]}"
    return slug[: _MAX_ID - len(suffix)] + suffix


def _last_day(date: PartialDate) -> PartialDate:
    """The last day of the period *date* names (a year, a month or a day)."""
    if date.day is not None:
        return date
    month = date.month or 12
    return PartialDate(date.year, month, calendar.monthrange(date.year, month)[1])


def extract_deals(
    text: str,
    *,
    parties: Iterable[Party],
    published: PartialDate | _dt.date,
    source: Source | None = None,
) -> list[Deal]:
    """The deals a German news *text* reports between watched *parties*.

    *parties* is the watch list (:class:`~dealrecord.records.Party` records
    with their aliases); *published* the article's date, which dates what
    the text does not date and resolves relative dates ("am Montag");
    *source* (publisher, URL) is copied into the :class:`Source` of every
    commitment and status change, with the sentence it came from as quote.

    One :class:`Deal` per set of parties, in the order the text first
    reports them.  The rules are in the module's documentation; they read
    cue words, so what a text says in other words is missed.

    Raises :class:`TypeError` for arguments of a wrong type and
    :class:`ValueError` for a watch list in which a name or alias stands
    for two parties (or a party twice); never for the text.
    """
    watch = watch_list(parties)
    if not isinstance(text, str):
        msg = f"text: expected a str, got {type(text).__name__}"
        raise TypeError(msg)
    if isinstance(published, _dt.datetime):
        published = published.date()
    if isinstance(published, _dt.date):
        published = PartialDate.from_date(published)
    if not isinstance(published, PartialDate):
        msg = f"published: expected a PartialDate or datetime.date, got {published!r}"
        raise TypeError(msg)
    if source is not None and not isinstance(source, Source):
        msg = f"source: expected a Source or None, got {source!r}"
        raise TypeError(msg)
    if len(watch) < 2 or not text.strip():
        return []
    return _Reader(text, PartyIndex(watch), published, source).read()
