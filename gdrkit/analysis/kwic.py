"""Keyword in context (KWIC) over reports or sections."""

from __future__ import annotations

import re

import pandas as pd

from ..schema import KWIC_COLUMNS

__all__ = ["kwic", "KWIC_COLUMNS"]


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
