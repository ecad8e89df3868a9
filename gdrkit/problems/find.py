"""Stated problems (存在问题): find the passage, split it into statements, classify them.

Every report states its shortcomings somewhere: a section of its own ("五、存在的主要问题
及改进情况"), a sub-heading ("(一)存在问题"), or one sentence inside another section
("但还存在一些问题与不足,主要表现在:…"). :func:`find_problems` finds that passage, cuts
off the improvements that follow it (改进措施, 下一步, 今后, "2020年,我厅将…"), splits what
is left into single statements (一是…二是…, (一)…, 1.…, or clauses of a list sentence
joined by ;/,/、) and labels each statement with an editable keyword taxonomy
(``data/problem_taxonomy.csv``; see :func:`problem_taxonomy`).

Everything works on the cleaned text (``reports.text``), where full-width ASCII is
already half-width: ``(一)`` ``:`` ``,`` ``;`` but CJK ``、。《》“”`` are kept. Spans
(``start``, ``end``) index that text, so every statement can be traced back.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..schema import PROBLEM_COLUMNS
from ..sections import segment_reports
from ..text.spans import innermost_sections
from .split import list_statements
from .taxonomy import PREDICATE, classify_problem, classify_with, keyword_table, problem_taxonomy

__all__ = ["find_problems", "problem_taxonomy", "classify_problem", "problem_spans", "PROBLEM_COLUMNS"]

_CN = "一二三四五六七八九十"
_CN_VAL = {c: i + 1 for i, c in enumerate(_CN)}

# --------------------------------------------------------------------------- regexes
# A problems heading at the start of a passage: 五、存在的主要问题及改进情况 / (一)存在问题。
_HEAD = re.compile(
    rf"\s*(?:#+\s*)?(?:[{_CN}]{{1,3}}\s*[、.]|\(\s*[{_CN}]{{1,2}}\s*\)|第[{_CN}]+部分[、:.]?)?\s*"
    r"[^。\n:,;]{0,24}?(?:存在的?|主要)(?:主要)?(?:问题|不足|薄弱环节|短板)"
    r"(?:[和及与](?:不足|改进|整改|下一步|下步|今后)?[^。\n:,;]{0,10}?"
    r"(?:措施|情况|方向|打算|计划|建议|意见|思路))?\s*(?:[:。]|(?=[\s\u4e00-\u9fff(\d]))")

# The start of the improvements (which are not problems).
_CUT = re.compile(
    rf"(?:\(\s*[{_CN}]{{1,2}}\s*\)\s*|[{_CN}]{{1,2}}\s*[、.]\s*)?"
    r"(?:下一步|下步|今后|因此,?我们|为此|对此|"
    r"针对(?:上述|以上|这些|存在的?|前述|此类|这些存在的?)(?:的)?(?:问题|不足|情况|薄弱环节)|"
    r"(?:改进|整改|工作)措施|改进情况\s*[:。]|工作(?:思路|计划|打算|安排)|"
    r"(?:20\d\d|明)年(?:度)?,?[^。,;:]{0,12}?将|"
    r"(?:我|本)[\u4e00-\u9fff]{1,4}将(?:进一步|继续|采取|从|重点|着力|主要|在|按照|紧紧|持续|围绕|"
    r"加强|加大|切实|以|认真|坚持|不断|结合|积极|努力|全面|大力|深入)|我们将)")

# A top-level heading of what follows the problems, missed by the outline (六、2014年工作思路)
_MISSED_HEADING = re.compile(
    rf"\n\s*[{_CN}]{{1,2}}、[^\n。]{{0,12}}?(?:工作思路|计划|打算|改进|整改|下一步|措施|今后|其他|需要说明|展望|方向|"
    r"(?:19|20)\d\d年)")

# Enumerations of statements; group "n" is the ordinal.
_ENUMS: dict[str, re.Pattern[str]] = {
    "shi": re.compile(rf"(?:(?<=^)|(?<=[\n。;:,\s]))(?P<n>[{_CN}]{{1,2}})是\s*(?=[\u4e00-\u9fff“\"《(])"),
    "paren": re.compile(rf"\(\s*(?P<n>[{_CN}]{{1,2}})\s*\)\s*"),
    "arabic": re.compile(r"(?:(?<=^)|(?<=[\n。;:\s]))(?P<n>\d{1,2})\s*(?:[、)]|\.(?!\d))\s*(?=[\u4e00-\u9fff“\"《])"),
    "circled": re.compile(r"(?P<n>[①②③④⑤⑥⑦⑧⑨⑩])"),
}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# A sentence elsewhere in the report that announces problems.
_TRIGGER = re.compile(
    r"(?:还|仍|也|但|尚|依然)[^。;:,]{0,6}?存在(?:着)?[^。;:]{0,12}?(?:问题|不足|差距|短板|薄弱环节)|"
    r"(?:还|仍|也|但|尚|依然)[^。;:]{0,6}?存在(?:着)?[^。]{2,80}?等(?:方面的?)?(?:问题|不足|短板)|"
    r"存在的(?:主要)?问题(?:和不足)?(?:主要)?(?:有|是|表现在)")

_EXIST = re.compile(r"(?:还|仍然?|也|依然|尚|但)*存在着?")
_LEAD = re.compile(
    r"^(?:[\s,;:、。]|但是?|然而|不过|同时|并且|另外|此外|以及|而且|主要(?:是|有|表现在|体现在)|例如|比如|"
    r"如|即|其中|(?:也|还|仍|仍然|依然|尚)(?=[还仍也存有])|存在(?:着)?(?=[^在]{2}))+")
_TAIL = re.compile(r"(?:等(?:方面的?)?(?:问题|不足|短板|情况|现象)?|的问题)?[\s,;:、。]*$")
_TAIL_PUNCT = ",;:、。"  # the characters of [\s,;:、。] in _TAIL, besides \s


# a paragraph end after a trigger sentence
_PARA_END = re.compile(r"[。;:]\s*\n")
# an ordinal statement marker (一是) right after a problems heading: not a heading
_SHI_START = re.compile(rf"\s*[{_CN}]{{1,2}}是")
# a (一) that opens a sub-heading rather than an item
_PAREN_SUBHEAD = re.compile(r"\s*(?:存在|主要问题|问题|改进|整改|下一步)")
_CLAUSE_PUNCT = re.compile(r"[,;。]")


class _Section(NamedTuple):
    """The columns of one ``sections`` row that the problems stage uses."""
    start: int
    end: int
    depth: int
    kind: str
    section_id: str


def _section_list(sections: pd.DataFrame | None) -> list[_Section]:
    """Rows of a ``sections`` table as plain tuples (``section_id`` may be missing)."""
    if sections is None or not len(sections):
        return []
    ids = sections["section_id"].tolist() if "section_id" in sections.columns else [""] * len(sections)
    cols = [sections[c].tolist() for c in ("start", "end", "depth", "kind")]
    return [_Section(*row) for row in zip(*cols, ids)]


# --------------------------------------------------------------------------- passages
def _strip_heads(text: str, start: int, end: int) -> int:
    """Move ``start`` past problems headings (五、存在的主要问题及改进情况, (一)存在问题)."""
    for _ in range(3):
        m = _HEAD.match(text, start, end)
        if not m or m.end() == start or _SHI_START.match(m.group(0)):
            break
        start = m.end()
    return start


def _trigger_search(text: str) -> re.Match[str] | None:
    """``_TRIGGER.search(text)``, started where a match can start: every match has 存在
    at most 8 characters (依然 + 6) after its start."""
    first = text.find("存在")
    return _TRIGGER.search(text, max(0, first - 8)) if first >= 0 else None


def _cut_improvements(text: str, start: int, end: int) -> int:
    """End of the problems part of a passage: the first improvements marker."""
    m = _CUT.search(text, start, end)
    # a new top-level heading missed by the outline (六、2014年工作思路)
    h = _MISSED_HEADING.search(text, start + 1, end)
    cut = end
    if m:
        cut = m.start()
    if h and h.start() < cut:
        cut = h.start()
    return cut


def problem_spans(text: str, sections: pd.DataFrame | None = None) -> list[tuple[int, int, str]]:
    """Passages of one cleaned text that state problems, improvements cut off.

    Parameters
    ----------
    text : str
        The cleaned report text.
    sections : DataFrame, optional
        This report's rows of the ``sections`` table (kind, start, end, depth).

    Returns
    -------
    list of (int, int, str)
        ``(start, end, how)`` spans into ``text``; ``how`` is ``"section"`` (a section or
        sub-heading of kind ``problems``) or ``"sentence"`` (a sentence announcing
        problems inside another section).
    """
    return [(s, e, how) for s, e, how, _ in _passages(text, _section_list(sections))]


def _passages(text: str, secs: list[_Section]) -> list[tuple[int, int, str, list[tuple[int, int]]]]:
    """:func:`problem_spans` of one report's sections, each span with its statements."""
    spans: list[tuple[int, int, str, list[tuple[int, int]]]] = []
    taken_end = -1
    for rec in sorted((x for x in secs if x.kind == "problems"), key=lambda x: (x.start, x.depth)):
        if rec.start < taken_end:
            continue  # nested in a problems section already taken
        s = _strip_heads(text, int(rec.start), int(rec.end))
        e = _cut_improvements(text, s, int(rec.end))
        spans.append((s, e, "section", _statements(text, s, e)))
        taken_end = int(rec.end)
    if any(found for *_, found in spans):
        return spans
    m = _trigger_search(text)
    if not m:
        return []
    s = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    para = _PARA_END.search(text, m.end())
    e = para.start() + 1 if para else len(text)
    nxt = [x.start for x in secs if x.start > m.end() and x.depth <= 2]
    if nxt:
        e = min(e, int(min(nxt)))
    e = _cut_improvements(text, m.end(), e)
    return [(s, e, "sentence", _statements(text, s, e))]


