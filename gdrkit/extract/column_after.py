"""Table 3 printed as its row labels, then one column of numbers (or its rows of seven cells)
under the column names: a PDF text layer that emits a table column by column, read by
position where the identities of the column hold (for :mod:`gdrkit.extract.table3`)."""

from __future__ import annotations

import re

from .labels import TCell
from .split import ZERO_MARK

__all__ = ["column_after_labels", "BY_POSITION_COLUMN", "BY_POSITION_ROWS"]

#: the cells of one column printed after every row label, one a line, perhaps under the
#: column's name (总计): a PDF text layer that emits a table column by column
#: (under its name: numbers of no named column could be any column's, as the identities hold for each)
_COLUMN_AFTER = re.compile(r"[ \t]*\n[ \t]*(?:总\s*计|合\s*计)[ \t]*((?:\n[ \t]*(?:\d+|" + ZERO_MARK + r")[ \t]*)+)(?=\n|$)")
_COLUMN_CELL = re.compile(r"\d+|" + ZERO_MARK)
#: or its rows of seven cells one a line, under the names of its columns (自然人 … 总计)
_ROWS_AFTER = re.compile(r"[ \t]*\n[ \t]*自\s*然\s*人[^\n]*总\s*计[ \t]*((?:\n[ \t]*(?:(?:\d+|" + ZERO_MARK + r")[ \t]+){6}(?:\d+|"
                         + ZERO_MARK + r")[ \t]*)+)(?=\n|$)")
BY_POSITION_COLUMN = "read by position: the row labels, then one column of numbers"
BY_POSITION_ROWS = "read by position: the row labels, then their rows of numbers"
_DIGIT = re.compile(r"\d")


def column_after_labels(text: str, mtext: str, keys: list[str], found: list[tuple[str, int, int]]
                         ) -> tuple[list[TCell], list[dict]] | None:
    """Table 3 printed as every row label, then its 总计 column under its name, one number a line
    (or its rows of seven cells under the names of the columns, each adding up to its 总计):
    the k-th number is the k-th row's, when there is one number per row of the layout and
    both identities of the column hold (new + carried over = total + carried forward; the
    outcomes add up to the total); else None (no cell: which number is whose is a guess)."""
    last_key, _, last_end = found[-1]
    if last_key != keys[-1]:
        return None
    line_end = mtext.find("\n", last_end)
    if line_end < 0 or _DIGIT.search(mtext, last_end, line_end):
        return None  # the last row has cells of its own
    m = _COLUMN_AFTER.match(mtext, line_end) or _ROWS_AFTER.match(mtext, line_end)
    if m is None:
        return None
    toks = list(_COLUMN_CELL.finditer(mtext, m.start(1), m.end(1)))
    q = BY_POSITION_COLUMN
    if len(toks) == 7 * len(keys):  # rows of seven: each adds up, and its 总计 is the row's
        rows = [[int(x.group()) if x.group().isdigit() else 0 for x in toks[i:i + 7]] for i in range(0, len(toks), 7)]
        if any(sum(r[:6]) != r[6] for r in rows):
            return None
        toks, q = toks[6::7], BY_POSITION_ROWS
    if len(toks) != len(keys):
        return None
    t = {k: int(x.group()) if x.group().isdigit() else 0 for k, x in zip(keys, toks)}
    outcomes = sum(v for k, v in t.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    if t["new"] + t["carried_over"] != t["total"] + t["carried_forward"] or outcomes != t["total"]:
        return None
    base = m.start(1)
    label_at = {k: (ls, le) for k, ls, le in found}
    cells = [TCell(f"table3.{k}.total", float(t[k]), x.start(), x.end(), label_at.get(k, (x.start(), 0))[0], x.end(), q)
             for k, x in zip(keys, toks)]
    note = dict(rule="table3.by_position", ok=True, expected="row labels with their cells",
                observed=f"{len(toks)} numbers after the row labels read as the 总计 of the {len(keys)} rows in order "
                         "(both identities hold)", start=base, end=m.end(1))
    return cells, [note]
