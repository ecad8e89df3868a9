"""Requests told one by one after their count (1.…,予以公开; 2.…,告知无法提供 / 一件…,予以公开;另一件…,
无法提供): where there is one item for each request of the year, new and carried over, and each
names one kind of reply, the year's count of each reply is the number of items naming it.

For :mod:`gdrkit.extract.prose` (:func:`replies_one_by_one`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sentences import ProseCandidate

__all__ = ["replies_one_by_one", "ONE_BY_ONE"]

#: the judgement of a count of items
ONE_BY_ONE = "the requests told one by one, counted by their replies"
#: a numbered item opening a line (1. / 2、 / （3）)
_NUMBERED = re.compile(r"(?m)^[ \t]*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])")
#: one request opening a part of a sentence (一件为…;另一件…;其中1件…; 一是…,二是…)
_ONE = re.compile(r"(?<=[:：;；,，。\n])\s*(?:(?:另有?|其中|还有)?(?:一|1)件(?!申请中|中)|[一二三四五六七八九十]是)")
#: one request closing a part (其中:向申请人提供全部所需信息的1件;…告知申请人的1件;): the part is the item
_ENDS_ONE = re.compile(r"(?<=[:：;；])[^:：;；。]{4,80}?的(?:1|一)件(?=[;；。]|$)")
#: the next section's or part's heading (三、…, （三）…)
_HEADING = re.compile(r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])")
#: the words of each kind of reply an item may end in (and of requests carried forward or closed otherwise)
#: (提供了所申请的…: granted, by what was done; 对…部分予以提供: partial; 不由我镇制作和保存: unable)
_GIVEN = (r"(?<!不予)(?<!无法)(?<!不)提供(?:了|全部)?(?:(?!告知|电话|方式|途径|网址|答复|说明|咨询|理由|意见)[^,，;；。]){0,12}?"
          r"(?:信息|文件|文本|复印件|资料|方案|标准|名单|数据|材料|档案|协议|结果|明细|记录|情况|内容)(?![^,，;；。]{0,4}告知)")
_KINDS = {"applications_granted": re.compile(rf"(?<!不)(?<!不同意)予以公开|(?<!不)同意公开|全部公开|{_GIVEN}"),
          "applications_partial": re.compile(r"部分公开|部分予以公开|部分(?:予以)?提供|区分处理|遮盖处理|删除[^,，;；。]{0,12}后提供"),
          "applications_denied": re.compile(r"不予公开|不同意公开"),
          "applications_unable": re.compile(r"无法提供|不掌握|不存在|没有现成|另行制作|不由[^,，;；。]{0,8}(?:制作|保存|掌握)|未制作|未获取"),
          "applications_not_processed": re.compile(r"不予处理"),
          "applications_carried_forward": re.compile(r"结转至|结转到|结转下|转入\d{4}年|延至\d{4}年"),
          "other": re.compile(r"撤回|不再处理|其他处理|逾期未补正")}
_NAMED_GRANT = re.compile(r"(?<!不)(?<!不同意)予以公开|(?<!不)同意公开|全部公开")
#: what may stand between the count and its first item: the rest of its sentence, then at most a lead-in
#: (…4件,上年结转1件,具体办理情况如下: / …。具体为: / 收到申请3件。其中1件… / not 均按期答复。主要做法:)
_NEXT_TO = re.compile(r"[^。]*(?:。\s*(?:(?:具体(?:办理)?(?:情况)?(?:如下|为|是)|分别(?:为|是)|其中|(?:经)?办理(?:情况|结果)(?:如下)?)[:：]?)?\s*)?")
#: an item opening with 一是 / 二是 (a request, or a way of working), and who asked or when, near its start
_FIRST_SECOND = re.compile(r"\s*[一二三四五六七八九十]是")
_ASKER = re.compile(r"某|居民|村民|市民|群众|公民|自然人|法人|企业|公司|律师|申请人|当事人|\d+月|[一二三四五六七八九十]+月|件")
#: an item about a review or a suit: not a request's
_CASES = re.compile(r"复议|诉讼")
#: a count of more than one request inside an item: not one request each
_MANY = re.compile(r"(?:[2-9]|\d{2,}|[两二三四五六七八九十]+)\s*件")


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items after a count, text[a:b]: numbered lines, else parts opening with 一件 or closing with …的1件."""
    closing = [m.span() for m in _ENDS_ONE.finditer(text, a, b)]
    if len(closing) >= 2:
        return closing
    for pattern in (_NUMBERED, _ONE):
        starts = [m.start() for m in pattern.finditer(text, a, b)]
        if len(starts) >= 2:
            last = text.find("。" if pattern is _ONE else "\n", starts[-1])  # (the last item: to its sentence's or line's end)
            ends = starts[1:] + [min(b, last + 1) if last >= 0 else b]
            return list(zip(starts, ends))
    return []


