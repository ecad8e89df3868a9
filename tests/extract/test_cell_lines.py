"""Tables printed one cell a line (a web page's table copied as text): rows joined by the
header's width, blank cells kept, the identities guarding the join; passages written for
these tests."""

from __future__ import annotations

from _passages import read

from gdrkit.clean import clean_text
from gdrkit.extract.cell_lines import join_cell_lines, join_year_cell_lines, without_year_cell_lines
from gdrkit.extract.template import delimited_cells

_HEADER = "申请人情况\n自然人\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n"


def _rows(*rows: tuple[str, list]) -> str:
    """Rows one cell a line, a blank line after each row (None: a blank cell)."""
    return "".join(label + "\n" + "\n".join("" if c is None else str(c) for c in cells) + "\n\n"
                   for label, cells in rows)


_BLANK = [None] * 7
#: table 3 of a district office, 2021 layout, its blank cells empty lines (received 20: 12 + 5
#: + 3; outcomes 11 + 2 + 1 + 4 + 1 + 1 = 20; 2 carried over, 2 carried forward)
TABLE3 = ("三、收到和处理政府信息公开申请情况\n" + _HEADER + _rows(
    ("一、本年新收政府信息公开申请数量", [12, 5, None, None, None, 3, 20]),
    ("二、上年结转政府信息公开申请数量", [2, None, None, None, None, None, 2]),
    ("三、本年度办理结果", []),
    ("（一）予以公开", [7, 3, None, None, None, 1, 11]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [None, 2, None, None, None, None, 2]),
    ("（三）不予公开", []),
    ("1.属于国家秘密", _BLANK), ("2.其他法律行政法规禁止公开", _BLANK), ("3.危及“三安全一稳定”", _BLANK),
    ("4.保护第三方合法权益", [1, None, None, None, None, None, 1]), ("5.属于三类内部事务信息", _BLANK),
    ("6.属于四类过程性信息", _BLANK), ("7.属于行政执法案卷", _BLANK), ("8.属于行政查询事项", _BLANK),
    ("（四）无法提供", []),
    ("1.本机关不掌握相关政府信息", [3, None, None, None, None, 1, 4]),
    ("2.没有现成信息需要另行制作", _BLANK), ("3.补正后申请内容仍不明确", _BLANK),
    ("（五）不予处理", []),
    ("1.信访举报投诉类申请", [1, None, None, None, None, None, 1]), ("2.重复申请", _BLANK),
    ("3.要求提供公开出版物", _BLANK), ("4.无正当理由大量反复申请", _BLANK),
    ("5.要求行政机关确认或重新出具已获取信息", _BLANK),
    ("（六）其他处理", [None, None, None, None, None, 1, 1]),
    ("（七）总计", [12, 5, None, None, None, 3, 20]),
    ("四、结转下年度继续办理", [2, None, None, None, None, None, 2]),
)).replace("\n\n三、本年度办理结果\n\n\n", "\n\n三、本年度办理结果\n").replace("（三）不予公开\n\n\n", "（三）不予公开\n") \
  .replace("（四）无法提供\n\n\n", "（四）无法提供\n").replace("（五）不予处理\n\n\n", "（五）不予处理\n")


def test_a_table_one_cell_a_line_is_joined_by_its_header_width():
    text, _ = clean_text(TABLE3)
    joined = join_cell_lines(text)
    assert len(joined) == len(text)
    assert "一、本年新收政府信息公开申请数量|12|5||||3|20" in joined
    assert "二、上年结转政府信息公开申请数量|2||||||2" in joined
    assert "1.属于国家秘密\n\n2.其他法律行政法规禁止公开\n" in joined  # (a row of blank cells: a label alone)
    assert "(六)其他处理||||||1|1" in joined


def test_its_figures_are_read_with_blank_cells_as_zero():
    # (a sum over rows with blank cells is the headline, said to count blanks as 0)
    _, figs, _ = read(TABLE3, 2021)
    assert figs == ["applications_carried_forward 2", "applications_carried_over 2",
                    "applications_denied 1 (blank in table)", "applications_granted 11",
                    "applications_not_processed 1 (blank in table)", "applications_partial 2",
                    "applications_received 20", "applications_unable 4 (blank in table)"]


