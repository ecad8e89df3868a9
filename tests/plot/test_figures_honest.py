"""Figures consistent with the models and honest about composition: the heatmap and the
logit count the same statements; trends say how many agencies each point pools and offer a
balanced panel; missing years break lines; identical points are counted; models' thin terms
are marked; and no text of any plot function is cut off at the figure's edge."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from gdrkit import plot as gp  # noqa: E402
from gdrkit.analysis.categories import category_shares, statement_categories  # noqa: E402
from gdrkit.analysis.composition import agencies_pooled, balanced_panel  # noqa: E402
from gdrkit.analysis.models import SupportWarning, fit_model  # noqa: E402
from gdrkit.analysis.panel import staffing_table  # noqa: E402


def _real(shared_corpus):
    """Reports, panel and problems of the real corpus, each report once, with metadata."""
    from gdrkit.notebook import with_report_meta

    reports = shared_corpus.reports[shared_corpus.reports["duplicate_of"].isna()]
    keep = set(reports["report_id"])
    panel = shared_corpus.panel()
    panel = panel[panel["report_id"].isin(keep)]
    problems = shared_corpus.problems()
    problems = with_report_meta(problems[problems["report_id"].isin(keep)], reports)
    return reports, panel, problems


def _heat_cells(ax, category: str) -> dict[int, float]:
    """The heatmap's cells of one category row, by year (from the tick labels)."""
    rows = [t.get_text() for t in ax.get_yticklabels()]
    years = [int(t.get_text().split("\n")[0]) for t in ax.get_xticklabels()]
    arr = ax.images[0].get_array().filled(np.nan)
    return dict(zip(years, arr[rows.index(category)]))


def _heat_n(ax) -> dict[int, int]:
    return {int(a): int(b[2:]) for a, b in (t.get_text().split("\n") for t in ax.get_xticklabels())}


# ---------------------------------------------------------------- one definition of "states X"
def test_the_heatmap_and_the_logit_agree_on_the_same_statements(shared_corpus):
    """The issue: the heatmap counted each statement's first category only (staffing 0% in
    2011-13) while the staffing logit used every label (1.0). Now each year's cell is the mean
    of the logit's outcome over the logit's own rows, and its n is their number."""
    reports, _, problems = _real(shared_corpus)
    labels = statement_categories(problems)
    second = [c != "staffing" and "staffing" in labs for c, labs in zip(problems["category"], labels)]
    assert any(second), "the real reports have statements whose staffing label is not the first"
    data = staffing_table(reports, problems)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SupportWarning)
        t = fit_model(data, name="staffing_year")
    used = data.dropna(subset=["states_staffing", "year"])  # the logit's rows (formula columns complete)
    assert t["n"].iloc[0] == len(used)
    outcome = used.groupby(used["year"].astype(int))["states_staffing"]
    with gp.style(width="two", aspect=0.45):
        fig, ax = plt.subplots()
        gp.category_heatmap(problems, x="year", reports=reports, ax=ax)
    cells, n = _heat_cells(ax, "staffing"), _heat_n(ax)
    for year, mean in outcome.mean().items():
        assert cells[year] == pytest.approx(mean), year
        assert n[year] == outcome.size()[year], year
    assert sum(v for y, v in n.items() if y in outcome.size()) == t["n"].iloc[0]
    # a report flagged by a second label is in its cell (the 2011-13 case of the issue)
    rid = problems.loc[second, "report_id"].iloc[0]
    assert data.set_index("report_id").loc[rid, "states_staffing"] == 1.0
    shares = category_shares(problems, reports, by="year").query("category == 'staffing'").set_index("year")
    assert shares["share"].dropna().to_dict() == pytest.approx(outcome.mean().to_dict())


