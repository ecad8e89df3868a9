"""The report panel and its derived rates."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from gdrkit.analysis.panel import build_panel, totals_by
from gdrkit.extract import HEADLINE_MEASURES

from conftest import by_file


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
    (NaN when none; or its annex's, said in filled_from), for every report of the real
    corpus and for a subset of reports; with duplicates=True every report but the linked
    annex is a row."""
    from gdrkit.extract.figures import is_headline

    figs = shared_corpus.figures()
    head = figs[[is_headline(q) for q in figs["qualifier"].tolist()]]
    first = head.drop_duplicates(["report_id", "measure"]).set_index(["report_id", "measure"])["value"]
    for reports in (shared_corpus.reports, shared_corpus.reports.iloc[::3]):
        p = build_panel(reports, figs, duplicates=True)
        assert p["report_id"].tolist() == reports.loc[reports["annex_of"].isna(), "report_id"].tolist()
        for m in HEADLINE_MEASURES:
            want = [first.get((r, m), np.nan) for r in p["report_id"]]
            own = ~p["filled_from"].str.contains(f"{m}: annex", regex=False).to_numpy()
            np.testing.assert_array_equal(p[m].to_numpy()[own], np.array(want, dtype=float)[own], err_msg=m)
    assert p["applications_received"].notna().sum() > 5
    # the real reports have one headline per report and measure (tests/extract: one headline
    # per report and measure), so "first" is tried here: a second headline value of each,
    # after the first, changes nothing
    whole = build_panel(shared_corpus.reports, figs, duplicates=True)
    later = pd.concat([figs, head.assign(value=head["value"] + 1)], ignore_index=True)
    again = build_panel(shared_corpus.reports, later, duplicates=True)
    for m in HEADLINE_MEASURES:
        assert whole[m].notna().any()
        np.testing.assert_array_equal(again[m].to_numpy(), whole[m].to_numpy(), err_msg=m)


def test_totals_by_keeps_unknown_years_missing(seed_corpus):
    """The seeds: 2009 (no agency named) and 2011 (亳州) state neither reconsiderations nor
    lawsuits: their totals are missing, not 0 (pivot_table(aggfunc="sum") gave 0)."""
    from gdrkit.analysis.panel import totals_by

    p = seed_corpus.panel()
    t = totals_by(p, ["reconsiderations", "lawsuits"], by="year")
    rec = t[t["measure"] == "reconsiderations"].set_index("year")
    assert list(rec.index) == [2009, 2010, 2011, 2013]
    assert rec["total"].isna().tolist() == [True, False, True, False]
    assert rec.loc[2013, "total"] == 0 and rec.loc[2013, "n_reports"] == 2 and rec.loc[2009, "n_missing"] == 1
    w = totals_by(p, ["reconsiderations", "lawsuits"], by="year", wide=True)
    assert list(w.columns) == [("reconsiderations", "total"), ("reconsiderations", "reports"),
                               ("lawsuits", "total"), ("lawsuits", "reports")]
    assert w[("lawsuits", "reports")].tolist() == [0, 1, 0, 2]
    assert np.isnan(w.loc[2011, ("lawsuits", "total")])


def test_template_totals_on_real_reports(shared_corpus):
    """2024: five reports (淮安市 351, 洪泽区 2, 平潭 管委会 7 and two of its departments 0), 360
    reconsiderations in all (淮安's PDF and text are one report)."""
    from gdrkit.analysis.panel import totals_by

    p = shared_corpus.panel()  # one row per distinct report: no duplicate, no annex (the one without year)
    assert p["duplicate_of"].isna().all() and p["year"].notna().all()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing left out, nothing to warn about
        t = totals_by(p, ["reconsiderations"], by="year").set_index("year")
    assert t.loc[2024, "total"] == 360 and t.loc[2024, "n_reports"] == 5
    # with the duplicates kept, totals_by leaves them out (and says so)
    with pytest.warns(UserWarning, match=r"totals_by: 2 duplicate report\(s\) left out"):
        t2 = totals_by(shared_corpus.panel(duplicates=True), ["reconsiderations"], by="year").set_index("year")
    pd.testing.assert_frame_equal(t.drop(columns="n_duplicates"), t2.drop(columns="n_duplicates"))
    assert t["total"].notna().all() and (t["n_reports"] + t["n_missing"]).sum() == p["year"].notna().sum()


def _metadata(reports) -> pd.DataFrame:
    files = sorted(reports["file"])
    return pd.DataFrame({"file": files, "agency_canonical": [f"机关{i}" for i in range(len(files))],
                         "population": ["120000", "85,000", "3000", None, "0.5"][:len(files)],
                         "region_code": ["0101", "0102", "0103", "0104", "0105"][:len(files)],
                         "lawsuits": ["x"] * len(files)})


