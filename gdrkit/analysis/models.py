"""Regressions on the panel: named formulas, tidy coefficient tables that say what each
term rests on, fixed effects, wild cluster bootstrap inference, side-by-side tables.

:func:`fit_model` fits one model with the statsmodels formula API and returns a tidy table
(:data:`gdrkit.schema.TIDY_COLUMNS`). Standard errors are cluster-robust by agency when
agencies repeat (``agency_id``, the canonical agency, when the data have it; else the agency
as printed, said in ``se_type``), and HC1 heteroskedasticity-robust otherwise. Each term
says how many reports and clusters carry it (``n_reports``, ``n_clusters``: see
:mod:`gdrkit.analysis.support`); a term carried by fewer than 3 clusters, or a model on
fewer than 20, warns (:class:`SupportWarning`) and has a ``warning``. ``fixed_effects``
adds agency and year fixed effects (:mod:`gdrkit.analysis.fixed`); ``inference="wild"``
gives wild-cluster-bootstrap p-values and intervals for OLS (:mod:`gdrkit.analysis.wild`).
A model that cannot be estimated raises :class:`ModelError` saying why (too few reports,
no variation in y or in a regressor, a singular design, separation, no convergence);
nothing falls back silently.

The tidy table: term (patsy's name, e.g. ``C(tier)[T.prefecture]``; fixed-effect dummies left out),
estimate, se, ci_low, ci_high (the ``ci_level`` interval), p, n (reports used), clusters
(of the model; NA with HC1 errors), n_reports and n_clusters (those carrying the term),
warning ("" when none), model, family, se_type (``cluster(<column>)`` or ``HC1 ...``),
inference (Wald or the wild bootstrap's weights, draws and seed), fixed_effects
("agency_id (24), year (15)": the columns and their levels), ci_level.

The named formulas are in :mod:`gdrkit.analysis.formulas`; :func:`compare_models`
(:mod:`gdrkit.analysis.regtable`) puts several tidy tables side by side and writes CSV and
LaTeX (both exported here too).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..schema import TIDY_COLUMNS
from .fitting import ModelError, build_model, fit_result
from .fixed import absorbed_regressors, design_too_large, fe_formula, fe_sample, is_fe_term, n_levels
from .formulas import DEFAULT_FAMILY, FAMILIES, FORMULAS, categorical_columns, formula_columns, reference_levels
from .modeldata import check_design, check_variation, cluster_column, complete_rows
from .regtable import compare_models
from .support import SupportWarning, group_codes, model_warning, term_support, term_warning
from .wild import WILD_REPS, WILD_SEED, wild_cluster_bootstrap

__all__ = ["FORMULAS", "FAMILIES", "DEFAULT_FAMILY", "ModelError", "SupportWarning", "fit_model", "compare_models",
           "reference_levels", "formula_columns", "categorical_columns", "TIDY_COLUMNS", "WILD_REPS", "WILD_SEED"]

def _resolve(formula: str | None, name: str | None, family: str | None) -> tuple[str, str, str]:
    if (formula is None) == (name is None):
        raise ValueError("give exactly one of formula= or name=")
    if name is not None:
        if name not in FORMULAS:
            raise KeyError(f"no formula named {name!r}; known: {sorted(FORMULAS)}")
        formula = FORMULAS[name]
        family = family or DEFAULT_FAMILY.get(name, "ols")
    family = family or "ols"
    if family not in FAMILIES:
        raise ValueError(f"family must be one of {FAMILIES}, got {family!r}")
    return formula, family, name or formula


def fit_model(data: pd.DataFrame, *, formula: str | None = None, name: str | None = None,
              family: str | None = None, cluster: str | None = "auto", fixed_effects: Sequence[str] = (),
              exposure: str | None = None, offset: str | None = None, inference: str = "cluster",
              alpha: float = 0.05, label: str | None = None, maxiter: int = 200, min_n: int = 10,
              reps: int = WILD_REPS, seed: int = WILD_SEED) -> pd.DataFrame:
    """Fit a regression and return a tidy table that says what each term rests on.

    Parameters
    ----------
    data : DataFrame
        Usually the panel. Rows missing a variable of the formula, the exposure, the offset
        or a fixed effect are left out (``n`` says how many were used).
    formula, name : str
        A patsy formula, or the name of one in :data:`FORMULAS` (exactly one).
    family : {"ols", "poisson", "negbin", "logit"}
        ``negbin`` is NB2 (``alpha`` a row; :func:`gdrkit.analysis.fitting.fit_negbin`).
        Default: the named formula's family, else "ols".
    cluster : str, "auto" or None
        Cluster ids; "auto": ``agency_id`` if the data have it, else ``agency`` (said in
        ``se_type``). Without repeats, or None, HC1 errors. A missing id is its own cluster.
    fixed_effects : sequence of str
        E.g. ``("agency_id", "year")``: ``C(col)`` terms added, their dummies and the
        intercept left out of the table (:mod:`gdrkit.analysis.fixed`).
    exposure, offset : str, optional
        Count models only: log(exposure), or the offset (log scale), with coefficient 1.
    inference : {"cluster", "wild"}
        Wald tests from the robust errors, or (OLS) wild-cluster-bootstrap p-values and
        inverted intervals (:mod:`gdrkit.analysis.wild`; ``reps`` draws from ``seed``).
    alpha, label, maxiter, min_n
        1 − confidence level; the ``model`` column; iterations; fewer complete reports
        than ``min_n`` (10) is "too few reports".

    Returns
    -------
    DataFrame
        :data:`gdrkit.schema.TIDY_COLUMNS`, one row per term (see the module docstring);
        ``attrs``: formula, references, nobs, aic, r2, fixed_effects_dropped, wild.

    Raises ModelError when the model cannot be estimated (the message says why), and
    ValueError for arguments that do not fit together; warns :class:`SupportWarning` per
    term on fewer than 3 clusters and for a model on fewer than 20.
    """
    formula, family, default_label = _resolve(formula, name, family)
    label = label or (f"{default_label} ({family})" if name is not None else default_label)
    fixed_effects = (fixed_effects,) if isinstance(fixed_effects, str) else tuple(fixed_effects)
    _check_arguments(data, family, inference, exposure, offset)
    cluster, fallback = cluster_column(data, cluster)
    d = complete_rows(data, formula, cluster=cluster, exposure=exposure, offset=offset,
                      fixed_effects=fixed_effects, label=label)
    full, dropped = formula, {}
    if fixed_effects:
        d, dropped, full = _with_fixed_effects(d, formula, fixed_effects, family, label=label)
    check_variation(d, formula, family, exposure=exposure, label=label)
    model, kw = _built(d, full, family, exposure=exposure, offset=offset, label=label)
    check_design(model, len(d), family, min_n=min_n, label=label, lhs=formula.split("~", 1)[0].strip())
    groups = group_codes(d, cluster)
    se_type, clusters, fit_kw = _errors(groups, cluster, fallback, label=label)
    res = fit_result(model, d, full, family, kw, fit_kw, maxiter=maxiter, label=label)
    scale = _nested_scale(d, groups, fixed_effects, model, clusters)
    out = _tidy(res, alpha=alpha, scale=scale, label=label)
    keep = [t for t in out["term"] if not is_fe_term(t, fixed_effects) and not (fixed_effects and t == "Intercept")]
    out = out[out["term"].isin(keep)].reset_index(drop=True)
    wild = None
    if inference == "wild":
        wild = wild_cluster_bootstrap(model.exog, model.endog, groups, list(model.exog_names), _crv_se(res, scale),
                                      alpha=alpha, reps=reps, seed=seed, only=keep)
        out = out.drop(columns=["p", "ci_low", "ci_high"]).merge(wild, on="term", how="left")
    within = bool(fixed_effects) and cluster is not None and _nested(d, groups, fixed_effects)
    out = _with_support(out, model, groups, within=within, clusters=clusters, n=len(d), cluster=cluster,
                        inference=inference, label=label)
    out = out.assign(model=label, family=family, se_type=se_type, inference=_inference_name(inference, wild, se_type),
                     fixed_effects=", ".join(f"{c} ({k})" for c, k in n_levels(d, fixed_effects).items()),
                     ci_level=1 - alpha)
    out.attrs = {"formula": formula, "references": reference_levels(d, formula), "nobs": int(res.nobs),
                 "aic": float(getattr(res, "aic", np.nan)),
                 "r2": float(getattr(res, "rsquared", np.nan)) if family == "ols" else np.nan,
                 "fixed_effects_dropped": dropped, "wild": None if wild is None else dict(wild.attrs)}
    return out[TIDY_COLUMNS]


def _check_arguments(data, family: str, inference: str, exposure: str | None, offset: str | None) -> None:
    if not isinstance(data, pd.DataFrame):
        raise TypeError("data must be a DataFrame")
    if inference not in ("cluster", "wild"):
        raise ValueError(f"inference must be 'cluster' or 'wild', got {inference!r}")
    if inference == "wild" and family != "ols":
        raise ValueError(f"inference='wild' is for OLS (the wild bootstrap of a linear model); a {family} model "
                         "has cluster-robust inference (for a 0/1 outcome, a linear probability model, "
                         "family='ols', can be bootstrapped)")
    if (exposure is not None or offset is not None) and family not in ("poisson", "negbin"):
        raise ValueError(f"exposure and offset are for count models (poisson, negbin), not {family}: model a "
                         "rate as the outcome instead")


def _built(d: pd.DataFrame, formula: str, family: str, *, exposure: str | None, offset: str | None, label: str):
    """:func:`build_model`, refused when the dense design is too large (fixed-effect dummies)."""
    model, kw = build_model(d, formula, family, exposure=exposure, offset=offset, label=label)
    if design_too_large(*np.shape(model.exog)):
        raise ModelError(f"{label}: the design is {np.shape(model.exog)} (reports, columns): too large for "
                         "fixed-effect dummies; use fewer fixed effects or a within estimator (pyfixest)")
    return model, kw


def _with_fixed_effects(d: pd.DataFrame, formula: str, fixed_effects: tuple[str, ...], family: str, *,
                        label: str) -> tuple[pd.DataFrame, dict, str]:
    """The sample that informs the coefficients under the fixed effects, what was left out,
    and the formula with the fixed effects."""
    lhs = formula.split("~", 1)[0].strip()
    d, dropped = fe_sample(d, fixed_effects, family=family, y=lhs if lhs in d.columns else None)
    if dropped:
        said = "; ".join(f"{k} {v}" for k, v in dropped.items())
        warnings.warn(f"{label}: {sum(dropped.values())} report(s) left out under the fixed effects "
                      f"{', '.join(fixed_effects)} ({said}): they cannot inform the other coefficients",
                      SupportWarning, stacklevel=3)
    if len(d) == 0:
        raise ModelError(f"{label}: no report is left under the fixed effects {', '.join(fixed_effects)} "
                         "(every level has one report, or an outcome that cannot vary)")
    absorbed = absorbed_regressors(d, formula, fixed_effects)
    if absorbed:
        said = "; ".join(f"{c} by {fe}" if c != fe else f"{c} is itself a fixed effect" for c, fe in absorbed)
        raise ModelError(f"{label}: absorbed by the fixed effects ({said}): a regressor that does not vary within "
                         "the levels of a fixed effect cannot be estimated with it; drop one of them")
    return d, dropped, fe_formula(formula, fixed_effects)


def _errors(groups: np.ndarray, cluster: str | None, fallback: str, *, label: str) -> tuple[str, int | None, dict]:
    """The standard errors: their name (se_type), the number of clusters (None with HC1), the
    fit keywords (the small-sample correction is applied by :func:`_tidy`)."""
    n = len(groups)
    if cluster is None:
        return "HC1" + (f" ({fallback[2:]})" if fallback else ""), None, {"cov_type": "HC1"}
    n_clusters = int(np.unique(groups).size)
    if n_clusters == n:
        return f"HC1 (no {cluster} repeats{fallback})", None, {"cov_type": "HC1"}
    if n_clusters < 2:
        raise ModelError(f"{label}: all reports come from one {cluster}: cluster-robust "
                         "standard errors need at least two clusters (pass cluster=None)")
    return (f"cluster({cluster}{fallback})", n_clusters,
            {"cov_type": "cluster", "cov_kwds": {"groups": groups, "use_correction": True}})


def _nested(d: pd.DataFrame, groups: np.ndarray, fixed_effects: tuple[str, ...]) -> bool:
    """Whether some fixed effect is nested in the clusters (each level in one cluster)."""
    return any(pd.Series(groups).groupby(d[fe].astype(str).to_numpy()).nunique().le(1).all() for fe in fixed_effects)


def _nested_scale(d: pd.DataFrame, groups: np.ndarray, fixed_effects: tuple[str, ...], model,
                  clusters: int | None) -> float:
    """The factor on the cluster-robust variance that takes the dummies of fixed effects
    nested in the clusters out of the small-sample correction (N−1)/(N−K), as Stata's
    xtreg and fixest do: (N−K)/(N−K+K_nested); 1 without such fixed effects."""
    if not fixed_effects or clusters is None:
        return 1.0
    n, k = np.shape(model.exog)
    names = list(model.exog_names)
    nested = 0
    for fe in fixed_effects:
        if pd.Series(groups).groupby(d[fe].astype(str).to_numpy()).nunique().le(1).all():
            nested += sum(is_fe_term(t, (fe,)) for t in names)
    return (n - k) / (n - k + nested) if nested else 1.0


def _crv_se(res, scale: float) -> np.ndarray:
    return np.asarray(res.bse, dtype=float)[: len(res.model.exog_names)] * np.sqrt(scale)


def _tidy(res, *, alpha: float, scale: float, label: str) -> pd.DataFrame:
    """term, estimate, se, ci_low, ci_high, p of a fitted result, the variance scaled by
    ``scale`` (tests and intervals as statsmodels makes them: t with its degrees of
    freedom when the result uses t, else normal)."""
    from scipy import stats

    params = res.params
    se = np.asarray(res.bse, dtype=float) * np.sqrt(scale)
    if not np.all(np.isfinite(se)):
        bad = list(params.index[~np.isfinite(se)])
        raise ModelError(f"{label}: standard errors of {bad} are not finite (too few reports per cluster or a regressor "
                         "without within-sample variation)")
    est = params.to_numpy(float)
    if getattr(res, "use_t", False):
        dist = stats.t(getattr(res, "df_resid_inference", None) or res.df_resid)
    else:
        dist = stats.norm()
    q = dist.ppf(1 - alpha / 2)
    z = np.divide(est, se, out=np.full_like(est, np.nan), where=se > 0)
    out = pd.DataFrame({"term": list(params.index), "estimate": est, "se": se, "ci_low": est - q * se,
                        "ci_high": est + q * se, "p": 2 * dist.sf(np.abs(z))})
    out["n"] = int(res.nobs)
    return out


def _with_support(out: pd.DataFrame, model, groups: np.ndarray, *, within: bool, clusters: int | None, n: int,
                  cluster: str | None, inference: str, label: str) -> pd.DataFrame:
    """The table with clusters, n_reports, n_clusters and warning; each warning also warned."""
    sup = term_support(model.exog, list(model.exog_names), groups, within=within).set_index("term")
    unit = cluster or "report"
    units = int(np.unique(groups).size)
    out["clusters"] = pd.array([clusters] * len(out), dtype="Int64")
    out["n_reports"] = [int(sup.loc[t, "n_reports"]) if t in sup.index else n for t in out["term"]]
    out["n_clusters"] = [int(sup.loc[t, "n_clusters"]) if t in sup.index else units for t in out["term"]]
    whole = model_warning(units if clusters is None else clusters, unit=unit if clusters else "independent report",
                          inference=inference)
    notes = []
    for t, nr, nc in zip(out["term"], out["n_reports"], out["n_clusters"]):
        w = "" if t in ("Intercept", "alpha") else term_warning(t, nr, nc, unit=unit)
        if w:
            warnings.warn(f"{label}: {w}", SupportWarning, stacklevel=3)
        notes.append("; ".join(x for x in (w, whole) if x))
    if whole:
        warnings.warn(f"{label}: {whole}", SupportWarning, stacklevel=3)
    out["warning"] = notes
    return out


def _inference_name(inference: str, wild: pd.DataFrame | None, se_type: str) -> str:
    if wild is None:
        return "Wald, " + ("cluster-robust (CRV1)" if se_type.startswith("cluster") else "HC1") + " errors"
    a = wild.attrs
    return (f"wild cluster bootstrap (WCR, {a['weights']} weights, {a['reps']} draws, seed {a['seed']}; "
            "intervals by test inversion)")
