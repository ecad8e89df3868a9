"""How accurate are the figures? A reproducible random sample to check by hand, and the
agreement it measured, with Wilson intervals and a paragraph for a paper's appendix.

The sample (:func:`audit_sample`)
---------------------------------
The population is every (report, measure) pair of the distinct reports (duplicates left
out) and the measures asked for (default the 13 headline measures), *including the pairs
the extraction reports as not stated*: a missed value is an error too. It is split into
strata by ``stratify`` (default measure × report style); ``n`` is allocated in proportion
to the strata's sizes (largest remainders), with at least one value per stratum when
``n`` is at least the number of strata, and drawn without replacement with
``numpy.random.default_rng(seed)``. The population is ordered by report_id (derived from
the file's content) and measure, so one seed draws the same sheet after a rebuild, a
moved folder or a cleared cache.

The sheet (:data:`SHEET_COLUMNS`)
---------------------------------
file, report_id, style, measure, value (empty = not stated), unit, evidence, method,
confidence, page (the evidence page, a path relative to the sheet, at the measure's row),
the empty columns the checker fills: checker_value (what the report says; empty = not
stated), checker_agrees (yes / no), checker_note; then stratum, stratum_size (the
population's pairs in it), population (all its pairs) and text_sha1 (of the report's
text, for corrections made from the sheet). Rows are sorted by file and measure, so a checker reads a report once.

The report (:func:`audit_report`)
---------------------------------
Per measure (or ``by`` another column) and overall: n (rows checked), agree, rate and the
Wilson 95% interval (``statsmodels.stats.proportion.proportion_confint(method="wilson")``);
rows whose ``checker_agrees`` is empty are not counted (and said so). The overall rate is
the share of agreeing values in the sample; with proportional allocation it estimates the
population's rate (strata raised to one value are slightly over-represented).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..extract.figures import is_headline
from ..schema import HEADLINE_MEASURES
from .corrections import CORRECTION_COLUMNS, CorrectionError, format_value, read_csv_text, text_sha1

__all__ = ["SHEET_COLUMNS", "CHECKER_COLUMNS", "AuditReport", "audit_population", "audit_sample", "write_sheet",
           "read_sheet", "audit_report", "corrections_from_audit", "allocate"]

#: The columns the checker fills.
CHECKER_COLUMNS = ["checker_value", "checker_agrees", "checker_note"]
#: The audit sheet's columns (see the module docstring).
SHEET_COLUMNS = ["file", "report_id", "style", "measure", "value", "unit", "evidence", "method", "confidence",
                 "page", *CHECKER_COLUMNS, "stratum", "stratum_size", "population", "text_sha1"]
_YES = {"yes", "y", "true", "1", "agree", "是", "对", "同意"}
_NO = {"no", "n", "false", "0", "disagree", "否", "不", "错", "不同意"}


def audit_population(reports: pd.DataFrame, figures: pd.DataFrame, *,
                     measures: Sequence[str] | None = None, extra: Sequence[str] = ()) -> pd.DataFrame:
    """Every (distinct report, measure) pair with its headline value (NaN: not stated).

    Returns
    -------
    DataFrame
        report_id, file, style, the ``extra`` report columns, measure, value, unit,
        evidence, method, confidence; ordered by report_id and measure.
    """
    measures = list(measures) if measures is not None else list(HEADLINE_MEASURES)
    reps = reports
    if "duplicate_of" in reps.columns:
        reps = reps[reps["duplicate_of"].isna() | reps["duplicate_of"].astype(str).eq("")]
    cols = list(dict.fromkeys(["report_id", "file", "style", *extra]))
    reps = reps[[c for c in cols if c in reps.columns]].sort_values("report_id", kind="stable")
    f = figures[figures["measure"].isin(measures)]
    f = f[f["qualifier"].fillna("").astype(str).map(is_headline)].drop_duplicates(["report_id", "measure"])
    grid = reps.assign(_k=1).merge(pd.DataFrame({"measure": measures, "_k": 1, "_m": range(len(measures))}), on="_k")
    keep = ["report_id", "measure", "value", "unit", "evidence", "method", "confidence"]
    out = grid.merge(f[keep], on=["report_id", "measure"], how="left")
    out = out.sort_values(["report_id", "_m"], kind="stable").drop(columns=["_k", "_m"]).reset_index(drop=True)
    for c in ("file", "style", "unit", "evidence", "method", "confidence"):
        if c not in out.columns:
            out[c] = ""
        out[c] = out[c].astype(object).where(out[c].notna(), "").astype(str)
    return out


def allocate(sizes: Sequence[int], n: int, *, rng: np.random.Generator | None = None) -> list[int]:
    """``n`` draws over strata of these sizes: proportional (largest remainders; ties
    broken by ``rng``, else to the earlier stratum), at least one each when ``n`` >= the
    number of strata, never more than a stratum holds."""
    size = np.asarray(sizes, dtype=int)
    tie = rng.random(len(size)) if rng is not None else np.arange(len(size), dtype=float)
    n = int(min(max(n, 0), size.sum()))
    alloc = np.minimum(size, 1) if n >= len(size) else np.zeros(len(size), dtype=int)
    left = n - int(alloc.sum())
    while left > 0:
        room = size - alloc
        quota = left * room / room.sum()
        whole = np.floor(quota).astype(int)
        alloc += whole
        left -= int(whole.sum())
        if left > 0:
            frac = np.where(room - whole > 0, quota - whole, -1.0)
            for i in np.lexsort((tie, -frac))[:left]:
                if frac[i] >= 0:
                    alloc[i] += 1
                    left -= 1
    return alloc.tolist()


def audit_sample(reports: pd.DataFrame, figures: pd.DataFrame, n: int, *,
                 stratify: Sequence[str] = ("measure", "style"), seed: int = 0,
                 measures: Sequence[str] | None = None, pages: str = "pages") -> pd.DataFrame:
    """A stratified random sample of (report, measure) values to check by hand.

    Parameters
    ----------
    reports, figures : DataFrame
        The tables (``reports`` with ``text`` gives each row its ``text_sha1``).
    n : int
        Values to draw (at most the population).
    stratify : sequence of str
        Columns of the population (measure, or a column of ``reports``: style, year, ...).
    seed : int
        The random seed: the same seed draws the same sheet.
    measures : sequence of str, optional
        The measures to sample (default the headline measures; template cells may be named).
    pages : str
        The folder of the evidence pages, relative to where the sheet will be.

    Returns
    -------
    DataFrame
        :data:`SHEET_COLUMNS` (see the module docstring).
    """
    stratify = list(stratify)
    pop = audit_population(reports, figures, measures=measures, extra=[c for c in stratify if c != "measure"])
    missing = [c for c in stratify if c not in pop.columns]
    if missing:
        raise KeyError(f"audit_sample: cannot stratify by {missing}: not a column of the reports")
    label = pd.Series("all" if not stratify else "", index=pop.index, dtype=object)
    for i, c in enumerate(stratify):  # "measure=lawsuits; style=narrative"
        value = pop[c].astype(object).where(pop[c].notna(), "").astype(str)
        label = label + ("; " if i else "") + f"{c}=" + value
    strata = sorted(label.unique())
    groups = {s: np.flatnonzero(label.to_numpy() == s) for s in strata}
    rng = np.random.default_rng(seed)
    chosen = []
    for s, k in zip(strata, allocate([len(groups[s]) for s in strata], n, rng=rng)):
        chosen.extend(rng.choice(groups[s], size=k, replace=False).tolist() if k else [])
    sheet = pop.iloc[sorted(chosen)].copy()
    sheet["stratum"] = label.iloc[sorted(chosen)].to_numpy()
    sheet["stratum_size"] = [len(groups[s]) for s in sheet["stratum"]]
    sheet["population"] = len(pop)
    sheet["value"] = sheet["value"].map(format_value)
    sheet["evidence"] = sheet["evidence"].str.slice(0, 400)
    base = pages.rstrip("/")
    sheet["page"] = [f"{base}/{rid}.html#m-{m}" for rid, m in zip(sheet["report_id"], sheet["measure"])]
    for c in CHECKER_COLUMNS:
        sheet[c] = ""
    if "text" in reports.columns:
        texts = reports.drop_duplicates("report_id").set_index("report_id")["text"]
        sheet["text_sha1"] = [text_sha1(texts.get(rid)) for rid in sheet["report_id"]]
    else:
        sheet["text_sha1"] = ""
    order = {m: i for i, m in enumerate(dict.fromkeys(pop["measure"]))}
    sheet = sheet.assign(_m=sheet["measure"].map(order)).sort_values(["file", "report_id", "_m"], kind="stable")
    return sheet[SHEET_COLUMNS].reset_index(drop=True)


def write_sheet(sheet: pd.DataFrame, path: str | os.PathLike) -> Path:
    """The sheet as a CSV that Excel opens with the Chinese intact (UTF-8 with a BOM)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    sheet.astype(str).to_csv(p, index=False, encoding="utf-8-sig", lineterminator="\n")
    return p


