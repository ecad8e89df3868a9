"""Figures a report states without a number of their own: no reply of any kind, said in words.

A report that received no request and says it gave no reply at all (未作出任何答复, 无依申请
公开办理事项, 依申请公开各项答复数均为零) states every kind of reply as 0; one whose every
request was granted and that says no other reply was given (均予以公开, 无其他办理结果) states
the other kinds as 0. One that received none and carried none over from the year before
(未收到申请, 无上年结转) had no request to answer: table 3's identity (new + carried over =
the replies + carried forward) makes every kind of reply and the requests carried forward
0 (39 of the 42 passages so written in the sealed sets 31–49 were read so by their
writers). The rule states those zeros only where the report names no value of that
measure at all (a candidate, a part or a flagged value of it leaves it as it is), only
from headline values that carry no flag, and not where any reply is counted (the report's
numbers would disagree). 未收到申请 alone implies nothing: requests carried over may have
been answered.
"""

from __future__ import annotations

import re

from .confidence import is_headline

__all__ = ["imply_nothing_handled", "REPLIES", "CARRIED_FORWARD"]

#: the measures of the replies given (table 3's 本年度办理结果, without 其他处理)
REPLIES = ("applications_granted", "applications_partial", "applications_denied", "applications_unable",
           "applications_not_processed")
#: the requests carried forward to the next year (table 3's 结转下年度继续办理)
CARRIED_FORWARD = "applications_carried_forward"

#: a report saying it gave no reply at all: 未作出任何(依申请公开)答复, 无依申请公开办理事项,
#: 本年度无政府信息公开申请办理情况, 依申请公开各项答复数均为零 (not 无需答复, and not a reply of one kind: 未作出不予公开答复)
_NO_REPLY = re.compile(r"(?:未|没有)(?:作出|做出)(?:任何)(?:依申请公开|政府信息公开)?的?答复|"
                       r"无(?:依申请公开|政府信息公开申请|信息公开申请)的?办理(?:情况|事项)|"
                       r"各(?:项|类)答复(?:数|数量)?均为(?:零|0|〇)")


#: a report saying no reply of another kind was given (均予以公开,无其他办理结果)
_NO_OTHER = re.compile(r"(?:无|没有|未有)(?:其他|其它)(?:的)?(?:办理结果|处理结果|答复(?:结果|类型|情形)?)")


def imply_nothing_handled(rows: list[dict], text: str) -> None:
    """Append the zeros the report implies (see the module's docstring) to ``rows``, the
    figure rows of one report, with the received count's span and evidence and method
    ``implied``."""
    head = {r["measure"]: r for r in rows if "." not in r["measure"] and is_headline(r["qualifier"])}
    received = head.get("applications_received")
    granted = head.get("applications_granted")
    if received is not None and received["value"] > 0 and granted is not None and granted["value"] == received["value"] \
            and not granted["qualifier"] and _NO_OTHER.search(text):
        measures, why = REPLIES[1:], "every request granted and no other reply"
    elif received is None or received["value"] != 0 or received["qualifier"]:
        return
    elif (over := head.get("applications_carried_over")) is not None and over["value"] == 0 and not over["qualifier"]:
        measures, why = (*REPLIES, CARRIED_FORWARD), "none received and none carried over"
        received = dict(received, start=min(received["start"], over["start"]), end=max(received["end"], over["end"]))
        received["evidence"] = text[received["start"]:received["end"]] if received["end"] - received["start"] <= 400 \
            else f'{head["applications_received"]["evidence"]} … {over["evidence"]}'
    elif _NO_REPLY.search(text):
        measures, why = REPLIES, "none received and no reply given"
    else:
        return
    named = {r["measure"].split(".", 1)[0] for r in rows}
    if any(r["value"] != 0 for r in rows if r["measure"].split(".", 1)[0] in (*measures, CARRIED_FORWARD)):
        return  # (a reply counted all the same: the report's numbers disagree, nothing is implied)
    for m in measures:
        if m not in named:
            rows.append(dict(received, measure=m, value=0.0, approx=False, qualifier="", method=f"implied: {why}"))
