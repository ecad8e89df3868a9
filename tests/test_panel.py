"""The report panel and its derived rates."""

from __future__ import annotations

import numpy as np
import pandas as pd

from conftest import by_file
from gdrkit.analysis.panel import build_panel
from gdrkit.extract import HEADLINE_MEASURES


def _fig(rid: str, measure: str, value: float, qualifier: str = "") -> dict:
    return dict(report_id=rid, measure=measure, value=float(value), unit="", approx=False, qualifier=qualifier,
                section_id="", start=0, end=1, evidence="x", method="test")


def test_rates_are_nan_when_inputs_are_missing():
    reports = pd.DataFrame({"report_id": ["a", "b", "c"], "path": ["a.txt", "b.txt", "c.txt"]})
    figs = pd.DataFrame([
        _fig("a", "applications_received", 10), _fig("a", "applications_granted", 4),
        _fig("a", "applications_partial", 1), _fig("a", "applications_denied", 0),
        _fig("a", "applications_unable", 5), _fig("a", "reconsiderations", 2), _fig("a", "lawsuits", 1),
        _fig("a", "table4.review.corrected", 1), _fig("a", "table4.review.total", 2),
        _fig("b", "applications_received", 0), _fig("b", "reconsiderations", 0),
        _fig("c", "proactive_items", 7), _fig("c", "proactive_items", 3, "breakdown: x类"),
    ])
    p = build_panel(reports, figs).set_index("report_id")
    assert p.loc["a", "handled"] == 10 and p.loc["a", "grant_rate"] == 0.5
    assert p.loc["a", "reconsiderations_per_100_applications"] == 20
    assert p.loc["a", "lawsuits_per_100_applications"] == 10
    assert p.loc["a", "review_correction_rate"] == 0.5
    assert bool(p.loc["b", "zero_applications"]) and np.isnan(p.loc["b", "reconsiderations_per_100_applications"])
    assert np.isnan(p.loc["b", "grant_rate"]) and np.isnan(p.loc["b", "review_correction_rate"])
    assert pd.isna(p.loc["c", "zero_applications"]) and p.loc["c", "proactive_items"] == 7
    assert np.isnan(p.loc["c", "applications_received"])


def test_seed_panel(seed_corpus):
    p = seed_corpus.panel()
    for c in ("report_id", "path", "file", "year", "style", *HEADLINE_MEASURES, "grant_rate", "zero_applications"):
        assert c in p.columns
    assert "text" not in p.columns and len(p) == len(seed_corpus.reports)
    row = p.set_index("file").loc["002_d2cdc19c69bd6f1e.txt"]
    assert row.proactive_items == 101 and row.applications_received == 0 and bool(row.zero_applications)
    assert np.isnan(row.grant_rate)


def test_template_panel(shared_corpus):
    p = shared_corpus.panel().set_index("file")
    row = p.loc["pingtan-archive__ptq-2024.txt"]
    assert row.applications_received == 218 and row.handled == 218
    assert abs(row.grant_rate - (71 + 29) / 218) < 1e-9
    assert abs(row.review_correction_rate - 1 / 7) < 1e-9
    assert by_file(shared_corpus, "pingtan-archive__ptq-2024.txt")["report_id"] == row.report_id


def test_panel_flags_qualified_values(shared_corpus):
    """Headline values that are ambiguous splits or blanks read as 0 are flagged, not silent."""
    from conftest import by_file

    p = shared_corpus.panel().set_index("report_id")
    assert "applications_received: ambiguous split" in p.loc[by_file(shared_corpus, "hebei-spider__kjt-2022.txt").report_id, "flagged"]
    assert p.loc[by_file(shared_corpus, "hebei-spider__kjt-2021.txt").report_id, "flagged"] == ""


def test_panel_measures_are_each_reports_first_headline_value(shared_corpus):
    """Every headline column holds the first headline value of its measure in the report
    (NaN when none), for every report of the real corpus and for a subset of reports."""
    from gdrkit.extract.figures import is_headline

    figs = shared_corpus.figures()
    head = figs[[is_headline(q) for q in figs["qualifier"].tolist()]]
    first = head.drop_duplicates(["report_id", "measure"]).set_index(["report_id", "measure"])["value"]
    for reports in (shared_corpus.reports, shared_corpus.reports.iloc[::3]):
        p = build_panel(reports, figs)
        assert p["report_id"].tolist() == reports["report_id"].tolist()
        for m in HEADLINE_MEASURES:
            want = [first.get((r, m), np.nan) for r in p["report_id"]]
            np.testing.assert_array_equal(p[m].to_numpy(), np.array(want, dtype=float), err_msg=m)
    assert p["applications_received"].notna().sum() > 5
