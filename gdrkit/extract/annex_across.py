"""Statistics annexes printed across: a line of label cells and, on the next line, as many
number cells (主动公开信息数 | 其中全文电子化 | 新增规范性文件数 / 1734 | 1734 | 12)."""

from __future__ import annotations

import re

from .annex_lines import COUNT_MEASURE, DASH_SAID, TITLE_AREA, AnnexValue, anothers_title, measure_of
from .statements import Cues

__all__ = ["across_rows"]

#: a cell of a row of labels or of numbers (tabs, pipes or two spaces between cells)
_CELL = re.compile(r"[^\t|]+?(?=[ \t]*(?:\t|\||  |$))")
_WORD = re.compile(r"\S+")
_NUMBERS_LINE = re.compile(r"[\d\s|,.〇○—]*[\d〇○][\d\s|,.〇○—]*")
_ANOTHER_PERIOD = re.compile(r"上一?年|去年|同期")  # (上年同期情况: not its own; 县卫计局（含局属单位）…统计表 is)
_NUMBER_CELL = re.compile(r"\d[\d,]*(?:\.\d+)?|[〇○—]")
#: a label cell's unit (收费金额（元）)
_LABEL_UNIT = re.compile(r"[（(](万元|元|件|条|个|项)[）)]")


#: a label cell naming what each row is (年度 | 申请总数 …, 单位名称 | …): a table of several rows, not one annex
_BY_ROW = re.compile(r"[ \t]*(?:年\s*度|年\s*份|时\s*间|月\s*份|单\s*位(?:\s*名\s*称)?|部\s*门|科\s*室|序\s*号|名\s*称)[ \t]*")


def _cells(line: str) -> list[re.Match]:
    return [c for c in _CELL.finditer(line) if c.group().strip()]


def across_rows(text: str, cues: Cues, year: int | None = None) -> list[AnnexValue]:
    """An annex printed across: a line of label cells and, on the next line, as many number
    cells (主动公开信息数 | 其中全文电子化 | 新增规范性文件数 / 1734 | 1734 | 12), its pairs read as
    :func:`label_lines` reads rows: the first of each measure whose label names one topic and
    no part; a fee cell without its unit only as 0. Read when two or more measures are named,
    and not under a title of another year's or a whole area's table."""
    out: dict[str, AnnexValue] = {}
    lines = text.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    for i in range(len(lines) - 1):
        if not _NUMBERS_LINE.fullmatch(lines[i + 1]):
            continue  # (the next line is no line of numbers: no row across here; most lines, so first)
        labels, values = _cells(lines[i]), _cells(lines[i + 1])
        if len(labels) < 2 and "|" not in lines[i]:  # (cells a space apart: a scrape's spaces made one by cleaning)
            labels, values = list(_WORD.finditer(lines[i])), list(_WORD.finditer(lines[i + 1]))
        if len(labels) < 2 or len(values) != len(labels) or any(re.search(r"\d", c.group()) for c in labels) \
                or not all(_NUMBER_CELL.fullmatch(c.group().strip()) for c in values):
            continue
        above = next((x for x in reversed(lines[max(0, i - 6):i]) if x.strip() and not _cells(x)[1:]), "")
        after = _cells(lines[i + 2]) if i + 2 < len(lines) else []
        if anothers_title(above, year, text) or _ANOTHER_PERIOD.search(above) or TITLE_AREA.search(above) or any(
                _BY_ROW.fullmatch(c.group()) for c in labels) or len(after) == len(values) and all(
                _NUMBER_CELL.fullmatch(c.group().strip()) for c in after):
            continue  # (2014年度…统计表 / 上年同期情况 / 各部门…如下 above it; a column of years or bodies; rows of several)
        for lab, val in zip(labels, values):
            label = "".join(_LABEL_UNIT.sub("", lab.group()).split())
            unit = _LABEL_UNIT.search(lab.group())
            measure = measure_of(label, cues, COUNT_MEASURE)
            raw = val.group().strip()
            value = 0.0 if raw in "〇○—" else float(raw.replace(",", ""))
            if measure is None or measure in out or measure == "fees_yuan" and value and unit is None or raw == "—" and \
                    DASH_SAID.search(text):
                continue  # (— where a note says what it means: 未统计)
            scale = 10000.0 if unit and unit.group(1) == "万元" else 1.0
            vs = pos[i + 1] + val.start() + (len(val.group()) - len(val.group().lstrip()))
            out[measure] = AnnexValue(measure, value * scale, vs, vs + len(raw), pos[i],
                                      "", "yuan" if measure == "fees_yuan" else "")
    return list(out.values()) if len(out) >= 2 else []
