"""Tables 2, 3 and 4 of the national template (2019 and 2021 formats).

Cell measure names
------------------
``table3.<row>.<column>``
    rows: ``new`` (一、本年新收), ``carried_over`` (二、上年结转), ``granted`` (予以公开),
    ``partial`` (部分公开), ``denied_state_secret``, ``denied_law``, ``denied_safety``,
    ``denied_third_party``, ``denied_internal``, ``denied_process``, ``denied_enforcement``,
    ``denied_query`` (不予公开 1–8), ``unable_no_info``, ``unable_create``,
    ``unable_unclear`` (无法提供 1–3), ``not_processed_petition``, ``not_processed_repeat``,
    ``not_processed_publication``, ``not_processed_mass``, ``not_processed_confirm``
    (不予处理 1–5), ``other_no_correction``, ``other_no_fee``, ``other_other`` (2021
    其他处理 1–3) or ``other`` (2019 其他处理), ``total`` (七、总计),
    ``carried_forward`` (四、结转下年度).
    columns: ``natural_person``, ``commercial``, ``research``, ``social_welfare``,
    ``legal_services``, ``other_org``, (``org_subtotal`` when the report has the
    8-column variant), ``total``.
``table4.<group>.<result>``
    groups: ``review`` (行政复议), ``litigation_direct`` (未经复议直接起诉),
    ``litigation_after_review`` (复议后起诉); results: ``upheld``, ``corrected``,
    ``other``, ``pending``, ``total``.
``table2.<item>.<column>``
    items: ``regulations``, ``normative_docs``, ``licensing``, ``other_services``,
    ``penalty``, ``enforcement``, ``fees``, ``procurement``; columns (2019):
    ``new_made``, ``new_published``, ``total_published``, ``previous``, ``change``,
    ``decisions``, ``count``, ``amount``; (2021): ``issued``, ``repealed``,
    ``in_force``, ``decisions``, ``amount_10k_yuan``. Only rows whose cells are
    separated in the text (or hold a single cell) are read; flattened multi-cell rows
    of table 2 have no identity to split them by and are reported in ``checks``.

A split of a flattened run that is not unique is resolved with the column identities
of the whole table (new + carried over = total + carried forward; total = sum of the
outcome rows); when that still leaves a choice the cells carry
``qualifier="ambiguous split"``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .split import (
    Cell,
    groups_rule,
    literal_split,
    masked,
    pipe_cells,
    run_digits,
    split_run,
    table3_rule,
    table3_rule_subtotal,
)

__all__ = ["TABLE3_ROWS", "TABLE3_COLUMNS", "TABLE4_GROUPS", "TABLE4_RESULTS", "read_template_tables"]

TABLE3_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
TABLE3_COLUMNS8 = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org",
                   "org_subtotal", "total")
TABLE4_GROUPS = ("review", "litigation_direct", "litigation_after_review")
TABLE4_RESULTS = ("upheld", "corrected", "other", "pending", "total")

_ROWS_HEAD = [
    ("new", "本年新收"), ("carried_over", "上年结转"), ("granted", "予以公开"),
    ("partial", "部分公开"),
    ("denied_state_secret", "国家秘密"), ("denied_law", "禁止公开"), ("denied_safety", "三安全一稳定"),
    ("denied_third_party", "第三方合法权益"), ("denied_internal", "内部事务信息"),
    ("denied_process", "过程性信息"), ("denied_enforcement", "行政执法案卷"), ("denied_query", "行政查询事项"),
    ("unable_no_info", "不掌握相关政府信息"), ("unable_create", "另行制作"), ("unable_unclear", "仍不明确"),
    ("not_processed_petition", "信访举报投诉类申请"), ("not_processed_repeat", "重复申请"),
    ("not_processed_publication", "公开出版物"), ("not_processed_mass", "大量反复申请"),
    ("not_processed_confirm", "已获取信息"),
]
_ROWS_2021_OTHER = [("other_no_correction", "逾期不补正[^\\d|]*?申请"), ("other_no_fee", "收费通知[^\\d|]*?申请"),
                    ("other_other", "其他")]
_ROWS_2019_OTHER = [("other", "其他处理")]
_ROWS_TAIL = [("total", "总计"), ("carried_forward", "结转下年度")]
TABLE3_ROWS = tuple(k for k, _ in _ROWS_HEAD + _ROWS_2021_OTHER + _ROWS_2019_OTHER + _ROWS_TAIL)
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
_RUN = re.compile(r"[\d\s|]*\d[\d\s|]*")
_SKIP_NOTE = re.compile(r"\s*\([^)]{0,40}\)")
_SPACE = re.compile(r"\s")
#: what may stand between a label and its cells: spaces, and a Markdown rule line (|---|)
_GAP = re.compile(r"[\s|:\-]")
_NON_DIGIT = re.compile(r"\D")
_T3_HEAD = re.compile(r"本\s*年\s*新\s*收")
_T3_2021 = re.compile(r"逾\s*期\s*不\s*补\s*正")
_T4_PENDING = re.compile(r"尚\s*未\s*审\s*结")
_T4_REVIEW = re.compile(r"行\s*政\s*复\s*议")
_T4_TOTAL_HEAD = re.compile(r"(?:\s*\|?\s*总\s*计\s*\|?)")
_T4_DATA = re.compile(r"[\d\s|\-:]*")
_T4_MD_ROW = re.compile(r"总\s*计\s*\|\s*\n\|[-|\s]+\n(\|[\d\s|]+\|)")
_INT = re.compile(r"\d+")
_BORDER = re.compile(r"[\s|]")
_T2_HEAD = re.compile(r"第\s*二\s*十\s*条")
_T2_END = re.compile(r"本\s*年\s*新\s*收|收到和处理政府信息公开申请")
_T2_SEP = re.compile(r"[\s|]+")
_DATA_N = re.compile(r"数据\d")
#: words only the 2021 format has (tested with ``in``: a regex alternation scans slowly)
_IS2021 = ("本年制发件数", "逾期不补正", "本年处理决定数量")
#: a row with only its first and last cells filled ("22": 自然人 2, 总计 2)
_FIRST_LAST_RULE = {1: lambda c: c[0]}


@lru_cache(maxsize=None)
def _label_re(label: str) -> re.Pattern[str]:
    if "[" in label or "\\" in label:
        parts = re.split(r"(\[\^\\d\|\]\*\?)", label)
        body = "".join(p if p.startswith("[") else r"\s*".join(map(re.escape, p)) for p in parts)
    else:
        body = r"\s*".join(map(re.escape, label))
    return re.compile(body)


@dataclass
class TCell:
    measure: str
    value: float
    start: int
    end: int
    row_start: int
    row_end: int
    qualifier: str = ""
    unit: str = "applications"


def _run_after(mtext: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Span of the first digit run after ``pos`` (skipping a parenthetical note), or None."""
    m = _SKIP_NOTE.match(mtext, pos)
    if m:
        pos = m.end()
    r = _RUN.search(mtext, pos, limit)
    if not r or len(_GAP.sub("", mtext[pos:r.start()])) > 12:
        return None  # no digits right after the label: a blank row
    s, e = r.start(), r.end()
    while e > s and mtext[e - 1] in " \t\n|":
        e -= 1
    while s < e and mtext[s] in " \t\n|":
        s += 1
    if e < len(mtext) and mtext[e] in ".、":
        e -= 1  # the next row's item number ("00000002.其他法律…", or a blank row "2.")
        while e > s and mtext[e - 1] in " \t\n|":
            e -= 1
    return (s, e) if e > s else None


