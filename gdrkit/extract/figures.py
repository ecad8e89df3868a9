"""Assembling the ``figures`` table: template cells, annex values and prose candidates.

Precedence for a headline measure: the template table (2019+), then the prose, then
a pre-2019 statistics annex. Every figure keeps its span in ``reports.text``.
"""

from __future__ import annotations

import re

import pandas as pd

from .annex import read_annex
from .prose import NOT_THE_YEAR, prose_candidates
from .statements import read_statements
from .template import OUTCOME_GROUPS, read_template_tables

__all__ = ["FIGURE_COLUMNS", "HEADLINE_MEASURES", "NON_HEADLINE", "is_headline", "extract_report", "extract_figures"]

FIGURE_COLUMNS = ["report_id", "measure", "value", "unit", "approx", "qualifier", "section_id",
                  "start", "end", "evidence", "method"]
HEADLINE_MEASURES = (
    "applications_received", "applications_carried_over", "applications_granted", "applications_partial",
    "applications_denied", "applications_unable", "applications_not_processed",
    "applications_carried_forward", "proactive_items", "reconsiderations", "lawsuits", "fees_yuan",
    "consultations",
)
#: qualifiers of rows that are not the headline figure of their measure
NON_HEADLINE = ("breakdown", "candidate", "prose; table used", "annex;", "combined", *NOT_THE_YEAR)
#: for each headline measure of table 3, the cell names of its rows (总计 column, or the
#: pseudo-cell of a blank row)
_OUTCOME_CELLS = {meas: tuple((f"table3.{k}.total", f"table3.{k}.blank") for k in keys)
                  for meas, keys in OUTCOME_GROUPS.items()}


def is_headline(qualifier: str) -> bool:
    """Whether a figure with this qualifier is the headline value of its measure
    (unqualified, or only flagged: "ambiguous split", "blank in table", ...)."""
    return not str(qualifier or "").startswith(NON_HEADLINE)


