"""Layouts of table 3 that keep fewer cells than its seven columns, read when no row
splits into them (:func:`gdrkit.extract.table3.read_table3`): the 总计 column alone, some
of the applicant columns (or the cells that are not 0), and rows with their first and
last cells only or of zeros with a blank. Each fills the splits of the rows (``sols``:
row key -> list of cell lists, ``None`` for a cell not printed), as the table's
identities allow."""

from __future__ import annotations

import re

from .split import Cell, digit_runs, run_digits, split_run

__all__ = ["total_only", "fewer_columns", "sparse_rows"]

_NON_DIGIT = re.compile(r"\D")
#: a row with only its first and last cells filled ("22": 自然人 2, 总计 2)
_FIRST_LAST_RULE = {1: lambda c: c[0]}


def total_only(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """A table of the 总计 column alone (项目 | 数量: one number per row): when no row splits
    into the applicant columns, every row holds one number, and the table's identities hold
    on them (new + carried over = total + carried forward; total = the sum of the answers;
    with no 总计 row, new + carried over = the answers + carried forward), each number is its
    row's 总计 (into ``sols``)."""
    if len(runs) < 4 or any(sols.get(key) for key, *_ in runs):
        return
    one = {}
    for key, _, s, e in runs:
        spans = digit_runs(text[s:e])
        if len(spans) != 1:
            return
        a, b = spans[0]
        one[key] = Cell(int(text[s + a:s + b]), a, b)
    v = {k: c.value for k, c in one.items()}
    if not {"new", "carried_over", "carried_forward"} <= v.keys():
        return
    answers = sum(x for k, x in v.items() if k not in ("new", "carried_over", "total", "carried_forward"))
    total = v.get("total", answers)  # a table without its 总计 row: the answers' sum must balance
    if v["new"] + v["carried_over"] == total + v["carried_forward"] and answers == total:
        for key, cell in one.items():
            sols[key] = [[None] * (ncols - 1) + [cell]]


def fewer_columns(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """A table that keeps some of the applicant columns (自然人 | 法人或其他组织 | 总计, or
    the columns used, or the cells that are not 0): when no row splits into the applicant
    columns, every row holds 2 to ncols-1 spaced numbers whose last is the sum of the
    others, and the table balances on those last numbers (new + carried over = total +
    carried forward, where the rows are there), the last number is its row's 总计."""
    if len(runs) < 4 or any(sols.get(key) for key, *_ in runs):
        return
    last = {}
    for key, _, s, e in runs:
        spans = digit_runs(text[s:e])
        vals = [int(text[s + a:s + b]) for a, b in spans]
        if not 2 <= len(vals) < ncols or sum(vals[:-1]) != vals[-1]:
            return
        last[key] = Cell(vals[-1], *spans[-1])
    v = {k: c.value for k, c in last.items()}
    if {"new", "carried_over", "total", "carried_forward"} <= v.keys() and \
            v["new"] + v["carried_over"] != v["total"] + v["carried_forward"]:
        return
    for key, cell in last.items():
        sols[key] = [[None] * (ncols - 1) + [cell]]


def sparse_rows(text: str, runs, sols: dict[str, list], ncols: int) -> None:
    """Splits (into ``sols``) of the rows with only the first and the last column filled
    ("22": 自然人 2, 总计 2), and of rows of zeros with a blank cell."""
    for key, _, s, e in runs:
        if not sols.get(key):
            d = _NON_DIGIT.sub("", text[s:e])
            if d and set(d) == {"0"} and len(d) < ncols:
                sols[key] = [[None] * (ncols - 1) + [Cell(0, e - s - 1, e - s)]]
                continue
            # the two cells are one number written twice ("22", "1515"): other digits have no split
            digits = run_digits(text[s:e])
            twice = len(digits) % 2 == 0 and digits[:len(digits) // 2] == digits[len(digits) // 2:]
            two = split_run(text[s:e], 2, _FIRST_LAST_RULE) if len(d) <= 8 and twice else []
            if two:
                sols[key] = [[two[0][0]] + [None] * (ncols - 2) + [two[0][1]]]
