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

User metadata
-------------
Columns of ``reports`` that gdrkit does not fill (a researcher's table joined with
``load_corpus(..., metadata=...)`` or ``gdrkit build --metadata``: canonical agency,
population, region codes, …) are carried into the panel after the report metadata, so
``fit_model(panel, cluster="agency_canonical", exposure="population")`` works on the panel
itself. A metadata column whose values are all numbers written without leading zeros
becomes numeric (metadata is read as text; "0101"-style codes stay text); one named like
a panel column gets the suffix ``_user``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..schema import APPROX_COLUMNS, HEADLINE_MEASURES, PANEL_META_COLUMNS, RATE_COLUMNS, REPORT_COLUMNS
from .categories import report_flags
from .fold import OTHER_ROWS, fold_annexes, panel_figures, panel_rows, undecided_figures

__all__ = ["build_panel", "totals_by", "staffing_table", "problem_flags", "metadata_columns", "numeric_metadata",
           "PANEL_META_COLUMNS", "RATE_COLUMNS", "APPROX_COLUMNS"]



def _ratio(num: pd.Series, den: pd.Series, scale: float = 1.0) -> pd.Series:
    num = pd.to_numeric(num, errors="coerce").astype(float)
    den = pd.to_numeric(den, errors="coerce").astype(float)
    out = scale * num / den.where(den > 0)
    return out.where(num.notna() & den.notna() & (den > 0), np.nan)


def metadata_columns(reports: pd.DataFrame) -> list[str]:
    """The columns of ``reports`` that gdrkit does not fill: user metadata (see the module
    docstring), in their order."""
    return [c for c in reports.columns if c not in REPORT_COLUMNS and not str(c).startswith("_")]


#: A plain decimal number without leading zeros (so codes such as "0101" stay text), or
#: one grouped in thousands ("1,234,567"); any other comma ("2019,2020", "1,5") is text.
_NUMBER = re.compile(r"^[+-]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$|^[+-]?0?\.\d+$")


def _all_numbers(s: pd.Series) -> bool:
    """Whether ``s`` holds numbers: a numeric column, or text whose every value given is
    a number as :data:`_NUMBER` reads it (no leading zeros, so codes such as "0101" stay
    text)."""
    if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
        return True
    vals = s.dropna()
    return bool(len(vals)) and all(isinstance(v, str) and _NUMBER.match(v.strip()) for v in vals)