def read_sheet(sheet: str | os.PathLike | pd.DataFrame) -> pd.DataFrame:
    """A filled sheet (a CSV in UTF-8 or GB18030, or a table), every value as text."""
    if isinstance(sheet, pd.DataFrame):
        df = sheet.astype(object).where(sheet.notna(), "").astype(str)
        df.attrs["name"] = sheet.attrs.get("name", "audit sheet")
        return df
    df = read_csv_text(sheet, "audit sheet")
    df.attrs["name"] = Path(sheet).name
    return df


@dataclass
class AuditReport:
    """What a checked sheet says: ``table`` (per group and overall: n, agree, rate,
    ci_low, ci_high), ``paragraph`` (for a paper's appendix) and ``unchecked`` (rows not
    counted)."""

    table: pd.DataFrame
    paragraph: str
    unchecked: int = 0

    def __str__(self) -> str:
        return f"{self.paragraph}\n\n{self.table.to_string(index=False)}"

    def _repr_html_(self) -> str:
        return f"<p>{html.escape(self.paragraph)}</p>{self.table.to_html(index=False)}"


def _agreement(sheet: pd.DataFrame) -> pd.Series:
    """checker_agrees as True / False / NA (empty); anything else is an error naming the row."""
    name = sheet.attrs.get("name", "audit sheet")
    out = []
    for i, v in enumerate(sheet["checker_agrees"].astype(str).str.strip().str.lower()):
        if v in _YES:
            out.append(True)
        elif v in _NO:
            out.append(False)
        elif v in ("", "nan", "none"):
            out.append(pd.NA)
        else:
            raise ValueError(f"{name} row {i + 2}: checker_agrees is {v!r}: write yes or no (or leave it empty)")
    return pd.Series(out, index=sheet.index, dtype="boolean")


