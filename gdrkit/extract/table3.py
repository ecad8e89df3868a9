"""Table 3 of the national template (收到和处理政府信息公开申请情况): its rows, read by
their labels (by position, when a converter kept the cells only: :mod:`.position`).

A row's cells are often one flattened digit run ("1234567"): it is split by the row's
identity (总计 = the sum of the applicant columns, :mod:`gdrkit.extract.split`), with 7
or 8 columns (the variant that splits the most rows). A split that is not unique is
resolved with the column identities of the whole table (new + carried over = total +
carried forward; total = sum of the outcome rows); when that still leaves a choice the
cells carry ``qualifier="ambiguous split"``. A row that cannot be split is taken as
printed when its cells are separated ("row sum fails"), else reported in ``checks``.
The cell names are listed in :mod:`gdrkit.extract.template`.
"""

from __future__ import annotations

import itertools
import re

from .column_after import BY_POSITION_COLUMN, BY_POSITION_ROWS, column_after_labels
from .labels import (
    AFTER_COLUMN_NAMES,
    IN_A_SENTENCE,
    NEXT_ROW,
    OWN_LINE,
    TCell,
    cells_blanked,
    label_re,
    run_after,
    wrapped_label,
)
from .layouts import (
    CELL_DIGITS,
    REST_ZERO,
    cells_of_the_line_before,
    column_order,
    fewer_columns,
    in_column_order,
    reduced_columns,
    rest_zero_holds,
    sparse_rows,
    total_only,
    without_line_numbers,
)
from .row_words import row_in_words
from .split import (
    dashed_cells,
    holds,
    literal_split,
    pipe_cells,
    split_run,
    table3_rule,
    table3_rule_subtotal,
    total_of_blanks,
)

__all__ = ["TABLE3_ROWS", "TABLE3_ROWS_2021", "TABLE3_ROWS_2019", "TABLE3_COLUMNS", "TABLE3_COLUMNS8", "OUTCOME_GROUPS",
           "BY_POSITION_COLUMN", "BY_POSITION_ROWS", "read_table3", "rows_left_out", "TOTAL_LINE", "REPLY_GROUPS"]

TABLE3_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
TABLE3_COLUMNS8 = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org",
                   "org_subtotal", "total")
#: the other 8-column layout: 法人或其他组织小计 right after 自然人
TABLE3_COLUMNS8_FIRST = ("natural_person", "org_subtotal", "commercial", "research", "social_welfare",
                         "legal_services", "other_org", "total")

#: the rows' labels: the template's words, then ( || ) the short forms a compact table prints
#: (不予公开-执法案卷, 无法提供-不掌握, 不予处理-信访举报投诉, 其他处理-逾期不缴费)
_ROWS_HEAD = [
    ("new", "本年新收"), ("carried_over", "上年结转"), ("granted", "予以公开"),
    ("partial", "部分公开"),
    ("denied_state_secret", "国家秘密"), ("denied_law", "禁止公开 || 法律法规禁止"), ("denied_safety", "三安全一稳定"),
    ("denied_third_party", "第三方合法权益 || 第三方权益"), ("denied_internal", "内部事务信息 || 内部事务"),
    ("denied_process", "过程性信息"), ("denied_enforcement", "行政执法案卷 || 执法案卷"),
    ("denied_query", "行政查询事项 || 行政查询"),
    ("unable_no_info", "不掌握相关政府信息 || 不掌握"), ("unable_create", "另行制作"), ("unable_unclear", "仍不明确 || 不明确"),
    ("not_processed_petition", "信访举报投诉类申请 || 信访举报投诉"), ("not_processed_repeat", "重复申请"),
    ("not_processed_publication", "公开出版物"), ("not_processed_mass", "大量反复申请 || 大量反复"),
    ("not_processed_confirm", "已获取信息 || 确认或重新出具 || 重新出具"),
]
_ROWS_2021_OTHER = [("other_no_correction", "逾期不补正[^\\d|]*?申请 || 逾期不补正"),
                    ("other_no_fee", "收费通知[^\\d|]*?申请 || 逾期不缴费 || 逾期未缴费 || 逾期未缴纳"),
                    ("other_other", "其他")]
