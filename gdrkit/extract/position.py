"""Table 3 read by position (:func:`read_table3_by_position`): a converter kept its cells
and dropped every row label, so the numbers of section 三 are read in the template's row
order when there are exactly as many as its cells; every cell says so (``BY_POSITION``)
and the identities check the reading."""

from __future__ import annotations

import re

from .labels import TCell
from .table3 import TABLE3_COLUMNS, TABLE3_ROWS_2019, TABLE3_ROWS_2021

__all__ = ["BY_POSITION", "read_table3_by_position"]

_T3_SECTION = re.compile(r"收\s*到\s*和\s*处\s*理\s*政\s*府\s*信\s*息\s*公\s*开\s*申\s*请\s*情\s*况")
_NEXT_SECTION = re.compile(r"\n\s*(?:#+\s*)?四\s*[、.]|政府信息公开行政复议")
_INT = re.compile(r"\d+")
BY_POSITION = "read by position: no row labels"


def read_table3_by_position(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 as a stream of numbers with no row labels (a converter kept only the
    cells): exactly 25 × 7 (2021) or 23 × 7 (2019) numbers in section 三, read in row
    order; every cell says so, and the identities check the reading."""
    m = _T3_SECTION.search(mtext)
    if not m:
        return [], []
    nxt = _NEXT_SECTION.search(mtext, m.end())
    end = nxt.start() if nxt else len(mtext)
    nums = [x for x in _INT.finditer(mtext, m.end(), end)]
    for keys in (TABLE3_ROWS_2021, TABLE3_ROWS_2019):
        if len(nums) == len(keys) * len(TABLE3_COLUMNS):
            break
    else:
        return [], []
    values = {(keys[i // 7], TABLE3_COLUMNS[i % 7]): int(x.group()) for i, x in enumerate(nums)}
    t = {k: values[(k, "total")] for k in keys}
    outcomes = sum(v for k, v in t.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    holds = t["new"] + t["carried_over"] == t["total"] + t["carried_forward"] and outcomes == t["total"]
    q = BY_POSITION if holds else BY_POSITION + "; identities fail"
    cells = []
    for i, x in enumerate(nums):
        key, col = keys[i // 7], TABLE3_COLUMNS[i % 7]
        row = nums[i - i % 7]
        cells.append(TCell(f"table3.{key}.{col}", float(x.group()), x.start(), x.end(), row.start(),
                           nums[i - i % 7 + 6].end(), q))
    note = dict(rule="table3.by_position", ok=False, expected="row labels",
                observed=f"{len(nums)} numbers without labels read as {len(keys)} rows of 7 in the template's order",
                start=nums[0].start(), end=nums[-1].end())
    return cells, [note]
