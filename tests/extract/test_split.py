"""The digit-run splitter's parts (gdrkit.extract.split) on runs written for the tests:
the rules of the table identities built afresh, pipe rows by position, cells taken as
printed, page markers blanked, the limits (at most 7 digits a cell, 50 splits), and
non-ASCII digits."""

from __future__ import annotations

from gdrkit.extract import split as S
from gdrkit.extract.split import Cell


def test_group_rules_built_afresh(monkeypatch):
    """groups_rule computes each group's sum rule (not only from its memo of sizes)."""
    monkeypatch.setattr(S, "_GROUP_RULES", {})
    rules = S.groups_rule([2, 3])
    assert sorted(rules) == [2, 6]
    assert rules[2]([4, 5]) == 9 and rules[6]([4, 5, 9, 1, 2, 3]) == 6
    assert S.groups_rule([2, 3]).keys() == rules.keys() and S._GROUP_RULES[(2, 3)][6] is rules[6]
    n, t3 = S.table3_rule()
    assert n == 7 and sorted(t3) == [6] and t3[6]([1, 2, 3, 4, 5, 6]) == 21
    n8, sub = S.table3_rule_subtotal()
    assert n8 == 8 and sub[6]([9, 1, 2, 3, 4, 5]) == 15 and sub[7]([9, 1, 2, 3, 4, 5, 15]) == 24
    four = S.groups_rule([4, 4, 4])
    assert sorted(four) == [4, 9, 14] and four[9](list(range(10))) == 5 + 6 + 7 + 8


def test_pipe_cells_by_position():
    assert S.pipe_cells("5 |  |  |  | 1 |  | 6") == [Cell(5, 0, 1), None, None, None, Cell(1, 13, 14), None,
                                                      Cell(6, 20, 21)]
    assert S.pipe_cells("| 3 | 0 |") == [None, Cell(3, 2, 3), Cell(0, 6, 7), None]
    assert S.pipe_cells(" |  | ") is None  # every cell blank
    assert S.pipe_cells("5 0") is None  # no |
    assert S.pipe_cells("5 | x") is None  # a cell that is not a number


def test_literal_split_as_printed():
    assert S.literal_split("5 0 0 0 0 0 6", 7) == [Cell(5, 0, 1)] + [Cell(0, i, i + 1) for i in (2, 4, 6, 8, 10)] + [
        Cell(6, 12, 13)]
    assert S.literal_split("50 | 1 0", 3) == [Cell(50, 0, 2), Cell(1, 5, 6), Cell(0, 7, 8)]
    assert S.literal_split("5000006", 7) == [Cell(5, 0, 1)] + [Cell(0, i, i + 1) for i in range(1, 6)] + [
        Cell(6, 6, 7)]
    assert S.literal_split("50 00006", 7) == [Cell(5, 0, 1), Cell(0, 1, 2)] + [Cell(0, i, i + 1) for i in range(3, 7)] + [
        Cell(6, 7, 8)]
    assert S.literal_split("12 3", 7) is None
    assert S.literal_split("１２３４５６７", 7) is None  # not ASCII digits: not one per cell


def test_page_markers_are_blanked_in_place():
    assert S.masked("第一行\n - 3 -\n第二行\n—12—") == "第一行\n      \n第二行\n    "
    assert S.masked("共 - 3 - 页") == "共 - 3 - 页"  # not a line of its own
    assert S.masked("|1|1|\n—— 4 ——\n|0|") == "|1|1|\n       \n|0|"  # (two dashes each side)


def test_split_limits():
    """A cell holds at most 7 digits; at most 50 splits are returned; a free cell starts
    with 0 only when it is 0."""
    assert [[c.value for c in s] for s in S.split_run("12345678", 2, {})] == [
        [1, 2345678], [12, 345678], [123, 45678], [1234, 5678], [12345, 678], [123456, 78], [1234567, 8]]
    assert S.split_run("123456789", 1, {}) == []
    assert len(S.split_run("12345678912345", 4, {})) == 50
    assert [[c.value for c in s] for s in S.split_run("10203", 3, {})] == [[1, 0, 203], [10, 20, 3], [102, 0, 3]]
    assert S.split_run("12", 3, {}) == []


def test_split_of_rows_ending_in_their_sum():
    n, rule = S.table3_rule()
    # the 总计 is the only suffix whose digit sum matches (casting out nines)
    assert [[c.value for c in s] for s in S.split_run("1000001", n, rule)] == [[1, 0, 0, 0, 0, 0, 1]]
    assert [[c.value for c in s] for s in S.split_run("9000009", n, rule)] == [[9, 0, 0, 0, 0, 0, 9]]
    assert [[c.value for c in s] for s in S.split_run("100000010", n, rule)] == [[10, 0, 0, 0, 0, 0, 10]]
    assert S.split_run("99000099", n, rule) == []
    assert S.split_run("1000002", n, rule) == []
    # a border (a space) inside a cell is avoided when a split keeps it
    assert [[(c.value, c.start, c.end) for c in s] for s in S.split_run("1 0 0 0 0 0 1", n, rule)] == [
        [(1, 0, 1)] + [(0, i, i + 1) for i in (2, 4, 6, 8, 10)] + [(1, 12, 13)]]
    n8, sub = S.table3_rule_subtotal()
    assert [[c.value for c in s] for s in S.split_run("51000016", n8, sub)] == [[5, 1, 0, 0, 0, 0, 1, 6]]


def test_non_ascii_digits_are_digits_of_the_run():
    assert S.run_digits("１ ２") == "１２"
    assert [[(c.value, c.start, c.end) for c in s] for s in S.split_run("１ ２", 2, {})] == [[(1, 0, 1), (2, 2, 3)]]


def test_runs_of_non_ascii_digits_where_they_start_and_end():
    """Full-width digits: a run from the first character, one to the last, two runs
    apart, a run after a letter."""
    assert S.digit_runs("１２") == [(0, 2)]
    assert S.digit_runs("１２ ３４") == [(0, 2), (3, 5)]
    assert S.digit_runs("a１２") == [(1, 3)]
    assert S.digit_runs("x１ ２") == [(1, 2), (3, 4)]


def test_pipe_cell_printed_as_a_dash_is_a_zero_at_the_dash():
    assert S.pipe_cells("5 | — | 6") == [Cell(5, 0, 1), Cell(0, 4, 5), Cell(6, 8, 9)]
    assert S.pipe_cells("12 | -- | 12") == [Cell(12, 0, 2), Cell(0, 5, 7), Cell(12, 10, 12)]
