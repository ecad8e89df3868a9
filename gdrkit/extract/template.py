"""Tables 2, 3 and 4 of the national template (2019 and 2021 formats).

Cell measure names
------------------
``table3.<row>.<column>``
    rows: ``new`` (一、本年新收), ``carried_over`` (二、上年结转), ``granted`` (予以公开),
    ``partial`` (部分公开), ``denied_state_secret``, ``denied_law``, ``denied_safety``,
    ``denied_third_party``, ``denied_internal``, ``denied_process``, ``denied_enforcement``,
    ``denied_query`` (不予公开 1–8), ``unable_no_info``, ``unable_create``,
    ``unable_unclear`` (无法提供 1–3), ``not_processed_petition``, ``not_processed_repeat``,
    ``not_processed_publication``, ``not_processed_mass``, ``not_processed_confirm``
    (不予处理 1–5), ``other_no_correction``, ``other_no_fee``, ``other_other`` (2021
    其他处理 1–3) or ``other`` (2019 其他处理), ``total`` (七、总计),
    ``carried_forward`` (四、结转下年度).
    columns: ``natural_person``, ``commercial``, ``research``, ``social_welfare``,
    ``legal_services``, ``other_org``, (``org_subtotal`` when the report has the
    8-column variant), ``total``.
``table4.<group>.<result>``
    groups: ``review`` (行政复议), ``litigation_direct`` (未经复议直接起诉),
    ``litigation_after_review`` (复议后起诉); results: ``upheld``, ``corrected``,
    ``other``, ``pending``, ``total``.
``table2.<item>.<column>``
    items: ``regulations``, ``normative_docs``, ``licensing``, ``other_services``,
    ``penalty``, ``enforcement``, ``fees``, ``procurement``; columns (2019):
    ``new_made``, ``new_published``, ``total_published``, ``previous``, ``change``,
    ``decisions``, ``count``, ``amount``; (2021): ``issued``, ``repealed``,
    ``in_force``, ``decisions``, ``amount_10k_yuan``. Only rows whose cells are
    separated in the text (or hold a single cell) are read; flattened multi-cell rows
    of table 2 have no identity to split them by and are reported in ``checks``.

The readers: table 3 by its row labels or by position (:mod:`gdrkit.extract.table3`, which
also says how a flattened row is split), tables 2 and 4 here; what they share (a cell, a
row label's pattern) is in :mod:`gdrkit.extract.labels`.
"""

from __future__ import annotations

import itertools
import re

from .labels import TCell, label_re, run_after
from .split import ZERO_MARK, groups_rule, literal_split, masked, split_run
from .table3 import (
    BY_POSITION,
    OUTCOME_GROUPS,
    TABLE3_COLUMNS,
    TABLE3_COLUMNS8,
    TABLE3_ROWS,
    read_table3,
    read_table3_by_position,
)

__all__ = ["TABLE3_ROWS", "TABLE3_COLUMNS", "TABLE3_COLUMNS8", "TABLE4_GROUPS", "TABLE4_RESULTS", "OUTCOME_GROUPS",
           "BY_POSITION", "TCell", "read_template_tables"]

TABLE4_GROUPS = ("review", "litigation_direct", "litigation_after_review")
TABLE4_RESULTS = ("upheld", "corrected", "other", "pending", "total")