_SENTENCE_END = re.compile(r"[。;\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the last "。", ";" or newline
    before ``start`` to the first one at or after ``end``, at most 120 characters
    beyond the span on each side."""
    lo = max(0, start - 120)
    a = max(text.rfind("。", lo, start), text.rfind(";", lo, start), text.rfind("\n", lo, start))
    hi = min(len(text), end + 120)
    after = _SENTENCE_END.search(text, end, hi)
    return (a + 1 if a >= 0 else lo), (after.start() if after else hi)


def _row(measure: str, value: float, unit: str, approx: bool, qualifier: str, start: int, end: int,
         evidence: str, method: str) -> dict:
    return dict(measure=measure, value=float(value), unit=unit, approx=bool(approx), qualifier=qualifier,
                start=int(start), end=int(end), evidence=evidence, method=method)


def _table_spans(cells, annex) -> list[tuple[int, int]]:
    """The span of each table read (first row label to last cell), not to be read as prose."""
    spans: dict[str, list[int]] = {}
    for c in cells:
        k = c.measure.split(".", 1)[0]
        lo, hi = spans.get(k, [c.row_start, c.row_end])
        spans[k] = [min(lo, c.row_start, c.start), max(hi, c.row_end, c.end)]
    if annex:
        spans["annex"] = [min(v.row_start for v in annex), max(v.end for v in annex)]
    return [tuple(v) for v in spans.values()]


_T4_PARTS = ("upheld", "corrected", "other", "pending")
_APPLICANT_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
#: the qualifier of a headline taken from the cells because their printed total is 0
UNFILLED_TOTAL = "total left at 0: sum of its cells"


def _filled(by: dict, total: str, blank: str | None, *, parts: list[str] | None = None):
    """(value, cell, qualifier) of a table total: the printed total, or, when it is 0 while
    the cells it sums are not, the sum of those cells (the total was left unfilled)."""
    c = by.get(total) or (by.get(blank) if blank else None)
    if c is None:
        return None
    if c.value == 0 and not total.endswith(".blank"):
        stem = total.rsplit(".", 1)[0]
        cells = [by.get(k) for k in (parts or [f"{stem}.{col}" for col in _APPLICANT_COLUMNS])]
        got = sum(x.value for x in cells if x is not None)
        if got > 0 and all(x is not None for x in cells):
            return got, c, UNFILLED_TOTAL
    return c.value, c, ""


def _by_measure(cands) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in cands:
        out.setdefault(c.measure, []).append(c)
    return out


def _choose(measure: str, main: list) -> tuple[object, list[float], str]:
    """The headline among the year's candidates of one measure: the best rank; counts
    before "none" statements; one value, or a rule's pick (the largest of all items
    published, else the first in the text) with the other values listed."""
    best = min(c.rank for c in main)
    top = [c for c in main if c.rank == best]
    counts = [c for c in top if c.statement.polarity == "count"]
    if counts and len(counts) < len(top) and any(c.value != 0 for c in counts):
        top = counts  # a count and a "none" statement: the count is the more specific
    values = sorted({c.value for c in top})
    if len(values) == 1:
        return min(top, key=lambda c: c.start), [], ""
    if measure == "proactive_items" and best == 2:
        pick, why = max(top, key=lambda c: (c.value, -c.start)), "the largest of the items published"
    else:
        pick, why = min(top, key=lambda c: c.start), "the first in the text"
    return pick, [v for v in values if v != pick.value], why


def extract_report(text: str, *, style: str = "", sections=None, year: int | None = None
                   ) -> tuple[list[dict], list[dict]]:
    """Figures and notes (``checks`` rows) of one cleaned text.

    Returns
    -------
    (list of dict, list of dict)
        Figure rows (columns of :data:`FIGURE_COLUMNS` without report_id and section_id)
        and check rows (rule, ok, expected, observed, evidence).
    """
    rows: list[dict] = []
    notes: list[dict] = []
    have: set[str] = set()
    cells, tnotes = read_template_tables(text) if "本年新收" in text or "尚未审结" in text or "第二十条" in text \
        else ([], [])
    for n in tnotes:
        notes.append(dict(rule=n["rule"], ok=n["ok"], expected=n["expected"], observed=n["observed"],
                          evidence=text[n["start"]:n["end"]]))
    by = {c.measure: c for c in cells}
    for c in cells:
        if not c.measure.endswith(".blank"):  # as _row(...), without the call: there are many cells
            rows.append({"measure": c.measure, "value": float(c.value), "unit": c.unit, "approx": False,
                         "qualifier": c.qualifier, "start": int(c.start), "end": int(c.end),
                         "evidence": text[c.row_start:c.row_end], "method": "template_table"})
    # headline measures from table 3 (a row whose 总计 is 0 under non-zero cells: their sum)
    for meas, keys in OUTCOME_GROUPS.items():
        if not by:
            break
        parts = [_filled(by, total, blank) for total, blank in _OUTCOME_CELLS[meas]]
        found = [p for p in parts if p is not None]
        if not found:
            continue
        v = sum(p[0] for p in found)
        cs = [p[1] for p in found]
        s, e = min(c.start for c in cs), max(c.end for c in cs)
        q = "; ".join(sorted({c.qualifier for c in cs if c.qualifier} | {p[2] for p in found if p[2]}))
        if len(found) < len(parts):
            q = (q + "; " if q else "") + f"{len(parts) - len(found)} of {len(parts)} rows not read"
        rs = min(c.row_start for c in cs)
        method = "template_table" if len(keys) == 1 and not found[0][2] else "template_table_sum"
        rows.append(_row(meas, v, "applications", False, q, s if len(found) == 1 else rs, e,
                         text[rs:max(c.row_end for c in cs)][:2000], method))
        have.add(meas)
    t4 = {g: _filled(by, f"table4.{g}.total", None, parts=[f"table4.{g}.{r}" for r in _T4_PARTS])
          for g in ("review", "litigation_direct", "litigation_after_review")}
    if t4["review"] is not None:
        v, c, q = t4["review"]
        rows.append(_row("reconsiderations", v, "cases", False, q or c.qualifier, c.start, c.end,
                         text[c.row_start:c.row_end], "template_table_sum" if q else "template_table"))
        have.add("reconsiderations")
    if t4["litigation_direct"] is not None and t4["litigation_after_review"] is not None:
        (va, a, qa), (vb, b, qb) = t4["litigation_direct"], t4["litigation_after_review"]
        rows.append(_row("lawsuits", va + vb, "cases", False, qa or qb or a.qualifier or b.qualifier, a.start, b.end,
                         text[min(a.row_start, a.start):max(b.row_end, b.end)], "template_table_sum"))
        have.add("lawsuits")
    # prose, outside the tables (their cells and row labels are read above and below)
    annex = read_annex(text)
    skip = _table_spans(cells, annex)
    prose_rows: dict[str, dict] = {}
    statements = read_statements(text, sections=sections, year=year, skip=skip)
    for meas, cs in _by_measure(prose_candidates(statements, text)).items():
        main = [c for c in cs if not c.qualifier]
        for c in cs:
            if c.qualifier:
                a, b = _sentence(text, c.start, c.end)
                rows.append(_row(meas, c.value, c.unit, c.approx, c.qualifier, c.start, c.end, text[a:b],
                                 "narrative"))
        if not main:
            continue
        pick, others, why = _choose(meas, main)
        if meas in have:
            tv = next(r["value"] for r in rows if r["measure"] == meas and not r["qualifier"].startswith("breakdown")
                      and r["method"].startswith("template"))
            notes.append(dict(rule=f"prose_vs_table.{meas}", ok=bool(pick.value == tv), expected=str(tv),
                              observed=str(pick.value), evidence=text[pick.start:pick.end]))
            qual = "prose; table used"
        else:
            qual = ""
            if others:
                notes.append(dict(rule=f"narrative.{meas}.candidates", ok=False, expected=f"{pick.value:g}",
                                  observed="other values: " + ", ".join(f"{v:g}" for v in others) + f" ({why})",
                                  evidence=text[pick.start:pick.end]))
            if pick.judgement:
                notes.append(dict(rule=f"narrative.{meas}.judgement", ok=False, expected=f"{pick.value:g}",
                                  observed=pick.judgement, evidence=text[pick.start:pick.end]))
        a, b = _sentence(text, pick.start, pick.end)
        row = _row(meas, pick.value, pick.unit, pick.approx, qual, pick.start, pick.end, text[a:b],
                   "narrative" if not others or qual else f"narrative:pick-by-rule({len(others) + 1} values)")
        rows.append(row)
        prose_rows[meas] = row
        for c in main:
            if c is not pick and (c.start, c.end) != (pick.start, pick.end):
                a, b = _sentence(text, c.start, c.end)
                rows.append(_row(meas, c.value, c.unit, c.approx, "candidate", c.start, c.end, text[a:b],
                                 "narrative"))
        if not qual:
            have.add(meas)
    # pre-2019 statistics annex
    for v in annex:
        a, b = v.row_start, v.end
        if v.measure in have:
            q = "annex; " + ("prose used" if v.measure in prose_rows else "table used")
            if v.measure in prose_rows:
                notes.append(dict(rule=f"prose_vs_annex.{v.measure}", ok=bool(prose_rows[v.measure]["value"] == v.value),
                                  expected=str(prose_rows[v.measure]["value"]), observed=str(v.value),
                                  evidence=text[a:b]))
            v.qualifier = q + ("; " + v.qualifier if v.qualifier else "")
        else:
            have.add(v.measure)
        rows.append(_row(v.measure, v.value, v.unit, False, v.qualifier, v.start, v.end, text[a:b], "annex_table"))
    for r in rows:
        if len(r["evidence"]) > 2000:
            r["evidence"] = text[r["start"]:r["end"]]
    return rows, notes


def _section_ids(rows: pd.DataFrame, sections: pd.DataFrame, *, block: int = 1 << 20) -> list[str]:
    """The deepest section containing each row's span ("" when none does).

    Every (row, section of its report) pair is tested at once, in blocks of whole rows
    with at most ``block`` pairs (or a single row)."""
    import numpy as np

    if not len(sections) or not len(rows):
        return [""] * len(rows)
    g = sections[["report_id", "section_id", "depth", "start", "end"]].sort_values(
        ["report_id", "depth", "start"], kind="stable")
    rids = g["report_id"].to_numpy(dtype=object)
    starts, ends = g["start"].to_numpy(), g["end"].to_numpy()
    ids = g["section_id"].to_numpy(dtype=object)
    bounds = np.flatnonzero(rids[1:] != rids[:-1]) + 1
    secs = {rids[lo]: (lo, hi) for lo, hi in zip(np.r_[0, bounds].tolist(), np.r_[bounds, len(rids)].tolist())}
    # each row's sections: positions lo..hi-1 of g, in (depth, start) order
    span = np.array([secs.get(rid, (0, 0)) for rid in rows["report_id"].tolist()], dtype=np.int64)
    lo, count = span[:, 0], span[:, 1] - span[:, 0]
    out = np.full(len(rows), "", dtype=object)
    row_s, row_e = rows["start"].to_numpy(), rows["end"].to_numpy()
    cum = np.cumsum(count)
    first = 0
    while first < len(rows):
        # rows first..last-1, with at most ``block`` pairs (at least one row)
        base = int(cum[first - 1]) if first else 0
        last = max(first + 1, int(np.searchsorted(cum, base + block, side="right")))
        r = np.arange(first, last)
        c = count[first:last]
        has = c > 0
        r, c = r[has], c[has]
        if len(r):
            pair_row = np.repeat(r, c)
            offsets = np.cumsum(c) - c  # first pair of each row
            pair_sec = np.repeat(lo[r] - offsets, c) + np.arange(int(c.sum()))
            inside = (starts[pair_sec] <= row_s[pair_row]) & (ends[pair_sec] >= row_e[pair_row])
            # the last section containing the span is the deepest
            deepest = np.maximum.reduceat(np.where(inside, pair_sec, -1), offsets)
            out[r[deepest >= 0]] = ids[deepest[deepest >= 0]]
        first = last
    return out.tolist()


def extract_figures(reports: pd.DataFrame, sections: pd.DataFrame, *, with_notes: bool = False):
    """The ``figures`` table of a corpus.

    Parameters
    ----------
    reports : DataFrame
        The ``reports`` table (report_id, text, style).
    sections : DataFrame
        The ``sections`` table (report_id, section_id, depth, start, end).
    with_notes : bool
        Also return the extraction notes (rows for ``checks``).

    Returns
    -------
    DataFrame
        report_id, measure, value (float), unit, approx (bool), qualifier ("" for the
        headline figure of a measure), section_id (deepest section containing the span),
        start, end (span in ``reports.text``), evidence (the span or the sentence / table
        row containing it), method (template_table, template_table_sum, narrative,
        narrative:pick-by-rule(n values), annex_table). With ``with_notes=True`` a tuple
        (figures, notes) where notes has report_id, rule, ok, expected, observed, evidence.
    """
    rows: list[dict] = []
    notes: list[dict] = []
    styles = reports["style"].tolist() if "style" in reports.columns else [""] * len(reports)
    years = reports["year"].tolist() if "year" in reports.columns else [None] * len(reports)
    secs_of: dict = {}
    if len(sections):
        cols = ["start", "end", "depth", "kind"]
        for rid, g in sections[["report_id", *cols]].groupby("report_id", sort=False):
            secs_of[rid] = list(zip(*(g[c].tolist() for c in cols)))
    for rid, text, style, year in zip(reports["report_id"].tolist(), reports["text"].tolist(), styles, years):
        y = int(year) if year is not None and not pd.isna(year) else None
        secs = [dict(start=s, end=e, depth=d, kind=k) for s, e, d, k in secs_of.get(rid, [])]
        r, n = extract_report(text if isinstance(text, str) else "", style=style or "", sections=secs, year=y)
        for x in r:
            x["report_id"] = rid
        for x in n:
            x["report_id"] = rid
        rows.extend(r)
        notes.extend(n)
    df = pd.DataFrame(rows, columns=[c for c in FIGURE_COLUMNS if c != "section_id"])
    df["section_id"] = _section_ids(df, sections) if len(df) else pd.Series(dtype=str)
    df = df[FIGURE_COLUMNS]
    df["value"] = df["value"].astype(float)
    df["approx"] = df["approx"].astype(bool)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df = df.reset_index(drop=True)
    nt = pd.DataFrame(notes, columns=["report_id", "rule", "ok", "expected", "observed", "evidence"])
    return (df, nt) if with_notes else df

