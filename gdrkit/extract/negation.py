"""The "none" statements of a clause: 未收到, 没有产生, 无, 免费, and what they negate.

A clause with a negation and a topic but no number is a "none" statement about the
topics it negates: the last topic of the clause and those coordinated with it (复议、诉讼
/ 收费及减免: :func:`final_group`), when the negation stands before them or right after
them (申请:无 / 申请为零). Topics inside "因…的" / "有关…的" are modifiers, not heads
(未收到因政府信息公开申请引起的行政复议: reconsiderations, not applications:
:func:`heads`). A cue that is a topic and its negation at once (免费) is a fee of none.

A sentence that is only a negation (无。 / 本年度未发生此类情况) under a heading about
applications, fees or reconsiderations and lawsuits is a "none" statement about that
heading's topics (:func:`heading_none`); so is a clause that only says none after one
that names topics and nothing more (收费及减免:无, :func:`pending_none`).

Two more readings give a value without a number of their own: every request got one
answer (受理申请6件,全部予以公开: :func:`all_of`), and a count of cases said to be unrelated
to disclosure (均与政府信息公开无关: none of them is, :func:`unrelated`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.numerals import COUNT_NUMERALS
from .after_count import another_count
from .carry import CARRY, OTHER_MATTER, bare_carry_after_replies, carry_year, forward_of_another
from .counts import request_context
from .cues import ABOUT_DISCLOSURE, CASES, RANK, REPLY_TOPIC, RESULTS, UNIT_CLASS, Cues, unit_class
from .scopes import OWN
from .sentences import Compact, Statement, in_parens, token_feats

__all__ = ["none_of_ours", "heads", "heading_topics", "final_group", "clause_none", "only_negation", "pending_none",
           "heading_none", "all_of", "all_answered", "unrelated", "ALL", "ANAPHOR", "paren_nones"]

#: the characters of a Chinese numeral, between two of which 零 is a digit (一千零二十), not "none"
_NUMERALS = frozenset(COUNT_NUMERALS) - {"零"}

#: a modifier: 因…的 / 有关…的, or a request or disclosure named as the cause of what follows
#: (因政府信息公开申请提起行政复议 / 因政府信息公开申请行政复议、提起行政诉讼: the review and the
#: lawsuit are the heads, not the request; not 因此 / 因而, and not before 的情况: 因…引发行政复议的
#: 情况 has the review as its head)
_MODIFIER = re.compile(r"(?:因(?!此|而)|由于|有关|关于|针对|涉及)[^,。;的]{1,30}的(?!情况|事项|现象|事件|问题)|(?:因(?!此|而)|由于)[^,。;的、]{0,30}?(?:申请|公开)"
                       r"(?=而?(?:提起|引起|引发|导致)|申请(?:行政)?复议)")
_FILLER = re.compile(r"(?:(?:19|20)\d\d年度?|本年度|全年|年度|今年|本年|此类|该类|相关|情况|事项|现象|事件|案件|发生|出现|产生|"
                     r"收到|接到|办理|处理|我局|我委|我厅|我办|我区|我县|我市|我镇|本机关|本单位|本局|本委|本部门|均|也|亦|等|的|"
                     r"报告期内|本报告期内|期间|内|上述|以上|其他需要报告的事项|表格略|表略|[、。,:;()\"“”])")
#: the measure topics a heading can say "none" about, by the topics of its words
_HEADING_NONE = {"applications": "applications", "applications_generic": "applications",
                 "on_request_items": "applications", "fees": "fees", "reconsiderations": "reconsiderations",
                 "lawsuits": "lawsuits", "denied": "denied", "consultations": "consultations"}
_OF = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:的|办理))?")  # (无结转下年度的申请 / 无结转下年度办理申请)
#: (a noun of cases or a cause may stand between them: 行政复议案件和行政诉讼案件, 收费以及因政府信息公开引发行政复议)
#: the words between a topic and the none said of its count (…行政诉讼的案件数均为零)
_COUNT_WORDS = re.compile(r"等?(?:其余|其他)?的?(?:案件|事项|申请|情况|情形|类型)?(?:数|数量|件数)?(?:均|都|皆|亦)?为?")
#: what ends the phrase a negation governs: a line, a closing parenthesis or bracket
_APART = re.compile(r"[\n】]")


def _apart(ctext: str, a: int, b: int) -> bool:
    """Whether ctext[a:b] ends the phrase a negation at ``a`` governs: a line, a closing
    bracket, or a ) with no ( before it in the span (it closes what opened before the
    negation: (未列出的项目均为0)…); an aside in parentheses (未发生针对本局(含所属单位)…) does not."""
    if _APART.search(ctext, a, b):
        return True
    depth = 0
    for ch in ctext[a:b]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False
_COORD = re.compile(r"(?:案件|事项|度)?(?:(?:、|和|及|或|与|以及|或者|及其|,)(?:被)?(?:提起|申请)?)?"
                    r"(?:因[^,;。]{0,10}?(?:引发|引起|产生|提起)的?)?(?:行政)?")
#: the requests counted before, named again (上述申请, 以上5件申请, 该申请): opens a clause or sentence about them
ANAPHOR = re.compile(r"(?:上述|以上|前述|这些|该(?:项|件)?)(?:[\d一二两三四五六七八九十]+件)?(?:政府信息公开|依申请公开)?(?:的)?申请(?!人)(?:事项|件)?")
#: a clause saying every request got one answer: 全部予以公开, 均已依法予以公开, 均当场答复并予以公开 (the words between
#: the "every" and the answer hold no negation, 全部不同意公开, no other way, 答复或予以公开, no other office,
#: 转交…予以公开, and no answer published, 在网上予以公开答复结果)
_ANSWER, _IN_TIME = "予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|全部公开", r"[在于](?:法定|规定)的?(?:期限|时限)内"
ALL = re.compile(rf"(?:{ANAPHOR.pattern})?(?:[我本](?:局|委|厅|办|机关|单位|镇|乡|街道|院|校|公司|司|村|所|站)|"
                 r"[^\d,;。]{0,4}?(?:政府|局|委|办|厅|中心|学校|医院))?"
                 rf"(?:经审核|经审查(?=均|全部|都|一律)|经研究|经核实|依法|已?{_IN_TIME}|已按时|已)?"
                 rf"(?:(?:均已?|全部|都|一律)(?:{_IN_TIME})?[^,;\d不未无没非或转交移告网]{{0,8}}?|已)?(?:依法)?(?=(?:{_ANSWER})(?!答复结果))")
#: the same right after the count, in its clause (对5份申请全部同意公开, 3件申请所涉信息均已全部公开)
_ALL_AFTER = re.compile(rf"(?:的?申请)?(?:所涉(?:及的?)?(?:政府)?信息)?(?:均已?|全部|都|一律)(?:依法)?({_ANSWER})")
_ANSWER_TOPIC = {**REPLY_TOPIC, "全部公开": "granted"}


# --------------------------------------------------------------------------- heads
def heads(ctoks, ctext: str, ca: int, cb: int) -> list[tuple[int, int, str]]:
    """The topic cues of a negated clause that are heads, not modifiers: cues inside
    因…的 / 有关…的 are modifiers, except when the head after 的 is a bare 申请 (a
    reconsideration's 申请 is a reconsideration)."""
    mods = [(m.start(), m.end()) for m in _MODIFIER.finditer(ctext, ca, cb)]
    heads, inside = [], []
    for s, e, w, kv in ctoks:
        for f, v in kv:
            if f != "topic":
                continue
            (inside if any(ms <= s < me for ms, me in mods) else heads).append((s, e, v))
    if inside and all(v in ("applications_generic", "published", "on_request_items") for _, _, v in heads):
        review = [h for h in inside if h[2] in CASES]
        if review:
            return review
    return heads


def heading_topics(toks, ctext: str = "", a: int = 0, b: int = 0) -> list[str]:
    """The measure topics a heading (or a label clause) names as its head: 因…申请…的行政复议、
    行政诉讼情况 is about reconsiderations and lawsuits, not applications."""
    if ctext:
        hs = sorted(h for h in heads(toks, ctext, a, b) if h[2] in _HEADING_NONE)
        if not hs:
            return []
        # several coordinated heads (收费及减免 / 行政复议、行政诉讼 / 依申请公开…和不予公开…)
        return list(dict.fromkeys(_HEADING_NONE[h[2]] for h in hs))
    return list(dict.fromkeys(_HEADING_NONE[v] for _, _, _, kv in toks for f, v in kv
                              if f == "topic" and v in _HEADING_NONE))


def final_group(heads: list[tuple[int, int, str]], ctext: str) -> list[tuple[int, int, str]]:
    """The last topic of a clause and those coordinated with it (复议、诉讼 / 收费及减免):
    the head of a negated noun phrase."""
    if len(heads) > 1 and heads[-1][2] == "applications_generic" and (heads[-2][2] in (
            "carried_over", "carried_forward") or heads[-2][2] in RESULTS) and \
            _OF.fullmatch(ctext[heads[-2][1]:heads[-1][0]]):
        return [heads[-2]]  # 无上年结转的申请 / 不予公开的申请为零: none carried, none denied
    group = [heads[-1]]
    for h in reversed(heads[:-1]):
        gap = ctext[h[1]:group[0][0]]
        if _COORD.fullmatch(gap) and (gap or h[2] in CASES or h[2] == group[0][2] == "other"):  # (依申请公开费用: one noun; 投诉举报)
            group.insert(0, h)
        else:
            break
    return group


# --------------------------------------------------------------------------- clause nones
def _self_negating(cues, c: Compact, ca, cb, ctoks, si, kind, year=None) -> list[Statement]:
    """Cue words that are a topic and its negation at once (免费: a fee of none)."""
    out = []
    for s, e, w, kv in ctoks:
        if ("polarity", "none") not in kv:
            continue
        feats = dict(kv)
        clause = c.text[ca:cb]
        if feats.get("polarity") == "none" and "topic" in feats and (
                kind == "fees" or "申请" in clause and "信息" in clause or "信息处理费" in clause  # 免费为申请人提供政府信息
                or "依申请公开" in clause  # (依申请公开工作不收费)
                or feats["topic"] in ("carried_over", "carried_forward") and (kind == "applications" or "申请" in c.text[
                    max(0, ca - 30):cb] and not re.search("复议|诉讼", c.text[max(0, ca - 30):cb])) and not (
                    feats["topic"] == "carried_forward" and forward_of_another(c.text, s, year))):
            # (上年无结转申请, 年底无未办结申请; not of 行政复议申请, nor 上年度无未办结, 信访申请300件,年底无未办结)
            a, b = c.span(s, e)
            cs, ce = c.span(ca, cb)
            out.append(Statement(topic=feats["topic"], polarity="none", value=0.0, unit=unit_class(cues, "", feats["topic"]),
                                 unit_word="", approx=False, start=a, end=b, clause_start=cs, clause_end=ce, sentence=si,
                                 scope=frozenset({"disclosure_context"} if kind in ("fees", "applications") or any(
                                     x in c.text[ca:cb] for x in ("申请", "信息公开", "政府信息")) else ()),
                                 cues=(w,), section_kind=kind))
    return out


#: words that make a negation one of the others (未收取其他任何费用, 无其余…)
_OTHERS = re.compile(r"其[他它](?!组织)|其余|另外")


def clause_none(cues: Cues, c: Compact, ca: int, cb: int, ctoks, si: int, kind: str, *, negated: bool = False,
                subject: str = "", year: int | None = None) -> list[Statement]:
    """The "none" statements of the clause ctext[ca:cb] (no number in it): ``negated``
    when a clause before it in the sentence negates without naming a topic, ``subject``
    the topic of a clause before that names one."""
    ctext = c.text
    own = _self_negating(cues, c, ca, cb, ctoks, si, kind, year)
    if own:
        return own
    negs = [(s, e, w) for s, e, w, kv in ctoks if ("polarity", "none") in kv and not (w == "无" and ctext[e:e + 1] == "法")
            and not (w == "零" and ctext[s - 1:s] in _NUMERALS and ctext[e:e + 1] in _NUMERALS)]
    # (无法确定所需信息: unable to, not none; 无法提供 is a cue of its own; 一千零二十条: a number, not none)
    if not negs and not negated:
        return []
    hs = sorted(h for h in heads(ctoks, ctext, ca, cb) if h[2] != "published")
    if negs and year is not None:
        # 办结后无结转至2023年的申请 (in 2022): none carried forward
        for m in CARRY.finditer(ctext, ca, cb):
            y = carry_year(m, year)
            topic = "carried_forward" if m.group("v2") and y == year + 1 else (
                "carried_over" if m.group("v1") and y == year - 1 else None)
            if topic and any(n[0] < m.start() for n in negs) and not OTHER_MATTER.search(ctext, m.end(), cb):  # (信访积案)
                hs = sorted({h for h in hs if h[2] != "applications_generic"} | {(m.start(), m.end(), topic)})
    if not hs and negs and (bare := bare_carry_after_replies(ctext, ca, cb)):
        hs = [bare]  # (…予以公开3件,…全部按期办结,无结转: none carried forward)
    if not hs:
        return []
    group = final_group(hs, ctext)
    if negs:
        # the negation must govern the group: before it, or right after it (申请:无 / 申请为零)
        # (为0 says it of what stands before it: 未列出的项目数量均为0 is not 0 of 申请 after it)
        # nor across a line or a closing parenthesis: (未列出的项目均为0)\n【自然人】本年新收申请…)
        before = [n for n in negs if n[0] < group[0][0] and n[2] not in ("为0", "为〇") and not _apart(ctext, n[1], group[0][0])]
        # (not when the words between name what is negated: 申请信息经查不存在 is a reply, not no request)
        after = [n for n in negs if n[0] >= group[-1][1] and (n[0] - group[-1][1] <= 4 or _COUNT_WORDS.fullmatch(
            ctext, group[-1][1], n[0])) and "信息" not in ctext[group[-1][1]:n[0]]]
        neg = before[-1] if before else (after[0] if after else None)
        if neg is None:
            return []
        if neg in before and _OTHERS.search(ctext, neg[1], group[0][0]):
            return []  # 共计收费132元,未收取其他任何费用: none of the others, not none at all
    else:
        neg = None
    topics = [h[2] for h in group]
    specific = [t for t in topics if t not in ("applications_generic", "published", "other")]
    if not specific and "applications_generic" in topics:
        if request_context(ctext, ca, cb, ctoks, kind, subject):
            specific = ["applications"]
    if "other" in topics and not any(RANK[t] < RANK["other"] for t in specific):
        return []
    outcome = bool(token_feats(ctoks, "outcome"))
    out = []
    for topic in dict.fromkeys(specific):
        if topic == "proactive" or outcome and topic in CASES:
            continue  # "no case corrected us" says nothing about how many cases
        if neg is None and topic in RESULTS:
            continue  # 经检索本局未制作也未保存相关信息,已告知申请人无法提供: the reply given, not none of it
        lo = min(group[0][0], neg[0]) if neg else group[0][0]
        hi = max(group[-1][1], neg[1]) if neg else group[-1][1]
        a, b = c.span(lo, hi)
        cs, ce = c.span(ca, cb)
        disclosure = "disclosure" if any(w in ctext[ca:cb] for w in ABOUT_DISCLOSURE) else (
            "disclosure_context" if kind in ("review_litigation", "fees", "applications") else "")
        own = "own" if OWN.search(ctext, ca, lo) else ""  # 县政府本级未收取信息处理费: the agency's own none
        # (没有企业或其他组织提出申请: none of one kind of applicant, not none at all)
        kinds = {w for _, _, w, kv in ctoks if ("scope", "applicant") in kv}  # (公民、法人和其他组织: all of them)
        own = own or ("applicant" if kinds and not kinds & {"公民", "自然人"} else "")
        out.append(Statement(topic=topic, polarity="none", value=0.0, unit=unit_class(cues, "", topic),
                             unit_word="", approx=False, start=a, end=b, clause_start=cs, clause_end=ce,
                             sentence=si, scope=frozenset({disclosure, own} - {""}),
                             others=tuple(sorted(set(topics) - {topic})),
                             cues=tuple(w for _, _, w, _ in ctoks), section_kind=kind,
                             inherited="" if neg else "negation earlier in the sentence"))
    return out


#: words saying what a count leaves out (电话咨询未计入, 不含…): no "none" of it
_NOT_COUNTED_IN = re.compile(r"计入|纳入|计算|统计|不含|不包括|包含|含")


def paren_nones(cues: Cues, c: Compact, parens, ca: int, cb: int, ctoks, si: int, kind: str,
                year: int | None) -> list[Statement]:
    """The "none" statements inside the parentheses of a clause that counts (收到申请3件(上年无结转)):
    each parenthesis with no number of its own is read as a clause, unless it says what the
    count leaves out (52件(电话咨询未计入))."""
    return [st for ps, pe in parens if ca <= ps < cb and not c.has_numeral(ps, pe) and not _NOT_COUNTED_IN.search(
        c.text, ps, pe) for st in clause_none(cues, c, ps + 1, pe - 1, [t for t in ctoks if ps < t[0] and t[1] < pe], si,
                                              kind, year=year)]


# --------------------------------------------------------------------------- heading and label nones
def only_negation(ctext: str, a: int, b: int, toks) -> bool:
    """Whether a sentence says nothing but "none" (无。 / 本年度未发生此类情况)."""
    if not any(("polarity", "none") in kv for _, _, _, kv in toks):
        return False
    rest = _FILLER.sub("", ctext[a:b])
    # the longer words first (暂无 before 无: else 暂 is left), and 为零 / 为0 (本年度为零)
    for w in ("均未", "尚无", "暂无", "不存在", "没有", "为零", "为0", "为〇", "未", "无", "零"):
        rest = rest.replace(w, "")
    return rest == ""


def pending_none(c: Compact, a: int, b: int, si: int, kind: str, topics: list[str]) -> list[Statement]:
    """X:无 — a clause naming topics, then one that only says none."""
    s, e = c.span(a, b)
    return [Statement(topic=t, polarity="none", value=0.0, unit=UNIT_CLASS.get(t, "applications"), unit_word="",
                      approx=False, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                      scope=frozenset({"disclosure_context"}), inherited="label", section_kind=kind)
            for t in topics]


#: a clause saying none of the count before it concerns the agency (其中涉及我局的没有, 均不涉及我局)
_NONE_OF_OURS = re.compile(r"(?:其中?(?:涉及|针对|对|关于)?(?:我局|本局|我委|本委|我厅|本厅|我办|本办|本机关|我单位|本单位)的?"
                           r"(?:案件|申请)?(?:没有|无|为零|为0|0件)|均(?:不涉及|未涉及|与)(?:我局|本局|我委|本委|我厅|本厅|我办|"
                           r"本办|本机关|我单位|本单位)(?:无关)?)[。;]?$")


def none_of_ours(c: Compact, a: int, b: int, si: int, kind: str, count: Statement | None,
                 together: Sequence[Statement] = ()) -> list[Statement]:
    """The agency's own none of a count of its area given just before (全县…行政复议12件,
    其中涉及我局的没有): a "none" of that count's topic, of the agency's own scope; after 均
    (全区…行政复议5件、行政诉讼2件,均不涉及我局), of each count of the clause before (``together``)."""
    m = _NONE_OF_OURS.match(c.text, a, b)
    if m is None:
        return []
    counts = together if m.group().startswith("均") else [count]
    s, e = c.span(a, b)
    return [Statement(topic=x.topic, polarity="none", value=0.0, unit=x.unit, unit_word="", approx=False,
                      start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                      scope=frozenset({"own"} | (x.scope & {"disclosure", "disclosure_context"})),
                      inherited="none of the count before", section_kind=kind)
            for x in counts if x is not None and x.polarity == "count" and "area" in x.scope]


def heading_none(c: Compact, a: int, b: int, si: int, kind: str, toks, topics: list[str]) -> list[Statement]:
    """A heading about ``topics`` whose whole body (the sentence a:b) says none."""
    s, e = c.span(a, b)
    return [Statement(topic=t, polarity="none", value=0.0, unit=UNIT_CLASS.get(t, "applications"), unit_word="",
                      approx=False, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                      scope=frozenset({"disclosure_context"}), cues=tuple(w for _, _, w, _ in toks),
                      inherited="heading", section_kind=kind)
            for t in topics]


# --------------------------------------------------------------------------- all of, unrelated
def all_of(c: Compact, count: Statement, topic: str, ca: int, cb: int, si: int, kind: str) -> Statement:
    """The outcome every one of ``count``'s requests got (全部予以公开): the same number."""
    s, e = c.span(ca, cb)
    return Statement(topic=topic, polarity="count", value=count.value, unit="applications", unit_word=count.unit_word,
                     approx=count.approx, start=s, end=e, clause_start=s, clause_end=e, sentence=si,
                     scope=count.scope, parent="applications", inherited="all of the requests", section_kind=kind)


#: a count of some of the requests (网上申请2件, 其中…): what every one of them got is not the year's
_SOME_OF_THEM = frozenset({"breakdown", "channel_app", "channel_web", "channel_social", "applicant"})


#: the answer one request got, said without a number (收到申请1件,…学校经审查予以公开)
_ONE_ANSWER = re.compile(rf"(?:{_ANSWER}|不掌握)(?!答复结果)")  # (1件…,所申请信息本机关不掌握,已告知: its reply, by its reason)
#: what makes 不掌握 no final reply of the one request (part held, another reply, a withdrawal, a referral), and
#: an answer none: another answer counted after it (…予以公开,即部分公开1件; not 未出现部分公开的情况)
_NOT_THE_REPLY = re.compile(rf"部分|{_ANSWER}|撤回|转交|转送|移送|转办")
_ANOTHER_COUNTED = re.compile(rf"(?:{_ANSWER})[^,;。]{{0,4}}?[\d一两二三四五六七八九十]+件")
#: a clause that says all of them got one answer, in words (我局均在规定期限内…, 全部…), not one answer alone
_EACH_ALL = re.compile(r"[^,;。]{0,8}?(?:均|全部|都|一律)")


def _count_before(c: Compact, out: list[Statement]) -> Statement | None:
    """The count a clause saying how all were answered is about: the last statement that counts
    no items published nor says none was carried over (无上年结转, 上年结转0件), outside parentheses where one is
    (办理2件(含上年结转1件),均予以公开: the 2), or the first request count whose parts after it add up to it
    (受理申请三件,一件…,一件…,一件… / 五件,其中网上申请三件,当面申请两件)."""
    reqs = [st for st in out if st.polarity == "count" and st.topic == "applications"]
    if len(reqs) > 2 and sum(st.value for st in reqs[1:]) == reqs[0].value:
        return reqs[0]
    last = [st for st in reversed(out) if st.topic not in ("proactive", "published") and not (
        st.topic == "carried_over" and not st.value)]
    return next((st for st in last if not in_parens(c.text, c.index(st.start))), last[0] if last else None)


def all_answered(c: Compact, out: list[Statement], got: list[Statement], ca: int, cb: int, ctoks, si: int,
                 kind: str, *, rate: bool) -> list[Statement]:
    """The outcome every request of a count got, said without a number: in the clause after
    the count (受理申请6件,全部予以公开; 均当场答复并予以公开), with one answer named and no rate
    (同意公开率41%) or count of its own there, or right after the count in its clause
    (对5份申请全部同意公开). ``out``: the sentence's statements so far (the count is the last that
    counts no items published: 两件,一件要求公开…招标结果,均予以公开)."""
    ctext = c.text
    if not got:
        before = _count_before(c, out)
        each = _EACH_ALL.match(ctext, ca) is not None
        end = cb if ctext[cb - 1:cb] == "。" else ctext.find("。", cb) + 1 or len(ctext)  # (the sentence's end)
        one = before is not None and before.value == 1 and (m := _ONE_ANSWER.search(ctext, ca, cb)) is not None and not \
            (_NOT_THE_REPLY.search(ctext, ca, end) if m.group() == "不掌握" else _ANOTHER_COUNTED.search(ctext, m.end(), end))
        if before is None or before.polarity != "count" or before.topic != "applications" or rate or \
                c.has_numeral(ca, cb) or not (ALL.match(ctext, ca) or one) \
                or before.scope & _SOME_OF_THEM or \
                another_count(ctext[c.index(before.end):ca], before.value, each=each) or \
                "除" in ctext[c.index(before.clause_start):ca]:
            return []  # (…6件,1件转交…办理,已于…予以公开 / 除1件申请人撤回外,…予以公开: not every one)
        res = {v for _, _, _, kv in ctoks for f, v in kv if f == "topic" and v in RESULTS}
        return [all_of(c, before, res.pop(), ca, cb, si, kind)] if len(res) == 1 else []
    counts = [st for st in got if st.polarity == "count"]
    if not counts or counts[-1].topic != "applications" or any(st.topic in RESULTS for st in counts) or \
            counts[-1].scope & _SOME_OF_THEM:
        return []
    m = _ALL_AFTER.match(ctext, c.index(counts[-1].end))
    if m is None or m.end() > cb:
        return []
    return [all_of(c, counts[-1], _ANSWER_TOPIC[m.group(1)], c.index(counts[-1].start), m.end(), si, kind)]


def unrelated(c: Compact, si: int, kind: str, out: list[Statement], marks: list[int], parens) -> list[Statement]:
    """均与政府信息公开无关 / (均不涉及政府信息公开): the count just before the words is not
    about disclosure, and says that none was (0 of its topic)."""
    res = []
    for i, st in enumerate(out):
        res.append(st)
        if st.topic not in CASES or st.polarity != "count" or "disclosure" in st.scope:
            continue
        end = c.index(st.end - 1) + 1
        nxt = c.index(out[i + 1].start) if i + 1 < len(out) else len(c.text)
        if not any(end <= m < nxt for m in marks):
            continue
        st.scope = (st.scope - {"disclosure_context"}) | {"not_disclosure"}
        res.append(Statement(topic=st.topic, polarity="none", value=0.0, unit="cases", unit_word="", approx=False,
                             start=st.start, end=st.end, clause_start=st.clause_start, clause_end=st.clause_end,
                             sentence=si, scope=frozenset({"disclosure"}), inherited="unrelated", section_kind=kind))
    return res
