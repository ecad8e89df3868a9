"""Nothing is dropped or double-counted without saying so: duplicate reports, missing
values, missing groups, models that cannot be estimated (on the seeds and real reports)."""

from __future__ import annotations

import shutil
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from gdrkit import plot as gp  # noqa: E402

from conftest import DATA  # noqa: E402

BOZHOU = "001_0ced3da2aecd6f3a.txt"  # 亳州市城市管理局 2011: 227 items disclosed proactively


@pytest.fixture(scope="module")
def doubled_panel(tmp_path_factory, cache_dir):
    """The five seeds plus a second copy of the 亳州 report: load_corpus marks the copy
    with duplicate_of; the panel with its duplicates kept (the plots and totals_by leave
    them out, and say so)."""
    import gdrkit

    folder = tmp_path_factory.mktemp("doubled")
    for f in DATA.iterdir():
        shutil.copy(f, folder / f.name)
    shutil.copy(DATA / BOZHOU, folder / "copy_of_bozhou.txt")
    corpus = gdrkit.load_corpus(folder, cache_dir=cache_dir, progress=False)
    assert corpus.panel()["duplicate_of"].notna().sum() == 0  # left out by default
    panel = corpus.panel(duplicates=True)
    assert panel["duplicate_of"].notna().sum() == 1
    return panel


@pytest.fixture(scope="module")
def seed_panel(seed_corpus):
    return seed_corpus.panel()


def _title(ax) -> str:
    return ax.get_title(loc="left")


# ------------------------------------------------------------------ duplicates
def test_totals_by_counts_a_duplicate_report_once(doubled_panel):
    from gdrkit.analysis.panel import totals_by

    with pytest.warns(UserWarning, match="1 duplicate report"):
        t = totals_by(doubled_panel, ["proactive_items"], by="year")
    row = t.set_index("year").loc[2011]
    assert row["total"] == 227 and row["n_reports"] == 1 and row["n_duplicates"] == 1
    assert t.attrs["duplicates_left_out"] == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        both = totals_by(doubled_panel, ["proactive_items"], by="year", dedupe=False)
    assert both.set_index("year").loc[2011, "total"] == 454


def test_trend_and_measure_totals_count_a_duplicate_once(doubled_panel):
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(doubled_panel, y="proactive_items", hue=None, ax=ax)
        (line,) = ax.get_lines()
        drawn = dict(zip(line.get_xdata(), line.get_ydata()))
        assert drawn[2011] == 227.0 and drawn[2013] == 101.0 and np.isnan(drawn[2012])  # 2012: a gap, not bridged
        assert "1 duplicate report(s) left out" in _title(ax)
        fig, ax = plt.subplots()
        gp.measure_totals(doubled_panel, y=["proactive_items"], ax=ax)
        (line,) = ax.get_lines()
        assert np.nanmax(line.get_ydata()) == 227
        assert "stated in 2 of 5 reports" in ax.get_legend().get_texts()[0].get_text()
        assert "1 duplicate report(s) left out" in _title(ax)


# ------------------------------------------------------------------ missing values
def test_count_bars_sum_leaves_a_gap_not_zero(seed_panel):
    """Reconsiderations per year: 2009 and 2011 state none (no bar, named), 2010 and 2013
    state 0."""
    with gp.style():
        fig, ax = plt.subplots()
        gp.count_bars(seed_panel, x="year", y="reconsiderations", ax=ax)
        assert _title(ax) == ("2 of 5 report(s) without a value, not counted\n"
                              "no value stated (not 0): 2009, 2011")
        assert [t.get_text() for t in ax.get_xticklabels()] == ["2009", "2010", "2011", "2012", "2013"]
        fig, ax = plt.subplots()
        gp.count_bars(seed_panel, x="year", y="proactive_items", ax=ax)
        assert [p.get_height() for p in ax.patches] == [0, 0, 227, 0, 101]
        assert "no value stated (not 0): 2009, 2010" in _title(ax)


def test_share_by_keeps_a_report_whose_hue_is_missing(seed_panel):
    """审管办 (2013, no tier, received no applications) is a bar of its own, not gone; 亳州
    (prefecture, 2011) does not say whether it received applications, so prefecture has no bar."""
    with gp.style():
        fig, ax = plt.subplots()
        gp.share_by(seed_panel, x="year", y="zero_applications", hue="tier", ax=ax)
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == ["county", "township", "unknown (未识别)"]
        ns = [t.get_text() for t in ax.texts]
        assert ns.count("n=1") == 3  # 琅琊镇 2010, 宁波 2013, 审管办 2013
        assert _title(ax) == "2 of 5 report(s) without a value or year, not shown"


