"""Table 3 read by position: a converter kept its cells and dropped every row label, so
the numbers of section 三 are read in the template's row order when there are exactly as
many as its cells (:func:`read_table3_by_position`); or the table is transposed, one line
per applicant column (自然人: 46 0 19 …) under a legend or header of its rows in the
template's order (:func:`read_table3_transposed`). Every cell says so, and the identities
check the reading."""

from __future__ import annotations

import re

from .labels import TCell
from .layouts import COLUMN_NAME, COLUMN_OF_NAME
from .split import ZERO_MARK
from .table3 import TABLE3_COLUMNS, TABLE3_ROWS_2019, TABLE3_ROWS_2021

__all__ = ["BY_POSITION", "TRANSPOSED", "IN_BLOCKS", "GROUPED", "BY_CODES", "read_table3_by_position",
           "read_table3_transposed", "read_table3_in_blocks", "read_table3_grouped", "read_table3_by_codes"]

_T3_SECTION = re.compile(r"收\s*到\s*和\s*处\s*理\s*政\s*府\s*信\s*息\s*公\s*开\s*申\s*请\s*情\s*况")
_NEXT_SECTION = re.compile(r"\n\s*(?:#+\s*)?四\s*[、.](?!\s*结\s*转)|政府信息公开行政复议")  # (not its row 四、结转下年度)
_INT = re.compile(r"\d+")
BY_POSITION = "read by position: no row labels"


def _section_three(mtext: str) -> tuple[int, int] | None:
    """The span of section 三 after its heading (to 四、 or table 4's words), or None."""
    m = _T3_SECTION.search(mtext)
    if not m:
        return None
    nxt = _NEXT_SECTION.search(mtext, m.end())
    return m.end(), nxt.start() if nxt else len(mtext)


#: a line of seven numbers and nothing else
_CELLS_LINE = re.compile(r"(?m)^[ \t]*\d+(?:[ \t]+\d+){6}[ \t]*$")


