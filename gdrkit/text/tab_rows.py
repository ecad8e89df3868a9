"""Table rows whose cells are separated by tabs (a table copied from Word or a spreadsheet
to text): written as the pipe rows an HTML table becomes (``| 予以公开 | 7 | 6 |  | 14 |``),
so that a blank cell, two tabs in a row, stays a cell when the cleaning folds whitespace."""

from __future__ import annotations

__all__ = ["tab_rows"]


def _cells(line: str) -> list[str] | None:
    """The cells of a tab row, or None: a line is a tab row when it has three cells or more
    and at least two of them hold something (a paragraph indented by tabs holds one; a
    label and its value, 结果维持\t1, are a pair, not a row to keep blanks in)."""
    cells = [c.strip(" ") for c in line.split("\t")]
    return cells if len(cells) >= 3 and sum(1 for c in cells if c) >= 2 else None


def tab_rows(text: str) -> str:
    """The text with each tab row written as a pipe row, its blank cells kept (also the
    trailing ones: ``4.保护第三方合法权益\\t4\\t\\t1\\t\\t`` has five cells); lines with no tab, or
    one filled cell, as they are. A text with a single tab row has no tab table and is
    returned as it is."""
    lines = text.split("\n")
    rows = [_cells(line) if "\t" in line else None for line in lines]
    if sum(r is not None for r in rows) < 2:
        return text
    return "\n".join(line if r is None else "| " + " | ".join(c.replace("|", "/") for c in r) + " |"
                     for line, r in zip(lines, rows))
