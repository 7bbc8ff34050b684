"""extract_deals: German news to deals for a watch list of parties."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealrecord import (
    Amount,
    CommitmentKind,
    Deal,
    PartialDate,
    Party,
    PartyKind,
    Qualifier,
    Source,
    Status,
    extract_deals,
    from_json,
    to_json,
)
from dealrecord.german import _deal_lexicon as lex
from dealrecord.german._deal_sentences import sentences as split_sentences
from tests._growth import growth
from tests.deal_table import Case, cases
from tests.deal_table import read as read_case

ALLVIA = Party("Allvia", PartyKind.COMPANY, aliases=("Allvia AG",))
RHEINFONDS = Party("Rheinfonds", PartyKind.FUND)
NORDWERK = Party("Nordwerk", PartyKind.COMPANY)
BALTICA = Party("Baltica Bank", PartyKind.COMPANY, aliases=("Baltica",))
WATCH = (ALLVIA, RHEINFONDS, NORDWERK, BALTICA)
MONDAY_16_MARCH = PartialDate(2026, 3, 16)


def read(text: str, published: PartialDate = MONDAY_16_MARCH) -> list[Deal]:
    return extract_deals(text, parties=WATCH, published=published)


def one(text: str, published: PartialDate = MONDAY_16_MARCH) -> Deal:
    (deal,) = read(text, published)
    return deal


def history(deal: Deal) -> list[tuple[str, Status]]:
    return [(str(change.on), change.status) for change in deal.history]


# --- roles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by", "to", "kind"),
    [
        (
            "Allvia übernimmt Rheinfonds für 1,2 Milliarden Euro.",
            "Allvia",
            ("Rheinfonds",),
            CommitmentKind.PURCHASE,
        ),
        (
            "Die Übernahme von Rheinfonds durch Allvia kostet 1,2 Milliarden Euro.",
            "Allvia",
            ("Rheinfonds",),
            CommitmentKind.PURCHASE,
        ),
        (
            "Der Verkauf von Rheinfonds an Allvia bringt 1,2 Milliarden Euro.",
            "Allvia",
            ("Rheinfonds",),
            CommitmentKind.PURCHASE,
        ),
        (
            "Die Baltica Bank gewährt Nordwerk einen Kredit über 1,2 Milliarden Euro.",
            "Baltica Bank",
            ("Nordwerk",),
            CommitmentKind.LOAN,
        ),
        (
            "Nordwerk erhält von der Baltica Bank ein Darlehen über 1,2 Mrd. Euro.",
            "Baltica Bank",
            ("Nordwerk",),
            CommitmentKind.LOAN,
        ),
        (
            "Rheinfonds investiert 1,2 Milliarden Euro in Nordwerk.",
            "Rheinfonds",
            ("Nordwerk",),
            CommitmentKind.INVESTMENT,
        ),
        (
            "Für 1,2 Milliarden Euro sichert sich Allvia eine Beteiligung an Nordwerk.",
            "Allvia",
            ("Nordwerk",),
            CommitmentKind.EQUITY_STAKE,
        ),
    ],
)
def test_roles_follow_the_words_before_each_party(
    text: str, by: str, to: tuple[str, ...], kind: CommitmentKind
) -> None:
    (commitment,) = one(text).commitments
    assert (commitment.by, commitment.to, commitment.kind) == (by, to, kind)
    assert commitment.amount == Amount.exact(Decimal("1.2E9"), "EUR")


def test_coordinated_targets_share_their_marker() -> None:
    text = "Allvia hat Cloud-Zusagen über 3 Mrd. Euro bei Nordwerk, Rheinfonds und der Baltica Bank gesichert."
    deal = one(text)
    (commitment,) = deal.commitments
    assert commitment.by == "Allvia"
    assert commitment.to == ("Nordwerk", "Rheinfonds", "Baltica Bank")
    assert commitment.kind is CommitmentKind.COMPUTE_CONTRACT
    assert deal.status is Status.SIGNED


def test_genitive_alias_and_compound_name_a_party() -> None:
    text = (
        "Der Allvia-Chef bestätigte die Gespräche mit Rheinfonds. "
        "Allvias Angebot liegt bei 900 Millionen Euro."
    )
    deal = one(text)
    assert {p.name for p in deal.parties} == {"Allvia", "Rheinfonds"}
    (offer,) = deal.commitments
    assert (offer.by, offer.to) == ("Allvia", ("Rheinfonds",))
    assert offer.amount == Amount.exact(Decimal("9E8"), "EUR")
    assert deal.status is Status.NEGOTIATING


# --- amounts, statuses and dates across sentences -------------------------------


def test_amount_from_another_sentence_and_one_commitment_per_kind() -> None:
    text = (
        "Die Allvia AG will den Vermögensverwalter Rheinfonds übernehmen. "
        "Das kündigte Allvia am Montag an. "
        "Allvia bietet bis zu 1,8 Milliarden Euro."
    )
    deal = one(text)
    assert deal.id == "allvia-rheinfonds"
    assert deal.title == "Allvia übernimmt Rheinfonds"
    (offer,) = deal.commitments
    assert offer.amount == Amount(None, Decimal("1.8E9"), "EUR", Qualifier.AT_MOST)
    assert offer.source is not None
    assert offer.source.quote == "Allvia bietet bis zu 1,8 Milliarden Euro."
    assert history(deal) == [("2026-03-16", Status.ANNOUNCED)]


def test_a_cue_without_any_amount_gives_no_commitment() -> None:
    deal = one("Allvia und Rheinfonds verhandeln über eine Übernahme.")
    assert deal.commitments == ()
    assert deal.status is Status.NEGOTIATING


def test_a_partyless_deal_sentence_speaks_of_the_deal_named_last() -> None:
    text = (
        "Nordwerk und die Baltica Bank hatten im April 2025 einen Kredit vereinbart. "
        "Allvia meldete am Montag einen Rekordumsatz von 5 Mrd. Euro. "
        "Der Deal ist inzwischen geplatzt."
    )
    deal = one(text)
    assert {p.name for p in deal.parties} == {"Nordwerk", "Baltica Bank"}
    assert history(deal) == [
        ("2025-04", Status.SIGNED),
        ("2026-03-16", Status.CANCELLED),
    ]


def test_statuses_are_dated_by_their_clause_not_by_a_plan() -> None:
    text = (
        "Im Januar 2026 hatten Allvia und Rheinfonds die Übernahme angekündigt, "
        "am 12. März 2026 unterzeichneten sie den Vertrag. "
        "Die Übernahme soll Ende 2026 abgeschlossen werden."
    )
    deal = one(text)
    assert history(deal) == [
        ("2026-01", Status.ANNOUNCED),
        ("2026-03-12", Status.SIGNED),
    ]


def test_the_same_status_twice_is_one_change_dated_by_the_text() -> None:
    text = (
        "Allvia und Rheinfonds haben den Vertrag unterzeichnet. "
        "Unterzeichnet wurde er laut Allvia bereits am 2. März 2026."
    )
    assert history(one(text)) == [("2026-03-02", Status.SIGNED)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Insidern zufolge will Allvia Rheinfonds übernehmen.", Status.RUMOURED),
        ("Angeblich erwägt Allvia einen Einstieg bei Rheinfonds.", Status.RUMOURED),
        (
            "Insidern zufolge verhandelt Allvia mit Rheinfonds über eine Übernahme.",
            Status.NEGOTIATING,
        ),
        (
            "Laut Medienberichten haben sich Allvia und Rheinfonds geeinigt.",
            Status.SIGNED,
        ),
        ("Allvia will mit Rheinfonds neu verhandeln.", Status.RENEGOTIATING),
        ("Allvia und Rheinfonds verhandeln die Preise nach.", Status.RENEGOTIATING),
        ("Die Übernahme von Rheinfonds durch Allvia könnte platzen.", None),
        ("Allvia und Rheinfonds führen Nachverhandlungen.", Status.RENEGOTIATING),
        ("Die Gespräche von Allvia und Rheinfonds liegen auf Eis.", Status.STALLED),
        ("Die Übernahme von Rheinfonds durch Allvia ist vollzogen.", Status.CLOSED),
        ("Allvia zieht das Angebot für Rheinfonds zurück.", Status.CANCELLED),
        ("Allvia und Rheinfonds haben sich nicht geeinigt.", None),
    ],
)
def test_hedges_give_way_and_plans_and_denials_are_no_change(
    text: str, status: Status | None
) -> None:
    assert one(text).status is status


@pytest.mark.parametrize(
    ("words", "published", "date"),
    [
        ("am Montag", PartialDate(2026, 3, 18), "2026-03-16"),
        ("am Mittwoch", PartialDate(2026, 3, 18), "2026-03-18"),
        ("Dienstag", PartialDate(2026, 3, 18), "2026-03-17"),
        ("vor einem Jahr", PartialDate(2026, 3, 18), "2025"),
        # Before the year 1: no date, so the publication date.
        ("vor dreitausend Jahren", PartialDate(2026, 3, 18), "2026-03-18"),
        ("gestern", PartialDate(2026, 3, 1), "2026-02-28"),
        ("im vergangenen Jahr", PartialDate(2026, 3, 18), "2025"),
        ("vor zwei Jahren", PartialDate(2026, 3, 18), "2024"),
        ("vor 3 Monaten", PartialDate(2026, 2, 18), "2025-11"),
        ("im Vorjahr", PartialDate(2026), "2025"),
        # A weekday needs a day to count back from: the publication date.
        ("am Montag", PartialDate(2026, 3), "2026-03"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(
    words: str, published: PartialDate, date: str
) -> None:
    text = f"Allvia und Rheinfonds haben {words} einen Vertrag unterzeichnet."
    assert history(one(text, published)) == [(date, Status.SIGNED)]


def test_one_party_with_a_cue_concerns_the_party_the_text_is_about() -> None:
    text = (
        "Allvia und Rheinfonds sprechen über eine Übernahme. "
        "Nordwerk meldete einen Gewinn. "
        "Allvia bietet 2 Milliarden Euro."
    )
    (deal,) = read(text)
    assert {p.name for p in deal.parties} == {"Allvia", "Rheinfonds"}
    (offer,) = deal.commitments
    assert (offer.by, offer.to) == ("Allvia", ("Rheinfonds",))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "Allvia steigerte den Umsatz auf 5 Milliarden Euro.",
        "Allvia zahlt eine Dividende von 2 Euro je Aktie; Rheinfonds meldet Verlust.",
        "Allvia und Rheinfonds haben ihre Zahlen vorgelegt.",
        "Der Abschluss wird für Ende 2026 erwartet.",
        "Quantix übernimmt Lumeno für 3 Milliarden Euro.",
    ],
)
def test_no_deal(text: str) -> None:
    assert read(text) == []


def test_a_watch_list_of_one_party_gives_nothing() -> None:
    text = "Allvia übernimmt Rheinfonds für 1,2 Milliarden Euro."
    assert extract_deals(text, parties=[ALLVIA], published=MONDAY_16_MARCH) == []


def test_source_and_publication_date_are_copied_into_every_source() -> None:
    text = "Am 2. März 2026 hat Allvia Rheinfonds für 1 Mrd. Euro übernommen."
    deal = extract_deals(
        text,
        parties=WATCH,
        published=datetime.date(2026, 3, 16),
        source=Source(publisher="Handelsblatt", url="https://example.org/a"),
    )[0]
    sources = [c.source for c in deal.commitments] + [h.source for h in deal.history]
    for source in sources:
        assert source == Source(
            publisher="Handelsblatt",
            url="https://example.org/a",
            published=MONDAY_16_MARCH,
            quote=text,
        )


# --- the tables -------------------------------------------------------------------


@pytest.mark.parametrize("case", list(cases()), ids=lambda case: case.id)
def test_table(case: Case) -> None:
    assert read_case(case) == case.expected


# --- the watch list and the arguments ---------------------------------------------


@pytest.mark.parametrize(
    ("parties", "message"),
    [
        ((ALLVIA, ALLVIA), "'Allvia' is in the watch list twice"),
        (
            (ALLVIA, Party("Allvia AG", PartyKind.COMPANY)),
            "'Allvia AG' names both 'Allvia' and 'Allvia AG'",
        ),
        (
            (RHEINFONDS, Party("Rheinfonds Capital", PartyKind.FUND, ("RHEINFONDS",))),
            "'RHEINFONDS' names both 'Rheinfonds' and 'Rheinfonds Capital'",
        ),
    ],
)
def test_an_ambiguous_watch_list_is_refused_before_reading(
    parties: tuple[Party, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=r"^parties: ") as caught:
        extract_deals(42, parties=parties, published=MONDAY_16_MARCH)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="text: expected a str, got bytes"):
        extract_deals(b"x", parties=WATCH, published=MONDAY_16_MARCH)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parties: expected Party records"):
        extract_deals("x", parties=["Allvia"], published=MONDAY_16_MARCH)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="published: expected a PartialDate"):
        extract_deals("x", parties=WATCH, published="2026-03-16")  # type: ignore[arg-type]


# --- sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Am 31. Januar 2026 stieg der Preis um 5 Mio. Euro. Danach fiel er.",
            ["Am 31. Januar 2026 stieg der Preis um 5 Mio. Euro.", "Danach fiel er."],
        ),
        ("Dr. Meier kam ca. 5 Min. später", ["Dr. Meier kam ca. 5 Min.", "später"]),
        ("Im Jahr 2025. Danach", ["Im Jahr 2025.", "Danach"]),
        (
            "Überschrift\nText hier. Und mehr!",
            ["Überschrift", "Text hier.", "Und mehr!"],
        ),
        ("„Wir kaufen.“ Sagte er.", ["„Wir kaufen.“", "Sagte er."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


# --- properties ---------------------------------------------------------------------

_WORDS = sorted(
    {
        word.strip("~")
        for cues in (*lex.STATUS_CUES.values(), *lex.COMMITMENT_CUES.values())
        for cue in cues
        for word in cue.split()
        if word != "…"
    }
)
_TOKENS = st.sampled_from(
    [*_WORDS, "Allvia", "Allvias", "Allvia-Chef", "Rheinfonds", "Nordwerk",
     "Baltica Bank", "der Deal", "5 Mrd. Euro", "bis zu 3 Millionen Dollar",
     "im April 2026", "am Montag", "vor zwei Jahren", "31.", "Mio.", ".", ",",
     ":", "(", ")", "–", "\n", " ", "von", "durch", "an", "in", "bei", "und",
     "nicht", "soll", "könnte", "erhält"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_TOKENS, max_size=40).map(" ".join))
def test_never_raises_and_every_deal_is_valid_and_quotes_the_text(text: str) -> None:
    for deal in read(text):
        assert from_json(to_json(deal), Deal) == deal
        sources = [c.source for c in deal.commitments] + [
            h.source for h in deal.history
        ]
        for source in sources:
            assert source is not None
            assert source.quote is not None
            assert source.quote in text
        assert len(deal.parties) >= 2


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert isinstance(read(text), list)


_SEED = Path(__file__).parent.parent / "examples" / "data" / "article_de.txt"
_HOSTILE = [
    _SEED.read_text(encoding="utf-8"),
    "Allvia und Rheinfonds verhandeln über 5 Mrd. Euro. ",
    "Der Deal ist geplatzt. ",
    "kündigte " + "Allvia " * 20,
    "Allvia-" * 10 + " ",
    "1. " * 10,
    "Mio. " * 10,
]


@pytest.mark.parametrize("unit", _HOSTILE)
def test_extract_deals_grows_linearly_on_1mb(unit: str) -> None:
    def make(size: int) -> str:
        return unit * (size // len(unit))

    ratio = growth(read, make, 100_000)
    assert ratio < 15, f"10x input took {ratio:.1f}x time"


# --- found in review ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by", "to"),
    [
        # "von" in the passive names the agent, whatever noun stands before.
        (
            "Rheinfonds wird für 1,5 Mrd. Euro von Allvia übernommen.",
            "Allvia",
            "Rheinfonds",
        ),
        # The cue's own clause, where it names both parties, gives the roles.
        (
            "Rheinfonds' Aktionäre stimmen zu: Allvia übernimmt Rheinfonds für 1,5 Mrd. Euro.",
            "Allvia",
            "Rheinfonds",
        ),
        # "Co." does not end the sentence.
        (
            "Die Nordwerk GmbH & Co. KG übernimmt Rheinfonds für 1,5 Mrd. Euro.",
            "Nordwerk",
            "Rheinfonds",
        ),
        # "von" after a noun that is no cue names an owner, no role.
        (
            "Allvia kauft die Fondssparte von Rheinfonds für 1,5 Mrd. Euro.",
            "Allvia",
            "Rheinfonds",
        ),
    ],
)
def test_roles_found_in_review(text: str, by: str, to: str) -> None:
    (commitment,) = one(text).commitments
    assert (commitment.by, commitment.to) == (by, (to,))
    assert commitment.amount == Amount.exact(Decimal("1.5E9"), "EUR")


def test_a_sentence_naming_one_party_keeps_the_roles_of_the_deal() -> None:
    text = (
        "Allvia hat Rheinfonds ein Übernahmeangebot gemacht. "
        "Rheinfonds lehnt das Angebot über 2 Mrd. Euro ab."
    )
    (commitment,) = one(text).commitments
    assert (commitment.by, commitment.to) == ("Allvia", ("Rheinfonds",))
    assert commitment.amount == Amount.exact(Decimal("2E9"), "EUR")


@pytest.mark.parametrize(
    "second",
    [
        "Das Geschäft hat ein Volumen von 1,2 Mrd. Euro.",
        "Der Kaufpreis beträgt 1,2 Mrd. Euro.",
        "Allvia zahlt Rheinfonds' Aktionären 1,2 Mrd. Euro.",
    ],
)
def test_the_amount_of_a_commitment_from_a_sentence_without_a_cue(second: str) -> None:
    (commitment,) = one(f"Allvia übernimmt Rheinfonds. {second}").commitments
    assert commitment.amount == Amount.exact(Decimal("1.2E9"), "EUR")
    assert commitment.source is not None
    assert commitment.source.quote == second


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "Die Gespräche zwischen Allvia und Rheinfonds sind ins Stocken geraten.",
            [("2026-03-16", Status.STALLED)],
        ),
        (
            "Allvia und Rheinfonds unterzeichneten im Januar. "
            "Im Februar stockten die Gespräche.",
            [("2026-01", Status.SIGNED), ("2026-02", Status.STALLED)],
        ),
        (
            "Allvia und Rheinfonds hatten im Oktober 2025 Verhandlungen aufgenommen "
            "und im Januar 2026 einen Vertrag unterzeichnet.",
            [("2025-10", Status.NEGOTIATING), ("2026-01", Status.SIGNED)],
        ),
        ("Allvia und Rheinfonds unterzeichnen den Vertrag nicht.", []),
    ],
)
def test_talks_named_as_a_subject_and_denials_after_the_verb(
    text: str, changes: list[tuple[str, Status]]
) -> None:
    assert history(one(text)) == changes


def test_a_coarse_publication_date_keeps_the_dates_of_the_text() -> None:
    text = "Allvia und Rheinfonds haben am 12. März 2026 unterzeichnet."
    for published in (PartialDate(2026), PartialDate(2026, 3)):
        assert history(one(text, published)) == [("2026-03-12", Status.SIGNED)]


def test_over_after_a_name_in_a_noun_phrase_names_the_amount() -> None:
    text = "Nordwerk erhält einen Kredit der Baltica Bank über 5 Mio. Euro."
    (commitment,) = one(text).commitments
    assert commitment.amount == Amount.exact(Decimal("5E6"), "EUR")


@pytest.mark.parametrize(
    "text",
    ["Am Dienſtag.", "Allvia und Rheinfonds unterzeichneten am Freıtag.", "Mıttwoch"],
)
def test_letters_that_match_only_without_case_are_read(text: str) -> None:
    assert all(deal.status is Status.SIGNED for deal in read(text))


@pytest.mark.parametrize(
    ("name", "text", "slug"),
    [
        ("eBay", "eBay übernimmt Rheinfonds für 1 Mrd. Euro.", "ebay-rheinfonds"),
        ("Straße AG", "Die Straße AG übernimmt Rheinfonds.", "rheinfonds-strasse-ag"),
        (
            "İnci Holding",
            "İnci Holding übernimmt Rheinfonds.",
            "inci-holding-rheinfonds",
        ),
        # No ASCII letters: a digest of the name stands for it.
        ("Ростех", "Ростех übernimmt Rheinfonds.", "50c14cde-rheinfonds"),
    ],
)
def test_names_as_they_are_written_and_ids_from_them(
    name: str, text: str, slug: str
) -> None:
    watch = [Party(name, PartyKind.COMPANY), RHEINFONDS]
    (deal,) = extract_deals(text, parties=watch, published=MONDAY_16_MARCH)
    assert deal.id == slug


def test_ids_do_not_depend_on_word_order() -> None:
    first = one("Allvia übernimmt Rheinfonds für 1 Mrd. Euro.")
    second = one("Rheinfonds und Allvia verhandeln.")
    assert first.id == second.id == "allvia-rheinfonds"


def test_an_alias_that_repeats_its_party_is_refused() -> None:
    watch = [Party("Allvia", PartyKind.COMPANY, aliases=("Allvia",)), RHEINFONDS]
    with pytest.raises(ValueError, match="'Allvia' names 'Allvia' twice"):
        extract_deals("", parties=watch, published=MONDAY_16_MARCH)


@pytest.mark.parametrize(
    ("text", "capacity"),
    [
        ("Allvia investiert 5 Mrd. Euro in Rheinfonds für 10 GW, sagte er.", "10"),
        ("Allvia investiert 5 Mrd. Euro in Rheinfonds, -5 GW weniger.", None),
    ],
)
def test_capacity(text: str, capacity: str | None) -> None:
    (commitment,) = one(text).commitments
    got = commitment.capacity
    assert (None if got is None else str(got.value)) == capacity


def test_the_deal_lexicon_does_not_retype_what_cldr_has() -> None:
    from babel import Locale

    from dealrecord.german import _lexicon as money_lex

    german = Locale.parse("de")
    months = {
        m.lower().rstrip(".") for m in german.months["format"]["abbreviated"].values()
    }
    weekdays = {d.lower() for d in german.days["format"]["wide"].values()}
    abbreviations = {a.lower() for a in lex.ABBREVIATIONS}
    # Month and scale abbreviations are read from CLDR and the number lexicon.
    assert not abbreviations & months
    assert not abbreviations & set(money_lex.SCALE_ABBREVIATIONS)
    assert not {w.lower() for w in lex.WEEKDAY_LEADS} & weekdays
    assert not set(lex.RELATIVE_DAYS) & weekdays
