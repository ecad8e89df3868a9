"""The scope of a count: what kind of count a number is, from the words before it.

Its *scope* is read from the words before it back to the number before it in the
sentence (:func:`scope_words`): cumulative (累计, 历年, 截至 an earlier date; 全年累计 and
截至<the year's end> are the year's own), another year or a part of the year (今年1月), a
channel (网站, 微信), a part (其中; …中,有N件), a comparison (同比, 增长), a category of
items (主动公开政府采购项目信息188条), requests answered rather than received, and whether
a count of cases or fees says it is about disclosure (:func:`number_scope`).
"""

from __future__ import annotations

import re

from ..text.numerals import parse_year
from .acted_on import some_acted_on
from .carry import open_at_an_unnamed_time
from .cues import RECEIVING_VERBS, RESULTS
from .matter import about_disclosure, as_reviewer
from .periods import (
    BASE_AFTER,
    BASE_BEFORE,
    YEAR,
    aside_of_another_year,
    part_of_year,
    since_earlier,
    year_context,
    years_spanned,
)
from .sentences import token_feats

__all__ = ["IN_ITS_NAME", "same_subject", "OPENS_WITH_VERB", "scope_words", "number_scope", "RECEIVING", "BOUNDARY", "SUMMED", "ACTUAL", "AREA", "OWN", "GOVERNMENT_TITLE", "year_context"]

_YEAR_BEFORE_CUM = re.compile(r"(?:全年|本年度?|年度|当年|今年|(?:19|20)\d\d年度?|"
                              r"(?:1|一)月?(?:至|到|-|—|~|－)(?:12|十二)月份?)(?:以来)?,?$")
#: words between a proactive cue and its number that do not narrow what is counted
_GENERIC_ITEMS = re.compile(r"政府信息|政务信息|各类|各项|信息|事项|条目|条数|文件|共计|总计|合计|累计|共|计|数量|量|数|总数|总量|公开|为|达到|达|的|了|约|近|逾|超过|"
                            r"增至|新增|多达|\([^)]{0,8}\)|[、“”\":]|"
                            # who published them, not what: 我区各级单位, 全县, 县直各单位
                            r"[我本全各]?[区县市省局委厅镇乡]?[直]?各?级?(?:单位|部门|机关)|[我本全][区县市省局委厅镇乡]")
_AND_OTHERS = re.compile(r"(?:及|和|与|以及)其他")  #: X and the others (预决算信息及其他政府信息): the whole, not one kind
_AMONG = re.compile(r"中,?(?:有|共有|仅有)$")  #: a number among others (受理的申请中,有1件…): a part of them
#: requests answered or closed (已答复的25件申请), not received (some acted on: :func:`some_acted_on`)
_ANSWERED = re.compile(r"答复|办结")
_ALL_CHANNELS = re.compile(r"等(?:渠道|载体|平台|方式|途径|媒介|形式)")  # (a list of channels ending in 等渠道: all: the total)
#: what stands between two channels of one list (站、政务 / 申请、 / 和; an account's name, its quotes dropped: 网站、平安峤南政务微博)
_COORDINATED = re.compile(r"[^\d,;:。共]{0,4}(?:、|和|及|与|或)(?:“[^”\n]{1,12}”|《[^》\n]{1,12}》)?[^\d,;:。共]{0,8}")
_ONE_ITEM = re.compile(r"[^\d,;:。、和及与或共]{0,4}")
#: the end of a list of channels that stands for all of them (…等); a sum over what was listed before it
_AND_SO_ON, SUMMED = re.compile(r"[^\d,;:。]{0,2}等"), re.compile(r"共|合计|总计")
BOUNDARY = re.compile(r"[,。;:()|、]|$")
#: the verb that makes 依申请公开 a request received
RECEIVING = re.compile(rf"{RECEIVING_VERBS}|办理")

