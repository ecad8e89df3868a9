"""Checks across years: what one report carries into the next of the same agency.

Two reports are compared when they are rows of the panel (one per distinct report) of the
same agency (``agency_id`` where filled, else ``agency`` as printed: see
:func:`gdrkit.meta.keys.agency_keys`) for consecutive covered years t and t+1. Each check
is a row of the ``checks`` table (:data:`gdrkit.schema.CHECK_COLUMNS`) whose report_id is
the later report's; ``evidence`` names both reports' files and values.

Rules (``rule`` column)
-----------------------
- ``across_years.carried_over``: the applications carried into the next year (结转下年度继续
  办理, ``applications_carried_forward``) of year t are those carried over from the year
  before (上年结转, ``applications_carried_over``) in year t+1. Expected: t's value;
  observed: t+1's. Checked for every pair of template reports (both versions of the
  national template have the two rows) and for any other pair that states both. Where a
  report states no carried headline (its 总计 column does not balance), its table 3 cell
  as printed (``table3.carried_forward.total``, ``table3.carried_over.total``) is compared.
- ``across_years.in_force``: the stock of rules of table 2 (2021 template), one row for
  规章 (``table2.regulations``) and one for 行政规范性文件 (``table2.normative_docs``):
  现行有效 at t+1 = 现行有效 at t + 本年制发 at t+1 − 本年废止 at t+1. Expected: the right-hand
  side; observed: 现行有效 at t+1. Checked for every pair of 2021-template reports (the 2019
  template has no stock column) and any other pair that states all four cells.

``ok`` is True when the two sides agree, False when they do not, and missing (NA) when a
value the check needs is not stated (or was not read): such a row says which.
If an agency has two reports for one year that are not copies of each other, each is
compared with each of the other year's.
"""

from __future__ import annotations

import pandas as pd

from ..meta.keys import agency_keys
from ..schema import CHECK_COLUMNS
from .fold import CARRIED_CELLS, STOCK_CELLS, panel_figures

__all__ = ["across_year_checks", "with_checks", "ACROSS_YEAR_RULES"]

ACROSS_YEAR_RULES = ("across_years.carried_over", "across_years.in_force")
_ITEMS = (("regulations", "规章"), ("normative_docs", "行政规范性文件"))
_TEMPLATE = ("template2019", "template2021")


def _fmt(v) -> str | None:
    return None if v is None or pd.isna(v) else f"{float(v):g}"


def _said(year, file, label: str, v, quote: str) -> str:
    shown = "not stated" if v is None or pd.isna(v) else f"{float(v):g}"
    return f"{year} {file}: {label} {shown}" + (f" («{quote}»)" if quote else "")


#: the printed cells of the carried rows, compared when the headline is not stated (a report
#: whose 总计 column does not balance states neither carried row; its cells are still what it says)
_CARRIED_CELLS = dict(zip(("applications_carried_forward", "applications_carried_over"), CARRIED_CELLS))


def _carried(a: dict, b: dict, quote, cell) -> dict | None:
    va, vb = (r[m] if not pd.isna(r[m]) else cell(r["report_id"], _CARRIED_CELLS[m]) for r, m in (
        (a, "applications_carried_forward"), (b, "applications_carried_over")))
    va, vb = (pd.NA if v is None else v for v in (va, vb))
    known = not pd.isna(va) and not pd.isna(vb)
    if not known and not (a["style"] in _TEMPLATE and b["style"] in _TEMPLATE):
        return None
    evidence = "; ".join((
        _said(a["year"], a["file"], "结转下年度 (applications_carried_forward)", va,
              quote(a["report_id"], "applications_carried_forward") or quote(a["report_id"], _CARRIED_CELLS[
                  "applications_carried_forward"])),
        _said(b["year"], b["file"], "上年结转 (applications_carried_over)", vb,
              quote(b["report_id"], "applications_carried_over") or quote(b["report_id"], _CARRIED_CELLS[
                  "applications_carried_over"]))))
    return dict(report_id=b["report_id"], rule="across_years.carried_over", ok=bool(va == vb) if known else None,
                expected=_fmt(va), observed=_fmt(vb), evidence=evidence)


