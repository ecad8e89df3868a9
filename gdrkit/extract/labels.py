"""What the template tables' readers share: a cell read (:class:`TCell`), the pattern of a
row label whatever the spaces a PDF put between its characters (:func:`label_re`), and
the digit run of a row's cells after its label (:func:`run_after`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .split import ZERO_MARK

__all__ = ["TCell", "label_re", "run_after", "dashed_row", "blank_table", "cells_blanked", "wrapped_label", "NEXT_ROW", "OWN_LINE",
           "AFTER_COLUMN_NAMES", "IN_A_SENTENCE"]

_RUN = re.compile(r"[\d\s|]*\d[\d\s|]*")
#: the run of a pipe row, whose zero cells may be printed as a dash or slash (| 15 | — | 2 |,
#: | 15 | - | 2 |: a hyphen only as a cell of its own, before a |, not a rule line |---|)
_PIPE_RUN = re.compile(r"(?:[\d\s|—–－/／]|(?<=\d),(?=\d{3}(?!\d))|-{1,2}(?=[ \t]*\|))*\d"
                       r"(?:[\d\s|—–－/／]|(?<=\d),(?=\d{3}(?!\d))|-{1,2}(?=[ \t]*\|))*")  # (| 1,185 | 43 |: thousands)
#: a note in parentheses after a label (区分处理的，只计这一情形…), skipped to the cells: closed
#: before them (over a line break, or with a digit on its line), or wrapped by a PDF onto the
#: next line after the cells (…只计这一    1 0 0 0 0 0 1 / 情形，不计其他情形）)
_SKIP_NOTE = re.compile(r"\s*\([^)\d]{0,40}\)|\s*\([^)\n]{0,40}\)|\s*\([^()\d\n]{0,30}(?=[ \t]*(?:\d|[—–\-/]))")
#: a row whose cells are numbers and dashes printed for zero, one per token (16 3 — — 2 2 23,
#: or one per line): every token a number or a dash, standing apart (not an item number "2.")
_DASHED_RUN = re.compile(rf"(?:\d+|{ZERO_MARK})(?=\s|$)(?:[ \t\n]+(?:\d+|{ZERO_MARK})(?=\s|$))*")
_DASH_TOKEN = re.compile(rf"(?:^|\s){ZERO_MARK}(?=\s|$)")
#: a pipe row whose every cell is a dash or slash (| — | — | — |, two cells or more): its cells
_PIPE_ZEROS = re.compile(rf"\s*\|?[ \t]*({ZERO_MARK}(?:[ \t]*\|[ \t]*{ZERO_MARK})+)[ \t]*\|?[ \t]*(?=\n|$)")
#: what may stand between a label and its cells: spaces, and a Markdown rule line (|---|)
_GAP = re.compile(r"[\s|:\-]")


@dataclass
class TCell:
    """A table cell: its measure name (``table3.<row>.<column>``, ...), value, span in the
    text, the span of its row, a qualifier (a flag on how it was read) and its unit."""

    measure: str
    value: float
    start: int
    end: int
    row_start: int
    row_end: int
    qualifier: str = ""
    unit: str = "applications"


@lru_cache(maxsize=None)
def label_re(label: str) -> re.Pattern[str]:
    """The regex of a row label with any spaces between its characters (a label may hold
    ``[^\\d|]*?`` parts: 逾期不补正[^\\d|]*?申请), or several forms after `` || `` (the
    template's, then a short one a compact table prints: 行政执法案卷 || 执法案卷)."""
    if " || " in label:
        return re.compile("|".join(f"(?:{label_re(form).pattern})" for form in label.split(" || ")))
    if "[" in label or "\\" in label:
        parts = re.split(r"(\[\^\\d\|\]\*\?)", label)
        body = "".join(p if p.startswith("[") else r"\s*".join(map(re.escape, p)) for p in parts)
    else:
        body = r"\s*".join(map(re.escape, label))
    return re.compile(body)


def run_after(mtext: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Span of the first digit run after ``pos`` (skipping a parenthetical note), or None."""
    m = _SKIP_NOTE.match(mtext, pos)
    if m:
        pos = m.end()
    d = _DASHED_RUN.search(mtext, pos, limit)
    if d and _DASH_TOKEN.search(d.group()) and (any(ch.isdigit() for ch in d.group()) or len(d.group().split()) > 1) \
            and len(_GAP.sub("", mtext[pos:d.start()])) <= 12:
        return d.span()  # cells and dashes by position (see gdrkit.extract.split.dashed_cells)
    z = _PIPE_ZEROS.match(mtext, pos, limit)
    if z:
        return z.span(1)  # a pipe row of dashes (| — | — |): its cells, each 0
    r = _RUN.search(mtext, pos, limit)
    if r and "|" in mtext[pos:r.end()]:  # a pipe row: a dash is a cell (0), before or after digits
        r = _PIPE_RUN.search(mtext, pos, limit)
    if not r or len(_GAP.sub("", mtext[pos:r.start()])) > 12:
        return None  # no digits right after the label: a blank row
    s, e = r.start(), r.end()
    while e > s and mtext[e - 1] in " \t\n|":
        e -= 1
    while s < e and mtext[s] in " \t\n|":
        s += 1
    if mtext[e:e + 1] in ("年", "月", "日") and mtext[s:e].isdigit():
        return None  # a date (a running header's 2025年度报告 after a wrapped label), not a row's cells
    if mtext.startswith("||", r.start()) and s - r.start() == mtext.count("|", r.start(), s) and \
            not mtext[mtext.rfind("\n", 0, r.start()) + 1:r.start()].lstrip().startswith("|"):
        # (label||3||1|||4, a row joined from one cell a line: the blank cells before the first
        # number are cells too; not a Markdown row's | | after its label, nor a pipe row's
        # empty second label column: |一、本年新收…|||8|8|)
        s = r.start() + 1
    if e < len(mtext) and mtext[e] in ".、":
        e -= 1  # the next row's item number ("00000002.其他法律…", or a blank row "2.")
        while e > s and mtext[e - 1] in " \t\n|":
            e -= 1
    e = _page_number_cut(mtext, s, e)
    return (s, e) if e > s else None


def _page_number_cut(mtext: str, s: int, e: int) -> int:
    """The end of a row's run without a page number on the line after it (…不掌握相关政府信息
    12 1 0 0 0 0 13 / 2 / 2.没有现成…): the row's line holds its seven cells, the last their
    total (not 0), the next line one number alone."""
    nl = mtext.find("\n", s, e)
    first, rest = mtext[s:nl].split(), mtext[nl:e].split()
    if nl < 0 or len(rest) != 1 or len(first) != 7 or not all(x.isdigit() for x in first) or \
            not 0 < int(first[-1]) == sum(int(x) for x in first[:-1]):
        return e
    return len(mtext[:nl].rstrip(" \t|"))


#: a row whose cells are dashes (二、上年结转政府信息公开申请数量 —, | … | — | — |): 0, written
_DASH_ROW = re.compile(r"[^\d\n]*?[—–\-－‐─/／][—–\-－‐─/／ \t|]*(?:\n|$)")


def dashed_row(text: str, cell: TCell | None) -> bool:
    """Whether the label of a blank row (its pseudo-cell ``cell``) ends its line with a dash
    and no digit: a 0 written, not a blank."""
    return cell is not None and _DASH_ROW.match(text, cell.end) is not None


#: the next part of a report after table 3 (四、政府信息公开行政复议…; not its row 四、结转下年度…)
_NEXT_PART = re.compile(r"\n[ \t]*(?:\*\*)?[一二三四五六七八九十]{1,2}[、.．](?!\s*结\s*转)")
#: a row's item number before its words (2.重复申请), no cell
_ITEM = re.compile(r"(?<!\d)\d{1,2}\s*[.、．](?=\s*[\u4e00-\u9fff])")


def blank_table(text: str, by: dict, rows: int = 20) -> bool:
    """Whether table 3 was printed with every cell left blank: ``rows`` or more of its row
    labels read (``by``: the cells by measure), every one blank, and no digit from the first
    label to the next part of the report but the rows' item numbers (not a PDF layer that
    printed every label, then every number)."""
    t3 = [c for m, c in by.items() if m.startswith("table3.")]
    if len(t3) < rows or any(not c.measure.endswith(".blank") for c in t3):
        return False
    a, b = min(c.row_start for c in t3), max(c.row_end for c in t3)
    nxt = _NEXT_PART.search(text, b)
    return re.search(r"[\d〇○]", _ITEM.sub("", text[a:nxt.start() if nxt else len(text)])) is None


#: the cells at the end of a line of a table printed in columns (…申请数   53   11 … 72), three
#: or more, after a label's last character
_LINE_CELLS = re.compile(r"(?m)(?<=[^\s\d])([ \t]*(?:\d+|[—–\-/])(?:[ \t]+(?:\d+|[—–\-/])){2,}[ \t]*)$")


def cells_blanked(mtext: str) -> str:
    """``mtext`` with the cells at the end of each line blanked (its length unchanged): a
    row label wrapped by a PDF onto the next line (一、本年新收政府信息公开申请数   53 … 72 /
    量) reads as one label across the blanks and the line break."""
    return _LINE_CELLS.sub(lambda m: " " * len(m.group(1)), mtext)


def wrapped_label(mtext: str, lview: str, pattern: re.Pattern[str], a: int, b: int) -> tuple[int, int] | None:
    """(start, end) of a row label wrapped onto the next line after its cells, found in
    ``lview`` (:func:`cells_blanked`) within mtext[a:b]: from its start to the first cell
    of its line, so that the cells after it are the row's; None when there is none."""
    m = pattern.search(lview, a, b)
    if m is None or "\n" not in lview[m.start():m.end()]:
        return None
    cells = _LINE_CELLS.search(mtext, m.start(), m.end())
    if cells is None or "\n" in mtext[m.start():cells.start()]:
        return None
    return m.start(), cells.start(1)


#: a line below a label that opens with another row's mark ((五)不予处理, 2.); a label that opens its line
NEXT_ROW = re.compile(r"\n[ \t|]*(?:[（(][一二三四五六七][)）]|\d{1,2}\s*[.、．])")
OWN_LINE = re.compile(r"\n[ \t#|]*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[（(][一二三四五六七][)）]|\d{1,2}\s*[.、．])?\s*$")
#: a row label said again after the columns' names on its heading's line, the row's cells after
#: it (一、本年新收…数量类别 数据1 … 总计本年新收…数量705 3 0 0 5 0 713: a PDF of a scraped page)
AFTER_COLUMN_NAMES = re.compile(r"总\s*计[ \t]*$")
#: a row label inside a sentence, not a row left blank: a clause mark or a count in Chinese
#: numerals within a few characters after it (系本年新收申请,无上年结转 / 收到…申请两件 / …申请的)
IN_A_SENTENCE = re.compile(r"[ \t]*[\u4e00-\u9fff]{0,6}?(?:[,，。;；的]|[一二两三四五六七八九十〇零]+件)")
