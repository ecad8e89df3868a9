"""The counts of a clause: each number with a unit, its topic and its scope.

A number with a unit (or after 数 / 数量 at a clause end) counts its topic unless it
counts something else (第二十条, 五个部分, 一次性: :func:`is_count`). It takes the most
specific topic cue between it and the number or clause start before it (主动公开 before
政府信息), else the first noun phrase after it in its clause ("收到1份…行政复议申请");
only topics its unit can count (a money amount is a fee). A number with no topic in its
clause takes

- the topic of the counts before it after 共计 / 合计 (their total);
- the case topic of the count before it when its words are about disclosure (行政复议46件,
  其中涉及政府信息公开的5件: a part);
- the topic of the sentence's subject after 达到 / 增至;
- a year named beside 结转 / 转入 (carried over or forward);
- its section's topic only in an applications or fees section and with a receiving verb.

Its *scope* is read from the words before it back to the number before it in the
sentence (:func:`scope_words`): cumulative (累计, 历年, 截至 an earlier date; 全年累计 and
截至<the year's end> are the year's own), another year, a channel (网站, 微信), a part
(其中), a comparison (同比, 增长), a category of items (主动公开政府采购项目信息188条), and
whether a count of cases or fees says it is about disclosure.
"""

from __future__ import annotations

import re

from ..text.numerals import parse_number
from .carry import carried_after, carry_of
from .cues import ABOUT_DISCLOSURE, CASES, DISCLOSURE, RECEIVING_VERBS, RESULTS, Cues, unit_class
from .sentences import Compact, Statement, best_topic, outside, token_feats, token_topics

__all__ = ["clause_counts", "is_count", "scope_words", "request_context"]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年$")
#: a month or a quarter as the period of a count (今年1月收到申请1件, 第一季度, 上半年): a part of
#: the year; not a date (12月31日), a range (1-12月, 1月至12月) or the year's end (12月底)
_PART_OF_YEAR = re.compile(r"(?<![\d至到\-—~－])(?:[1-9]|1[0-2])月份?(?![\d日底末至到\-—~－])|"
                           r"第?[一二三四1-4]季度|上半年|下半年|前三季度")
_YEAR_BEFORE_CUM = re.compile(r"(?:全年|本年度?|年度|当年|今年|(?:19|20)\d\d年度?)(?:以来)?$")
#: section kinds (gdrkit.sections) whose heading gives a topic to a clause that names none
_SECTION_TOPICS = {"applications": ("applications",), "fees": ("fees",),
                   "review_litigation": ("reconsiderations", "lawsuits")}
#: a receiving verb right before a number (共收到12件)
_RECEIVE = re.compile(rf"(?:{RECEIVING_VERBS})(?:了|共|共计)?$")
#: words between a proactive cue and its number that do not narrow what is counted
_GENERIC_ITEMS = re.compile(r"政府信息|政务信息|各类|各项|信息|文件|共计|总计|合计|累计|共|数量|数|总数|为|达|的|了|约|近|逾|超过|"
                            r"增至|新增|多达|"
                            r"\([^)]{0,8}\)|[、“”\":]|"
                            # who published them, not what: 我区各级单位, 全县, 县直各单位
                            r"[我本全各]?[区县市省局委厅镇乡]?[直]?各?级?(?:单位|部门|机关)|[我本全][区县市省局委厅镇乡]")
