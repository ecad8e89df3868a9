"""Layouts of table 3 that keep fewer cells than its seven columns, read when no row
splits into them (:func:`gdrkit.extract.table3.read_table3`): the 总计 column alone, some
of the applicant columns (or the cells that are not 0), and rows with their first and
last cells only or of zeros with a blank; a row whose label a narrow column split over
two lines (:func:`cells_of_the_line_before`); a table written as sentences with the
totals of its groups (:func:`group_total_in_words`); columns printed in another order
(:func:`column_order`); and a row's total when it was left at 0 or blank
(:func:`filled_total`). Each fills the splits of the rows (``sols``:
row key -> list of cell lists, ``None`` for a cell not printed), as the table's
identities allow."""

from __future__ import annotations

import re

from .labels import blank_table, run_after
from .split import ZERO_MARK, Cell, digit_runs, literal_split, pipe_cells, run_digits, split_run

__all__ = ["COLUMN_OF_NAME", "COLUMN_NAME", "without_line_numbers", "UNFILLED_TOTAL", "BLANK_TOTAL", "filled_total", "column_order", "in_column_order", "table_lines", "total_only", "fewer_columns", "reduced_columns", "ORG_KIND_NAMES", "BALANCE_FAILS", "unbalanced", "sparse_rows", "cells_of_the_line_before", "group_total_in_words", "CELL_DIGITS",
           "REST_ZERO", "rest_zero_holds"]

#: a number that may be a cell: not an item number (1.属于国家秘密) nor a date
CELL_DIGITS = re.compile(r"\d+(?![\d.、．年月日])")
_ANY_DIGIT = re.compile(r"\d")

_NON_DIGIT = re.compile(r"\D")
#: a cell right after a run, behind a separator the run does not cross (;2, ｜ 3, , -)
_CELL_AFTER = re.compile(r"[ \t]*件?[ \t]*[;；,，|｜¦][ \t:：]*(?:\d|" + ZERO_MARK + r"(?=[ \t]*(?:[;；,，|｜¦]|$)))", re.M)
#: a row with only its first and last cells filled ("22": 自然人 2, 总计 2)
_FIRST_LAST_RULE = {1: lambda c: c[0]}


def _whole_row(text: str, e: int) -> bool:
    """Whether the run ending at ``e`` is all its line holds: no digit or zero mark after
    it (a row read as one number while its other cells stand behind a separator the run
    does not cross, 一、本年新收…；9；2；-；13, is the first cell, not the 总计)."""
    m = _CELL_AFTER.match(text, e)
    return m is None


#: a cell behind a separator (;2 ｜3 ,- \t1), a number alone up to the next separator (not
#: ,10件予以公开 nor 15,436条): five on a line make it a table's row
_SEPARATED_CELL = re.compile(r"[;；,，|｜¦\t][ \t:：]*(?:\d+|" + ZERO_MARK + r")(?=[ \t]*(?:[;；,，|｜¦\t]|$))", re.M)


#: a count with its unit, which a table's row label does not hold (23件均已办结…依次为12,3,1,…)
_A_COUNT = re.compile(r"\d+\s*[件条元]")
#: the longest line taken for a table's row (a label of 60 characters and its cells)
_ROW_MAX = 200