def test_cleaning_keeps_the_blank_cells_and_collapses_blank_lines_between_paragraphs():
    text, _ = clean_text("一、总体情况\n\n\n\n本年度主动公开政府信息215条，较上年有所增加。\n\n\n\n二、主动公开\n"
                         "二、上年结转政府信息公开申请数量\n2\n\n\n\n\n\n2\n")
    assert "一、总体情况\n\n本年度" in text  # (paragraphs: two line breaks)
    assert "较上年有所增加。\n\n二、主动公开" in text
    assert "\n2\n\n\n\n\n\n2" in text  # (five blank cells between two numbers)


def test_cells_a_line_apart_with_dashes_are_not_joined_where_the_total_fails():
    # every cell followed by a blank line: the seven lines after the label are not its seven cells
    text = "申请人情况\n\n自然人\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n" \
           "一、本年新收政府信息公开申请数量\n\n18\n\n2\n\n—\n\n—\n\n1\n\n1\n\n22\n\n"
    assert join_cell_lines(text) == text


#: a water bureau's table comparing two years, one cell a line (2023: 19 new, 2 carried over)
YEARS = ("三、收到和处理政府信息公开申请情况（单位：件）\n项目\n2022年\n2023年\n本年新收申请\n14\n19\n上年结转\n0\n2\n"
         "予以公开\n7\n10\n部分公开\n2\n3\n不予公开\n1\n0\n无法提供\n2\n5\n不予处理\n0\n1\n其他处理\n0\n0\n总计\n12\n19\n"
         "结转下年度继续办理\n2\n2\n\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议和行政诉讼。")


def test_a_table_comparing_years_one_cell_a_line_gives_the_report_years_column():
    text, _ = clean_text(YEARS)
    joined = join_year_cell_lines(text)
    assert len(joined) == len(text) and "项目|2022年|2023年\n本年新收申请|14|19\n" in joined
    _, figs, _ = read(YEARS, 2023)
    assert figs == ["applications_carried_forward 2", "applications_carried_over 2", "applications_denied 0",
                    "applications_granted 10", "applications_not_processed 1", "applications_partial 3",
                    "applications_received 19", "applications_unable 5", "lawsuits 0", "reconsiderations 0"]


def test_a_table_comparing_years_is_no_table_3_and_no_year_column_is_taken_for_another_year():
    text, _ = clean_text(YEARS)
    blanked = without_year_cell_lines(text)
    assert len(blanked) == len(text) and "本年新收申请" not in blanked and "四、政府信息公开行政复议" in blanked
    _, figs, _ = read(YEARS, 2024)  # (neither column is the report's year: nothing from the table)
    assert figs == ["lawsuits 0", "reconsiderations 0"]


#: table 3 of a PDF's text layer, its wide label cells wrapped onto a second line after the
#: row's cells (…申请数 / 量, (一)予以 / 公开): received 30, granted 18
WRAPPED = """三、收到和处理政府信息公开申请情况
                               自然         法人或其他组织   总计
                                 人 商业 科研 社会 法律 其他
一、本年新收政府信息公开申请数   21    6    0    1    0    2   30
量
二、上年结转政府信息公开申请数    1    0    0    0    0    0    1
量
三、本年度办理结果 （一）予以    12    4    0    1    0    1   18
公开
（二）部分公开（区分处理的，只    3    0    0    0    0    0    3
计这一情形，不计其他情形）
（三）不予公开 1.属于国家秘密     0    0    0    0    0    0    0
2.其他法律行政法规禁止公开        0    0    0    0    0    0    0
3.危及“三安全一稳定”              0    0    0    0    0    0    0
4.保护第三方合法权益              1    0    0    0    0    0    1
5.属于三类内部事务信息            0    0    0    0    0    0    0
6.属于四类过程性信息              0    0    0    0    0    0    0
7.属于行政执法案卷                0    0    0    0    0    0    0
8.属于行政查询事项                0    0    0    0    0    0    0
（四）无法提供 1.本机关不掌握     4    1    0    0    0    1    6
相关政府信息
2.没有现成信息需要另行制作        0    0    0    0    0    0    0
3.补正后申请内容仍不明确          0    0    0    0    0    0    0
（五）不予处理 1.信访举报投诉     1    0    0    0    0    0    1
类申请
2.重复申请                        0    0    0    0    0    0    0
3.要求提供公开出版物              0    0    0    0    0    0    0
4.无正当理由大量反复申请          0    0    0    0    0    0    0
5.要求行政机关确认或重新出具已    0    0    0    0    0    0    0
获取信息
（六）其他处理                    0    0    0    0    0    0    0
（七）总计                       21    5    0    1    0    2   29
四、结转下年度继续办理            1    1    0    0    0    0    2
"""


