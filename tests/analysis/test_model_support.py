"""What a model rests on (per-term reports and clusters, warnings, marks), the default
cluster column, fixed effects, the wild cluster bootstrap, exposure and offset, and the
LaTeX table's notes: on synthetic panels and on the real reports."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from test_models import _panel, synthetic

from gdrkit.analysis.models import ModelError, SupportWarning, compare_models, fit_model
from gdrkit.analysis.paper import fit_models, paper_table
from gdrkit.analysis.support import MIN_CLUSTERS, MIN_TERM_CLUSTERS


def _quiet(**kw) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SupportWarning)
        return fit_model(**kw)


def test_thresholds_are_documented_numbers():
    assert MIN_TERM_CLUSTERS == 3 and 20 <= MIN_CLUSTERS <= 30


# ---------------------------------------------------------------- what each term rests on
def test_per_term_reports_and_clusters():
    d = synthetic()  # 30 agencies × 8 years, tiers by agency (10 each)
    t = fit_model(d, name="log_volume").set_index("term")
    assert t.loc["Intercept", ["n_reports", "n_clusters"]].tolist() == [240, 30]
    assert t.loc["C(tier)[T.省级]", ["n_reports", "n_clusters"]].tolist() == [80, 10]  # the reports with the level
    assert t.loc["I(year - 2015)", ["n_reports", "n_clusters"]].tolist() == [240, 30]  # continuous: all of them
    assert (t["clusters"] == 30).all() and (t["n"] == 240).all()
    assert (t["warning"] == "").all()


def test_a_level_carried_by_one_report_warns_and_is_marked(shared_corpus, tmp_path):
    """The issue's case on the real panel: one report (of a provincial agency with several) is the
    only 街道 one, so its coefficient is that report. It warns, naming the term and the counts (the
    clusters are agency_ids, the default cluster column), and is marked † in the paper table with a
    note under the .tex saying what † means."""
    panel = _panel(shared_corpus)
    one = panel["proactive_items"].notna() & panel["agency_type"].notna() & panel["tier"].eq("provincial")
    rid = panel.loc[one, "report_id"].iloc[0]
    panel = panel.assign(tier=panel["tier"].where(panel["report_id"] != rid, "街道"))
    with pytest.warns(SupportWarning, match=r"C\(tier\)\[T\.街道\] rests on 1 report\(s\) from 1 agency_id\(s\) "
                                            r"\(fewer than 3\)"):
        t = fit_model(panel, name="log_volume")
    row = t.set_index("term").loc["C(tier)[T.街道]"]
    assert (row["n_reports"], row["n_clusters"]) == (1, 1)
    assert row["warning"].startswith("C(tier)[T.街道] rests on 1 report(s) from 1 agency_id(s)")
    with pytest.warns(SupportWarning):
        fitted = fit_models([("(1) volume", "panel", dict(name="log_volume"))], panel=panel)
    table = paper_table(fitted, path=tmp_path / "reg")
    cell = table.loc["tier: 街道 (vs county)", "(1) volume"]
    assert cell.endswith("†") and table.loc["tier: 街道 (vs county) (support)", "(1) volume"] == "[1; 1]"
    assert not table.loc["tier: provincial (vs county)", "(1) volume"].endswith("†")
    assert "fewer than 3 clusters" in table.loc["Note: †"].iloc[0]
    tex = (tmp_path / "reg.tex").read_text(encoding="utf-8")
    assert r"\textsuperscript{\textdagger}" in tex
    note = tex.split(r"\end{tabular}", 1)[1]
    assert r"\textdagger}" in note and "fewer than 3 clusters" in note and not note.lstrip().startswith("%")


def test_a_model_on_few_clusters_warns_and_is_marked(shared_corpus, tmp_path):
    """Twelve agencies (agency_ids, the clusters) of the real panel: the model warns and its
    Clusters count is marked ‡."""
    panel = _panel(shared_corpus)
    keep = panel.dropna(subset=["proactive_items", "agency_id"])["agency_id"].value_counts().index[:12]
    few = panel[panel["agency_id"].isin(keep)]
    with pytest.warns(SupportWarning,
                      match=r"the model rests on 12 agency_id\(s\) \(fewer than 20\).*inference='wild'"):
        t = fit_model(few, name="log_volume_year")
    assert t["warning"].str.contains("the model rests on 12 agency_id").all()
    table = compare_models({"few": t}, path=tmp_path / "t")
    assert table.loc["Clusters", "few"] == "12‡" and "fewer than 20 clusters" in table.loc["Note: ‡"].iloc[0]
    assert r"12\textsuperscript{\textdaggerdbl}" in (tmp_path / "t.tex").read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", SupportWarning)
        many = fit_model(synthetic(), name="log_volume_year")  # 30 agencies: nothing to say
    assert (many["warning"] == "").all()


def test_default_cluster_is_the_canonical_agency_id():
    d = synthetic()
    d["agency_id"] = "A" + (d.index // 16).astype(str)  # 15 canonical agencies of two printed names each
    t = _quiet(data=d, name="log_volume_year")
    assert t["se_type"].iloc[0] == "cluster(agency_id)" and t["clusters"].iloc[0] == 15
    t = fit_model(d.drop(columns="agency_id"), name="log_volume_year")
    assert t["se_type"].iloc[0] == "cluster(agency; no agency_id column)" and t["clusters"].iloc[0] == 30
    t = _quiet(data=d.drop(columns=["agency_id", "agency"]), name="log_volume_year")
    assert t["se_type"].iloc[0] == "HC1 (no agency_id or agency column)" and t["clusters"].isna().all()
    with pytest.raises(ModelError, match="'agency_code' \\(cluster\\) not in the data"):
        fit_model(d, name="log_volume_year", cluster="agency_code")


# ---------------------------------------------------------------- fixed effects
def test_fixed_effects_are_the_dummy_regression_with_nested_errors():
    import statsmodels.formula.api as smf

    d = synthetic()
    switch = d["agency"].str[2:].astype(int) % 3 == 0  # 10 agencies move to the template in 2014
    d["style"] = np.where((d["year"] >= 2014) & switch, "template", "narrative")
    f = "np.log1p(proactive_items) ~ C(style)"
    t = fit_model(d, formula=f, fixed_effects=("agency", "year")).set_index("term")
    assert list(t.index) == ["C(style)[T.template]"]  # no intercept, no dummies
    assert t["fixed_effects"].iloc[0] == "agency (30), year (8)"
    groups = pd.factorize(d["agency"], sort=True)[0]
    ref = smf.ols(f + " + C(agency) + C(year)", d).fit(cov_type="cluster", cov_kwds={"groups": groups})
    assert t.loc["C(style)[T.template]", "estimate"] == pytest.approx(ref.params["C(style)[T.template]"], abs=1e-10)
    # the 29 agency dummies are nested in the agency clusters: out of the (N-1)/(N-K) correction
    n, k = ref.model.exog.shape
    se = ref.bse["C(style)[T.template]"] * np.sqrt((n - k) / (n - k + 29))
    assert t.loc["C(style)[T.template]", "se"] == pytest.approx(se, rel=1e-10)
    # within agencies: only agencies whose style changes carry the term
    assert t.loc["C(style)[T.template]", "n_clusters"] == 10


def test_fixed_effects_drop_what_cannot_inform_and_name_what_they_absorb():
    d = synthetic()
    d = pd.concat([d, d.iloc[[0]].assign(agency="独一机关", report_id="x")], ignore_index=True)
    with pytest.warns(SupportWarning, match=r"1 report\(s\) left out under the fixed effects agency \(singletons 1\)"):
        t = fit_model(d, name="log_volume_year", fixed_effects="agency")
    assert t["n"].iloc[0] == 240 and t.attrs["fixed_effects_dropped"] == {"singletons": 1}
    with pytest.raises(ModelError, match="absorbed by the fixed effects \\(tier by agency\\)"):
        _quiet(data=d, name="applications", fixed_effects=("agency",))
    with pytest.raises(ModelError, match="year is itself a fixed effect"):
        _quiet(data=d, name="log_volume_year", fixed_effects=("year",))
    zeros = synthetic().assign(applications_received=lambda x: np.where(x["agency"] == "机关0", 0,
                                                                         x["applications_received"]))
    with pytest.warns(SupportWarning, match=r"8 report\(s\) left out .*constant outcome 8"):
        fit_model(zeros, name="applications_year", family="poisson", fixed_effects=("agency",))


# ---------------------------------------------------------------- wild cluster bootstrap
def test_wild_bootstrap_is_the_librarys_reproducible_and_inverts_its_test(shared_corpus):
    """On the real panel: the p-value is wildboottest's own (its statsmodels interface, the
    same draws), the same seed gives the same table, and at each interval bound the
    bootstrap test of coefficient = bound is at the 5% level."""
    import statsmodels.formula.api as smf
    from wildboottest.wildboottest import wildboottest

    from gdrkit.analysis.wild import WILD_SEED, run_test

    panel = _panel(shared_corpus)
    t = _quiet(data=panel, name="log_volume_year", inference="wild")
    assert t["inference"].iloc[0].startswith("wild cluster bootstrap (WCR, rademacher weights, 9999 draws, seed")
    again = _quiet(data=panel, name="log_volume_year", inference="wild")
    pd.testing.assert_frame_equal(t, again)
    d = panel[["proactive_items", "year", "agency_id"]].dropna()
    groups = pd.factorize(d["agency_id"].astype(str), sort=True)[0]
    model = smf.ols("np.log1p(proactive_items) ~ I(year - 2015)", d)
    lib = wildboottest(model, B=9999, cluster=groups, param="I(year - 2015)", seed=WILD_SEED, show=False,
                       parallel=False)
    year = t.set_index("term").loc["I(year - 2015)"]
    assert year["p"] == pytest.approx(float(lib["p-value"].iloc[0]), abs=1e-12)
    assert year["ci_low"] < year["estimate"] < year["ci_high"]
    for bound in (year["ci_low"], year["ci_high"]):
        p = run_test(model.exog, model.endog, groups, 1, bound)
        assert p == pytest.approx(0.05, abs=0.002)
    other = _quiet(data=panel, name="log_volume_year", inference="wild", seed=7).set_index("term")
    assert other.loc["I(year - 2015)", "p"] == pytest.approx(year["p"], abs=0.02)  # Monte Carlo error only


def test_wild_bootstrap_is_for_ols():
    with pytest.raises(ValueError, match="inference='wild' is for OLS"):
        fit_model(synthetic(), name="staffing", inference="wild")
    with pytest.raises(ValueError, match="inference must be"):
        fit_model(synthetic(), name="log_volume", inference="bootstrap")


def test_wild_bootstrap_with_few_clusters_uses_webb_weights():
    d = synthetic(n_agencies=8)
    with pytest.warns(SupportWarning, match="from the wild cluster bootstrap"):
        t = fit_model(d, name="log_volume_year", inference="wild")
    assert "webb weights" in t["inference"].iloc[0] and t.attrs["wild"]["clusters"] == 8


# ---------------------------------------------------------------- exposure and offset
def test_exposure_and_offset_are_the_same_rate_model():
    d = synthetic()
    d["population"] = np.where(d["tier"] == "省级", 50.0, 2.0)
    d["log_population"] = np.log(d["population"])
    a = fit_model(d, name="applications", family="poisson", exposure="population")
    b = fit_model(d, name="applications", family="poisson", offset="log_population")
    np.testing.assert_allclose(a["estimate"], b["estimate"], rtol=1e-8)
    plain = fit_model(d, name="applications", family="poisson").set_index("term")
    shift = plain.loc["C(tier)[T.省级]", "estimate"] - a.set_index("term").loc["C(tier)[T.省级]", "estimate"]
    assert shift == pytest.approx(np.log(25), abs=1e-6)  # per resident: the tier's population ratio taken out
    nb = fit_model(d, name="applications", family="negbin", exposure="population")
    assert "alpha" in set(nb["term"])
    with pytest.raises(ValueError, match="exposure and offset are for count models"):
        fit_model(d, name="log_volume", exposure="population")


# ---------------------------------------------------------------- the LaTeX table
def test_latex_notes_are_visible_and_rules_single(tmp_path):
    d = synthetic()
    ols = fit_model(d, name="log_volume")
    none = ols.iloc[0:0]
    compare_models({"A": none, "B": none}, path=tmp_path / "empty", not_estimated={"A": "too few", "B": "too few"})
    tex = (tmp_path / "empty.tex").read_text(encoding="utf-8")
    assert "\\midrule\n\\midrule" not in tex and tex.count("\\midrule") == 1
    compare_models({"OLS": ols}, path=tmp_path / "t")
    tex = (tmp_path / "t.tex").read_text(encoding="utf-8")
    body, note = tex.split("\\end{tabular}\n", 1)
    assert not any(line.lstrip().startswith("%") for line in tex.splitlines())  # nothing hidden in a comment
    assert note.startswith("\\par\\smallskip{\\footnotesize * $p<0.1$, ** $p<0.05$, *** $p<0.01$")
    assert "[reports; clusters]" in note
    assert re.search(r"\{\\scriptsize \[80; 10\]\}", body)  # the tier dummy's support under its se