def table_lines(text: str) -> list[tuple[int, int]]:
    """The lines that hold five cells or more behind separators (…申请;0;:0;:0;:0;:0, | 3 |
    1 | 0 | 0 | 4 |, 5,1,0,…): a table's rows (table 3's seven columns), read or not by the
    table readers, whose numbers are not statements of the prose (…申请;0 is no count of 0
    received). An annex row (指标,单位,本年,累计) has fewer and stays prose to the reader."""
    out: list[tuple[int, int]] = []
    line, n, run, run_start, run_end, last_end = -1, 0, 0, 0, -1, 0
    for m in _SEPARATED_CELL.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        if a != line:
            line, n, run, last_end = a, 0, 0, a
        n += 1
        run, run_start = (run + 1, run_start) if m.start() - run_end <= 2 else (1, m.start())
        run_end = m.end()
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if n == 5 and b - a <= _ROW_MAX:  # (not a page scraped as one line: its sentences are prose)
            out.append((a, b))
        elif run == 5 and b - a > _ROW_MAX:
            # a page scraped as one line: a row of its table, its label and five cells or more in a
            # run, stands apart from the sentences (from the row before or the last clause's end)
            counted = [c.end() for c in _A_COUNT.finditer(text, max(a, run_start - 60), run_start)]
            start = max(last_end, run_start - 60, *counted, *(text.rfind(p, a, run_start) + 1 for p in "。，；,;"))
            out.append((start, m.end()))
        elif run > 5 and b - a > _ROW_MAX:
            out[-1] = (out[-1][0], m.end())
        if run >= 5:
            last_end = m.end()
    return out


#: the names of table 3's seven columns, in the template's order (法人或其他组织 heads five),
#: and the column each names (合计 is the 总计)
COLUMN_OF_NAME = {"自然人": "natural_person", "商业企业": "commercial", "科研机构": "research",
                  "社会公益组织": "social_welfare", "法律服务机构": "legal_services", "其他": "other_org",
                  "总计": "total", "合计": "total"}
_COLUMN_NAMES = tuple(COLUMN_OF_NAME)[:7]
#: any of them (the longest first: 其他 is no prefix of another, 总计 and 合计 are distinct)
COLUMN_NAME = re.compile("|".join(COLUMN_OF_NAME))


def column_order(mtext: str, a: int, b: int) -> tuple[int, ...] | None:
    """The order table 3's columns are printed in, from its header in ``mtext[a:b]``
    (项目|总计|自然人|法律服务机构|…): for each printed column, its place in the template's
    order; None when no line names all seven once, or they stand in the template's order.
    A header of two levels (总计 自然人 法人或其他组织, then 商业企业 … 其他 on the next line) names
    the five under 法人或其他组织, where it stands."""
    lines = mtext[a:b].split("\n")
    for i, line in enumerate(lines):
        names = _names(line)
        if _LEGAL in line and len(names) < 7:
            k = line.index(_LEGAL)
            below = _names(next((x for x in lines[i + 1:] if x.strip()), ""))
            if sorted(below) == sorted(_COLUMN_NAMES[1:6]):  # (the five alone: not a header wrapped by its width)
                names = _names(line[:k]) + below + _names(line[k + len(_LEGAL):])
        if len(names) == 7 and set(names) == set(_COLUMN_NAMES):
            order = tuple(_COLUMN_NAMES.index(n) for n in names)
            return None if order == tuple(range(7)) else order
    return None


_LEGAL = "法人或其他组织"


def _names(line: str) -> list[str]:
    """The column names in a header line, in their order (合计 not one)."""
    return [n for n in COLUMN_NAME.findall(line) if n != "合计"]


def in_column_order(cells: list | None, order: tuple[int, ...]) -> list | None:
    """The seven cells of a row printed in ``order`` (:func:`column_order`), in the
    template's order (each keeps its own span); None when the row has not seven."""
    if cells is None or len(cells) != len(order):
        return None
    out = [None] * len(order)
    for printed, place in enumerate(order):
        out[place] = cells[printed]
    return out


_LINE_NO_HEAD = re.compile(r"行\s*次|栏\s*次")
#: a pipe header whose second column is the line (| 项目 | 行次 | 自然人 | …)
_LINE_NO_PIPE = re.compile(r"(?m)^\|?[^|\n]*\|\s*(?:行\s*次|栏\s*次)\s*\|")


