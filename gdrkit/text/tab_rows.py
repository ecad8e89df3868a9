"""Table rows whose cells are separated by tabs (a table copied from Word or a spreadsheet
to text): written as the pipe rows an HTML table becomes (``| 予以公开 | 7 | 6 |  | 14 |``),
so that a blank cell, two tabs in a row, stays a cell when the cleaning folds whitespace."""

from __future__ import annotations

import re

__all__ = ["tab_rows"]

#: a table's cell: a number (thousands, decimals), a dash or slash for none, or blank
_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[—–\-/／]{1,2}|")
#: a header's name: short words, no digit, no sentence's punctuation
_NAME = re.compile(r"[^\d。，,；;：:]{0,20}")


def _cells(line: str) -> list[str]:
    return [c.strip(" ") for c in line.split("\t")]


def _data_row(cells: list[str]) -> bool:
    """A row of cells: a label (or none) and at least two more cells, all of them numbers or
    blank, two numbers at least (not 主动公开信息\\t356条, nor 本年新收申请\\t12\\t件: a label and
    its value, read as words)."""
    rest = cells if _CELL.fullmatch(cells[0]) else cells[1:]  # (a row of table 4 has no label: 1\t\t\t\t1…)
    return len(rest) >= 2 and all(_CELL.fullmatch(c) for c in rest) and sum(1 for c in rest if c[:1].isdigit()) >= 2


def _header_row(cells: list[str]) -> bool:
    """A header of names (自然人\\t法人或其他组织\\t\\t总计): three cells or more, two named."""
    return len(cells) >= 3 and sum(1 for c in cells if c) >= 2 and all(_NAME.fullmatch(c) for c in cells)


def tab_rows(text: str) -> str:
    """The text with each tab row written as a pipe row, its blank cells kept (also the
    trailing ones: ``4.保护第三方合法权益\\t4\\t\\t1\\t\\t`` has five cells). A tab row is a row of
    numbers and blanks after its label, or a header of names, in a text with two rows of
    numbers at least; other lines, prose indented or set apart by tabs among them, stay as
    they are."""
    lines = text.split("\n")
    cells = [_cells(line) if "\t" in line else None for line in lines]
    if sum(1 for c in cells if c is not None and _data_row(c)) < 2:
        return text
    return "\n".join(line if c is None or not (_data_row(c) or _header_row(c))
                     else "| " + " | ".join(x.replace("|", "/") for x in c) + " |"
                     for line, c in zip(lines, cells))