def totals_by(panel: pd.DataFrame, measures: Sequence[str], *, by: str = "year", wide: bool = False,
              dedupe: bool = True) -> pd.DataFrame:
    """The sum of each measure over the reports of each ``by`` value, missing where no
    report states it (never 0: a year whose reports say nothing about lawsuits has no
    lawsuit total, not a total of 0).

    Parameters
    ----------
    panel : DataFrame
        One row per report (the panel).
    measures : sequence of str
        Measure columns (e.g. ``["reconsiderations", "lawsuits"]``).
    by : str
        The grouping column.
    wide : bool
        Return one row per ``by`` value with, per measure, its total and the number of
        reports stating it (columns ``(measure, "total")``, ``(measure, "reports")``)
        instead of the long table.
    dedupe : bool
        Leave out the rows of reports that duplicate another (``duplicate_of`` set: the
        same report scraped twice or in two formats), so each report counts once. The
        panel has none (``Corpus.panel()`` leaves them out): this matters for
        ``panel(duplicates=True)`` or a table of your own. With ``dedupe=False`` every
        row is summed.

    Returns
    -------
    DataFrame
        Long: ``by``, measure, total (float, NaN where no report states the measure),
        n_reports (reports stating it), n_missing (reports of that ``by`` not stating
        it), n_duplicates (duplicate reports of that ``by`` left out); sorted by ``by``
        then the order of ``measures``. Wide: see ``wide``. In both, ``attrs`` holds
        ``duplicates_left_out`` and ``missing_by_left_out`` (rows whose ``by`` is
        missing, which belong to no group); a warning names both counts when not 0.
    """
    measures = list(measures)
    missing = [c for c in [by, *measures] if c not in panel.columns]
    if missing:
        raise KeyError(f"totals_by: column(s) {missing} not in the panel")
    dup = (panel["duplicate_of"].notna() if dedupe and "duplicate_of" in panel.columns
           else pd.Series(False, index=panel.index))
    no_by = panel[by].isna() & ~dup
    n_dup_by = panel.loc[dup & panel[by].notna(), by].value_counts()
    d = panel[panel[by].notna() & ~dup]
    rows = []
    for key, g in d.groupby(by, sort=True):
        for m in measures:
            v = pd.to_numeric(g[m], errors="coerce")
            rows.append({by: key, "measure": m, "total": float(v.sum(min_count=1)),
                         "n_reports": int(v.notna().sum()), "n_missing": int(v.isna().sum()),
                         "n_duplicates": int(n_dup_by.get(key, 0))})
    out = pd.DataFrame(rows, columns=[by, "measure", "total", "n_reports", "n_missing", "n_duplicates"])
    out["total"] = out["total"].astype(float)
    said = {"duplicates_left_out": int(dup.sum()), "missing_by_left_out": int(no_by.sum())}
    parts = []
    if said["duplicates_left_out"]:
        parts.append(f"{said['duplicates_left_out']} duplicate report(s) left out (duplicate_of set; "
                     "dedupe=False counts them)")
    if said["missing_by_left_out"]:
        parts.append(f"{said['missing_by_left_out']} report(s) without {by} left out")
    if parts:
        warnings.warn(f"totals_by: {'; '.join(parts)}", stacklevel=2)
    if not wide:
        out.attrs.update(said)
        return out
    if out.empty:  # no report has a ``by`` value: the same columns, no rows
        w = pd.DataFrame({(m, c): pd.Series(dtype="float64" if c == "total" else "int64")
                          for m in measures for c in ("total", "reports")})
        w.index.name = by
        w.columns.names = ["measure", None]
        w.attrs.update(said)
        return w
    total = out.pivot(index=by, columns="measure", values="total")
    n = out.pivot(index=by, columns="measure", values="n_reports").astype("int64")
    w = pd.concat({m: pd.DataFrame({"total": total[m], "reports": n[m]}) for m in measures}, axis=1)
    w.columns.names = ["measure", None]
    w.attrs.update(said)
    return w


def numeric_metadata(reports: pd.DataFrame) -> list[str]:
    """The user metadata columns of ``reports`` whose every value is a number (see
    :data:`_NUMBER`): the panel holds them as numbers (float64)."""
    return [c for c in metadata_columns(reports) if _all_numbers(reports[c])]


