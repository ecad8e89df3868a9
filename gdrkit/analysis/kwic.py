"""Keyword in context (KWIC) over reports or sections, and matches counted per agency.

``Corpus.kwic(term, by=...)``: ``by="report"`` (one row per match), ``"section"`` (one row
per match, with the innermost section holding it) and ``"agency"`` (one row per agency:
how often and in how many of its reports the term occurs, :func:`kwic_by_agency`). The
match rows carry the report's agency (``agency_id`` and ``agency_name`` when the reports
table has them, and ``agency`` as printed), ``year`` and ``tier``
(:func:`with_report_columns`).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..meta.keys import agency_key_column, agency_keys
from ..schema import KWIC_AGENCY_COLUMNS, KWIC_COLUMNS, KWIC_REPORT_COLUMNS

__all__ = ["kwic", "with_report_columns", "kwic_by_agency", "KWIC_COLUMNS", "KWIC_REPORT_COLUMNS",
           "KWIC_AGENCY_COLUMNS"]


def kwic(units: pd.DataFrame, term: str | re.Pattern[str], *, window: int = 20, regex: bool = False,
         flatten: bool = True) -> pd.DataFrame:
    """Every occurrence of ``term`` with ``window`` characters of context on each side.

    Parameters
    ----------
    units : DataFrame
        Texts to search: ``report_id``, ``text`` and optionally ``section_id`` (the
        ``reports`` or ``sections`` table, or ``problems``). Offsets are relative to
        each row's ``text``; for ``sections`` add the section's ``start`` to get the
        offset in ``reports.text``.
    term : str or compiled pattern
        A literal string (default) or, with ``regex=True`` or a compiled pattern, a
        regular expression.
    window : int
        Characters of context kept left and right of each match.
    regex : bool
        Treat a string ``term`` as a regular expression.
    flatten : bool
        Replace line breaks in ``left``/``match``/``right`` by spaces, for display.

    Returns
    -------
    DataFrame
        report_id, section_id (empty when ``units`` has none), start, end (offsets of the
        match in the unit's text), left, match, right; in unit order, then text order.
    """
    if window < 0:
        raise ValueError("window must be >= 0")
    if "text" not in units.columns or "report_id" not in units.columns:
        raise ValueError("kwic: units need the columns report_id and text")
    if isinstance(term, re.Pattern):
        pat = term
    else:
        if not term:
            raise ValueError("kwic: empty term")
        pat = re.compile(term if regex else re.escape(term))
    sids = units["section_id"] if "section_id" in units.columns else [""] * len(units)
    rows = []
    for rid, sid, text in zip(units["report_id"], sids, units["text"].fillna("")):
        for m in pat.finditer(text):
            if m.end() == m.start():
                continue
            left = text[max(0, m.start() - window):m.start()]
            right = text[m.end():m.end() + window]
            mt = m.group(0)
            if flatten:
                left, mt, right = (s.replace("\n", " ") for s in (left, mt, right))
            rows.append((rid, "" if sid is None or (isinstance(sid, float) and pd.isna(sid)) else sid,
                         m.start(), m.end(), left, mt, right))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    return out


def with_report_columns(hits: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """``hits`` (rows of :func:`kwic`) with their report's columns of
    :data:`KWIC_REPORT_COLUMNS` that ``reports`` has (agency_id, agency_name, agency, year,
    tier) after its own columns."""
    cols = [c for c in KWIC_REPORT_COLUMNS if c in reports.columns and c not in hits.columns]
    if not cols:
        return hits
    meta = reports[["report_id", *cols]].drop_duplicates("report_id")
    return hits.merge(meta, on="report_id", how="left", validate="many_to_one")  # in the order of hits


def kwic_by_agency(hits: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Matches of :func:`kwic` (over ``reports``) counted per agency.

    An agency is ``agency_id`` where the reports table has it filled, else ``agency`` as
    printed (:func:`gdrkit.meta.keys.agency_keys`); a statistics annex counts with the
    report it belongs to (``annex_of``); a report that copies another (``duplicate_of``)
    is left out, as in the panel. Reports without a known agency are one row whose
    agency is missing (last).

    Returns
    -------
    DataFrame
        agency_id (or agency, when the reports table has no agency_id: the grouping key),
        agency_name (when the reports table has it; the first name of the agency's
        reports, else the name as printed), n_matches, n_reports (reports with a match),
        reports (the agency's reports), share_reports (n_reports / reports), years (the
        years with a match, ascending, comma-separated), example (the first match in
        context, ``left【match】right``); sorted by n_matches (descending), then agency.
    """
    key = agency_key_column(reports)
    keys = pd.Series(agency_keys(reports), index=reports.index, dtype=object)
    if "annex_of" in reports.columns:  # an annex counts with its report
        of = dict(zip(reports["report_id"], keys))
        linked = reports["annex_of"].map(of)
        keys = keys.where(reports["annex_of"].isna(), linked)
    own = reports["duplicate_of"].isna() if "duplicate_of" in reports.columns else pd.Series(True, reports.index)
    label = "agency_name" if "agency_name" in reports.columns else "agency"
    base = pd.DataFrame({"report_id": reports["report_id"], "key": keys, "label": reports[label],
                         "year": reports["year"] if "year" in reports.columns else None})[own.to_numpy()]
    h = hits.merge(base, on="report_id", how="inner")
    rows = []
    for k, g in base.groupby("key", dropna=False, sort=False):
        m = h[h["key"].isna()] if pd.isna(k) else h[h["key"] == k]
        years = sorted({int(y) for y in m["year"].dropna()}) if len(m) else []
        first = m.iloc[0] if len(m) else None
        names = g["label"].dropna()
        rows.append({key: None if pd.isna(k) else k, "agency_name": names.iloc[0] if len(names) else None,
                     "n_matches": len(m), "n_reports": m["report_id"].nunique(), "reports": len(g),
                     "share_reports": m["report_id"].nunique() / len(g), "years": ", ".join(map(str, years)),
                     "example": f"{first['left']}【{first['match']}】{first['right']}" if first is not None else ""})
    cols = [key, *KWIC_AGENCY_COLUMNS[1:]]
    out = pd.DataFrame(rows, columns=cols)
    if label == "agency":
        out = out.drop(columns="agency_name") if key == "agency" else out
    out = out.astype({"n_matches": "int64", "n_reports": "int64", "reports": "int64", "share_reports": "float64"})
    order = np.lexsort((out[key].fillna("\uffff").astype(str).to_numpy(), -out["n_matches"].to_numpy()))
    return out.iloc[order].reset_index(drop=True)