# ---------------------------------------------------------------- composition of trends
def test_totals_say_how_many_agencies_each_year_pools_and_offer_a_balanced_panel(shared_corpus):
    """The 2024 "spike" of reconsiderations is a changing set of agencies: the top axis gives
    the agencies behind each year's sum; the balanced panel keeps the same agencies in every
    year of its range."""
    _, panel, _ = _real(shared_corpus)
    with gp.style(width="two", aspect=0.45):
        fig, ax = plt.subplots()
        gp.measure_totals(panel, x="year", y=["reconsiderations", "lawsuits"], ax=ax)
        (top,) = ax.child_axes
        labels = {int(round(t.get_position()[0])): t.get_text() for t in top.xaxis.get_ticklabels()}
        rec = agencies_pooled(panel, "reconsiderations")
        law = agencies_pooled(panel, "lawsuits")
        for year, text in labels.items():
            a, b = int(rec.get(year, 0)), int(law.get(year, 0))
            assert text == (str(a) if a == b else f"{a}/{b}"), year
        assert top.get_xlabel().startswith("agencies pooled")
        fig, ax = plt.subplots()
        gp.measure_totals(panel, x="year", y=["reconsiderations", "lawsuits"], balanced=True, ax=ax)
        sub, said = balanced_panel(panel, ["reconsiderations", "lawsuits"])
        assert said in ax.get_title(loc="left").replace("\n", " ")
        counts = {t.get_text() for t in ax.child_axes[0].xaxis.get_ticklabels()}
        assert counts == {str(sub["agency_id"].nunique())}  # the same agencies (agency_ids) at every point
        assert sub.groupby("year")["agency_id"].nunique().nunique() == 1


def test_trend_breaks_at_missing_years_and_names_median_and_scale():
    d = pd.DataFrame({"report_id": list("abcdefg"), "year": [2010, 2010, 2011, 2013, 2013, 2013, 2014],
                      "tier": ["县级"] * 7, "v": [1.0, 3.0, 0.0, 10.0, 20.0, 30.0, 5.0]})
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(d, y="v", hue="tier", estimator="median", log=True, ax=ax)
        (line,) = ax.get_lines()
        assert list(line.get_xdata()) == [2010, 2011, 2012, 2013, 2014]
        assert np.isnan(line.get_ydata()[2])  # 2012: no report, so no line across it
        assert ax.get_ylabel() == "v\n(median; symmetric log scale)"
        assert sorted(t.get_text() for t in ax.texts) == ["1", "1", "2", "3"]  # reports pooled per point
        assert "numbers above the points: reports pooled" in ax.get_title(loc="left")


# ---------------------------------------------------------------- overplotting, thin terms
def test_identical_points_are_drawn_once_and_counted(shared_corpus):
    from gdrkit.analysis.reuse import problem_reuse

    _, _, problems = _real(shared_corpus)
    pairs = problem_reuse(problems, threshold=0.3)
    same = pairs.groupby(["year_gap", "similarity"]).size()
    assert same.max() > 1, "the real reports restate problems word for word"
    with gp.style():
        fig, ax = plt.subplots()
        gp.scatter(pairs, x="year_gap", y="similarity", ax=ax)
    (points,) = ax.collections
    assert len(points.get_offsets()) == len(same)  # one marker per distinct point
    sizes = dict(zip(map(tuple, np.asarray(points.get_offsets())), points.get_sizes()))
    big = same.idxmax()
    assert sizes[(float(big[0]), float(big[1]))] == pytest.approx(12 * np.sqrt(same.max()))
    assert f"×{same.max()}" in {t.get_text() for t in ax.texts}
    piled = int(same[same > 1].sum())
    assert f"{piled} of {len(pairs)} rows are identical points" in ax.get_title(loc="left").replace("\n", " ")


def test_coef_plot_marks_a_term_on_too_few_agencies(shared_corpus):
    _, panel, _ = _real(shared_corpus)
    rid = panel.loc[panel["proactive_items"].notna() & panel["tier"].eq("provincial"), "report_id"].iloc[0]
    panel = panel.assign(tier=panel["tier"].where(panel["report_id"] != rid, "街道"))
    with pytest.warns(SupportWarning):
        t = fit_model(panel, name="log_volume")
    with gp.style():
        fig, ax = plt.subplots()
        gp.coef_plot(t, ax=ax)
    ticks = [x.get_text() for x in ax.get_yticklabels()]
    assert "C(tier)[T.街道] †" in ticks and "I(year - 2015)" in ticks
    assert "† carried by fewer than 3 agencies" in ax.get_title(loc="left")