def read_table3_by_position(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 as a stream of numbers with no row labels (a converter kept only the
    cells), or its labels and then its rows of numbers (a PDF layer printed column-wise):
    exactly 25 × 7 (2021) or 23 × 7 (2019) numbers in section 三, read in row
    order; every cell says so, and the identities check the reading."""
    section = _section_three(mtext)
    if section is None:
        return [], []
    start, end = section
    # (the rows of a PDF layer printed column-wise, every label and then a line of 7 cells per
    # row, are the lines of numbers alone; else every number of the section, a stream of cells)
    rows = list(_CELLS_LINE.finditer(mtext, start, end))
    nums = [x for r in rows for x in _INT.finditer(mtext, r.start(), r.end())]
    if len(rows) not in (len(TABLE3_ROWS_2021), len(TABLE3_ROWS_2019)) or len(nums) != 7 * len(rows):
        nums = [x for x in _INT.finditer(mtext, start, end)]
    for keys in (TABLE3_ROWS_2021, TABLE3_ROWS_2019):
        if len(nums) == len(keys) * len(TABLE3_COLUMNS):
            break
    else:
        return [], []
    values = {(keys[i // 7], TABLE3_COLUMNS[i % 7]): int(x.group()) for i, x in enumerate(nums)}
    t = {k: values[(k, "total")] for k in keys}
    outcomes = sum(v for k, v in t.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    holds = t["new"] + t["carried_over"] == t["total"] + t["carried_forward"] and outcomes == t["total"]
    q = BY_POSITION if holds else BY_POSITION + "; identities fail"
    cells = []
    for i, x in enumerate(nums):
        key, col = keys[i // 7], TABLE3_COLUMNS[i % 7]
        row = nums[i - i % 7]
        cells.append(TCell(f"table3.{key}.{col}", float(x.group()), x.start(), x.end(), row.start(),
                           nums[i - i % 7 + 6].end(), q))
    note = dict(rule="table3.by_position", ok=False, expected="row labels",
                observed=f"{len(nums)} numbers without labels read as {len(keys)} rows of 7 in the template's order",
                start=nums[0].start(), end=nums[-1].end())
    return cells, [note]


TRANSPOSED = "read by position: one line per applicant column"
#: a line of the transposed table: an applicant column's name, then its cells
_COLUMN_LINE = re.compile(r"(?m)^[ \t|]*(" + COLUMN_NAME.pattern + r")[ \t|:：]*"
                          r"((?:\d+|" + ZERO_MARK + r")(?:[ \t|,，]+(?:\d+|" + ZERO_MARK + r")){22,24})[ \t|,，]*$")
#: the same with its cells between slashes (自然人 / 16 / 2 / 6 / …): digits only, / not a zero
_SLASHED_LINE = re.compile(r"(?m)^[ \t|]*(" + COLUMN_NAME.pattern + r")[ \t]*/[ \t]*(\d+(?:[ \t]*/[ \t]*\d+){22,24})[ \t]*$")
#: a column printed as a block (a PDF layer column by column): its name alone on a line, then
#: one cell a line, 23 or 25 of them
_COLUMN_BLOCK = re.compile(r"(?m)^[ \t]*(" + COLUMN_NAME.pattern + r")[ \t]*\n((?:[ \t]*(?:\d+|" + ZERO_MARK
                           + r")[ \t]*(?:\n|\Z)){23,25})")
BLOCKS = "read by position: one block of lines per applicant column"
_CELL = re.compile(r"\d+|" + ZERO_MARK)
_OUTCOME_END = -2  # the outcome rows: after new and carried over, before 总计 and carried forward


def read_table3_transposed(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 transposed (applicant columns as lines, its rows as columns): the lines of
    section 三 that name a column and hold one cell per row of a format (25 or 23; between
    spaces, tabs, pipes or commas, or all between slashes: 自然人 / 16 / 2 / …; or each column a
    block, its name on a line and then one cell a line: a PDF layer printed column by column), read
    in the template's row order, when its 总计 line is there, every column's identities
    hold (new + carried over = 总计 + carried forward; 总计 = the sum of the answers) and the
    总计 line is the sum of the applicant lines given; nothing otherwise."""
    section = _section_three(mtext)
    if section is None:
        return [], []
    start, end = section
    lines = {}
    slashed = _SLASHED_LINE.search(mtext, start, end) is not None
    found = list((_SLASHED_LINE if slashed else _COLUMN_LINE).finditer(mtext, start, end))
    how = TRANSPOSED if found else BLOCKS
    for x in found or _COLUMN_BLOCK.finditer(mtext, start, end):
        cells = [(0 if not c.group().isdigit() else int(c.group()), c.start(), c.end())
                 for c in (_INT if slashed else _CELL).finditer(mtext, x.start(2), x.end(2))]
        lines.setdefault(COLUMN_OF_NAME[x.group(1)], (x, cells))
    if "total" not in lines or len({len(c) for _, c in lines.values()}) != 1 or how == BLOCKS and len(lines) < 2:
        return [], []  # (a 总计 block alone: column_after.BY_POSITION_COLUMN reads it)
    n = len(lines["total"][1])
    keys = TABLE3_ROWS_2021 if n == len(TABLE3_ROWS_2021) else TABLE3_ROWS_2019 if n == len(TABLE3_ROWS_2019) else None
    if keys is None:
        return [], []
    for _, cells in lines.values():
        v = [c[0] for c in cells]
        if v[0] + v[1] != v[_OUTCOME_END] + v[-1] or sum(v[2:_OUTCOME_END]) != v[_OUTCOME_END]:
            return [], []
    parts = [c for k, (_, c) in lines.items() if k != "total"]
    if parts and [sum(col) for col in zip(*[[v for v, _, _ in c] for c in parts])] != [v for v, _, _ in lines["total"][1]]:
        return [], []
    out = [TCell(f"table3.{key}.{col}", float(v), s, e, x.start(), x.end(), how)
           for col, (x, cells) in lines.items() for key, (v, s, e) in zip(keys, cells)]
    return out, []


IN_BLOCKS = "read by position: rows of a table printed in column blocks"
#: a header line naming some of table 3's columns (项目 自然人 商业企业 科研机构), no number
_BLOCK_HEAD = re.compile(r"(?m)^[^\d\n]*?(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构|总计)[^\d\n]*$")
#: a row of a block: its label, then its cells
_BLOCK_ROW = re.compile(r"[ \t|]*(?:\d{1,2}\s*[.、．])?[^\d\n|]*?[^\d\s|][ \t|]*((?:\d+|" + ZERO_MARK
                        + r")(?:[ \t|]+(?:\d+|" + ZERO_MARK + r"))*)[ \t|]*")


def read_table3_in_blocks(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 printed in column blocks (a wide table cut for the page: 项目 自然人 商业企业
    科研机构 and its rows, then 项目 社会公益组织 法律服务机构 其他 总计 and the same rows): each
    block's rows (as many as a format has, 25 or 23) read in the template's row order, its
    cells under the columns its header names; when the blocks name the seven columns once,
    every column's identities hold and the 总计 column is the sum of the others."""
    section = _section_three(mtext)
    if section is None:
        return [], []
    start, end = section
    columns: dict[str, list[tuple]] = {}  # column -> (value, start, end, its row's span) per row
    rows: list[tuple[int, int]] = []
    for h in _BLOCK_HEAD.finditer(mtext, start, end):
        names = [COLUMN_OF_NAME[x] for x in COLUMN_NAME.findall(h.group())]
        block, pos = [], h.end() + 1
        while pos < end and (r := _BLOCK_ROW.fullmatch(mtext, pos, _line_end(mtext, pos, end))):
            cells = [(int(c.group()) if c.group().isdigit() else 0, c.start(), c.end())
                     for c in _CELL.finditer(mtext, r.start(1), r.end(1))]
            if len(cells) != len(names):
                break
            block.append((cells, (pos, r.end())))
            pos = r.end() + 1
        if not names or not block or set(names) & columns.keys():
            continue
        for j, name in enumerate(names):
            columns[name] = [(*cells[j], span) for cells, span in block]  # (each cell with its own row)
        rows = rows or [span for _, span in block]
    keys = {len(TABLE3_ROWS_2021): TABLE3_ROWS_2021, len(TABLE3_ROWS_2019): TABLE3_ROWS_2019}.get(len(rows))
    if keys is None or len(columns) != 7 or {len(c) for c in columns.values()} != {len(rows)}:
        return [], []
    for cells in columns.values():
        v = [c[0] for c in cells]
        if v[0] + v[1] != v[_OUTCOME_END] + v[-1] or sum(v[2:_OUTCOME_END]) != v[_OUTCOME_END]:
            return [], []
    if any(sum(columns[k][i][0] for k in columns if k != "total") != columns["total"][i][0] for i in range(len(rows))):
        return [], []
    return [TCell(f"table3.{key}.{col}", float(v), s, e, row[0], row[1], IN_BLOCKS)
            for col, cells in columns.items() for key, (v, s, e, row) in zip(keys, cells)], []


def _line_end(text: str, pos: int, end: int) -> int:
    k = text.find("\n", pos, end)
    return end if k < 0 else k


GROUPED = "read by its header: applicant rows, outcome groups as columns"
#: the columns of table 3 turned on its side with its groups summed (申请人类型 | 本年新收 | 上年结转 |
#: 予以公开 | 部分公开 | 不予公开 | 无法提供 | 不予处理 | 其他处理 | 总计 | 结转下年度): each name's row key
_GROUP_COLUMN = [("new", r"(?:本年)?新收"), ("carried_over", r"上年结转"), ("granted", r"予以公开"),
                 ("partial", r"部分公开"), ("denied", r"不予公开"), ("unable", r"无法提供"),
                 ("not_processed", r"不予处理"), ("other", r"其他处理"),
                 ("total", r"(?:办理(?:结果)?)?(?:合计|总计)"), ("carried_forward", r"结转下年度?(?:继续办理)?")]
_ANSWERS = ("granted", "partial", "denied", "unable", "not_processed", "other")
#: the rows' names: the kinds of applicant, the organisations together, the 总计
_ROW_OF_NAME = {**COLUMN_OF_NAME, "法人或其他组织": "org_subtotal", "法人或其他组织小计": "org_subtotal"}
_ORG_KINDS = ("commercial", "research", "social_welfare", "legal_services", "other_org")


def _fields(line: str, pos: int) -> list[tuple[str, int, int]]:
    """The fields of a pipe row at ``pos`` (its words stripped, their span), without the
    empty ones its leading and trailing | make."""
    parts, out, off = line.split("|"), [], pos
    for k, part in enumerate(parts):
        if part.strip() or 0 < k < len(parts) - 1:
            a = off + len(part) - len(part.lstrip())
            out.append((part.strip(), a, max(a, off + len(part.rstrip()))))
        off += len(part) + 1
    return out


#: two group names side by side, as only such a header prints them
_GROUP_NAMES = re.compile(r"部\s*分\s*公\s*开[\s|,]*不\s*予\s*公\s*开[\s|,]*无\s*法\s*提\s*供")
#: a field of a row or header apart by whitespace (a row's name may touch its first number: 自然人48)
_SPACED_FIELD = re.compile(r"[^\s\d]+(?=\d)|\S+")


def _row_fields(line: str, pos: int) -> list[tuple[str, int, int]]:
    """The fields of a line (as :func:`_fields`) between pipes, commas (CSV: nine or more) or,
    in PDF text, whitespace."""
    if "|" in line or line.count(",") >= 9:
        return _fields(line if "|" in line else line.replace(",", "|"), pos)
    return [(m.group(), pos + m.start(), pos + m.end()) for m in _SPACED_FIELD.finditer(line)]


def _grouped_header(cells: list[str]) -> list[str | None] | None:
    """The row key of each column of a header of outcome groups (the first column its
    applicants'), or None when the header does not name all ten once."""
    keys = [next((k for k, p in _GROUP_COLUMN if re.fullmatch(p, "".join(c.split()))), None) for c in cells[1:]]
    return keys if sorted(k for k in keys if k) == sorted(k for k, _ in _GROUP_COLUMN) else None


def read_table3_grouped(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 on its side with its outcome groups summed: a header (pipes, commas or
    whitespace between its fields) naming the ten groups as columns (本年新收 … 不予公开 |
    无法提供 | 不予处理 … 结转下年度), one row per kind of
    applicant and a 总计 row. Read when every row's identities hold (new + carried over =
    总计 + carried forward; 总计 = the sum of the answers) and the 总计 row is the sum of the
    others; the groups' cells are ``table3.denied|unable|not_processed|other.<column>``."""
    section = _section_three(mtext)
    if section is None or not _GROUP_NAMES.search(mtext, *section):
        return [], []
    pos, keys, rows = section[0], None, {}
    for line in mtext[section[0]:section[1]].split("\n"):
        cells = _row_fields(line, pos)
        if keys is None:
            keys = _grouped_header([c[0] for c in cells]) if len(cells) == len(_GROUP_COLUMN) + 1 else None
        elif cells and (name := "".join(cells[0][0].split())) in _ROW_OF_NAME and len(cells) == len(keys) + 1:
            if not all(v == "" or v.isdigit() or re.fullmatch(ZERO_MARK, v) for v, _, _ in cells[1:]):
                return [], []
            rows[_ROW_OF_NAME[name]] = (pos, pos + len(line), {k: (int(v) if v.isdigit() else 0, a, b)
                                                               for k, (v, a, b) in zip(keys, cells[1:])})
        pos += len(line) + 1
    if "total" not in rows:
        return [], []
    val = {col: {k: x[0] for k, x in v.items()} for col, (_, _, v) in rows.items()}
    for v in val.values():
        if v["new"] + v["carried_over"] != v["total"] + v["carried_forward"] or sum(v[k] for k in _ANSWERS) != v["total"]:
            return [], []
    # (the organisations' row, 法人或其他组织, sums their kinds: the parts are it or them, and it is theirs)
    parts = [v for col, v in val.items() if col != "total" and not ("org_subtotal" in val and col in _ORG_KINDS)]
    kinds = [v for col, v in val.items() if col in _ORG_KINDS]
    if "org_subtotal" in val and kinds and any(sum(p[k] for p in kinds) != val["org_subtotal"][k]
                                               for k in val["total"]):
        return [], []
    if parts and any(sum(p[k] for p in parts) != val["total"][k] for k, _ in _GROUP_COLUMN):
        return [], []
    return [TCell(f"table3.{k}.{col}", float(x), s, e, a, b, GROUPED) for col, (a, b, v) in rows.items()
            for k, (x, s, e) in v.items()], []


BY_CODES = "read by its row codes (行次: 一, 三（一）, 三（三）4 …)"
#: a row labelled by its code in the template (一, 二, 三（一）, 三（三）4, 三（七）, 四) and its seven cells
_CODE_ROW = re.compile(r"(?m)^[ \t|]*(一|二|四|三\s*\(\s*([一二三四五六七])\s*\))[ \t|]*((?:\d+[ \t|]+){6,7}\d+)[ \t|]*$")
_GROUP_ITEMS = {g: [k for k in TABLE3_ROWS_2021 if k.startswith(p)]
                for g, p in (("三", "denied_"), ("四", "unable_"), ("五", "not_processed_"), ("六", "other_"))}


def _code_key(code: str, group: str | None, nums: list[int]) -> tuple[str | None, list[int]]:
    """The row key of a code and the row's seven cells (a group of items takes the first
    number as its item: 三（三）4 6 0 … 6), or None."""
    if group is None:
        return {"一": "new", "二": "carried_over", "四": "carried_forward"}[code], nums
    if group in ("一", "二", "七") or (group == "六" and len(nums) == 7):
        return {"一": "granted", "二": "partial", "七": "total", "六": "other"}[group], nums
    items = _GROUP_ITEMS[group]
    if len(nums) != 8 or not 1 <= nums[0] <= len(items):
        return None, nums
    return items[nums[0] - 1], nums[1:]


#: a row labelled by a decimal code of the template's numbering and perhaps a short name
#: (1 新收, 3.2 部分公开, 3.3.4 第三方权益, 3.7 办理结果合计, 4 结转下年度), then its seven cells (group 3,
#: as :data:`_CODE_ROW`'s, an empty group 2 keeping the place of its item group)
_DECIMAL_ROW = re.compile(r"(?m)^[ \t|]*([1-4](?:\.[1-7](?:\.[1-8])?)?)(?![\d.])[ \t|]*(?:[^\d\n|\t]{1,20}[ \t|]+)?()"
                          r"((?:\d+[ \t|]+){6}\d+)[ \t|]*$")
_DECIMAL_GROUPS = {"3": "denied_", "4": "unable_", "5": "not_processed_", "6": "other_"}


def _decimal_key(code: str, nums: list[int]) -> tuple[str | None, list[int]]:
    """The row key of a decimal code (1, 2, 3.1, 3.3.4, 3.7, 4) and the row's cells, or None."""
    parts = code.split(".")
    if len(parts) == 1:
        return {"1": "new", "2": "carried_over", "4": "carried_forward"}.get(parts[0]), nums
    if parts[0] != "3":
        return None, nums
    if len(parts) == 2:
        return {"1": "granted", "2": "partial", "7": "total", "6": "other"}.get(parts[1]), nums
    items = [k for k in TABLE3_ROWS_2021 if k.startswith(_DECIMAL_GROUPS.get(parts[1], "-"))]
    return (items[int(parts[2]) - 1] if 1 <= int(parts[2]) <= len(items) else None), nums


def read_table3_by_codes(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 with its rows labelled only by the template's codes (行次 | 自然人 | … | 总计,
    rows 一, 二, 三（一） … 三（三）4 … 三（七）, 四), or by decimal ones (1, 2, 3.1 … 3.3.4 … 3.7, 4)
    with or without short names: read when every row's 总计 is the sum of its
    six cells, new + carried over = 总计 + carried forward and 总计 = the sum of the answers."""
    section = _section_three(mtext)
    if section is None:
        return [], []
    rows: dict[str, tuple[int, int, list[tuple[int, int, int]]]] = {}
    decimal = _DECIMAL_ROW.search(mtext, *section) is not None and _CODE_ROW.search(mtext, *section) is None
    for m in (_DECIMAL_ROW if decimal else _CODE_ROW).finditer(mtext, *section):
        nums = [(int(x.group()), m.start(3) + x.start(), m.start(3) + x.end()) for x in _INT.finditer(m.group(3))]
        key, cells = _decimal_key(m.group(1), [n for n, _, _ in nums]) if decimal else \
            _code_key(m.group(1)[0], m.group(2), [n for n, _, _ in nums])
        cells_at = nums[len(nums) - 7:]
        if key is None or key in rows or len(cells) != 7 or sum(cells[:6]) != cells[6]:
            return [], []
        rows[key] = (m.start(), m.end(), cells_at)
    if not {"new", "total", "carried_forward"} <= rows.keys() or len(rows) < 10:
        return [], []
    total = {k: v[2][6][0] for k, v in rows.items()}
    answers = sum(x for k, x in total.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    if total["new"] + total.get("carried_over", 0) != total["total"] + total["carried_forward"] or \
            answers != total["total"]:
        return [], []
    return [TCell(f"table3.{k}.{col}", float(x), s, e, a, b, BY_CODES) for k, (a, b, cells) in rows.items()
            for col, (x, s, e) in zip(TABLE3_COLUMNS, cells)], []
