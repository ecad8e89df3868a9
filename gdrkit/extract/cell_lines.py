"""Tables printed one cell a line: a web page's table copied as text, or a document's
table whose cells a converter put on lines of their own, blank cells as empty lines.

The lines of each row are joined into one row of cells, the text's length unchanged
(each newline inside a row becomes ``|``), so the table readers read it as a row of
pipe-delimited cells and every cell keeps its span. A table's width comes from its
header: the applicant columns of table 3 (自然人 … 总计, one per line), or the years of a
table comparing years (项目, 2022年, 2023年). A row is a label on a line of its own followed
by exactly that many cell lines (a number, a dash, or nothing: a blank cell), then a
blank line, the next label or the end of the text; anything else is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .layouts import COLUMN_OF_NAME, ORG_KIND_NAMES

__all__ = ["join_cell_lines", "join_year_cell_lines", "without_year_cell_lines"]

#: a cell on a line of its own: a count (table 3 counts requests: no decimals), a dash or
#: slash for none, or nothing (blank)
_CELL = re.compile(r"[ \t]*(?:\d{1,3}(?:,\d{3})+|\d+|[—–\-/／]+)?[ \t]*")
#: a cell of a table comparing years: a number
_NUMBER = re.compile(r"[ \t]*\d[\d,]*(?:\.\d+)?[ \t]*")
#: a row's label on a line of its own: no digit first, no separator, short
_LABEL = re.compile(r"[ \t]*(?:\d{1,2}\s*[.、．]\s*)?[^\d\s|][^\n|]{0,59}")
#: the label of table 3's last rows (四、结转下年度继续办理; (七)总计)
_LAST_ROW = re.compile(r"结\s*转\s*下|总\s*计")
#: the label of table 3's last row (四、结转下年度继续办理)
_CARRIED_ON = re.compile(r"结\s*转\s*下")
#: the first label of table 3's rows (一、本年新收政府信息公开申请数量)
_ROW_ONE = re.compile(r"[ \t]*(?:一\s*[、.]\s*)?本\s*年\s*新\s*收[^\n|]{0,30}")
#: a year as a column of a header (2022年, 2023年度)
_YEAR = re.compile(r"[ \t]*(?:19|20)\d\d\s*年\s*度?[ \t]*")
#: the first column of a table comparing years
_FIRST_COLUMN = re.compile(r"[ \t]*(?:项\s*目|指\s*标|类\s*别|内\s*容)[ \t]*")
#: the longest a header of applicant columns runs, in lines (with blank lines between them)
_HEADER_LINES = 24


def _rows(lines: list[str], i: int, width: int, *, strict: bool = False) -> list[tuple[int, int]]:
    """The rows from line ``i`` on: (line of the label, line of its last cell), each a label
    followed by ``width`` cell lines and then a blank line, a label or the end; reading
    stops at the first line that is neither a row nor a label nor blank. ``strict`` (a
    table comparing years): every cell a number, and reading stops at the first line that
    is not a row."""
    rows = []
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if not _LABEL.fullmatch(line):
            break
        cells = lines[i + 1:i + 1 + width]
        after = lines[i + 1 + width] if i + 1 + width < n else ""
        if strict:
            if len(cells) < width or not all(_NUMBER.fullmatch(c) for c in cells):
                break
            rows.append((i, i + width))
            i += width + 1
            continue
        blank = not any(c.strip() for c in cells)
        # (a row of blank cells only where a blank line ends it and a label follows: its width is the header's)
        if len(cells) == width and all(_CELL.fullmatch(c) for c in cells) and (
                not blank and (not after.strip() or _LABEL.fullmatch(after)) or
                blank and not after.strip() and i + 2 + width < n and _LABEL.fullmatch(lines[i + 2 + width])):
            rows.append((i, i + width))
            i += width + 1
        else:
            i += 1  # a label of a group (三、本年度办理结果) or a heading: not a row
    return rows


def _joined(lines: list[str], rows: list[tuple[int, int]]) -> str:
    """The text of ``lines`` with each row's lines joined by "|" instead of line breaks
    (its length unchanged)."""
    breaks = ["\n"] * len(lines)
    for a, b in rows:
        breaks[a:b] = ["|"] * (b - a)
    return "".join(line + sep for line, sep in zip(lines, breaks))[:-1]


def join_cell_lines(text: str) -> str:
    """``text`` with table 3 printed one cell a line (a header of its applicant columns,
    one per line, then each row's label and its cells on lines of their own, blank cells
    as empty lines) joined row by row into pipe-delimited rows, and table 4's cells one a
    line joined into its row; the same text when there is no such table. The length is
    unchanged."""
    if "\n自然人" not in text and "\n总计" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _ROW_ONE.fullmatch(line):
            continue
        head = [x.strip() for x in lines[max(0, i - _HEADER_LINES):i]]
        width = len(dict.fromkeys(x for x in head if x in COLUMN_OF_NAME))  # (each once: 总计 or 合计)
        if "法人或其他组织" in head and not any(x in head for x in ORG_KIND_NAMES):
            width += 1  # (自然人 | 法人或其他组织 | 总计: the organisations in one column)
        if width < 3:
            continue
        rows = _rows(lines, i, width)
        # (to table 3's last row: table 4's header, 结果维持 … 总计, holds labels too)
        last = next((k for k, (a, _) in enumerate(rows) if _CARRIED_ON.search(lines[a])), len(rows) - 1)
        rows = rows[:last + 1]
        # (all rows or none: to the last row, 结转下年度, or the 总计 row before it; a table
        # joined in part would leave its other rows to be read in the wrong columns)
        if rows and rows[0][0] == i and all(_adds_up(lines[a + 1:b + 1]) for a, b in rows) and \
                _LAST_ROW.search(lines[rows[-1][0]]):
            return _table4_joined(_joined(lines, rows))
    return _table4_joined(text)


#: the names of table 4's columns before its data (结果维持 … 总计, three times)
_T4_NAMES = ("结果维持", "结果纠正", "其他结果", "尚未审结")


def _table4_joined(text: str) -> str:
    """``text`` with table 4's fifteen cells one a line (blank cells as empty lines) after
    its header's last 总计 joined into one pipe-delimited row, when exactly fifteen cell lines
    follow it, then other words (after blank lines or none) or the end, and each group's 总计
    is the sum of its four."""
    if "\n总计" not in text or "结果维持" not in text:
        return text
    lines = text.split("\n")
    for j, line in enumerate(lines):
        if line.strip() != "总计" or not all(n in "".join(lines[max(0, j - 20):j]) for n in _T4_NAMES):
            continue
        cells = lines[j + 1:j + 16]
        after = next((x for x in lines[j + 16:] if x.strip()), None)  # (blank lines may end the table)
        if len(cells) == 15 and all(_CELL.fullmatch(c) for c in cells) and any(c.strip() for c in cells) and \
                (after is None or not _CELL.fullmatch(after)) and all(_adds_up(cells[k:k + 5]) for k in (0, 5, 10)):
            return _joined(lines, [(j + 1, j + 15)])
    return text


def _adds_up(cells: list[str]) -> bool:
    """Whether a row's last cell (its 总计) is the sum of the others, blank or a dash being 0:
    the check that the cells were joined to the columns they are printed under."""
    vals = [int(c.strip().replace(",", "")) if c.strip()[:1].isdigit() else 0 for c in cells]
    return vals[-1] == sum(vals[:-1])


def join_year_cell_lines(text: str) -> str:
    """``text`` with a table comparing years printed one cell a line (项目, 2022年, 2023年
    on lines of their own, then each row's label and its cells) joined into pipe-delimited
    rows, its header too; the same text when there is none. The length is unchanged."""
    found = _year_table(text)
    return text if found is None else found[0]


def without_year_cell_lines(text: str) -> str:
    """``text`` with a table comparing years printed one cell a line blanked (its lines
    kept, their characters spaces): its rows are no table 3 of one column per year."""
    found = _year_table(text)
    if found is None:
        return text
    _, a, b = found
    return text[:a] + "".join(ch if ch == "\n" else " " for ch in text[a:b]) + text[b:]


@lru_cache(maxsize=4)
def _year_table(text: str) -> tuple[str, int, int] | None:
    """The text with the first table comparing years one cell a line joined, and the span
    of that table; None when there is none (kept for the text's next reader: the annex's
    and table 3's both ask)."""
    if "\n项" not in text and "\n指" not in text and "\n类" not in text and "\n内" not in text:
        return None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _FIRST_COLUMN.fullmatch(line):
            continue
        k = i + 1
        while k < len(lines) and _YEAR.fullmatch(lines[k]):
            k += 1
        width = k - i - 1
        if width < 2:
            continue
        rows = _rows(lines, k, width, strict=True)
        if rows and rows[0][0] == k and len(rows) >= 2:
            a = sum(len(x) + 1 for x in lines[:i])
            b = sum(len(x) + 1 for x in lines[:rows[-1][1] + 1]) - 1
            return _joined(lines, [(i, k - 1), *rows]), a, b
    return None
