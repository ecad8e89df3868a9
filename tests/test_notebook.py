"""gdrkit.notebook: the limits paragraph written from the reports, and the expected
warnings of a cell summed up in one line."""

from __future__ import annotations

import warnings

import pytest

import gdrkit
from gdrkit.analysis.models import SupportWarning
from gdrkit.notebook import LeftOutWarning, WarningSummary, describe_limits, summarise_warnings, unique_reports

from conftest import DATA, SAMPLE


def _distinct(folder, cache_dir):
    corpus = gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)
    with pytest.warns(LeftOutWarning) if corpus.reports["duplicate_of"].notna().any() else warnings.catch_warnings():
        return unique_reports(corpus.reports, corpus.reports, what="reports")


def test_the_limits_paragraph_is_written_from_the_reports(cache_dir):
    seeds = describe_limits(_distinct(DATA, cache_dir))
    assert seeds.startswith("**What these 5 reports can and cannot support.** They come from 4 agencies "
                            "(1 report names none), covering 2009–2013 (4 distinct years); 0 agencies are seen "
                            "in two or more years.")
    assert "No agency is seen in two years" in seeds and "No report uses the national template" in seeds
    assert "fewer than three agencies for county (1), prefecture (1), township (1)" in seeds
    sample = describe_limits(_distinct(SAMPLE, cache_dir))  # the seeds and the 平潭 archive's reports
    assert sample.startswith("**What these 38 reports can and cannot support.** They come from 18 agencies "
                             "(1 report names none), covering 2009–2025 (17 distinct years); 4 agencies are seen "
                             "in two or more years (at most 15).")
    assert "By style: narrative 20, template2021 14, template2019 4." in sample
    assert "rests on the 4 repeated agencies only" in sample and "No report uses the national template" not in sample
    assert "With 18 agencies (clusters), cluster-robust standard errors are unreliable" in sample
    assert "The number of agencies per year runs from 1 to 6" in sample


def test_the_limits_count_agencies_by_agency_id():
    import pandas as pd
    reports = pd.DataFrame({"agency": ["省科技厅", "河北省科学技术厅", "乙局"], "agency_id": ["130000:科学技术厅"] * 2 + [None],
                            "year": [2020, 2021, 2021], "style": ["template2019", "template2021", "template2021"],
                            "tier": ["provincial", "provincial", None]})
    text = describe_limits(reports)
    assert "They come from 2 agencies, covering 2020–2021 (2 distinct years); 1 agency is seen in two or more years" \
        " (at most 2)." in text
    assert "By tier: provincial 2, unknown 1." in text


def test_expected_warnings_are_one_line_and_others_are_shown(capsys):
    summary = WarningSummary()
    shown = []
    summary.shown = lambda *a, **k: shown.append(str(a[0]))
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = summary.show
        warnings.warn("reports: 1 row(s) of 1 duplicate report(s) left out (reports.duplicate_of names it)",
                      LeftOutWarning)
        warnings.warn("log volume: the model rests on 15 agency_id(s) (fewer than 20): cluster-robust …",
                      SupportWarning)
        warnings.warn("log volume: the model rests on 15 agency_id(s) (fewer than 20): cluster-robust …",
                      SupportWarning)  # the same text twice: once in the line
        warnings.warn("something else went wrong", UserWarning)
    assert shown == ["something else went wrong"]
    summary.flush()
    assert capsys.readouterr().out == ("expected (2 warnings): reports: 1 row(s) of 1 duplicate report(s) left out; "
                                       "log volume: the model rests on 15 agency_id(s)\n")
    summary.flush()
    assert capsys.readouterr().out == ""  # nothing new, no line


def test_outside_ipython_each_expected_warning_is_its_line_at_once(capsys):
    before = warnings.showwarning
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            summary = summarise_warnings()
            assert summary.immediate
            warnings.warn("problems: 4 row(s) of 1 duplicate report(s) left out (…)", LeftOutWarning)
            assert capsys.readouterr().out == "expected (1 warning): problems: 4 row(s) of 1 duplicate report(s) " \
                                              "left out (…)\n"
            with pytest.raises(UserWarning):  # a filter set to error still raises
                warnings.simplefilter("error", UserWarning)
                warnings.warn("a glyph is missing", UserWarning)
    finally:
        warnings.showwarning = before


# --------------------------------------------------------------------------- plotted_values, save_figure
def _rows(fig) -> list[tuple]:
    from gdrkit.notebook import plotted_values

    d = plotted_values(fig)
    assert list(d.columns) == ["panel", "kind", "series", "x", "y", "value"]
    return [tuple(r) for r in d.itertuples(index=False)]


