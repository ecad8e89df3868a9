"""Runs of blank lines in a cleaned text: two line breaks between paragraphs, but kept
where they are the blank cells of a table printed one cell a line."""

from __future__ import annotations

import re

__all__ = ["blank_lines"]


#: a table's cell on a line of its own (a count, a dash), and a row's label or a header's name
_CELL_LINE = re.compile(r"\d[\d,.]*|[—–\-/]")
_SHORT_LABEL = re.compile(r"[^\n。;；]{1,60}")


def blank_lines(text: str, m: re.Match) -> str:
    """A run of blank lines, as two line breaks, unless it stands between the cells of a
    table printed one cell a line (a number or a row's label on each side, at least one a
    number), where the blank lines are blank cells and are kept. (A row of blank cells
    between two labels is collapsed: a label with no number after it is a blank row.)"""
    s, e = m.start(), m.end()
    before = text[text.rfind("\n", 0, s) + 1:s]
    nxt = text.find("\n", e)
    after = text[e:nxt if nxt >= 0 else len(text)]
    # (a cell is a short label too: both sides short, one of them a cell)
    if (_CELL_LINE.fullmatch(before) or _CELL_LINE.fullmatch(after)) and \
            _SHORT_LABEL.fullmatch(before) and _SHORT_LABEL.fullmatch(after):
        return m.group(0)
    return "\n\n"