#: a fee verb of charging (减免后实际收取20元: charged), not the noun 费用 (减免费用50元: waived)
_CHARGED = re.compile(r"收取|收费|实收|缴纳")
#: a count of the whole area the agency belongs to or leads, not its own (被申请行政复议1件(全县9件) too)
AREA = re.compile(r"全(?:县|市|区|省|州|旗|镇|乡)(?:[^,;:。]{0,12}?(?:各级|各部门|各单位|各乡镇|各街道|机关|系统)|"
                  r"(?:(?:19|20)\d\d年度?|本年度?|全年|今年)?(?:共|因|合计|总计|发生|"
                  r"(?=(?:政府信息公开|依申请公开)?(?:申请(?!人|平台|系统|网)|行政复议|行政诉讼|主动公开|收到|受理|答复|办理))))|"
                  r"全系统|(?<=\()全(?:县|市|区|省|州)$|"
                   r"各(?:县|市|区|乡|镇|街道|部门|单位|分局|下属单位|直属单位)|各[^,;:。各]{0,3}?(?:中小学|学校|医院|卫生院|幼儿园)|"
                   # (区内十一个街道(镇)民政科…受理申请38件: the units of the area, counted)
                   r"[\d一二三四五六七八九十]+个(?:街道|乡镇|镇|乡|社区|县区|县|区)")
#: the words from a count to a channel that is one of its parts (,其中网站 …; not 另/此外/还/同时: another one)
_ITS_PART = re.compile(r"[^;。]*?(?:其中|[(（]含)(?:(?!另|此外|还|同时|以及)[^;。])*")
#: the report's year said without its number (本年度, 今年; not 当年 or 全年: that year, the one named before)
_THIS_YEAR = re.compile(r"本年度?|今年")
#: the agency above the reporting one as the subject its clause opens with (上级市生态环境局全系统…; not
#: 向上级政府申请, 上级部门转办的申请, 上级机关受理对我局的…, 上级政府门户网站, 上级部门要求)
_SUPERIOR = re.compile(r"上级[^,;:。要我本对受转]{0,10}?(?:局|委|厅|部门|机关|政府)(?!受理|转|指导|门户|网站|平台)"
                       r"(?![^,;:。]*?(?:[我本对]|要求|部署))")
#: a count of the agency itself, beside the whole area's (县政府本级, 局机关, 本办)
IN_ITS_NAME = r"以[省市县区]?(?:人民)?政府(?:的)?名义"  # (a government's own: 以区政府名义收到申请23件)
OWN = re.compile(rf"(?<![非于])(?:本级|[局厅委办部署]机关|本机关(?!不掌握)|[本我](?:办|局|委|厅|镇|乡|街道)|{IN_ITS_NAME})")  # (not 非本机关…)
#: the title of a government's own report (not its office's: 人民政府办公室)
GOVERNMENT_TITLE = re.compile(r"人民政府(?!办公)[^\n]{0,12}年")
#: the amount charged in the end (after what was due and what was waived)
ACTUAL = re.compile(r"实际(?:收取|收费|缴纳)|实收")
#: since the agency was founded (自挂牌以来): the year's period where it was founded in the year
_SINCE_FOUNDED = re.compile(r"(?:挂牌|组建|成立|设立)后?$")
#: since the regulation took effect (1 May 2008): in a 2008 report, its own period
_SINCE_THE_REGULATION = re.compile(r"条例[》」\"”]?(?:正式)?(?:颁布)?(?:施行|实施|生效)$|(?<!\d)5月1日$")
#: words saying a count is left out of the report's figures (未计入上述数据, 不纳入统计)
_NOT_COUNTED = re.compile(r"[不未](?:计入|纳入|统计在内|计算在内|包括在内)")
#: what may stand between a count and such words for them to be said of it (a space, a bracket); a bracket
#: right after a count, and what it says the count is left out of (its own kind, 信息公开申请)
_NOTHING_BETWEEN, _BRACKET = re.compile(r"[\s(（]*"), re.compile(r"\s*[(（][^()（）。]{0,40}[)）]")
_INTO_THE_COUNT = re.compile(r"(?:政府)?信息公开申请|上述|统计|本年|总数")
#: a count named again, right after 上述 / 以上 (上述四件申请: those counted before, not more)
_NAMED_BEFORE = re.compile(r"(?:上述|以上|前述|这些)(?:共|合计)?$")
#: right after a count of requests, words saying they are no disclosure requests (…人次,不属于信息公开申请)
_NOT_REQUESTS = re.compile(r"[^\d,;。]{0,3}[,;]?(?:均|都|并|但|其)?(?:不属于|不是|并非|非)(?:政府)?信息公开申请")
#: another count (a number and its unit) after such words: they are said of it
_ANOTHER_COUNT = re.compile(r"\d[\d,.]*\s*[件条个项份次元]")


