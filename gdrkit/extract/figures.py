"""Assembling the ``figures`` table: template cells, annex values and prose candidates.

Precedence for a headline measure: the template table (2019+), then the prose, then
a pre-2019 statistics annex. Every figure keeps its span in ``reports.text``; its
``confidence`` is given by :mod:`gdrkit.extract.confidence`.
"""

from __future__ import annotations

import re

import pandas as pd

from ..schema import CHECK_COLUMNS, FIGURE_COLUMNS, HEADLINE_MEASURES
from ..text.spans import innermost_sections
from .annex import read_annex
from .cell_lines import join_year_cell_lines
from .confidence import NON_HEADLINE, contested_left_empty, figure_confidence, identities_table, is_headline
from .flags import AREA_ANNEX, annex_of_the_area, annex_over_prose, flag_report, flag_row, rounded
from .implied import imply_nothing_handled
from .labels import dashed_row
from .layouts import (
    UNFILLED_TOTAL,
    blanks_are_zero,
    filled_total,
    group_total_in_words,
    table_lines,
    unbalanced,
)
from .prose import by_measure, choose_headline, prose_candidates
from .statements import read_statements
from .table3 import REPLY_GROUPS, TOTAL_LINE, rows_left_out
from .table4_cells import T4_PARTS, t4_sum_fails
from .template import OUTCOME_GROUPS, read_template_tables
from .year_columns import the_years_cells

__all__ = ["FIGURE_COLUMNS", "HEADLINE_MEASURES", "NON_HEADLINE", "is_headline", "extract_report", "extract_figures",
           "figure_confidence"]

#: for each headline measure of table 3, the cell names of its rows (总计 column, or the pseudo-cell of a blank row)
_OUTCOME_CELLS = {meas: tuple((f"table3.{k}.total", f"table3.{k}.blank") for k in keys)
                  for meas, keys in OUTCOME_GROUPS.items()}
