"""Figures stated in prose (narrative reports, and the prose of template reports).

Patterns run on a "compact" copy of the cleaned text with all whitespace removed (PDF
line wraps split words: "主动公开各类政\\n府信息 5500 余条"); every match is mapped back to
its span in the cleaned text.

Rules
-----
- ``proactive_items``: "主动公开…信息N条" (tier 1, first in text order wins), then
  "共发布/公布信息N条", "全年公开信息N条" (tier 2, the largest wins: the total across
  publishing bodies is larger than any one channel). The other candidates are kept with
  ``qualifier="candidate"``; category counts right after the total ("法规公文类24条") with
  ``qualifier="breakdown: <category>"``.
- ``applications_received``: "收到/受理…申请N件", "收到N份…申请"; statements of none
  ("未收到政府信息公开申请", "未发生依申请受理") give 0. Clauses about 复议, 诉讼, 咨询,
  投诉, 信访 are skipped.
- ``reconsiderations`` / ``lawsuits``: counts next to 复议 / 诉讼; a negated clause
  ("未发生…行政复议、行政诉讼案件", "没有…行政复议或行政诉讼", "无行政复议事项") gives 0;
  a single count for both together ("行政复议和行政诉讼案件共2件") is kept only as a
  qualified row (``qualifier="combined reconsiderations and lawsuits"``).
- ``fees_yuan``: "收取…费…N元" (万元 × 10000); "未收取信息处理费", "全部免费为申请人提供",
  "暂不收费" give 0.
- ``applications_granted`` / ``_partial`` / ``_denied``: "同意公开答复数N条",
  "无不予公开" and similar.
- ``consultations``: "咨询N人次/次/件".
Each match is one candidate; when one measure has several candidates with different
values, the rule above picks the headline (empty qualifier) and a ``checks`` row
(``narrative.<measure>.candidates``) lists the others.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from ..text.numerals import parse_number

__all__ = ["Candidate", "narrative_candidates", "compact"]

NUM = r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
APPROX = r"(?P<approx>余|多|左右)?"


@dataclass
class Candidate:
    measure: str
    value: float
    approx: bool
    start: int
    end: int
    tier: int
    qualifier: str = ""
    unit: str = ""


_NONSPACE = re.compile(r"\S+")


def compact(text: str) -> tuple[str, list[int]]:
    """Text without whitespace, and for each of its characters the index in ``text``."""
    idx: list[int] = []
    parts: list[str] = []
    for m in _NONSPACE.finditer(text):
        idx.extend(range(m.start(), m.end()))
        parts.append(m.group(0))
    return "".join(parts), idx


#: whether each code point up to U+3000 is whitespace (``\s``, str.isspace); none above
#: U+3000 is (tested), so larger code points are looked up at index 0x3001 (False)
_IS_SPACE = np.zeros(0x3002, dtype=bool)
_IS_SPACE[[c for c in range(0x3001) if chr(c).isspace()]] = True
_IS_SPACE.flags.writeable = False


class _Offsets:
    """``compact(text)[1]`` without the list: ``offsets[i]`` is the index in ``text`` of
    character ``i`` of the compact text (only the few matched positions are looked up)."""

    def __init__(self, text: str) -> None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        spaces = np.flatnonzero(_IS_SPACE[np.minimum(codes, 0x3001)])
        #: index in ``text`` of each whitespace character
        self.spaces: list[int] = spaces.tolist()
        #: the compact position that follows each removed whitespace character
        self.gaps: list[int] = (spaces - np.arange(len(spaces))).tolist()

    def __getitem__(self, i: int) -> int:
        return i + bisect_right(self.gaps, i)

    def compact_index(self, pos: int) -> int | None:
        """The compact position of ``text[pos]`` (None for whitespace)."""
        k = bisect_left(self.spaces, pos)
        return None if k < len(self.spaces) and self.spaces[k] == pos else pos - k


def _occurrences(text: str, literal: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every start of ``literal`` in ``text[lo:hi]`` (overlapping ones too)."""
    hi = len(text) if hi is None else hi
    out: list[int] = []
    i = text.find(literal, lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + 1, hi)
    return out