def without_line_numbers(text: str, runs, keys: list[str], head: tuple[int, int]) -> list:
    """The rows' runs without a 行次 column (项目 | 行次 | 自然人 | …: each row's first number
    its line in the table, 1 for 本年新收 …), when the header names it and every row's first
    number is its line, or, in pipe rows, the cell under it whatever it holds (a line, a code,
    a misprint); else the runs as they are."""
    if not _LINE_NO_HEAD.search(text, *head):
        return runs
    if runs and _LINE_NO_PIPE.search(text, *head) and all("|" in text[s:e] for _, _, s, e in runs):
        # (a blank 行次 cell was passed over with the label's: its row has two | before its run; a row
        # of seven cells has none: its header names a column its rows do not print)
        return [(key, ls, text.index("|", s, e) + 1 if text.count("|", ls, s) == 1 and
                 len(pipe_cells(text[s:e]) or ()) == 8 else s, e) for key, ls, s, e in runs]
    out = []
    for key, ls, s, e in runs:
        spans = digit_runs(text[s:e])
        if len(spans) < 2 or int(text[s + spans[0][0]:s + spans[0][1]]) != keys.index(key) + 1:
            return runs
        out.append((key, ls, s + spans[1][0], e))
    return out


#: a line holding one number alone (a table printed one cell a line)
_OWN_LINE_CELL = re.compile(r"[ \t]*\d+[ \t]*(?:\n|$)")
#: a row's only cell a zero mark (| / |, —)
_LONE_ZERO = re.compile(r"[\s|]*(" + ZERO_MARK + r")[\s|]*")


