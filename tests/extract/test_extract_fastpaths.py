"""The extract modules' fast paths give what the plain code gives: the compact text of
the statement model, and the digit-run splitter against a brute force."""

from __future__ import annotations

import random
import sys

import pytest

from gdrkit.extract import split as S
from gdrkit.extract.sentences import Compact


def test_compact_text_maps_back_to_the_text():
    """statements.Compact drops whitespace, quotation marks and page markers; every compact
    character maps back to its own character of the text."""
    rng = random.Random(3)
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert max(map(ord, spaces)) <= 0x3000  # _IS_SPACE covers every whitespace character
    chars = spaces + ["a", "中", "。", "\U0001F600", "“", "”", "《", "》", "7"]
    for _ in range(500):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 80)))
        c = Compact(text)
        dropped = set("“”\"《》‘’「」")
        assert c.text == "".join(ch for ch in text if not ch.isspace() and ch not in dropped)
        assert [text[i] for i in c.pos.tolist()] == list(c.text)
        for i in range(len(c.text)):
            assert c.span(i, i + 1) == (int(c.pos[i]), int(c.pos[i]) + 1)


def test_compact_text_drops_page_markers_inside_numbers():
    c = Compact("主动公开政府信息共计1\n第 2 页 共 5 页\n27条,其中24\n- 3 -\n条")
    assert c.text == "主动公开政府信息共计127条,其中24条"


def test_compact_text_drops_a_running_header_inside_a_word():
    """A PDF's running header (the title and the page) between the halves of a word."""
    c = Compact("共受理申\n某县人民政府2014年政府信息公开工作年度报告 第2页\n请96件。本报告第3页所列")
    assert c.text == "共受理申请96件。本报告第3页所列"


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
    """table3.read_table3 asks for the first/last split only when the digits are one
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
