"""DATA ONLY: the cues :func:`dealrecord.german.deals.extract_deals` reads.

Each table says where it came from.  A cue is written as German words with
four marks, read by :mod:`dealrecord.german._deal_sentences` and nowhere
else:

- ``…`` between words: up to sixteen words of the same clause between them
  ("kündigte … an" matches "kündigte Allvia am Montag an");
- ``~`` after a word: up to three more letters, an inflection ending
  ("verhandel~" matches "verhandelt", "verhandeln", "verhandelten");
- ``~`` before a word: it may end a compound ("~übernahme" matches
  "Milliardenübernahme", "Bank-Übernahme");
- ``|`` after a word: it ends its clause, as the particle of a separable
  verb does ("kündig~ … an|" matches "kündigte den Kauf an," but not
  "kündigte an den Aktionär gerichtet").

Cues match without regard to case, on whole words.  Month and weekday names
are not here: they come from CLDR through babel.
"""

from __future__ import annotations

from typing import Final

from dealrecord.records import CommitmentKind, Status

#: The status a deal enters, by the words that report it.  Source: the
#: project's normative table ("Deals from text"), the inflected forms from
#: German grammar (Duden), and the interest phrases of business press
#: ("wittern ihre Chance", "Interesse an") as rumours.
STATUS_CUES: Final[dict[Status, tuple[str, ...]]] = {
    Status.RUMOURED: (
        "Insidern zufolge",
        "~kreisen zufolge",
        "~berichten zufolge",
        "laut … ~bericht~",
        "laut Insidern",
        "angeblich~",
        "Gerücht~",
        "im Gespräch",
        "erwäg~",
        "erwog~",
        "liebäugel~",
        "witter~ … Chance",
    ),
    Status.ANNOUNCED: (
        "kündig~ … an|",
        "angekündigt",
        "gab~ … bekannt|",
        "gibt … bekannt|",
        "geben … bekannt|",
        "bekanntgegeben",
        "bekannt gegeben",
        "bekanntgab~",
        "teilt~ … mit|",
        "mitgeteilt",
        "mitteilte~",
    ),
    # Before NEGOTIATING: "verhandeln … neu" is read as the longer cue.
    Status.RENEGOTIATING: (
        "neu verhandel~",
        "neu zu verhandeln",
        "verhandel~ … neu|",
        "verhandel~ … nach|",
        "nachverhandel~",
        "nachzuverhandeln",
        "Nachverhandlung~",
    ),
    Status.NEGOTIATING: (
        "verhandel~",
        "Verhandlung~",
        "Gespräche",
        "Gesprächen",
    ),
    Status.SIGNED: (
        "unterzeichne~",
        "sagt~ … zu|",
        "unterschrieb~",
        "vereinbart~",
        "besiegel~",
        "geeinigt",
        "einig~ sich",
        "zugesagt",
        "gesichert",
        "gewährt~",
    ),
    Status.STALLED: (
        "ins Stocken",
        "auf Eis",
        "stockt~",
        "stocken",
        "gestoppt",
        "pausiert~",
    ),
    Status.CLOSED: (
        "abgeschlossen",
        "vollzogen",
        "schließ~ … ab|",
        "schloss~ … ab|",
    ),
    Status.CANCELLED: (
        "geplatzt",
        "platzt~",
        "gescheitert",
        "scheitert~",
        "abgesagt",
        "sagt~ … ab|",
        "abgeblasen",
        "bläst … ab|",
        "blies~ … ab|",
        "zurückgezogen",
        "zieht … zurück|",
        "zog~ … zurück|",
    ),
}

#: Phrases that look like a status cue but are none: "stockt seinen Anteil
#: auf" raises a stake.  A cue inside one of these is left out.
NOT_STATUS_CUES: Final = ("stock~ … auf|",)

#: Rumour cues that name who says it rather than what happened: beside
#: another status cue in the sentence they give way to it.  Every rumour
#: cue counts: "Gerüchten zufolge haben X und Y unterzeichnet" is signed.
HEDGED: Final = Status.RUMOURED
#: Cues that give way to another status cue in their sentence (matched
#: where they end where the cue ends): reporting verbs name the source
#: ("Wie Allvia mitteilte, ist die Übernahme vollzogen" is closed), and the
#: talks, named with an article, are what stalled or failed ("Die
#: Gespräche sind ins Stocken geraten" is stalled; "hatten Verhandlungen
#: aufgenommen und unterzeichnet" is both).  Alone they announce a plan or
#: an offer, or say that talks go on.
GIVE_WAY: Final = (
    "gab~ … bekannt|",
    "gibt … bekannt|",
    "teilt~ … mit|",
    "mitgeteilt",
    "mitteilte~",
    "bekanntgab~",
    "die Verhandlung~",
    "den Verhandlung~",
    "der Verhandlung~",
    "die Gespräche",
    "den Gesprächen",
    "der Gespräche",
)

