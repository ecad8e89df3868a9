"""Pre-2019 statistics annexes (政府信息公开情况统计表): rows of label, unit and values.

An annex is found by its header (指标名称 / 统计指标 … 单位 / 计量单位, or a line naming a
统计表), and read as rows "label unit value [value]" in any of the layouts scraped text
gives: spaced ("主动公开信息数 条 425 1516"), glued ("主动公开文件数条294981916"), pipe rows
("| 行政复议数 | 件 | 0 | 0 |") or one cell per line. A row's label is read with the cue
words of the statement model (gdrkit/data/statement_cues.csv), so "受理申请数", "(一)收到
申请数" and "政府信息公开申请总数" are all applications, "同意公开" and "同意公开答复数"
both granted; a row that is a part (其中…, a channel 网站/微博, a way of applying 当面/网上,
an outcome of a case 维持…) is not the measure's row.

When the annex has a 累计 column and a row's two numbers are run together, the split is
chosen by rule: the cumulative value is at least the year's value and has as many digits
or one more (2949 | 81916); such values carry ``qualifier="two columns run together,
split by rule"``.
"""

from __future__ import annotations

import re

from .annex_across import across_rows
from .annex_lines import (
    COUNT_MEASURE,
    DASH_SAID,
    LAWSUIT_PART,
    ON_REQUEST_IN_CASES,
    TITLE_AREA,
    AnnexValue,
    inline_pairs,
    label_lines,
    measure_of,
)
from .cell_lines import join_year_cell_lines
from .scopes import GOVERNMENT_TITLE
from .statements import Cues, load_cues

__all__ = ["AnnexValue", "read_annex", "split_year_cumulative"]

#: the header of an annex: its column names
_HEAD = re.compile(r"(?:指\s*标(?:\s*名\s*称)?|统\s*计\s*指\s*标|统\s*计\s*项\s*目|(?m:^)[ \t|]*项\s*目)[\s|,]*(?:计\s*量\s*)?单\s*位")
#: value columns named this year and last year (本年数 | 上年数, 上年 | 本年)
_THIS_YEAR_COL = re.compile(r"本\s*年(?:\s*度)?(?:\s*数)?")
_LAST_YEAR_COL = re.compile(r"上\s*年(?:\s*度)?(?:\s*数|\s*同期)?")
#: value columns named the agency itself and its whole area (全县 | 本机关, 本级 | 全市合计)
_OWN_COL = re.compile(r"本\s*机\s*关|本\s*级|[局厅委办]\s*机\s*关|本\s*[局办委厅]|本\s*单\s*位")
#: a column named an office (县政府办公室), the agency's own in an office's report (its title names one)
_OFFICE_COL = re.compile(r"办\s*公\s*[室厅]")
_AREA_COL = re.compile(r"全\s*[县市区省州旗]|全\s*系\s*统|合\s*计|汇\s*总")
#: the next line holding a cell alone (an annex printed one cell a line)
_NEXT_CELL = re.compile(r"[ \t]*\n[ \t|]*(\d[\d,]*(?:\.\d+)?)[ \t|]*(?=\n|$)")
#: the rest of the header glued to the first row's label (…2013年度历年累计主动公开文件数)
_HEAD_REST = re.compile(r"^(?:[\s|]*(?:年度|本年度|历年累计|累计|统计数|本期|上年(?!度?结转)|数值|数量))+")  # (not 上年结转: a row)
_TITLE = re.compile(r"统计表")
_UNITS = "万元|元|条|件|次|篇|人次|个|项"
#: a row: label, unit, the year's value and perhaps the cumulative one
_UNIT_VAL = re.compile(r"(?P<unit>" + _UNITS + r")[\s|]*(?P<val>\d[\d,]*(?:\.\d+)?(?:[ \t|]+\d[\d,]*(?:\.\d+)?)?|"
                       r"[—－](?=[ \t|]*(?:\n|$)))")  # (部分公开数 | 件 | —: a dash for 0, alone on its row)
