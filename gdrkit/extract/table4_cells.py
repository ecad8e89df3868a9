"""Table 4 read loosely, where no layout of :mod:`gdrkit.extract.table4` matched: the cells
of its section in reading order, whatever words stand around them.

Under the section's heading (…行政复议、行政诉讼情况) and its header words (维持, 纠正, 审结
or 总计), the cells are the numbers that stand alone (not 2件, not a year, not 2.5), a dash
or slash for 0, and 〇 or an OCR'd letter O for 0. Fifteen of them, in the template's
order (行政复议, then 未经复议直接起诉, then 复议后起诉, where the section names the groups),
each group's 总计 the sum of its four, are table 4 (复议：维持 纠正 其他 未审结 总计 / 0 0 0 0 0
…; 行政复议（维持/纠正/其他/未审结/总计）：0 0 0 0 0 …; a header and its row on one line).
Not where the section names a unit's or another year's table (附：下属单位…, 上年度). A header
with no cell at all under it is a table left blank: fifteen 0s, flagged
"blank in table" (as a blank row of table 3 is), so the values carry low confidence.
"""

from __future__ import annotations

import re

from .split import ZERO_MARK

__all__ = ["loose_table4", "NOT_ITS_OWN", "SECTION", "T4_PARTS", "t4_sum_fails"]

#: words before tables that are not the report's own of its year (附：局属单位情况, 上年度情况如下)
NOT_ITS_OWN = re.compile(r"附|下属|所属|局属|直属|明细|上年|上一年|去年")

#: table 4's section heading (…行政复议、行政诉讼情况)
SECTION = re.compile(r"行\s*政\s*复\s*议\s*[、,，和及与]\s*(?:提\s*起\s*)?行\s*政\s*诉\s*讼\s*(?:的\s*)?情\s*况")
#: the next part of the report (五、存在的主要问题…), where the section ends
_NEXT_PART = re.compile(r"\n\s*(?:\*\*)?[一二三四五六七八九十]{1,2}[、.．]")
#: a Markdown rule line (|---|---|), whose dashes are no cells
_RULE = re.compile(r"(?m)^[ \t|:]*-{3,}[ \t|:\-]*$")
#: a cell standing alone: digits, a dash or slash, 〇 / ○, or a letter O read for 0
_CELL = re.compile(r"(?<![\w.%％])(\d+|[O〇○]|" + ZERO_MARK + r")(?![\w.%％])")
_DIRECT = re.compile(r"直\s*接\s*起\s*诉|未\s*经\s*复\s*议")
_AFTER = re.compile(r"复\s*议\s*后")


def _header(mtext: str, a: int, b: int) -> bool:
    """Whether ctext[a:b] holds table 4's header words (维持 and 纠正, and 审结 or 总计)."""
    part = mtext[a:b].replace(" ", "")
    return "维持" in part and "纠正" in part and ("审结" in part or "总计" in part)


def loose_table4(mtext: str) -> tuple[list[tuple[float, int, int]], str, tuple[int, int]] | None:
    """(cells, qualifier, section) of table 4 read loosely, or None: fifteen (value, start,
    end) in the template's order; the qualifier is "" for cells read, "blank in table" for a
    header with no cell under it (each cell then spans the section's end); the section's
    span after its heading."""
    sec = SECTION.search(mtext)
    if sec is None:
        return None
    nxt = _NEXT_PART.search(mtext, sec.end(), sec.end() + 1500)
    a, b = sec.end(), nxt.start() if nxt else min(len(mtext), sec.end() + 1500)
    if not _header(mtext, a, b) or NOT_ITS_OWN.search(mtext, a, b):
        return None  # (a unit's or last year's table: not the report's own)
    direct, after = _DIRECT.search(mtext, a, b), _AFTER.search(mtext, a, b)
    if direct and after and after.start() < direct.start():
        return None  # (the groups in another order: which cell is which is not the template's)
    rules = [(m.start(), m.end()) for m in _RULE.finditer(mtext, a, b)]
    cells = [(m.group(1), m.start(1), m.end(1)) for m in _CELL.finditer(mtext, a, b)
             if not any(x <= m.start() < y for x, y in rules)]
    if not cells:
        if re.search(r"[\d\u3007\u25cb]", mtext[a:b]):
            return None  # (numbers in words or beside units: not a blank table)
        return [(0.0, b, b)] * 15, "blank in table", (a, b)
    if len(cells) != 15:
        return None
    vals = [float(v) if v.isdigit() else 0.0 for v, _, _ in cells]
    if any(sum(vals[i:i + 4]) != vals[i + 4] for i in (0, 5, 10)):
        return None
    return [(v, s, e) for v, (_, s, e) in zip(vals, cells)], "", (a, b)


#: the four results of a table-4 group, whose 总计 sums them
T4_PARTS = ("upheld", "corrected", "other", "pending")


def t4_sum_fails(by: dict, group: str) -> bool:
    """Whether a table-4 group's printed 总计 differs from the sum of its four cells."""
    parts = [by.get(f"table4.{group}.{r}") for r in T4_PARTS]
    total = by.get(f"table4.{group}.total")
    return total is not None and all(parts) and sum(p.value for p in parts) != total.value