#: the verb that makes 依申请公开 a request received
_RECEIVING = re.compile(rf"{RECEIVING_VERBS}|办理")
#: the information a request asked for (申请公开的政府信息46条), not the requests
_INFO_REQUESTED = re.compile(r"申请(?:公开)?的(?:政府)?信息")
#: a place right before a number (申请受理点12个, 查阅窗口3个): the number counts places
_FACILITY = re.compile(r"(?:受理点|受理处|窗口|查阅点|查阅室|查阅场所|服务点|场所)$")
#: a number among others (受理的申请中,有1件…): a part of them
_AMONG = re.compile(r"中,?(?:有|共有|仅有)$")
#: requests answered or closed (已答复的25件申请), not received
_ANSWERED = re.compile(r"答复|办结")
#: topics a unit class can count (a money amount is a fee, whatever else the clause names)
_UNIT_TOPICS = {"money": {"fees"}}
_NP_LINK = re.compile(r"的?|之|有关|关于")
_TOTAL = re.compile(r"(?:共计|合计|总计|总数|共)(?:为|达)?$")
#: a list of channels that ends in 等渠道: all of them (the count is the total)
_ALL_CHANNELS = re.compile(r"等(?:渠道|载体|平台|方式|途径|媒介|形式)")
#: a clause that goes on with the subject of the sentence: 达到1,340条, 增至2040条
_CONTINUES = re.compile(r"(?:达到|达|增至|降至|减至|为)(?=[\d零〇一二两三四五六七八九十])")
#: nouns a classifier may count instead of the topic (五个部分, 12个栏目, 一次性)
_COUNTED_NOUN = re.compile(r"部分|方面|栏目|专栏|类|项目|工作日|单位|部门|乡镇|街道|科室|窗口|批|期|场|月|季度|小时|天|名|家|所|户|"
                           r"版|网站|平台|渠道|环节|领域|板块|模块|性|龙|年|号|人次|位|轮|遍|次性|步|条线|字")
_BOUNDARY = re.compile(r"[,。;:)|、]|$")
#: a sum over what was listed before it
_SUMMED = re.compile(r"共|合计|总计")
#: what stands between two channels of one list (站、政务 / 申请、 / 和)
_COORDINATED = re.compile(r"[^\d,;:。共]{0,4}(?:、|和|及|与|或)[^\d,;:。共]{0,4}")


# --------------------------------------------------------------------------- scope
#: a fee verb of charging (减免后实际收取20元: charged), not the noun 费用 (减免费用50元: waived)
_CHARGED = re.compile(r"收取|收费|实收|缴纳")
#: a total word in a count's own clause (合计主动公开…4268条; not 共 alone, as _SUMMED: 共发布 of one account)
_GRAND_TOTAL = re.compile(r"合计|共计|总计")
_FEE_WORD = re.compile(r"费|收取")


def scope_words(toks, ctext: str, a: int, b: int, year: int | None) -> set[str]:
    """The scope words of ctext[a:b]: what kind of count a number after them is."""
    scope = token_feats(toks, "scope")
    if "cumulative" in scope:
        scope.discard("cumulative")
        for s, e, w, kv in toks:
            if not any(f == "scope" and v == "cumulative" for f, v in kv):
                continue
            if w in ("累计", "以来"):
                # 全年累计 / 本年度累计 / 2021年以来 / 2017年,我厅…累计947条 (of the report
                # year): the year's own count; 截至…累计 or 历年累计 is a stock
                m = _YEAR_BEFORE_CUM.search(ctext, max(a, s - 7), s + (2 if w == "以来" else 0))
                y = re.search(r"(19|20)\d\d", m.group(0)) if m else None
                if m and (y is None or year is None or int(y.group(0)) == year):
                    continue
                names_year = year is not None and f"{year}年" in ctext[a:s]
                stock = {x for _, _, x, _ in toks} & {"截至", "截止", "历年", "至今"}
                if w == "累计" and (names_year or "year" in token_feats(toks, "scope")) and not stock:
                    continue
                scope.add("cumulative")
            elif w in ("截至", "截止"):
                d = re.match(r"(?:((?:19|20)\d\d)|本|今)年度?(12月31日|12月底|底|末)", ctext[e:e + 12])
                if d and (d.group(1) is None or year is not None and int(d.group(1)) == year):
                    scope.add("year_end")  # 截至<the year's end>: the year's count if the text says so
                else:
                    scope.add("cumulative")
            else:
                scope.add("cumulative")
        if "cumulative" in scope:
            scope.discard("year_end")
    if year is not None:
        for m in _YEAR.finditer(ctext, a, b):
            y = int(m.group(1))
            if ctext[max(a, m.start() - 2):m.start()] in ("截至", "截止"):
                continue  # the date of a stock, not the period of a count
            if y == year:
                scope.add("this_year")
            elif y != year + 1:
                scope.add("other_year")
    return scope