#: What a party commits to, by the words that name it.  Source: the
#: project's normative table ("Deals from text") and German grammar.
COMMITMENT_CUES: Final[dict[CommitmentKind, tuple[str, ...]]] = {
    CommitmentKind.INVESTMENT: (
        "investier~",
        "Investition~",
        "Investment~",
        "steck~ … in",
        "in … steck~",
    ),
    CommitmentKind.EQUITY_STAKE: (
        "~beteiligung~",
        "beteiligt~ sich",
        "Anteil~",
        "Einstieg~",
        "einsteigen",
        "einzusteigen",
        "steigt~ … ein|",
        "stieg~ … ein|",
    ),
    CommitmentKind.LOAN: (
        "~kredit~",
        "Kreditlinie~",
        "~darlehen~",
    ),
    CommitmentKind.COMPUTE_CONTRACT: (
        "Rechenkapazität~",
        "Rechenleistung~",
        "Cloud-Zusage~",
        "Cloud-Vertr~",
        "Cloud-Auftr~",
    ),
    CommitmentKind.PURCHASE: (
        "übernehm~",
        "übernimmt",
        "übernahm~",
        "übernommen",
        "~übernahme~",
        "kauf~",
        "gekauft",
        "Zukauf~",
        "Kaufpreis~",
        "verkauf~ … an",
        "~angebot~",
        "biete~",
        "bot~",
        "geboten",
    ),
}

#: Words that name a deal without a party: a sentence with one and no
#: party speaks of the deal named last.  Source: the project's normative
#: rules ("der Deal", "die Übernahme", "der Megadeal") and business press.
DEAL_WORDS: Final = (
    "~deal~",
    "~übernahme~",
    "Transaktion~",
    "Fusion~",
    "Zusammenschluss~",
    "Vereinbarung~",
    "Abkommen~",
    "Vertrag~",
    "Geschäft~",
    "Allianz~",
    "Partnerschaft~",
    "Kooperation~",
    "~angebot~",
    "Verhandlung~",
    "Gespräche",
    "Investition~",
    "Einstieg~",
    "Kredit~",
    "Darlehen~",
    "Kauf~",
    "Kaufpreis~",
    "Verkauf~",
)

#: A status cue in a clause with one of these is a plan or a guess, not a
#: change ("soll Ende 2026 abgeschlossen werden", "wird … erwartet",
#: "könnte platzen").  A wish is a state: "will nachverhandeln" is
#: renegotiating.  Source: German grammar (modal verbs, future tense).
PLAN_WORDS: Final = (
    "soll",
    "sollen",
    "sollte",
    "sollten",
    "erwartet",
    "voraussichtlich",
    "geplant",
    "plant",
    "planen",
    "dürfte",
    "dürften",
    "könnte",
    "könnten",
    "würde",
    "würden",
)

#: A cue after one of these (at most four words before it, in its clause)
#: is denied ("haben sich nicht geeinigt").  Source: German grammar.
NEGATIONS: Final = ("nicht", "nie", "kein~")

#: Words of a figure one party reports: an amount beside one (at most two
#: words away) is the figure's, not a commitment's.  Source: German annual
#: report terms (HGB) and business press.
FIGURE_WORDS: Final = (
    "~umsatz~",
    "~umsätze~",
    "~gewinn~",
    "~verlust~",
    "~dividende~",
    "~ergebnis~",
    "~erlös~",
    "Marktkapitalisierung",
    "Börsenwert~",
    "Marktwert~",
    "Bewertung~",
)

#: Verbs whose subject receives: "Y erhält von X einen Kredit".
RECEIVE_VERBS: Final = ("erhält", "erhielt~", "erhalten", "bekommt", "bekam~")