def test_row_labels_wrapped_after_their_cells_are_read():
    _, figs, _ = read(WRAPPED, 2020)
    assert figs == ["applications_carried_forward 2", "applications_carried_over 1", "applications_denied 1",
                    "applications_granted 18", "applications_not_processed 1", "applications_partial 3",
                    "applications_received 30", "applications_unable 6"]


#: table 3 one cell a line whose rows open with blank cells (all from 其他 or 商业企业 but one)
TABLE3_BLANK_FIRST = ("三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请9件，具体情况如下表。\n" + _HEADER + _rows(
    ("一、本年新收政府信息公开申请数量", [None, 5, None, None, None, 4, 9]),
    ("二、上年结转政府信息公开申请数量", [None, None, None, None, None, 1, 1]),
    ("（一）予以公开", [None, 3, None, None, None, 3, 6]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [None, None, None, None, None, 1, 1]),
    ("1.本机关不掌握相关政府信息", [None, 2, None, None, None, None, 2]),
    ("（七）总计", [None, 5, None, None, None, 4, 9]),
    ("四、结转下年度继续办理", [None, None, None, None, None, 1, 1]),
))


def test_a_table_comparing_years_before_table_3_leaves_table_3_alone():
    raw = ("二、主动公开政府信息情况\n本年度主动公开情况与上年对比如下：\n项目\n2022年\n2023年\n主动公开政府信息（条）\n120\n150\n"
           "政策解读（篇）\n10\n12\n\n" + TABLE3_BLANK_FIRST)
    _, figs, _ = read(raw, 2023, cells=True)
    assert "proactive_items 150" in figs
    for f in ("applications_received 9", "applications_granted 6", "applications_partial 1",
              "table3.partial.other_org 1", "table3.new.commercial 5", "table3.new.other_org 4"):
        assert f in figs


def test_a_long_label_with_leading_blank_cells_keeps_its_cells_in_their_columns():
    _, figs, _ = read(TABLE3_BLANK_FIRST, 2021, cells=True)
    assert "table3.partial.other_org 1" in figs and not any(f.startswith("table3.partial.natural_person") for f in figs)


def test_a_pipe_row_with_an_empty_second_label_column_is_no_leading_blank_cell():
    rows = ["|一、本年新收政府信息公开申请数量||8|||||2|10|", "|二、上年结转政府信息公开申请数量||1||||||1|",
            "|三、本年度办理结果|（一）予以公开|5|||||1|6|",
            "||（二）部分公开（区分处理的，只计这一情形，不计其他情形）|1||||||1|",
            "||（七）总计|8|||||2|10|", "|四、结转下年度继续办理||1||||||1|"]
    raw = "三、收到和处理政府信息公开申请情况\n|||自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|\n" + "\n".join(rows)
    _, figs, _ = read(raw, 2021, cells=True)
    assert "applications_received 10" in figs and "table3.new.natural_person 8" in figs and "table3.new.other_org 2" in figs


#: a PDF's table 3 whose group labels carry their first item's cells (（三）不予公开  2 … 2 /
#: 1.属于国家秘密) and whose item labels wrap after their cells (3.补正后申请内  4 … 6 / 容仍不明确),
#: the next group's label below (三、本年度办理结果 with the cells of (一)予以公开 too): denied 2 + 1 = 3,
#: unable 9 + 6 = 15, not processed 3 + 1 = 4, granted 17
GROUPS_WITH_CELLS = """三、收到和处理政府信息公开申请情况
一、本年新收政府    40   2   0   0   1   1   44
信息公开申请数量
二、上年结转政府    1   0   0   0   0   0   1
信息公开申请数量
三、本年度办理结果      15   1   0   0   0   1   17
（一）予以公开
（二）部分公开（    5   0   0   0   0   0   5
区分处理的，只计
这一情形，不计其
他情形）
（三）不予公开      2   0   0   0   0   0   2
1.属于国家秘密
2.其他法律行政      1   0   0   0   0   0   1
法规禁止公开
3.危及“三安全 Z
一稳定”
4.保护第三方合 Z
法权益
5.属于三类内部 Z
事务信息
6.属于四类过程 Z
性信息
7.属于行政执法 Z
案卷
8.属于行政查询 Z
事项
（四）无法提供      8   0   0   0   1   0   9
1.本机关不掌握
相关政府信息
2.没有现成信息 Z
需要另行制作
3.补正后申请内      4   1   0   0   1   0   6
容仍不明确
（五）不予处理      3   0   0   0   0   0   3
1.信访举报投诉
类申请
2.重复申请 Z
3.要求提供公开 Z
出版物
4.无正当理由大 Z
量反复申请
5.要求行政机关      1   0   0   0   0   0   1
确认或重新出具已
获取信息
（六）其他处理      5   0   0   0   0   0   5
（七）总计          40   2   0   0   1   1   44
四、结转下年度继    1   0   0   0   0   0   1
续办理
""".replace(" Z", "   0   0   0   0   0   0   0")


