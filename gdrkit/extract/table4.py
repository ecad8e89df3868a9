"""Table 4 of the national template (政府信息公开行政复议、行政诉讼情况): three groups
(行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉) of five cells (结果维持, 结果纠正, 其他结果,
尚未审结, 总计), read under its header (a run of 15 cells split by the groups' sums, a
Markdown table per group, dashes for 0), as words (行政复议：结果维持2件，…), as one line of
15 cells under its heading whatever its header looks like, as 15 lines of label and
value, or transposed (one line per group under the five results). Each 总计 must be the sum of its four; cells read otherwise say so."""

from __future__ import annotations

import itertools
import re

from .labels import TCell, run_after
from .split import ZERO_MARK, Cell, groups_rule, holds, literal_split, pipe_cells, split_run
from .table4_cells import NOT_ITS_OWN, SECTION, loose_table4

__all__ = ["TABLE4_GROUPS", "TABLE4_RESULTS", "read_table4"]

TABLE4_GROUPS = ("review", "litigation_direct", "litigation_after_review")
TABLE4_RESULTS = ("upheld", "corrected", "other", "pending", "total")

#: the words naming each group
_GROUP_NAMES = {"review": "行政复议", "litigation_direct": "未经复议直接起诉", "litigation_after_review": "复议后起诉"}
_T4_PENDING = re.compile(r"(?:尚\s*)?未\s*审\s*结")
_T4_REVIEW = re.compile(r"行\s*政\s*复\s*议")
_T4_TOTAL_HEAD = re.compile(r"(?:\s*\|?\s*总\s*计\s*\|?)")
_T4_DATA = re.compile(r"[\d\s|\-:]*")
_T4_MD_ROW = re.compile(r"总\s*计\s*\|\s*\n\|[-|\s]+\n(\|[\d\s|]+\|)")
_INT = re.compile(r"\d+")
_BORDER = re.compile(r"[\s|]")
_T4_NUM = r"\s*[:：]?\s*(\d+|" + ZERO_MARK + r")\s*件?\s*[,，、;；]?\s*"
#: a cell of table 4's row: a number or a dash or slash for 0
_T4_CELL = re.compile(r"\d+|" + ZERO_MARK)
#: one group of table 4 in words: 结果维持2件，结果纠正0件，其他结果0件，尚未审结0件，总计2件
_T4_WORDS = re.compile(rf"(?:结果)?维持{_T4_NUM}(?:结果)?纠正{_T4_NUM}其他(?:结果)?{_T4_NUM}"
                       rf"尚?未审结{_T4_NUM}总计{_T4_NUM}")
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
    if len(found) == 2 and None not in groups:  # (the third group by its 总计 alone: 行政诉讼(复议后起诉):总计0件)
        rest = next(g for g in TABLE4_GROUPS if g not in groups)
        t = next((t for t in _T4_TOTAL_ALONE.finditer(mtext, pos, min(len(mtext), pos + 1500))
                  if t.group(1) == _GROUP_NAMES[rest]), None)
        cells += [TCell(f"table4.{rest}.total", float(t.group(2)), t.start(2), t.end(2), t.start(), t.end(),
                        unit="cases")] if t else []
    return cells


#: a group of table 4 written as words by its 总计 alone (行政诉讼（复议后起诉）：总计0件)
_T4_TOTAL_ALONE = re.compile("(" + "|".join(_GROUP_NAMES.values()) + r")[)）]?[:：]\s*总\s*计\s*(\d+)\s*件")


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


#: a line of table 4 as label and value (行政复议—结果维持：3, 行政诉讼（复议后起诉）—总计=1; the
#: value perhaps on the next line)
_T4_LABELLED = re.compile(r"(?m)^[ \t|]*(?:行政诉讼[ \t(（]*)?(行政复议|未经复议直接起诉|复议后起诉)[^\d\n]{0,12}?"
                          r"(结果维持|结果纠正|其他结果|尚未审结|总计)[ \t|]*[:：=]?[ \t|]*\n?[ \t|]*(\d+|" + ZERO_MARK + r")[ \t|]*$")
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


