"""Who is behind a trend: how many agencies each year pools, and the balanced panel (the
agencies present in every year of a range), so a sum over a changing set of agencies is not
read as a trend (one new whole-city report makes a "spike").
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .labels import label

__all__ = ["unit_column", "agencies_pooled", "balanced_range", "balanced_panel"]


def unit_column(data: pd.DataFrame) -> str | None:
    """The agency column: ``agency_id`` (canonical) when the data have it with some value,
    else ``agency`` (as printed), else None."""
    if "agency_id" in data.columns and data["agency_id"].notna().any():
        return "agency_id"
    return "agency" if "agency" in data.columns else None


def _stated(data: pd.DataFrame, measures: Sequence[str]) -> pd.Series:
    """Rows that state every one of ``measures``."""
    return data[list(measures)].apply(pd.to_numeric, errors="coerce").notna().all(axis=1)


def agencies_pooled(data: pd.DataFrame, measure: str, *, x: str = "year", unit: str | None = None) -> pd.Series:
    """Per ``x`` value: the distinct agencies (``unit``, default :func:`unit_column`) whose
    reports state ``measure`` (a report without an agency counts as its own)."""
    unit = unit or unit_column(data)
    d = data[_stated(data, [measure]) & data[x].notna()]
    if unit is None:
        return d.groupby(x).size()
    ids = d[unit].astype(object).where(d[unit].notna(), "__report_" + d.index.astype(str))
    return ids.groupby(d[x]).nunique()


def _present(data: pd.DataFrame, measures: Sequence[str], x: str, unit: str) -> dict:
    d = data[_stated(data, measures) & data[x].notna() & data[unit].notna()]
    return {int(k): set(g[unit]) for k, g in d.groupby(d[x].astype(float).astype(int))}


def balanced_range(data: pd.DataFrame, measures: Sequence[str], *, x: str = "year", unit: str | None = None,
                   min_years: int = 3, min_units: int = 2) -> tuple[int, int] | None:
    """The range of years whose balanced panel holds the most agency-years (agencies present
    in every year of it × its years), of at least ``min_years`` years and ``min_units``
    agencies; None when there is none."""
    unit = unit or unit_column(data)
    if unit is None:
        return None
    present = _present(data, measures, x, unit)
    if not present:
        return None
    years = range(min(present), max(present) + 1)
    best, best_size = None, 0
    for a in years:
        common = None
        for b in range(a, years[-1] + 1):
            common = set(present.get(b, set())) if common is None else common & present.get(b, set())
            size = len(common) * (b - a + 1)
            if b - a + 1 >= min_years and len(common) >= min_units and size > best_size:
                best, best_size = (a, b), size
    return best


def balanced_panel(data: pd.DataFrame, measures: Sequence[str], *, x: str = "year", unit: str | None = None,
                   years: tuple[int, int] | None = None) -> tuple[pd.DataFrame, str]:
    """The rows of the agencies that state every one of ``measures`` in every year of
    ``years`` (default :func:`balanced_range`), within those years; and a sentence saying
    which agencies and years ("balanced panel: the 3 of 20 agencies stating lawsuits in
    every year 2019–2023").

    Returns
    -------
    (DataFrame, str)
        The rows (empty when no agency is present in every year, or no range qualifies)
        and the sentence.
    """
    unit = unit or unit_column(data)
    if unit is None:
        return data.iloc[0:0], "no agency column, so no balanced panel"
    n_all = int(data[unit].nunique())
    if years is None:
        years = balanced_range(data, measures, x=x, unit=unit)
        if years is None:
            said = " and ".join(label(m, lang="en").lower() for m in measures)
            return data.iloc[0:0], (f"no balanced panel: in no range of 3 years or more do 2 or more of the {n_all} "
                                    f"agencies state {said} every year")
    a, b = int(years[0]), int(years[1])
    present = _present(data, measures, x, unit)
    keep = set.intersection(*(present.get(y, set()) for y in range(a, b + 1)))
    yrs = pd.to_numeric(data[x], errors="coerce")
    out = data[data[unit].isin(keep) & yrs.between(a, b)]
    what = f"{a}–{b}" if b > a else str(a)
    said = " and ".join(label(m, lang="en").lower() for m in measures)
    return out, f"balanced panel: the {len(keep)} of {n_all} agencies stating {said} in every year {what}"
