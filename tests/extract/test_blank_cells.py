"""Table rows whose blank cells are printed as nothing: tab rows (a table copied from Word or
a spreadsheet, two tabs for a blank cell) and rows whose whitespace was folded (PDF text);
passages written for these tests."""

from __future__ import annotations

import pytest
from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.split import Cell, total_of_blanks
from gdrkit.text.tab_rows import tab_rows

_BLANK = [None] * 7
#: table 3 of a county bureau, 2019 layout (received 38: 20 + 11 + 2 + 5; outcomes 16 + 4 + 6
#: + 8 + 3 = 37 and 1 carried forward; nothing carried over) and its table 4
_ROWS = (
    ("一、本年新收政府信息公开申请数量", [20, 11, None, 2, None, 5, 38]),
    ("二、上年结转政府信息公开申请数量", _BLANK),
    ("三、本年度办理结果", None),
    ("（一）予以公开", [9, 5, None, None, None, 2, 16]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [2, None, None, 1, None, 1, 4]),
    ("（三）不予公开1.属于国家秘密", _BLANK),
    ("2.其他法律行政法规禁止公开", _BLANK), ("3.危及“三安全一稳定”", _BLANK),
    ("4.保护第三方合法权益", [3, 1, None, None, None, None, 4]), ("5.属于三类内部事务信息", _BLANK),
    ("6.属于四类过程性信息", [1, 1, None, None, None, None, 2]), ("7.属于行政执法案卷", _BLANK),
    ("8.属于行政查询事项", _BLANK),
    ("（四）无法提供1.本机关不掌握相关政府信息", [3, 2, None, 1, None, 1, 7]),
    ("2.没有现成信息需要另行制作", [None, 1, None, None, None, None, 1]),
    ("3.补正后申请内容仍不明确", _BLANK),
    ("（五）不予处理1.信访举报投诉类申请", [2, 1, None, None, None, None, 3]),
    ("2.重复申请", _BLANK), ("3.要求提供公开出版物", _BLANK), ("4.无正当理由大量反复申请", _BLANK),
    ("5.要求行政机关确认或重新出具已获取信息", _BLANK),
    ("（六）其他处理", _BLANK),
    ("（七）总计", [20, 11, None, 2, None, 4, 37]),
    ("四、结转下年度继续办理", [None, None, None, None, None, 1, 1]),
)
_TABLE4 = [None, 1, None, 1, 2, 1, None, None, None, 1, None, None, None, None, None]


def _table(sep: str) -> str:
    """Tables 3 and 4 with their cells separated by ``sep``, a blank cell as nothing."""
    def row(cells):
        return sep.join("" if c is None else str(c) for c in cells)
    head = (f"三、收到和处理政府信息公开申请情况\n{sep}申请人情况\n{sep}自然人{sep}法人或其他组织{sep * 5}总计\n"
            f"{sep * 2}商业企业{sep}科研机构{sep}社会公益组织{sep}法律服务机构{sep}其他{sep}\n")
    body = "".join(label + ("" if cells is None else sep + row(cells)) + "\n" for label, cells in _ROWS)
    t4 = ("四、政府信息公开行政复议和行政诉讼情况\n行政复议" + sep * 5 + "行政诉讼\n"
          + sep.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "\n" + row(_TABLE4) + "\n")
    return head + body + t4 + "五、存在的主要问题及改进情况\n无。\n"


_EXPECTED = ["applications_carried_forward 1", "applications_carried_over 0 (blank in table)",
             "applications_denied 6 (blank in table)", "applications_granted 16",
             "applications_not_processed 3 (blank in table)", "applications_partial 4",
             "applications_received 38", "applications_unable 8 (blank in table)", "lawsuits 1", "reconsiderations 2"]


def test_tab_rows_become_pipe_rows_with_their_blank_cells():
    text, _ = clean_text(_table("\t"))
    assert "| 一、本年新收政府信息公开申请数量 | 20 | 11 | | 2 | | 5 | 38 |" in text  # (spaces folded)
    assert "| (一)予以公开 | 9 | 5 | | | | 2 | 16 |" in text
    assert "\n2.重复申请\n" in text  # (a label and blank cells only: a label alone, as a blank row)


def test_a_tab_table_is_read_with_its_blank_cells():
    _, figs, _ = read(_table("\t"), 2019)
    assert figs == _EXPECTED


def test_the_same_table_with_its_tabs_folded_to_spaces_gives_its_totals():
    # (the blanks' places are lost: each row's total is read, and its cells are not cut into
    # digits to fill seven columns, 20 11 2 5 38 is not 2 | 0 | 11 | 2 | 5 | 3 | 8 …, and table 4's
    # digits; table 4's five numbers for fifteen cells are not placed at all)
    _, figs, _ = read(_table(" "), 2019)
    assert figs == _EXPECTED[:-2]
    _, cells, _ = read(_table(" "), 2019, cells=True)
    assert [c for c in cells if c.startswith("table3.new.")] == ["table3.new.total 38"]