def build_panel(reports: pd.DataFrame, figures: pd.DataFrame, *, numeric: list[str] | None = None,
                duplicates: bool = False, undecided: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct report with its headline measures and derived rates.

    Parameters
    ----------
    reports : DataFrame
        The ``reports`` table.
    figures : DataFrame
        The ``figures`` table (see :func:`gdrkit.extract.extract_figures`), or its
        :func:`gdrkit.analysis.fold.panel_figures` (the same panel).
    numeric : list of str, optional
        The metadata columns to hold as numbers (default :func:`numeric_metadata` of
        ``reports``). A build that makes the panel part by part decides them once, on
        the whole ``reports`` table, so every part gets the same types.
    duplicates : bool
        Keep the rows of reports that copy another (``duplicate_of`` set); by default
        they are left out (they stay listed in ``reports``), so each report counts once.
        A statistics annex linked to its report (``annex_of`` set) is never a row: its
        values fill its report's missing measures (see :mod:`gdrkit.analysis.fold`).
    undecided : DataFrame, optional
        The :func:`gdrkit.analysis.fold.undecided_figures` of every report, when
        ``figures`` is a :func:`~gdrkit.analysis.fold.panel_figures` (which holds no
        candidates); by default read from ``figures``.

    Returns
    -------
    DataFrame
        report_id, path, file, agency_id, agency_name, agency, agency_type, level, tier,
        adcode, province, city, county, year, style, kind, duplicate_of (those present in
        ``reports``), the user metadata columns of ``reports`` (see the module
        docstring), one float column per headline measure
        (:data:`gdrkit.extract.HEADLINE_MEASURES`; NaN when the report does not state
        it), ``approx_<measure>`` per measure (boolean: True where the value was stated
        as approximate, 余/多/约; NA where the value is missing), flagged (headline values
        that carry a qualifier, e.g. ``applications_received: prose states 17``, and
        measures left empty because two values of one rank conflict, e.g.
        ``lawsuits: not stated, candidates 2, 3``; empty when none), filled_from (values taken from the report's statistics annex, e.g.
        ``proactive_items: annex jyt-2018-table.txt``; empty when none), then handled,
        grant_rate, zero_applications (boolean, NA when unknown),
        reconsiderations_per_100_applications, lawsuits_per_100_applications,
        review_correction_rate.
    """
    rows = panel_rows(reports, duplicates=duplicates)
    meta = [c for c in PANEL_META_COLUMNS if c in reports.columns]
    panel = reports.loc[rows, meta].copy().reset_index(drop=True)
    # the headline values read (not the long evidence); an annex's fill its report's gaps
    f, filled = fold_annexes(reports, panel_figures(figures), rows)
    wide = f.pivot(index="report_id", columns="measure", values="value") if len(f) else pd.DataFrame()
    approx = f.pivot(index="report_id", columns="measure", values="approx") if len(f) else pd.DataFrame()
    # each report's row of ``wide`` (-1: none), looked up once for every measure
    at = wide.index.get_indexer(panel["report_id"]) if len(wide) else np.full(len(panel), -1)
    missing = at < 0

    def cell(name: str, table: pd.DataFrame = wide) -> pd.Series:
        """``panel["report_id"].map(table[name]).astype(float)``, from the lookup above."""
        if name not in table.columns:
            return pd.Series(np.nan, index=panel.index)
        v = table[name].to_numpy(dtype=float, na_value=np.nan)[at]
        v[missing] = np.nan
        return pd.Series(v, index=panel.index)

    for m in HEADLINE_MEASURES:
        panel[m] = cell(m)
    for m, c in zip(HEADLINE_MEASURES, APPROX_COLUMNS):
        a = cell(m, approx)
        panel[c] = pd.array(np.where(a.isna(), None, a.eq(1.0)), dtype="boolean")
    flags = _flags(f)
    for rid, note in _undecided(undecided_figures(figures) if undecided is None else undecided, f).items():  # no headline: the rules could not choose
        flags[rid] = f"{flags[rid]}; {note}" if rid in flags else note
    for name, notes in (("flagged", flags), ("filled_from", filled)):
        col = panel["report_id"].map(notes).astype(object)
        panel[name] = col.where(col.notna(), "").astype(str)
    _add_rates(panel, cell)
    # the metadata types are decided on every report, rows of the panel or not
    numeric = numeric_metadata(reports) if numeric is None else numeric
    return _with_user_metadata(panel, reports.loc[rows], n_meta=len(meta), numeric=numeric)


def _flags(f: pd.DataFrame) -> dict[str, str]:
    """``{report_id: "measure: qualifier; ..."}``: headline values that carry a qualifier (a
    partial sum, an ambiguous digit split, a blank table cell read as 0) are flagged, so a
    regression can leave them out."""
    q = f[f["measure"].isin(HEADLINE_MEASURES) & f["qualifier"].ne("")]
    by_report: dict = {}
    for rid, m, x in zip(q["report_id"].tolist(), q["measure"].tolist(), q["qualifier"].tolist()):
        by_report.setdefault(rid, []).append(f"{m}: {x}")
    return {rid: "; ".join(v) for rid, v in by_report.items()}


def _undecided(c: pd.DataFrame, headline: pd.DataFrame) -> dict[str, str]:
    """``{report_id: "measure: not stated, candidates 5, 7; ..."}``: measures with prose
    candidates (``c``, :func:`~gdrkit.analysis.fold.undecided_figures`) but no headline value
    (two values of the same rank that no rule can choose between: left empty, and said here
    and in ``checks``)."""
    if not len(c):
        return {}
    have = set(zip(headline["report_id"].tolist(), headline["measure"].tolist()))
    values: dict = {}
    for rid, m, v in zip(c["report_id"].tolist(), c["measure"].tolist(), c["value"].tolist()):
        if (rid, m) not in have:
            values.setdefault(rid, {}).setdefault(m, set()).add(v)
    return {rid: "; ".join(f"{m}: not stated, candidates {', '.join(f'{v:g}' for v in sorted(vs))}"
                           for m, vs in by_measure.items())
            for rid, by_measure in values.items()}


def _add_rates(panel: pd.DataFrame, cell) -> None:
    """The derived columns (see the module docstring), from the measures of ``panel`` and
    the cells ``cell(measure)`` gives (a Series aligned to ``panel``)."""
    total = cell("table3.total.total")
    outcomes = panel[["applications_granted", "applications_partial", "applications_denied"]]
    rest = panel[["applications_unable", "applications_not_processed"]].fillna(0)
    other = sum(cell(c).fillna(0) for c in OTHER_ROWS)
    summed = outcomes.sum(axis=1, min_count=3) + rest.sum(axis=1) + other
    panel["handled"] = total.where(total.notna(), summed)
    panel["grant_rate"] = _ratio(panel["applications_granted"] + panel["applications_partial"], panel["handled"])
    rec = panel["applications_received"]
    panel["zero_applications"] = (rec == 0).astype("boolean").where(rec.notna(), pd.NA)
    panel["reconsiderations_per_100_applications"] = _ratio(panel["reconsiderations"], rec, 100.0)
    panel["lawsuits_per_100_applications"] = _ratio(panel["lawsuits"], rec, 100.0)
    panel["review_correction_rate"] = _ratio(cell("table4.review.corrected"), cell("table4.review.total"))


def _with_user_metadata(panel: pd.DataFrame, reports: pd.DataFrame, *, n_meta: int,
                        numeric: list[str] | None) -> pd.DataFrame:
    """``panel`` with the user metadata columns of ``reports`` after its first ``n_meta``
    columns (the report metadata), those of ``numeric`` as float64."""
    extra = metadata_columns(reports)
    if not extra:
        return panel
    numeric = set(numeric_metadata(reports) if numeric is None else numeric)
    user = reports[extra].reset_index(drop=True)
    for c in extra:
        if c in numeric and not pd.api.types.is_numeric_dtype(user[c]):
            # float64 whatever the part holds (a part with a missing value would be
            # float, one without int): the same type in every part of a build
            text = user[c].astype("string").str.strip().str.replace(",", "", regex=False)
            user[c] = pd.to_numeric(text, errors="coerce").astype("float64")
    user = user.rename(columns={c: f"{c}_user" for c in extra if c in panel.columns})
    return pd.concat([panel.iloc[:, :n_meta], user, panel.iloc[:, n_meta:]], axis=1)


def problem_flags(reports: pd.DataFrame, problems: pd.DataFrame, *, categories=None,
                  unknown: str = "nan") -> pd.DataFrame:
    """One row per report: ``n_problems`` and ``states_<category>`` (1.0/0.0) per category
    (a report states a category when any of its statements matches it, first label or not:
    :func:`gdrkit.analysis.categories.statement_categories`, the definition the shares and
    the heatmap use too).

    A report in which no stated problem was found gets ``n_problems = 0`` and, with
    ``unknown="nan"`` (default), NaN flags: "stated no staffing problem" and "we found no
    problems section" are not the same thing, so such reports drop out of a logit rather
    than count as 0. ``unknown="zero"`` counts them as 0.

    Returns
    -------
    DataFrame
        report_id, n_problems, then ``states_<category>`` for each of ``categories``
        (default: every category any statement has, first label or not, plus ``staffing``
        even when no statement has it, since the curated models use ``states_staffing``).
    """
    return report_flags(reports, problems, categories=categories, unknown=unknown)


def staffing_table(reports: pd.DataFrame, problems: pd.DataFrame | None) -> pd.DataFrame | None:
    """The data of the staffing logit: ``reports`` with :func:`problem_flags`.

    Returns
    -------
    DataFrame or None
        The columns of ``reports``, then n_problems and one ``states_<category>`` column
        per problem category (1.0/0.0; NaN for a report in which no problem statement was
        found); None when ``problems`` is None (no problems table).
    """
    if problems is None:
        return None
    return reports.merge(problem_flags(reports, problems), on="report_id", how="left")