#: a row of an annex exported as CSV (收到申请数,件,211): read as a spaced one
_CSV_ROW = re.compile(r"(?m)^[^\n,|]{2,40},(?:" + _UNITS + r"),\d+(?:\.\d+)?[ \t]*$")  # (one value: 4,326 is no two)
#: the characters after the last digit, read on the reversed label (searching for
#: ``[^\d]*$`` forwards is quadratic in a long label)
_NON_DIGITS = re.compile(r"[^\d]*")
_PAREN = re.compile(r"\([^()]{0,40}\)|（[^（）]{0,40}）")
_MARK = re.compile(r"^[\s|:]*(?:其中[:：]?\s*)?(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|"
                   r"\d{1,2}\s*[、.．])?\s*")
_INT = re.compile(r"\d+")
#: a year named as a column of the annex's header (2017年 | 2018年)
_HEADER_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)")
#: how far from its header an annex's rows are read (a long annex is about 1,500 characters)
_REACH = 6000
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


def _region(text: str) -> tuple[int, bool] | None:
    """Where the annex starts, and whether it has a cumulative column."""
    m = _HEAD.search(text)
    if m is None:
        return None
    return m.start(), "累计" in text[m.start():m.end() + 40]


#: a row of one result of a kind of case (结果维持, 尚未审结 …): not its total
_RESULT_WORD = re.compile(r"维持|纠正|其他|审结")


def _year_column(text: str, head: int, first_row: int, year: int | None) -> int | None:
    """Which value column is the report's year, when the header names years as columns
    (指标 | 单位 | 2017年 | 2018年 | 增减): its index; 0 when the header names no year
    column or only the report's; None when it names another year or several without the
    report's, or the report's year is unknown (no column can be taken for the year). A
    header naming the whole area and the agency itself (全县 | 本机关): the agency's own
    column, or the area's in a government's own report."""
    years = [int(y) for y in _HEADER_YEAR.findall(text, head, first_row)]
    if not years:
        # 本年数 | 上年数 or 上年 | 本年: the column named this year; 全县 | 本机关: the agency's own
        this, last = _THIS_YEAR_COL.search(text, head, first_row), _LAST_YEAR_COL.search(text, head, first_row)
        own, area = _OWN_COL.search(text, head, first_row), _AREA_COL.search(text, head, first_row)
        own = own or (_OFFICE_COL.search(text, head, first_row) if re.search("办公[室厅]", text[:text.find("\n")]) else None)
        if own and area:  # (a government's report is of its whole area: its 本级 is a part)
            pick, other = (area, own) if GOVERNMENT_TITLE.search(text, 0, 200) else (own, area)
            return 1 if other.start() < pick.start() else 0
        return 1 if this and last and last.start() < this.start() else 0
    if years == [year] or (len(years) == 1 and year is None):
        return 0
    if year is None or year not in years:
        return None
    return years.index(year)


def read_annex(text: str, *, cues: Cues | None = None, year: int | None = None) -> list[AnnexValue]:
    """Values of the statistics annex of a pre-2019 report, and of a table comparing years
    (指标 | 2022年 | 2023年) in a report of any year (empty when there is neither).

    ``year``: the year the report covers; when the annex's header names years as columns
    (a comparison with the year before), the values are read from that year's column, and
    not at all when no column is that year's.

    Returns
    -------
    list of AnnexValue
        measure, value (the year's column), start/end (span of the value in ``text``),
        row_start (start of the row label), qualifier, unit. The first row of each
        measure counts; a part of a row (其中, a channel) is not read as the measure.
    """
    cues = cues or load_cues()
    found = _annex_rows(text, cues, year)
    have = {v.measure for v in found}
    # (a table comparing years printed one cell a line is read as its joined rows: same spans)
    found += [v for v in _year_columns(join_year_cell_lines(text), cues, year) if v.measure not in have]
    have = {v.measure for v in found}
    return found + [v for v in _year_rows(text, cues, year) if v.measure not in have]


#: the words in a label's parentheses, no digit among them
_PAREN_WORDS = re.compile(r"\(([^()\d]{2,12})\)")


