"""Figures stated in prose (narrative reports, and the prose of template reports).

Patterns run on a "compact" copy of the cleaned text with all whitespace removed (PDF
line wraps split words: "主动公开各类政\\n府信息 5500 余条"); every match is mapped back to
its span in the cleaned text.

Rules
-----
- ``proactive_items``: "主动公开…信息N条" (tier 1, first in text order wins), then
  "共发布/公布信息N条", "全年公开信息N条" (tier 2, the largest wins: the total across
  publishing bodies is larger than any one channel). The other candidates are kept with
  ``qualifier="candidate"``; category counts right after the total ("法规公文类24条") with
  ``qualifier="breakdown: <category>"``.
- ``applications_received``: "收到/受理…申请N件", "收到N份…申请"; statements of none
  ("未收到政府信息公开申请", "未发生依申请受理") give 0. Clauses about 复议, 诉讼, 咨询,
  投诉, 信访 are skipped.
- ``reconsiderations`` / ``lawsuits``: counts next to 复议 / 诉讼; a negated clause
  ("未发生…行政复议、行政诉讼案件", "没有…行政复议或行政诉讼", "无行政复议事项") gives 0;
  a single count for both together ("行政复议和行政诉讼案件共2件") is kept only as a
  qualified row (``qualifier="combined reconsiderations and lawsuits"``).
- ``fees_yuan``: "收取…费…N元" (万元 × 10000); "未收取信息处理费", "全部免费为申请人提供",
  "暂不收费" give 0.
- ``applications_granted`` / ``_partial`` / ``_denied``: "同意公开答复数N条",
  "无不予公开" and similar.
- ``consultations``: "咨询N人次/次/件".
Each match is one candidate; when one measure has several candidates with different
values, the rule above picks the headline (empty qualifier) and a ``checks`` row
(``narrative.<measure>.candidates``) lists the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numerals import parse_number

__all__ = ["Candidate", "narrative_candidates", "compact"]

NUM = r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
APPROX = r"(?P<approx>余|多|左右)?"


@dataclass
class Candidate:
    measure: str
    value: float
    approx: bool
    start: int
    end: int
    tier: int
    qualifier: str = ""
    unit: str = ""


_NONSPACE = re.compile(r"\S+")


def compact(text: str) -> tuple[str, list[int]]:
    """Text without whitespace, and for each of its characters the index in ``text``."""
    idx: list[int] = []
    parts: list[str] = []
    for m in _NONSPACE.finditer(text):
        idx.extend(range(m.start(), m.end()))
        parts.append(m.group(0))
    return "".join(parts), idx


def _clause(ctext: str, s: int, e: int, *, comma: bool = True) -> tuple[int, int]:
    stops = "。;\n!?" + (",，" if comma else "")
    a = max(ctext.rfind(ch, 0, s) for ch in stops) + 1
    ends = [i for i in (ctext.find(ch, e) for ch in stops) if i >= 0]
    return a, min(ends) if ends else len(ctext)


def _num(m: re.Match) -> tuple[float, bool] | None:
    following = m.group("approx") or "" if "approx" in m.groupdict() else ""
    n = parse_number(m.group("num"), following=following)
    if n is None:
        return None
    return n.value, n.approx


_UNIT_ITEMS = r"(?:条|件|篇|项)"
_PROACTIVE_T1 = re.compile(
    r"主动公开(?:的)?(?:各类|各级单位|我区各级单位)?(?:政府|政务)?(?:信息|文件信息|文件)(?:总数)?(?:共计|累计|共|总计)?"
    + NUM + APPROX + _UNIT_ITEMS)
_PROACTIVE_T1B = re.compile(r"主动公开的" + NUM + APPROX + r"条政府信息")
_PROACTIVE_T1C = re.compile(r"目录》?新增信息" + NUM + APPROX + r"条")
_PROACTIVE_T2 = re.compile(r"(?:共|全年)(?:发布|公布|公开)(?:政府)?信息" + NUM + APPROX + r"条")
_BREAKDOWN = re.compile(r"(?P<cat>[\u4e00-\u9fff]{2,8})类(?:信息)?" + NUM + r"条")

_APP_EXCLUDE = re.compile(r"复议|诉讼|咨询|投诉|信访|留言|举报|建议|提案|热线")
_APP_COUNT = [
    re.compile(r"(?:收到|受理|办理)(?P<mid>[^。;,]{0,20}?申请[^。;,]{0,6}?)(?:共|数)?" + NUM + r"(?:件|条|份|个)"),
    re.compile(r"(?:收到|受理|办理)(?P<mid>[^。;,]{0,14}?依申请[^。;,]{0,10}?)" + NUM + r"(?:件|条|份|个)"),
    re.compile(r"(?:收到|受理)" + NUM + r"(?:件|份|个)(?P<mid>[^。;,]{0,16}?申请)"),
]
_APP_NONE = re.compile(r"未(?:收到|受理|发生|有)(?P<mid>[^。;,]{0,16}?)(?:申请|依申请受理|请求)")

_NEG = r"(?:(?<!尚)未(?!经)|没有|无|不存在)"
_REVIEW_COUNT = re.compile(r"复议(?:案件|申请|事项|案)?(?:共|为)?" + NUM + r"(?:件|起|宗|个|次|份)")
_REVIEW_COUNT_B = re.compile(r"(?:收到|受理|处理)" + NUM + r"(?:件|起|份)[^。;,]{0,20}?复议")
_REVIEW_COUNT_C = re.compile(r"复议[^。;,]{0,4}?" + NUM + r"(?:件|起|宗)")
_SUIT_COUNT = re.compile(r"诉讼(?:案件|案)?(?:共|为)?" + NUM + r"(?:件|起|宗|个|次)")
_COMBINED = re.compile(r"复议[和、及与或](?:提起)?(?:行政)?诉讼(?:案件|案)?(?:共|为)?" + NUM + r"(?:件|起|宗)")

_FEE_COUNT = re.compile(r"收取[^。;,]{0,16}?费(?:用)?(?:共计|共|合计)?" + NUM + r"(?P<unit>万元|元)")
_FEE_NONE = re.compile(
    r"(?:未|没有|无|均未|不)(?:[^。;,]{0,16}?)(?:收费|收取[^。;,]{0,20}?费|费用)|"
    r"免费(?:为|向)?申请人|暂不收费|全部免费")
_FEE_CONTEXT = re.compile(r"申请|信息公开|信息处理费|公开信息|依申请")

_OUTCOMES = [
    ("applications_granted", re.compile(r"(?<![不部分])同意公开(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
    ("applications_partial", re.compile(r"同意部分公开(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
    ("applications_denied", re.compile(r"(?:否决公开|不予公开|不同意公开)(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
]
_DENIED_NONE = re.compile(r"无不予公开|未发生不予公开|没有不予公开")
_CONSULT = re.compile(r"咨询(?:服务|事项)?(?:共|累计)?" + NUM + APPROX + r"(?:人次|次|件|个)")


def _add(out: list[Candidate], measure: str, m: re.Match, idx: list[int], tier: int, *,
         value: float | None = None, approx: bool = False, qualifier: str = "", unit: str = "") -> None:
    if value is None:
        n = _num(m)
        if n is None:
            return
        value, approx = n
    s, e = m.start(), m.end()
    out.append(Candidate(measure, float(value), approx, idx[s], idx[e - 1] + 1, tier, qualifier, unit))


def narrative_candidates(text: str) -> list[Candidate]:
    """Every candidate figure stated in the prose of one cleaned text.

    Returns
    -------
    list of Candidate
        measure, value, approx, start/end (span in ``text``), tier (lower is preferred
        by the picking rule), qualifier, unit.
    """
    ctext, idx = compact(text)
    out: list[Candidate] = []
    if not ctext:
        return out
    # proactive disclosure
    for tier, pat in ((1, _PROACTIVE_T1), (1, _PROACTIVE_T1B), (1, _PROACTIVE_T1C), (2, _PROACTIVE_T2)):
        for m in pat.finditer(ctext):
            a, _ = _clause(ctext, m.start(), m.end())
            if re.search(r"数为$|占$|应$", ctext[a:m.start()]) or "数为" in m.group(0):
                continue  # a share ("公开办主动公开信息数为62条") or a category ("其他应主动公开")
            if tier == 2 and re.search(r"微信|微博|公众号|头条|抖音|视频号", ctext[_clause(ctext, m.start(), m.end(), comma=False)[0]:m.end()]):
                continue  # a channel
            _add(out, "proactive_items", m, idx, tier, unit="items")
    # applications
    for pat in _APP_COUNT:
        for m in pat.finditer(ctext):
            a, b = _clause(ctext, m.start(), m.end())
            if _APP_EXCLUDE.search(ctext[a:b]) or _APP_EXCLUDE.search(m.group("mid")):
                continue
            if not re.search(r"公开|依申请|申请事项", ctext[a:b]):
                continue
            _add(out, "applications_received", m, idx, 1, unit="applications")
    for m in _APP_NONE.finditer(ctext):
        a, b = _clause(ctext, m.start(), m.end())
        if _APP_EXCLUDE.search(ctext[max(a, m.start() - 6):min(b, m.end() + 8)]) \
                or not re.search(r"公开|依申请", m.group(0)):
            continue
        _add(out, "applications_received", m, idx, 1, value=0.0, qualifier="", unit="applications")
    # reconsiderations and lawsuits
    combined_spans: list[tuple[int, int]] = []
    for m in _COMBINED.finditer(ctext):
        combined_spans.append((m.start(), m.end()))
        for meas in ("reconsiderations", "lawsuits"):
            _add(out, meas, m, idx, 9, qualifier="combined reconsiderations and lawsuits", unit="cases")
    for meas, pats in (("reconsiderations", (_REVIEW_COUNT, _REVIEW_COUNT_B, _REVIEW_COUNT_C)),
                       ("lawsuits", (_SUIT_COUNT,))):
        for pat in pats:
            for m in pat.finditer(ctext):
                if any(s <= m.start() < e for s, e in combined_spans):
                    continue
                a, b = _clause(ctext, m.start(), m.end())
                if re.search(r"申诉|信访", ctext[m.start():m.end()]):
                    continue
                tier = 1 if re.search(r"信息公开|公开", ctext[a:b]) else 3
                _add(out, meas, m, idx, tier, unit="cases")
    for m in re.finditer(r"复议|诉讼", ctext):
        a2, b2 = _clause(ctext, m.start(), m.end(), comma=False)
        pre = ctext[max(a2, m.start() - 28):m.start()]
        neg = list(re.finditer(_NEG, pre))
        if not neg or re.search(r"\d", pre[neg[-1].end():]):
            continue
        around = ctext[max(a2, m.start() - 20):min(b2, m.end() + 12)]
        if re.search(r"费用|支出|经费|申诉(?:案|事项)", around):
            continue
        meas = "reconsiderations" if m.group(0) == "复议" else "lawsuits"
        tier = 2 if re.search(r"信息公开|公开", ctext[a2:b2]) else 4
        ns = m.start() - len(pre) + neg[-1].start()
        out.append(Candidate(meas, 0.0, False, idx[ns], idx[m.end() - 1] + 1, tier, "", "cases"))
    # fees
    for m in _FEE_COUNT.finditer(ctext):
        a, b = _clause(ctext, m.start(), m.end())
        if re.search(r"支出|经费|行政事业性", ctext[a:b]):
            continue
        n = _num(m)
        if n is None:
            continue
        v = n[0] * (10000 if m.group("unit") == "万元" else 1)
        _add(out, "fees_yuan", m, idx, 1, value=v, approx=n[1], unit="yuan")
    for m in _FEE_NONE.finditer(ctext):
        a, b = _clause(ctext, m.start(), m.end())
        cl = ctext[a:b]
        if not _FEE_CONTEXT.search(cl) or re.search(r"支出|经费|行政事业性收费|复议|诉讼", cl):
            continue
        if re.search(r"\d", m.group(0)):
            continue
        _add(out, "fees_yuan", m, idx, 2, value=0.0, unit="yuan")
    # outcomes
    for meas, pat in _OUTCOMES:
        for m in pat.finditer(ctext):
            _add(out, meas, m, idx, 1, unit="applications")
    for m in _DENIED_NONE.finditer(ctext):
        _add(out, "applications_denied", m, idx, 2, value=0.0, unit="applications")
    for m in _CONSULT.finditer(ctext):
        _add(out, "consultations", m, idx, 1, unit="consultations")
    # category breakdowns after a proactive total
    totals = [c for c in out if c.measure == "proactive_items"]
    if totals:
        first = min(totals, key=lambda c: c.start)
        cs = idx.index(first.start) if first.start in idx else 0
        for m in _BREAKDOWN.finditer(ctext, cs, min(len(ctext), cs + 400)):
            _add(out, "proactive_items", m, idx, 8, qualifier=f"breakdown: {m.group('cat')}类", unit="items")
    return out
