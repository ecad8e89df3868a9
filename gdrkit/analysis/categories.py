"""One definition of "a report states problem category X", for the flags of the logit
(:func:`gdrkit.analysis.panel.problem_flags`), the shares by year or group
(:func:`category_shares`) and the heatmap drawn from them
(:func:`gdrkit.plot.category_heatmap`).

A statement can match several categories of the taxonomy: its labels are its ``category``
(the first) and every label of its ``categories`` (;-joined). A report states X when any
of its statements has X among its labels. A report in which no problem statement was
found states nothing either way: with ``unknown="nan"`` (the default, as in the logit) it
is left out of the denominators; with ``unknown="zero"`` it counts as not stating X.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["statement_categories", "report_categories", "report_flags", "category_shares"]


def statement_categories(problems: pd.DataFrame) -> list[frozenset[str]]:
    """The labels of each statement (row of ``problems``): ``category`` and every label of
    ``categories`` when the table has that column."""
    if "category" not in problems.columns:
        raise KeyError("problems table has no 'category' column")
    first = [c for c in problems["category"]]
    if "categories" not in problems.columns:
        return [frozenset([c] if isinstance(c, str) and c else []) for c in first]
    every = problems["categories"].fillna("").astype(str).str.split(";")
    return [frozenset({x.strip() for x in labs if x.strip()} | ({c} if isinstance(c, str) and c else set()))
            for labs, c in zip(every, first)]


def report_categories(problems: pd.DataFrame) -> pd.DataFrame:
    """The distinct (report_id, category) pairs: the categories each report states."""
    pairs = {(rid, cat) for rid, labs in zip(problems["report_id"], statement_categories(problems)) for cat in labs}
    out = pd.DataFrame(sorted(pairs, key=lambda p: (str(p[0]), p[1])), columns=["report_id", "category"])
    return out


def report_flags(reports: pd.DataFrame, problems: pd.DataFrame, *, categories=None,
                 unknown: str = "nan") -> pd.DataFrame:
    """:func:`gdrkit.analysis.panel.problem_flags`: report_id, n_problems and a 1.0/0.0 flag
    ``states_<category>`` per category (NaN, with ``unknown="nan"``, for a report without
    any problem statement)."""
    if unknown not in ("nan", "zero"):
        raise ValueError("unknown must be 'nan' or 'zero'")
    for c in ("report_id", "category"):
        if c not in problems.columns:
            raise KeyError(f"problems table has no {c!r} column")
    labels = statement_categories(problems)
    if categories is None:
        cats = sorted(set().union(*labels)) if labels else []
        cats += [] if "staffing" in cats else ["staffing"]
    else:
        cats = list(categories)
    out = reports[["report_id"]].drop_duplicates().copy()
    n = problems.groupby("report_id").size()
    out["n_problems"] = out["report_id"].map(n).fillna(0).astype(int)
    for cat in cats:
        ids = {rid for rid, labs in zip(problems["report_id"], labels) if cat in labs}
        flag = out["report_id"].isin(ids).astype(float)
        if unknown == "nan":
            flag = flag.where(out["n_problems"] > 0)
        out[f"states_{cat}"] = flag
    return out


def category_shares(problems: pd.DataFrame, reports: pd.DataFrame | None = None, *, by: str = "year",
                    categories=None, unknown: str = "nan") -> pd.DataFrame:
    """The share of reports of each ``by`` value that state each category.

    Parameters
    ----------
    problems : DataFrame
        The ``problems`` table (report_id, category, and categories when there).
    reports : DataFrame, optional
        The reports (report_id and ``by``): the denominators. Default: the reports in
        ``problems`` (with its ``by`` column), i.e. those with a statement.
    by : str
        The grouping column (of ``reports``, else of ``problems``).
    categories : list of str, optional
        Default every category stated, and ``staffing``.
    unknown : {"nan", "zero"}
        A report without any problem statement: left out of the denominators ("nan", as
        the logit leaves it out), or counted as stating none ("zero").

    Returns
    -------
    DataFrame
        ``by``, category, n_stating, n_reports (the denominator), share (NaN where
        n_reports is 0); one row per ``by`` value (of the reports) and category. Reports
        without ``by`` are left out; ``attrs["missing_by"]`` counts them.
    """
    if reports is None:
        if by not in problems.columns:
            raise KeyError(f"category_shares: no column {by!r} in problems (pass reports=)")
        reports = problems[["report_id", by]].drop_duplicates("report_id")
    if by not in reports.columns:
        raise KeyError(f"category_shares: no column {by!r} in reports")
    reports = reports.drop_duplicates("report_id")
    flags = report_flags(reports, problems, categories=categories, unknown=unknown)
    cats = [c[len("states_"):] for c in flags.columns if c.startswith("states_")]
    d = reports[["report_id", by]].merge(flags, on="report_id", how="left")
    missing = int(d[by].isna().sum())
    d = d[d[by].notna()]
    rows = []
    for key, g in d.groupby(by, sort=True):
        for cat in cats:
            v = g[f"states_{cat}"]
            n = int(v.notna().sum())
            k = int((v == 1).sum())
            rows.append({by: key, "category": cat, "n_stating": k, "n_reports": n,
                         "share": k / n if n else float("nan")})
    out = pd.DataFrame(rows, columns=[by, "category", "n_stating", "n_reports", "share"])
    out.attrs["missing_by"] = missing
    return out