def _part_of_year(ctext: str, a: int, b: int, year: int | None) -> bool:
    """Whether ctext[a:b] (the words before a number) names a month or a quarter of
    the report year as its period (今年1月, 第一季度), not one of another year (2023年1月统计,
    in a 2022 report: when the count was made)."""
    for m in _PART_OF_YEAR.finditer(ctext, a, b):
        y = _YEAR_BEFORE.search(ctext, max(0, m.start() - 5), m.start())
        if y is None or year is None or int(y.group(1)) == year:
            return True
    return False


def _number_scope(ctext: str, topic: str, inherited: str, window, after, stoks, parens, *, carry: str | None,
                  ca: int, cb: int, sa: int, pa: int, ns: int, year: int | None, kind: str) -> tuple[set[str], bool]:
    """The scope of the number at ``ns`` of topic ``topic`` (its scope words from ``pa``,
    the number before it in the sentence), and whether it is the total of every channel."""
    # scope words inside (含…) / (包括…) only say what the count includes
    incl = [(ps, pe) for ps, pe in parens if ctext.startswith(("(含", "(包括"), ps)]
    scope_toks = [t for t in stoks if pa <= t[0] < ns and not any(ps <= t[0] < pe for ps, pe in incl)]
    scope = scope_words(scope_toks, ctext, pa, ns, year)
    if _part_of_year(ctext, max(pa, ctext.rfind(";", 0, ns) + 1), ns, year):  # (not across a ;)
        scope.add("part_of_year")
    if _AMONG.search(ctext, pa, ns):
        scope |= {"breakdown", "among"}  # 本年度受理的政府信息公开申请中,有1件…: one of them
    if topic in ("applications", "applications_generic") and _ANSWERED.search(ctext, max(pa, ca), ns) and \
            not _RECEIVING.search(ctext, max(pa, ca), ns):
        scope.add("answered")  # 在已答复的25件申请中: the requests answered, not those received
    if topic in ("applications", "on_request_items") and any(
            ps <= t[0] < pe and ("topic", "other") in t[3] for t in stoks for ps, pe in incl if pa <= ps < ns):
        scope.add("includes_other")  # 各类依申请事项(含行政许可、政务服务事项)3500件: more than requests
    if not (token_feats(window, "scope") & {"comparison", "share", "rate"}):
        scope -= {"comparison", "share", "rate"}
    if carry:
        scope -= {"other_year"}  # 2013年结转申请2件 (in 2014): the year carried from
    # a website or an application channel names the number's own clause; a social-media
    # account is often the subject of the whole sentence (微博、微信关注…,全年发布信息1543篇)
    # unless the clause names the proactive total itself (…,合计主动公开政府信息4268条)
    scope |= token_feats(scope_toks, "scope") & {"channel_web", "channel_app", "subunit", "applicant", "respondent"}
    scope |= token_feats(window, "scope") & {"modal", "waiver"}  # the number's own words: 减免费用0元
    waived = [t[1] for t in scope_toks if ("scope", "waiver") in t[3]]  # (减免收费150元: one word, waived)
    if waived and any(t[0] > waived[-1] and ("topic", "fees") in t[3] and _CHARGED.search(t[2]) for t in scope_toks):
        scope.discard("waiver")  # …全部予以减免,实际收取0元: the amount charged, after the waiver
    # the agency as the reviewing body (作为行政复议机关), unless a respondent word comes after it
    # (作为复议机关…;本机关自身被申请行政复议1件: its own case)
    before = [t for t in stoks if sa <= t[0] < ns]
    reviewer = [t[0] for t in before if ("scope", "reviewer") in t[3]]
    if reviewer and not any(t[0] > reviewer[-1] and ("scope", "respondent") in t[3] for t in before):
        scope.add("reviewer")
    else:  # (作为复议机关被提起…行政诉讼3件: sued, it is the respondent)
        scope.discard("reviewer")
    if topic != "proactive":
        scope |= token_feats(before, "scope") & {"channel_social", "subunit"}
    elif "channel_social" in scope and not token_feats(window, "scope") & {"channel_social"} and \
            _GRAND_TOTAL.search(ctext, ca, ns):
        scope.discard("channel_social")  # 微博、微信关注人数增加,合计主动公开政府信息4268条: the total
    all_channels = bool(_ALL_CHANNELS.search(ctext, sa, ns)) or _channels_summed(stoks, ctext, ca, ns)
    if all_channels:  # 通过门户网站、政务微博、微信等渠道共主动公开… / 通过网上、信函共接收…: the total
        scope -= {"channel_web", "channel_social", "channel_app"}
    if topic in ("proactive", "published"):
        if inherited == "after":
            # 3件主动公开政策性文件: the noun after the verb says what was counted
            cue_end = next(t[1] for t in after if any(f == "topic" and v == topic for f, v in t[3]))
            rest = _GENERIC_ITEMS.sub("", ctext[cue_end:min(cb, cue_end + 6)])
            if rest and not _BOUNDARY.match(rest):
                scope.add("category")
        else:
            cue_end = max((t[1] for t in window if any(f == "topic" and v == topic for f, v in t[3])),
                          default=ns)
            rest = _GENERIC_ITEMS.sub("", ctext[cue_end:ns])
            if rest and not rest.endswith("等"):  # 警务动态、办事指南等各类政府信息: examples of the whole
                scope.add("category")  # 主动公开政府采购项目信息188条: one kind of item
    if topic in ("reconsiderations", "lawsuits", "fees"):
        # the clause without the parentheses of other numbers: 复议3件(政府信息公开类1件)
        own = "".join(ctext[x:y] for x, y in outside(ca, cb, [p for p in parens if not p[0] <= ns < p[1]]))
        if any(w in own for w in ABOUT_DISCLOSURE):
            scope.add("disclosure")  # the clause itself says it is about disclosure
        elif kind in ("review_litigation", "fees") or any(w in ctext[sa:cb] for w in ABOUT_DISCLOSURE):
            scope.add("disclosure_context")  # its heading or sentence does
    return scope, all_channels


