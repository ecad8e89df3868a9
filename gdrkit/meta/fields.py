"""Report metadata read from the text itself: title, year, publication date, style, kind,
and everything at once (:func:`extract_meta`, with the agency of :mod:`.agency` and the
places of :mod:`.places`).

Each function returns ``None`` (or ``""``) when the text does not tell; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from ..text.numerals import parse_year
from .agency import agency_level, printed_agency, report_agency, signature
from .canonical import canonical_agency
from .patterns import DATE, ISO_DATE, YEAR, date_from_match, header_field
from .places import PROVINCES, dominant_province, place_names, report_place

__all__ = [
    "ReportMeta",
    "PROVINCES",
    "extract_meta",
    "report_year",
    "report_title",
    "report_agency",
    "published_date",
    "agency_level",
    "report_style",
    "report_kind",
    "place_names",
]

_TITLE_STOP = r"\s。，,；;:：“”《》()（）"
_TITLE_YEARS = rf"{YEAR}?\s*年?度?\s*"
_TITLE_BODY = (r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度|年)?(?:工作)?"
               r"(?:报告|年报|总结|自查(?:整改)?报告|情况报告|统计表)")
_TITLE_CORE = re.compile(rf"[^{_TITLE_STOP}]{{0,40}}?" + _TITLE_YEARS + _TITLE_BODY)
# _TITLE_CORE without its lazy prefix of up to 40 title characters (searching with the
# prefix costs ~40 steps at every start position), and its parts. See _title_search.
_TITLE_TAIL = re.compile(_TITLE_YEARS + _TITLE_BODY)
_TITLE_BODY_RE = re.compile(_TITLE_BODY)
_TITLE_YEARS_END = re.compile(_TITLE_YEARS + r"\Z")
_TITLE_NOT_YEARS = re.compile(r".*[^\d\s年度二〇○◯OoＯ0零一三四五六七八九]", re.S)
_TITLE_LAST_STOP = re.compile(rf".*[{_TITLE_STOP}]", re.S)


def _title_search(head: str, pos: int) -> tuple[int, str] | None:
    """``(m.start(), m.group(0))`` of ``m = _TITLE_CORE.search(head, pos)``, found faster.

    The tail (``_TITLE_CORE`` without its lazy prefix) is a year part Y (year, spaces,
    年, 度: no 政 or 信) then a body B (opening with 政 or 信). Let c be where B first
    matches at or after ``pos``. A tail match at j >= pos has its B at some c' >= j, and
    its Y part cannot run over c, so c' = c: the tail's first match starts at the first
    j in [pos, c] from which Y runs exactly to c (j = c at the latest), and ends where
    B's match at c ends.

    ``_TITLE_CORE`` then matches at s >= pos only when the tail matches at some j' in
    [s, s + 40] with head[s:j'] free of stop characters; as j' >= j, the leftmost such s
    is max(pos, j - 40, 1 + the last stop character in head[pos:j]), the lazy prefix
    runs to j, and the match ends where the tail's match at j ends.
    """
    b = _TITLE_BODY_RE.search(head, pos)
    if b is None:
        return None
    c = b.start()
    # Y is made of year characters only: start after the last other character before c
    other = _TITLE_NOT_YEARS.match(head, pos, c)
    j = _TITLE_YEARS_END.search(head, other.end() if other else pos, c).start()
    lo = max(pos, j - 40)
    stop = _TITLE_LAST_STOP.match(head, lo, j)
    start = stop.end() if stop else lo
    return start, head[start:b.end()]


@dataclass
class ReportMeta:
    """What :func:`extract_meta` reads: the ``reports`` columns of the same names.

    ``agency`` is the name as printed; ``agency_id``, ``agency_name``, ``agency_type`` and
    ``tier`` are the canonical agency (:mod:`.canonical`); ``adcode`` (the 6-digit GB/T
    2260 code as an integer, like the codes of statistical yearbooks: 330211), ``province``,
    ``city``, ``county`` its place (:mod:`.places`). ``level`` is deprecated (kept one
    release, with its old values 省级, 市级, 县级, 乡镇, 部门): use ``agency_type`` and ``tier``.
    """

    title: str | None
    agency: str | None
    agency_id: str | None
    agency_name: str | None
    agency_type: str | None
    level: str | None
    tier: str | None
    adcode: int | None
    province: str | None
    city: str | None
    county: str | None
    year: int | None
    published: str | None
    style: str
    kind: str

    def as_dict(self) -> dict:
        # dataclasses.asdict without its deep copy: every field is a str, an int or None
        return {f.name: getattr(self, f.name) for f in fields(self)}


# --------------------------------------------------------------------------- title
def report_title(text: str, raw: str = "") -> str | None:
    """The report's title: a crawler/index header field, else the first title-like phrase."""
    t = header_field(raw or text, "标题", "文件名称", "标 题", "名称")
    if t and ("报告" in t or "年报" in t or "总结" in t or "统计" in t):
        return t
    head = text[:800]
    if "公开" not in head:  # every title pattern needs 信息公开 / 政务公开
        return t
    for line in head.split("\n")[:12]:
        line = line.strip().lstrip("#").strip()
        # _TITLE_CORE matches somewhere iff its tail does (with an empty prefix)
        if 4 <= len(line) <= 60 and "公开" in line and "。" not in line and _TITLE_TAIL.search(line):
            return line
    k = head.find("公开")
    window_start = max(0, k - 60)
    m = _title_search(head, window_start)
    if m and ("《" not in head[max(0, m[0] - 1):m[0]]):
        return m[1].strip()
    return t


# --------------------------------------------------------------------------- year
_PERIOD = re.compile(
    rf"(?:统计(?:期限|时限|期|数据时限|数据的统计期限|周期)|所列数据|数据统计|内容涵盖|涵盖|统计数据)"
    rf"[^。]{{0,30}}?{YEAR}\s*年\s*(?:1|一)\s*月\s*(?:1|一)\s*日")
#: what every _PERIOD match ends with, opening with a literal (a fast scan): without it,
#: no statistics period
_PERIOD_END = re.compile(r"年\s*(?:1|一)\s*月\s*(?:1|一)\s*日")
_TITLE_YEAR = re.compile(rf"{YEAR}\s*年度?\s*(?:的|度)?\s*(?:政府信息公开|政务公开|信息公开|年度报告|政府信息|工作报告|工作年度报告)")
_OPENING_YEAR = re.compile(rf"(?:^|[\n。：:\s])(?:[^\n。]{{0,12}}?){YEAR}\s*(?:年|年度)\s*(?:以来)?\s*[,，，、我全本在以按]")


_YEAR_NIAN = re.compile(YEAR + r"\s*年")
_LEADING_YEAR = re.compile(rf"\s*{YEAR}\s*年(?!\d{{1,2}}月)")


def report_year(text: str, title: str | None = None) -> int | None:
    """The year the report covers (not the year it was published).

    Rules, first match wins: the statistics period (统计期限…自2012年1月1日); the year in the
    title; a year followed by 政府信息公开/政务公开 in the opening; the year that opens the
    first sentence (2013年，…). Chinese-numeral years (二○一三年) count.
    """
    head = text[:3000]
    m = _PERIOD_END.search(head) and _PERIOD.search(head)
    if m:
        return parse_year(m.group(1))
    if title:
        m = _TITLE_YEAR.search(title) or _YEAR_NIAN.search(title)
        if m:
            return parse_year(m.group(1))
    m = _TITLE_YEAR.search(text[:1200])
    if m:
        return parse_year(m.group(1))
    m = _LEADING_YEAR.match(text)
    if m:
        return parse_year(m.group(1))
    m = _OPENING_YEAR.search(text[:1500])
    if m:
        return parse_year(m.group(1))
    return None


# --------------------------------------------------------------------------- dates
_FIELD_ISO_DATE = re.compile(r"(?:发布时间|发文日期|成文日期|日期|时间)\s*[:：]\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})")
#: each _FIELD_ISO_DATE match holds one of these (its name ends in 期 or 间); they open
#: with a literal, so their scans are fast: without them, no match
_FIELD_ISO_DATE_NEEDS = tuple(re.compile(end + r"\s*[:：]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}") for end in "期间")
_PAREN_DATE = re.compile(r"[(（]\s*" + DATE.pattern + r"\s*[)）]")


def published_date(text: str, raw: str = "") -> str | None:
    """Publication date: a header field (发布时间, 成文日期, 日期), else the date under the
    signature at the end, else a date in parentheses under the title."""
    src = raw or text
    f = header_field(src, "发布时间", "成文日期", "发布日期", "日期")
    if f:
        m = ISO_DATE.search(f) or DATE.search(f)
        if m:
            return _iso(m)
    head = src[:3000]
    if any(p.search(head) for p in _FIELD_ISO_DATE_NEEDS):
        m = _FIELD_ISO_DATE.search(head)
        if m:
            return _iso(m)
    tail = text[-160:]
    ms = list(DATE.finditer(tail))
    if ms and len(tail) - ms[-1].end() < 40:
        return date_from_match(ms[-1])
    m = _PAREN_DATE.search(text[:400])
    if m:
        return date_from_match(DATE.search(m.group(0)))
    return None


def _iso(m: re.Match[str]) -> str | None:
    if m.re is DATE:
        return date_from_match(m)
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# --------------------------------------------------------------------------- style, kind
_T2021_WORDS = ("逾期不补正", "逾期未按收费通知要求缴纳费用", "本年制发件数", "本年废止件数", "现行有效件数")
_T2021 = re.compile("|".join(_T2021_WORDS))
_T2019 = re.compile(r"本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|结转下年度继续办理|"
                    r"本年新制作数量|第二十条第[(（]?[一二三四五六七八九十]+[)）]?项|维持\s*纠正\s*其他|结果维持")
_T_HEADINGS = ("收到和处理政府信息公开申请", "政府信息公开行政复议、行政诉讼", "存在的主要问题及改进情况")
#: every _T2019 match holds one of these: without them, no match (and no scan)
_T2019_NEEDS = ("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "本年新制作数量",
                "第二十条第", "维持")


def report_style(text: str, year: int | None = None) -> str:
    """``template2021``, ``template2019`` or ``narrative``, from the table markers of the
    national format (〔2019〕60号 / 〔2021〕30号), falling back on the year and headings."""
    # each word looked for with ``in``: the same answer as _T2021.search(text), sooner
    if any(w in text for w in _T2021_WORDS):
        return "template2021"
    if any(w in text for w in _T2019_NEEDS) and _T2019.search(text):
        return "template2021" if (year or 0) >= 2021 and "其他处理" not in text else (
            "template2019" if (year or 0) < 2021 else "template2021")
    if year and year >= 2019 and any(h in text for h in _T_HEADINGS):
        return "template2021" if year >= 2021 else "template2019"
    return "narrative"


_STAT_TABLE = re.compile(r"统计指标\s*\n?\s*单位")
_SELF_INSPECTION = re.compile(r"自查整改的情况报告|自查整改报告|自查报告")


def report_kind(text: str, title: str | None) -> str:
    """``report``, ``summary`` (工作总结), ``self_inspection`` (自查/整改报告) or ``statistics``
    (a stand-alone 统计表)."""
    t = title or ""
    head = text[:400]
    if "统计表" in t or (_STAT_TABLE.search(head) and "。" not in head[:200]):
        return "statistics"
    if "自查" in t or "整改" in t or _SELF_INSPECTION.search(text[:1500]):
        return "self_inspection"
    if "总结" in t and "报告" not in t:
        return "summary"
    return "report"


def extract_meta(text: str, raw: str = "") -> ReportMeta:
    """All metadata of one report from its cleaned ``text`` (and ``raw`` for header fields)."""
    title = report_title(text, raw)
    sig = signature(text)
    agency, masked = printed_agency(text, raw, title, sig)
    year = report_year(text, title)
    place = report_place(agency, title, sig, text, year)
    canon = canonical_agency(agency or masked, place, title=title)
    province = place.province
    if province is None and place.adcode is None:
        # no code: the province the text itself names (its own regulations,
        # 《河北省实施…办法》, 福建省人民政府办公厅关于…), if one clearly dominates
        province = dominant_province(text)
    return ReportMeta(
        title=title, agency=agency, agency_id=canon.agency_id, agency_name=canon.agency_name,
        agency_type=canon.agency_type, level=agency_level(agency or masked)[0], tier=canon.tier,
        adcode=int(place.adcode) if place.adcode else None, province=province, city=place.city, county=place.county, year=year,
        published=published_date(text, raw), style=report_style(text, year),
        kind=report_kind(text, title),
    )
