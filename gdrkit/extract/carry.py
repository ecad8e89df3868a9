"""Requests carried from the year before or to the year after: the words and years that say
so (2013年结转申请2件 in 2014; 2件…转入2013年办理 in 2012; 另有7件…,结转下年度继续办理)."""

from __future__ import annotations

import re

from ..text.numerals import COUNT_NUMERALS, parse_year
from .cues import RECEIVING_VERBS

__all__ = ["CARRY", "OTHER_MATTER", "forward_of_another", "carry_of", "carry_year", "carried_after", "bare_carry_after_replies"]

#: a year carried from (2013年结转, 上年底未办结) or to (结转至2015年, 转入, 转至, 延期至, 顺延至)
_Y = r"(?:19|20)\d\d|二[〇○零O][一二三四五六七八九〇○零O]{2}"  # (2017年, 二〇一七年)
#: (an agency between the year and its verb: 2018年原区卫生和计划生育局结转申请1件, an agency merged in the year)
CARRY = re.compile(rf"(?:由?(?P<y>{_Y})年|(?P<last>上一?年|去年))(?:度)?(?:底|末)?"
                   r"(?:原[^\d,;:。、]{0,14}?(?:局|委员会|委|办公室|厅|中心|政府|部门))?(?P<v1>结转|转入|未办结|未办完|未答复|遗留)|"
                   rf"(?P<v2>转入|结转至|结转到|结转|转至|转到|延期至|延至|延续至|推迟至|顺延至|"
                   # (将于2018年答复 / 将在2023年继续办理: to be answered in the year after, so open at the year's
                   # end; 答复 or 继续办理 only: 将于…办结 is said of plans too)
                   rf"将[于在](?=(?:{_Y})年(?:\d{{1,2}}月(?:\d{{1,2}}日|底|上旬|中旬|下旬)?)?(?:内|前)?(?:(?:予以|作出)?答复|继续办理)))(?P<y2>{_Y})年")


def carry_year(m: re.Match, year: int) -> int:
    """The year a :data:`CARRY` match names (上年 / 去年: the one before ``year``)."""
    return year - 1 if m.group("last") else parse_year(m.group("y") or m.group("y2")) or 0


#: a case named just before a count (行政复议申请2件,其中1件系…提出): no request carried
_CASE_WORDS = re.compile(r"复议|诉讼")
#: what else is carried from a year to the next (上年未办结的投诉3件, 信访件, 举报件): no request; _MATTER without
#: 事项 (依申请公开事项 are requests)
_MATTER = r"投诉|信访|举报|咨询|来信|来访|建议|提案|案件"
OTHER_MATTER = re.compile(_MATTER + r"|事项")
#: right before a none carried forward: the year before named (上年度无未办结, 2021年底无结转 in 2022: carried over)
_YEAR_BEFORE_NONE = re.compile(r"(?:上一?年?|去年?|(?P<y>(?:19|20)\d\d)年?)度?$")


def forward_of_another(ctext: str, s: int, year: int | None) -> bool:
    """Whether a none carried forward at ``s`` (年底无结转, 无未办结) is another's: a year before the report's named
    right before it (上年度无未办结, 2021年底无结转 in 2022: carried over), or another matter earlier in its
    sentence (信访申请300件,年底无未办结)."""
    y = _YEAR_BEFORE_NONE.search(ctext, max(0, s - 8), s)
    return bool(y) and y.group("y") != str(year) or re.search(_MATTER, ctext[max(s - 30, ctext.rfind("。", 0, s) + 1, 0):s]) is not None
#: another matter counted in a sentence (承办人大代表建议8件,其中3件将于2018年答复): what 将于…答复 is said of
_MATTER_COUNTED = re.compile(r"(?:" + OTHER_MATTER.pattern + r")[^,;。\d]{0,4}\d+\s*件")


def _of_another_matter(ctext: str, i: int) -> bool:
    """Whether the sentence before ``i`` counts another matter (承办人大代表建议8件,其中3件将于2018年答复):
    what a 将于…答复 after it is said of (not one named without a count: 不含电话咨询)."""
    return _MATTER_COUNTED.search(ctext, ctext.rfind("。", 0, i) + 1, i) is not None


#: right after a count: it was received in a year named (1件为2013年12月底收到的申请)
_RECEIVED_BEFORE = re.compile(r"(?:为|系|是)(?:在)?(?P<y>(?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日|上旬|中旬|下旬|底|末|份)?(?:收到|受理|提交|递交|提出)")


