"""Which of a report's counts is the year's own figure where it gives several of one
measure: the agency's own beside its whole area's (:func:`own_over_area`), the new
applications inside a caseload that includes requests carried over from the year before
(:func:`new_of_caseload`), requests counted one by one after their count
(:func:`each_in_turn`); one kind of reply counted for each of its reasons in turn is in
:mod:`gdrkit.extract.replies`. All keep every candidate: the one not taken is qualified, the
one taken by judgement says so."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .agency_names import LEVEL_NAME, TITLE_YEAR, YEAR_FIRST, abbreviates, named_own, shortens, title_level
from .scopes import AREA, GOVERNMENT_TITLE, IN_ITS_NAME, OPENS_WITH_VERB

if TYPE_CHECKING:
    from .sentences import ProseCandidate
    from .statements import Statement

__all__ = ["own_over_area", "own_field_as_whole", "new_of_caseload", "lawsuit_kinds", "each_in_turn"]

#: a count said to include requests carried over, not how many (61件(含上年结转))
_WITH_CARRIED = re.compile(r"\s*\((?:含|包括|包含)(?:[^)\d]|\d{4}年){0,8}结转(?:[^)\d]|\d{4}年){0,12}\)")  # (含2015年结转至本年办理的申请)
#: where the words of a part end: the next part (、上年结转22件) or clause
_NEXT_PART = re.compile(r"[、,，;；。]")
#: the year before, named in words
_LAST_YEAR = re.compile(r"上年|去年|上一年")
#: a count said to come besides the one before (58件(另有上年结转3件)): not a part of it
_BESIDES = re.compile(r"另有|另外|此外")
#: a count named as included in the next one (连同上年结转的2件,共办理32件)
_TOGETHER_WITH = re.compile(r"连同|加上|包括")

_TEMPLATE_TABLE = "本年新收"
#: a report of a government or a body that governs an area (管委会, 行政公署, 办事处): its
#: counts that name no subject may be its area's
_GOVERNMENT_LIKE = re.compile(r"人民政府(?!办公)|管理委员会(?!办公)|管委会(?!办公)|行政公署|办事处")
#: a department's title (…卫生和计划生育委员会2016年…, …民政局…): not an area's (平潭综合实验区2022年度…)
_DEPARTMENT = re.compile(r"(?:局|厅|委员会|办公室|中心)[^\n。]{0,8}?" + TITLE_YEAR)
#: a report saying it is its whole area's (本报告为全县及县本级汇总, 本报告为…本级、县政府各部门和各乡镇的…报告)
_AREA_REPORT = re.compile(r"本报告[^。\n]{0,12}?(?:为|是|包括|涵盖)[^。\n]{0,30}?(?:全[县市区省]|各部门|各乡镇|各街道|汇总)|"
                          r"本报告[^。\n]{0,60}?汇总(?:编制|而成|形成|整理)")  # (…根据各县(市、区)政府和…报告汇总编制)
#: a government's own level (县政府本级, 市本级), as against an office's or a bureau's own (局机关, 本办)
_LEVEL = re.compile(rf"(?:政府|[省市县区旗])本级|{IN_ITS_NAME}")
#: a report that says it is of its government's own level (璟川市人民政府（本级）…报告 / 本报告反映市政府本级情况)
_OWN_LEVEL_REPORT = re.compile(r"\A[^\n]{0,30}?人民政府[(（]本级[)）][^\n]*报告|"
                               r"本报告(?:仅|只)?(?:反映|为)[^。\n,，、及和与暨全各不]{0,10}?本级(?:的)?(?:政府信息公开)?(?:工作)?"
                               r"(?:年度)?(?:报告|情况)|"
                               # (本报告…包括全县政府信息公开工作情况和县政府本级政府信息公开情况: both, told apart)
                               r"本报告[^。\n]{0,40}?(?:包括|包含|分为|分别)[^。\n]{0,30}?全[省市县区][^。\n]{0,30}?"
                               r"(?:和|及|与|以及)[^。\n]{0,12}?本级")


#: a government's title, its level (…县人民政府2021年…), and a count it names itself the subject of
#: by that level (县政府主动公开, 区政府及区政府办公室主动公开, 县政府（含县政府办公室）主动公开)
_GOV_LEVEL = re.compile(r"([省市县区旗州])人民政府(?!办公)")
_ITS_LEVEL = {lv: re.compile(rf"(?<![全各本]){lv}(?:人民)?政府(?:本级)?(?:[(（]含[^)）]{{1,12}}[)）]|(?:及|和){lv}(?:人民)?政府"
                             rf"办公室)?(?:共|全年)?(?P<verb>主动公开|发布|收到|受理|新收|被申请|被提起|被起诉)") for lv in "省市县区旗州"}
#: the verbs by which a government is the subject of a case against it (not 受理: a case it decides)
_AGAINST_IT = ("被申请", "被提起", "被起诉")


def _names_its_level(c: ProseCandidate, text: str, level: str) -> bool:
    """Whether a government's count names the government by its level as the subject of its
    verb (县政府主动公开1,876条 in 岳溪县人民政府's report), not its area (全县…)."""
    st = c.statement
    m = _ITS_LEVEL[level].search(text, st.clause_start, st.start) if level else None
    return m is not None and st.polarity == "count" and not st.scope & {"area", "among"} and (
        c.measure not in ("reconsiderations", "lawsuits") or m.group("verb") in _AGAINST_IT)


#: after the agency's name: the verb it receives or publishes by, or is the respondent by (not
#: 对/就 an object of it, nor 与/和 another agency beside it)
_ITS_VERB = re.compile(r"(?!直属|下属|所属|会同|联合|各)[^,，;；。与和及对就属同各]{0,16}?(?:受理|收到|接到|接收|公开|发布|被申请|被提起|被起诉)")
#: a unit of the agency named after its name (县人社局社会保险事业管理中心, 县卫健委卫生监督所): the unit's count
_ITS_UNIT = re.compile(r"中心|队|(?<!网)站|院|处|科|所(?!属|有)|局")
#: the agency's channel after its name (县卫生局网站公开165条): as a part of a count, not the agency naming itself
_ITS_CHANNEL = re.compile(r"(?:门户)?(?:网站|官网|公开栏|微信|微博|公众号)")


def _names_itself(c: ProseCandidate, text: str, name: str) -> bool:
    """Whether a count's clause names the agency as the subject of its verb
    (区政府办公室主动公开685条), not its whole area (全区各部门、…合计主动公开4,930条), not a
    part of a count before (县教育局对其中…12件申请进行了督办), nor the agency with another
    (县教育局与县财政局联合发布信息15条)."""
    st = c.statement
    if not name or st.scope & {"among", "area"}:
        return False
    before = text[st.clause_start:st.start]
    level = title_level(text, name)
    names = [name, name[2:]] if name.startswith("政府") and len(name) > 4 else [name]  # (政府办公厅: 办公厅)
    names += [m.group() for m in LEVEL_NAME.finditer(before) if shortens(m.group(), name, level)]  # (县卫健委)
    for n in names:
        i = before.find(n)
        verb = _ITS_VERB.match(before, i + len(n)) if i >= 0 and not AREA.search(before) else None
        if verb is not None and not ("breakdown" in st.scope and _ITS_CHANNEL.match(before, i + len(n))) and \
                not _ITS_UNIT.search(before, i + len(n), verb.end() - 2):  # (…局社会保险事业管理中心主动公开: the unit's)
            return True
    return False


#: the kind of information a proactive count names (主动公开环境信息436条: 环境)
_KIND_OF_INFO = re.compile(r"(?:主动)?(?:公开|发布)(?:了)?(?:各类)?((?:(?!公开|发布)[\u4e00-\u9fff]){2,6}?)(?:信息|数据)|"
                           r"各类([\u4e00-\u9fff]{2,6}?)(?:信息|数据)\s*$")  # (…结果、合同履约等各类交易信息6,482条)
#: words of any title: no sign of the agency's field
_TITLE_WORDS = set("人民政府办公室信息公开工作年度报告情况关于省市县区镇乡街道")


#: a title naming a body that is no organ of government (a company, a hospital, a school): named_own reads none
_BODY_TITLE = re.compile(r"^(?![^\n]*(?:局|委员会|厅|办公室))[^\n]*?(?:公司|集团|医院|卫生院|学校|学院|大学|中学|小学|幼儿园)\s*"
                         r"(?:关于)?\s*" + TITLE_YEAR)  # (not 某县卫生健康局关于县直医院2016年…: a bureau's)


def own_field_as_whole(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Where a report's only proactive count names one kind of information, and that kind
    is the agency's own field as its title names it or abbreviates it (a 环境保护局's 主动公开环境
    信息436条, a 统计局's 统计信息, a 食品药品监督管理局's 食品药品监管信息), or the kind the title says
    its report is of (a school's 校务信息公开工作年度报告: 公开校务信息64条), the count is its whole
    output: stated, flagged as a judgement. Not so where another proactive count stands beside
    it, or the kind is not the agency's field."""
    proactive = [c for c in cands if c.measure == "proactive_items" and c.statement.polarity == "count"]
    kinds = [c for c in proactive if c.qualifier == "category" and c.statement.topic in ("proactive", "published")
             and not c.statement.scope & {"breakdown", "cumulative", "comparison", "area"}]
    if len(kinds) != 1 or any(not c.qualifier or c.qualifier == "category" and c is not kinds[0] for c in proactive):
        # (公开药品价格信息1200条,主动公开医院信息208条: another kind counted beside it, no whole)
        return cands
    (c,) = kinds
    m = _KIND_OF_INFO.search(text, c.statement.clause_start, c.statement.start)
    title = text[:80].split("\n", 1)[0]
    name = named_own(text) or (title if _BODY_TITLE.search(title) else "")  # (…集团有限公司2022年度…报告, …医院…)
    kind = m and re.sub(r"(?<=..)(?:政务|政府)$", "", m.group(1) or m.group(2))  # (a 气象局's 气象政务信息: 气象)
    titled = bool(kind) and re.search(rf"{kind}(?:信息)?公开工作", title) is not None  # (…中学…校务信息公开工作年度报告)
    if m is None or not (abbreviates(kind, name) or titled) or set(kind) <= _TITLE_WORDS or \
            "和" in name:  # (人力资源和社会保障局: 社会保障信息 is one of its two fields)
        return cands  # (环境信息 of a 环境保护局; not 环境影响评价信息 of it, nor 财政预决算信息 of a 财政局)
    whole = replace(c, qualifier="", rank=3, judgement="one kind of information, the agency's own field: its whole output")
    return [whole if x is c else x for x in cands]


def _against_it(c: ProseCandidate) -> bool:
    """A case brought against the agency (被申请行政复议5件, 被提起行政诉讼3件), not one it reviews."""
    return "respondent" in c.statement.scope and "reviewer" not in c.statement.scope


def _a_part_in_parens(st: Statement, text: str) -> bool:
    """Whether a count is a part by way of applying or applicant in parentheses after the agency's own
    (收到申请18件(当面申请7件,网上申请9件)): no count of its whole (其中县财政局通过网上申请受理8件 is)."""
    return bool(st.scope & {"channel_app", "applicant"}) and \
        text.rfind("(", st.clause_start, st.start) > text.rfind(")", st.clause_start, st.start)


def own_over_area(cands: list[ProseCandidate], text: str) -> list[ProseCandidate]:
    """Where a report gives a measure for the whole area (全县各级行政机关共收到1,120件) and
    for the agency itself (局机关主动公开731条, 本办…), the agency's own count is the year's
    figure, though a part of the area's, and flagged as a judgement; the area's is kept,
    qualified. A government's report (its title: …人民政府…年度报告) takes its own level
    (其中县政府本级收到38件, 市本级, 以区政府名义) where its template tables are (they are of that
    level) or its prose names that level, unless it says it is its area's report (本报告为全县…汇总,
    …报告汇总编制): then its area's count is its figure. The area's count must be a
    whole, not a part (各乡镇…206条 after 我局共…326条). Where it gives only the area's of a
    measure but its own of another, the area's is not its own (left empty). Where it never
    gives its own, nothing changes, unless a government's report says it tells its own level
    apart (本报告包括全县…和县政府本级…): then the county's count alone is not its own."""
    tables = _TEMPLATE_TABLE in text or _OWN_LEVEL_REPORT.search(text[:300]) is not None  # (of its own level)
    government = GOVERNMENT_TITLE.search(text, 0, 200) is not None
    level = (m.group(1) if (m := _GOV_LEVEL.search(text, 0, 200)) else "") if government else ""
    by_level = {id(c) for c in cands if _names_its_level(c, text, level)}  # (县政府主动公开…)
    if government and not tables and (_AREA_REPORT.search(text, 0, 400) or not by_level and not any(
            _LEVEL.search(text, c.statement.clause_start, c.statement.end) for c in cands if "own" in c.statement.scope)):
        return cands  # (a government's own level, where it names it beside its area's and says not that it reports its area)
    name = named_own(text)
    department = (_DEPARTMENT.search(text, 0, 200) or YEAR_FIRST.search(text, 0, 200)) is not None and \
        not _GOVERNMENT_LIKE.search(text, 0, 200)
    area_of = {c.measure for c in cands if "area" in c.statement.scope}
    stated_own = {c.measure for c in cands if "own" in c.statement.scope}  # (局机关…420条: said so, by name not needed)
    named = {id(c) for c in cands if c.statement.polarity == "count" and c.measure not in stated_own
             and not _a_part_in_parens(c.statement, text) and _names_itself(c, text, name) and ("breakdown" not in c.statement.scope or c.statement.parent
                                                   == c.statement.topic or c.measure in area_of)} | by_level
    # (a part named by the agency: its own part of the area's count, not 审核文件187件,其中…主动公开152件)
    # (本局未被申请行政复议,也未被提起行政诉讼 / 县政府办公室被申请行政复议1件,…;被提起行政诉讼1件: the second
    # is the agency's too, its clause going on with the subject)
    own_in: dict[int, int] = {}
    for c in cands:
        if "own" in c.statement.scope or id(c) in named:
            own_in[c.statement.sentence] = min(c.statement.start, own_in.get(c.statement.sentence, len(text)))
    named |= {id(c) for c in cands if own_in.get(c.statement.sentence, len(text)) < c.statement.start and
              "area" not in c.statement.scope and not _a_part_in_parens(c.statement, text) and (
                  c.statement.polarity == "none" or OPENS_WITH_VERB.match(
                  text, c.statement.clause_start))}
    own = {c.measure for c in cands if ("own" in c.statement.scope or id(c) in named) and c.qualifier in (
        "", "breakdown") and (tables or department or government or not _LEVEL.search(
            text, c.statement.clause_start, c.statement.clause_end))}  # (本局(市本级)…8,906条 in a bureau's report)
    area = {c.measure for c in cands if c.statement.polarity == "count" and "area" in c.statement.scope
            and "breakdown" not in c.statement.scope}
    # a department's count that names no subject is its own (全年共收到公开申请38件 beside 全市
    # 卫生系统共受理214件); a government's, a 管委会's or an area's may be its area's: as it is
    plain = set() if not department else {
        id(c) for c in cands if c.measure in area and not c.qualifier and not c.statement.scope & {"own", "area"}
        and c.statement.polarity == "count" and (c.statement.scope & {"year", "this_year"} or _against_it(c))}
    # (全年共收到…, 被提起行政诉讼3件; not 涉及…的申请12件)
    out, stated = [], own | {x.measure for x in cands if id(x) in plain}
    # (a government's report that tells its own level apart, 本报告包括全县…和县政府本级…: a count of the county
    # alone is not its own; a none of the county's is, there being none anywhere)
    apart = government and _OWN_LEVEL_REPORT.search(text[:300]) is not None
    for c in cands:
        if apart and c.measure not in stated and c.measure in area and "area" in c.statement.scope and not c.qualifier:
            c = replace(c, qualifier="the whole area (the report tells its own level apart)", rank=9)
        elif own and c.measure not in stated and c.measure in area and "area" in c.statement.scope and not c.qualifier:
            # (全县…收到申请87件,其中县政府办公室收到14件。全县申请办理结果为:同意公开61件: the area's replies)
            c = replace(c, qualifier="the whole area (the agency's own stated for another measure)", rank=9)
        elif c.measure in stated and c.measure in area:
            if c.statement.polarity == "count" and "area" in c.statement.scope:
                c = replace(c, qualifier="the whole area (the agency's own stated)", rank=9)
            elif ("own" in c.statement.scope or id(c) in named or id(c) in plain) and (not c.qualifier or c.qualifier == "breakdown" and not any(
                    x is not c and x.measure == c.measure and x.statement.sentence == c.statement.sentence and not x.qualifier
                    and "area" not in x.statement.scope for x in cands)):
                # (a count, or the agency's own "none": 县政府本级未收取信息处理费; not a part beside its
                # whole: 被提起行政诉讼3件(其中复议后起诉1件) is the 3)
                c = replace(c, qualifier="", rank=1, judgement="the agency's own, not the whole area's")
        elif id(c) in named and c.qualifier == "breakdown" and c.measure not in area and c.measure in ("reconsiderations", "lawsuits") and \
                not any(x.measure == c.measure and not x.qualifier for x in cands):
            # (全区…行政复议6件。其中,区政府被申请行政复议1件,被提起行政诉讼3件: the suits are its own, the only count)
            c = replace(c, qualifier="", rank=1, judgement="the agency's own, not the whole area's")
        out.append(c)
    return out


def _names_the_year_before(text: str, part: Statement, year: int | None) -> bool:
    """Whether the words after a part's number, in its clause, say it was submitted or
    received the year before the report's (1件为2014年12月底提交的申请, 2件系上年受理): a request
    carried over (not 3件为申请公开2014年决算信息, nor 3件与上年申请内容相同)."""
    stop = _NEXT_PART.search(text, part.end, part.clause_end)
    after = text[part.end:stop.start() if stop else part.clause_end]  # (not the next part's: 、上年结转22件)
    named = _LAST_YEAR.pattern + (f"|{year - 1}年" if year is not None else "")
    return re.search(rf"(?:{named})[^,，;；]{{0,12}}?(?:提交|递交|结转|受理|收到|提出)", after) is not None


def _said_before(st: Statement, statements: list[Statement]) -> Statement | None:
    """The count of requests of the same value in the sentence right before ``st``'s, if any."""
    return next((p for p in statements if p.sentence == st.sentence - 1 and p.topic == "applications"
                 and p.polarity == "count" and p.value == st.value), None)


#: a count the words after which break it down (三件申请中,予以公开一件…): the requests handled, named again
_AMONG_THEM = re.compile(r"\s*(?:申请)?(?:中|当中)")


def _new_and_carried_before(st: Statement, statements: list[Statement], text: str) -> bool:
    """Whether ``st`` is broken down after it (三件申请中) and is the sum of the new requests and
    those carried over counted just before it (新收申请一件,上年结转两件。三件申请中…): the caseload."""
    before = [p for p in statements if st.sentence - 1 <= p.sentence <= st.sentence and p.end <= st.start
              and p.polarity == "count"]
    return _AMONG_THEM.match(text, st.end) is not None and any(
        p.topic == "applications" and not p.scope & {"breakdown", "applicant"} and q.topic == "carried_over"
        and p.value + q.value == st.value
        for p in before for q in before)


def new_of_caseload(cands: list[ProseCandidate], statements: list[Statement], text: str, year: int | None = None
                    ) -> list[ProseCandidate]:
    """An applications count one of whose parts was carried over from the year before
    (共办理21件,其中本年新收19件、上年结转2件 / 受理45件(含2015年结转3件) / 连同上年结转的2件,
    共办理32件 / 其中1件为上年12月提交的申请) is the year's caseload, not its new applications: those are the new part
    where the sentence gives it (and it adds up), else the count less the carried-over part
    (a judgement, flagged)."""
    promote, out = set(), []
    for c in cands:
        st = c.statement
        if c.measure != "applications_received" or c.qualifier or st.polarity != "count" or \
                st.extra.get("parent_cumulative"):  # (三年间…共收到37件,其中本年度新收11件,上年结转2件: its siblings)
            out.append(c)
            continue
        parts = [p for p in statements if p.sentence == st.sentence and p.start > st.start and p.polarity == "count"
                 and "breakdown" in p.scope and p.parent == "applications"]
        carried = [p.value for p in parts if p.topic == "carried_over" and not _BESIDES.search(
            text, max(st.end, *(text.rfind(x, 0, p.start) for x in "、,，;；(（")), p.start)] + [
            p.value for p in statements if p.sentence == st.sentence and p.end <= st.start and p.polarity == "count"
            and p.topic == "carried_over" and _TOGETHER_WITH.search(text, max(0, p.start - 12), p.start)]
        if not carried and (twin := _said_before(st, statements)) is not None:
            # (属于依申请公开的31件(含上年结转3件)…。31件申请中,…: the same count said again, a caseload)
            carried = [p.value for p in statements if p.sentence == twin.sentence and p.start > twin.start
                       and p.polarity == "count" and p.topic == "carried_over" and "breakdown" in p.scope]
        last = [p for p in parts if p.topic == "applications" and _names_the_year_before(text, p, year)]
        if not carried and len(last) == 1:
            carried = [last[0].value]  # 其中8件为本年度申请,1件为2014年12月底提交…的申请 (in 2015)
        if not carried and (_WITH_CARRIED.match(text, st.end) or _new_and_carried_before(st, statements, text)):
            out.append(replace(c, qualifier="caseload: new and carried over", rank=9))  # 61件(含上年结转)
            continue
        if len(carried) != 1 or not 0 < carried[0] < st.value:
            out.append(c)
            continue
        new = [p for p in parts if p.topic == "applications" and p.value + carried[0] == st.value and p not in last]
        out.append(replace(c, qualifier="caseload: new and carried over", rank=9))
        if new:
            promote.add(id(new[0]))
        else:
            out.append(replace(c, value=st.value - carried[0],
                               judgement=f"{st.value:g} including {carried[0]:g} carried over"))
    return [replace(c, qualifier="", rank=1) if id(c.statement) in promote and c.measure == "applications_received"
            else c for c in out]


_ALL_OF_THEM = re.compile(r"均|都|全部")
#: the words naming one of the two kinds of lawsuit of table 4
_DIRECT, _AFTER_REVIEW = ("未经复议直接起诉", "未经复议"), ("复议后起诉", "复议后提起")
#: a clause saying a suit went to court directly (直接提起行政诉讼, 直接向法院起诉), without 未经复议
_DIRECT_SAID = re.compile(r"直接(?:向[^,，;；。]{0,8})?(?:提起|起诉|诉至)")


def lawsuit_kinds(cands: list[ProseCandidate]) -> list[ProseCandidate]:
    """A count of one kind of lawsuit (未经复议直接起诉1件 / 复议后起诉1件) is a part of the
    lawsuits (qualified, not the year's figure); where a sentence gives both kinds, once each,
    their sum is the measure (two equal counts were taken for one agreeing value). A suit said
    to go to court directly (直接提起行政诉讼2件) is the direct kind only beside a count of the
    other kind (…,经复议后起诉1件): alone, it is the lawsuits."""
    kinds: dict[int, dict[str, ProseCandidate | None]] = {}
    said_direct: dict[int, ProseCandidate] = {}
    out = []
    for c in cands:
        words = set(c.statement.cues)
        clause = c.statement.extra.get("clause", "")
        if c.statement.inherited == "after" and not _ALL_OF_THEM.search(clause):  # (其中1件系经复议后起诉: the
            words |= {w for w in _DIRECT + _AFTER_REVIEW if w in clause}  # kind after the number; not 均系…: all)
        kind = "direct" if words & set(_DIRECT) else "after_review" if words & set(_AFTER_REVIEW) else None
        if c.measure != "lawsuits" or c.qualifier:
            out.append(c)
            continue
        if kind is None:
            if _DIRECT_SAID.search(c.statement.extra.get("window", "")):
                said_direct.setdefault(c.statement.sentence, c)
            out.append(c)
            continue
        out.append(replace(c, qualifier="one kind of lawsuit", rank=9))
        by = kinds.setdefault(c.statement.sentence, {})
        by[kind] = c if kind not in by else None  # (a kind named twice in a sentence: no sum)
    for si, c in said_direct.items():
        by = kinds.get(si, {})
        if by.get("after_review") and "direct" not in by:
            out = [replace(x, qualifier="one kind of lawsuit", rank=9) if x is c else x for x in out]
            by["direct"] = c
    for by in kinds.values():
        if by.get("direct") and by.get("after_review"):
            a, b = by["direct"], by["after_review"]
            out.append(replace(a, value=a.value + b.value, start=min(a.start, b.start), end=max(a.end, b.end),
                               approx=a.approx or b.approx))
    return _after_review_alone(out, kinds)


def _after_review_alone(out: list[ProseCandidate], kinds: dict) -> list[ProseCandidate]:
    """The one lawsuit count of a text that names no other, brought by an applicant after a
    review the text counts (被申请行政复议1件,经复议维持…;该申请人在复议后提起行政诉讼1件; no direct
    suit said): the lawsuits, flagged as a judgement. (复议后起诉1件 alone stays one kind.)"""
    suits = [c for c in out if c.measure == "lawsuits" and (not c.qualifier or c.qualifier == "one kind of lawsuit")]
    named = [k for by in kinds.values() for k in by]
    if len(suits) != 1 or suits[0].qualifier != "one kind of lawsuit" or named != ["after_review"] or \
            "申请人" not in suits[0].statement.extra.get("clause", "") or not any(
                c.measure == "reconsiderations" and not c.qualifier and c.value >= suits[0].value for c in out):
        return out
    whole = replace(suits[0], qualifier="", rank=3, judgement="the only lawsuit named was brought after review: taken as all")
    return [whole if c is suits[0] else c for c in out]


def each_in_turn(cands: list[ProseCandidate]) -> list[ProseCandidate]:
    """Requests counted one by one after their count, in its sentence (受理申请三件,一件申请公开…,
    一件申请公开…,一件申请公开…): each a part of the count, which they add up to (qualified),
    not three more counts of the year's requests."""
    out = list(cands)
    by: dict[int, list[int]] = {}
    for i, c in enumerate(out):
        if c.measure == "applications_received" and c.statement.polarity == "count" and not c.qualifier:
            by.setdefault(c.statement.sentence, []).append(i)
    for idx in by.values():
        first = out[idx[0]]  # (the ones after it unqualified, or whatever their qualifier: 一件为…;另一件为自然人…)
        every = [c for c in out if c.measure == first.measure and c.statement.polarity == "count" and c.statement.sentence
                 == first.statement.sentence and c.start > first.start]
        if any(len(rest) >= 2 and all(c.value == 1 for c in rest) and sum(c.value for c in rest) == first.value
               for rest in ([out[i] for i in idx[1:]], every)):
            for i in idx[1:]:
                out[i] = replace(out[i], qualifier="breakdown: each of them", rank=8)
    return out
