"""gdrkit.analysis.models: tidy fits, cluster-robust errors, clear errors, side-by-side tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gdrkit.analysis.models import FORMULAS, TIDY_COLUMNS, ModelError, compare_models, fit_model
from gdrkit.analysis.panel import problem_flags


def synthetic(n_agencies: int = 30, years=range(2010, 2018), seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    tiers = ["省级", "市级", "县级"]
    for a in range(n_agencies):
        tier = tiers[a % 3]
        effect = rng.normal(0, 0.3)
        for y in years:
            mu = np.exp(2.0 + 0.1 * (y - 2015) + (0.5 if tier == "省级" else 0.0) + effect)
            rows.append({"report_id": f"a{a}-{y}", "agency": f"机关{a}", "tier": tier,
                         "agency_type": "government" if a % 2 else "department", "year": y,
                         "applications_received": int(rng.poisson(mu)),
                         "proactive_items": float(rng.lognormal(5 + 0.05 * (y - 2015), 0.5)),
                         "zero_applications": float(rng.random() < 0.3),
                         "states_staffing": float(rng.random() < 0.4)})
    return pd.DataFrame(rows)


def test_tidy_table_and_cluster_robust_errors():
    d = synthetic()
    t = fit_model(d, name="applications", family="poisson")
    assert list(t.columns) == TIDY_COLUMNS
    assert t["n"].iloc[0] == len(d) and t["n_clusters"].iloc[0] == 30
    assert t["se_type"].iloc[0] == "cluster(agency; no agency_id column)" and t["family"].iloc[0] == "poisson"
    year = t.set_index("term").loc["I(year - 2015)"]
    assert year["ci_low"] < 0.1 < year["ci_high"]
    assert (t["ci_low"] < t["estimate"]).all() and (t["estimate"] < t["ci_high"]).all()
    # the interval's level is in the table (a plot labels it from there): 90% is narrower
    t90 = fit_model(d, name="applications", family="poisson", alpha=0.1)
    assert t["ci_level"].eq(0.95).all() and t90["ci_level"].eq(0.9).all()
    assert ((t90["ci_high"] - t90["ci_low"]) < (t["ci_high"] - t["ci_low"])).all()
    # clustering matters: HC1 errors are smaller with an agency random effect
    hc = fit_model(d, name="applications", family="poisson", cluster=None)
    assert hc["se_type"].iloc[0] == "HC1"
    assert hc.set_index("term").loc["C(tier)[T.省级]", "se"] < t.set_index("term").loc["C(tier)[T.省级]", "se"]


@pytest.mark.parametrize("name,family", [("log_volume", "ols"), ("applications", "negbin"),
                                         ("zero_applications", "logit"), ("staffing", "logit")])
def test_named_formulas_fit(name, family):
    t = fit_model(synthetic(), name=name)
    assert t["family"].iloc[0] == family
    assert np.isfinite(t[["estimate", "se", "p"]].to_numpy(float)).all()
    if family == "negbin":
        assert "alpha" in set(t["term"])


def test_no_repeats_means_hc1_and_says_so():
    d = synthetic().groupby("agency").sample(1, random_state=0)
    d = pd.concat([d, synthetic(seed=2).groupby("agency").sample(1, random_state=1).assign(agency=lambda x: x["agency"] + "b")])
    t = fit_model(d, formula="np.log1p(proactive_items) ~ I(year - 2015)")
    assert t["se_type"].iloc[0] == "HC1 (no agency repeats; no agency_id column)"


def test_exposure_enters_with_coefficient_one():
    d = synthetic()
    d["population"] = np.where(d["tier"] == "省级", 10.0, 1.0)
    d["applications_received"] = (d["applications_received"] * d["population"]).astype(int)
    t = fit_model(d, name="applications", family="poisson", exposure="population")
    assert abs(t.set_index("term").loc["C(tier)[T.省级]", "estimate"] - 0.5) < 0.4
    with pytest.raises(ModelError, match="positive"):
        fit_model(d.assign(population=0.0), name="applications", family="poisson", exposure="population")


# ---------------------------------------------------------------- error paths
def test_too_few_reports():
    d = synthetic().head(6)
    with pytest.raises(ModelError, match="too few reports"):
        fit_model(d, name="log_volume_year")
    four = synthetic().iloc[[0, 9, 18, 27]]  # four agencies, four years, three tiers, two types
    with pytest.raises(ModelError, match="too few reports: 4 complete report.*5 parameter"):
        fit_model(four, formula="np.log1p(proactive_items) ~ year + C(tier) + C(agency_type)", min_n=2)


def test_no_variation_in_y_or_regressor():
    d = synthetic()
    with pytest.raises(ModelError, match="no variation in states_staffing"):
        fit_model(d.assign(states_staffing=0.0), name="staffing")
    with pytest.raises(ModelError, match="no variation in tier"):
        fit_model(d.assign(tier="市级"), name="applications")
    with pytest.raises(ModelError, match="no variation in regressor year"):
        fit_model(d.assign(year=2015), name="applications_year")
    with pytest.raises(ModelError, match="no variation in the outcome"):
        fit_model(d.assign(proactive_items=5.0), name="log_volume_year")


def test_singular_design():
    d = synthetic()
    d["agency_type"] = np.where(d["tier"] == "省级", "department", "government")
    with pytest.raises(ModelError, match="singular design"):
        fit_model(d, name="log_volume")


def test_missing_column_and_bad_outcomes():
    d = synthetic()
    with pytest.raises(ModelError, match=r"\['fees_yuan'\] not in the data"):
        fit_model(d, formula="fees_yuan ~ year")
    with pytest.raises(ModelError, match="non-negative whole counts"):
        fit_model(d.assign(applications_received=-1.0 * d["applications_received"]), name="applications")
    with pytest.raises(ModelError, match="0/1 outcome"):
        fit_model(d.assign(zero_applications=2.0 * d["zero_applications"]), name="zero_applications")
    with pytest.raises(ModelError, match="no report has all"):
        fit_model(d.assign(proactive_items=np.nan), name="log_volume")


def test_separation_is_an_error():
    d = synthetic()
    d["states_staffing"] = (d["tier"] == "省级").astype(float)
    with pytest.raises(ModelError, match="separation|not finite|converge"):
        fit_model(d, name="staffing")


def test_one_cluster_is_an_error():
    d = synthetic().assign(agency="同一机关")
    with pytest.raises(ModelError, match="one agency"):
        fit_model(d, name="log_volume_year")


def test_bad_arguments():
    with pytest.raises(ValueError):
        fit_model(synthetic(), name="staffing", formula="y ~ x")
    with pytest.raises(KeyError):
        fit_model(synthetic(), name="nope")
    with pytest.raises(ValueError):
        fit_model(synthetic(), name="staffing", family="probit")
    assert set(FORMULAS) >= {"log_volume", "applications", "zero_applications", "staffing"}


def test_compare_models_writes_csv_and_latex(tmp_path):
    d = synthetic()
    models = {"OLS": fit_model(d, name="log_volume"), "NB": fit_model(d, name="applications"),
              "Logit_staff": fit_model(d, name="staffing")}
    table = compare_models(models, path=tmp_path / "t")
    assert list(table.columns) == ["OLS", "NB", "Logit_staff"]
    assert table.loc["N", "OLS"] == str(len(d)) and table.loc["Clusters", "NB"] == "30"
    assert table.index[0] == "Intercept"
    csv = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", index_col=0, dtype=str, keep_default_na=False)
    assert csv.loc["C(tier)[T.省级]", "NB"].startswith(table.loc["C(tier)[T.省级]", "NB"][:4])
    tex = (tmp_path / "t.tex").read_text(encoding="utf-8")
    assert tex.startswith(r"\begin{tabular}{lccc}") and r"Logit\_staff" in tex and r"\bottomrule" in tex
    first = (tmp_path / "t.tex").read_bytes()
    compare_models(models, path=tmp_path / "t")
    assert (tmp_path / "t.tex").read_bytes() == first


def test_problem_flags():
    reports = pd.DataFrame({"report_id": ["a", "b", "c"]})
    problems = pd.DataFrame({"report_id": ["a", "a", "b"], "category": ["content", "other", "capacity"],
                             "categories": ["content;staffing", "other", "capacity"]})
    f = problem_flags(reports, problems).set_index("report_id")
    assert f.loc["a", "states_staffing"] == 1.0  # second label counts too
    assert f.loc["b", "states_staffing"] == 0.0
    assert np.isnan(f.loc["c", "states_staffing"]) and f.loc["c", "n_problems"] == 0
    assert problem_flags(reports, problems, unknown="zero").set_index("report_id").loc["c", "states_staffing"] == 0.0


# ---------------------------------------------------------------- real reports
def _year(t: pd.DataFrame) -> pd.Series:
    return t.set_index("term").loc["I(year - 2015)"]


def _panel(corpus) -> pd.DataFrame:
    """The panel without the reports that duplicate another."""
    dup = corpus.reports.loc[corpus.reports["duplicate_of"].notna(), "report_id"]
    panel = corpus.panel()
    return panel[~panel["report_id"].isin(dup)]


def _statsmodels(data: pd.DataFrame, formula: str, family, cols: list[str]):
    """The same model fitted with statsmodels directly, clustered by the canonical agency
    (agency_id, fit_model's default cluster column when the data have it)."""
    import statsmodels.formula.api as smf

    d = data[cols].dropna()
    groups = pd.factorize(d["agency_id"].astype(str), sort=True)[0]
    kw = {"cov_type": "cluster", "cov_kwds": {"groups": groups}}
    res = smf.ols(formula, d).fit(**kw) if family is None else smf.glm(formula, d, family=family).fit(**kw)
    return res, d


def test_staffing_logit_on_real_reports(shared_corpus):
    """The tidy table is statsmodels' cluster-robust logit on the same rows (clustered by
    agency_id, the canonical agency: several printed names of one agency are one cluster),
    and says what it rests on."""
    import statsmodels.api as sm

    reports = shared_corpus.reports[shared_corpus.reports["duplicate_of"].isna()]
    data = reports.merge(problem_flags(reports, shared_corpus.problems()), on="report_id", how="left")
    t = fit_model(data, name="staffing_year")
    res, d = _statsmodels(data, "states_staffing ~ I(year - 2015)", sm.families.Binomial(),
                          ["states_staffing", "year", "agency_id"])
    assert t["family"].iloc[0] == "logit" and t["se_type"].iloc[0] == "cluster(agency_id)"
    assert t["n"].iloc[0] == len(d) and t["clusters"].iloc[0] == d["agency_id"].nunique() >= 12
    year = _year(t)
    assert year["estimate"] == pytest.approx(res.params["I(year - 2015)"], abs=1e-6)
    assert year["se"] == pytest.approx(res.bse["I(year - 2015)"], abs=1e-6)
    assert year["p"] == pytest.approx(res.pvalues["I(year - 2015)"], abs=1e-6)
    assert year["ci_high"] < 0  # stating a staffing problem becomes rarer over the years
    assert year["n_reports"] == len(d) and year["n_clusters"] == t["clusters"].iloc[0]


def test_log_volume_on_real_reports(shared_corpus):
    t = fit_model(_panel(shared_corpus), name="log_volume_year")
    res, d = _statsmodels(_panel(shared_corpus), "np.log1p(proactive_items) ~ I(year - 2015)", None,
                          ["proactive_items", "year", "agency_id"])
    assert t["family"].iloc[0] == "ols" and t["se_type"].iloc[0].startswith("cluster(agency")
    assert t["n"].iloc[0] == len(d) and t["clusters"].iloc[0] == d["agency_id"].nunique()
    tt = t.set_index("term")
    for term in ("Intercept", "I(year - 2015)"):
        assert tt.loc[term, "estimate"] == pytest.approx(res.params[term], abs=1e-9)
        assert tt.loc[term, "se"] == pytest.approx(res.bse[term], abs=1e-9)
        lo, hi = res.conf_int().loc[term]
        assert (tt.loc[term, "ci_low"], tt.loc[term, "ci_high"]) == pytest.approx((lo, hi), abs=1e-9)


def test_applications_poisson_on_real_reports(shared_corpus):
    import statsmodels.api as sm

    t = fit_model(_panel(shared_corpus), name="applications_year", family="poisson")
    res, d = _statsmodels(_panel(shared_corpus), "applications_received ~ I(year - 2015)", sm.families.Poisson(),
                          ["applications_received", "year", "agency_id"])
    assert t["family"].iloc[0] == "poisson" and t["n"].iloc[0] == len(d)
    year = _year(t)
    assert year["estimate"] == pytest.approx(res.params["I(year - 2015)"], abs=1e-6)
    assert year["se"] == pytest.approx(res.bse["I(year - 2015)"], abs=1e-6)
    assert year["estimate"] > 0  # more applications in later years


def test_applications_negbin_on_real_reports_is_the_maximum(shared_corpus):
    """The named model's default family (negbin) is estimable on the real panel: 0 to 3119
    applications, variance ~1800 times the mean, so alpha is large (~3.2), and the fit is
    the maximum of the likelihood, not the runaway alpha of statsmodels' default start."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    panel = _panel(shared_corpus)
    t = fit_model(panel, name="applications_year")
    assert t["family"].iloc[0] == "negbin" and t["se_type"].iloc[0] == "cluster(agency_id)"
    assert list(t["term"]) == ["Intercept", "I(year - 2015)", "alpha"]
    tt = t.set_index("term")
    alpha = tt.loc["alpha", "estimate"]
    assert alpha > 1  # very overdispersed counts
    # NB2 contains Poisson: its maximum is above the Poisson one (aic = 2k - 2 llf)
    d = panel[["applications_received", "year", "agency_id"]].dropna()
    assert t["n"].iloc[0] == len(d)
    f = FORMULAS["applications_year"]
    llf = (2 * 3 - t.attrs["aic"]) / 2
    poisson = smf.glm(f, data=d, family=sm.families.Poisson()).fit()
    assert llf > poisson.llf + 1000  # about -260 against -6900
    # and alpha is at the profile maximum: with alpha held at its estimate the NB GLM gives
    # the same coefficients, and a 10% smaller or larger alpha fits worse
    def profile(a):
        return smf.glm(f, data=d, family=sm.families.NegativeBinomial(alpha=a)).fit()

    at = profile(alpha)
    assert at.params["I(year - 2015)"] == pytest.approx(tt.loc["I(year - 2015)", "estimate"], abs=1e-4)
    assert at.llf == pytest.approx(llf, abs=1e-4)
    assert profile(0.9 * alpha).llf < at.llf and profile(1.1 * alpha).llf < at.llf


def test_negbin_from_statsmodels_default_start_is_caught(shared_corpus, monkeypatch):
    """Why fit_model gives NB2 its own start: from statsmodels' default (a moment estimate
    of alpha in the thousands on this panel) BFGS runs to alpha ~ 1e229 and reports
    "converged"; the check that NB2 ends above Poisson turns that into a ModelError."""
    from statsmodels.discrete.discrete_model import NegativeBinomial

    fit = NegativeBinomial.fit

    def default_start(self, *args, start_params=None, **kw):
        return fit(self, *args, **kw)

    monkeypatch.setattr(NegativeBinomial, "fit", default_start)
    # below the Poisson maximum, or run to a singular Hessian: either way not a fit
    with pytest.raises(ModelError, match=r"did not reach its maximum \(log-likelihood .* below the Poisson|singular"):
        fit_model(_panel(shared_corpus), name="applications_year")


def test_seed_corpus_models_explain_themselves(seed_corpus):
    reports = seed_corpus.reports
    data = reports.merge(problem_flags(reports, seed_corpus.problems()), on="report_id", how="left")
    with pytest.raises(ModelError, match="too few reports"):
        fit_model(data, name="staffing")


def test_compare_models_keeps_a_model_not_estimated(tmp_path):
    d = synthetic()
    ols = fit_model(d, name="log_volume")
    tiny = d.head(4)
    with pytest.raises(ModelError) as exc:
        fit_model(tiny, name="staffing")
    failed = ols.iloc[0:0]  # no coefficients: the model's column stays, with the reason
    table = compare_models({"OLS": ols, "Logit_staff": failed}, path=tmp_path / "t",
                           not_estimated={"Logit_staff": str(exc.value)})
    assert list(table.columns) == ["OLS", "Logit_staff"]
    notes = [i for i in table.index if i.startswith("Note: ")]
    assert list(table.index[-len(notes) - 1:]) == ["Not estimated", *notes]
    assert table.loc["Not estimated"].tolist() == ["", str(exc.value)] and "no variation in tier" in str(exc.value)
    assert (table["Logit_staff"].drop("Not estimated") == "").all()
    tex = (tmp_path / "t.tex").read_text(encoding="utf-8")
    assert "not estimated (see note)" in tex and tex.rstrip().endswith(".}")
    assert "Not estimated: Logit\\_staff: " in tex


def test_negbin_without_overdispersion_is_effectively_poisson():
    """No overdispersion puts the NB2 maximum at alpha -> 0, which BFGS approaches but
    does not reach: that is the maximum, not a failed fit (13 of 30 such data sets were
    refused), and the coefficients are the Poisson ones."""
    for seed in range(0, 30, 2):
        rng = np.random.default_rng(seed)
        x = rng.normal(size=80)
        d = pd.DataFrame({"y": rng.poisson(np.exp(0.5 + 0.3 * x)), "x": x})
        nb = fit_model(d, formula="y ~ x", family="negbin", cluster=None).set_index("term")
        poi = fit_model(d, formula="y ~ x", family="poisson", cluster=None).set_index("term")
        assert nb.loc["alpha", "estimate"] < 0.2, seed  # near 0: Poisson counts
        assert abs(nb.loc["x", "estimate"] - poi.loc["x", "estimate"]) < 0.02, seed