def carry_of(ctext: str, ws: int, ns: int, ae: int, ne: int, year: int | None) -> str | None:
    """carried_over / carried_forward from a year named beside 结转 / 转入 / 延期至:
    2013年结转申请2件 (in 2014) / 2件…转入2013年办理 (in 2012)."""
    if year is None:
        return None

    def requests() -> bool:  # (件, no case named just before: not 回访3次, nor 行政复议申请2件,其中1件系2014年12月提出)
        return ctext[ne - 1:ne] == "件" and not _CASE_WORDS.search(ctext, max(0, ns - 30), ns) and \
            not OTHER_MATTER.search(ctext, max(ws, ns - 12), ns) and not OTHER_MATTER.match(ctext, ne)
    r = _RECEIVED_BEFORE.match(ctext, ne)
    if r and int(r.group("y")) == year - 1 and requests():
        return "carried_over"  # 另有1件为2013年12月底收到、本年度答复的申请 (in 2014)
    for m in CARRY.finditer(ctext, ws, ae):
        if _NOT_CARRIED.match(ctext, max(ws, m.start() - 1), m.start()):
            continue  # (…2件,无上年结转:1件…: none carried, no topic of the count after)
        planned = m.group("v2") in ("将于", "将在")  # (将于2018年答复: requests' only)
        if m.start() >= ne and _COUNT_NEXT.match(ctext, m.end()):
            continue  # (本年新收6件、2016年结转1件: the words of the count after them)
        if (m.end() <= ns or m.start() >= ne and not m.group("last")) and (
                not m.group("last") and not planned and m.group("v1") != "遗留" or requests() and not (
                    planned and _of_another_matter(ctext, ns))):
            # (2017年遗留的信访件3件: 遗留 of requests only, as 上年结转 is)
            y = carry_year(m, year)
            if y == year - 1 and m.group("v1"):
                return "carried_over"
            if y == year + 1 and m.group("v2"):
                return "carried_forward"
            if y == year and m.group("v2") and m.start() >= ne and not planned:  # (2件结转至2021年办理, in 2021: carried
                # into it; not 将在2022年继续办理 in 2022, said of the year itself)
                return "carried_over"
    return None


#: a count right after carrying words (…2016年结转1件, 结转至2018年办理1件): theirs, not the count before them
_COUNT_NEXT = re.compile(rf"(?:继续)?(?:办理)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:\d+|[{COUNT_NUMERALS}]+)件")
#: another count in the words after a count (a digit run not a year, month or day; a numeral
#: with its unit: 结转至2017年办理三件 is a count of its own)
_DIGIT = re.compile(rf"(?<!\d)\d+(?![\d年月日])|[{COUNT_NUMERALS}]+[件个]")
_CLAUSE_END = re.compile(r"[,;。]")
_OTHER_SUBJECT = re.compile(r"其余|其他|剩余|部分|个别")
#: a negation before the carrying words (没有转入2023年办理的申请, 未出现因超期而结转下一年度办理
#:的情况; 尚未出现结转…), not 未 of not yet (另三件未到答复期限,延至2014年答复; 未办结; 征求意见尚未结束)
_NOT_CARRIED = re.compile(r"没有|未(?!到|满|届|办结|办理完|答复|能|结束|完成)|无(?!法)|不存在")
_RECEIVED = re.compile(rf"{RECEIVING_VERBS}|新收")
#: a count that is some of those received (本年收到的申请中有2件…): a part, not the received
_AMONG = re.compile(r"中(?:有|的)?|其中")
#: what any carried-forward wording holds (结转下年, 转入, 延期至, 顺延至, 推迟至): none, no scan
_CARRY_WORD = re.compile(r"转|延|推迟|将[于在]")


def carried_after(ctext: str, stoks, m: re.Match, cb: int, year: int | None, topic, inherited: str, carry):
    """The topic of a clause's last count said in the clauses after it, before any other
    number of the sentence: 另有7件因受理时间临近年底,结转下年度继续办理 / 尚有5件申请正在办理,
    依法结转至2018年继续办理 (in 2017): carried forward. Else the topic as it was."""
    if (m.group("unit") or "") != "件" or topic not in (None, "applications", "applications_generic"):
        return topic, inherited, carry
    end = ctext.find("。", cb)
    end = len(ctext) if end < 0 else end
    if not _CARRY_WORD.search(ctext, cb, end):
        return topic, inherited, carry
    # the words of the clauses after it, to the end of the first clause that says carried
    # forward, with no number of their own (a year is not one): 已办结57件,结转下年度4件 is not it
    said = [t[0] for t in stoks if cb <= t[0] < end and ("topic", "carried_forward") in t[3]]
    x = next((x for x in CARRY.finditer(ctext, cb, end) if x.group("v2")), None)
    at = min([*said, *([x.start()] if x and year is not None and parse_year(x.group("y2")) == year + 1 else [])],
             default=-1)
    if at < 0:
        return topic, inherited, carry
    k = _CLAUSE_END.search(ctext, at, end)
    # not when another number, a subject of its own (其余申请, 部分申请) or a negation (没有转入
    # 2023年办理的申请; 年末无结转, in the words) stands before the words; nor for requests received (共收到…34件)
    cs = max(ctext.rfind(x, 0, m.start()) for x in ",;。") + 1
    received = _RECEIVED.search(ctext, cs, m.start())
    if x is not None and x.group("v2") in ("将于", "将在") and (_of_another_matter(ctext, m.start()) or OTHER_MATTER.search(
            ctext, max(cs, m.start() - 12), m.start()) or _CASE_WORDS.search(ctext, ctext.rfind("。", 0, m.start()) + 1, m.start())):
        # (承办建议提案3件,将在2023年继续办理 / 被申请行政复议2件,…另1件尚在审理中,将在2023年继续办理: no requests)
        return topic, inherited, carry
    if _DIGIT.search(ctext, cb, k.start() if k else end) or _OTHER_SUBJECT.search(ctext, cb, at) \
            or _NOT_CARRIED.search(ctext, cb, at + 3) or received and not _AMONG.search(ctext, received.end(), m.start()):
        return topic, inherited, carry
    return "carried_forward", (inherited if topic else "") or ("said after" if at in said else "year named"), "carried_forward"