_T4_PENDING = re.compile(r"尚\s*未\s*审\s*结")
_T4_REVIEW = re.compile(r"行\s*政\s*复\s*议")
_T4_TOTAL_HEAD = re.compile(r"(?:\s*\|?\s*总\s*计\s*\|?)")
_T4_DATA = re.compile(r"[\d\s|\-:]*")
_T4_MD_ROW = re.compile(r"总\s*计\s*\|\s*\n\|[-|\s]+\n(\|[\d\s|]+\|)")
_INT = re.compile(r"\d+")
_BORDER = re.compile(r"[\s|]")
_T2_HEAD = re.compile(r"第\s*二\s*十\s*条")
_T2_END = re.compile(r"本\s*年\s*新\s*收|收到和处理政府信息公开申请")
_T2_SEP = re.compile(r"[\s|]+")
_DATA_N = re.compile(r"数据\d")
_T4_NUM = r"\s*[:：]?\s*(\d+|[—\-－/／])\s*件?\s*[,，、;；]?\s*"
#: one group of table 4 in words: 结果维持2件，结果纠正0件，其他结果0件，尚未审结0件，总计2件
_T4_WORDS = re.compile(rf"(?:结果)?维持{_T4_NUM}(?:结果)?纠正{_T4_NUM}其他(?:结果)?{_T4_NUM}"
                       rf"尚未审结{_T4_NUM}总计{_T4_NUM}")
_COMMA = re.compile(r"[,，]")
#: a cell of table 4's row: a number or a dash or slash for 0
_T4_CELL = re.compile(r"\d+|[—\-－/／]")
#: a field of a comma-separated row that is a cell: a whole number, a dash, a slash or nothing
_CELL = re.compile(r"[ \t]*(?:\d+|[—\-－/／])?[ \t]*")
#: words only the 2021 format has (tested with ``in``: a regex alternation scans slowly)
_IS2021 = ("本年制发件数", "逾期不补正", "本年处理决定数量")


#: what ends the words naming a group of table 4 in words: a sentence or line, the last group
_GROUP_BREAK = re.compile(r"[。；;\n]|件")


def _t4_group_named(mtext: str, start: int) -> str | None:
    """The group of table 4 the words just before ``start`` name (行政复议, 未经复议直接起诉,
    复议后起诉), or None (行政诉讼 alone: which of its two groups is not said)."""
    before = _GROUP_BREAK.split(mtext[max(0, start - 30):start])[-1].replace(" ", "")
    if "直接起诉" in before or "未经" in before:
        return "litigation_direct"
    if "复议后起诉" in before or "经复议" in before:
        return "litigation_after_review"
    if "行政复议" in before and "诉讼" not in before:
        return "review"
    return None


def _table4_words(text: str, mtext: str, pos: int) -> list[TCell]:
    """Table 4 written as words, one group after another (行政复议：结果维持2件，结果纠正0件，
    其他结果0件，尚未审结0件，总计2件；行政诉讼（未经复议直接起诉）：…): the cells of each group
    named by the words before it (行政复议：…), none named twice; of three groups not all
    named, in the template's order. Each 总计 must be the sum of its four."""
    found = list(_T4_WORDS.finditer(mtext, pos, min(len(mtext), pos + 1500)))
    groups: list[str | None] = [_t4_group_named(mtext, m.start()) for m in found]
    if None in groups or len(set(groups)) != len(groups):
        if len(found) != 3:
            return []
        groups = list(TABLE4_GROUPS)  # three groups not all named: the template's order
    cells = []
    for g, m in zip(groups, found):
        vals = [int(v) if (v := m.group(i)).isdigit() else 0 for i in range(1, 6)]  # (a dash is 0)
        if sum(vals[:4]) != vals[4]:
            return []
        cells += [TCell(f"table4.{g}.{res}", float(v), m.start(i), m.end(i), m.start(), m.end(), unit="cases")
                  for i, (res, v) in enumerate(zip(TABLE4_RESULTS, vals), start=1)]
    return cells


def _table4_dashed(text: str, s: int, e: int, row_start: int) -> list[TCell]:
    """Table 4's row of 15 cells with dashes for 0 (4 2 1 2 9 3 1 — 2 6 1 — 1 1 3, or every
    cell a dash): the cells by position, when each 总计 is the sum of its four."""
    found = list(_T4_CELL.finditer(text, s, e))
    if len(found) != 15 or all(m.group().isdigit() for m in found):
        return []
    vals = [int(m.group()) if m.group().isdigit() else 0 for m in found]
    if any(sum(vals[i:i + 4]) != vals[i + 4] for i in (0, 5, 10)):
        return []
    return [TCell(f"table4.{g}.{res}", float(v), m.start(), m.end(), row_start, e, unit="cases")
            for (g, res), v, m in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), vals, found)]


