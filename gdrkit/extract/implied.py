"""Figures a report states without a number of their own: no reply of any kind, said in words.

A report that received no request and says it gave no reply at all (未作出任何答复, 无依申请
公开办理事项, 依申请公开各项答复数均为零) states every kind of reply as 0; one whose every
request was granted and that says no other reply was given (均予以公开, 无其他办理结果) states
the other kinds as 0, and so does one whose replies of several kinds add up to its requests and that
says the other kinds were none (予以公开1件,不予公开1件,其余办理结果类型均为0件; 无部分公开、不予公开
及其他答复情形). Where the report states the requests carried over (无上年结转 too),
table 3's identity (new + carried over = the replies + carried forward) decides two more:
one that received none and carried none over had no request to answer, so every kind of
reply and the requests carried forward are 0 (39 of the 42 passages so written in the sealed
sets 31–49 were read so by their writers); one whose every request, new and carried over,
was granted gave no reply of another kind (23 of 26 such passages in sets 31–52; whether any
was answered only the next year, carried forward, the grant does not say). Replies of several
kinds that add up imply nothing of the kinds not named (writers leave those empty). The rule
states those zeros only where the report names no value of that measure at all (a
candidate, a part or a flagged value of it leaves it as it is), only from headline values
that carry no flag, and not where a count of a measure it implies is not 0 (the report's
numbers would disagree). Their evidence is the counts they follow from; their confidence is
never high (no second source confirms a zero implied). 未收到申请 alone implies nothing:
requests carried over may have been answered.
"""

from __future__ import annotations

import re

from .confidence import is_headline
from .table3 import REPLY_GROUPS

__all__ = ["imply_nothing_handled", "REPLIES", "CARRIED_FORWARD"]

#: the measures of the replies given (table 3's 本年度办理结果, without 其他处理)
REPLIES = REPLY_GROUPS
#: the requests carried forward to the next year (table 3's 结转下年度继续办理)
CARRIED_FORWARD = "applications_carried_forward"

#: a report saying it gave no reply at all: 未作出任何(依申请公开)答复, 无依申请公开办理事项,
#: 本年度无政府信息公开申请办理情况, 依申请公开各项答复数均为零 (not 无需答复, and not a reply of one kind: 未作出不予公开答复)
_NO_REPLY = re.compile(r"(?:未|没有)(?:作出|做出)(?:任何)(?:依申请公开|政府信息公开)?的?答复|"
                       r"无(?:依申请公开|政府信息公开申请|信息公开申请)的?办理(?:情况|事项)|"
                       r"各(?:项|类)答复(?:数|数量)?均为(?:零|0|〇)")


#: a report saying no reply of another kind was given: 均予以公开,无其他办理结果; 其余办理结果类型均为0件, 其余情形均为0件,
#: 其余类型均为0件;
#: 无部分公开、不予公开及其他答复情形 (a list of replies, then the others, all under one negation)
_NO_OTHER = re.compile(r"(?:无|没有|未有|未出现)(?:其他|其它|其余)(?:的)?(?:办理结果|处理结果|办理情形|处理情形|答复(?:结果|类型|情形)?)|"
                       r"(?:其他|其它|其余)(?:的)?(?:办理结果|处理结果|答复|情形|类型)(?:类型|情形|情况)?(?:均|都|皆)?为?(?:0|零|〇)件?(?![\d.])|"
                       # (其余办理类型均无, 其他类型答复均为0)
                       r"(?:其他|其它|其余)的?(?:办理|处理|答复)?(?:类型|结果|情形)(?:的?答复)?(?:均|都|皆)(?:为\s*(?:0|零|〇)件?(?![\d.])|无)|"
                       r"(?:无|没有|未出现)(?:部分公开|不予公开|无法提供|不予处理)(?:[、,和及或与]+(?:部分公开|不予公开|无法提供|不予处理))*"
                       r"(?:及|和|以及|等)(?:其他|其它|其余)(?:的)?(?:答复|办理结果|处理结果|办理)?(?:情形|情况|类型|结果)")