#: Words a party may follow, and the role they give it.  "von" gives the
#: agent ("Y erhält von X", "wird von X übernommen") except after a
#: purchase noun ("Übernahme von Y"), where it names the target, and after
#: another noun that is no cue ("die Sparte von Y"), where it names an
#: owner.  "an" names the target ("Beteiligung an Y") except where a sale is
#: told ("Verkauf von Y an X"), where it names the buyer.
AGENT_MARKERS: Final = ("durch", "von", "vom")
VON: Final = ("von", "vom")
TARGET_MARKERS: Final = ("in", "bei", "an", "für", "mit", "zu", "zum")
#: Purchase nouns after which "von" names what is bought.
TARGET_AFTER_VON: Final = ("~übernahme~", "Kauf~", "Verkauf~", "Erwerb~")
#: Cues of a sale, after which "an" names the buyer.
SALE_CUES: Final = ("verkauf~", "veräußer~")
#: Words that may stand between a marker and a party: articles, pronouns,
#: and one noun ("in den Vermögensverwalter Rheinfonds").
MARKER_GAP_WORDS: Final = 2
COORDINATORS: Final = ("und", "sowie", "oder", ",")
#: "über" before an amount: after a watched name that is a subject it bounds
#: the amount ("bietet Allvia über 2 Mrd. Euro").
OVER: Final = "über"
#: Prepositions and articles: a name after one stands in a noun's phrase
#: ("ein Angebot für Rheinfonds über 3 Mrd. Euro", "ein Kredit der Baltica
#: Bank über 5 Mio. Euro"), not as a subject.
IN_PHRASE: Final = (
    *AGENT_MARKERS,
    *TARGET_MARKERS,
    "über",
    "um",
    "aus",
    "nach",
    "der",
    "des",
    "dem",
    "den",
)
#: Auxiliaries of the passive: "von X" names the agent ("wird von X
#: übernommen") whatever noun stands before it.
PASSIVE_AUXILIARIES: Final = ("wird", "wurde", "wurden", "werden", "worden")

#: A deal's title from its first commitment.  Source: German news headlines.
TITLES: Final[dict[CommitmentKind, str]] = {
    CommitmentKind.INVESTMENT: "{by} investiert in {to}",
    CommitmentKind.EQUITY_STAKE: "{by} beteiligt sich an {to}",
    CommitmentKind.LOAN: "{by} gewährt {to} einen Kredit",
    CommitmentKind.COMPUTE_CONTRACT: "{by} sichert sich Rechenkapazität bei {to}",
    CommitmentKind.PURCHASE: "{by} übernimmt {to}",
    CommitmentKind.OTHER: "{by} und {to}",
}

#: Units of a commitment's capacity ("10 Gigawatt Rechenleistung").  Source:
#: SI unit names and symbols (BIPM), as German press writes them.
CAPACITY_UNITS: Final = {
    "Gigawatt": "GW",
    "GW": "GW",
    "Megawatt": "MW",
    "MW": "MW",
    "Terawatt": "TW",
    "TW": "TW",
}

#: Abbreviations whose dot does not end a sentence (scale abbreviations and
#: month names come from their own tables).  Source: Duden, "Abkürzungen".
ABBREVIATIONS: Final = (
    "bzw",
    "ca",
    "vs",
    "Dr",
    "Prof",
    "Nr",
    "St",
    "Str",
    "inkl",
    "exkl",
    "zzgl",
    "ggü",
    "gem",
    "vgl",
    "Vj",
    "Vorj",
    "Fr",
    "sFr",
    "Abs",
    "Art",
    "Hr",
    "Fa",
    "usw",
    "Mill",
    "Co",
    "Inc",
    "Corp",
    "Ltd",
    "Bros",
)

#: Relative dates, resolved against the publication date.  Source: German
#: grammar.  An adjective stem before "Jahr"/"Monat" and the offset it
#: names ("im vergangenen Jahr" is the year before).
RELATIVE_STEMS: Final = {
    "vergangen": -1,
    "letzt": -1,
    "vorig": -1,
    "dies": 0,
    "laufend": 0,
    "kommend": 1,
    "nächst": 1,
}
#: The units a relative date counts in ("im vergangenen Jahr", "vor drei
#: Monaten", "vor zwei Tagen") and the precision each gives.
RELATIVE_UNITS: Final = {"jahr": "year", "monat": "month", "tag": "day"}
#: "vor zwei Jahren": the word that counts back.
AGO: Final = "vor"
#: Words that may stand before a weekday ("am Montag", "seit Dienstag").
WEEKDAY_LEADS: Final = ("am", "seit", "vergangenen", "letzten")
#: Single words: "gestern" is the day before.
RELATIVE_DAYS: Final = {"heute": 0, "gestern": -1, "vorgestern": -2}
#: "im Vorjahr" is the year before.
PREVIOUS_YEAR_WORDS: Final = ("Vorjahr~",)