#: table 4's section heading (四、政府信息公开行政复议、行政诉讼情况)
_T4_SECTION = re.compile(r"行\s*政\s*复\s*议\s*[、,，和及与]\s*行\s*政\s*诉\s*讼\s*情\s*况")
#: words only table 4's header has
_T4_HEAD_WORDS = re.compile(r"维\s*持|纠\s*正|审\s*结")
_LINE_CELL = re.compile(r"[ \t]*(?:(\d+)|" + ZERO_MARK + r")?[ \t]*")
_FIELD = re.compile(r"\S+")


def _line_cells(line: str) -> list[tuple[int, int, int]] | None:
    """The cells of one line of a table, as (value, start, end) with a blank or a dash 0
    (start = end for a blank): cells between | (Markdown), between commas (CSV) or
    apart by spaces; None when a cell is not one number, a dash or a blank."""
    sep = "|" if "|" in line else ("," if "," in line else None)
    if sep is None:
        fields = [(m.start(), m.group()) for m in _FIELD.finditer(line)]
    else:
        a, b = len(line) - len(line.lstrip()), len(line.rstrip())
        if sep == "|":
            a += line.startswith("|", a)
            b -= b > a and line[b - 1] == "|"
        fields, pos = [], a
        for part in line[a:b].split(sep):
            fields.append((pos, part))
            pos += len(part) + 1
    out = []
    for start, part in fields:
        m = _LINE_CELL.fullmatch(part)
        if m is None:
            return None
        core = part.strip(" \t")
        k = start + (m.start(1) if m.group(1) else part.find(core) if core else 0)
        out.append((int(m.group(1)) if m.group(1) else 0, k, k + len(core)))
    return out


def _table4_row(text: str, mtext: str) -> list[TCell]:
    """Table 4 as one line of 15 cells under its section heading and header words (维持,
    纠正, 审结), however its header was printed (wrapped over lines, repeated per group, as
    CSV): the cells by position, each group of five (a blank or a dash 0) with its 总计 the
    sum of its four; nothing when no line is such a row."""
    sec = _T4_SECTION.search(mtext)
    if sec is None:
        return []
    end = min(len(mtext), sec.end() + 1500)
    nxt = re.compile(r"\n\s*[五六七][、.]").search(mtext, sec.end(), end)
    end = nxt.start() if nxt else end
    if not _T4_HEAD_WORDS.search(mtext, sec.end(), end):
        return []
    pos = mtext.find("\n", sec.end(), end)
    while 0 <= pos < end:
        nl = mtext.find("\n", pos + 1, end)
        line_end = nl if nl >= 0 else end
        line = mtext[pos + 1:line_end]
        cells = _line_cells(line) if any(ch.isdigit() for ch in line) else None
        if cells is not None and len(cells) == 15:
            vals = [v for v, _, _ in cells]
            if all(sum(vals[i:i + 4]) == vals[i + 4] for i in (0, 5, 10)):
                a = pos + 1
                # (the row is the cells' line: the prose between the heading and the table is prose)
                return [TCell(f"table4.{g}.{res}", float(v), a + cs, a + ce, a, line_end, unit="cases")
                        for (g, res), (v, cs, ce) in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), cells)]
        pos = nl
    return []