class _Literals:
    """Where literals occur in one text; each literal is searched for once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, list[int]] = {}

    def __call__(self, *literals: str, shift: int = 0) -> list[int]:
        """Starts of every occurrence of the ``literals``, each moved by ``shift``."""
        out: list[int] = []
        for lit in literals:
            if lit not in self._found:
                self._found[lit] = _occurrences(self.text, lit)
            out.extend([i + shift for i in self._found[lit]] if shift else self._found[lit])
        return out


def _finditer_at(pat: re.Pattern[str], text: str, starts: Iterable[int], pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pat.finditer(text, pos, endpos)`` when every match of ``pat`` starts at one of
    ``starts``: the pattern is only tried there.

    str.find locates a literal far faster than the regex engine scans for a pattern
    that begins with an alternation, so callers pass as ``starts`` the occurrences of
    the literals a match must begin with (or contain at a known offset). ``pat.match``
    at a position is what a scan finds there, look-behinds included; the patterns here
    never match the empty string, so the next match starts at or after this one's end.
    """
    endpos = len(text) if endpos is None else endpos
    end = pos
    for i in sorted(set(starts)):
        if end <= i < endpos:
            m = pat.match(text, i, endpos)
            if m:
                yield m
                end = m.end()


def _chars_before(text: str, chars: re.Pattern[str], anchors: list[int], reach: int) -> list[int]:
    """Positions of the characters matched by ``chars`` at most ``reach`` characters
    before (or at) one of the positions ``anchors``."""
    out: list[int] = []
    for f in anchors:
        out.extend(m.start() for m in chars.finditer(text, max(0, f - reach), f + 1))
    return out


_STOPS = re.compile(r"[。;\n!?]")
_STOPS_COMMA = re.compile(r"[。;\n!?,，]")


class _Clauses:
    """Clause boundaries in a compact text: stop characters are searched forward in the
    text and backward in a reversed copy of it."""

    def __init__(self, ctext: str) -> None:
        self.ctext = ctext
        self.reverse = ctext[::-1]
        self.n = len(ctext)

    def __call__(self, s: int, e: int, *, comma: bool = True) -> tuple[int, int]:
        """The clause around ``ctext[s:e]``: from after the last stop before ``s`` to the
        first stop at or after ``e`` (commas are stops unless ``comma=False``)."""
        stops = _STOPS_COMMA if comma else _STOPS
        before = stops.search(self.reverse, self.n - s)
        after = stops.search(self.ctext, e)
        return (self.n - before.start() if before else 0), (after.start() if after else self.n)


def _num(m: re.Match) -> tuple[float, bool] | None:
    following = m.group("approx") or "" if "approx" in m.re.groupindex else ""
    n = parse_number(m.group("num"), following=following)
    if n is None:
        return None
    return n.value, n.approx


_UNIT_ITEMS = r"(?:条|件|篇|项)"
_PROACTIVE_T1 = re.compile(
    r"主动公开(?:的)?(?:各类|各级单位|我区各级单位)?(?:政府|政务)?(?:信息|文件信息|文件)(?:总数)?(?:共计|累计|共|总计)?"
    + NUM + APPROX + _UNIT_ITEMS)
_PROACTIVE_T1B = re.compile(r"主动公开的" + NUM + APPROX + r"条政府信息")
_PROACTIVE_T1C = re.compile(r"目录》?新增信息" + NUM + APPROX + r"条")
_PROACTIVE_T2 = re.compile(r"(?:共|全年)(?:发布|公布|公开)(?:政府)?信息" + NUM + APPROX + r"条")
_BREAKDOWN = re.compile(r"(?P<cat>[\u4e00-\u9fff]{2,8})类(?:信息)?" + NUM + r"条")

_APP_EXCLUDE = re.compile(r"复议|诉讼|咨询|投诉|信访|留言|举报|建议|提案|热线")
_APP_COUNT = [
    re.compile(r"(?:收到|受理|办理)(?P<mid>[^。;,]{0,20}?申请[^。;,]{0,6}?)(?:共|数)?" + NUM + r"(?:件|条|份|个)"),
    re.compile(r"(?:收到|受理|办理)(?P<mid>[^。;,]{0,14}?依申请[^。;,]{0,10}?)" + NUM + r"(?:件|条|份|个)"),
    re.compile(r"(?:收到|受理)" + NUM + r"(?:件|份|个)(?P<mid>[^。;,]{0,16}?申请)"),
]
_APP_NONE = re.compile(r"未(?:收到|受理|发生|有)(?P<mid>[^。;,]{0,16}?)(?:申请|依申请受理|请求)")

