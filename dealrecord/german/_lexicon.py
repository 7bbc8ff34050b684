"""DATA ONLY: the words of German numbers and money phrases.

What CLDR has (German currency display names and plurals, currency symbols,
number symbols of de_DE/de_AT/de_CH, the compact forms "Mio."/"Mrd."/"Bio.")
is read from babel in :mod:`dealrecord.german._cldr`; this module holds what
CLDR lacks.  Each table says where it came from.  All keys are lower case
and ``str.casefold``-ed ("dreißig" is stored as "dreissig"); the grammar
folds the text the same way before it looks a word up.
"""

from __future__ import annotations

from typing import Final

from dealrecord.values import Qualifier

# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------

#: Scale words of the German long scale (Billion = 10^12), singular and
#: plural, as exponents of ten.  Source: Duden, "Zahlwörter"; DESIGN.md
#: ("German number semantics").  CLDR's long compact forms (Tausend …
#: Billionen) are a subset; a test checks that.
SCALE_WORDS: Final = {
    "tausend": 3,
    "million": 6,
    "millionen": 6,
    "milliarde": 9,
    "milliarden": 9,
    "billion": 12,
    "billionen": 12,
    "billiarde": 15,
    "billiarden": 15,
    "trillion": 18,
    "trillionen": 18,
    "trilliarde": 21,
    "trilliarden": 21,
}

#: Abbreviations of scale words, written with or without a dot ("Mio.",
#: "Mio").  Source: Duden, "Abkürzungen" (Tsd., Mio., Mrd., Bio.); "Md." and
#: "Mia." are Swiss press usage (NZZ style guide); CLDR's short compact forms
#: (Mio., Mrd., Bio.) are a subset, checked by a test.
SCALE_ABBREVIATIONS: Final = {
    "tsd": 3,
    "mio": 6,
    "mrd": 9,
    "md": 9,
    "mia": 9,
    "bio": 12,
}

#: Letters written straight after digits as a scale ("100K", "3M", "1,2M",
#: ",0012G", "100T"), case as given.  Source: the Duckling German numeral
#: corpus (facebook/duckling, Duckling/Numeral/DE/Rules.hs); "T" is
#: "Tausend" there, not "Tera".
SCALE_SUFFIXES: Final = {"k": 3, "K": 3, "t": 3, "T": 3, "M": 6, "G": 9}