def _table4(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    cells, notes = _table4_by_header(text, mtext)
    if not any(c.measure.endswith(".total") and not c.qualifier for c in cells):
        row = _table4_row(text, mtext)
        if row:
            return row, []
    return cells, notes


def _table4_by_header(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    heads = list(_T4_PENDING.finditer(mtext))
    m = _T4_REVIEW.search(mtext, max(0, heads[0].start() - 600) if heads else 0)
    if not heads or m is None:
        return [], []
    words = _table4_words(text, mtext, m.start())
    if words:
        return words, []
    # the data follow the last header cell (总计) of the table-4 header block
    last = heads[-1]
    t = _T4_TOTAL_HEAD.match(mtext, last.end())
    pos = t.end() if t else last.end()
    cells: list[TCell] = []
    notes: list[dict] = []
    r = _T4_DATA.match(mtext, pos)
    # markdown: three sub-tables each with one data row (|---| lines are skipped)
    if "|" in mtext[last.start() - 200:last.start()]:
        groups = []
        for h in heads[-3:]:
            d = _T4_MD_ROW.search(mtext, h.end())
            if d:
                groups.append((d.start(1), d.end(1)))
        if len(groups) == 3:
            vals = []
            for s, e in groups:
                sp = split_run(text[s:e], 5, groups_rule([4]))
                if not sp:
                    break
                vals.append((s, e, sp[0]))
            if len(vals) == 3:
                for g, (s, e, sol) in zip(TABLE4_GROUPS, vals):
                    for res, c in zip(TABLE4_RESULTS, sol):
                        cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end,
                                           s, e, unit="cases"))
                return cells, notes
    span = run_after(mtext, pos, min(len(mtext), pos + 300))
    if not span or not r:
        return [], []
    s, e = span
    dashed = _table4_dashed(text, s, e, last.start())
    if dashed:
        return dashed, notes
    sols = split_run(text[s:e], 15, groups_rule([4, 4, 4]))
    toks = _INT.findall(text[s:e])
    if not sols and len(toks) == 3 and _BORDER.search(text[s:e]):
        # only the three 总计 cells filled
        off = s
        for g, tok in zip(TABLE4_GROUPS, toks):
            i = text.find(tok, off)
            cells.append(TCell(f"table4.{g}.total", float(tok), i, i + len(tok), last.start(), e,
                               "other cells blank", unit="cases"))
            off = i + len(tok)
        return cells, notes
    if not sols:
        lit = literal_split(text[s:e], 15)
        notes.append(dict(rule="table4.split", ok=False, expected="15 cells, each 总计 = sum of its four",
                          observed=text[s:e] if lit is None else "cells taken as printed: " + text[s:e],
                          start=s, end=e))
        if lit is None:
            return [], notes
        for (g, res), c in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), lit):
            cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end, last.start(), e,
                               "total does not add up", unit="cases"))
        return cells, notes
    q = "ambiguous split" if len(sols) > 1 else ""
    if q:
        notes.append(dict(rule="table4.split_unique", ok=False, expected="one split",
                          observed=f"{len(sols)} splits", start=s, end=e))
    for (g, res), c in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), sols[0]):
        cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end, last.start(), e,
                           q, unit="cases"))
    return cells, notes


_T2_ITEMS = [
    ("regulations", "规章", ("new_made", "new_published", "total_published"), ("issued", "repealed", "in_force")),
    ("normative_docs", "规范性文件", ("new_made", "new_published", "total_published"), ("issued", "repealed", "in_force")),
    ("licensing", "行政许可", ("previous", "change", "decisions"), ("decisions",)),
    ("other_services", "其他对外管理服务事项", ("previous", "change", "decisions"), ()),
    ("penalty", "行政处罚", ("previous", "change", "decisions"), ("decisions",)),
    ("enforcement", "行政强制", ("previous", "change", "decisions"), ("decisions",)),
    ("fees", "行政事业性收费", ("previous", "change"), ("amount_10k_yuan",)),
    ("procurement", "政府集中采购", ("count", "amount"), ()),
]
_T2_RUN = re.compile(r"[\d\s|.\-]*\d[\d\s|.\-]*")


