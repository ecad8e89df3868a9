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
also says how a flattened row is split, and :mod:`gdrkit.extract.layouts`), table 4 in
:mod:`gdrkit.extract.table4`, table 2 here; what they share (a cell, a row label's
pattern) is in :mod:`gdrkit.extract.labels`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cell_lines import join_cell_lines, without_year_cell_lines
from .flat_rows import relined, unrelined
from .labels import TCell, label_re
from .layouts import COLUMN_NAME
from .own_table import own_table3
from .position import (
    BY_POSITION,
    read_table3_by_codes,
    read_table3_by_position,
    read_table3_grouped,
    read_table3_in_blocks,
    read_table3_transposed,
)
from .split import ZERO_MARK, masked
from .table3 import (
    OUTCOME_GROUPS,
    TABLE3_COLUMNS,
    TABLE3_COLUMNS8,
    TABLE3_ROWS,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    read_table3,
)
from .table4 import TABLE4_GROUPS, TABLE4_RESULTS, read_table4

__all__ = ["TABLE3_ROWS", "TABLE3_COLUMNS", "TABLE3_COLUMNS8", "TABLE4_GROUPS", "TABLE4_RESULTS", "OUTCOME_GROUPS",
           "BY_POSITION", "TCell", "read_template_tables"]

_T2_HEAD = re.compile(r"第\s*二\s*十\s*条")
_T2_END = re.compile(r"本\s*年\s*新\s*收|收到和处理政府信息公开申请")
_T2_SEP = re.compile(r"[\s|]+")
_DATA_N = re.compile(r"数据\d")
#: a cell printed as a circle for zero (a scanned page's OCR, a typist's 〇): 0, where it stands
#: alone between a row's spaces or delimiters (not inside 二〇二一年)
_CIRCLE_ZERO = re.compile(r"(?:(?<=[ \t|,，;；])|^)[〇○](?=[ \t|,，;；]|$)", re.M)
#: a page number on a line of its own between two fragments of a pipe table (a PDF turned to Markdown:
#: …| 1 |, blank lines, 3, blank lines, | | | 5.属于三类… |): no cell of the row before it
_PAGE_BETWEEN_PIPES = re.compile(r"(?<=\|)[ \t]*\n(?:[ \t]*\n)+[ \t]*(\d{1,3})[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*\|)")
_DELIMITERS = (re.compile(r"[,，]"), re.compile(r"[;；]"), re.compile(r"[¦｜]"), re.compile(r"、"))
#: a delimiter before a cell or a cell's column name: a line without one has no delimited row
_DELIMITED_CELL = re.compile(r"[,，;；¦｜|、][ \t]*(?:\d|[—–\-/／]|自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人|其他|总计|合计|小计)")
#: a delimited cell that repeats its column's name before its number (|自然人5|, ;总计：8),
#: not a count in words (自然人5件，…总计6件。 is read by its 总计, or as prose)
_NAMED_CELL = re.compile(r"((?:^|(?<=[,，;；¦｜|:：]))[ \t]*)((?:法人或其他组织|小计|" + COLUMN_NAME.pattern + r")"
                         r"[ \t]*[:：]?[ \t]*)(?=(?:\d+|" + ZERO_MARK + r")[ \t]*(?:[,，;；¦｜|]|[。.]?$))")
#: a field of a comma-separated row that is a cell: a whole number, a dash, a slash or nothing
_CELL = re.compile(r"[ \t]*(?:\d+[ \t]*件?|" + ZERO_MARK + r")?[ \t]*[。.]?")
_PIPE_CELL = re.compile(r"\|[ \t]*(?:\d+|" + ZERO_MARK + r")[ \t]*(?=\||$)", re.M)
_CELL_UNIT = re.compile(r"(?<=\d)([ \t]*)件")
#: words only the 2021 format has (tested with ``in``: a regex alternation scans slowly)
_IS2021 = ("本年制发件数", "逾期不补正", "本年处理决定数量")


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