def _wilson(agree: int, n: int, alpha: float) -> tuple[float, float]:
    from statsmodels.stats.proportion import proportion_confint

    if n == 0:
        return float("nan"), float("nan")
    lo, hi = proportion_confint(agree, n, alpha=alpha, method="wilson")
    return float(lo), float(hi)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def audit_report(sheet: str | os.PathLike | pd.DataFrame, *, by: str = "measure", level: float = 0.95) -> AuditReport:
    """Agreement of the extraction with a checker's reading, from a filled sheet.

    Parameters
    ----------
    sheet : path or DataFrame
        A sheet of :func:`audit_sample` with ``checker_agrees`` filled (yes/no; empty rows
        are not counted).
    by : str
        The column to break the agreement down by (measure, style, method, ...).
    level : float
        The confidence level of the Wilson intervals.

    Returns
    -------
    AuditReport
        ``table``: one row per ``by`` value and a last row ``all``: n, agree, rate,
        ci_low, ci_high; ``paragraph``: the same in words.
    """
    df = read_sheet(sheet)
    if "checker_agrees" not in df.columns or by not in df.columns:
        raise KeyError(f"audit_report: the sheet needs 'checker_agrees' and {by!r} columns (has {list(df.columns)})")
    ok = _agreement(df)
    _warn_inconsistent(df, ok)
    checked = df[ok.notna()].assign(_ok=ok[ok.notna()].astype(bool))
    alpha = 1 - level
    rows = []
    groups = [(str(k), g) for k, g in checked.groupby(by, sort=False)] if len(checked) else []
    order = {m: i for i, m in enumerate(HEADLINE_MEASURES)}
    groups.sort(key=lambda kg: (order.get(kg[0], len(order)), kg[0]))
    for key, g in [*groups, ("all", checked)]:
        n, a = len(g), int(g["_ok"].sum())
        lo, hi = _wilson(a, n, alpha)
        rows.append({by: key, "n": n, "agree": a, "rate": a / n if n else float("nan"), "ci_low": lo, "ci_high": hi})
    table = pd.DataFrame(rows, columns=[by, "n", "agree", "rate", "ci_low", "ci_high"])
    return AuditReport(table, _paragraph(checked, table, by, level, len(df) - len(checked)), len(df) - len(checked))


def _warn_inconsistent(df: pd.DataFrame, ok: pd.Series) -> None:
    if "checker_value" not in df.columns:
        return
    bad = [i + 2 for i, (a, v, c) in enumerate(zip(ok, df["value"], df["checker_value"]))
           if not pd.isna(a) and a and str(c).strip() != "" and format_value(_num(c)) != format_value(_num(v))]
    if bad:
        warnings.warn(f"{df.attrs.get('name', 'audit sheet')}: rows {bad[:10]} say the checker agrees but give "
                      "another checker_value: counted as agreeing; check them", stacklevel=3)


