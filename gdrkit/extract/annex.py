"""Pre-2019 statistics annexes (政府信息公开情况统计表).

Rows are "label [note] unit value [value]": "主动公开信息数 条425 1516",
"主动公开文件数条294981916" (本年度 and 历年累计 run together), or one cell per line
("(一)收到申请数\\n件\\n1"). When the annex has a 累计 column and the two numbers are run
together, the split is chosen by rule: the cumulative value is at least the year's
value and has as many digits or one more (2949 | 81916); such values carry
``qualifier="two columns run together, split by rule"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AnnexValue", "read_annex", "split_year_cumulative"]

_LABELS = [
    ("proactive_items", r"主动公开(?:政府)?(?:信息|文件)(?:总)?数(?:量)?(?!为)"),
    ("applications_received", r"受理(?:依申请公开信息|政府信息依申请公开|政府信息公开|依申请公开)?(?:申请)?总数|"
                              r"\(一\)收到申请数|收到(?:政府信息公开)?申请(?:总)?数|政府信息公开申请(?:总)?数"),
    ("applications_partial", r"同意部分公开(?:答复)?数"),
    ("applications_granted", r"(?<![不部分])同意公开(?:答复)?数"),
    ("applications_denied", r"(?:否决公开|不予公开|不同意公开)(?:答复)?数"),
    ("fees_yuan", r"(?:信息公开)?收费(?:减免)?(?:金额|总额)|费用减免金额|(?:依申请公开信息)?收取(?:的)?费用(?:总额|金额)?"),
    ("reconsiderations", r"(?:因政府信息公开)?(?:申请)?行政复(?:议|试)(?:案件)?数(?:量)?"),
    ("lawsuits", r"(?:因政府信息公开)?(?:提起)?行政诉讼(?:案件)?数(?:量)?"),
]
#: a row's separators: spaces, line breaks and the | of pipe rows
_SEP = r"[\s|]*"
_UNIT = r"(?P<unit>万元|元|条|件|次|篇|人次)"
_VAL = r"(?P<val>\d[\d \t\n|]*(?:\.\d+)?)"
_ROWS = [(measure, re.compile(r"(?:" + label + r")" + _SEP + r"(?:\([^)]{0,30}\))?" + _SEP + _UNIT + _SEP + _VAL))
         for measure, label in _LABELS]
#: the header cell of the annex table (found with str.find: a regex alternation scans slowly)
_HEADS = ("指标名称", "统计指标", "统计项目", "计量单位")
_INT = re.compile(r"\d+")


@dataclass
class AnnexValue:
    measure: str
    value: float
    start: int
    end: int
    row_start: int
    qualifier: str = ""
    unit: str = ""


def split_year_cumulative(digits: str) -> tuple[int, int] | None:
    """Split "294981916" into (2949, 81916): year ≤ cumulative, lengths balanced."""
    L = len(digits)
    if L < 2:
        return None
    for k in (L // 2, (L - 1) // 2, L // 2 + 1):
        if 1 <= k < L:
            a, b = digits[:k], digits[k:]
            if (a == "0" or not a.startswith("0")) and (b == "0" or not b.startswith("0")) and int(a) <= int(b):
                return int(a), int(b)
    return None


def read_annex(text: str) -> list[AnnexValue]:
    """Values of the statistics annex of a pre-2019 report (empty when there is none).

    Returns
    -------
    list of AnnexValue
        measure, value (the year's column), start/end (span of the value in ``text``),
        row_start (start of the row label), qualifier, unit.
    """
    found = [i for i in (text.find(h) for h in _HEADS) if i >= 0]
    if not found:
        return []
    head = min(found)
    two_cols = "累计" in text[head:head + 60]
    out: list[AnnexValue] = []
    for measure, pat in _ROWS:
        m = pat.search(text, head)
        if not m:
            continue
        raw = m.group("val")
        vs = m.start("val")
        ve = vs + len(raw.rstrip(" \t\n|"))
        # the next row's item number: "条2192.同意…" → "219"
        if ve < len(text) and text[ve] in ".、" and ve - vs > 1:
            ve -= 1
        raw = text[vs:ve]
        toks = _INT.findall(raw)
        if not toks:
            continue
        scale = 10000.0 if m.group("unit") == "万元" else 1.0
        unit = "yuan" if measure == "fees_yuan" else m.group("unit")
        if not two_cols or len(toks) >= 2 or "|" in m.group("val"):  # a pipe row: the first cell is the year's
            tok = toks[0]
            i = text.find(tok, vs)
            dec = re.match(r"\.\d+", text[i + len(tok):])  # 12.5元
            if dec:
                tok += dec.group(0)
            out.append(AnnexValue(measure, float(tok) * scale, i, i + len(tok), m.start(), "", unit))
            continue
        sp = split_year_cumulative(toks[0])
        if sp is None:
            continue
        a = str(sp[0])
        out.append(AnnexValue(measure, float(sp[0]) * scale, vs, vs + len(a), m.start(),
                              "two columns run together, split by rule", unit))
    return out
