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

Its *scope* (cumulative, another year, a channel, a part, a comparison, …) is read by
:mod:`gdrkit.extract.scopes`.
"""

from __future__ import annotations

import re

from ..text.numerals import parse_number
from .after_count import brought_by_an_applicant, case_of_persons, each_of_them, reply_after_reason, reply_heading
from .carry import carried_after, carry_of
from .cues import ABOUT_DISCLOSURE, CASES, DISCLOSURE, RECEIVING_VERBS, REPLY_WORDS, RESULTS, Cues, unit_class
from .number_words import number_window
from .numbers import clause_numbers
from .published import without_channels, without_examples
from .scopes import OWN, RECEIVING, number_scope, scope_words
from .sentences import Compact, Statement, best_topic, token_feats, token_topics

__all__ = ["clause_counts", "scope_words", "request_context"]

_FEE_WORD = re.compile(r"费|收取")
#: section kinds (gdrkit.sections) whose heading gives a topic to a clause that names none
_SECTION_TOPICS = {"applications": ("applications",), "fees": ("fees",),
                   "review_litigation": ("reconsiderations", "lawsuits")}
_RECEIVE = re.compile(rf"(?:{RECEIVING_VERBS})(?:了|共|共计)?$")  # (a receiving verb right before a number: 共收到12件)
_COUNTED_IN = re.compile(rf"{RECEIVING_VERBS}|新收|共|合计")  # (收到申请1件(予以公开): the requests, not one reply)
#: the information a request asked for (申请公开的政府信息46条), not the requests
_INFO_REQUESTED = re.compile(r"申请(?:公开)?的(?:政府)?信息")
#: a place right before a number (申请受理点12个, 查阅窗口3个): the number counts places
_FACILITY = re.compile(r"(?:受理点|受理处|窗口|查阅点|查阅室|查阅场所|服务点|场所)$")
#: topics a unit class can count (a money amount is a fee, whatever else the clause names)
_UNIT_TOPICS = {"money": {"fees"}}
_NP_LINK, _TOTAL = re.compile(r"的?|之|有关|关于"), re.compile(r"(?:共计|合计|总计|总数|共)(?:为|达)?$")
#: the words before a count that are only a total word (…8件合计38件: the counts before it summed)
_TOTAL_ONLY = re.compile(r"[\s,;、]*(?:共计|合计|总计)[\s:]*")
#: a clause that goes on with the subject of the sentence: 达到1,340条, 增至2040条
_CONTINUES, _CHANGED = re.compile(r"(?:达到|达|增至|降至|减至|为|累计)(?=[\d零〇一二两三四五六七八九十])"), re.compile(r"增加|增长|减少|下降|上升")
#: a respondent named before a part of a case count (其中以县人民政府为被申请人的1件)
_AS_RESPONDENT = re.compile(r"以[^,;。\d]{1,16}?为(?:共同)?(?:被告|被申请人)|涉及[^,;。\d]{1,14}?(?:局|委员会|委|办公室|办|厅|政府|中心)的?$")
#: topics whose count may be followed by the agency's own part, named by no topic word
_OWN_PART_OF = ("applications", "reconsiderations", "lawsuits", "proactive")
#: a clause that is only the sum of what the clause before named (…收取了复印费,合计42元 / …收取信息处理费,金额0.02万元)
_SUM_OF_IT = re.compile(r"[\s,;:]*(?:合计|共计|总计|共|计|金额(?:为|共)?)(?:人民币)?[\s:]*")
# --------------------------------------------------------------------------- topic
def _attach(window, after, uclass: str, ctext: str, ns: int) -> tuple[str | None, str]:
    """The topic of a number: the most specific cue between it and the number (or clause
    start) before it; else the noun phrase right after it ("1份…行政复议申请", "1件依申请
    公开信息的要求", not "16个规范性文件…主动公开"). Only topics its unit can count."""
    allowed = _UNIT_TOPICS.get(uclass)
    window = without_channels(without_examples(window, ctext, ns), ctext)
    if best_topic(token_topics(window)) == "other":
        return None, "blocked"  # 用于宣传…产生的费用1万元, 收取行政事业性收费670万元: something else
    topics = [t for t in token_topics(window) if allowed is None or t[1] in allowed]
    if topics:
        return best_topic(topics), ""
    group = []
    case_after = any(v in CASES for *_, kv in after for f, v in kv if f == "topic")
    for s, e, w, kv in after:
        ts = [v for f, v in kv if f == "topic"]
        if not ts or w == "申请人" and not group and case_after:
            continue  # (1件申请人不服…申请行政复议: the person who brought the case, not the noun counted)
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


#: the answers only disclosure requests get, said in the sentence after a bare 申请
_REPLIED = re.compile(rf"{REPLY_WORDS}|提供了(?:所需|相关)的?信息")


def request_context(ctext: str, a: int, b: int, toks, kind: str, subject: str) -> bool:
    """Whether a bare 申请 in ctext[a:b] is a disclosure request: under an applications
    heading, after a clause about disclosure requests, beside 信息公开 / 依申请, or beside
    the answers only disclosure requests get (予以公开, 不予公开, 信息不存在 …)."""
    if kind == "applications" or subject in ("applications", "on_request_items"):
        return True
    if any(w in ctext[a:b] for w in DISCLOSURE):
        return True
    return any(f == "topic" and v in RESULTS for s, _, _, kv in toks if a <= s < b + 100 for f, v in kv) or \
        _REPLIED.search(ctext, b, b + 100) is not None  # (…申请4件,内容为…。对其中3件…不予公开: the next sentence)


#: what may stand between two coordinated topics (行政复议、行政诉讼 / 复议和诉讼 / 复议诉讼 / 行政复议、提起行政诉讼)
_COORDINATION = re.compile(r"\s*(?:(?:[、/和及与或]|以及)\s*[^\d,;:。\s]{0,4})?")


_COORDINATED_TOPICS = (*CASES, "carried_over", "carried_forward")  # (上年结转和结转下年度均为0件 too)


def _coordinated(window, ctext: str) -> set[str]:
    """The case or carried topics named together right before a number (行政复议、行政诉讼各1件, 复议和诉讼
    共3件): the chain of topic words that ends at the last one, with only 、/和/及 between
    them; a topic named further back (a heading 复议诉讼 before …被申请行政复议1件) is not."""
    toks = sorted((s, e, v) for s, e, _, kv in window for f, v in kv if f == "topic" and v in _COORDINATED_TOPICS)
    if not toks:
        return set()
    out, start = {toks[-1][2]}, toks[-1][0]
    for s, e, v in reversed(toks[:-1]):
        if e > start or not _COORDINATION.fullmatch(ctext, e, start):
            break
        out.add(v)
        start = s
    return out


def _number_topic(cues: Cues, ctext: str, m: re.Match, window, after, *, window_start: int, after_end: int,
                  sa: int, kind: str, year: int | None, near: str, subject: str, sibling: str
                  ) -> tuple[str | None, str, str | None]:
    """(topic, where it came from, carried_over / carried_forward) of the number ``m``:
    its own words (:func:`_attach`), else the counts it totals, the case count ``near``
    it, the sentence's ``subject``, a year carried from or to, or its section."""
    ns, ne, uclass = m.start(), m.end(), "money" if (m.group("unit") or "") in cues.units.get("money", ()) else ""
    topic, inherited = reply_heading(ctext, sa, window_start, ns, *_attach(window, after, uclass, ctext, ns))
    if (m.group("unit") or "") == "名":
        # 有1名申请人对我局答复不服,向县政府申请行政复议: the persons who brought the cases (else no count)
        case = case_of_persons(ctext, ns, ne)
        return (case, "counted in persons", None) if case else (None, "blocked", None)
    if topic in (None, "other", "other_reply", "consultations") and not ctext.startswith("、", window_start) and (
            said := _REPLY_MADE.match(ctext, ne)) and (
            reply := next((v for t in after if t[0] == said.end() for f, v in t[3] if f == "topic" and v in RESULTS), None)
            or said.group()[0] == "," and _reply_word_at(cues, ctext, said.end())):
        # 对属于信访事项的5件作不予处理告知: the reply made, not the matter (not the last of a list: 信访类1件、重复申请2件作…)
        topic, inherited = reply, "reply after its count"
    elif (topic in (None, "other", "other_reply") or topic in ("applications", "applications_generic") and not _COUNTED_IN.search(
            ctext, window_start, ns)) and (said := _REPLY_IN_PARENS.match(ctext, ne)) and (reply := _reply_word_at(cues, ctext, said.start(1))):
        topic, inherited = reply, "reply after its count"  # 要求提供公开出版物的1件(不予处理)
    if (why := _REASON_AFTER.match(ctext, ne)) and (topic is None and inherited != "blocked" or topic in (
            "applications", "applications_generic", "other", "published", "on_request_items") and inherited == "after"):
        # 另有一件因…属于信访事项,依法作不予处理 / 另一件申请人要求…,按规定不予处理: the reply (not 三件申请人主动撤回)
        # (1件与已答复的申请内容重复,按重复申请不予处理 / 1件系重复申请,不予处理: only with the reply)
        if (reply := reply_after_reason(ctext, ne)) or why.group() in ("因", "由于") or why.group()[0] == "所":
            topic, inherited = reply, "reply after its reason"
    if topic in ("applications", "applications_generic") and brought_by_an_applicant(window, after):
        # 申请人就3件答复提起行政诉讼: a count of the answers an applicant challenged, not requests
        # received; how many cases (one, merged, or three) it does not say
        topic, inherited = next(v for t in after for f, v in t[3] if f == "topic" and v in CASES), "answers challenged"
    if topic is None and inherited != "blocked" and sibling and _TOTAL.search(ctext, window_start, ns):
        topic, inherited = sibling, "total"  # 网上申请12件、当面申请3件,共计17件: the whole
    elif topic is None and inherited != "blocked" and near in ("proactive", "published") and \
            ctext.startswith("、", window_start) and _TOTAL.search(ctext, window_start, ns):
        topic, inherited = near, "total"  # 公开审计结果公告6份、工作动态及其他信息合计189条: all the verb published
    elif topic is None and inherited != "blocked" and near and _TOTAL_ONLY.fullmatch(ctext, window_start, ns):
        topic, inherited = near, "list total"  # 当面申请3件网上申请27件信函申请8件合计38件 (lines run together)
    if topic is None and inherited != "blocked":
        about = any(w in ctext[window_start:ns] for w in ABOUT_DISCLOSURE)
        if about and (near in CASES or subject in CASES):
            # 行政复议46件,其中涉及政府信息公开的5件 / 复议3件(政府信息公开类1件) /
            # 行政复议案件中,涉及政府信息公开的有十余件
            topic, inherited = (near if near in CASES else subject), "disclosure part"
        elif (subject or near and _CHANGED.search(ctext, sa, window_start) and ctext[ne:ne + 1] in ",;。") and (_CONTINUES.match(ctext, window_start) or (
                ctext[window_start - 1:window_start] == ":" and ns - window_start <= 4)):  # (…较2013年的88件增加24件,达到112件)
            topic, inherited = subject or near, "subject"  # …比上年增长35%,达到1,340条
        elif (who := subject or (near if near == "fees" else "")) in ("fees", "published", "proactive") and (
                uclass == "money") == (who == "fees") and _SUM_OF_IT.fullmatch(ctext, window_start, ns):
            topic, inherited = who, "subject"  # 对部分申请人收取了复印费,合计42元 / 公开医院概况、…等,共计二百零六条
        elif near in _OWN_PART_OF and OWN.search(ctext, window_start, ns) and (ctext.startswith("其中", window_start) or (
                near == "applications" and _RECEIVE.search(ctext, max(window_start, ns - 4), ns))):
            topic, inherited = near, "the agency's own part"  # 全县…收到1,120件,其中县政府本级收到38件 / …1026件,本街道收到9件
        elif near in CASES and ctext.startswith("其中", window_start) and _AS_RESPONDENT.search(ctext, window_start, ns):
            topic, inherited = near, "a part naming its respondent"  # 行政复议4件,其中以县人民政府为被申请人的1件
        elif near in ("proactive", "published") and (y := _THE_YEARS_PART.fullmatch(ctext, window_start, ns)) \
                and y[1] in (None, str(year)):  # the report year's part of the items before it, its verb or noun left out
            topic, inherited = near, "the year's part"  # 累计发布信息1650条,其中2015年发布412条 / 其中2015年412条
    w = ctext[window_start:ns]  # (规章本年新制作3件,本年新公开3件 / 本年新制作规范性文件5件,本年新公开5件: documents published)
    topic = "documents" if topic == "published" and (near == "documents" or "本年新制作" in ctext[sa:window_start] and "新公开" in w) and "信息" not in w else topic
    if topic == "applications" and _INFO_REQUESTED.search(ctext, window_start, ns):
        topic = "on_request_items"  # 申请公开的政府信息共计46条: the information asked for, not the requests
    if topic is not None and _FACILITY.search(ctext, window_start, ns):
        return None, "blocked", None  # 设立政府信息公开申请受理点12个: places, not requests
    if topic == "on_request_items" and (RECEIVING.search(ctext, max(sa, window_start - 6), ns) or (
            (kind == "applications" or ctext[ns - 1:ns] == ":") and (m.group("unit") or "") == "件")):
        topic = "applications"  # 受理政府信息依申请公开98件, 依申请公开为零件, 依申请公开:0件: requests
    carry = carry_of(ctext, window_start, ns, after_end, ne, year)
    if carry and topic in (None, "applications", "applications_generic", "on_request_items", "carried_over",
                           "carried_forward"):
        topic, inherited = carry, inherited or ("" if topic == carry else "year named")
    if topic is None and inherited != "blocked" and kind in ("applications", "fees"):
        ok_unit = (m.group("unit") or "") in cues.units.get("money" if kind == "fees" else "applications", ())
        # (受理审批事项117件: the verb has an object of its own, not requests; 节约开支500元,
        # 投入5万元: money, not fees: a fee word or verb in the clause)
        if ok_unit and (_FEE_WORD.search(ctext, sa, ns) if kind == "fees"
                        else _RECEIVE.search(ctext, max(window_start, ns - 4), ns)):
            topic, inherited = _SECTION_TOPICS[kind][0], "section"
    return topic, inherited, carry


#: a reason given for what follows (因信息不存在无法提供)
_BECAUSE = re.compile(r"因|由于|申请人")
_THE_YEARS_PART = re.compile(r",?(?:其中,?)?(?:((?:19|20)\d\d)年度?|本年度?|当年|今年)(?:新?发布|公开|新增|主动公开)?(?:各类)?(?:信息)?(?:共|为)?")
#: a noun right after a count's unit that the count is a number of (50条要求, 10条措施): no items or requests
_OF_WHAT = re.compile(r"(?<=[条项])(?:要求|措施|举措|原则|任务)")
#: what follows a count whose reply comes after its reason (1件因…, 1件与已答复的申请内容重复,…)
#: the reply made right after a count (5件作不予处理告知, 2件均按不予处理答复, 3件依法作出不予公开答复)
_REPLY_IN_PARENS = re.compile(r"\((?:均为|均属|为|属于?|作)?(予以公开|部分公开|不予公开|无法提供|不予处理)(?:答复|情形|处理)?\)")  # 1件(不予处理)
_REPLY_MADE = re.compile(r"(?:,\s*)?(?:均|依法|一并)?(?:作出?|按照?)")  # (重复申请1件,作不予处理: after a comma too)
_REASON_AFTER = re.compile(_BECAUSE.pattern + r"|与|系|实为|经审查|属于|涉及|申请要求|所(?:申请|需|要求|涉及)|(?:申请|要求)(?:公开|获取|查询|提供)|申请(?:涉及|属于|系|内容)")  # (1件涉及商业秘密,不予公开; 1件申请公开…,予以公开)

#: a count's words that are 公开 alone (公开21件, 其中公开：14件, 已公开的20件, 结果分布:公开——19件), which in a list of replies
#: followed by 部分公开 / 不予公开 … is the reply 予以公开
_BARE_GRANTED = re.compile(r"[\s,，、;；:：(（]*(?:[^\d,;。:]{0,6}[:：])?(?:其中|中|已?答复(?:为|结果为)?|已经?)?[\s,，:：(（]*公开的?[\s:：—-]*")

def _reply_word_at(cues: Cues, ctext: str, pos: int) -> str | None:
    """The reply a cue word at ``pos`` names (不予处理 in …1件,作不予处理), or None."""
    w = cues.pattern.match(ctext, pos)
    return next((v for f, v in cues.kind.get(w.group(), ()) if f == "topic" and v in RESULTS), None) if w else None


#: the measures a list of topics may give one number each, in order (…分别为15件、3件和2件)
_EACH_OF = (*RESULTS, "applications", "carried_over", "carried_forward", "reconsiderations", "lawsuits")
_RESPECTIVELY = re.compile(r"分别(?:为|是|有)?[:：]?")
#: what makes the numbers of a list not the topics' counts: parts of them after (其中…), not
#: about disclosure (均与政府信息公开无关)
_PART_AFTER = re.compile(r"其中|无关|不涉及")


def _respectively(ctext: str, ca: int, ctoks, nums: list[re.Match]) -> list[str] | None:
    """The topic of each number of a clause that lists topics, then 分别 and as many numbers
    of one unit (予以公开、部分公开、不予公开的分别为15件、3件和2件; 行政复议、行政诉讼分别为2件、1件):
    in the order named; None when the clause is not so (2014年、2015年分别…57件、73件 names
    years, not topics: a pair, see statements)."""
    k = ctext.find("分别", ca, nums[-1].start()) if nums else -1
    if k < 0 or nums[0].start() < k or len({m.group("unit") for m in nums}) != 1:
        return None
    end = ctext.find("。", nums[-1].end())  # (the rest of the sentence)
    if not _RESPECTIVELY.fullmatch(ctext, k, nums[0].start()) or _PART_AFTER.search(
            ctext, nums[-1].end(), end if end >= 0 else len(ctext)):
        return None  # 分别比上年增加2件、1件 / 分别累计…: a change or a stock; …,其中…: parts follow
    topics = list(dict.fromkeys(v for s, v in token_topics(ctoks) if s < k and v in _EACH_OF))
    others = [v for s, v in token_topics(ctoks) if s < k and v not in _EACH_OF]
    return topics if len(topics) == len(nums) >= 2 and not others else None


def _bare_granted(ctext: str, stoks, window_start: int, m: re.Match, topic: str | None, inherited: str
                  ) -> tuple[str | None, str]:
    """(topic, where it came from) of a count in 件 whose words are 公开 alone, in a list of
    replies after it (办结的29件中,公开21件,部分公开3件): the reply 予以公开; else as given
    (公开1,590条;…部分公开2件: items published)."""
    if topic in (None, "published") and inherited != "blocked" and m.group("unit") == "件" and \
            _BARE_GRANTED.fullmatch(ctext, window_start, m.start()) and \
            any(v in RESULTS and v != "granted" for ts, v in token_topics(stoks) if ts >= m.end()):
        return "granted", "list of replies"
    return topic, inherited


# --------------------------------------------------------------------------- counts
#: what joins a reply and the kind it was (不予处理的重复申请, 重复申请不予处理, 重复申请而不予处理)
_KIND_OF = ("", "的", "而")


def _in_parens_after(ctext: str, s: int, ends: set[int]) -> bool:
    """Whether ``s`` stands in parentheses opened right after a reply (不予处理(信访举报、重复
    申请等)6件: examples of that reply)."""
    p = ctext.rfind("(", max(0, s - 20), s)
    return p >= 0 and ")" not in ctext[p:s] and p in ends


#: the pre-2019 kinds of reply that are reasons for a reply of the template, said before it: no such information,
#: not this office's, an unclear request (信息不存在、无法提供五件), a request made again (重复申请、不予处理2件)
_REASONS = {"unable": re.compile(r"信息不存在|不存在|非本机关|不属于本(?:机关|行政机关|局|单位)|申请内容不明确"),
            "not_processed": re.compile(r"重复申请|不予重复处理")}


def _reasons_of(topic: str, window, ctext: str) -> bool:
    """Whether the replies named before a count are ``topic``'s reply, last, and reasons of it only."""
    named = sorted((s, e, v) for s, e, _, kv in window for f, v in kv if f == "topic" and v in RESULTS)
    return topic in _REASONS and len(named) > 1 and named[-1][2] == topic and all(
        v == "other_reply" and _REASONS[topic].fullmatch(ctext, s, e) for s, e, v in named[:-1])


def _replies(toks, ctext: str) -> set[str]:
    """The kinds of reply (予以公开, 不予公开 …) the tokens name: those before a count, else
    those after it (其余18件为不予公开、无法提供等情形), not a reply with a number of its own
    (20件同意公开、部分公开3件), nor the reason given for the reply after it (因信息不存在无法
    提供20件: one kind of reply, 无法提供, and why)."""
    spans = sorted((s, e, v) for s, e, _, kv in toks for f, v in kv if f == "topic" and v in RESULTS)
    # (不予处理的重复申请35件 / 重复申请不予处理2件: a kind named right beside a reply, with no
    # 、 or 和 between, is what that reply was, not another reply)
    ends = {e for _, e, v in spans if v != "other_reply"}
    kinds = [(s, v) for i, (s, e, v) in enumerate(spans) if not (v == "other_reply" and (any(
        w != "other_reply" and (ctext[e2:s] if s2 < s else ctext[e:s2]) in _KIND_OF
        for s2, e2, w in spans[max(0, i - 1):i] + spans[i + 1:i + 2]) or _in_parens_after(ctext, s, ends)))]
    return {v for i, (s, v) in enumerate(kinds)
            if not (i + 1 < len(kinds) and kinds[i + 1][1] != v and _BECAUSE.search(ctext, max(0, s - 6), s))}


def _adds_up(out: list[Statement], topic: str, value: float) -> bool:
    """Whether the counts of ``topic`` before a 合计 in its clause add up to it, all of one
    year (not 2016年…20件 2017年…35件 合计55件, two years' counts)."""
    return sum(x.value for x in out if x.topic == topic) == value and not any("other_year" in x.scope for x in out)


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
    nums = clause_numbers(cues, c, ca, cb)
    if not nums:
        return [], None
    out, prev_end, each = [], ca, _respectively(ctext, ca, ctoks, nums)
    for i, m in enumerate(nums):
        (ns, ne), window_start = m.span(), prev_end
        pa = max(sa, prev_num_end)  # cumulative / comparison words count from the number before
        window = number_window(ctoks, ctext, out, prev_end, ns, parens)
        after_end = nums[i + 1].start() if i + 1 < len(nums) else cb
        paren = ctext.find("(", ne, after_end)  # 答复3050件(含上年度结转申请34件…): the noun is not in ( )
        after_end = paren if paren >= 0 else after_end  # nor a year carried from (含2015年结转3件)
        after = [t for t in ctoks if ne <= t[0] < after_end]
        # near: the topic of the count just before, in this clause or the last
        topic, inherited, carry = _number_topic(cues, ctext, m, window, after, window_start=window_start,
                                               after_end=after_end, sa=sa, kind=kind, year=year,
                                               near=out[-1].topic if out else parent, subject=subject,
                                               sibling=sibling)
        topic, inherited = (each[i], "respectively") if each else _bare_granted(ctext, stoks, window_start, m, topic,
                                                                                   inherited)
        if i == len(nums) - 1 and paren < 0:  # the clause's last count: its topic may be said after it
            topic, inherited, carry = carried_after(ctext, stoks, m, cb, year, topic, inherited, carry)
        prev_end = prev_num_end = ne
        category = ""
        if topic is None and parent in ("proactive", "published", "documents"):
            k = ctext.rfind("类", window_start, ns)
            if k > window_start:  # 法规公文类24条 after a total: a part of it (…类信息5条 after documents: items)
                topic, inherited = parent if parent != "documents" else "published", "category"
                category = ctext[window_start:k + 1].lstrip("其中包括、,;")
        if topic is None or topic in RESULTS and (m.group("unit") in ("次", "人次") or m.group("unit") in ("个", "家") and inherited == "after"):
            continue  # (为群众提供了所需信息120次: services; 85个预算单位全部公开了预算: bodies; not replies to requests)
        clause = ctext[ca:cb]
        if topic == "applications_generic":  # 申请 alone: a request only in a disclosure sentence or section
            if not request_context(ctext, sa, cb, stoks, kind, subject):
                continue
            topic = "applications"
        raw = m.group("num") or m.group("bare") or m.group("keyed")
        n = parse_number(raw, following=m.group("approx") or "")
        if n is None or inherited == "list total" and not _adds_up(out, topic, n.value) or _OF_WHAT.match(ctext, ne):
            continue  # (合计 after counts of its topic: their total, only where they add up to it; 50条要求: rules)
        inherited = "total" if inherited == "list total" else inherited
        approx = n.approx or ctext[max(0, ns - 1)] in "约近逾" or ctext[max(0, ns - 2):ns] in ("超过", "大约")
        value = round(n.value * {"万": 1e4, "亿": 1e8}.get(m.group("mult") or "", 1), 6)  # 1.36万条: 13600, not 13600.000000000002
        uw = m.group("unit") or ""
        scope, all_channels = number_scope(ctext, topic, inherited, window, after, stoks, parens, carry=carry,
                                            ca=ca, cb=cb, sa=sa, pa=pa, ns=ns, ne=ne, year=year, kind=kind)
        coord = _coordinated(window, ctext) if inherited != "respectively" else set()
        results = _replies(window, ctext) or _replies([t for t in after if t[1] < after_end - 1], ctext)
        if topic in RESULTS and len(results) > 1 and inherited != "respectively" and not (  # (分别: one each)
                _reasons_of(topic, window, ctext)):  # (信息不存在、无法提供5件: its reply)
            coord = results  # "非政府信息、信息不存在、非本机关"的件数8件: several kinds of reply
        if len(coord) > 1 and (each_word := each_of_them(ctext, window_start, ns, ne)):
            for other in sorted(coord - {topic}):  # 行政复议、行政诉讼各1件 / 部分公开、不予公开均为0件: one of each
                out.append(Statement(topic=other, polarity="count", value=value, unit=unit_class(cues, uw, other),
                                     unit_word=uw, approx=approx, start=c.span(ns, ne)[0], end=c.span(ns, ne)[1],
                                     clause_start=c.span(ca, cb)[0], clause_end=c.span(ca, cb)[1], sentence=si,
                                     scope=frozenset(scope), section_kind=kind, cues=(each_word,)))
            coord = set()
        (s, e), (cs, ce) = c.span(ns, ne), c.span(ca, cb)
        outcome = bool(token_feats(window, "outcome"))  # 被纠错1件: an outcome; 3件属维持…的行政复议事项: cases
        out.append(Statement(topic=topic, polarity="count", value=value, unit=unit_class(cues, uw, topic),
                             unit_word=uw, approx=approx, start=s, end=e, clause_start=cs, clause_end=ce,
                             sentence=si, scope=frozenset(scope), outcome=outcome and topic in CASES,
                             others=tuple(sorted({v for _, v in token_topics(window)} - {topic})),
                             cues=tuple(w for _, _, w, _ in window), inherited=inherited, section_kind=kind,
                             combined=tuple(sorted(coord)) if len(coord) > 1 else (),
                             extra={"clause": clause, "category": category, "all_channels": all_channels,
                                    "window": ctext[window_start:ns]}))
    return out, nums[-1].end()