def _glued_cells(line: str) -> list[tuple[int, int, int]] | None:
    """The 15 cells of a line of digits run together, when the groups' sums split it one way
    only (each 总计 the sum of its four); None otherwise."""
    a = len(line) - len(line.lstrip())
    sols = split_run(line.strip(), 15, groups_rule([4, 4, 4]))
    return [(c.value, a + c.start, a + c.end) for c in sols[0]] if len(sols) == 1 else None


def _table4_row(text: str, mtext: str) -> list[TCell]:
    """Table 4 as one line of 15 cells under its section heading and header words (维持,
    纠正, 审结), however its header was printed (wrapped over lines, repeated per group, as
    CSV): the cells by position, each group of five (a blank or a dash 0) with its 总计 the
    sum of its four; nothing when no line is such a row."""
    sec = SECTION.search(mtext)
    if sec is None:
        return []
    end = min(len(mtext), sec.end() + 1500)
    nxt = _NEXT_PART.search(mtext, sec.end(), end)
    end = nxt.start() if nxt else end
    labelled = _table4_labelled(mtext, sec.end(), end) or _table4_grouped(mtext, sec.end(), end)
    if labelled:
        return labelled
    # (with no header words, only the heading's first line: 四、…情况 / 5 1 1 2 9 3 1 0 2 6 2 0 0 1 3)
    first_only = not _T4_HEAD_WORDS.search(mtext, sec.end(), end)
    pos = mtext.find("\n", sec.end(), end)
    while 0 <= pos < end:
        nl = mtext.find("\n", pos + 1, end)
        line_end = nl if nl >= 0 else end
        line = mtext[pos + 1:line_end]
        cells = _line_cells(line) if any(ch.isdigit() for ch in line) else None
        if cells is not None and len(cells) == 1 and line.strip().isdigit() and len(line.strip()) >= 15:
            cells = _glued_cells(line)  # 401272001301001: the 15 cells run together, split by the groups' sums
        if cells is not None and len(cells) == 15:
            vals = [v for v, _, _ in cells]
            if all(sum(vals[i:i + 4]) == vals[i + 4] for i in (0, 5, 10)):
                a = pos + 1
                # (the row is the cells' line: the prose between the heading and the table is prose)
                return [TCell(f"table4.{g}.{res}", float(v), a + cs, a + ce, a, line_end, unit="cases")
                        for (g, res), (v, cs, ce) in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), cells)]
        if first_only and line.strip():
            return []
        pos = nl
    return []


_NEXT_PART = re.compile(r"\n\s*[五六七][、.]")


def _table4_labelled(mtext: str, a: int, b: int) -> list[TCell]:
    """Table 4 as 15 lines of label and value (行政复议—结果维持：3 …): its cells, when every
    group's five are there once and each 总计 is the sum of its four."""
    found = {(m.group(1), m.group(2)): m for m in _T4_LABELLED.finditer(mtext, a, b)}
    words = dict(zip(TABLE4_RESULTS, ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")))
    ms = [found.get((_GROUP_NAMES[g], words[r])) for g, r in itertools.product(TABLE4_GROUPS, TABLE4_RESULTS)]
    if None in ms:
        return []
    vals = [int(m.group(3)) if m.group(3).isdigit() else 0 for m in ms]
    if any(sum(vals[i:i + 4]) != vals[i + 4] for i in (0, 5, 10)):
        return []
    return [TCell(f"table4.{g}.{r}", float(v), m.start(3), m.end(3), m.start(), m.end(), unit="cases")
            for (g, r), v, m in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), vals, ms)]


#: a line of table 4 as one group and its five cells (行政诉讼（未经复议直接起诉）  0 0 0 2 2; the cells
#: perhaps on the next line, where cleaning broke a line of wide spaces)
_T4_GROUP_ROW = re.compile(r"(?m)^[ \t|]*(?:(?:行政)?诉讼[(（]?)?(行政复议|未经复议(?:直接起诉)?|复议后起诉)[)）]?[ \t|]*\n?[ \t|]*"
                           r"((?:\d+|" + ZERO_MARK + r")(?:[ \t|]+(?:\d+|" + ZERO_MARK + r")){4})[ \t|]*$")
