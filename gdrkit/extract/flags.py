"""Flags on headline figure rows: a value kept, with the reading a careful reader would
question said in its qualifier (the panel's ``flagged`` lists it; its confidence is low)."""

from __future__ import annotations

import re

from .confidence import is_headline
from .scopes import AREA

__all__ = ["flag_row", "flag_report", "flag_already_public", "flag_aggregate_tables", "rounded", "annex_over_prose",
           "annex_of_the_area", "AREA_ANNEX"]


def flag_row(row: dict, flag: str) -> None:
    """Add a flag to a headline row's qualifier (the panel lists it; confidence is low)."""
    row["qualifier"] = f"{row['qualifier']}; {flag}" if row["qualifier"] else flag


#: an approximate count more than its number, said inside it (200余条, 100多件; 逾/超过 before it, 以上 after it)
_MORE = re.compile(r"\d\s*(?:余|多)")


def rounded(text: str, v: float, approx: bool, start: int, end: int, exact: float) -> bool:
    """Whether a prose count ``v`` at text[start:end], ``approx``, is ``exact`` rounded, as its words say: more than it (200余条:
    above 200, below 1.5 times), near it (近300条: 0.9 times to 300), or about it (约1000条: within a tenth); a
    careful reader takes the exact count."""
    if not approx:
        return False
    before, own, after = text[max(0, start - 2):start], text[start:end], text[end:end + 2]  # (not 近期, 其余 nearby)
    if _MORE.search(own) or re.search(r"(?:逾|超过)$", before) or after.startswith(("以上", "多")):
        return v < exact < 1.5 * v
    return 0.9 * v <= exact <= v if re.search(r"近$", before) else abs(exact - v) <= 0.1 * v


def annex_over_prose(prose: dict, value: float, text: str) -> tuple[str, str] | None:
    """Where an annex's value other than the prose's headline ``prose`` is the headline all the
    same: (the prose row's qualifier, the flag of the annex's row or ""). The prose of the whole area
    (全县财政系统…2,960条) beside the agency's own annex: a judgement; an approximate count the
    annex's value rounds (200余条, the annex 214): the annex's. Else None."""
    if prose["qualifier"]:
        return None
    if AREA.search(text, max(text.rfind(x, 0, prose["start"]) for x in ",;。\n") + 1, prose["start"]):
        return "the whole area (the annex's own stated)", "judgement: the agency's own annex, not the whole area's prose"
    return ("prose; table used", "") if rounded(text, prose["value"], prose["approx"], prose["start"], prose["end"], value) \
        else None


#: the qualifier of an annex's value where the annex is the whole area's (its own counts stated apart)
AREA_ANNEX = "the whole area (the annex; the agency's own stated)"


def annex_of_the_area(values, rows: list[dict], head: dict) -> bool:
    """Whether an annex holds the whole area's counts: one of its values is the prose's count of the
    whole area beside the agency's own (全县共受理…96件 and the annex's 收到申请数 96, the office's 12
    said apart), none is the agency's own headline (``head``), so its values the prose does not give
    (同意公开答复数 44) are the area's too."""
    area = {(r["measure"], r["value"]) for r in rows if r["qualifier"].startswith("the whole area (the agency's own")}
    return any((v.measure, v.value) in area for v in values) and not any(
        v.measure in head and head[v.measure]["value"] == v.value and v.value for v in values)  # (a shared 0 says little)


#: a count of requests for what was already public (告知获取途径的9件, 属于已主动公开范围数 件 9,
#: 属于已主动公开范围数,件,15)
_ALREADY_PUBLIC = re.compile(r"(?:属于已(?:主动)?公开|已(?:主动)?公开(?:的)?范围|告知(?:其)?获取(?:的)?(?:方式和)?途径)"
                             r"[^。\n\d]{0,12}?(件[ \t,|]*)?(\d+)\s*(件)?")


def flag_already_public(rows: list[dict], text: str) -> None:
    """A granted count outside the template table (which defines 予以公开) beside a count of
    requests answered with where the information is already public: whether those belong
    to the granted ones the report does not say (flagged, the value kept)."""
    head = next((r for r in rows if r["measure"] == "applications_granted" and is_headline(r["qualifier"])
                 and not r["method"].startswith("template")), None)
    if head is None:
        return
    for m in _ALREADY_PUBLIC.finditer(text):
        if (m.group(1) or m.group(3)) and int(m.group(2)) > 0:
            flag_row(head, f"judgement: {m.group(2)} already public counted apart")
            return


#: a report saying its tables hold a whole system's or area's totals, its units' with its own
#: (本报告第二、三部分数据为全县卫生健康系统汇总数据, 二、收到和处理政府信息公开申请情况（全系统） or
#: （全局合计，节选总计列）: the bureau with its units,
#: a subheading （一）全市情况 over the table)
_AGGREGATE = re.compile(r"(?:数据|表格?|统计)[^。\n]{0,8}?(?:为|是|系)[^。\n]{0,24}?(?:系统|全[县市区省])[^。\n]{0,12}?汇总|"
                        r"情况[(（](?:全系统|系统汇总|全[县市区省]汇总|全[局委厅](?:合计|汇总))[^()（）\n]{0,12}[)）]|"
                        r"^\s*[(（][一二三四][)）]\s*全[县市区省]情况\s*$", re.M)  # ((一)全市情况 above table 3)


def flag_aggregate_tables(rows: list[dict], text: str) -> None:
    """Headline figures read from a template table the report says holds a whole system's
    or area's totals (its units' with its own): whether those are the agency's own figure
    is a judgement (flagged, the value kept). Where the prose states another count of the
    measure (not the area's: （二）市政府本级情况 …新收申请38件), that count is the agency's
    own and the headline, flagged; the table's is the whole area's; and the report telling its
    own counts apart so, the tables' values of the other measures are the area's alone: no
    headline (candidates)."""
    if ("汇总" not in text and "全系统" not in text and "全局" not in text and "情况\n" not in text) or \
            _AGGREGATE.search(text) is None:
        return  # (the words looked for first: fast)
    prose = {r["measure"]: r for r in rows if r["qualifier"] == "prose; table used"}
    tables = [r for r in rows if "." not in r["measure"] and is_headline(r["qualifier"]) and r["method"].startswith("template")]
    own = {r["measure"] for r in tables if r["measure"] in prose and prose[r["measure"]]["value"] != r["value"]}
    for r in tables:
        if r["measure"] in own:
            r["qualifier"] = "the whole area (the report's tables); prose used"
            prose[r["measure"]]["qualifier"] = "judgement: the agency's own in the prose, its tables the whole area's"
        elif own:  # (the report tells its own counts apart: the tables' others are the area's alone)
            r["qualifier"] = "candidate: the whole area (the report's tables); the agency's own not stated"
        else:
            flag_row(r, "judgement: the report says its tables are a whole system's or area's")


def flag_report(rows: list[dict], text: str) -> None:
    """Every flag of this module on the figure rows of one report (:func:`flag_already_public`,
    :func:`flag_aggregate_tables`)."""
    flag_already_public(rows, text)
    flag_aggregate_tables(rows, text)