def _channels_summed(stoks, ctext: str, ca: int, ns: int) -> bool:
    """Whether two or more channels are listed in the number's clause (门户网站、政务微信 /
    网上申请、信函申请) and then summed (共, 合计): the count is their total, not one channel's."""
    chans = [t for t in stoks if ca <= t[0] < ns and any(f == "scope" and v.startswith("channel_") for f, v in t[3])]
    listed = len(chans) >= 2 and all(_COORDINATED.fullmatch(ctext, a[1], b[0]) for a, b in zip(chans, chans[1:]))
    return listed and _SUMMED.search(ctext, chans[-1][1], ns) is not None


# --------------------------------------------------------------------------- topic
def _attach(window, after, uclass: str, ctext: str) -> tuple[str | None, str]:
    """The topic of a number: the most specific cue between it and the number (or clause
    start) before it; else the noun phrase right after it ("1份…行政复议申请", "1件依申请
    公开信息的要求", not "16个规范性文件…主动公开"). Only topics its unit can count."""
    allowed = _UNIT_TOPICS.get(uclass)
    if best_topic(token_topics(window)) == "other":
        return None, "blocked"  # 用于宣传…产生的费用1万元, 收取行政事业性收费670万元: something else
    topics = [t for t in token_topics(window) if allowed is None or t[1] in allowed]
    if topics:
        return best_topic(topics), ""
    group = []
    for s, e, _, kv in after:
        ts = [v for f, v in kv if f == "topic"]
        if not ts:
            continue
        if group and not _NP_LINK.fullmatch(ctext[group[-1][1]:s]):
            break
        group.append((s, e, ts[0]))
    group = [g for g in group if allowed is None or g[2] in allowed or g[2] == "applications_generic"]
    if not group:
        return None, ""
    head = group[-1][2]  # the last noun of the phrase is its head
    if head == "applications_generic":
        rest = [t for _, _, t in group[:-1]]
        if any(t in CASES for t in rest):
            head = best_topic([(0, t) for t in rest if t in CASES])
        elif rest and all(t in ("on_request_items", "applications", "published") for t in rest):
            head = "applications"  # 依申请公开信息的要求: a request for disclosure
    if allowed is not None and head not in allowed:
        return None, ""
    return head, "after"