def test_scatter_heatmap_and_ranked_bars_say_what_they_leave_out(seed_corpus):
    from gdrkit.notebook import with_report_meta

    problems = with_report_meta(seed_corpus.problems(), seed_corpus.reports)
    with gp.style():
        fig, ax = plt.subplots()
        gp.category_heatmap(problems.assign(year=problems["year"].where(problems["agency"].notna())),
                            x="year", y="category", ax=ax)
        assert _title(ax) == "1 of 5 report(s) without year, not shown"
        pairs = pd.DataFrame({"year_gap": [1, 2, np.nan], "similarity": [0.5, 0.4, 0.9], "g": ["a", None, "a"]})
        fig, ax = plt.subplots()
        gp.scatter(pairs, x="year_gap", y="similarity", hue="g", ax=ax)
        assert _title(ax) == "1 of 3 row(s) without a value, not shown"
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "unknown (未识别)"]
        key = pd.DataFrame({"feature": list("abcd"), "statistic": [5.0, np.nan, 3.0, 1.0], "measure": "lr"})
        fig, ax = plt.subplots()
        gp.ranked_bars(key, x="statistic", y="feature", top=2, ax=ax)
        assert _title(ax) == "top 2 of 3\n1 of 4 row(s) without a value, not shown"
        assert ax.get_xlabel() == "Keyness (signed G²)\n(关键性)"
        fig, ax = plt.subplots()
        gp.ranked_bars(key.assign(measure="chi2"), x="statistic", y="feature", lang="en", ax=ax)
        assert ax.get_xlabel() == "Keyness (signed χ²)"
    assert gp.label("statistic", lang="en") == "Keyness (signed)"


def test_problem_wordclouds_by_agency_keep_statements_without_one(seed_corpus):
    """3 of the seeds' 16 statements come from the report with no agency named."""
    from gdrkit.notebook import with_report_meta
    from gdrkit.plot.words import problem_wordclouds

    problems = with_report_meta(seed_corpus.problems(), seed_corpus.reports)
    fig = problem_wordclouds(problems, by="agency", max_words=10, panel_size=(2, 1.5))
    titles = [a.get_title() for a in fig.axes if a.get_title()]
    assert titles[-1] == "unknown (未识别) (n=3)"
    assert sum(int(t.rsplit("n=", 1)[1].rstrip(")")) for t in titles) == 16
    # one agency states 4 problems, the others 3 each
    with pytest.warns(UserWarning, match=r"4 group\(s\) of agency .* left out \(12 of 16 statements\)"):
        fig = problem_wordclouds(problems, by="agency", min_statements=4, max_words=10, panel_size=(2, 1.5))


# ------------------------------------------------------------------ models
def test_a_model_not_estimated_stays_in_the_paper_table(seed_corpus, tmp_path):
    from gdrkit.analysis.panel import staffing_table
    from gdrkit.analysis.paper import PAPER_MODELS, fit_models, not_estimated, paper_table

    panel = seed_corpus.panel()
    with pytest.warns(UserWarning) as caught:
        fitted = fit_models(PAPER_MODELS, panel=panel, staffing=staffing_table(seed_corpus.reports, None))
    said = [str(w.message) for w in caught]
    assert [m.split(":")[0] for m in said] == [h for h, _, _ in PAPER_MODELS]  # one warning per model
    assert "(4) no applications, logit: not estimated: too few reports" in said[3]
    assert list(fitted) == [h for h, _, _ in PAPER_MODELS]
    assert not_estimated(fitted["(5) staffing problem, logit"]) == "the table it needs is not available"
    table = paper_table(fitted, path=tmp_path / "reg")
    assert list(table.columns) == [h for h, _, _ in PAPER_MODELS]
    assert table.loc["Not estimated", "(5) staffing problem, logit"] == "the table it needs is not available"
    assert table.loc["Not estimated", "(2) applications, Poisson"].startswith("too few reports: 2 complete")
    csv = pd.read_csv(tmp_path / "reg.csv", index_col=0, encoding="utf-8-sig")
    assert csv.loc["Not estimated", "(4) no applications, logit"].startswith("too few reports")
    tex = (tmp_path / "reg.tex").read_text(encoding="utf-8")
    assert "not estimated (see note)" in tex and "(5) staffing problem, logit: the table it needs" in tex


# ------------------------------------------------------------------ fonts, reuse
def test_a_file_that_is_not_a_font_says_so(tmp_path):
    from conftest import ROOT

    with pytest.raises(gp.FontError, match="README.md is not a font file FreeType can read"):
        gp.cjk_font_path(ROOT / "README.md")
    with pytest.raises(gp.FontError, match="not a font file"):
        gp.font_has_hanzi(ROOT / "README.md")


def test_text_reuse_needs_agency_for_same_agency(seed_corpus):
    from gdrkit.analysis.reuse import text_reuse
    from gdrkit.notebook import with_report_meta

    problems = seed_corpus.problems()
    with pytest.raises(KeyError, match="needs an 'agency' column"):
        text_reuse(problems, level="problem", same_agency=True)
    with pytest.warns(UserWarning, match="3 of 16 unit"):
        text_reuse(with_report_meta(problems, seed_corpus.reports), level="problem", same_agency=True,
                   candidates="all", threshold=0.3)
