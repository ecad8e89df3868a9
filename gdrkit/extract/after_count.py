"""What the words around a count say it counts: the reply named after the count's reason
(一件因…属于信访事项,依法作不予处理), the case an applicant brought over answers (申请人就3件
答复提起行政诉讼), cases counted in persons (1名申请人…申请行政复议), and requests counted after
the replies (其余2件申请因…: some of those answered)."""

from __future__ import annotations

import re

from ..text.numerals import parse_number
from .cues import CASES, RECEIVING_VERBS, RESULTS
from .scopes import SUMMED

__all__ = ["answered_part", "told_apart", "reply_part", "brought_by_an_applicant", "case_of_persons", "reply_after_reason", "each_of_them",
           "another_count", "reply_heading", "under_reply_heading", "HEADED"]

#: a receiving verb or a total's words before a count (…,共计申请11件 / 全年申请总数25件)
_RECEIVED_OR_ALL = re.compile(rf"{RECEIVING_VERBS}|办理|共|合计|总计|总数|全年|本年|全部|累计|上述|以上|这|此")


def answered_part(ctext: str, st, before: list, ca: int, cs: int) -> bool:
    """Whether a count of requests (``st``, at ``cs`` in its clause from ``ca``) after the
    replies counted before it in its sentence (``before``) is some of those answered (同意公开22件,
    …,其余2件申请因所需信息不属于本机关掌握…), not the requests received: no receiving verb
    and no word of a total before it in its clause (…,本年度共计申请11件 / 上述申请6件 is the total), and
    not the sum of two or more of those replies (同意公开10件,部分公开2件,申请12件均…: all of them)."""
    if st.topic != "applications" or st.polarity != "count" or "withdrawn" in st.scope:
        return False
    replies = [p.value for p in before if (p.topic in RESULTS or "answered" in p.scope) and p.polarity == "count"]
    return bool(replies) and not (len(replies) > 1 and sum(replies) == st.value) and \
        not _RECEIVED_OR_ALL.search(ctext, ca, cs)


_BESIDES = re.compile(r"另有|此外|还有|另收")  # (另有2件为2015年…收到的申请: more, not a part)
#: scopes that make a count of requests another count than a part of the year's received
_NOT_A_PART = frozenset({"withdrawn", "area", "subunit", "other_year", "cumulative", "comparison", "breakdown", "answered"})


def told_apart(statements: list, text: str) -> None:
    """Mark as parts (``breakdown``, of the requests) the counts of requests told one by one after the year's
    count in their section (收到申请2件…。一件申请公开…;另一件…): a count that takes its topic from the words
    after it (一件申请…, 1件向申请人…), smaller than the last count of requests received before it in its
    section, with no receiving verb or word of a total before it in its clause (另收到…5件 is not one)."""
    received, said = None, set()  # (said: the counts of requests before in the section: 其中…书面申请8件。8件书面申请… names it again)
    for st in statements:
        if st.topic != "applications" or st.polarity != "count":
            continue
        if received is not None and st.inherited == "after" and st.section_start == received.section_start and \
                st.value < received.value and st.value not in said and not st.scope & _NOT_A_PART and \
                not _RECEIVED_OR_ALL.search(text, st.clause_start, st.start) and not _BESIDES.search(text, st.clause_start, st.start):
            st.scope, st.parent = st.scope | {"breakdown"}, "applications"
            continue  # (一件…;另一件…: each a part, whatever the value of the one before)
        if not st.inherited and not st.scope & _NOT_A_PART:
            received = st  # (全年收到申请2件: the requests received, by its own words)
        said = said if received is not None and st.section_start == received.section_start else set()
        said.add(st.value)


def reply_part(ctext: str, st, before: list, ca: int, cs: int) -> str:
    """The reply (or kind of case) whose count ``st`` (at ``cs``, its clause from ``ca``) is a part
    of: a count that opens its clause and takes its topic from the words after it (1件为本机关不掌握…,
    一件为直接起诉), right after the count of that topic (无法提供2件,1件为…,1件为… / 被提起行政诉讼二件,
    一件为…), which it does not exceed; else ""."""
    if st.topic not in RESULTS and st.topic not in CASES or st.polarity != "count" or st.inherited != "after" or cs != ca:
        return ""
    counts = [p for p in before if p.polarity == "count"]
    parts = 0.0  # (the parts named before it: 无法提供3件,1件为…,2件为…)
    while counts and counts[-1].topic == st.topic and counts[-1].parent == st.topic:
        parts += counts.pop().value
    return st.topic if counts and counts[-1].topic == st.topic and counts[-1].value >= parts + st.value else ""


