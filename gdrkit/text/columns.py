"""A PDF page set in two columns of prose, whose text layer gives each printed line as the
left column's line, a run of spaces, then the right column's line (一、总体情况          二、收到
和处理… / 2024年，我局全年主动公开政府信息          全年新收政府信息公开申请28件…): the block
is given back as the left column's lines, then the right column's, by
:func:`gdrkit.clean.clean_text`, which records it in its removals."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["unweave_columns"]

#: a line of two columns: words, a gap of six spaces or more, words (no other gap of three)
_TWO = re.compile(r"^([ \t]*\S(?:(?! {3,}|\t).)*?\S)( {6,}|\t{2,})(\S(?:(?! {3,}|\t).)*?)[ \t]*$", re.M)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _width(s: str) -> int:
    """The printed width of ``s`` (a wide character counts two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _prose(s: str) -> int:
    """How many Chinese characters ``s`` holds."""
    return len(_CJK.findall(s))


def unweave_columns(text: str, removed: list[tuple[str, str]]) -> str:
    """``text`` with each block of two or more consecutive two-column lines (both sides
    prose of four Chinese characters or more, one of its lines eight or more a side, the right
    column starting at one printed width, give or take four) written as its left column's
    lines, then its right column's; a table's rows (a side of numbers, one gap per cell)
    are left alone."""
    if "      " not in text and "\t\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _block_at(lines, i)
        if len(block) < 2:
            out.append(lines[i])
            i += 1
            continue
        out += [m.group(1).rstrip() for m in block] + [m.group(3).rstrip() for m in block]
        removed.append(("two_columns", f"{len(block)} lines of two columns given back one after the other"))
        i += len(block)
    return "\n".join(out)


def _block_at(lines: list[str], i: int) -> list[re.Match]:
    """The two-column lines from line ``i`` on (empty where line ``i`` is not one)."""
    block: list[re.Match] = []
    col = None
    for line in lines[i:]:
        m = _TWO.match(line)
        if m is None or _prose(m.group(1)) < 4 or _prose(m.group(3)) < 4:
            break
        at = _width(m.group(1) + m.group(2).replace("\t", "    "))
        if col is not None and abs(at - col) > 4:
            break
        col = at if col is None else col
        block.append(m)
    if not any(_prose(m.group(1)) >= 8 and _prose(m.group(3)) >= 8 for m in block):
        return []
    return block
