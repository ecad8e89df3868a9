"""The named regression formulas of the curated notebooks, and what a formula names: its
columns, its categorical columns and their reference levels."""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["FORMULAS", "DEFAULT_FAMILY", "FAMILIES", "formula_columns", "categorical_columns", "reference_levels"]

#: named formulas (column names are the panel's; ``year`` is centred on 2015 so the
#: intercept is a 2015 report; ``tier`` is the administrative tier national/provincial/
#: prefecture/county/township)
FORMULAS: dict[str, str] = {
    # 02: log proactive disclosure volume on year and agency tier/type
    "log_volume": "np.log1p(proactive_items) ~ I(year - 2015) + C(tier) + C(agency_type)",
    "log_volume_year": "np.log1p(proactive_items) ~ I(year - 2015)",
    # 03: applications received (counts) on year and tier
    "applications": "applications_received ~ I(year - 2015) + C(tier)",
    "applications_year": "applications_received ~ I(year - 2015)",
    # 03: received no application at all (0/1)
    "zero_applications": "zero_applications ~ I(year - 2015) + C(tier)",
    # 04: states a staffing problem (0/1)
    "staffing": "states_staffing ~ I(year - 2015) + C(tier)",
    "staffing_year": "states_staffing ~ I(year - 2015)",
}

#: the family each named formula is meant for (``fit_model(name=...)`` default)
DEFAULT_FAMILY: dict[str, str] = {
    "log_volume": "ols", "log_volume_year": "ols", "applications": "negbin",
    "applications_year": "negbin", "zero_applications": "logit", "staffing": "logit",
    "staffing_year": "logit",
}

FAMILIES = ("ols", "poisson", "negbin", "logit")


def formula_columns(formula: str) -> list[str]:
    """Column names a formula uses (identifiers that are not functions or known names)."""
    names = re.findall(r"(?<![\w.])([^\W\d][\w]*)\b(?!\s*\()", formula)
    skip = {"np", "C", "I", "Q", "log", "log1p", "exp", "center", "standardize", "Treatment", "Sum"}
    out = []
    for n in names:
        if n not in skip and n not in out:
            out.append(n)
    return out


def categorical_columns(formula: str) -> list[str]:
    """The columns a formula treats as categorical (``C(column)``)."""
    return re.findall(r"C\(\s*([^\W\d]\w*)", formula)


def reference_levels(sample: pd.DataFrame, formula: str) -> dict[str, object]:
    """The reference (omitted) level of each ``C(column)`` of ``formula`` in ``sample``:
    patsy's treatment coding leaves out the first level in sorted order (columns without
    a level are left out). :func:`gdrkit.analysis.models.fit_model` records them in its table's
    ``attrs["references"]``, from its estimation sample."""
    out = {}
    for col in dict.fromkeys(categorical_columns(formula)):
        if col in sample.columns:
            levels = list(pd.unique(sample[col].dropna().astype(object)))
            if levels:
                try:
                    out[col] = sorted(levels)[0]
                except TypeError:
                    out[col] = sorted(levels, key=str)[0]
    return out
