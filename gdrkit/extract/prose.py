"""Measures from prose statements: explicit rules over the features of
:mod:`gdrkit.extract.statements`.

Each statement becomes a candidate of at most one measure, with a rank (1 is preferred)
and a qualifier that says why it is not the year's figure when it is not:

==========================  =====================================================
measure                     statements that count (rank), and what is only kept
==========================  =====================================================
proactive_items             主动公开 … N条 (1); a 主动公开 part of all items published
                            ("共发布687份,其中主动公开299份") (1); all items published
                            "全年公开政府信息共228条" (2). A website count is the total
                            when it is the only channel of its sentence; beside another
                            channel (门户网站78条, 官方微信502条) each is a "channel" part.
applications_received       requests received (收到/受理 … 申请 N件), "none" statements;
                            parts after 其中 are "breakdown" rows
applications_granted, …     予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 counts in a
                            sentence or section about applications
reconsiderations, lawsuits  counts and "none" statements of cases; a statement about
                            outcomes (纠错, 败诉) is not a count; one number for both
                            together is kept as "combined"
fees_yuan                   a money amount of fees, or a "none" statement
consultations               咨询 N人次
==========================  =====================================================

Never the year's figure (kept with a qualifier): cumulative (累计, 历年, 截至 an earlier
date), comparison (同比, 增长, another year), share (占 … %), social-media channel.
``截至<the year's end>`` is the year's figure by judgement: the candidate says so
(``judgement: 截至 the year's end``) and the report is flagged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .after_count import told_apart
from .applicant_groups import replies_by_applicant
from .caseload import each_in_turn, lawsuit_kinds, new_of_caseload, own_field_as_whole, own_over_area
from .cues import FAMILY
from .one_by_one import replies_one_by_one
from .replies import (
    combined_by_its_parts,
    listed_then_replied,
    named_as_one,
    reasons_in_turn,
    replies_not_all_read,
    replies_of_the_area,
    replies_over_requests,
    restated_otherwise,
)
from .respondents import respondent_after, respondent_named
from .sentences import ProseCandidate
from .statements import Statement

__all__ = ["ProseCandidate", "prose_candidates", "by_measure", "choose_headline", "MEASURE_OF_TOPIC", "NOT_THE_YEAR"]

#: Qualifiers of prose values that are not the year's figure of their measure.
NOT_THE_YEAR = ("channel", "cumulative", "comparison", "another year", "part of the year", "paired values", "unit", "outcome of cases", "rate",
                "category", "not about disclosure", "combined", "part of the agency", "not the year's figure", "caseload",
                "the agency as reviewer", "applications and consultations", "the whole area", "left out of the count",
                "withdrawn", "one kind of lawsuit", "still open", "said not counted", "named before", "answers challenged",
                "another agency's")

MEASURE_OF_TOPIC = {
    "applications": "applications_received", "carried_over": "applications_carried_over",
    "carried_forward": "applications_carried_forward", "granted": "applications_granted",
    "partial": "applications_partial", "denied": "applications_denied", "unable": "applications_unable",
    "not_processed": "applications_not_processed", "reconsiderations": "reconsiderations",
    "lawsuits": "lawsuits", "fees": "fees_yuan", "consultations": "consultations",
    "proactive": "proactive_items", "published": "proactive_items",
}
_OUTCOMES = ("granted", "partial", "denied", "unable", "not_processed")
_UNITS = {"proactive_items": "items", "fees_yuan": "yuan", "consultations": "consultations",
          "reconsiderations": "cases", "lawsuits": "cases"}
_CASE_TOPICS = ("reconsiderations", "lawsuits")


def _application_context(st: Statement, text: str) -> bool:
    """Whether an outcome count (予以公开 N件, 无法提供 N件) is about requests: it is,
    unless it is a part of the items published or documents issued (依申请公开及不予公开388份 among
    发布政府信息687份; 不予公开43件 among 制发公文189件) or stands under a heading about proactive disclosure."""
    if st.parent in ("applications", "carried_over"):
        return True
    if st.parent in ("published", "proactive", "on_request_items", "documents") or st.section_kind == "proactive":
        return False
    return True


def _not_own_cases(st: Statement) -> str:
    """Why a count of reconsiderations or lawsuits is not the agency's own cases about
    disclosure ("" when it is)."""
    sc = st.scope
    if "reviewer" in sc and "disclosure" not in sc:
        return "not about disclosure"  # 市政府作为行政复议机关共收到行政复议申请486件
    if "reviewer" in sc:
        # 作为行政复议机关,受理涉及政府信息公开的行政复议案件10件: others' cases it decides, not those against it
        return "the agency as reviewer"
    if st.outcome:
        return "outcome of cases"
    if st.combined and (st.value or "分别" in st.extra.get("window", "")):
        return "combined reconsiderations and lawsuits"
    return "not about disclosure" if "not_disclosure" in sc else ""


def _not_a_count_of_the_year(st: Statement, measure: str) -> str:
    """What a statement's scope words say it counts instead of the year's figure, or ""."""
    sc = st.scope
    if st.unit == "other":
        return "unit"
    if "rate" in sc:
        return "rate"
    if "modal" in sc:
        return "not the year's figure: what should be"
    if "waiver" in sc and measure == "fees_yuan":
        return "not the year's figure: waived, not charged"
    if "comparison" in sc or "share" in sc:
        return "comparison"
    if "other_year" in sc and "this_year" not in sc:
        return "another year"
    if "part_of_year" in sc:
        return "part of the year"
    if "superior" in sc:
        return "another agency's: a superior's"
    if "answered" in sc and measure == "applications_received":
        return "not the year's figure: answered, not received"
    if "paired" in sc:
        return "paired values (分别…、…): one of each of two"
    if "includes_other" in sc:
        return "combined with other matters"
    if "channel_social" in sc:
        return "channel"
    if "subunit" in sc:
        return "part of the agency"
    if st.inherited == "answers challenged":
        return "answers challenged"  # 申请人就3件答复提起行政诉讼: one case or three?
    if "named_before" in sc:
        return "named before"  # 上述四件申请均已办结: the counts before, named again
    if "not_counted" in sc:
        return "said not counted"  # 另以规划许可为诉讼标的的行政诉讼14件未计入上述数据
    if "year_end_not_named" in sc:
        return "still open, the year's end not named"  # 另有36件正在办理 (其中1件尚在办理 too)
    return ""


def _qualifier(st: Statement, measure: str, channels: dict) -> tuple[str, int]:
    """(qualifier, rank) of a statement as a candidate of ``measure``."""
    sc = st.scope
    yearly = bool(sc & {"this_year", "year"})
    if q := _not_a_count_of_the_year(st, measure):
        return q, 9
    if "cumulative" in sc and not ("breakdown" in sc and yearly) and st.topic != "carried_forward":
        # (what is carried forward is what is open at the year's end: 截至12月31日,尚有5件…结转)
        return "cumulative", 9
    if "year_end" in sc and not yearly and "year_context" not in sc and st.topic != "carried_forward":
        return "cumulative or the year's? (截至 the year's end, no other sign of the period)", 9
    if st.topic in _CASE_TOPICS and _not_own_cases(st):
        return _not_own_cases(st), 9
    if st.topic in _OUTCOMES and st.combined:
        return "combined kinds of reply", 9
    if st.inherited == "category":  # 人事信息17条 after a total: one of its categories
        return "breakdown: " + (st.extra.get("category") or "category"), 8
    if "breakdown" in sc:
        if "among" in sc and st.topic not in _OUTCOMES and st.topic != "carried_forward" and not (
                st.topic == "carried_over" and st.inherited == "year named"):
            # 在主动公开的信息中,有120条通过网站公开: some of them (收到的申请中有2件…转入2011年继续
            # 办理: those carried forward, the measure)
            return "breakdown", 8
        if yearly and st.extra.get("parent_cumulative") and "category" not in sc and (st.parent == st.topic or (
                measure == "proactive_items" and st.parent in ("proactive", "published"))):
            return "", 1  # 累计N条,其中本年度M条 / 2017—2019年累计收到申请31件,其中2019年收到12件: the year's own count
        if measure == "proactive_items":
            if "category" in sc:
                return "breakdown: " + (st.extra.get("category") or "category"), 8
            if st.topic == "proactive" and st.parent in ("published", "on_request_items", "", "other", "documents"):
                return "", 1  # 共发布687份,其中主动公开299份: the proactive part is the total
            return "breakdown", 8
        if st.topic in _CASE_TOPICS and "disclosure" in sc and st.parent in ("", st.topic):
            return "", 1  # 行政应诉案件32件,其中政府信息公开类行政诉讼案件3件: the disclosure part
        if st.topic in ("carried_over", "carried_forward") and (st.parent == "applications" or "among" in sc) or \
                st.topic == "carried_forward" and FAMILY.get(st.parent) == "requests":
            # 共办理21件,其中上年结转2件: the part carried over is the year's carried-over count; what is
            # carried forward, whatever requests it is counted among (…,其中予以公开15件,…,另有2件结转下年度)
            return "", 1
        if measure == "fees_yuan" and "actual" in sc and not _FEE_KIND.search(st.extra.get("window", "")):
            return "", 1  # 应收1,950元;其中1名申请人…减免650元,实际收取1,300元: what was charged in the end
        if st.topic not in _OUTCOMES or st.parent in _OUTCOMES:
            return "breakdown", 8  # 无法提供7件(本机关不掌握…6件): a part of an outcome
    if measure == "proactive_items":
        if "category" in sc:
            whole = channels.get((st.sentence, "first")) == id(st) and "breakdown" not in sc and st.topic == "proactive"
            return ("", 3) if whole else ("category", 9)
        if "channel_web" in sc and channels.get((st.sentence, "web"), 0) > 1:
            return "channel", 9  # 网站1200条, 政府公报45条: parts, no total
        if "channel_web" in sc and st.topic == "published" and channels.get((st.sentence, "all"), 0) > 1:
            return "channel", 9  # 各类公开主体共发布信息227条,政府信息公开网共发布信息69条: one channel of the whole
        if "channel_web" in sc and st.topic == "published" and channels.get((st.section_start, "any"), 0) > 1:
            return "channel", 9  # 门户网站78条, 官方微信502条 (one section): parts, no total
        # the ranks: 主动公开 N条 (1); on a website, or all items published (2); all items
        # published on a website (3): a total without a channel is preferred to a channel's
        web = "channel_web" in sc and not st.extra.get("all_channels")
        return "", (1 if st.topic == "proactive" else 2) + web
    if "channel_app" in sc and measure == "applications_received":
        return "channel", 9  # 网上申请3件: one way requests arrived
    if measure == "applications_received" and ("with_consultations" in sc or "consultations" in st.others and (
            st.unit_word == "件次" or _WITH_CONSULTATIONS.search(st.extra.get("window", "")))):
        return "applications and consultations", 9  # 受理各类政府信息公开申请及咨询1,236件次: both together
    if measure == "consultations" and not ("信息" in st.extra.get("clause", "") or st.section_kind == "applications"):
        return "not about disclosure", 9  # 现场咨询3,400人次 of a service centre
    if "excluded" in sc:
        return "left out of the count before", 9  # 受理52件(不含申请人撤回的申请4件)
    if "withdrawn" in sc and measure == "applications_received":
        return "withdrawn", 9  # 申请人撤回申请3件: some of the requests, withdrawn
    if "applicant" in sc and measure == "applications_received":
        return "breakdown: applicant", 8  # 自然人申请268件: one kind of applicant
    if measure in ("reconsiderations", "lawsuits", "fees_yuan") and "disclosure" not in sc:
        if "disclosure_context" in sc:
            return "", 2  # about disclosure by its heading or sentence only
        if measure == "fees_yuan" and st.polarity == "count":
            return "not about disclosure", 9
        if st.polarity == "count" and "respondent" not in sc:
            return "not about disclosure", 9  # 全年共办理行政复议案件126件: reviews the agency decided
        return "", 3  # 被申请行政复议2件: the agency's own cases, nothing says about what
    return "", 1


#: a township's or a street's report (…镇人民政府…, …街道办事处…), and an area larger than its own (全县, 全区)
_TOWNSHIP = re.compile(r"(?:镇|乡|街道)(?:人民政府|政府|办事处)")
_LARGER_AREA = re.compile(r"全\s*(?:县|市|区|省|州|旗)")  # (whitespace: a PDF's line wrap, 全\n县)
_ITS_OWN_AREA = re.compile(r"[全本我]\s*(?:镇|乡|街\s*道)")  # (按照全县统一部署,全镇各村共公开…: the township's)
#: a village's or a community's report (村民委员会, 社区居委会): the township above it is a larger area (全镇共受理…3件)
_VILLAGE = re.compile(r"村(?:民委员会|委会)|居(?:民委员会|委会)|社区(?:卫生)?服务(?:中心|站)|社区工作站")
_LEVELS = ((_TOWNSHIP, _LARGER_AREA, _ITS_OWN_AREA),
           (_VILLAGE, re.compile(r"全\s*(?:镇|乡|街\s*道|县|市|区)"), re.compile(r"[全本我]\s*(?:村|社\s*区)")))


def prose_candidates(statements: list[Statement], text: str, year: int | None = None) -> list[ProseCandidate]:
    """Candidates of the headline measures from the statements of one text.

    Returns
    -------
    list of ProseCandidate
        measure, value, approx, start/end (span in ``text``), rank, qualifier ("" for a
        candidate of the year's figure), unit, the statement, and a judgement note.
    """
    told_apart(statements, text)  # (收到申请2件。一件…;另一件…: parts of the requests, not two more counts of them)
    title = text[:80].split("\n", 1)[0]  # (its words naming a unit name the agency: 某县…执法大队…报告)
    # channel statements per section (a website beside a social-media account, of all kinds or some, is a part)
    channels: dict = {}
    for st in statements:
        if st.polarity == "count" and st.topic in ("proactive", "published") and not st.scope & {
                "breakdown", "cumulative"} and ("category" not in st.scope or "channel_social" in st.scope):  # (微信推送科普215条)
            if "channel_web" in st.scope:
                channels[(st.sentence, "web")] = channels.get((st.sentence, "web"), 0) + 1
            channels[(st.sentence, "all")] = channels.get((st.sentence, "all"), 0) + 1
            if st.scope & {"channel_web", "channel_social"}:
                channels[(st.section_start, "any")] = channels.get((st.section_start, "any"), 0) + 1
        # the first count of a sentence, followed by its parts (主动公开环境信息8,930条,其中…):
        # what it names is the agency's whole output, not one kind of it (said 主动公开: not
        # 共公开政策文件58件,其中…, one kind of document published)
        if st.polarity == "count" and (st.sentence, "first") not in channels:
            channels[(st.sentence, "first")] = id(st) if _PARTS_FOLLOW.match(text, st.end) else None
    # (an area larger than a township's or a village's own, in its report, and the words naming its own area)
    larger = next(((big, own) for kind, big, own in _LEVELS if kind.search(title)), None)
    out: list[ProseCandidate] = []
    for st in statements:
        measure = MEASURE_OF_TOPIC.get(st.topic)
        if st.polarity == "none" and st.topic == "on_request_items":
            measure = "applications_received"  # 本年度未发生依申请公开情况: no request
        if measure is None:
            continue
        if st.topic in _OUTCOMES and not _application_context(st, text):
            continue
        if st.polarity == "none":
            if st.topic in ("published", "proactive"):
                continue
            qual, rank = ("", 1) if not st.inherited and st.topic != "on_request_items" else ("", 2)
            if "applicant" in st.scope and measure == "applications_received":
                qual, rank = "breakdown: applicant", 8  # 没有企业或其他组织提出申请: none of one kind
            if measure in ("reconsiderations", "lawsuits", "fees_yuan") and "disclosure" not in st.scope:
                rank = max(rank, 2 if "disclosure_context" in st.scope else 3)
            out.append(ProseCandidate(measure, 0.0, False, st.start, st.end, rank, qual,
                                      _UNITS.get(measure, "applications"), st))
            continue
        if measure == "fees_yuan" and st.unit != "money" or st.unit == "other":
            continue
        value = round(st.value * (10000 if st.unit_word == "万元" else 1), 2) if measure == "fees_yuan" else st.value  # 0.035万元
        if "subunit" in st.scope and any(w in title for w in _UNIT_WORDS):
            st = replace(st, scope=st.scope - {"subunit"})  # (某县城市管理行政执法大队…报告: the unit is the agency)
        if "area" in st.scope and larger and (big := list(larger[0].finditer(text, _sentence_start(text, st.start), st.end))) \
                and not larger[1].search(text, big[-1].end(), st.start):
            st = replace(st, scope=st.scope | {"superior"})  # (全县各乡镇共收到申请46件 in a 镇's report: the county's)
        qual, rank = _qualifier(st, measure, channels)
        if measure == "applications_unable" and year is not None and year < 2019 and not qual and \
                "无法提供" not in _its_sentence(text, st):
            qual, rank = _NOT_CALLED_UNABLE, 9  # 1件因街道不掌握相关信息,告知… (2015): a kind of reply, not named
        judgement = "截至 the year's end" if "year_end" in st.scope and "year_context" in st.scope and not (
            st.scope & {"year", "this_year"}) and not qual else ""
        if st.inherited == "counted in persons" and not qual:
            judgement = "cases counted in persons"  # 1名申请人…申请行政复议: one person, one case
        out.append(ProseCandidate(measure, float(value), st.approx, st.start, st.end, rank, qual,
                                  _UNITS.get(measure, "applications"), st, judgement))
        if st.combined and not value and not qual and "分别" not in st.extra.get("window", ""):
            # 被申请行政复议、被提起行政诉讼的均为0件: none of either (not 分别为二件和0件: one each, in order)
            out += [replace(out[-1], measure=MEASURE_OF_TOPIC[t]) for t in st.combined if t != st.topic]
        if measure == "fees_yuan" and (not qual or "modal" in st.scope) and _waived_in_full(text, st.end):
            # 应收取费用150元,…依规予以全部减免 / 共涉及复制费用120元,全部予以减免: the amount due, none charged
            if not qual:
                out[-1] = replace(out[-1], qualifier="not the year's figure: waived in full", rank=9)
            out.append(ProseCandidate(measure, 0.0, False, st.start, st.end, 1, "", "yuan", st))
    cands = own_over_area(respondent_after(respondent_named(each_in_turn(lawsuit_kinds(new_of_caseload(
        out, statements, text, year))), text), text), text)
    cands = named_as_one(replies_by_applicant(reasons_in_turn(own_field_as_whole(cands, text), text), text), statements, text)
    cands = combined_by_its_parts(listed_then_replied(cands, text), text)
    cands = replies_over_requests(replies_one_by_one(replies_not_all_read(cands, text), text))
    return replies_of_the_area(restated_otherwise(cands, text))  # (after every rule that adds replies)


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence of ``text[i]`` starts: after the last 。 or line break, or at a 全 ending the line before (全\n县)."""
    a = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
    return len(before) - 1 if a > 0 and (before := text[:a - 1].rstrip()).endswith("全") else a


def _its_sentence(text: str, st: Statement) -> str:
    """The sentence of a statement and the line before it (a heading: （一）无法提供情况),
    without its whitespace (a PDF's line break inside 无法\n提供)."""
    a = max(text.rfind("。", 0, st.clause_start), text.rfind("\n", 0, max(0, text.rfind("\n", 0, st.clause_start))))
    b = text.find("。", st.clause_end)
    return _SPACE.sub("", text[a + 1:b if b >= 0 else len(text)])


#: a reply before 2019 that says the agency does not hold the information, not called 无法提供
#: (the 2019 template's word): as the hand-coding, not counted as unable
_NOT_CALLED_UNABLE = "not the year's figure: not called 无法提供 before 2019"

#: the words naming a subordinate unit (执法大队 …), which a report's title may name as its agency
_UNIT_WORDS = frozenset(("执法大队", "稽查大队", "执法支队", "二级单位", "下属单位", "所属单位", "直属单位",
                         "学校", "中学", "小学", "大学", "学院", "医院"))  # (a school's own report: 各校区, 各校 not its units)

#: requests and consultations named as one (申请及咨询, 申请、咨询等, 咨询和申请), not 电话咨询、网上申请等方式 (channels)
_WITH_CONSULTATIONS = re.compile(r"申请(?:及|和|与|以及|、)[^,;。\d]{0,4}咨询|咨询(?:及|和|与|以及)(?:依)?申请")

#: parts after a count (…8,930条,其中…)
_PARTS_FOLLOW = re.compile(r"\s*[,，]\s*其中")

_SPACE = re.compile(r"\s+")

#: the whole amount due waived (全部减免, 全额免收, 予以全部免除)
_ALL_WAIVED = re.compile(r"(?:全部|全额|全数)(?:予以)?(?:减免|免收|免除|免予收取)")


#: what makes a waiver in full another amount's: another fee named (检索费全部免收), some of
#: the applicants or the rest (对低保户的费用, 其中, 其余), another number
_OTHER_AMOUNT = re.compile(r"费|其中|其余|部分|\d")


#: one kind of fee (检索费实际收取20元: a part of the fees)
_FEE_KIND = re.compile(r"(?:检索|复制|邮寄|打印|复印|寄递|信息处理)费")


def _waived_in_full(text: str, pos: int) -> bool:
    """Whether the amount ending at ``pos`` was waived in full, said in its sentence with
    nothing between that makes the waiver another amount's (应收取费用150元,因申请人为低保户,
    依规予以全部减免; not 收取复制费30元,检索费全部免收)."""
    k = text.find("。", pos, pos + 120)
    after = _SPACE.sub("", text[pos:k if k >= 0 else pos + 120])  # (全\n部减免: a PDF's line break)
    m = _ALL_WAIVED.search(after)
    return m is not None and not _OTHER_AMOUNT.search(after, 0, m.start())


def by_measure(cands) -> dict[str, list]:
    """The candidates grouped by measure, in their order."""
    out: dict[str, list] = {}
    for c in cands:
        out.setdefault(c.measure, []).append(c)
    return out


def choose_headline(measure: str, main: list) -> tuple[object, list[float], str]:
    """The headline among the year's candidates of one measure: the best rank; counts
    before "none" statements; one value, or a rule's pick (the largest of all items
    published, else the first in the text) with the other values listed."""
    best = min(c.rank for c in main)
    top = [c for c in main if c.rank == best]
    counts = [c for c in top if c.statement.polarity == "count"]
    if counts and len(counts) < len(top) and any(c.value != 0 for c in counts):
        top = counts  # a count and a "none" statement: the count is the more specific
    values = sorted({c.value for c in top})
    if len(values) == 1:
        return min(top, key=lambda c: c.start), [], ""
    if measure == "proactive_items" and best >= 2:
        # all items published, by several bodies or channels: the whole is the largest
        pick, why = max(top, key=lambda c: (c.value, -c.start)), "the largest of the items published"
        return pick, [v for v in values if v != pick.value], why
    # two statements of the same standing give different values: no rule can choose
    return None, values, "statements of the same standing disagree"