def _kind(item: str) -> str | None:
    """The one kind of reply an item names, or None (none, or several)."""
    kinds = {k for k, w in _KINDS.items() if w.search(item)}
    if "applications_partial" in kinds or len(kinds) > 1 and not _NAMED_GRANT.search(item):
        kinds.discard("applications_granted")  # (部分公开 holds 公开, 部分予以公开 予以公开; 不存在…提供了…告知书: what was done)
    return kinds.pop() if len(kinds) == 1 else None


def replies_one_by_one(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Counts of each kind of reply from requests told one by one after the year's count of
    requests, a judgement: only where the items follow the count's sentence, are as many as the
    requests new and carried over (2 or more; or one request, none carried over, said in the rest of its count's
    sentence), each of one request and naming one kind of reply, and no reply was counted before them."""
    received = [c for c in cands if c.measure == "applications_received" and not c.qualifier
                and c.statement.polarity == "count"]
    carried = {c.value for c in cands if c.measure == "applications_carried_over" and not c.qualifier}
    if len({c.value for c in received}) != 1 or len(carried) > 1:
        return cands
    carried_said = bool(carried)
    first = min(received, key=lambda c: c.start)
    n = first.value + (carried.pop() if carried else 0.0)
    heading = _HEADING.search(text, first.end)
    items = _items(text, first.end, heading.start() if heading else len(text))
    if n == 1 and carried_said and not items:  # (收到申请1件,系…申请公开…,已向其提供…。: the one request, its sentence)
        end = text.find("。", first.end)
        items = [(first.end, end if end >= 0 else len(text))]
    replies = [c for c in cands if c.measure in _KINDS and not c.qualifier and c.statement.polarity == "count"]
    if n < 1 or len(items) != n or any(_MANY.search(text, s, e) or _CASES.search(text, s, e) for s, e in items) or \
            not _NEXT_TO.fullmatch(text, first.end, items[0][0]) or any(c.end <= items[0][0] for c in replies):
        return cands  # (items after another sentence, of cases, or after replies counted: not the requests' own)
    kinds = [_kind(text[s:e]) for s, e in items]
    if None in kinds or any(_FIRST_SECOND.match(text, s) and not _ASKER.search(text, s, s + 16) for s, _ in items):
        return cands  # (具体为:一是严格审查,…依法予以公开;二是…及时告知申请人: ways of working, not requests)
    out = list(cands)
    for measure in dict.fromkeys(k for k in kinds if k != "other"):
        if {c.value for c in cands if c.measure == measure and not c.qualifier} == {float(kinds.count(measure))}:
            continue  # (said so already, with the same count: nothing to add)
        s, e = next(span for span, k in zip(items, kinds) if k == measure)
        out.append(replace(first, measure=measure, value=float(kinds.count(measure)), start=s, end=e, rank=1,
                           qualifier="", judgement=ONE_BY_ONE))
    return out
