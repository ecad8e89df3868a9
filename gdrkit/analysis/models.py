"""Regressions on the panel: named formulas, tidy coefficient tables, side-by-side tables.

:func:`fit_model` fits one model with the statsmodels formula API and returns a tidy table
(term, estimate, se, ci_low, ci_high, p, n, n_clusters, model, family, se_type, ci_level). Standard
errors are cluster-robust by agency when agencies repeat in the data (several years of one
agency), and HC1 heteroskedasticity-robust otherwise; ``se_type`` says which. A model that
cannot be estimated raises :class:`ModelError` saying why (too few reports, no variation in
y or in a regressor, a singular design, separation, no convergence); nothing falls back
silently.

The named formulas are in :mod:`gdrkit.analysis.formulas`; :func:`compare_models`
(:mod:`gdrkit.analysis.regtable`) puts several tidy tables side by side and writes CSV and
LaTeX (both exported here too).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from ..schema import TIDY_COLUMNS
from .formulas import DEFAULT_FAMILY, FAMILIES, FORMULAS, categorical_columns, formula_columns, reference_levels
from .regtable import compare_models

__all__ = ["FORMULAS", "FAMILIES", "DEFAULT_FAMILY", "ModelError", "fit_model", "compare_models", "reference_levels",
           "formula_columns", "categorical_columns", "TIDY_COLUMNS"]

class ModelError(ValueError):
    """A model cannot be estimated on these data; the message says why."""


def _fit_negbin(model, poisson, maxiter: int, fit_kw: dict, label: str):
    """Fit an NB2 model from a start that cannot run away, and check it is the maximum.

    statsmodels starts NB2 at the Poisson coefficients and a moment estimate of ``alpha``
    from the Poisson residuals. When the counts are very overdispersed and the Poisson
    means of some reports are tiny (the real panel: 0-3119 applications, Poisson means
    down to 0.06), that estimate is in the thousands, the first BFGS step on log(alpha)
    jumps to alpha ~ 1e229 where the likelihood is flat, and statsmodels reports
    "converged" with a log-likelihood far below the Poisson one and no standard errors.
    Here the optimiser starts at the Poisson coefficients and alpha = 1 (a moderate
    overdispersion, from which BFGS on log(alpha) reaches the maximum whether alpha is
    0.05 or 50), and the result is checked: NB2 contains Poisson (alpha -> 0), so its
    maximised log-likelihood cannot be below the Poisson one (by more than 0.01: data
    without overdispersion put the maximum at alpha -> 0, which BFGS approaches, and the
    ``alpha`` row then says the model is effectively Poisson).

    Parameters
    ----------
    model : statsmodels NegativeBinomial
        The NB2 model (``loglike_method="nb2"``).
    poisson : statsmodels GLM
        A Poisson GLM with the same formula, data and exposure (the start and the check).
    maxiter : int
        Iterations for each fit.
    fit_kw : dict
        ``cov_type`` and ``cov_kwds`` for the NB2 fit.
    label : str
        The model's label, for the error message.

    Returns
    -------
    statsmodels result
        The NB2 fit.

    Raises
    ------
    ModelError
        When the fit ends below the Poisson log-likelihood or with a non-finite estimate.
    """
    poi = poisson.fit(maxiter=maxiter)
    start = np.append(np.asarray(poi.params, dtype=float), 1.0)
    res = model.fit(start_params=start, method="bfgs", disp=0, maxiter=maxiter, **fit_kw)
    params = np.asarray(res.params, dtype=float)
    if not np.all(np.isfinite(params)) or not np.isfinite(res.llf):
        raise ModelError(f"{label}: the negative binomial fit ended at non-finite estimates "
                         f"({dict(zip(res.params.index, params))})")
    # within 0.01 of the Poisson log-likelihood is its maximum: with no overdispersion the
    # maximum is at the boundary alpha -> 0, where BFGS stops a hair short (alpha ~ 1e-5,
    # 3e-4 below the Poisson fit); a runaway fit ends thousands below
    if res.llf < poi.llf - max(1e-6 * abs(poi.llf), 0.01):
        raise ModelError(f"{label}: the negative binomial fit did not reach its maximum (log-likelihood "
                         f"{res.llf:.2f} below the Poisson {poi.llf:.2f}, alpha = {params[-1]:.3g})")
    return res


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
              family: str | None = None, cluster: str | None = "agency", exposure: str | None = None,
              alpha: float = 0.05, label: str | None = None, maxiter: int = 200,
              min_n: int = 10) -> pd.DataFrame:
    """Fit a regression and return a tidy coefficient table.

    Parameters
    ----------
    data : DataFrame
        Usually the panel (one row per report). Rows with a missing value in any variable
        of the formula are left out (the table's ``n`` says how many were used).
    formula, name : str
        A patsy formula, or the name of one in :data:`FORMULAS` (exactly one).
    family : {"ols", "poisson", "negbin", "logit"}
        ``negbin`` is NB2 with its dispersion ``alpha`` estimated (reported as a row),
        started at the Poisson coefficients and alpha = 1 and checked to end above the
        Poisson log-likelihood (see :func:`_fit_negbin`);
        ``poisson`` is a Poisson GLM. Default: the named formula's family, else "ols".
    cluster : str or None
        Column of cluster ids (default ``agency``). Used when some cluster has more than
        one row; a missing id is its own cluster. With no repeats (or ``cluster=None``)
        the standard errors are HC1-robust; ``se_type`` records which.
    exposure : str, optional
        A column of exposure (e.g. population, or the number of months covered) for
        count models: log(exposure) enters with coefficient 1. Must be positive.
    alpha : float
        1 − confidence level of the intervals.
    label : str, optional
        The ``model`` column (default the formula's name, or the formula).
    min_n : int
        Fewer complete reports than this is "too few reports" (default 10): a regression
        on a handful of reports is an anecdote with standard errors.

    Returns
    -------
    DataFrame
        One row per term (for ``negbin`` also ``alpha``): term (patsy's name, e.g.
        ``C(tier)[T.市级]``), estimate, se, ci_low, ci_high (the ``ci_level`` interval),
        p, n (reports used), n_clusters (missing with HC1 errors), model, family,
        se_type (``cluster(<column>)`` or ``HC1 ...``), ci_level (1 − ``alpha``). ``attrs`` holds formula,
        references (:func:`reference_levels` of the estimation sample), nobs, aic and r2 (OLS).

    Raises
    ------
    ModelError
        When the model cannot be estimated; the message says why.
    """
    formula, family, default_label = _resolve(formula, name, family)
    label = label or (f"{default_label} ({family})" if name is not None else default_label)
    if not isinstance(data, pd.DataFrame):
        raise TypeError("data must be a DataFrame")
    d = _complete_rows(data, formula, cluster=cluster, exposure=exposure, label=label)
    _check_variation(d, formula, family, exposure=exposure, label=label)
    model, kw = _model(d, formula, family, exposure=exposure, label=label)
    _check_design(model, len(d), family, min_n=min_n, label=label, lhs=formula.split("~", 1)[0].strip())
    se_type, n_clusters, fit_kw = _errors(d, cluster, label=label)
    res = _fit(model, d, formula, family, kw, fit_kw, maxiter=maxiter, label=label)
    return _tidy(res, d, formula, family, alpha=alpha, label=label, se_type=se_type, n_clusters=n_clusters)


def _complete_rows(data: pd.DataFrame, formula: str, *, cluster: str | None, exposure: str | None,
                   label: str) -> pd.DataFrame:
    """The rows with every variable of the formula (and the exposure), numbers as floats."""
    used = formula_columns(formula)
    missing = [c for c in used if c not in data.columns]
    if missing:
        raise ModelError(f"{label}: column(s) {missing} not in the data, so the model cannot be "
                         f"estimated (columns: {list(data.columns)[:25]}…)")
    for c in ([cluster] if cluster else []) + ([exposure] if exposure else []):
        if c not in data.columns:
            raise ModelError(f"{label}: column {c!r} (cluster/exposure) not in the data")
    d = data.reset_index(drop=True).copy()
    for c in used:  # nullable dtypes (Int64, boolean) → float, so patsy sees numbers
        if c in d.columns and c not in categorical_columns(formula):
            if pd.api.types.is_bool_dtype(d[c]) or pd.api.types.is_extension_array_dtype(d[c]):
                if pd.api.types.is_numeric_dtype(d[c]) or pd.api.types.is_bool_dtype(d[c]):
                    d[c] = d[c].astype("Float64").astype(float)
    for c in categorical_columns(formula):
        d[c] = d[c].astype(object).where(d[c].notna(), None)
    complete = d[used].notna().all(axis=1)
    if exposure:
        complete &= d[exposure].notna()
    d = d[complete]
    if len(d) == 0:
        raise ModelError(f"{label}: no report has all of {used}: nothing to estimate")
    return d


def _check_variation(d: pd.DataFrame, formula: str, family: str, *, exposure: str | None, label: str) -> None:
    """A ModelError when y or a regressor does not vary, or y does not fit the family."""
    n, used = len(d), formula_columns(formula)
    lhs = formula.split("~", 1)[0].strip()
    ycol = lhs if lhs in d.columns else None
    if ycol is not None:
        if d[ycol].nunique() < 2:
            raise ModelError(f"{label}: no variation in {ycol} (all {n} complete reports have "
                             f"{ycol} = {d[ycol].iloc[0]!r})")
    for c in categorical_columns(formula):
        if d[c].nunique() < 2:
            raise ModelError(f"{label}: no variation in {c} (all {n} complete reports are "
                             f"{d[c].iloc[0]!r}); drop C({c}) or use more reports")
    lhs_vars = set(formula_columns(lhs))
    for c in used:
        if c not in lhs_vars and c not in categorical_columns(formula) and d[c].nunique() < 2:
            raise ModelError(f"{label}: no variation in regressor {c} (all {n} complete reports have "
                             f"{c} = {d[c].iloc[0]!r})")
    if family in ("poisson", "negbin") and ycol is not None:
        yv = d[ycol].astype(float)
        if (yv < 0).any() or not np.allclose(yv, np.round(yv)):
            raise ModelError(f"{label}: {family} needs non-negative whole counts in {ycol}")
    if family == "logit" and ycol is not None and not set(d[ycol].astype(float).unique()) <= {0.0, 1.0}:
        raise ModelError(f"{label}: logit needs a 0/1 outcome; {ycol} has other values")
    if exposure is not None and (d[exposure].astype(float) <= 0).any():
        raise ModelError(f"{label}: exposure {exposure!r} must be positive")


def _model(d: pd.DataFrame, formula: str, family: str, *, exposure: str | None, label: str) -> tuple[object, dict]:
    """The statsmodels model of ``family``, and the keywords of its exposure."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    kw = {}
    if exposure is not None:
        kw["exposure"] = d[exposure].astype(float).to_numpy()
    try:
        if family == "ols":
            return smf.ols(formula, data=d, missing="raise"), kw
        if family == "poisson":
            return smf.glm(formula, data=d, family=sm.families.Poisson(), missing="raise", **kw), kw
        if family == "negbin":
            return smf.negativebinomial(formula, data=d, loglike_method="nb2", missing="raise", **kw), kw
        return smf.glm(formula, data=d, family=sm.families.Binomial(), missing="raise"), kw
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"{label}: the formula could not be evaluated: {str(exc).splitlines()[0]}") from exc


def _check_design(model, n: int, family: str, *, min_n: int, label: str, lhs: str) -> None:
    """A ModelError when the outcome does not vary, the reports are too few, or the design is singular."""
    yv = np.asarray(model.endog, dtype=float)
    if np.unique(yv).size < 2:
        raise ModelError(f"{label}: no variation in the outcome {lhs} (all {n} complete reports "
                         f"have the value {yv[0]:g})")
    X = np.asarray(model.exog, dtype=float)
    k = X.shape[1] + (1 if family == "negbin" else 0)
    if n < min_n:
        raise ModelError(f"{label}: too few reports: {n} complete report(s), fewer than min_n={min_n} "
                         f"(the model has {k} parameter(s))")
    if n <= k:
        raise ModelError(f"{label}: too few reports: {n} complete report(s) for {k} parameter(s); "
                         f"a {family} model needs more reports than parameters")
    rank = np.linalg.matrix_rank(X)
    if rank < X.shape[1]:
        names = model.exog_names
        dropped = []
        for j in range(1, X.shape[1]):
            if np.linalg.matrix_rank(X[:, : j + 1]) <= np.linalg.matrix_rank(X[:, :j]):
                dropped.append(names[j])
        raise ModelError(f"{label}: singular design ({rank} independent columns for {X.shape[1]}): "
                         f"{dropped} are linear combinations of the others (e.g. every agency of one "
                         f"tier is the same type); drop one of them")


def _errors(d: pd.DataFrame, cluster: str | None, *, label: str) -> tuple[str, int | None, dict]:
    """The standard errors: their name (se_type), the number of clusters, the fit keywords."""
    se_type = "HC1"
    n_clusters = None
    n = len(d)
    if cluster is not None:
        g = d[cluster].astype(object)
        g = g.where(g.notna(), pd.Series([f"__missing_{i}" for i in range(n)], index=g.index))
        codes, uniq = pd.factorize(g, sort=True)
        n_clusters = len(uniq)
        if n_clusters < n:
            if n_clusters < 2:
                raise ModelError(f"{label}: all reports come from one {cluster}: cluster-robust "
                                 "standard errors need at least two clusters (pass cluster=None)")
            se_type = f"cluster({cluster})"
        else:
            se_type = f"HC1 (no {cluster} repeats)"
    fit_kw = ({"cov_type": "cluster", "cov_kwds": {"groups": codes}} if se_type.startswith("cluster")
              else {"cov_type": "HC1"})
    return se_type, n_clusters, fit_kw


def _fit(model, d: pd.DataFrame, formula: str, family: str, kw: dict, fit_kw: dict, *, maxiter: int, label: str):
    """The fitted result; a ModelError on separation, no convergence or a failed fit."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, PerfectSeparationWarning

    lhs = formula.split("~", 1)[0].strip()
    ycol = lhs if lhs in d.columns else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if family == "ols":
                res = model.fit(**fit_kw)
            elif family == "negbin":
                res = _fit_negbin(model, smf.glm(formula, data=d, family=sm.families.Poisson(),
                                                 missing="raise", **kw), maxiter, fit_kw, label)
            else:
                res = model.fit(maxiter=maxiter, **fit_kw)
        except np.linalg.LinAlgError as exc:
            raise ModelError(f"{label}: singular matrix while fitting ({exc})") from exc
        except ModelError:  # already says why (_fit_negbin)
            raise
        except Exception as exc:
            if "separation" in str(exc).lower():
                raise ModelError(f"{label}: perfect separation: a regressor predicts {ycol} exactly, "
                                 "so its coefficient is infinite") from exc
            raise ModelError(f"{label}: fit failed: {type(exc).__name__}: {exc}") from exc
    for w in caught:
        if issubclass(w.category, PerfectSeparationWarning):
            raise ModelError(f"{label}: perfect separation: a regressor predicts {ycol} exactly, so "
                             "its coefficient is infinite")
        if issubclass(w.category, ConvergenceWarning):
            raise ModelError(f"{label}: the fit did not converge ({w.message})")
    converged = getattr(res, "converged", None)
    if converged is None:
        converged = (getattr(res, "mle_retvals", None) or {}).get("converged", True)
    if not converged:
        raise ModelError(f"{label}: the fit did not converge in {maxiter} iterations")
    return res


def _tidy(res, d: pd.DataFrame, formula: str, family: str, *, alpha: float, label: str, se_type: str,
          n_clusters: int | None) -> pd.DataFrame:
    """The tidy table of a fitted result (see :func:`fit_model`)."""
    params = res.params
    bse = res.bse
    if not np.all(np.isfinite(bse.to_numpy(float))):
        bad = list(bse.index[~np.isfinite(bse.to_numpy(float))])
        raise ModelError(f"{label}: standard errors of {bad} are not finite (too few reports per "
                         "cluster or a regressor without within-sample variation)")
    ci = res.conf_int(alpha=alpha)
    out = pd.DataFrame({
        "term": list(params.index),
        "estimate": params.to_numpy(float),
        "se": bse.to_numpy(float),
        "ci_low": ci.iloc[:, 0].to_numpy(float),
        "ci_high": ci.iloc[:, 1].to_numpy(float),
        "p": np.asarray(res.pvalues, dtype=float),
    })
    out["n"] = int(res.nobs)
    out["n_clusters"] = pd.array([n_clusters] * len(out), dtype="Int64")
    out["model"] = label
    out["family"] = family
    out["se_type"] = se_type
    out["ci_level"] = 1 - alpha
    out.attrs = {"formula": formula, "references": reference_levels(d, formula), "nobs": int(res.nobs),
                 "aic": float(getattr(res, "aic", np.nan)),
                 "r2": float(getattr(res, "rsquared", np.nan)) if family == "ols" else np.nan}
    return out[TIDY_COLUMNS]