#: the header of table 4 transposed: its five results in the template's order
_T4_RESULTS_HEAD = re.compile(r"结果维持[ \t|]*结果纠正[ \t|]*其他结果[ \t|]*尚未审结[ \t|]*总计")


def _table4_grouped(mtext: str, a: int, b: int) -> list[TCell]:
    """Table 4 transposed: a header of the five results (结果维持 结果纠正 其他结果 尚未审结
    总计), then one line per group with its five cells; its cells, when every group is there
    once and each 总计 is the sum of its four."""
    if not _T4_RESULTS_HEAD.search(mtext, a, b):
        return []
    names = {v: k for k, v in _GROUP_NAMES.items()} | {"未经复议": "litigation_direct"}
    rows = {names[m.group(1)]: m for m in _T4_GROUP_ROW.finditer(mtext, a, b)}
    if len(rows) != 3:
        return []
    return _group_rows(mtext, rows)


def _group_rows(mtext: str, rows: dict[str, re.Match]) -> list[TCell]:
    """The cells of the three groups' rows (each match's group 2 holds its five cells), when
    each 总计 is the sum of its four; else none."""
    out = []
    for g in TABLE4_GROUPS:
        m = rows[g]
        cells = [(int(x.group()) if x.group().isdigit() else 0, x.start(), x.end())
                 for x in _T4_CELL.finditer(mtext, m.start(2), m.end(2))]
        if sum(v for v, _, _ in cells[:4]) != cells[4][0]:
            return []
        out += [TCell(f"table4.{g}.{r}", float(v), s, e, m.start(), m.end(), unit="cases")
                for r, (v, s, e) in zip(TABLE4_RESULTS, cells)]
    return out


#: table 4 turned on its side: a row per result (结果维持 | 1 | 0 | 1 …), a column per group
_T4_CELL_OR_MARK = r"(\d+|" + ZERO_MARK + r")"
_T4_RESULT_ROW = re.compile(r"(?m)^[ \t|]*(?:结果)?(维持|纠正|其他结果|尚未审结|总计)[ \t|:：]*"
                            + r"[ \t|]+".join([_T4_CELL_OR_MARK] * 3) + r"[ \t|]*$")