#: what may stand between a unit and the channel it owns (校务: 各校校务公开栏), not a verb (通过, 在)
_OWNED = re.compile(r"[^通在利借依用于以的,;。]{0,2}")
#: a total word in a count's own clause (合计主动公开…4268条; not 共 alone, as SUMMED: 共发布 of one account)
_GRAND_TOTAL = re.compile(r"合计|共计|总计")


def _channel_owners(toks, ctext: str) -> bool:
    """Whether every unit word among tokens names a channel's owner, the channel's noun
    right after it (各校校务公开栏, 各医院网站: a channel the agency used), not the subject of
    a count (各校通过校务公开栏公开…)."""
    units = [t for t in toks if ("scope", "subunit") in t[3]]
    return bool(units) and all(any(u[1] <= t[0] <= u[1] + 2 and _OWNED.fullmatch(ctext, u[1], t[0]) and (
        ("scope", "channel_web") in t[3] or ("scope", "channel_social") in t[3]) for t in toks) for u in units)


def scope_words(toks, ctext: str, a: int, b: int, year: int | None) -> set[str]:
    """The scope words of ctext[a:b]: what kind of count a number after them is."""
    scope = token_feats(toks, "scope")
    if "cumulative" in scope:
        scope.discard("cumulative")
        for s, e, w, kv in toks:
            if not any(f == "scope" and v == "cumulative" for f, v in kv):
                continue
            if w in ("累计", "以来", "总量"):
                # 全年累计 / 本年度累计 / 2021年以来 / 2017年,我厅…累计947条 (of the report
                # year): the year's own count; 截至…累计 or 历年累计 is a stock
                m = _YEAR_BEFORE_CUM.search(ctext, max(a, s - 7), s + (2 if w == "以来" else 0))
                y = re.search(r"(19|20)\d\d", m.group(0)) if m else None
                if m and (y is None or year is None or int(y.group(0)) == year):
                    continue
                if w == "以来" and (year == 2008 and _SINCE_THE_REGULATION.search(ctext, max(a, s - 12), s) or
                                   _SINCE_FOUNDED.search(ctext, max(a, s - 6), s) and _founded_in(ctext, year)):
                    scope.add("this_year")
                    # 《条例》施行以来 / 5月1日以来 in 2008: since 1 May 2008; 自挂牌以来 of a bureau founded in
                    # the report's year (2019年3月挂牌组建): the report's own period
                    continue
                names_year = year is not None and f"{year}年" in ctext[a:s]
                stock = {x for _, _, x, _ in toks} & {"截至", "截止", "历年", "至今"} or since_earlier(ctext, a, s, year)
                if w in ("累计", "总量") and (names_year or "year" in token_feats(toks, "scope")) and not stock:
                    continue  # (全年…信息总量1,862条: the year's total)
                scope.add("cumulative")
            elif w in ("截至", "截止"):
                d = re.match(r"(?:((?:19|20)\d\d)|本|今)?年度?(12月31日|12月底|底|末)|12月(?:31日|底)", ctext[e:e + 12])
                if d and (d.group(1) is None or year is not None and int(d.group(1)) == year):
                    scope.add("year_end")  # 截至<the year's end>: the year's count if the text says so
                else:
                    scope.add("cumulative")
            else:
                scope.add("cumulative")
        if "cumulative" in scope:
            scope.discard("year_end")
    if ranges := years_spanned(ctext, a, b, year):
        scope.add("cumulative")  # (2016—2018年三年间,我局共受理…57件: the years', not the year's)
    if year is not None:
        for m in YEAR.finditer(ctext, a, b):
            y = int(m.group(1)) if m.group(1) else parse_year(m.group(2))  # 2016年 / 二〇一六年
            if y is None or any(x <= m.start() < z for x, z in ranges):
                continue
            if _ASKED_FOR.search(ctext, max(a, m.start() - 12), m.start()) or m.start() > a and ctext[m.start() - 1] in "无未":
                continue  # (1件申请公开2019年水价…材料,予以公开;…: what was asked for; 无2021年结转: said none of)
            if ctext[max(a, m.start() - 2):m.start()] in ("截至", "截止") or ctext.find(")", m.end(), b) >= 0 and \
                    ctext.startswith(("(含", "(包括", "(包含"), ctext.rfind("(", a, m.start())):  # (…三件(含2015年结转…),其中…两件)
                continue  # the date of a stock, not the period of a count; what a count before includes
            if BASE_BEFORE.search(ctext, max(a, m.start() - 1), m.start()) or BASE_AFTER.match(ctext, m.end()):
                scope |= {"other_year"} if ctext[m.end():b] in ("", "的") else set()  # (较2013年的88件: that base's count)
                continue  # 与2015年相比: what the count is compared with, not its period
            if y == year:
                scope.add("this_year")
            elif y != year + 1:
                scope.add("other_year")
    return scope