def request_context(ctext: str, a: int, b: int, toks, kind: str, subject: str) -> bool:
    """Whether a bare 申请 in ctext[a:b] is a disclosure request: under an applications
    heading, after a clause about disclosure requests, beside 信息公开 / 依申请, or beside
    the answers only disclosure requests get (予以公开, 不予公开, 信息不存在 …)."""
    if kind == "applications" or subject in ("applications", "on_request_items"):
        return True
    if any(w in ctext[a:b] for w in DISCLOSURE):
        return True
    return any(f == "topic" and v in RESULTS for s, _, _, kv in toks if a <= s < b + 60 for f, v in kv)


def _number_topic(cues: Cues, ctext: str, m: re.Match, window, after, *, window_start: int, after_end: int,
                  sa: int, kind: str, year: int | None, near: str, subject: str, sibling: str
                  ) -> tuple[str | None, str, str | None]:
    """(topic, where it came from, carried_over / carried_forward) of the number ``m``:
    its own words (:func:`_attach`), else the counts it totals, the case count ``near``
    it, the sentence's ``subject``, a year carried from or to, or its section."""
    ns, ne = m.start(), m.end()
    uclass = "money" if (m.group("unit") or "") in cues.units.get("money", ()) else ""
    topic, inherited = _attach(window, after, uclass, ctext)
    if topic is None and inherited != "blocked" and sibling and _TOTAL.search(ctext, window_start, ns):
        topic, inherited = sibling, "total"  # 网上申请12件、当面申请3件,共计17件: the whole
    if topic is None and inherited != "blocked":
        about = any(w in ctext[window_start:ns] for w in ABOUT_DISCLOSURE)
        if about and (near in CASES or subject in CASES):
            # 行政复议46件,其中涉及政府信息公开的5件 / 复议3件(政府信息公开类1件) /
            # 行政复议案件中,涉及政府信息公开的有十余件
            topic, inherited = (near if near in CASES else subject), "disclosure part"
        elif subject and _CONTINUES.match(ctext, window_start):
            topic, inherited = subject, "subject"  # …比上年增长35%,达到1,340条
    if topic == "applications" and _INFO_REQUESTED.search(ctext, window_start, ns):
        topic = "on_request_items"  # 申请公开的政府信息共计46条: the information asked for, not the requests
    if topic is not None and _FACILITY.search(ctext, window_start, ns):
        return None, "blocked", None  # 设立政府信息公开申请受理点12个: places, not requests
    if topic == "on_request_items" and (_RECEIVING.search(ctext, max(sa, window_start - 6), ns) or (
            kind == "applications" and (m.group("unit") or "") == "件")):
        topic = "applications"  # 受理政府信息依申请公开98件, 依申请公开为零件: requests
    carry = carry_of(ctext, window_start, ns, after_end, ne, year)
    if carry and topic in (None, "applications", "applications_generic", "on_request_items", "carried_over",
                           "carried_forward"):
        topic, inherited = carry, inherited or "year named"
    if topic is None and inherited != "blocked" and kind in ("applications", "fees"):
        ok_unit = (m.group("unit") or "") in cues.units.get("money" if kind == "fees" else "applications", ())
        # (受理审批事项117件: the verb has an object of its own, not requests; 节约开支500元,
        # 投入5万元: money, not fees: a fee word or verb in the clause)
        if ok_unit and (_FEE_WORD.search(ctext, sa, ns) if kind == "fees"
                        else _RECEIVE.search(ctext, max(window_start, ns - 4), ns)):
            topic, inherited = _SECTION_TOPICS[kind][0], "section"
    return topic, inherited, carry