def delimited_cells(text: str) -> str:
    """``text`` with the delimiters of delimited table rows turned into spaces, its length
    unchanged: a table exported as CSV or written with semicolons, broken bars or 、
    (一、本年新收政府信息公开申请数量,36,1,2,2,2,4,47; …;9件;2件;-;-;1件;1件;13件), a line ending in
    at least four comma-separated fields (three of another delimiter) that are whole numbers,
    with or without 件, or zero marks (blank fields allowed; the 件 is blanked too), not a
    number in thousands groups (1,234,567); a line of seven or more such fields alone (table
    4 under its header). A cell that repeats its column's name (|自然人5|商业企业1|…|总计8,
    or ;自然人：5;) keeps its number and loses the name, in any of these delimiters or pipes. A
    pipe row whose cells carry their unit or say none (| 26件 | 无 |) has its 件 blanked and each
    无 a dash (:func:`_worded_pipe_row`)."""
    if "|" in text and ("件" in text or "无" in text):
        text = "\n".join(_worded_pipe_row(line) if line.startswith("|") else line for line in text.split("\n"))
    if not _DELIMITED_CELL.search(text):
        return text
    three = _REDUCED_CSV_HEAD.search(text) is not None  # (项目,自然人,法人或其他组织,总计: rows of three fields)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _DELIMITED_CELL.search(line):
            continue
        if len(_NAMED_CELL.findall(line)) >= 4:  # a row of named cells, not a sentence with one 总计8,
            named = _NAMED_CELL.sub(lambda m: m.group(1) + " " * len(m.group(2)), line)
            # the names stay where the row is not one of cells
            line = _delimited_row(named) or (named if len(_PIPE_CELL.findall(named)) >= 4 else line)
        lines[i] = _delimited_row(line, three) or line
    return "\n".join(lines)


#: a pipe cell with a count's unit or said in words (| 26件 |, | 无 |): a web page's table
_WORDED_CELL = re.compile(r"[ \t]*(?:\d+[ \t]*件|\d+|无|" + ZERO_MARK + r")?[ \t]*")
_NONE_CELL = re.compile(r"(?<=\|)([ \t]*)无(?=[ \t]*(?:\||$))")


def _worded_pipe_row(line: str) -> str:
    """A pipe row whose cells after its label are counts with their unit (26件) or 无 for
    none, four or more, or one or two (a table of the 总计 column alone): its 件 blanked and
    each 无 a dash (the length unchanged); any other line as it is."""
    cells = line.strip().strip("|").split("|")
    rest = cells[1:]
    if len(rest) not in (1, 2) and len(rest) < 4 or not all(_WORDED_CELL.fullmatch(c) for c in rest) or \
            not any(c.strip() for c in rest):  # (four cells or more; or one or two: | 上年结转 | 无 |, 项目 | 数量)
        return line
    head = len(line) - len(line.lstrip()) + 1 + len(cells[0])  # (the label's cell, its bars)
    body = _CELL_UNIT.sub(lambda m: m.group(1) + " ", line[head:])
    return line[:head] + _NONE_CELL.sub(lambda m: m.group(1) + "—", body)


_REDUCED_CSV_HEAD = re.compile(r"自然人[ \t]*[,，][ \t]*法人或其他组织[ \t]*[,，][ \t]*(?:总计|合计)")
_SPACED_COMMA = re.compile(r"\d[ \t]+[,，][ \t]*\d|\d[,，][ \t]+\d")


def _delimited_row(line: str, three: bool = False) -> str | None:
    """The line with its cells' delimiters (and 件) blanked, or None: not a delimited row;
    ``three``: a table of three columns heads the text (rows of three comma fields)."""
    delim = max(_DELIMITERS, key=lambda d: len(d.findall(line)))
    fields = delim.split(line)
    # (a comma: not 1,234 with a label; three fields where spaces stand beside the commas: 本年新收 , 38 , 1 , 39)
    least = 4 if delim is _DELIMITERS[0] and not (three or _SPACED_COMMA.search(line)) else 3
    if len(fields) <= least:
        return None
    k = len(fields)
    while k > 0 and _CELL.fullmatch(fields[k - 1]):
        k -= 1
    nums = [f.strip() for f in fields[k:]]
    if len(nums) < (least if k else 7) or all(len(f) == 3 for f in nums[1:]):
        return None
    head = max(sum(len(f) + 1 for f in fields[:k]) - 1, 0)  # the label's fields and delimiters
    return line[:head] + _CELL_UNIT.sub(lambda m: m.group(1) + " ", delim.sub(" ", line[head:]))


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
    view, breaks = relined(text)  # (a page run onto one line: its tables' rows given back their lines)
    return unrelined(*_read_tables(view, is2021), breaks)