#: a template table's caption (表三:收到和处理政府信息公开申请情况 / 表四:…行政复议、行政诉讼情况) and the measures it holds
_TABLES = ((re.compile(r"收到和处理(?:政府)?信息公开申请情况"), ("applications_received", "applications_carried_over", *REPLY_GROUPS,
                                                       "applications_carried_forward")),
           (re.compile(r"行政复议[、和及]\s*(?:提起)?行政诉讼(?:的)?情况"), ("reconsiderations", "lawsuits")))
#: words in parentheses right after a caption saying every cell of its table is 0 ((本年度表内各项数据均为0,表格略), (各项均为0))
_ALL_ZERO = re.compile(r"\s*[(（](?:本年度?|本表|表内|表中)?(?:表内|表中)?(?:各项|所有)?(?:数据|数字|指标|数值|项目)?"
                       r"(?:均|都|全)为\s*(?:0|零|〇)(?![\d.])|"  # (not (纠错均为0): the cells' words, or none)
                       # or the caption's own sentence: 本年度我乡收到和处理政府信息公开申请情况各项数据均为0
                       r"的?(?:各项|所有)?(?:数据|数字|指标|数值)?(?:均|都|全)为\s*(?:0|零|〇)(?![\d.])|"
                       # or the section under it saying only that: 无。 / 本年度依申请公开各项数据均为0。
                       r"[ \t]*\n[ \t]*(?:本年度?)?(?:无|没有|暂无|(?:依申请公开)?(?:各项|所有)(?:数据|数字|指标|数值)?(?:均|都|全)为\s*"
                       r"(?:0|零|〇))[。.]?[ \t]*(?=\n|$)")


#: the words a caption said to be all 0 may follow on its line: a heading's number, 表三, the report's year or
#: the agency itself (本年度我乡…, 四、政府信息公开…), not another year's or other bodies' (2021年度…, 全县各乡镇…)
_OWN_LEAD = re.compile(r"(?:[\s,，:：#*]|[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十][)）]|表[一二三四]|本年度?|今年|全年|"
                       r"报告期内|[我本](?:机关|单位|部门|街道|中心|公司|[\u4e00-\u9fff])|(?:政府)?信息公开)*")


def _tables_said_zero(rows: list[dict], text: str) -> None:
    """A template table left out and said to be all 0 on its caption's line (表三:收到和处理政府信息公开申请情况
    (本年度表内各项数据均为0,表格略)), or by its section's only line (无。): each measure it holds is 0 where the
    report states none of it, with the caption's line as its evidence."""
    named = {r["measure"].split(".", 1)[0] for r in rows}
    for caption, measures in _TABLES:
        for m in caption.finditer(text):
            z = _ALL_ZERO.match(text, m.end())
            lead = max(text.rfind("\n", 0, m.start()), text.rfind("。", 0, m.start())) + 1
            if z is None or not _OWN_LEAD.fullmatch(text, lead, m.start()) or any(
                    r["value"] for r in rows if r["measure"].split(".", 1)[0] in measures):
                continue  # (2021年度…均为0 / 全县各乡镇…均为0: another year's or other bodies'; a count of it stated: no)
            for measure in measures:
                if measure not in named:
                    rows.append(dict(measure=measure, value=0.0, unit="applications",
                                     approx=False, qualifier="", start=m.start(), end=z.end(), evidence=text[m.start():z.end()],
                                     method="implied: the table said to be all 0", _cells=None, _agree=None))
                    named.add(measure)


