"""The estimation sample of :func:`gdrkit.analysis.models.fit_model` and the checks that it
can be estimated (complete rows, variation, enough reports, a design of full rank), and the
cluster column it uses."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .fitting import ModelError
from .formulas import categorical_columns, formula_columns

__all__ = ["complete_rows", "check_variation", "check_design", "cluster_column"]


def cluster_column(data: pd.DataFrame, cluster: str | None) -> tuple[str | None, str]:
    """The cluster column of ``cluster="auto"``: ``agency_id`` (the canonical agency) when the
    data have it with some value, else ``agency`` (the name as printed); and a note for
    ``se_type`` when it fell back ("" when not)."""
    if cluster != "auto":
        return cluster, ""
    if "agency_id" in data.columns and data["agency_id"].notna().any():
        return "agency_id", ""
    if "agency" in data.columns:
        return "agency", "; no agency_id column"
    return None, "; no agency_id or agency column"


def complete_rows(data: pd.DataFrame, formula: str, *, cluster: str | None, exposure: str | None,
                  offset: str | None = None, fixed_effects: tuple[str, ...] = (), label: str) -> pd.DataFrame:
    """The rows with every variable of the formula, the exposure, the offset and the fixed
    effects (a missing cluster id is kept: it is a cluster of its own), numbers as floats."""
    used = formula_columns(formula)
    missing = [c for c in used if c not in data.columns]
    if missing:
        raise ModelError(f"{label}: column(s) {missing} not in the data, so the model cannot be "
                         f"estimated (columns: {list(data.columns)[:25]}…)")
    extra = {"cluster": [cluster], "exposure": [exposure], "offset": [offset], "fixed effect": list(fixed_effects)}
    for what, cols in extra.items():
        for c in cols:
            if c is not None and c not in data.columns:
                raise ModelError(f"{label}: column {c!r} ({what}) not in the data")
    d = data.reset_index(drop=True).copy()
    for c in used:  # nullable dtypes (Int64, boolean) → float, so patsy sees numbers
        if c in d.columns and c not in categorical_columns(formula):
            if pd.api.types.is_bool_dtype(d[c]) or pd.api.types.is_extension_array_dtype(d[c]):
                if pd.api.types.is_numeric_dtype(d[c]) or pd.api.types.is_bool_dtype(d[c]):
                    d[c] = d[c].astype("Float64").astype(float)
    for c in categorical_columns(formula):
        d[c] = d[c].astype(object).where(d[c].notna(), None)
    complete = d[used].notna().all(axis=1)
    for c in [exposure, offset, *fixed_effects]:
        if c is not None:
            complete &= d[c].notna()
    d = d[complete]
    if len(d) == 0:
        raise ModelError(f"{label}: no report has all of {used}: nothing to estimate")
    return d


def check_variation(d: pd.DataFrame, formula: str, family: str, *, exposure: str | None, label: str) -> None:
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


def check_design(model, n: int, family: str, *, min_n: int, label: str, lhs: str) -> None:
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