_ROWS_2019_OTHER = [("other", "其他处理")]
_ROWS_TAIL = [("total", "总计"), ("carried_forward", "结转下年度")]
TABLE3_ROWS = tuple(k for k, _ in _ROWS_HEAD + _ROWS_2021_OTHER + _ROWS_2019_OTHER + _ROWS_TAIL)
#: the rows of the 2021 format and of the 2019 format, in order
TABLE3_ROWS_2021 = tuple(k for k, _ in _ROWS_HEAD + _ROWS_2021_OTHER + _ROWS_TAIL)
TABLE3_ROWS_2019 = tuple(k for k, _ in _ROWS_HEAD + _ROWS_2019_OTHER + _ROWS_TAIL)
OUTCOME_GROUPS = {
    "applications_granted": ("granted",),
    "applications_partial": ("partial",),
    "applications_denied": tuple(k for k, _ in _ROWS_HEAD if k.startswith("denied_")),
    "applications_unable": tuple(k for k, _ in _ROWS_HEAD if k.startswith("unable_")),
    "applications_not_processed": tuple(k for k, _ in _ROWS_HEAD if k.startswith("not_processed_")),
    "applications_received": ("new",),
    "applications_carried_over": ("carried_over",),
    "applications_carried_forward": ("carried_forward",),
}
_T3_HEAD = re.compile(r"本\s*年\s*新\s*收")
_T3_2021 = re.compile(r"逾\s*期\s*不\s*补\s*正")
#: the mark of each sub-row in its group (1.属于国家秘密 …) and of the one-row groups ((一)予以公开 … (七)总计)
_ITEM_MARK = {k: rf"(?<![\d.]){i + 1}\s*[.、．]" for group in (
    [k for k, _ in _ROWS_HEAD if k.startswith("denied_")], [k for k, _ in _ROWS_HEAD if k.startswith("unable_")],
    [k for k, _ in _ROWS_HEAD if k.startswith("not_processed_")], [k for k, _ in _ROWS_2021_OTHER])
    for i, k in enumerate(group)} | {k: rf"[（(]{n}[)）]" for k, n in (("granted", "一"), ("partial", "二"),
                                                                     ("other", "六"), ("total", "七"))}


