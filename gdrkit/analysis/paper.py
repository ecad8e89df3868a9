"""The paper's tables: the models fitted with their terms in words, side by side, and the
display tables of the notebooks (totals by year, template outcomes).

A model that cannot be estimated says why (a warning, and a "not estimated" column in
the paper table) instead of being skipped.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable

import pandas as pd

from .labels import label, model_label, term_label
from .models import (
    DEFAULT_FAMILY,
    FORMULAS,
    TIDY_COLUMNS,
    ModelError,
    compare_models,
    fit_model,
    formula_columns,
    reference_levels,
)
from .panel import totals_by

__all__ = ["fit_or_explain", "fit_models", "factor_references", "not_estimated", "paper_table", "totals_table",
           "template_outcomes", "OUTCOMES", "PAPER_MODELS"]

#: the answers to applications (table 3 of the national template), in the panel's names
OUTCOMES = ["applications_granted", "applications_partial", "applications_denied", "applications_unable",
            "applications_not_processed"]

#: the models of the paper table (notebook 05): column header, the table it is fitted on
#: (a keyword of :func:`fit_models`), :func:`gdrkit.analysis.models.fit_model` arguments; the
#: OLS model's p-values and intervals are from the wild cluster bootstrap (agencies are few)
PAPER_MODELS: list[tuple[str, str, dict]] = [
    ("(1) log volume, OLS", "panel", dict(name="log_volume", inference="wild")),
    ("(2) applications, Poisson", "panel", dict(name="applications", family="poisson")),
    ("(3) applications, NB", "panel", dict(name="applications", family="negbin")),
    ("(4) no applications, logit", "panel", dict(name="zero_applications")),
    ("(5) staffing problem, logit", "staffing", dict(name="staffing")),
]


def factor_references(data: pd.DataFrame, formula: str, *, exposure: str | None = None) -> dict[str, object]:
    """The reference (omitted) level of each ``C(column)`` of ``formula`` in the
    estimation sample: the rows of ``data`` with every column the formula names (and
    ``exposure``) present, as :func:`gdrkit.analysis.models.fit_model` uses them; patsy's
    treatment coding leaves out the first level in sorted order.

    Returns
    -------
    dict
        column → reference level (columns without a level in the sample are left out).
    """
    names = [c for c in formula_columns(formula) if c in data.columns]
    if exposure and exposure in data.columns:
        names.append(exposure)
    return reference_levels(data[data[names].notna().all(axis=1)] if names else data, formula)


def _fit(data: pd.DataFrame | None, **kw) -> tuple[pd.DataFrame | None, str, str]:
    """The tidy table of :func:`gdrkit.analysis.models.fit_model` with a ``label`` column (None when
    it cannot be estimated), the model's name in words, and why it was not estimated
    ("" when it was)."""
    name = kw.get("name")
    family = kw.get("family") or (DEFAULT_FAMILY.get(name, "ols") if name else "ols")
    if "label" not in kw and name in FORMULAS:
        kw["label"] = model_label(name, family=family)
    what = str(kw.get("label") or name or kw.get("formula"))
    if data is None:
        return None, what, "the table it needs is not available"
    try:
        t = fit_model(data, **kw)
    except ModelError as exc:
        reason = str(exc)
        return None, what, reason[len(what) + 2:] if reason.startswith(f"{what}: ") else reason
    refs = t.attrs["references"]  # from fit_model's own estimation sample
    cats = [re.match(r"C\(\s*(\w+)", str(term)) for term in t["term"]]
    t.insert(1, "label", [term_label(term, reference=refs.get(m.group(1)) if m else None)
                          for term, m in zip(t["term"], cats)])
    return t, what, ""


def fit_or_explain(data: pd.DataFrame | None, **kw) -> pd.DataFrame | None:
    """:func:`gdrkit.analysis.models.fit_model`, or None with a warning saying why (``ModelError``,
    or no table) when the model cannot be estimated on these data.

    The table gets a ``label`` column (after ``term``): the term in words, with the
    reference level of a categorical found in the estimation sample ("tier: prefecture (vs
    county)"; :func:`gdrkit.analysis.labels.term_label`), for figures and paper tables; ``term``
    keeps patsy's name. Without ``label=``, the ``model`` column names the model in
    words (:func:`gdrkit.analysis.labels.model_label`), e.g. "log volume: year only (OLS)".

    Returns
    -------
    DataFrame or None
        The tidy table of :func:`gdrkit.analysis.models.fit_model` (term, label, estimate, se,
        ci_low, ci_high, p, n, …), or None when not estimated.
    """
    t, what, why = _fit(data, **kw)
    if t is None:
        warnings.warn(f"{what}: not estimated: {why}", stacklevel=2)
    return t


def not_estimated(table: pd.DataFrame) -> str | None:
    """Why a model of :func:`fit_models` was not estimated (None when it was)."""
    return table.attrs.get("not_estimated")


def fit_models(specs: Iterable[tuple[str, str, dict]], **tables: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """Fit several models with :func:`fit_or_explain`; a model that cannot be estimated
    stays in the result (an empty table saying why) and gets a warning.

    Parameters
    ----------
    specs : iterable of (str, str, dict)
        Column header, the name of the table to fit on (a keyword of ``tables``) and
        :func:`gdrkit.analysis.models.fit_model` arguments, e.g. :data:`PAPER_MODELS`.
    **tables : DataFrame or None
        The tables, e.g. ``panel=panel, staffing=staffing_table(reports, problems)``;
        None when not available.

    Returns
    -------
    dict
        Header → tidy table (``model`` set to the header), for every model of ``specs``
        in their order. A model not estimated has a table without rows (the tidy
        columns) whose ``attrs["not_estimated"]`` says why (:func:`not_estimated`);
        :func:`paper_table` shows it as a column saying "not estimated".
    """
    fitted = {}
    for header, table, kw in specs:
        if table not in tables:
            raise KeyError(f"fit_models: {header!r} needs the table {table!r}; pass {table}=...")
        t, what, why = _fit(tables[table], **{"label": header, **kw})
        if t is None:
            warnings.warn(f"{what}: not estimated: {why}", stacklevel=2)
            t = pd.DataFrame({c: pd.Series(dtype=object) for c in ["term", "label", *TIDY_COLUMNS[1:]]})
            t.attrs["not_estimated"] = why
        fitted[header] = t
    return fitted


def paper_table(fitted: dict[str, pd.DataFrame], *, path: str | os.PathLike | None = None) -> pd.DataFrame:
    """:func:`gdrkit.analysis.regtable.compare_models` of the fitted models with the terms in words
    (the ``label`` column of :func:`fit_or_explain`; the intercept and the NB ``alpha`` keep
    their names, which set their place in the table), written to ``<path>.csv`` and
    ``<path>.tex`` when ``path`` is given (there, a model not estimated says "not
    estimated (see note)" and the reasons follow the tabular as a note).

    Returns
    -------
    DataFrame
        One row per term (estimate with stars, then "(se)"), then N, Clusters, SE,
        Family and, when a model of ``fitted`` was not estimated (:func:`fit_models`),
        a last row "Not estimated" giving the reason in that model's column (its other
        cells are empty); one column per model, in the order of ``fitted``.
    """
    named, why = {}, {}
    for k, t in fitted.items():
        if not_estimated(t) is not None:
            why[k] = not_estimated(t)
        if "label" in t.columns:
            keep = t["term"].isin(["Intercept", "alpha"])
            t = t.assign(term=t["term"].where(keep, t["label"]))
        named[k] = t
    return compare_models(named, path=path, not_estimated=why)


def totals_table(panel: pd.DataFrame, measures: Iterable[str], *, by: str = "year", lang: str = "zh") -> pd.DataFrame:
    """:func:`gdrkit.analysis.panel.totals_by` as a wide table for display: per ``by``
    value and measure (labelled in ``lang``), the total over the reports that state it
    (empty where none does, never 0) and how many reports state it."""
    w = totals_by(panel, list(measures), by=by, wide=True)
    return w.rename(columns=lambda m: label(m, lang=lang), level=0)


def template_outcomes(panel: pd.DataFrame, *, outcomes: Iterable[str] = tuple(OUTCOMES)) -> tuple[pd.DataFrame, str]:
    """The template reports (style template2019/template2021) with their application
    outcomes, and a sentence saying how many there are and which years state none.

    Returns
    -------
    (DataFrame, str)
        report_id, year and the outcome columns of every template report (those stating
        no outcome included, so a figure can name their years), or an empty table when no
        template report states an outcome (then draw no figure); and the sentence.
    """
    outcomes = [c for c in outcomes if c in panel.columns]
    tpl = panel[panel["style"].astype(str).str.startswith("template")]
    n, n_all = len(tpl), len(panel)
    if not outcomes:
        return tpl.iloc[0:0][["report_id", "year"]], "the panel has no outcome columns, so no figure is drawn"
    stated = tpl[outcomes].apply(pd.to_numeric, errors="coerce").notna().any(axis=1)
    out = tpl[["report_id", "year", *outcomes]] if stated.any() else tpl.iloc[0:0][["report_id", "year", *outcomes]]
    if n == 0:
        styles = ", ".join(f"{k} {v}" for k, v in panel["style"].astype(str).value_counts().items())
        return out, (f"none of the {n_all} reports uses the national template ({styles}): there are no "
                     "outcome tables (table 3) to show, so no figure is drawn")
    if out.empty:
        return out, (f"{n} of {n_all} reports use the national template, but none states how applications "
                     "were answered, so no figure is drawn")
    years = pd.to_numeric(tpl["year"], errors="coerce")
    quiet = sorted(set(years[~stated].dropna().astype(int)) - set(years[stated].dropna().astype(int)))
    return out, (f"{n} of {n_all} reports use the national template; {int(stated.sum())} state how applications were "
                 "answered" + (f"; template years without outcomes: {', '.join(map(str, quiet))}" if quiet else ""))
