"""gdrkit.plot: the CJK font, no missing glyphs, deterministic files, word clouds."""

from __future__ import annotations

import warnings
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import gdrkit.plot as gp  # noqa: E402
from gdrkit.plot import fonts  # noqa: E402

ZH = "政府信息公开工作年度报告 2013年 −12.5% • 《条例》"


def _glyph_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "Glyph" in str(w.message) and "missing" in str(w.message)]


def _panel() -> pd.DataFrame:
    return pd.DataFrame({
        "report_id": [f"r{i}" for i in range(8)],
        "agency": ["琅琊镇", "琅琊镇", "审管办", "审管办", "亳州市城市管理局", "亳州市城市管理局", None, "琅琊镇"],
        "tier": ["乡镇", "乡镇", "县级", "县级", "市级", "市级", None, "乡镇"],
        "year": [2010, 2011, 2012, 2013, 2010, 2011, 2012, 2012],
        "style": ["narrative"] * 6 + ["template2019", "template2021"],
        "proactive_items": [120, 150, np.nan, 3000, 80, 95, 10, 400],
        "applications_received": [0, 2, 1, 0, 5, 7, 0, 3],
        "zero_applications": [True, False, False, True, False, False, True, False],
        "applications_granted": [np.nan] * 6 + [3, 5],
        "applications_partial": [np.nan] * 6 + [1, 0],
        "applications_denied": [np.nan] * 6 + [0, 2],
    })


# ------------------------------------------------------------------------ fonts
def test_font_resolves_to_a_cjk_otf_or_ttf():
    path = gp.cjk_font_path()
    assert Path(path).is_file()
    assert Path(path).suffix.lower() in (".otf", ".ttf"), "wordcloud cannot choose a TTC face"
    assert gp.font_has_hanzi(path)
    p2, family = gp.register_cjk_font()
    assert p2 == path and family


def test_pip_font_wheel_ships_the_otf():
    """The font really comes with pip: the installed wheel's RECORD lists the .otf files."""
    dist = metadata.distribution("pylopdf-fonts-zh-cn")
    otfs = [f for f in dist.files if str(f).endswith(".otf")]
    assert {Path(str(f)).name for f in otfs} >= {"NotoSansSC-Regular.otf"}
    sans = Path(dist.locate_file(next(f for f in otfs if "Sans" in str(f))))
    assert sans.stat().st_size > 5_000_000
    assert fonts._pip_font() == str(sans)
    assert gp.font_has_hanzi(sans)


def test_explicit_font_and_env_override(monkeypatch):
    import pylopdf_fonts_zh_cn

    serif = str(pylopdf_fonts_zh_cn.serif_path())
    assert gp.cjk_font_path(serif) == serif
    monkeypatch.setenv("GDRKIT_FONT", serif)
    assert gp.cjk_font_path() == serif
    monkeypatch.setenv("GDRKIT_FONT", "/no/such/font.otf")
    with pytest.raises(gp.FontError, match="not found"):
        gp.cjk_font_path()