def brought_by_an_applicant(window, after) -> bool:
    """Whether the only topic before a count is the applicant (申请人, a person) and a case
    (行政诉讼, 行政复议) is named after it in its clause."""
    named = [t for t in window if any(f == "topic" for f, _ in t[3])]
    return bool(named) and all(t[2] == "申请人" for t in named) and any(
        f == "topic" and v in CASES for t in after for f, v in t[3])


#: the reply named after a count's reason, in its sentence (…,依法作不予处理 / 依法未予公开)
_REPLY_AFTER = re.compile(r"不予处理|不予公开|未予公开|无法提供|部分(?:予以)?公开|予以公开|其他处理|本机关不掌握")
_REPLY_TOPIC = {"不予处理": "not_processed", "不予公开": "denied", "未予公开": "denied", "无法提供": "unable",
                "部分公开": "partial", "部分予以公开": "partial", "予以公开": "granted", "其他处理": "other_reply", "本机关不掌握": "unable"}


#: the one person a count of 名 counts, for it to count a case (1名申请人, 一名当事人)
_ONE_PERSON = re.compile(r"(?:申请人|当事人|公民)")
#: another count between the person and the case (就两件答复, 对5份答复, 其中1名)
_ANOTHER_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*[件个项名份人]")
#: words that say the person brought no case, or not one alone (未申请, 表示将, 联名, 合并审理; not
#: the reply challenged, 对不予公开答复不服, nor the case still open, 尚未判决)
_NOT_ONE_CASE = re.compile(r"未(?!审结|判决|结案|宣判)|没有|不(?!服|予)|无|拒绝|放弃|表示将|拟|联名|共同|合并|同一|一并")
#: the case a person brings (申请行政复议, 提起行政诉讼, 向法院起诉)
_CASE_WORD = re.compile(r"(申请(?:行政)?复议)|(提起(?:行政)?诉讼|起诉)")


def case_of_persons(ctext: str, ns: int, ne: int) -> str | None:
    """The case (reconsiderations, lawsuits) one applicant counted at ctext[ns:ne] brought
    (有1名申请人对我局答复不服,向县政府申请行政复议): one person, one case; None for more
    persons (联名, 合并审理: how many cases?), for a count of other persons, where a negation
    or another count stands before the case word, or where none is named in the sentence."""
    if not re.fullmatch(r"(?:1|一)名", ctext[ns:ne]) or not _ONE_PERSON.match(ctext, ne):
        return None
    end = ctext.find("。", ne)
    end = len(ctext) if end < 0 else end
    m = _CASE_WORD.search(ctext, ne, end)
    if m is None or _ANOTHER_COUNT.search(ctext, ne, m.start()) or _NOT_ONE_CASE.search(ctext, ne, m.start()) or \
            _NOT_ONE_CASE.search(ctext, m.end(), end):
        return None
    return "reconsiderations" if m.group(1) else "lawsuits"


#: a reason that ends the request, not a reply (撤回, 放弃, 终止, 视为): no reply topic
_ENDED = re.compile(r"撤回|放弃|终止|视为|未按要求补正|逾期")
#: a number before the reply: the reply is another count's
_A_NUMBER = re.compile(r"(?<!\d)\d+(?![\d年月日号])|[一二两三四五六七八九十]+件|"  # (not 2019年水价…: a date; but
                       r"\d{4}年[^,;。]{0,6}?(?:收到|提交|提出|受理|递交)")  # 系2021年12月收到: when received, carried)