def _annex_rows(text: str, cues: Cues, year: int | None) -> list[AnnexValue]:
    """The rows of a statistics annex: label, unit, values (or two columns, see
    :func:`label_lines`)."""
    found = _region(text)
    if found is None:
        return label_lines(text, cues, year) or inline_pairs(text, cues) or across_rows(text, cues, year)
    return _unit_rows(text, found, cues, year) or label_lines(text, cues, year)  # (统计指标 单位 统计数, rows with no unit)


def _unit_rows(text: str, found: tuple[int, bool], cues: Cues, year: int | None) -> list[AnnexValue]:
    """The rows of an annex under its header, each a label, a unit and its values."""
    head, two_cols = found
    # parentheses in labels (不同渠道和方式公开相同信息计1条) hold digits and units: blanked
    body = _PAREN.sub(lambda m: " " * len(m.group(0)), text)
    body = _CSV_ROW.sub(lambda m: m.group(0).replace(",", " "), body) if "," in body else body
    out: dict[str, AnnexValue] = {}
    prev = head
    rows = list(_UNIT_VAL.finditer(body, head, min(len(body), head + _REACH)))
    col = _year_column(text, head, rows[0].start() if rows else head, year) if rows else 0
    if col is None:
        return []  # the columns are other years': none is the report's
    for m in rows:
        # the label is what stands between the last row's values and this unit
        raw_label, prev = body[prev:m.start()], m.end()
        # after the last digit (a header year, an item number "2." glued to the last value)
        raw_label = raw_label[len(raw_label) - _NON_DIGITS.match(raw_label[::-1]).end():]
        raw_label = raw_label[raw_label.rfind("\n", 0, max(0, len(raw_label.rstrip()) - 1)) + 1:]
        if not 2 <= len(raw_label.strip(" |\t\n.、．")) <= 60:
            continue
        label = _MARK.sub("", _HEAD_REST.sub("", raw_label.lstrip(".、．"))).strip(" |:\n")
        measure = measure_of("".join(label.split()), cues, COUNT_MEASURE)
        if measure is None and "(" in text[m.start() - len(raw_label):m.start()]:
            # the words in its parentheses name it (依申请公开信息数(收到申请数): requests)
            named = _PAREN_WORDS.search(text, m.start() - len(raw_label), m.start())
            measure = measure_of(named.group(1), cues) if named else None
        if measure is None and m.group("unit") == "件" and ON_REQUEST_IN_CASES.fullmatch("".join(label.split())):
            measure = "applications_received"  # 依申请公开数 | 件 | 31: requests (in 条, items disclosed on request)
        if measure is None or measure in out:
            continue
        vs, raw = m.start("val"), m.group("val")
        ve = vs + len(raw)
        # the next row's item number glued to the value: "条4755822.政府公报" → "475582"
        if ve < len(text) and text[ve] in ".、．" and not raw[-1:].isspace():
            ve -= 1
            raw = text[vs:ve]
        toks = re.findall(r"\d[\d,]*(?:\.\d+)?", raw)
        if col and len(toks) == col and (cell := _NEXT_CELL.match(body, ve)):
            toks.append(cell.group(1))  # (one cell a line: the next line is the next column's)
        if col:  # the report's year is a later column of a comparison: its cell, as printed
            if len(toks) > col:
                i = text.find(toks[col], text.find(toks[0], vs) + len(toks[0]))
                out[measure] = AnnexValue(measure, float(toks[col].replace(",", "")) * (
                    10000.0 if m.group("unit") == "万元" else 1.0), i, i + len(toks[col]),
                    m.start() - len(raw_label), "", "yuan" if measure == "fees_yuan" else m.group("unit"))
            continue
        if not toks and raw in ("—", "－") and not DASH_SAID.search(text):
            out[measure] = AnnexValue(measure, 0.0, vs, ve, m.start() - len(raw_label), "", m.group("unit"))
        if not toks:
            continue
        scale = 10000.0 if m.group("unit") == "万元" else 1.0
        unit = "yuan" if measure == "fees_yuan" else m.group("unit")
        first = toks[0].replace(",", "")
        piped = "|" in m.group(0) or text[ve:ve + 3].lstrip(" \t").startswith("|")
        # a pipe row, or the cumulative value, no smaller, alone on the line after (one cell a line, or wrapped: not
        # a page or item number after a row run together, smaller than it): the first is the year's
        cell = _NEXT_CELL.match(body, ve)
        if not two_cols or len(toks) >= 2 or piped or "." in first or cell and float(cell.group(1).replace(",", "")) >= float(first):
            i = text.find(toks[0], vs)
            out[measure] = AnnexValue(measure, round(float(first) * scale, 2), i, i + len(toks[0]),
                                      m.start() - len(raw_label), "", unit)
            continue
        sp = split_year_cumulative(first)
        if sp is None:
            continue
        out[measure] = AnnexValue(measure, float(sp[0]) * scale, vs, vs + len(str(sp[0])), m.start() - len(raw_label),
                                  "two columns run together, split by rule", unit)
    return list(out.values())