#: the year's end named (截至年底, 截至12月31日, 年末): requests still open then are carried forward
_YEAR_END = re.compile(r"年底|年末|年终|12月31日|十二月三十一日")
#: the year before, named before its end (上年底, 去年年底, 上一年末)
_LAST_YEARS = re.compile(r"(?:上一?|去|前)年")
#: words that carry requests on to a later time (结转至2012年, 转入, 顺延, 将于2019年答复)
_CARRIED = re.compile(r"结转|转入|转至|顺延|延期|将于|下一?年")


def _names_the_year_end(ctext: str, a: int, b: int, year: int | None) -> bool:
    """Whether ctext[a:b] names the end of the report's year (截至年底, 截至2015年12月31日),
    not another year's (截至2014年底 in 2015: requests open then were carried over)."""
    for m in _YEAR_END.finditer(ctext, a, b):
        if _LAST_YEARS.search(ctext, max(a, m.start() - 3), m.start() + 1):
            continue  # (上年底, 去年年底: the year before's end)
        y = re.search(r"((?:19|20)\d\d)(?:年度?)?$", ctext[max(a, m.start() - 8):m.start()])
        if y is None or year is None or int(y.group(1)) == year:
            return True
    return False


def open_at_an_unnamed_time(ctext: str, stoks, sa: int, cb: int, year: int | None) -> bool:
    """Whether a count carried forward is so only by the words of requests still open
    (另有36件正在办理), with no 结转 / 转入 beside them and no year's end named in its
    sentence (截至年底…,另有2件正在办理中): open when the report was written, perhaps, not at
    the year's end."""
    end = ctext.find("。", cb)
    end = len(ctext) if end < 0 else end
    fwd = [t for t in stoks if sa <= t[0] < end and ("topic", "carried_forward") in t[3]]
    if not fwd or any(("scope", "still_open") not in t[3] for t in fwd):
        return False
    # (…5件正在办理,将结转至2012年 / 将于2019年答复: the sentence says where they go)
    return not _names_the_year_end(ctext, sa, end, year) and not _CARRIED.search(ctext, sa, end)


#: a clause that says nothing was carried, naming no year (无结转, 均无结转, 没有结转的申请)
_BARE_CARRY = re.compile(r"(?:且|均|也|亦|并)?(?:无|没有)(?P<w>结转)(?:的?(?:申请|情况|情形|事项))?[。;]?")
#: the replies or the requests done, before it in its sentence (予以公开3件, 全部办结)
_DONE = re.compile(r"(?:公开|提供|处理)(?:\d|[一二三四五六七八九十两]件)|已(?:全部)?予以公开|均(?:已)?予以公开|(?:予以公开|部分公开|不予公开|无法提供|不予处理)(?:等)?(?:情形|情况)|办结|答复完毕|已答复")


def bare_carry_after_replies(ctext: str, ca: int, cb: int) -> tuple[int, int, str] | None:
    """(start, end, "carried_forward") of a clause that says none was carried, naming no year, after
    the year's replies or its requests done in its sentence (…不予处理1件,…全部按期办结,无结转): none
    carried into the next year; else None (收到申请5件,无结转 may be either way)."""
    at = max(ca, ctext.rfind(",", ca, cb) + 1)  # (its last part: 全部按期办结,无结转 may be one clause)
    m, sa = _BARE_CARRY.fullmatch(ctext, at, cb), max(ctext.rfind("。", 0, at), ctext.rfind("\n", 0, at)) + 1
    # (not of reviews, proposals or letters done, nor of the requests carried over: 上年结转申请2件,本年均已办结,无结转)
    if m is None or not _DONE.search(ctext, sa, at) or _CASE_WORDS.search(ctext, sa, at) or OTHER_MATTER.search(
            ctext, sa, at) or re.search(r"(?:上一?年|去年)度?结转[^,;。]{0,6}?[1-9]", ctext[sa:at]):
        return None
    return m.start("w"), m.end("w"), "carried_forward"