#: a result's name right before a run of cells (尚未审结 0 0 0 in a table flattened onto one line)
_RESULT_BEFORE = re.compile(r"(?:维持|纠正|其他结果|尚未审结)[ \t|:：]*$")
_T4_RESULT_KEY = {"维持": "upheld", "纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
#: the header of such a table: the groups in the template's order (行政复议 … 直接起诉/未经复议 … 复议后起诉)
_T4_GROUPS_HEAD = re.compile(r"行\s*政\s*复\s*议[^\n]*?(?:直\s*接\s*起\s*诉|未\s*经\s*复\s*议)[^\n]*?复\s*议\s*后")


def _table4_on_its_side(text: str, mtext: str) -> list[TCell]:
    """Table 4 on its side (a row per result, 结果维持 … 总计, under a header naming 行政复议,
    直接起诉 and 复议后起诉 in that order): its cells, when the five rows follow each other
    and each group's 总计 is the sum of its four; else none."""
    rows = list(_T4_RESULT_ROW.finditer(mtext))
    for i in range(len(rows) - 4):
        five = rows[i:i + 5]
        if [_T4_RESULT_KEY[r.group(1)] for r in five] != list(TABLE4_RESULTS) or \
                any(mtext[a.end():b.start()].strip() for a, b in zip(five, five[1:])) or \
                not _T4_GROUPS_HEAD.search(mtext, max(0, five[0].start() - 200), five[0].start()):
            continue
        vals = [[0 if not r.group(k).isdigit() else int(r.group(k)) for r in five] for k in (2, 3, 4)]
        if any(sum(v[:4]) != v[4] for v in vals):
            continue
        return [TCell(f"table4.{g}.{res}", float(vals[k][j]), r.start(k + 2), r.end(k + 2), r.start(), r.end(),
                      unit="cases")
                for k, g in enumerate(TABLE4_GROUPS) for j, (res, r) in enumerate(zip(TABLE4_RESULTS, five))]
    return []


#: one group of table 4 as a small table of its own: the group's name on its line, the five
#: results, then its five cells (a web page's or a Markdown file's three tables)
_T4_GROUP_TABLE = re.compile(r"(?m)^[ \t#|]*(?:行政诉讼[(（]?)?(行政复议|未经复议直接起诉|复议后起诉)[)）]?[ \t|]*\n"
                             r"(?:[ \t]*\n)*[ \t|]*结果维持[ \t|]*结果纠正[ \t|]*其他结果[ \t|]*尚未审结[ \t|]*总计[ \t|]*\n"
                             r"(?:[ \t|:\-]*\n)*[ \t|]*(" + _T4_CELL_OR_MARK + r"(?:[ \t|]+" + _T4_CELL_OR_MARK
                             + r"){4})[ \t|]*$")


def _table4_per_group(mtext: str) -> list[TCell]:
    """Table 4 as three small tables, one per group under its name: its cells, when every
    group is there once (not twice: another year's or a unit's tables beside) and each 总计 is
    the sum of its four; else none."""
    names = {v: k for k, v in _GROUP_NAMES.items()}
    found = list(_T4_GROUP_TABLE.finditer(mtext))
    rows = {names[m.group(1)]: m for m in found}
    if len(rows) != 3 or len(found) != 3 or NOT_ITS_OWN.search(mtext, max(0, found[0].start() - 80), found[0].start()):
        return []  # (two sets, of two years or a unit's detail, or one under 附：下属单位… / 上年度: not the report's)
    return _group_rows(mtext, rows)


def read_table4(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """The cells of table 4 in ``mtext`` (``text`` masked), and notes on a run that could not
    be split or was split ambiguously."""
    side = _table4_on_its_side(text, mtext)
    if side:
        return side, []
    cells, notes = _table4_by_header(text, mtext)
    if not any(c.measure.endswith(".total") and not c.qualifier for c in cells):
        # (three small tables only where the table is not read otherwise: not a breakdown beside its row)
        row = _table4_row(text, mtext) or _table4_per_group(mtext)
        if row:
            return row, []
        loose = None if cells else loose_table4(mtext)  # (no layout read: the section's cells in order)
        if loose:
            (vals, q, (a, b)) = loose
            return [TCell(f"table4.{g}.{r}", v, s, e, a, b, q, unit="cases")
                    for (g, r), (v, s, e) in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), vals)], []
    return cells, notes


def _pipe_row(text: str, s: int, e: int) -> tuple[int, int, list]:
    """(start, end, splits) of table 4's row holding ``text[s:e]``: its pipe cells when the line
    is a pipe row of fifteen cells (inside its borders, if any; a blank cell 0) whose groups
    add up; else ``s``, ``e`` and the splits of the run by the groups' sums."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    b = len(text) if b < 0 else b
    cells = pipe_cells(text[a:b]) or []
    if len(cells) == 17 and cells[0] is None and cells[-1] is None and text[a:b].strip()[:1] == "|":
        cells = cells[1:-1]  # (| … |: the row's borders)
    if len(cells) == 15 and holds(cells, groups_rule([4, 4, 4])):
        return a, b, [[c if c is not None else Cell(0, 0, 0) for c in cells]]
    return s, e, split_run(text[s:e], 15, groups_rule([4, 4, 4]))


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
    s, e, sols = _pipe_row(text, s, e)
    toks = _INT.findall(text[s:e])
    if not sols and len(toks) == 3 and _BORDER.search(text[s:e]) and \
            not _T4_RESULT_ROW.match(mtext, mtext.rfind("\n", 0, s) + 1) and \
            not _RESULT_BEFORE.search(mtext, max(0, s - 12), s):  # (not a result's row: 尚未审结 0 0 0, on a line or not)
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
