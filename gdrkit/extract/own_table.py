"""Which of several tables 3 is the reporting agency's own.

A department may print table 3 twice: for its whole system or area (表3-1 全省自然资源系统
（含市、县…）) and for itself (表3-2 厅机关). Only the agency's own counts. :func:`own_table3`
gives the table readers a view of the text in which a table 3 whose caption names the whole
area or system is blanked, when another table 3 stands beside it whose caption does not; a
text with one table 3, or whose tables' captions do not tell them apart (a table cut in two
halves, 表3 and 表3（续）), is given back as it is.
"""

from __future__ import annotations

import re

__all__ = ["own_table3"]

#: the first row of table 3, which starts each one
_HEAD = re.compile(r"本\s*年\s*新\s*收")
#: the last row of table 3, which ends each one
_END = re.compile(r"结\s*转\s*下\s*年\s*度[^\n]*")
#: a caption naming the whole area, system or the units under the agency (全省…系统, 含市、县…,
#: 汇总, 下属单位), not the agency itself
_AREA = re.compile(r"全(?:省|市|县|区|州|盟|旗|系统)|系统(?:合计|汇总|总计)|汇总|各(?:市|县|区|部门|单位)|下属|所属|"
                   r"[(（]含[^)）\n]{0,12}(?:市|县|区|乡|镇|街道|部门|单位|分局)[^)）\n]{0,12}[)）]|仅供参考")
#: how far before a table's first row its caption may stand
_CAPTION = 120


def own_table3(text: str) -> str:
    """``text`` with every table 3 captioned as the whole area or system blanked (each
    character but line breaks a space, the length unchanged), where another table 3 is not;
    ``text`` itself otherwise."""
    # (a row's label: at its line's start, after an item number or a bar; not 本年新收申请12件 in prose)
    heads = [m.start() for m in _HEAD.finditer(text)
             if len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t|")) <= 4]
    if len(heads) < 2:
        return text
    tables: list[tuple[int, int, bool]] = []  # (caption start, table end, of the area)
    last_end = 0
    for h in heads:
        if h < last_end:
            continue  # (a 本年新收 inside the table before)
        end = _END.search(text, h)
        if end is None:
            return text
        cap = max(last_end, h - _CAPTION, text.rfind("。", 0, h) + 1)  # (the caption: not the sentence before)
        tables.append((cap, end.end(), bool(_AREA.search(text, cap, h))))
        last_end = end.end()
    if len(tables) < 2 or all(area for *_, area in tables) or not any(area for *_, area in tables):
        return text
    out = list(text)
    for a, b, area in tables:
        if area:
            out[a:b] = [ch if ch == "\n" else " " for ch in text[a:b]]
    return "".join(out)