def _in_force(a: dict, b: dict, item: str, name: str, cell, quote) -> dict | None:
    prev = cell(a["report_id"], f"table2.{item}.in_force")
    cur, issued, repealed = (cell(b["report_id"], f"table2.{item}.{c}") for c in ("in_force", "issued", "repealed"))
    known = not any(pd.isna(v) for v in (prev, cur, issued, repealed))
    if not known and not (a["style"] == "template2021" and b["style"] == "template2021"):
        return None
    expected = prev + issued - repealed if known else None
    later = ", ".join(f"{label} {_fmt(v) or 'not stated'}" for label, v in
                      (("本年制发", issued), ("本年废止", repealed), ("现行有效", cur)))
    evidence = "; ".join((
        f"{name} (table2.{item})",
        _said(a["year"], a["file"], "现行有效", prev, quote(a["report_id"], f"table2.{item}.in_force")),
        f"{b['year']} {b['file']}: {later}"))
    return dict(report_id=b["report_id"], rule="across_years.in_force", ok=bool(expected == cur) if known else None,
                expected=_fmt(expected), observed=_fmt(cur), evidence=evidence)


def across_year_checks(panel: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The checks across years of the reports of ``panel`` (see the module docstring).

    Parameters
    ----------
    panel : DataFrame
        The panel (:func:`gdrkit.analysis.panel.build_panel`: report_id, file, year,
        style, agency and maybe agency_id, applications_carried_forward,
        applications_carried_over): its rows are the reports compared.
    figures : DataFrame
        The ``figures`` table, or its :func:`gdrkit.analysis.fold.panel_figures`: the
        table 2 cells and the quotes of the evidence.

    Returns
    -------
    DataFrame
        report_id (the later report), rule (``across_years.carried_over`` or
        ``across_years.in_force``), ok (boolean; NA when a value is not stated),
        expected, observed (the two sides, as text; missing when not stated), evidence
        (both reports' years, files, values and the cells' quotes); in the order of the
        later report in ``panel``, then of the earlier one.
    """
    f = panel_figures(figures)
    f = f[f["measure"].isin((*STOCK_CELLS, *_CARRIED_CELLS, *_CARRIED_CELLS.values()))]
    values = {(r, m): v for r, m, v in zip(f["report_id"].tolist(), f["measure"].tolist(), f["value"].tolist())}
    quotes = {(r, m): q for r, m, q in zip(f["report_id"].tolist(), f["measure"].tolist(), f["evidence"].tolist())}

    def cell(rid, m):
        return values.get((rid, m))

    def quote(rid, m):
        return quotes.get((rid, m), "")

    cols = ["report_id", "file", "year", "style", "applications_carried_forward", "applications_carried_over"]
    rows = panel[[c for c in cols if c in panel.columns]].assign(_key=agency_keys(panel)).to_dict("records")
    by_year: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["_key"] is not None and not pd.isna(r["year"]):
            by_year.setdefault((r["_key"], int(r["year"])), []).append(r)
    out = []
    for b in rows:
        if b["_key"] is None or pd.isna(b["year"]):
            continue
        for a in by_year.get((b["_key"], int(b["year"]) - 1), []):
            out.append(_carried(a, b, quote, cell))
            out.extend(_in_force(a, b, item, name, cell, quote) for item, name in _ITEMS)
    df = pd.DataFrame([r for r in out if r is not None], columns=CHECK_COLUMNS)
    df = df.astype({c: "str" for c in CHECK_COLUMNS if c != "ok"})
    df["ok"] = df["ok"].astype("boolean")
    return df


def with_checks(checks: pd.DataFrame, more: pd.DataFrame) -> pd.DataFrame:
    """``checks`` followed by the rows of ``more`` (the checks across years), same types."""
    if not len(more):
        return checks
    if not len(checks):
        return more.reset_index(drop=True)
    return pd.concat([checks, more], ignore_index=True)
