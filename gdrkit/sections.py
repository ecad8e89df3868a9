"""Segmenting a report into outline sections (一、 （一） 1. 一是) with canonical kinds.

Works on one-line scraped reports too: a heading marker is recognised after a sentence
end, a line break or a space, and numbering must run in order (二 after 一) so that
enumerations inside sentences are not taken for headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter

import numpy as np
import pandas as pd

from .schema import SECTION_COLUMNS, SECTION_REPORT_COLUMNS
from .text.numerals import parse_number

__all__ = ["Heading", "SECTION_KINDS", "find_headings", "heading_kind", "segment_text", "segment_reports"]

SECTION_KINDS = ("overview", "organisation", "proactive", "applications", "fees",
                 "review_litigation", "problems", "improvements", "plans", "statistics", "other")

_CN = "一二三四五六七八九十"
_AFTER = r"[\n。；;:：!！?？\s”\"」]"  # what may precede a heading marker
_AFTER_4 = r"[\n。；;:：，,\s]"  # what may precede 一是
_BEFORE = rf"(?:(?<=^)|(?<={_AFTER}))"
_MARKERS = [
    # depth, regex for the marker (group "n" is the ordinal), and the name of the
    # places it can start (see _near_starts and _scan)
    (1, re.compile(_BEFORE + rf"(?:#+\s*)?(?:第(?P<n0>[{_CN}]+)部分[、:：.\s]?|(?P<n>[{_CN}]{{1,3}})\s*[、.．]\s*)"), "d1"),
    (2, re.compile(_BEFORE + rf"\(\s*(?P<n>[{_CN}]{{1,3}})\s*\)\s*"), "d2"),
    (3, re.compile(_BEFORE + r"(?P<n>\d{1,2})\s*(?:[、．]|\.(?!\d))\s*(?=[\u4e00-\u9fff“\"《(])"), "d3"),
    (4, re.compile(rf"(?:(?<=^)|(?<={_AFTER_4}))(?P<n>[{_CN}]{{1,2}})是\s*(?=[\u4e00-\u9fff“\"《])"), "d4"),
]


def _scan(pat: re.Pattern[str], text: str, starts: Iterable[int], back: int = 0) -> list[re.Match[str]]:
    """``pat.finditer(text)``, with ``pat`` tried only at 0 and at most ``back``
    characters before each position in ``starts`` (increasing, all past 0); every match
    of ``pat`` past 0 must start there, and no match is empty. A regex that opens with a
    lookbehind (or a common character) is tried at every character; the starts come
    from a quick search."""
    match = pat.match
    out: list[re.Match[str]] = []
    pos = 0  # positions before pos are tried already or inside a match
    if not back:  # one try per start
        for hi in chain((0,), starts):
            if hi >= pos:
                m = match(text, hi)
                if m:
                    pos = m.end()
                    out.append(m)
        return out
    for hi in chain((0,), starts):
        pos = max(pos, hi - back)
        while pos <= hi:
            m = match(text, pos)
            if m:
                pos = m.end()
                out.append(m)
            else:
                pos += 1
    return out


_KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (k, re.compile(p)) for k, p in (
        ("problems", r"存在的?(?:主要)?问题|问题(?:与|和|及)(?:不足|改进)|不足(?:之处)?(?:和|与|及)?|主要问题|困难和问题|薄弱环节"),
        ("improvements", r"改进(?:措施|情况|方向|意见)|整改"),
        ("plans", r"下一步|下步|今后|工作(?:计划|打算|安排|思路|重点|要点)|(?:20\d\d|明)年(?:度)?(?:工作)?(?:计划|打算|安排)|努力方向|展望"),
        ("review_litigation", r"复议|诉讼|申诉"),
        ("fees", r"收费|费用|减免|支出|处理费"),
        ("applications", r"依申请|收到和处理|申请(?:公开)?(?:情况|办理|答复)?"),
        ("statistics", r"统计表|情况表|附表"),
        ("other", r"其他需要报告|其他事项|需要说明"),
        ("proactive", r"主动公开|公开(?:政府信息|的?内容|形式|渠道|平台|载体|目录)|政策解读|回应|公开情况|信息发布|平台建设|政府信息管理|公开工作开展"),
        ("organisation", r"组织|领导|机构|制度|机制|队伍|人员|责任|考核|培训|规范化建设|保障"),
        ("overview", r"总体情况|概述|概况|基本情况|总体|工作情况|情况综述"),
    )
)


@dataclass(frozen=True)
class Heading:
    start: int  # position of the marker in the text
    body_start: int  # position after the marker
    depth: int
    number: str
    ordinal: int
    title: str


_SMALL = {ch: i for i, ch in enumerate("一二三四五六七八九十", start=1)}


@lru_cache(maxsize=1024)  # few distinct ordinals: 1–99, 一–九十九, 第…部分
def _ordinal(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _SMALL.get(s, 0)
    n = parse_number(s)  # 十一, 二十三: rare, so the slower general parser is fine
    return int(n.value) if n else 0


_KNOWN_TITLES = re.compile(
    r"^(总体情况|概述|基本情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|"
    r"政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项|"
    r"[^\s。，,；;：:]{2,16}?情况)")


_TITLE = re.compile(r"[^\n。；;：:！!？?]{1,40}")
_TITLE_WORDS = re.compile(r"([^\s]{2,40}?) ")
_TITLE_CLAUSE = re.compile(r"[^\n。；;：:，,！!？?]{1,30}")
_TITLE_SHORT = re.compile(r"[^\n。；;：:！!？?，,]{1,30}")
_TITLE_NUMBERS = re.compile(r"\d{4}年|\d{3,}")
_TITLE_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:19|20)\d\d年)")
_TITLE_START = re.compile(r"[\u4e00-\u9fff“\"《]")


def _heading_title(text: str, pos: int, depth: int) -> str:
    return _window_title(text[pos:pos + 60], depth)


@lru_cache(maxsize=8192)  # reports repeat the template's headings
def _window_title(window: str, depth: int) -> str:
    full = _CANON_FULL.match(window)
    if full and depth == 1:
        return full.group(0)
    m = _TITLE.match(window)
    title = m.group(0) if m else ""
    m = _TITLE_WORDS.match(title)
    if m and depth <= 2:
        title = m.group(1)
    if depth == 4:
        m = _TITLE_CLAUSE.match(window)
        return (m.group(0) if m else "").strip()
    if len(title) >= 38 or _TITLE_NUMBERS.search(title):
        k = _KNOWN_TITLES.match(window)
        if k:
            return k.group(1)
        m = _TITLE_SHORT.match(window)
        title = m.group(0) if m else title
        title = _TITLE_YEAR.split(title)[0]
    return title.strip()


_CANON = re.compile(
    r"\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|(?:政府信息公开)?行政复议[、和及]?行政诉讼情况|"
    r"因政府信息公开(?:工作)?被申请行政复议|存在的主要问题|其他需要报告的事项)")
_CANON_FULL = re.compile(
    r"总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|"
    r"(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议[、和及]?(?:提起)?行政诉讼(?:的)?(?:情况)?|"
    r"(?:政府信息公开工作)?存在的主要问题(?:及|和)改进(?:情况|措施)|存在的主要问题|其他需要报告的事项")
_CANON_AFTER_ANY = re.compile(rf"(?P<n>[{_CN}]{{1,2}})[、.．](?={_CANON.pattern[3:]})")
_ANNEX = re.compile(r"(?:^|(?<=[\s。]))([^\s。,;:]{0,30}(?:统计表|情况表|附表))(?=\s|$|\n)", re.M)
# the 表 of 统计表/情况表/附表 (a regex that opens with a literal is quick to search)
_ANNEX_END = re.compile(r"表(?:(?<=统计表)|(?<=情况表)|(?<=附表))")
_TABLE_ROW = re.compile(r"\s*(?:本年新收|上年结转|本年度办理结果|结转下年度|第二十条|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)")

# Where the markers can start, past 0, all found in one pass: each pass over a text costs,
# and a regex that opens with a class that most characters fail is quick to search.
# Each alternative checks the character found again, in a lookbehind, and names the
# marker in its group (the last group of a match). Where 一 may start both 一、 and 一是,
# the group d1_d4 follows d1. The 1 of 1、 is found from the 、 (there are far fewer of
# those than digits): d3_1 is right before it, d3_2 two before (12、), and d3_spaced
# means there are spaces between (1 、), rare enough to be looked at in Python.
_NEAR = re.compile(
    rf"[#第{_CN}、.．](?:"
    rf"(?P<d1>(?<={_AFTER}[#第{_CN}]))(?P<d1_d4>(?<={_AFTER_4}[{_CN}])(?=[{_CN}]?是))?"
    rf"|(?P<d4>(?<={_AFTER_4}[{_CN}])(?=[{_CN}]?是))"
    # 1–2 characters after its start: the 、 before a title (总体情况, 主动公开…, 收到和处理…, …)
    rf"|(?P<canon>(?<=[{_CN}][、.．])(?=\s*[总主收政行因存其]))"
    rf"|(?P<d3_1>(?<={_AFTER}\d[、．.]))|(?P<d3_2>(?<={_AFTER}\d\d[、．.]))|(?P<d3_spaced>(?<=\s[、．.])))")
_NEAR_GROUPS = {name: frozenset(_NEAR.groupindex[g] for g in groups) for name, groups in
                (("d1", ("d1", "d1_d4")), ("d4", ("d4", "d1_d4")), ("canon", ("canon",)))}
_NEAR_D3_BACK = {_NEAR.groupindex["d3_1"]: 1, _NEAR.groupindex["d3_2"]: 2}
_NEAR_D3_SPACED = _NEAR.groupindex["d3_spaced"]
# where a depth-3 marker can start (the definition that _NEAR follows)
_NEAR_D3 = re.compile(rf"\d(?<={_AFTER}\d)(?=\d?\s*[、．.])")
_NEAR_PAREN = re.compile(rf"\((?<={_AFTER}\()")


def find_headings(text: str) -> list[Heading]:
    """Outline headings of a report, in text order, with depth 1–4.

    Numbering is checked per depth: a depth-1 marker must continue the 一、二、三 sequence,
    a deeper marker must be 1 or continue its sequence under the current parent.
    """
    return [Heading(*h) for h in _headings(text)]


def _near_starts(text: str) -> dict[str, list[int]]:
    """Where each marker of _MARKERS (and _CANON_AFTER_ANY) can start, past 0."""
    hits = [(m.start(), m.lastindex) for m in _NEAR.finditer(text, 1)]
    near = {name: [p for p, g in hits if g in groups] for name, groups in _NEAR_GROUPS.items()}
    d3 = [p - _NEAR_D3_BACK[g] for p, g in hits if g in _NEAR_D3_BACK]
    spaced = [p for p, g in hits if g == _NEAR_D3_SPACED]
    if spaced:
        d3 = sorted({*d3, *(p for q in spaced for p in _spaced_d3(text, q))})  # 1. 、 gives 1 twice
    near["d3"] = d3
    near["d2"] = [m.start() for m in _NEAR_PAREN.finditer(text, 1)]
    return near


def _spaced_d3(text: str, q: int) -> list[int]:
    """Starts of depth-3 markers whose 、 (at ``q``) may follow spaces (1 、)."""
    j = q
    while j > 0 and text[j - 1].isspace():  # str.isspace() is what \s matches
        j -= 1
    return [p for p in (j - 2, j - 1) if p >= 1 and _NEAR_D3.match(text, p)]


def _candidates(text: str) -> list[tuple[int, int, int, str]]:
    """Every heading marker: (start, body start, depth, ordinal text); ``""`` for an annex."""
    near = _near_starts(text)
    cands: list[tuple[int, int, int, str]] = []
    # the national template's own headings are recognised even when a flattened table
    # runs into them ("行政事业性收费0三、收到和处理…")
    for m in _scan(_CANON_AFTER_ANY, text, near["canon"], 2):
        cands.append((m.start(), m.end("n") + 1, 1, m.group("n")))
    annex_ends = [m.start() for m in _ANNEX_END.finditer(text, 1)]
    for m in _scan(_ANNEX, text, annex_ends, 32):  # starts at most 30 before 统计表
        cands.append((m.start(1), m.start(1), 1, ""))
    for depth, pat, name in _MARKERS:
        for m in _scan(pat, text, near[name]):
            n = m.group("n") or (m.group("n0") if depth == 1 else None)
            if n is not None:
                cands.append((m.start(), m.end(), depth, n))
    cands.sort(key=itemgetter(0, 2))
    return cands


def _headings(text: str) -> list[tuple[int, int, int, str, int, str]]:
    """:func:`find_headings` as tuples of the fields of :class:`Heading`."""
    out: list[tuple[int, int, int, str, int, str]] = []
    last = [0, 0, 0, 0, 0]  # last ordinal per depth 1–4
    last_pos = -1
    for start, end, depth, n in _candidates(text):
        if start < last_pos:
            continue
        if n == "":  # a statistics annex (…统计表) closes the outline
            title = _ANNEX.match(text, start - 1 if start else 0) or _ANNEX.search(text, start)
            out.append((start, start, 1, "", 0, title.group(1) if title else "统计表"))
            last = [0, 99, 0, 0, 0]
            last_pos = start + 1
            continue
        o = _ordinal(n)
        if o <= 0:
            continue
        if not (o == last[depth] + 1 or (o == 1 and depth > 1)
                or depth == 1 and o > last[1] and _CANON.match(text, end)):
            continue  # out of sequence
        if depth <= 2 and _TABLE_ROW.match(text, end):
            continue  # rows of template table 3 (一、本年新收…), not headings
        title = _heading_title(text, end, depth)
        if not title or (depth <= 2 and not _TITLE_START.match(title)):
            continue
        out.append((start, end, depth, n, o, title))
        last[depth] = o
        last[depth + 1:] = [0] * (4 - depth)
        last_pos = end
    return out


@lru_cache(maxsize=4096)
def heading_kind(title: str) -> str:
    """Canonical kind of a heading (``problems``, ``proactive``, ...); ``other`` if none fits.
    Spaces a PDF put between the characters are not read (主 动 公 开 is 主动公开)."""
    if " " in title:
        title = title.replace(" ", "")
    for kind, pat in _KIND_RULES:
        if pat.search(title):
            return kind
    return "other"


def segment_text(text: str) -> list[dict]:
    """Sections of one cleaned text: a preamble (depth 0) and one row per heading.

    A section runs from its heading to the next heading of the same or a shallower
    depth, so sections nest (a depth-1 section contains its sub-sections). A heading
    without a recognisable kind inherits its parent's kind.
    """
    return [dict(zip(_ROW_FIELDS, row)) for row in _section_rows(text)]


_ROW_FIELDS = tuple(SECTION_COLUMNS[2:])  # order, depth, number, heading, kind, start, end, text
_Row = tuple[int, int, str, str, str, int, int, str]


def _section_rows(text: str) -> list[_Row]:
    """:func:`segment_text` as tuples of the fields ``_ROW_FIELDS``."""
    heads = _headings(text)
    rows: list[_Row] = []
    first = heads[0][0] if heads else len(text)
    if first:  # a preamble unless the first heading opens the text
        rows.append((0, 0, "", "", "overview", 0, first, text[:first]))
    # a section ends where the next heading of the same or a shallower depth starts
    ends = [len(text)] * len(heads)
    open_: list[int] = []  # headings not yet ended, depths increasing
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]][2] >= h[2]:
            ends[open_.pop()] = h[0]
        open_.append(i)
    parents: list[str | None] = ["overview", None, None, None, None]  # kind per open depth
    for i, (start, _body, depth, number, _o, title) in enumerate(heads):
        end = ends[i]
        kind = heading_kind(title)
        d = depth - 1
        while parents[d] is None:
            d -= 1
        parent_kind: str = parents[d]  # type: ignore[assignment]
        if kind == "other" and depth > 1 and "其他需要报告" not in title:
            kind = parent_kind
        if parent_kind == "problems" and kind in ("organisation", "proactive", "applications", "overview"):
            kind = "problems"
        if parent_kind == "statistics":
            kind = "statistics"
        if parent_kind in ("improvements", "plans") and kind not in ("problems",):
            kind = parent_kind
        parents[depth] = kind
        parents[depth + 1:] = [None] * (4 - depth)
        rows.append((i + 1, depth, number, title, kind, start, end, text[start:end]))
    return rows


def segment_reports(reports: pd.DataFrame) -> pd.DataFrame:
    """The ``sections`` table of a ``reports`` table.

    Returns
    -------
    DataFrame
        report_id, section_id (``<report_id>-s<order>``), order, depth, number, heading,
        kind (one of :data:`SECTION_KINDS`), start, end (span in ``reports.text``), text,
        plus the parent report's year, agency, level and style.
    """
    rows: list[_Row] = []
    report_ids: list[str] = []
    section_ids: list[str] = []
    counts: list[int] = []  # sections per report
    for rid, text in zip(reports["report_id"].tolist(), reports["text"].tolist()):
        got = _section_rows(text or "")
        rows += got
        counts.append(len(got))
        report_ids += [rid] * len(got)
        section_ids += [f"{rid}-s{r[0]:03d}" for r in got]
    if not rows:  # keeps the dtypes of an empty table
        return pd.DataFrame(rows, columns=SECTION_COLUMNS)
    data = _section_columns(report_ids, section_ids, rows)
    keep = [c for c in SECTION_REPORT_COLUMNS if c in reports.columns]
    # each section's report columns by position: what the merge below gives, without its
    # hashing and copies, when each report_id is one report's and both key columns have
    # one dtype (which the merge's key column would not keep)
    by_position = bool(keep) and reports["report_id"].is_unique and \
        reports["report_id"].dtype == getattr(data["report_id"], "dtype", None)
    if by_position:
        at = np.repeat(np.arange(len(reports)), counts)
        for c in keep:
            data[c] = reports[c].array.take(at)
    df = pd.DataFrame(data)  # one frame built at once: a column added afterwards costs more
    if keep and not by_position:
        df = df.merge(reports[["report_id", *keep]], on="report_id", how="left")
    return df


def _section_columns(report_ids: list, section_ids: list[str], rows: list[_Row]) -> dict[str, object]:
    """The columns of :data:`SECTION_COLUMNS` for a DataFrame, with the dtypes that
    inferring them gives (``int64``, ``str``), without the inferring. A report_id that is
    not a string (a number, a missing value) is left to pandas (a list)."""
    fields = list(zip(*rows))
    data: dict[str, object] = {}
    for c, vals in zip(SECTION_COLUMNS, [report_ids, section_ids, *fields]):
        if c in ("order", "depth", "start", "end"):
            data[c] = np.array(vals, dtype=np.int64)
        elif c == "report_id" and not all(type(v) is str for v in vals):
            data[c] = list(vals)
        else:
            data[c] = pd.array(list(vals), dtype="str")
    return data
