"""gdrkit.models: tidy fits, cluster-robust errors, clear errors, side-by-side tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gdrkit.models import FORMULAS, TIDY_COLUMNS, ModelError, compare_models, fit_model, problem_flags


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
    assert t["se_type"].iloc[0] == "cluster(agency)" and t["family"].iloc[0] == "poisson"
    year = t.set_index("term").loc["I(year - 2015)"]
    assert year["ci_low"] < 0.1 < year["ci_high"]
    assert (t["ci_low"] < t["estimate"]).all() and (t["estimate"] < t["ci_high"]).all()
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
    assert t["se_type"].iloc[0] == "HC1 (no agency repeats)"


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
def test_staffing_logit_on_real_reports(shared_corpus):
    reports = shared_corpus.reports[shared_corpus.reports["duplicate_of"].isna()]
    data = reports.merge(problem_flags(reports, shared_corpus.problems()), on="report_id", how="left")
    t = fit_model(data, name="staffing_year")
    assert t["n"].iloc[0] >= 30 and t["se_type"].iloc[0] == "cluster(agency)"
    assert t["n_clusters"].iloc[0] >= 5
    assert np.isfinite(t["se"]).all()


def test_panel_models_on_real_reports(shared_corpus):
    panel = shared_corpus.panel()
    panel = panel[~panel["report_id"].isin(shared_corpus.reports.loc[shared_corpus.reports["duplicate_of"].notna(),
                                                                     "report_id"])]
    t = fit_model(panel, name="log_volume_year")
    assert t["n"].iloc[0] >= 20 and np.isfinite(t["se"]).all()
    for fam in ("poisson", "negbin"):
        try:
            t = fit_model(panel, name="applications_year", family=fam)
        except ModelError as exc:  # allowed, but it must say why
            assert str(exc)
        else:
            assert t["family"].iloc[0] == fam


def test_seed_corpus_models_explain_themselves(seed_corpus):
    reports = seed_corpus.reports
    data = reports.merge(problem_flags(reports, seed_corpus.problems()), on="report_id", how="left")
    with pytest.raises(ModelError, match="too few reports"):
        fit_model(data, name="staffing")