_ASKED_FOR = re.compile(r"(?<!依)(?:申请|要求)(?:公开|获取|提供|查询)[^,;。]*$")  # (申请公开2019年…材料: what was asked for)
#: scopes a number has only when its own words say them (同比增长, 占…%)
_COMPARING = frozenset({"comparison", "share", "rate"})
#: words of a comparison beside a year (比上年, 较上年增加): not only the year carried from
_COMPARED = re.compile(r"比|较|同比|相比|增|减")


#: a count listed right before with 、 (…11件、行政诉讼6件, from the end of the 11件): the words before it are said of both
_LISTED_AFTER = re.compile(r"、")


def number_scope(ctext: str, topic: str, inherited: str, window, after, stoks, parens, *, carry: str | None,
                  ca: int, cb: int, sa: int, pa: int, ns: int, ne: int, year: int | None, kind: str
                  ) -> tuple[set[str], bool]:
    """The scope of the number at ``ns`` of topic ``topic`` (its scope words from ``pa``,
    the number before it in the sentence), and whether it is the total of every channel."""
    incl = [(ps, pe) for ps, pe in parens if ctext.startswith(("(含", "(包括"), ps)]  # (含…): what it includes
    aside = incl + [(ps, pe) for ps, pe in parens if ctext.startswith(("(不含", "(不包括", "(未含"), ps)]  # or leaves out
    scope_toks = [t for t in stoks if pa <= t[0] < ns and not any(ps <= t[0] < pe for ps, pe in aside)]
    scope = scope_words(scope_toks, ctext, pa, ns, year) - ({"subunit"} if _channel_owners(scope_toks, ctext) else set())
    if pa > ca and _LISTED_AFTER.match(ctext, pa) and "cumulative" in scope_words(
            [t for t in stoks if ca <= t[0] < pa], ctext, ca, pa, year):
        scope.add("cumulative")  # (2008年以来…累计…行政复议11件、行政诉讼6件: the 6 too)
    scope |= {"part_of_year"} if part_of_year(ctext, max(pa, ctext.rfind(";", 0, ns) + 1), ns, year) else set()  # (not across ;)
    scope = (scope - {"this_year"}) | {"other_year"} if aside_of_another_year(ctext, parens, ns, year) else scope
    if _AMONG.search(ctext, pa, ns):
        scope |= {"breakdown", "among"}  # 本年度受理的政府信息公开申请中,有1件…: one of them
    if topic in ("applications", "applications_generic") and (_ANSWERED.search(ctext, max(pa, ca), ns) and not RECEIVING.search(
            ctext, max(pa, ca), ns) or some_acted_on(ctext, max(pa, ca), ns, ne)):
        scope.add("answered")  # 在已答复的25件申请中: the requests answered, not those received
    if topic in ("applications", "on_request_items") and any(
            ps <= t[0] < pe and ("topic", "other") in t[3] for t in stoks for ps, pe in incl if pa <= ps < ns):
        scope.add("includes_other")  # 各类依申请事项(含行政许可、政务服务事项)3500件: more than requests
    scope -= set() if token_feats(window, "scope") & _COMPARING else _COMPARING  # (its own words say so)
    if carry or _THIS_YEAR.search(ctext, ca, ns) and not YEAR.search(ctext, ca, ns):
        # 2013年结转申请2件 (in 2014), 上年底未办结的2件: the year carried from (no comparison); 于2019年组建,本年度…
        scope -= {"other_year", *(("comparison",) if carry and not _COMPARED.search(ctext, pa, ns) else ())}
    # a website or an application channel names the number's own clause; a social-media account is often the
    # subject of the whole sentence (微博…,全年发布信息1543篇) unless the clause names the total (合计主动公开…)
    scope |= token_feats(scope_toks, "scope") & {"channel_web", "channel_app", "applicant", "respondent",
                                                 *scope & {"subunit"}}
    if _every_applicant(scope_toks, stoks, ctext[ne:ne + 150]):
        scope.discard("applicant")
    scope |= token_feats(window, "scope") & {"modal", "waiver"}  # the number's own words: 减免费用0元
    waived = [t[1] for t in scope_toks if ("scope", "waiver") in t[3]]  # (减免收费150元: one word, waived)
    if waived and any(t[0] > waived[-1] and ("topic", "fees") in t[3] and _CHARGED.search(t[2]) for t in scope_toks):
        scope.discard("waiver")  # …全部予以减免,实际收取0元: the amount charged, after the waiver
    # the whole area's count (全县各级行政机关共…, 全市人社系统…) or the agency's own (本级, 局机关)
    # (after a colon, the words before it: 全县申请办理结果为:同意公开61件 counts the area's)
    lead = ca if ctext[ca - 1:ca] != ":" else max(ctext.rfind(x, 0, ca - 1) for x in ",;。") + 1
    scope |= {"area"} if AREA.search(ctext, lead, ns) else {"own"} if OWN.search(ctext, lead, ns) else set()
    scope |= {"superior"} if _SUPERIOR.match(ctext, ca, ns) else set()  # (上级市…局全系统…: a body above it)
    if topic == "fees" and ACTUAL.search(ctext, max(pa, ca), ns):
        scope = _charged_in_the_end(scope, ctext, stoks, sa, ns)
    before = [t for t in stoks if sa <= t[0] < ns]
    scope = (scope | {"reviewer"}) if as_reviewer(ctext, before, sa, ns) else (scope - {"reviewer"})
    if topic != "proactive":
        # a social account as the sentence's subject makes its posts' counts the account's; not
        # requests or cases (…政务微博公开政府信息数1,770条…收到申请数58件: a listing, one sentence)
        scope |= token_feats(before, "scope") & {*(("channel_social",) if topic == "published" else ()),
                                                 *(() if _channel_owners(before, ctext) else ("subunit",))}
    elif "channel_social" in scope and not token_feats(window, "scope") & {"channel_social"} and \
            _GRAND_TOTAL.search(ctext, ca, ns):
        scope.discard("channel_social")  # 微博、微信关注人数增加,合计主动公开政府信息4268条: the total
    all_channels = bool(_ALL_CHANNELS.search(ctext, sa, ns)) or _channels_summed(stoks, ctext, sa, ca, ns, topic)
    if all_channels:  # 通过门户网站、政务微博、微信等渠道共主动公开… / 通过网上、信函共接收…: the total
        scope -= {"channel_web", "channel_social", "channel_app"}
    if topic in ("applications", "applications_generic") and any(
            ("scope", "withdrawn") in t[3] and t[0] < cb for t in after):
        scope.add("withdrawn")  # 另有二件申请人主动撤回: the words after it say what became of them
    if topic in ("proactive", "published") and _one_kind(ctext, topic, inherited, window, after, cb, ns):
        scope.add("category")
    bracket = _BRACKET.match(ctext, ne)  # (…1.6万份(按…办理,不计入信息公开申请): what the count is left out of)
    close = ctext.find(")", ne, ne + 40) if ctext.rfind("(", 0, ns) > ctext.rfind(")", 0, ns) else -1
    said = _NOT_COUNTED.search(ctext, ns, cb) or bracket and _NOT_COUNTED.search(ctext, ne, bracket.end()) or (
        close > 0 and _NOT_COUNTED.search(ctext, ne, close))  # (7件(企业登记档案查询…全年共326件次,不计入): the 326)
    if said and (_NOTHING_BETWEEN.fullmatch(ctext, ne, said.start()) or close > said.start() or ctext.startswith("另", ca) and not any(
            x in ctext[ne:said.start()] for x in ",;") or bracket and _INTO_THE_COUNT.match(ctext, said.end())) and \
            not _ANOTHER_COUNT.search(ctext, said.end(), max(cb, bracket.end() if bracket else cb)):
        scope.add("not_counted")  # 行政诉讼14件未计入上述数据 / 300余条(不计入上述数据) / 另有1件为…的案件不计入本年
    scope |= _said_of_it(ctext, topic, ca, ns, ne)
    if topic == "carried_forward" and open_at_an_unnamed_time(ctext, stoks, sa, cb, year):
        scope.add("year_end_not_named")  # 另有36件正在办理: open when written, not said at the year's end
    return about_disclosure(scope, ctext, topic, parens, kind=kind, ca=ca, cb=cb, sa=sa, ns=ns), all_channels


