"""Assembling the ``figures`` table: template cells, annex values and prose candidates.

Precedence for a headline measure: the template table (2019+), then the prose, then
a pre-2019 statistics annex. Every figure keeps its span in ``reports.text``.
"""

from __future__ import annotations

import re

import pandas as pd

from ..schema import FIGURE_COLUMNS, HEADLINE_MEASURES
from ..text.spans import innermost_sections
from .annex import read_annex
from .narrative import narrative_candidates
from .template import OUTCOME_GROUPS, read_template_tables

__all__ = ["FIGURE_COLUMNS", "HEADLINE_MEASURES", "NON_HEADLINE", "is_headline", "extract_report", "extract_figures"]

#: qualifiers of rows that are not the headline figure of their measure
NON_HEADLINE = ("breakdown", "candidate", "prose; table used", "annex;", "combined")
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


def extract_report(text: str, *, style: str = "") -> tuple[list[dict], list[dict]]:
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
    # headline measures from table 3
    for meas, keys in OUTCOME_GROUPS.items():
        if not by:
            break
        parts = [by.get(total) or by.get(blank) for total, blank in _OUTCOME_CELLS[meas]]
        found = [p for p in parts if p is not None]
        if not found:
            continue
        v = sum(p.value for p in found)
        s, e = min(p.start for p in found), max(p.end for p in found)
        q = "; ".join(sorted({p.qualifier for p in found if p.qualifier}))
        if len(found) < len(parts):
            q = (q + "; " if q else "") + f"{len(parts) - len(found)} of {len(parts)} rows not read"
        rs = min(p.row_start for p in found)
        method = "template_table" if len(keys) == 1 else "template_table_sum"
        rows.append(_row(meas, v, "applications", False, q, s if len(found) == 1 else rs, e,
                         text[rs:max(p.row_end for p in found)][:2000], method))
        have.add(meas)
    t4 = {m: by.get(f"table4.{m}.total") for m in ("review", "litigation_direct", "litigation_after_review")}
    if t4["review"] is not None:
        c = t4["review"]
        rows.append(_row("reconsiderations", c.value, "cases", False, c.qualifier, c.start, c.end,
                         text[c.row_start:c.row_end], "template_table"))
        have.add("reconsiderations")
    if t4["litigation_direct"] is not None and t4["litigation_after_review"] is not None:
        a, b = t4["litigation_direct"], t4["litigation_after_review"]
        rows.append(_row("lawsuits", a.value + b.value, "cases", False, a.qualifier or b.qualifier, a.start, b.end,
                         text[min(a.row_start, a.start):max(b.row_end, b.end)], "template_table_sum"))
        have.add("lawsuits")
    # prose
    cands_of: dict[str, list] = {}
    for c in narrative_candidates(text):
        cands_of.setdefault(c.measure, []).append(c)
    prose_rows: dict[str, dict] = {}
    for meas in HEADLINE_MEASURES:
        cs = cands_of.get(meas, [])
        main = [c for c in cs if not c.qualifier]
        for c in cs:
            if c.qualifier:
                a, b = _sentence(text, c.start, c.end)
                rows.append(_row(meas, c.value, c.unit, c.approx, c.qualifier, c.start, c.end,
                                 text[a:b], "narrative"))
        if not main:
            continue
        best_tier = min(c.tier for c in main)
        top = [c for c in main if c.tier == best_tier]
        if meas == "proactive_items" and best_tier == 2:
            pick = max(top, key=lambda c: (c.value, -c.start))
        else:
            pick = min(top, key=lambda c: c.start)
        others = sorted({c.value for c in main if c.value != pick.value})
        if meas in have:
            tv = next(r["value"] for r in rows if r["measure"] == meas and not r["qualifier"].startswith("breakdown")
                      and r["method"].startswith("template"))
            notes.append(dict(rule=f"prose_vs_table.{meas}", ok=bool(pick.value == tv), expected=str(tv),
                              observed=str(pick.value), evidence=text[pick.start:pick.end]))
            qual = "prose; table used"
        else:
            qual = ""
            if others:
                notes.append(dict(rule=f"narrative.{meas}.candidates", ok=None, expected=str(pick.value),
                                  observed="other candidates: " + ", ".join(f"{v:g}" for v in others),
                                  evidence=text[pick.start:pick.end]))
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
    for v in read_annex(text):
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
    for rid, text, style in zip(reports["report_id"].tolist(), reports["text"].tolist(), styles):
        r, n = extract_report(text if isinstance(text, str) else "", style=style or "")
        for x in r:
            x["report_id"] = rid
        for x in n:
            x["report_id"] = rid
        rows.extend(r)
        notes.extend(n)
    df = pd.DataFrame(rows, columns=[c for c in FIGURE_COLUMNS if c != "section_id"])
    df["section_id"] = innermost_sections(df, sections) if len(df) else pd.Series(dtype=str)
    df = df[FIGURE_COLUMNS]
    df["value"] = df["value"].astype(float)
    df["approx"] = df["approx"].astype(bool)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df = df.reset_index(drop=True)
    nt = pd.DataFrame(notes, columns=["report_id", "rule", "ok", "expected", "observed", "evidence"])
    return (df, nt) if with_notes else df

