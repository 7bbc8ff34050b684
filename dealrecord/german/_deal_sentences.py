"""Reading one sentence of German news, for :mod:`dealrecord.german.deals`.

Sentences and clauses, the watched parties and the role the words before
each give it, the status and commitment cues (patterns built from
:mod:`dealrecord.german._deal_lexicon`), and relative dates resolved
against the publication date.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple, TypeVar

import attrs
from babel import Locale

from dealrecord.errors import ParseError
from dealrecord.german import _date_lexicon as date_lex
from dealrecord.german import _deal_lexicon as lex
from dealrecord.german import _lexicon as money_lex
from dealrecord.german.dates import _fold as fold
from dealrecord.german.find import Mention
from dealrecord.german.numbers import parse_number
from dealrecord.records import CommitmentKind, Party, Status
from dealrecord.values import PartialDate

_T = TypeVar("_T")

# --- patterns built from the lexicon ------------------------------------------

_LETTERS: Final = r"[^\W\d_]"
#: Up to sixteen words of one clause between the words of a cue; a word may
#: hold a dot or a comma ("Mio.", "1,2"), not end in a comma.
_GAP: Final = (
    r"(?:[\s\u00ad]{1,3}(?:[^\s,;:!?()\[\]–—]|,(?=[^\s,])){1,40}){0,16}?[\s\u00ad]{1,3}"
)
_SPACE: Final = r"[\s\u00ad]{1,3}"


def cue_pattern(cue: str) -> str:
    """The regex of one cue written in the lexicon's notation.

    Its first word's start is left to the caller (:func:`alternation`),
    which checks it once for all its cues.
    """
    parts: list[str] = []
    for word in cue.split(" "):
        if word == "…":
            parts.append(_GAP)
            continue
        if parts and parts[-1] != _GAP:
            parts.append(_SPACE)
        core = re.escape(word.strip("~|"))
        start = "" if not parts else r"(?<!\w)"
        head = f"{start}{_LETTERS}{{0,30}}-?" if word.startswith("~") else start
        inflected = word.rstrip("|").endswith("~")
        tail = rf"{_LETTERS}{{0,3}}(?!\w)" if inflected else r"(?!\w)"
        if word.endswith("|"):
            tail += r"(?=[\s\u00ad]{0,3}(?:[,;:.!?)\]–—]|\Z))"
        parts.append(f"{head}{core}{tail}")
    return "".join(parts)


#: Where a cue may start: at the first letter of a word.
_WORD_START: Final = r"(?<!\w)(?=[^\W\d_])"


def alternation(cues: Iterable[str]) -> str:
    return _WORD_START + "(?:" + "|".join(f"(?:{cue_pattern(c)})" for c in cues) + ")"


def words(cues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(alternation(cues), re.IGNORECASE)


def _grouped(
    table: dict[Status, tuple[str, ...]] | dict[CommitmentKind, tuple[str, ...]],
) -> re.Pattern[str]:
    """One pattern for a table of cues, a group named after each key."""
    groups = (f"(?P<{key.name}>{alternation(cues)})" for key, cues in table.items())
    return re.compile("|".join(groups), re.IGNORECASE)


@functools.cache
def status_pattern() -> re.Pattern[str]:
    return _grouped(lex.STATUS_CUES)


@functools.cache
def commitment_pattern() -> re.Pattern[str]:
    return _grouped(lex.COMMITMENT_CUES)


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    return {
        "not_status": words(lex.NOT_STATUS_CUES),
        "deal": words(lex.DEAL_WORDS),
        "plan": words(lex.PLAN_WORDS),
        "negation": words(lex.NEGATIONS),
        "receive": words(lex.RECEIVE_VERBS),
        "sale": words(lex.SALE_CUES),
        "give_way": words(lex.GIVE_WAY),
        "passive": words(lex.PASSIVE_AUXILIARIES),
        "figure": words(lex.FIGURE_WORDS),
        "after_von": words(lex.TARGET_AFTER_VON),
    }


@functools.cache
def abbreviations() -> frozenset[str]:
    """Words whose dot does not end a sentence, lower case, without the dot."""
    months = Locale.parse("de").months["format"]["abbreviated"].values()
    words = {w.lower() for w in lex.ABBREVIATIONS}
    words |= set(money_lex.SCALE_ABBREVIATIONS)
    words |= {m.lower().rstrip(".") for m in months}
    words |= set(date_lex.EXTRA_MONTHS)  # "Sep.", not in CLDR for de
    return frozenset(words)


@functools.cache
def weekdays() -> dict[str, int]:
    """German weekday names (CLDR, through babel), folded, to 0 = Monday."""
    names = Locale.parse("de").days["format"]["wide"]
    return {fold(name): number for number, name in names.items()}


def _either(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, words))


@functools.cache
def relative_pattern() -> re.Pattern[str]:
    units = f"(?:{_either(lex.RELATIVE_UNITS)}){_LETTERS}{{0,2}}"
    return re.compile(
        rf"(?<!\w)(?:"
        rf"(?P<stem>{_either(lex.RELATIVE_STEMS)}){_LETTERS}{{0,3}}\s{{1,3}}"
        rf"(?P<unit>{units})"
        rf"|(?P<previous>{alternation(lex.PREVIOUS_YEAR_WORDS)})"
        rf"|{re.escape(lex.AGO)}\s{{1,3}}(?P<count>\d{{1,2}}|{_LETTERS}{{2,20}})"
        rf"\s{{1,3}}(?P<ago>{units})"
        rf"|(?P<day>{_either(lex.RELATIVE_DAYS)})"
        rf"|(?:(?:{_either(lex.WEEKDAY_LEADS)})\s{{1,3}})?"
        rf"(?P<weekday>{_either(weekdays())})"
        rf")(?!\w)",
        re.IGNORECASE,
    )


@functools.cache
def _folded_tables() -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """The relative-date tables keyed as :func:`fold` keys what matched."""
    return (
        {fold(stem): offset for stem, offset in lex.RELATIVE_STEMS.items()},
        {fold(word): offset for word, offset in lex.RELATIVE_DAYS.items()},
        {fold(unit): precision for unit, precision in lex.RELATIVE_UNITS.items()},
    )


def _unit(word: str) -> str:
    """The precision a unit word names ("Jahren" is "year")."""
    units = _folded_tables()[2]
    folded = fold(word)
    return next(units[u] for u in units if folded.startswith(u))


# --- sentences, clauses, parties ------------------------------------------------

#: A sentence may end after . ! or ? (and closing quotes or brackets) before
#: a space, and always ends at a line break.
_SENTENCE_END: Final = re.compile(r"[.!?][\"'“”»«)\]]{0,3}[ \t\u00a0]{1,20}+|\n")
#: The longest stretch read as one sentence, in characters.
_LONGEST_SENTENCE: Final = 1000
_WORD_BEFORE_DOT: Final = re.compile(r"([\w-]{1,40}+)\Z")
#: "über" just before an amount.
OVER_BEFORE: Final = re.compile(
    rf"(?<!\w)(?P<over>{re.escape(lex.OVER)})[\s\u00ad]{{1,3}}\Z", re.IGNORECASE
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\[\]–—]| - ")
_TOKEN: Final = re.compile(r"[\w-]{1,60}+|[,;:.!?()\[\]–—]")


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of *text*, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() != "\n" and not ends_sentence(text, match.start()):
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        while begin < end:
            while begin < end and text[begin].isspace():
                begin += 1
            stop = end
            if stop - begin > _LONGEST_SENTENCE:
                # No news sentence is this long: cut it at a space, so that
                # reading one stays bounded whatever the text.
                stop = text.rfind(" ", begin + 1, begin + _LONGEST_SENTENCE)
                if stop == -1:
                    stop = begin + _LONGEST_SENTENCE
            last = stop
            while last > begin and text[last - 1].isspace():
                last -= 1
            if begin < last:
                result.append((begin, last))
            begin = stop
    return result


def bucket(
    spans: list[tuple[int, int]], items: list[tuple[int, int, _T]]
) -> list[list[_T]]:
    """The items (sorted by start) that lie inside each span, in one walk."""
    buckets: list[list[_T]] = [[] for _ in spans]
    index = 0
    for number, (start, end) in enumerate(spans):
        while index < len(items) and items[index][0] < start:
            index += 1
        while index < len(items) and items[index][0] < end:
            if items[index][1] <= end:
                buckets[number].append(items[index][2])
            index += 1
    return buckets


def ends_sentence(text: str, dot: int) -> bool:
    """Whether the mark at *dot* ends a sentence: not after an abbreviation,
    a single letter or an ordinal number of one or two digits."""
    if text[dot] != ".":
        return True
    before = _WORD_BEFORE_DOT.search(text, max(0, dot - 40), dot)
    if before is None:
        return True
    word = before.group(1)
    if word.isdigit():
        return len(word) > 2
    return len(word) > 1 and word.lower() not in abbreviations()


class PartyIndex:
    """The watch list: every name and alias, found in a text.

    Names match without regard to case (keyed as :func:`fold` keys them),
    but a match in lower case counts only where the name is written so
    ("eBay"): a proper name is capitalised.
    """

    def __init__(self, parties: Sequence[Party]) -> None:
        self.parties = {party.name: party for party in parties}
        self.by_name: dict[str, str] = {}
        spellings = set()
        for party in parties:
            for name in (party.name, *party.aliases):
                self.by_name[fold(name)] = party.name
                spellings.add(name)
        names = sorted(spellings, key=len, reverse=True)
        any_name = "|".join(re.escape(name) for name in names)
        self.lower_case = {fold(n) for n in spellings if n[:1].islower()}
        self.pattern = re.compile(
            rf"(?<![\w-])(?P<name>{any_name})(?:s|['’]s?)?(?:-[\w-]{{1,40}}+)?(?!\w)",
            re.IGNORECASE,
        )

    def find(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """The parties named in ``text[start:end]``: (name, start, end)."""
        found = []
        for match in self.pattern.finditer(text, start, end):
            key = fold(match.group("name"))
            if match.group("name")[:1].islower() and key not in self.lower_case:
                continue  # a proper name is capitalised
            name = self.by_name.get(key)
            if name is not None:
                found.append((name, match.start(), match.end()))
        return found


def watch_list(parties: Iterable[Party]) -> list[Party]:
    """The watch list, refused before any reading when a name is ambiguous:
    a party named twice, or a name or alias (in any case) of two parties or
    twice of one."""
    watch = list(parties)
    for item in watch:
        if not isinstance(item, Party):
            msg = f"parties: expected Party records, got {item!r}"
            raise TypeError(msg)
    problems: list[str] = []
    names = [party.name for party in watch]
    for name in dict.fromkeys(n for n in names if names.count(n) > 1):
        problems.append(f"{name!r} is in the watch list twice")
    owner: dict[str, str] = {}
    for party in {p.name: p for p in watch}.values():
        spellings = (party.name, *party.aliases)
        for number, name in enumerate(spellings):
            key = fold(name)
            if name in spellings[:number]:
                problems.append(f"{name!r} names {party.name!r} twice")
            elif owner.setdefault(key, party.name) != party.name:
                problems.append(
                    f"{name!r} names both {owner[key]!r} and {party.name!r}"
                )
    if problems:
        msg = "parties: " + "; ".join(dict.fromkeys(problems))
        raise ValueError(msg)
    return watch


# --- one sentence -----------------------------------------------------------------

AGENT: Final = "agent"
TARGET: Final = "target"


class Cue(NamedTuple):
    start: int
    end: int
    clause: int


class Named(NamedTuple):
    name: str
    start: int
    end: int
    role: str | None


@attrs.define
class Sentence:
    """What one sentence says, positions in the whole text."""

    start: int
    end: int
    clauses: list[int]
    named: list[Named]
    statuses: list[tuple[Status, Cue]]
    commitments: list[tuple[CommitmentKind, Cue]]
    money: list[Mention]
    dates: list[tuple[int, int, PartialDate]]
    deal_word: bool
    receive: bool

    def clause_of(self, pos: int) -> int:
        """The index of the clause *pos* stands in."""
        return max(0, bisect.bisect_right(self.clauses, pos) - 1)

    @property
    def parties(self) -> list[str]:
        return list(dict.fromkeys(n.name for n in self.named))


def read_sentence(
    text: str,
    span: tuple[int, int],
    index: PartyIndex,
    money: list[Mention],
    dates: list[tuple[int, int, PartialDate]],
) -> Sentence:
    start, end = span
    clauses = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    sentence = Sentence(
        start,
        end,
        clauses,
        named=[],
        statuses=[],
        commitments=[],
        money=money,
        dates=dates,
        deal_word=patterns()["deal"].search(text, start, end) is not None,
        receive=patterns()["receive"].search(text, start, end) is not None,
    )
    blocked = [m.span() for m in patterns()["not_status"].finditer(text, start, end)]
    for match in status_pattern().finditer(text, start, end):
        if any(b <= match.start() < e for b, e in blocked):
            continue
        status = Status[match.lastgroup or ""]
        cue = Cue(match.start(), match.end(), sentence.clause_of(match.start()))
        sentence.statuses.append((status, cue))
    for match in commitment_pattern().finditer(text, start, end):
        kind = CommitmentKind[match.lastgroup or ""]
        cue = Cue(match.start(), match.end(), sentence.clause_of(match.start()))
        sentence.commitments.append((kind, cue))
    sale = patterns()["sale"].search(text, start, end) is not None
    passive = patterns()["passive"].search(text, start, end) is not None
    for name, name_start, name_end in index.find(text, start, end):
        role = role_before(
            text, start, name_start, sentence.named, sale=sale, passive=passive
        )
        sentence.named.append(Named(name, name_start, name_end, role))
    return sentence


def role_before(
    text: str, start: int, pos: int, named: list[Named], *, sale: bool, passive: bool
) -> str | None:
    """The role the words before a party (from *start* to *pos*) give it."""
    # The words since the party named before: its own marker is not ours.
    since = max(start, pos - 120, named[-1].end if named else start)
    tokens = list(_TOKEN.finditer(text, since, pos))
    if tokens and named and tokens[-1].group().lower() in lex.COORDINATORS:
        last = named[-1]
        between = text[last.end : pos].strip(" ,").lower()
        if between in lex.COORDINATORS or between == "":
            return last.role
    for back, token in enumerate(reversed(tokens)):
        if back > lex.MARKER_GAP_WORDS or not token.group()[0].isalnum():
            break
        word = token.group().lower()
        if word in lex.AGENT_MARKERS:
            index = len(tokens) - 1 - back
            noun = tokens[index - 1].group() if index > 0 else ""
            return _role_after_von(word, noun, passive=passive)
        if word in lex.TARGET_MARKERS:
            return AGENT if word == "an" and sale else TARGET
        if word in lex.COORDINATORS:
            break
    return None


def _role_after_von(marker: str, before: str, *, passive: bool) -> str | None:
    """The role "durch X" or "von X" gives X, by the word *before* the marker.

    "durch" names the agent.  "von" after a purchase noun names the target
    ("Übernahme von X"); after a verb ("erhält von X"), in a sentence in the
    passive ("wird für 2 Mrd. Euro von X übernommen") and after a
    commitment noun ("Investition von X", "Angebot von X") it names the
    agent; after any other noun only an owner ("die Sparte von X"), no role.
    """
    if marker not in lex.VON:
        return AGENT
    if patterns()["after_von"].fullmatch(before):
        return TARGET
    if passive or not before[:1].isupper():
        return AGENT
    if commitment_pattern().fullmatch(before):
        return AGENT
    return None


# --- dates ------------------------------------------------------------------------


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    number = year * 12 + month - 1 + by
    return number // 12, number % 12 + 1


def relative_dates(
    text: str, published: PartialDate
) -> list[tuple[int, int, PartialDate]]:
    """Relative dates in *text*, resolved at the precision they name."""
    found = []
    for match in relative_pattern().finditer(text):
        try:
            date = resolve(match, published)
        except (ParseError, ValueError, OverflowError):
            continue
        if date is not None:
            found.append((match.start(), match.end(), date))
    return found


def resolve(match: re.Match[str], published: PartialDate) -> PartialDate | None:
    """The date a relative date names, at its precision, or None where the
    publication date is too coarse to count from."""
    stems, days, _ = _folded_tables()
    year, month, day = published.year, published.month, published.day
    if match["stem"] is not None:
        offset, unit = stems[fold(match["stem"])], _unit(match["unit"])
    elif match["previous"] is not None:
        offset, unit = -1, "year"
    elif match["count"] is not None:
        offset, unit = -int(parse_number(match["count"])), _unit(match["ago"])
    elif match["day"] is not None:
        offset, unit = days[fold(match["day"])], "day"
    else:
        if month is None or day is None:
            return None
        today = _dt.date(year, month, day)
        back = (today.weekday() - weekdays()[fold(match["weekday"])]) % 7
        return PartialDate.from_date(today - _dt.timedelta(days=back))
    if unit == "year":
        return PartialDate(year + offset)
    if month is None:
        return None
    if unit == "month":
        return PartialDate(*shift_month(year, month, offset))
    if day is None:
        return None
    return PartialDate.from_date(_dt.date(year, month, day) + _dt.timedelta(offset))
