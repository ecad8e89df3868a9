"""The extract modules' fast paths give what the plain code gives.

Patterns tried only where one of their literals occurs (narrative._finditer_at) are
compared with a full ``finditer`` scan on random strings dense in the literals the
patterns are made of.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from gdrkit.extract import narrative as N
from gdrkit.extract import split as S

_NOISE = ["。", ";", ",", "的", "和", "、", "不", "部分", "尚", "经", "为", "申请", "信息", "12", "0", "3,456",
          "7.5", "五", "十二", "余", "多", "左右", "件", "条", "起", "３", "〇", "复议", "诉讼", "政府信息公开申请",
          "依申请公开"]


def _strings(pat: re.Pattern[str], seed: int, n: int, phrases: tuple[str, ...] = ()) -> list[str]:
    """Random strings of the pattern's own Chinese literals ("收到", "申请", "件", ...) and
    some noise, so that matches, near misses and overlaps are frequent."""
    own = sorted(w for w in set(re.findall(r"[\u4e00-\u9fff]+", pat.pattern)) if "零" not in w and "一二" not in w)
    words = own * 3 + _NOISE + ["12", "0", "五"] * 3 + list(phrases) * 3
    rng = random.Random(seed)
    return ["".join(rng.choice(words) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


# (pattern, its candidate starts in a compact text) as narrative_candidates uses them
_ANCHORED = {
    "proactive_t2": (N._PROACTIVE_T2, lambda lit, s: lit("共", "全年")),
    "app_count_0": (N._APP_COUNT[0], lambda lit, s: N._app_count_starts(s, lit, 0)),
    "app_count_1": (N._APP_COUNT[1], lambda lit, s: N._app_count_starts(s, lit, 1)),
    "app_count_2": (N._APP_COUNT[2], lambda lit, s: N._app_count_starts(s, lit, 2)),
    "review_count_b": (N._REVIEW_COUNT_B, lambda lit, s: N._review_count_b_starts(s, lit)),
    # every occurrence is a match (narrative_candidates takes them as they are)
    "review_or_suit": (N._REVIEW_OR_SUIT, lambda lit, s: lit("复议", "诉讼")),
    "fee_none": (N._FEE_NONE, lambda lit, s: N._chars_before(s, N._FEE_NONE_FIRST, lit("费"), N._FEE_NONE_REACH)),
    "denied": (dict(N._OUTCOMES)["applications_denied"], lambda lit, s: lit("否决公开", "不予公开", "不同意公开")),
    "denied_none": (N._DENIED_NONE, lambda lit, s: sum((lit("不予公开", shift=-k) for k in (1, 2, 3)), [])),
}


@pytest.mark.parametrize("name", sorted(_ANCHORED))
def test_anchored_finditer_equals_scan(name):
    pat, starts = _ANCHORED[name]
    hits = 0
    phrases = ("共发布信息", "全年公开政府信息", "共公布信息") if name == "proactive_t2" else ()
    for s in _strings(pat, sum(map(ord, name)), 3000, phrases):
        want = _spans(pat.finditer(s))
        assert _spans(N._finditer_at(pat, s, starts(N._Literals(s), s))) == want, s
        if name == "review_or_suit":
            assert [m.start() for m in pat.finditer(s)] == sorted(starts(N._Literals(s), s))
        hits += len(want)
    assert hits > 50  # the strings do exercise the pattern


def test_breakdown_window_equals_scan():
    rng = random.Random(7)
    words = ["法规公文", "类", "信息", "12", "3", "条", "主动公开", "。", "规划计划类", "分类"]
    hits = 0
    for _ in range(3000):
        s = "".join(rng.choice(words) for _ in range(rng.randrange(1, 40)))
        cs = rng.randrange(len(s) + 1)
        hi = min(len(s), cs + rng.choice([5, 40, 400]))
        want = _spans(N._BREAKDOWN.finditer(s, cs, hi))
        starts = (i for f in N._occurrences(s, "类", cs, hi) for i in range(f - 8, f - 1))
        assert _spans(N._finditer_at(N._BREAKDOWN, s, starts, cs, hi)) == want, (s, cs, hi)
        hits += len(want)
    assert hits > 20


def test_offsets_and_compact_text():
    rng = random.Random(3)
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert max(map(ord, spaces)) <= 0x3000  # _IS_SPACE covers every whitespace character
    chars = spaces + ["a", "中", "。", "\U0001F600", "\ud800", "7"]
    for _ in range(500):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 80)))
        ctext, idx = N.compact(text)
        assert "".join(text.split()) == ctext == re.sub(r"\s", "", text)
        off = N._Offsets(text)
        assert [off[i] for i in range(len(ctext))] == idx
        for pos in range(len(text)):
            assert off.compact_index(pos) == (None if text[pos].isspace() else idx.index(pos))


def _reference_splits(run: str, n: int, rules: dict) -> list[list[tuple[int, int, int]]]:
    """split_run by brute force: every composition of the digits into ``n`` cells of 1 to
    7 digits (a free cell starting with 0 is "0"; a rule cell is its value written out),
    preferring those with no border inside a cell; lexicographic order, at most 50."""
    pos = [i for i, ch in enumerate(run) if ch.isdigit()]
    digits = "".join(run[i] for i in pos)
    borders = {k for k in range(1, len(pos)) if pos[k] != pos[k - 1] + 1}
    L = len(digits)

    def compositions(start: int, left: int):
        if left == 0:
            if start == L:
                yield ()
            return
        for e in range(start + 1, min(L, start + 7) + 1):
            for rest in compositions(e, left - 1):
                yield ((start, e),) + rest

    def valid(split) -> bool:
        values: list[int] = []
        for i, (a, b) in enumerate(split):
            cell = digits[a:b]
            if i in rules:
                if cell != str(rules[i](values)):
                    return False
            elif cell.startswith("0") and cell != "0":
                return False
            values.append(int(cell))
        return True

    sols = [s for s in compositions(0, n) if valid(s)] if L >= n else []
    kept = [s for s in sols if not any(a < b < e for a, e in s for b in borders)]
    return [[(int(digits[a:b]), pos[a], pos[b - 1] + 1) for a, b in s] for s in (kept or sols)[:50]]


@pytest.mark.parametrize("n, rules", [
    (2, {1: lambda c: c[0]}),
    (7, S.table3_rule()[1]),
    (8, S.table3_rule_subtotal()[1]),
    (5, S.groups_rule([4])),
    (6, S.groups_rule([2, 2])),
], ids=["first_last", "table3", "table3_subtotal", "table4_group", "two_groups"])
def test_split_run_equals_brute_force(n, rules):
    rng = random.Random(n)
    solved = 0
    for _ in range(400):
        values: list[int] = []
        for i in range(n):
            fixed = i in rules and rng.random() < 0.8
            values.append(rules[i](values) if fixed else rng.choice([0, 0, rng.randrange(10), rng.randrange(200)]))
        toks = [str(v) for v in values]
        if rng.random() < 0.3:
            toks[rng.randrange(n)] = str(rng.randrange(30))
        seps = rng.choice([[""], [" "], ["", "", " ", "\n", " | "]])
        run = toks[0] + "".join(rng.choice(seps) + t for t in toks[1:])
        if len(run.replace(" ", "").replace("\n", "").replace("|", "")) > 14:
            continue  # keep the brute force small
        got = [[(c.value, c.start, c.end) for c in sol] for sol in S.split_run(run, n, rules)]
        assert got == _reference_splits(run, n, rules), run
        solved += bool(got)
    assert solved > 50


def test_first_last_split_needs_a_number_written_twice():
    """template._table3 asks for the first/last split only when the digits are one
    number written twice; every split found must be of that form."""
    rng = random.Random(11)
    rule = {1: lambda c: c[0]}
    found = 0
    for _ in range(3000):
        v = rng.choice([0, rng.randrange(10), rng.randrange(1000)])
        run = rng.choice(["{a}{b}", "{a} {b}", "{a}\n\n{b}", "| {a} | {b} |", "{a}{b}{c}", "{a} {c}"]).format(
            a=v, b=rng.choice([v, v, rng.randrange(100)]), c=rng.randrange(100))
        digits = S.run_digits(run)
        twice = len(digits) % 2 == 0 and digits[:len(digits) // 2] == digits[len(digits) // 2:]
        if S.split_run(run, 2, rule):
            found += 1
            assert twice, run
    assert found > 500