#: the header of a table comparing years, on one line: a first column (指标, 项目, 类别)
#: and two or more year columns (2022年 | 2023年), perhaps a change after them (增减, 同比)
_YEARS_HEAD = re.compile(r"(?m)^[ \t|]*(?:统\s*计\s*)?(?:指\s*标|项\s*目|类\s*别|内\s*容)(?:\s*名\s*称)?[ \t|]*"
                         r"((?:(?:19|20)\d\d\s*年\s*度?\s*(?:数|情况)?(?:[(（][^()（）\n]{0,12}[)）])?[ \t|]*){1,3}"
                         r"(?:19|20)\d\d\s*年\s*度?\s*(?:数|情况)?)"  # (2008年(5—12月) 2009年 2010年: a year's note)
                         r"(?P<rest>[ \t|]*[^\d\n]{0,12})$")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a rule line of a Markdown table (|---|:---:|)
_RULE = re.compile(r"[ \t|:\-—]*")
#: a row of such a table: a label (its unit in parentheses: 主动公开信息（条）) and its cells
_YEARS_ROW = re.compile(r"[ \t|]*(?P<label>[^\d\t|\n]{2,40}?)[ \t|]*(?P<vals>[\d.,%+\-−— \t|]*\d[\d.,%+\-−— \t|]*)")
_VALUE = re.compile(r"[+\-−]?\d[\d,]*(?:\.\d+)?%?|[—-]")
_UNIT = re.compile(r"[（(](万元|元|件|条|个|项|次)[）)]")


def _year_columns(text: str, cues: Cues, year: int | None) -> list[AnnexValue]:
    """The report year's column of a table comparing years (指标 | 2022年 | 2023年 [| 增减],
    Markdown, spaced or tabbed, one row a line): the first row of each measure whose label
    names one topic and no part. Nothing when no column is the report's year, or a row
    has not one cell per year (then which cell is the year's is a guess)."""
    if year is None:
        return []
    out: dict[str, AnnexValue] = {}
    suits: dict[str, tuple[int, int, int]] = {}  # the two kinds of lawsuit: their sum is the measure
    for h in _YEARS_HEAD.finditer(text):
        years = [int(y) for y in _YEAR.findall(h.group(1))]
        if year not in years or len(set(years)) != len(years):
            continue
        # (a change column after the years: 增减, 同比; not the last year's note: 2015年（原三局合计）)
        col, n_change = years.index(year), 1 if _PAREN.sub("", h.group("rest")).strip(" \t|") else 0
        pos = h.end() + 1
        for line in text[pos:].split("\n"):
            r = None if _RULE.fullmatch(line) else _YEARS_ROW.fullmatch(line)
            if r is None and not (_RULE.fullmatch(line) and line.strip()) and line.strip():
                break  # (a blank line between rows, where cleaning broke wide spaces, goes on)
            if r is not None:
                vals = list(_VALUE.finditer(line, r.start("vals")))
                label = "".join(_UNIT.sub("", r.group("label")).split())
                measure = measure_of(label, cues, COUNT_MEASURE)
                cell = vals[col] if len(vals) == len(years) + n_change else None
                kind = LAWSUIT_PART.search(label)
                if kind and not _RESULT_WORD.search(label) and cell is not None and cell.group().isdigit():
                    # (a kind's 总计 row, once: not its 尚未审结 or 维持 row)
                    suits.setdefault(kind.group(), (int(cell.group()), cell.start() + pos, cell.end() + pos))
                if measure is not None and measure not in out and cell is not None and cell.group()[0].isdigit() \
                        and "%" not in cell.group():
                    unit = _UNIT.search(r.group("label"))
                    scale = 10000.0 if unit and unit.group(1) == "万元" else 1.0
                    out[measure] = AnnexValue(measure, float(cell.group().replace(",", "")) * scale, cell.start() + pos,
                                              cell.end() + pos, pos, "", "yuan" if measure == "fees_yuan" else "")
            pos += len(line) + 1
    if len(suits) == 2 and "lawsuits" not in out:
        (a, s1, e1), (b, s2, e2) = suits.values()  # (the span from the first cell to the second)
        start, end = min(s1, s2), max(e1, e2)
        out["lawsuits"] = AnnexValue("lawsuits", float(a + b), start, end, text.rfind("\n", 0, start) + 1, "", "")
    return list(out.values())