def _founded_in(ctext: str, year: int | None) -> bool:
    """Whether the text says the agency was founded in ``year`` (我局于2019年3月挂牌组建; not
    another body: 县政务服务中心于2019年4月挂牌成立)."""
    return year is not None and re.search(rf"[我本](?:局|委|办|厅|署|中心|单位)[^。]{{0,10}}?{year}年[^。]{{0,12}}?"
                                          r"(?:挂牌|组建|成立|设立)", ctext) is not None


#: another kind of applicant counted after a count (另有法人和其他组织申请3件; not 没有企业…提出申请: none)
_OTHER_APPLICANT = re.compile(r"(?:法人|企业|其他组织|自然人)[^。]{0,15}?[\d一二三四五六七八九十两]+件")


def _applicants(toks) -> set[str]:
    return {w for _, _, w, kv in toks if ("scope", "applicant") in kv}


def _every_applicant(scope_toks, stoks, after: str) -> bool:
    """Whether the applicant words before a count name every applicant (公民、法人和其他组织提出
    申请15件), or the public at large (收到公民提出的申请9件, no other kind in the sentence nor in
    the words ``after`` it: not 自然人 as against 法人), rather than one kind of them."""
    kinds = _applicants(scope_toks)
    return len(kinds) > 1 and bool(kinds & {"公民", "自然人"}) or kinds == {"公民"} == _applicants(stoks) and \
        not _OTHER_APPLICANT.search(after)