def test_plotted_values_read_bars_lines_cells_and_estimates_from_the_figure():
    """What a figure draws, read back from its artists: stacked bars by their category tick,
    points by year (two measures drawn 0.08 apart read as the same year), heat-map cells
    (empty ones left out), estimates of a forest plot by their term (not the caps of the
    intervals, not the line at 0), a scatter; a word cloud (a picture) gives nothing."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    from gdrkit import plot as gp

    reports = pd.DataFrame({"report_id": list("abcd"), "year": [2011, 2011, 2013, None],
                            "style": ["narrative", "template2019", "narrative", "narrative"]})
    panel = pd.DataFrame({"report_id": list("abcde"), "year": [2011, 2012, 2013, 2011, 2013],
                          "agency_name": ["甲", "甲", "甲", "乙", "乙"], "proactive_items": [10, np.nan, 30, 5, 7],
                          "reconsiderations": [1, 2, np.nan, 3, 4], "lawsuits": [0, 1, 1, np.nan, 2]})
    coefs = pd.DataFrame({"term": ["Intercept", "I(year - 2015)", "C(tier)[T.county]"], "model": "m",
                          "label": ["Intercept", "year", "tier: county (vs prefecture)"],
                          "estimate": [1.0, 0.5, -0.25], "ci_low": [0.0, 0.1, -1.0], "ci_high": [2.0, 0.9, 0.5]})
    problems = pd.DataFrame({"report_id": ["a", "a", "c"], "category": ["staffing", "platform", "staffing"]})
    with gp.style():
        figs = [plt.subplots() for _ in range(7)]
        gp.count_bars(reports, x="year", hue="style", ax=figs[0][1])
        gp.trend(panel, x="year", y="proactive_items", hue="agency_name", ax=figs[1][1])
        gp.measure_totals(panel, y=["reconsiderations", "lawsuits"], ax=figs[2][1])
        gp.category_heatmap(problems, x="year", reports=panel, ax=figs[3][1])
        gp.coef_plot(coefs, y="label", ax=figs[4][1])
        gp.scatter(pd.DataFrame({"gap": [1, 1, 2], "similarity": [0.5, 0.5, 0.75]}), x="gap", y="similarity",
                   ax=figs[5][1])
        gp.word_cloud(pd.Series({"人员": 3, "平台": 2}), ax=figs[6][1])
    bars, lines, totals, cells, estimates, scatter, cloud = (_rows(f) for f, _ in figs)
    assert [r[2:] for r in bars if r[5]] == [("narrative", "2011", "", 1), ("narrative", "2013", "", 1),
                                             ("narrative", "unknown (未识别)", "", 1), ("template2019", "2011", "", 1)]
    assert [r[2:] for r in lines] == [("乙", 2011, "", 5), ("乙", 2013, "", 7), ("甲", 2011, "", 10), ("甲", 2013, "", 30)]
    assert [(r[2][:5], r[3], r[5]) for r in totals] == [("行政复议数", 2011, 4), ("行政复议数", 2012, 2), ("行政复议数", 2013, 4),
                                                       ("行政诉讼数", 2011, 0), ("行政诉讼数", 2012, 1), ("行政诉讼数", 2013, 3)]
    assert sorted(r[1:] for r in cells) == [("cell", "", "2011 n=1", "platform", 1), ("cell", "", "2011 n=1", "staffing", 1),
                                            ("cell", "", "2013 n=1", "platform", 0), ("cell", "", "2013 n=1", "staffing", 1)]
    assert [r[1:] for r in estimates] == [("point", "m", "", "year", 0.5),
                                          ("point", "m", "", "tier: county (vs prefecture)", -0.25)]
    assert [r[3:] for r in scatter] == [(1, "", 0.5), (2, "", 0.75)]  # identical points are drawn once
    assert cloud == []


def test_save_figure_writes_the_numbers_beside_the_figure(tmp_path):
    """The PNG and PDF of gdrkit.plot.save_figure, and the CSV of what the figure draws: the
    same bytes twice; a figure drawing nothing that can be read has none (a stale one goes)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from gdrkit import plot as gp
    from gdrkit.notebook import save_figure

    reports = pd.DataFrame({"report_id": list("abc"), "year": [2011, 2011, 2013]})
    paths = []
    for run in ("a", "b"):
        with gp.style():
            fig, ax = plt.subplots()
            gp.count_bars(reports, x="year", ax=ax)
            paths.append(save_figure(fig, "01_test", folder=tmp_path / run, data=reports))
    assert [p.name for p in paths[0]] == ["01_test.png", "01_test.pdf", "01_test.csv"]
    assert [p.read_bytes() for p in paths[0]] == [p.read_bytes() for p in paths[1]]
    assert paths[0][2].read_text(encoding="utf-8") == ("panel,kind,series,x,y,value\n0,bar,,2011,,2.0\n"
                                                       "0,bar,,2012,,0.0\n0,bar,,2013,,1.0\n")
    with gp.style():
        fig, ax = plt.subplots()
        gp.word_cloud(pd.Series({"人员": 3}), ax=ax)
        written = save_figure(fig, "01_test", folder=tmp_path / "a")
    assert [p.name for p in written] == ["01_test.png", "01_test.pdf"] and not (tmp_path / "a" / "01_test.csv").exists()
