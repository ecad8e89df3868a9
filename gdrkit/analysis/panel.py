"""The report panel: one row per report, metadata, headline measures, derived rates.

Derived columns
---------------
- ``handled``: table 3 row 总计 when the report has it, else the sum of the stated
  outcomes (granted + partial + denied + unable + not_processed + other) when all of
  granted, partial and denied are stated; NaN otherwise.
- ``grant_rate``: (granted + partial) / handled.
- ``zero_applications``: applications_received == 0 (NA when not stated).
- ``reconsiderations_per_100_applications``, ``lawsuits_per_100_applications``:
  100 × count / applications_received (NaN when received is 0 or missing).
- ``review_correction_rate``: table 4 行政复议 纠正 / 总计 (NaN when 总计 is 0 or missing).
Every rate is NaN where an input is missing, never 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..extract.figures import HEADLINE_MEASURES, is_headline

__all__ = ["build_panel", "PANEL_META_COLUMNS", "RATE_COLUMNS"]

PANEL_META_COLUMNS = ["report_id", "path", "file", "agency", "level", "tier", "province", "city", "year",
                      "style", "kind", "duplicate_of"]
RATE_COLUMNS = ["handled", "grant_rate", "zero_applications", "reconsiderations_per_100_applications",
                "lawsuits_per_100_applications", "review_correction_rate"]
_OTHER_ROWS = ("table3.other.total", "table3.other_no_correction.total", "table3.other_no_fee.total",
               "table3.other_other.total")
#: The measures the panel reads.
_USED = frozenset((*HEADLINE_MEASURES, "table3.total.total", *_OTHER_ROWS, "table4.review.corrected",
                   "table4.review.total"))


def _ratio(num: pd.Series, den: pd.Series, scale: float = 1.0) -> pd.Series:
    num = pd.to_numeric(num, errors="coerce").astype(float)
    den = pd.to_numeric(den, errors="coerce").astype(float)
    out = scale * num / den.where(den > 0)
    return out.where(num.notna() & den.notna() & (den > 0), np.nan)


def build_panel(reports: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per report with its headline measures and derived rates.

    Parameters
    ----------
    reports : DataFrame
        The ``reports`` table.
    figures : DataFrame
        The ``figures`` table (see :func:`gdrkit.extract.extract_figures`).

    Returns
    -------
    DataFrame
        report_id, path, file, agency, level, tier, province, city, year, style, kind, duplicate_of (drop those rows to count each report once)
        (those present in ``reports``), one float column per headline measure
        (:data:`gdrkit.extract.HEADLINE_MEASURES`; NaN when the report does not state
        it), flagged (headline values that carry a qualifier, e.g. ``applications_denied:
        3 of 8 rows not read``; empty when none), then handled, grant_rate,
        zero_applications (boolean, NA when unknown),
        reconsiderations_per_100_applications, lawsuits_per_100_applications,
        review_correction_rate.
    """
    meta = [c for c in PANEL_META_COLUMNS if c in reports.columns]
    panel = reports[meta].copy().reset_index(drop=True)
    # the rows and columns read below, before the row-wise test (not the long evidence)
    f = figures.loc[figures["measure"].isin(_USED), ["report_id", "measure", "value", "qualifier"]]
    f = f[np.fromiter(map(is_headline, f["qualifier"].tolist()), bool, len(f))]
    f = f.drop_duplicates(["report_id", "measure"], keep="first")
    # headline values that carry a qualifier (a partial sum, an ambiguous digit split, a
    # blank table cell read as 0) are flagged, so a regression can leave them out
    q = f[f["measure"].isin(HEADLINE_MEASURES) & f["qualifier"].fillna("").ne("")]
    by_report: dict = {}
    for rid, m, x in zip(q["report_id"].tolist(), q["measure"].tolist(), q["qualifier"].tolist()):
        by_report.setdefault(rid, []).append(f"{m}: {x}")
    flags = pd.Series({rid: "; ".join(v) for rid, v in by_report.items()}, dtype=object)
    wide = f.pivot(index="report_id", columns="measure", values="value") if len(f) else pd.DataFrame()
    # each report's row of ``wide`` (-1: none), looked up once for every measure
    at = wide.index.get_indexer(panel["report_id"]) if len(wide) else np.full(len(panel), -1)
    missing = at < 0

    def cell(name: str) -> pd.Series:
        """``panel["report_id"].map(wide[name]).astype(float)``, from the lookup above."""
        if name not in wide.columns:
            return pd.Series(np.nan, index=panel.index)
        v = wide[name].to_numpy(dtype=float, na_value=np.nan)[at]
        v[missing] = np.nan
        return pd.Series(v, index=panel.index)

    for m in HEADLINE_MEASURES:
        panel[m] = cell(m) if m in wide.columns else np.nan
    fl = panel["report_id"].map(flags).astype(object)
    panel["flagged"] = fl.where(fl.notna(), "").astype(str)

    total = cell("table3.total.total")
    outcomes = panel[["applications_granted", "applications_partial", "applications_denied"]]
    rest = panel[["applications_unable", "applications_not_processed"]].fillna(0)
    other = sum(cell(c).fillna(0) for c in _OTHER_ROWS)
    summed = outcomes.sum(axis=1, min_count=3) + rest.sum(axis=1) + other
    panel["handled"] = total.where(total.notna(), summed)
    panel["grant_rate"] = _ratio(panel["applications_granted"] + panel["applications_partial"], panel["handled"])
    rec = panel["applications_received"]
    panel["zero_applications"] = (rec == 0).astype("boolean").where(rec.notna(), pd.NA)
    panel["reconsiderations_per_100_applications"] = _ratio(panel["reconsiderations"], rec, 100.0)
    panel["lawsuits_per_100_applications"] = _ratio(panel["lawsuits"], rec, 100.0)
    panel["review_correction_rate"] = _ratio(cell("table4.review.corrected"), cell("table4.review.total"))
    return panel