_CONTESTED = re.compile(r"的?(?:答复|决定|告知书?)不服")  # (对我局…作出的不予公开答复不服: the answer a case contests)
#: the words of the reply decided at last, further on in the sentence (决定不予公开, 最终作出不予公开)
_DECIDED = re.compile(r"(?:决定|作出|最终|依法)[^,;。\d]{0,4}(?:不予处理|不予公开|无法提供|部分公开|予以公开)")
#: a clause that gives a request's reason (属于内部管理信息, 涉及第三方, 系重复申请) or how it was passed on (按信访件转办)
_A_REASON = re.compile(r"不?属于|涉及|系|因|由于|经审查|按[^,;。\d]{0,8}转[办交]|转[办交至送]")
#: the rest of the requests, after which a reply is theirs (其余已全部予以公开)
_THE_REST = re.compile(r"其余|(?<=[,;，；])其他|其他(?=的?申请(?!人)|件|均|都)|剩余|均|都|全部|最终")
# (其他 opening a clause or before 申请/件: not inside a reason, 涉及其他考生个人隐私)


def reply_after_reason(ctext: str, ne: int) -> str | None:
    """The topic of the reply named right after a count's reason, in the clause after it
    (一件因…属于信访事项,依法作不予处理: not processed; 1件因涉及商业秘密,依法未予公开:
    denied); None when no reply is named there, when the reason ends the request (撤回,
    视为放弃), or when the words go on to the rest of the requests (其余已全部予以公开)."""
    end = min(x for x in (ctext.find("。", ne), ctext.find(";", ne), len(ctext)) if x >= 0)
    first = ctext.find(",", ne, end)
    while first >= 0 and _A_REASON.match(ctext, first + 1):
        first = ctext.find(",", first + 1, end)  # (…资料,属于内部管理信息,依法不予公开: a reason's clause more)
    while first >= 0 and _DECIDED.search(ctext, first + 1, end) and not _REPLY_AFTER.search(ctext, ne, first):
        first = ctext.find(",", first + 1, end)  # (1件因…,经书面征求第三方意见,第三方不同意公开,决定不予公开)
    stop = ctext.find(",", first + 1, end) if first >= 0 else -1
    stop = end if stop < 0 else stop  # (the reason's clauses and the one after them)
    m = _REPLY_AFTER.search(ctext, ne, stop)
    if m is not None and m.group() == "本机关不掌握":
        # (经查本机关不掌握该文件原件,已予以公开其复印件: the reply given in the end, not what was found)
        m = _REPLY_AFTER.search(ctext, m.end(), end) or m
    if m is None or _ENDED.search(ctext, ne, m.start()) or _THE_REST.search(ctext, ne, m.start()) or \
            _A_NUMBER.search(ctext, ne, m.start()) or _A_NUMBER.match(ctext, m.end()) or _CONTESTED.match(ctext, m.end()):
        return None  # (…,予以公开3件: a reply with a count of its own; 对…作出的不予公开答复不服: the answer a case contests)
    return _REPLY_TOPIC[m.group()]


#: a count said of each of the topics listed before it (行政复议、行政诉讼各1件, 部分公开、不予处理均为0件);
#: not 成都 / 首都 (a place), not a bound (均为3件以上) nor a sum (合计均为4件)
_EACH_BEFORE = re.compile(r"(?<![成首平人])(?:各|均|都)(?:为|是)?$")
_A_BOUND = re.compile(r"以上|以内|以下|左右|余|多")


def each_of_them(ctext: str, window_start: int, ns: int, ne: int) -> str:
    """The word before the count ctext[ns:ne] saying it is each listed topic's (各, 均为, 都是),
    or "" (a bound, a sum or no such word)."""
    m = _EACH_BEFORE.search(ctext, max(0, ns - 2), ns)
    if m is None or _A_BOUND.match(ctext, ne) or SUMMED.search(ctext, window_start, m.start()):
        return ""
    return m.group()


#: a count of requests between a count and the words after it, not in brackets (1件转交; not (2011年为11件));
#: 次 after digits only (二次供水, 一次性告知: words, no count)
_A_COUNT = re.compile(r"(\d+(?=次)|(?:\d+|[一二两三四五六七八九十百]+)(?=[件起宗例人个份项]))[件起宗次例人个份项]")
_BRACKETS = re.compile(r"\([^()]*\)")
#: none carried over, said as a count (上年结转0件): no part of the requests before
_ZERO_CARRIED = re.compile(r"上一?年度?结转[^,;。\d]{0,6}?[0零〇]件")
#: a change on the year before (同比减少2件, 较上年增加3件): no part of the requests either
_CHANGE_COUNT = re.compile(r"(?:同比|较上年|比上年|较去年|比去年)[^,;。\d]{0,4}?(?:增加|减少|增长|下降)[^,;。\d]{0,2}?"
                           r"(?:\d+|[一二两三四五六七八九十]+)[件条]")