def imply_nothing_handled(rows: list[dict], text: str) -> None:
    """Append the zeros the report implies (see the module's docstring) to ``rows``, the
    figure rows of one report, with the evidence of the counts they follow from and method
    ``implied``; first those of a template table said to be all 0 (:func:`_tables_said_zero`)."""
    _tables_said_zero(rows, text)
    head = {r["measure"]: r for r in rows if "." not in r["measure"] and is_headline(r["qualifier"])}
    received, over = head.get("applications_received"), head.get("applications_carried_over")
    granted = head.get("applications_granted")
    stated = [head[m] for m in (*REPLIES, CARRIED_FORWARD) if m in head]
    if received is None or received["qualifier"] or received["approx"]:
        return
    if over is not None and not over["qualifier"] and not any(r["qualifier"] or r["approx"] for r in stated) and \
            sum(r["value"] for r in stated) == received["value"] + over["value"] and \
            all(r is granted or not r["value"] for r in stated):
        # table 3's identity: new + carried over = the replies + carried forward; nothing to answer, or
        # every request granted (未收到申请,无上年结转 / 收到3件,无上年结转,均予以公开: when they were
        # answered, this year or the next, the grant does not say: nothing is implied of carried forward)
        nothing = received["value"] + over["value"] == 0
        measures = tuple(m for m in (*REPLIES, *((CARRIED_FORWARD,) if nothing else ())) if m not in head)
        why = "none received and none carried over" if nothing else "every request granted"
        received = _joined([received, over, *stated], text)
    elif received["value"] > 0 and stated and not any(r["qualifier"] or r["approx"] for r in (*stated, *([over] if over else []))) and \
            sum(r["value"] for r in stated) == received["value"] + (over["value"] if over is not None else 0) and \
            _no_other_said(text, min(r["start"] for r in (received, *stated)), max(r["end"] for r in stated)):
        # (the replies named add up to the requests, and the others are said to be none)
        measures = tuple(m for m in REPLIES if m not in head)
        why = "every request granted and no other reply" if granted is not None and granted["value"] == received["value"] \
            else "the replies named add up and no other reply"
    elif received["value"] == 0 and _NO_REPLY.search(text):
        measures, why = REPLIES, "none received and no reply given"
    else:
        return
    named = {r["measure"].split(".", 1)[0] for r in rows}
    if any(r["value"] != 0 for r in rows if r["measure"].split(".", 1)[0] in measures):
        return  # (a reply counted all the same: the report's numbers disagree, nothing is implied)
    for m in measures:
        if m not in named:
            # (no second source nor table cell confirms a zero implied: not the confidence of the count it follows from)
            rows.append(dict(received, measure=m, value=0.0, approx=False, qualifier="", method=f"implied: {why}",
                             _cells=None, _agree=None))


#: words of another topic than the replies (a review, a suit, a fee)
_OTHER_TOPIC = re.compile(r"复议|诉讼|收费|费用")


def _sentence_end(text: str, i: int) -> int:
    """Where the sentence (or line) of ``text[i]`` ends: the words saying no other reply was given are
    those of the replies' own sentences (not 其他情形均为0 of the reviews or fees further on)."""
    return min((k for k in (text.find("。", i), text.find("\n", i)) if k >= 0), default=len(text))


def _no_other_said(text: str, a: int, last: int) -> bool:
    """Whether the replies' own words from ``a`` to the end of the sentence of the last (at ``last``) say no
    other kind was given (:data:`_NO_OTHER`), with no case or fee named between the last reply and those
    words (…部分公开1件;因政府信息公开被申请行政复议1件,结果维持,其他情形均为0件: the review's)."""
    m = _NO_OTHER.search(text, a, _sentence_end(text, last))
    return m is not None and (m.start() < last or not _OTHER_TOPIC.search(text, last, m.start()))


def _joined(rows: list[dict], text: str) -> dict:
    """The first row with the span and evidence of all of them (the text from the first to
    the last where that is short, else their evidence joined)."""
    first = min(rows, key=lambda r: r["start"])
    a, b = first["start"], max(r["end"] for r in rows)
    evidence = text[a:b] if b - a <= 400 else " … ".join(dict.fromkeys(r["evidence"] for r in sorted(rows, key=lambda r: r["start"])))
    return dict(first, start=a, end=b, evidence=evidence)