# --------------------------------------------------------------------------- statements
def _enumeration(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of the first enumeration (一是/(一)/1./①) with at least two items."""
    best: list[tuple[int, int]] = []
    best_first = end + 1
    seg = text[start:end]
    for kind, pat in _ENUMS.items():
        marks = []
        for m in pat.finditer(seg):
            n = m.group("n")
            o = _CIRCLED.index(n) + 1 if kind == "circled" else int(n) if n.isdigit() else _number(n)
            if kind == "paren" and _PAREN_SUBHEAD.match(seg, m.end(), m.end() + 8):
                continue  # a sub-heading, not an item
            marks.append((start + m.start(), start + m.end(), o))
        seq: list[tuple[int, int, int]] = []
        for mk in marks:
            if not seq:
                if mk[2] == 1:
                    seq.append(mk)
            elif seq[-1][2] <= mk[2] <= seq[-1][2] + 2:
                seq.append(mk)
        if len(seq) >= 2 and seq[0][0] < best_first:
            best_first = seq[0][0]
            best = [(a, seq[i + 1][0] if i + 1 < len(seq) else end) for i, (a, _, _) in enumerate(seq)]
    return best


def _number(s: str) -> int:
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_VAL.get(s[1], 0)
    if len(s) == 2 and s[1] == "十":
        return 10 * _CN_VAL.get(s[0], 0)
    return _CN_VAL.get(s[-1], 0) + (10 * _CN_VAL.get(s[0], 0) if len(s) == 3 else 0)


def _tail_search(seg: str) -> re.Match[str] | None:
    """``_TAIL.search(seg)``, started where a match can start: at most 6 characters
    (等方面的问题) before the run of spaces and punctuation that ends ``seg``."""
    r = len(seg)
    while r and (seg[r - 1] in _TAIL_PUNCT or seg[r - 1].isspace()):  # isspace() is \s
        r -= 1
    return _TAIL.search(seg, max(0, r - 6))


def _trim(text: str, start: int, end: int, *, lead: bool = True, table=None) -> tuple[int, int]:
    seg = text[start:end]
    m = _tail_search(seg)
    if m and m.start() > 0:
        end = start + m.start()
        seg = text[start:end]
    if lead:
        m = _LEAD.match(seg)
        if m and m.end() < len(seg) - 1:
            start += m.end()
            seg = text[start:end]
        # "省教育厅政务公开工作仍存在主动公开意识薄弱": the subject before 存在 is not the problem
        m = _EXIST.search(seg, 0, 30)
        if m and not PREDICATE.search(seg, 0, m.start()) and not _CLAUSE_PUNCT.search(seg, 0, m.start()):
            rest = seg[m.end():]
            if len(rest) >= 4 and PREDICATE.search(rest) and table is not None and \
                    classify_with(rest, table)["categories"] == classify_with(seg, table)["categories"]:
                start += m.end()
    while start < end and text[start] in " \n\t,;:、。":
        start += 1
    while end > start and text[end - 1] in " \n\t,;:、。":
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _split_table() -> tuple:
    """The shipped taxonomy's keywords: used to decide statement boundaries, so that the
    split does not change with a user's taxonomy (only the labels do)."""
    return tuple((c, tuple(w)) for c, w in keyword_table(problem_taxonomy()))


def _statements(text: str, start: int, end: int, table=None) -> list[tuple[int, int]]:
    table = table if table is not None else _split_table()
    items = _enumeration(text, start, end)
    if items:
        spans = [_trim(text, a, b, lead=False) for a, b in items]
    else:
        spans = [_trim(text, a, b, table=table) for a, b in list_statements(text, start, end, table)]
    return [(a, b) for a, b in spans if b - a >= 2]


# --------------------------------------------------------------------------- the table
def _problem_frame(rows: list[tuple], sections: pd.DataFrame) -> pd.DataFrame:
    """Rows (the fields of :data:`PROBLEM_COLUMNS`, section_id left empty) as the
    ``problems`` table: each row's section_id (the innermost section holding the
    statement, or else its start) filled in, start and end int64. Built at once, with the
    dtypes that inferring the columns gives (a report_id that is not a string is left to
    pandas), which is what ``pd.DataFrame(rows, columns=PROBLEM_COLUMNS)``, then setting
    those three columns, gives."""
    if not rows:
        out = pd.DataFrame(rows, columns=PROBLEM_COLUMNS)
        return out.astype({"start": "int64", "end": "int64"})
    cols = dict(zip(PROBLEM_COLUMNS, map(list, zip(*rows))))
    data: dict[str, object] = {c: pd.array(v, dtype="str") for c, v in cols.items() if c not in ("start", "end")}
    if not all(type(v) is str for v in cols["report_id"]):
        data["report_id"] = cols["report_id"]
    data["start"], data["end"] = np.array(cols["start"], np.int64), np.array(cols["end"], np.int64)
    spans = pd.DataFrame({"report_id": data["report_id"], "start": data["start"], "end": data["end"]})
    with_ids = sections if "section_id" in sections.columns else sections.assign(section_id="")
    data["section_id"] = pd.array(innermost_sections(spans, with_ids, or_start=True), dtype="str")
    return pd.DataFrame({c: data[c] for c in PROBLEM_COLUMNS})


def find_problems(reports: pd.DataFrame, sections: pd.DataFrame | None = None, *,
                  taxonomy: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """The ``problems`` table: every stated problem of every report, split and classified.

    Parameters
    ----------
    reports : DataFrame
        The ``reports`` table (report_id, text).
    sections : DataFrame, optional
        The ``sections`` table (see :func:`gdrkit.sections.segment_reports`); computed
        when not given.
    taxonomy : DataFrame, str or Path, optional
        The categories and keywords (see :func:`problem_taxonomy`); the shipped taxonomy
        by default.

    Returns
    -------
    DataFrame
        report_id, problem_id (``<report_id>-p<nn>``), text (the statement, a span of the
        cleaned text), category (first matching label, ``other`` when none),
        categories (all matching labels, ``;``-joined), matched (the keywords found),
        section_id (the innermost section holding the statement), start, end (span in
        ``reports.text``). Reports that state no problems have no rows.
    """
    if sections is None:
        sections = segment_reports(reports)
    # the shipped taxonomy read once per process (it is the statement-split table), not per call
    table = _split_table() if taxonomy is None else \
        tuple((c, tuple(w)) for c, w in keyword_table(problem_taxonomy(taxonomy)))
    by_report: dict[str, list[_Section]] = {}
    for rid, sec in zip(sections["report_id"].tolist() if len(sections) else [], _section_list(sections)):
        by_report.setdefault(rid, []).append(sec)
    rows = []
    for rid, text in zip(reports["report_id"].tolist(), reports["text"].fillna("").tolist()):
        secs = by_report.get(rid, [])
        n = 0
        for _s, _e, _how, statements in _passages(text, secs):
            for a, b in statements:
                n += 1
                lab = classify_with(text[a:b], table)
                rows.append((rid, f"{rid}-p{n:02d}", text[a:b], lab["category"], lab["categories"], lab["matched"],
                             "", a, b))
    return _problem_frame(rows, sections)
