"""How far to trust each figure: its ``confidence`` (high, medium, low), and which rows
are the headline figure of their measure.

A figure is confirmed by a second source (the prose and the table, or the prose and the
annex, give the same value; two statements of the prose agree) or by the identities of
the table cells it comes from (:func:`gdrkit.extract.checks.identities`, computed once
for the ``checks`` table and the confidence: :func:`identities_table`); it is doubted
when a flag says a rule chose, another source disagrees or an identity fails.
"""

from __future__ import annotations

import pandas as pd

from ..schema import CHECK_COLUMNS
from .checks import identities, with_notes
from .prose import NOT_THE_YEAR

__all__ = ["NON_HEADLINE", "is_headline", "identities_table", "figure_confidence", "contested_left_empty"]

#: qualifiers of rows that are not the headline figure of their measure
NON_HEADLINE = ("breakdown", "candidate", "prose; table used", "annex;", "combined", "balance fails", *NOT_THE_YEAR)


def is_headline(qualifier: str) -> bool:
    """Whether a figure with this qualifier is the headline value of its measure
    (unqualified, or only flagged: "ambiguous split", "blank in table", ...)."""
    return not str(qualifier or "").startswith(NON_HEADLINE)


def identities_table(df: pd.DataFrame):
    """The identity checks of the table cells (the ``checks`` rows) and each cell's status,
    computed once for both the checks table and the confidence."""
    rows, status = [], {}
    for t in identities(df) if len(df) else ():
        rows.append(dict(zip(CHECK_COLUMNS, t[:6])))
        for cell in t[6]:
            status[(t[0], cell)] = status.get((t[0], cell), True) and t[2]
    return with_notes(pd.DataFrame(rows, columns=CHECK_COLUMNS), None), status


def figure_confidence(rows: pd.DataFrame, identity=None) -> list[str]:
    """The ``confidence`` of each figure row: ``high``, ``medium`` or ``low``.

    - A headline value (empty qualifier, or only flags) is **low** when it carries a flag
      (a rule chose among values, prose or annex states another value, a total left at 0,
      an ambiguous or failed split, rows not read, a judgement such as 截至 the year's
      end); **high** when a second source confirms it (the prose and the table, or the
      prose and the annex, give the same value; two statements in the prose agree; or
      every identity of the table cells it comes from holds); **medium** otherwise (one
      source, nothing against it).
    - A table cell is **high** when every identity it takes part in holds, **low** when
      one fails or its split is flagged, **medium** when no identity involves it.
    - Other rows (candidates not chosen, parts, cumulative or channel counts, values a
      table or the prose superseded) are **low** for a competing candidate and **medium**
      otherwise: they are read right, but they are not the year's figure.
    """
    status = (identity or identities_table(rows))[1]
    out: list[str] = []
    for rid, m, q, cells, agree in zip(rows["report_id"].tolist(), rows["measure"].tolist(),
                                       rows["qualifier"].fillna("").tolist(), rows["_cells"].tolist(),
                                       rows["_agree"].tolist()):
        if "." in m:  # a table cell
            st = status.get((rid, m))
            out.append("low" if q or st is False else ("high" if st else "medium"))
        elif not is_headline(q):
            out.append("low" if q.startswith("candidate") else "medium")
        elif q:
            out.append("low")
        else:
            table_ok = isinstance(cells, list) and cells and all(status.get((rid, c)) for c in cells)
            two = isinstance(agree, (int, float)) and not pd.isna(agree) and agree >= 2
            out.append("high" if table_ok or two else "medium")
    return out


def contested_left_empty(rows: pd.DataFrame, identity) -> pd.DataFrame:
    """Where the prose states another value than a table's headline cell and an identity of
    that cell fails, no rule can choose: the table's value becomes a candidate too (flagged,
    the measure left empty). Where the identities hold, the table's value stays (flagged).

    Returns
    -------
    DataFrame
        ``rows`` with those headline rows' qualifier prefixed by "candidate: " and ending in
        "; an identity of its cells fails".
    """
    status = identity[1]
    q = rows["qualifier"].fillna("").tolist()
    for i, (rid, m, cells) in enumerate(zip(rows["report_id"].tolist(), rows["measure"].tolist(), rows["_cells"].tolist())):
        if "." not in m and "prose states" in q[i] and is_headline(q[i]) and isinstance(cells, list) and any(
                status.get((rid, c)) is False for c in cells):
            q[i] = f"candidate: {q[i]}; an identity of its cells fails"
    return rows.assign(qualifier=q)