#: a reason given for what follows (因信息不存在无法提供)
_BECAUSE = re.compile(r"因|由于")

# --------------------------------------------------------------------------- counts
def _replies(toks, ctext: str) -> set[str]:
    """The kinds of reply (予以公开, 不予公开 …) the tokens name: those before a count, else
    those after it (其余18件为不予公开、无法提供等情形), not a reply with a number of its own
    (20件同意公开、部分公开3件), nor the reason given for the reply after it (因信息不存在无法
    提供20件: one kind of reply, 无法提供, and why)."""
    kinds = [(s, v) for s, v in token_topics(toks) if v in RESULTS]
    return {v for i, (s, v) in enumerate(kinds)
            if not (i + 1 < len(kinds) and kinds[i + 1][1] != v and _BECAUSE.search(ctext, max(0, s - 6), s))}


def is_count(ctext: str, m: re.Match, cb: int, cues: Cues, *, line_end: bool = False) -> bool:
    """Whether a number with a unit counts its topic (not 第二十条, 五个部分, 一次性);
    ``line_end``: the text breaks (a line, a space) right after it, so what follows is
    not its noun (予以公开：20件 / 部分公开：4件 on two lines)."""
    s, e = m.start(), m.end()
    if s > 0 and ctext[s - 1] in "第近约逾超" and ctext[s - 1] == "第":
        return False
    if m.group("bare"):
        return True
    if not line_end and _COUNTED_NOUN.match(ctext, e):
        return False
    if m.group("num")[0].isdigit():
        return True
    # a Chinese numeral (一 is everywhere) counts only at a boundary or before a topic cue
    if line_end or _BOUNDARY.match(ctext, e) or e >= cb:
        return True
    t = cues.pattern.match(ctext, e)
    return bool(t and t.group() and any(f == "topic" for f, _ in cues.kind.get(t.group(), ())))


def _numbers(cues: Cues, c: Compact, ca: int, cb: int) -> list[re.Match]:
    """The numbers of the clause c.text[ca:cb] that count something (:func:`is_count`)."""
    if not c.has_numeral(ca, cb):
        return []
    return [m for m in cues.number.finditer(c.text, ca, cb)
            if is_count(c.text, m, cb, cues, line_end=c.spaced(m.end()))]


