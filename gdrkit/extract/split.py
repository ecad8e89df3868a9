"""Splitting digit runs of flattened tables into cells, using the tables' identities.

Scraped template tables often lose their cell borders: "230 000023" is the row
23 | 0 | 0 | 0 | 0 | 0 | 23 of table 3. A run is split into cells so that the table's
sum rules hold (the 总计 column is the sum of the six applicant columns; each table-4
总计 is the sum of its four cells). Whitespace and ``|`` are taken as cell borders when
a split that respects them exists; otherwise they are ignored. Every split that
satisfies the rules is returned, so that a caller can tell a unique split from an
ambiguous one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Cell", "split_run", "run_digits", "digit_runs", "groups_rule", "table3_rule", "table3_rule_subtotal", "masked",
           "literal_split", "pipe_cells", "dashed_cells", "total_of_blanks", "ZERO_MARK", "holds"]

_MAX_CELL_DIGITS = 7
#: a cell printed for zero: one or two dashes (—, –, －, -) or slashes (/, ／)
ZERO_MARK = r"(?:[—–－/／]{1,2}|-{1,2})"
_MAX_SOLUTIONS = 50

Rule = Callable[[Sequence[int]], "int | None"]


@dataclass(frozen=True)
class Cell:
    """One cell of a split run: its value and its span (relative to the run)."""

    value: int
    start: int
    end: int


_GROUP_RULES: dict[tuple[int, ...], dict[int, Rule]] = {}


def groups_rule(sizes: Sequence[int]) -> dict[int, Rule]:
    """Rules for consecutive groups of ``k`` cells each followed by their sum.

    ``groups_rule([4, 4, 4])`` is table 4 (15 cells); ``groups_rule([6])`` a table-3 row.
    The same sizes give the same rule functions, so that :func:`split_run` can reuse
    its results.
    """
    key = tuple(sizes)
    if key not in _GROUP_RULES:
        rules: dict[int, Rule] = {}
        pos = 0
        for k in key:
            lo, hi = pos, pos + k
            rules[hi] = (lambda lo, hi: (lambda cells: sum(cells[lo:hi])))(lo, hi)
            pos = hi + 1
        _GROUP_RULES[key] = rules
    return dict(_GROUP_RULES[key])


_SUBTOTAL_RULES: dict[int, Rule] = {6: lambda c: sum(c[1:6]), 7: lambda c: c[0] + c[6]}
#: the 小计 before the five columns it sums: the last of them is what the 小计 leaves
_SUBTOTAL_FIRST_RULES: dict[int, Rule] = {6: lambda c: c[1] - sum(c[2:6]), 7: lambda c: c[0] + c[1]}


def table3_rule() -> tuple[int, dict[int, Rule]]:
    """A 7-column table-3 row: six applicant columns and their 总计."""
    return 7, groups_rule([6])


def table3_rule_subtotal(first: bool = False) -> tuple[int, dict[int, Rule]]:
    """An 8-column table-3 row: 自然人, five organisation columns, 法人或其他组织小计, 总计;
    with ``first``, the 小计 stands right after 自然人 (自然人, 小计, five columns, 总计)."""
    return 8, dict(_SUBTOTAL_FIRST_RULES if first else _SUBTOTAL_RULES)


Split = tuple[tuple[int, int], ...]


def _one_digit_cells(digits: str, n: int, rule_items: tuple[tuple[int, Rule], ...]) -> list[Split]:
    """The only possible split when every cell has one digit (``len(digits) == n``, ASCII)."""
    values = [b - 48 for b in digits.encode()]
    for i, rule in rule_items:
        if i < n and str(rule(values[:i])) != digits[i]:
            return []
    return [_one_digit_split(n)]


@lru_cache(maxsize=64)
def _one_digit_split(n: int) -> Split:
    return tuple((i, i + 1) for i in range(n))


@lru_cache(maxsize=256)
def _last_is_sum(n: int, rule_items: tuple[tuple[int, Rule], ...]) -> bool:
    """Whether a rule makes the last cell the sum of the cells no rule fixes (probed on
    two rows: free cells all 1, and 7 then zeros)."""
    rules = dict(rule_items)
    last = rules.get(n - 1)
    if n < 2 or last is None:
        return False
    for free in ([1] * n, [7] + [0] * n):
        values: list[int] = []
        for i in range(n - 1):
            rule = rules.get(i)
            values.append(rule(values) if rule is not None else free[i])
        if last(values) != sum(v for i, v in enumerate(values) if i not in rules):
            return False
    return True


def _solve(digits: str, n: int, rule_items: tuple[tuple[int, Rule], ...],
           borders: tuple[int, ...]) -> list[Split]:
    """All splits of ``digits`` into ``n`` cells (as (start, end) pairs) obeying the rules
    ((position, rule) pairs) and putting no border (sorted digit offsets) inside a
    cell, in lexicographic order of the cell ends, at most ``_MAX_SOLUTIONS``."""
    L = len(digits)
    ascii_digits = digits.isascii()  # str.isdigit() also admits "²" and other scripts' digits
    if L == n and ascii_digits:
        return _one_digit_cells(digits, n, rule_items)
    rules = dict(rule_items)
    # when the last cell is the sum of the free cells (table 3's 总计), it is a suffix of
    # at most _MAX_CELL_DIGITS digits at least as large as the running sum: top[q] is the
    # largest such suffix starting at q or later (-1: none)
    top: list[int] = []
    full_sum = ascii_digits and _last_is_sum(n, rule_items)
    if full_sum:
        # with no other rule, casting out nines: a number is its digit sum modulo 9, so
        # the digits of the last cell and those before it have equal digit sums mod 9
        nines = len(rules) == 1
        total = sum(digits.encode()) - 48 * L if nines else 0  # digit sum (ASCII digits)
        low = max(0, L - _MAX_CELL_DIGITS)  # suffixes starting before low are too long
        tail = [-1] * (L - low)  # top[low:L]
        suffix, best = 0, -1
        for q in range(L - 1, low - 1, -1):
            suffix += ord(digits[q]) - 48  # digit sum of digits[q:]
            if (digits[q] != "0" or q == L - 1) and (not nines or (total - 2 * suffix) % 9 == 0):
                best = int(digits[q:])
            tail[q - low] = best
        top = [best] * low + tail + [-1]  # before low: the best after it
        if top[n - 1] < 0:
            return []  # no suffix can be the last cell (the cells before it take n - 1 digits)
    # a cell starting at pos may end at limit[pos] at the latest: the first border after pos
    limit: list[int] = []
    for b in borders + (L,):
        limit.extend([b] * (b - len(limit)))
    out: list[Split] = []
    rule_at = [rules.get(i) for i in range(n)] + [None]
    cells: list[tuple[int, int]] = []
    values: list[int] = []

    def rec(pos: int, i: int, free_sum: int) -> None:
        if len(out) >= _MAX_SOLUTIONS:
            return
        if i == n:
            if pos == L:
                out.append(tuple(cells))
            return
        left = n - i - 1  # cells still to place after this one
        # the rest must fit (at least one digit and at most _MAX_CELL_DIGITS per cell), and
        # a border (whitespace in the source) may not fall inside a cell
        lo = max(pos + 1, L - left * _MAX_CELL_DIGITS)
        hi = min(L - left, limit[pos]) if pos < L else -1
        rule = rule_at[i]
        if rule is not None:
            want = str(rule(values))
            e = pos + len(want)
            ends = range(e, e + 1) if lo <= e <= hi and digits.startswith(want, pos) else range(0)
        elif digits[pos] == "0":
            ends = range(pos + 1, pos + 2) if lo <= pos + 1 <= hi else range(0)
        else:
            ends = range(lo, min(hi, pos + _MAX_CELL_DIGITS) + 1)
        after = rule_at[i + 1]
        for e in ends:
            value = int(digits[pos:e])
            running = free_sum + value if rule is None else free_sum
            if full_sum and left >= 1 and rule is None and top[e + left - 1] < running:
                # no suffix left can be the last cell, the sum of the free cells; a longer
                # cell has a larger value and leaves fewer suffixes: none of them either
                break
            cells.append((pos, e))
            values.append(value)
            # a cell fixed by a rule must follow at once: test it before descending
            if after is None or digits.startswith(str(after(values)), e):
                rec(e, i + 1, running)
            cells.pop()
            values.pop()

    rec(0, 0, 0)
    return out


_ASCII_DIGITS = re.compile(r"[0-9]+")


def digit_runs(run: str) -> list[tuple[int, int]]:
    """Spans of the runs of digits (str.isdigit) in ``run``."""
    if run.isascii():  # str.isdigit() is [0-9] there
        return [m.span() for m in _ASCII_DIGITS.finditer(run)]
    spans: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(run):
        if ch.isdigit():
            if start < 0:
                start = i
        elif start >= 0:
            spans.append((start, i))
            start = -1
    if start >= 0:
        spans.append((start, len(run)))
    return spans


@lru_cache(maxsize=1 << 12)
def _digits(run: str) -> tuple[str, tuple[int, ...], int]:
    """The digits of a run, its borders (digit counts before which the run had
    whitespace or "|") and its number of digit runs (a run is split with several cell
    counts: 7, 8, 2)."""
    if run.isascii():  # str.isdigit() is [0-9] there
        toks = _ASCII_DIGITS.findall(run)
        return "".join(toks), tuple(itertools.accumulate(map(len, toks[:-1]))), len(toks)
    spans = digit_runs(run)
    digits = "".join(run[s:e] for s, e in spans)
    return digits, tuple(itertools.accumulate(e - s for s, e in spans[:-1])), len(spans)


def run_digits(run: str) -> str:
    """The digits of a run, as :func:`split_run` reads them (str.isdigit characters)."""
    return _digits(run)[0]


@lru_cache(maxsize=1 << 16)
def _split_cached(run: str, n: int, rules: tuple[tuple[int, Rule], ...]) -> tuple[tuple[Cell, ...], ...]:
    digits, borders, n_runs = _digits(run)
    L = len(digits)
    if L < n:
        return ()
    sols: list[Split] = []
    if L == n and digits.isascii():  # one digit per cell: every border kept, one split at most
        sols = _one_digit_cells(digits, n, rules)
    else:
        # with more runs than cells no split keeps every border; with one digit per cell
        # every split does
        if borders and n_runs <= n < L:
            sols = _solve(digits, n, rules, borders)
            # keep only the splits whose cell ends also cover every border
            sols = [s for s in sols if set(borders) <= {e for _, e in s}] or sols
        if not sols:
            sols = _solve(digits, n, rules, ())
    if not sols:
        return ()
    # the offset in ``run`` of each digit
    pos_map = [i for s, e in digit_runs(run) for i in range(s, e)]
    return tuple(tuple(Cell(int(digits[a:b]), pos_map[a], pos_map[b - 1] + 1) for a, b in s) for s in sols)


def split_run(run: str, n: int, rules: dict[int, Rule]) -> list[list[Cell]]:
    """Every split of a run of digits (with optional whitespace or ``|`` borders) into
    ``n`` cells that satisfies ``rules``.

    Parameters
    ----------
    run : str
        The characters of the run, e.g. ``"230 000023"`` or ``"| 705 | 3 | 0 |"``.
    n : int
        Number of cells.
    rules : dict
        Position → function of the cells before it giving that cell's required value.
        The functions must be pure: results are memoised on the run, ``n`` and the
        rule functions themselves (see :func:`groups_rule`).

    Returns
    -------
    list of list of Cell
        Solutions; spans are offsets into ``run``. Splits that keep every border are
        preferred: only when none exists are borders ignored.
    """
    return [list(s) for s in _split_cached(run, n, tuple(sorted(rules.items())))]


#: a pipe cell: blank, a number, or a dash or slash printed for zero (—, -, －, /)
_PIPE_CELL = re.compile(r"\s*(?:(\d{1,3}(?:,\d{3})+|\d+)|(?P<dash>" + ZERO_MARK + r"))?\s*")  # (1,185: thousands)


def pipe_cells(run: str) -> list[Cell | None] | None:
    """The cells of a run of a pipe row ("5 |  |  |  | 1 |  | 6"), by position: a blank
    cell is None. None when the run has no | or a cell holds anything but one number."""
    if "|" not in run:
        return None
    out: list[Cell | None] = []
    pos = 0
    for part in run.split("|"):
        m = _PIPE_CELL.fullmatch(part)
        if m is None:
            return None
        if m.group(1):
            out.append(Cell(int(m.group(1).replace(",", "")), pos + m.start(1), pos + m.end(1)))
        else:
            out.append(Cell(0, pos + m.start("dash"), pos + m.end("dash")) if m.group("dash") else None)
        pos += len(part) + 1
    return out if any(c is not None for c in out) else None


def literal_split(run: str, n: int) -> list[Cell] | None:
    """The ``n`` cells of a run as printed, when no rule is needed to find them: exactly
    ``n`` numbers separated by whitespace or ``|``, or ``n`` digits glued (one per cell). Used
    when no split satisfies the table's sums (a total left at 0, a misprint): the cells are
    kept, and the failed sum is reported, not hidden by a forced split."""
    spans = digit_runs(run)
    if len(spans) == n:
        return [Cell(int(run[a:b]), a, b) for a, b in spans]
    digits = "".join(run[a:b] for a, b in spans)
    # n digits glued (in one run, or in runs fewer than half the cells: 50 00006): one a cell;
    # numbers printed apart (26 3 0 0 0 0, six of seven) are not cut into digits
    if 2 * len(spans) <= max(n, 2) and len(digits) == n and digits.isascii():
        pos = [i for a, b in spans for i in range(a, b)]
        return [Cell(int(d), p, p + 1) for d, p in zip(digits, pos)]
    return None


def total_of_blanks(run: str, n: int) -> list[Cell | None] | None:
    """A row printed with fewer numbers than its ``n`` cells, each apart, the last the sum of
    the others (``24 14 1 3 3 45`` for seven cells: a blank cell printed as nothing, its
    place lost with the whitespace that held it): its total alone (the other cells None, as
    not known). Such a row is not cut into digits to fill its cells (2 | 4 | 1 | 4 | 1 | 33 |
    45 also sums). None for any other run."""
    if not run.isascii() or "|" in run:
        return None
    spans = digit_runs(run)
    vals = [run[a:b] for a, b in spans]
    if not 2 <= len(spans) < n or any(v.startswith("0") and v != "0" for v in vals) or \
            run[spans[0][0]:spans[-1][1]].strip("0123456789 ") or sum(map(int, vals[:-1])) != int(vals[-1]):
        return None
    return [None] * (n - 1) + [Cell(int(vals[-1]), *spans[-1])]


_TOKEN = re.compile(r"\S+")
_DASH = re.compile(ZERO_MARK)


def dashed_cells(run: str) -> list[Cell] | None:
    """The cells of a run printed one per token with dashes for zero ("16 3 — — 2 2 23",
    or one per line): a number is a cell, a dash a 0 cell. None when the run has no dash
    token or a token is neither (then the run is split by the rules)."""
    out: list[Cell] = []
    dash = False
    for m in _TOKEN.finditer(run):
        tok = m.group()
        if tok.isdigit() and tok.isascii():
            out.append(Cell(int(tok), m.start(), m.end()))
        elif _DASH.fullmatch(tok):
            out.append(Cell(0, m.start(), m.end()))
            dash = True
        else:
            return None
    return out if dash else None


_PAGE_MARK = re.compile(r"(?m)^[ \t]*[-—–]{1,3}[ \t]*\d{1,3}[ \t]*[-—–]{1,3}[ \t]*$")  # (- 3 -, —— 4 ——)


def masked(text: str) -> str:
    """The text with PDF page markers ("- 3 -") blanked out (same length, spans kept)."""
    return _PAGE_MARK.sub(lambda m: " " * len(m.group(0)), text)


def holds(sol: Sequence[Cell | None], rules: dict[int, Rule]) -> bool:
    """Whether a row's cells (None for a blank, 0 in a sum) satisfy its row sums; a blank
    total holds (it is filled from the cells elsewhere)."""
    vals = [0 if c is None else c.value for c in sol]
    return all(sol[i] is None or rule(vals[:i]) == vals[i] for i, rule in rules.items() if i < len(sol))