def _check_metadata_panel(p: pd.DataFrame) -> None:
    cols = list(p.columns)
    # after the report metadata, before the measures; a name the panel uses gets _user
    assert cols[cols.index("duplicate_of") + 1:cols.index("duplicate_of") + 5] == \
        ["agency_canonical", "population", "region_code", "lawsuits_user"]
    row = p.set_index("file")
    assert row.loc["000_46aca74da5115982.txt", "agency_canonical"] == "机关0"
    assert row["population"].fillna(-1).tolist() == [120000.0, 85000.0, 3000.0, -1, 0.5]  # "85,000" read too
    assert pd.api.types.is_float_dtype(p["population"])
    assert row["region_code"].tolist() == ["0101", "0102", "0103", "0104", "0105"]  # codes stay text
    assert row.loc["002_d2cdc19c69bd6f1e.txt", "proactive_items"] == 101 and "text" not in cols


def test_panel_carries_user_metadata(seed_corpus, cache_dir):
    """load_corpus(metadata=...) → Corpus.panel() has the metadata columns (numbers as
    numbers), so a model can cluster on them and use an exposure from the panel."""
    import gdrkit

    from conftest import DATA

    meta = _metadata(seed_corpus.reports)
    corpus = gdrkit.load_corpus(DATA, metadata=meta, cache_dir=cache_dir, progress=False)
    _check_metadata_panel(corpus.panel())
    plain = seed_corpus.panel()
    assert "agency_canonical" not in plain.columns and "agency_type" in plain.columns


def test_built_panel_carries_user_metadata(seed_corpus, tmp_path):
    """The streaming build (gdrkit build --metadata, stream.build_tables) calls build_panel
    on each shard of reports, metadata included: panel.parquet has the columns too."""
    from gdrkit.pipeline.streaming import build_tables

    from conftest import DATA

    build_tables(DATA, tmp_path / "out", metadata=_metadata(seed_corpus.reports), cache_dir=tmp_path / "c",
                 progress=False, tokens=False, workers=1)
    _check_metadata_panel(pd.read_parquet(tmp_path / "out" / "panel.parquet"))


def test_totals_by_wide_without_any_group_is_empty_not_an_error(seed_corpus):
    panel = seed_corpus.panel().assign(year=pd.NA)  # no year found in any report
    with pytest.warns(UserWarning, match=r"5 report\(s\) without year left out"):
        w = totals_by(panel, ["lawsuits", "reconsiderations"], wide=True)
    assert w.empty and list(w.columns) == [("lawsuits", "total"), ("lawsuits", "reports"),
                                           ("reconsiderations", "total"), ("reconsiderations", "reports")]
    assert w.attrs["missing_by_left_out"] == 5


def test_panel_is_one_row_per_report_year(shared_corpus):
    """No duplicate and no statistics annex in the panel: 淮安 2024 (PDF and text) counts
    its 3,119 applications once, and jyt-2018-table.txt (an annex without agency or year)
    is no row: it fills its report's missing measures, said in filled_from."""
    r = shared_corpus.reports
    p = shared_corpus.panel()
    assert len(p) == len(r) - r["duplicate_of"].notna().sum() - r["annex_of"].notna().sum()
    assert p["duplicate_of"].isna().all() and not p["kind"].eq("statistics").any()
    assert p["agency_id"].notna().all() and not p.duplicated(["agency_id", "year"]).any()
    huaian = p[p["agency"].eq("淮安市人民政府") & p["year"].eq(2024)]
    assert huaian["applications_received"].tolist() == [3119]
    keep = shared_corpus.panel(duplicates=True)
    # 淮安 2024 as text and PDF; 平潭 2013 as text and web page (two names as printed, one agency_id)
    assert len(keep) == len(p) + 2 and sorted(keep.loc[keep["duplicate_of"].notna(), "file"]) == [
        "govnianbao__huaian-2024.txt", "pingtan-archive__ptq-2013.html"]
    assert keep.loc[keep["agency"].eq("淮安市人民政府"), "applications_received"].sum() == 6238
    row = p.set_index("file").loc["hebei-spider__jyt-2018.txt"]
    annex = "annex hebei-spider__jyt-2018-table.txt"
    assert row["filled_from"] == (f"applications_granted: {annex}; applications_partial: {annex}; "
                                  f"applications_denied: {annex}")
    assert (row["applications_granted"], row["applications_partial"], row["applications_denied"]) == (0, 0, 0)
    # what the report states itself is kept (its annex says 1 reconsideration, 5 lawsuits)
    assert (row["reconsiderations"], row["lawsuits"], row["proactive_items"]) == (0, 0, 1683)
    assert p.loc[p["file"].ne("hebei-spider__jyt-2018.txt"), "filled_from"].eq("").all()


