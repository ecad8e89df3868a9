"""What the panel is made of: which reports are its rows, and which figures it reads.

Rows
----
One per distinct report (:func:`panel_rows`): a report that copies another
(``duplicate_of`` set: the same report scraped twice, or in two formats) is left out
unless ``duplicates=True``, so nothing is counted twice; a statistics annex linked to its
report (``annex_of`` set, see :mod:`gdrkit.meta.annex`) is never a row of its own.

Figures
-------
The headline value (see :func:`gdrkit.extract.figures.is_headline`) of each measure the
panel and the checks across years read (:func:`panel_figures`: a small table, which the
streaming build keeps for the whole corpus while it writes the rest shard by shard). A
linked annex's headline values fill the measures its report leaves missing, never
replacing a value the report states (:func:`fold_annexes`); the panel's ``filled_from``
column names each value so filled (``proactive_items: annex jyt-2018-table.txt``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..extract.figures import is_headline
from ..schema import HEADLINE_MEASURES

__all__ = ["panel_rows", "panel_figures", "undecided_figures", "fold_annexes", "PANEL_MEASURES", "OTHER_ROWS", "STOCK_CELLS", "CARRIED_CELLS",
           "PANEL_FIGURE_COLUMNS"]

#: The table 3 rows of "other" outcomes (added into ``handled`` when 总计 is missing).
OTHER_ROWS = ("table3.other.total", "table3.other_no_correction.total", "table3.other_no_fee.total",
              "table3.other_other.total")
#: Table 2 cells of the stock of rules (现行有效 = last year's + 本年制发 − 本年废止), read by
#: the checks across years (:mod:`gdrkit.analysis.across_years`).
STOCK_CELLS = tuple(f"table2.{item}.{col}" for item in ("regulations", "normative_docs")
                    for col in ("in_force", "issued", "repealed"))
#: Table 3's carried rows as printed, compared across years where a report states no carried
#: headline (its 总计 column does not balance).
CARRIED_CELLS = ("table3.carried_forward.total", "table3.carried_over.total")
#: Every measure read by the panel and the checks across years.
PANEL_MEASURES = frozenset((*HEADLINE_MEASURES, "table3.total.total", *OTHER_ROWS, "table4.review.corrected",
                            "table4.review.total", *STOCK_CELLS, *CARRIED_CELLS))
#: The columns of :func:`panel_figures`.
PANEL_FIGURE_COLUMNS = ["report_id", "measure", "value", "approx", "qualifier", "evidence"]
#: Evidence is kept (cut to this many characters) for the measures the checks across years
#: quote; the panel itself needs none.
_QUOTED = frozenset(("applications_carried_over", "applications_carried_forward", *STOCK_CELLS, *CARRIED_CELLS))
_QUOTE_CHARS = 80


def panel_rows(reports: pd.DataFrame, *, duplicates: bool = False) -> np.ndarray:
    """Which rows of ``reports`` are rows of the panel (a boolean array): not a linked
    annex (``annex_of`` set), and not a duplicate (``duplicate_of`` set) unless
    ``duplicates``."""
    keep = np.ones(len(reports), dtype=bool)
    if "annex_of" in reports.columns:
        keep &= reports["annex_of"].isna().to_numpy()
    if not duplicates and "duplicate_of" in reports.columns:
        keep &= reports["duplicate_of"].isna().to_numpy()
    return keep


def panel_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures the panel and the checks across years read: for each report and measure
    of :data:`PANEL_MEASURES`, its first headline value.

    Returns
    -------
    DataFrame
        report_id, measure, value (float), approx (bool), qualifier (a flag such as
        "ambiguous split", or empty), evidence (the first 80 characters, for the
        measures the checks across years quote; empty for the others). Applied to its own
        result it returns it unchanged.
    """
    f = figures.loc[figures["measure"].isin(PANEL_MEASURES), [c for c in PANEL_FIGURE_COLUMNS if c in figures.columns]]
    f = f[np.fromiter(map(is_headline, f["qualifier"].tolist()), bool, len(f))]
    f = f.drop_duplicates(["report_id", "measure"], keep="first").reset_index(drop=True)
    if "approx" not in f.columns:
        f["approx"] = False
    ev = f["evidence"].fillna("").astype(str) if "evidence" in f.columns else pd.Series("", index=f.index)
    quoted = f["measure"].isin(_QUOTED)
    f["evidence"] = ev.str.slice(0, _QUOTE_CHARS).where(quoted, "").astype("str")
    f["qualifier"] = f["qualifier"].fillna("").astype("str")
    f["value"] = f["value"].astype(float)
    f["approx"] = f["approx"].fillna(False).astype(bool)
    return f[PANEL_FIGURE_COLUMNS]


def undecided_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The candidates of the headline measures (two values of one rank that no rule could
    choose between: the measure is left empty), which the panel's ``flagged`` names.

    Returns
    -------
    DataFrame
        report_id, measure, value (float): one row per candidate; empty when ``figures``
        holds none (e.g. it is already a :func:`panel_figures`).
    """
    if "qualifier" not in figures.columns:
        return pd.DataFrame({"report_id": pd.Series(dtype="str"), "measure": pd.Series(dtype="str"),
                             "value": pd.Series(dtype=float)})
    c = figures.loc[figures["measure"].isin(HEADLINE_MEASURES) & figures["qualifier"].eq("candidate"),
                    ["report_id", "measure", "value"]]
    return c.astype({"value": float}).reset_index(drop=True)


def fold_annexes(reports: pd.DataFrame, figures: pd.DataFrame, rows: np.ndarray) -> tuple[pd.DataFrame, dict]:
    """The figures of :func:`panel_figures` with each linked annex's values moved to its
    report for the measures the report leaves missing.

    Parameters
    ----------
    reports : DataFrame
        The reports table (report_id, file, annex_of).
    figures : DataFrame
        :func:`panel_figures`.
    rows : ndarray of bool
        :func:`panel_rows` of ``reports``: annexes of reports not in the panel fill nothing.

    Returns
    -------
    (DataFrame, dict)
        The figures (an annex's values that fill a gap under its report's report_id, the
        annex's other values left out) and ``{report_id: "measure: annex <file>; ..."}``
        for the reports with values filled.
    """
    if "annex_of" not in reports.columns or not reports["annex_of"].notna().any():
        return figures, {}
    kept = set(reports.loc[rows, "report_id"].tolist())
    links = {a: r for a, r in zip(reports["report_id"].tolist(), reports["annex_of"].tolist())
             if isinstance(r, str) and r in kept}
    files = dict(zip(reports["report_id"].tolist(), reports["file"].tolist())) if "file" in reports.columns else {}
    from_annex = figures["report_id"].isin(list(links)).to_numpy()
    own, a = figures[~from_annex], figures[from_annex]
    have = set(zip(own["report_id"].tolist(), own["measure"].tolist()))
    take = np.zeros(len(a), dtype=bool)
    filled: dict[str, list[str]] = {}
    for i, (src, m) in enumerate(zip(a["report_id"].tolist(), a["measure"].tolist())):
        t = links[src]
        if (t, m) not in have:  # a gap of the report (and not filled by another annex before)
            have.add((t, m))
            take[i] = True
            filled.setdefault(t, []).append(f"{m}: annex {files.get(src, src)}")
    a = a[take]
    a = a.assign(report_id=pd.array([links[r] for r in a["report_id"].tolist()], dtype=own["report_id"].dtype))
    return pd.concat([own, a], ignore_index=True), {r: "; ".join(v) for r, v in filled.items()}
