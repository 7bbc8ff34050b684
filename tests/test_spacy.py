"""The ``dealrecord_money`` spaCy component on a blank German pipeline."""

from __future__ import annotations

import pickle
import subprocess
import sys
from decimal import Decimal
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, DocBin

from dealrecord import Amount, Qualifier, RecordError, find_money
from dealrecord.contrib.spacy import MoneyRecognizer

SEED = "Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren."
TEXTS = [
    SEED,
    "Der Umsatz stieg um 12 Prozent auf 5,5 Mrd. € bei 3 Werken.",
    "Microsoft zahlt zwischen 80 und 90 Mrd. Dollar, Google rund 7 Mrd. Euro.",
    "Ein Betrag im zweistelligen Milliardenbereich ist im Gespräch.",
    "Hier steht keine Zahl.",
]


def blank(**config: object) -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("dealrecord_money", config=config)
    return nlp


def ents(doc: Doc) -> list[tuple[str, str, Amount | None]]:
    return [(ent.text, ent.label_, ent._.amount) for ent in doc.ents]


def test_seed_sentence_has_one_money_entity() -> None:
    doc = blank()(SEED)
    assert len(doc.ents) == 1
    [ent] = doc.ents
    assert ent.text == "bis zu 100 Milliarden Dollar"
    assert ent.label_ == "MONEY"
    amount = ent._.amount
    assert amount.high == Decimal("1E+11")
    assert amount.low is None
    assert amount.currency == "USD"
    assert amount.qualifier is Qualifier.AT_MOST


def test_entities_match_find_money() -> None:
    nlp = blank()
    for text in TEXTS:
        doc = nlp(text)
        expected = [(m.text, "MONEY", m.amount) for m in find_money(text)]
        assert ents(doc) == expected


def test_numbers_are_cardinals_and_money_wins() -> None:
    doc = blank(numbers=True)(TEXTS[1])
    assert [(text, label) for text, label, _ in ents(doc)] == [
        ("12", "CARDINAL"),
        ("5,5 Mrd. €", "MONEY"),
        ("3", "CARDINAL"),
    ]
    assert doc.ents[0]._.amount == Amount.exact(Decimal(12))
    assert [label for _, label, _ in ents(blank()(TEXTS[1]))] == ["MONEY"]


def test_entities_are_widened_to_whole_tokens() -> None:
    # The German tokenizer keeps "2025." together as one token.
    doc = blank(numbers=True)("Im Jahr 2025.")
    [ent] = doc.ents
    assert (ent.text, ent.label_) == ("2025.", "CARDINAL")
    assert ent._.amount == Amount.exact(Decimal(2025))


def test_default_currency_reaches_magnitude_phrases() -> None:
    [(text, label, amount)] = ents(blank(default_currency="EUR")(TEXTS[3]))
    assert (text, label) == ("im zweistelligen Milliardenbereich", "MONEY")
    assert amount is not None
    assert amount.currency == "EUR"
    assert amount.qualifier is Qualifier.MAGNITUDE


def test_bad_settings_are_refused_when_the_pipe_is_added() -> None:
    with pytest.raises(RecordError, match="EURO"):
        blank(default_currency="EURO")
    with pytest.raises(ValueError, match="unknown locale"):
        blank(locale="en")