def test_approx_flags_follow_the_headline_value(shared_corpus):
    """approx_<measure>: True where the headline value was 余/多/约 (淮安 2024: 5500余条),
    False where stated exactly, NA where the measure is missing."""
    from gdrkit.schema import APPROX_COLUMNS

    p = shared_corpus.panel().set_index("file")
    assert [f"approx_{m}" for m in HEADLINE_MEASURES] == list(APPROX_COLUMNS) and set(APPROX_COLUMNS) <= set(p)
    for c in APPROX_COLUMNS:
        assert str(p[c].dtype) == "boolean"
        m = c.removeprefix("approx_")
        assert (p[c].isna() == p[m].isna()).all(), c
    assert p.loc["govnianbao__huaian-2024.pdf", "approx_proactive_items"]
    assert p.loc["govnianbao__huaian-2024.pdf", "proactive_items"] == 5500
    assert not p.loc["pingtan-archive__ptq-2024.txt", "approx_applications_received"]
    assert p["approx_proactive_items"].sum() >= 5


def test_annex_values_fill_gaps_only():
    """A synthetic report and its annex: the annex fills what the report leaves missing,
    never what it states; its approx flags and qualifiers come along; an annex whose
    report is not in the panel fills nothing and is no row either."""
    reports = pd.DataFrame({"report_id": ["r", "a", "s", "b"], "file": ["r.txt", "r-table.txt", "s.txt", "s-table.txt"],
                            "duplicate_of": [None, None, "r", None], "annex_of": [None, "r", None, "s"]})
    figs = pd.DataFrame([
        _fig("r", "applications_received", 4), _fig("a", "applications_received", 5),
        _fig("a", "proactive_items", 300), _fig("a", "lawsuits", 2, "ambiguous split"),
        _fig("b", "proactive_items", 1)])
    figs.loc[2, "approx"] = True
    p = build_panel(reports, figs).set_index("report_id")
    assert list(p.index) == ["r"]
    assert (p.loc["r", "applications_received"], p.loc["r", "proactive_items"], p.loc["r", "lawsuits"]) == (4, 300, 2)
    assert p.loc["r", "approx_proactive_items"] and not p.loc["r", "approx_applications_received"]
    assert p.loc["r", "filled_from"] == "proactive_items: annex r-table.txt; lawsuits: annex r-table.txt"
    assert p.loc["r", "flagged"] == "lawsuits: ambiguous split"
    assert pd.isna(p.loc["r", "approx_fees_yuan"])
    both = build_panel(reports, figs, duplicates=True).set_index("report_id")
    assert list(both.index) == ["r", "s"] and both.loc["s", "filled_from"] == "proactive_items: annex s-table.txt"


def test_two_annexes_of_one_report_fill_each_gap_once():
    reports = pd.DataFrame({"report_id": ["r", "a", "b"], "file": ["r.txt", "r-table.txt", "r附件.txt"],
                            "duplicate_of": [None, None, None], "annex_of": [None, "r", "r"]})
    figs = pd.DataFrame([_fig("a", "lawsuits", 2), _fig("b", "lawsuits", 3), _fig("b", "fees_yuan", 0)])
    p = build_panel(reports, figs).set_index("report_id")
    assert (p.loc["r", "lawsuits"], p.loc["r", "fees_yuan"]) == (2, 0)
    assert p.loc["r", "filled_from"] == "lawsuits: annex r-table.txt; fees_yuan: annex r附件.txt"


def test_a_measure_no_rule_could_choose_is_empty_and_flagged():
    """Two prose values of one rank (kept as candidates, no headline): the panel leaves the
    measure empty and says so in flagged; a candidate beside a chosen value is not flagged."""
    reports = pd.DataFrame({"report_id": ["r"], "file": ["r.txt"], "duplicate_of": [None], "annex_of": [None]})
    figs = pd.DataFrame([
        _fig("r", "lawsuits", 3, "candidate"), _fig("r", "lawsuits", 2, "candidate"),
        _fig("r", "applications_received", 40), _fig("r", "applications_received", 38, "candidate"),
        _fig("r", "reconsiderations", 1, "prose states 2")])
    p = build_panel(reports, figs).set_index("report_id")
    assert np.isnan(p.loc["r", "lawsuits"]) and p.loc["r", "applications_received"] == 40
    assert p.loc["r", "flagged"] == "reconsiderations: prose states 2; lawsuits: not stated, candidates 2, 3"
