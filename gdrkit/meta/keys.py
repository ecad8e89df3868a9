"""The agency a report is grouped by across the corpus (near-duplicates, annexes, the
panel's checks across years): ``agency_id`` (the canonical id) where the reports table
has it filled, else ``agency`` (the name as printed)."""

from __future__ import annotations

import pandas as pd

__all__ = ["agency_keys", "agency_key_column"]


def agency_key_column(reports: pd.DataFrame) -> str:
    """``"agency_id"`` when ``reports`` has that column with at least one value, else
    ``"agency"``: the column a table of reports is grouped by."""
    if "agency_id" in reports.columns and reports["agency_id"].fillna("").astype(str).ne("").any():
        return "agency_id"
    return "agency"


def agency_keys(reports: pd.DataFrame) -> list:
    """Each report's agency for grouping: ``agency_id`` where the column exists and is
    filled, else ``agency`` (the name as printed); None when neither is known."""
    names = reports["agency"].tolist() if "agency" in reports.columns else [None] * len(reports)
    ids = reports["agency_id"].tolist() if "agency_id" in reports.columns else [None] * len(reports)
    return [i if isinstance(i, str) and i else (a if isinstance(a, str) and a else None)
            for i, a in zip(ids, names)]
