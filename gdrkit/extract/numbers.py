"""Which numbers of a clause count something: a number with its unit (12件, 3.5万元), a
bare number after 数 / a reply in a list, or a label's bare value (申请总数:6); not 第二十条,
五个部分, 一次性, an item number (其中:1、当面申请数), a time or a run of table cells.
"""

from __future__ import annotations

import re

from .after_count import case_of_persons
from .cues import Cues
from .scopes import BOUNDARY
from .sentences import Compact

__all__ = ["clause_numbers", "is_count"]

#: nouns a classifier may count instead of the topic (五个部分, 12个栏目, 一次性; not 一件部分公开, a reply)
_COUNTED_NOUN = re.compile(r"部分(?!公开|提供|同意|予以)|方面|栏目|专栏|类|项目|工作日|单位|部门|乡镇|街道|科室|窗口|批|期|场|月|季度|小时|天|名|家|所(?!申请|需|要求|请求|涉及)|户|"
                           r"版|网站|平台|渠道|环节|领域|板块|模块|性|龙|年|号|人次|位|轮|遍|次性|步|条线|字")


#: a count with its unit that opens a list (380件:): the numbers of the list are of its unit
_UNIT_THEN_LIST = re.compile(r"\d\s*件\s*[:：]")


#: what may follow a label's bare value (:func:`is_count`): the end of its clause or sentence
_KEYED_END = frozenset(",;。|:")  # (not 、: 其中:1、当面申请数 is an item number)


#: the words of a label whose number counts nothing (a phone, a room, an address, a price)
_NOT_A_COUNT = re.compile(r"电话|传真|热线|号码|邮编|邮政编码|地址|地点|编号|房间|[办公会议]室|网址|时间|日期|标准|单价|/页|每页|"
                          r"每件|QQ|邮箱|代码|序号")


#: how the label of a count ends (申请总数, 件数, 同意公开, 行政复议, 收取费用(元), 信函申请): not
#: 人数, 次数, 窗口, 期限, 部门, 满意率 (a label of persons, times, places, days or a rate)
_COUNT_LABEL = re.compile(r"(?:件数|条数|总数|数量|总量|合计|总计|(?<![人次户页天率])数|公开|复议|诉讼|处理|提供|费用|收费|金额|"
                          r"申请|结转|办理|答复|咨询|信息|其中)(?:[(（][^()（）]{1,4}[)）])?$")


#: what is said of counted things right after their count (另三件未到答复期限, 两件已办结, 一件因…);
#: after 件 also 三件属维持…, 其中八件为本年度申请, 九件在法定期限内尚未答复, 二件结转至2024年办理 (not
#: 两个在线渠道, 三个属地街道)
_STATE_AFTER = re.compile(r"[未尚仍均已因系于整]|正在|(?<=件)(?:[属为是在经由和及与]|结转|转入|转至|延期|延至|顺延|推迟|"
                          r"所(?:申请|需|要求|请求|涉及))")  # (三百元整: whole; 另一件所申请信息属于…: what was asked)


#: the items a number of 条 counts, named right after it (二百一十五条信息, 十二条政府信息; not 信息化)
_ITEMS_AFTER = re.compile(r"(?<=条)(?:各类|各项)?(?:政府|政务)?信息(?!化)")


#: a negation right before 一 (未发生一起, 没有一件, 无一例): not one, a "none"
_NONE_BEFORE = re.compile(r"(?:未|没有|无|从未|并未)(?:发生|出现|收到|受理|接到|有)?过?$")


def is_count(ctext: str, m: re.Match, cb: int, cues: Cues, *, line_end: bool = False) -> bool:
    """Whether a number with a unit counts its topic (not 第二十条, 五个部分, 一次性);
    ``line_end``: the text breaks (a line, a space) right after it, so what follows is
    not its noun (予以公开：20件 / 部分公开：4件 on two lines)."""
    s, e = m.start(), m.end()
    if s > 0 and ctext[s - 1] == "第":
        return False
    if (bare := m.group("keyed") or m.group("bare")) and ctext[s - 1:s] == ":" and (
            len(bare) > 6 or _NOT_A_COUNT.search(ctext, max(0, s - 12), s) or
            not _COUNT_LABEL.search(ctext, max(0, s - 14), s - 1)):
        return False  # (a label of a number that counts nothing: 咨询电话:12345, 办公室:301, 下载次数:35)
    if m.group("keyed"):
        # a label's value (申请总数:6 / 行政复议:0 行政诉讼:0): where its line, its clause or the
        # text ends after it, or a list goes on (同意公开:4,部分公开:0), not 第1:…, 9:30, 1:2
        return e >= cb or ctext[e] in _KEYED_END or (line_end and ctext[e] not in "年月日号时")
    if m.group("bare"):
        # after 数 (申请数为3); after a reply only in a list whose unit a count gave before it
        # (已办结380件:予以公开248、…), not in a line of one applicant's (予以公开16)
        return ctext[s - 1:s] in ("数", "为", "是", ":") or bool(_UNIT_THEN_LIST.search(ctext, max(0, s - 60), s))
    if not line_end and _COUNTED_NOUN.match(ctext, e):
        return False
    if m.group("num") == "一" and _NONE_BEFORE.search(ctext, max(0, s - 6), s):
        return False  # (全县未发生一起…行政复议: not a single one, none)
    if m.group("num")[0].isdigit():
        return True
    # a Chinese numeral (一 is everywhere) counts only at a boundary, before a topic cue or before
    # the items it counts (共公开了二百一十五条信息)
    if line_end or BOUNDARY.match(ctext, e) or e >= cb or _STATE_AFTER.match(ctext, e) or _ITEMS_AFTER.match(ctext, e):
        return True
    t = cues.pattern.match(ctext, e)
    return bool(t and t.group() and any(f == "topic" for f, _ in cues.kind.get(t.group(), ())))


def clause_numbers(cues: Cues, c: Compact, ca: int, cb: int) -> list[re.Match]:
    """The numbers of the clause c.text[ca:cb] that count something (:func:`is_count`)."""
    if not c.has_numeral(ca, cb):
        return []
    # (a count of persons, 名, only where it counts the cases they brought: 1名申请人…申请行政复议)
    return [m for m in cues.number.finditer(c.text, ca, cb)
            if is_count(c.text, m, cb, cues, line_end=c.spaced(m.end()))
            and (m.group("unit") != "名" or case_of_persons(c.text, m.start(), m.end()))
            and not ((m.group("keyed") or m.group("bare")) and not c.contiguous(m.start(), m.end()))]  # (5 1 3: cells, not 513)