def _table2(text: str, mtext: str, is2021: bool) -> tuple[list[TCell], list[dict]]:
    m0 = _T2_HEAD.search(mtext)
    if not m0:
        return [], []
    end = _T2_END.search(mtext, m0.end())
    stop = end.start() if end else m0.end() + 1500
    cells: list[TCell] = []
    notes: list[dict] = []
    pos = m0.start()
    for item, label, cols19, cols21 in _T2_ITEMS:
        cols = cols21 if is2021 else cols19
        if not cols:
            continue
        m = label_re(label).search(mtext, pos, stop)
        if not m:
            continue
        pos = m.end()
        r = _T2_RUN.match(mtext, m.end())
        if not r:
            continue
        raw = r.group(0).strip(" |\n\t")
        if raw.endswith(".") or raw.endswith("-"):
            raw = raw[:-1]
        s = r.start() + r.group(0).find(raw[:1]) if raw else r.start()
        toks = [t for t in _T2_SEP.split(raw) if t]
        if item == "procurement" and len(toks) == 1:
            notes.append(dict(rule=f"table2.{item}.split", ok=None, expected="count and amount",
                              observed=raw, start=s, end=s + len(raw)))
            continue
        if len(toks) != len(cols):
            if len(cols) > 1:
                notes.append(dict(rule=f"table2.{item}.split", ok=None, expected=f"{len(cols)} cells",
                                  observed=raw, start=s, end=s + len(raw)))
            continue
        off = s
        for col, tok in zip(cols, toks):
            i = text.find(tok, off)
            try:
                v = float(tok)
            except ValueError:
                continue
            unit = "10k_yuan" if col == "amount_10k_yuan" else ("yuan" if col == "amount" else "items")
            cells.append(TCell(f"table2.{item}.{col}", v, i, i + len(tok), m.start(), s + len(raw), unit=unit))
            off = i + len(tok)
    return cells, notes


def csv_cells(text: str) -> str:
    """``text`` with the commas of comma-separated table rows (a table exported as CSV:
    一、本年新收政府信息公开申请数量,36,1,2,2,2,4,47) turned into spaces, its length unchanged:
    a line ending in at least four comma-separated whole numbers (blank fields allowed),
    not a number in thousands groups (1,234,567)."""
    if "," not in text and "，" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        fields = _COMMA.split(line)
        if len(fields) < 5:
            continue
        k = len(fields)
        while k > 0 and _CELL.fullmatch(fields[k - 1]):
            k -= 1
        nums = [f.strip() for f in fields[k:]]
        if len(nums) >= 4 and k > 0 and not all(len(f) == 3 for f in nums[1:]):
            head = sum(len(f) + 1 for f in fields[:k])  # the label's fields and their commas
            lines[i] = line[:head - 1] + _COMMA.sub(" ", line[head - 1:])
    return "\n".join(lines)


def read_template_tables(text: str, *, is2021: bool | None = None) -> tuple[list[TCell], list[dict]]:
    """Cells of tables 2, 3 and 4 found in one cleaned text.

    A table-3 row whose label is present but whose cells are all blank gives a
    pseudo-cell ``table3.<row>.blank`` (value 0, qualifier "blank in table") so that
    headline measures can be filled; it is not emitted as a figure.

    Returns
    -------
    (list of TCell, list of dict)
        The cells (measure, value, span of the cell, span of its row) and notes on rows
        that could not be split or were split ambiguously (``checks`` rows without
        report_id: rule, ok, expected, observed, start, end).
    """
    text = csv_cells(text)  # (same length: the cells' spans are those of the text)
    mtext = _DATA_N.sub(lambda m: " " * len(m.group(0)), masked(text))
    if is2021 is None:
        is2021 = any(w in mtext for w in _IS2021)
    c3, n3 = read_table3(text, mtext)
    if not c3:
        c3, n3 = read_table3_by_position(text, mtext)
    c4, n4 = _table4(text, mtext)
    c2, n2 = _table2(text, mtext, is2021)
    return c2 + c3 + c4, n2 + n3 + n4