def _said_of_it(ctext: str, topic: str, ca: int, ns: int, ne: int) -> set[str]:
    """What the words right around a count say it is: the counts before, named again
    (上述四件申请均已办结: named_before), or no disclosure requests (另受理复印病历等申请2,460人次,
    不属于信息公开申请: not_counted)."""
    out = set()
    if topic in ("applications", "applications_generic") and _NOT_REQUESTS.match(ctext, ne):
        out.add("not_counted")
    if _NAMED_BEFORE.search(ctext, max(ca, ns - 4), ns):
        out.add("named_before")
    return out


def _one_kind(ctext: str, topic: str, inherited: str, window, after, cb: int, ns: int) -> bool:
    """Whether a count of items published names one kind of them (主动公开政府采购项目信息188条,
    3件主动公开政策性文件), not all of them."""
    if inherited == "after":
        # 3件主动公开政策性文件: the noun after the verb says what was counted
        cue_end = next(t[1] for t in after if any(f == "topic" and v == topic for f, v in t[3]))
        rest = _GENERIC_ITEMS.sub("", ctext[cue_end:min(cb, cue_end + 6)])
        return bool(rest) and not BOUNDARY.match(rest)
    cue_end = max((t[1] for t in window if any(f == "topic" and v == topic for f, v in t[3])), default=ns)
    rest = _GENERIC_ITEMS.sub("", ctext[cue_end:ns]).removesuffix("(")  # (政府信息(2,964条): its count in brackets)
    # 警务动态、办事指南等各类政府信息 / 预决算信息及其他政府信息: examples of the whole
    return bool(rest) and not rest.endswith("等") and not _AND_OTHERS.search(rest)


def _charged_in_the_end(scope: set[str], ctext: str, stoks, sa: int, ns: int) -> set[str]:
    """The scope of a fee said to be what was charged (实际收取): not what should be; the
    amount charged in the end ("actual") after what was due or waived earlier in the
    sentence, with no 其中 since (of one of them) (应收取信息处理费,…予以免收,实际收取0元)."""
    scope.discard("modal")
    due = [t[1] for t in stoks if sa <= t[0] < ns and {("scope", "modal"), ("scope", "waiver")} & set(t[3])]
    if due and "其中" not in ctext[due[-1]:ns]:
        scope.add("actual")
    return scope


#: the ways a count went out named in the clause before it, with no number there (依托门户网站和政务新媒体,)
_VIA = re.compile(r"(?:(?:本年度?|今年|全年|(?:19|20)\d\d年度?),?)?(?:[我本][局委办厅院校]|全[县市区])?(?:依托|通过|利用|借助|依靠)")
_DIGIT = re.compile(r"\d")
#: a count of items (门户网站公开2,860条): one earlier in a sentence makes a later channel list the rest
_ITEMS_COUNTED = re.compile(r"\d\s*条")


