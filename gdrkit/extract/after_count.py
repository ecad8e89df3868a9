"""What the words after a count say it counts: the reply named after the count's reason
(一件因…属于信访事项,依法作不予处理), the case an applicant brought over answers (申请人就3件
答复提起行政诉讼), and cases counted in persons (1名申请人…申请行政复议)."""

from __future__ import annotations

import re

from .cues import CASES

__all__ = ["brought_by_an_applicant", "case_of_persons", "reply_after_reason"]


def brought_by_an_applicant(window, after) -> bool:
    """Whether the only topic before a count is the applicant (申请人, a person) and a case
    (行政诉讼, 行政复议) is named after it in its clause."""
    named = [t for t in window if any(f == "topic" for f, _ in t[3])]
    return bool(named) and all(t[2] == "申请人" for t in named) and any(
        f == "topic" and v in CASES for t in after for f, v in t[3])


#: the reply named after a count's reason, in its sentence (…,依法作不予处理 / 依法未予公开)
_REPLY_AFTER = re.compile(r"不予处理|不予公开|未予公开|无法提供|部分公开|予以公开|其他处理")
_REPLY_TOPIC = {"不予处理": "not_processed", "不予公开": "denied", "未予公开": "denied", "无法提供": "unable",
                "部分公开": "partial", "予以公开": "granted", "其他处理": "other_reply"}


#: the persons a count of 名 counts, for it to count cases
_PERSONS = re.compile(r"(?:申请人|当事人|公民|群众)")


#: another count between the persons and their case (就两件答复, 就3件申请)
_ANOTHER_COUNT = re.compile(r"\d+\s*[件个项]|[一二两三四五六七八九十]+[件个项]")
#: the case a person brings (申请行政复议, 提起行政诉讼, 起诉)
_CASE_WORD = re.compile(r"(复议)|(诉讼|起诉)")


def case_of_persons(ctext: str, ne: int) -> str | None:
    """The case (reconsiderations, lawsuits) the persons counted before ``ne`` brought
    (1名申请人对我局答复不服,向县政府申请行政复议), the first named after them in the
    sentence; None when the count is of no applicant or no case is named."""
    if not _PERSONS.match(ctext, ne):
        return None
    end = ctext.find("。", ne)
    m = _CASE_WORD.search(ctext, ne, len(ctext) if end < 0 else end)
    if m is None or _ANOTHER_COUNT.search(ctext, ne, m.start()):
        return None  # (一名申请人就两件答复提起行政诉讼: one case or two, the words do not say)
    return "reconsiderations" if m.group(1) else "lawsuits"


def reply_after_reason(ctext: str, ne: int) -> str | None:
    """The topic of the reply named after a count's reason (一件因…属于信访事项,依法作不予处理:
    not processed), in its sentence and before another count; None when none is named."""
    end = min(x for x in (ctext.find("。", ne), ctext.find(";", ne), len(ctext)) if x >= 0)
    nxt = re.compile(r"\d|[一二两三四五六七八九十]+件").search(ctext, ne, end)
    m = _REPLY_AFTER.search(ctext, ne, nxt.start() if nxt else end)
    return _REPLY_TOPIC[m.group()] if m else None
