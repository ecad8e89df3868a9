"""Agreement with the hand-checked expectations (tests/fixtures/figures_expected.csv), and
evidence for every figure.

Print the agreement table with ``pytest -s tests/extract/test_extract_agreement.py`` (per
measure and per source family), or ``python scripts/agreement.py``, or in Python::

    from gdrkit.extract.evaluate import agreement, agreement_table, load_expectations
"""

from __future__ import annotations

import pandas as pd
import pytest

from gdrkit.extract.evaluate import agreement, agreement_table, load_expectations

from conftest import FIXTURES

EXPECTED = FIXTURES / "figures_expected.csv"


def _rows(*corpora):
    reports = pd.concat([c.reports for c in corpora], ignore_index=True)
    figures = pd.concat([c.figures() for c in corpora], ignore_index=True)
    return agreement(reports, figures, load_expectations(EXPECTED, corrections=None))


@pytest.fixture(scope="module")
def embedded_rows(seed_corpus, embedded_corpus):
    """The seeds and the 34 real reports of data/reports: no ../shared needed."""
    return _rows(seed_corpus, embedded_corpus)


@pytest.fixture(scope="module")
def rows(seed_corpus, shared_corpus):
    """Every hand-coded report: the seeds and the 71 files of ../shared/corpus/raw."""
    return _rows(seed_corpus, shared_corpus)


#: Hand-coded values the extraction does not yet agree with: (file, measure) -> why.
#: A pinned list that can only shrink: a value that disagrees and is not listed fails
#: the suite, and so does a listed value that has come to agree (remove it then).
KNOWN_DISAGREEMENTS: dict[tuple[str, str], str] = {
}


def test_every_hand_coded_value_agrees(rows):
    table = agreement_table(rows)
    with pd.option_context("display.width", 200):
        print("\n" + table.to_string(index=False))
        print(agreement_table(rows, by=["family"]).to_string(index=False))
    assert rows["file"].nunique() == 76 and len(rows) == 76 * 12
    bad = rows[~rows["agree"]]
    unexpected = bad[[(f, m) not in KNOWN_DISAGREEMENTS for f, m in zip(bad["file"], bad["measure"])]]
    assert unexpected.empty, unexpected[["file", "measure", "expected", "extracted"]].to_string()


def test_every_hand_coded_value_of_the_embedded_sample_agrees(embedded_rows):
    assert embedded_rows["file"].nunique() == 5 + 34 and len(embedded_rows) == 39 * 12
    bad = embedded_rows[~embedded_rows["agree"]]
    unexpected = bad[[(f, m) not in KNOWN_DISAGREEMENTS for f, m in zip(bad["file"], bad["measure"])]]
    assert unexpected.empty, unexpected[["file", "measure", "expected", "extracted"]].to_string()


def test_known_disagreements_only_shrink(rows):
    """Every pinned disagreement still disagrees: one that agrees now must leave the list."""
    agree = rows.set_index(["file", "measure"])["agree"]
    fixed = [k for k in KNOWN_DISAGREEMENTS if agree.get(k, True)]
    assert not fixed, f"agree now, remove from KNOWN_DISAGREEMENTS: {fixed}"


@pytest.mark.parametrize("corpus_name", ["seed_corpus", "embedded_corpus", "shared_corpus"])
def test_every_figure_has_its_evidence(request, corpus_name):
    corpus = request.getfixturevalue(corpus_name)
    f = corpus.figures()
    text = corpus.reports.set_index("report_id")["text"]
    assert len(f)
    for r in f.itertuples():
        quote = text[r.report_id][r.start:r.end]
        assert quote and (quote == r.evidence or quote in r.evidence), (r.measure, quote, r.evidence[:80])
        assert r.section_id.startswith(r.report_id)
    cols = ["report_id", "measure", "value", "unit", "approx", "qualifier", "section_id", "start", "end",
            "evidence", "method", "confidence"]
    assert list(f.columns) == cols


def test_one_headline_per_report_and_measure(shared_corpus):
    from gdrkit.extract.figures import is_headline

    f = shared_corpus.figures()
    h = f[f.qualifier.map(is_headline)]
    assert not h.duplicated(["report_id", "measure"]).any()


def test_expectations_load_and_corrections_override(tmp_path):
    plain = load_expectations(EXPECTED)
    assert list(plain.columns) == ["file", "measure", "value", "corrected"] and len(plain) == 76 * 12
    first = plain[(plain["file"] == "000_46aca74da5115982.txt")].set_index("measure")
    assert first.loc["applications_received", "value"] == 1.0
    assert pd.isna(first.loc["applications_granted", "value"])  # NA: the report does not state it
    assert not plain["corrected"].any()
    fix = tmp_path / "corrections.csv"
    fix.write_text("file,measure,value,reason\n"
                   "000_46aca74da5115982.txt,applications_received,2,re-read\n"
                   "000_46aca74da5115982.txt,applications_granted,NA,not stated\n", encoding="utf-8")
    e = load_expectations(EXPECTED, corrections=fix)
    first = e[e["file"] == "000_46aca74da5115982.txt"].set_index("measure")
    assert first.loc["applications_received", "value"] == 2.0
    assert first.loc["applications_received", "corrected"] and first.loc["applications_granted", "corrected"]
    assert e["corrected"].sum() == 2 and len(e) == len(plain)


def test_missing_corrections_file_is_an_error(tmp_path):
    missing = tmp_path / "figures_expected_corrections.csv"
    with pytest.raises(FileNotFoundError, match="figures_expected_corrections.csv"):
        load_expectations(EXPECTED, corrections=missing)