_SENTENCE_END = re.compile(r"[。;\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the last "。", ";" or newline before ``start`` to the
    first one at or after ``end``, at most 120 characters beyond the span on each side."""
    lo, hi = max(0, start - 120), min(len(text), end + 120)
    a = max(text.rfind("。", lo, start), text.rfind(";", lo, start), text.rfind("\n", lo, start))
    after = _SENTENCE_END.search(text, end, hi)
    return (a + 1 if a >= 0 else lo), (after.start() if after else hi)


def _row(measure: str, value: float, unit: str, approx: bool, qualifier: str, start: int, end: int,
         evidence: str, method: str, **private) -> dict:
    row = dict(measure=measure, value=float(value), unit=unit, approx=bool(approx), qualifier=qualifier,
               start=int(start), end=int(end), evidence=evidence, method=method)
    row.update({f"_{k}": v for k, v in private.items()})  # for the confidence; dropped from the table
    return row


_UNREAD_COUNT = re.compile(r"[^\n]*?\d+\s*件[^\n]*")  # (a count between two cells of rows in words in a line: prose)
#: words one of which a text with a template table holds (tested with ``in``: fast), and one of which its table holds
_TABLE_WORDS = ("本年新收", "审结", "第二十条", "收到和处理政府信息公开申请情况")
_FORM_WORDS = ("申请数量", "自然人", "申请人情况", "结果维持")


def _table_spans(cells, annex, text: str) -> list[tuple[int, int]]:
    """The spans of the tables read (cells from the first row label to the last), not read as prose; rows in blocks,
    a 。 or a count not read between two being prose (rows in words: …予以公开15件,…;1件…结转至2015年办理)."""
    blocks: list[list] = []
    kept = [c for c in cells if not (c.measure.endswith(".blank") and "件" in text[c.row_end:c.row_end + 200].split("\n")[0])]
    # (a label with no cell, a count in words after it (…申请三十六件): prose)
    for kind, lo, hi in sorted([(c.measure.split(".", 1)[0], min(c.row_start, c.start), c.end if re.search(  # (a row in words: its
            "[。;]", text[c.end:c.row_end]) or text.startswith("件,", c.end) else max(c.row_end, c.end)) for c in kept]  # sentences, clauses after: prose)
                               + [("annex", v.row_start, v.end) for v in annex], key=lambda x: (x[0], x[1])):
        if blocks and blocks[-1][0] == kind and not ("。" in text[blocks[-1][2]:lo] or _UNREAD_COUNT.fullmatch(text, blocks[-1][2], lo)):
            blocks[-1][1], blocks[-1][2] = min(blocks[-1][1], lo), max(blocks[-1][2], hi)
        else:
            blocks.append([kind, lo, hi])
    return [(lo, hi) for _, lo, hi in blocks]


class _Report:
    """The figures of one text as they are assembled: tables first, then prose, then a
    statistics annex; ``have`` holds the measures that have their headline."""

    def __init__(self, text: str, year: int | None = None) -> None:
        self.text, self.year = text, year
        self.rows: list[dict] = []
        self.notes: list[dict] = []
        self.head: dict[str, dict] = {}  # measure -> its headline row

    def note(self, rule: str, ok, expected, observed, evidence: str) -> None:
        self.notes.append(dict(rule=rule, ok=ok, expected=expected, observed=observed, evidence=evidence))

    def headline(self, row: dict) -> None:
        self.rows.append(row)
        self.head[row["measure"]] = row

    # ------------------------------------------------------------------ tables
    def tables(self) -> list:
        text = self.text
        tables = any(w in text for w in _TABLE_WORDS) and not (self.year and self.year < 2019 and not any(
            w in text for w in _FORM_WORDS))  # (before the format's year: its table's own words, not 本年新收…申请5件)
        cells, tnotes = read_template_tables(the_years_cells(join_year_cell_lines(text), self.year)) if tables else ([], [])
        for n in tnotes:
            self.note(n["rule"], n["ok"], n["expected"], n["observed"], text[n["start"]:n["end"]])
        by = {c.measure: c for c in cells}
        for c in cells:
            if not c.measure.endswith(".blank"):  # as _row(...), without the call: there are many cells
                self.rows.append({"measure": c.measure, "value": float(c.value), "unit": c.unit, "approx": False,
                                  "qualifier": c.qualifier, "start": int(c.start), "end": int(c.end),
                                  "evidence": text[c.row_start:c.row_end], "method": "template_table"})
        if by:
            self._table3_headlines(by)
            unbalanced(by, self.head)  # (本年新收 + 上年结转 ≠ 总计 + 结转下年度: the carried rows not stated)
            self._table4_headlines(by)
        return cells

    def _table3_headlines(self, by: dict) -> None:
        text = self.text
        t3 = [c for m, c in by.items() if m.startswith("table3.")]
        region = (min(c.row_start for c in t3), max(c.row_end for c in t3)) if t3 else (0, 0)
        blank_is_zero = blanks_are_zero(text, by, region)  # (or a dash fills the row: below)
        rest = rows_left_out(text, by, region) if t3 else None  # (未列出的项目均为0, or a 节选 that balances)
        for meas, keys in OUTCOME_GROUPS.items():
            group = by.get(f"table3.{meas[13:]}.total") if len(keys) > 1 else None  # (不予公开 as one column: its sum)
            parts = [filled_total(by, total, blank if blank_is_zero or dashed_row(text, by.get(blank)) else None)
                     for total, blank in _OUTCOME_CELLS[meas]] if group is None else [(group.value, group, "")]
            found = [p for p in parts if p is not None]
            if len(found) < len(parts) and self._group_in_words(meas, region, sum(p[0] for p in found)):
                continue
            if rest and len(found) < len(parts) and (rest.re is not TOTAL_LINE or meas in REPLY_GROUPS) and not any(
                    p is None and (t in by or b in by) for p, (t, b) in zip(parts, _OUTCOME_CELLS[meas])):
                # (rows left out, not rows printed and not read; by the balance alone, only the replies':
                # new + carried over = 总计 + carried forward says nothing of the carried rows left out)
                # 本表仅列出有数据的项目,未列出的项目均为0 / 其余各项均为0: the rows not printed are 0
                if not found:
                    self.headline(_row(meas, 0.0, "applications", False, "", *rest.span(), rest.group(), "template_table"))
                    continue
                parts = found
            if not found:
                continue
            v = sum(p[0] for p in found)
            cs = [p[1] for p in found]
            s, e = min(c.start for c in cs), max(c.end for c in cs)
            q = "; ".join(sorted({c.qualifier for c in cs if c.qualifier} | {p[2] for p in found if p[2]}))
            if any("identities fail" in c.qualifier for c in cs) or any(
                    p[2] != UNFILLED_TOTAL and "row sum fails" in p[1].qualifier for p in found):
                # cells read by position that do not add up, or a row whose cells do not add
                # up to its printed 总计 (which one is right?): no headline (the checks say so)
                continue
            if len(found) < len(parts):
                # a sum with rows missing (cut off, unreadable) is not the measure: not stated
                self.note(f"table3.{meas}.rows", False, f"{len(parts)} rows",
                          f"{len(parts) - len(found)} of {len(parts)} rows not read (sum of the rest {v:g})",
                          text[min(c.row_start for c in cs):max(c.row_end for c in cs)][:300])
                continue
            rs = min(c.row_start for c in cs)
            method = "template_table" if len(keys) == 1 and not found[0][2] else "template_table_sum"
            self.headline(_row(meas, v, "applications", False, q, s if len(found) == 1 else rs, e,
                               text[rs:max(c.row_end for c in cs)][:2000], method,
                               cells=[c.measure for c in cs if not c.measure.endswith(".blank")]))

    def _group_in_words(self, meas: str, region: tuple[int, int], parts_sum: float) -> bool:
        """A group of table 3 whose rows are not all read, its total written as words in the
        table (不予公开2件，其中…1件；… / 无法提供0件): that total is the measure, when the rows
        read do not exceed it. Whether it was stated."""
        m = group_total_in_words(self.text, meas, region)
        if m is None or int(m.group(1)) < parts_sum:
            return False
        rs, _ = _sentence(self.text, m.start(), m.end())
        self.headline(_row(meas, float(m.group(1)), "applications", False, "", m.start(1), m.end(1),
                           self.text[rs:m.end()], "template_table"))
        return True

    def _table4_headlines(self, by: dict) -> None:
        text = self.text
        t4 = {g: filled_total(by, f"table4.{g}.total", None, parts=[f"table4.{g}.{r}" for r in T4_PARTS])
              for g in ("review", "litigation_direct", "litigation_after_review")}
        bad = {g for g, x in t4.items() if x is not None and x[2] != UNFILLED_TOTAL
               and x[1].qualifier == "total does not add up" and t4_sum_fails(by, g)}
        t4 = {g: (None if g in bad else x) for g, x in t4.items()}
        if t4["review"] is not None:
            v, c, q = t4["review"]
            self.headline(_row("reconsiderations", v, "cases", False, q or c.qualifier, c.start, c.end,
                               text[c.row_start:c.row_end], "template_table_sum" if q else "template_table",
                               cells=[c.measure]))
        if t4["litigation_direct"] is not None and t4["litigation_after_review"] is not None:
            (va, a, qa), (vb, b, qb) = t4["litigation_direct"], t4["litigation_after_review"]
            self.headline(_row("lawsuits", va + vb, "cases", False, qa or qb or a.qualifier or b.qualifier, a.start,
                               b.end, text[min(a.row_start, a.start):max(b.row_end, b.end)], "template_table_sum",
                               cells=[a.measure, b.measure]))

    # ------------------------------------------------------------------ prose
    def prose(self, statements) -> None:
        text = self.text
        for meas, cs in by_measure(prose_candidates(statements, text, self.year)).items():
            main = [c for c in cs if not c.qualifier]
            for c in cs:
                if c.qualifier:
                    a, b = _sentence(text, c.start, c.end)
                    self.rows.append(_row(meas, c.value, c.unit, c.approx, c.qualifier, c.start, c.end, text[a:b],
                                          "narrative"))
            if main:
                self._prose_headline(meas, main)

    def _prose_headline(self, meas: str, main: list) -> None:
        text = self.text
        pick, others, why = choose_headline(meas, main)
        if pick is None:  # left empty and flagged: every value is kept as a candidate
            first = min(main, key=lambda c: c.start)
            self.note(f"narrative.{meas}.candidates", False, "one value",
                      "values " + ", ".join(f"{v:g}" for v in others) + f": {why}", text[first.start:first.end])
            for c in main:
                a, b = _sentence(text, c.start, c.end)
                self.rows.append(_row(meas, c.value, c.unit, c.approx, "candidate", c.start, c.end, text[a:b],
                                      "narrative"))
            return
        agree = len({(c.start, c.end) for c in main if c.value == pick.value})
        table = self.head.get(meas)
        a, b = _sentence(text, pick.start, pick.end)
        handled = self._caseload() if meas == "applications_received" and table is not None else None
        if table is not None and "area" in pick.statement.scope and pick.value not in (table["value"], handled):
            # the whole area's count (全县各级行政机关…47件) beside the agency's own table: no
            # disagreement, another count (when they agree, the prose confirms the table)
            self.rows.append(_row(meas, pick.value, pick.unit, pick.approx, "the whole area; table used", pick.start,
                                  pick.end, text[a:b], "narrative"))
        elif table is not None:
            ok, observed = bool(pick.value == table["value"]), f"{pick.value:g}"
            near = not ok and rounded(text, pick.value, pick.approx, pick.start, pick.end, table["value"])  # (200余条, 214)
            if not ok and handled is not None and pick.value == handled and "新收" not in text[
                    max(text.rfind(x, 0, pick.start) for x in "。\n;,") + 1:pick.start]:  # (not 本年新收申请21件)
                # 共受理749件 = 本年新收713 + 上年结转36: the prose counts the caseload
                ok, observed = True, f"{pick.value:g} = new {table['value']:g} + carried over"
            self.note(f"prose_vs_table.{meas}", ok or near, f"{table['value']:g}", observed, text[pick.start:pick.end])
            if ok:
                table["_agree"] = table.get("_agree", 1) + 1
            elif table["qualifier"].startswith("blank in table") and pick.value > 0:
                # a row whose cells were not found is no 0 against the prose's count: left empty
                table["qualifier"] = f"candidate: blank in table; prose states {pick.value:g}"
                del self.head[meas]
            elif not near:  # (rounded: no disagreement, and no second source)
                flag_row(table, f"prose states {pick.value:g}")
            self.rows.append(_row(meas, pick.value, pick.unit, pick.approx, "prose; table used", pick.start,
                                  pick.end, text[a:b], "narrative"))
        else:
            method = "narrative" if not others else f"narrative:pick-by-rule({len(others) + 1} values)"
            row = _row(meas, pick.value, pick.unit, pick.approx, "", pick.start, pick.end, text[a:b], method,
                       agree=agree)
            if others:
                listed = ", ".join(f"{v:g}" for v in others)
                self.note(f"narrative.{meas}.candidates", False, f"{pick.value:g}", f"other values: {listed} ({why})",
                          text[pick.start:pick.end])
                flag_row(row, f"rule chose {pick.value:g} over {listed}")
            if pick.judgement:
                self.note(f"narrative.{meas}.judgement", False, f"{pick.value:g}", pick.judgement,
                          text[pick.start:pick.end])
                flag_row(row, f"judgement: {pick.judgement}")
            self.headline(row)
        for c in main:
            if c is not pick and (c.start, c.end) != (pick.start, pick.end):
                a, b = _sentence(text, c.start, c.end)
                self.rows.append(_row(meas, c.value, c.unit, c.approx, "candidate", c.start, c.end, text[a:b],
                                      "narrative"))

    def _caseload(self) -> float | None:
        """本年新收 + 上年结转 of table 3 (None when either is missing)."""
        new, old = self.head.get("applications_received"), self.head.get("applications_carried_over")
        return None if new is None or old is None else new["value"] + old["value"]

    # ------------------------------------------------------------------ annex
    def annex(self, values) -> None:
        text, area = self.text, annex_of_the_area(values, self.rows, self.head)
        for v in values:
            a, b = v.row_start, v.end
            head = self.head.get(v.measure)
            if head is not None:
                prose = head["method"].startswith("narrative")
                if prose:
                    ok = bool(head["value"] == v.value)
                    over = None if ok else annex_over_prose(head, v.value, text)  # (the area's prose, or rounded)
                    self.note(f"prose_vs_annex.{v.measure}", ok or bool(over and not over[1]), f"{head['value']:g}",
                              f"{v.value:g}", text[a:b])
                    if ok:
                        head["_agree"] = head.get("_agree", 1) + 1
                    elif over:
                        head["qualifier"] = over[0]
                        row = _row(v.measure, v.value, v.unit, False, v.qualifier, v.start, v.end, text[a:b], "annex_table")
                        if over[1]:
                            flag_row(row, over[1])
                        self.headline(row)
                        continue
                    else:
                        flag_row(head, f"annex states {v.value:g}")
                q = "annex; " + ("prose used" if prose else "table used")
                self.rows.append(_row(v.measure, v.value, v.unit, False, q + ("; " + v.qualifier if v.qualifier else ""),
                                      v.start, v.end, text[a:b], "annex_table"))
            else:
                row = _row(v.measure, v.value, v.unit, False, v.qualifier, v.start, v.end, text[a:b], "annex_table")
                self.rows.append({**row, "qualifier": AREA_ANNEX}) if area else self.headline(row)


def extract_report(text: str, *, style: str = "", sections=None, year: int | None = None
                   ) -> tuple[list[dict], list[dict]]:
    """Figures and notes (``checks`` rows) of one cleaned text.

    Parameters
    ----------
    text : str
        The cleaned text.
    style : str
        The report's style (unused by the rules; kept for callers).
    sections : list of dict, optional
        The report's sections (start, end, depth, kind, heading): sentence breaks and
        the topic of a heading for the prose.
    year : int, optional
        The year the report covers (another year named before a number is a comparison).

    Returns
    -------
    (list of dict, list of dict)
        Figure rows (columns of :data:`FIGURE_COLUMNS` without report_id, section_id and
        confidence; private ``_cells`` / ``_agree`` keys for :func:`extract_figures`) and
        check rows (rule, ok, expected, observed, evidence).
    """
    rep = _Report(text, year)
    cells = rep.tables()
    annex = read_annex(text, year=year)
    # prose outside the tables (their cells and row labels are read above and below)
    rep.prose(read_statements(text, sections=sections, year=year, skip=_table_spans(cells, annex, text) + table_lines(text)))
    rep.annex(annex)
    flag_report(rep.rows, text)
    imply_nothing_handled(rep.rows, text)
    for r in (r for r in rep.rows if len(r["evidence"]) > 2000):
        r["evidence"] = text[r["start"]:r["end"]]
    return rep.rows, rep.notes


def extract_figures(reports: pd.DataFrame, sections: pd.DataFrame, *, with_notes: bool = False,
                    with_checks: bool = False):
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
        cols = [c for c in ("start", "end", "depth", "kind", "heading") if c in sections.columns]
        # one pass over the rows (a groupby's frame per report costs more than the rows)
        for rid, *t in zip(sections["report_id"].tolist(), *(sections[c].tolist() for c in cols)):
            secs_of.setdefault(rid, []).append(dict(zip(cols, t)))
    for rid, text, style, year in zip(reports["report_id"].tolist(), reports["text"].tolist(), styles, years):
        y = int(year) if year is not None and not pd.isna(year) else None
        r, n = extract_report(text if isinstance(text, str) else "", style=style or "", sections=secs_of.get(rid, []),
                              year=y)
        for x in (*r, *n):
            x["report_id"] = rid
        rows.extend(r)
        notes.extend(n)
    cols = [c for c in FIGURE_COLUMNS if c not in ("section_id", "confidence")] + ["_cells", "_agree"]
    # column by column (a list per column is several times faster than a list of dicts)
    df = pd.DataFrame({c: [r.get(c) for r in rows] for c in cols}, columns=cols)
    df["section_id"] = innermost_sections(df, sections) if len(df) else pd.Series(dtype=str)
    identity = identities_table(df)
    df = contested_left_empty(df, identity) if len(df) else df
    df["confidence"] = figure_confidence(df, identity) if len(df) else pd.Series(dtype=str)
    df = df[FIGURE_COLUMNS]
    df["value"] = df["value"].astype(float)
    df["approx"] = df["approx"].astype(bool)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df = df.reset_index(drop=True)
    nt = pd.DataFrame(notes, columns=CHECK_COLUMNS)
    if with_checks:
        return df, nt, identity[0]
    return (df, nt) if with_notes else df
