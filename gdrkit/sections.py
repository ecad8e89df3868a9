"""Segmenting a report into outline sections (一、 （一） 1. 一是) with canonical kinds.

Works on one-line scraped reports too: a heading marker is recognised after a sentence
end, a line break or a space, and numbering must run in order (二 after 一) so that
enumerations inside sentences are not taken for headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import pandas as pd

from .numerals import parse_number

__all__ = ["Heading", "SECTION_KINDS", "find_headings", "heading_kind", "segment_text", "segment_reports"]

SECTION_KINDS = ("overview", "organisation", "proactive", "applications", "fees",
                 "review_litigation", "problems", "improvements", "plans", "statistics", "other")

_CN = "一二三四五六七八九十"
_AFTER = r"[\n。；;:：!！?？\s”\"」]"  # what may precede a heading marker
_AFTER_4 = r"[\n。；;:：，,\s]"  # what may precede 一是
_BEFORE = rf"(?:(?<=^)|(?<={_AFTER}))"
_MARKERS = [
    # depth, regex for the marker (group "n" is the ordinal), and a quick regex that
    # matches one character at every place the marker can start (see _scan)
    (1, re.compile(_BEFORE + rf"(?:#+\s*)?(?:第(?P<n0>[{_CN}]+)部分[、:：.\s]?|(?P<n>[{_CN}]{{1,3}})\s*[、.．]\s*)"),
     re.compile(rf"[#第{_CN}](?<={_AFTER}[#第{_CN}])")),
    (2, re.compile(_BEFORE + rf"\(\s*(?P<n>[{_CN}]{{1,3}})\s*\)\s*"),
     re.compile(rf"\((?<={_AFTER}\()")),
    (3, re.compile(_BEFORE + r"(?P<n>\d{1,2})\s*(?:[、．]|\.(?!\d))\s*(?=[\u4e00-\u9fff“\"《(])"),
     re.compile(rf"\d(?<={_AFTER}\d)(?=\d?\s*[、．.])")),
    (4, re.compile(rf"(?:(?<=^)|(?<={_AFTER_4}))(?P<n>[{_CN}]{{1,2}})是\s*(?=[\u4e00-\u9fff“\"《])"),
     re.compile(rf"[{_CN}](?<={_AFTER_4}[{_CN}])(?=[{_CN}]?是)")),
]


def _scan(pat: re.Pattern[str], text: str, near: re.Pattern[str], back: int = 0) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, with ``pat`` tried only at 0 and at most ``back``
    characters before each match of ``near``; every match of ``pat`` past 0 must start
    there. A regex that opens with a lookbehind (or a common character) is tried at
    every character; ``near`` opens with a rarer one, which the engine skips to quickly."""
    pos = 0  # positions before pos are tried already or inside a match
    for hi in chain((0,), (c.start() for c in near.finditer(text, 1))):
        pos = max(pos, hi - back)
        while pos <= hi:
            m = pat.match(text, pos)
            if m:
                pos = m.end()
                yield m
            else:
                pos += 1


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
_TITLE_WORDS = re.compile(r"([^\s]{4,40}?) ")
_TITLE_CLAUSE = re.compile(r"[^\n。；;：:，,！!？?]{1,30}")
_TITLE_SHORT = re.compile(r"[^\n。；;：:！!？?，,]{1,30}")
_TITLE_NUMBERS = re.compile(r"\d{4}年|\d{3,}")
_TITLE_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:19|20)\d\d年)")
_TITLE_START = re.compile(r"[\u4e00-\u9fff“\"《]")


def _heading_title(text: str, pos: int, depth: int) -> str:
    window = text[pos:pos + 60]
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
# 1–2 characters after its start: the 、 before a title (总体情况, 主动公开…, 收到和处理…, …)
_CANON_AFTER_ANY_NEAR = re.compile(rf"[、.．](?<=[{_CN}][、.．])(?=\s*[总主收政行因存其])")
_ANNEX = re.compile(r"(?:^|(?<=[\s。]))([^\s。,;:]{0,30}(?:统计表|情况表|附表))(?=\s|$|\n)", re.M)
# the 表 of 统计表/情况表/附表 (a regex that opens with a literal is quick to search)
_ANNEX_END = re.compile(r"表(?:(?<=统计表)|(?<=情况表)|(?<=附表))")
_TABLE_ROW = re.compile(r"\s*(?:本年新收|上年结转|本年度办理结果|结转下年度|第二十条|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)")