@pytest.mark.parametrize("line", ["\t\t本年度我局主动公开政府信息215条。", "结果维持\t1", "一、总体情况\t",
                                  "主动公开信息\t356条\t", "本年新收申请\t12\t件", "\t2021年，我局主动公开政府信息\t356条。\t"])
def test_lines_that_are_not_tab_rows_are_left_as_they_are(line):
    # (a label and its value with its unit is read as words; prose set apart by tabs is prose)
    text = f"{line}\n二、主动公开\t32\t5\t\n规章\t1\t\t3\n{line}"
    assert tab_rows(text).split("\n") == [line, "| 二、主动公开 | 32 | 5 |  |", "| 规章 | 1 |  | 3 |", line]


def test_label_and_value_lines_with_tabs_are_read_as_before():
    raw = "三、收到和处理政府信息公开申请情况\n本年新收申请\t12\t件\n上年结转\t2\t件\n予以公开\t10\t件\n结转下年度\t2\t件\n"
    assert read(raw, 2018)[1] == ["applications_carried_forward 2", "applications_carried_over 2",
                                  "applications_granted 10", "applications_received 12"]


def test_a_single_tab_row_is_no_tab_table():
    text = "项目\t自然人\t总计\n本年新收\t3\t3\n其余如常。"
    assert tab_rows(text) == text


@pytest.mark.parametrize("run, n, total", [
    ("24 14 1 3 3 45", 7, 45), ("5 5", 7, 5), ("0 0", 7, 0),
    ("24 14 1 3 3 44", 7, None),  # the numbers do not add up: split by the rules, if at all
    ("24 14 1 3 3 1 45", 7, None),  # as many numbers as cells: not a row with blanks
    ("230 000023", 7, None),  # a leading zero: digits glued, not numbers apart
    ("3 | 3", 7, None), ("— 3 3", 7, None),  # pipes and dashes place their cells
])
def test_total_of_blanks(run, n, total):
    got = total_of_blanks(run, n)
    if total is None:
        assert got is None
    else:
        assert got[:-1] == [None] * (n - 1) and got[-1] == Cell(total, run.rfind(str(total)), len(run))


_T4_SIDE = ("四、政府信息公开行政复议、行政诉讼情况\n（单位：件）{s}行政复议{s}直接起诉{s}复议后起诉\n结果维持{s}1{s}0{s}1\n"
            "结果纠正{s}1{s}0{s}0\n其他结果{s}0{s}0{s}2\n尚未审结{s}0{s}0{s}0\n总计{s}2{s}0{s}3\n五、存在的主要问题及改进情况\n无。")


@pytest.mark.parametrize("sep", ["\t", " "])
def test_table_4_on_its_side_a_row_per_result(sep):
    _, figs, _ = read(_T4_SIDE.format(s=sep), 2020)
    assert figs == ["lawsuits 3", "reconsiderations 2"]


def test_table_4_on_its_side_that_does_not_add_up_states_nothing():
    # (its 尚未审结 row is no row of the three 总计 cells alone: not 0, 0, 0)
    _, figs, _ = read(_T4_SIDE.format(s=" ").replace("总计 2 0 3", "总计 2 0 4"), 2020)
    assert not any(f.startswith(("lawsuits", "reconsiderations")) for f in figs)


def test_a_total_column_one_cell_a_line_with_three_rows_filled():
    """Table 3 of the 总计 column alone, printed one cell a line, its empty rows blank: the three
    rows read (new 2, granted 2, total 2) balance, so each is its row's 总计 and the blank rows are 0
    (a 2021 layout; not read while the three numbers are glued to their labels)."""
    rows = ["一、本年新收政府信息公开申请数量", "2", "二、上年结转政府信息公开申请数量", "", "三、本年度办理结果",
            "（一）予以公开", "2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "（三）不予公开",
            *[x for r in ("1．属于国家秘密", "2．其他法律行政法规禁止公开", "3．危及“三安全一稳定”", "4．保护第三方合法权益",
                          "5．属于三类内部事务信息", "6．属于四类过程性信息", "7．属于行政执法案卷", "8．属于行政查询事项")
              for x in (r, "")],
            "（四）无法提供", *[x for r in ("1．本机关不掌握相关政府信息", "2．没有现成信息需要另行制作", "3．补正后申请内容仍不明确")
                           for x in (r, "")],
            "（五）不予处理", *[x for r in ("1．信访举报投诉类申请", "2．重复申请", "3．要求提供公开出版物", "4．无正当理由大量反复申请",
                                       "5．要求行政机关确认或重新出具已获取信息") for x in (r, "")],
            "（六）其他处理", *[x for r in ("1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                       "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3．其他")
                           for x in (r, "")],
            "（七）总计", "2", "四、结转下年度继续办理", ""]
    text = "三、收到和处理政府信息公开申请情况\n总计\n" + "\n".join(rows) + "\n四、政府信息公开行政复议、行政诉讼情况\n无。"
    _, figs, _ = read(text, 2022)
    assert {"applications_received 2", "applications_granted 2", "applications_partial 0 (blank in table)",
            "applications_denied 0 (blank in table)", "applications_carried_forward 0 (blank in table)"} <= set(figs)
