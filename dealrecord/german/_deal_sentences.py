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
from dealrecord.german import _deal_lexicon as lex
from dealrecord.german import _lexicon as money_lex
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


@functools.cache
def status_pattern() -> re.Pattern[str]:
    groups = (
        f"(?P<{status.name}>{alternation(cues)})"
        for status, cues in lex.STATUS_CUES.items()
    )
    return re.compile(_WORD_START + "(?:" + "|".join(groups) + ")", re.IGNORECASE)


@functools.cache
def commitment_pattern() -> re.Pattern[str]:
    groups = (
        f"(?P<{kind.name}>{alternation(cues)})"
        for kind, cues in lex.COMMITMENT_CUES.items()
    )
    return re.compile(_WORD_START + "(?:" + "|".join(groups) + ")", re.IGNORECASE)


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    return {
        "not_status": words(lex.NOT_STATUS_CUES),
        "deal": words(lex.DEAL_WORDS),
        "plan": words(lex.PLAN_WORDS),
        "negation": words(lex.NEGATIONS),
        "receive": words(lex.RECEIVE_VERBS),
        "sale": words(lex.SALE_CUES),
        "reporting": words(lex.REPORTING),
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
    return frozenset(words)


@functools.cache
def weekdays() -> dict[str, int]:
    """German weekday names (CLDR, through babel), lower case, to 0 = Monday."""
    names = Locale.parse("de").days["format"]["wide"]
    return {name.lower(): number for number, name in names.items()}


@functools.cache
def relative_pattern() -> re.Pattern[str]:
    stems = "|".join(map(re.escape, lex.RELATIVE_STEMS))
    days = "|".join(map(re.escape, lex.RELATIVE_DAYS))
    names = "|".join(map(re.escape, weekdays()))
    return re.compile(
        rf"(?<!\w)(?:"
        rf"(?P<stem>{stems}){_LETTERS}{{0,3}}\s{{1,3}}(?P<unit>Jahr|Monat){_LETTERS}{{0,2}}"
        rf"|(?P<previous>{alternation(lex.PREVIOUS_YEAR_WORDS)})"
        rf"|vor\s{{1,3}}(?P<count>\d{{1,2}}|{_LETTERS}{{2,20}})\s{{1,3}}"
        rf"(?P<ago>Jahr|Monat|Tag){_LETTERS}{{0,2}}"
        rf"|(?P<day>{days})"
        rf"|(?:(?:am|seit|vergangenen|letzten)\s{{1,3}})?(?P<weekday>{names})"
        rf")(?!\w)",
        re.IGNORECASE,
    )


# --- sentences, clauses, parties ------------------------------------------------

#: A sentence may end after . ! or ? (and closing quotes or brackets) before
#: a space, and always ends at a line break.
_SENTENCE_END: Final = re.compile(r"[.!?][\"'“”»«)\]]{0,3}[ \t\u00a0]{1,20}+|\n")
#: The longest stretch read as one sentence, in characters.
_LONGEST_SENTENCE: Final = 1000
_WORD_BEFORE_DOT: Final = re.compile(r"([\w-]{1,40}+)\Z")
#: "über" just before an amount.
OVER_BEFORE: Final = re.compile(r"(?<!\w)(?P<over>über)[\s\u00ad]{1,3}\Z")
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
    """The watch list: every name and alias, found in a text."""

    def __init__(self, parties: Sequence[Party]) -> None:
        self.parties = {party.name: party for party in parties}
        self.by_name: dict[str, str] = {}
        for party in parties:
            for name in (party.name, *party.aliases):
                self.by_name[name.casefold()] = party.name
        names = sorted(self.by_name, key=len, reverse=True)
        any_name = "|".join(re.escape(name) for name in names)
        self.pattern = re.compile(
            rf"(?<![\w-])(?P<name>{any_name})(?:s|['’]s?)?(?:-[\w-]{{1,40}}+)?(?!\w)",
            re.IGNORECASE,
        )

    def find(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """The parties named in ``text[start:end]``: (name, start, end)."""
        found = []
        for match in self.pattern.finditer(text, start, end):
            first = match.group("name")[0]
            if first.isalpha() and not first.isupper():
                continue  # a proper name is capitalised
            name = self.by_name.get(match.group("name").casefold())
            if name is not None:
                found.append((name, match.start(), match.end()))
        return found


def watch_list(parties: Iterable[Party]) -> list[Party]:
    """The watch list, refused before any reading when a name is ambiguous."""
    watch = list(parties)
    for item in watch:
        if not isinstance(item, Party):
            msg = f"parties: expected Party records, got {item!r}"
            raise TypeError(msg)
    owner: dict[str, str] = {}
    problems: list[str] = []
    for party in watch:
        for name in dict.fromkeys((party.name, *party.aliases)):
            key = name.casefold()
            if key in owner:
                other = owner[key]
                if other == party.name:
                    problems.append(f"{party.name!r} is in the watch list twice")
                else:
                    problems.append(f"{name!r} names both {other!r} and {party.name!r}")
            else:
                owner[key] = party.name
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
    for name, name_start, name_end in index.find(text, start, end):
        role = role_before(text, start, name_start, sentence.named, sale=sale)
        sentence.named.append(Named(name, name_start, name_end, role))
    return sentence


def role_before(
    text: str, start: int, pos: int, named: list[Named], *, sale: bool
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
            return _role_after_von(word, noun)
        if word in lex.TARGET_MARKERS:
            return AGENT if word == "an" and sale else TARGET
        if word in lex.COORDINATORS:
            break
    return None


def _role_after_von(marker: str, before: str) -> str | None:
    """The role "durch X" or "von X" gives X, by the word *before* the marker.

    "durch" names the agent.  "von" after a verb does too ("erhält von X",
    "wird von X übernommen"), and after a commitment noun ("Investition
    von X", "Angebot von X"), but after a purchase noun it names the target
    ("Übernahme von X"), and after any other noun only an owner ("die
    Sparte von X"), no role.
    """
    if marker not in lex.VON or not before[:1].isupper():
        return AGENT
    if patterns()["after_von"].fullmatch(before):
        return TARGET
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
    year, month, day = published.year, published.month, published.day
    if match["stem"] is not None:
        offset = lex.RELATIVE_STEMS[match["stem"].lower()]
        if match["unit"].lower() == "jahr":
            return PartialDate(year + offset)
        if month is None:
            return None
        return PartialDate(*shift_month(year, month, offset))
    if match["previous"] is not None:
        return PartialDate(year - 1)
    if match["count"] is not None:
        count = int(parse_number(match["count"]))
        unit = match["ago"].lower()
        if unit == "jahr":
            return PartialDate(year - count)
        if month is None:
            return None
        if unit == "monat":
            return PartialDate(*shift_month(year, month, -count))
        if day is None:
            return None
        return PartialDate.from_date(
            _dt.date(year, month, day) - _dt.timedelta(days=count)
        )
    if month is None or day is None:
        return None
    today = _dt.date(year, month, day)
    if match["day"] is not None:
        offset = lex.RELATIVE_DAYS[match["day"].lower()]
        return PartialDate.from_date(today + _dt.timedelta(days=offset))
    weekday = weekdays()[match["weekday"].lower()]
    back = (today.weekday() - weekday) % 7
    return PartialDate.from_date(today - _dt.timedelta(days=back))