def _channels_summed(stoks, ctext: str, sa: int, ca: int, ns: int, topic: str) -> bool:
    """Whether two or more channels are listed in the number's clause (门户网站、政务微信 /
    网上申请、信函申请) and then summed (共, 合计), closed by 等, or named as the ways the
    proactive count went out (依托门户网站和“两微一端”主动公开…1,520条, no other channel named
    after it in its sentence): the count is their total, not one channel's."""
    def _is_web(t) -> bool:
        return any(f == "scope" and v == "channel_web" for f, v in t[3])

    def channel(t) -> bool:
        return any(f == "scope" and v.startswith("channel_") for f, v in t[3])
    chans = [t for t in stoks if ca <= t[0] < ns and channel(t)]
    pc = max(sa, max(ctext.rfind(x, sa, ca - 1) for x in ",;") + 1)  # (the clause right before)
    before = [t for t in stoks if pc <= t[0] < ca and channel(t)]
    if len(chans) < 2 and not _DIGIT.search(ctext, pc, ca) and _VIA.match(ctext, pc) and any(map(_is_web, before)):
        chans = before + chans  # (依托门户网站和政务新媒体,全年主动公开…: a website among them)
    if len(chans) < 2 or not all(_COORDINATED.fullmatch(ctext, a[1], b[0]) or _ONE_ITEM.fullmatch(ctext, a[1], b[0])
                                 for a, b in zip(chans, chans[1:])):
        return False  # (listed, or a channel named in two cue words, 门户网站街道专栏, one item of the list)
    # (公开 alone: through the website and other channels listed, every channel; 发布 on two social accounts: theirs;
    # not after a count of items in its sentence: 门户网站公开2,860条,通过平台和微博公开1,350条 is the rest's)
    ways = topic == "proactive" or topic == "published" and any(_is_web(t) for t in chans) and any(
        _COORDINATED.fullmatch(ctext, a[1], b[0]) for a, b in zip(chans, chans[1:])) and \
        not _ITEMS_COUNTED.search(ctext, sa, ca)
    # (门户网站、公众号等主动公开…: those and others, every channel)
    return SUMMED.search(ctext, chans[-1][1], ns) is not None or _AND_SO_ON.match(ctext, chans[-1][1]) is not None \
        or ways and not any(  # (no other channel named after it, but as its part: 其中政务微博发布832条)
            t[0] > ns and channel(t) and not _ITS_PART.fullmatch(ctext, ns, t[0]) for t in stoks)


#: a clause that opens with its verb (…5126条,受理依申请公开64件, 也未被提起…): it goes on with the subject before
OPENS_WITH_VERB = re.compile(r"(?:共|全年|另|也|亦|并)?(?:因[^,;。]{0,12}?)?(?:受理|收到|接收|接到|办理|答复|主动公开|公开|发布|"
                             r"被申请|被提起|被起诉|收取)")


def same_subject(ctext: str, ca: int, got: list, before: list, aside=None) -> None:
    """Give the counts of a clause that opens with its verb or with the noun of its count (行政复议61件), or goes on with a list of replies
    after a comma, naming no scope of its own (``got``), the area's or cumulative scope of the
    last count before it in its sentence (``before``, but for those ``aside`` says are in parentheses: 受理19件
    (全区共受理236件),…): 全区各级行政机关共主动公开…5126条,受理…64件 (the area's requests), 全县申请办理结果为:
    同意公开61件,同意部分公开9件 (its replies), 2008年以来,我局共被申请行政复议3件,被提起行政诉讼1件 (the suits since 2008)."""
    last = next((st for st in reversed(before) if st.polarity == "count" and not (aside and aside(st))), None) if got else None
    named = got and len(got[0].cues) == 1 and got[0].extra.get("window") == got[0].cues[0]  # (,行政复议61件: its noun only)
    if last is None or not (OPENS_WITH_VERB.match(ctext, ca) or named or last.topic in RESULTS and ctext[ca - 1:ca] in ",、" and all(
            st.topic in RESULTS for st in got)):  # (…同意公开61件,同意部分公开9件: a list of replies goes on, to a ;)
        return
    for kind in ("area", "cumulative"):
        if kind in last.scope:
            for st in got:
                if not st.scope & {"area", "own", "breakdown", "cumulative", "this_year"} and not (
                        kind == "cumulative" and st.topic in ("carried_over", "carried_forward")):  # (of a year by itself)
                    st.scope = st.scope | {kind}