_NEG = r"(?:(?<!尚)未(?!经)|没有|无|不存在)"
_REVIEW_COUNT = re.compile(r"复议(?:案件|申请|事项|案)?(?:共|为)?" + NUM + r"(?:件|起|宗|个|次|份)")
_REVIEW_COUNT_B = re.compile(r"(?:收到|受理|处理)" + NUM + r"(?:件|起|份)[^。;,]{0,20}?复议")
_REVIEW_COUNT_C = re.compile(r"复议[^。;,]{0,4}?" + NUM + r"(?:件|起|宗)")
_SUIT_COUNT = re.compile(r"诉讼(?:案件|案)?(?:共|为)?" + NUM + r"(?:件|起|宗|个|次)")
_COMBINED = re.compile(r"复议[和、及与或](?:提起)?(?:行政)?诉讼(?:案件|案)?(?:共|为)?" + NUM + r"(?:件|起|宗)")

_FEE_COUNT = re.compile(r"收取[^。;,]{0,16}?费(?:用)?(?:共计|共|合计)?" + NUM + r"(?P<unit>万元|元)")
_FEE_NONE = re.compile(
    r"(?:未|没有|无|均未|不)(?:[^。;,]{0,16}?)(?:收费|收取[^。;,]{0,20}?费|费用)|"
    r"免费(?:为|向)?申请人|暂不收费|全部免费")
_FEE_CONTEXT = re.compile(r"申请|信息公开|信息处理费|公开信息|依申请")