def test_font_without_hanzi_is_refused():
    dejavu = Path(mpl.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    assert not gp.font_has_hanzi(dejavu)
    with pytest.raises(gp.FontError, match="no glyphs for Chinese"):
        gp.cjk_font_path(dejavu)


def test_system_font_must_really_be_cjk(monkeypatch):
    """fc-match ':lang=zh-cn' answers DejaVu Sans on a machine without CJK fonts: refused."""
    dejavu = str(Path(mpl.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")

    class R:
        stdout = dejavu

    monkeypatch.setattr(fonts.shutil, "which", lambda exe: "/usr/bin/fc-match")
    monkeypatch.setattr(fonts.subprocess, "run", lambda *a, **k: R())
    assert fonts._system_font() is None
    R.stdout = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    assert fonts._system_font() is None  # a TTC: wordcloud would take its JP face


def test_no_font_at_all_is_a_clear_error(monkeypatch):
    fonts._default_font_path.cache_clear()
    monkeypatch.setattr(fonts, "_system_font", lambda: None)
    monkeypatch.setattr(fonts, "_pip_font", lambda: None)
    try:
        with pytest.raises(gp.FontError, match="pip install pylopdf-fonts-zh-cn"):
            gp.cjk_font_path()
    finally:
        fonts._default_font_path.cache_clear()


# ------------------------------------------------------------------------ style
def test_import_and_style_leave_global_rcparams_alone():
    before = dict(mpl.rcParams)
    import importlib

    importlib.reload(gp)
    assert dict(mpl.rcParams) == before
    with gp.style() as rc:
        assert mpl.rcParams["font.family"] == rc["font.family"]
        assert mpl.rcParams["figure.figsize"][0] == pytest.approx(gp.ONE_COLUMN)
    with gp.style(width="two"):
        assert mpl.rcParams["figure.figsize"][0] == pytest.approx(gp.TWO_COLUMN)
    assert dict(mpl.rcParams) == before


def test_palette_is_grey_safe():
    """Successive palette colours differ in lightness (distinct when printed in grey)."""
    def grey(c):
        r, g, b = mpl.colors.to_rgb(c)
        return 0.299 * r + 0.587 * g + 0.114 * b

    greys = [grey(c) for c in gp.PALETTE]
    assert min(abs(a - b) for a, b in zip(greys, greys[1:])) > 0.1
    ramp = [grey(c) for c in gp.colors(6)]
    assert all(b > a for a, b in zip(ramp, ramp[1:]))


def test_labels_english_and_chinese():
    assert gp.label("applications_received", lang="en") == "Applications received"
    assert gp.label("applications_received", lang="zh") == "收到申请数"
    assert "收到申请数" in gp.label("applications_received")
    assert gp.label("table3.x.y") == "table3.x.y"
    with pytest.raises(ValueError):
        gp.label("year", lang="fr")


# ------------------------------------------------------------------------ glyphs
def test_missing_glyph_detection_works():
    """Control: with DejaVu Sans, Chinese text does warn (so the next test is meaningful)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
            fig, ax = plt.subplots()
            ax.set_title(ZH)
            fig.canvas.draw()
    assert _glyph_warnings(caught)


def test_every_plot_renders_chinese_without_missing_glyphs(tmp_path):
    panel = _panel()
    problems = pd.DataFrame({"report_id": ["r0", "r0", "r2", "r4"], "year": [2010, 2010, 2012, 2010],
                             "category": ["staffing", "content", "staffing", "platform"]})
    coefs = pd.DataFrame({"term": ["Intercept", "C(tier)[T.市级]", "I(year - 2015)"] * 2,
                          "estimate": [1, 0.5, -0.1, 1.1, 0.4, -0.2], "ci_low": [0.5, 0.1, -0.3, 0.6, 0.0, -0.4],
                          "ci_high": [1.5, 0.9, 0.1, 1.6, 0.8, 0.0], "model": ["OLS"] * 3 + ["NB"] * 3})
    key = pd.DataFrame({"feature": ["人员", "编制", "网站", "解读"], "statistic": [9.0, 5.0, 3.0, 1.0]})
    draws = [
        lambda ax: gp.count_bars(panel, x="year", hue="style", ax=ax),
        lambda ax: gp.trend(panel, x="year", y="proactive_items", hue="agency", log=True, ax=ax),
        lambda ax: gp.share_by(panel, x="year", y="zero_applications", ax=ax),
        lambda ax: gp.stacked_shares(panel, x="year", y=["applications_granted", "applications_partial",
                                                         "applications_denied"], ax=ax),
        lambda ax: gp.category_heatmap(problems, x="year", y="category", value_labels={"staffing": "人员力量不足"}, ax=ax),
        lambda ax: gp.ranked_bars(key, x="statistic", y="feature", ax=ax),
        lambda ax: gp.coef_plot(coefs, ax=ax),
        lambda ax: gp.scatter(panel, x="year", y="applications_received", hue="tier", ax=ax),
        lambda ax: gp.trend(panel.assign(proactive_items=np.nan), ax=ax),  # "no data" message
        lambda ax: gp.word_cloud({"政府信息公开": 5, "人员编制": 3, "网站栏目": 2}, ax=ax),
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with gp.style():
            for i, draw in enumerate(draws):
                fig, ax = plt.subplots()
                out = draw(ax)
                assert out is ax
                ax.set_title(ZH)
                gp.save_figure(fig, f"f{i}", folder=tmp_path, data=panel)
    assert not _glyph_warnings(caught), _glyph_warnings(caught)[:3]
    assert len(list(tmp_path.glob("*.png"))) == len(draws)


def test_trend_says_what_it_leaves_out():
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(_panel(), ax=ax, top=2)
        assert ax.get_title(loc="left") == "1 of 8 report(s) without a value, not shown"
        assert "top 2 of 4" in ax.get_legend().get_title().get_text()


def test_trend_counts_reports_not_rows_in_a_long_table():
    """A long table (one row per report and measure): the title counts reports per measure,
    not report × measure rows (the seeds: 2 of 5 reports state neither count)."""
    long = pd.DataFrame({"report_id": ["a", "b", "c", "d", "e"] * 2, "year": [2009, 2010, 2011, 2013, 2013] * 2,
                         "measure": ["复议"] * 5 + ["诉讼"] * 5,
                         "count": [np.nan, 0, np.nan, 0, 0, np.nan, 0, np.nan, 0, 3]})
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(long, x="year", y="count", hue="measure", ax=ax)
        assert ax.get_title(loc="left").split("\n")[0] == "reports without a value, not shown: 复议 2 of 5; 诉讼 2"
        assert ax.get_title(loc="left").replace("\n", " ") == (
            "reports without a value, not shown: 复议 2 of 5; 诉讼 2 of 5 numbers above the points: reports pooled")


def _seed_panel(seed_corpus):
    from gdrkit.notebook import unique_reports

    return unique_reports(seed_corpus.panel(), seed_corpus.reports)


def _ticklabels(axis) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


def _visible_ticks(ax, axis: str = "y") -> list[float]:
    lo, hi = sorted(ax.get_ylim() if axis == "y" else ax.get_xlim())
    locs = (ax.get_yticks() if axis == "y" else ax.get_xticks())
    return [float(v) for v in locs if lo - 1e-9 <= v <= hi + 1e-9]


def test_reviews_and_lawsuits_of_the_seeds_stay_missing_where_unknown(seed_corpus):
    """measure_totals: 2009 and 2011 (no report states reconsiderations or lawsuits) have no
    point, not 0; the legend counts the reports stating each; a count axis from 0 with
    whole-number ticks, not −0.04…0.04."""
    panel = _seed_panel(seed_corpus)
    with gp.style():
        fig, ax = plt.subplots()
        gp.measure_totals(panel, x="year", y=["reconsiderations", "lawsuits"], ax=ax)
        fig.canvas.draw()
        lines = ax.get_lines()
        assert len(lines) == 2
        for line in lines:
            x, y = np.round(line.get_xdata()).astype(int), np.asarray(line.get_ydata(), float)
            assert list(x) == [2009, 2010, 2011, 2012, 2013]
            assert np.isnan(y[[0, 2, 3]]).all() and list(y[[1, 4]]) == [0.0, 0.0]
        assert [t.get_text() for t in ax.get_legend().get_texts()] == [
            "行政复议数 (stated in 3 of 5 reports)", "行政诉讼数 (stated in 3 of 5 reports)"]
        assert ax.get_ylim()[0] == 0 and _visible_ticks(ax) == [0.0, 1.0]
        assert _visible_ticks(ax, "x")[0] == 2009.0


def test_log_axis_has_several_readable_ticks_and_says_log(seed_corpus):
    """The seeds' two volumes (101, 227) span less than a decade: ticks at 1-2-5 steps, not
    a single "100"; the label says log scale."""
    panel = _seed_panel(seed_corpus)
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(panel, x="year", y="proactive_items", hue="tier", estimator="median", log=True, ax=ax)
        fig.canvas.draw()
        assert ax.get_yscale() == "log"
        assert _visible_ticks(ax) == [100.0, 200.0]
        assert [ax.yaxis.get_major_formatter()(v, 0) for v in _visible_ticks(ax)] == ["100", "200"]
        assert ax.get_ylabel().endswith("\n(median; log scale)")  # the estimator and the scale named
        assert "中位数；对数刻度" in gp.label("proactive_items", lang="zh", note=("median; log scale", "中位数；对数刻度"))
        assert ax.get_title(loc="left") == "3 of 5 report(s) without a value, not shown"
        # unknown tier last in the legend
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["prefecture", "unknown (未识别)"]
    zeros = pd.DataFrame({"year": [2010, 2011, 2012], "v": [0, 3, 250], "agency": "x"})
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(zeros, x="year", y="v", hue="agency", log=True, ax=ax)
        fig.canvas.draw()
        assert ax.get_yscale() == "symlog" and {0.0, 1.0, 10.0, 100.0} <= set(_visible_ticks(ax))
        assert ax.get_ylabel() == "v\n(symmetric log scale)"  # not "log scale" on a symmetric-log axis


def test_year_axes_show_every_year(seed_corpus):
    """Bars and heatmaps over years show 2012 (no seed report covers it) as an empty place."""
    from gdrkit.notebook import unique_reports, with_report_meta

    reports = unique_reports(seed_corpus.reports, seed_corpus.reports)
    with gp.style():
        fig, ax = plt.subplots()
        gp.count_bars(reports, x="year", hue="style", ax=ax)
        assert _ticklabels(ax.xaxis) == ["2009", "2010", "2011", "2012", "2013"]
        assert [p.get_height() for p in ax.patches] == [1, 1, 1, 0, 2]
        fig, ax = plt.subplots()
        gp.share_by(_seed_panel(seed_corpus), x="year", y="zero_applications", ax=ax)
        assert _ticklabels(ax.xaxis) == ["2009", "2010", "2011", "2012", "2013"]
        assert [t.get_text() for t in ax.texts] == ["n=0", "n=1", "n=0", "n=0", "n=2"]
        assert [p.get_height() for p in ax.patches] == [0, 1, 0, 0, 0.5]
        problems = with_report_meta(seed_corpus.problems(), reports)
        totals = reports.dropna(subset=["year"]).groupby("year")["report_id"].nunique()
        fig, ax = plt.subplots()
        gp.category_heatmap(problems, x="year", y="category", totals=totals, ax=ax)
        assert _ticklabels(ax.xaxis) == ["2009\nn=1", "2010\nn=1", "2011\nn=1", "2012\nn=0", "2013\nn=2"]
        assert np.isnan(ax.images[0].get_array()[:, 3].filled(np.nan)).all()  # 2012: empty, not 0%
        types = reports.dropna(subset=["agency_type"]).groupby("agency_type")["report_id"].nunique()
        fig, ax = plt.subplots()
        gp.category_heatmap(problems, x="agency_type", y="category", totals=types, ax=ax)
        assert _ticklabels(ax.xaxis) == ["department\nn=3", "township\nn=1"]


def test_legends_and_labels_stay_inside_the_figure_and_off_the_data(tmp_path, shared_corpus):
    """One-column figures of the real reports: the legend sits below the axes (not over the
    2021-2023 bars), inside the figure; the share axis label is not clipped at the top."""
    from gdrkit.notebook import unique_reports

    # huaian-2024 as .pdf and .txt, pingtan ptq-2013 as .html and .txt; the statistics annex of jyt-2018
    with pytest.warns(UserWarning, match=r"2 row\(s\) of 2 duplicate report\(s\) left out .*; 1 row\(s\) of 1 "
                                         r"statistics annex\(es\) left out"):
        reports = unique_reports(shared_corpus.reports, shared_corpus.reports)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the panel has one row per distinct report already: nothing to say
        panel = unique_reports(shared_corpus.panel(), shared_corpus.reports)
    draws = {
        "bars": lambda ax: gp.count_bars(reports, x="year", hue="style", ax=ax),
        "tier": lambda ax: gp.trend(panel, x="year", y="proactive_items", hue="tier", estimator="median",
                                    log=True, ax=ax),
        "share": lambda ax: gp.share_by(panel, x="year", y="zero_applications", ax=ax),
    }
    boxes = {}
    for name, draw in draws.items():
        with gp.style():
            fig, ax = plt.subplots()
            draw(ax)
            gp.save_figure(fig, name, folder=tmp_path, formats=("png",))  # runs the layout
            r = fig.canvas.get_renderer()
            legend = ax.get_legend()
            boxes[name] = dict(
                fig=fig.bbox, axes=ax.get_window_extent(r), label=ax.yaxis.label.get_window_extent(r),
                legend=None if legend is None else legend.get_window_extent(r),
                entries=None if legend is None else [t.get_text() for t in legend.get_texts()],
                years=[t.get_window_extent(r) for t in ax.get_xticklabels() if t.get_text()
                       and ax.get_window_extent(r).x0 - 5 <= t.get_window_extent(r).x0 <= ax.get_window_extent(r).x1])
            plt.close(fig)
    for name, b in boxes.items():
        assert b["label"].y1 <= b["fig"].y1 + 1 and b["label"].y0 >= -1, f"{name}: y label clipped"
    # bars and the tier trend have a legend (by style, by tier); the share of reports has none
    assert boxes["share"]["legend"] is None
    assert boxes["bars"]["entries"] == ["narrative", "template2019", "template2021"]
    assert boxes["tier"]["entries"] and set(boxes["tier"]["entries"]) <= {
        "national", "provincial", "prefecture", "county", "township", "unknown (未识别)"}
    for name in ("bars", "tier"):
        box, axes_box, fig_box = boxes[name]["legend"], boxes[name]["axes"], boxes[name]["fig"]
        assert box.y1 <= axes_box.y0, f"{name}: the legend overlaps the axes"
        assert box.x0 >= -1 and box.x1 <= fig_box.x1 + 1 and box.y0 >= -1, f"{name}: legend clipped"
    # the tier trend's year labels do not overlap
    years = boxes["tier"]["years"]
    assert len(years) >= 4 and all(a.x1 < b.x0 for a, b in zip(years, years[1:]))


def test_empty_outcomes_say_so_in_a_sentence():
    """No outcome known: a sentence (no Python list, no "0 rows"), the axes hidden."""
    tpl = pd.DataFrame({"year": [2019, 2020], "applications_granted": [np.nan, np.nan],
                        "applications_denied": [np.nan, np.nan]})
    with gp.style(width="two", aspect=0.4):
        fig, ax = plt.subplots()
        gp.stacked_shares(tpl, x="year", y=["applications_granted", "applications_denied"], ax=ax)
        (text,) = ax.texts
        assert text.get_text().replace("\n", " ") == "Nothing to show: none of the 2 rows states any of granted, denied."
        assert not ax.axison
    part = tpl.assign(applications_granted=[np.nan, 4.0], applications_denied=[np.nan, 1.0])
    with gp.style(width="two", aspect=0.4):
        fig, ax = plt.subplots()
        gp.stacked_shares(part, x="year", y=["applications_granted", "applications_denied"], ax=ax)
        assert ax.get_title(loc="left") == "no outcomes reported: 2019"
        assert _ticklabels(ax.xaxis) == ["2020"]
        assert [p.get_height() for p in ax.patches] == pytest.approx([0.8, 0.2])


# ------------------------------------------------------------------------ coefficient labels
def test_term_and_model_labels():
    assert gp.term_label("C(tier)[T.市级]", reference="县级") == "tier: 市级 (vs 县级)"
    assert gp.term_label("C(agency_type)[T.government]", reference="department") == \
        "agency type: government (vs department)"
    assert gp.term_label("C(tier)[T.省级]") == "tier: 省级 (vs reference)"
    assert gp.term_label("I(year - 2015)") == "year (per year, centred on 2015)"
    assert gp.term_label("np.log1p(proactive_items)") == "log(1 + proactive items)"
    assert gp.term_label("alpha") == "alpha (NB dispersion)"
    assert gp.term_label("Intercept") == "Intercept"
    assert gp.term_label("x:y") == "x:y"
    assert gp.model_label("log_volume (ols)") == "log volume: year, tier, agency type (OLS)"
    assert gp.model_label("applications", family="negbin") == "applications: year, tier (negative binomial)"
    assert gp.model_label("my formula") == "my formula"


def test_factor_references_come_from_the_estimation_sample(seed_corpus):
    """patsy leaves out the first tier (sorted) among the reports the model uses: of the
    seeds, county when applications_received is the outcome (琅琊镇 township 0, 宁波 county 1;
    审管办 has no tier), prefecture for proactive_items (亳州 227; 审管办 again without a tier)."""
    from gdrkit.analysis.paper import factor_references

    panel = _seed_panel(seed_corpus)
    assert factor_references(panel, "applications_received ~ I(year - 2015) + C(tier)") == {"tier": "county"}
    assert factor_references(panel, "np.log1p(proactive_items) ~ C(tier)") == {"tier": "prefecture"}
    assert factor_references(panel, "proactive_items ~ year") == {}


def test_fitted_models_carry_readable_labels_into_plot_and_table(shared_corpus, tmp_path):
    from gdrkit.analysis.panel import staffing_table
    from gdrkit.analysis.paper import PAPER_MODELS, fit_models, fit_or_explain, paper_table

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the panel has no duplicate (huaian-2024, ptq-2013) to leave out
        panel = _seed_panel(shared_corpus)
    t = fit_or_explain(panel, name="log_volume")
    assert list(t.columns[:2]) == ["term", "label"]
    assert dict(zip(t["term"], t["label"])) == {
        "Intercept": "Intercept", "C(tier)[T.prefecture]": "tier: prefecture (vs county)", "C(tier)[T.provincial]": "tier: provincial (vs county)",
        "C(agency_type)[T.government]": "agency type: government (vs department)",
        "I(year - 2015)": "year (per year, centred on 2015)"}
    assert set(t["model"]) == {"log volume: year, tier, agency type (OLS)"}
    with gp.style():
        fig, ax = plt.subplots()
        gp.coef_plot(fit_or_explain(panel, name="log_volume", alpha=0.1), y="label", ax=ax)
        assert ax.get_xlabel().endswith("(90% CI)")
        fig, ax = plt.subplots()
        gp.coef_plot(t, y="label", ax=ax)
        assert ax.get_xlabel().endswith("(95% CI)")
        # names wider than 24 half-width characters are broken before their last parenthesis
        assert _ticklabels(ax.yaxis) == ["tier: prefecture\n(vs county)", "tier: provincial\n(vs county)",
                                         "agency type: government\n(vs department)", "year\n(per year, centred on 2015)"]
    reports = shared_corpus.reports
    fitted = fit_models(PAPER_MODELS, panel=panel, staffing=staffing_table(reports, shared_corpus.problems()))
    assert list(fitted) == [h for h, _, _ in PAPER_MODELS]
    assert all((f["model"] == h).all() for h, f in fitted.items())
    table = paper_table(fitted, path=tmp_path / "reg")
    rows = [r for r in table.index if not r.endswith(" (se)")]
    rows = [r for r in rows if not r.endswith(" (support)")]
    assert rows[:2] == ["Intercept", "tier: prefecture (vs county)"] and rows[rows.index("alpha") + 1] == "N"
    ols = fitted["(1) log volume, OLS"].set_index("label").loc["tier: provincial (vs county)"]
    cell = table.loc["tier: provincial (vs county)", "(1) log volume, OLS"]
    assert cell.startswith(f"{ols['estimate']:.3f}") and ols["inference"].startswith("wild cluster bootstrap")
    assert table.loc["tier: provincial (vs county) (support)", "(1) log volume, OLS"] == \
        f"[{ols['n_reports']}; {ols['n_clusters']}]"
    assert "tier: prefecture (vs county)" in (tmp_path / "reg.tex").read_text(encoding="utf-8")


# ------------------------------------------------------------------------ files
def _figure(data):
    fig, ax = plt.subplots()
    gp.trend(data, x="year", y="proactive_items", hue="agency", ax=ax)
    ax.set_title(ZH)
    return fig


def test_save_figure_is_byte_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    panel = _panel()
    outs = []
    for run in ("a", "b"):
        with gp.style():
            fig = _figure(panel)
            files = gp.save_figure(fig, "same", folder=tmp_path / run, data=panel)
        outs.append({p.name: p.read_bytes() for p in files})
    assert outs[0].keys() == {"same.png", "same.pdf"}
    assert outs[0] == outs[1]


def test_save_figure_metadata(tmp_path):
    from PIL import Image

    import gdrkit

    panel = _panel()
    with gp.style():
        fig = _figure(panel)
        png, pdf = gp.save_figure(fig, "meta", folder=tmp_path, data=panel)
    h = gp.data_hash(panel)
    info = Image.open(png).info
    assert info["Software"] == f"gdrkit {gdrkit.__version__}"
    assert h in info["Description"] and gdrkit.__version__ in info["Description"]
    raw = pdf.read_bytes()
    assert b"CreationDate" not in raw and b"ModDate" not in raw
    assert f"gdrkit {gdrkit.__version__}".encode() in raw and h.encode() in raw
    assert b"matplotlib" not in raw.lower().split(b"/producer")[-1][:80]
    assert gp.data_hash(panel) != gp.data_hash(panel.assign(year=panel["year"] + 1))
    assert gp.data_hash(None) == "none"
    with pytest.raises(ValueError):
        gp.save_figure(plt.figure(), "../escape", folder=tmp_path)


# ------------------------------------------------------------------------ word cloud
def test_wordcloud_renders_hanzi_with_the_same_font(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = gp.wordcloud_image({"政府": 3, "公开": 2}, seed=0, width=300, height=200).to_array()
        b = gp.wordcloud_image({"政府": 3, "公开": 2}, seed=0, width=300, height=200).to_array()
        c = gp.wordcloud_image({"人员": 3, "编制": 2}, seed=0, width=300, height=200).to_array()
    assert not [w for w in caught if "Glyph" in str(w.message) or "font" in str(w.message).lower()]
    ink = (a < 250).any(axis=2).mean()
    assert ink > 0.02, "the word cloud is (nearly) blank"
    assert np.array_equal(a, b), "same words and seed must give the same image"
    assert not np.array_equal(a, c), "different hanzi rendered identically: boxes, not glyphs"
    fonts_used = gp.wordcloud_image({"政府": 1}, width=100, height=100).font_path
    assert fonts_used == gp.cjk_font_path()
    with pytest.raises(ValueError, match="no words"):
        gp.wordcloud_image({})


def test_notebook_helpers(tmp_path, monkeypatch):
    from gdrkit import notebook as nbh

    monkeypatch.setenv("GDRKIT_DATA", str(tmp_path))
    assert nbh.data_path("elsewhere") == tmp_path.resolve()
    monkeypatch.delenv("GDRKIT_DATA")
    with pytest.raises(FileNotFoundError):
        nbh.data_path(tmp_path / "missing")
    reports = pd.DataFrame({"report_id": ["a", "b", "c", "d"], "year": pd.array([2010, 2012, None, 2014], dtype="Int64"),
                            "duplicate_of": [None, None, None, "a"]})
    groups, how = nbh.period_groups(reports)
    assert groups.to_dict() == {"a": "earlier", "b": "earlier", "d": "later"} and "2012" in how
    with pytest.warns(UserWarning, match="1 row.s. of 1 duplicate report"):
        assert list(nbh.unique_reports(reports, reports)["report_id"]) == ["a", "b", "c"]
    annexed = reports.assign(duplicate_of=None, annex_of=[None, None, "b", None])
    with pytest.warns(UserWarning, match=r"^t: 1 row.s. of 1 statistics annex.es. left out \(reports.annex_of"):
        assert list(nbh.unique_reports(annexed, annexed, what="t")["report_id"]) == ["a", "b", "d"]
    checks = pd.DataFrame({"rule": ["x", "x", "y"], "ok": pd.array([True, None, False], dtype="boolean")})
    s = nbh.checks_summary(checks)
    assert s.loc["x"].tolist() == [1, 0, 1] and s.loc["y"].tolist() == [0, 1, 0]
    assert len(nbh.failed_checks(checks)) == 1
    from gdrkit.analysis.words import problem_word_frequencies

    texts = pd.DataFrame({"text": ["一是人员编制不足，二是网站栏目更新不及时", "人员编制紧张"]})
    freqs = problem_word_frequencies(texts)
    assert (freqs.index[0], freqs.iloc[0]) == ("人员编制", 2)  # in both statements: the most frequent
    assert "一是" not in freqs.index and "二是" not in freqs.index
    with pytest.warns(UserWarning, match="not estimated: the table it needs is not available"):
        assert nbh.fit_or_explain(None, name="staffing") is None
    assert s.columns.name is None  # not pandas' "col_0"


def test_notebook_helpers_on_the_seeds(seed_corpus):
    from gdrkit import notebook as nbh
    from gdrkit.analysis.panel import staffing_table

    panel = _seed_panel(seed_corpus)
    tpl, note = nbh.template_outcomes(panel)
    assert tpl.empty and note == ("none of the 5 reports uses the national template (narrative 5): there are no "
                                  "outcome tables (table 3) to show, so no figure is drawn")
    t = nbh.totals_table(panel, ["reconsiderations", "lawsuits"])
    assert list(t.columns) == [("行政复议数", "total"), ("行政复议数", "reports"), ("行政诉讼数", "total"),
                               ("行政诉讼数", "reports")]
    assert t[("行政复议数", "total")].isna().tolist() == [True, False, True, False]  # 2009, 2011: unknown
    assert t[("行政诉讼数", "reports")].tolist() == [0, 1, 0, 2]
    staffing = staffing_table(seed_corpus.reports, seed_corpus.problems()).set_index("file")
    assert staffing["n_problems"].to_dict() == {"000_46aca74da5115982.txt": 3, "001_0ced3da2aecd6f3a.txt": 3,
                                                "002_d2cdc19c69bd6f1e.txt": 3, "003_cc707d8ae19cac44.txt": 4,
                                                "004_5a314498553702da.txt": 3}
    assert staffing["states_staffing"].tolist() == [1.0, 0.0, 0.0, 0.0, 1.0]
    assert staffing_table(seed_corpus.reports, None) is None
    # the seeds state no conflicting values and have no template table: nothing to check
    summary = nbh.checks_summary(seed_corpus.checks())
    assert summary.empty and list(summary.columns) == ["passed", "failed", "not checkable"]


def test_notebook_helpers_on_real_reports(shared_corpus):
    from gdrkit import notebook as nbh
    from gdrkit.analysis.reuse import problem_reuse

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the panel has no duplicate (huaian-2024, ptq-2013) to leave out
        panel = _seed_panel(shared_corpus)
    summary = nbh.checks_summary(shared_corpus.checks())
    assert summary.columns.name is None
    # 26 reports state applications in prose and table: 25 agree, 洪泽区 2024 does not (17 vs 95);
    # jtj-2024's prose says 办结58件 (closed, not received), which is not compared
    assert summary.loc["prose_vs_table.applications_received"].tolist() == [25, 1, 0]
    assert summary.loc["table2.regulations.split"].tolist() == [0, 0, 22]
    tpl, note = nbh.template_outcomes(panel)
    n_tpl = int(panel["style"].astype(str).str.startswith("template").sum())
    assert len(tpl) == n_tpl and note.startswith(f"{n_tpl} of {len(panel)} reports use the national template")
    with pytest.raises(KeyError, match="with_report_meta"):
        problem_reuse(shared_corpus.problems())
    problems = nbh.with_report_meta(shared_corpus.problems(), shared_corpus.reports)
    pairs = problem_reuse(problems, threshold=0.3)
    assert len(pairs) >= 5 and (pairs["year_gap"] == pairs["year_b"].astype(float) - pairs["year_a"].astype(float)).all()
    ids = shared_corpus.reports.set_index("report_id")["agency_id"]  # the same agency: one agency_id
    assert (pairs["similarity"] >= 0.3).all() and pairs["same_agency"].all()
    assert (pairs["report_id_a"].map(ids) == pairs["report_id_b"].map(ids)).all()
    assert (pairs["agency_a"] != pairs["agency_b"]).any()  # 平潭's 管委会 prints two names