def total_only(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """A table of the 总计 column alone (项目 | 数量: one number per row; three rows read suffice
    in a pipe table or one printed a cell a line, its other rows blank): when no row splits
    into the applicant columns, every row holds one number, and the table's identities hold
    on them (new + carried over = total + carried forward, a blank carried row 0; total = the
    sum of the answers; with no 总计 row, new + carried over = the answers + carried forward),
    each number is its row's 总计 (into ``sols``)."""
    if len(runs) < 3 or len(runs) == 3 and not all("|" in text[ls:e] or _OWN_LINE_CELL.match(
            text, text.rfind("\n", 0, s) + 1) for _, ls, s, e in runs) or any(sols.get(key) for key, *_ in runs):
        return  # (three rows only in a pipe table, | 本年新收申请 | 4 |, or one cell a line: not a digit run glued, 予以公开22)
    one = {}
    for key, _, s, e in runs:
        spans = digit_runs(text[s:e])
        if not spans and (z := _LONE_ZERO.fullmatch(text, s, e)):
            one[key] = Cell(0, z.start(1) - s, z.end(1) - s)  # (| / |: a dash or slash for 0)
            continue
        if len(spans) != 1 or not _whole_row(text, s + spans[0][1]):
            return
        a, b = spans[0]
        one[key] = Cell(int(text[s + a:s + b]), a, b)
    v = {k: c.value for k, c in one.items()}
    if "new" not in v or len(v) < 3 and not v.keys() & {"carried_over", "carried_forward", "total"}:
        return  # (a row carried over or forward left blank, / or —, counts 0 in the identities; three rows
        # read, the answers must add up to the new requests: | 本年新收申请 | 4 | … | 结转下年度 | 无 |)
    answers = sum(x for k, x in v.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    total = v.get("total", answers)  # a table without its 总计 row: the answers' sum must balance
    if v["new"] + v.get("carried_over", 0) == total + v.get("carried_forward", 0) and answers == total:
        for key, cell in one.items():
            sols[key] = [[None] * (ncols - 1) + [cell]]


def fewer_columns(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """A table that keeps some of the applicant columns (自然人 | 法人或其他组织 | 总计, or
    the columns used, or the cells that are not 0): when no row splits into the applicant
    columns, every row holds 2 to ncols-1 spaced numbers whose last is the sum of the
    others, and the table balances on those last numbers (new + carried over = total +
    carried forward, where the rows are there), the last number is its row's 总计."""
    if len(runs) < 3 or len(runs) == 3 and not all("|" in text[ls:e] for _, ls, _, e in runs) or any(
            sols.get(key) for key, *_ in runs):
        return  # (three rows only in a pipe table, | 本年新收申请 | 4 |: not a digit run glued, 予以公开22)
    last = {}
    for key, _, s, e in runs:
        spans = digit_runs(text[s:e])
        vals = [int(text[s + a:s + b]) for a, b in spans]
        if not 2 <= len(vals) < ncols or sum(vals[:-1]) != vals[-1] or not _whole_row(text, e):
            return
        last[key] = Cell(vals[-1], *spans[-1])
    v = {k: c.value for k, c in last.items()}
    if {"new", "carried_over", "total", "carried_forward"} <= v.keys() and \
            v["new"] + v["carried_over"] != v["total"] + v["carried_forward"]:
        return
    for key, cell in last.items():
        sols[key] = [[None] * (ncols - 1) + [cell]]


#: a header that keeps the organisations together (自然人 | 法人或其他组织 | 总计)
_REDUCED_HEAD = re.compile(r"自然人\s*[|,，]\s*法人或其他组织(?:小计)?\s*[|,，]\s*(?:总计|合计)")
#: the kinds of organisation of table 3's columns (under 法人或其他组织)
ORG_KIND_NAMES = tuple(COLUMN_OF_NAME)[1:5]
_ORG_KIND = re.compile("|".join(ORG_KIND_NAMES))


def reduced_columns(text: str, mtext: str, runs, sols: dict[str, list], ncols: int, head: tuple[int, int]) -> None:
    """A pipe (or comma) table of three columns, 自然人 | 法人或其他组织 | 总计, no kind of organisation named
    in its header: each row's cells by the header (into ``sols``): 自然人 and 总计 (the
    organisations together have no column of the seven), when every row has three cells."""
    if ncols != 7 or not _REDUCED_HEAD.search(mtext, *head) or _ORG_KIND.search(mtext, *head):
        return
    rows = {}
    for key, _, s, e in runs:
        run = text[s:e]
        cells = pipe_cells(run) if "|" in run else literal_split(run, 3)  # (commas are spaces by now)
        if cells is None or len(cells) != 3:
            return
        rows[key] = [[cells[0], None, None, None, None, None, cells[2]]]
    sols.update(rows)


def sparse_rows(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """Splits (into ``sols``) of the rows with only the first and the last column filled
    ("22": 自然人 2, 总计 2), and of rows of zeros with a blank cell."""
    for key, _, s, e in runs:
        if not sols.get(key) and _whole_row(text, e):
            d = _NON_DIGIT.sub("", text[s:e])
            if d and set(d) == {"0"} and len(d) < ncols:
                sols[key] = [[None] * (ncols - 1) + [Cell(0, e - s - 1, e - s)]]
                continue
            # the two cells are one number written twice ("22", "1515"): other digits have no split;
            # not a count with its unit (上年结转22件 in a sentence: 22)
            digits = run_digits(text[s:e])
            twice = len(digits) % 2 == 0 and digits[:len(digits) // 2] == digits[len(digits) // 2:] and \
                text[e:e + 1] not in ("件", "条")
            two = split_run(text[s:e], 2, _FIRST_LAST_RULE) if len(d) <= 8 and twice else []
            if two:
                sols[key] = [[two[0][0]] + [None] * (ncols - 2) + [two[0][1]]]


#: the cells that end a line of a table printed with spaces (…办理结果 （   9  2  -  -  -  2  13;
#: the first glued to the words by cleaning: …1.本机3 2 - - - - 5)
_TRAILING_CELLS = re.compile(r"(?:[ \t]+|(?<=[^\d\s.,]))(?:\d+|" + ZERO_MARK + r")(?:[ \t]+(?:\d+|" + ZERO_MARK
                             + r"))*[ \t]*$")
#: the item mark that opens a row's own label (（一）, 1., 一、)
_ITEM_MARK = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*[、.．])")


#: a line opening with the label of a group of table 3 (（三）不予公开, (四)无法提供 …), no row of its own
_GROUP_LINE = re.compile(r"[ \t|]*(?:[（(][三四五六][)）]\s*(?:不予公开|无法提供|不予处理|其他处理)|三\s*[、.．]\s*本年度办理结果)")


def cells_of_the_line_before(mtext: str, ls: int, floor: int) -> tuple[int, int] | None:
    """The cells of a blank row's label taken from the line just before it, when a table
    split the label over two lines with the cells on the first (| 三、本年度办理结果 （一）
    | 30 | … | 47 | / | 予以公开 | | … |, or 三、本年度办理结果 （   9  2 … 13 / 一）予以公开):
    the line before has cells after the head of a label that is no row's (``floor``: the
    end of the label found before), and this one's line opens with the label or the end of
    the words before, with no item mark (1.属于国家秘密 under a group's row is a row of its own)."""
    start = mtext.rfind("\n", 0, ls) + 1
    head = mtext[start:ls].strip(" \t|")  # (the end of the line before's words: 一)予以公开)
    end = start - 1  # (the line before: over up to two blank lines, a PDF's text boxes apart)
    for _ in range(2):
        if end > 0 and not mtext[mtext.rfind("\n", 0, end) + 1:end].strip():
            end = mtext.rfind("\n", 0, end)
    pstart = mtext.rfind("\n", 0, end) + 1
    line = mtext[pstart:end]
    # (a group's label with cells on the line before its first item, 1.属于国家秘密: a PDF
    # printed the item's cells beside the group, which has none of its own)
    first_item = _GROUP_LINE.match(line) is not None and re.match(r"[ \t|]*(?:1\s*[.、．]|[（(]一[)）])", mtext[start:ls + 6])
    if start == 0 or len(head) > 6 or _ANY_DIGIT.search(head.lstrip("1")) or (
            _ITEM_MARK.match(head or mtext[ls:ls + 6]) and not first_item):
        return None
    if pstart < floor:
        return None
    if line.lstrip().startswith("|"):
        cell_end = line.find("|", line.find("|") + 1)  # the end of its label's cell
    else:
        cells = _TRAILING_CELLS.search(line)
        cell_end = cells.start() if cells else -1
    if cell_end <= 0 or not line[:cell_end].strip(" \t|") or CELL_DIGITS.search(line, 0, cell_end):
        return None
    return run_after(mtext, pstart + cell_end, end)


#: the total of a group of table 3 written as words (不予公开2件, 无法提供：0件)
_GROUP_WORDS = {meas: re.compile(rf"{w}\s*[:：]?\s*(\d+)\s*件") for meas, w in (
    ("applications_denied", "不予公开"), ("applications_unable", "无法提供"), ("applications_not_processed", "不予处理"))}


def group_total_in_words(text: str, measure: str, region: tuple[int, int]) -> re.Match | None:
    """The total of a group of table 3 (denied, unable, not processed) written as words in
    the table's region, to the end of its last line (不予公开2件，其中…1件；…): its match
    (group 1 the number), or None."""
    word = _GROUP_WORDS.get(measure)
    if word is None or region[1] <= region[0]:
        return None
    a, b = region[0], len(text) if (nl := text.find("\n", region[1])) < 0 else nl
    found = list(word.finditer(text, a, b))  # (因…不予公开2件;因…不予公开1件: reasons in turn, no one total; but 不予公开3件,其中…)
    return found[0] if len(found) == 1 or found and re.match(r"[,，]?其中", text[found[0].end():found[0].end() + 3]) else None


# --------------------------------------------------------------------------- totals
_APPLICANT_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
#: the qualifier of a headline taken from the cells because their printed total is 0
UNFILLED_TOTAL = "total left at 0: sum of its cells"
BLANK_TOTAL = "total blank: sum of its cells"


def filled_total(by: dict, total: str, blank: str | None, *, parts: list[str] | None = None):
    """(value, cell, qualifier) of a table total: the printed total, or, when it is 0 while
    the cells it sums are not, the sum of those cells (the total was left unfilled); None
    when that first cell is the sum of the others (the 总计 printed first, not left at 0)."""
    c = by.get(total) or (by.get(blank) if blank else None)
    if c is None:
        # a pipe row whose 总计 cell is blank: the sum of the cells it has (blanks are 0)
        stem = total.rsplit(".", 1)[0]
        cells = [x for k in (parts or [f"{stem}.{col}" for col in _APPLICANT_COLUMNS]) if (x := by.get(k))]
        return (sum(x.value for x in cells), cells[0], BLANK_TOTAL) if cells else None
    if c.value == 0 and not c.measure.endswith(".blank"):
        stem = total.rsplit(".", 1)[0]
        cells = [by.get(k) for k in (parts or [f"{stem}.{col}" for col in _APPLICANT_COLUMNS])]
        got = sum(x.value for x in cells if x is not None)
        if got > 0 and all(x is not None for x in cells):  # (not when the first is the rest's sum: 总计 first?)
            return None if 2 * cells[0].value == got else (got, c, UNFILLED_TOTAL)
    return c.value, c, ""


#: the qualifier of a carried row of a table 3 whose 总计 column does not balance (not a headline)
BALANCE_FAILS = "balance fails: new + carried over ≠ 总计 + carried forward"


def unbalanced(by: dict, head: dict) -> None:
    """The carried measures stated from table 3 (in ``head``: measure → its headline row),
    qualified :data:`BALANCE_FAILS` when its 总计 column does not balance (本年新收 + 上年结转 ≠
    总计 + 结转下年度, a blank row 0): a row is misprinted, and the carried rows, the ones a
    careful reader trusts least, are not stated. Only when the four rows are read (a carried
    row blank, 0) and none of them is known to be misprinted (a row whose cells do not add up
    to its 总计 is: 本年新收 42 by its cells, 46 printed)."""
    cells = [by.get(f"table3.{r}.total") or (by.get(f"table3.{r}.blank") if r.startswith("carried") else None)
             for r in ("new", "carried_over", "total", "carried_forward")]
    if any(c is None or "row sum fails" in c.qualifier for c in cells):
        return
    new, co, total, cf = (c.value for c in cells)
    answers = sum(c.value for m, c in by.items() if m.startswith("table3.") and m.endswith(".total") and
                  m.split(".")[1] not in ("new", "carried_over", "total", "carried_forward"))
    if answers != total and new + co == answers + cf:
        return  # (the 总计 row is the misprint: the answers' sum balances)
    for m in ("applications_carried_over", "applications_carried_forward") if new + co != total + cf else ():
        if m in head and head[m]["method"].startswith("template"):
            head[m]["qualifier"] = BALANCE_FAILS


#: a table's words saying the cells or rows it does not print are 0 (未列出的项目均为0, 其余各项均为0)
REST_ZERO = re.compile(r"(?:未列出|未列明|未列|其余|其他)的?(?:各?项目?|各项|栏目|单元格|数据|数字|指标)?(?:均|都|皆)为\s*(?:0|零)")


def rest_zero_holds(by: dict) -> bool:
    """Whether table 3 balances with the rows it does not print taken as 0: its 总计 row is
    the sum of the answers read, and new + carried over = 总计 + carried forward (a row
    printed under a label not recognised is not taken for one left out)."""
    v = {k: c.value for m, c in by.items() if m.startswith("table3.") and m.endswith(".total")
         for k in [m.split(".")[1]]}
    answers = sum(x for k, x in v.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    return "total" in v and answers == v["total"] and v.get("new", 0) + v.get("carried_over", 0) == v["total"] + \
        v.get("carried_forward", 0)


def blanks_are_zero(text: str, by: dict, region: tuple[int, int]) -> bool:
    """Whether table 3's blank rows are 0: where two rows or more have numbers (not where a
    PDF layer printed every label, then every number), on one line only where the table
    balances with them (``region``: the table's span); or where every cell was left blank."""
    return len({m.split(".")[1] for m in by if m.startswith("table3.") and not m.endswith(".blank")}) >= 2 and (
        "\n" in text[region[0]:region[1]] or "table3.total.total" not in by or rest_zero_holds(by)) or blank_table(text, by)