_OUTCOMES = [
    # "同意公开" not after 不 or 部分; the look-behind follows the literal so that the
    # scan can jump from one "同意公开" to the next
    ("applications_granted", re.compile(r"同意公开(?<![不部分]同意公开)(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
    ("applications_partial", re.compile(r"同意部分公开(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
    ("applications_denied", re.compile(r"(?:否决公开|不予公开|不同意公开)(?:答复)?(?:数)?" + NUM + r"(?:件|条)")),
]
_DENIED_NONE = re.compile(r"无不予公开|未发生不予公开|没有不予公开")
_CONSULT = re.compile(r"咨询(?:服务|事项)?(?:共|累计)?" + NUM + APPROX + r"(?:人次|次|件|个)")

# tests on a clause or a match (compiled once: they run thousands of times per corpus)
_SHARE_BEFORE = re.compile(r"数为$|占$|应$")
_CHANNEL = re.compile(r"微信|微博|公众号|头条|抖音|视频号")
_APP_TOPIC = re.compile(r"公开|依申请|申请事项")
_APP_NONE_TOPIC = re.compile(r"公开|依申请")
_COMPLAINT = re.compile(r"申诉|信访")
_DISCLOSURE = re.compile(r"信息公开|公开")
_REVIEW_OR_SUIT = re.compile(r"复议|诉讼")
_NEG_RE = re.compile(_NEG)
_DIGIT = re.compile(r"\d")
_NOT_CASE = re.compile(r"费用|支出|经费|申诉(?:案|事项)")
_SPENDING = re.compile(r"支出|经费|行政事业性")
_NOT_FEE_NONE = re.compile(r"支出|经费|行政事业性收费|复议|诉讼")

# a _FEE_NONE match starts with one of these characters and has a 费 at most
# 2 + 16 + 2 + 20 characters later ("均未", 16 others, "收取", 20 others, "费")
_FEE_NONE_FIRST = re.compile(r"[未没无均不免暂全]")
_FEE_NONE_REACH = 2 + 16 + 2 + 20
#: _NEG without its look-arounds (a cheap test before the regex)
_NEG_FIRST = re.compile(r"未|没有|无|不存在")
#: the first character of NUM
_NUM_FIRST = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")


def _app_count_starts(ctext: str, lit: _Literals, k: int) -> list[int]:
    """Where _APP_COUNT[k] can match: at 收到 / 受理 (/ 办理) with "申请" at most 20
    characters on (k = 0, 1: "办理…申请", "受理…依申请"), or followed by a number (k = 2)."""
    if k == 2:
        return [p for p in lit("收到", "受理") if _NUM_FIRST.match(ctext, p + 2)]
    return [p for p in lit("收到", "受理", "办理") if ctext.find("申请", p + 2, p + 24) >= 0]


def _review_count_b_starts(ctext: str, lit: _Literals) -> list[int]:
    """Where _REVIEW_COUNT_B can match: at 收到 / 受理 / 处理 followed by a number."""
    return [p for p in lit("收到", "受理", "处理") if _NUM_FIRST.match(ctext, p + 2)]


def _add(out: list[Candidate], measure: str, m: re.Match, idx: _Offsets, tier: int, *,
         value: float | None = None, approx: bool = False, qualifier: str = "", unit: str = "") -> None:
    if value is None:
        n = _num(m)
        if n is None:
            return
        value, approx = n
    s, e = m.start(), m.end()
    out.append(Candidate(measure, float(value), approx, idx[s], idx[e - 1] + 1, tier, qualifier, unit))


def narrative_candidates(text: str) -> list[Candidate]:
    """Every candidate figure stated in the prose of one cleaned text.

    Returns
    -------
    list of Candidate
        measure, value, approx, start/end (span in ``text``), tier (lower is preferred
        by the picking rule), qualifier, unit.
    """
    ctext = "".join(text.split())  # str.split() and \s agree on what whitespace is
    out: list[Candidate] = []
    if not ctext:
        return out
    idx = _Offsets(text)
    clause = _Clauses(ctext)
    # Patterns that begin with an alternation are only tried where one of its literals
    # occurs (see _finditer_at); those that begin with a literal scan fast as they are.
    lit = _Literals(ctext)
    # proactive disclosure
    proactive = ((1, _PROACTIVE_T1.finditer(ctext)), (1, _PROACTIVE_T1B.finditer(ctext)),
                 (1, _PROACTIVE_T1C.finditer(ctext)),
                 (2, _finditer_at(_PROACTIVE_T2, ctext, lit("共", "全年"))))
    for tier, matches in proactive:
        for m in matches:
            a, _ = clause(m.start(), m.end())
            if _SHARE_BEFORE.search(ctext[a:m.start()]) or "数为" in m.group(0):
                continue  # a share ("公开办主动公开信息数为62条") or a category ("其他应主动公开")
            if tier == 2 and _CHANNEL.search(ctext[clause(m.start(), m.end(), comma=False)[0]:m.end()]):
                continue  # a channel
            _add(out, "proactive_items", m, idx, tier, unit="items")
    # applications
    for k, pat in enumerate(_APP_COUNT):
        for m in _finditer_at(pat, ctext, _app_count_starts(ctext, lit, k)):
            a, b = clause(m.start(), m.end())
            if _APP_EXCLUDE.search(ctext[a:b]) or _APP_EXCLUDE.search(m.group("mid")):
                continue
            if not _APP_TOPIC.search(ctext[a:b]):
                continue
            _add(out, "applications_received", m, idx, 1, unit="applications")
    for m in _APP_NONE.finditer(ctext):
        a, b = clause(m.start(), m.end())
        if _APP_EXCLUDE.search(ctext[max(a, m.start() - 6):min(b, m.end() + 8)]) \
                or not _APP_NONE_TOPIC.search(m.group(0)):
            continue
        _add(out, "applications_received", m, idx, 1, value=0.0, qualifier="", unit="applications")
    # reconsiderations and lawsuits
    combined_spans: list[tuple[int, int]] = []
    for m in _COMBINED.finditer(ctext):
        combined_spans.append((m.start(), m.end()))
        for meas in ("reconsiderations", "lawsuits"):
            _add(out, meas, m, idx, 9, qualifier="combined reconsiderations and lawsuits", unit="cases")
    counts = (("reconsiderations", _REVIEW_COUNT.finditer(ctext)),
              ("reconsiderations", _finditer_at(_REVIEW_COUNT_B, ctext, _review_count_b_starts(ctext, lit))),
              ("reconsiderations", _REVIEW_COUNT_C.finditer(ctext)),
              ("lawsuits", _SUIT_COUNT.finditer(ctext)))
    for meas, matches in counts:
        for m in matches:
            if any(s <= m.start() < e for s, e in combined_spans):
                continue
            a, b = clause(m.start(), m.end())
            if _COMPLAINT.search(ctext[m.start():m.end()]):
                continue
            tier = 1 if _DISCLOSURE.search(ctext[a:b]) else 3
            _add(out, meas, m, idx, tier, unit="cases")
    # every occurrence of 复议 / 诉讼 is a match of _REVIEW_OR_SUIT (they cannot overlap)
    for ms in sorted(lit("复议", "诉讼")):
        if not _NEG_FIRST.search(ctext, max(0, ms - 28), ms):
            continue  # no negation in reach (the clause start only narrows this window)
        me = ms + 2
        a2, b2 = clause(ms, me, comma=False)
        pre = ctext[max(a2, ms - 28):ms]
        neg = list(_NEG_RE.finditer(pre))
        if not neg or _DIGIT.search(pre[neg[-1].end():]):
            continue
        around = ctext[max(a2, ms - 20):min(b2, me + 12)]
        if _NOT_CASE.search(around):
            continue
        meas = "reconsiderations" if ctext[ms:me] == "复议" else "lawsuits"
        tier = 2 if _DISCLOSURE.search(ctext[a2:b2]) else 4
        ns = ms - len(pre) + neg[-1].start()
        out.append(Candidate(meas, 0.0, False, idx[ns], idx[me - 1] + 1, tier, "", "cases"))
    # fees
    for m in _FEE_COUNT.finditer(ctext):
        a, b = clause(m.start(), m.end())
        if _SPENDING.search(ctext[a:b]):
            continue
        n = _num(m)
        if n is None:
            continue
        v = n[0] * (10000 if m.group("unit") == "万元" else 1)
        _add(out, "fees_yuan", m, idx, 1, value=v, approx=n[1], unit="yuan")
    for m in _finditer_at(_FEE_NONE, ctext, _chars_before(ctext, _FEE_NONE_FIRST, lit("费"), _FEE_NONE_REACH)):
        a, b = clause(m.start(), m.end())
        cl = ctext[a:b]
        if not _FEE_CONTEXT.search(cl) or _NOT_FEE_NONE.search(cl):
            continue
        if _DIGIT.search(m.group(0)):
            continue
        _add(out, "fees_yuan", m, idx, 2, value=0.0, unit="yuan")
    # outcomes
    for meas, pat in _OUTCOMES:
        matches = _finditer_at(pat, ctext, lit("否决公开", "不予公开", "不同意公开")) \
            if meas == "applications_denied" else pat.finditer(ctext)
        for m in matches:
            _add(out, meas, m, idx, 1, unit="applications")
    # "无不予公开", "没有不予公开", "未发生不予公开"
    none_starts = lit("不予公开", shift=-1) + lit("不予公开", shift=-2) + lit("不予公开", shift=-3)
    for m in _finditer_at(_DENIED_NONE, ctext, none_starts):
        _add(out, "applications_denied", m, idx, 2, value=0.0, unit="applications")
    for m in _CONSULT.finditer(ctext):
        _add(out, "consultations", m, idx, 1, unit="consultations")
    # category breakdowns after a proactive total
    totals = [c for c in out if c.measure == "proactive_items"]
    if totals:
        first = min(totals, key=lambda c: c.start)
        cs = idx.compact_index(first.start) or 0
        hi = min(len(ctext), cs + 400)
        # a match has its "类" 2 to 8 characters after its start
        starts = (i for f in _occurrences(ctext, "类", cs, hi) for i in range(f - 8, f - 1))
        for m in _finditer_at(_BREAKDOWN, ctext, starts, cs, hi):
            _add(out, "proactive_items", m, idx, 8, qualifier=f"breakdown: {m.group('cat')}类", unit="items")
    return out
