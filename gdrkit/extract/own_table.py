"""Which of several tables 3 is the reporting agency's own.

A department may print table 3 twice: for its whole system or area (表3-1 全省自然资源系统
总计数) and for itself (表3-2 厅机关). Only the agency's own counts. :func:`own_table3` gives
the table readers a view of the text in which the area's tables are blanked, where the
captions (the short lines right above each table's first row) name the agency itself once
and the whole area or system for every other; any other text (one table 3, a table cut in
two halves, this year's beside another year's, captions that do not tell) is given back as
it is.
"""

from __future__ import annotations

import re

from .labels import label_re
from .layouts import COLUMN_NAME

__all__ = ["own_table3"]

#: the first row of table 3, which starts each one, and the last, which ends it
_HEAD, _END = label_re("本年新收"), label_re("结转下年度")
#: a caption naming the whole area or system the agency leads (全省自然资源系统, 全市…汇总, 系统合计,
#: 各县区合计), not 全市 or 汇总 said in passing
_AREA = re.compile(r"全(?:省|市|县|区|州|盟|旗)[^\n,，。;；]{0,12}?(?:系统|各级|各单位|各部门|汇总|合计|总计)|全系统|"
                   r"系统(?:合计|汇总|总计)|各(?:市|县|区|县区|县市区|乡镇|街道|部门|单位)(?:合计|汇总|总计)")
#: a caption naming the agency itself (厅机关, 本级, 本机关, 局机关)
_OWN = re.compile(r"[厅局委办部署]机关|本级|本机关|[本我](?:厅|局|委|办|单位)(?!属)")
#: a caption naming another year (上年度, 2021年, 供对比): not the rule's to choose
_OTHER_YEAR = re.compile(r"上一?年|去年|(?:19|20)\d\d年|对比|比较")
#: how many lines before a table's first row may hold its caption (a title, then a header of two),
#: not counting lines of column names alone (a header printed one cell a line: 自然人, 商业企业, …)
_CAPTION_LINES = 4
_HEADER_LINE = re.compile(rf"[\s|]*(?:(?:{COLUMN_NAME.pattern}|申请人情况|法人或其他组织|小计|项目)[\s|]*)+")


def _caption(text: str, h: int, floor: int) -> str:
    """The short lines right before a table's first row (its title and header), from
    ``floor``; not a sentence (a line ending in 。 or ：, or longer than 60 characters), and
    lines of column names alone not counted."""
    lines = [x for x in text[floor:h].split("\n")[:-1] if not _HEADER_LINE.fullmatch(x)][-_CAPTION_LINES:]
    return "\n".join(x for x in lines if len(x.strip()) <= 60 and not x.rstrip().endswith(("。", "：", ":")))


def own_table3(text: str) -> str:
    """``text`` with every table 3 captioned as the whole area or system blanked (each
    character but line breaks a space, the length unchanged), where one other is captioned
    as the agency's own and none names another year; ``text`` itself otherwise."""
    # (a row's label: at its line's start, after an item number or a bar; not 本年新收申请12件 in prose)
    heads = [m.start() for m in _HEAD.finditer(text)
             if len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t|")) <= 4]
    if len(heads) < 2:
        return text
    tables: list[tuple[int, int, str]] = []  # (first row's line start, table end, kind of caption)
    last_end = text.find("\n") + 1  # (the report's title line, naming its own year, is no caption)
    for h in heads:
        if h < last_end:
            continue  # (a 本年新收 inside the table before)
        end = _END.search(text, h)
        if end is None:
            return text
        end_at = text.find("\n", end.end())
        end_at = len(text) if end_at < 0 else end_at  # (the row's line)
        caption = _caption(text, h, last_end)
        if _OTHER_YEAR.search(caption):
            return text  # (this year's and another's: the year columns' rules, not this one)
        tables.append((text.rfind("\n", 0, h) + 1, end_at, _kind(caption)))
        last_end = end_at
    kinds = [k for *_, k in tables]
    if kinds.count("own") != 1 or kinds.count("area") != len(kinds) - 1:
        return text  # (the agency's own named once, every other the area's; else no rule can tell)
    out = list(text)
    for a, b, kind in tables:
        if kind == "area":
            out[a:b] = [ch if ch == "\n" else " " for ch in text[a:b]]
    return "".join(out)


def _kind(caption: str) -> str:
    """"area", "own" or "" for a table's caption."""
    area, own = _AREA.search(caption), _OWN.search(caption)
    return "" if bool(area) == bool(own) else "area" if area else "own"