#: Units.  "ein" and its inflected forms are 1; "zwo" is spoken German.
#: Source: Duden, "Kardinalzahlen".
UNITS: Final = {
    "ein": 1,
    "eins": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "einen": 1,
    "eines": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "fuenf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}

#: 10 to 19.  Source: Duden, "Kardinalzahlen".
TEENS: Final = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwoelf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "fuenfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}

#: Tens.  "dreißig" is folded to "dreissig" (Swiss spelling too).
#: Source: Duden, "Kardinalzahlen".
TENS: Final = {
    "zwanzig": 20,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "fuenfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

#: Number words that stand alone only, never before a noun ("eins" is
#: counted or named; before a currency it is "ein Euro").  Source: Duden,
#: "Kardinalzahlen".
ALONE_ONLY: Final = ("eins",)

#: Zero.  Source: Duden.  The Duckling corpus also reads "keiner"/"keinen"
#: as 0; we do not (a finder would read "keinen Grund" as a number).
ZERO: Final = ("null",)

#: "hundert" and "tausend" inside a number word.  Source: Duden.
HUNDRED: Final = "hundert"
THOUSAND: Final = "tausend"

#: "Dutzend" multiplies the number before it by twelve: "ein Dutzend" 12,
#: "ein halbes Dutzend" 6, "fünf Dutzend" 60.  Source: Duden ("Dutzend").
DOZEN: Final = "dutzend"
DOZEN_VALUE: Final = 12

#: The connector inside number words ("einundzwanzig", "drei und dreissig").
AND: Final = "und"

#: Fractions written as words, in halves.  "eineinhalb"/"anderthalb" are
#: 1.5, "einhalb" adds a half to the unit before it ("dreieinhalb"), and
#: "halb" with an ending is a half ("eine halbe Milliarde").
#: Source: Duden, "Bruchzahlen"; DESIGN.md.
ONE_AND_A_HALF: Final = ("eineinhalb", "anderthalb")
AND_A_HALF: Final = "einhalb"
HALF: Final = ("halb", "halbe", "halben", "halber", "halbes", "halbem")

#: Fractions written as words, by their denominator: "drei Viertel",
#: "zwei Drittel", "ein Achtel"; "eineinviertel" (1 1/4) and
#: "dreieinviertel" (3 1/4) like "eineinhalb".  Halves are the words above.
#: Source: Duden, "Bruchzahlen".
FRACTION_WORDS: Final = {
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "fuenftel": 5,
    "sechstel": 6,
    "siebtel": 7,
    "achtel": 8,
    "neuntel": 9,
    "zehntel": 10,
    "zwanzigstel": 20,
    "hundertstel": 100,
    "tausendstel": 1000,
}

#: The prefix of "eineinviertel" ("one and a quarter") and of
#: "einviertel" after a unit ("dreieinviertel"), as in "eineinhalb".
#: Source: Duden, "Bruchzahlen".
ONE: Final = "ein"

#: Vulgar fraction characters: (numerator, denominator).  Source: the
#: Unicode Character Database (Number Forms and Latin-1 Supplement,
#: decomposition "<fraction>").
VULGAR_FRACTIONS: Final = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅐": (1, 7),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
    "⅑": (1, 9),
    "⅒": (1, 10),
}

#: Between the numerator and the denominator of "1/2": the solidus and
#: U+2044 FRACTION SLASH.  A fraction in digits is read only when it is
#: proper and its denominator is one of FRACTION_WORDS' or 2: "24/7",
#: "9/11", "2025/26" and "1/2/2025" are none.  Source: Unicode; our choice.
FRACTION_SLASHES: Final = "/\u2044"

#: Significant digits a fraction with no exact decimal (thirds, sixths) is
#: rounded to.  A finder marks such a reading lenient and says so; the
#: strict parsers refuse it.  Our choice: the default decimal precision.
FRACTION_DIGITS: Final = 28

#: The decimal comma spoken as a word ("1 komma 1"). Source: Duckling corpus.
DECIMAL_WORDS: Final = ("komma",)

#: Words that make a number negative.  Source: Duckling corpus; DESIGN.md.
NEGATIVE_WORDS: Final = ("minus", "negativ")

#: Characters that make a number negative: hyphen-minus and U+2212 MINUS
#: SIGN (CLDR's minusSign for de is the hyphen-minus).  An en dash is a
#: range or a pause in German text, never a sign.
MINUS_SIGNS: Final = "-\u2212"

#: Group separators beyond CLDR's own: ordinary, no-break, thin and narrow
#: no-break spaces (DIN 5008 and typesetting practice), and the ASCII
#: apostrophe Swiss text uses for CLDR's "’".  Source: DESIGN.md.
SPACE_GROUP_SEPARATORS: Final = " \u00a0\u2009\u202f"
SWISS_GROUP_SEPARATORS: Final = "’'"

#: Written-out "no cents" after a decimal separator ("1.299,– €", "5,-").
#: Source: German retail and press usage (Duden, "Bindestrich/Strich").
ZERO_CENTS_DASHES: Final = "-–—"

# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------

#: Currency names and abbreviations CLDR's German data lacks (CLDR has
#: "US-Dollar", "Schweizer Franken", "Britisches Pfund" but not the short
#: forms the press uses), lower case; the grammar splits them into words
#: the way it splits the text.  Source: DESIGN.md ("Currencies"); Duden;
#: the Duckling German money corpus ("euros").
CURRENCY_ALIASES: Final = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us$": "USD",
    "us-$": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "franken": "CHF",
    "fr.": "CHF",
    "sfr.": "CHF",
    "sfr": "CHF",
    "fr": "CHF",
    "pfund": "GBP",
    "pfund sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "d-mark": "DEM",
    "dm": "DEM",
    "schilling": "ATS",
    "rubel": "RUB",
    "lira": "TRY",
    "zloty": "PLN",
    "złoty": "PLN",
    "forint": "HUF",
    "rand": "ZAR",
    "won": "KRW",
    "real": "BRL",
    "₽": "RUB",
    "₺": "TRY",
    "₴": "UAH",
}