def clause_counts(cues: Cues, c: Compact, ca: int, cb: int, ctoks, si: int, year: int | None, kind: str, *, sa: int,
                  stoks, parent: str, prev_num_end: int, parens=(), sibling: str = "", subject: str = ""
                  ) -> tuple[list[Statement], int | None]:
    """The counts of the clause ctext[ca:cb] of the sentence starting at ``sa`` (its
    tokens ``stoks``), and the end of its last number (None when it has none).

    ``parent``: the topic of the count before (for a category part, 法规公文类24条);
    ``prev_num_end``: the end of the number before in the sentence (scope words count from
    it); ``sibling``: the one topic counted before in the sentence (共计17件 is their
    total); ``subject``: the topic of a clause before that counts nothing.
    """
    ctext = c.text
    nums = _numbers(cues, c, ca, cb)
    if not nums:
        return [], None
    out, prev_end = [], ca
    for i, m in enumerate(nums):
        (ns, ne), window_start = m.span(), prev_end
        pa = max(sa, prev_num_end)  # cumulative / comparison words count from the number before
        window = [t for t in ctoks if prev_end <= t[0] and t[1] <= ns]
        after_end = nums[i + 1].start() if i + 1 < len(nums) else cb
        paren = ctext.find("(", ne, after_end)  # 答复3050件(含上年度结转申请34件…): the noun is not in ( )
        after_end = paren if paren >= 0 else after_end  # nor a year carried from (含2015年结转3件)
        after = [t for t in ctoks if ne <= t[0] < after_end]
        # near: the topic of the count just before, in this clause or the last
        topic, inherited, carry = _number_topic(cues, ctext, m, window, after, window_start=window_start,
                                               after_end=after_end, sa=sa, kind=kind, year=year,
                                               near=out[-1].topic if out else parent, subject=subject,
                                               sibling=sibling)
        if i == len(nums) - 1 and paren < 0:  # the clause's last count: its topic may be said after it
            topic, inherited, carry = carried_after(ctext, stoks, m, cb, year, topic, inherited, carry)
        prev_end = prev_num_end = ne
        category = ""
        if topic is None and parent in ("proactive", "published"):
            k = ctext.rfind("类", window_start, ns)
            if k > window_start:  # 法规公文类24条 after a total: a part of it
                topic, inherited = parent, "category"
                category = ctext[window_start:k + 1].lstrip("其中包括、,;")
        if topic is None:
            continue
        clause = ctext[ca:cb]
        if topic == "applications_generic":
            # 申请 alone: a disclosure request only in a disclosure sentence or section
            if request_context(ctext, sa, cb, stoks, kind, subject):
                topic = "applications"
            else:
                continue
        raw = m.group("num") or m.group("bare")
        n = parse_number(raw, following=m.group("approx") or "")
        if n is None:
            continue
        approx = n.approx or ctext[max(0, ns - 1)] in "约近逾" or ctext[max(0, ns - 2):ns] in ("超过", "大约")
        value = round(n.value * {"万": 1e4, "亿": 1e8}.get(m.group("mult") or "", 1), 6)  # 1.36万条: 13600, not 13600.000000000002
        uw = m.group("unit") or ""
        scope, all_channels = _number_scope(ctext, topic, inherited, window, after, stoks, parens, carry=carry,
                                            ca=ca, cb=cb, sa=sa, pa=pa, ns=ns, year=year, kind=kind)
        coord = {v for _, v in token_topics(window) if v in CASES}
        if len(coord) > 1 and ctext[max(0, ns - 1)] == "各":
            for other in sorted(coord - {topic}):  # 行政复议、行政诉讼各1件: one of each
                out.append(Statement(topic=other, polarity="count", value=value, unit="cases", unit_word=uw,
                                     approx=approx, start=c.span(ns, ne)[0], end=c.span(ns, ne)[1],
                                     clause_start=c.span(ca, cb)[0], clause_end=c.span(ca, cb)[1], sentence=si,
                                     scope=frozenset(scope), section_kind=kind, cues=("各",)))
            coord = set()
        results = _replies(window, ctext) or _replies([t for t in after if t[1] < after_end - 1], ctext)
        if topic in RESULTS and len(results) > 1:
            coord = results  # "非政府信息、信息不存在、非本机关"的件数8件: several kinds of reply
        s, e = c.span(ns, ne)
        cs, ce = c.span(ca, cb)
        # 被纠错1件 / 复议维持2件: an outcome count; 3件属维持…的行政复议事项: cases
        outcome = bool(token_feats(window, "outcome"))
        out.append(Statement(topic=topic, polarity="count", value=value, unit=unit_class(cues, uw, topic),
                             unit_word=uw, approx=approx, start=s, end=e, clause_start=cs, clause_end=ce,
                             sentence=si, scope=frozenset(scope), outcome=outcome and topic in CASES,
                             others=tuple(sorted({v for _, v in token_topics(window)} - {topic})),
                             cues=tuple(w for _, _, w, _ in window), inherited=inherited, section_kind=kind,
                             combined=tuple(sorted(coord)) if len(coord) > 1 else (),
                             extra={"clause": clause, "category": category, "all_channels": all_channels,
                                    "window": ctext[window_start:ns]}))
    return out, nums[-1].end()