def test_group_labels_with_their_first_items_cells_and_labels_wrapped_after_cells():
    _, figs, _ = read(GROUPS_WITH_CELLS, 2020)
    for f in ("applications_denied 3", "applications_unable 15", "applications_not_processed 4",
              "applications_received 44", "applications_granted 17"):
        assert any(x == f or x.startswith(f + " (") for x in figs), (f, figs)


def test_pipe_cells_with_thousands_separators():
    rows = ["| 一、本年新收政府信息公开申请数量 | 1,185 | 43 |  | 3 | 30 | 12 | 1,273 |",
            "| 二、上年结转政府信息公开申请数量 | 26 | 1 |  |  | 2 |  | 29 |",
            "| （一）予以公开 | 1,091 | 40 |  | 3 | 30 | 12 | 1,176 |",
            "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 90 | 2 |  |  | 1 |  | 93 |",
            "| （七）总计 | 1,181 | 42 |  | 3 | 31 | 12 | 1,269 |",
            "| 四、结转下年度继续办理 | 30 | 2 |  |  | 1 |  | 33 |"]
    raw = ("三、收到和处理政府信息公开申请情况\n| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
           + "\n".join(rows))
    _, figs, _ = read(raw, 2022, cells=True)
    assert "applications_received 1273" in figs and "table3.new.natural_person 1185" in figs
    assert "applications_granted 1176" in figs and "table3.total.total 1269" in figs


#: table 3 on its side, its groups summed: a row per kind of applicant, a column per group
GROUPED = """三、收到和处理政府信息公开申请情况
申请人 | 本年新收 | 上年结转 | 予以公开 | 部分公开 | 不予公开 | 无法提供 | 不予处理 | 其他处理 | 总计 | 结转下年度
自然人 | 20 | 2 | 9 | 3 | 1 | 5 | 2 | 0 | 20 | 2
商业企业 | 6 | 0 | 3 | 1 | 0 | 1 | 0 | 1 | 6 | 0
其他 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0
总计 | 27 | 2 | 13 | 4 | 1 | 6 | 2 | 1 | 27 | 2
"""


def test_table_3_on_its_side_with_its_groups_summed():
    _, figs, _ = read(GROUPED, 2023, cells=True)
    q = " (read by its header: applicant rows, outcome groups as columns)"
    for f in ("applications_received 27", "applications_granted 13", "applications_denied 1", "applications_unable 6",
              "applications_not_processed 2", "applications_carried_forward 2", "applications_carried_over 2"):
        assert f + q in figs, f
    assert "table3.denied.commercial 0" + q in figs and "table3.unable.natural_person 5" + q in figs


def test_table_3_on_its_side_is_not_read_when_a_row_does_not_add_up():
    _, figs, _ = read(GROUPED.replace("商业企业 | 6 | 0 | 3 | 1 | 0 | 1 | 0 | 1 | 6 | 0",
                                      "商业企业 | 6 | 0 | 3 | 1 | 0 | 1 | 0 | 1 | 7 | 0"), 2023)
    assert not any(f.startswith("applications_granted") for f in figs)