def _num(s: object) -> float:
    try:
        return float(str(s).replace(",", "").strip())
    except ValueError:
        return float("nan")


def _paragraph(checked: pd.DataFrame, table: pd.DataFrame, by: str, level: float, unchecked: int) -> str:
    """The result in words, for a paper's appendix."""
    if not len(checked):
        return "No row of the sheet has been checked yet (checker_agrees is empty everywhere)."
    total = table.iloc[-1]
    strata = ""
    if "stratum" in checked.columns and checked["stratum"].astype(str).str.contains("=").any():
        dims = dict.fromkeys(p.split("=")[0] for s in checked["stratum"] for p in str(s).split("; ") if "=" in p)
        strata = f" (stratified by {' and '.join('report ' + d if d == 'style' else d for d in dims)})"
    pop = "the figures gdrkit extracted"
    size = checked["population"].map(_num) if "population" in checked.columns else pd.Series(dtype=float)
    if len(size) and size.notna().all() and size.nunique() == 1:
        pop = f"the {int(size.iloc[0]):,} (report, measure) pairs of the figures gdrkit extracted"
    ns = checked[checked["value"].astype(str).str.strip().eq("")]
    text = (f"Of {int(total['n'])} values drawn at random{strata} from {pop}, {len(ns)} of them values it "
            f"reported as not stated, a checker reading {checked['report_id'].nunique()} of the reports agreed with "
            f"{int(total['agree'])}: an agreement rate of {_pct(total['rate'])} (Wilson "
            f"{int(round(level * 100))}% confidence interval {_pct(total['ci_low'])} to {_pct(total['ci_high'])}).")
    parts = table.iloc[:-1]
    if len(parts) > 1:
        lo, hi = parts.loc[parts["rate"].idxmin()], parts.loc[parts["rate"].idxmax()]
        if lo["rate"] == hi["rate"]:
            lo_n, hi_n = parts["n"].min(), parts["n"].max()
            text += (f" It was {_pct(lo['rate'])} for each of the {len(parts)} {by}s (n = "
                     f"{lo_n if lo_n == hi_n else f'{lo_n} to {hi_n}'} each).")
        else:
            text += (f" By {by}, agreement ranged from {_pct(lo['rate'])} ({lo[by]}, n = {lo['n']}) to "
                     f"{_pct(hi['rate'])} ({hi[by]}, n = {hi['n']}).")
    if len(ns):
        text += (f" Of the values reported as not stated, the checker agreed with {int(ns['_ok'].sum())} of "
                 f"{len(ns)}.")
    if unchecked:
        text += f" ({unchecked} row(s) of the sheet were not checked and are not counted.)"
    return text


def corrections_from_audit(sheet: str | os.PathLike | pd.DataFrame, *, by: str = "",
                           date: str | None = None) -> pd.DataFrame:
    """The rows a checker disagreed with, as corrections (:data:`CORRECTION_COLUMNS`):
    the checker's value (empty: not stated), the note as the reason, ``by`` and
    ``date`` (default today), and the sheet's text_sha1 (so a later change of the report
    is a warning). Write them with ``df.to_csv(path, index=False, encoding="utf-8-sig")``
    and build with ``--corrections``."""
    df = read_sheet(sheet)
    for c in ("file", "checker_value", "checker_note", "text_sha1"):
        if c not in df.columns:
            df[c] = ""
    bad = df[_agreement(df).eq(False).fillna(False)]
    rows = []
    for i, r in bad.iterrows():
        said = str(r["checker_value"]).strip()
        if said and np.isnan(_num(said)):
            raise CorrectionError(f"{df.attrs.get('name', 'audit sheet')} row {i + 2}: checker_value {said!r} is not "
                                  "a number (leave it empty for 'not stated')")
        value = format_value(_num(said))
        reason = str(r["checker_note"]).strip() or (f"audit: the report says {value or 'not stated'}, the "
                                                    f"extraction gave {r['value'] or 'not stated'}")
        rows.append({"file": r["file"], "report_id": r["report_id"], "measure": r["measure"], "value": value,
                     "reason": reason, "by": by, "date": date or dt.date.today().isoformat(),
                     "text_sha1": r["text_sha1"]})
    return pd.DataFrame(rows, columns=CORRECTION_COLUMNS)
