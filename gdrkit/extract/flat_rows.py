"""The template tables of a page scraped onto one line, given back their rows.

A web page's text taken without its line breaks runs a table's rows on after one another
(…申请数量;53;8;1;-;3;7;72二、上年结转…;-;1;… (三)不予公开1.属于国家秘密;-;…). The table
readers find a row by its label and read its cells up to the line's end, so on such a line
they read nothing, or a row's first cell. :func:`relined` gives the table readers a view of
the text with a line break put back before each row's item number (一、, （二）, 3.) where the
row before it ends in a cell, and before a body of cells printed right after a header's
words (table 4's fifteen cells after 复议后起诉总计); :func:`unrelined` maps the spans read
on that view back to the text. The text itself is never changed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .labels import TCell
from .split import ZERO_MARK

__all__ = ["relined", "unrelined", "FLAT_LINE"]

#: a line this long holding a table's row labels is a page run onto one line
FLAT_LINE = 300
#: a row's item number (一、 （二） (三) 4. 5、) right after the end of the row before it: a cell
#: (a number or a zero mark), a cell's delimiter, or a space; not inside a number (22.其他)
_ROW_START = re.compile(
    r"(?:(?<=[\d—–－/／\-;；,，|¦｜ \t])(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]))"
    r"|(?:(?<=[—–－/／\-;；,，|¦｜ \t])\d{1,2}[.．、](?=[\u4e00-\u9fff]))")
#: a body of ten cells or more glued to the words before it (…复议后起诉总计3;-;2;-;5;…)
_CELL = rf"(?:\d+|{ZERO_MARK})"
_GLUED_BODY = re.compile(rf"(?<=[\u4e00-\u9fff]){_CELL}(?:[ \t]*[;；,，|¦｜ \t][ \t]*{_CELL}){{9,}}")
#: the end of a row of three cells or more, right before the next row's words (…本年新收46 4 0上年结转4 0 0…)
_ROW_END = re.compile(rf"(?<![\d.]){_CELL}(?:[ \t]*[;；,，|¦｜ \t][ \t]*{_CELL}){{2,}}(?=[\u4e00-\u9fff（(])")
#: a row's cells, then a few words and the next row's item number (…合法权21 0 1 0 0 1 23益5.属于…): a
#: PDF's table, whose labels wrap around their cells, run onto one line; where its rows start, no
#: rule can tell
_WRAPPED_TAIL = re.compile(rf"{_CELL}(?:[ \t]+{_CELL}){{2,}}[\u4e00-\u9fff“”\"]{{1,10}}\d{{1,2}}[.．、][\u4e00-\u9fff]")
#: the words of the template tables' rows, one of which a flattened line must hold
_ROW_WORDS = ("本年新收", "结转下年度", "尚未审结", "本年制发件数")  # (not 予以公开: prose says it too)


def relined(text: str) -> tuple[str, list[int]]:
    """The text with a line break put before each table row that a page run onto one line
    joined to the row before it, and the positions (in the text) before which one was put.
    The same text and no positions when no line of :data:`FLAT_LINE` characters or more
    holds a table's row words."""
    breaks: list[int] = []
    if not any(w in text for w in _ROW_WORDS):
        return text, []
    a = 0
    for line in text.split("\n"):
        b = a + len(line)
        if len(line) >= FLAT_LINE and any(w in line for w in _ROW_WORDS):
            at = {m.start() + a for m in _ROW_START.finditer(line)}
            at |= {m.start() + a for m in _GLUED_BODY.finditer(line)}
            if not _WRAPPED_TAIL.search(line):  # (rows whose labels wrap: only their item numbers start them)
                at |= {m.end() + a for m in _ROW_END.finditer(line)}
            breaks += sorted(p for p in at if p > a)
        a = b + 1
    if not breaks:
        return text, []
    parts, last = [], 0
    for p in breaks:
        parts += [text[last:p], "\n"]
        last = p
    parts.append(text[last:])
    return "".join(parts), breaks


def unrelined(cells: list[TCell], notes: list[dict], breaks: list[int]) -> tuple[list[TCell], list[dict]]:
    """The cells and notes read on :func:`relined`'s view, their spans in the text."""
    if not breaks:
        return cells, notes
    shifted = [p + i for i, p in enumerate(breaks)]

    def back(pos: int) -> int:
        return pos - bisect.bisect_left(shifted, pos) if pos else 0

    cells = [replace(c, start=back(c.start), end=back(c.end), row_start=back(c.row_start), row_end=back(c.row_end))
             for c in cells]
    notes = [{**n, "start": back(n["start"]), "end": back(n["end"])} for n in notes]
    return cells, notes