def test_table_3_on_its_side_with_the_organisations_in_one_row():
    # (法人或其他组织 sums the kinds of organisation: with 自然人 it makes the 合计 row)
    raw = ("三、收到和处理政府信息公开申请情况\n| 申请人类型 | 本年新收 | 上年结转 | 予以公开 | 部分公开 | 不予公开 | 无法提供 | "
           "不予处理 | 其他处理 | 办理结果总计 | 结转下年度继续办理 |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
           "| 自然人 | 31 | 0 | 12 | 4 | 6 | 5 | 3 | 1 | 31 | 0 |\n| 法人或其他组织 | 9 | 2 | 6 | 0 | 2 | 2 | 0 | 0 | 10 | 1 |\n"
           "| 合计 | 40 | 2 | 18 | 4 | 8 | 7 | 3 | 1 | 41 | 1 |\n")
    _, figs, _ = read(raw, 2020, cells=True)
    figs_piped = figs
    q = " (read by its header: applicant rows, outcome groups as columns)"
    for f in ("applications_received 40", "applications_carried_over 2", "applications_granted 18",
              "applications_denied 8", "applications_unable 7", "applications_carried_forward 1",
              "table3.granted.org_subtotal 6"):
        assert f + q in figs, f
    _, figs, _ = read(raw.replace("| 9 | 2 | 6 |", "| 9 | 2 | 7 |"), 2020)  # (its row no longer adds up)
    assert not any(f.startswith("applications_granted") for f in figs)
    # the same table with whitespace between its fields (PDF text): read the same
    spaced = "\n".join(" ".join(c.strip() for c in line.strip("|").split("|")) for line in raw.split("\n")
                       if "---" not in line)
    assert [f for f in read(spaced, 2020, cells=True)[1] if f.startswith("applications_")] == \
        [f for f in figs_piped if f.startswith("applications_")]
    # and as CSV (commas between the fields, the total's column 办理总计)
    csv = spaced.replace(" ", ",").replace("办理结果总计", "办理总计")
    assert [f for f in read(csv, 2020, cells=True)[1] if f.startswith("applications_")] == \
        [f for f in figs_piped if f.startswith("applications_")]


#: a reduced table 3 in pipes: 自然人 | 法人或其他组织 | 总计, dashes for zero
REDUCED = """三、收到和处理政府信息公开申请情况
| 项目 | 自然人 | 法人或其他组织 | 总计 |
|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 9 | 3 | 12 |
| 二、上年结转政府信息公开申请数量 | — | 1 | 1 |
| 三、本年度办理结果（一）予以公开 | 4 | 2 | 6 |
| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | — | 1 | 1 |
| （三）不予公开1.属于国家秘密 | — | — | — |
| 4.保护第三方合法权益 | 2 | — | 2 |
| （四）无法提供1.本机关不掌握相关政府信息 | 1 | — | 1 |
| （五）不予处理1.信访举报投诉类申请 | 2 | — | 2 |
| （六）其他处理 | — | — | — |
| （七）总计 | 9 | 3 | 12 |
| 四、结转下年度继续办理 | — | 1 | 1 |
"""


def test_a_reduced_table_3_in_pipes_is_read_by_its_header():
    # (a row with only its organisations' cell filled is not 自然人's: — | 1 | 1 has 自然人 0)
    _, figs, _ = read(REDUCED, 2020, cells=True)
    for f in ("applications_received 12", "applications_carried_over 1", "applications_granted 6",
              "applications_partial 1", "table3.partial.natural_person 0", "table3.partial.total 1",
              "table3.new.natural_person 9", "applications_carried_forward 1"):
        assert f in figs, f
    assert not any(f.startswith("table3.partial.natural_person 1") for f in figs)


def test_a_reduced_table_3_with_spaced_commas_is_read_by_its_header():
    """项目 , 自然人 , 法人或其他组织 , 总计 and rows of three numbers between spaced commas (a
    Word table saved as text): read as the pipe table is; a comma with no space beside it in a
    row of three fields stays a thousands separator (not a row)."""
    rows = [line.strip("|").split("|") for line in REDUCED.splitlines()[1:] if not line.startswith("|---")]
    commas = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        " , ".join(c.strip().replace("—", "0") for c in r) for r in rows) + "\n"
    _, figs, _ = read(commas, 2020, cells=True)
    for f in ("applications_received 12", "applications_carried_over 1", "applications_granted 6",
              "applications_partial 1", "table3.new.natural_person 9", "applications_carried_forward 1"):
        assert f in figs, f
    line = "一、本年新收政府信息公开申请数量 1,234,567\n"
    assert delimited_cells(line) == line