#: the header of a table of years as rows (年度 | 主动公开信息（条） | 收到申请（件）): its first cell 年度 or 年份
_YEAR_ROWS_HEAD = re.compile(r"(?m)^[ \t|]*年\s*[度份][ \t|]+(?P<labels>[^\n\d]+?)[ \t|]*$")
#: a cell border: a tab, a pipe or spaces (cleaning leaves one space of wide ones)
_BORDER = re.compile(r"[ \t]*[\t|][ \t|]*|[ \t]+")
#: a row of a year (2021年 | 634 | 6; 2021年634 6 after cleaning glued the first cell to the year); words after
#: the year (2022年上半年, 2022年目标) make the row another period's or a target
_YEAR_ROW = re.compile(r"[ \t|]*((?:19|20)\d\d)(?:\s*年度?)?(?P<words>[^\d\s|]*)[ \t|]*(\d.*?)[ \t|]*")
#: a column that is no year's count of its measure: a stock, requests answered, closed or handled
_NOT_THE_COUNT = re.compile(r"累计|总量|答复|办结|办理")


def _year_rows(text: str, cues: Cues, year: int | None) -> list[AnnexValue]:
    """The report year's row of a table of years as rows (年度 | 主动公开信息（条） | … / 2021年 | 634 | …,
    tabs, pipes or spaces, one row a line): each column whose name names one measure and no part,
    where the row has one number for each column."""
    out: list[AnnexValue] = []
    for h in _YEAR_ROWS_HEAD.finditer(text) if year is not None else ():
        labels = [x for x in _BORDER.split(h.group("labels").strip(" \t|")) if x]
        pos = h.end() + 1
        before = text[max(0, text.rfind("\n", 0, max(0, h.start() - 1)) + 1):h.start()]
        if TITLE_AREA.search(before) or re.search(r"[所市县区]属|下属|各学校|各单位", before):
            continue  # (全县农业农村系统近两年…情况: / 市属各学校…: other bodies' table)
        for line in text[pos:].split("\n"):
            r = _YEAR_ROW.fullmatch(line)
            if r is None and not _RULE.fullmatch(line):
                break
            vals = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", line[r.start(3):r.end(3)])) if r else []
            if r is not None and int(r.group(1)) == year and not r.group("words") and len(vals) == len(labels):
                for label, v in zip(labels, vals):
                    unit = _UNIT.search(label)
                    measure = measure_of("".join(_UNIT.sub("", label).split()), cues, COUNT_MEASURE)
                    if measure is not None and measure not in {x.measure for x in out} and not (
                            _NOT_THE_COUNT.search(label) and measure in ("applications_received", "proactive_items")):
                        a = pos + r.start(3) + v.start()
                        out.append(AnnexValue(measure, float(v.group().replace(",", "")) * (
                            10000.0 if unit and unit.group(1) == "万元" else 1.0), a, a + len(v.group()), pos, "",
                            "yuan" if measure == "fees_yuan" else (unit.group(1) if unit else "")))
            pos += len(line) + 1
    return out