def find_headings(text: str) -> list[Heading]:
    """Outline headings of a report, in text order, with depth 1–4.

    Numbering is checked per depth: a depth-1 marker must continue the 一、二、三 sequence,
    a deeper marker must be 1 or continue its sequence under the current parent.
    """
    cands: list[tuple[int, int, int, str]] = []
    # the national template's own headings are recognised even when a flattened table
    # runs into them ("行政事业性收费0三、收到和处理…")
    for m in _scan(_CANON_AFTER_ANY, text, _CANON_AFTER_ANY_NEAR, 2):
        cands.append((m.start(), m.end("n") + 1, 1, m.group("n")))
    for m in _scan(_ANNEX, text, _ANNEX_END, 32):  # starts at most 30 before 统计表
        cands.append((m.start(1), m.start(1), 1, ""))
    for depth, pat, starts in _MARKERS:
        for m in _scan(pat, text, starts):
            n = m.group("n") if m.group("n") else m.groupdict().get("n0")
            if n is None:
                continue
            cands.append((m.start(), m.end(), depth, n))
    cands.sort(key=lambda c: (c[0], c[2]))
    out: list[Heading] = []
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    last_pos = -1
    for start, end, depth, n in cands:
        if start < last_pos:
            continue
        if n == "":  # a statistics annex (…统计表) closes the outline
            title = _ANNEX.match(text, start - 1 if start else 0) or _ANNEX.search(text, start)
            out.append(Heading(start, start, 1, "", 0, title.group(1) if title else "统计表"))
            last = {1: 99, 2: 0, 3: 0, 4: 0}
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
        out.append(Heading(start, end, depth, n, o, title))
        last[depth] = o
        for d in range(depth + 1, 5):
            last[d] = 0
        last_pos = end
    return out


@lru_cache(maxsize=4096)
def heading_kind(title: str) -> str:
    """Canonical kind of a heading (``problems``, ``proactive``, ...); ``other`` if none fits."""
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
    heads = find_headings(text)
    rows: list[dict] = []
    first = heads[0].start if heads else len(text)
    rows.append(dict(order=0, depth=0, number="", heading="", kind="overview", start=0, end=first))
    # a section ends where the next heading of the same or a shallower depth starts
    ends = [len(text)] * len(heads)
    open_: list[int] = []  # headings not yet ended, depths increasing
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]].depth >= h.depth:
            ends[open_.pop()] = h.start
        open_.append(i)
    parents: dict[int, str] = {0: "overview"}
    for i, h in enumerate(heads):
        end = ends[i]
        kind = heading_kind(h.title)
        parent_kind = next((parents[d] for d in range(h.depth - 1, -1, -1) if d in parents), "overview")
        if kind == "other" and h.depth > 1 and "其他需要报告" not in h.title:
            kind = parent_kind
        if parent_kind == "problems" and kind in ("organisation", "proactive", "applications", "overview"):
            kind = "problems"
        if parent_kind == "statistics":
            kind = "statistics"
        if parent_kind in ("improvements", "plans") and kind not in ("problems",):
            kind = parent_kind
        parents[h.depth] = kind
        for d in range(h.depth + 1, 5):
            parents.pop(d, None)
        rows.append(dict(order=i + 1, depth=h.depth, number=h.number, heading=h.title, kind=kind,
                         start=h.start, end=end))
    if rows and rows[0]["end"] == 0:
        rows.pop(0)
    for r in rows:
        r["text"] = text[r["start"]:r["end"]]
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
    rows = []
    for rid, text in zip(reports["report_id"].tolist(), reports["text"].tolist()):
        for r in segment_text(text or ""):
            r["report_id"] = rid
            r["section_id"] = f"{rid}-s{r['order']:03d}"
            rows.append(r)
    cols = ["report_id", "section_id", "order", "depth", "number", "heading", "kind", "start", "end", "text"]
    # column by column is quicker than from the row dicts (which keeps the dtypes of an empty table)
    df = pd.DataFrame({c: [r[c] for r in rows] for c in cols}) if rows else pd.DataFrame(rows, columns=cols)
    keep = [c for c in ("year", "agency", "level", "style") if c in reports.columns]
    if keep and len(df):
        df = df.merge(reports[["report_id", *keep]], on="report_id", how="left")
    return df