def _read_tables(text: str, is2021: bool | None) -> tuple[list[TCell], list[dict]]:
    """:func:`read_template_tables` on the text (or its relined view)."""
    # (same length: the cells' spans are those of the text; a table comparing years is no table 3)
    text = _CIRCLE_ZERO.sub("0", text) if "〇" in text or "○" in text else text
    text = _PAGE_BETWEEN_PIPES.sub(lambda m: m.group(0).replace(m.group(1), " " * len(m.group(1))), text) if "|" in text else text
    text = own_table3(delimited_cells(join_cell_lines(without_year_cell_lines(text))))
    mtext = _DATA_N.sub(lambda m: " " * len(m.group(0)), masked(text))
    if is2021 is None:
        is2021 = any(w in mtext for w in _IS2021)
    c3, n3 = read_table3_grouped(text, mtext)
    if not c3:
        c3, n3 = read_table3_transposed(text, mtext)
    if not c3:
        c3, n3 = read_table3_in_blocks(text, mtext)
    if not c3:
        c3, n3 = read_table3(text, mtext)
    if all(c.measure.endswith(".blank") for c in c3):  # (labels with no cells after them: the rows elsewhere)
        c3, n3 = next(((c, n) for c, n in (read_table3_by_codes(text, mtext), read_table3_by_position(text, mtext))
                       if c), (c3, n3))
    c4, n4 = read_table4(text, mtext)
    c2, n2 = _table2(text, mtext, is2021)
    return c2 + vouched(c3) + c4, n2 + n3 + n4


#: the qualifier of a table-3 总计 cell whose row's cells do not add up, held by its column
VOUCHED = "its row's cells do not add up; the 总计 column holds it"


def vouched(cells: list[TCell]) -> list[TCell]:
    """Table 3's cells with the 总计 cell of the one row whose cells do not add up to it
    ("row sum fails": an applicant cell misprinted, or the 总计) qualified :data:`VOUCHED`
    where the 总计 column holds it: every row's 总计 read, and both of the column's
    identities hold (本年新收 + 上年结转 = 总计 + 结转下年度; 总计 = the sum of the answers).
    Where the column holds the sum of the row's cells instead (新收 printed 58, its cells
    56, and 总计 + 结转下年度 − 上年结转 = 56), the 总计 is the misprint: the cell takes that
    sum, qualified :data:`MISPRINTED`. The measure is then stated, flagged; the cells as
    they were otherwise."""
    totals = {c.measure.split(".")[1]: c for c in cells if c.measure.endswith(".total")}
    failing = [k for k, c in totals.items() if "row sum fails" in c.qualifier]
    rows = next((r for r in (TABLE3_ROWS_2021, TABLE3_ROWS_2019) if set(r) == set(totals)), None)
    if len(failing) != 1 or rows is None:
        return cells
    bad, k = totals[failing[0]], failing[0]
    v = {r: c.value for r, c in totals.items()}
    if _column_holds(v, rows):
        return [replace(c, qualifier=VOUCHED) if c is bad else c for c in cells]
    v[k] = sum(c.value for c in cells if c.measure.startswith(f"table3.{k}.") and c.measure != bad.measure
               and c.measure.split(".")[2] in TABLE3_COLUMNS[:-1])
    if not _column_holds(v, rows):
        return cells
    return [replace(c, value=v[k], qualifier=MISPRINTED) if c is bad else c for c in cells]


#: the qualifier of a table-3 总计 cell taken as the sum of its row's cells
MISPRINTED = "its 总计 misprinted: the sum of its cells, which the 总计 column holds"


def _column_holds(v: dict[str, float], rows) -> bool:
    """Whether table 3's 总计 column (row → 总计) holds both identities."""
    return sum(v[k] for k in rows[2:-2]) == v["total"] and v["new"] + v["carried_over"] == v["total"] + v["carried_forward"]