# --------------------------------------------------------------------------- by row labels
def read_table3(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """The cells of table 3 found by their row labels in ``mtext`` (``text`` masked), and
    notes on the rows that could not be split or were split ambiguously."""
    m0 = _T3_HEAD.search(mtext)
    if not m0:
        return [], []
    is2021 = bool(_T3_2021.search(mtext, m0.start()))
    rows = _ROWS_HEAD + (_ROWS_2021_OTHER if is2021 else _ROWS_2019_OTHER) + _ROWS_TAIL
    found: list[tuple[str, int, int]] = []
    pos, lview = m0.start(), None
    for i, (key, label) in enumerate(rows):
        m = _label_at(mtext, key, label, pos, pos + 400)
        if not m:
            lview = cells_blanked(mtext) if lview is None else lview  # (a label wrapped after its cells: …数 53 … 72 / 量)
            span = wrapped_label(mtext, lview, label_re(label), pos, pos + 400)
            if span is not None and not _label_at(mtext, *rows[min(i + 1, len(rows) - 1)], pos, span[0]):
                found.append((key, *span))
                pos = span[1]
            continue
        nxt = _label_at(mtext, *rows[i + 1], pos, m.start()) if i + 1 < len(rows) else None
        if nxt:
            continue  # the next row comes first: this row is missing (总计 of table 4's head is not it)
        found.append((key, m.start(), m.end()))
        pos = m.end()
    if len(found) < 3:
        return [], []
    found = _by_item_number(mtext, rows, found)
    column = column_after_labels(text, mtext, [k for k, _ in rows], found)
    if column:
        return column
    runs, direct = _row_runs(mtext, dict(rows), found)
    head = (max(found[0][1] - 300, 0), found[0][1])
    runs = without_line_numbers(mtext, runs, [k for k, _ in rows], head)
    cols, sols = _best_variant(text, runs, column_order(mtext, *head))
    total_only(text, runs, sols, len(cols))
    reduced_columns(text, mtext, runs, sols, len(cols), head)
    fewer_columns(text, runs, sols, len(cols))
    sparse_rows(text, runs, sols, len(cols))
    cells, notes = _row_cells(text, runs, cols, sols)
    return cells + direct, notes


def _labels_in(mtext: str, key: str, label: str, a: int, b: int) -> list[re.Match]:
    """The matches of a row's label in mtext[a:b]; for the 总计 row, not the 总计 of a row
    written as words (…,总计11件;); for the row 3.其他, not the 其他 of 其他处理-…."""
    return [m for m in label_re(label).finditer(mtext, a, b)
            if (key != "total" or mtext[max(0, m.start() - 1)] not in ",，;；、")
            and (key != "other_other" or not mtext.startswith("处理", m.end()))]


def _label_at(mtext: str, key: str, label: str, a: int, b: int) -> re.Match | None:
    """The first of :func:`_labels_in`, or None."""
    found = _labels_in(mtext, key, label, a, b)
    return found[0] if found else None


def _by_item_number(mtext: str, rows, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Rows whose label was not found (a PDF drops characters: "2.其他法律行政止公开"; an OCR
    misreads one: "(一)予以公幵"), found by their item mark between the rows found before
    and after them."""
    have = {k for k, _, _ in found}
    order = [k for k, _ in rows]
    out = list(found)
    for key in order:
        mark = _ITEM_MARK.get(key)
        if key in have or mark is None:
            continue
        i = order.index(key)
        before = [f for f in out if order.index(f[0]) < i]
        after = [f for f in out if order.index(f[0]) > i]
        if not before or not after:
            continue
        lo, hi = max(f[2] for f in before), min(f[1] for f in after)
        # (the rest of its label on the line, not in the template's words: 5.要求…已获取  2 0 0 0 0 0 2 / 信息)
        m = re.compile(rf"{mark}\s*(?=[\u4e00-\u9fff])[^\d\n|]*").search(mtext, lo, hi)
        if m and "\n" in mtext[m.start():hi]:  # (not the item number of the row found after: 1.本机关不掌握…)
            out.append((key, m.start(), m.end()))
            have.add(key)
    return sorted(out, key=lambda f: f[1])


def _row_runs(mtext: str, labels: dict[str, str], found: list[tuple[str, int, int]]
              ) -> tuple[list[tuple[str, int, int, int]], list[TCell]]:
    """(key, label start, run start, run end) of the rows found that have digits after
    their label; and cells read without a run: a pseudo-cell ``table3.<row>.blank`` for
    each row that has no digits, the 总计 cell of a row written as words."""
    runs: list[tuple[str, int, int, int]] = []
    direct: list[TCell] = []  # cells read without a run: blank rows, rows written as words
    for i, (key, ls, le) in enumerate(found):
        limit = found[i + 1][1] if i + 1 < len(found) else min(len(mtext), le + 200)
        # a heading repeats the row label before the row ("### 一、本年新收…"; not the rest of this label, on a line of its own)
        again = _labels_in(mtext, key, labels[key], le, limit)
        if again and again[0].start() - le <= 1 and "\n" not in mtext[le:again[0].end()]:
            le = again[0].end()  # (the label's words go on: 确认或重新出具 / 已获取信息 | — |)
        again = [a for a in again if OWN_LINE.search(mtext, le, a.start()) or AFTER_COLUMN_NAMES.search(mtext, le, a.start())]
        if again:
            ls, le = again[-1].start(), again[-1].end()
        span = run_after(mtext, le, limit)
        if span and NEXT_ROW.search(mtext, le, span[0]):
            span = None  # (cells after another row's label on a line below: not this row's)
        nl = mtext.find("\n", le)
        line_end = min(limit, nl if nl >= 0 else len(mtext))
        words, total = row_in_words(mtext, le, line_end, span, key=key)
        if words:  # its 总计 alone, or nothing (neither its first number nor a blank: 0)
            direct += [TCell(f"table3.{key}.total", total[0], total[1], total[2], ls, line_end)] if total else []
            continue
        if not span and (span := cells_of_the_line_before(mtext, ls, found[i - 1][2] if i else 0)):
            ls = mtext.rfind("\n", 0, span[0]) + 1  # (the row starts on the line of its cells)
        if span:
            runs.append((key, ls, *span))
        elif not CELL_DIGITS.search(mtext, le, line_end) and not IN_A_SENTENCE.match(mtext, le):
            direct.append(TCell(f"table3.{key}.blank", 0.0, ls, le, ls, le, "blank in table"))
        # (a number after the label, before the next row, not its cells: a row not read, not blank)
    return runs, direct


def _best_variant(text: str, runs, order: tuple[int, ...] | None = None) -> tuple[tuple[str, ...], dict[str, list]]:
    """The columns (7 or 8: the variant splitting the most rows, then keeping the most printed
    rows' sums: 小计 first or last) and the splits of each row with them; with ``order`` (a
    header printing the seven columns in another order), each row's seven cells as printed."""
    # cells where the | put them (blanks included) or by position with dashes (16 3 — — 2 2 23); blanks
    # printed as nothing: the total (not placed last when the columns stand in another order)
    piped = {key: p for key, _, s, e in runs if (p := pipe_cells(text[s:e]) or dashed_cells(text[s:e])
                                                  or (None if order else total_of_blanks(text[s:e], 7))) is not None}
    # (a pipe row whose first cells are blank, after the fillers of a label spanning columns: right-aligned)
    lead = {key: _leading_blanks(text, s) for key, _, s, _ in runs if key in piped}
    piped = {key: _with_leading_blanks(piped[key], lead[key], 7 if order else 0) for key in piped}
    if order:
        cells = {key: piped.get(key) or literal_split(text[s:e], len(order)) for key, _, s, e in runs}
        return TABLE3_COLUMNS, {key: [row] for key, c in cells.items() if (row := in_column_order(c, order))}
    best_cols, best, n_best = TABLE3_COLUMNS, {}, (0, 0)
    for cols, (n, rule) in ((TABLE3_COLUMNS, table3_rule()), (TABLE3_COLUMNS8, table3_rule_subtotal()),
                            (TABLE3_COLUMNS8_FIRST, table3_rule_subtotal(first=True))):
        sols, n_split, n_hold = {}, 0, 0
        for key, p in piped.items():
            if len(p := _with_leading_blanks(p, lead[key], n)) == n:
                sols[key] = [p]
                n_split, n_hold = n_split + 1, n_hold + holds(p, rule)
        for i, (key, _, s, e) in enumerate(runs):
            if key in sols:
                continue
            if n_split + len(runs) - i < n_best[0]:
                break  # even splitting every row left, this variant would split fewer rows
            sols[key] = split_run(text[s:e], n, rule)
            n_split += bool(sols[key])
        else:
            if (n_split, n_hold) > n_best:
                best_cols, best, n_best = cols, sols, (n_split, n_hold)
    return best_cols, best


def _leading_blanks(text: str, s: int) -> int:
    """The blank cells of a pipe row between its label and its first number (| 四、结转下年度 |
    | | | 2 | | | 1 | 1 | 4 |: the run starts at the 2)."""
    parts = text[text.rfind("\n", 0, s) + 1:s].split("|")[:-1]
    k = 0
    while k < len(parts) - 1 and not parts[len(parts) - 1 - k].strip():
        k += 1
    return k


def _with_leading_blanks(cells: list, k: int, n: int) -> list:
    """A pipe row's cells with its ``k`` leading blank cells put before them, where fewer than
    ``n`` (the variant's columns: 7, or 8 with 小计) were read and that many can be (right-aligned)."""
    return ([None] * k + cells)[-n:] if n and len(cells) < n <= k + len(cells) else cells


def _row_cells(text: str, runs, cols: tuple[str, ...], sols: dict[str, list]) -> tuple[list[TCell], list[dict]]:
    """The cells of each row (one split chosen per row, :func:`_resolve`; a row with no
    split taken as printed, or left out), and the notes on the rows."""
    chosen, ambiguous = _resolve(sols, len(cols))
    notes: list[dict] = []
    cells: list[TCell] = []
    rules = _RULES[cols]
    for key, ls, s, e in runs:
        sol = chosen.get(key)
        # cells placed by a row's | or dashes are as printed: their row sum may fail (a split
        # found by the rules holds it; rows of fewer columns or of a total alone have theirs)
        literal = sol is not None and _as_printed(text[s:e], sol) and not holds(sol, rules)
        if sol is None:
            sol = literal_split(text[s:e], len(cols))
            literal = sol is not None
        if sol is None:
            notes.append(dict(rule=f"table3.{key}.split", ok=False, expected=f"{len(cols)} cells",
                              observed=text[s:e], start=ls, end=e))
            continue
        if literal:  # the cells as printed; their row sum fails (a check row says so)
            notes.append(dict(rule=f"table3.{key}.split", ok=False, expected="总计 = sum of the applicant columns",
                              observed="cells taken as printed: " + " | ".join("" if c is None else str(c.value) for c in sol),
                              start=ls, end=e))
        for col, c in zip(cols, sol):
            if c is None:
                continue
            q = "ambiguous split" if key in ambiguous else ("row sum fails" if literal else "")
            cells.append(TCell(f"table3.{key}.{col}", float(c.value), s + c.start, s + c.end, ls, e, q))
        if key in ambiguous:
            notes.append(dict(rule=f"table3.{key}.split_unique", ok=False, expected="one split",
                              observed=f"{len(sols[key])} splits satisfy the row sum", start=ls, end=e))
    return cells, notes


_RULES = {TABLE3_COLUMNS: table3_rule()[1], TABLE3_COLUMNS8: table3_rule_subtotal()[1],
          TABLE3_COLUMNS8_FIRST: table3_rule_subtotal(first=True)[1]}


def _as_printed(run: str, sol: list) -> bool:
    """Whether a row's cells are those its | or dashes place (:func:`pipe_cells`,
    :func:`dashed_cells`), with at least one applicant cell filled."""
    printed = pipe_cells(run) or dashed_cells(run)
    return printed is not None and len(printed) == len(sol) and any(c is not None for c in sol[:-1]) and all(
        (a is None and b is None) or (a is not None and b is not None and a.value == b.value)
        for a, b in zip(printed, sol))


def _resolve(sols: dict[str, list], ncols: int) -> tuple[dict[str, list], set[str]]:
    """Choose one split per row; rows with several splits are chosen by the column identities."""
    def plain(sol: list) -> tuple[int, int]:
        vals = [c.value for c in sol if c is not None]
        return (-sum(v == 0 for v in vals), -(vals[0] if vals else 0))

    sols = {k: sorted(v, key=plain) if len(v) > 1 else list(v) for k, v in sols.items()}
    chosen = {k: v[0] for k, v in sols.items() if v}
    amb = [k for k, v in sols.items() if len(v) > 1]
    if not amb:
        return chosen, set()
    options = [sols[k][:6] for k in amb]
    best_score, best_combo, n_best = -1, None, 0
    for combo in itertools.islice(itertools.product(*options), 5000):
        trial = dict(chosen)
        trial.update(zip(amb, combo))
        score = _identity_score(trial, ncols)
        if score > best_score:
            best_score, best_combo, n_best = score, combo, 1
        elif score == best_score:
            n_best += 1
    chosen.update(zip(amb, best_combo))
    still = set(amb) if n_best > 1 else set()
    return chosen, still


def _val(sol, j: int) -> int | None:
    if sol is None or j >= len(sol) or sol[j] is None:
        return None
    return sol[j].value


def _identity_score(rows: dict[str, list], ncols: int) -> int:
    score = 0
    outcome = [k for k in rows if k not in ("new", "carried_over", "total", "carried_forward")]
    for j in range(ncols):
        a, b, t, f = (_val(rows.get(k), j) for k in ("new", "carried_over", "total", "carried_forward"))
        if None not in (a, b, t, f):
            score += (a + b == t + f)
        vals = [_val(rows.get(k), j) for k in outcome]
        if t is not None and vals and None not in vals:
            score += (sum(vals) == t)
    return score


#: the 总计 row's line, the evidence of rows left out by the balance alone
TOTAL_LINE = re.compile(r"[^\n]+")
#: the measures of the replies given (table 3's 本年度办理结果 without 其他处理; the only rows the balance says are 0)
REPLY_GROUPS = ("applications_granted", "applications_partial", "applications_denied", "applications_unable",
                "applications_not_processed")


def rows_left_out(text: str, by: dict, region: tuple[int, int]) -> re.Match | None:
    """The evidence that the rows of table 3 not read are 0, where the table balances with
    them taken as 0 (:func:`~gdrkit.extract.layouts.rest_zero_holds`): its words saying so
    (未列出的项目均为0), else its 总计 row, with 本年新收 read (a table printing only rows
    with numbers, 节选: counts are never negative, so rows left out of a sum that holds are
    0); None where it does not balance."""
    if not rest_zero_holds(by):
        return None
    said = REST_ZERO.search(text, max(0, region[0] - 300), region[1] + 300)
    return said or (TOTAL_LINE.match(text, by["table3.total.total"].row_start)
                    if "table3.new.total" in by and by["table3.total.total"].value > 0 else None)  # (not all 0: misread?)