def test_a_reduced_table_3_as_csv_is_read_by_its_header():
    """项目,自然人,法人或其他组织,总计 and rows of three comma fields (a spreadsheet saved as
    CSV): read as the pipe table is; its row labels (…无正当理由大量反复申请,1,0,1) are no
    prose (not 无 + 申请: none received)."""
    rows = [line.strip("|").split("|") for line in REDUCED.splitlines()[1:] if not line.startswith("|---")]
    csv = "三、收到和处理政府信息公开申请情况\n" + "\n".join(
        ",".join(c.strip().replace("—", "0") for c in r) for r in rows) + "\n"
    csv = csv.replace("信访举报投诉类申请,2,0,2\n", "信访举报投诉类申请,2,0,2\n4.无正当理由大量反复申请,0,0,0\n")
    assert "无正当理由" in csv
    _, figs, _ = read(csv, 2020, cells=True)
    for f in ("applications_received 12", "applications_carried_over 1", "applications_granted 6",
              "applications_partial 1", "table3.new.natural_person 9", "applications_carried_forward 1"):
        assert f in figs, f
    assert not any(f.startswith("applications_received 0") for f in figs)


def test_a_decimal_on_a_line_of_its_own_is_no_cell_of_table_3():
    # (table 3 counts requests; 1.5 is no count, and the table is left as printed, not joined)
    text = "申请人情况\n自然人\n商业企业\n总计\n一、本年新收政府信息公开申请数量\n1.5\n2\n3.5\n\n四、结转下年度继续办理\n1\n1\n2\n"
    assert join_cell_lines(text) == text


#: table 4 one cell a line after its header's names (blank cells as empty lines)
TABLE4 = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n" + "\n".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
          + "\n未经复议直接起诉\n复议后起诉\n" + "\n".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
          + "\n" + "\n".join(["", "1", "", "", "1", "2", "", "", "1", "3", "", "", "", "", ""])
          + "\n五、存在的主要问题及改进情况\n无。")


def test_table_4_one_cell_a_line_is_joined_into_its_row():
    text, _ = clean_text(TABLE4)
    assert "总计\n|1|||1|2|||1|3|||||\n五、" in join_cell_lines(text)
    _, figs, _ = read(TABLE4, 2021, cells=True)
    assert "reconsiderations 1" in figs and "lawsuits 3" in figs and "table4.litigation_direct.pending 1" in figs


def test_table_4_one_cell_a_line_is_not_joined_where_a_group_does_not_add_up():
    raw = TABLE4.replace("\n2\n\n\n1\n3\n", "\n2\n\n\n1\n4\n")
    text, _ = clean_text(raw)
    assert join_cell_lines(text) == text
    _, figs, _ = read(raw, 2021)
    assert not any(f.startswith(("lawsuits", "reconsiderations")) for f in figs)


def test_table_3_and_table_4_one_cell_a_line_one_after_the_other():
    # (table 3's rows end at 结转下年度: table 4's header of short labels is not read as its rows;
    # blank lines may end table 4)
    raw = TABLE3 + TABLE4.replace("\n五、", "\n\n\n五、")
    _, figs, _ = read(raw, 2021)
    assert "applications_received 20" in figs and "applications_carried_forward 2" in figs
    assert "reconsiderations 1" in figs and "lawsuits 3" in figs


def test_table_3_on_its_side_is_not_read_when_the_organisations_row_is_not_their_kinds_sum():
    raw = ("三、收到和处理政府信息公开申请情况\n申请人 本年新收 上年结转 予以公开 部分公开 不予公开 无法提供 不予处理 其他处理 总计 结转下年度\n"
           "自然人 10 1 6 1 1 2 0 0 10 1\n法人或其他组织 4 0 3 0 0 1 0 0 4 0\n商业企业 4 0 3 0 0 1 0 0 4 0\n"
           "科研机构 4 0 3 0 0 1 0 0 4 0\n总计 14 1 9 1 1 3 0 0 14 1\n")
    _, figs, _ = read(raw, 2020, cells=True)
    assert not any("read by its header" in f for f in figs)
    _, figs, _ = read(raw.replace("科研机构 4 0 3 0 0 1 0 0 4 0\n", ""), 2020, cells=True)  # (now it is)
    assert "table3.new.commercial 4 (read by its header: applicant rows, outcome groups as columns)" in figs
