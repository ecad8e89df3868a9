"""Identity checks of the template tables, with the cells as evidence.

Rules (``rule`` column)
-----------------------
- ``table3.balance.<column>``: 本年新收 + 上年结转 = 总计 + 结转下年度 (the table's own note).
- ``table3.outcomes.<column>``: 总计 = sum of the outcome rows (予以公开 … 其他处理).
- ``table3.row_sum.<row>``: the 总计 column = sum of the six applicant columns.
- ``table4.<group>``: each 总计 = 维持 + 纠正 + 其他 + 尚未审结.
- extraction notes: ``table3.<row>.split`` (a run that no split satisfies),
  ``table3.<row>.split_unique`` / ``table4.split_unique`` (several splits satisfy the
  sums: cells flagged ``ambiguous split``), ``prose_vs_table.<measure>`` (the prose
  states a figure the table also holds), ``prose_vs_annex.<measure>``,
  ``narrative.<measure>.candidates`` (several prose values; ok is NA).
"""

from __future__ import annotations

import pandas as pd

from ..schema import CHECK_COLUMNS
from .template import TABLE3_COLUMNS, TABLE4_GROUPS

__all__ = ["CHECK_COLUMNS", "check_figures", "with_notes", "cell_status", "identities"]

_APPLICANTS = TABLE3_COLUMNS[:-1]
_NOT_OUTCOME = ("new", "carried_over", "total", "carried_forward")


def _fmt(v: float) -> str:
    return f"{v:g}"


def identities(figures: pd.DataFrame):
    """Every identity of the template tables in a ``figures`` table: (report_id, rule, ok,
    expected, observed, evidence, the cells it involves)."""
    cells = figures[figures["measure"].str.startswith(("table3.", "table4."))]
    # report_id → {measure: value}, in order of first appearance (plain lists, not groupby)
    by_report: dict = {}
    for rid, m, x in zip(cells["report_id"].tolist(), cells["measure"].tolist(), cells["value"].tolist()):
        if not pd.isna(rid):
            by_report.setdefault(rid, {})[m] = x
    for rid, v in by_report.items():
        # outcome cells of table 3 by column, in the order of v
        outcomes: dict[str, dict[str, float]] = {}
        for m, x in v.items():
            if m.startswith("table3.") and m.split(".")[1] not in _NOT_OUTCOME:
                outcomes.setdefault(m.rsplit(".", 1)[1], {})[m] = x
        for col in TABLE3_COLUMNS:
            keys = [f"table3.{r}.{col}" for r in ("new", "carried_over", "total", "carried_forward")]
            if all(k in v for k in keys):
                lhs, rhs = v[keys[0]] + v[keys[1]], v[keys[2]] + v[keys[3]]
                yield (rid, f"table3.balance.{col}", bool(lhs == rhs), _fmt(lhs), _fmt(rhs),
                       "; ".join(f"{k}={_fmt(v[k])}" for k in keys), keys)
            out = outcomes.get(col, {})
            tk = f"table3.total.{col}"
            if tk in v and out:
                total = sum(out.values())
                yield (rid, f"table3.outcomes.{col}", bool(total == v[tk]), _fmt(v[tk]), _fmt(total),
                       "; ".join(f"{k}={_fmt(x)}" for k, x in out.items() if x) or "all outcome cells 0",
                       [tk, *out])
        sums = [(f"table3.row_sum.{r}", [f"table3.{r}.{c}" for c in _APPLICANTS], f"table3.{r}.total")
                for r in sorted({m.split(".")[1] for m in v if m.startswith("table3.")})]
        sums += [(f"table4.{g}", [f"table4.{g}.{r}" for r in ("upheld", "corrected", "other", "pending")],
                  f"table4.{g}.total") for g in TABLE4_GROUPS]
        for rule, parts, tk in sums:  # a total equals the sum of its cells
            if tk in v and all(p in v for p in parts):
                total = sum(v[p] for p in parts)
                yield (rid, rule, bool(total == v[tk]), _fmt(v[tk]), _fmt(total),
                       "; ".join(f"{p}={_fmt(v[p])}" for p in parts + [tk]), [*parts, tk])


def check_figures(figures: pd.DataFrame, *, notes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Identity checks of the template tables in a ``figures`` table.

    Parameters
    ----------
    figures : DataFrame
        The ``figures`` table (see :func:`gdrkit.extract.extract_figures`).
    notes : DataFrame, optional
        The extraction notes of ``extract_figures(..., with_notes=True)`` (digit-run
        splits, prose vs table, competing prose values); appended to the checks.

    Returns
    -------
    DataFrame
        report_id, rule, ok (bool, or NA for an informational row), expected,
        observed, evidence (the cells: ``measure=value`` pairs, or the quoted text).
    """
    rows = [dict(zip(CHECK_COLUMNS, t[:6])) for t in identities(figures)]
    return with_notes(pd.DataFrame(rows, columns=CHECK_COLUMNS), notes)


def cell_status(figures: pd.DataFrame) -> dict[tuple[str, str], bool]:
    """For each table cell that some identity involves: whether every such identity holds.

    Returns
    -------
    dict
        (report_id, measure) → True (all its identities hold) or False (one fails).
    """
    out: dict[tuple[str, str], bool] = {}
    for rid, _, ok, *_rest, cells in identities(figures):
        for c in cells:
            out[(rid, c)] = out.get((rid, c), True) and ok
    return out


def with_notes(checks: pd.DataFrame, notes: pd.DataFrame | None) -> pd.DataFrame:
    """The identity checks followed by the extraction notes (the ``checks`` table; the
    identity checks of reports computed apart can be concatenated first)."""
    df = checks
    if notes is not None and len(notes):
        df = pd.concat([df, notes[CHECK_COLUMNS]], ignore_index=True) if len(df) else notes[CHECK_COLUMNS].copy()
    df = df.copy() if df is checks else df
    df["ok"] = df["ok"].astype("boolean")
    return df.reset_index(drop=True)
