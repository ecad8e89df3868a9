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
    assert gp.label("applications_received", "en") == "Applications received"
    assert gp.label("applications_received", "zh") == "收到申请数"
    assert "收到申请数" in gp.label("applications_received")
    assert gp.label("table3.x.y") == "table3.x.y"
    with pytest.raises(ValueError):
        gp.label("year", "fr")


# ------------------------------------------------------------------------ glyphs
def test_missing_glyph_detection_works():
    """Control: with DejaVu Sans, Chinese text does warn (so the next test is meaningful)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
            fig, ax = plt.subplots()
            ax.set_title(ZH)
            fig.canvas.draw()
            plt.close(fig)
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
                plt.close(fig)
    assert not _glyph_warnings(caught), _glyph_warnings(caught)[:3]
    assert len(list(tmp_path.glob("*.png"))) == len(draws)


def test_trend_says_what_it_leaves_out():
    with gp.style():
        fig, ax = plt.subplots()
        gp.trend(_panel(), ax=ax, top=2)
        assert "1 report(s) without a value" in ax.get_title(loc="left")
        assert "top 2 of 4" in ax.get_legend().get_title().get_text()
        plt.close(fig)


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
            plt.close(fig)
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
        plt.close(fig)
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
    from gdrkit.plot import notebook as nbh

    monkeypatch.setenv("GDRKIT_DATA", str(tmp_path))
    assert nbh.data_path("elsewhere") == tmp_path.resolve()
    monkeypatch.delenv("GDRKIT_DATA")
    with pytest.raises(FileNotFoundError):
        nbh.data_path(tmp_path / "missing")
    reports = pd.DataFrame({"report_id": ["a", "b", "c", "d"], "year": pd.array([2010, 2012, None, 2014], dtype="Int64"),
                            "duplicate_of": [None, None, None, "a"]})
    groups, how = nbh.period_groups(reports)
    assert groups.to_dict() == {"a": "earlier", "b": "earlier", "d": "later"} and "2012" in how
    assert list(nbh.unique_reports(reports, reports)["report_id"]) == ["a", "b", "c"]
    checks = pd.DataFrame({"rule": ["x", "x", "y"], "ok": pd.array([True, None, False], dtype="boolean")})
    s = nbh.checks_summary(checks)
    assert s.loc["x"].tolist() == [1, 0, 1] and s.loc["y"].tolist() == [0, 1, 0]
    assert len(nbh.failed_checks(checks)) == 1
    freqs = nbh.word_frequencies(["一是人员编制不足，二是网站栏目更新不及时", "人员编制紧张"])
    assert freqs.index[0] == "人员编制" or freqs.iloc[0] == 2
    assert "一是" not in freqs.index and "二是" not in freqs.index
    assert nbh.fit_or_explain(None, name="staffing") is None