def _table3(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    m0 = _T3_HEAD.search(mtext)
    if not m0:
        return [], []
    is2021 = bool(_T3_2021.search(mtext, m0.start()))
    rows = _ROWS_HEAD + (_ROWS_2021_OTHER if is2021 else _ROWS_2019_OTHER) + _ROWS_TAIL
    found: list[tuple[str, int, int]] = []
    pos = m0.start()
    for key, label in rows:
        m = _label_re(label).search(mtext, pos, pos + 400)
        if not m:
            continue
        found.append((key, m.start(), m.end()))
        pos = m.end()
    if len(found) < 3:
        return [], []
    found = _by_item_number(mtext, rows, found)
    labels = dict(rows)
    runs: list[tuple[str, int, int, int]] = []  # key, label start, run start, run end
    blanks: list[TCell] = []
    for i, (key, ls, le) in enumerate(found):
        limit = found[i + 1][1] if i + 1 < len(found) else min(len(mtext), le + 200)
        again = list(_label_re(labels[key]).finditer(mtext, le, limit))
        if again:  # a heading repeats the row label before the row ("### 一、本年新收…")
            ls, le = again[-1].start(), again[-1].end()
        span = _run_after(mtext, le, limit)
        if span:
            runs.append((key, ls, *span))
        else:
            blanks.append(TCell(f"table3.{key}.blank", 0.0, ls, le, ls, le, "blank in table"))
    # pipe rows (Markdown, HTML tables): the cells are where the | put them, blanks included
    piped = {key: p for key, _, s, e in runs if (p := pipe_cells(text[s:e])) is not None}
    # 7 or 8 columns: the variant that splits the most rows
    best_cols, best, n_best = TABLE3_COLUMNS, {}, 0
    for cols, (n, rule) in ((TABLE3_COLUMNS, table3_rule()), (TABLE3_COLUMNS8, table3_rule_subtotal())):
        sols, n_split = {}, 0
        for key, p in piped.items():
            if len(p) == n:
                sols[key] = [p]
                n_split += 1
        for i, (key, _, s, e) in enumerate(runs):
            if key in sols:
                continue
            if n_split + len(runs) - i <= n_best:
                break  # even splitting every row left, this variant would not split more rows
            sols[key] = split_run(text[s:e], n, rule)
            n_split += bool(sols[key])
        else:
            if n_split > n_best:
                best_cols, best, n_best = cols, sols, n_split
    sols = best
    notes: list[dict] = []
    # rows with only the first and the last column filled ("22": 自然人 2, 总计 2), and
    # rows of zeros with a blank cell
    for key, _, s, e in runs:
        if not sols.get(key):
            d = _NON_DIGIT.sub("", text[s:e])
            if d and set(d) == {"0"} and len(d) < len(best_cols):
                sols[key] = [[None] * (len(best_cols) - 1) + [Cell(0, e - s - 1, e - s)]]
                continue
            # the two cells are one number written twice ("22", "1515"): other digits have no split
            digits = run_digits(text[s:e])
            twice = len(digits) % 2 == 0 and digits[:len(digits) // 2] == digits[len(digits) // 2:]
            two = split_run(text[s:e], 2, _FIRST_LAST_RULE) if len(d) <= 8 and twice else []
            if two:
                sols[key] = [[two[0][0]] + [None] * (len(best_cols) - 2) + [two[0][1]]]
    chosen, ambiguous = _resolve(sols, len(best_cols))
    cells: list[TCell] = []
    for key, ls, s, e in runs:
        sol = chosen.get(key)
        literal = False
        if sol is None:
            sol = literal_split(text[s:e], len(best_cols))
            literal = sol is not None
        if sol is None:
            notes.append(dict(rule=f"table3.{key}.split", ok=False, expected=f"{len(best_cols)} cells",
                              observed=text[s:e], start=ls, end=e))
            continue
        if literal:  # the cells as printed; their row sum fails (a check row says so)
            notes.append(dict(rule=f"table3.{key}.split", ok=False, expected="总计 = sum of the applicant columns",
                              observed="cells taken as printed: " + " | ".join(str(c.value) for c in sol),
                              start=ls, end=e))
        for col, c in zip(best_cols, sol):
            if c is None:
                continue
            q = "ambiguous split" if key in ambiguous else ("row sum fails" if literal else "")
            cells.append(TCell(f"table3.{key}.{col}", float(c.value), s + c.start, s + c.end, ls, e, q))
        if key in ambiguous:
            notes.append(dict(rule=f"table3.{key}.split_unique", ok=False, expected="one split",
                              observed=f"{len(sols[key])} splits satisfy the row sum", start=ls, end=e))
    return cells + blanks, notes


#: the item number of each sub-row within its group (1.属于国家秘密 … 8.属于行政查询事项)
_ITEM_NO = {k: i + 1 for group in (
    [k for k, _ in _ROWS_HEAD if k.startswith("denied_")], [k for k, _ in _ROWS_HEAD if k.startswith("unable_")],
    [k for k, _ in _ROWS_HEAD if k.startswith("not_processed_")], [k for k, _ in _ROWS_2021_OTHER])
    for i, k in enumerate(group)}


def _by_item_number(mtext: str, rows, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Sub-rows whose label was not found (a PDF drops characters: "2.其他法律行政止公开"),
    found by their item number between the rows found before and after them."""
    have = {k for k, _, _ in found}
    order = [k for k, _ in rows]
    out = list(found)
    for key in order:
        n = _ITEM_NO.get(key)
        if key in have or n is None:
            continue
        i = order.index(key)
        before = [f for f in out if order.index(f[0]) < i]
        after = [f for f in out if order.index(f[0]) > i]
        if not before or not after:
            continue
        lo, hi = max(f[2] for f in before), min(f[1] for f in after)
        m = re.compile(rf"(?<![\d.]){n}\s*[.、．]\s*(?=[\u4e00-\u9fff])").search(mtext, lo, hi)
        if m:
            out.append((key, m.start(), m.end()))
            have.add(key)
    return sorted(out, key=lambda f: f[1])


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


def _table4(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    heads = list(_T4_PENDING.finditer(mtext))
    m = _T4_REVIEW.search(mtext, max(0, heads[0].start() - 600) if heads else 0)
    if not heads or m is None:
        return [], []
    # the data follow the last header cell (总计) of the table-4 header block
    last = heads[-1]
    t = _T4_TOTAL_HEAD.match(mtext, last.end())
    pos = t.end() if t else last.end()
    cells: list[TCell] = []
    notes: list[dict] = []
    r = _T4_DATA.match(mtext, pos)
    # markdown: three sub-tables each with one data row (|---| lines are skipped)
    if "|" in mtext[last.start() - 200:last.start()]:
        groups = []
        for h in heads[-3:]:
            d = _T4_MD_ROW.search(mtext, h.end())
            if d:
                groups.append((d.start(1), d.end(1)))
        if len(groups) == 3:
            vals = []
            for s, e in groups:
                sp = split_run(text[s:e], 5, groups_rule([4]))
                if not sp:
                    break
                vals.append((s, e, sp[0]))
            if len(vals) == 3:
                for g, (s, e, sol) in zip(TABLE4_GROUPS, vals):
                    for res, c in zip(TABLE4_RESULTS, sol):
                        cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end,
                                           s, e, unit="cases"))
                return cells, notes
    span = _run_after(mtext, pos, min(len(mtext), pos + 300))
    if not span or not r:
        return [], []
    s, e = span
    sols = split_run(text[s:e], 15, groups_rule([4, 4, 4]))
    toks = _INT.findall(text[s:e])
    if not sols and len(toks) == 3 and _BORDER.search(text[s:e]):
        # only the three 总计 cells filled
        off = s
        for g, tok in zip(TABLE4_GROUPS, toks):
            i = text.find(tok, off)
            cells.append(TCell(f"table4.{g}.total", float(tok), i, i + len(tok), last.start(), e,
                               "other cells blank", unit="cases"))
            off = i + len(tok)
        return cells, notes
    if not sols:
        lit = literal_split(text[s:e], 15)
        notes.append(dict(rule="table4.split", ok=False, expected="15 cells, each 总计 = sum of its four",
                          observed=text[s:e] if lit is None else "cells taken as printed: " + text[s:e],
                          start=s, end=e))
        if lit is None:
            return [], notes
        for (g, res), c in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), lit):
            cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end, last.start(), e,
                               "total does not add up", unit="cases"))
        return cells, notes
    q = "ambiguous split" if len(sols) > 1 else ""
    if q:
        notes.append(dict(rule="table4.split_unique", ok=False, expected="one split",
                          observed=f"{len(sols)} splits", start=s, end=e))
    for (g, res), c in zip(itertools.product(TABLE4_GROUPS, TABLE4_RESULTS), sols[0]):
        cells.append(TCell(f"table4.{g}.{res}", float(c.value), s + c.start, s + c.end, last.start(), e,
                           q, unit="cases"))
    return cells, notes


_T2_ITEMS = [
    ("regulations", "规章", ("new_made", "new_published", "total_published"), ("issued", "repealed", "in_force")),
    ("normative_docs", "规范性文件", ("new_made", "new_published", "total_published"), ("issued", "repealed", "in_force")),
    ("licensing", "行政许可", ("previous", "change", "decisions"), ("decisions",)),
    ("other_services", "其他对外管理服务事项", ("previous", "change", "decisions"), ()),
    ("penalty", "行政处罚", ("previous", "change", "decisions"), ("decisions",)),
    ("enforcement", "行政强制", ("previous", "change", "decisions"), ("decisions",)),
    ("fees", "行政事业性收费", ("previous", "change"), ("amount_10k_yuan",)),
    ("procurement", "政府集中采购", ("count", "amount"), ()),
]
_T2_RUN = re.compile(r"[\d\s|.\-]*\d[\d\s|.\-]*")


def _table2(text: str, mtext: str, is2021: bool) -> tuple[list[TCell], list[dict]]:
    m0 = _T2_HEAD.search(mtext)
    if not m0:
        return [], []
    end = _T2_END.search(mtext, m0.end())
    stop = end.start() if end else m0.end() + 1500
    cells: list[TCell] = []
    notes: list[dict] = []
    pos = m0.start()
    for item, label, cols19, cols21 in _T2_ITEMS:
        cols = cols21 if is2021 else cols19
        if not cols:
            continue
        m = _label_re(label).search(mtext, pos, stop)
        if not m:
            continue
        pos = m.end()
        r = _T2_RUN.match(mtext, m.end())
        if not r:
            continue
        raw = r.group(0).strip(" |\n\t")
        if raw.endswith(".") or raw.endswith("-"):
            raw = raw[:-1]
        s = r.start() + r.group(0).find(raw[:1]) if raw else r.start()
        toks = [t for t in _T2_SEP.split(raw) if t]
        if item == "procurement" and len(toks) == 1:
            notes.append(dict(rule=f"table2.{item}.split", ok=None, expected="count and amount",
                              observed=raw, start=s, end=s + len(raw)))
            continue
        if len(toks) != len(cols):
            if len(cols) > 1:
                notes.append(dict(rule=f"table2.{item}.split", ok=None, expected=f"{len(cols)} cells",
                                  observed=raw, start=s, end=s + len(raw)))
            continue
        off = s
        for col, tok in zip(cols, toks):
            i = text.find(tok, off)
            try:
                v = float(tok)
            except ValueError:
                continue
            unit = "10k_yuan" if col == "amount_10k_yuan" else ("yuan" if col == "amount" else "items")
            cells.append(TCell(f"table2.{item}.{col}", v, i, i + len(tok), m.start(), s + len(raw), unit=unit))
            off = i + len(tok)
    return cells, notes


_T3_SECTION = re.compile(r"收\s*到\s*和\s*处\s*理\s*政\s*府\s*信\s*息\s*公\s*开\s*申\s*请\s*情\s*况")
_NEXT_SECTION = re.compile(r"\n\s*(?:#+\s*)?四\s*[、.]|政府信息公开行政复议")
_ROWS_2021 = [k for k, _ in _ROWS_HEAD + _ROWS_2021_OTHER + _ROWS_TAIL]
_ROWS_2019 = [k for k, _ in _ROWS_HEAD + _ROWS_2019_OTHER + _ROWS_TAIL]
BY_POSITION = "read by position: no row labels"


def _table3_by_position(text: str, mtext: str) -> tuple[list[TCell], list[dict]]:
    """Table 3 as a stream of numbers with no row labels (a converter kept only the
    cells): exactly 25 × 7 (2021) or 23 × 7 (2019) numbers in section 三, read in row
    order; every cell says so, and the identities check the reading."""
    m = _T3_SECTION.search(mtext)
    if not m:
        return [], []
    nxt = _NEXT_SECTION.search(mtext, m.end())
    end = nxt.start() if nxt else len(mtext)
    nums = [x for x in _INT.finditer(mtext, m.end(), end)]
    for keys in (_ROWS_2021, _ROWS_2019):
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


def read_template_tables(text: str, *, is2021: bool | None = None) -> tuple[list[TCell], list[dict]]:
    """Cells of tables 2, 3 and 4 found in one cleaned text.

    A table-3 row whose label is present but whose cells are all blank gives a
    pseudo-cell ``table3.<row>.blank`` (value 0, qualifier "blank in table") so that
    headline measures can be filled; it is not emitted as a figure.

    Returns
    -------
    (list of TCell, list of dict)
        The cells (measure, value, span of the cell, span of its row) and notes on rows
        that could not be split or were split ambiguously (``checks`` rows without
        report_id: rule, ok, expected, observed, start, end).
    """
    mtext = _DATA_N.sub(lambda m: " " * len(m.group(0)), masked(text))
    if is2021 is None:
        is2021 = any(w in mtext for w in _IS2021)
    c3, n3 = _table3(text, mtext)
    if not c3:
        c3, n3 = _table3_by_position(text, mtext)
    c4, n4 = _table4(text, mtext)
    c2, n2 = _table2(text, mtext, is2021)
    return c2 + c3 + c4, n2 + n3 + n4