# ---------------------------------------------------------------- nothing cut off
def _drawn_texts(fig) -> list:
    """Every text the figure draws: titles, labels, legends, annotations, and the tick labels
    of the ticks inside each axis's view (the others are not drawn)."""
    from matplotlib.text import Text

    ticks, out = set(), []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            tol = 1e-6 * ((hi - lo) or 1.0)
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                for lab in (tick.label1, tick.label2):
                    ticks.add(id(lab))
                    if (ax.axison and axis.get_visible() and lab.get_visible() and lab.get_text()
                            and lo - tol <= tick.get_loc() <= hi + tol):
                        out.append(lab)
    out += [t for t in fig.findobj(Text) if id(t) not in ticks and t.get_visible() and t.get_text()]
    return out


def _draws(reports, panel, problems, pairs, coefs):
    import gdrkit

    taxonomy = gdrkit.problem_taxonomy()
    zh_names = dict(zip(taxonomy["category"], taxonomy["label_zh"]))
    outcomes = ["applications_granted", "applications_partial", "applications_denied"]
    key = pd.DataFrame({"feature": ["人员", "编制", "网站", "解读"], "statistic": [9.0, 5.0, 3.0, 1.0],
                        "measure": "lr"})
    return {
        "count_bars": lambda ax: gp.count_bars(reports, x="year", hue="style", ax=ax),
        "trend_agency": lambda ax: gp.trend(panel, y="applications_received", hue="agency", log=True, ax=ax),
        "trend_tier": lambda ax: gp.trend(panel, y="proactive_items", hue="tier", estimator="median", log=True,
                                          ax=ax),
        "trend_balanced": lambda ax: gp.trend(panel, y="proactive_items", hue="agency", balanced=True, ax=ax),
        "share_by": lambda ax: gp.share_by(panel, x="year", y="zero_applications", ax=ax),
        "stacked_shares": lambda ax: gp.stacked_shares(panel, x="year", y=outcomes, ax=ax),
        "heatmap": lambda ax: gp.category_heatmap(problems, x="year", reports=reports, ax=ax),
        "heatmap_type": lambda ax: gp.category_heatmap(problems, x="agency_type", reports=reports, ax=ax,
                                                       value_labels=zh_names),
        "ranked_bars": lambda ax: gp.ranked_bars(key, x="statistic", y="feature", ax=ax),
        "coef_plot": lambda ax: gp.coef_plot(coefs, y="label", ax=ax),
        "scatter": lambda ax: gp.scatter(pairs, x="year_gap", y="similarity", ax=ax),
        "measure_totals": lambda ax: gp.measure_totals(panel, y=["reconsiderations", "lawsuits"], ax=ax),
        "measure_totals_balanced": lambda ax: gp.measure_totals(panel, y=["reconsiderations", "lawsuits"],
                                                                balanced=True, ax=ax),
        "word_cloud": lambda ax: gp.word_cloud({"政府信息公开": 5, "人员编制": 3, "网站栏目": 2}, ax=ax),
        "nothing": lambda ax: gp.trend(panel.assign(proactive_items=np.nan), ax=ax),
    }


@pytest.mark.parametrize("width,aspect", [("one", 0.68), ("two", 0.45)])
def test_no_text_of_any_plot_function_is_cut_off(shared_corpus, tmp_path, width, aspect):
    from gdrkit.analysis.paper import fit_or_explain
    from gdrkit.analysis.reuse import problem_reuse

    reports, panel, problems = _real(shared_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        coefs = pd.concat([fit_or_explain(panel, name="log_volume"),
                           fit_or_explain(panel, name="applications", family="poisson")], ignore_index=True)
    pairs = problem_reuse(problems, threshold=0.3)
    cut = {}
    for name, draw in _draws(reports, panel, problems, pairs, coefs).items():
        with gp.style(width=width, aspect=aspect):
            fig, ax = plt.subplots()
            draw(ax)
            gp.save_figure(fig, name, folder=tmp_path, formats=("png",))  # runs the layout
            fig.canvas.draw()
            r, box = fig.canvas.get_renderer(), fig.bbox
            for t in _drawn_texts(fig):
                e = t.get_window_extent(r)
                if e.x0 < box.x0 - 0.5 or e.x1 > box.x1 + 0.5 or e.y0 < box.y0 - 0.5 or e.y1 > box.y1 + 0.5:
                    cut.setdefault(name, []).append(t.get_text()[:40])
            plt.close(fig)
    assert not cut, f"text outside the figure ({width} column): {cut}"