def with_ruler(pattern: list[dict[str, str]], **config: object) -> Language:
    """A pipeline whose entity ruler labels *pattern* before our component."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Nvidia"},
            {"label": "QUANTITY", "pattern": pattern},
        ]
    )
    nlp.add_pipe("dealrecord_money", config=config)
    return nlp


OVERLAP = [{"LOWER": "dollar"}, {"LOWER": "in"}, {"LOWER": "openai"}]


def test_earlier_entities_are_kept_by_default() -> None:
    doc = with_ruler(OVERLAP)(SEED)
    assert ents(doc) == [
        ("Nvidia", "ORG", None),
        ("Dollar in OpenAI", "QUANTITY", None),
    ]


def test_overwrite_drops_the_earlier_entities_that_overlap() -> None:
    doc = with_ruler(OVERLAP, overwrite=True)(SEED)
    assert [(text, label) for text, label, _ in ents(doc)] == [
        ("Nvidia", "ORG"),
        ("bis zu 100 Milliarden Dollar", "MONEY"),
    ]
    assert doc.ents[1]._.amount.high == Decimal("1E+11")
    # What is left of the dropped entity is outside any entity now.
    assert [(t.text, t.ent_iob_) for t in doc[7:9]] == [("in", "O"), ("OpenAI", "O")]


def test_untouched_tokens_keep_missing_annotation() -> None:
    doc = blank()(SEED)
    assert doc[0].ent_iob_ == ""  # missing: no recognizer said anything
    assert [t.ent_iob_ for t in doc[2:7]] == ["B", "I", "I", "I", "I"]


def test_amounts_survive_doc_serialisation() -> None:
    nlp = blank(numbers=True)
    docs = list(nlp.pipe(TEXTS))
    again = [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs]
    assert [ents(d) for d in again] == [ents(d) for d in docs]
    doc_bin = DocBin(store_user_data=True, docs=docs)
    loaded = list(DocBin().from_bytes(doc_bin.to_bytes()).get_docs(nlp.vocab))
    assert [ents(d) for d in loaded] == [ents(d) for d in docs]
    # Exact decimals, down to the exponent.
    assert str(again[0].ents[0]._.amount.high) == str(docs[0].ents[0]._.amount.high)


# spaCy forks its workers; from Python 3.12 on, forking while other threads
# run (distributed leaves some behind) warns about it.
@pytest.mark.filterwarnings(
    r"ignore:This process \(pid=\d+\) is multi-threaded, use of fork\(\) may lead"
    ":DeprecationWarning"
)
def test_pipe_with_two_processes_gives_the_same_entities() -> None:
    nlp = blank(numbers=True, default_currency="EUR")
    texts = TEXTS * 8
    one = [ents(doc) for doc in nlp.pipe(texts)]
    two = [ents(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=4)]
    assert two == one
    assert two[0] == [
        (
            "bis zu 100 Milliarden Dollar",
            "MONEY",
            Amount(None, Decimal("1E+11"), "USD", Qualifier.AT_MOST),
        )
    ]


def test_pipeline_and_component_pickle() -> None:
    nlp = blank(overwrite=True, default_currency="EUR")
    copy = pickle.loads(pickle.dumps(nlp))
    assert ents(copy(SEED)) == ents(nlp(SEED))
    component = pickle.loads(pickle.dumps(nlp.get_pipe("dealrecord_money")))
    assert isinstance(component, MoneyRecognizer)
    assert (component.overwrite, component.default_currency) == (True, "EUR")


def test_pipeline_rebuilds_from_its_config() -> None:
    nlp = blank(numbers=True)
    rebuilt = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert rebuilt.pipe_names == ["dealrecord_money"]
    assert ents(rebuilt(TEXTS[1])) == ents(nlp(TEXTS[1]))


def test_factory_is_registered_through_the_entry_point() -> None:
    [point] = [
        p for p in entry_points(group="spacy_factories") if p.name == "dealrecord_money"
    ]
    assert point.value == "dealrecord.contrib.spacy:make_money_component"
    # A fresh interpreter finds the factory without importing dealrecord.
    code = (
        "import sys, spacy\n"
        "assert 'dealrecord' not in sys.modules\n"
        "nlp = spacy.blank('de')\n"
        "nlp.add_pipe('dealrecord_money')\n"
        "doc = nlp(" + repr(SEED) + ")\n"
        "print(doc.ents[0].text, doc.ents[0]._.amount.high)\n"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == "bis zu 100 Milliarden Dollar 100000000000\n"


def test_importing_dealrecord_imports_neither_spacy_nor_dask() -> None:
    code = (
        "import dealrecord, sys; "
        "assert 'spacy' not in sys.modules and 'dask' not in sys.modules, "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'dask'))"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)