def another_count(gap: str, value: float | None, *, each: bool = False) -> bool:
    """Whether the words between a count and the clause saying how all were answered count
    some of them (…6件,1件转交…办理,…), not the same again (已答复3件 after 受理3件) nor each of
    them in turn (两件,一件…,一件…) where ``each``: the clause says all of them (均, 全部), nor
    none carried over (上年结转0件)."""
    gap = _CHANGE_COUNT.sub("", _ZERO_CARRIED.sub("", _BRACKETS.sub("", gap)))
    nums = [parse_number(m.group(1)) for m in _A_COUNT.finditer(gap)]
    if each and len(nums) > 1 and None not in nums and sum(n.value for n in nums) == value:
        return False  # (收到申请两件,一件询问…,一件要求…,均予以公开: each of them in turn)
    return any(n is None or n.value != value for n in nums)


#: a heading of one kind of reply opening a part of a sentence, its reasons and their counts listed after
#: it (不予公开的,属于国家秘密1件、属于四类过程性信息2件 / 不予处理:信访举报投诉类申请1件、重复申请1件)
_REPLY_HEAD = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*)?(予以公开|部分公开|不予公开|无法提供|不予处理)"
                         r"(?:的|类|中)?(?:情况|情形)?\s*[,:：]")
#: how a count under such a heading got its topic (:func:`gdrkit.extract.replies.reasons_in_turn` sums them)
HEADED = "its reply named before its reasons"
#: the topics such a heading gives a count in its list (not a case, a fee or another reply named)
_HEADED_OVER = (None, "other_reply", "other", "applications", "applications_generic", "on_request_items")
#: a receiving verb before a count: requests received, not a reply's part (予以公开情况:全年共受理申请12件)
_RECEIVED = re.compile(rf"(?:{RECEIVING_VERBS})(?!的)")  # (not 受理的申请中涉及…1件: a scope, the part still a reply's)


#: words of a total or of a part of one between a heading and a count (不予公开的,共3件,其中…1件): no list of reasons
_TOTAL_OR_PART = re.compile(r"共|合计|总计|其中|另有|其余|此外")


def _heading(ctext: str, sa: int, ws: int, i: int) -> re.Match | None:
    """The heading of one kind of reply that opens the part of the sentence (from ``sa``, between
    ; and ;) of a count at ``i`` (its words from ``ws``), the count in the list of reasons after it
    (不予公开的,属于国家秘密1件、…2件 / …涉及国家秘密的1件,涉及个人隐私的2件 / 不予公开的,共3件), or None:
    not with a number in the heading, a total or part named before the count's words (…共3件,其中…1件),
    nor for a total after the list (…要求提供公开出版物2件,合计4件)."""
    seg = max([ctext.rfind(x, sa, i) for x in ";；。"] + [sa - 1]) + 1
    m = _REPLY_HEAD.match(ctext, seg)
    if m is None or _A_NUMBER.search(ctext, seg, m.end()) or _TOTAL_OR_PART.search(ctext, m.end(), max(m.end(), ws)):
        return None
    return None if ws > m.end() and _TOTAL_OR_PART.search(ctext, ws, i) else m


def reply_heading(ctext: str, sa: int, ws: int, ns: int, topic: str | None, inherited: str) -> tuple[str | None, str]:
    """(topic, where it came from) of a count in the list after a heading of one kind of reply
    that opens its part of the sentence, the count's own words naming no reply, case or fee
    (不予公开的,属于国家秘密1件 is denied; 不予处理的,…重复申请1件 not processed; not a count of requests received,
    受理申请12件); else ``topic`` and ``inherited`` as they were."""
    m = _heading(ctext, sa, ws, ns) if topic in _HEADED_OVER and not _RECEIVED.search(ctext, ws, ns) else None
    return (topic, inherited) if m is None else (_REPLY_TOPIC[m.group(1)], HEADED)


def under_reply_heading(ctext: str, i: int) -> bool:
    """Whether a count at ``i`` is in the list after a heading of one kind of reply (无法提供的,
    本机关不掌握相关政府信息4件、没有现成信息需要另行制作1件): one of its reasons, each its own."""
    return _heading(ctext, ctext.rfind("。", 0, i) + 1, i, i) is not None