#: Names that stay ambiguous: a parser says which codes they could be and
#: does not guess.  Source: CLDR German display names (the current
#: currencies whose name ends in the word), checked against babel by a test.
AMBIGUOUS_CURRENCIES: Final = {
    "krone": ("CZK", "DKK", "ISK", "NOK", "SEK"),
    "kronen": ("CZK", "DKK", "ISK", "NOK", "SEK"),
    "peso": ("ARS", "CLP", "COP", "CUP", "DOP", "MXN", "PHP", "UYU"),
    "pesos": ("ARS", "CLP", "COP", "CUP", "DOP", "MXN", "PHP", "UYU"),
    "franc": ("BIF", "CDF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"),
    "francs": ("BIF", "CDF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"),
    "dinar": ("BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "RSD", "TND"),
    "rial": ("IRR", "OMR", "YER"),
    "dirham": ("AED", "MAD"),
    "mark": ("BAM", "DEM", "FIM"),
    "rupie": ("INR", "LKR", "MUR", "NPR", "PKR", "SCR"),
    "rupien": ("INR", "LKR", "MUR", "NPR", "PKR", "SCR"),
}

#: Number words that never give a minor unit after a currency word: "ein"
#: closes a separable verb ("spielte 20.000 Euro ein", "nahm 5 Euro ein"),
#: and its other forms are articles ("5 Euro eine Woche").  "zwei Euro
#: fünfzig" still carries cents.  Source: DESIGN.md ("Vague amounts and
#: reported figures"); Duden, "Verben mit trennbarem Präfix".
NOT_CENTS: Final = ("ein", "eins", "eine", "einer", "einem", "einen", "eines")

#: Minor units: word -> (currency it belongs to when no other is named,
#: subunits per unit).  Source: ISO 4217 minor units; Duden ("Cent",
#: "Rappen", "Groschen", "Penny"); DESIGN.md ("60 Cent" is 0.60 EUR,
#: US-Cent is USD).
MINOR_UNITS: Final = {
    "cent": ("EUR", 100),
    "cents": ("EUR", 100),
    "ct": ("EUR", 100),
    "ct.": ("EUR", 100),
    "eurocent": ("EUR", 100),
    "euro-cent": ("EUR", 100),
    "us-cent": ("USD", 100),
    "rappen": ("CHF", 100),
    "rp.": ("CHF", 100),
    "pence": ("GBP", 100),
    "penny": ("GBP", 100),
    "groschen": ("ATS", 100),
    "pfennig": ("DEM", 100),
    "kopeken": ("RUB", 100),
}

#: The minor unit words any currency takes ("5 Dollar 50 Cent", "3 Franken
#: 20 ct"), not only the one MINOR_UNITS gives them; a minor part written
#: without a word ("zwei Euro fünfzig") counts in their unit too.  Source:
#: Duden ("Cent"); DESIGN.md ("Currencies").
ANY_CURRENCY_MINOR_UNITS: Final = ("cent", "cents", "ct", "ct.")

# --------------------------------------------------------------------------
# Qualifiers, bounds, ranges and magnitudes
# --------------------------------------------------------------------------

#: Words before an amount that bound or qualify it, lower case, words
#: separated by one space.  Source: the
#: Amount table of DESIGN.md and its "Patterns from real news text"; Duden
#: for the synonyms.  "über" here is the bound "more than": the noun reading
#: ("ein Kredit über 5 Mio. Euro") belongs to a finder, which sees the noun.
QUALIFIERS: Final = {
    "bis zu": Qualifier.AT_MOST,
    "höchstens": Qualifier.AT_MOST,
    "maximal": Qualifier.AT_MOST,
    "max.": Qualifier.AT_MOST,
    "weniger als": Qualifier.LESS_THAN,
    "unter": Qualifier.LESS_THAN,
    "knapp unter": Qualifier.LESS_THAN,
    "etwas unter": Qualifier.LESS_THAN,
    "deutlich unter": Qualifier.LESS_THAN,
    "deutlich weniger als": Qualifier.LESS_THAN,
    "weit unter": Qualifier.LESS_THAN,
    "mindestens": Qualifier.AT_LEAST,
    "wenigstens": Qualifier.AT_LEAST,
    "ab": Qualifier.AT_LEAST,
    "mind.": Qualifier.AT_LEAST,
    "mehr als": Qualifier.MORE_THAN,
    "über": Qualifier.MORE_THAN,
    "ueber": Qualifier.MORE_THAN,
    "knapp über": Qualifier.MORE_THAN,
    "etwas über": Qualifier.MORE_THAN,
    "gut über": Qualifier.MORE_THAN,
    "weit über": Qualifier.MORE_THAN,
    "deutlich über": Qualifier.MORE_THAN,
    "deutlich mehr als": Qualifier.MORE_THAN,
    "etwas mehr als": Qualifier.MORE_THAN,
    "weit mehr als": Qualifier.MORE_THAN,
    "knapp mehr als": Qualifier.MORE_THAN,
    "rund": Qualifier.APPROX,
    "rd.": Qualifier.APPROX,
    "etwa": Qualifier.APPROX,
    "ca.": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "zirka": Qualifier.APPROX,
    "ungefähr": Qualifier.APPROX,
    "knapp": Qualifier.APPROX,
    "gut": Qualifier.APPROX,
    "fast": Qualifier.APPROX,
    "beinahe": Qualifier.APPROX,
    "nahezu": Qualifier.APPROX,
    "annähernd": Qualifier.APPROX,
    "an die": Qualifier.APPROX,
}

#: Words that join the two ends of a range.  "zwischen X und Y" and
#: "von X bis Y"; a dash between two numbers ("3–4 Mrd.").
#: Source: DESIGN.md (Amount table).
RANGE_START: Final = {"zwischen": "und", "von": "bis"}
RANGE_JOINERS: Final = ("bis", "und")
RANGE_DASHES: Final = "-–—"
#: The joiner that makes a range without a starting word ("5 bis 7 Euro");
#: a dash between two numbers stands for it ("3–4 Mrd.", "von 3–4 Mrd."),
#: so a range started with "zwischen" takes no dash.  Source: DESIGN.md
#: (Amount table).
RANGE_TO: Final = "bis"

#: After a range joiner: "bis unter Y" makes the upper end exclusive (a
#: MAGNITUDE interval [X, Y)); "bis über Y" leaves only the lower bound
#: (DESIGN.md: "von 1.800 bis über 3.000 Euro" is AT_LEAST 1.800).
RANGE_UPPER_EXCLUSIVE: Final = "unter"
RANGE_UPPER_OPEN: Final = "über"

#: Words before a magnitude phrase ("im zweistelligen Milliardenbereich",
#: "ein dreistelliger Millionenbetrag").  Source: DESIGN.md.
MAGNITUDE_ARTICLES: Final = (
    "im",
    "in",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
)

#: The word ending of a digit count ("zweistellig", "2-stellig", with or
#: without an adjective ending).  Source: Duden ("-stellig").
STELLIG: Final = "stellig"

#: The preposition that names a magnitude's currency after it ("im
#: zweistelligen Millionenbereich in Euro").  Source: German press usage.
MAGNITUDE_CURRENCY_PREPOSITION: Final = "in"

#: Digit counts of "-stellig" ("zweistellig" = two digits).  Source: Duden.
DIGIT_COUNTS: Final = {
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}

#: "niedriger/mittlerer/hoher zweistelliger Millionenbetrag": the thirds of
#: the decade the phrase names, as the first digit's lower (inclusive) and
#: upper (exclusive) bound: low 1–4, middle 4–7, high 7–10 (so "hoher
#: zweistelliger Millionenbetrag" is 70 to under 100 million).  Our choice:
#: the words are vague; thirds keep the three parts apart and cover the
#: whole decade.  Stems without their adjective ending.
MAGNITUDE_LEVELS: Final = {
    "niedrig": (1, 4),
    "mittler": (4, 7),
    "hoh": (7, 10),
    "hoch": (7, 10),
}

#: The noun that closes a magnitude phrase, alone ("im sechsstelligen
#: Bereich") or after a scale word ("Milliardenbereich",
#: "Milliarden-Dollar-Bereich").  Source: German press usage.
MAGNITUDE_NOUNS: Final = (
    "bereich",
    "betrag",
    "beträge",
    "beträgen",
    "betrages",
    "betrags",
    "summe",
    "summen",
    "höhe",
)

#: Scale words inside magnitude compounds ("Millionenbereich"). Source:
#: Duden; the plural forms of SCALE_WORDS.
MAGNITUDE_SCALES: Final = {
    "tausender": 3,
    "millionen": 6,
    "milliarden": 9,
    "billionen": 12,
}

# --------------------------------------------------------------------------
# Vague amounts
# --------------------------------------------------------------------------

#: Plural scale words: alone before a currency ("Milliarden Euro") they
#: name a vague amount.  Source: Duden ("Zahlwörter"); the plural forms of
#: SCALE_WORDS.
SCALE_PLURALS: Final = (
    "millionen",
    "milliarden",
    "billionen",
    "billiarden",
    "trillionen",
    "trilliarden",
)

#: A bare plural scale S before a currency ("Milliarden Euro"): at least
#: two of S and fewer than a thousand (then the next scale word would be
#: used), as (low factor, high factor, exclusive).  Source: DESIGN.md
#: ("Vague amounts and reported figures").
BARE_PLURAL_FACTORS: Final = (2, 1000)

#: Words that name a few of what follows ("mehrere Millionen Euro",
#: "einige Tausend Euro", "wenige Euro"), with their inflected forms, as
#: (low factor, high factor, exclusive).  Source: DESIGN.md ("Vague amounts
#: and reported figures": 2·S to 10·S); Duden for the forms.
VAGUE_QUANTIFIERS: Final = {
    "mehrere": (2, 10),
    "mehreren": (2, 10),
    "einige": (2, 10),
    "einigen": (2, 10),
    "wenige": (2, 10),
    "wenigen": (2, 10),
    # The genitive ("im Wert mehrerer Millionen Euro"); "weniger" is the
    # comparative ("weniger als") and is left out.
    "mehrerer": (2, 10),
    "einiger": (2, 10),
}

#: Number words that multiply after a vague quantifier, as exponents of ten:
#: "mehrere hundert Millionen Euro", "mehrere Zehntausend Euro" (2·10^4 to
#: under 10^5).  ("Tausend" is a scale word and is read as one.)  Source:
#: DESIGN.md ("Vague amounts and reported figures"), Duden.
VAGUE_MULTIPLES: Final = {"hundert": 2, "zehntausend": 4, "hunderttausend": 5}

#: Plural count nouns ("Hunderte Millionen Dollar", "Tausende Euro",
#: "Zehntausende Euro"), with their dative forms, as the exponent of ten
#: they count: "Hunderte" is 200 to under 1000.  Source: DESIGN.md ("Vague
#: amounts and reported figures"); Duden ("Hundert", "Tausend").
VAGUE_COUNTS: Final = {
    "hunderte": 2,
    "hunderten": 2,
    "tausende": 3,
    "tausenden": 3,
    "zehntausende": 4,
    "zehntausenden": 4,
    "hunderttausende": 5,
    "hunderttausenden": 5,
}

#: "Dutzende" ("Dutzende Menschen", "Dutzende Millionen Euro"): a vague
#: count of dozens, two to under ten of them (24 to under 120), like
#: "Hunderte".  Read as a count without a currency, as money with one.
#: Source: Duden ("Dutzend"); DESIGN.md ("Vague amounts and reported
#: figures") for the 2 to 10 of the unit.
VAGUE_DOZENS: Final = ("dutzende", "dutzenden")

#: Definite articles before a singular scale word and a currency: "die
#: Milliarde Euro" is one billion euros.  Source: DESIGN.md ("Vague amounts
#: and reported figures"); Duden (the feminine article's cases).
DEFINITE_ARTICLES: Final = ("die", "der")

# --------------------------------------------------------------------------
# Finding amounts in running text
# --------------------------------------------------------------------------

#: Lower-case word beginnings a finder stops at, beside digits and currency
#: symbols: scale words and abbreviations, "-stellig" magnitudes and the
#: currency words that amounts written in words use ("drei Millionen Euro",
#: "zwei Euro fünfzig", "einer Billion Dollar"). Anything written in digits
#: is found through its digits; a number word before a trigger is found by
#: looking back from it (any word the grammar's morphemes make up:
#: "siebenundachtzig Euro"); a number word with a rarer currency and no
#: scale ("zwei Rubel") is not found.  Source: SCALE_WORDS,
#: SCALE_ABBREVIATIONS, CURRENCY_ALIASES above.
MONEY_TRIGGERS: Final = (
    "tausend",
    "tsd",
    "million",
    "mio",
    "milliard",
    "mrd",
    "md.",
    "mia",
    "billion",
    "bio",
    "billiard",
    "stellig",
    "euro",
    "dollar",
    "franken",
    "pfund",
    "cent",
    "yen",
    "yuan",
)

#: A change names two amounts: "von 5 auf 7 Millionen Euro" (from, to) and
#: "um 3 auf 20 Millionen Euro" (by, to).  The first number shares the
#: scale and currency of the second.  Source: DESIGN.md ("Vague amounts and
#: reported figures").
CHANGE_FROM: Final = ("von", "um")
CHANGE_TO: Final = "auf"

#: Labels of a prior-period figure in brackets ("8,2 (Vorjahr: 7,7) Mrd.
#: Euro", "(Vj. 390)"); a year ("(2019: 4,1)") is one too.  The figure
#: shares the scale and currency of the amount around it.  Source:
#: DESIGN.md ("Vague amounts and reported figures"); German financial
#: reporting usage (Vj. = Vorjahr, VQ = Vorquartal).
PRIOR_PERIODS: Final = (
    "vorjahr",
    "vorjahres",
    "vorjahreswert",
    "vorjahreszeitraum",
    "vorjahresquartal",
    "vj.",
    "vj",
    "vorquartal",
    "vq.",
    "vq",
)

#: How an address in running text starts: its digits are no numbers
#: ("https://example.com/5-euro", "www.shop.de/preis-100-euro"); the
#: finders also take the percent-encoded forms ("https%3A%2F%2F").
#: Source: RFC 3986 (URI schemes); the "www." host convention.
URL_STARTS: Final = ("https://", "http://", "ftp://", "www.")

#: Words that join numbers sharing one currency and scale ("250, 400 und
#: 600 Euro", "69 bzw. 159 Euro").  Source: DESIGN.md ("Patterns from real
#: news text").
COORDINATORS: Final = (
    ",",
    "und",
    "oder",
    "sowie",
    "bzw.",
    "beziehungsweise",
    "respektive",
    "resp.",
)

# --------------------------------------------------------------------------
# Finder
# --------------------------------------------------------------------------

#: What joins a first day to the date after it ("1. bis 3. März 2026", "1.
#: und 2. März", "1. bis zum 3. Mai"): the first day belongs to the date.
#: A space stands for one to three spaces.  Source: docs/finding.md
#: (dates are no numbers); German date ranges in news text.
DAY_JOINERS: Final = ("bis zum", "bis", "und", "oder")

#: "ein Kredit über 5 Mio. Euro": after a noun (a capitalised word that does
#: not start a sentence) "über" names the amount, exactly, rather than a
#: lower bound.  Source: docs/finding.md ("über" after a noun).
AMOUNT_AFTER_NOUN: Final = "über"

#: The sign of an e-mail address ("presse@example.com"): its digits are no
#: numbers.  Source: RFC 5322 (addr-spec).
EMAIL_SIGN: Final = "@"

#: Characters an address or an e-mail address shows in a word before the
#: number in it ("www.shop.de/preis-100-euro"): "/" of a scheme's "://",
#: "%" of its percent-encoded form, "w" and "W" of "www.", and EMAIL_SIGN.
#: A word with none of them before its number is looked at no further.
#: Source: URL_STARTS; RFC 3986 (percent-encoding).
ADDRESS_HINTS: Final = "/%wW" + EMAIL_SIGN
